"""Screenshots of built pages at phone and desktop width, light and dark, for a human to look at.

    python -m scripts.screenshots [--site site/] [--out screenshots/] [PATH ...]

Serves the built site on 127.0.0.1 and saves one PNG per page, width and scheme.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"phone": (375, 812), "desktop": (1280, 900)}
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-gpu"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["/", "/stretches/quadriceps/"])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache/screenshots")
    parser.add_argument("--full", action="store_true", help="capture the whole page, not just the first screen")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    quiet = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *a: None})
    handler = functools.partial(quiet, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    chromium = next((p for p in (os.environ.get("GUIDE_CHROMIUM"), "/usr/bin/chromium") if p and Path(p).exists()), None)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for path in args.paths:
            for size, (w, h) in SIZES.items():
                for scheme in ("light", "dark"):
                    page = browser.new_page(viewport={"width": w, "height": h}, color_scheme=scheme)
                    page.goto(base + path, wait_until="networkidle")
                    name = (path.strip("/").replace("/", "-") or "home") + f"-{size}-{scheme}.png"
                    page.screenshot(path=args.out / name, full_page=args.full)
                    page.close()
                    print(args.out / name)
        browser.close()
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
