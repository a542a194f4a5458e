// The programme page. With no programme after the # it is the therapist's builder: choose
// exercises, set each dose, add notes and a name, and get one link. With a programme after the
// # it is the client's view: every exercise with its picture, dose, steps and stop-if signs, a
// guided session with the guide's timer, ticks for today, and a handout to print with a QR code.
//
// The link holds the whole programme after the #, so no server ever sees it:
//   #p=1&x=2-h5r8s2b45ew5_m-h45ed1&by=Name&n=Notes&c=1a2b
// p: the link's version. x: the exercises, in order, "_" between them; each is its stable id
// (urls.txt), "-", then its dose: h hold seconds, r reps, s sets (when more than 1), b rest
// seconds (when any), e both sides, then d or w and how many times a day or a week.
// by: the therapist's or clinic's name. n: the notes. c: a check of x, by and n, so a changed
// or cut-off link is noticed. Everything read from a link is treated as plain text and checked
// against the same ranges as the pages' own front matter. Nothing is sent anywhere: drafts and
// today's ticks stay on this device (localStorage).
(function () {
  "use strict";

  var VERSION = "1";
  var MAX_ITEMS = 30, MAX_NOTES = 500, MAX_BY = 80, MAX_LINK = 4000;
  var DRAFT_KEY = "guide-programme:draft", DONE_PREFIX = "guide-programme:done:";
  // Letter in the link -> the dose's key and the range's name in the catalogue.
  var NUMBERS = { h: ["hold", "hold_seconds"], r: ["reps", "reps"], s: ["sets", "sets"], b: ["rest", "rest_seconds"] };
  var SAFE_HASH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g;

  // A changed link can hold characters that trip up other scripts reading the address: write
  // them the way a browser would send them, before anything else reads it.
  if (SAFE_HASH.test(location.hash.slice(1))) {
    try {
      history.replaceState(history.state, "", location.pathname + location.search + "#" +
        location.hash.slice(1).replace(SAFE_HASH, function (c) { return encodeURIComponent(c); }));
    } catch (e) { /* the address stays as it is */ }
  }

  // ------------------------------------------------------------------ small helpers

  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); } catch (e) { /* not kept */ } },
    remove: function (key) { try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ } },
    keys: function () { try { return Object.keys(localStorage); } catch (e) { return []; } }
  };

  // An element with attributes and children; text is always set as text, never as HTML.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function shortName(title) { return String(title).replace(/\s*\(.*\)\s*$/, ""); }
  function cleanText(text, limit) {
    // Control characters (other than line breaks in notes) are dropped; the length is capped.
    return String(text || "").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").trim().slice(0, limit);
  }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  // FNV-1a of the programme's text, as 4 base-36 characters.
  function checksum(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return ((h >>> 0) % 1679616).toString(36).padStart(4, "0");
  }

  // ------------------------------------------------------------------ the link

  function encodeItem(item) {
    var d = item.dose, text = item.id + "-";
    if (d.hold) text += "h" + d.hold;
    if (d.reps) text += "r" + d.reps;
    if (d.sets > 1) text += "s" + d.sets;
    if (d.rest) text += "b" + d.rest;
    if (d.sides === 2) text += "e";
    return text + (d.per === "week" ? "w" : "d") + d.times;
  }

  function encode(programme) {
    var x = programme.items.map(encodeItem).join("_");
    var text = "p=" + VERSION + "&x=" + x;
    if (programme.by) text += "&" + new URLSearchParams({ by: programme.by }).toString();
    if (programme.notes) text += "&" + new URLSearchParams({ n: programme.notes }).toString();
    return text + "&c=" + checksum(x + "\n" + (programme.by || "") + "\n" + (programme.notes || ""));
  }

  function isProgramme(hash) {
    return /(^|&)(p|x)=/.test(hash);
  }

  function inRange(value, range) { return value >= range[0] && value <= range[1]; }

  // One exercise's dose from the link; what cannot be read is taken from the page, and said.
  function readDose(text, ex, cat, say) {
    var name = shortName(ex.title), own = ex.dose, ranges = cat.ranges;
    var dose = { hold: null, reps: null, sets: 1, rest: 0, sides: 1, times: null, per: null };
    var part = /([a-z])(\d{0,6})/g, at = 0, found;
    while ((found = part.exec(text)) && found.index === at) {
      at = part.lastIndex;
      var letter = found[1], number = found[2] === "" ? null : Number(found[2]);
      if (NUMBERS[letter]) {
        var key = NUMBERS[letter][0], range = ranges[NUMBERS[letter][1]];
        if (number !== null && inRange(number, range)) dose[key] = number;
        else {
          dose[key] = own[key] === undefined ? dose[key] : own[key];
          say(name + ": the " + { hold: "hold", reps: "number of reps", sets: "number of sets", rest: "rest" }[key] +
            " in the link (" + (number === null ? "none" : number) + ") is not between " + range[0] + " and " +
            range[1] + ", so the page's own dose is shown.");
        }
      } else if (letter === "e") {
        dose.sides = 2;
      } else if (letter === "d" || letter === "w") {
        if (number !== null && inRange(number, ranges.times)) { dose.times = number; dose.per = letter === "d" ? "day" : "week"; }
        else say(name + ": how often (" + (number === null ? "none" : number) + " times) is not between " +
          ranges.times[0] + " and " + ranges.times[1] + ", so the page's own is shown.");
      } else {
        say(name + ": part of its dose (\u201c" + found[0] + "\u201d) could not be read.");
      }
    }
    if (at < text.length) say(name + ": the end of its dose (\u201c" + text.slice(at, at + 12) + "\u201d) could not be read.");
    if (!dose.hold && !dose.reps) {
      dose.hold = own.hold; dose.reps = own.reps;
      say(name + ": the link gave no hold and no reps, so the page's own are shown.");
    }
    if (!dose.times) {
      dose.times = own.times; dose.per = own.per;
      if (at >= text.length) say(name + ": the link did not say how often, so the page's own is shown.");
    }
    return dose;
  }

  // A link's programme: {items: [{id, ex, dose}], by, notes, problems: [text], check}.
  function decode(hash, cat) {
    var result = { items: [], by: "", notes: "", problems: [], check: "" };
    function say(text) { result.problems.push(text); }
    if (hash.length > MAX_LINK) {
      say("This link is far too long for a programme, so only its first part was read.");
      hash = hash.slice(0, MAX_LINK);
    }
    var params = new URLSearchParams(hash);
    var version = params.get("p");
    if (version !== VERSION) {
      if (/^\d+$/.test(version || "") && Number(version) > Number(VERSION)) {
        say("This link was made by a newer version of this page. Reload the page to get it. If that does not help, ask for a new link.");
        return result;
      }
      if (version !== null) {
        say("This is an old or unknown kind of programme link, so it cannot be read.");
        return result;
      }
      say("The start of this link is missing or changed. It was read as well as it could be.");
    }
    var by = params.get("by") || "", notes = params.get("n") || "";
    result.by = cleanText(by, MAX_BY).replace(/\s+/g, " ");
    result.notes = cleanText(notes, MAX_NOTES);
    if (by.length > MAX_BY) say("The name in the link was too long, so it was cut short.");
    if (notes.length > MAX_NOTES) say("The notes in the link were too long, so they were cut short.");
    var x = params.get("x") || "";
    var tokens = x ? x.split("_") : [];
    if (!tokens.length) say("This link has no exercises in it.");
    if (tokens.length > MAX_ITEMS) {
      say("This link has " + tokens.length + " exercises. Only the first " + MAX_ITEMS + " are shown.");
      tokens = tokens.slice(0, MAX_ITEMS);
    }
    tokens.forEach(function (token, i) {
      var number = "Exercise " + (i + 1) + " in the link";
      var match = /^([0-9a-z]{1,4})-([0-9a-z]*)$/.exec(token);
      if (!match) { say(number + " could not be read (\u201c" + token.slice(0, 16) + "\u201d)."); return; }
      var ex = cat.byId[match[1]];
      if (!ex) {
        if (cat.removed.indexOf(match[1]) >= 0) {
          say(number + " has been taken out of the guide, so it is not shown. Ask your therapist what to do instead.");
        } else {
          say(number + " (number \u201c" + match[1] + "\u201d) is not in the guide. The link may have been changed.");
        }
        return;
      }
      result.items.push({ id: match[1], ex: ex, dose: readDose(match[2], ex, cat, say) });
    });
    var check = params.get("c");
    result.check = checksum(x + "\n" + by + "\n" + notes);
    if (check === null) {
      var last = result.items[result.items.length - 1];
      result.problems.unshift("The end of this link is missing. It may have been cut off when it was sent." +
        (last ? " Check the dose of the last exercise, " + shortName(last.ex.title) + "." : ""));
    } else if (check !== result.check) {
      result.problems.unshift("This link has been changed since it was made. Check the doses with the person who sent it.");
    }
    return result;
  }

  // ------------------------------------------------------------------ words for a dose

  function verbOf(ex) {
    return { "foam-rolling": "Roll", "trigger-point": "Press" }[ex.area] || "Hold";
  }

  // The dose as rows of (name, value), the same words as an exercise page.
  function doseRows(ex, d) {
    var rows = [];
    if (d.hold) rows.push([verbOf(ex) + " for", plural(d.hold, "second", "seconds")]);
    if (d.reps) rows.push(["Repeat", plural(d.reps, "time", "times") + (d.sides === 2 ? " on each side" : "")]);
    else if (d.sides === 2) rows.push(["Sides", "Both sides"]);
    if (d.sets > 1) rows.push(["Sets", d.sets + (d.rest ? ", resting " + plural(d.rest, "second", "seconds") + " between sets" : "")]);
    rows.push(["How often", plural(d.times, "time", "times") + " a " + d.per]);
    return rows;
  }

  // The dose in one sentence: "Hold 5 seconds, 8 times on each side, 2 sets with 45 seconds' rest, 5 times a week."
  function doseLine(ex, d) {
    var parts = [];
    if (d.hold) parts.push(verbOf(ex) + " " + plural(d.hold, "second", "seconds") + (!d.reps && d.sides === 2 ? " on each side" : ""));
    if (d.reps) parts.push(plural(d.reps, "time", "times") + (d.sides === 2 ? " on each side" : ""));
    if (!d.hold && !d.reps && d.sides === 2) parts.push("on each side");
    if (d.sets > 1) parts.push(d.sets + " sets" + (d.rest ? " with " + plural(d.rest, "second", "seconds") + "' rest between them" : ""));
    parts.push(plural(d.times, "time", "times") + " a " + d.per);
    var text = parts.join(", ") + ".";
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // ------------------------------------------------------------------ the page

  function setUp(root) {
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "1";
    var loading = root.querySelector(".guide-programme__loading");
    loading.textContent = "Loading the exercises\u2026";
    var home = new URL(root.dataset.home || "../", location.href);
    fetch(new URL(root.dataset.catalogue, location.href).href, { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (data) {
        if (!data || !Array.isArray(data.exercises) || !data.ranges) throw new Error("not a catalogue");
        data.byId = Object.create(null);
        data.removed = Array.isArray(data.removed) ? data.removed : [];
        data.exercises.forEach(function (ex) { data.byId[ex.id] = ex; });
        loading.textContent = "";
        start(root, data, home);
      })
      .catch(function () {
        loading.textContent = "The list of exercises could not be loaded. Check your connection, then reload the page.";
      });
  }

  function start(root, cat, home) {
    var builder = root.querySelector(".guide-builder");
    var client = root.querySelector(".guide-client");
    var programme = loadDraft(cat);
    var shown = null;  // "builder" or "client"
    var session = null;

    function route(moved) {
      if (!root.isConnected) { window.removeEventListener("hashchange", onHash); return; }
      var hash = location.hash.slice(1);
      if (isProgramme(hash)) showClient(hash, moved);
      else if (shown !== "builder") showBuilder(moved);
    }
    function onHash() { route(true); }
    window.addEventListener("hashchange", onHash);

    // ---------------------------------------------------------------- builder

    var areaBox = builder.querySelector("#filter-area");
    var dayBox = builder.querySelector("#filter-day");
    var nameBox = builder.querySelector("#filter-name");
    var choices = builder.querySelector(".guide-builder__choices");
    var count = builder.querySelector("#filter-count");
    var list = builder.querySelector(".guide-builder__list");
    var empty = builder.querySelector(".guide-builder__empty");
    var notesBox = builder.querySelector("#programme-notes");
    var byBox = builder.querySelector("#programme-by");
    var linkBox = builder.querySelector("#programme-link");
    var about = builder.querySelector("#programme-link-about");
    var copyButton = builder.querySelector("[data-do=copy]");
    var shareButton = builder.querySelector("[data-do=share]");
    var openLink = builder.querySelector("[data-do=open]");
    var errors = {};  // "key:field" -> message, for every box that is not right
    var nextKey = 1;

    Object.keys(cat.areas || {}).forEach(function (area) {
      areaBox.append(el("option", { value: area, text: cat.areas[area] }));
    });

    function showBuilder(moved) {
      shown = "builder";
      if (session) session.end();
      client.hidden = true;
      builder.hidden = false;
      notesBox.value = programme.notes;
      byBox.value = programme.by;
      renderChoices(false);
      renderList();
      if (moved) builder.querySelector("#make").focus();
    }

    function matches(ex) {
      var words = nameBox.value.toLowerCase().trim();
      return (!areaBox.value || ex.area === areaBox.value) &&
        (!dayBox.value || ex.days.indexOf(Number(dayBox.value)) >= 0) &&
        (!words || ex.title.toLowerCase().indexOf(words) >= 0);
    }

    var countTimer = null;
    // What the live region says now; a count still waiting for typing to stop is dropped, so it
    // cannot say over this (on a slow machine it did: "Added Plank" became "Showing 2 exercises").
    function announce(text) {
      clearTimeout(countTimer);
      count.textContent = text;
    }
    function renderChoices(say) {
      var found = cat.exercises.filter(matches);
      choices.replaceChildren.apply(choices, found.map(function (ex) {
        var facts = (cat.areas[ex.area] || ex.area) + (ex.days.length ? ", plan days " + ex.days.join(", ") : "");
        return el("li", { class: "guide-builder__choice" }, [
          el("span", { class: "guide-builder__choice-name" }, [
            el("span", { text: ex.title }), el("span", { class: "guide-builder__facts", text: facts })
          ]),
          el("button", { type: "button", class: "md-button", "data-add": ex.id, "aria-label": "Add " + ex.title, text: "Add" })
        ]);
      }));
      var message = found.length ? "Showing " + plural(found.length, "exercise", "exercises") + "."
        : "No exercise matches. Try another area, day or name.";
      clearTimeout(countTimer);
      // Said once typing stops, not at every letter.
      if (say) countTimer = setTimeout(function () { count.textContent = message; }, 400);
      else count.textContent = message;
    }
    [areaBox, dayBox].forEach(function (box) { box.addEventListener("change", function () { renderChoices(true); }); });
    nameBox.addEventListener("input", function () { renderChoices(true); });

    choices.addEventListener("click", function (event) {
      var button = event.target.closest("[data-add]");
      if (!button) return;
      var ex = cat.byId[button.dataset.add];
      if (programme.items.length >= MAX_ITEMS) {
        announce("A programme can have up to " + MAX_ITEMS + " exercises.");
        return;
      }
      programme.items.push({ key: nextKey++, id: ex.id, dose: Object.assign({}, ex.dose) });
      renderList();
      announce("Added " + shortName(ex.title) + ". The programme has " +
        plural(programme.items.length, "exercise", "exercises") + ".");
    });

    function field(item, ex, name, label, value) {
      var id = "dose-" + item.key + "-" + name, hint = id + "-error";
      var range = cat.ranges[{ hold: "hold_seconds", rest: "rest_seconds" }[name] || name];
      return el("p", { class: "guide-builder__number" }, [
        el("label", { for: id, text: label }),
        el("input", {
          id: id, type: "text", inputmode: "numeric", autocomplete: "off", size: 4, "data-field": name,
          value: value === null || value === undefined ? "" : value, "aria-describedby": hint,
          "aria-invalid": errors[item.key + ":" + name] ? "true" : null,
          "data-min": range[0], "data-max": range[1]
        }),
        el("span", { id: hint, class: "guide-builder__error", text: errors[item.key + ":" + name] || "" })
      ]);
    }

    function choice(item, name, label, options, value) {
      var id = "dose-" + item.key + "-" + name;
      return el("p", { class: "guide-builder__number" }, [
        el("label", { for: id, text: label }),
        el("select", { id: id, "data-field": name }, options.map(function (o) {
          return el("option", { value: o[0], text: o[1], selected: String(o[0]) === String(value) });
        }))
      ]);
    }

    function itemView(item, i) {
      var ex = cat.byId[item.id], name = shortName(ex.title), d = item.dose, last = programme.items.length - 1;
      return el("li", { class: "guide-builder__item", "data-key": item.key }, [
        el("h4", { text: ex.title }),
        el("p", { class: "guide-builder__move" }, [
          el("button", { type: "button", class: "md-button", "data-move": "up", disabled: i === 0, "aria-label": "Move " + name + " up", text: "Up" }),
          el("button", { type: "button", class: "md-button", "data-move": "down", disabled: i === last, "aria-label": "Move " + name + " down", text: "Down" }),
          el("button", { type: "button", class: "md-button", "data-move": "remove", "aria-label": "Remove " + name, text: "Remove" })
        ]),
        el("fieldset", { class: "guide-builder__dose" }, [
          el("legend", { text: "Dose for " + name }),
          field(item, ex, "hold", verbOf(ex) + " (seconds)", d.hold),
          field(item, ex, "reps", "Reps", d.reps),
          field(item, ex, "sets", "Sets", d.sets),
          choice(item, "sides", "Sides", [[1, "One side"], [2, "Each side"]], d.sides),
          field(item, ex, "rest", "Rest between sets (seconds)", d.rest),
          field(item, ex, "times", "How many times", d.times),
          choice(item, "per", "Each", [["day", "day"], ["week", "week"]], d.per)
        ]),
        el("p", { class: "guide-builder__own" }, [
          el("span", { text: "The page's dose: " + doseLine(ex, ex.dose) + " " }),
          el("button", { type: "button", class: "md-button", "data-move": "own", "aria-label": "Use the page's dose for " + name, text: "Use the page's dose" })
        ])
      ]);
    }

    function renderList(focusKey, focusWhat) {
      list.replaceChildren.apply(list, programme.items.map(itemView));
      empty.hidden = programme.items.length > 0;
      if (focusKey) {
        var item = list.querySelector("[data-key='" + focusKey + "']");
        var target = item && item.querySelector("[data-move=" + focusWhat + "]:not([disabled])");
        target = target || (item && item.querySelector("[data-move]:not([disabled])")) || builder.querySelector("#dose-and-order");
        if (target === builder.querySelector("#dose-and-order")) target.setAttribute("tabindex", "-1");
        target.focus();
      }
      update();
    }

    function itemByKey(key) {
      for (var i = 0; i < programme.items.length; i++) if (String(programme.items[i].key) === String(key)) return i;
      return -1;
    }

    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-move]");
      if (!button) return;
      var li = button.closest("[data-key]"), i = itemByKey(li.dataset.key), items = programme.items;
      var item = items[i], name = shortName(cat.byId[item.id].title), what = button.dataset.move, focus = what;
      if (what === "up" && i > 0) { items.splice(i, 1); items.splice(i - 1, 0, item); }
      else if (what === "down" && i < items.length - 1) { items.splice(i, 1); items.splice(i + 1, 0, item); }
      else if (what === "own") {
        item.dose = Object.assign({}, cat.byId[item.id].dose);
        Object.keys(errors).forEach(function (k) { if (k.indexOf(item.key + ":") === 0) delete errors[k]; });
      } else if (what === "remove") {
        items.splice(i, 1);
        Object.keys(errors).forEach(function (k) { if (k.indexOf(item.key + ":") === 0) delete errors[k]; });
        var next = items[Math.min(i, items.length - 1)];
        renderList(next ? next.key : "none", "remove");
        announce("Removed " + name + ". The programme has " + plural(items.length, "exercise", "exercises") + ".");
        return;
      }
      renderList(item.key, focus);
      var place = itemByKey(item.key) + 1;
      announce(what === "own" ? name + " has the page's dose again." :
        name + " is now number " + place + " of " + items.length + ".");
    });

    // Each box is checked as it is typed in; the link is made only when every box is right.
    function checkBox(box, item) {
      var name = box.dataset.field, text = box.value.trim(), problem = "";
      if (box.tagName === "SELECT") {
        item.dose[name] = name === "sides" ? Number(box.value) : box.value;
        return;
      }
      var low = Number(box.dataset.min), high = Number(box.dataset.max);
      if (text === "" && (name === "hold" || name === "reps")) item.dose[name] = null;
      else if (text === "" && name === "rest") item.dose[name] = 0;
      else if (!/^\d{1,4}$/.test(text)) problem = "Write a whole number, like " + Math.max(low, 5) + ".";
      else if (Number(text) < low || Number(text) > high) problem = "Write a number from " + low + " to " + high + ".";
      else item.dose[name] = Number(text);
      setError(item, name, problem);
      var hold = box.closest("fieldset").querySelector("[data-field=hold]");
      var both = !item.dose.hold && !item.dose.reps && !errors[item.key + ":hold"] && !errors[item.key + ":reps"];
      if (both || errors[item.key + ":hold"] === NEEDS_ONE) {
        setError(item, "hold", both ? NEEDS_ONE : "", hold);
      }
    }
    var NEEDS_ONE = "Give a time to hold, a number of reps, or both.";

    function setError(item, name, problem, box) {
      var key = item.key + ":" + name;
      if (problem) errors[key] = problem; else delete errors[key];
      box = box || list.querySelector("#dose-" + item.key + "-" + name);
      if (!box) return;
      if (problem) box.setAttribute("aria-invalid", "true"); else box.removeAttribute("aria-invalid");
      var message = document.getElementById(box.getAttribute("aria-describedby"));
      if (message) message.textContent = problem;
    }

    function onDoseChange(event) {
      var box = event.target.closest("[data-field]");
      if (!box) return;
      var i = itemByKey(box.closest("[data-key]").dataset.key);
      checkBox(box, programme.items[i]);
      update();
    }
    list.addEventListener("input", onDoseChange);
    list.addEventListener("change", onDoseChange);

    notesBox.addEventListener("input", function () { programme.notes = cleanText(notesBox.value, MAX_NOTES); update(); });
    byBox.addEventListener("input", function () { programme.by = cleanText(byBox.value, MAX_BY).replace(/\s+/g, " "); update(); });

    function link() {
      return location.origin + location.pathname + "#" + encode(programme);
    }

    function update() {
      saveDraft(programme);
      var wrong = Object.keys(errors).length, none = !programme.items.length;
      var ready = !wrong && !none;
      copyButton.disabled = !ready;
      shareButton.disabled = !ready;
      shareButton.hidden = !(window.guideCopy && window.guideCopy.canShare());
      if (ready) {
        var address = link();
        linkBox.value = address;
        openLink.setAttribute("href", "#" + encode(programme));
        openLink.removeAttribute("aria-disabled");
        about.textContent = "The link is " + address.length + " characters long and holds the whole programme." +
          (address.length > 300 ? " Shorter notes make it shorter, and its QR code easier to scan." : "");
      } else {
        linkBox.value = "";
        openLink.removeAttribute("href");
        openLink.setAttribute("aria-disabled", "true");
        about.textContent = none ? "Add at least one exercise to get a link." :
          "Put right the " + plural(wrong, "box", "boxes") + " marked in red to get a link.";
      }
    }

    copyButton.addEventListener("click", function () {
      if (window.guideCopy) window.guideCopy.copy(link(), "your programme of " + plural(programme.items.length, "exercise", "exercises") + ".");
    });
    shareButton.addEventListener("click", function () {
      if (window.guideCopy) window.guideCopy.share(link(), "Your exercise programme");
    });

    // ---------------------------------------------------------------- client view

    var problemsBox = client.querySelector(".guide-client__problems");
    var byLine = client.querySelector(".guide-client__by");
    var notesPart = client.querySelector(".guide-client__notes");
    var exercises = client.querySelector(".guide-client__list");
    var todayLine = client.querySelector(".guide-client__today");
    var qrBox = client.querySelector(".guide-client__qr-code");
    var current = null;  // the decoded programme shown

    function showClient(hash, moved) {
      shown = "client";
      if (session) session.end();
      current = decode(hash, cat);
      builder.hidden = true;
      client.hidden = false;
      problemsBox.hidden = !current.problems.length;
      problemsBox.querySelector("ul").replaceChildren.apply(problemsBox.querySelector("ul"),
        current.problems.map(function (text) { return el("li", { text: text }); }));
      byLine.hidden = !current.by;
      byLine.querySelector("strong").textContent = current.by;
      notesPart.hidden = !current.notes;
      notesPart.querySelector("p").textContent = current.notes;
      var done = doneToday(current.check);
      exercises.replaceChildren.apply(exercises, current.items.map(function (item, i) {
        return exerciseView(item, i, done.indexOf(i) >= 0);
      }));
      client.querySelectorAll(".guide-client__buttons button").forEach(function (button) {
        if (button.dataset.do === "session") button.disabled = !current.items.length;
        if (button.dataset.do === "share") button.hidden = !(window.guideCopy && window.guideCopy.canShare());
      });
      sayToday();
      drawQr(location.origin + location.pathname + "#" + hash);
      if (moved) client.querySelector("#programme-title").focus();
    }

    function exerciseView(item, i, done) {
      var ex = item.ex, picture = ex.picture, id = "done-" + i;
      var figure = picture ? el("figure", { class: "guide-client__picture" }, [
        el("img", {
          src: new URL(picture.src, home).href,
          srcset: picture.srcset.split(", ").map(function (c) {
            var parts = c.split(" ");
            return new URL(parts[0], home).href + " " + parts[1];
          }).join(", "),
          sizes: "(min-width: 50em) 16rem, calc(100vw - 2.4rem)",
          width: picture.width, height: picture.height, alt: picture.alt, decoding: "async"
        })
      ]) : null;
      return el("li", { class: "guide-client__exercise" + (done ? " guide-client__exercise--done" : "") }, [
        el("h4", {}, [el("a", { href: new URL(ex.url, home).href, text: ex.title })]),
        el("div", { class: "guide-client__body" }, [
          figure,
          el("div", { class: "guide-client__facts" }, [
            el("dl", { class: "guide-client__dose" }, doseRows(ex, item.dose).map(function (row) {
              return el("div", {}, [el("dt", { text: row[0] }), el("dd", { text: row[1] })]);
            })),
            ex.steps.length ? el("p", { class: "guide-client__label", text: "Steps" }) : null,
            ex.steps.length ? el("ol", { class: "guide-client__steps" }, ex.steps.map(function (s) { return el("li", { text: s }); })) : null,
            el("div", { class: "admonition danger guide-client__stop" }, [
              el("p", { class: "admonition-title", text: "Stop if" }),
              el("ul", {}, ex.stop_if.map(function (s) { return el("li", { text: s }); }))
            ]),
            el("p", { class: "guide-client__done" }, [
              el("input", { type: "checkbox", id: id, "data-index": i, checked: done }),
              el("label", { for: id, text: "Done today" })
            ])
          ])
        ])
      ]);
    }

    exercises.addEventListener("change", function (event) {
      var box = event.target.closest("input[data-index]");
      if (box) markDone(Number(box.dataset.index), box.checked);
    });

    function doneKey(check) { return DONE_PREFIX + today() + ":" + check; }
    function doneToday(check) {
      // Ticks from other days are cleared: they are for today only.
      store.keys().forEach(function (key) {
        if (key.indexOf(DONE_PREFIX) === 0 && key.indexOf(DONE_PREFIX + today() + ":") !== 0) store.remove(key);
      });
      try {
        var list = JSON.parse(store.get(doneKey(check)) || "[]");
        return Array.isArray(list) ? list.filter(function (n) { return typeof n === "number"; }) : [];
      } catch (e) { return []; }
    }
    function markDone(i, done) {
      var list = doneToday(current.check).filter(function (n) { return n !== i; });
      if (done) list.push(i);
      store.set(doneKey(current.check), JSON.stringify(list));
      var box = exercises.querySelector("#done-" + i);
      if (box) {
        box.checked = done;
        box.closest(".guide-client__exercise").classList.toggle("guide-client__exercise--done", done);
      }
      sayToday();
    }
    function sayToday() {
      var n = current.items.length, done = doneToday(current.check).filter(function (i) { return i < n; }).length;
      todayLine.textContent = n ? "Done today: " + done + " of " + n + "." : "";
    }

    // The QR code of the link, drawn as SVG by a small library kept on this site (lean-qr).
    function drawQr(text) {
      qrBox.replaceChildren();
      qrBox.dataset.for = "";
      import(new URL(root.dataset.qr, location.href).href).then(function (qr) {
        var code = qr.generate(text, { minCorrectionLevel: qr.correction.L });
        var size = code.size + 8, path = "";
        for (var y = 0; y < code.size; y++) {
          for (var x = 0; x < code.size; x++) if (code.get(x, y)) path += "M" + (x + 4) + " " + (y + 4) + "h1v1h-1z";
        }
        var ns = "http://www.w3.org/2000/svg";
        var svg = document.createElementNS(ns, "svg");
        svg.setAttribute("viewBox", "0 0 " + size + " " + size);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "QR code of this programme's link");
        svg.setAttribute("shape-rendering", "crispEdges");
        var back = document.createElementNS(ns, "rect");
        back.setAttribute("width", size); back.setAttribute("height", size); back.setAttribute("fill", "#fff");
        var dots = document.createElementNS(ns, "path");
        dots.setAttribute("d", path); dots.setAttribute("fill", "#000");
        svg.append(back, dots);
        qrBox.replaceChildren(svg);
        qrBox.dataset.for = text;
      }).catch(function () {
        qrBox.replaceChildren(el("p", { text: "The QR code could not be made. Copy the link instead." }));
      });
    }

    // ---------------------------------------------------------------- the guided session

    var sessionBox = client.querySelector(".guide-session");
    var timerBox = sessionBox.querySelector(".guide-timer");

    function startSession() {
      if (!window.guideTimer || !current.items.length) return;
      var done = doneToday(current.check), first = 0;
      while (done.indexOf(first) >= 0 && first < current.items.length - 1) first++;
      var index = first, timer = null;
      sessionBox.hidden = false;

      function load(i, message) {
        index = i;
        var item = current.items[i], ex = item.ex, n = current.items.length;
        var next = current.items[i + 1];
        sessionBox.querySelector(".guide-session__where").textContent = "Exercise " + (i + 1) + " of " + n;
        sessionBox.querySelector(".guide-session__name").textContent = ex.title;
        sessionBox.querySelector(".guide-session__dose").textContent = doseLine(ex, item.dose);
        var options = {
          verb: verbOf(ex).toLowerCase(), pace: cat.seconds_per_rep, beepEvery: true,
          doneText: shortName(ex.title) + " is done for today." +
            (next ? " Next: " + shortName(next.ex.title) + ". Press Start when you are ready." : " That was the last one. Well done!"),
          onDone: function () {
            markDone(i, true);
            // The next exercise is made ready; what was said stays on screen.
            if (next) setTimeout(function () { if (sessionBox.isConnected && index === i) load(i + 1, options.doneText); }, 0);
          }
        };
        if (timer) timer.load(item.dose, options);
        else timer = window.guideTimer.attach(timerBox, item.dose, options);
        if (message) timerBox.querySelector(".guide-timer__status").textContent = message;
        sessionBox.querySelector("[data-do=previous]").disabled = i === 0;
        sessionBox.querySelector("[data-do=next]").disabled = i === n - 1;
      }

      session = {
        previous: function () { if (index > 0) load(index - 1, "Back to " + shortName(current.items[index - 1].ex.title) + "."); },
        next: function () { if (index < current.items.length - 1) load(index + 1, "On to " + shortName(current.items[index + 1].ex.title) + "."); },
        end: function () {
          if (timer) timer.stop();
          sessionBox.hidden = true;
          session = null;
        }
      };
      load(index, "Ready: " + shortName(current.items[index].ex.title) + ". Press Start when you are.");
      sessionBox.scrollIntoView({ block: "start" });
      sessionBox.querySelector("#session-title").focus({ preventScroll: true });
    }

    client.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-do]");
      if (!button) return;
      var what = button.dataset.do;
      var address = location.origin + location.pathname + location.hash;
      if (what === "session") { if (session) session.end(); startSession(); }
      else if (what === "print") window.print();
      else if (what === "copy" && window.guideCopy) window.guideCopy.copy(address, "your programme.");
      else if (what === "share" && window.guideCopy) window.guideCopy.share(address, "Your exercise programme");
      else if (what === "edit") {
        programme = {
          items: current.items.map(function (item) { return { key: nextKey++, id: item.id, dose: Object.assign({}, item.dose) }; }),
          by: current.by, notes: current.notes
        };
        errors = {};
        saveDraft(programme);
        history.pushState(null, "", location.pathname + location.search);
        showBuilder(true);
      } else if (session && what === "previous") session.previous();
      else if (session && what === "next") session.next();
      else if (session && what === "end") {
        session.end();
        client.querySelector("[data-do=session]").focus();
      }
    });

    route(false);
  }

  // The programme being made is kept on this device, so a reload or a visit to another page
  // does not lose it.
  function saveDraft(programme) {
    store.set(DRAFT_KEY, JSON.stringify({
      items: programme.items.map(function (item) { return { id: item.id, dose: item.dose }; }),
      by: programme.by, notes: programme.notes
    }));
  }

  // The draft kept on this device, checked like a link: it goes through the same decoder.
  function loadDraft(cat) {
    var empty = { items: [], by: "", notes: "" };
    try {
      var draft = JSON.parse(store.get(DRAFT_KEY) || "null");
      if (!draft || !Array.isArray(draft.items)) return empty;
      var fake = encode({
        items: draft.items.filter(function (item) { return item && cat.byId[item.id] && item.dose; }),
        by: cleanText(draft.by, MAX_BY), notes: cleanText(draft.notes, MAX_NOTES)
      });
      var read = decode(fake, cat);
      var key = 1;
      return {
        items: read.items.map(function (item) { return { key: "d" + key++, id: item.id, dose: item.dose }; }),
        by: read.by, notes: read.notes
      };
    } catch (e) { return empty; }
  }

  window.guideProgramme = { encode: encode, decode: decode, checksum: checksum };

  var root = document.querySelector(".guide-programme");
  if (root) setUp(root);
})();
