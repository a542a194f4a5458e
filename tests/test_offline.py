"""Offline after one visit, and a new deploy replacing the old one (guide/offline.py, docs/sw.js,
assets/javascripts/offline.js).

A real build is served from a folder that can be swapped for another build at the same address,
as a host does on deploy. Chromium visits a few pages, goes offline and opens them again; then a
changed build is deployed and the test checks that the new pages replace the old ones, in the
open tab and in the worker's cache, and that old and new are never mixed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PHONE, open_tab
from PIL import Image
from search_box import search

from guide import asset_versions, built_site, offline, screen_stylesheet
from guide.project import ROOT
from guide.running import SiteServer, free_port, strict_build

CALVES = "stretches/calves/"
NEW_MARK = "New: "
# Every piece of the worker's cache, as (address after the site's root, first 16 hex of SHA-256).
CACHED = """async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const body = await (await cache.match(request)).arrayBuffer();
      const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
      out[name + " " + request.url] = Array.from(hash, b => b.toString(16).padStart(2, "0")).join("").slice(0, 16);
    }
  }
  return out;
}"""
# The worker registration's state, said when the new worker does not take over in time.
WORKER_STATES = """() => navigator.serviceWorker.getRegistration().then(r => r && Object.fromEntries(
  ["installing", "waiting", "active"].map(k => [k, r[k] && `${r[k].state} ${r[k].scriptURL}`])))"""
BUILD_MARK = "getComputedStyle(document.body).getPropertyValue('--guide-build').trim()"
# The screen stylesheet has been applied. One that came slowly was missing from the page just after
# page.goto returned; reading the mark then gives '' as the old build's stylesheet does.
SCREEN_SHEET_APPLIED = (
    "() => [...document.styleSheets].some(s => s.href && "
    f"new URL(s.href).pathname.endsWith('/{screen_stylesheet.OUTPUT}'))"
)


def build_mark(page) -> str:
    """Which build the page's stylesheet is ('' for the old, 'new'), once it has been applied."""
    page.wait_for_function(SCREEN_SHEET_APPLIED)
    return page.evaluate(BUILD_MARK)


def worker_data(site: Path) -> dict:
    text = (site / offline.WORKER).read_text(encoding="utf-8")
    return json.loads(re.search(r"^const BUILD = (\{.*\});$", text, re.M).group(1))


def touch_all(folder: Path) -> None:
    """Files served as just changed, so the browser's own cache checks them again (a host that
    deploys sends new dates too)."""
    now = time.time()
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (now, now))


@dataclass
class Deploy:
    url: str
    served: Path  # a link to the build being served: swapped on deploy
    old: Path
    new: Path
    slow: dict[str, float]  # the server's: address -> seconds its answer waits
    fresh: dict[str, int]  # the server's: address -> seconds its answer stays fresh (max-age)

    def serve(self, build: Path) -> None:
        touch_all(build)
        swap = self.served.with_name("swap")
        swap.unlink(missing_ok=True)
        swap.symlink_to(build)
        os.replace(swap, self.served)


def change(build: Path) -> None:
    """A new version of the guide: one page and the stylesheet changed, the worker's list redone."""
    page = build / CALVES / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(<h1[^>]*>)", r"\1" + NEW_MARK, html, count=1), encoding="utf-8")
    css = build / "assets/stylesheets/site.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nbody { --guide-build: new; }\n", encoding="utf-8")
    asset_versions.add_to_site(build)
    offline.write(build, ROOT)


@pytest.fixture(scope="module")
def deploy(tmp_path_factory):
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    folder = tmp_path_factory.mktemp("offline")
    old, new = folder / "old", folder / "new"
    result = strict_build(ROOT / "mkdocs.yml", old, site_url=url)
    if result.returncode != 0:
        pytest.fail(f"the strict build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    shutil.copytree(old, new)
    change(new)
    served = folder / "served"
    served.symlink_to(old)
    touch_all(old)
    with SiteServer(served, port) as server:
        yield Deploy(url, served, old, new, server.slow, server.fresh)


def tab(browser, deploy: Deploy, **options):
    return open_tab(browser, SimpleNamespace(origin=deploy.url.rstrip("/")), viewport=PHONE, **options)


def cached(page) -> dict[str, str]:
    return page.evaluate(CACHED)


def wait_until_saved(page, deploy: Deploy, addresses: list[str], timeout: float = 20) -> dict[str, str]:
    """Until the worker has saved each address (and, for a page, one of its pictures)."""
    deadline = time.monotonic() + timeout
    while True:
        found = cached(page)
        urls = {key.split(" ", 1)[1] for key in found}
        missing = [a for a in addresses if deploy.url + a not in urls]
        if not missing and any("/pictures/stretches/calves-" in u for u in urls):
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"not saved after {timeout} s: {missing}; saved: {sorted(urls)}")
        page.wait_for_timeout(200)


def visit_with_the_old_build(browser, deploy: Deploy):
    """A tab that opened the home page and the calf stretch of the old build, saved by its worker
    (the tab is closed by the caller)."""
    deploy.serve(deploy.old)
    visit = tab(browser, deploy)
    try:
        visit.page.goto(deploy.url)
        visit.page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        visit.page.goto(deploy.url + CALVES)
        wait_until_saved(visit.page, deploy, ["", "plan/", CALVES])
    except BaseException:
        visit.page.context.close()
        raise
    return visit


def test_pages_open_again_with_no_connection(browser, deploy):
    deploy.serve(deploy.old)
    visit = tab(browser, deploy)
    page = visit.page
    try:
        page.goto(deploy.url + "stretches/")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        # The first page of a visit is not served through the worker, nor the pages reached from
        # it by instant navigation: they are saved all the same.
        page.evaluate("window.__same_document = true")
        page.locator("article a[href$='calves/']").first.click()
        page.wait_for_url(re.compile(r"/stretches/calves/"))
        assert page.evaluate("window.__same_document === true"), "navigation was not instant"
        # The search index is not in the first visit's download; a search saves it.
        assert "/stretches/hamstrings/" in search(page, "hamstring")
        page.keyboard.press("Escape")
        page.goto(deploy.url + CALVES)  # leaving a page tells the worker what it fetched
        saved = wait_until_saved(page, deploy, ["", "plan/", "safety/", CALVES, "search/search_index.json"])
        assert len({key.split(" ", 1)[0] for key in saved}) == 1, "one cache, for one build"

        page.context.set_offline(True)
        page.goto(deploy.url + CALVES)
        assert page.locator("article h1").first.inner_text().startswith("Calf stretch")
        picture = page.locator(".guide-exercise__picture img")
        picture.wait_for()
        assert page.evaluate("img => img.complete && img.naturalWidth > 0", picture.element_handle())
        # Instant navigation still works offline, to a saved page.
        page.evaluate("window.__same_document = true")
        page.locator(".guide-plan-days a").first.click()
        page.wait_for_url(re.compile(r"/plan/#"))  # the hash follows the section in view
        page.locator(".guide-plan-reset").wait_for()
        assert page.evaluate("window.__same_document === true"), "navigation was not instant"
        page.goto(deploy.url + "safety/")
        assert "help" in page.locator("article h1").first.inner_text().lower()
        assert "/stretches/hamstrings/" in search(page, "hamstring"), "search works offline"
        assert visit.errors == [], visit.errors

        # A page that was never opened says so, and lists what can be read.
        page.goto(deploy.url + "core/plank/")
        assert page.locator("h1").inner_text() == "No connection"
        saved_links = page.locator("main li a").all_inner_texts()
        assert "Calf stretch at a wall (calf muscles)" in saved_links and "The one-week plan" in saved_links
        assert visit.foreign == []
    finally:
        page.context.set_offline(False)
        page.context.close()


def test_search_finds_the_saved_pages_offline_when_it_was_never_used_online(browser, deploy):
    visit = visit_with_the_old_build(browser, deploy)
    page = visit.page
    try:
        assert not [k for k in cached(page) if k.endswith("search_index.json")], "the index waits for a search"
        page.context.set_offline(True)
        page.goto(deploy.url + "plan/")
        # Only the saved pages' titles can be searched, and it says what it found.
        assert search(page, "calf") == ["/stretches/calves/"]
        assert visit.errors == [], visit.errors
    finally:
        page.context.set_offline(False)
        page.context.close()


def test_a_new_deploy_replaces_the_old_pages_and_never_mixes_them(browser, deploy):
    old_version, new_data = worker_data(deploy.old)["version"], worker_data(deploy.new)
    visit = visit_with_the_old_build(browser, deploy)
    page = visit.page
    try:
        assert all(key.startswith("ease-your-back-" + old_version) for key in cached(page))
        # A second tab stays open on the old plan page through the deploy.
        other = page.context.new_page()
        other.on("console", lambda m: m.type == "error" and visit.errors.append(m.text))
        other.goto(deploy.url + "plan/")
        other.locator(".guide-plan-reset").wait_for()
        other.evaluate("window.__old_page = true")
        assert build_mark(other) == ""

        deploy.serve(deploy.new)
        page.goto(deploy.url + CALVES)
        assert page.locator("article h1").first.inner_text().startswith(NEW_MARK), "the new page is shown at once"
        assert build_mark(page) == "new", "with the new stylesheet"

        # The new worker takes over: one cache, the new build's, every file in it the new one.
        # Chrome activates a skip-waiting worker once the old one has no work left. In this test
        # browser (Playwright keeps a DevTools session on every worker) the old worker is now and
        # then never counted idle: seen with no event of ours pending and the new worker still
        # waiting after 75 s. So after 5 s of waiting the test stops the workers, as Chrome
        # stops a worker that has been idle for 30 s; the new one then activates on its own.
        began = time.monotonic()
        stopped = False
        while True:
            names = page.evaluate("caches.keys()")
            store = cached(page) if names == ["ease-your-back-" + new_data["version"]] else {}
            if any(k.endswith("/" + CALVES) for k in store):
                break
            workers = page.evaluate(WORKER_STATES)
            waited = time.monotonic() - began
            if waited > 5 and not stopped and workers and workers.get("waiting"):
                session = page.context.new_cdp_session(page)
                session.send("ServiceWorker.enable")
                session.send("ServiceWorker.stopAllWorkers")
                session.detach()
                stopped = True
            if waited > 30:
                raise AssertionError(f"the new build's cache did not replace the old: {names}; workers: {workers}")
            page.wait_for_timeout(500)
        for key, digest in store.items():
            rel = key.split(" ", 1)[1][len(deploy.url) :]
            if not rel.startswith("pictures/"):
                assert new_data["files"][rel] == digest, f"{rel} in the cache is not the new build's"

        # The old tab's next page comes whole from the new build, not into the old page.
        other.locator("article a[href$='/safety/']").first.click()
        other.wait_for_url(re.compile(r"/safety/"))
        other.locator("article h1").first.wait_for()
        assert other.evaluate("window.__old_page === undefined"), "the new page was put into the old one"
        assert build_mark(other) == "new"

        page.context.set_offline(True)
        for address in (CALVES, "plan/", ""):
            page.goto(deploy.url + address)
            assert build_mark(page) == "new", f"{address}: the old stylesheet offline"
        page.goto(deploy.url + CALVES)
        assert page.locator("article h1").first.inner_text().startswith(NEW_MARK)
        assert visit.errors == [] and visit.foreign == [], (visit.errors, visit.foreign)
    finally:
        page.context.set_offline(False)
        page.context.close()
        deploy.serve(deploy.old)


def slow_stylesheet(deploy: Deploy) -> None:
    """The site's stylesheet answers 1.5 s after the worker stops waiting for the network (sw.js's
    NETWORK_WAIT_MS) and uses its saved copy."""
    sw = (ROOT / "docs" / offline.WORKER).read_text(encoding="utf-8")
    wait = int(re.search(r"^const NETWORK_WAIT_MS = (\d+);$", sw, re.M)[1])
    deploy.slow["/" + screen_stylesheet.OUTPUT] = wait / 1000 + 1.5


@contextmanager
def deployed_while_open(browser, deploy: Deploy):
    """A tab that opened the old build (visit_with_the_old_build), then the new build deployed;
    afterwards the old build is served again at the usual speed and freshness."""
    visit = visit_with_the_old_build(browser, deploy)
    try:
        deploy.serve(deploy.new)
        yield visit
    finally:
        deploy.slow.clear()
        deploy.fresh.clear()
        visit.page.context.close()
        deploy.serve(deploy.old)


def test_a_slow_network_never_shows_a_new_page_with_an_old_builds_file(browser, deploy):
    # The worker uses its saved copy when the network is slow. Just after a deploy that copy is
    # the old build's: a new page must wait for the new file instead.
    with deployed_while_open(browser, deploy) as visit:
        slow_stylesheet(deploy)
        visit.page.goto(deploy.url + CALVES)
        assert visit.page.locator("article h1").first.inner_text().startswith(NEW_MARK)
        assert build_mark(visit.page) == "new", "the new page got the old build's stylesheet"


def test_the_worker_answers_a_files_new_address_from_the_site_even_for_a_page_it_forgot(browser, deploy):
    # The worker remembers which open pages are another build's only while it runs. A file's
    # address names its content (?v=), so even for a page it does not know (here an old page), a
    # slow network never gets the worker's own older copy in place of the version asked for.
    new_version = worker_data(deploy.new)["files"][screen_stylesheet.OUTPUT]
    with deployed_while_open(browser, deploy) as visit:
        slow_stylesheet(deploy)
        address = f"{deploy.url}{screen_stylesheet.OUTPUT}?v={new_version}"
        text = visit.page.evaluate("(url) => fetch(url).then(r => r.text())", address)
        assert "--guide-build: new" in text, "the worker answered with its own older copy"


def test_a_file_kept_fresh_by_the_host_never_reaches_a_new_page_from_an_old_copy(browser, deploy):
    # A host may say a file stays fresh for minutes (GitHub Pages: max-age=600). Chrome's memory
    # cache then gave a new build's page the old page's stylesheet with no request at all, so
    # the worker could not stop it: each build's pages ask for their files by new addresses.
    deploy.fresh["/" + screen_stylesheet.OUTPUT] = 600
    with deployed_while_open(browser, deploy) as visit:
        visit.page.goto(deploy.url + CALVES)
        assert visit.page.locator("article h1").first.inner_text().startswith(NEW_MARK)
        assert build_mark(visit.page) == "new", "the new page got the old build's stylesheet"


# --------------------------------------------------------------------------- without a browser


def test_the_worker_lists_every_page_and_file_of_the_build_with_its_hash(site):
    data = worker_data(site.path)
    pages = [url.lstrip("/") for url in site.page_urls()]
    assert set(pages) <= set(data["titles"]), "a page the worker would not keep"
    for rel, digest in data["files"].items():
        path = site.path / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)
        assert offline.digest(path) == digest, rel
    for rel in ("", "plan/", "safety/", "sitemap.xml", "assets/plan/routine.json", offline.MANIFEST):
        assert rel in data["shell"], f"{rel} is not saved on the first visit"
    assert not [rel for rel in data["files"] if rel.startswith(("pictures/", "assets/previews/")) or rel == "sw.js"]
    assert data["titles"]["plan/"] == "The one-week plan"
    assert data["later"] == ["search/search_index.json"], "the search index waits until it is used"
    assert data["search"]["config"]["lang"] == ["en"], "for the index of saved pages offline"


def test_the_worker_needs_its_placeholder():
    with pytest.raises(offline.WorkerTemplateError, match="const BUILD = null;"):
        offline.fill_worker("// no placeholder here\n", {"version": "x"})
    filled = offline.fill_worker("const BUILD = null;\n", {"titles": {"a/": "</script><b>"}})
    assert "</script>" not in filled and "\\u003c/script>" in filled


def test_the_app_can_be_added_to_a_home_screen(site):
    manifest = json.loads((site.path / offline.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["name"] == "Ease Your Back" and manifest["start_url"] == "./"
    assert manifest["display"] == "standalone"
    purposes = set()
    for icon in manifest["icons"]:
        with Image.open(site.path / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"], icon
        purposes.add(icon["purpose"])
    assert purposes == {"any", "maskable"}
    for url, html in built_site.pages(site.path).items():
        # the address waits in data-href for the loader (overrides/main.html); noscript has a copy
        links = [link for link in built_site.start_tags(html, "link") if link.get("rel") == "manifest"]
        waiting = next((link.get("data-href", "") for link in links if not link.get("href")), "")
        assert waiting.endswith("manifest.webmanifest"), url


def test_chromium_finds_the_app_installable(browser, site):
    visit = open_tab(browser, site, viewport=PHONE)
    page = visit.page
    try:
        page.goto(site.url)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.reload()
        cdp = page.context.new_cdp_session(page)
        manifest = cdp.send("Page.getAppManifest")
        assert not manifest.get("errors"), manifest.get("errors")
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        # Playwright's browser contexts are private windows, where nothing is ever installable.
        assert [e for e in errors if e["errorId"] != "in-incognito"] == [], errors
        assert visit.errors == []
    finally:
        page.context.close()
