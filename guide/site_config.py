"""mkdocs.yml as plain data, for the build steps that both engines run (guide.routine,
guide.link_previews, guide.offline). Tags such as !ENV and !!python/name stand for values these
steps never need: each is read as None. Read once per version of the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from guide.file_versions import read_once_per_version

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: ~10x faster


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _parse(config_file: Path) -> dict[str, Any]:
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return config if isinstance(config, dict) else {}


# The settings in a config file; {} when it cannot be read.
read = read_once_per_version(_parse, {})


def redirect_maps(config_file: Path) -> dict[str, str]:
    """mkdocs-redirects' `redirect_maps` from mkdocs.yml: old source path -> new one."""
    for plugin in read(config_file).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("redirects"), dict):
            maps = plugin["redirects"].get("redirect_maps") or {}
            return {str(k): str(v) for k, v in maps.items()} if isinstance(maps, dict) else {}
    return {}
