"""MkDocs hook: refuse a built site whose search index is too big (guide.site_limits)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from guide import site_limits


def on_post_build(*, config: MkDocsConfig) -> None:
    problems = site_limits.check_built_site(Path(config.site_dir))
    if problems:
        raise PluginError("The built site is too big:\n  " + "\n  ".join(problems))
