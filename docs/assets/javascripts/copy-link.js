// Copy and share links: a "Copy link" button for each exercise and a click on any heading's #
// mark copy the full address with its section, and say so on screen and to screen readers.
// Where the phone can share (the Web Share API), a "Share" button opens its share sheet.
// window.guideCopy.copy(url) and .share(url, title) are used by the programme page.
(function () {
  "use strict";

  // The message area exists before anything is said in it, so screen readers announce it.
  function statusArea() {
    var live = document.querySelector(".guide-copy-status");
    if (!live) {
      live = document.createElement("p");
      live.className = "guide-copy-status";
      live.setAttribute("role", "status");
      live.setAttribute("aria-live", "polite");
      document.body.appendChild(live);
    }
    return live;
  }

  function announce(text) {
    var live = statusArea();
    live.textContent = text;
    clearTimeout(live.hideTimer);
    live.classList.add("guide-copy-status--shown");
    live.hideTimer = setTimeout(function () { live.classList.remove("guide-copy-status--shown"); }, 3000);
  }

  // Older browsers, pages not served over https and a clipboard that says no: copy through a
  // hidden text box, without scrolling the page, and give the focus back.
  function copyOldWay(text) {
    var before = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.className = "guide-copy-box";
    document.body.appendChild(area);
    area.focus({ preventScroll: true });
    area.setSelectionRange(0, text.length);
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    area.remove();
    if (before && before.focus) before.focus({ preventScroll: true });
    return done;
  }

  // `said` is what the message calls the address (the address itself when not given).
  function copy(url, said) {
    said = said || url;
    function fallback() {
      announce(copyOldWay(url) ? "Link copied: " + said : "Copy this address: " + url);
    }
    if (!navigator.clipboard || !window.isSecureContext) return fallback();
    navigator.clipboard.writeText(url).then(function () { announce("Link copied: " + said); }, fallback);
  }

  function canShare() { return typeof navigator.share === "function"; }

  // The phone's share sheet; a refusal other than "cancelled" falls back to copying.
  function share(url, title) {
    if (!canShare()) return copy(url);
    navigator.share({ title: title || document.title, url: url }).catch(function (error) {
      if (!error || error.name !== "AbortError") copy(url);
    });
  }

  function address(hash) {
    return location.origin + location.pathname + (hash || "");
  }

  function setUp() {
    statusArea();
    document.querySelectorAll(".guide-copy-link").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      button.hidden = false;
      button.addEventListener("click", function () { copy(address(button.dataset.hash || "")); });
      if (!canShare()) return;
      var sharing = document.createElement("button");
      sharing.type = "button";
      sharing.className = "md-button guide-share-link";
      sharing.textContent = "Share";
      sharing.setAttribute("aria-label", "Share this exercise");
      sharing.addEventListener("click", function () { share(address(button.dataset.hash || "")); });
      button.after(sharing);
    });
    // The # beside each heading still jumps to the section; it now copies its address too.
    document.querySelectorAll("article .headerlink").forEach(function (mark) {
      if (mark.dataset.ready) return;
      mark.dataset.ready = "1";
      mark.setAttribute("title", "Copy the link to this section");
      mark.addEventListener("click", function () {
        var section = mark.closest("[id]");
        if (section) copy(address("#" + section.id));
      });
    });
  }

  window.guideCopy = { copy: copy, share: share, canShare: canShare, announce: announce };
  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
