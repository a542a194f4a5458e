"""One way to run things: a strict build, Chromium's location and flags, a static server for a
built site, and free ports. Tests, tools and benchmarks all come through here."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

# MkDocs 1.6 and mkdocs-redirects print a banner about MkDocs 2 on every run; these hide it.
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
BUILD_TIMEOUT_SECONDS = 600
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
# Headless Chromium on a machine with no outside network: no sandbox (we run as root in CI),
# and none of the background connections that would be refused.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
    "--disable-quic",
)
LOOPBACK = "127.0.0.1"
# Text files a static host compresses.
COMPRESSED_SUFFIXES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".webmanifest")
GZIP_LEVEL = 6
# How GitHub Pages, where the guide is published, answers: compressed text, connections kept
# open for the next file (it speaks HTTP/2; HTTP/1.1 keep-alive is the nearest this server can
# do), and every file fresh for 10 minutes ("Cache-Control: max-age=600" in its responses).
# The page benchmark (scripts/bench_site.py) serves the site this way.
LIKE_GITHUB_PAGES = {"compress": True, "keep_alive": True, "max_age": 600}


# --------------------------------------------------------------------------- building


def tool(name: str) -> str:
    """A console script installed beside the running Python (mkdocs, zensical, ruff)."""
    return str(Path(sys.executable).parent / name)


def strict_build(
    config: Path,
    site_dir: Path,
    *,
    site_url: str | None = None,
    capture: bool = True,
    timeout: float = BUILD_TIMEOUT_SECONDS,
) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `config` into `site_dir`. Never `--quiet`: in MkDocs 1.6 it
    also turns warnings off, and with them `--strict`."""
    env = {**os.environ, **QUIET_ENV}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [tool("mkdocs"), "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        env=env,
        capture_output=capture,
        text=True,
        timeout=timeout,
    )


# --------------------------------------------------------------------------- Chromium


def find_chromium() -> str | None:
    """The system Chromium (or GUIDE_CHROMIUM); None means use Playwright's own build."""
    for path in (os.environ.get("GUIDE_CHROMIUM"), *CHROMIUM_PATHS):
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    return None


def launch_chromium(playwright, **options):
    """Headless Chromium with the project's flags, from a Playwright instance."""
    return playwright.chromium.launch(
        executable_path=find_chromium(), args=list(CHROMIUM_ARGS), headless=True, **options
    )


# --------------------------------------------------------------------------- serving


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host would: 404.html for missing paths, gzip for text
    when the browser asks for it (`compress`), a cache lifetime (`max_age` seconds, or `fresh`'s
    for its addresses) when given, no logging."""

    compress = False
    max_age: int | None = None
    # SiteServer gives each server its own of these two
    slow: Mapping[str, float] = MappingProxyType({})
    fresh: Mapping[str, int] = MappingProxyType({})

    def log_message(self, *args):
        pass

    def end_headers(self):
        max_age = self.fresh.get(self.path.split("?", 1)[0], self.max_age)
        if max_age is not None:
            self.send_header("Cache-Control", f"max-age={max_age}")
        super().end_headers()

    def send_head(self):
        time.sleep(self.slow.get(self.path.split("?", 1)[0], 0))
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants_gzip and path.is_file() and path.suffix in COMPRESSED_SUFFIXES):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), GZIP_LEVEL)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.exists():
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser that closes a connection while a file is still being sent (a page closed, a
    request dropped) is normal for a static host: no traceback for that; any other error still
    prints one."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SiteServer:
    """A built site served on 127.0.0.1 in a background thread; `url` ends with '/'. `slow` maps
    an address (such as "/assets/stylesheets/site.css") to the seconds its answer waits, as on a
    slow network; `fresh` maps an address to the seconds the host says its answer stays fresh
    (max-age). Both may change while the server runs."""

    def __init__(
        self,
        directory: Path,
        port: int = 0,
        *,
        compress: bool = False,
        keep_alive: bool = False,
        max_age: int | None = None,
    ):
        self.slow: dict[str, float] = {}
        self.fresh: dict[str, int] = {}
        handler = type(
            "Handler",
            (_StaticHost,),
            {
                "compress": compress,
                "max_age": max_age,
                "protocol_version": "HTTP/1.1" if keep_alive else "HTTP/1.0",
                "slow": self.slow,
                "fresh": self.fresh,
            },
        )
        self._server = _QuietServer((LOOPBACK, port), functools.partial(handler, directory=str(directory)))
        self.port = self._server.server_address[1]
        self.url = f"http://{LOOPBACK}:{self.port}/"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
