"""Check every page's front matter and text against the page model, without a build.

python3 scripts/docs.py check           # exit 1 on problems; overdue reviews are warnings
python3 scripts/docs.py check --due     # only list pages whose review date has passed
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guide import site_check
from guide.project import DOCS, PICTURES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", nargs="?", type=Path, default=DOCS)
    parser.add_argument("--pictures", type=Path, default=PICTURES, help="folder of original pictures")
    parser.add_argument("--due", action="store_true", help="only list pages whose next_review date has passed")
    parser.add_argument("--awaiting", action="store_true", help="only list pages not yet checked by a clinician")
    args = parser.parse_args(argv)
    report = site_check.check_docs(args.docs, pictures_dir=args.pictures)
    if args.awaiting:
        for page in report.awaiting_clinical_review:
            print(page)
        print(f"{len(report.awaiting_clinical_review)} page(s) not yet checked by a clinician")
        return 0
    if args.due:
        for item in report.due:
            print(item)
        print(f"{len(report.due)} page(s) due for review")
        return 0
    for problem in report.problems:
        print(problem, file=sys.stderr)
    for line in report.warnings():
        print(f"warning: {line}", file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
