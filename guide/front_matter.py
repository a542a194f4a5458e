"""Reading a page's front matter (the YAML between the --- lines) safely.

Front matter comes from strangers' pull requests, so it is read with limits: a size cap,
no YAML anchors or aliases (an alias bomb would otherwise grow without bound), libyaml's safe
loader. A mistake is reported with one line number of the file and words a volunteer knows
("a tab", "put the text in quotes"), never the parser's own jargon.
"""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

import yaml

# The largest front matter we read. An exercise page's is about 1.5 KB.
MAX_FRONT_MATTER_CHARS = 20_000
# Pages whose parsed front matter is kept (a build reads each page's text several times).
PAGES_REMEMBERED = 2048
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.S)
# libyaml's parser when PyYAML has it (about 10 times faster), the same safe constructor.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterError(ValueError):
    """The front matter cannot be read. `line` is the line of the file (1 is the first ---)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def split(text: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, line of the file where the body starts). A build reads each
    page several times (checks, plan, catalogue, previews): the same text is parsed once, and
    each caller gets its own copy of the front matter."""
    meta, body, line = _split(text)
    return copy.deepcopy(meta), body, line


@functools.lru_cache(maxsize=PAGES_REMEMBERED)
def _split(text: str) -> tuple[dict[str, Any], str, int]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    source = match.group(1) or ""
    body_line = text[: match.end()].count("\n") + 1
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise FrontMatterError(
            f"the front matter is {len(source):,} characters long; the limit is "
            f"{MAX_FRONT_MATTER_CHARS:,}. Move long text into the page itself"
        )
    _refuse_tabs_and_aliases(source)
    try:
        data = yaml.load(source, Loader=_LOADER) or {}
    except yaml.YAMLError as error:
        raise _explain(error) from None
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter must be 'name: value' lines", 2)
    return data, text[match.end() :], body_line


def _refuse_tabs_and_aliases(source: str) -> None:
    for number, line in enumerate(source.splitlines(), start=2):
        if "\t" in line:
            raise FrontMatterError("this line has a tab; YAML needs spaces: replace the tab with 2 spaces", number)
    try:
        for event in yaml.parse(source, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise FrontMatterError(
                    "YAML anchors and aliases ('&name' and '*name') are not allowed in front matter; "
                    "write each value out in full",
                    event.start_mark.line + 2,
                )
    except yaml.YAMLError as error:
        raise _explain(error) from None


def _explain(error: yaml.YAMLError) -> FrontMatterError:
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    mark = getattr(error, "problem_mark", None)
    if "flow" in context or "quoted scalar" in context:
        # An unclosed bracket or quote is noticed lines later; point at where it opened.
        mark = getattr(error, "context_mark", None) or mark
        why = "a quote, '[' or '{' on this line is never closed; close it, or remove it"
    elif "mapping values are not allowed" in problem:
        why = (
            "a value has a colon followed by a space in it; put the text in quotes, for example "
            'title: "Back pain: what to do"'
        )
    elif "could not find expected ':'" in problem:
        why = "this line is not a 'name: value' line; add the ':' or join it to the line above"
    elif "expected key" in problem or "expected <block end>" in problem:
        why = "the indenting does not line up with the lines above; list items start with '- ' at the same indent"
    else:
        why = (
            "the YAML between the --- lines cannot be read here; check the indenting, and put "
            "text that has ':' or '#' in it in quotes"
        )
    return FrontMatterError(why, mark.line + 2 if mark else None)
