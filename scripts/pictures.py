"""Process the original pictures into web images (AVIF, WebP and a JPEG or PNG fallback).

    python3 scripts/docs.py pictures [--src pictures/] [--out .cache/pictures/] [--jobs 2]

A build does this by itself; run it on its own to see progress, or before a Zensical build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guide import pictures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=pictures.ORIGINALS, help="folder of originals (default: pictures/)")
    parser.add_argument("--out", type=Path, default=pictures.OUTPUTS, help="output folder (default: .cache/pictures/)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: 2)")
    args = parser.parse_args(argv)
    try:
        result = pictures.process_all(args.src, args.out, jobs=args.jobs, progress=True)
    except pictures.PictureFolderError as error:
        print(error, file=sys.stderr)
        return 2
    for error in result.errors:
        print(error, file=sys.stderr)
    print(
        f"{result.processed} processed, {result.skipped} unchanged, {result.removed} old outputs removed, "
        f"{len(result.errors)} failed",
        file=sys.stderr,
    )
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
