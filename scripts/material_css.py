"""Write the part of Material's stylesheets that the guide uses (guide/material_css.py).

    .venv/bin/python scripts/material_css.py [--site DIR] [--check]

Run it again after upgrading mkdocs-material; tests/test_first_paint.py says when it is due.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from guide import material_css
from guide.project import ROOT
from guide.running import strict_build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site to read (default: build one)")
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    output = material_css.OUTPUT
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:  # a plain build: the vocabulary does not depend on the stylesheet
            site = Path(tmp) / "site"
            result = strict_build(ROOT / "mkdocs.yml", site)
            if result.returncode:
                raise SystemExit(result.stderr[-3000:])
        css = material_css.trimmed_css(site)
    if args.check:
        same = output.exists() and output.read_text(encoding="utf-8") == css
        print(f"{output.relative_to(ROOT)} is {'up to date' if same else 'out of date: run scripts/material_css.py'}")
        return 0 if same else 1
    output.write_text(css, encoding="utf-8")
    full = sum(len(p.read_bytes()) for p in material_css.material_stylesheets())
    print(f"wrote {output.relative_to(ROOT)}: {len(css.encode()):,} of {full:,} bytes of Material's stylesheets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
