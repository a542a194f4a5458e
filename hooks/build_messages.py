"""MkDocs hook: add the file, line and fix to MkDocs' own link and navigation warnings
(guide.build_messages)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from guide import build_messages

# The loggers whose warnings name dead links and pages missing from the navigation.
LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")


class _Explain(logging.Filter):
    def __init__(self, docs_dir: Path, config_file: Path):
        super().__init__()
        self.docs_dir, self.config_file = docs_dir, config_file

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = build_messages.explain(record.getMessage(), self.docs_dir, self.config_file)
        record.args = ()
        return True


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    explain = _Explain(Path(config.docs_dir), Path(config.config_file_path))
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, _Explain)]:  # a rebuild under `serve`
            logger.removeFilter(old)
        logger.addFilter(explain)
    return config
