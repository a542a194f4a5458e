"""The image pipeline, with every fixture made here by Pillow: good photos and bad input."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from guide import pictures, site_check
from guide.project import ROOT

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def photo(path: Path, size=(1800, 1200), orientation: int | None = None, gps=True, mode="RGB", **save):
    """A photo-like JPEG with EXIF (and GPS, as a phone writes it); a red block marks its top-left."""
    image = Image.new("RGB", size, (90, 140, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0] // 4, size[1] // 4], fill=(230, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    if orientation:
        exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    if mode != "RGB":
        image = image.convert(mode)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, exif=exif, **save)
    return path


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def outputs(out: Path) -> list[Path]:
    return [
        p for p in out.rglob("*") if p.is_file() and p.name not in (pictures.MANIFEST, pictures.LOCK, pictures.OURS)
    ]


def test_sizes_formats_and_no_upscaling(dirs):
    src, out = dirs
    photo(src / "big.jpg", size=(2000, 1500))
    photo(src / "small.jpg", size=(300, 200))
    result = pictures.process_all(src, out, jobs=1)
    assert result.errors == [] and result.processed == 2
    big = result.manifest["big.jpg"]
    assert [w for w, _, _ in big["variants"]["webp"]] == [480, 800, 1200, 1600]
    assert set(big["variants"]) == {"avif", "webp", "jpeg"}
    for fmt, items in big["variants"].items():
        for w, h, rel in items:
            with Image.open(out / rel) as im:
                assert im.size == (w, h) and h == round(1500 * w / 2000)
                assert im.format == {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}[fmt]
    small = result.manifest["small.jpg"]
    assert [w for w, _, _ in small["variants"]["jpeg"]] == [300]


def test_transparency_gets_a_png_fallback(dirs):
    src, out = dirs
    image = Image.new("RGBA", (900, 600), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse([100, 100, 500, 500], fill=(200, 50, 50, 255))
    image.save(src / "cut-out.png")
    entry = pictures.process_all(src, out, jobs=1).manifest["cut-out.png"]
    assert "png" in entry["variants"] and "jpeg" not in entry["variants"]


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_applied(dirs, orientation):
    src, out = dirs
    photo(src / "o.jpg", size=(800, 600), orientation=orientation)
    entry = pictures.process_all(src, out, jobs=1).manifest["o.jpg"]
    w, h, rel = entry["variants"]["jpeg"][-1]
    rotated = orientation in (5, 6, 7, 8)
    assert (w, h) == ((600, 800) if rotated else (800, 600))
    with Image.open(out / rel) as im:
        im = im.convert("RGB")
        # The red block marks the stored top-left; after turning, it must be where the turn puts it.
        corners = {"tl": (5, 5), "tr": (im.width - 6, 5), "bl": (5, im.height - 6), "br": (im.width - 6, im.height - 6)}
        red = [name for name, xy in corners.items() if im.getpixel(xy)[0] > 180 and im.getpixel(xy)[2] < 100]
    expected = {1: "tl", 2: "tr", 3: "br", 4: "bl", 5: "tl", 6: "tr", 7: "br", 8: "bl"}[orientation]
    assert red == [expected]


def test_no_metadata_in_any_output(dirs):
    src, out = dirs
    photo(src / "phone.jpg", orientation=6)
    photo(src / "shot.webp", format="WEBP")
    pictures.process_all(src, out, jobs=1)
    for path in outputs(out):
        with Image.open(path) as im:
            assert not im.getexif(), f"{path.name} still has EXIF"
            assert GPS_IFD not in im.getexif()
            for key in ("exif", "xmp", "XML:com.adobe.xmp"):
                assert key not in im.info, f"{path.name} carries {key}"
        assert b"PhoneMaker" not in path.read_bytes()


def test_cmyk_16_bit_palette_animated_and_odd_names(dirs):
    src, out = dirs
    photo(src / "print CMYK.jpg", mode="CMYK")
    Image.new("I;16", (700, 500), 30000).save(src / "scan-16bit.png")
    pal = Image.new("P", (600, 400))
    pal.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    pal.info["transparency"] = 0
    pal.save(src / "palette.png", transparency=0)
    frames = [Image.new("RGB", (500, 500), c) for c in ((255, 0, 0), (0, 255, 0))]
    frames[0].save(src / "moving.gif", save_all=True, append_images=frames[1:])
    photo(src / "Ünïcode name.JPEG")
    result = pictures.process_all(src, out, jobs=1)
    assert result.errors == []
    assert set(result.manifest) == {
        "print CMYK.jpg",
        "scan-16bit.png",
        "palette.png",
        "moving.gif",
        "Ünïcode name.JPEG",
    }
    with Image.open(out / result.manifest["moving.gif"]["variants"]["jpeg"][0][2]) as first:
        assert first.convert("RGB").getpixel((10, 10))[0] > 200  # the first frame, red


def test_heic_from_a_phone(dirs):
    pillow_heif = pytest.importorskip("pillow_heif")
    src, out = dirs
    image = Image.new("RGB", (1200, 900), (40, 160, 90))
    heif = pillow_heif.from_pillow(image)
    heif.save(src / "IMG_0001.HEIC", quality=70)
    result = pictures.process_all(src, out, jobs=1)
    assert result.errors == [] and result.manifest["IMG_0001.HEIC"]["width"] == 1200


def test_bad_input_gives_one_clear_line_each_and_the_rest_still_works(dirs):
    src, out = dirs
    photo(src / "good.jpg")
    (src / "empty.jpg").write_bytes(b"")
    whole = photo(src / "whole.jpg").read_bytes()
    (src / "whole.jpg").unlink()
    (src / "truncated.jpg").write_bytes(whole[: len(whole) // 3])
    (src / "notes.jpg").write_text("this is a text file, not a photo")
    bomb = src / "bomb.png"
    Image.new("1", (9000, 9000)).save(bomb)  # 81 megapixels, a few KB on disk
    before = digest(src)
    result = pictures.process_all(src, out, jobs=2)
    assert "good.jpg" in result.manifest
    by_file = {line.split(":")[0]: line for line in result.errors}
    assert set(by_file) == {"pictures/empty.jpg", "pictures/truncated.jpg", "pictures/notes.jpg", "pictures/bomb.png"}
    assert "empty" in by_file["pictures/empty.jpg"]
    assert "cut short" in by_file["pictures/truncated.jpg"]
    assert "not a picture" in by_file["pictures/notes.jpg"]
    assert "too large" in by_file["pictures/bomb.png"]
    assert all("\n" not in line for line in result.errors)
    assert digest(src) == before, "originals must never change"


def test_cli_exit_code_says_something_failed(dirs):
    src, out = dirs
    photo(src / "good.jpg")
    (src / "empty.jpg").write_bytes(b"")
    run = subprocess.run(
        [sys.executable, "scripts/pictures.py", "--src", str(src), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 1
    assert "pictures/empty.jpg: the file is empty" in run.stderr
    assert "1 processed" in run.stderr


def test_rerun_with_nothing_changed_does_no_work_and_one_change_redoes_one(dirs):
    src, out = dirs
    for i in range(3):
        photo(src / f"p{i}.jpg", size=(900 + i, 600))
    first = pictures.process_all(src, out, jobs=1)
    assert first.processed == 3
    again = pictures.process_all(src, out, jobs=1)
    assert (again.processed, again.skipped) == (0, 3)
    photo(src / "p1.jpg", size=(1000, 700))
    third = pictures.process_all(src, out, jobs=1)
    assert (third.processed, third.skipped) == (1, 2)
    assert third.manifest["p1.jpg"]["width"] == 1000
    assert third.removed > 0, "the old outputs of the changed picture are removed"


def test_outputs_of_deleted_originals_are_removed(dirs):
    src, out = dirs
    photo(src / "keep.jpg")
    photo(src / "drop.jpg", size=(1000, 800))
    pictures.process_all(src, out, jobs=1)
    (src / "drop.jpg").unlink()
    result = pictures.process_all(src, out, jobs=1)
    assert set(result.manifest) == {"keep.jpg"}
    assert not [p for p in outputs(out) if p.name.startswith("drop")]


def test_a_run_killed_halfway_leaves_no_broken_image(dirs, monkeypatch):
    src, out = dirs
    photo(src / "a.jpg")
    real_save = pictures.save
    calls = {"n": 0}

    def dies_on_third_write(image, path, fmt):
        calls["n"] += 1
        if calls["n"] == 3:
            Path(path).write_bytes(b"half an image")  # a partial write, then the process dies
            raise KeyboardInterrupt
        real_save(image, path, fmt)

    monkeypatch.setattr(pictures, "save", dies_on_third_write)
    with pytest.raises(KeyboardInterrupt):
        pictures.process_all(src, out, jobs=1)
    for path in outputs(out):
        assert not path.name.startswith("."), f"temporary file left behind: {path.name}"
        with Image.open(path) as im:
            im.verify()
    monkeypatch.setattr(pictures, "save", real_save)
    assert pictures.process_all(src, out, jobs=1).errors == []


def _run_in_other_process(src: Path, out: Path, delay: float):
    import time

    time.sleep(delay)
    result = pictures.process_all(src, out, jobs=1)
    return result.errors, sorted(result.manifest)


def test_two_builds_at_once_share_the_cache_without_breaking_each_other(dirs):
    # A test run beside `mkdocs serve`: both bring the same cache up to date at the same time.
    from concurrent.futures import ProcessPoolExecutor

    src, out = dirs
    for i in range(6):
        photo(src / f"p{i}.jpg", size=(1200 + 10 * i, 800))
    with ProcessPoolExecutor(2) as pool:
        # The second starts while the first is writing, when its clean-up could hit the first.
        runs = list(pool.map(_run_in_other_process, [src, src], [out, out], [0, 0.5]))
    for errors, names in runs:
        assert errors == [] and names == [f"p{i}.jpg" for i in range(6)]
    for path in outputs(out):
        assert not path.name.startswith("."), f"temporary file left behind: {path.name}"
        with Image.open(path) as im:
            im.verify()


def test_the_real_originals_are_unchanged_by_a_build(site):
    before = digest(pictures.ORIGINALS)
    assert site_check.check_docs(ROOT / "docs", pictures_dir=pictures.ORIGINALS).problems == []
    published = list((site.path / "pictures").rglob("*.avif"))
    assert len(published) >= 4 * 31
    assert digest(pictures.ORIGINALS) == before
    rerun = pictures.process_all()
    assert rerun.processed == 0 and rerun.errors == []
