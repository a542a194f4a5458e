// "Did you mean ...?" above the results. Material's search matches the start of words, so one
// wrong letter ("hamstirng", "sciatca") finds no page at all, and in "tenis ball" only "ball" is
// found. Each word that is neither a word of the guide nor the start of one is swapped for the
// guide's nearest word (one letter off for short words, two for longer ones), and the corrected
// search is offered as a link. The guide's words come from the search index Material fetched.
(function () {
  "use strict";
  var config = document.getElementById("__config");
  if (!config) return;
  var base = new URL(JSON.parse(config.textContent).base + "/", location.href);
  var words = null; // word -> how often it appears in the guide
  var loading = null;
  var timer = null;

  function load() {
    if (loading) return loading;
    // the index Material fetched (search-on-demand.js keeps it), or, without that script, fetched here
    var index = window.guideSearchIndex || fetch(new URL("search/search_index.json", base)).then(function (r) {
      return r.json();
    });
    loading = index.then(function (index) {
      words = new Map();
      index.docs.forEach(function (doc) {
        var text = (doc.title + " " + doc.text).replace(/<[^>]*>/g, " ").toLowerCase();
        (text.match(/[a-z]+/g) || []).forEach(function (w) {
          if (w.length >= 3) words.set(w, (words.get(w) || 0) + 1);
        });
      });
    });
    return loading;
  }

  // The fewest one-letter edits (swapping two letters side by side counts as one) from a to b.
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) {
      d.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { d[i].push(j); continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  function nearest(word) {
    var most = word.length >= 6 ? 2 : 1, best = null, bestCost = most + 1, bestCount = 0;
    words.forEach(function (count, w) {
      if (Math.abs(w.length - word.length) > most) return;
      var cost = distance(word, w);
      if (cost < bestCost || (cost === bestCost && count > bestCount)) { best = w; bestCost = cost; bestCount = count; }
    });
    return best;
  }

  // A word being typed: the start of a word of the guide, which Material's search finds.
  function starts(word) {
    for (var w of words.keys()) if (w.startsWith(word)) return true;
    return false;
  }

  // The query with each unknown word corrected, or null when there is nothing to correct.
  function corrected(query) {
    var changed = false;
    var out = query.toLowerCase().split(/\s+/).filter(Boolean).map(function (word) {
      if (word.length < 4 || !/^[a-z]+$/.test(word) || words.has(word) || starts(word)) return word;
      var better = nearest(word);
      if (better) changed = true;
      return better || word;
    });
    return changed ? out.join(" ") : null;
  }

  // Screen readers hear the offer from a polite live region made once: one added together with
  // its words is often not read out.
  var status = null;

  function say(text) {
    if (!status) {
      var result = document.querySelector(".md-search-result");
      if (!result) return;
      status = document.createElement("p");
      status.className = "guide-visually-hidden";
      status.setAttribute("role", "status");
      result.prepend(status);
    }
    status.textContent = text;
  }

  function clear() {
    var old = document.querySelector(".guide-search-suggest");
    if (old) old.remove();
    if (status) status.textContent = "";
  }

  function check() {
    clear();
    var input = document.querySelector(".md-search__input");
    var meta = document.querySelector(".md-search-result__meta");
    if (!input || !meta || !input.value.trim()) return;
    var query = input.value;
    load().then(function () {
      var better = input.value === query && corrected(query);
      if (!better) return;
      var found = document.querySelector(".md-search-result__item") !== null;
      clear();
      var p = document.createElement("p");
      p.className = "guide-search-suggest";
      // A link, so Material's arrow keys reach it from the search box (its Tab closes the search);
      // without this script, Material opens a search from ?q= on its own.
      var link = document.createElement("a");
      link.href = location.pathname + "?q=" + encodeURIComponent(better);
      link.textContent = better;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopPropagation(); // Material closes the search when a link in it is clicked
        input.value = better;
        input.focus();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
        clear();
      });
      p.append("Did you mean ", link, "?");
      meta.after(p);
      say((found ? "" : "No matches. ") + "Did you mean " + better + "?");
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }

  // Material answers a few moments after each key and then rewrites its count of matches:
  // look again each time it does.
  var watched = null;
  var observer = new MutationObserver(later);
  document.addEventListener("input", function (event) {
    if (!event.target.matches || !event.target.matches(".md-search__input")) return;
    clear();
    var meta = document.querySelector(".md-search-result__meta");
    if (meta && meta !== watched) {
      observer.disconnect();
      observer.observe(meta, { childList: true, characterData: true, subtree: true });
      watched = meta;
    }
    later();
  }, true);
})();
