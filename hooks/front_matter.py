"""MkDocs hook: stop the build when a page's front matter breaks the page model.

Thin glue: the rules live in scripts/front_matter.py so they also run without MkDocs.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import front_matter  # noqa: E402

log = logging.getLogger("mkdocs.hooks.front_matter")


def on_files(files, config):
    pictures = Path(config.config_file_path).parent / "pictures"
    pages = ((file.src_uri, file.content_string) for file in files.documentation_pages())
    problems, due = front_matter.check_texts(pages, today=dt.date.today(), pictures_dir=pictures)
    for page in due:
        log.info("Review due: %s", page)
    if problems:
        lines = "\n".join(f"  {p}" for p in problems)
        raise PluginError(f"{len(problems)} page problem(s); fix them and build again:\n{lines}")
    return files


def on_page_markdown(markdown, page, config, files):
    # The search index reads `tags`; feed it the page's everyday search keywords.
    keywords = page.meta.get("keywords")
    if isinstance(keywords, list):
        page.meta["tags"] = [str(k) for k in keywords]
    return markdown
