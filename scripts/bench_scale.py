"""Benchmark how the build grows with the pages: 1x, 10x and 30x the exercise pages.

    python3 scripts/docs.py bench scale [--factors 1 10 30] [--runs 3] [--no-prune]

For each factor it copies the project, adds that many copies of every exercise page (beside
the original, as calves-copy2.md; copy N is a section "Copy N" of the navigation, laid out as
the originals are), and
times full strict builds, the factors in turns (1x, 10x, 30x, 1x, ...) after a warm-up build of
each that fills the caches. It prints the median seconds (fastest and slowest), the seconds per
page, and the milliseconds each page added from one factor to the next costs: flat means the
build grows in step with the pages. --no-prune builds without navigation.prune, to compare.

The copies' search index is larger than the guide's own limit for readers (guide.site_limits),
so the copy leaves out that one check; the plan page lists the copies too, so the copy allows
its days a budget they fit in (a hook of its own); every other hook and plugin runs.
Numbers, not pass or fail.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from guide.built_site import pages as built_pages
from guide.front_matter import split as split_front_matter
from guide.page_model import EXERCISE_TEMPLATE
from guide.project import copy_project
from guide.running import strict_build

SECTIONS = ("stretches", "foam-rolling", "trigger-points", "core", "legs")
BUDGET = 1_000_000
BUDGET_HOOK = f"""# Written by scripts/bench_scale.py into a copy of the project: allow the long plan.
from guide import plan

plan.SETTING_RANGES["budget_minutes"] = (5, {BUDGET})
"""


def exercise_pages(docs: Path) -> list[str]:
    found = []
    for section in SECTIONS:
        for page in sorted((docs / section).glob("*.md")):
            meta = split_front_matter(page.read_text(encoding="utf-8"))[0] or {}
            if meta.get("template") == EXERCISE_TEMPLATE:
                found.append(page.relative_to(docs).as_posix())
    return found


def make_copy(dest: Path, factor: int, prune: bool) -> tuple[Path, int]:
    """A copy of the project with factor - 1 more copies of each exercise page, in the nav."""
    config = copy_project(dest)
    docs = dest / "docs"
    originals = exercise_pages(docs)
    nav_lines = []
    listed: dict[str, list[str]] = {section: [] for section in SECTIONS}
    for n in range(2, factor + 1):
        nav_lines.append(f"  - Copy {n}:")
        for section in SECTIONS:
            in_section = [p for p in originals if p.startswith(section + "/")]
            nav_lines.append(f"      - {section} {n}:")
            for page in in_section:
                # Beside the original, so its relative links lead where they lead from it.
                target = (docs / page).with_name(f"{Path(page).stem}-copy{n}.md")
                text = (docs / page).read_text(encoding="utf-8")
                # Another title, so the copies are pages of their own to search and to the checks.
                text = re.sub(r"^title: (.*)$", rf"title: \1 ({n})", text, count=1, flags=re.M)
                target.write_text(text, encoding="utf-8")
                title = split_front_matter(text)[0].get("title", target.stem)
                listed[section].append(f"- [{title}]({target.name})")
                nav_lines.append(f"          - {target.relative_to(docs).as_posix()}")
    for section, lines in listed.items():  # each section's page lists its pages, the copies too
        if lines:
            index = docs / section / "index.md"
            index.write_text(index.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n".join(lines) + "\n")
    text = config.read_text(encoding="utf-8")
    text = text.replace("  - hooks/site_limits.py\n", "")
    if factor > 1:  # the plan lists the copies too: its days may take longer than a real budget
        plan = docs / "plan" / "index.md"
        plan.write_text(re.sub(r"budget_minutes: \d+", f"budget_minutes: {BUDGET}", plan.read_text(encoding="utf-8")))
        (dest / "hooks" / "bench_budget.py").write_text(BUDGET_HOOK, encoding="utf-8")
        text = text.replace("hooks:\n", "hooks:\n  - hooks/bench_budget.py\n", 1)
    if not prune:
        text = re.sub(r"^\s*- navigation\.prune\b.*\n", "", text, flags=re.M)
    # The copies go at the end of the navigation.
    text = text.rstrip("\n") + "\n" + "\n".join(nav_lines) + "\n"
    config.write_text(text, encoding="utf-8")
    return config, len(originals) * factor


def build(config: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    result = strict_build(config, out, timeout=1800)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"the build of {config.parent.name} failed:\n{result.stderr[-3000:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--runs", type=int, default=3, help="timed builds of each factor, in turns")
    parser.add_argument("--no-prune", action="store_true", help="build without navigation.prune")
    args = parser.parse_args(argv)
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), f"- navigation.prune {'off' if args.no_prune else 'on'}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        copies = {}
        for factor in args.factors:
            config, exercises = make_copy(tmp / f"x{factor}", factor, prune=not args.no_prune)
            warm = build(config, tmp / f"site{factor}")  # fills the copy's caches (link previews)
            pages = len(built_pages(tmp / f"site{factor}"))
            megabytes = sum(f.stat().st_size for f in (tmp / f"site{factor}").rglob("*") if f.is_file()) / 1e6
            copies[factor] = (config, exercises, pages)
            print(
                f"  {factor:3}x: {exercises:4} exercise pages, {pages:4} pages in all, site {megabytes:.0f} MB; "
                f"first build {warm:.1f} s"
            )
        times: dict[int, list[float]] = {f: [] for f in args.factors}
        for _ in range(args.runs):
            for factor in args.factors:
                times[factor].append(build(copies[factor][0], tmp / f"site{factor}"))
        print(f"\nfull strict builds, median of {args.runs} (fastest to slowest), factors in turns:")
        previous = None
        for factor in args.factors:
            _, exercises, pages = copies[factor]
            median, runs = statistics.median(times[factor]), times[factor]
            line = (
                f"  {factor:3}x  {pages:4} pages  {median:6.1f} s ({min(runs):.1f} to {max(runs):.1f})"
                f"  {median / pages * 1000:5.1f} ms a page"
            )
            if previous:
                added = (median - previous[0]) / (pages - previous[1]) * 1000
                line += f"  {added:5.1f} ms for each page added since {previous[2]}x"
            print(line)
            previous = (median, pages, factor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
