// The one-week plan: tick off each item. Ticks stay on this device (localStorage), survive
// reloads and instant navigation, and are never sent anywhere. Without JavaScript the plan
// is still a complete list.
(function () {
  "use strict";
  var PREFIX = "guide-plan:";

  // Storage can be switched off (private modes, strict settings): then ticks last for this visit.
  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key) { try { localStorage.setItem(key, "1"); } catch (e) { /* not kept */ } },
    remove: function (key) { try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ } },
    keys: function () { try { return Object.keys(localStorage); } catch (e) { return []; } }
  };

  function dayOf(item) {
    var day = item.closest("ul").previousElementSibling;
    while (day && day.tagName !== "H2") day = day.previousElementSibling;
    return day && day.id ? day.id : "plan";
  }

  // A tick belongs to its day and the page its item links to (the path, which stays the same
  // however the page is reached), so it survives rewording and reordering of the plan.
  function keyFor(item) {
    var link = item.querySelector("a[href]");
    var url = link && new URL(link.href, location.href);
    var what = url ? url.pathname + url.hash : item.textContent.trim();
    return PREFIX + dayOf(item) + ":" + what;
  }

  function setUp() {
    var boxes = document.querySelectorAll(".task-list-item input[type=checkbox]");
    if (!boxes.length || !document.querySelector("h2[id^='day-']")) return;
    boxes.forEach(function (box) {
      var item = box.closest(".task-list-item");
      var key = keyFor(item);
      box.disabled = false;
      box.removeAttribute("disabled");
      var day = dayOf(item).replace(/^day-(\d+)$/, "day $1");
      box.setAttribute("aria-label", item.textContent.trim().replace(/\s+/g, " ") + ", " + day);
      box.checked = store.get(key) === "1";
      box.addEventListener("change", function () {
        if (box.checked) store.set(key);
        else store.remove(key);
      });
    });
    if (document.querySelector(".guide-plan-reset")) return;
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button guide-plan-reset";
    reset.textContent = "Clear all ticks";
    reset.addEventListener("click", function () {
      if (!window.confirm("Clear all your ticks for the week?")) return;
      store.keys().forEach(function (k) {
        if (k.indexOf(PREFIX) === 0) store.remove(k);
      });
      boxes.forEach(function (box) { box.checked = false; });
    });
    // Below the last day, so adding it never moves what the reader is looking at.
    var lists = document.querySelectorAll("article .task-list");
    lists[lists.length - 1].after(reset);
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
