"""Benchmark what a reader feels: Lighthouse scores, LCP, CLS and bytes, and the build time.

    python3 scripts/docs.py bench site [--runs 3] [--build-pairs 11]

1. Builds the site for a local address and serves it on 127.0.0.1.
2. Runs Lighthouse (npm, installed into .cache/lighthouse on first use) with the system Chromium,
   mobile settings, on the home page, an exercise page and the plan: the four scores, LCP, CLS
   and bytes transferred (median of the runs).
3. Loads an exercise page in Chromium, then follows a link with instant navigation, and counts
   the bytes of that second page.
4. Times full builds against plain MkDocs builds of the same pages (no hooks, no extra plugins),
   in turns, and prints the medians and the median ratio.
Prints numbers; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide.project import CONFIG, ROOT, copy_project
from guide.running import CHROMIUM_ARGS, SiteServer, find_chromium, free_port, launch_chromium, strict_build

LIGHTHOUSE_VERSION = "13.5.0"
LIGHTHOUSE_DIR = ROOT / ".cache" / "lighthouse"
PAGES = ["", "stretches/hamstrings/", "plan/"]


def lighthouse() -> Path:
    binary = LIGHTHOUSE_DIR / "node_modules/.bin/lighthouse"
    if not binary.exists():
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        # Its own package.json, or npm would climb up and add Lighthouse to the project's.
        manifest = LIGHTHOUSE_DIR / "package.json"
        if not manifest.exists():
            manifest.write_text('{"name": "guide-benchmark-tools", "private": true}\n')
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            cwd=LIGHTHOUSE_DIR,
            check=True,
        )
    return binary


def audit(url: str) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                str(lighthouse()),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--chrome-flags={flags}",
                "--form-factor=mobile",
            ],
            env={**os.environ, "CHROME_PATH": find_chromium() or ""},
            check=True,
            capture_output=True,
        )
        data = json.loads(report.read_text())
    audits = data["audits"]
    return {
        **{name: round(cat["score"] * 100) for name, cat in data["categories"].items()},
        "LCP s": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "CLS": audits["cumulative-layout-shift"]["numericValue"],
        "KB": audits["total-byte-weight"]["numericValue"] / 1024,
    }


def instant_navigation_kb(base: str) -> float:
    """Bytes on the wire (Chromium's own count, headers included) from the moment the pointer
    reaches a link on an exercise page until the next page has loaded by instant navigation.
    Material starts fetching on hover, so the count starts before the hover."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 375, "height": 812})
        page.goto(base + "stretches/hamstrings/", wait_until="networkidle")
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        sizes: list[float] = []
        cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
        link = page.locator("article a[href$='calves/']").first
        link.hover()
        link.click()
        page.wait_for_url(lambda address: "/calves/" in address)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        browser.close()
    return sum(sizes) / 1024


def plain_config(config: Path) -> None:
    """The same pages with plain Material: no hooks, no extra plugins, extensions kept."""
    text = config.read_text()
    start = text.index("hooks:")
    end = text.index("markdown_extensions:")
    text = text[:start] + "plugins:\n  - search\n\n" + text[end:]
    config.write_text(text)


def build_once(config: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    result = strict_build(config, out)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
    return seconds


def build_times(full: Path, plain: Path, out: Path, pairs: int) -> tuple[float, float, float]:
    """Full and plain builds taken in turns, so a machine that speeds up or slows down during
    the run moves both alike; returns the medians of full, plain and of each pair's ratio."""
    build_once(full, out)  # warm-up: caches and imports
    fulls, plains, ratios = [], [], []
    for _ in range(pairs):
        fulls.append(build_once(full, out))
        plains.append(build_once(plain, out))
        ratios.append(fulls[-1] / plains[-1])
    return statistics.median(fulls), statistics.median(plains), statistics.median(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    parser.add_argument("--build-pairs", type=int, default=11, help="full and plain builds, in turns")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        result = strict_build(CONFIG, tmp / "site", site_url=base)
        if result.returncode:
            print(result.stderr[-2000:])
            return 1
        server = SiteServer(tmp / "site", port, compress=True)
        print(f"Lighthouse {LIGHTHOUSE_VERSION}, mobile, median of {args.runs} runs:")
        for path in PAGES:
            runs = [audit(base + path) for _ in range(args.runs)]
            median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            print(
                f"  /{path:24} "
                + "  ".join(
                    f"{k} {v:.2f}" if isinstance(v, float) and k in ("LCP s", "CLS") else f"{k} {v:.0f}"
                    for k, v in median.items()
                )
            )
        print(f"second page by instant navigation: {instant_navigation_kb(base):.1f} KB")
        server.close()

        plain = copy_project(tmp / "plain")
        plain_config(plain)
        full, bare, ratio = build_times(CONFIG, plain, tmp / "out", args.build_pairs)
        print(
            f"build: {full:.2f} s with hooks and plugins, {bare:.2f} s plain MkDocs ({ratio:.2f}x), "
            f"medians of {args.build_pairs} alternating pairs, pictures already in the cache"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
