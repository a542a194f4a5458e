"""Link previews: the 1200 x 630 picture a messaging app or social site shows when a page of the
guide is shared, made with Pillow at build time, for every page.

An exercise page's preview shows its picture (pictures/<image.file>) beside its title; any other
page's shows the site card: the logo, the site's name and the page's title. The Open Graph and
Twitter card tags that point at them are written by overrides/partials/link-previews.html, at
the address `preview_path(page url)`; the title drawn is the one those tags give (read back from
the built page, so it is the engine's own title for the page).

Work is cached: each preview is named by a key of everything drawn on it (title, label, the
picture's content key, the layout version) in .cache/previews/, so a rebuild with nothing changed
draws nothing and only copies (or links) the files into the site. Nothing is downloaded: the font
is Pillow's built-in one. Both engines call `write`: the MkDocs hook (hooks/link_previews.py)
after a build, and guide.zensical_build after a Zensical build.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from guide import brand, front_matter, pictures, site_config
from guide.built_site import pages
from guide.page_model import EXERCISE_TEMPLATE

SIZE = (1200, 630)
# Where a page's preview is published: assets/previews/<page address>preview.png.
OUTPUT_DIR = "assets/previews"
FILE_NAME = "preview.png"
LAYOUT_VERSION = 1  # with the code below: any change to how a preview is drawn makes new ones
# Cached previews not used by any build for this long are deleted.
KEEP_UNUSED_SECONDS = 30 * 24 * 3600
# Draw in parallel only when there is this much to draw (a first build): a pool costs ~0.3 s.
PARALLEL_FROM = 20
# What an exercise is, in the words of its kind (front matter `kind`).
KIND_LABELS = {
    "stretch": "Stretch",
    "foam-rolling": "Foam rolling",
    "trigger-point": "Trigger point release",
    "core": "Core exercise",
    "legs": "Leg exercise",
}
TAGLINE = "Plain-English help to ease low back pain"
PANEL_PICTURE_WIDTH = 590  # the picture's panel is 630 px wide, less a margin
HEAD_BYTES = 20_000  # the <meta> tags are in the first part of a page
EXERCISE_CLASS = "guide-exercise-page"  # overrides/exercise.html


def preview_path(url: str) -> str:
    """Where the preview of the page at `url` ("" or "stretches/calves/") is in the site."""
    return f"{OUTPUT_DIR}/{url}{FILE_NAME}"


def cache_dir(root: Path) -> Path:
    return root / ".cache" / "previews"


@dataclass(frozen=True)
class Card:
    """What one preview shows."""

    url: str  # "" for the home page, else "path/"
    title: str
    site_name: str
    label: str = ""  # what kind of exercise it is; "" for the site card
    picture: str = ""  # the picture's file (processed, else the original), for an exercise page
    picture_key: str = ""  # the original's content key: a new picture makes a new preview

    def key(self) -> str:
        text = json.dumps(
            [LAYOUT_VERSION, _code_key(), SIZE, self.title, self.site_name, self.label, self.picture_key],
            ensure_ascii=False,
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@functools.cache
def _code_key() -> str:
    """A key of the code that draws previews (this module and guide.brand): a change to it
    makes every preview again, so a cached one never shows an old layout."""
    digest = hashlib.sha256()
    for module in (__file__, brand.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------- what to draw


OG_TITLE = re.compile(r"<meta\s[^>]*\bog:title\b[^>]*>", re.I)
CONTENT = re.compile(r"""\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def page_title(html: str) -> str | None:
    """The title a page's link-preview tags give it (og:title), or None. A regular expression,
    not a parser: it runs on every page of every build."""
    tag = OG_TITLE.search(html, 0, HEAD_BYTES)
    content = CONTENT.search(tag.group(0)) if tag else None
    if not content:
        return None
    return unescape(next(g for g in content.groups() if g is not None)).strip() or None


def source_of(url: str, docs: Path) -> Path | None:
    """The Markdown file of a page address (directory URLs)."""
    rel = url.strip("/")
    for name in [f"{rel}.md", f"{rel}/index.md"] if rel else ["index.md"]:
        if (docs / name).is_file():
            return docs / name
    return None


def site_name(config_file: Path) -> str:
    return str(site_config.read(config_file).get("site_name") or "")


def cards(site: Path, root: Path) -> list[Card]:
    """A card for every page of the built site that has link-preview tags."""
    docs, name = root / "docs", site_name(root / "mkdocs.yml")
    processed = _processed(root)
    found = []
    for path, html in pages(site).items():
        title = page_title(html)
        if title is None:
            continue
        url = path.lstrip("/")
        card = Card(url, title, name)
        # Only an exercise page (its template's class says so) has a picture to show.
        source = source_of(url, docs) if EXERCISE_CLASS in html else None
        try:
            meta = front_matter.split(source.read_text(encoding="utf-8"))[0] if source else {}
        except (OSError, UnicodeDecodeError, front_matter.FrontMatterError):
            meta = {}
        image = meta.get("image") if meta.get("template") == EXERCISE_TEMPLATE else None
        file = image.get("file") if isinstance(image, dict) else None
        original = root / "pictures" / file if isinstance(file, str) else None
        if original is not None and original.is_file() and not original.is_symlink():
            key, smaller = processed.get(file, (pictures.content_key(original), None))
            label = KIND_LABELS.get(str(meta.get("kind")), "Exercise")
            card = Card(url, title, name, label, str(smaller or original), key)
        found.append(card)
    return found


def _processed(root: Path) -> dict[str, tuple[str, Path | None]]:
    """Each original's content key, and its processed JPEG or PNG at the smallest width that
    still fills the preview's panel (much quicker to open than the original), from the picture
    pipeline's manifest."""
    out = pictures.output_dir(root)
    try:
        data = json.loads((out / pictures.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, tuple[str, Path | None]] = {}
    for name, entry in data.items() if isinstance(data, dict) else ():
        if not isinstance(entry, dict) or "key" not in entry:
            continue
        variants = entry.get("variants") or {}
        fallback = variants.get("png") or variants.get("jpeg") or []
        wide_enough = [v for v in fallback if isinstance(v, list) and len(v) == 3 and v[0] >= PANEL_PICTURE_WIDTH]
        best = out / min(wide_enough)[2] if wide_enough else None
        found[name] = (str(entry["key"]), best if best is not None and best.is_file() else None)
    return found


# --------------------------------------------------------------------------- drawing


def draw(card: Card) -> Image.Image:
    """The preview of one card: 1200 x 630, RGB."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, brand.TEAL)
    pen = ImageDraw.Draw(image)
    if card.picture:
        # The exercise's picture on a pale panel on the left, the words on the right.
        panel = height
        image.paste(brand.PALE, (0, 0, panel, height))
        with Image.open(card.picture) as original:
            picture = ImageOps.exif_transpose(original).convert("RGBA")
        picture.thumbnail((panel - 40, height - 40), Image.Resampling.LANCZOS, reducing_gap=3.0)
        backdrop = Image.new("RGBA", picture.size, (*brand.PALE, 255))
        picture = Image.alpha_composite(backdrop, picture).convert("RGB")
        image.paste(picture, ((panel - picture.width) // 2, (height - picture.height) // 2))
        left, text_width = panel + 56, width - panel - 56 - 48
        title_sizes, max_lines = (60, 54, 48, 42, 36), 6
    else:
        left, text_width = 96, width - 96 - 96
        title_sizes, max_lines = (84, 76, 68, 60, 52, 46), 4
    # The site's name with its logo, at the top.
    mark = brand.logo(64, circle=brand.WHITE, figure=brand.TEAL)
    image.paste(mark, (left, 56), mark)
    pen.text((left + 84, 88), card.site_name, font=brand.font(40), fill=brand.WHITE, anchor="lm")
    # The page's title, as large as fits (the home page's title is the site's name, shown above:
    # its card says what the guide is for instead).
    home = not card.picture and card.title == card.site_name
    face, lines = brand.fit(TAGLINE if home else card.title, text_width, max_lines, title_sizes)
    line_height = round(face.size * 1.18)
    top = 168 if card.label else 184
    if card.label:
        pen.text((left, top), card.label, font=brand.font(36), fill=brand.SOFT_WHITE)
        top += 64
    for n, line in enumerate(lines):
        pen.text(
            (left, top + n * line_height), line, font=face, fill=brand.WHITE, stroke_width=1, stroke_fill=brand.WHITE
        )
    if not card.picture and not home:
        pen.text((left, height - 72), TAGLINE, font=brand.font(36), fill=brand.SOFT_WHITE, anchor="ls")
    return image


def _save(image: Image.Image, target: Path) -> None:
    # A palette of 256 colours keeps a drawing with text small and sharp (no JPEG blur on letters).
    small = image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        small.save(tmp, format="PNG", optimize=True)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _draw_to(job: tuple[Card, str]) -> str:
    card, target = job
    _save(draw(card), Path(target))
    return target


# --------------------------------------------------------------------------- the whole site


@dataclass
class Result:
    pages: int = 0
    drawn: int = 0


def write(site: Path, root: Path) -> Result:
    """Make (or reuse) the preview of every page of the built site at `site`, for the project at
    `root`, and publish each at its page's preview_path."""
    out = cache_dir(root)
    out.mkdir(parents=True, exist_ok=True)
    todo = []
    result = Result()
    published = []
    for card in cards(site, root):
        cached = out / f"{card.key()}.png"
        if not cached.is_file():
            todo.append((card, str(cached)))
        published.append((cached, site / preview_path(card.url)))
    if len(todo) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        # "spawn", as guide.pictures: workers start fresh and inherit nothing from the build.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1), mp_context=spawn) as pool:
            list(pool.map(_draw_to, todo))
    else:
        for job in todo:
            _draw_to(job)
    now = time.time()
    for cached, target in published:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(cached, target)  # the same file, no copy, when the site is on the same disk
        except OSError:
            shutil.copyfile(cached, target)
        os.utime(cached, (now, now))
    _forget_unused(out, now)
    result.pages, result.drawn = len(published), len(todo)
    return result


def _forget_unused(out: Path, now: float) -> None:
    for old in out.glob("*.png"):
        try:
            if now - old.stat().st_mtime > KEEP_UNUSED_SECONDS:
                old.unlink()
        except OSError:
            pass
