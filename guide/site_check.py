"""Check every page of the site against the page model, before any engine builds it.

The MkDocs hook (hooks/page_checks.py) and the command line (python3 scripts/docs.py check)
both come through `check_texts`, so the same rules run whatever engine builds the site.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from guide import front_matter, page_model, pictures, plan
from guide.problems import Problem, ReviewDue


def exercise_pages(docs_dir: Path) -> list[Path]:
    """Every page drawn by the exercise template, sorted by path."""
    found = []
    for page in sorted(docs_dir.rglob("*.md")):
        try:
            meta, _, _ = front_matter.split(page.read_text(encoding="utf-8"))
        except front_matter.FrontMatterError:
            continue
        if meta.get("template") == page_model.EXERCISE_TEMPLATE:
            found.append(page)
    return found


@dataclass
class Report:
    """What the check found: problems stop a build; the rest are warnings."""

    problems: list[Problem] = field(default_factory=list)
    due: list[ReviewDue] = field(default_factory=list)
    unused_pictures: list[str] = field(default_factory=list)
    awaiting_clinical_review: list[str] = field(default_factory=list)

    def warnings(self) -> Iterator[str]:
        for item in self.due:
            yield f"Review due: {item}"
        if self.awaiting_clinical_review:
            yield (
                f"Awaiting clinical review: {len(self.awaiting_clinical_review)} pages "
                "(python3 scripts/docs.py check --awaiting lists them; see 'How a clinician signs a page off')"
            )
        for name in self.unused_pictures:
            yield f"pictures/{name} is not used by any page"


def check_texts(pages: Iterable[tuple[str, str]], *, today: dt.date, pictures_dir: Path | None = None) -> Report:
    """Check (path under docs/, Markdown text) pairs."""
    report = Report()
    named_pictures: set[str] = set()
    read: dict[str, tuple[dict, str]] = {}
    for rel, text in pages:
        if len(text) > MAX_PAGE_CHARS:
            report.problems.append(
                Problem(
                    f"docs/{rel}",
                    "",
                    f"the page is {len(text):,} characters long; the limit "
                    f"is {MAX_PAGE_CHARS:,}. Split it into shorter pages: a reader on a phone "
                    "needs short pages, and every page is part of the search index",
                )
            )
            continue
        try:
            meta, body, _ = front_matter.split(text)
        except front_matter.FrontMatterError as error:
            report.problems.append(Problem(f"docs/{rel}", "", str(error), error.line))
            continue
        report.problems.extend(
            page_model.check_page(rel, meta, today=today, pictures_dir=pictures_dir, lines=field_lines(text))
        )
        read[rel] = (meta, body)
        nxt = page_model.as_date(meta.get("next_review"))
        if nxt and nxt < today:
            report.due.append(ReviewDue(f"docs/{rel}", nxt))
        if "clinical_review" not in meta and rel not in page_model.NOT_CLINICAL:
            report.awaiting_clinical_review.append(f"docs/{rel}")
        image = meta.get("image")
        if isinstance(image, dict) and isinstance(image.get("file"), str):
            named_pictures.add(image["file"])
    report.problems += _site_rules(read)
    if pictures_dir is not None:
        report.unused_pictures = [name for name in pictures.originals(pictures_dir) if name not in named_pictures]
    return report


def field_lines(text: str) -> dict[str, int]:
    """The file line of each top-level front matter field ('name:' at the start of a line)."""
    lines = {}
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.startswith(("---", "...")):
            break
        name, colon, _ = line.partition(":")
        if colon and name and not name[0].isspace() and not name.startswith(("#", "-")):
            lines.setdefault(name.strip(), number)
    return lines


def check_docs(docs_dir: Path, *, today: dt.date | None = None, pictures_dir: Path | None = None) -> Report:
    """Check every Markdown page under docs_dir."""
    unreadable: list[Problem] = []

    def pages():
        for file in sorted(docs_dir.rglob("*.md")):
            rel = file.relative_to(docs_dir).as_posix()
            try:
                yield rel, file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                unreadable.append(Problem(f"docs/{rel}", "", "the file is not UTF-8 text; save it as UTF-8"))

    report = check_texts(pages(), today=today or dt.date.today(), pictures_dir=pictures_dir)
    report.problems[:0] = unreadable
    return report


# --------------------------------------------------------------------------- rules across pages

# The longest page (Markdown) the site takes. The longest today is about 8,000 characters.
MAX_PAGE_CHARS = 60_000
MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
HEADING = re.compile(r"^#\s+(.+?)\s*(?:\{.*\})?\s*$", re.M)


def _site_rules(read: dict[str, tuple[dict, str]]) -> list[Problem]:
    """Rules that need every page at once: the plan adds up, every exercise is in its section's
    list, no two pages share a title."""
    problems = _duplicate_titles(read)
    exercises = [
        (rel, meta, body) for rel, (meta, body) in read.items() if meta.get("template") == page_model.EXERCISE_TEMPLATE
    ]
    for rel, meta, body in exercises:
        problems += dose_text_problems(rel, meta, body)
        folder, name = rel.rsplit("/", 1) if "/" in rel else ("", rel)
        index = f"{folder}/index.md" if folder else "index.md"
        if index in read and name not in _links(read[index][1], folder):
            problems.append(
                Problem(
                    f"docs/{index}",
                    "",
                    f"the section's list does not link to {name}; add a line "
                    f"such as '- [{read[rel][0].get('title', name)}]({name})' where it belongs",
                )
            )
    if plan.PLAN_PAGE in read:
        meta, body = read[plan.PLAN_PAGE]
        settings, wrong = plan.read_settings(meta)
        problems += [Problem(f"docs/{plan.PLAN_PAGE}", "plan", message) for message in wrong]
        if body.count(plan.MARKER) != 1:
            problems.append(
                Problem(
                    f"docs/{plan.PLAN_PAGE}",
                    "",
                    f"the plan page needs the line {plan.MARKER} "
                    "exactly once, where the days go; the days are made from the exercise pages",
                )
            )
        if settings is not None:
            days = plan.make_days(settings, exercises)
            problems += plan.check(days)
    return problems


def _links(markdown: str, folder: str) -> set[str]:
    """File names (within `folder`) that a page links to."""
    names = set()
    for target in MARKDOWN_LINK.findall(markdown):
        path = target.split("#")[0]
        if path and "/" not in path:
            names.add(path)
        elif path.startswith(f"../{folder}/"):
            names.add(path.rsplit("/", 1)[1])
    return names


def _duplicate_titles(read: dict[str, tuple[dict, str]]) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for rel, (meta, body) in sorted(read.items()):
        heading = HEADING.search(body)
        title = meta.get("title") or (heading.group(1) if heading else None)
        if not isinstance(title, str):
            continue
        key = " ".join(title.lower().split())
        if key in seen:
            problems.append(
                Problem(
                    f"docs/{rel}",
                    "title",
                    f"'{title}' is already the title of "
                    f"docs/{seen[key]}; give each page its own title, so readers can tell them apart",
                )
            )
        else:
            seen[key] = rel
    return problems


# --------------------------------------------------------------------------- files from outside


def links_in(folder: Path, label: str) -> list[Problem]:
    """Links (symbolic links) inside a source folder. They are refused: a link could publish a
    file from outside the repository (a system file, a checkout's credentials)."""
    problems = []
    for here, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(here) / name
            if path.is_symlink():
                rel = path.relative_to(folder).as_posix()
                problems.append(
                    Problem(
                        f"{label}/{rel}",
                        "",
                        f"is a link to another file or folder; copy the file "
                        f"itself into {label}/ (links are refused, so nothing from outside the "
                        "repository is published)",
                    )
                )
    return problems


# --------------------------------------------------------------------------- dose and text agree

# A number of seconds, sets or times a week in a page's own words; the "Easier and harder"
# section and what follows it may give other doses.
SECONDS_IN_TEXT = re.compile(r"\b(\d+)(?:-| )seconds?\b", re.I)
SETS_IN_TEXT = re.compile(r"\b(\d+) sets?\b", re.I)
FREQUENCY_IN_TEXT = re.compile(r"\b(\d+) times? (?:a|each|per) (day|week)\b", re.I)
OTHER_DOSES = re.compile(r"^## (Easier|Related)", re.M)


def dose_text_problems(rel: str, meta: dict, body: str) -> list[Problem]:
    """Numbers in an exercise page's description and steps that its dose box contradicts."""
    dose = meta.get("dose")
    if not isinstance(dose, dict):
        return []
    cut = OTHER_DOSES.search(body)
    words = str(meta.get("description", "")) + "\n" + (body[: cut.start()] if cut else body)
    problems = []

    def disagree(found: str, box: str) -> None:
        problems.append(
            Problem(
                f"docs/{rel}",
                "dose",
                f"the text says '{found}' but the dose box says {box}; "
                "make them the same (change the text or the dose)",
            )
        )

    allowed = {dose.get("hold_seconds"), dose.get("rest_seconds")} - {None}
    for match in SECONDS_IN_TEXT.finditer(words):
        if int(match[1]) not in allowed:
            disagree(match[0], f"{dose.get('hold_seconds') or 'no hold'} seconds")
    for match in SETS_IN_TEXT.finditer(words):
        if int(match[1]) != (dose.get("sets") or 1):
            disagree(match[0], f"{dose.get('sets') or 1} set(s)")
    for match in FREQUENCY_IN_TEXT.finditer(words):
        if (int(match[1]), match[2].lower()) != (dose.get("times"), dose.get("per")):
            disagree(match[0], f"{dose.get('times')} time(s) a {dose.get('per')}")
    return problems
