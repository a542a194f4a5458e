"""The exercise catalogue: one small JSON file the programme page reads, written into every build.

A therapist's programme link names exercises by their stable ids (the `exercise N /path/`
lines of urls.txt), never by address, so a link keeps working when a page moves. This module
turns each id into the page it leads to today (following mkdocs-redirects' `redirect_maps`)
and writes, for each exercise, what the builder and the client's view show: title, address,
area, plan days, default dose, picture, steps and stop-if signs. Ids whose page was taken out
are listed as `removed`, so an old link can say so.

Both engines call `write`: the MkDocs hook (hooks/exercise_catalogue.py) after a build, and
guide.zensical_build after a Zensical build. It reads only the Markdown sources, the registry,
mkdocs.yml and the pictures' manifest, so the file is the same whichever engine built the site.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from guide import front_matter, pictures, site_config, url_registry
from guide.page_model import DOSE_RANGES, EXERCISE_TEMPLATE, PER_VALUES
from guide.plan import KIND_ORDER, PLAN_PAGE

# Where the file goes in the built site, and the version of its layout.
OUTPUT = "assets/programme/exercises.json"
VERSION = 1
# The areas a therapist filters by, in the order of a session (as in the one-week plan).
AREA_NAMES = {
    "foam-rolling": "Foam rolling",
    "trigger-point": "Trigger points",
    "core": "Core",
    "legs": "Legs",
    "stretch": "Stretches",
}
# Files of npm packages the programme page loads, copied under docs/ by scripts/docs.py.
VENDOR_FILES = ("assets/vendor/lean-qr/lean-qr.module.js", "assets/vendor/lean-qr/LICENSE.txt")
# Seconds for one repeat of an exercise counted in reps with no hold, when the plan page does
# not say (its `plan.seconds_per_rep`).
SECONDS_PER_REP = 3
REDIRECT_HOPS = 5
# Picture widths the programme shows: a phone's column and a printed third of a page.
PICTURE_WIDTHS = (480, 800)
STEPS_HEADING = re.compile(r"^##\s+Steps\b.*$", re.M)
NUMBERED_ITEM = re.compile(r"^\d+\.\s+(.*)$")
# Markdown that plain text leaves out: links keep their words, emphasis and code lose their marks.
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_MARKS = re.compile(r"(\*\*|__|\*|`)")
ATTRIBUTE_LIST = re.compile(r"\s*\{[^}]*\}")
HTML_TAG = re.compile(r"<[^>]*>")


# --------------------------------------------------------------------------- reading


def source_of(address: str, docs: Path, redirects: dict[str, str]) -> str | None:
    """The Markdown file (relative to docs/) that a published address leads to today,
    following redirects; None when it leads nowhere (the page was taken out)."""
    rel = address.split("#")[0].strip("/")
    names = [f"{rel}.md", f"{rel}/index.md"] if rel else ["index.md"]
    for _ in range(REDIRECT_HOPS):
        for name in names:
            if (docs / name).is_file():
                return name
        target = next((redirects[n] for n in names if n in redirects), None)
        if target is None or re.match(r"^[a-z]+://", target, re.I):
            return None
        names = [target.split("#")[0].lstrip("/")]
    return None


def page_url(source: str) -> str:
    """The site path of a Markdown file, as MkDocs makes it with directory URLs."""
    stem = source[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def plain(markdown: str) -> str:
    """One line of Markdown as plain text."""
    text = MARKDOWN_LINK.sub(r"\1", markdown)
    text = ATTRIBUTE_LIST.sub("", text)
    text = HTML_TAG.sub("", text)
    text = MARKDOWN_MARKS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def steps(body: str) -> list[str]:
    """The numbered steps under a page's '## Steps' heading, as plain text."""
    heading = STEPS_HEADING.search(body)
    if not heading:
        return []
    items: list[str] = []
    for line in body[heading.end() :].splitlines():
        if line.startswith("#"):
            break
        item = NUMBERED_ITEM.match(line)
        if item:
            items.append(item.group(1))
        elif items and line.startswith((" ", "\t")) and line.strip():
            items[-1] += " " + line.strip()  # a step that goes on over several lines
        elif items and line.strip():
            break  # the text after the list
    return [plain(i) for i in items]


def picture(image: Any, manifest: dict[str, Any]) -> dict[str, Any] | None:
    """A small picture for the programme: WebP at two widths and a JPEG or PNG fallback."""
    if not isinstance(image, dict) or image.get("file") not in manifest:
        return None
    variants = manifest[image["file"]].get("variants", {})
    fallback = "png" if "png" in variants else "jpeg"
    chosen = [v for v in variants.get("webp", []) if v[0] in PICTURE_WIDTHS]
    backup = [v for v in variants.get(fallback, []) if v[0] in PICTURE_WIDTHS]
    if not chosen or not backup:
        return None
    width, height, rel = backup[-1]
    return {
        "srcset": ", ".join(f"{pictures.URL_PREFIX}/{quote(r)} {w}w" for w, _, r in chosen),
        "src": f"{pictures.URL_PREFIX}/{quote(rel)}",
        "width": width,
        "height": height,
        "alt": str(image.get("alt", "")),
    }


def dose(meta_dose: Any) -> dict[str, Any]:
    """The page's dose in the programme's words: hold, reps, sets, rest, sides, times, per."""
    d = meta_dose if isinstance(meta_dose, dict) else {}
    return {
        "hold": d.get("hold_seconds"),
        "reps": d.get("reps"),
        "sets": d.get("sets") or 1,
        "rest": d.get("rest_seconds") or 0,
        "sides": 2 if d.get("per_side") else 1,
        "times": d.get("times") or 1,
        "per": d.get("per") if d.get("per") in PER_VALUES else PER_VALUES[0],
    }


def _seconds_per_rep(docs: Path) -> int:
    try:
        meta = front_matter.split((docs / PLAN_PAGE).read_text(encoding="utf-8"))[0]
    except (OSError, front_matter.FrontMatterError):
        return SECONDS_PER_REP
    value = (meta.get("plan") or {}).get("seconds_per_rep")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else SECONDS_PER_REP


# --------------------------------------------------------------------------- the catalogue


def catalogue(
    docs: Path, registry: Path, redirects: dict[str, str], manifest: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """(the catalogue, exercise pages that have no id yet)."""
    exercises = []
    removed = []
    seen = set()
    for ex_id, address in url_registry.exercise_ids(registry).items():
        source = source_of(address, docs, redirects)
        try:
            meta, body, _ = front_matter.split((docs / source).read_text(encoding="utf-8")) if source else ({}, "", 1)
        except (OSError, front_matter.FrontMatterError):
            meta, body = {}, ""
        if meta.get("template") != EXERCISE_TEMPLATE:
            removed.append(ex_id)
            continue
        seen.add(source)
        exercises.append(
            {
                "id": ex_id,
                "title": str(meta.get("title", "")),
                "url": page_url(source),
                "area": str(meta.get("kind", "")),
                "days": [d for d in meta.get("plan_days") or [] if isinstance(d, int)],
                "dose": dose(meta.get("dose")),
                "picture": picture(meta.get("image"), manifest),
                "steps": steps(body),
                "stop_if": [str(s) for s in meta.get("stop_if") or []],
            }
        )
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    exercises.sort(key=lambda e: (order.get(e["area"], len(order)), e["title"].lower()))
    without_id = []
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if rel in seen:
            continue
        try:
            if front_matter.split(path.read_text(encoding="utf-8"))[0].get("template") == EXERCISE_TEMPLATE:
                without_id.append(rel)
        except (OSError, front_matter.FrontMatterError):
            continue
    data = {
        "version": VERSION,
        "areas": {k: v for k, v in AREA_NAMES.items() if any(e["area"] == k for e in exercises)},
        "ranges": {**DOSE_RANGES, "sides": (1, 2)},
        "per": list(PER_VALUES),
        "seconds_per_rep": _seconds_per_rep(docs),
        "help": "safety/",
        "exercises": exercises,
        "removed": removed,
    }
    return data, without_id


def missing_vendor_files(docs: Path) -> list[str]:
    """The npm files the programme page needs that are not in docs/ (as docs/... paths)."""
    return [f"docs/{rel}" for rel in VENDOR_FILES if not (docs / rel).is_file()]


def write(site: Path, root: Path, redirects: dict[str, str] | None = None) -> tuple[Path, list[str]]:
    """Write the catalogue into the built site at `site`, for the project at `root`. Returns the
    file and the exercise pages that have no id yet (`python3 scripts/docs.py urls add` gives
    them one). `redirects` defaults to the ones in root/mkdocs.yml."""
    if redirects is None:
        redirects = site_config.redirect_maps(root / "mkdocs.yml")
    manifest_file = pictures.output_dir(root) / pictures.MANIFEST
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    data, without_id = catalogue(root / "docs", root / "urls.txt", redirects, manifest)
    target = site / OUTPUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target, without_id
