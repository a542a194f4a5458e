"""Shared fixtures: a strict build of the site, a local server for it, and headless Chromium.

The site is built once per test session with `site_url` set to the local server's address,
so instant navigation works exactly as it does when published.
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from scripts import url_registry
from scripts.docs import QUIET_ENV
from scripts.project_copy import copy_project  # noqa: F401  (tests import it from here)

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-gpu", "--no-first-run", "--disable-quic"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_build(config: Path, site_dir: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `config` into `site_dir`; returns the finished process."""
    env = {**os.environ, **QUIET_ENV}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([str(MKDOCS), "build", "--strict", "-f", str(config), "-d", str(site_dir)],
                          cwd=config.parent, env=env, capture_output=True, text=True, timeout=300)


# --------------------------------------------------------------------------- the built site


class _StartTags(HTMLParser):
    def __init__(self, name: str):
        super().__init__()
        self.name, self.found = name, []

    def handle_starttag(self, tag, attrs):
        if tag == self.name:
            self.found.append({k: v or "" for k, v in attrs})


def start_tags(html: str, name: str) -> list[dict[str, str]]:
    """The attributes of every <name> tag, as a browser reads them: in any order, quoted or
    not (the HTML minifier drops quotes and sorts attributes)."""
    parser = _StartTags(name)
    parser.feed(html)
    return parser.found


@dataclass
class Site:
    path: Path
    url: str                       # e.g. http://127.0.0.1:41234/  (ends with /)
    origin: str = field(init=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        self.origin = f"{parts.scheme}://{parts.netloc}"

    def page_urls(self) -> list[str]:
        """Every built HTML page that is not a redirect stub, as a path like /stretches/hamstrings/."""
        return list(url_registry.pages(self.path))


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files like any static host: 404.html for missing paths, no logging."""

    def log_message(self, *args):  # keep test output clean
        pass

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code == 404 and not_found.exists():
            body = not_found.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def serve(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_SiteHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The real site, built strictly once and served on 127.0.0.1 at its own site_url."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    result = run_build(ROOT / "mkdocs.yml", out, site_url=url)
    if result.returncode != 0:
        pytest.fail(f"the strict build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    server = serve(out, port)
    yield Site(out, url)
    server.shutdown()


# --------------------------------------------------------------------------- the browser


def chromium_path() -> str | None:
    for path in (os.environ.get("GUIDE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if path and os.access(path, os.X_OK):
            return path
    return None  # Playwright's own build


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
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
    page = context.new_page()
    visit = Visit(page)
    page.on("console", lambda m: m.type == "error" and visit.errors.append(m.text))
    page.on("pageerror", lambda e: visit.errors.append(str(e)))

    def on_request(request):
        url = request.url
        if not (url.startswith(site.origin + "/") or url.startswith(("data:", "blob:", "about:"))):
            visit.foreign.append(url)

    page.on("request", on_request)
    return visit


@pytest.fixture
def tab(browser, site):
    """A fresh desktop-sized tab; closed after the test."""
    visit = open_tab(browser, site)
    yield visit
    visit.page.context.close()
