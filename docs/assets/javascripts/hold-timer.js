// Hold timer on exercise pages: counts down the page's hold time, can be paused and reset,
// and announces the end to screen readers (aria-live), with an optional beep and vibration.
// Nothing is stored or sent anywhere.
(function () {
  "use strict";

  var audio = null;

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  // Browsers only allow sound that a tap started: the audio is readied on "Start".
  function readySound() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === "suspended") audio.resume();
    } catch (e) { audio = null; }
  }

  function beep() {
    if (!audio) return;  // no sound available: the visible and spoken messages remain
    try {
      var now = audio.currentTime;
      [0, 0.5].forEach(function (at) {
        var tone = audio.createOscillator(), level = audio.createGain();
        tone.frequency.value = 660;
        level.gain.setValueAtTime(0.0001, now + at);
        level.gain.exponentialRampToValueAtTime(0.3, now + at + 0.02);
        level.gain.exponentialRampToValueAtTime(0.0001, now + at + 0.35);
        tone.connect(level).connect(audio.destination);
        tone.start(now + at);
        tone.stop(now + at + 0.4);
      });
    } catch (e) { /* sound failed: the messages remain */ }
  }

  function setUp() {
    document.querySelectorAll(".guide-timer").forEach(function (timer) {
      if (timer.dataset.ready) return;
      timer.dataset.ready = "1";
      timer.hidden = false;
      var total = Number(timer.dataset.seconds);
      var perSide = timer.dataset.perSide === "true";
      var display = timer.querySelector(".guide-timer__display");
      var status = timer.querySelector(".guide-timer__status");
      var sound = timer.querySelector("[data-sound]");
      var left = total, endsAt = null, tick = null;

      function show() { display.textContent = format(left); }
      function stop() { clearInterval(tick); tick = null; }
      function finish() {
        stop(); left = 0; endsAt = null; show();
        status.textContent = "Time is up: " + total + " seconds done." + (perSide ? " Switch sides." : "");
        if (sound && sound.checked) beep();
        if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
      }
      function run() {
        // The reader moved to another page (instant navigation): stop quietly.
        if (!timer.isConnected) return stop();
        left = (endsAt - Date.now()) / 1000;
        if (left <= 0) finish(); else show();
      }
      timer.querySelector("[data-action=start]").addEventListener("click", function () {
        if (tick) return;
        if (sound && sound.checked) readySound();
        if (left <= 0) left = total;
        endsAt = Date.now() + left * 1000;
        status.textContent = "Started: " + format(left) + " to go.";
        tick = setInterval(run, 200);
      });
      timer.querySelector("[data-action=pause]").addEventListener("click", function () {
        if (!tick) return;
        run();
        if (!tick) return;  // it had just finished
        stop();
        status.textContent = "Paused at " + format(left) + ".";
      });
      timer.querySelector("[data-action=reset]").addEventListener("click", function () {
        stop(); left = total; endsAt = null; show();
        status.textContent = "Reset to " + format(total) + ".";
      });
      if (sound) sound.addEventListener("change", function () { if (sound.checked) readySound(); });
      show();
    });
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
