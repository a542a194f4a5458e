"""Limits on what a built site sends to readers: every searching reader downloads the whole
search index, so a page that bloats it is refused; every page waits for the screen stylesheet
before it paints, so a stylesheet that no longer arrives in one round trip is refused."""

from __future__ import annotations

from pathlib import Path

from guide import screen_stylesheet

# The search index today is about 160 KB; readers on a phone download all of it to search.
MAX_SEARCH_INDEX_BYTES = 400_000
SEARCH_INDEXES = ("search/search_index.json", "search.json")  # MkDocs, Zensical


def check_built_site(site_dir: Path) -> list[str]:
    """What is too big in a built site, with what to do."""
    problems = []
    for name in SEARCH_INDEXES:
        index = site_dir / name
        if index.is_file() and index.stat().st_size > MAX_SEARCH_INDEX_BYTES:
            problems.append(
                f"{name} is {index.stat().st_size:,} bytes; the limit is {MAX_SEARCH_INDEX_BYTES:,}. "
                "Every reader who searches downloads it: shorten the longest pages, or leave long "
                "reference text out of search with 'search: exclude: true' in its front matter"
            )
    sheet = site_dir / screen_stylesheet.OUTPUT
    if sheet.is_file():
        size = screen_stylesheet.compressed_size(sheet.read_text(encoding="utf-8"))
        if size > screen_stylesheet.LIMIT_BYTES:
            problems.append(
                f"{screen_stylesheet.OUTPUT} is {size:,} bytes compressed; the limit is "
                f"{screen_stylesheet.LIMIT_BYTES:,}, what arrives in one round trip on a slow phone "
                "connection. Every page waits for it before it paints: make "
                "docs/assets/stylesheets/guide.css smaller (or run scripts/material_css.py if a "
                "Material rule is no longer used)"
            )
    return problems
