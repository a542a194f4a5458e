"""The registry of published addresses: every page, and the sections therapists share.

    python -m scripts.url_registry add            # add new pages and sections (never removes)
    python -m scripts.url_registry check          # every registered address still works

Without a folder, both build a fresh copy of the site first (a few seconds); given one
(`check site/`), they read that built site. The registry is urls.txt at the repository root:
one address per line, as a path from the site's root (`/stretches/hamstrings/#steps`).

A link a therapist sent once must keep working. `check` fails when a registered address no
longer leads to its page (directly or through a redirect made by mkdocs-redirects) or its
section is gone, and says how to add the redirect or keep the section's old id.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin

from scripts.docs import QUIET_ENV

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "urls.txt"
HEADER = ("# Every published address of the guide. Add new ones with\n"
          "#   python -m scripts.url_registry add\n"
          "# Never delete a line: a moved page needs a redirect instead (see CONTRIBUTING.md).\n")
# Sections that are shared on their own: steps, dose and stop-if of each exercise, the three
# trigger-point tools, the safety levels and the days of the plan.
SHAREABLE = re.compile(r"^(steps|dose|stop-if|thumb|theracane|ball|emergency|urgent|soon|"
                       r"pain-during-exercise|flare-ups|day-\d)$")
# The redirect stub mkdocs-redirects writes: <meta http-equiv="refresh" content="0; url=...">
REFRESH = re.compile(r'http-equiv="?refresh"?\s+content="?\d+;\s*url=([^">\s]+)', re.I)
NOT_PAGES = ("search", "assets")


# --------------------------------------------------------------------------- reading a site


def _html(site: Path, path: str) -> str | None:
    rel = path.strip("/")
    file = site / rel / "index.html" if rel else site / "index.html"
    return file.read_text(encoding="utf-8") if file.is_file() else None


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\sid=["\']?([^"\'\s>]+)', html))


def _redirect(html: str) -> str | None:
    match = REFRESH.search(html[:3000])
    return match.group(1) if match else None


def pages(site: Path) -> dict[str, str]:
    """Every page of a built site that is not a redirect stub: its path (/ or /path/) -> HTML."""
    found = {}
    for file in sorted(site.rglob("index.html"), key=lambda f: f.parent.relative_to(site).parts):
        rel = file.parent.relative_to(site).as_posix()
        if rel.split("/")[0] in NOT_PAGES:
            continue
        html = file.read_text(encoding="utf-8")
        if not _redirect(html):
            found["/" if rel == "." else f"/{rel}/"] = html
    return found


def published(site: Path) -> list[str]:
    """Every page of a built site and its shareable sections, as /path/ or /path/#id."""
    addresses = []
    for path, html in pages(site).items():
        addresses.append(path)
        addresses += [f"{path}#{i}" for i in sorted(_ids(html)) if SHAREABLE.match(i)]
    return addresses


def resolve(site: Path, address: str, hops: int = 5) -> tuple[str | None, str]:
    """Follow redirect stubs; returns (final page's HTML or None, final path).

    A redirect to another website counts as resolved (its HTML is returned as ""), since
    it cannot be checked offline.
    """
    path = address.split("#")[0]
    for _ in range(hops):
        html = _html(site, path)
        if html is None:
            return None, path
        target = _redirect(html)
        if not target:
            return html, path
        if re.match(r"^[a-z]+://", target, re.I):
            return "", target
        path = normpath(urljoin(path, target.split("#")[0])) + "/"
        path = "/" if path == "//" else path
    return None, path


# --------------------------------------------------------------------------- the registry


def read(registry: Path = REGISTRY) -> list[str]:
    if not registry.exists():
        return []
    return [line.strip() for line in registry.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def add(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Append the addresses the site has and the registry lacks; never removes a line.

    Returns the new addresses.
    """
    known = set(read(registry))
    new = [a for a in published(site) if a not in known]
    text = registry.read_text(encoding="utf-8") if registry.exists() else HEADER
    if new or not registry.exists():
        if text and not text.endswith("\n"):
            text += "\n"
        registry.write_text(text + "".join(f"{a}\n" for a in new), encoding="utf-8")
    return new


def check(site: Path, registry: Path = REGISTRY, docs: Path | None = None) -> list[str]:
    """Every registered address that no longer works, each with how to fix it."""
    docs = docs or registry.parent / "docs"
    known = read(registry)
    added = [a for a in published(site) if "#" not in a and a not in set(known)]
    problems = []
    for address in known:
        path, _, anchor = address.partition("#")
        html, final = resolve(site, address)
        if html is None:
            old = _source(path, known, docs, exists=False)
            guess = _new_place(path, added)
            new = _source(guess, known, docs, exists=True) if guess else "new/place.md"
            where = (f"It may now be {guess}. " if guess else "")
            problems.append(
                f"{address}: this published address no longer leads anywhere. {where}If the page "
                f"moved, add a redirect in mkdocs.yml under plugins: redirects: redirect_maps:\n"
                f"        \"{old}\": \"{new}\"\n"
                f"  and keep the ids of its shared sections on the new page (for example "
                f"'## Steps {{ #steps }}'). Never delete a published page without a redirect.")
        elif anchor and html and anchor not in _ids(html):
            problems.append(
                f"{address}: the page is there ({final}) but the section #{anchor} is gone. Keep the "
                f"old link working by giving the heading its old id, for example '## New title {{ #{anchor} }}'.")
    return problems


def _source(path: str, known: list[str], docs: Path, exists: bool) -> str:
    """The Markdown file behind a site path, as mkdocs-redirects wants it."""
    rel = path.strip("/")
    if not rel:
        return "index.md"
    if exists and (docs / rel / "index.md").is_file():
        return f"{rel}/index.md"
    if exists and (docs / f"{rel}.md").is_file():
        return f"{rel}.md"
    # A gone page: a folder's index page if the registry has pages below it.
    has_children = any(a.startswith(f"/{rel}/") and a.split("#")[0] != f"/{rel}/" for a in known)
    return f"{rel}/index.md" if has_children else f"{rel}.md"


def _new_place(path: str, added: list[str]) -> str | None:
    """The unregistered page most like a missing one: where it probably moved."""
    if not added:
        return None
    name = path.strip("/").split("/")[-1]
    folder = path.strip("/").rpartition("/")[0]

    def score(candidate: str) -> float:
        parts = candidate.strip("/")
        same_folder = parts.rpartition("/")[0] == folder
        return difflib.SequenceMatcher(None, name, parts.split("/")[-1]).ratio() + same_folder
    best = max(added, key=score)
    return best if len(added) == 1 or score(best) >= 1.3 else None


# --------------------------------------------------------------------------- command line


def build(site: Path) -> int:
    """A strict build of the project into `site`; returns the build's exit code."""
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, **QUIET_ENV}
    print(f"building the site into {site} ...", file=sys.stderr)
    return subprocess.run([str(mkdocs), "build", "--strict", "--quiet", "-d", str(site)],
                          cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("add", "check"))
    parser.add_argument("site", nargs="?", type=Path,
                        help="a built site to read (default: build a fresh one)")
    parser.add_argument("--registry", type=Path, default=REGISTRY)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            if build(site) != 0:
                print("the build failed; fix it first (python3 scripts/docs.py build)", file=sys.stderr)
                return 2
        if not (site / "index.html").exists():
            print(f"{site} has no built site: build it first, or leave the folder out", file=sys.stderr)
            return 2
        if args.command == "add":
            new = add(site, args.registry)
            print("\n".join(f"added {a}" for a in new) if new else "nothing new", file=sys.stderr)
            return 0
        problems = check(site, args.registry)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"all {len(read(args.registry))} registered addresses work", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
