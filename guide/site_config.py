"""mkdocs.yml as plain data, for the build steps that both engines run (guide.routine,
guide.link_previews, guide.offline). Tags such as !ENV and !!python/name stand for values these
steps never need: each is read as None. Read once per version of the file."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: ~10x faster


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read(config_file: Path) -> dict[str, Any]:
    """The settings in `config_file`; {} when it cannot be read."""
    try:
        stamp = config_file.stat().st_mtime_ns
    except OSError:
        return {}
    return _read(config_file, stamp)


@functools.lru_cache(maxsize=4)
def _read(config_file: Path, stamp: int) -> dict[str, Any]:
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return config if isinstance(config, dict) else {}
