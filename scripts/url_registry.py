"""The registry of published addresses: every page, and the sections therapists share.

    python -m scripts.url_registry add [site/]     # add new pages and sections (never removes)
    python -m scripts.url_registry check [site/]   # every registered address still works

A link a therapist sent once must keep working. `check` fails when a registered address no
longer leads to its page (directly or through a redirect) or its section is gone, and says
how to add the redirect or keep the section's old id.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "urls.txt"
HEADER = ("# Every published address of the guide. Add new ones with\n"
          "#   python -m scripts.url_registry add\n"
          "# Never delete a line: a moved page needs a redirect instead (see CONTRIBUTING.md).\n")
# Sections that are shared on their own: steps, dose and stop-if of each exercise, the three
# trigger-point tools, the safety levels and the days of the plan.
SHAREABLE = re.compile(r"^(steps|dose|stop-if|thumb|theracane|ball|emergency|urgent|soon|"
                       r"pain-during-exercise|flare-ups|day-\d)$")
REFRESH = re.compile(r'http-equiv="?refresh"?\s+content="?\d+;\s*url=([^">]+)', re.I)


def _html(site: Path, path: str) -> str | None:
    file = site / path.strip("/") / "index.html" if path.strip("/") else site / "index.html"
    return file.read_text(encoding="utf-8") if file.is_file() else None


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="?([^"\s>]+)', html))


def published(site: Path) -> list[str]:
    """Every page of a built site and its shareable sections, as /path/ or /path/#id."""
    addresses = []
    for file in sorted(site.rglob("index.html")):
        html = file.read_text(encoding="utf-8")
        if REFRESH.search(html[:3000]) or file.parent.name in ("search", "assets"):
            continue
        rel = file.parent.relative_to(site).as_posix()
        path = "/" if rel == "." else f"/{rel}/"
        addresses.append(path)
        addresses += [f"{path}#{i}" for i in sorted(_ids(html)) if SHAREABLE.match(i)]
    return addresses


def read(registry: Path = REGISTRY) -> list[str]:
    if not registry.exists():
        return []
    return [line.strip() for line in registry.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def add(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Append addresses the site has and the registry lacks. Returns the new ones."""
    known = read(registry)
    new = [a for a in published(site) if a not in set(known)]
    if new or not registry.exists():
        registry.write_text(HEADER + "".join(f"{a}\n" for a in known + new), encoding="utf-8")
    return new


def resolve(site: Path, address: str, hops: int = 5) -> tuple[str | None, str]:
    """Follow redirect stubs; returns (final page HTML or None, final path)."""
    path = address.split("#")[0]
    for _ in range(hops):
        html = _html(site, path)
        if html is None:
            return None, path
        target = REFRESH.search(html[:3000])
        if not target:
            return html, path
        path = normpath(urljoin(path, target.group(1).split("#")[0])) + "/"
    return None, path


def check(site: Path, registry: Path = REGISTRY) -> list[str]:
    problems = []
    for address in read(registry):
        path, _, anchor = address.partition("#")
        html, final = resolve(site, address)
        if html is None:
            source = path.strip("/") + ".md" if path != "/" else "index.md"
            problems.append(
                f"{address}: this published address no longer leads anywhere. If the page moved, add "
                f"a redirect in mkdocs.yml under plugins: redirects: redirect_maps, for example "
                f"'{source}': 'new/place.md'. Never delete a published page without one.")
        elif anchor and anchor not in _ids(html):
            problems.append(
                f"{address}: the page is there ({final}) but the section #{anchor} is gone. Keep the "
                f"old link working by giving the heading its old id, for example '## New title {{ #{anchor} }}'.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("add", "check"))
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site", help="built site (default: site/)")
    parser.add_argument("--registry", type=Path, default=REGISTRY)
    args = parser.parse_args(argv)
    if not (args.site / "index.html").exists():
        print(f"{args.site} has no built site: run python3 scripts/docs.py build first", file=sys.stderr)
        return 2
    if args.command == "add":
        new = add(args.site, args.registry)
        print("\n".join(new) if new else "nothing new", file=sys.stderr)
        return 0
    problems = check(args.site, args.registry)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
