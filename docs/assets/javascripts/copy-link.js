// Copy links: a "Copy link" button for each exercise and a click on any heading's # mark copy
// the full address with its section, and say so on screen and to screen readers.
(function () {
  "use strict";

  function announce(text) {
    var live = document.querySelector(".guide-copy-status");
    if (!live) {
      live = document.createElement("p");
      live.className = "guide-copy-status";
      live.setAttribute("role", "status");
      live.setAttribute("aria-live", "polite");
      document.body.appendChild(live);
    }
    live.textContent = text;
    clearTimeout(live.hideTimer);
    live.classList.add("guide-copy-status--shown");
    live.hideTimer = setTimeout(function () { live.classList.remove("guide-copy-status--shown"); }, 2500);
  }

  function copy(url) {
    if (!navigator.clipboard) return announce("Copy this address: " + url);
    navigator.clipboard.writeText(url).then(
      function () { announce("Link copied: " + url); },
      function () { announce("Copy this address: " + url); });
  }

  function address(hash) {
    return location.origin + location.pathname + (hash || "");
  }

  function setUp() {
    document.querySelectorAll(".guide-copy-link").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      button.hidden = false;
      button.addEventListener("click", function () { copy(address(button.dataset.hash || "")); });
    });
    document.querySelectorAll("article .headerlink").forEach(function (mark) {
      if (mark.dataset.ready) return;
      mark.dataset.ready = "1";
      mark.addEventListener("click", function () {
        copy(address("#" + mark.closest("[id]").id));
      });
    });
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
