"""QR codes for printed handouts: an inline SVG that leads back to the page it is printed from."""

from __future__ import annotations

import functools
import hashlib
import html
import importlib.metadata
import os
from pathlib import Path


def page_address(site_url: str, page_url: str) -> str:
    """The full address of a page, from the site's address and the page's own path."""
    return site_url.rstrip("/") + "/" + page_url.lstrip("/")


def short_address(address: str) -> str:
    """The address as a person would type it: no scheme, no trailing slash."""
    return address.split("://", 1)[-1].rstrip("/")


def address_html(short: str) -> str:
    """The short address for print: it may wrap after a slash, never inside a name such as
    'ease-your-back' (a break at its hyphen would leave the reader guessing)."""
    parts = short.split("/")
    pieces = [html.escape(part) + ("/" if i < len(parts) - 1 else "") for i, part in enumerate(parts)]
    return "&#8203;".join(f'<span class="guide-nowrap">{piece}</span>' for piece in pieces)


ERROR_CORRECTION = "m"
CACHE_KEY_CHARS = 20
SVG = {"scale": 4, "border": 2, "dark": "#000", "light": "#fff"}


@functools.cache
def _segno_version() -> str:
    return importlib.metadata.version("segno")


def qr_svg(address: str, cache_dir: Path | None = None) -> str:
    """An inline SVG QR code (error correction M), sized by CSS.

    With `cache_dir`, a code made once is kept there (named by the address and segno's
    version), so a rebuild does not encode every page again.
    """
    cached = None
    if cache_dir is not None:
        settings = f"{address}\n{ERROR_CORRECTION}\n{sorted(SVG.items())}\n{_segno_version()}"
        key = hashlib.sha256(settings.encode()).hexdigest()[:CACHE_KEY_CHARS]
        cached = cache_dir / f"{key}.svg"
        if cached.is_file():
            return cached.read_text(encoding="utf-8")
    import segno  # only when a code must be made: importing it is a good part of the cost

    code = segno.make(address, error=ERROR_CORRECTION, micro=False)
    svg = code.svg_inline(**SVG, omitsize=True, title=f"QR code for {short_address(address)}")
    if cached is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".tmp-{os.getpid()}")
        temporary.write_text(svg, encoding="utf-8")
        temporary.replace(cached)
    return svg
