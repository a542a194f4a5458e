"""Shared fixtures: a strict build of the site, a local server for it, and headless Chromium.

The site is built once per test session with `site_url` set to the local server's address,
so instant navigation works exactly as it does when published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from guide import built_site
from guide.project import ROOT
from guide.running import SiteServer, free_port, launch_chromium, strict_build

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@dataclass
class Site:
    path: Path
    url: str  # e.g. http://127.0.0.1:41234/  (ends with /)
    origin: str = field(init=False)

    def __post_init__(self) -> None:
        self.origin = self.url.rstrip("/")

    def page_urls(self) -> list[str]:
        """Every built HTML page that is not a redirect stub, as a path like /stretches/hamstrings/."""
        return list(built_site.pages(self.path))


# --------------------------------------------------------------------------- the order of files

# Each worker runs whole files (--dist loadfile), taken in the order collected (pytest.ini turns
# off xdist's own order, which puts files with many tests first). The longest files go first, so
# no long file is left running alone on one core at the end. Longest first, measured with
# --durations=0; a file not named here runs after these, in name order.
LONGEST_FIRST = (
    "test_accessibility.py",
    "test_first_paint.py",
    "test_programme.py",
    "test_contributor_errors.py",
    "test_url_registry.py",
    "test_print.py",
    "test_offline.py",
    "test_build.py",
    "test_pipeline_faults.py",
    "test_hostile_contributions.py",
    "test_dose_in_view.py",
    "test_pictures.py",
    "test_privacy.py",
)


_MISSING = [name for name in LONGEST_FIRST if not (Path(__file__).parent / name).is_file()]
assert not _MISSING, f"LONGEST_FIRST in tests/conftest.py names files that are gone: {_MISSING}"


def pytest_collection_modifyitems(items) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: keeps each file's order


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The real site, built strictly once and served on 127.0.0.1 at its own site_url."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    result = strict_build(ROOT / "mkdocs.yml", out, site_url=url)
    if result.returncode != 0:
        pytest.fail(f"the strict build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    with SiteServer(out, port):
        yield Site(out, url)


# --------------------------------------------------------------------------- the browser

# The guide starts its scripts after the page has loaded and painted (overrides/main.html), and
# marks <html data-scripts="ready"> when they have all run. A page is "loaded" for a test when
# that has happened too, as it was when the scripts ran before the load event: so going to a
# page, reloading it or waiting for its load also waits for its scripts. A page without the
# loader (JavaScript off, a redirect stub, a file) does not wait.
READY = 'html[data-scripts="ready"]'


def scripts_ready(page, timeout: float = 30_000) -> None:
    """Wait until the page's scripts have run (or it has none to run). Looks at the page from
    Playwright's own side, so it works with JavaScript off and under the pages' security policy
    (which forbids the string evaluation that `wait_for_function` uses)."""
    if page.get_attribute("html", "data-scripts") not in (None, "ready"):
        page.wait_for_selector(READY, state="attached", timeout=timeout)


# What Material's script lays out a frame or more after the scripts have run: the page's height
# and scroll, and each sidebar's offset, height and scroll (set on animation frames, and again
# whenever the content below grows, as the programme builder's does when it fills in).
SETTLE = """async ([frames, limit]) => {
  const layout = () => [document.documentElement.scrollHeight, window.scrollY,
    ...[...document.querySelectorAll('.md-sidebar')].flatMap(s => {
      const w = s.querySelector('.md-sidebar__scrollwrap');
      return [s.style.top, w ? w.style.height : '', w ? w.scrollTop : 0];
    })].join('|');
  // a frame, or 50 ms where a tab gets none (one behind another, in some Chromium versions)
  const frame = () => new Promise(r => { requestAnimationFrame(() => r()); setTimeout(r, 50); });
  const end = performance.now() + limit;
  let last = layout(), same = 0;
  while (same < frames && performance.now() < end) {
    await frame();
    const now = layout();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return same >= frames;
}"""


def settle(page, frames: int = 3, limit_ms: int = 3000) -> bool:
    """Wait until the page's layout (height, scroll, sidebars) has stayed the same for `frames`
    animation frames in a row, at most `limit_ms`; True if it did. A page checked earlier can be
    caught while Material's script still sizes its sidebars or the programme builder fills in."""
    return page.evaluate(SETTLE, [frames, limit_ms])


def _waits_for_scripts(method, state_of):
    def wrapper(page, *args, **kwargs):
        result = method(page, *args, **kwargs)
        if state_of(args, kwargs) in ("load", "networkidle"):
            scripts_ready(page)
        return result

    return wrapper


def _patch_page_loading() -> None:
    from playwright.sync_api import Page

    if getattr(Page, "_guide_waits_for_scripts", False):
        return
    navigation = lambda args, kwargs: kwargs.get("wait_until") or "load"  # noqa: E731
    Page.goto = _waits_for_scripts(Page.goto, navigation)
    Page.reload = _waits_for_scripts(Page.reload, navigation)
    Page.go_back = _waits_for_scripts(Page.go_back, navigation)
    Page.go_forward = _waits_for_scripts(Page.go_forward, navigation)
    Page.wait_for_load_state = _waits_for_scripts(
        Page.wait_for_load_state, lambda args, kwargs: (args[0] if args else kwargs.get("state")) or "load"
    )
    Page._guide_waits_for_scripts = True


_patch_page_loading()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@dataclass
class Visit:
    """A browser tab that records console errors and requests to other origins."""

    page: object
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


def open_tab(browser, site: Site, *, viewport=DESKTOP, color_scheme="light", **context_args) -> Visit:
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme, **context_args)
    return watch(context.new_page(), site)


def watch(page, site: Site) -> Visit:
    """Record the tab's console errors and its requests to other origins."""
    visit = Visit(page)
    page.on("console", lambda m: m.type == "error" and visit.errors.append(m.text))
    page.on("pageerror", lambda e: visit.errors.append(str(e)))

    def on_request(request):
        url = request.url
        if not (url.startswith(site.origin + "/") or url.startswith(("data:", "blob:", "about:"))):
            visit.foreign.append(url)

    page.on("request", on_request)
    return visit


def side_by_side(pages: list, site: Site, urls: list[str], state: str = "load"):
    """Load `urls` a batch at a time, one in each of `pages`, so their waits overlap; yield each
    batch as (page, url) pairs once every page of it has reached `state`."""
    for start in range(0, len(urls), len(pages)):
        batch = list(zip(pages, urls[start : start + len(pages)], strict=False))
        for page, url in batch:
            page.goto(site.url + url.lstrip("/"), wait_until="commit")
        for page, _ in batch:
            page.wait_for_load_state(state)
        yield batch


@pytest.fixture
def tab(browser, site):
    """A fresh desktop-sized tab; closed after the test."""
    visit = open_tab(browser, site)
    yield visit
    visit.page.context.close()


@pytest.fixture(scope="module")
def search_tab(browser, site):
    """One desktop tab on the home page, for typing into the search box."""
    visit = open_tab(browser, site)
    visit.page.goto(site.url)
    yield visit.page
    visit.page.context.close()


@pytest.fixture
def dirs(tmp_path):
    """An empty folder of original pictures and a place for the pipeline's outputs."""
    src, out = tmp_path / "pictures", tmp_path / "out"
    src.mkdir()
    return src, out


@pytest.fixture
def phone(browser, site):
    """A fresh phone-sized tab that may use the clipboard; closed after the test."""
    visit = open_tab(browser, site, viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    yield visit
    visit.page.context.close()
