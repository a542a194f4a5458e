"""A throwaway copy of the project, for tests that break it on purpose and for builds that
must not touch the working tree (the engine comparison, benchmarks)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a build needs; the pictures and their made versions are linked, not copied.
COPIED = ("mkdocs.yml", "docs", "overrides", "hooks", "scripts", "CONTRIBUTING.md", "urls.txt")
LINKED = ("pictures", ".cache/pictures")


def copy_project(dest: Path, root: Path = ROOT) -> Path:
    """Copies the project into `dest`; returns the copy's mkdocs.yml. The copy keeps its own
    .cache (Zensical's cache and the QR codes) apart from the shared pictures."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    for name in LINKED:
        (root / name).mkdir(parents=True, exist_ok=True)
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).symlink_to(root / name, target_is_directory=True)
    return dest / "mkdocs.yml"
