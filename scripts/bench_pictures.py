"""Benchmark the picture pipeline against ImageMagick doing the same job on the same photos.

    python3 scripts/docs.py bench pictures [--photos 20] [--jobs 2] [--rounds 5]
    python3 scripts/docs.py bench pictures --choose    # the quality sweep behind pictures.QUALITY

Makes N photo-like 12-megapixel JPEGs (4000x3000, EXIF orientation and GPS), then:
  1. times the pipeline from a cold cache and ImageMagick doing the same job, in turns
     (pipeline, ImageMagick, pipeline, ...), and prints the median, fastest and slowest of each
     side, the median of each pair's ratio, and each side's own peak memory (the largest single
     process of that side, measured in a process of its own);
  2. times a rerun of the pipeline with nothing changed;
  3. prints, per format and width, the bytes each side wrote and how close the pictures are to
     the original at the same size: SSIM of the luma (8x8 windows) and PSNR of the RGB pixels.

ImageMagick is run as an expert would: one reduced decode per photo (jpeg:size), auto-orient,
strip, then cascaded resizes 1600 -> 1200 -> 800 -> 480, each width written as AVIF, WebP and
progressive JPEG before the next resize; the same widths, and two photos at a time as the
pipeline runs two processes. It gets the qualities the guide asked for before they were
measured (IM_QUALITY) and the WebP effort the pipeline uses (webp:method, which ImageMagick 6
reads). Debian's ImageMagick 6.9.11 takes no AVIF effort at all: its HEIC coder passes only
the quality to libheif, so its AVIF is made at libheif's default effort; "heic:speed" is not read.

--choose sweeps the pipeline's AVIF, WebP and JPEG quality (and AVIF speed, WebP method) on a
few photos and prints, for each, the setting that reaches ImageMagick's SSIM at the fewest bytes.
Numbers, not pass or fail.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageMath, ImageOps

from guide import pictures

IMAGEMAGICK = "/usr/bin/convert"  # Debian's ImageMagick 6 (not a stand-in earlier on PATH)
# The qualities the guide asked for before they were measured, given to ImageMagick as they were.
IM_QUALITY = {"avif": 55, "webp": 78, "jpeg": 82}
WEBP_METHOD = 2
FORMATS = ("avif", "webp", "jpeg")
SSIM_WINDOW = 8


# --------------------------------------------------------------------------- photos


def make_photos(folder: Path, count: int) -> list[Path]:
    rng = random.Random(7)
    base = Image.effect_noise((1000, 750), 60).convert("RGB")
    paths = []
    for i in range(count):
        image = Image.new("RGB", (1000, 750), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        draw = ImageDraw.Draw(image)
        for _ in range(40):
            x, y = rng.randrange(1000), rng.randrange(750)
            draw.ellipse(
                [x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)],
                fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
            )
        image = Image.blend(image, base, 0.25).filter(ImageFilter.GaussianBlur(1)).resize((4000, 3000))
        exif = Image.Exif()
        exif[0x0112] = rng.choice([1, 6, 8])
        exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
        path = folder / f"photo-{i:03d}.jpg"
        image.save(path, quality=90, exif=exif)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- the two sides

# Each side runs in a Python process of its own, which prints its wall seconds and the peak
# memory of the largest single process it ran (itself or a child), so neither counts the other's.
PIPELINE_RUN = """
import json, resource, sys, time
from pathlib import Path
from guide import pictures
start = time.perf_counter()
r = pictures.process_all(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[3]))
assert not r.errors, r.errors
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak / 1024, "made": r.processed}))
"""
IMAGEMAGICK_RUN = """
import json, resource, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
commands = json.loads(sys.stdin.read())
start = time.perf_counter()
with ThreadPoolExecutor(int(sys.argv[1])) as pool:
    results = list(pool.map(lambda c: subprocess.run(c, capture_output=True), commands))
failed = [r.stderr.decode()[:300] for r in results if r.returncode]
assert not failed, failed[0]
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak / 1024, "made": len(results)}))
"""


def run_pipeline(src: Path, out: Path, jobs: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-c", PIPELINE_RUN, str(src), str(out), str(jobs)],
        cwd=pictures.ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"the pipeline failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def imagemagick_command(photo: Path, out: Path, quality: dict = IM_QUALITY) -> list[str]:
    """One decode at the smallest size that is enough, then cascaded resizes; at each width
    the three formats are written before the next resize."""
    with Image.open(photo) as im:
        hint = "{}x{}".format(*pictures.decode_size(im))
    command = [IMAGEMAGICK, "-define", f"jpeg:size={hint}", str(photo), "-auto-orient", "-strip"]
    command += ["-define", f"webp:method={WEBP_METHOD}", "-interlace", "JPEG"]
    for w in sorted(pictures.WIDTHS, reverse=True):
        command += ["-resize", f"{w}x"]
        for fmt in FORMATS:
            command += ["-quality", str(quality[fmt]), "-write", str(out / f"{photo.stem}-{w}.{pictures.EXT[fmt]}")]
    return [*command, "null:"]


def run_imagemagick(photos: list[Path], out: Path, jobs: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    commands = [imagemagick_command(p, out) for p in photos]
    done = subprocess.run(
        [sys.executable, "-c", IMAGEMAGICK_RUN, str(jobs)], input=json.dumps(commands), capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"ImageMagick failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- how good they look


def reference(photo: Path, size: tuple[int, int]) -> Image.Image:
    """The original at the same size: a full decode, turned upright, one LANCZOS resize."""
    with Image.open(photo) as im:
        upright = ImageOps.exif_transpose(im).convert("RGB")
    return upright.resize(size, Image.Resampling.LANCZOS)


def _mean(image: Image.Image) -> float:
    return image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))


def ssim(a: Image.Image, b: Image.Image) -> float:
    """SSIM of the luma (ITU-R 601) over non-overlapping 8x8 windows, with Pillow alone."""
    x, y = a.convert("L").convert("F"), b.convert("L").convert("F")
    w, h = (x.width // SSIM_WINDOW) * SSIM_WINDOW, (x.height // SSIM_WINDOW) * SSIM_WINDOW
    x, y = x.crop((0, 0, w, h)), y.crop((0, 0, w, h))

    def local(image):
        return image.reduce(SSIM_WINDOW)

    mx, my = local(x), local(y)
    xx = local(ImageMath.lambda_eval(lambda v: v["x"] * v["x"], x=x))
    yy = local(ImageMath.lambda_eval(lambda v: v["y"] * v["y"], y=y))
    xy = local(ImageMath.lambda_eval(lambda v: v["x"] * v["y"], x=x, y=y))
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    index = ImageMath.lambda_eval(
        lambda v: (
            ((v["mx"] * v["my"] * 2 + c1) * ((v["xy"] - v["mx"] * v["my"]) * 2 + c2))
            / (
                (v["mx"] * v["mx"] + v["my"] * v["my"] + c1)
                * ((v["xx"] - v["mx"] * v["mx"]) + (v["yy"] - v["my"] * v["my"]) + c2)
            )
        ),
        mx=mx,
        my=my,
        xx=xx,
        yy=yy,
        xy=xy,
    )
    return _mean(index)


def psnr(a: Image.Image, b: Image.Image) -> float:
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    histogram = diff.histogram()
    squares = sum(count * (i % 256) ** 2 for i, count in enumerate(histogram))
    mse = squares / (a.width * a.height * 3)
    return 99.0 if mse == 0 else 10 * __import__("math").log10(255**2 / mse)


def score(path: Path, ref: Image.Image) -> tuple[float, float]:
    with Image.open(path) as im:
        im = im.convert("RGB")
        if im.size != ref.size:  # a pixel of rounding in the height
            im = im.resize(ref.size, Image.Resampling.LANCZOS)
        return ssim(ref, im), psnr(ref, im)


def measure(photos: list[Path], files: dict, widths=pictures.WIDTHS) -> dict:
    """{(format, width): [bytes, mean SSIM, mean PSNR]} for files[(photo, fmt, width)] -> path."""
    table: dict = {}
    for photo in photos:
        refs = {}
        for (p, fmt, w), path in files.items():
            if p != photo or w not in widths:
                continue
            with Image.open(path) as im:
                size = im.size
            if size not in refs:
                refs[size] = reference(photo, size)
            s, q = score(path, refs[size])
            row = table.setdefault((fmt, w), [0, [], []])
            row[0] += path.stat().st_size
            row[1].append(s)
            row[2].append(q)
    return {k: [b, statistics.mean(s), statistics.mean(q)] for k, (b, s, q) in table.items()}


def pipeline_files(out: Path, photos: list[Path]) -> dict:
    manifest = json.loads((out / pictures.MANIFEST).read_text())
    files = {}
    for photo in photos:
        for fmt, items in manifest[photo.name]["variants"].items():
            for w, _h, rel in items:
                files[(photo, fmt, w)] = out / rel
    return files


def imagemagick_files(out: Path, photos: list[Path]) -> dict:
    return {
        (p, fmt, w): out / f"{p.stem}-{w}.{pictures.EXT[fmt]}"
        for p in photos
        for fmt in FORMATS
        for w in pictures.WIDTHS
    }


# --------------------------------------------------------------------------- printing


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):6.1f} s (fastest {min(values):.1f}, slowest {max(values):.1f})"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
    )


def versions() -> str:
    from PIL import __version__ as pillow
    from PIL import features

    im = subprocess.run([IMAGEMAGICK, "-version"], capture_output=True, text=True).stdout.split("\n")[0]
    return (
        f"Pillow {pillow} (libavif {features.version('avif')}, libwebp {features.version('webp')}, "
        f"libjpeg-turbo {features.version('jpg')}); {im.replace('Version: ', '')}"
    )


def print_quality(pipe: dict, im: dict, n: int) -> None:
    print(f"\nbytes for {n} photos, and closeness to the original at the same size (SSIM of luma, PSNR of RGB):")
    print(f"  {'format':6} {'width':>5}   {'pipeline':>28}   {'ImageMagick':>28}   size ratio")
    for fmt in FORMATS:
        for w in sorted(pictures.WIDTHS, reverse=True):
            b1, s1, q1 = pipe[(fmt, w)]
            b2, s2, q2 = im[(fmt, w)]
            print(
                f"  {fmt:6} {w:5}   {b1 / 1024:7.0f} KB SSIM {s1:.4f} {q1:5.2f} dB   "
                f"{b2 / 1024:7.0f} KB SSIM {s2:.4f} {q2:5.2f} dB   {b1 / b2:5.2f}"
            )


# --------------------------------------------------------------------------- the sweep


def pipeline_images(photo: Path, widths) -> dict[int, Image.Image]:
    """The pipeline's own resized images of one photo (its decode, orientation and cascade)."""
    with Image.open(photo) as opened:
        opened.draft("RGB", pictures.decode_size(opened))
        image = pictures.to_srgb(ImageOps.exif_transpose(opened))
    made = {}
    for w in sorted(pictures.WIDTHS, reverse=True):
        image = pictures.resize(image, (w, round(image.height * w / image.width)))
        if w in widths:
            made[w] = image
    return made


SWEEPS = {
    "avif": [({"avif": q}, {"avif_speed": s}) for s in (6, 7, 8) for q in range(40, 49)],
    "webp": [({"webp": q}, {"webp_method": m}) for m in (2, 4) for q in range(72, 83, 2)],
    "jpeg": [({"jpeg": q}, {}) for q in range(76, 87, 2)],
}
# Two SSIMs this close are the same picture to the eye and to the measurement's own rounding.
SSIM_TOLERANCE = 0.001


def choose(photos: list[Path], tmp: Path, jobs: int) -> int:
    """For each format, the pipeline setting that reaches ImageMagick's SSIM at the fewest bytes.
    The pipeline's encoder is run in this process on the pipeline's own resized images."""
    widths = (1600, 800)
    im = run_imagemagick(photos, tmp / "im", jobs)
    target = measure(photos, imagemagick_files(tmp / "im", photos), widths)
    print(f"ImageMagick at {IM_QUALITY} on {len(photos)} photos ({im['seconds']:.1f} s for all formats and widths):")
    for fmt in FORMATS:
        print(
            "  "
            + "   ".join(
                f"{fmt} {w}: {target[(fmt, w)][0] / 1024:5.0f} KB SSIM {target[(fmt, w)][1]:.4f}" for w in widths
            )
        )
    images = {photo: pipeline_images(photo, widths) for photo in photos}
    refs = {photo: {w: reference(photo, im.size) for w, im in made.items()} for photo, made in images.items()}
    saved = dict(pictures.QUALITY), dict(pictures.EFFORT)
    print(f"\npipeline settings on the same {len(photos)} photos: bytes and SSIM at widths {widths}, encoding seconds;")
    print(f"* marks a setting whose SSIM reaches ImageMagick's at both widths (within {SSIM_TOLERANCE})")
    for fmt, settings in SWEEPS.items():
        best: dict[str, tuple] = {}
        for quality, effort in settings:
            pictures.QUALITY.update(quality)
            pictures.EFFORT.update(effort)
            sizes, scores, seconds = {w: 0 for w in widths}, {w: [] for w in widths}, 0.0
            for photo in photos:
                for w, image in images[photo].items():
                    path = tmp / f"sweep.{pictures.EXT[fmt]}"
                    start = time.perf_counter()
                    pictures.save(image, path, fmt)
                    seconds += time.perf_counter() - start
                    sizes[w] += path.stat().st_size
                    scores[w].append(score(path, refs[photo][w])[0])
            pictures.QUALITY.update(saved[0])
            pictures.EFFORT.update(saved[1])
            got = {w: statistics.mean(scores[w]) for w in widths}
            reached = all(got[w] >= target[(fmt, w)][1] - SSIM_TOLERANCE for w in widths)
            total = sum(sizes.values())
            print(
                f"  {json.dumps({**quality, **effort}):36} "
                + "  ".join(f"{w}: {sizes[w] / 1024:5.0f} KB SSIM {got[w]:.4f}" for w in widths)
                + f"  {seconds:5.1f} s{'  *' if reached else ''}",
                flush=True,
            )
            key = json.dumps(effort)
            if reached and (key not in best or total < best[key][0]):
                best[key] = (total, {**quality, **effort}, seconds)
        im_total = sum(target[(fmt, w)][0] for w in widths)
        for total, setting, seconds in best.values():  # the smallest at each effort
            print(
                f"  -> {fmt}: {setting}: {total / 1024:.0f} KB in {seconds:.1f} s "
                f"({total / im_total:.2f}x ImageMagick's {im_total / 1024:.0f} KB)"
            )
        if not best:
            print(f"  -> {fmt}: no setting tried reaches ImageMagick's SSIM")
        print()
    return 0


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5, help="pipeline and ImageMagick runs, in turns")
    parser.add_argument("--choose", action="store_true", help="sweep the pipeline's settings (default 6 photos)")
    args = parser.parse_args(argv)
    if not Path(IMAGEMAGICK).exists():
        print("ImageMagick is not installed: apt-get install imagemagick, then run again")
        return 1
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "-", machine())
    print(versions())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "photos"
        src.mkdir()
        count = 6 if args.choose and args.photos == 20 else args.photos
        print(f"making {count} photos of 4000x3000 ...")
        photos = make_photos(src, count)
        if args.choose:
            return choose(photos, tmp, args.jobs)
        n = len(photos)
        widths = ", ".join(map(str, pictures.WIDTHS))
        print(
            f"each photo -> widths {widths} x (AVIF, WebP, JPEG); {args.jobs} processes a side; "
            f"pipeline {pictures.QUALITY}, {pictures.EFFORT}; ImageMagick {IM_QUALITY}, webp:method={WEBP_METHOD}\n"
        )
        pipe_runs, im_runs = [], []
        for i in range(args.rounds):  # in turns, so a machine that slows down slows both alike
            pipe_runs.append(run_pipeline(src, tmp / "out", args.jobs))
            im_runs.append(run_imagemagick(photos, tmp / "im", args.jobs))
            print(
                f"  round {i + 1}: pipeline {pipe_runs[-1]['seconds']:.1f} s, "
                f"ImageMagick {im_runs[-1]['seconds']:.1f} s",
                flush=True,
            )
        warm = [run_pipeline_again(src, tmp / "out", args.jobs) for _ in range(3)]
        p = [r["seconds"] for r in pipe_runs]
        m = [r["seconds"] for r in im_runs]
        ratios = [b / a for a, b in zip(p, m, strict=True)]
        print(f"\nwall time for {n} photos, {args.rounds} rounds in turns:")
        print(
            f"  pipeline, cold cache  {spread(p)}  {n / statistics.median(p):.2f} photos/s  "
            f"peak {statistics.median(r['peak_mb'] for r in pipe_runs):.0f} MB"
        )
        print(
            f"  ImageMagick           {spread(m)}  {n / statistics.median(m):.2f} photos/s  "
            f"peak {statistics.median(r['peak_mb'] for r in im_runs):.0f} MB"
        )
        print(f"  pipeline, no change   {spread(warm)} (includes starting Python)")
        print(
            f"  ImageMagick takes {statistics.median(ratios):.2f}x the pipeline's time "
            f"(median of the {len(ratios)} pairs; {min(ratios):.2f} to {max(ratios):.2f})"
        )
        print_quality(
            measure(photos, pipeline_files(tmp / "out", photos)),
            measure(photos, imagemagick_files(tmp / "im", photos)),
            n,
        )
    return 0


def run_pipeline_again(src: Path, out: Path, jobs: int) -> float:
    """A rerun with nothing changed, timed from outside (Python's start included)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", PIPELINE_RUN, str(src), str(out), str(jobs)],
        cwd=pictures.ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
