"""Benchmark a therapist's programme: how long its link is, and what a client's phone downloads.

    python3 scripts/docs.py bench programme

1. Builds the site for its published address (mkdocs.yml's site_url, or SITE_URL) and serves it
   on 127.0.0.1 with gzip, as a static host would.
2. Makes links with the page's own encoder for 1, 10 and 30 exercises: with each page's own
   dose, with the largest dose the builder accepts, and with a name and 200 letters of notes.
   Prints their length with the published address in front (the goal: 10 exercises in at most
   300 characters, the length of two text messages).
3. Opens a 10-exercise programme in a fresh phone-sized Chromium and counts the bytes it
   transferred, compressed, by kind: the page's own script, style and QR code library, the
   exercise catalogue, the theme, and the pictures.
Prints numbers; nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

from guide.exercise_catalogue import OUTPUT
from guide.project import CONFIG
from guide.running import SiteServer, launch_chromium, strict_build

SIZES = (1, 10, 30)
LARGEST = {"hold": 600, "reps": 100, "sets": 10, "rest": 600, "sides": 2, "times": 14, "per": "week"}
NOTES = ("Do these after your walk, not first thing. " * 5)[:200]
NAME = "Sunny Street Clinic"
# The programme page's own files (the rest is the theme's, shared with every page).
OWN = ("programme.js", "programme.css", "lean-qr/lean-qr.module.js")


def published_address(site: Path) -> str:
    """The programme page's published address: the site's address (the first one in the built
    sitemap, the home page) and programme/."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    return re.search(r"<loc>([^<]+)</loc>", sitemap).group(1).rstrip("/") + "/programme/"


def kind_of(url: str) -> str:
    if any(url.endswith(own) for own in OWN):
        return "programme's own script, style and QR library"
    if url.endswith(OUTPUT):
        return "exercise catalogue (JSON)"
    if "/pictures/" in url:
        return "pictures"
    if url.endswith((".js", ".mjs")):
        return "theme and site scripts"
    if url.endswith(".css"):
        return "theme and site styles"
    if url.endswith((".html", "/")) or "#" in url:
        return "the page (HTML)"
    if url.endswith(("search_index.json", "sitemap.xml")):
        return "search index and sitemap (the theme loads them after the page)"
    return "other (logo)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        built = strict_build(CONFIG, site)
        if built.returncode != 0:
            print(built.stdout, built.stderr, file=sys.stderr)
            return 1
        address = published_address(site)
        catalogue = json.loads((site / OUTPUT).read_text(encoding="utf-8"))
        exercises = catalogue["exercises"]
        with SiteServer(site, compress=True) as server, sync_playwright() as p:
            browser = launch_chromium(p)
            page = browser.new_page()
            page.goto(server.url + "programme/")
            page.locator(".guide-builder").wait_for()

            def fragment(count: int, dose=None, by: str = "", notes: str = "") -> str:
                chosen = [exercises[i % len(exercises)] for i in range(count)]
                items = [{"id": e["id"], "dose": dose or e["dose"]} for e in chosen]
                return page.evaluate("p => guideProgramme.encode(p)", {"items": items, "by": by, "notes": notes})

            print(f"Programme link length, characters, with {address}# in front:")
            print("| Exercises | Page's own doses | Largest doses | Own doses, a name and 200 letters of notes |")
            print("| --- | --- | --- | --- |")
            for count in SIZES:
                lengths = [
                    len(address) + 1 + len(fragment(count)),
                    len(address) + 1 + len(fragment(count, LARGEST)),
                    len(address) + 1 + len(fragment(count, by=NAME, notes=NOTES)),
                ]
                print(f"| {count} | " + " | ".join(str(n) for n in lengths) + " |")
            example = fragment(10)
            print(f"\nFor example, 10 exercises: {address}#{example}\n")

            context = browser.new_context(viewport={"width": 375, "height": 812})
            client = context.new_page()
            sizes: dict[str, int] = defaultdict(int)
            counts: dict[str, int] = defaultdict(int)

            def finished(request):
                body = request.sizes()["responseBodySize"]
                kind = kind_of(request.url.split("?")[0])
                sizes[kind] += body
                counts[kind] += 1

            client.on("requestfinished", finished)
            client.goto(server.url + "programme/#" + example, wait_until="networkidle")
            client.locator(".guide-client__qr-code svg").wait_for(state="attached")
            client.wait_for_load_state("networkidle")
            print("What a phone downloads for the client's view of 10 exercises (compressed, KB):")
            print("| What | Files | KB |")
            print("| --- | --- | --- |")
            for kind in sorted(sizes, key=lambda k: -sizes[k]):
                print(f"| {kind} | {counts[kind]} | {sizes[kind] / 1024:.1f} |")
            print(f"| total | {sum(counts.values())} | {sum(sizes.values()) / 1024:.1f} |")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
