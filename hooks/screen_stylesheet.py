"""MkDocs hook: join the trimmed Material stylesheet and guide.css into the one stylesheet every
page links (guide.screen_stylesheet)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from guide import screen_stylesheet


def on_post_build(*, config: MkDocsConfig) -> None:
    try:
        screen_stylesheet.write(Path(config.site_dir))
    except FileNotFoundError as error:
        raise PluginError(str(error)) from None
