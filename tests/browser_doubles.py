"""Stand-ins for what a test browser cannot do for real: a fixed clock start, and a recorder of
vibration, beeps and the screen wake lock (added to a page with page.add_init_script)."""

from __future__ import annotations

START = 1_800_000_000_000  # the fake clock's start, in milliseconds since 1970
# Record buzzes, beeps and the screen wake lock instead of making them.
RECORDER = """
window.__vibrations = [];
navigator.vibrate = pattern => { window.__vibrations.push(pattern); return true; };
window.__tones = 0;
window.AudioContext = class {
  constructor() { this.state = "running"; this.currentTime = 0; this.destination = {}; }
  resume() { return Promise.resolve(); }
  createGain() { return {gain: {setValueAtTime() {}, exponentialRampToValueAtTime() {}}, connect: d => d}; }
  createOscillator() { window.__tones++; return {frequency: {}, connect: d => d, start() {}, stop() {}}; }
};
window.__locks = {asked: 0, held: 0};
Object.defineProperty(navigator, "wakeLock", {configurable: true, value: {request: () => {
  window.__locks.asked++; window.__locks.held++;
  return Promise.resolve({release: () => { window.__locks.held--; return Promise.resolve(); }});
}}});
"""
