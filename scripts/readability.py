"""Reading level of every built page, from the rendered text a reader sees.

    python -m scripts.readability [site/]    # prints each page's grade, the median and the worst

Uses the Flesch-Kincaid grade (textstat). The guide aims for a reading age of 9 to 11:
the median page at grade 7 or below and no page above grade 9.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from html.parser import HTMLParser
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parent.parent
MEDIAN_LIMIT = 7.0
PAGE_LIMIT = 9.0
# Rendered parts that are not prose: code, permalink marks, the review-date line, tables of facts.
SKIP_TAGS = {"script", "style", "code", "pre", "svg", "nav", "table", "dl", "time"}
SKIP_CLASSES = {"headerlink", "guide-review", "md-content__button", "md-source-file", "guide-copy-link",
                "guide-timer", "guide-handout-qr"}
# Elements that never have an end tag (HTML's void elements).
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "dd", "dt", "figcaption", "blockquote", "td", "th"}


class _ArticleText(HTMLParser):
    """Collects the text inside <article>, one block per paragraph or list item."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0          # >0 while inside the article
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
    """Grade of every content page in a built site, keyed by its URL path."""
    grades = {}
    for file in sorted(site_dir.rglob("index.html")):
        rel = file.parent.relative_to(site_dir).as_posix()
        url = "/" if rel == "." else f"/{rel}/"
        text = page_text(file.read_text(encoding="utf-8"))
        if len(text.split()) >= 30 and 'http-equiv="refresh"' not in file.read_text(encoding="utf-8")[:2000]:
            grades[url] = grade(text)
    return grades


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    grades = site_grades(args.site)
    if not grades:
        print(f"no pages found in {args.site}: build the site first", file=sys.stderr)
        return 2
    for url, value in sorted(grades.items(), key=lambda kv: -kv[1]):
        flag = "  <- above grade 9" if value > PAGE_LIMIT else ""
        print(f"{value:5.1f}  {url}{flag}")
    median = statistics.median(grades.values())
    print(f"median grade {median:.1f} over {len(grades)} pages (limit {MEDIAN_LIMIT}); "
          f"worst {max(grades.values()):.1f} (limit {PAGE_LIMIT})")
    return 0 if median <= MEDIAN_LIMIT and max(grades.values()) <= PAGE_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
