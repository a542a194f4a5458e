"""The hold timer on a phone, with a clock the test controls: it counts the page's own hold time
to zero and says so, pause stops it, reset restores it; beep and vibration at the end."""

from __future__ import annotations

import pytest
from conftest import PHONE, open_tab

from guide.built_site import start_tags
from guide.front_matter import split
from guide.project import ROOT

# Record vibration and sound instead of making them.
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
"""


@pytest.fixture
def phone(browser, site):
    visit = open_tab(browser, site, viewport=PHONE)
    visit.page.add_init_script(RECORDER)
    visit.page.clock.install()
    yield visit
    visit.page.context.close()


def test_timer_counts_down_to_zero_pauses_resets_and_announces(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    timer = page.locator(".guide-timer")
    display = timer.locator(".guide-timer__display")
    status = timer.locator(".guide-timer__status")
    assert timer.is_visible() and display.inner_text() == "0:45"
    for name in ("Start", "Pause", "Reset"):
        box = timer.get_by_role("button", name=name).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, f"{name} must be thumb-sized"
    tops = {round(timer.get_by_role("button", name=n).bounding_box()["y"]) for n in ("Start", "Pause", "Reset")}
    assert len(tops) == 1, "the three buttons sit on one row on a phone"
    start = timer.get_by_role("button", name="Start")
    start.focus()
    page.keyboard.press("Enter")
    assert status.inner_text() == "Started: 0:45 to go."
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # Pause, from the keyboard
    assert status.inner_text() == "Paused at 0:35."
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35", "pause must stop the count"
    start.click()
    page.clock.run_for(36_000)
    assert display.inner_text() == "0:00"
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    assert status.inner_text() == "Time is up: 45 seconds done. Switch sides."
    assert page.evaluate("window.__vibrations.length") == 1
    assert page.evaluate("window.__tones") == 0, "the beep is off unless asked for"
    timer.get_by_role("button", name="Reset").click()
    assert display.inner_text() == "0:45" and status.inner_text() == "Reset to 0:45."
    assert phone.errors == [] and phone.foreign == []


def test_beep_when_asked_and_no_switch_sides_for_one_sided_holds(phone, site):
    page = phone.page
    page.goto(site.url + "core/plank/")
    timer = page.locator(".guide-timer")
    seconds = int(timer.get_attribute("data-seconds"))
    timer.get_by_label("Beep at the end").check()
    timer.get_by_role("button", name="Start").click()
    page.clock.run_for(seconds * 1000 + 500)
    assert timer.locator(".guide-timer__status").inner_text() == f"Time is up: {seconds} seconds done."
    assert page.evaluate("window.__tones") >= 1


def test_a_running_timer_stops_when_the_reader_leaves_the_page(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    page.evaluate("window.__same_document = true")
    page.get_by_role("button", name="Start").click()
    page.locator("article a[href*='safety/']").first.click()
    page.wait_for_url("**/safety/", wait_until="commit")
    page.locator("article h1", has_text="help").wait_for()
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    page.clock.run_for(60_000)
    assert page.evaluate("window.__vibrations.length") == 0, "a timer on a page left behind went off"


def test_every_exercise_with_a_hold_time_has_a_timer_for_that_time(site):
    count = 0
    for md in sorted((ROOT / "docs").glob("*/*.md")):
        meta = split(md.read_text(encoding="utf-8"))[0]
        hold = (meta.get("dose") or {}).get("hold_seconds") if meta.get("template") == "exercise.html" else None
        rel = md.relative_to(ROOT / "docs").with_suffix("")
        html = (site.path / (rel.parent if rel.name == "index" else rel) / "index.html").read_text(encoding="utf-8")
        timers = [
            div["data-seconds"] for div in start_tags(html, "div") if "guide-timer" in div.get("class", "").split()
        ]
        assert timers == ([str(hold)] if hold else []), f"{md.relative_to(ROOT)}: timer {timers}, hold {hold}"
        count += bool(hold)
    assert count >= 20
