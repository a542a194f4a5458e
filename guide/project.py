"""Where the project's folders are, and a throwaway copy of the project for tests and
benchmarks that must not touch the working tree."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PICTURES = ROOT / "pictures"
CACHE = ROOT / ".cache"
CONFIG = ROOT / "mkdocs.yml"
REGISTRY = ROOT / "urls.txt"

# What a build needs. The pictures, and the caches of what is made from them (processed
# pictures, QR codes, link previews, icons: all named by content), are linked, not copied.
COPIED = ("mkdocs.yml", "docs", "overrides", "hooks", "snippets", "CONTRIBUTING.md", "urls.txt")
LINKED = ("pictures", ".cache/pictures", ".cache/handout-qr", ".cache/previews", ".cache/icons")


def copy_project(dest: Path, root: Path = ROOT) -> Path:
    """Copy the project into `dest`; return the copy's mkdocs.yml. The copy keeps its own
    .cache for anything else (Zensical's cache). The `guide` package is not copied: the copy
    builds with the installed one."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        elif src.exists():
            shutil.copy2(src, dest / name)
    for name in LINKED:
        (root / name).mkdir(parents=True, exist_ok=True)
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).symlink_to(root / name, target_is_directory=True)
    return dest / "mkdocs.yml"
