"""The one-week plan, made from the exercise pages' own front matter.

The plan page's front matter names the days (name, time budget, light or not, extras such as a
walk) and the allowances; each exercise page says on which days it is done (`plan_days`) and
its dose. This module works out each day's list and its time, and writes the Markdown that
replaces the `<!-- guide:plan -->` line of the plan page. Nothing about a day is typed twice.

Time of one exercise = sides x sets x reps x (hold, or seconds per repeat when there is no hold)
+ (sets - 1) x rest + the allowance for getting into position.
"""

from __future__ import annotations

import math
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide import front_matter
from guide.page_model import EXERCISE_TEMPLATE, markup_problem
from guide.problems import Problem, shorten

PLAN_PAGE = "plan/index.md"
MARKER = "<!-- guide:plan -->"
DAYS = range(1, 8)
# Order of the parts of a day: loosen up first, strengthen, then stretch.
KIND_ORDER = ("foam-rolling", "trigger-point", "core", "legs", "stretch")
VERB = {"foam-rolling": "roll", "trigger-point": "press", "stretch": "hold"}
SETTING_RANGES = {"setup_seconds": (0, 120), "seconds_per_rep": (1, 10), "budget_minutes": (5, 120), "minutes": (1, 60)}
EASIER_ID = re.compile(r"\{[^}]*#easier\b[^}]*\}")


@dataclass
class Item:
    """One exercise on one day."""

    src: str  # path under docs/, e.g. core/bird-dog.md
    title: str
    kind: str
    dose: dict[str, Any]
    seconds: int
    has_easier: bool


@dataclass
class Day:
    number: int
    name: str
    budget_minutes: int
    light: bool = False
    extras: list[tuple[str, int]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    @property
    def seconds(self) -> int:
        return sum(i.seconds for i in self.items) + 60 * sum(m for _, m in self.extras)

    @property
    def minutes(self) -> int:
        return math.ceil(self.seconds / 60)


@dataclass
class Settings:
    setup_seconds: int
    seconds_per_rep: int
    days: dict[int, Day]


# --------------------------------------------------------------------------- reading


def read_settings(meta: dict[str, Any]) -> tuple[Settings | None, list[str]]:
    """The plan page's `plan:` front matter: (settings, what is wrong with it)."""
    plan = meta.get("plan")
    if not isinstance(plan, dict):
        return None, ["write the plan's days under 'plan:' (see docs/contributing/index.md, 'The one-week plan')"]
    wrong: list[str] = []

    def number(where: dict, name: str, label: str) -> int:
        low, high = SETTING_RANGES[name]
        value = where.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            wrong.append(f"{label}: '{shorten(value)}' is not right; write a whole number from {low} to {high}")
            return low
        return value

    settings = Settings(
        number(plan, "setup_seconds", "plan.setup_seconds"), number(plan, "seconds_per_rep", "plan.seconds_per_rep"), {}
    )
    days = plan.get("days")
    if not isinstance(days, list):
        return None, [*wrong, "plan.days: write a list of days, each with 'day:', 'name:' and 'budget_minutes:'"]
    for entry in days:
        if not isinstance(entry, dict) or entry.get("day") not in DAYS:
            wrong.append(f"plan.days: each day needs 'day:' with a number from {DAYS[0]} to {DAYS[-1]}")
            continue
        label = f"plan.days (day {entry['day']})"
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            wrong.append(f"{label}: write the day's 'name:'")
        elif markup_problem(name):
            wrong.append(f"{label} name: {markup_problem(name)}")
        extras = []
        for extra in entry.get("extras") or []:
            if not isinstance(extra, dict) or not isinstance(extra.get("text"), str):
                wrong.append(f"{label}: each extra needs 'text:' and 'minutes:'")
                continue
            if markup_problem(extra["text"]):
                wrong.append(f"{label} extra: {markup_problem(extra['text'])}")
            extras.append((extra["text"], number(extra, "minutes", f"{label} extra")))
        if entry["day"] in settings.days:
            wrong.append(f"{label}: the day is listed twice")
        settings.days[entry["day"]] = Day(
            entry["day"], str(name or ""), number(entry, "budget_minutes", label), entry.get("light") is True, extras
        )
    missing = [d for d in DAYS if d not in settings.days]
    if missing:
        wrong.append(f"plan.days: days {', '.join(map(str, missing))} are missing; the plan has {len(DAYS)} days")
    return (None if wrong else settings), wrong


def exercise_seconds(dose: dict[str, Any], settings: Settings) -> int:
    """Seconds one exercise takes (a dose field that is not a whole number counts as absent:
    the page check reports it)."""

    def whole(name: str, default: int) -> int:
        value = dose.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default

    sides = 2 if dose.get("per_side") is True else 1
    sets = whole("sets", 1)
    unit = whole("hold_seconds", settings.seconds_per_rep)
    return sides * sets * whole("reps", 1) * unit + (sets - 1) * whole("rest_seconds", 0) + settings.setup_seconds


def make_days(
    settings: Settings, exercises: list[tuple[str, dict[str, Any], str]], order: list[str] | None = None
) -> list[Day]:
    """Fill the days with the exercises: (path under docs/, front matter, body) triples.
    `order` is the navigation's order of pages, used within each part of a day."""
    rank = {src: n for n, src in enumerate(order or [])}
    for src, meta, body in sorted(exercises, key=lambda e: (_kind_rank(e[1]), rank.get(e[0], len(rank)), e[0])):
        dose = meta.get("dose") if isinstance(meta.get("dose"), dict) else {}
        days = meta.get("plan_days")
        for number in days if isinstance(days, list) else []:
            if number in settings.days:
                settings.days[number].items.append(
                    Item(
                        src,
                        str(meta.get("title", src)),
                        str(meta.get("kind", "")),
                        dose,
                        exercise_seconds(dose, settings),
                        bool(EASIER_ID.search(body)),
                    )
                )
    return [settings.days[d] for d in sorted(settings.days)]


def _kind_rank(meta: dict[str, Any]) -> int:
    kind = meta.get("kind")
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def check(days: list[Day]) -> list[Problem]:
    """What does not add up: days over budget, days with nothing to do."""
    problems = []
    for day in days:
        if day.minutes > day.budget_minutes:
            parts = ", ".join(f"{i.title.split(' (')[0]} {math.ceil(i.seconds / 60)}" for i in day.items)
            problems.append(
                Problem(
                    f"docs/{PLAN_PAGE}",
                    "plan",
                    (
                        f"day {day.number} takes about {day.minutes} minutes by the pages' own doses, more than its "
                        f"budget of {day.budget_minutes}. Move an exercise to another day (its 'plan_days'), lower a "
                        f"dose, or raise 'budget_minutes' if the longer day is meant. Minutes each: {parts}"
                    ),
                )
            )
        if not day.items:
            problems.append(
                Problem(
                    f"docs/{PLAN_PAGE}",
                    "plan",
                    f"day {day.number} has no exercises: add it to the 'plan_days' of the exercises done that day",
                )
            )
    return problems


# --------------------------------------------------------------------------- writing


def dose_text(dose: dict[str, Any], kind: str) -> str:
    """The dose in words, the same facts the exercise page's dose box gives."""
    hold, reps, sets = dose.get("hold_seconds"), dose.get("reps"), dose.get("sets")
    parts = []
    if reps and hold:
        parts.append(f"{reps} times, {VERB.get(kind, 'hold')} {hold} seconds each")
    elif reps:
        parts.append(f"{reps} {'time' if reps == 1 else 'times'}")
    elif hold:
        parts.append(f"{VERB.get(kind, 'hold')} {hold} seconds")
    if dose.get("per_side"):
        parts.append("each side")
    if sets and sets > 1:
        rest = dose.get("rest_seconds")
        parts.append(f"{sets} sets" + (f", rest {rest} seconds between" if rest else ""))
    return ", ".join(parts)


def markdown(days: list[Day], settings: Settings) -> str:
    """The days as Markdown for the plan page: headings with their ids, time, a ticklist."""
    out = []
    for day in days:
        label = " (light day)" if day.light else ""
        out += [
            f"## Day {day.number}: {day.name}{label} {{ #day-{day.number} }}",
            "",
            f"About {day.minutes} minutes, worked out from the doses below (plan for up to {day.budget_minutes}).",
            "",
        ]
        out += [f"- [ ] {text} ({minutes} minutes)" for text, minutes in day.extras]
        for item in day.items:
            link = posixpath.relpath(item.src, posixpath.dirname(PLAN_PAGE))
            easier = f" First time? Try the [easier version]({link}#easier)." if item.has_easier else ""
            out.append(
                f"- [ ] [{item.title}]({link}): {dose_text(item.dose, item.kind)} "
                f"(about {math.ceil(item.seconds / 60)} min).{easier}"
            )
        out.append("")
    out.append(
        f"Times include {settings.setup_seconds} seconds for each exercise to get into position, and "
        f"{settings.seconds_per_rep} seconds for each repeat that has no hold."
    )
    out += ["", *week_grid(days)]
    return "\n".join(out)


def week_grid(days: list[Day]) -> list[str]:
    """The week on one table: a row per exercise, a box on each day it is done. It is the
    printed plan: one sheet with boxes to tick by hand."""
    order: list[Item] = []
    planned: dict[str, set[int]] = {}
    for day in days:
        for item in day.items:
            if item.src not in planned:
                order.append(item)
                planned[item.src] = set()
            planned[item.src].add(day.number)
    box = '<span class="guide-box" role="img" aria-label="do it">\u2610</span>'
    extras: dict[str, set[int]] = {}
    for day in days:
        for text, _ in day.extras:
            extras.setdefault(text, set()).add(day.number)
    rows = [
        f"| {text} | " + " | ".join(box if d.number in numbers else "" for d in days) + " |"
        for text, numbers in extras.items()
    ]
    rows += [
        f"| [{i.title}]({posixpath.relpath(i.src, posixpath.dirname(PLAN_PAGE))}) | "
        + " | ".join(box if d.number in planned[i.src] else "" for d in days)
        + " |"
        for i in order
    ]
    return [
        '<div class="guide-plan-week" markdown>',
        "",
        "## The week at a glance { #week }",
        "",
        "| Exercise | " + " | ".join(f"Day {d.number}" for d in days) + " |",
        "| --- | " + " | ".join("---" for _ in days) + " |",
        *rows,
        "",
        "</div>",
    ]


def exercises_in(docs_dir: Path) -> list[tuple[str, dict[str, Any], str]]:
    """(path under docs/, front matter, body) of every exercise page in a docs folder."""
    found = []
    for file in sorted(docs_dir.rglob("*.md")):
        try:
            meta, body, _ = front_matter.split(file.read_text(encoding="utf-8"))
        except (front_matter.FrontMatterError, UnicodeDecodeError):
            continue
        if meta.get("template") == EXERCISE_TEMPLATE:
            found.append((file.relative_to(docs_dir).as_posix(), meta, body))
    return found


def nav_order(nav: Any) -> list[str]:
    """The page paths of a navigation (mkdocs.yml's `nav:`), in order."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [src for entry in nav for src in nav_order(entry)]
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in nav_order(value)]
    return []


def expand(lines: list[str], meta: dict[str, Any], docs_dir: Path, nav: Any) -> list[str]:
    """The plan page's lines with the marker replaced by the days."""
    if MARKER not in (line.strip() for line in lines):
        return lines
    settings, _ = read_settings(meta)
    if settings is None:
        return lines
    days = make_days(settings, exercises_in(docs_dir), nav_order(nav))
    out = []
    for line in lines:
        out += markdown(days, settings).split("\n") if line.strip() == MARKER else [line]
    return out
