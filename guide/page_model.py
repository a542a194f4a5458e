"""The page model: every front matter field, declared once, and the check of one page against it.

Each field is one row of FIELDS: its name, the pages that need it, what type of value it
takes, the rule, a hint and an example. The check's messages, the unknown-field suggestions
and the field table of the contributor guide (`contributing_table`) all come from these rows.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide.problems import Problem, shorten

EXERCISE_TEMPLATE = "exercise.html"
# Pages with no health advice, which need no clinician's sign-off.
NOT_CLINICAL = ("contributing/index.md", "programme/index.md")
# Templates a page may ask for: the exercise page, and the programme builder's page.
TEMPLATES = (EXERCISE_TEMPLATE, "programme.html")
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
DESCRIPTION_CHARS = (40, 170)
MIN_ALT_CHARS = 30
MIN_KEYWORDS = 3
PLAN_DAYS = range(1, 8)
# Shortest hold the guide asks for, by kind (the story's stretches held 45 s or more).
MIN_HOLD_SECONDS = {"stretch": 45}
# Whole-number dose fields and their sensible range.
DOSE_RANGES = {
    "hold_seconds": (1, 600),
    "reps": (1, 100),
    "sets": (1, 10),
    "rest_seconds": (0, 600),
    "times": (1, 14),
}
SEARCH_BOOST_RANGE = (0.1, 10)
# Characters front matter text may not contain: it reaches HTML (the navigation, the search
# results, <meta> attributes) through the theme's templates, some of which do not escape it.
UNSAFE_CHARACTERS = {"<": "a '<'", ">": "a '>'", '"': 'a straight double quote (")'}
UNSAFE_INSTEAD = {
    "<": "write plain text: front matter is shown as typed, never as HTML (write 'less than' for '<')",
    ">": "write plain text: front matter is shown as typed, never as HTML (write 'more than' for '>')",
    '"': "use single quotes ('like this') or curly quotes (\u201clike this\u201d) inside the text",
}
MATERIAL_HIDE = ("navigation", "toc", "footer", "path", "tags", "feedback")


@dataclass(frozen=True)
class Field:
    """One front matter field. `rule(value)` returns what is wrong, or None."""

    name: str
    pages: str  # "every", "exercise" or "optional"
    kind: str  # the type of value, in words
    hint: str  # what to write, short
    example: str  # a YAML example
    rule: Callable[[Any], str | None]
    subfields: tuple[Field, ...] = ()


# --------------------------------------------------------------------------- rules


def _text(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "write some text"
    return markup_problem(value)


def markup_problem(value: str) -> str | None:
    """Front matter is shown as plain text. The characters that could start HTML or end an
    HTML attribute are refused, so a value is safe in any template, ours or the theme's."""
    for char, name in UNSAFE_CHARACTERS.items():
        if char in value:
            return f"has {name} in it; {UNSAFE_INSTEAD[char]}"
    return None


def _description(value) -> str | None:
    low, high = DESCRIPTION_CHARS
    if not isinstance(value, str) or not low <= len(value.strip()) <= high:
        return (
            f"write one plain sentence of {low} to {high} characters saying what the page helps "
            "with; search engines and link previews show it"
        )
    return markup_problem(value)


def _title(value) -> str | None:
    if not isinstance(value, str) or not re.search(r"\(.+\)$", value.strip()):
        return (
            "write the everyday name first and the medical name in brackets, for example "
            "'Front thigh stretch (quadriceps)'"
        )
    return markup_problem(value)


def _phrases(minimum: int) -> Callable[[Any], str | None]:
    def rule(value) -> str | None:
        if (
            not isinstance(value, list)
            or len(value) < minimum
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            return (
                f"write a list of at least {minimum} short phrase{'s' if minimum > 1 else ''}, "
                "one per line starting with '- '"
            )
        return next(filter(None, (markup_problem(v) for v in value)), None)

    return rule


def _choice(options: tuple[str, ...], noun: str) -> Callable[[Any], str | None]:
    def rule(value) -> str | None:
        if value not in options:
            return f"'{shorten(value)}' is not {noun}; write one of: {', '.join(options)}"
        return None

    return rule


def _kind(value) -> str | None:
    return _choice(tuple(KIND_BY_FOLDER.values()), "a kind")(value)


def _plan_days(value) -> str | None:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(d, int) and not isinstance(d, bool) and d in PLAN_DAYS for d in value)
    ):
        return (
            f"write the days of the one-week plan that use this exercise as a list of numbers from "
            f"{PLAN_DAYS[0]} to {PLAN_DAYS[-1]}, for example '[1, 3, 5]'"
        )
    return None


def as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _date(value) -> str | None:
    return None if as_date(value) else "write a date as YYYY-MM-DD, for example '2026-11-24'"


def _mapping(how: str) -> Callable[[Any], str | None]:
    def rule(value) -> str | None:
        return None if isinstance(value, dict) else how

    return rule


def _whole(name: str) -> Callable[[Any], str | None]:
    low, high = DOSE_RANGES[name]

    def rule(value) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"'{shorten(value)}' is not right; write a whole number from {low} to {high}"
        return None

    return rule


def _boolean(value) -> str | None:
    return None if isinstance(value, bool) else "write 'true' or 'false'"


def _search(value) -> str | None:
    low, high = SEARCH_BOOST_RANGE
    if (
        isinstance(value, dict)
        and set(value) <= {"boost", "exclude"}
        and (
            not isinstance(value.get("boost"), bool)
            and isinstance(value.get("boost", 1), (int, float))
            and low <= value.get("boost", 1) <= high
        )
        and isinstance(value.get("exclude", False), bool)
    ):
        return None
    return f"write 'boost:' with a number from {low} to {high} (or 'exclude: true') under 'search:'"


def _hide(value) -> str | None:
    if isinstance(value, list) and all(v in MATERIAL_HIDE for v in value):
        return None
    return f"write a list of parts to hide, from: {', '.join(MATERIAL_HIDE)}"


def _template(value) -> str | None:
    return None if value in TEMPLATES else f"write one of: {', '.join(TEMPLATES)}"


def _alt(value) -> str | None:
    if not isinstance(value, str) or len(value.strip()) < MIN_ALT_CHARS:
        return (
            f"describe the position for someone who cannot see the picture, in a sentence of "
            f"at least {MIN_ALT_CHARS} characters"
        )
    if re.match(r"(?i)\s*(an? )?(image|picture|photo) of", value) or re.search(r"\.(png|jpe?g|webp)\b", value):
        return "describe what the person is doing; do not start with 'picture of' or name the file"
    return markup_problem(value)


def _picture_file(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "write the file name of the original picture in pictures/, for example 'stretches/quadriceps.png'"
    if value.startswith("/") or ".." in Path(value).parts:
        return "write a name inside pictures/, for example 'stretches/quadriceps.png', with no '..' or leading '/'"
    return None


# --------------------------------------------------------------------------- the table

DOSE_FIELDS = (
    Field(
        "hold_seconds",
        "optional",
        "whole number",
        "seconds to hold, press or roll",
        "hold_seconds: 45",
        _whole("hold_seconds"),
    ),
    Field("reps", "optional", "whole number", "repeats in a set", "reps: 10", _whole("reps")),
    Field("sets", "optional", "whole number", "sets", "sets: 2", _whole("sets")),
    Field(
        "rest_seconds",
        "optional",
        "whole number",
        "rest between sets, in seconds",
        "rest_seconds: 60",
        _whole("rest_seconds"),
    ),
    Field("per_side", "optional", "true or false", "true if the dose is for each side", "per_side: true", _boolean),
    Field("times", "exercise", "whole number", "how many times", "times: 1", _whole("times")),
    Field(
        "per",
        "exercise",
        "day or week",
        "how many times a day or a week",
        "per: day",
        _choice(PER_VALUES, "'day' or 'week'"),
    ),
)
IMAGE_FIELDS = (
    Field(
        "file", "exercise", "file name", "the original in pictures/", "file: stretches/quadriceps.png", _picture_file
    ),
    Field(
        "alt",
        "exercise",
        "text",
        "what the picture shows, start and end, for someone who cannot see it",
        "alt: A person stands at a wall and bends one knee, holding the ankle behind them.",
        _alt,
    ),
)
REVIEW_FIELDS = (
    Field("name", "exercise", "text", "the clinician's full name", "name: Jane Smith", _text),
    Field(
        "qualification",
        "exercise",
        "text",
        "their qualification and registration",
        "qualification: Physiotherapist, HCPC PH123456",
        _text,
    ),
    Field("date", "exercise", "date", "the day they signed the page off", "date: 2026-12-01", _date),
)

FIELDS = (
    Field(
        "title",
        "exercise",
        "text",
        "the everyday name first, the medical name in brackets",
        "title: Front thigh stretch (quadriceps)",
        _title,
    ),
    Field(
        "description",
        "every",
        "text",
        f"one sentence of {DESCRIPTION_CHARS[0]} to {DESCRIPTION_CHARS[1]} characters",
        "description: How to stretch the front of your thigh against a wall.",
        _description,
    ),
    Field(
        "template",
        "optional",
        "text",
        f"'{EXERCISE_TEMPLATE}' makes the page an exercise page",
        f"template: {EXERCISE_TEMPLATE}",
        _template,
    ),
    Field("kind", "exercise", "choice", ", ".join(KIND_BY_FOLDER.values()), "kind: stretch", _kind),
    Field(
        "muscles",
        "exercise",
        "list of text",
        "a list, for example '- front thigh (quadriceps)'",
        "muscles:\n  - front thigh (quadriceps)",
        _phrases(1),
    ),
    Field(
        "equipment",
        "exercise",
        "list of text",
        "a list, for example '- a wall or chair to hold'",
        "equipment:\n  - a wall or chair to hold",
        _phrases(1),
    ),
    Field(
        "dose",
        "exercise",
        "fields",
        "for example 'hold_seconds: 45', 'times: 1', 'per: day'",
        "dose:\n  hold_seconds: 45\n  per_side: true\n  times: 1\n  per: day",
        _mapping(
            "write the dose as indented fields, for example 'hold_seconds: 45', "
            "'reps: 2', 'per_side: true', 'times: 1', 'per: day'"
        ),
        DOSE_FIELDS,
    ),
    Field(
        "image",
        "exercise",
        "fields",
        "'file:' in pictures/ and 'alt:' text",
        "image:\n  file: stretches/quadriceps.png\n  alt: A person stands at a wall ...",
        _mapping("write 'file:' (the original in pictures/) and 'alt:' (what the picture shows)"),
        IMAGE_FIELDS,
    ),
    Field(
        "difficulty",
        "exercise",
        "choice",
        ", ".join(DIFFICULTIES),
        "difficulty: easy",
        _choice(DIFFICULTIES, "a level"),
    ),
    Field(
        "plan_days",
        "exercise",
        "list of numbers",
        f"a list of days {PLAN_DAYS[0]} to {PLAN_DAYS[-1]}",
        "plan_days: [1, 3, 5]",
        _plan_days,
    ),
    Field(
        "keywords",
        "exercise",
        "list of text",
        f"at least {MIN_KEYWORDS} everyday search phrases",
        "keywords:\n  - thigh stretch\n  - quad stretch\n  - front of leg",
        _phrases(MIN_KEYWORDS),
    ),
    Field(
        "stop_if",
        "exercise",
        "list of text",
        "a list of signs that mean stop",
        "stop_if:\n  - sharp pain in your knee",
        _phrases(1),
    ),
    Field("last_reviewed", "every", "date", "the date the page was last checked", "last_reviewed: 2026-11-24", _date),
    Field("next_review", "every", "date", "the date it is due to be checked again", "next_review: 2027-11-24", _date),
    Field(
        "clinical_review",
        "optional",
        "fields",
        "a clinician's sign-off: 'name:', 'qualification:' and 'date:' (see 'How a clinician signs a page off')",
        "clinical_review:\n  name: Jane Smith\n  qualification: Physiotherapist, HCPC PH123456\n  date: 2026-12-01",
        _mapping("write 'name:', 'qualification:' and 'date:' indented under 'clinical_review:'"),
        REVIEW_FIELDS,
    ),
    Field(
        "search",
        "optional",
        "fields",
        f"'boost:' a number from {SEARCH_BOOST_RANGE[0]} to {SEARCH_BOOST_RANGE[1]}",
        "search:\n  boost: 2",
        _search,
    ),
    Field("hide", "optional", "list of text", "parts of the page Material hides", "hide:\n  - toc", _hide),
)
BY_NAME = {f.name: f for f in FIELDS}
EXERCISE_FIELDS = tuple(f.name for f in FIELDS if f.pages in ("exercise", "every"))
# Fields a single special page may carry: the plan page's days (checked in guide.plan).
PAGE_SPECIFIC = {"plan": "plan/index.md"}


def hint(name: str) -> str:
    field = BY_NAME.get(name)
    return field.hint if field else "see docs/contributing/index.md"


# --------------------------------------------------------------------------- checking one page


def check_page(
    path: str,
    meta: dict[str, Any],
    *,
    today: dt.date,
    pictures_dir: Path | None = None,
    lines: dict[str, int] | None = None,
) -> list[Problem]:
    """All problems with one page's front matter. `path` is relative to docs/; `lines` maps a
    top-level field to its line in the file, for the messages."""
    problems: list[Problem] = []
    lines = lines or {}

    def fail(field: str, message: str) -> None:
        problems.append(Problem(f"docs/{path}", field, message, lines.get(field.split(".")[0])))

    folder = path.split("/")[0] if "/" in path else ""
    is_exercise = meta.get("template") == EXERCISE_TEMPLATE
    if folder in KIND_BY_FOLDER and not path.endswith("index.md") and not is_exercise:
        fail(
            "template",
            f"pages in docs/{folder}/ are exercises: add 'template: {EXERCISE_TEMPLATE}' "
            "and the exercise fields (see docs/contributing/index.md)",
        )

    misspelled: set[str] = set()  # known fields that an unknown one is probably meant to be
    for name, value in meta.items():
        field = BY_NAME.get(name)
        if field is None:
            if PAGE_SPECIFIC.get(name) == path:
                continue
            fail(shorten(name), _unknown(name, BY_NAME))
            misspelled.update(_closest(name, BY_NAME))
            continue
        if name == "title" and not is_exercise:
            field = Field("title", "optional", "text", "the page's title", "title: The one-week plan", _text)
        _check_value(field, name, value, fail)

    for field in FIELDS:
        needed = field.pages == "every" or (field.pages == "exercise" and is_exercise)
        if needed and field.name not in meta and field.name not in misspelled:
            who = "every exercise page" if field.pages == "exercise" else "every page"
            fail(field.name, f"is missing; {who} needs it ({field.hint})")

    _check_review_dates(meta, today, fail)
    if is_exercise:
        _check_exercise(folder, meta, fail, pictures_dir)
    return problems


def _check_value(field: Field, name: str, value, fail) -> None:
    wrong = field.rule(value)
    if wrong:
        fail(name, wrong)
        return
    if not field.subfields:
        return
    known = {f.name: f for f in field.subfields}
    for key, inner in value.items():
        if key not in known:
            fail(f"{name}.{key}", _unknown(key, known))
        else:
            wrong = known[key].rule(inner)
            if wrong:
                fail(f"{name}.{key}", wrong)
    for sub in field.subfields:
        if sub.pages == "exercise" and sub.name not in value and name != "dose":
            fail(f"{name}.{sub.name}", f"is missing: {sub.rule(None)}")


def _closest(name: str, known) -> list[str]:
    return difflib.get_close_matches(shorten(name), list(known), n=1, cutoff=0.6)


def _unknown(name: str, known) -> str:
    close = _closest(name, known)
    guess = f" Did you mean '{close[0]}'?" if close else ""
    return (
        f"is not a field the guide knows.{guess} The fields are listed in docs/contributing/index.md "
        "('The exercise page model')"
    )


def _check_review_dates(meta, today, fail) -> None:
    last, nxt = as_date(meta.get("last_reviewed")), as_date(meta.get("next_review"))
    if last and last > today:
        fail(
            "last_reviewed",
            f"{last.isoformat()} is in the future; write the date the page was last "
            f"checked, today at the latest ({today.isoformat()})",
        )
    if last and nxt and nxt <= last:
        fail(
            "next_review",
            f"{nxt.isoformat()} is not after last_reviewed ({last.isoformat()}); write a "
            "later date, usually 1 year after it",
        )


def _check_exercise(folder, meta, fail, pictures_dir) -> None:
    kind = meta.get("kind")
    expected = KIND_BY_FOLDER.get(folder)
    if expected and "kind" in meta and kind in KIND_BY_FOLDER.values() and kind != expected:
        fail("kind", f"pages in docs/{folder}/ have 'kind: {expected}', not '{kind}'")
    dose = meta.get("dose")
    if isinstance(dose, dict):
        _check_dose(dose, kind, fail)
    image = meta.get("image")
    named = isinstance(image, dict) and not _picture_file(image.get("file"))
    if named and pictures_dir is not None and not (pictures_dir / image["file"]).is_file():
        fail(
            "image.file",
            f"pictures/{image['file']} does not exist; add the original picture there or correct the name",
        )


def _check_dose(dose, kind, fail) -> None:
    if dose.get("hold_seconds") is None and dose.get("reps") is None:
        fail("dose", "give 'hold_seconds' (for a hold) or 'reps' (for repeats), or both")
    hold = dose.get("hold_seconds")
    if isinstance(hold, int) and kind in MIN_HOLD_SECONDS and hold < MIN_HOLD_SECONDS[kind]:
        fail(
            "dose.hold_seconds",
            f"{hold} is too short for a stretch; hold for {MIN_HOLD_SECONDS[kind]} seconds or longer",
        )
    if dose.get("times") is None or dose.get("per") not in PER_VALUES:
        fail(
            "dose",
            "say how often: 'times' (a number) and 'per' ('day' or 'week'), for example 'times: 1' and 'per: day'",
        )


# --------------------------------------------------------------------------- the contributor guide


def contributing_table() -> str:
    """The field table of docs/contributing/index.md, made from FIELDS (a test keeps the two the same)."""
    who = {"every": "every page", "exercise": "exercise pages", "optional": "optional"}
    rows = ["| Field | Needed on | Value | What to write |", "| --- | --- | --- | --- |"]
    for field in FIELDS:
        rows.append(f"| `{field.name}` | {who[field.pages]} | {field.kind} | {field.hint} |")
        for sub in field.subfields:
            needed = "always, inside it" if sub.pages == "exercise" else "when it applies"
            rows.append(f"| `{field.name}.{sub.name}` | {needed} | {sub.kind} | {sub.hint} |")
    return "\n".join(rows)
