"""MkDocs hook: the service worker's list of this build's files, the web app manifest and the
home-screen icons (guide.offline). Listed after every other hook that writes into the site."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from guide import offline


def on_post_build(*, config: MkDocsConfig) -> None:
    try:
        offline.write(Path(config.site_dir), Path(config.config_file_path).parent)
    except offline.WorkerTemplateError as error:
        raise PluginError(str(error)) from None
