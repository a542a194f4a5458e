"""The screen stylesheet: the trimmed part of Material's stylesheet (guide.material_css) and the
guide's own (docs/assets/stylesheets/guide.css) joined into one file at build time,
assets/stylesheets/site.css, which every page links (overrides/main.html).

Why one file: a page paints only when its stylesheets have arrived. On a slow phone
connection a second file needs a connection of its own (a round trip to open it, another to
ask), and a file over about 14 KB compressed needs a second round trip even on a warm one
(a new connection sends at most ten 1460-byte packets before it waits for an answer). One
file under that size arrives in one round trip after the page. So the guide's comments are
left out of the joined file, and `compressed_size` is checked against LIMIT_BYTES by the
build (guide.site_limits) and the tests.

The two sources stay as they are, so an edit to guide.css shows on the next build (and under
`mkdocs serve`); only the built site's copies of the two parts are removed, so nothing links
or keeps a stale one. Both engines call `write`: the MkDocs hook (hooks/screen_stylesheet.py)
and guide.zensical_build.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from guide.running import GZIP_LEVEL

PARTS = ("assets/stylesheets/material.min.css", "assets/stylesheets/guide.css")
OUTPUT = "assets/stylesheets/site.css"
# Ten packets of 1460 bytes, less room for the response's headers.
LIMIT_BYTES = 14_000
COMMENT = re.compile(r"/\*.*?\*/", re.S)


def joined(texts: list[str]) -> str:
    """The parts in order, each without its comments and blank lines."""
    out = []
    for text in texts:
        lines = (line.rstrip() for line in COMMENT.sub("", text).splitlines())
        out.append("\n".join(line for line in lines if line.strip()))
    return "\n".join(out) + "\n"


def compressed_size(text: str) -> int:
    """Bytes on the wire when a host sends it gzip-compressed (at the level of guide.running's
    static host, as most hosts do)."""
    return len(gzip.compress(text.encode("utf-8"), GZIP_LEVEL, mtime=0))


def write(site: Path) -> Path:
    """Join the built site's two stylesheets into OUTPUT and remove the two parts."""
    parts = [site / part for part in PARTS]
    missing = [p.relative_to(site).as_posix() for p in parts if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"the built site has no {', '.join(missing)} to join into {OUTPUT}")
    target = site / OUTPUT
    target.write_text(joined([p.read_text(encoding="utf-8") for p in parts]), encoding="utf-8")
    for part in parts:
        part.unlink()
    return target
