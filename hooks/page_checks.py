"""MkDocs hook: stop the build when a page breaks the page model (guide.site_check)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from guide import site_check

log = logging.getLogger("mkdocs.hooks.page_checks")


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    links = site_check.links_in(Path(config.docs_dir), "docs") + site_check.links_in(root / "snippets", "snippets")
    if links:
        raise PluginError(
            "Links to files are not allowed; fix them and build again:\n" + "\n".join(f"  {p}" for p in links)
        )
    pages = ((file.src_uri, file.content_string) for file in files.documentation_pages())
    report = site_check.check_texts(pages, today=dt.date.today(), pictures_dir=root / "pictures")
    for line in report.warnings():
        log.info(line)
    if report.problems:
        lines = "\n".join(f"  {p}" for p in report.problems)
        raise PluginError(f"{len(report.problems)} page problem(s); fix them and build again:\n{lines}")
    return files
