"""Screenshots of built pages at phone and desktop width, light and dark, for a person to look at.

python3 scripts/docs.py screenshots [--site site/] [--out .cache/screenshots/] [--full] [PATH ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from guide.project import ROOT
from guide.running import SiteServer, launch_chromium

SIZES = {"phone": (375, 812), "desktop": (1280, 900)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["/", "/stretches/quadriceps/"])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache/screenshots")
    parser.add_argument("--full", action="store_true", help="capture the whole page, not just the first screen")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with SiteServer(args.site) as server, sync_playwright() as p:
        browser = launch_chromium(p)
        for path in args.paths:
            for size, (w, h) in SIZES.items():
                for scheme in ("light", "dark"):
                    page = browser.new_page(viewport={"width": w, "height": h}, color_scheme=scheme)
                    page.goto(server.url + path.lstrip("/"), wait_until="networkidle")
                    name = (path.strip("/").replace("/", "-") or "home") + f"-{size}-{scheme}.png"
                    page.screenshot(path=args.out / name, full_page=args.full)
                    page.close()
                    print(args.out / name)
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
