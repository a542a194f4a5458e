// The guide's one timer, on every exercise page and in a programme's guided session. It turns a
// dose (hold, reps, sides, sets, rest) into steps and counts them down: each hold or rep, a
// short pause between held reps, a pause to switch sides and the rest between sets. Each new
// step is shown and said to screen readers (aria-live), with a beep (if asked for) and a buzz.
// The screen stays awake while it runs (Screen Wake Lock), and it pauses when the page is
// hidden. Nothing is stored or sent anywhere.
// window.guideTimer.attach(element, dose, options) is used by the programme page.
(function () {
  "use strict";

  var RELAX_SECONDS = 3;   // back to the start between two held reps
  var SWITCH_SECONDS = 5;  // change sides
  var TICK_MS = 200;
  var audio = null;

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds - 1e-6));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // Browsers only allow sound that a tap started: the audio is readied on "Start".
  function readySound() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === "suspended") audio.resume();
    } catch (e) { audio = null; }
  }

  function beep(count) {
    if (!audio) return;  // no sound available: the visible and spoken messages remain
    try {
      var now = audio.currentTime;
      for (var i = 0; i < count; i++) {
        var at = now + i * 0.5, tone = audio.createOscillator(), level = audio.createGain();
        tone.frequency.value = 660;
        level.gain.setValueAtTime(0.0001, at);
        level.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
        level.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
        tone.connect(level).connect(audio.destination);
        tone.start(at);
        tone.stop(at + 0.4);
      }
    } catch (e) { /* sound failed: the messages remain */ }
  }

  function buzz(pattern) {
    try { if (navigator.vibrate) navigator.vibrate(pattern); } catch (e) { /* no buzz */ }
  }

  // A dose as steps, in the order they are done: for each set, each side, each rep.
  // dose: {hold, reps, sets, sides, rest}; a rep with no hold takes `pace` seconds.
  function steps(dose, pace) {
    var sets = dose.sets || 1, sides = dose.sides === 2 ? 2 : 1, reps = dose.reps || 1;
    var hold = dose.hold || 0, list = [];
    for (var set = 1; set <= sets; set++) {
      for (var side = 1; side <= sides; side++) {
        for (var rep = 1; rep <= reps; rep++) {
          var at = { set: set, sets: sets, side: side, sides: sides, rep: rep, reps: dose.reps ? reps : 1 };
          list.push(Object.assign({ kind: hold ? "hold" : "rep", seconds: hold || pace || 3 }, at));
          if (hold && rep < reps) list.push(Object.assign({ kind: "relax", seconds: RELAX_SECONDS }, at, { rep: rep + 1 }));
        }
        if (side < sides) {
          list.push({ kind: "switch", seconds: SWITCH_SECONDS, set: set, sets: sets, side: side + 1, sides: sides, rep: 1, reps: reps });
        }
      }
      if (set < sets && dose.rest) {
        list.push({ kind: "rest", seconds: dose.rest, set: set + 1, sets: sets, side: 1, sides: sides, rep: 1, reps: reps });
      }
    }
    return list;
  }

  function where(step) {
    var parts = [];
    if (step.reps > 1) parts.push("rep " + step.rep + " of " + step.reps);
    if (step.sides > 1) parts.push("side " + step.side + " of 2");
    if (step.sets > 1) parts.push("set " + step.set + " of " + step.sets);
    return parts.join(", ");
  }

  function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  // What a step says, shown and read out when it starts.
  function describe(step, verb) {
    var at = where(step);
    switch (step.kind) {
      case "hold":
        return (at ? capital(at) + ": " + verb : capital(verb)) + " for " + plural(step.seconds, "second", "seconds") + ".";
      case "rep":
        return capital(at || "go") + ".";
      case "relax":
        return "Back to the start. Rep " + step.rep + " is next.";
      case "switch":
        return "Switch sides. Side 2 starts in " + plural(step.seconds, "second", "seconds") + ".";
      default:
        return "Rest for " + plural(step.seconds, "second", "seconds") + ". Set " + step.set + " of " + step.sets + " is next.";
    }
  }

  // The timer inside `root`, which holds .guide-timer__display, .guide-timer__status, buttons
  // with data-action="start", "pause" and "reset", and an optional [data-sound] box.
  // options: {verb: "hold", pace: 3, beepEvery: false, doneText, onDone()}
  function attach(root, dose, options) {
    options = options || {};
    var verb = options.verb || "hold";
    var list = steps(dose, options.pace);
    var display = root.querySelector(".guide-timer__display");
    var status = root.querySelector(".guide-timer__status");
    var sound = root.querySelector("[data-sound]");
    var index = 0, left = list[0].seconds, endsAt = null, tick = null, finished = false, lock = null;

    function say(text) { status.textContent = text; }
    function show() { display.textContent = format(left); }

    function wake() {
      if (!navigator.wakeLock || !navigator.wakeLock.request) return;
      navigator.wakeLock.request("screen").then(function (l) {
        if (tick) lock = l; else l.release().catch(function () {});
      }, function () { /* not allowed now: the screen may sleep */ });
    }
    function letSleep() {
      if (lock) { lock.release().catch(function () {}); lock = null; }
    }
    function stop() { clearInterval(tick); tick = null; letSleep(); }
    function cue(end) {
      if (sound && sound.checked && (end || options.beepEvery)) beep(end ? 2 : 1);
      buzz(end ? [200, 100, 200] : 150);
    }

    function finish() {
      stop(); left = 0; endsAt = null; finished = true; show();
      say(options.doneText || "All done. Well done!");
      cue(true);
      if (options.onDone) options.onDone();
    }

    function run() {
      // The reader moved to another page (instant navigation), or the session moved on.
      if (!root.isConnected) { stop(); document.removeEventListener("visibilitychange", hidden); return; }
      var now = Date.now(), moved = false;
      while (now >= endsAt) {
        index++;
        if (index >= list.length) { finish(); return; }
        endsAt += list[index].seconds * 1000;
        moved = true;
      }
      left = (endsAt - now) / 1000;
      show();
      if (moved) { say(describe(list[index], verb)); cue(false); }
    }

    function start() {
      if (tick) return;
      if (finished) reset(true);
      if (sound && sound.checked) readySound();
      var fresh = left === list[index].seconds;
      endsAt = Date.now() + left * 1000;
      tick = setInterval(run, TICK_MS);
      wake();
      say(fresh ? describe(list[index], verb) : "Going again: " + format(left) + " left.");
    }

    function pause(why) {
      if (!tick) return;
      run();
      if (!tick) return;  // it had just finished
      stop();
      say(why || "Paused at " + format(left) + ".");
    }

    function reset(quiet) {
      stop(); index = 0; left = list[0].seconds; endsAt = null; finished = false; show();
      if (quiet !== true) say("Reset. Press Start to begin again.");
    }

    // A phone that locks or a switch to another tab would leave the count running unseen.
    function hidden() {
      if (!root.isConnected) { document.removeEventListener("visibilitychange", hidden); return; }
      if (document.visibilityState === "hidden") pause("Paused because the page was hidden. Press Start to go on.");
    }
    document.addEventListener("visibilitychange", hidden);

    root.querySelector("[data-action=start]").addEventListener("click", start);
    root.querySelector("[data-action=pause]").addEventListener("click", function () { pause(); });
    root.querySelector("[data-action=reset]").addEventListener("click", reset);
    if (sound) sound.addEventListener("change", function () { if (sound.checked) readySound(); });
    show();
    // Another exercise for the same timer (the guided session moves on).
    function load(newDose, newOptions) {
      stop();
      options = newOptions || {};
      verb = options.verb || "hold";
      list = steps(newDose, options.pace);
      reset(true);
      say("");
    }

    return {
      start: start, pause: pause, reset: reset, load: load,
      running: function () { return !!tick; },
      stop: function () { stop(); document.removeEventListener("visibilitychange", hidden); }
    };
  }

  // ------------------------------------------------------------------ exercise pages

  // The page's dose: the hold from the timer's own attributes, the rest from the dose list.
  function pageDose(timer) {
    var dose = { hold: Number(timer.dataset.seconds) || 0, sides: timer.dataset.perSide === "true" ? 2 : 1 };
    var section = timer.closest(".guide-dose");
    (section ? section.querySelectorAll("dl > div") : []).forEach(function (row) {
      var name = (row.querySelector("dt") || {}).textContent || "";
      var value = (row.querySelector("dd") || {}).textContent || "";
      var number = parseInt(value, 10);
      if (/^Repeat/.test(name) && number > 0) dose.reps = number;
      if (/^Sets/.test(name) && number > 0) {
        dose.sets = number;
        var rest = /resting (\d+) seconds/.exec(value);
        if (rest) dose.rest = Number(rest[1]);
      }
    });
    return dose;
  }

  function verbFor(element) {
    var page = element.closest(".guide-exercise-page");
    if (page && page.classList.contains("guide-kind-foam-rolling")) return "roll";
    if (page && page.classList.contains("guide-kind-trigger-point")) return "press";
    return "hold";
  }

  function setUp() {
    document.querySelectorAll(".guide-exercise-page .guide-timer").forEach(function (timer) {
      if (timer.dataset.ready) return;
      timer.dataset.ready = "1";
      timer.hidden = false;
      attach(timer, pageDose(timer), { verb: verbFor(timer) });
    });
  }

  window.guideTimer = { attach: attach, steps: steps, describe: describe, format: format };
  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
