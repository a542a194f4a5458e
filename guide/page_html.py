"""What HTML a page may publish: an allow-list of elements, attributes and link schemes.

Pages come from strangers' pull requests. Their Markdown is converted to HTML, and that HTML
(raw HTML written in the page, and what Markdown made of links and attribute lists) is checked
here with Python's HTML parser before it reaches a reader. Anything not on the list (event
handler attributes, `javascript:` or `data:` links, frames, objects, embeds, scripts, styles,
forms) is refused with what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Attributes any allowed element may carry.
GLOBAL_ATTRIBUTES = frozenset(
    {"id", "class", "title", "lang", "dir", "aria-label", "aria-hidden", "aria-describedby", "aria-labelledby", "role"}
)
# Elements a page may contain, with the attributes each may carry besides the global ones.
ELEMENTS: dict[str, frozenset[str]] = {
    **{
        name: frozenset()
        for name in (
            "p",
            "div",
            "span",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "li",
            "dl",
            "dt",
            "dd",
            "strong",
            "em",
            "b",
            "i",
            "u",
            "s",
            "small",
            "mark",
            "sub",
            "sup",
            "del",
            "ins",
            "kbd",
            "code",
            "pre",
            "blockquote",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "caption",
            "summary",
            "abbr",
            "cite",
            "q",
        )
    },
    "a": frozenset({"href", "rel"}),
    "ol": frozenset({"start", "type", "reversed"}),
    "li": frozenset({"value"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding"}),
    "td": frozenset({"colspan", "rowspan", "align", "style"}),
    "th": frozenset({"colspan", "rowspan", "align", "style", "scope"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
    "input": frozenset({"type", "disabled", "checked"}),  # task-list boxes
    # Icons from the emoji extension (:material-...:) are inline SVG paths.
    "svg": frozenset({"xmlns", "viewbox", "width", "height", "fill", "focusable"}),
    "path": frozenset({"d", "fill", "fill-rule", "clip-rule"}),
}
URL_ATTRIBUTES = frozenset({"href", "src"})
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Python-Markdown writes table column alignment as a style; no other style is allowed.
ALLOWED_STYLE = re.compile(r"^\s*text-align:\s*(left|right|center);?\s*$")
INSTEAD = {
    "script": "remove it: pages may not run their own scripts (site features live in docs/assets/javascripts/)",
    "style": "remove it: the look of the site lives in docs/assets/stylesheets/guide.css",
    "frame": "link to the page or video instead of embedding it, for example [Watch the video](https://...)",
    "form": "remove it: the guide collects nothing from readers",
    "event": "remove it: pages may not run scripts (site features live in docs/assets/javascripts/)",
    "url": "link to a page of the guide (other-page.md) or a web address starting with https://",
    "image": "put the picture in pictures/ and name it in the page's image.file (docs/contributing/index.md, "
    "'Add a picture')",
    "other": "use plain Markdown instead (docs/contributing/index.md, 'What a page may contain', lists the HTML "
    "allowed)",
}
FRAMES = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe"})
FORMS = frozenset({"form", "button", "select", "textarea", "option", "fieldset"})


@dataclass(frozen=True)
class Unsafe:
    """One thing a page may not publish: what it is, a text to find it by in the page's
    source, what to write instead, and its line in the HTML it was found in."""

    what: str
    needle: str
    instead: str
    line: int = 0


def url_scheme(value: str) -> str | None:
    """The scheme of a URL as a browser reads it (tabs, newlines and spaces inside it are
    ignored by browsers), lower case; None for a relative URL."""
    cleaned = re.sub(r"[\x00-\x20]", "", value)
    head = re.split(r"[/?#]", cleaned, maxsplit=1)[0]
    return head.split(":", 1)[0].lower() if ":" in head else None


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Unsafe] = []

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def _found(self, what: str, needle: str, instead: str) -> None:
        self.found.append(Unsafe(what, needle, instead, self.getpos()[0]))

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ELEMENTS:
            kind = (
                "script"
                if tag == "script"
                else "style"
                if tag == "style"
                else "frame"
                if tag in FRAMES
                else "form"
                if tag in FORMS
                else "other"
            )
            self._found(f"a <{tag}> element", f"<{tag}", INSTEAD[kind])
            return
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._found(f"an event attribute {name}= on <{tag}>", name, INSTEAD["event"])
            elif name == "style":
                if not (name in ELEMENTS[tag] and ALLOWED_STYLE.match(value)):
                    self._found(f"a style= attribute on <{tag}>", "style", INSTEAD["style"])
            elif name not in GLOBAL_ATTRIBUTES and name not in ELEMENTS[tag]:
                self._found(f"the attribute {name}= on <{tag}>", name, INSTEAD["other"])
            elif name in URL_ATTRIBUTES:
                self._url(tag, name, value)
        if tag == "input" and dict(attrs).get("type") != "checkbox":
            self._found("an <input> that is not a task-list box", "<input", INSTEAD["form"])

    def _url(self, tag: str, name: str, value: str) -> None:
        scheme = url_scheme(value)
        if tag == "img" and scheme is not None:
            self._found(f"a picture from {scheme}: ({value[:40]})", value[:20], INSTEAD["image"])
        elif scheme is not None and scheme not in LINK_SCHEMES:
            self._found(f"a {scheme}: link", f"{scheme}:", INSTEAD["url"])


def unsafe_parts(html: str) -> list[Unsafe]:
    """Everything in `html` that is not on the allow-list, in order."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    return checker.found


def source_lines(found: list[Unsafe], markdown_lines: list[str], first_line: int) -> list[int | None]:
    """The file line of each unsafe part of a page's HTML. Raw HTML written in the page is
    found again by the same parser in the Markdown source; what Markdown made (a link, an
    attribute list) is found by its text."""
    in_source: dict[str, list[int]] = {}
    for part in unsafe_parts("\n".join(markdown_lines)):
        in_source.setdefault(part.what, []).append(part.line)
    lines: list[int | None] = []
    for part in found:
        if in_source.get(part.what):
            lines.append(first_line + in_source[part.what].pop(0) - 1)
            continue
        wanted = part.needle.lower()
        lines.append(next((first_line + n for n, line in enumerate(markdown_lines) if wanted in line.lower()), None))
    return lines
