"""The registry of published addresses: every page, and the sections therapists share.

The registry is urls.txt at the repository root: one address per line, as a path from the
site's root (`/stretches/hamstrings/#steps`). A link a therapist sent once must keep working:
`check` finds every registered address that no longer leads to its page (directly or through a
redirect made by mkdocs-redirects) or whose section is gone, and says how to add the redirect
or keep the section's old id. `add` appends new addresses and never removes a line.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from guide import built_site
from guide.project import REGISTRY

HEADER = (
    "# Every published address of the guide. Add new ones with\n"
    "#   python3 scripts/docs.py urls add\n"
    "# Never delete a line: a moved page needs a redirect instead (see docs/contributing/index.md).\n"
    "# 'exercise N /path/' lines give each exercise page a short id for programme links.\n"
)
# An exercise's stable id, as kept in the registry: "exercise 7 /stretches/hamstrings/".
EXERCISE_LINE = "exercise "
EXERCISE_PAGE_CLASS = "guide-exercise-page"
ID_BASE = 36
# Sections that are shared on their own: steps, dose, stop-if and the easier version of each
# exercise, the three trigger-point tools, the safety levels, the days and the week of the plan.
SHAREABLE = re.compile(
    r"^(steps|dose|stop-if|easier|thumb|theracane|ball|emergency|urgent|soon|"
    r"pain-during-exercise|flare-ups|flare-up-plan|day-\d|week)$"
)
# How alike a missing page's name and a new page's name must be (plus 1 when they share a
# folder) before the message suggests the new page as where it moved.
MOVED_PAGE_LIKENESS = 1.3


def published(site: Path) -> list[str]:
    """Every page of a built site and its shareable sections, as /path/ or /path/#id."""
    addresses = []
    for path, html in built_site.pages(site).items():
        addresses.append(path)
        addresses += [f"{path}#{i}" for i in sorted(built_site.ids(html)) if SHAREABLE.match(i)]
    return addresses


# --------------------------------------------------------------------------- the registry


def _lines(registry: Path) -> list[str]:
    if not registry.exists():
        return []
    return [
        line.strip()
        for line in registry.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def read(registry: Path = REGISTRY) -> list[str]:
    """Every registered address."""
    return [line for line in _lines(registry) if not line.startswith(EXERCISE_LINE)]


def removed_lines(before: str, after: str) -> list[str]:
    """Registry lines (addresses and exercise ids) in `before` that `after` no longer has:
    each one is a promise broken. The registry only ever grows."""

    def entries(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]

    kept = set(entries(after))
    return [line for line in entries(before) if line not in kept]


def exercise_ids(registry: Path = REGISTRY) -> dict[str, str]:
    """Each exercise's short, stable id -> the address it was first published at. A moved page
    keeps its id: its old address redirects to the new one."""
    ids = {}
    for line in _lines(registry):
        if line.startswith(EXERCISE_LINE):
            _, number, path = line.split(maxsplit=2)
            ids[number] = path
    return ids


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, ID_BASE)
        out = digits[rest] + out
        if number == 0:
            return out


def add(site: Path, registry: Path = REGISTRY) -> list[str]:
    """Append the addresses the site has and the registry lacks; never removes a line.

    Returns the new addresses.
    """
    known = set(read(registry))
    new = [a for a in published(site) if a not in known]
    ids = exercise_ids(registry)
    have_id = {path for path in ids.values()}
    # A page reached from a registered id through a redirect already has its id.
    have_id |= {built_site.resolve(site, path)[1] for path in ids.values()}
    next_id = max((int(n, ID_BASE) for n in ids), default=0) + 1
    for path, html in built_site.pages(site).items():
        if EXERCISE_PAGE_CLASS in html and path not in have_id:
            new.append(f"{EXERCISE_LINE}{_base36(next_id)} {path}")
            next_id += 1
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
        html, final = built_site.resolve(site, address)
        if html is None:
            old = _source(path, known, docs, exists=False)
            guess = _new_place(path, added)
            new = _source(guess, known, docs, exists=True) if guess else "new/place.md"
            where = f"It may now be {guess}. " if guess else ""
            problems.append(
                f"{address}: this published address no longer leads anywhere. {where}If the page "
                f"moved, add a redirect in mkdocs.yml under plugins: redirects: redirect_maps:\n"
                f'        "{old}": "{new}"\n'
                f"  and keep the ids of its shared sections on the new page (for example "
                f"'## Steps {{ #steps }}'). Never delete a published page without a redirect."
            )
        elif anchor and html and anchor not in built_site.ids(html):
            problems.append(
                f"{address}: the page is there ({final}) but the section #{anchor} is gone. Keep the "
                f"old link working by giving the heading its old id, for example '## New title {{ #{anchor} }}'."
            )
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
    return best if len(added) == 1 or score(best) >= MOVED_PAGE_LIKENESS else None
