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

import hashlib
import json
import multiprocessing
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from guide import brand, front_matter, pictures
from guide.built_site import pages, start_tags
from guide.exercise_catalogue import _ConfigLoader
from guide.page_model import EXERCISE_TEMPLATE

SIZE = (1200, 630)
# Where a page's preview is published: assets/previews/<page address>preview.png.
OUTPUT_DIR = "assets/previews"
FILE_NAME = "preview.png"
LAYOUT_VERSION = 1
# Cached previews not used by any build for this long are deleted.
KEEP_UNUSED_SECONDS = 30 * 24 * 3600
# Draw in parallel only when there is this much to draw (a first build): a pool costs ~0.3 s.
PARALLEL_FROM = 12
# What an exercise is, in the words of its kind (front matter `kind`).
KIND_LABELS = {
    "stretch": "Stretch",
    "foam-rolling": "Foam rolling",
    "trigger-point": "Trigger point release",
    "core": "Core exercise",
    "legs": "Leg exercise",
}
TAGLINE = "Plain-English help to ease low back pain"
HEAD_BYTES = 20_000  # the <meta> tags are in the first part of a page


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
    picture: str = ""  # the original picture's path, for an exercise page
    picture_key: str = ""  # the original's content key: a new picture makes a new preview

    def key(self) -> str:
        text = json.dumps(
            [LAYOUT_VERSION, SIZE, self.title, self.site_name, self.label, self.picture_key], ensure_ascii=False
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- what to draw


def page_title(html: str) -> str | None:
    """The title a page's link-preview tags give it (og:title), or None."""
    for meta in start_tags(html[:HEAD_BYTES], "meta"):
        if meta.get("property") == "og:title":
            return unescape(meta.get("content", "")).strip() or None
    return None


def source_of(url: str, docs: Path) -> Path | None:
    """The Markdown file of a page address (directory URLs)."""
    rel = url.strip("/")
    for name in ([f"{rel}.md", f"{rel}/index.md"] if rel else ["index.md"]):
        if (docs / name).is_file():
            return docs / name
    return None


def site_name(config_file: Path) -> str:
    import yaml

    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    except (OSError, yaml.YAMLError):
        return ""
    return str(config.get("site_name") or "") if isinstance(config, dict) else ""


def cards(site: Path, root: Path) -> list[Card]:
    """A card for every page of the built site that has link-preview tags."""
    docs, name = root / "docs", site_name(root / "mkdocs.yml")
    manifest = _picture_keys(root)
    found = []
    for path, html in pages(site).items():
        title = page_title(html)
        if title is None:
            continue
        url = path.lstrip("/")
        card = Card(url, title, name)
        source = source_of(url, docs)
        try:
            meta = front_matter.split(source.read_text(encoding="utf-8"))[0] if source else {}
        except (OSError, UnicodeDecodeError, front_matter.FrontMatterError):
            meta = {}
        image = meta.get("image") if meta.get("template") == EXERCISE_TEMPLATE else None
        file = image.get("file") if isinstance(image, dict) else None
        original = root / "pictures" / file if isinstance(file, str) else None
        if original is not None and original.is_file() and not original.is_symlink():
            key = manifest.get(file) or pictures.content_key(original)
            label = KIND_LABELS.get(str(meta.get("kind")), "Exercise")
            card = Card(url, title, name, label, str(original), key)
        found.append(card)
    return found


def _picture_keys(root: Path) -> dict[str, str]:
    """The picture pipeline's content key of each original (read from its manifest)."""
    try:
        data = json.loads((pictures.output_dir(root) / pictures.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {name: entry["key"] for name, entry in data.items() if isinstance(entry, dict) and "key" in entry}


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
        picture.thumbnail((panel - 40, height - 40), Image.Resampling.LANCZOS)
        backdrop = Image.new("RGBA", picture.size, brand.PALE + (255,))
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
    # The page's title, as large as fits.
    face, lines = brand.fit(card.title, text_width, max_lines, title_sizes)
    line_height = round(face.size * 1.18)
    top = 168 if card.label else 184
    if card.label:
        pen.text((left, top), card.label, font=brand.font(36), fill=brand.SOFT_WHITE)
        top += 64
    for n, line in enumerate(lines):
        pen.text((left, top + n * line_height), line, font=face, fill=brand.WHITE, stroke_width=1, stroke_fill=brand.WHITE)
    if not card.picture:
        pen.text((left, height - 72), TAGLINE, font=brand.font(36), fill=brand.SOFT_WHITE, anchor="ls")
    return image


def _save(image: Image.Image, target: Path) -> None:
    # A palette of 256 colours keeps a drawing with text small and sharp (no JPEG blur on letters).
    small = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
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
