"""MkDocs hook: give every exercise page a QR code and short address for its printed handout.

Thin glue: the QR code is made by scripts/handout_qr.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import handout_qr  # noqa: E402


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("template") == "exercise.html" and config.site_url:
        address = handout_qr.page_address(config.site_url, page.url)
        short = handout_qr.short_address(address)
        cache = Path(config.config_file_path).parent / ".cache" / "handout-qr"
        page.meta["handout"] = {"qr": handout_qr.qr_svg(address, cache), "address": short,
                                "address_html": handout_qr.address_html(short)}
    return markdown
