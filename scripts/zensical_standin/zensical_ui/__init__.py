"""Stand-in for `zensical-ui` (Zensical's theme package) where the package index lacks it.

Zensical asks it for the theme folder; this answers with Material for MkDocs' templates,
the same look `theme.variant: classic` selects. Used only by scripts/compare_engines.py,
and only when the real package is not installed.
"""

from pathlib import Path

import material


def get_theme_dir() -> str:
    return str(Path(material.__file__).parent / "templates")
