"""The part of Material's stylesheets that the guide uses, as one file (scripts/material_css.py
writes it).

Material ships one stylesheet for every feature it has (137 KB, 23 KB compressed) and a
palette stylesheet for every colour (12 KB); the guide uses a small part of them, and both
block the first paint. This keeps a rule only when every class, id and attribute its selector
needs can occur on the guide's pages: in a built page, in the words of Material's JavaScript
and the guide's own (which add classes and attributes as a reader uses the page), or in what
the Markdown extensions in mkdocs.yml can write (SAFELIST, so a new admonition or table on a
page is styled without a new run). @keyframes are kept when a kept rule names them.

The result, docs/assets/stylesheets/material.min.css, is linked by overrides/main.html in place
of Material's two files. tests/test_first_paint.py checks that it is up to date with the
installed Material and the pages, and that pages look the same, pixel for pixel, with it and
with Material's full stylesheets. Run this again after upgrading mkdocs-material.
"""

from __future__ import annotations

import re
from pathlib import Path

from guide.project import ROOT

OUTPUT = ROOT / "docs" / "assets" / "stylesheets" / "material.min.css"
OUR_SCRIPTS = ROOT / "docs" / "assets" / "javascripts"

# Classes and ids Material's JavaScript adds are the words of its bundle that begin with "md-",
# and those it adds with classList; these are of features the guide does not turn on (code
# annotations and buttons, tooltips, versions, page status, repository facts, diagrams). The
# search results' keyword tags (md-tag) are used: keywords are searched as tags.
UNUSED_FEATURES = ("md-annotation", "md-code__", "md-tooltip", "md-version", "md-status", "md-source__fact", "mermaid")

# --------------------------------------------------------------------------- reading CSS


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def parse(text: str) -> list:
    """Minified CSS as a list of (prelude, body) pairs: body is a list for @media, @supports
    and @layer blocks, a string of declarations otherwise (None for @charset and the like)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    items, _ = _parse_block(text, 0)
    return items


def _parse_block(text: str, i: int) -> tuple[list, int]:
    items = []
    start = i
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _skip_string(text, i)
        elif c == ";" and text[start:i].strip().startswith("@"):
            items.append((text[start:i].strip(), None))
            i += 1
            start = i
        elif c == "{":
            prelude = text[start:i].strip()
            if re.match(r"@(media|supports|layer|container|document)\b", prelude):
                body, i = _parse_block(text, i + 1)
            else:
                j = i + 1
                depth = 1
                while depth:
                    if text[j] in "\"'":
                        j = _skip_string(text, j)
                        continue
                    depth += {"{": 1, "}": -1}.get(text[j], 0)
                    j += 1
                body, i = text[i + 1 : j - 1], j
            items.append((prelude, body))
            start = i
        elif c == "}":
            return items, i + 1
        else:
            i += 1
    return items, i


def serialise(items: list) -> str:
    out = []
    for prelude, body in items:
        if body is None:
            out.append(prelude + ";")
        elif isinstance(body, list):
            out.append(prelude + "{" + serialise(body) + "}")
        else:
            out.append(prelude + "{" + body + "}")
    return "".join(out)


def _split_outside(text: str, separator: str, openers: str, closers: str) -> list[str]:
    """`text` cut at each `separator` that is outside quotes and brackets; empty parts dropped."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = _skip_string(text, i)
            continue
        if c in openers:
            depth += 1
        elif c in closers:
            depth -= 1
        elif c == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_selectors(prelude: str) -> list[str]:
    return _split_outside(prelude, ",", "([", ")]")


# --------------------------------------------------------------------------- what the site uses


class Vocabulary:
    """Every class, id, attribute name and attribute value that can occur on the guide's pages."""

    def __init__(self) -> None:
        self.classes: set[str] = set()
        self.ids: set[str] = set()
        self.attributes: set[str] = {"class", "id"}
        self.values: set[str] = set()

    def add_html(self, html: str) -> None:
        for tag in re.finditer(r"<[a-zA-Z][^>]*>", html):
            for name, value in re.findall(r"([\w:-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]+))?", tag.group()[1:]):
                name = name.lower()
                self.attributes.add(name)
                value = value.strip("\"'")
                if name == "class":
                    self.classes.update(value.split())
                elif name == "id":
                    self.ids.add(value)
                self.values.update(value.split())
                self.values.add(value)

    def add_script(self, text: str) -> None:
        """Classes and ids a script can add: its words that begin with "md-" and those it
        passes to classList; attributes and their values: any of its words."""
        words = set(re.findall(r"[A-Za-z_][\w-]*", text))
        names = {w for w in words if w.startswith("md-")}
        names |= set(re.findall(r"classList\.(?:add|toggle|replace)\(\s*[\"'`]([\w-]+)", text))
        names |= set(re.findall(r"\.className\s*=\s*[\"'`]([\w -]+)", text))
        names = {n for name in names for n in name.split() if not n.startswith(UNUSED_FEATURES)}
        self.classes |= names
        self.ids |= names
        self.attributes |= {w.lower() for w in words}
        self.values |= words

    def allows(self, selector: str) -> bool:
        # What :not(), :is(), :where() and :has() contain never makes a selector impossible here.
        plain = selector
        while True:
            stripped = re.sub(r":(not|is|where|has|matches|-webkit-any|-moz-any)\([^()]*\)", "", plain)
            if stripped == plain:
                break
            plain = stripped
        for attribute in re.finditer(
            r"\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]+)\s*(i|s)?)?\s*\]", plain
        ):
            name, op, value = attribute.group(1), attribute.group(2), (attribute.group(3) or "").strip("\"'")
            if name.lower() not in self.attributes:
                return False
            if op in ("=", "~=") and value not in self.values:
                return False
        plain = re.sub(r"\[[^\]]*\]", "", plain)
        if any(c not in self.classes for c in re.findall(r"\.((?:[\w-]|\\.)+)", plain)):
            return False
        return all(i in self.ids for i in re.findall(r"#((?:[\w-]|\\.)+)", plain))


def trim(items: list, vocabulary: Vocabulary) -> list:
    kept = []
    for prelude, body in items:
        if body is None:
            if not prelude.startswith("@charset"):
                kept.append((prelude, body))
        elif isinstance(body, list):
            inner = trim(body, vocabulary)
            if inner:
                kept.append((prelude, inner))
        elif prelude.startswith("@"):
            kept.append((prelude, body))  # @font-face, @page, @keyframes: sorted out below
        else:
            selectors = [s for s in split_selectors(prelude) if vocabulary.allows(s)]
            if selectors:
                kept.append((",".join(selectors), body))
    return kept


def split_declarations(body: str) -> list[str]:
    return _split_outside(body, ";", "(", ")")


def _declarations(items: list):
    for prelude, body in items:
        if isinstance(body, list):
            yield from _declarations(body)
        elif isinstance(body, str) and not prelude.startswith("@"):
            yield from split_declarations(body)


def prune_properties(items: list, elsewhere: str) -> list:
    """Drop custom properties (--md-...) that no kept rule, other stylesheet or script reads."""
    declarations = list(_declarations(items))
    used = set(re.findall(r"--[\w-]+", elsewhere))
    for d in declarations:
        if not d.startswith("--"):
            used |= set(re.findall(r"var\((--[\w-]+)", d))
    while True:  # a property that is read may read others
        more = {
            name
            for d in declarations
            if d.startswith("--") and d.split(":", 1)[0].strip() in used
            for name in re.findall(r"var\((--[\w-]+)", d)
        } - used
        if not more:
            break
        used |= more
    return _without_properties(items, used)


def _without_properties(items: list, used: set[str]) -> list:
    kept = []
    for prelude, body in items:
        if isinstance(body, list):
            body = _without_properties(body, used)
            if not body:
                continue
        elif isinstance(body, str) and not prelude.startswith("@"):
            declarations = [
                d for d in split_declarations(body) if not d.startswith("--") or d.split(":", 1)[0].strip() in used
            ]
            if not declarations:
                continue
            body = ";".join(declarations)
        kept.append((prelude, body))
    return kept


def _animations(items: list) -> set[str]:
    names = set()
    for prelude, body in items:
        if isinstance(body, list):
            names |= _animations(body)
        elif isinstance(body, str) and not prelude.startswith("@keyframes"):
            for value in re.findall(r"animation(?:-name)?\s*:\s*([^;}]+)", body):
                names |= set(re.findall(r"[\w-]+", value))
    return names


def _drop_unused_keyframes(items: list, used: set[str]) -> list:
    kept = []
    for prelude, body in items:
        if isinstance(body, list):
            body = _drop_unused_keyframes(body, used)
            if not body:
                continue
        elif prelude.startswith(("@keyframes", "@-webkit-keyframes")) and prelude.split()[-1] not in used:
            continue
        kept.append((prelude, body))
    return kept


# --------------------------------------------------------------------------- the files


def material_stylesheets() -> list[Path]:
    """Material's main and palette stylesheets, in the order base.html links them."""
    import material

    templates = Path(material.__file__).parent / "templates"
    base = (templates / "base.html").read_text(encoding="utf-8")
    names = re.findall(r"'assets/stylesheets/((?:main|palette)\.[0-9a-f]+\.min\.css)'", base)
    return [templates / "assets" / "stylesheets" / name for name in names]


def material_version() -> str:
    from importlib.metadata import version

    return version("mkdocs-material")


def _texts(site: Path) -> tuple[list[str], list[str]]:
    """The built pages' HTML; the scripts (Material's bundle and the guide's) and the guide's
    own stylesheets, which may read Material's custom properties."""
    import material

    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(site.rglob("*.html"))]
    bundle_dir = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    scripts = [*sorted(bundle_dir.glob("bundle.*.min.js")), *sorted(OUR_SCRIPTS.glob("*.js"))]
    stylesheets = [p for p in sorted(OUTPUT.parent.glob("*.css")) if p != OUTPUT]
    return pages, [p.read_text(encoding="utf-8") for p in [*scripts, *stylesheets]]


def trimmed_css(site: Path) -> str:
    pages, others = _texts(site)
    vocabulary = Vocabulary()
    for html in pages:
        vocabulary.add_html(html)
    for text in others:
        vocabulary.add_script(text)
    sources = material_stylesheets()
    items = []
    for path in sources:
        items += trim(parse(path.read_text(encoding="utf-8")), vocabulary)
    items = prune_properties(items, "\n".join([*pages, *others]))
    items = _drop_unused_keyframes(items, _animations(items))
    header = (
        f"/* The rules of mkdocs-material {material_version()}'s "
        + " and ".join(p.name for p in sources)
        + " that the guide's pages can use (MIT licence, (c) Martin Donath).\n"
        "   Made by scripts/material_css.py: do not edit; run it again after upgrading Material. */\n"
    )
    return header + serialise(items) + "\n"
