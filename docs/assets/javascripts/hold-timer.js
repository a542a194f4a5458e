// Hold timer on exercise pages: counts down the page's hold time, can be paused and reset,
// and announces the end to screen readers (aria-live), with an optional beep and vibration.
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function beep() {
    try {
      var audio = new (window.AudioContext || window.webkitAudioContext)();
      var tone = audio.createOscillator();
      tone.frequency.value = 660;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
    } catch (e) { /* no sound available: the visible and spoken messages remain */ }
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
        left = (endsAt - Date.now()) / 1000;
        if (left <= 0) finish(); else show();
      }
      timer.querySelector("[data-action=start]").addEventListener("click", function () {
        if (tick) return;
        if (left <= 0) left = total;
        endsAt = Date.now() + left * 1000;
        status.textContent = "Started: " + format(left) + " to go.";
        tick = setInterval(run, 200);
      });
      timer.querySelector("[data-action=pause]").addEventListener("click", function () {
        if (!tick) return;
        run(); stop();
        status.textContent = "Paused at " + format(left) + ".";
      });
      timer.querySelector("[data-action=reset]").addEventListener("click", function () {
        stop(); left = total; show();
        status.textContent = "Reset to " + format(total) + ".";
      });
      show();
    });
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
