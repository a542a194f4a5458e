"""Offline after one visit, and "add to home screen": the service worker's list of this build's
files, the web app manifest and the icons, written into a built site.

docs/sw.js is the service worker. It is copied into the site like any other file; `write` then
fills in its `const BUILD = null;` line with what this build is made of:

- `files`: every file the worker may keep, with the first 16 hex digits of its SHA-256. The
  worker stores a response only when its bytes have that hash, so its cache never holds a file
  of another build: a new deploy can never be served as a mix of old and new. Pages are listed by
  their address ("plan/", "" for the home page), the rest by their path. Pictures are not listed:
  their names carry their content key (guide.pictures), so a name always means the same bytes.
- `shell`: what it saves at once, on the first visit: the home page, the plan, the help page,
  the styles and scripts every page uses, the sitemap (instant navigation reads
  it), the routine of the plan's days, the manifest and the icons. The search index is listed in
  `later`: it is saved when the reader first searches, not on the first visit.
- `titles`: each page's title, for the list of saved pages shown when a page is not saved.
- `version`: a key of all of that. Any change of any file gives a new sw.js, so browsers
  install the new worker, which saves the new build in a cache of its own and deletes the old one.

Nothing here is sent anywhere, and nothing is downloaded. Both engines call `write`, last of the
steps that write into the site: the MkDocs hook (hooks/offline.py) after a build, and
guide.zensical_build after a Zensical build.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from html import unescape
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin

from PIL import Image

from guide import brand, site_config

WORKER = "sw.js"
PLACEHOLDER = "const BUILD = null;"
MANIFEST = "manifest.webmanifest"
ICONS_DIR = "assets/icons"
# name -> (size, what is drawn): "any" a round logo on nothing, "maskable" the logo well inside
# a full square (phones cut their own shape out of it), "apple" a full square for iOS.
ICONS = {
    "icon-192.png": (192, "any"),
    "icon-512.png": (512, "any"),
    "maskable-512.png": (512, "maskable"),
    "apple-touch-icon.png": (180, "apple"),
}
ICON_VERSION = 1
# Pages saved on the first visit, besides the one being read: home, the plan and the help page.
SHELL_PAGES = ("", "plan/", "safety/")
# Files saved on the first visit when the build has them (the two engines name the search index
# differently; routine.json is guide.routine's).
SHELL_FILES = ("sitemap.xml", "search/search_index.json", "search.json", "assets/plan/routine.json", MANIFEST)
# Not saved on the first visit but when first used: the search index is a third of a first
# visit's bytes, and assets/javascripts/search-on-demand.js fetches it only for a search.
LATER = ("search/search_index.json", "search.json")
MKDOCS_SEARCH_INDEX = "search/search_index.json"
# What the worker never keeps: itself, source maps, compressed copies, the link previews (only
# other websites fetch them), search languages other than English, the 404 page.
SKIPPED = re.compile(r"^(sw\.js|404\.html|.*\.map|.*\.gz|assets/previews/.*|assets/javascripts/lunr/.*|pictures/.*)$")
SEARCH_WORKER = re.compile(r"assets/javascripts/workers/[\w.-]+\.js")
HASH_DIGITS = 16
TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


# --------------------------------------------------------------------------- the files


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:HASH_DIGITS]


def address(rel: str) -> str:
    """The address a file is asked for by: a page's folder ("plan/", "" for the home page)."""
    if rel == "index.html":
        return ""
    return rel[: -len("index.html")] if rel.endswith("/index.html") else rel


def site_files(site: Path) -> dict[str, str]:
    """Every file the worker may keep, by address, with its hash."""
    files = {}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        if SKIPPED.match(rel):
            continue
        files[address(rel)] = digest(path)
    return dict(sorted(files.items()))


def titles(site: Path, files: dict[str, str], name: str) -> dict[str, str]:
    """The title of each page (without " - <site name>"), for the worker's list of saved pages."""
    found = {}
    ending = f" - {name}"
    for rel in files:
        if rel == "" or rel.endswith("/"):
            html = (site / rel / "index.html").read_text(encoding="utf-8", errors="replace")
            match = TITLE.search(html[:20_000])
            if match and 'http-equiv="refresh"' not in html[:3000].replace("'", '"'):
                title = " ".join(unescape(match.group(1)).split())
                found[rel] = title[: -len(ending)] if name and title.endswith(ending) else title
    return found


TAG = re.compile(r"<(link|script|img)\b([^>]*)>", re.I)
ATTRIBUTE = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def _tags(html: str) -> list[tuple[str, dict[str, str]]]:
    """The <link>, <script> and <img> tags of a page with their attributes, quoted or not (a
    regular expression, not a parser: this runs on every build)."""
    found = []
    for tag in TAG.finditer(html):
        attributes = {}
        for name, *values in ATTRIBUTE.findall(tag.group(2)):
            attributes[name.lower()] = unescape(next((v for v in values if v), ""))
        found.append((tag.group(1).lower(), attributes))
    return found


def _refs(html: str, page: str) -> tuple[list[str], list[str], list[str]]:
    """(stylesheets for the screen, icons, every other file) a page loads, as site paths."""
    styles, icons, others = [], [], []

    def local(ref: str | None) -> str | None:
        if not ref or re.match(r"^([a-z]+:|//|#)", ref, re.I):
            return None
        return normpath(urljoin("/" + page, ref.split("#")[0].split("?")[0])).lstrip("/")

    for tag, attributes in _tags(html):
        # a script waiting for the theme's loader has its address in data-src (overrides/main.html)
        ref = local(attributes.get("href") if tag == "link" else attributes.get("src") or attributes.get("data-src"))
        if not ref:
            continue
        rels = set(attributes.get("rel", "").lower().split())
        if tag != "link":
            others.append(ref)
        elif "stylesheet" in rels and attributes.get("media", "all") != "print":
            styles.append(ref)
        elif "icon" in rels:
            icons.append(ref)
        elif rels & {"stylesheet", "manifest", "apple-touch-icon"}:
            others.append(ref)
    others += SEARCH_WORKER.findall(html)
    return styles, icons, others


def shell(site: Path, files: dict[str, str]) -> tuple[list[str], list[str], str]:
    """(what the worker saves at once, the home page's stylesheets, and its icon)."""
    wanted: list[str] = []
    styles: list[str] = []
    icon = ""
    for page in SHELL_PAGES:
        if page not in files:
            continue
        wanted.append(page)
        page_styles, icons, others = _refs((site / page / "index.html").read_text(encoding="utf-8"), page)
        styles = styles or page_styles
        icon = icon or next((i for i in icons if i in files), "")
        wanted += page_styles + icons + others
    wanted += [f"{ICONS_DIR}/{name}" for name in ICONS]
    wanted += list(SHELL_FILES)
    kept = [address(p) for p in dict.fromkeys(wanted)]
    return [p for p in kept if p in files], [s for s in styles if s in files], icon


# --------------------------------------------------------------------------- manifest and icons


def draw_icon(size: int, kind: str) -> Image.Image:
    """One home-screen icon."""
    if kind == "any":
        return brand.logo(size)
    background = brand.TEAL if kind == "maskable" else brand.WHITE
    image = Image.new("RGBA", (size, size), (*background, 255))
    # Maskable: the logo inside the middle 80% circle every phone keeps. Apple: nearly full.
    inner = round(size * (0.72 if kind == "maskable" else 0.86))
    mark = brand.logo(
        inner,
        circle=brand.WHITE if kind == "maskable" else brand.TEAL,
        figure=brand.TEAL if kind == "maskable" else brand.WHITE,
    )
    at = (size - inner) // 2
    image.alpha_composite(mark, (at, at))
    return image.convert("RGB")


def write_icons(site: Path, root: Path) -> list[str]:
    """Draw the icons once into .cache/icons/ (named by their version) and copy them into the site."""
    cache = root / ".cache" / "icons"
    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(json.dumps([ICON_VERSION, ICONS, brand.TEAL]).encode()).hexdigest()[:10]
    out = site / ICONS_DIR
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (size, kind) in ICONS.items():
        cached = cache / f"{key}-{name}"
        if not cached.is_file():
            tmp = cached.with_name(f".{cached.name}.tmp-{os.getpid()}")
            draw_icon(size, kind).save(tmp, format="PNG", optimize=True)
            os.replace(tmp, cached)
        (out / name).write_bytes(cached.read_bytes())
        written.append(f"{ICONS_DIR}/{name}")
    return written


def manifest(config: dict) -> dict:
    """The web app manifest: addresses are relative to it, at the site's root."""
    name = str(config.get("site_name") or "")
    return {
        "name": name,
        "short_name": name,
        "description": " ".join(str(config.get("site_description") or "").split()),
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#{:02x}{:02x}{:02x}".format(*brand.TEAL),
        "icons": [
            {"src": f"{ICONS_DIR}/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": f"{ICONS_DIR}/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": f"{ICONS_DIR}/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }


# --------------------------------------------------------------------------- the worker


class WorkerTemplateError(ValueError):
    """docs/sw.js cannot be filled in; the message says why."""


def search_config(site: Path) -> dict | None:
    """MkDocs' search settings (from its index), for the small index of saved pages the worker
    answers with when there is no connection and the full index was never saved. None under
    Zensical, whose index has another shape."""
    try:
        config = json.loads((site / MKDOCS_SEARCH_INDEX).read_text(encoding="utf-8")).get("config")
    except (OSError, ValueError, AttributeError):
        return None
    return {"path": MKDOCS_SEARCH_INDEX, "config": config} if isinstance(config, dict) else None


def build_data(site: Path, name: str) -> dict:
    """What the worker needs to know about the built site at `site`."""
    files = site_files(site)
    saved_first, styles, icon = shell(site, files)
    data = {
        "name": name,
        "files": files,
        "shell": saved_first,
        "later": [p for p in LATER if p in saved_first],
        "styles": styles,
        "titles": titles(site, files, name),
        "icon": icon,
        "search": search_config(site),
    }
    data["version"] = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:HASH_DIGITS]
    return data


def fill_worker(template: str, data: dict) -> str:
    if template.count(PLACEHOLDER) != 1:
        raise WorkerTemplateError(
            f"docs/{WORKER} must have the line '{PLACEHOLDER}' once: the build writes the list of the "
            "site's files there"
        )
    # ensure_ascii: the worker is plain ASCII whatever the titles hold; "<" is escaped as well.
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
    return template.replace(PLACEHOLDER, f"const BUILD = {text};")


def write(site: Path, root: Path) -> dict:
    """Write the icons, the manifest and the filled-in service worker into the built site at
    `site`, for the project at `root`. Returns what the worker was given."""
    config = site_config.read(root / "mkdocs.yml")
    write_icons(site, root)
    (site / MANIFEST).write_text(json.dumps(manifest(config), ensure_ascii=False, indent=1), encoding="utf-8")
    template = (root / "docs" / WORKER).read_text(encoding="utf-8")
    data = build_data(site, str(config.get("site_name") or ""))
    (site / WORKER).write_text(fill_worker(template, data), encoding="utf-8")
    return data
