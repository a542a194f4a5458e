// The one-week plan: tick off each item. Ticks stay on this device (localStorage), survive
// reloads and instant navigation, and are never sent anywhere. Without JavaScript the plan
// is still a complete list.
(function () {
  "use strict";
  var PREFIX = "guide-plan:";

  function keyFor(item) {
    var day = item.closest("ul").previousElementSibling;
    while (day && !/^H2$/.test(day.tagName)) day = day.previousElementSibling;
    var link = item.querySelector("a");
    var what = link ? link.getAttribute("href") : item.textContent.trim();
    return PREFIX + (day ? day.id : "plan") + ":" + what;
  }

  function setUp() {
    var boxes = document.querySelectorAll(".task-list-item input[type=checkbox]");
    if (!boxes.length || !document.querySelector("h2[id^='day-']")) return;
    boxes.forEach(function (box) {
      var item = box.closest(".task-list-item");
      var key = keyFor(item);
      box.disabled = false;
      box.removeAttribute("disabled");
      box.setAttribute("aria-label", item.textContent.trim());
      box.checked = localStorage.getItem(key) === "1";
      box.addEventListener("change", function () {
        if (box.checked) localStorage.setItem(key, "1");
        else localStorage.removeItem(key);
      });
    });
    if (document.querySelector(".guide-plan-reset")) return;
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "md-button guide-plan-reset";
    reset.textContent = "Clear all ticks";
    reset.addEventListener("click", function () {
      if (!window.confirm("Clear all your ticks for the week?")) return;
      Object.keys(localStorage).forEach(function (k) {
        if (k.indexOf(PREFIX) === 0) localStorage.removeItem(k);
      });
      boxes.forEach(function (box) { box.checked = false; });
    });
    // Below the days, so adding it never moves what the reader is looking at.
    var after = document.getElementById("after-the-week") || document.querySelector("article h1");
    after.parentNode.insertBefore(reset, after);
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
