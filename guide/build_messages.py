"""MkDocs' own link and navigation warnings, made into messages a volunteer can act on: the
page's file and line for a dead link or anchor, and where in mkdocs.yml to add a page that
is missing from the navigation."""

from __future__ import annotations

import re
from pathlib import Path

DEAD_LINK = re.compile(r"^Doc file '(?P<page>[^']+)' contains (?:a|an unrecognized relative) link '(?P<link>[^']+)'")
NOT_IN_NAV = re.compile(r"not included in the \"nav\" configuration:\n(?P<pages>(?:\s+- .+\n?)+)")


def explain(message: str, docs_dir: Path, config_file: Path) -> str:
    """The message with what MkDocs leaves out: a line number, or where to add a page."""
    dead = DEAD_LINK.match(message)
    if dead:
        line = link_line(docs_dir / dead["page"], dead["link"])
        where = f"docs/{dead['page']}:{line}" if line else f"docs/{dead['page']}"
        return f"{where}: {message}"
    missing = NOT_IN_NAV.search(message)
    if missing:
        pages = [p.strip()[2:].strip() for p in missing["pages"].strip().splitlines()]
        return message.rstrip() + "\n" + "\n".join(f"  {nav_advice(p, config_file)}" for p in pages)
    return message


def link_line(page: Path, link: str) -> int | None:
    """The line of a page where a link target is written (as '(target' or '<target')."""
    try:
        lines = page.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, start=1):
        if f"({link}" in line or f"<{link}" in line or f"]: {link}" in line:
            return number
    return None


def nav_advice(page: str, config_file: Path) -> str:
    """Where in mkdocs.yml's nav a page belongs: after the last page of its folder."""
    folder = page.rsplit("/", 1)[0] + "/" if "/" in page else ""
    lines = config_file.read_text(encoding="utf-8").splitlines()
    in_nav, last = False, None
    for number, line in enumerate(lines, start=1):
        if line.startswith("nav:"):
            in_nav = True
        elif in_nav and line and not line.startswith((" ", "-", "#")):
            in_nav = False
        elif in_nav and folder and re.search(rf"(^|\s|: ){re.escape(folder)}\S+\.md\s*$", line):
            last = (number, line)
    if last is None:
        return (
            f"{page}: add it to the navigation: in mkdocs.yml under 'nav:', add a line such as "
            f"'  - Its title: {page}' where it belongs"
        )
    number, line = last
    indent = line[: len(line) - len(line.lstrip())]
    return (
        f"{page}: add it to the navigation: in mkdocs.yml, after line {number} ('{line.strip()}'), "
        f"add the line '{indent}- {page}'"
    )
