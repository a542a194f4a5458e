"""Limits on what a built site sends to readers: every searching reader downloads the whole
search index, so a page that bloats it is refused."""

from __future__ import annotations

from pathlib import Path

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
    return problems
