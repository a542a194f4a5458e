"""A Content-Security-Policy for every page of a built site: the second wall behind the HTML
allow-list (guide.page_html). Scripts may come only from the site itself, or be one of the
inline scripts the theme writes, allowed by their SHA-256 hashes, worked out from the built
pages. An inline script or event handler that got into a page any other way does not run.

The policy goes in a <meta http-equiv> tag at the top of each page's <head>, so it works on
any static host, with no server settings. Every page carries the same policy (the hashes of
all pages), because instant navigation keeps the first page's policy for the pages after it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

# <script> types that hold data, not code: the browser never runs them. text/x-guide-later marks
# a script waiting for the theme's loader (overrides/main.html): empty, its address in data-src.
DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json", "importmap", "text/x-guide-later"})
HEAD = "<head>"
CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)


class _Inline(HTMLParser):
    """Inline scripts and style= attributes of a page, as the browser hashes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: set[str] = set()
        self._current: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("style"):
            self.styles.add(attributes["style"])
        if tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_SCRIPT_TYPES:
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


SCRIPT_START = re.compile(r"<script\b[^>]*>", re.I)
SCRIPT_END = re.compile(r"</script", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle=", re.I)


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        self.found.update((k, v or "") for k, v in attrs)


def _tag_attributes(tag: str) -> dict[str, str]:
    """The attributes of one start tag, read by the HTML parser."""
    parser = _Attributes()
    parser.feed(tag)
    return parser.found


def scan_inline(html: str) -> tuple[set[str], set[str]]:
    """The same as `inline_hashes`, found quickly: only the <script> tags and the tags with a
    style= attribute are read by the parser, not the whole page (a build does every page; the
    tests check both ways agree on every page)."""
    scripts, styles = set(), set()
    for start in SCRIPT_START.finditer(html):
        attributes = _tag_attributes(start.group(0))
        if "src" in attributes or attributes.get("type") in DATA_SCRIPT_TYPES:
            continue
        end = SCRIPT_END.search(html, start.end())
        scripts.add(_hash(html[start.end() : end.start() if end else len(html)]))
    for found in STYLE_ATTRIBUTE.finditer(html):
        tag = html[html.rfind("<", 0, found.start()) : html.find(">", found.end()) + 1]
        style = _tag_attributes(tag).get("style")
        if style:
            styles.add(_hash(style))
    return scripts, styles


def inline_hashes(html: str) -> tuple[set[str], set[str]]:
    """CSP source expressions ('sha256-...') for a page's inline scripts and style= attributes
    (Python-Markdown writes table column alignment as style="text-align: ...")."""
    parser = _Inline()
    parser.feed(html)
    return {_hash(s) for s in parser.scripts}, {_hash(s) for s in parser.styles}


def policy(scripts: set[str], styles: set[str]) -> str:
    style_attributes = ["style-src-attr 'unsafe-hashes' " + " ".join(sorted(styles))] if styles else []
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' " + " ".join(sorted(scripts)),
            "style-src 'self'",
            *style_attributes,
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        ]
    )


def meta_tag(scripts: set[str], styles: set[str]) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy(scripts, styles)}">'


def add_to_site(site_dir: Path) -> int:
    """Put the policy at the top of every HTML page's <head>; returns the number of pages."""
    pages = sorted(site_dir.rglob("*.html"))
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    scripts: set[str] = set()
    styles: set[str] = set()
    for text in texts.values():
        page_scripts, page_styles = scan_inline(text)
        scripts |= page_scripts
        styles |= page_styles
    tag = meta_tag(scripts, styles)
    changed = 0
    for page, text in texts.items():
        at = _insert_at(text)
        if at is None or "Content-Security-Policy" in text[:at]:
            continue
        page.write_text(text[:at] + tag + text[at:], encoding="utf-8")
        changed += 1
    return changed


def _insert_at(html: str) -> int | None:
    """Just after <meta charset> (which must stay in the first 1024 bytes), or after <head>."""
    head = html.find(HEAD)
    if head < 0:
        return None
    charset = CHARSET.search(html, head)
    return charset.end() if charset else head + len(HEAD)
