"""Test stand-in for `zensical-ui` (Zensical's theme package), which our package index lacks.

Zensical asks it for the theme folder; this answers with a copy of Material for MkDocs'
templates (the look `theme.variant: classic` selects), without Material's Python and YAML
files, so nothing of the stand-in reaches the built site. Only the engine comparison puts this
folder on PYTHONPATH, and only when the real package is missing.
"""

import shutil
import tempfile
from pathlib import Path

import material

_SKIPPED = shutil.ignore_patterns("*.py", "*.pyc", "__pycache__", "*.yml")


def get_theme_dir() -> str:
    source = Path(material.__file__).parent / "templates"
    target = Path(tempfile.gettempdir()) / f"zensical-theme-standin-{material.__version__}"
    if not (target / "base.html").is_file():
        staging = Path(tempfile.mkdtemp(prefix="zensical-theme-"))
        shutil.copytree(source, staging / "theme", ignore=_SKIPPED)
        try:
            (staging / "theme").rename(target)
        except OSError:  # another build made it first
            shutil.rmtree(staging, ignore_errors=True)
    return str(target)
