"""MkDocs hook: write the order of each plan day's exercises into the built site
(guide.routine), for the "Next in day N" link of an exercise page opened from the plan."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import routine


def on_post_build(*, config: MkDocsConfig) -> None:
    routine.write(Path(config.site_dir), Path(config.config_file_path).parent)
