"""Check the front matter of every page against the guide's page model.

Every page needs a description and review dates. Exercise pages
(``template: exercise.html``) also carry their facts: everyday title, muscles,
equipment, dose, picture with alt text, difficulty, plan days, search keywords
and "stop if" signs. Each problem names the file, the field and what to write.

Plain Python with no MkDocs import, so the same check runs from the MkDocs hook,
from the command line and before a build with any other engine:

    python -m scripts.front_matter            # check docs/, exit 1 on problems
    python -m scripts.front_matter --due      # list pages whose review is due
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXERCISE_TEMPLATE = "exercise.html"

# Folder of an exercise page -> the `kind` it must declare.
KIND_BY_FOLDER = {
    "stretches": "stretch",
    "foam-rolling": "foam-rolling",
    "trigger-points": "trigger-point",
    "core": "core",
    "legs": "legs",
}
DIFFICULTIES = ("easy", "moderate", "hard")
PER_VALUES = ("day", "week")
# Shortest hold the guide asks for, by kind (the story's stretches held 45 s or more).
MIN_HOLD = {"stretch": 45}
DOSE_FIELDS = {
    "hold_seconds": (1, 600),
    "reps": (1, 100),
    "sets": (1, 10),
    "rest_seconds": (0, 600),
    "times": (1, 14),
}
EXERCISE_FIELDS = (
    "title", "description", "kind", "muscles", "equipment", "dose", "image",
    "difficulty", "plan_days", "keywords", "stop_if", "last_reviewed", "next_review",
)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.S)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one page, worded so a contributor can fix it."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        if not self.field:
            return f"{self.path}: {self.message}"
        return f"{self.path}: front matter '{self.field}': {self.message}"


@dataclass(frozen=True)
class ReviewDue:
    path: str
    next_review: dt.date

    def __str__(self) -> str:
        return f"{self.path}: review was due on {self.next_review.isoformat()}"


# --------------------------------------------------------------------------- reading


# libyaml's parser when PyYAML has it (about 10 times faster), the same safe constructor.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter, body). Raises ValueError with a readable reason."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.load(match.group(1) or "", Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark else ""
        raise ValueError(f"the YAML between the --- lines cannot be read{where}: {error}") from None
    if not isinstance(data, dict):
        raise ValueError("the front matter must be 'name: value' lines")
    return data, text[match.end():]


# --------------------------------------------------------------------------- checking


def check_page(path: str, meta: dict[str, Any], *, today: dt.date,
               pictures_dir: Path | None = None) -> list[Problem]:
    """All problems with one page's front matter. `path` is relative to docs/."""
    problems: list[Problem] = []

    def fail(field: str, message: str) -> None:
        problems.append(Problem(f"docs/{path}", field, message))

    description = meta.get("description")
    if not isinstance(description, str) or not 40 <= len(description.strip()) <= 170:
        fail("description", "write one plain sentence of 40 to 170 characters saying what the "
             "page helps with; search engines and link previews show it")

    last, nxt = _date(meta, "last_reviewed", fail), _date(meta, "next_review", fail)
    if last and last > today:
        fail("last_reviewed", f"{last.isoformat()} is in the future; write the date the page "
             f"was last checked, today at the latest ({today.isoformat()})")
    if last and nxt and nxt <= last:
        fail("next_review", f"{nxt.isoformat()} is not after last_reviewed "
             f"({last.isoformat()}); write a later date, usually 1 year after it")

    folder = path.split("/")[0] if "/" in path else ""
    is_exercise = meta.get("template") == EXERCISE_TEMPLATE
    if folder in KIND_BY_FOLDER and not path.endswith("index.md") and not is_exercise:
        fail("template", f"pages in docs/{folder}/ are exercises: add "
             f"'template: {EXERCISE_TEMPLATE}' and the exercise fields (see CONTRIBUTING.md)")
    if is_exercise:
        _check_exercise(path, folder, meta, fail, pictures_dir)
    return problems


def _check_exercise(path, folder, meta, fail, pictures_dir) -> None:
    for field in EXERCISE_FIELDS:
        if field not in meta:
            fail(field, f"is missing; every exercise page needs it ({_hint(field)})")

    title = meta.get("title")
    if "title" in meta and (not isinstance(title, str) or not re.search(r"\(.+\)$", title.strip())):
        fail("title", "write the everyday name first and the medical name in brackets, "
             "for example 'Front thigh stretch (quadriceps)'")

    kind = meta.get("kind")
    expected = KIND_BY_FOLDER.get(folder)
    if "kind" in meta and kind not in KIND_BY_FOLDER.values():
        fail("kind", f"'{kind}' is not a kind; write one of: {', '.join(KIND_BY_FOLDER.values())}")
    elif expected and kind != expected:
        fail("kind", f"pages in docs/{folder}/ have 'kind: {expected}', not '{kind}'")

    for field in ("muscles", "equipment", "keywords", "stop_if"):
        if field in meta:
            _string_list(meta[field], field, fail, minimum=3 if field == "keywords" else 1)

    if "difficulty" in meta and meta["difficulty"] not in DIFFICULTIES:
        fail("difficulty", f"'{meta['difficulty']}' is not a level; write one of: {', '.join(DIFFICULTIES)}")

    days = meta.get("plan_days")
    if "plan_days" in meta and (not isinstance(days, list) or not days
                                or not all(isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 7 for d in days)):
        fail("plan_days", "write the days of the one-week plan that use this exercise as a "
             "list of numbers from 1 to 7, for example '[1, 3, 5]'")

    if "dose" in meta:
        _check_dose(meta["dose"], kind, fail)
    if "image" in meta:
        _check_image(meta["image"], fail, pictures_dir)


def _check_dose(dose, kind, fail) -> None:
    if not isinstance(dose, dict):
        fail("dose", "write the dose as indented fields, for example 'hold_seconds: 45', "
             "'reps: 2', 'per_side: true', 'times: 1', 'per: day'")
        return
    for name in dose:
        if name not in (*DOSE_FIELDS, "per_side", "per"):
            fail(f"dose.{name}", f"is not a dose field; use {', '.join((*DOSE_FIELDS, 'per_side', 'per'))}")
    for name, (low, high) in DOSE_FIELDS.items():
        value = dose.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            fail(f"dose.{name}", f"'{value}' is not right; write a whole number from {low} to {high}, "
                 f"for example '{name}: {max(low, 2) if name != 'hold_seconds' else 45}'")
    if dose.get("hold_seconds") is None and dose.get("reps") is None:
        fail("dose", "give 'hold_seconds' (for a hold) or 'reps' (for repeats), or both")
    hold = dose.get("hold_seconds")
    if isinstance(hold, int) and kind in MIN_HOLD and hold < MIN_HOLD[kind]:
        fail("dose.hold_seconds", f"{hold} is too short for a stretch; hold for "
             f"{MIN_HOLD[kind]} seconds or longer")
    if "per_side" in dose and not isinstance(dose["per_side"], bool):
        fail("dose.per_side", "write 'true' if the dose is for each side, else 'false'")
    if dose.get("times") is None or dose.get("per") not in PER_VALUES:
        fail("dose", "say how often: 'times' (a number) and 'per' ('day' or 'week'), "
             "for example 'times: 2' and 'per: day'")


def _check_image(image, fail, pictures_dir) -> None:
    if not isinstance(image, dict):
        fail("image", "write 'file:' (the original in pictures/) and 'alt:' (what the picture shows)")
        return
    file, alt = image.get("file"), image.get("alt")
    if not isinstance(file, str) or not file.strip():
        fail("image.file", "write the file name of the original picture in pictures/, "
             "for example 'stretches/quadriceps.png'")
    elif pictures_dir is not None and not (pictures_dir / file).is_file():
        fail("image.file", f"pictures/{file} does not exist; add the original picture there "
             "or correct the name")
    if not isinstance(alt, str) or len(alt.strip()) < 30:
        fail("image.alt", "describe the position for someone who cannot see the picture, "
             "in a sentence of at least 30 characters")
    elif re.match(r"(?i)\s*(an? )?(image|picture|photo) of", alt) or re.search(r"\.(png|jpe?g|webp)\b", alt):
        fail("image.alt", "describe what the person is doing; do not start with 'picture of' "
             "or name the file")


def _date(meta, field, fail) -> dt.date | None:
    value = meta.get(field)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            value = None
    if not isinstance(value, dt.date):
        fail(field, f"write a date as YYYY-MM-DD, for example '{field}: 2026-11-24'"
             if field in meta else f"is missing; write a date as YYYY-MM-DD ({_hint(field)})")
        return None
    return value


def _string_list(value, field, fail, minimum) -> None:
    if (not isinstance(value, list) or len(value) < minimum
            or not all(isinstance(v, str) and v.strip() for v in value)):
        fail(field, f"write a list of at least {minimum} short phrase{'s' if minimum > 1 else ''}, "
             f"one per line starting with '- '")


HINTS = {
    "title": "the everyday name first, the medical name in brackets",
    "description": "one sentence of 40 to 170 characters",
    "kind": "stretch, foam-rolling, trigger-point, core or legs",
    "muscles": "a list, for example '- front thigh (quadriceps)'",
    "equipment": "a list, for example '- a wall or chair to hold'",
    "dose": "for example 'hold_seconds: 45', 'times: 2', 'per: day'",
    "image": "'file:' in pictures/ and 'alt:' text",
    "difficulty": "easy, moderate or hard",
    "plan_days": "a list of days 1 to 7",
    "keywords": "at least 3 everyday search phrases",
    "stop_if": "a list of signs that mean stop",
    "last_reviewed": "the date the page was last checked",
    "next_review": "the date it is due to be checked again",
}


def _hint(field: str) -> str:
    return HINTS.get(field, "see CONTRIBUTING.md")


FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
SCRIPT = re.compile(r"<\s*script\b", re.I)


def check_body(path: str, body: str) -> list[Problem]:
    """Rules for the Markdown itself: pages may not run their own scripts."""
    text = FENCE.sub("", body)
    if SCRIPT.search(text):
        line = body[:SCRIPT.search(body).start()].count("\n") + 1
        return [Problem(f"docs/{path}", "", f"line {line} of the text has a <script> tag; remove it: pages "
                        "may not run their own scripts (site features live in docs/assets/javascripts/)")]
    return []


# --------------------------------------------------------------------------- whole site


def exercise_pages(docs_dir: Path) -> list[Path]:
    """Every page drawn by the exercise template, sorted by path."""
    return sorted(p for p in docs_dir.rglob("*.md")
                  if split_front_matter(p.read_text(encoding="utf-8"))[0].get("template") == "exercise.html")


def check_texts(pages, *, today: dt.date, pictures_dir: Path | None = None
                ) -> tuple[list[Problem], list[ReviewDue]]:
    """Check (path under docs/, Markdown text) pairs: (problems, pages due for review).
    The MkDocs hook and the command line both come through here."""
    problems: list[Problem] = []
    due: list[ReviewDue] = []
    for rel, text in pages:
        try:
            meta, body = split_front_matter(text)
        except ValueError as error:
            problems.append(Problem(f"docs/{rel}", "---", str(error)))
            continue
        problems.extend(check_page(rel, meta, today=today, pictures_dir=pictures_dir))
        problems.extend(check_body(rel, body))
        nxt = meta.get("next_review")
        if isinstance(nxt, dt.date) and nxt < today:
            due.append(ReviewDue(f"docs/{rel}", nxt))
    return problems, due


def check_docs(docs_dir: Path, *, today: dt.date | None = None,
               pictures_dir: Path | None = None) -> tuple[list[Problem], list[ReviewDue]]:
    """Check every Markdown page under docs_dir: (problems, pages due for review)."""
    unreadable: list[Problem] = []

    def pages():
        for file in sorted(docs_dir.rglob("*.md")):
            rel = file.relative_to(docs_dir).as_posix()
            try:
                yield rel, file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                unreadable.append(Problem(f"docs/{rel}", "---",
                                          "the file is not UTF-8 text; save it as UTF-8"))

    problems, due = check_texts(pages(), today=today or dt.date.today(), pictures_dir=pictures_dir)
    return unreadable + problems, due


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", nargs="?", type=Path, default=ROOT / "docs")
    parser.add_argument("--pictures", type=Path, default=ROOT / "pictures",
                        help="folder of original pictures (default: pictures/)")
    parser.add_argument("--due", action="store_true",
                        help="only list pages whose next_review date has passed (never fails)")
    args = parser.parse_args(argv)
    problems, due = check_docs(args.docs, pictures_dir=args.pictures)
    if args.due:
        for item in due:
            print(item)
        print(f"{len(due)} page(s) due for review")
        return 0
    for problem in problems:
        print(problem, file=sys.stderr)
    for item in due:
        print(f"warning: {item}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
