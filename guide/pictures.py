"""Turn original pictures into small, fast, responsive web images.

For each original (PNG, JPEG, WebP, HEIC, GIF, TIFF) it applies the EXIF orientation,
converts to sRGB, resizes to a few widths (never up), encodes AVIF, WebP and a JPEG (or
PNG when there is transparency) fallback, and drops every piece of metadata, so a phone
photo never publishes where it was taken. Work is incremental: outputs are named by the
original's content and the settings, and a rerun with nothing changed opens no image.
Originals are only ever read. Outputs are written under a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from guide.project import PICTURES, ROOT

register_heif_opener()  # HEIC/HEIF photos from phones

ORIGINALS = PICTURES


def output_dir(root: Path) -> Path:
    """Where a project at `root` keeps its processed pictures."""
    return root / ".cache" / "pictures"


OUTPUTS = output_dir(ROOT)

URL_PREFIX = "pictures"
EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp", ".heic", ".heif", ".gif", ".tif", ".tiff"}
WIDTHS = (480, 800, 1200, 1600)
FALLBACK_WIDTH = 800
MAX_PIXELS = 60_000_000  # larger than any phone photo; stops decompression bombs
QUALITY = {"avif": 55, "webp": 78, "jpeg": 82}
SETTINGS_VERSION = 1
MANIFEST = "manifest.json"
LOCK = ".lock"
MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
EXT = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def settings_key() -> str:
    text = json.dumps([SETTINGS_VERSION, WIDTHS, QUALITY], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


class PictureFolderError(Exception):
    """The output folder cannot be used; the message names it and says why."""


@dataclass
class Result:
    processed: int = 0
    skipped: int = 0
    removed: int = 0
    errors: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- one picture


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB or RGBA in sRGB, 8 bits per channel, whatever the original's mode and profile."""
    if getattr(image, "is_animated", False):
        image.seek(0)
    icc = image.info.get("icc_profile")
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    elif image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 257).convert("L")
    elif image.mode == "LA" or image.mode == "PA":
        image = image.convert("RGBA")
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            mode = "RGBA" if image.mode in ("RGBA", "LA") else "RGB"
            image = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    if image.mode == "CMYK":
        image = image.convert("RGB")
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
    if image.mode == "RGBA" and image.getextrema()[3][0] == 255:
        image = image.convert("RGB")  # fully opaque: no need for an alpha channel
    return image


def describe_error(name: str, error: BaseException, size: int | None) -> str:
    """One line naming the file and saying what is wrong and what to do."""
    if size == 0:
        why = "the file is empty (0 bytes); replace it with the real picture"
    elif isinstance(error, Image.DecompressionBombError):
        why = (
            f"the picture is too large to open safely (over {MAX_PIXELS // 1_000_000} megapixels); "
            "save a smaller copy, for example 4000 pixels wide"
        )
    elif isinstance(error, UnidentifiedImageError):
        why = "this is not a picture Pillow can read (is it really an image?); export it again as JPEG or PNG"
    elif isinstance(error, (OSError, SyntaxError)) and re.search(r"truncat|broken|premature", str(error), re.I):
        why = "the picture is cut short (truncated or damaged); copy it again from the original"
    else:
        why = f"cannot be processed ({type(error).__name__}: {error}); export it again as JPEG or PNG"
    return f"pictures/{name}: {why}"


def _write_atomic(path: Path, save) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def process_one(src: Path, name: str, key: str, out_dir: Path) -> dict:
    """Make every web version of one original. Returns its manifest entry; raises on bad input."""
    with Image.open(src) as opened:
        if opened.width * opened.height > MAX_PIXELS:  # Pillow only warns up to twice its limit
            raise Image.DecompressionBombError(f"{opened.width}x{opened.height}")
        if opened.format == "JPEG":
            opened.draft("RGB", _decode_size(opened))  # decode at 1/2, 1/4 or 1/8 when it is enough
        oriented = ImageOps.exif_transpose(opened)
        oriented.load()
        image = _to_srgb(oriented)
    width, height = image.size
    # The set widths below the original's own, plus the original width itself (never upscaled).
    widths = sorted({w for w in WIDTHS if w < width} | {min(width, max(WIDTHS))})
    has_alpha = image.mode == "RGBA"
    fallback = "png" if has_alpha else "jpeg"
    stem = re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-") or "picture"
    folder = Path(name).parent
    (out_dir / folder).mkdir(parents=True, exist_ok=True)
    variants: dict[str, list] = {"avif": [], "webp": [], fallback: []}
    for w in sorted(widths, reverse=True):
        h = round(height * w / width)
        resized = image if w == width else _resize(image, (w, h))
        for fmt in variants:
            rel = (folder / f"{stem}-{key}-{w}.{EXT[fmt]}").as_posix()
            target = out_dir / rel
            if not target.exists():
                _write_atomic(target, lambda p, im=resized, f=fmt: _save(im, p, f))
            variants[fmt].append([w, h, rel])
        image = resized  # each smaller width is made from the previous one: less work
    for fmt in variants:
        variants[fmt].sort()
    return {"key": key, "width": width, "height": height, "variants": variants}


def _decode_size(image: Image.Image) -> tuple[int, int]:
    """The smallest stored size that still gives the widest output after EXIF rotation."""
    turned = image.getexif().get(0x0112) in (5, 6, 7, 8)
    shown_width = image.height if turned else image.width
    scale = min(1.0, max(WIDTHS) / shown_width)
    return (math.ceil(image.width * scale), math.ceil(image.height * scale))


def _resize(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    factor = min(image.width // size[0], image.height // size[1])
    if factor >= 3:
        image = image.reduce(factor // 2)  # cheap box reduction first, LANCZOS for the last step
    return image.resize(size, Image.Resampling.LANCZOS)


def _save(image: Image.Image, path: Path, fmt: str) -> None:
    options = {
        "avif": {"quality": QUALITY["avif"], "speed": 8},
        "webp": {"quality": QUALITY["webp"], "method": 2},
        "jpeg": {"quality": QUALITY["jpeg"], "optimize": True, "progressive": True},
        "png": {"optimize": True},
    }[fmt]
    # No exif=, icc_profile= or xmp= is passed, so no metadata is written.
    image.save(path, format=fmt.upper(), **options)


def _work(job):
    src, name, key, out_dir = job
    try:
        return name, process_one(Path(src), name, key, Path(out_dir)), None
    except Exception as error:
        size = Path(src).stat().st_size if Path(src).exists() else None
        return name, None, describe_error(name, error, size)


# --------------------------------------------------------------------------- the whole folder


def originals(src_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(src_dir).as_posix()
        for p in src_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in EXTENSIONS and not p.name.startswith(".")
    )


def content_key(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:10] + settings_key()[:4]


@contextlib.contextmanager
def _only_one_run(out_dir: Path):
    """Two builds at once (a test run beside `mkdocs serve`) take turns on out_dir: otherwise
    one could remove the other's half-written files as leftovers."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    with open(out_dir / LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def process_all(
    src_dir: Path = ORIGINALS, out_dir: Path = OUTPUTS, *, jobs: int | None = None, progress: bool = False
) -> Result:
    """Bring out_dir up to date with src_dir. Never writes to src_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with _only_one_run(out_dir):
        return _process_all(src_dir, out_dir, jobs, progress)


def _process_all(src_dir: Path, out_dir: Path, jobs: int | None, progress: bool) -> Result:
    for leftover in out_dir.rglob(".*.tmp-*"):  # from a run that was killed
        leftover.unlink(missing_ok=True)
    manifest_path = out_dir / MANIFEST
    try:
        old = json.loads(manifest_path.read_text())
    except (OSError, ValueError):
        old = {}
    result = Result()
    todo = []
    for name in originals(src_dir):
        src = src_dir / name
        stat = src.stat()
        entry = old.get(name)
        if (
            entry
            and entry.get("size") == stat.st_size
            and entry.get("mtime_ns") == stat.st_mtime_ns
            and entry.get("settings") == settings_key()
            and _outputs_exist(out_dir, entry)
        ):
            result.manifest[name] = entry
            result.skipped += 1
            continue
        if stat.st_size == 0:
            result.errors.append(describe_error(name, ValueError("empty"), 0))
            continue
        todo.append((str(src), name, content_key(src), str(out_dir), stat))
    if todo:
        jobs = jobs or min(2, os.cpu_count() or 1)
        bar = _progress(len(todo)) if progress else None
        work = [job[:4] for job in todo]
        stats = {job[1]: job[4] for job in todo}
        if jobs > 1 and len(work) > 1:
            with ProcessPoolExecutor(jobs) as pool:
                outcomes = pool.map(_work, work)
                _collect(outcomes, stats, result, bar)
        else:
            _collect(map(_work, work), stats, result, bar)
        if bar:
            bar.close()
    result.removed = _remove_unused(out_dir, result.manifest)
    _write_atomic(manifest_path, lambda p: p.write_text(json.dumps(result.manifest, indent=1, sort_keys=True)))
    return result


def _collect(outcomes, stats, result: Result, bar) -> None:
    for name, entry, error in outcomes:
        if error:
            result.errors.append(error)
        else:
            stat = stats[name]
            entry.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns, settings=settings_key())
            result.manifest[name] = entry
            result.processed += 1
        if bar:
            bar.update(1)


def _outputs_exist(out_dir: Path, entry: dict) -> bool:
    return all((out_dir / rel).exists() for items in entry.get("variants", {}).values() for *_, rel in items)


def _remove_unused(out_dir: Path, manifest: dict) -> int:
    used = {rel for entry in manifest.values() for items in entry["variants"].values() for *_, rel in items}
    removed = 0
    for path in out_dir.rglob("*"):
        if path.is_file() and path.name not in (MANIFEST, LOCK) and path.relative_to(out_dir).as_posix() not in used:
            path.unlink()
            removed += 1
    return removed


def _progress(total: int):
    if os.environ.get("CI") or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="picture", desc="pictures", file=sys.stderr)


def published_files(manifest: dict) -> list[str]:
    """Every output file the manifest names, relative to the output folder."""
    return [rel for entry in manifest.values() for items in entry["variants"].values() for *_, rel in items]
