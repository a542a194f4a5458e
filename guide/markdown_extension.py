"""A Python-Markdown extension that gives every page the data its template shows, in any engine.

MkDocs runs `hooks:`, Zensical does not; both run Markdown extensions. So what an exercise
page shows beyond its front matter (the processed picture, the handout QR code, the search
keywords) is added here, to the page's own metadata, while its Markdown is converted:

    markdown_extensions:
      - guide.markdown_extension

It also writes the one-week plan's days into the plan page (guide.plan).

The extension needs to know which page it is converting. Zensical hands that to extensions
through its rendering-context preprocessor; MkDocs through the link-rewriting treeprocessor it
adds to every page's converter. `_current_page` reads either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from guide import front_matter, page_data, page_html, plan

try:  # under MkDocs, its own error type gives a clean message instead of a traceback
    from mkdocs.exceptions import PluginError as _BuildError
except ImportError:  # Zensical alone
    _BuildError = ValueError


@dataclass
class PageContext:
    """The page being converted: its source path under docs/, its URL, its (mutable)
    metadata, the project root and the site's address."""

    src_path: str
    url: str
    meta: dict[str, Any]
    root: Path
    site_url: str
    docs_dir: Path
    nav: Any

    def body_first_line(self, first: str) -> int:
        """The line of the source file where the converted Markdown starts: the first line after
        the front matter that reads `first` (engines drop the blank lines after the front matter)."""
        try:
            text = (self.docs_dir / self.src_path).read_text(encoding="utf-8")
            start = front_matter.split(text)[2]
        except (OSError, UnicodeDecodeError, front_matter.FrontMatterError):
            return 1
        lines = text.splitlines()
        for number in range(start, len(lines) + 1):
            if lines[number - 1] == first:
                return number
        return start


def _current_page(md: Markdown) -> PageContext | None:
    # MkDocs registers its link rewriter under this name, with the page's file and the config.
    relpath = next((p for p in md.treeprocessors if type(p).__name__ == "_RelativePathTreeprocessor"), None)
    if relpath is not None:  # MkDocs
        file, config = relpath.file, relpath.config
        return PageContext(
            file.src_uri,
            file.url,
            file.page.meta,
            Path(config.config_file_path).parent,
            config.site_url or "",
            Path(config.docs_dir),
            config.nav,
        )
    for processor in md.preprocessors:  # Zensical
        if type(processor).__name__ == "ContextPreprocessor":
            page, config = processor.page, processor.config
            root = Path(config["root_dir"])
            return PageContext(
                page.path,
                page.url,
                page.meta,
                root,
                config.get("site_url") or "",
                root / config["docs_dir"],
                config.get("nav"),
            )
    return None


class _PageData(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        page = _current_page(self.md)
        if page is None:
            return lines
        page.meta.update(
            page_data.for_page(
                page.meta, src_path=page.src_path, page_url=page.url, site_url=page.site_url, root=page.root
            )
        )
        if page.src_path == plan.PLAN_PAGE:
            return plan.expand(lines, page.meta, page.docs_dir, page.nav)
        return lines


class _SafeHtml(Postprocessor):
    """Refuses a page whose HTML is not on the allow-list (guide.page_html), naming the file,
    the line and what to write instead."""

    def __init__(self, md: Markdown, source: list[str]):
        super().__init__(md)
        self.source = source

    def run(self, text: str) -> str:
        found = page_html.unsafe_parts(text)
        if not found:
            return text
        page = _current_page(self.md)
        opening = self.source[0] if self.source else ""
        path, first = (f"docs/{page.src_path}", page.body_first_line(opening)) if page else ("this page", 1)
        lines = []
        for part, line in zip(found, page_html.source_lines(found, self.source, first), strict=True):
            where = f"{path}:{line}" if line else path
            lines.append(f"{where}: the text has {part.what}; {part.instead}")
        raise _BuildError(
            "A page has HTML the guide does not publish; fix it and build again:\n  " + "\n  ".join(lines)
        )


class _KeepSource(Preprocessor):
    def __init__(self, md: Markdown, source: list[str]):
        super().__init__(md)
        self.source = source

    def run(self, lines: list[str]) -> list[str]:
        self.source[:] = lines
        return lines


class GuideExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        source: list[str] = []
        # First of all preprocessors: the page's own lines (for line numbers), then its metadata.
        md.preprocessors.register(_KeepSource(md, source), "guide_source", 1001)
        md.preprocessors.register(_PageData(md), "guide_page_data", 1000)
        # Last of all postprocessors: the page's final HTML, raw HTML included.
        md.postprocessors.register(_SafeHtml(md, source), "guide_safe_html", 0)


def makeExtension(**kwargs: Any) -> GuideExtension:
    return GuideExtension(**kwargs)
