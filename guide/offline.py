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
  the styles and scripts every page uses, the search index, the sitemap (instant navigation reads
  it), the routine of the plan's days, the manifest and the icons.
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

import yaml
from PIL import Image

from guide import brand
from guide.built_site import start_tags
from guide.exercise_catalogue import _ConfigLoader

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
# What the worker never keeps: itself, source maps, compressed copies, the link previews (only
# other websites fetch them), search languages other than English, the 404 page.
SKIPPED = re.compile(
    r"^(sw\.js|404\.html|.*\.map|.*\.gz|assets/previews/.*|assets/javascripts/lunr/.*|pictures/.*)$"
)
SEARCH_WORKER = re.compile(r"assets/javascripts/workers/[\w.-]+\.js")
HASH_DIGITS = 16
TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)


# --------------------------------------------------------------------------- the files


def _digest(path: Path) -> str:
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
        files[address(rel)] = _digest(path)
    return dict(sorted(files.items()))


def titles(site: Path, files: dict[str, str]) -> dict[str, str]:
    """The title of each page, for the worker's list of saved pages."""
    found = {}
    for rel in files:
        if rel == "" or rel.endswith("/"):
            html = (site / rel / "index.html").read_text(encoding="utf-8", errors="replace")
            match = TITLE.search(html[:20_000])
            if match and "http-equiv=\"refresh\"" not in html[:3000].replace("'", '"'):
                found[rel] = " ".join(unescape(match.group(1)).split())
    return found


def _refs(html: str, page: str) -> tuple[list[str], list[str]]:
    """(stylesheets for the screen, every other file) a page loads, as site paths."""
    styles, others = [], []

    def local(ref: str | None) -> str | None:
        if not ref or re.match(r"^([a-z]+:|//|#)", ref, re.I):
            return None
        path = normpath(urljoin("/" + page, ref.split("#")[0].split("?")[0])).lstrip("/")
        return path

    for link in start_tags(html, "link"):
        rels = set(link.get("rel", "").lower().split())
        ref = local(link.get("href"))
        if ref and "stylesheet" in rels and link.get("media", "all") != "print":
            styles.append(ref)
        elif ref and rels & {"stylesheet", "icon", "manifest", "apple-touch-icon"}:
            others.append(ref)
    for tag, attr in (("script", "src"), ("img", "src")):
        for element in start_tags(html, tag):
            ref = local(element.get(attr))
            if ref:
                others.append(ref)
    others += SEARCH_WORKER.findall(html)
    return styles, others


def shell(site: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """(what the worker saves at once, the stylesheets of the home page)."""
    wanted: list[str] = []
    styles: list[str] = []
    for page in SHELL_PAGES:
        if page not in files:
            continue
        wanted.append(page)
        page_styles, others = _refs((site / page / "index.html").read_text(encoding="utf-8"), page)
        styles = styles or page_styles
        wanted += page_styles + others
    wanted += [f"{ICONS_DIR}/{name}" for name in ICONS]
    wanted += list(SHELL_FILES)
    kept = [address(p) for p in dict.fromkeys(wanted)]
    return [p for p in kept if p in files], [s for s in styles if s in files]


# --------------------------------------------------------------------------- manifest and icons


def _config(root: Path) -> dict:
    try:
        config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return config if isinstance(config, dict) else {}


def draw_icon(size: int, kind: str) -> Image.Image:
    """One home-screen icon."""
    if kind == "any":
        return brand.logo(size)
    background = brand.TEAL if kind == "maskable" else brand.WHITE
    image = Image.new("RGBA", (size, size), background + (255,))
    # Maskable: the logo inside the middle 80% circle every phone keeps. Apple: nearly full.
    inner = round(size * (0.72 if kind == "maskable" else 0.86))
    mark = brand.logo(inner, circle=brand.WHITE if kind == "maskable" else brand.TEAL,
                      figure=brand.TEAL if kind == "maskable" else brand.WHITE)
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


def build_data(site: Path, name: str) -> dict:
    """What the worker needs to know about the built site at `site`."""
    files = site_files(site)
    saved_first, styles = shell(site, files)
    data = {
        "name": name,
        "files": files,
        "shell": saved_first,
        "styles": styles,
        "titles": titles(site, files),
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
    config = _config(root)
    write_icons(site, root)
    (site / MANIFEST).write_text(json.dumps(manifest(config), ensure_ascii=False, indent=1), encoding="utf-8")
    template = (root / "docs" / WORKER).read_text(encoding="utf-8")
    data = build_data(site, str(config.get("site_name") or ""))
    (site / WORKER).write_text(fill_worker(template, data), encoding="utf-8")
    return data
