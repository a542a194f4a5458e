"""Build the site with MkDocs and with Zensical and print every difference in what they contain.

    python3 scripts/docs.py engines

Exit 1 when a difference is not in guide.engines.KNOWN.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from guide import engines, zensical_build
from guide.project import ROOT, copy_project
from guide.running import strict_build

# Zensical's theme package is not on every package index; the tests keep a stand-in.
THEME_STANDIN = ROOT / "tests" / "zensical_theme_standin"


def main() -> int:
    standin = None if importlib.util.find_spec("zensical_ui") else THEME_STANDIN
    with tempfile.TemporaryDirectory() as tmp:
        config = copy_project(Path(tmp) / "project")
        built = strict_build(config, config.parent / "site-mkdocs")
        if built.returncode:
            print(built.stderr, file=sys.stderr)
            return 2
        other = zensical_build.build(config.parent, extra_pythonpath=standin)
        found = engines.compare(config.parent / "site-mkdocs", other)
    print(engines.report(found))
    return 1 if set(found) - set(engines.KNOWN) else 0


if __name__ == "__main__":
    sys.exit(main())
