"""MkDocs hook: every page asks for the site's stylesheets and scripts by addresses that name
their content (guide.asset_versions). Listed just before the service worker's hook, which
hashes the pages as they are then."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import asset_versions


def on_post_build(*, config: MkDocsConfig) -> None:
    asset_versions.add_to_site(Path(config.site_dir))
