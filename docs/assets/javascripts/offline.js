// Offline after one visit: starts the guide's service worker (sw.js at the site's root) and tells
// it which page was read and which files it used, so they open again with no connection. Nothing
// is sent to any other website; the worker only ever asks this site for its own files.
//
// When a new version of the guide has been published and its worker takes over while a page is
// open, the next link followed loads the new page in full, so old and new are never mixed.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.URL || !window.Promise) return;
  var script = document.currentScript;
  var root = new URL("../../", script ? script.src : location.href);
  var controlled = Boolean(navigator.serviceWorker.controller);
  var stale = false;
  var reported = 0;

  var worker = null; // this site's active worker, once there is one

  function register() {
    navigator.serviceWorker.register(new URL("sw.js", root).href).catch(function () {
      // Not possible here (a private window, an old browser): the guide works online as before.
    });
    navigator.serviceWorker.ready.then(function (registration) { worker = registration.active; });
  }

  // The page's pictures have picked their size and format once they have loaded.
  function picturesShown() {
    var images = Array.prototype.slice.call(document.querySelectorAll("article img"));
    return Promise.all(images.map(function (img) {
      if (img.complete) return img.currentSrc;
      return new Promise(function (resolve) {
        img.addEventListener("load", function () { resolve(img.currentSrc); }, { once: true });
        img.addEventListener("error", function () { resolve(""); }, { once: true });
      });
    }));
  }

  // This site's files fetched since the last message (styles, scripts, pictures, data).
  function newFiles() {
    var entries = performance.getEntriesByType ? performance.getEntriesByType("resource") : [];
    var files = [];
    for (var i = reported; i < entries.length; i++) {
      if (entries[i].name.indexOf(root.href) === 0) files.push(entries[i].name);
    }
    reported = entries.length;
    return files;
  }

  function send(files) {
    var message = { type: "keep", page: location.href, files: files };
    if (worker) worker.postMessage(message);
    else navigator.serviceWorker.ready.then(function (r) { if (r.active) r.active.postMessage(message); });
  }

  function tellWorker() {
    picturesShown().then(function (pictures) {
      send(pictures.filter(Boolean).concat(newFiles()));
    }).catch(function () { /* not saved this time */ });
  }

  // A new worker took over from the one that served this page: it belongs to a newer version.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (controlled) stale = true;
    controlled = true;
    worker = navigator.serviceWorker.controller;
  });

  // Then a link to another page is followed by the browser itself, not by instant navigation,
  // so the new page comes with its own styles and scripts.
  document.addEventListener("click", function (event) {
    if (!stale || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || link.target || link.hasAttribute("download")) return;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin || (url.pathname === location.pathname && url.hash)) return;
    event.stopPropagation();
  }, true);
  window.addEventListener("popstate", function () {
    if (stale) location.reload();
  });

  try { performance.setResourceTimingBufferSize(1000); } catch (e) { /* the default is enough */ }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
  if (window.document$) window.document$.subscribe(tellWorker);
  else document.addEventListener("DOMContentLoaded", tellWorker);
  // Files fetched while reading (the search index after a search) are saved when the reader
  // leaves the page or switches away from it.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && worker) send(newFiles());
  });
})();
