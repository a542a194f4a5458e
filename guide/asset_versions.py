"""Every page asks for the guide's stylesheets and scripts by addresses that name their content:
`site.css?v=<digest>`, the digest being the service worker's for that file (guide.offline).

Why: a file that keeps its address across deploys can reach a new page from a cache that never
asks the site. Chrome's memory cache handed a new build's page the old build's stylesheet, with
no request at all, while the old copy was still fresh by its headers (seen with a host that
sends `Cache-Control: max-age=600`, as GitHub Pages does). A new address cannot be answered
from an old copy. The service worker reads the same digest (docs/sw.js, `otherVersion`), so it
never answers a new page's file with its own older copy either.

Files already named by their content (Material's `bundle.<hash>.min.js`) are left as they are:
the theme's loader recognises its bundle by the name's ending. Only this site's own files are
versioned; an address that is not a file of the built site is left alone.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from guide.offline import digest

TAG = re.compile(r"<(?:link|script)\b[^>]*>", re.I)
# An address attribute, quoted or not (the minifier drops quotes), of a .css or .js file, with the
# version an earlier run put on it.
REF = re.compile(
    r"""(?P<name>\s(?:href|src|data-href|data-src)=)(?P<quote>["']?)"""
    r"""(?P<path>[^"'\s>?#]+\.(?:css|js))(?:\?v=[0-9a-f]+)?(?P=quote)(?=[\s>/])""",
    re.I,
)
CONTENT_NAMED = re.compile(r"\.[0-9a-f]{8,}(?:\.min)?\.(?:css|js)$")


def site_file(site: Path, page: Path, ref: str) -> Path | None:
    """The built site's file an address in `page` points to, or None (another site, or missing)."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.I):
        return None
    if ref.startswith("/"):
        # The 404 page's addresses start from the site's path ("/guide/assets/..."): the first
        # of its tails that is a file of the site.
        parts = ref.lstrip("/").split("/")
        tails = ("/".join(parts[i:]) for i in range(len(parts)))
        found = next((site / tail for tail in tails if (site / tail).is_file()), None)
    else:
        found = site / urljoin(page.relative_to(site).as_posix(), ref)
    if found is None or not found.is_file():
        return None
    found = found.resolve()
    return found if found.is_relative_to(site.resolve()) else None


def versioned(html: str, site: Path, page: Path, digests: dict[Path, str]) -> str:
    """The page with a version on each of its own stylesheets and scripts."""

    def attribute(match: re.Match) -> str:
        path = match["path"]
        target = None if CONTENT_NAMED.search(path) else site_file(site, page, path)
        if target is None:
            return match[0]
        if target not in digests:
            digests[target] = digest(target)
        quote = match["quote"] or '"'
        return f"{match['name']}{quote}{path}?v={digests[target]}{quote}"

    return TAG.sub(lambda tag: REF.sub(attribute, tag[0]), html)


def add_to_site(site: Path) -> int:
    """Version the addresses in every HTML page of the built site; returns the pages changed."""
    digests: dict[Path, str] = {}
    changed = 0
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        new = versioned(html, site, page, digests)
        if new != html:
            page.write_text(new, encoding="utf-8")
            changed += 1
    return changed
