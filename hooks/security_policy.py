"""MkDocs hook: give every built page its Content-Security-Policy (guide.security_policy)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import security_policy


def on_post_build(*, config: MkDocsConfig) -> None:
    security_policy.add_to_site(Path(config.site_dir))
