"""Benchmark what a reader feels: Lighthouse scores, LCP, CLS and bytes, and the build time.

    python3 scripts/docs.py bench site [--runs 5] [--build-pairs 11]

1. Builds the site for a local address and serves it on 127.0.0.1 as GitHub Pages serves it
   (guide.running.LIKE_GITHUB_PAGES: compressed, connections kept open, files fresh for 10
   minutes).
2. Runs Lighthouse (npm, installed into .cache/lighthouse on first use) with the system Chromium,
   mobile settings (its simulated slow 4G and 4x slower CPU), on the home page, an exercise page
   and the plan, the pages in turns: the scores, FCP, LCP (median, fastest and slowest run), CLS
   and bytes transferred (medians of the runs).
3. Loads an exercise page in Chromium, then follows a link with instant navigation, and counts
   the bytes of that second page; then again from a server that sends no cache lifetime, where
   the browser fetches the next page twice (once as the pointer reaches the link, once on the
   click).
4. Search: whether the first view fetched the search index, and on a phone with the same slow
   4G, how long after the first key of a word the first results show.
5. Times full builds against plain MkDocs builds of the same pages (no hooks, no extra plugins),
   in turns, and prints the medians and the median of the pairs' ratios with their spread.
Lighthouse's simulation scales the CPU time it sees by 4: on a busy machine its LCP moves by
hundreds of milliseconds from run to run, so read the spread, and run it on a quiet machine.
Prints numbers; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide.project import CONFIG, ROOT, copy_project
from guide.running import (
    CHROMIUM_ARGS,
    LIKE_GITHUB_PAGES,
    SiteServer,
    find_chromium,
    free_port,
    launch_chromium,
    strict_build,
)

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
        "FCP s": audits["first-contentful-paint"]["numericValue"] / 1000,
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


# Lighthouse's mobile network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
SEARCH_WORD = "hamstring"
TYPING_MS = 120  # between keys: a quick typist on a phone


def search_timing(base: str) -> tuple[bool, float, float]:
    """(was the index fetched by the first view, ms from the first key to the first results,
    ms from the last key to them), on a phone over slow 4G, typing SEARCH_WORD."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
        page = context.new_page()
        asked: list[str] = []
        page.on("request", lambda r: "search_index" in r.url and asked.append(r.url))
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW_4G)
        page.goto(base, wait_until="networkidle")
        fetched_early = bool(asked)
        page.locator('label.md-header__button[for="__search"]').click()
        box = page.locator("input.md-search__input")
        start = time.perf_counter()
        box.type(SEARCH_WORD, delay=TYPING_MS)
        typed = time.perf_counter()
        page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
        shown = time.perf_counter()
        browser.close()
    return fetched_early, (shown - start) * 1000, max(0.0, shown - typed) * 1000


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


def build_times(full: Path, plain: Path, out: Path, pairs: int) -> tuple[list[float], list[float], list[float]]:
    """Full and plain builds taken in turns, so a machine that speeds up or slows down during
    the run moves both alike; returns the full and plain times and each pair's ratio."""
    build_once(full, out)  # warm-up: caches and imports
    build_once(plain, out)
    fulls, plains, ratios = [], [], []
    for _ in range(pairs):
        fulls.append(build_once(full, out))
        plains.append(build_once(plain, out))
        ratios.append(fulls[-1] / plains[-1])
    return fulls, plains, ratios


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page")
    parser.add_argument("--build-pairs", type=int, default=11, help="full and plain builds, in turns")
    args = parser.parse_args(argv)
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "-", machine())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        result = strict_build(CONFIG, tmp / "site", site_url=base)
        if result.returncode:
            print(result.stderr[-2000:])
            return 1
        server = SiteServer(tmp / "site", port, **LIKE_GITHUB_PAGES)
        print(f"Lighthouse {LIGHTHOUSE_VERSION}, mobile, {args.runs} runs of each page, the pages in turns:")
        runs: dict[str, list[dict]] = {path: [] for path in PAGES}
        for _ in range(args.runs):
            for path in PAGES:
                runs[path].append(audit(base + path))
        for path in PAGES:
            median = {key: statistics.median(r[key] for r in runs[path]) for key in runs[path][0]}
            lcps = [r["LCP s"] for r in runs[path]]
            scores = "  ".join(f"{k} {v:.0f}" for k, v in median.items() if k not in ("FCP s", "LCP s", "CLS", "KB"))
            print(
                f"  /{path:22} LCP {median['LCP s']:.2f} s ({min(lcps):.2f} to {max(lcps):.2f})"
                f"  FCP {median['FCP s']:.2f} s  CLS {median['CLS']:.2f}  {median['KB']:.0f} KB  {scores}"
            )
        print(f"second page by instant navigation: {instant_navigation_kb(base):.1f} KB")
        early, after_first, after_last = search_timing(base)
        print(
            f"search: index fetched with the first view: {'yes' if early else 'no'}; typing '{SEARCH_WORD}' "
            f"({TYPING_MS} ms a key) on a phone over slow 4G, results {after_first:.0f} ms after the first key, "
            f"{after_last:.0f} ms after the last"
        )
        server.close()
        with SiteServer(tmp / "site", port, compress=True):
            print(f"  the same from a host that sends no cache lifetime: {instant_navigation_kb(base):.1f} KB")

        plain = copy_project(tmp / "plain")
        plain_config(plain)
        fulls, plains, ratios = build_times(CONFIG, plain, tmp / "out", args.build_pairs)
        print(
            f"build: {statistics.median(fulls):.2f} s with hooks and plugins, {statistics.median(plains):.2f} s "
            f"plain MkDocs; ratio {statistics.median(ratios):.2f}x ({min(ratios):.2f} to {max(ratios):.2f}), "
            f"medians of {args.build_pairs} alternating pairs, pictures already in the cache"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
