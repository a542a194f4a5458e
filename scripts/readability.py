"""Reading grade of every built page, the median and the worst.

    python3 scripts/docs.py readability [site/]

The guide aims for a reading age of 9 to 11: the median page at grade 7 or below and no page
above grade 9 (Flesch-Kincaid). Exit 1 when a limit is passed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from guide import readability
from guide.project import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    grades = readability.site_grades(args.site)
    if not grades:
        print(f"no pages found in {args.site}: build the site first", file=sys.stderr)
        return 2
    for url, value in sorted(grades.items(), key=lambda kv: -kv[1]):
        flag = "  <- above grade 9" if value > readability.PAGE_LIMIT else ""
        print(f"{value:5.1f}  {url}{flag}")
    median = statistics.median(grades.values())
    print(
        f"median grade {median:.1f} over {len(grades)} pages (limit {readability.MEDIAN_LIMIT}); "
        f"worst {max(grades.values()):.1f} (limit {readability.PAGE_LIMIT})"
    )
    return 0 if median <= readability.MEDIAN_LIMIT and max(grades.values()) <= readability.PAGE_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
