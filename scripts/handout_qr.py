"""QR codes for printed handouts: an inline SVG that leads back to the page it is printed from.

    python -m scripts.handout_qr https://example.org/stretches/hamstrings/   # prints the SVG
"""

from __future__ import annotations

import html
import sys

import segno


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


def qr_svg(address: str) -> str:
    """An inline SVG QR code (error correction M), sized by CSS."""
    code = segno.make(address, error="m", micro=False)
    return code.svg_inline(scale=4, border=2, dark="#000", light="#fff", omitsize=True,
                           title=f"QR code for {short_address(address)}")


if __name__ == "__main__":
    print(qr_svg(sys.argv[1]))
