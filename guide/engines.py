"""Compare what the same site contains when built by MkDocs and by Zensical.

Zensical (the successor of Material for MkDocs) reads `mkdocs.yml` but ignores `hooks:`
without a word, so a build that exits 0 can still lack what a hook adds. This compares, for
every exercise page: the dose block, "stop if", the review dates, the picture and the handout
QR code; and for the whole site: the pages and the search index (titles, sections, keywords).
Differences we know of and accept are listed in KNOWN with the reason; the test
(tests/test_engines.py) fails on any other difference, and when a known one goes away.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from guide import built_site
from guide.built_site import VOID_TAGS

# What the exercise pages show, by the class of the element that holds it.
EXERCISE_PARTS = {
    "dose": "guide-dose",
    "stop if": "guide-stop",
    "what you need": "guide-needs",
    "muscles worked": "guide-muscles",
    "plan days": "guide-plan-days",
    "review dates": "guide-review--top",
    "picture": "guide-exercise__picture",
    "handout QR code": "guide-handout-qr",
}

# Accepted differences: (part, engine that lacks it) -> why, and what moving would take.
KNOWN: dict[tuple[str, str], str] = {}


class _Parts(HTMLParser):
    """Text and tag names inside the first element carrying each wanted class."""

    def __init__(self, wanted: dict[str, str]):
        super().__init__(convert_charrefs=True)
        self.wanted = wanted
        self.found: dict[str, list[str]] = {}
        self.open: list[tuple[str, int]] = []  # (name, depth at which it started)
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        for name, css in self.wanted.items():
            if css in classes and name not in self.found:
                self.found[name] = []
                self.open.append((name, self.depth))
        for name, _ in self.open:
            # Tags count, attributes that carry content (dates, alt text) too.
            detail = [f"<{tag}>"] + [f"{k}={v}" for k, v in attrs if k in ("datetime", "alt", "type")]
            self.found[name].extend(detail)
        if tag not in VOID_TAGS:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        self.depth -= 1
        self.open = [(name, depth) for name, depth in self.open if depth < self.depth]

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            for name, _ in self.open:
                self.found[name].append(text)


def exercise_parts(html: str) -> dict[str, str]:
    parser = _Parts(EXERCISE_PARTS)
    parser.feed(html)
    # Tags are compared by name only: engines may differ in SVG details and whitespace.
    return {name: " ".join(bits) for name, bits in parser.found.items()}


def _search(site: Path) -> dict[str, dict]:
    """Search entries by location, from either engine's index."""
    for path, key in ((site / "search" / "search_index.json", "docs"), (site / "search.json", "items")):
        if path.exists():
            entries = json.loads(path.read_text(encoding="utf-8"))[key]
            return {
                e["location"]: {
                    "title": re.sub(r"<[^>]+>", "", e["title"]).strip(),
                    "tags": sorted(e.get("tags") or []),
                }
                for e in entries
            }
    raise FileNotFoundError(f"{site}: no search index (search/search_index.json or search.json)")


def compare(mkdocs_site: Path, zensical_site: Path) -> dict[tuple[str, str], list[str]]:
    """Differences as {(what, engine that lacks or changes it): [pages]}."""
    found: dict[tuple[str, str], list[str]] = {}

    def note(what, engine, where):
        found.setdefault((what, engine), []).append(where)

    def in_both(what, ours, theirs):
        """Notes what only one site has; returns the keys both have."""
        for key in sorted(set(ours) - set(theirs)):
            note(what, "zensical", key)
        for key in sorted(set(theirs) - set(ours)):
            note(what, "mkdocs", key)
        return sorted(set(ours) & set(theirs))

    ours, theirs = built_site.pages(mkdocs_site), built_site.pages(zensical_site)
    for url in in_both("page", ours, theirs):
        if "guide-exercise-page" not in ours[url]:
            continue
        a, b = exercise_parts(ours[url]), exercise_parts(theirs[url])
        for part in EXERCISE_PARTS:
            if part in a and part not in b:
                note(part, "zensical", url)
            elif part in b and part not in a:
                note(part, "mkdocs", url)
            elif a.get(part) != b.get(part):
                note(part, "differs", url)

    s1, s2 = _search(mkdocs_site), _search(zensical_site)
    for loc in in_both("search entry", s1, s2):
        if s1[loc]["title"] != s2[loc]["title"]:
            note("search title", "differs", loc)
        if s1[loc]["tags"] and not s2[loc]["tags"]:
            note("search keywords", "zensical", loc)
        elif s1[loc]["tags"] != s2[loc]["tags"]:
            note("search keywords", "differs", loc)
    return found


def report(found: dict[tuple[str, str], list[str]]) -> str:
    lines = []
    for (what, engine), where in sorted(found.items()):
        status = "known" if (what, engine) in KNOWN else "NEW"
        lack = {"zensical": "missing under Zensical", "mkdocs": "only under Zensical", "differs": "differs"}[engine]
        reason = f" ({KNOWN[(what, engine)]})" if status == "known" else ""
        lines.append(f"{status:5} {what}: {lack} on {len(where)} page(s), e.g. {where[0]}{reason}")
    return "\n".join(lines) or "No differences."
