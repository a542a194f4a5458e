"""What an exercise page's template needs to show a processed picture: <source> srcsets in
AVIF, WebP and a fallback, width and height, with URLs relative to the page."""

from __future__ import annotations

from urllib.parse import quote

from guide.pictures import MIME, URL_PREFIX

FALLBACK_WIDTH = 800
# The exercise picture sits in the left column beside the dose on wide screens.
SIZES = "(min-width: 50em) 26rem, calc(100vw - 2.4rem)"


def picture_markup(entry: dict, page_url: str, sizes: str = SIZES) -> dict:
    """Sources with srcsets, a fallback, width and height for one manifest entry.

    URLs are relative to the page (e.g. page_url 'stretches/quadriceps/'), so the site works
    under any base path; every part of a file name is URL-encoded, so a folder name with a
    space or a comma cannot break a srcset."""
    up = "../" * page_url.count("/")

    def url(rel: str) -> str:
        return f"{up}{URL_PREFIX}/{quote(rel)}"

    variants = entry["variants"]
    fallback_fmt = "png" if "png" in variants else "jpeg"
    fallback = min(variants[fallback_fmt], key=lambda v: abs(v[0] - FALLBACK_WIDTH))
    sources = [
        {"type": MIME[fmt], "srcset": ", ".join(f"{url(rel)} {w}w" for w, _, rel in variants[fmt])}
        for fmt in ("avif", "webp", fallback_fmt)
    ]
    return {"sources": sources, "sizes": sizes, "src": url(fallback[2]), "width": fallback[0], "height": fallback[1]}
