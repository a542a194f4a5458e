// A table too wide for the screen scrolls sideways inside its box. Keyboard users can only
// scroll it if the box can take focus, and screen readers need to know what the box is, so a
// box that overflows gets tabindex="0", role="region" and a name.
(function () {
  "use strict";

  function setUp() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth <= box.clientWidth) return;
      var heading = box.previousElementSibling;
      while (heading && !/^H[2-4]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Table" + (heading ? ": " + heading.textContent.replace(/#$/, "").trim() : "") +
        " (scroll sideways to see all of it)");
    });
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
