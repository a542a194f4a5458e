"""Reading a built site: its pages, the ids in them, the tags of a page and its redirects."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin

# Folders of a built site that hold no pages.
NOT_PAGES = ("search", "assets", "pictures")
# Elements that never have an end tag (HTML's void elements).
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
REDIRECT_HOPS = 5
# Redirect stubs put their <meta http-equiv="refresh"> near the top.
REDIRECT_HEAD_CHARS = 3000


class _StartTags(HTMLParser):
    def __init__(self, names: set[str] | None):
        super().__init__(convert_charrefs=True)
        self.names, self.found = names, []

    def handle_starttag(self, tag, attrs):
        if self.names is None or tag in self.names:
            self.found.append((tag, {k: v or "" for k, v in attrs}))


def start_tags(html: str, name: str) -> list[dict[str, str]]:
    """The attributes of every <name> tag, as a browser reads them: in any order, quoted or
    not (the HTML minifier drops quotes and sorts attributes)."""
    parser = _StartTags({name})
    parser.feed(html)
    return [attrs for _, attrs in parser.found]


def ids(html: str) -> set[str]:
    """Every id in a page."""
    parser = _StartTags(None)
    parser.feed(html)
    return {attrs["id"] for _, attrs in parser.found if attrs.get("id")}


def redirect_target(html: str) -> str | None:
    """Where a redirect stub (mkdocs-redirects' <meta http-equiv="refresh">) leads, if it is one."""
    for meta in start_tags(html[:REDIRECT_HEAD_CHARS], "meta"):
        if meta.get("http-equiv", "").lower() == "refresh":
            match = re.search(r"url=(\S+)", meta.get("content", ""), re.I)
            if match:
                return match.group(1)
    return None


def page_html(site: Path, path: str) -> str | None:
    """The HTML at a site path such as /stretches/hamstrings/, or None."""
    rel = path.strip("/")
    file = site / rel / "index.html" if rel else site / "index.html"
    return file.read_text(encoding="utf-8") if file.is_file() else None


def pages(site: Path) -> dict[str, str]:
    """Every page of a built site that is not a redirect stub: its path (/ or /path/) -> HTML."""
    found = {}
    for file in sorted(site.rglob("index.html"), key=lambda f: f.parent.relative_to(site).parts):
        rel = file.parent.relative_to(site).as_posix()
        if rel.split("/")[0] in NOT_PAGES:
            continue
        html = file.read_text(encoding="utf-8")
        if not redirect_target(html):
            found["/" if rel == "." else f"/{rel}/"] = html
    return found


def resolve(site: Path, address: str) -> tuple[str | None, str]:
    """Follow redirect stubs; returns (final page's HTML or None, final path).

    A redirect to another website counts as resolved (its HTML is returned as ""), since
    it cannot be checked offline.
    """
    path = address.split("#")[0]
    for _ in range(REDIRECT_HOPS):
        html = page_html(site, path)
        if html is None:
            return None, path
        target = redirect_target(html)
        if not target:
            return html, path
        if re.match(r"^[a-z]+://", target, re.I):
            return "", target
        path = normpath(urljoin(path, target.split("#")[0])) + "/"
        path = "/" if path == "//" else path
    return None, path
