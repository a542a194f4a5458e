"""MkDocs hook: make the 1200 x 630 link-preview picture of every page and publish it
(guide.link_previews); overrides/partials/link-previews.html points the page's tags at it."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import link_previews


def on_post_build(*, config: MkDocsConfig) -> None:
    link_previews.write(Path(config.site_dir), Path(config.config_file_path).parent)
