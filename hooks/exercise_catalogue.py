"""MkDocs hook: write the exercise catalogue the programme page reads (guide.exercise_catalogue)
into the built site, with the redirects MkDocs itself was given."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import exercise_catalogue

log = logging.getLogger("mkdocs.hooks.exercise_catalogue")


def on_post_build(*, config: MkDocsConfig) -> None:
    plugin = config.plugins.get("redirects")
    redirects = dict(plugin.config.get("redirect_maps") or {}) if plugin is not None else None
    root = Path(config.config_file_path).parent
    for missing in exercise_catalogue.missing_vendor_files(Path(config.docs_dir)):
        log.warning(
            f"{missing} is missing, so the programme page cannot draw its QR code; "
            "build with 'python3 scripts/docs.py build', which copies it from npm"
        )
    _, without_id = exercise_catalogue.write(Path(config.site_dir), root, redirects)
    for page in without_id:
        log.info(
            f"docs/{page} has no programme id yet, so therapists cannot add it to a programme; "
            "run 'python3 scripts/docs.py urls add' after this build"
        )
