"""python -m guide.figures [--only NAME ...] [--out DIR]: draw the exercise pictures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import ROOT, draw, encode, names
from .scenes import POSES_FILE, _stored, code_hash, save_poses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guide.figures", description=__doc__.split(":")[1].strip())
    parser.add_argument("--only", nargs="*", metavar="NAME", help="pictures to draw, like core/bird-dog.png")
    parser.add_argument("--out", type=Path, default=ROOT / "pictures", help="output folder (default: pictures/)")
    args = parser.parse_args(argv)
    chosen = args.only or names()
    unknown = [n for n in chosen if n not in names()]
    if unknown:
        print(f"unknown picture(s): {', '.join(unknown)}; choose from: {', '.join(names())}", file=sys.stderr)
        return 2
    if not _stored():
        print(f"the poses in {POSES_FILE.name} are out of date: solving every picture again (a minute or two)")
        if args.out.resolve() == (ROOT / "pictures").resolve():
            save_poses()
            print(f"wrote {POSES_FILE} ({code_hash()})")
        else:  # a draw into another folder (a test's, a trial) leaves the sources as they are
            print(f"not writing {POSES_FILE.name}: the pictures go to {args.out}, not pictures/")
    for name in chosen:
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        encode(draw(name)).save(path, optimize=True)
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
