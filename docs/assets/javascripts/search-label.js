// Material's search dialog has no accessible name; give it one for screen readers.
(function () {
  "use strict";
  var dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog) dialog.setAttribute("aria-label", "Search the guide");
})();
