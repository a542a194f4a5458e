"""The data a page's template shows beyond its front matter, worked out from the front matter:
the processed picture, the handout QR code and the search keywords."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guide import pictures, qr
from guide.file_versions import read_once_per_version
from guide.page_model import EXERCISE_TEMPLATE, NOT_CLINICAL
from guide.picture_markup import picture_markup

# Where the warning signs are: written out on every printed handout.
HELP_PAGE_URL = "safety/"


def for_page(meta: dict[str, Any], *, src_path: str, page_url: str, site_url: str, root: Path) -> dict[str, Any]:
    """Extra metadata for one page (nothing for pages that need none)."""
    extra: dict[str, Any] = {}
    if src_path not in NOT_CLINICAL:
        extra["clinical_check"] = "done" if meta.get("clinical_review") else "awaiting"
    keywords = meta.get("keywords")
    if isinstance(keywords, list):
        # The search index reads `tags`: the everyday words people search with.
        extra["tags"] = [str(k) for k in keywords]
    is_exercise = meta.get("template") == EXERCISE_TEMPLATE
    if is_exercise:
        image = meta.get("image")
        manifest = _manifest(pictures.output_dir(root) / pictures.MANIFEST)
        if isinstance(image, dict) and image.get("file") in manifest:
            extra["picture"] = picture_markup(manifest[image["file"]], page_url)
    # Pages that print as handouts: every exercise, and the one-week plan.
    if site_url and (is_exercise or "plan" in meta):
        address = qr.page_address(site_url, page_url)
        short = qr.short_address(address)
        help_short = qr.short_address(qr.page_address(site_url, HELP_PAGE_URL))
        extra["handout"] = {
            "qr": qr.qr_svg(address, root / ".cache" / "handout-qr"),
            "address": short,
            "address_html": qr.address_html(short),
            "help_address_html": qr.address_html(help_short),
        }
    return extra


def _read_manifest(path: Path) -> dict:
    """The picture pipeline's manifest as a dict ({} when it cannot be read)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


_manifest = read_once_per_version(_read_manifest, {})
