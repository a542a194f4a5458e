"""A problem with one page, worded so a volunteer can fix it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Values quoted in a message are cut to this many characters: a message never prints a huge value.
QUOTED_CHARS = 60


def shorten(value: object) -> str:
    """A value as it may appear in a message: plain text, cut short."""
    text = value if isinstance(value, str) else type(value).__name__ if isinstance(value, (dict, list)) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 3] + "..."


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one page. `field` is a front matter field ('dose.reps'), '' for the
    page as a whole; `line` is the line of the file, when known."""

    path: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        if not self.field:
            return f"{where}: {self.message}"
        return f"{where}: front matter '{self.field}': {self.message}"


@dataclass(frozen=True)
class ReviewDue:
    path: str
    next_review: dt.date

    def __str__(self) -> str:
        return f"{self.path}: review was due on {self.next_review.isoformat()}"
