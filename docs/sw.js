// Ease Your Back's service worker: the guide opens with no connection after one visit.
//
// It keeps the pages a reader has opened (with their pictures), the plan, the help page and the
// files every page uses, in a cache named after this build. guide/offline.py fills in BUILD
// below with the hash of every file of the build; a response is kept only when its bytes have
// the hash listed here, so the cache never holds a mix of two builds. A new deploy changes this
// file, so the browser installs the new worker: it saves the new build in a new cache (copying
// what has not changed, fetching the rest) and then deletes the old cache.
//
// Pages and files come from the network first, so a reader who is online always gets the newest
// build; the saved copy is used when there is no connection, or when the network is very slow.
// Nothing is ever sent anywhere: the worker only asks this site for its own files.
//
// Deploying this file with BUILD left as null switches the worker off and deletes its caches.
"use strict";

const BUILD = null;

const PREFIX = "ease-your-back-";
const CACHE = BUILD ? PREFIX + BUILD.version : null;
const SCOPE = self.registration.scope; // the site's root, ending with "/"
// Named by their content key (guide/pictures.py): a name always means the same bytes.
const PICTURE = /^pictures\/[a-z0-9_/-]+-[0-9a-f]{14}-\d+\.(?:avif|webp|jpg|png)$/;
const PICTURE_IN_PAGE = /pictures\/[a-z0-9_/-]+-[0-9a-f]{14}-\d+\.(?:avif|webp|jpg|png)/g;
// How long to wait for the network before a saved copy is used instead.
const NETWORK_WAIT_MS = 4000;
const MOST_FILES_PER_MESSAGE = 200;
const HELP_PAGE = "safety/";
// Set when a newer worker is on its way: this one then stops saving (checkForNewerWorker).
let newerBuild = false;
// For each open page this worker answered: a promise of true when the network gave it another
// build's copy (a new deploy). Such a page's files never come from this build's saved copies or
// from the browser's own cache unchecked, so one page never mixes two builds.
const otherBuildPages = new Map();
const MOST_PAGES_REMEMBERED = 50;

// --------------------------------------------------------------------------- addresses

// The part of an address after the site's root, without ?query or #hash; "index.html" is the
// folder's page. null for another website, or outside the site.
function relative(url) {
  const full = new URL(url, SCOPE);
  full.search = "";
  full.hash = "";
  if (!full.href.startsWith(SCOPE)) return null;
  const rel = decodeURI(full.href.slice(SCOPE.length));
  return rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -10) : rel;
}

function isPage(rel) {
  return Object.prototype.hasOwnProperty.call(BUILD.titles, rel);
}

function isListed(rel) {
  return Object.prototype.hasOwnProperty.call(BUILD.files, rel);
}

function isPicture(rel) {
  return PICTURE.test(rel);
}

function key(rel) {
  return SCOPE + rel;
}

// --------------------------------------------------------------------------- keeping files

async function hashOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16);
}

// Keep a response in `cache` when it is this build's file (or a picture). A fresh Response is
// stored, so a redirect on the way is never replayed. Returns true when it was kept.
async function keep(cache, rel, response) {
  if (!response || response.status !== 200 || response.type === "opaque") return false;
  const body = await response.arrayBuffer();
  if (!isPicture(rel)) {
    if (!isListed(rel)) return false;
    if ((await hashOf(body)) !== BUILD.files[rel]) {
      // Another build may be on the site now: ask the browser to fetch the new worker.
      checkForNewerWorker();
      return false;
    }
  }
  const headers = { "Content-Type": response.headers.get("Content-Type") || "application/octet-stream" };
  await cache.put(key(rel), new Response(body, { status: 200, headers }));
  return true;
}

// When a newer worker is installing or waiting, this one saves nothing more: the new one saves
// the new build, and takes over as soon as this one has no work left.
function checkForNewerWorker() {
  const registration = self.registration;
  registration
    .update()
    .then(() => {
      const me = self.serviceWorker;
      const { installing, waiting, active } = registration;
      if ((active === me && (installing || waiting)) || (waiting === me && installing)) newerBuild = true;
    })
    .catch(() => {});
}

// Fetch a file of this build and keep it. `fresh` skips the browser's own cache.
async function fetchAndKeep(cache, rel, fresh) {
  try {
    const response = await fetch(key(rel), { cache: fresh ? "no-cache" : "default", credentials: "same-origin" });
    return await keep(cache, rel, response);
  } catch (error) {
    return false; // offline, or the file has gone: it is simply not saved
  }
}

async function ensure(cache, rel) {
  if (await cache.match(key(rel))) return true;
  if (newerBuild) return false;
  return (await fetchAndKeep(cache, rel, false)) || (!isPicture(rel) && fetchAndKeep(cache, rel, true));
}

// --------------------------------------------------------------------------- install and update

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

async function install() {
  if (!BUILD) return;
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  // What to save: the shell, and whatever the reader had saved with the build before. The search
  // index (a third of a first visit's bytes) waits until the reader uses search.
  const wanted = new Set(BUILD.shell.filter((rel) => !BUILD.later.includes(rel)));
  const before = new Map(); // rel -> an older cache that has it
  for (const name of older) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const rel = relative(request.url);
      if (rel !== null && (isListed(rel) || isPicture(rel)) && !before.has(rel)) {
        before.set(rel, old);
        if (!isPicture(rel)) wanted.add(rel);
      }
    }
  }
  await Promise.all([...wanted].map((rel) => carryOver(cache, rel, before.get(rel))));
  // Pictures: those the saved pages still show. A page whose picture changed gets its new one.
  const pages = [...wanted].filter(isPage);
  for (const rel of pages) {
    const saved = await cache.match(key(rel));
    if (!saved) continue;
    const shown = new Set((await saved.text()).match(PICTURE_IN_PAGE) || []);
    const had = [...shown].filter((picture) => before.has(picture));
    await Promise.all(had.map((picture) => carryOver(cache, picture, before.get(picture))));
    if (shown.size && !had.length) await ensure(cache, fallbackPicture(shown));
  }
}

// Copy a file from an older cache when it has not changed, else fetch this build's copy.
async function carryOver(cache, rel, old) {
  if (await cache.match(key(rel))) return;
  const copy = old && (await old.match(key(rel)));
  if (copy && (isPicture(rel) || (await hashOf(await copy.clone().arrayBuffer())) === BUILD.files[rel])) {
    await cache.put(key(rel), copy);
    return;
  }
  await fetchAndKeep(cache, rel, true);
}

// The picture every browser can show: the JPEG or PNG, at the width the page falls back to.
function fallbackPicture(shown) {
  const all = [...shown];
  return all.find((p) => /-800\.(jpg|png)$/.test(p)) || all.find((p) => /\.(jpg|png)$/.test(p)) || all[0];
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)))
    )
  );
});

// A page tells the worker what it showed (assets/javascripts/offline.js): the first page of a
// visit is not yet served through the worker, so this is how it is saved too.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!BUILD || !data || data.type !== "keep" || typeof data.page !== "string") return;
  event.waitUntil(keepShown(data));
});

async function keepShown(data) {
  const cache = await caches.open(CACHE);
  const page = relative(data.page);
  if (page !== null && isPage(page)) await ensure(cache, page);
  const files = Array.isArray(data.files) ? data.files.slice(0, MOST_FILES_PER_MESSAGE) : [];
  for (const url of files) {
    const rel = typeof url === "string" ? relative(url) : null;
    if (rel !== null && !isPage(rel) && (isListed(rel) || isPicture(rel))) await ensure(cache, rel);
  }
}

// --------------------------------------------------------------------------- answering requests

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!BUILD || request.method !== "GET") return;
  const rel = relative(request.url);
  if (rel === null || rel === "sw.js") return; // another website, or the worker itself
  if (request.mode === "navigate" || isPage(rel)) {
    event.respondWith(answer(event, rel, true));
  } else if (isListed(rel) || isPicture(rel)) {
    event.respondWith(answer(event, rel, false));
  }
  // Anything else (link previews, source maps) goes to the network as if there were no worker.
});

// The network's answer, or an error once NETWORK_WAIT_MS have passed (the saved copy is then used).
function withinWait(promise, hasCopy) {
  if (!hasCopy) return promise;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("slow network")), NETWORK_WAIT_MS);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); }
    );
  });
}

// Remember whether the page this navigation opens is this build's (its hash is in BUILD).
function rememberPageBuild(event, rel, network) {
  const id = event.resultingClientId;
  if (!id) return;
  const other = network
    .then((r) => (r.ok ? r.clone().arrayBuffer() : null))
    .then((body) => (body ? hashOf(body).then((hash) => !isPage(rel) || hash !== BUILD.files[rel]) : false))
    .catch(() => false);
  otherBuildPages.set(id, other);
  if (otherBuildPages.size > MOST_PAGES_REMEMBERED) otherBuildPages.delete(otherBuildPages.keys().next().value);
}

// A file asked for by its content's digest (?v=, guide/asset_versions.py) that is not this
// build's copy: another build's page wants it.
function otherVersion(url, rel) {
  const version = new URL(url).searchParams.get("v");
  return Boolean(version) && isListed(rel) && BUILD.files[rel] !== version;
}

async function answer(event, rel, page) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(key(rel));
  // A picture's name means the same bytes for ever: the saved one is always right.
  if (saved && isPicture(rel)) return saved;
  // A file for a page of another build: checked with the site, whatever the browser has kept.
  if (!page && (otherVersion(event.request.url, rel) || (await otherBuildPages.get(event.clientId)))) {
    return fetch(event.request.url, { cache: "no-cache", credentials: "same-origin" });
  }
  const network = fetch(event.request);
  if (page && event.request.mode === "navigate") rememberPageBuild(event, rel, network);
  // Keep what came from the network when it belongs to this build (checked in `keep`); not a page
  // the browser fetches ahead in case it is opened (it is kept when it is opened).
  const ahead = /prefetch/i.test(event.request.headers.get("Sec-Purpose") || event.request.headers.get("Purpose") || "");
  if (!ahead && !newerBuild) {
    const response = network.then((r) => (r.ok ? r.clone() : null));
    event.waitUntil(response.then((r) => (r ? keep(cache, rel, r) : false)).catch(() => false));
  }
  try {
    return await withinWait(network, Boolean(saved));
  } catch (error) {
    if (saved) return saved;
    if (isPicture(rel)) {
      const other = await otherSize(cache, rel);
      if (other) return other;
    }
    if (page && event.request.mode === "navigate") return notSavedPage(cache, rel);
    if (BUILD.search && rel === BUILD.search.path) return savedPagesIndex(cache);
    // No copy: fail as the network did (instant navigation then loads the page in full).
    return Response.error();
  }
}

// Another saved size or format of the same picture (the browser shows any of them).
async function otherSize(cache, rel) {
  const stem = rel.replace(/-\d+\.(?:avif|webp|jpg|png)$/, "-");
  for (const request of await cache.keys()) {
    const other = relative(request.url);
    if (other && other.startsWith(stem) && isPicture(other)) return cache.match(request);
  }
  return null;
}

async function savedPages(cache) {
  const saved = [];
  for (const request of await cache.keys()) {
    const rel = relative(request.url);
    if (rel !== null && isPage(rel)) saved.push(rel);
  }
  return saved;
}

// With no connection and no saved search index: an index of the saved pages' titles, so search
// still finds what can be read (and Material's search does not wait for ever).
async function savedPagesIndex(cache) {
  const docs = (await savedPages(cache)).map((rel) => ({ location: rel, title: BUILD.titles[rel], text: "" }));
  const body = JSON.stringify({ config: BUILD.search.config, docs });
  return new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
}

// Shown when there is no connection and the page was never saved: what can be read instead.
async function notSavedPage(cache, rel) {
  const saved = await savedPages(cache);
  saved.sort((a, b) => (a === "" ? -1 : b === "" ? 1 : BUILD.titles[a].localeCompare(BUILD.titles[b])));
  const links = saved
    .map((p) => `<li><a href="${escapeHtml(key(p))}">${escapeHtml(BUILD.titles[p])}</a></li>`)
    .join("");
  const styles = BUILD.styles.map((s) => `<link rel="stylesheet" href="${escapeHtml(key(s))}">`).join("");
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; img-src 'self' data:\">" +
    `<title>No connection - ${escapeHtml(BUILD.name)}</title>${styles}` +
    (BUILD.icon ? `<link rel="icon" href="${escapeHtml(key(BUILD.icon))}">` : "") +
    "</head>" +
    '<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="custom" data-md-color-accent="custom">' +
    '<main class="md-main"><div class="md-main__inner md-grid"><div class="md-content">' +
    '<article class="md-content__inner md-typeset guide-not-saved">' +
    "<h1>No connection</h1>" +
    "<p>This page is not saved on this phone or computer yet, so it cannot open without a connection. " +
    "It will open when you are back online.</p>" +
    (links
      ? `<h2>Pages you can read now</h2><ul>${links}</ul>`
      : "<p>No pages are saved yet.</p>") +
    (saved.includes(HELP_PAGE)
      ? `<p>Worried about your back? Read <a href="${escapeHtml(key(HELP_PAGE))}">${escapeHtml(BUILD.titles[HELP_PAGE])}</a>.</p>`
      : "") +
    "</article></div></div></main></body></html>";
  return new Response(html, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
