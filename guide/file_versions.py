"""Reading a file once per version: a build reads the same small file (mkdocs.yml, the
pictures' manifest) for many pages, so each is parsed again only when it changes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
VERSIONS_KEPT = 4


def read_once_per_version(parse: Callable[[Path], T], empty: T) -> Callable[[Path], T]:
    """`parse(path)`, done once for each version (modification time) of the file; `empty` when
    the file is missing."""

    @functools.lru_cache(maxsize=VERSIONS_KEPT)
    def parsed(path: Path, stamp: int) -> T:
        return parse(path)

    def read(path: Path) -> T:
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return empty
        return parsed(path, stamp)

    return read
