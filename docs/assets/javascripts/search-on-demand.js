// The search index (about a third of a first visit's bytes) is fetched only when a reader
// starts a search, not with every page. Material asks for search/search_index.json as soon as
// its script runs; this holds that one request back until the reader moves to the search box,
// taps or focuses it, or presses a key that opens it, and then sends it: the index arrives
// while they type. It must run before Material's bundle (overrides/main.html loads it first).
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var held = [];
  var started = false;
  // The index Material fetched, parsed, for the guide's own scripts (search-suggest.js), so
  // they never fetch it a second time.
  var got;
  window.guideSearchIndex = new Promise(function (resolve) {
    got = resolve;
  });

  function start() {
    if (started) return;
    started = true;
    document.documentElement.setAttribute("data-guide-search", "loading");
    held.splice(0).forEach(function (item) {
      send.apply(item.request, item.args);
    });
  }

  proto.open = function (method, url) {
    this.__guideIndex = INDEX.test(String(url));
    this.__guideHold = !started && this.__guideIndex;
    if (this.__guideIndex) {
      this.addEventListener("load", function () {
        // Added when the request is opened, so it runs before Material's own, which aborts the
        // request once it has the response (and the response is then gone). Material asks for a
        // Blob; a string or parsed JSON is read too. A broken index stays unread: Material's
        // search reports it, and the suggestions stay off.
        var data = this.response;
        var text = typeof data === "string" ? Promise.resolve(data) : data instanceof Blob ? data.text() : null;
        if (text) {
          text.then(JSON.parse).then(got, function () {});
        } else if (data) {
          got(data);
        }
      });
    }
    return open.apply(this, arguments);
  };
  proto.send = function () {
    if (this.__guideHold && !started) {
      held.push({ request: this, args: arguments });
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function inSearch(target) {
    return Boolean(target && target.closest && target.closest(".md-search, label[for='__search']"));
  }
  function onIntent(event) {
    if (inSearch(event.target)) start();
  }
  // Pointing at the search box (a mouse), touching it, focusing it with the keyboard.
  document.addEventListener("pointerover", onIntent, true);
  document.addEventListener("pointerdown", onIntent, true);
  document.addEventListener("focusin", onIntent, true);
  // The search toggle (Material's keys "/", "s" and "f" set it, as does the search icon).
  document.addEventListener(
    "change",
    function (event) {
      if (event.target && event.target.id === "__search") start();
    },
    true
  );
  document.addEventListener(
    "keydown",
    function (event) {
      if (!event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key)) {
        var field = event.target;
        var typing = field && (field.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName));
        if (!typing) start();
      }
    },
    true
  );
})();
