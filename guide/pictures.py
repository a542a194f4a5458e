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
import errno
import hashlib
import io
import json
import math
import multiprocessing
import multiprocessing.connection
import os
import re
import sys
import threading
import time
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
# Chosen by measurement (python3 scripts/docs.py bench pictures --choose): the least AVIF
# quality whose SSIM reaches ImageMagick's at quality 55 at both 1600 and 800 px (the old 55
# made files 1.4 times as large, for a higher SSIM than that); WebP 78 and JPEG 82 already match
# ImageMagick's files byte for byte and score for score. AVIF speed 6 saves 4% of the bytes
# for 5 times the encoding time, WebP method 4 6% for 2.7 times: not worth it.
QUALITY = {"avif": 45, "webp": 78, "jpeg": 82}
# Encoder effort: AVIF speed (0 slowest and smallest, to 10) and WebP method (0 fastest, to 6).
EFFORT = {"avif_speed": 8, "webp_method": 2}
SETTINGS_VERSION = 1
MANIFEST = "manifest.json"
LOCK = ".lock"
# Marks a folder as the pipeline's own, from its first run (a run killed before it wrote a
# manifest included): only then does it delete old outputs there.
OURS = ".made-by-guide-pictures"
# How the pipeline names what it makes: <name>-<content key>-<width>.<format>.
OUTPUT_NAME = re.compile(r"^[a-z0-9-]+-[0-9a-f]{14}-\d+\.(avif|webp|jpg|png)$")
# Write errors that are about the output folder (full, read-only, not ours), not the picture.
FOLDER_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM})
MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
EXT = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png"}

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def settings_key() -> str:
    text = json.dumps([SETTINGS_VERSION, WIDTHS, QUALITY, EFFORT], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


class PictureFolderError(Exception):
    """The output folder cannot be used; the message names it and says why."""


@dataclass
class Result:
    processed: int = 0
    skipped: int = 0
    removed: int = 0
    errors: list[str] = field(default_factory=list)
    folder_errno: int = 0
    manifest: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- one picture


def to_srgb(image: Image.Image) -> Image.Image:
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
            opened.draft("RGB", decode_size(opened))  # decode at 1/2, 1/4 or 1/8 when it is enough
        oriented = ImageOps.exif_transpose(opened)
        oriented.load()
        image = to_srgb(oriented)
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
        resized = image if w == width else resize(image, (w, h))
        for fmt in variants:
            rel = (folder / f"{stem}-{key}-{w}.{EXT[fmt]}").as_posix()
            target = out_dir / rel
            if not target.exists():
                _write_atomic(target, lambda p, im=resized, f=fmt: save(im, p, f))
            variants[fmt].append([w, h, rel])
        image = resized  # each smaller width is made from the previous one: less work
    for fmt in variants:
        variants[fmt].sort()
    return {"key": key, "width": width, "height": height, "variants": variants}


def decode_size(image: Image.Image) -> tuple[int, int]:
    """The smallest stored size that still gives the widest output after EXIF rotation."""
    turned = image.getexif().get(0x0112) in (5, 6, 7, 8)
    shown_width = image.height if turned else image.width
    scale = min(1.0, max(WIDTHS) / shown_width)
    return (math.ceil(image.width * scale), math.ceil(image.height * scale))


def resize(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    factor = min(image.width // size[0], image.height // size[1])
    if factor >= 3:
        image = image.reduce(factor // 2)  # cheap box reduction first, LANCZOS for the last step
    return image.resize(size, Image.Resampling.LANCZOS)


def save(image: Image.Image, path: Path, fmt: str) -> None:
    options = {
        "avif": {"quality": QUALITY["avif"], "speed": EFFORT["avif_speed"]},
        "webp": {"quality": QUALITY["webp"], "method": EFFORT["webp_method"]},
        "jpeg": {"quality": QUALITY["jpeg"], "optimize": True, "progressive": True},
        "png": {"optimize": True},
    }[fmt]
    # No exif=, icc_profile= or xmp= is passed, so no metadata is written.
    image.save(path, format=fmt.upper(), **options)


def end_with_parent() -> None:
    """Run as each worker starts: the worker ends when the build that started it dies. A killed
    build (out of memory, a cancelled job) would otherwise leave its workers waiting for ever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _work(job):
    src, name, key, out_dir = job
    try:
        return name, process_one(Path(src), name, key, Path(out_dir)), None
    except OSError as error:
        if error.errno in FOLDER_ERRNOS:
            return name, None, FolderProblem(error.errno)
        size = Path(src).stat().st_size if Path(src).exists() else None
        return name, None, describe_error(name, error, size)
    except Exception as error:
        size = Path(src).stat().st_size if Path(src).exists() else None
        return name, None, describe_error(name, error, size)


@dataclass(frozen=True)
class FolderProblem:
    """A write failed because of the output folder, not the picture."""

    errno: int


def folder_error(out_dir: Path, number: int) -> PictureFolderError:
    why = {
        errno.ENOSPC: "the disk is full; free some space (or delete .cache/pictures/ to start afresh) and build again",
        errno.EDQUOT: "your disk quota is used up; free some space and build again",
        errno.EROFS: "it is on a read-only disk; build from a copy you can write to",
        errno.EACCES: "you may not write to it; fix its permissions (or delete it) and build again",
        errno.EPERM: "you may not write to it; fix its permissions (or delete it) and build again",
    }.get(number, f"it cannot be written to ({os.strerror(number)})")
    return PictureFolderError(
        f"The processed pictures cannot be saved in {out_dir}/: {why}. Your original pictures are fine."
    )


# --------------------------------------------------------------------------- the whole folder


def originals(src_dir: Path) -> list[str]:
    """The original pictures in src_dir (symbolic links are not originals: see `linked`)."""
    return sorted(
        p.relative_to(src_dir).as_posix()
        for p in src_dir.rglob("*")
        if p.is_file() and not p.is_symlink() and p.suffix.lower() in EXTENSIONS and not p.name.startswith(".")
    )


def linked(src_dir: Path) -> list[str]:
    """Symbolic links in src_dir: never processed, so nothing from outside the folder is published."""
    return sorted(p.relative_to(src_dir).as_posix() for p in src_dir.rglob("*") if p.is_symlink())


def content_key(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:10] + settings_key()[:4]


def check_folders(src_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that overlaps the originals, or that holds files not made here."""
    src, out = src_dir.resolve(), out_dir.resolve()
    if src == out or src in out.parents or out in src.parents:
        raise PictureFolderError(
            f"The output folder {out_dir}/ and the originals in {src_dir}/ overlap; "
            "write the outputs to a folder of their own (the default is .cache/pictures/)"
        )
    if out.is_dir() and not (out / OURS).exists() and not (out / MANIFEST).exists():
        others = [p for p in out.rglob("*") if p.is_file()]
        if others:
            raise PictureFolderError(
                f"{out_dir}/ already holds {len(others)} file(s) this pipeline did not make, "
                f"for example {others[0].relative_to(out)}; choose an empty or new folder"
            )
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / OURS).write_text("Processed pictures: this folder is rebuilt by guide.pictures.\n")
    except OSError as error:
        raise folder_error(out_dir, error.errno or errno.EIO) from None


@contextlib.contextmanager
def _only_one_run(out_dir: Path):
    """Two builds at once (a test run beside `mkdocs serve`) take turns on out_dir: otherwise
    one could remove the other's half-written files as leftovers. The lock file says who holds
    it; a waiting run says so. Workers are started fresh (not forked), so they never hold the
    lock: a killed build frees it at once."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    path = out_dir / LOCK
    with open(path, "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another build"
            print(
                f"[pictures] waiting for {holder} to finish with {out_dir}/ (lock file {path})",
                file=sys.stderr,
                flush=True,
            )
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(f"process {os.getpid()}, which started at {time.strftime('%H:%M:%S')}")
        lock.flush()
        try:
            yield
        finally:
            lock.truncate(0)
            fcntl.flock(lock, fcntl.LOCK_UN)


def process_all(
    src_dir: Path = ORIGINALS, out_dir: Path = OUTPUTS, *, jobs: int | None = None, progress: bool = False
) -> Result:
    """Bring out_dir up to date with src_dir. Never writes to src_dir; deletes only outputs it made."""
    check_folders(src_dir, out_dir)
    with _only_one_run(out_dir):
        return _process_all(src_dir, out_dir, jobs, progress)


def _read_manifest(path: Path) -> dict:
    """The last run's manifest; an unreadable, empty or damaged one counts as none (all is redone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {name: entry for name, entry in data.items() if isinstance(entry, dict) and _well_formed(entry)}


def _well_formed(entry: dict) -> bool:
    variants = entry.get("variants")
    return isinstance(variants, dict) and all(
        isinstance(items, list) and all(isinstance(i, list) and len(i) == 3 and isinstance(i[2], str) for i in items)
        for items in variants.values()
    )


def _process_all(src_dir: Path, out_dir: Path, jobs: int | None, progress: bool) -> Result:
    for leftover in out_dir.rglob(".*.tmp-*"):  # from a run that was killed
        leftover.unlink(missing_ok=True)
    manifest_path = out_dir / MANIFEST
    old = _read_manifest(manifest_path)
    result = Result()
    result.errors += [
        f"pictures/{name}: is a link to another file; copy the picture itself into pictures/ "
        "(links are refused, so nothing from outside the folder is published)"
        for name in linked(src_dir)
    ]
    todo = []
    for name in originals(src_dir):
        src = src_dir / name
        stat = src.stat()
        entry = old.get(name)
        if stat.st_size == 0:
            result.errors.append(describe_error(name, ValueError("empty"), 0))
            continue
        unchanged = entry and entry.get("settings") == settings_key() and _outputs_exist(out_dir, entry)
        if unchanged and (entry.get("size"), entry.get("mtime_ns")) == (stat.st_size, stat.st_mtime_ns):
            result.manifest[name] = entry
            result.skipped += 1
            continue
        key = content_key(src)
        if unchanged and entry.get("key") == key:  # the same picture with a new date (a fresh clone)
            result.manifest[name] = {**entry, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            result.skipped += 1
            continue
        todo.append((str(src), name, key, str(out_dir), stat))
    if todo:
        jobs = jobs or min(2, os.cpu_count() or 1)
        bar = _progress(len(todo)) if progress else None
        work = [job[:4] for job in todo]
        stats = {job[1]: job[4] for job in todo}
        if jobs > 1 and len(work) > 1:
            # "spawn": workers start fresh and inherit no open files (not the lock above).
            spawn = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(jobs, mp_context=spawn, initializer=end_with_parent) as pool:
                _collect(pool.map(_work, work), stats, result, bar)
        else:
            _collect(map(_work, work), stats, result, bar)
        if bar:
            bar.close()
    if result.folder_errno:
        raise folder_error(out_dir, result.folder_errno)
    if not result.errors:  # a run that failed deletes nothing: the next one may need those files
        result.removed = _remove_unused(out_dir, result.manifest)
    try:
        _write_atomic(manifest_path, lambda p: p.write_text(json.dumps(result.manifest, indent=1, sort_keys=True)))
    except OSError as error:
        raise folder_error(out_dir, error.errno or errno.EIO) from None
    return result


def _collect(outcomes, stats, result: Result, bar) -> None:
    for name, entry, error in outcomes:
        if isinstance(error, FolderProblem):
            result.folder_errno = error.errno
        elif error:
            result.errors.append(error)
        else:
            stat = stats[name]
            entry.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns, settings=settings_key())
            result.manifest[name] = entry
            result.processed += 1
        if bar:
            bar.update(1)


def _outputs_exist(out_dir: Path, entry: dict) -> bool:
    return all((out_dir / rel).exists() for rel in _outputs_of(entry))


def _outputs_of(entry: dict) -> list[str]:
    return [rel for items in entry["variants"].values() for *_, rel in items]


def _remove_unused(out_dir: Path, manifest: dict) -> int:
    """Delete outputs this pipeline made earlier that no original needs now. Only files named
    as it names them are touched; anything else in the folder is left alone."""
    used = {rel for entry in manifest.values() for rel in _outputs_of(entry)}
    removed = 0
    for path in out_dir.rglob("*"):
        rel = path.relative_to(out_dir).as_posix()
        if path.is_file() and OUTPUT_NAME.match(path.name) and rel not in used:
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
    return [rel for entry in manifest.values() for rel in _outputs_of(entry)]
