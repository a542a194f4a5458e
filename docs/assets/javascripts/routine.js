// Today's routine: an exercise page opened from a day of the one-week plan says which one comes
// next that day, both in the box under the exercise and in the "Next" link at the foot of the page.
// The day is remembered for this browser tab only (sessionStorage) and never sent anywhere; the
// links themselves do not change, so plan ticks and shared links stay as they are. The order of
// each day comes from assets/plan/routine.json (guide/routine.py), the same order as the plan.
(function () {
  "use strict";
  var KEY = "guide-routine";
  var script = document.currentScript;
  var root = new URL("../../", script ? script.src : location.href);
  var data = null;

  // sessionStorage can be switched off: then the routine is simply not shown.
  function read() {
    try { return JSON.parse(sessionStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  function write(value) {
    try {
      if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
      else sessionStorage.removeItem(KEY);
    } catch (e) { /* not kept */ }
  }

  // A page's address relative to the site's root, as routine.json writes it ("core/plank/").
  function relative(url) {
    var path = new URL(url, location.href).pathname;
    return path.indexOf(root.pathname) === 0 ? path.slice(root.pathname.length) : null;
  }

  function load() {
    if (!data) {
      data = fetch(new URL("assets/plan/routine.json", root).href)
        .then(function (response) { return response.ok ? response.json() : null; })
        .catch(function () { return null; });
    }
    return data;
  }

  // On the plan page: each exercise link under "Day N" carries its day.
  function markPlanLinks() {
    document.querySelectorAll("article h2[id^='day-']").forEach(function (heading) {
      var day = heading.id.slice(4);
      var next = heading.nextElementSibling;
      while (next && next.tagName !== "H2") {
        next.querySelectorAll("a[href]").forEach(function (link) {
          if (!link.getAttribute("href").startsWith("#")) link.setAttribute("data-routine-day", day);
        });
        next = next.nextElementSibling;
      }
    });
  }

  // Following a link that carries a day starts (or goes on with) that day's routine.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[data-routine-day]");
    if (!link) return;
    var path = new URL(link.href).pathname;
    var before = read();
    var day = link.getAttribute("data-routine-day");
    var trail = before && before.day === day ? before.trail : [];
    if (trail.indexOf(path) < 0) trail.push(path);
    write({ day: day, trail: trail });
  }, true);

  function link(href, text, day) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (day) a.setAttribute("data-routine-day", day);
    return a;
  }

  // The foot of the page: Material's "Next" (and "Previous") links follow the day instead.
  function setFooter(side, href, direction, title, day) {
    var footer = document.querySelector(".md-footer__link--" + side);
    if (!footer) return;
    footer.href = href;
    footer.setAttribute("aria-label", direction + ": " + title);
    if (day) footer.setAttribute("data-routine-day", day);
    var label = footer.querySelector(".md-footer__direction");
    var name = footer.querySelector(".md-ellipsis");
    if (label) label.textContent = direction;
    if (name) name.textContent = title;
  }

  function show(box, routine, day, here) {
    var items = routine.days[day].items;
    var at = items.indexOf(here);
    var plan = new URL(routine.plan + "#day-" + day, root).href;
    var title = function (url) { return routine.titles[url] || url; };
    box.textContent = "";
    var where = document.createElement("p");
    where.className = "guide-routine__where";
    where.textContent = "Day " + day + " of the plan: exercise " + (at + 1) + " of " + items.length + ".";
    box.appendChild(where);
    var next = document.createElement("p");
    next.className = "guide-routine__next";
    if (at + 1 < items.length) {
      var after = items[at + 1];
      next.appendChild(link(new URL(after, root).href, "Next in day " + day + ": " + title(after), day));
      setFooter("next", new URL(after, root).href, "Next in day " + day, title(after), day);
    } else {
      next.appendChild(document.createTextNode("This is the last one of the day. Well done! "));
      next.appendChild(link(plan, "Back to day " + day + " of the plan"));
      setFooter("next", plan, "Last one of day " + day, "Back to the plan");
    }
    box.appendChild(next);
    if (at > 0) {
      var before = items[at - 1];
      setFooter("prev", new URL(before, root).href, "Before this in day " + day, title(before), day);
    } else {
      setFooter("prev", plan, "Start of day " + day, "Back to the plan");
    }
    box.hidden = false;
  }

  function setUp() {
    markPlanLinks();
    var box = document.querySelector(".guide-routine");
    var state = read();
    if (!state) return;
    if (state.trail.indexOf(location.pathname) < 0) {
      write(null); // the reader went somewhere else: the routine is over
      return;
    }
    if (!box) return;
    var here = relative(location.href);
    load().then(function (routine) {
      var day = routine && routine.days && routine.days[state.day];
      // Still the same page, and still in that day (a new plan may have moved it).
      if (!day || day.items.indexOf(here) < 0 || !box.isConnected) return;
      show(box, routine, state.day, here);
    });
  }

  if (window.document$) window.document$.subscribe(setUp);
  else document.addEventListener("DOMContentLoaded", setUp);
})();
