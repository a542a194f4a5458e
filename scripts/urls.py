"""The registry of published addresses (urls.txt): add new ones, or check that all still work.

    python3 scripts/docs.py urls add            # add new pages and sections (never removes a line)
    python3 scripts/docs.py urls check          # every registered address still works
    python3 scripts/docs.py urls check site/    # the same, on a site you built

Without a folder, both build a fresh copy of the site first, strictly (a few seconds).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from guide import url_registry
from guide.project import CONFIG, REGISTRY
from guide.running import strict_build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("add", "check"))
    parser.add_argument("site", nargs="?", type=Path, help="a built site to read (default: build a fresh one)")
    parser.add_argument("--registry", type=Path, default=REGISTRY)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            print(f"building the site into {site} ...", file=sys.stderr)
            built = strict_build(CONFIG, site, capture=False)
            if built.returncode != 0:
                print("the build failed; fix it first (python3 scripts/docs.py build)", file=sys.stderr)
                return 2
        if not (site / "index.html").exists():
            print(f"{site} has no built site: build it first, or leave the folder out", file=sys.stderr)
            return 2
        if args.command == "add":
            new = url_registry.add(site, args.registry)
            print("\n".join(f"added {a}" for a in new) if new else "nothing new", file=sys.stderr)
            return 0
        problems = url_registry.check(site, args.registry)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"all {len(url_registry.read(args.registry))} registered addresses work", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
