// A table too wide for the screen scrolls sideways inside its box. Keyboard users can only
// scroll it if the box can take focus, and screen readers need to know what the box is, so a
// box that overflows gets tabindex="0", role="region" and a name. Checked again when the
// window changes size (a phone turned, a window narrowed): a box that stops overflowing
// leaves the tab order.
(function () {
  "use strict";

  function label(box) {
    var heading = box.previousElementSibling;
    while (heading && !/^H[2-4]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    return "Table" + (heading ? ": " + heading.textContent.replace(/#$/, "").trim() : "") +
      " (scroll sideways to see all of it)";
  }

  function setUp() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", label(box));
      } else if (box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }

  var waiting = false;
  window.addEventListener("resize", function () {
    if (waiting) return;
    waiting = true;
    requestAnimationFrame(function () { waiting = false; setUp(); });
  });
  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
