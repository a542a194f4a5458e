"""Reading level of every built page, from the rendered text a reader sees.

Uses the Flesch-Kincaid grade (textstat). The guide aims for a reading age of 9 to 11:
the median page at grade 7 or below and no page above grade 9.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import textstat

from guide.built_site import VOID_TAGS, pages

MEDIAN_LIMIT = 7.0
PAGE_LIMIT = 9.0
# Pages with fewer words than this are not graded (too short for the formula).
MIN_WORDS = 30
# Rendered parts that are not prose: code, permalink marks, the review-date line, tables of facts.
SKIP_TAGS = {"script", "style", "code", "pre", "svg", "nav", "table", "dl", "time"}
SKIP_CLASSES = {
    "headerlink",
    "guide-review",
    "md-content__button",
    "md-source-file",
    "guide-copy-link",
    "guide-timer",
    "guide-handout-qr",
}
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dd", "dt", "figcaption", "blockquote", "td", "th"}


class _ArticleText(HTMLParser):
    """Collects the text inside <article>, one block per paragraph or list item."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 while inside the article
        self.skip: list[str] = []
        self.blocks: list[str] = [""]

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "article":
            self.depth += 1
        if self.depth == 0:
            return
        if self.skip or tag in SKIP_TAGS or classes & SKIP_CLASSES:
            if tag not in VOID_TAGS:
                self.skip.append(tag)
            return
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "article" and self.depth:
            self.depth -= 1
        if tag in BLOCK_TAGS:
            self.blocks.append("")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.blocks[-1] += data


def page_text(html: str) -> str:
    """Readable prose of a built page: each block ends as a sentence so lists count fairly."""
    parser = _ArticleText()
    parser.feed(html)
    out = []
    for block in parser.blocks:
        block = " ".join(block.split())
        if len(block.split()) < 2:
            continue
        out.append(block if block[-1] in ".!?:" else block + ".")
    return "\n".join(out)


def grade(text: str) -> float:
    return round(textstat.flesch_kincaid_grade(text), 1)


def site_grades(site_dir: Path) -> dict[str, float]:
    """Grade of every content page (30 words or more) in a built site, keyed by its URL path."""
    grades = {}
    for url, html in pages(site_dir).items():
        text = page_text(html)
        if len(text.split()) >= MIN_WORDS:
            grades[url] = grade(text)
    return grades
