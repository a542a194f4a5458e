"""Benchmark the picture pipeline against ImageMagick doing the same job on the same photos.

    python3 scripts/docs.py bench pictures [--photos 12] [--jobs 2]

Makes N photo-like 12-megapixel JPEGs (4000x3000, EXIF orientation and GPS), then times:
  1. the pipeline from a cold cache (2 processes),
  2. a rerun with nothing changed,
  3. ImageMagick as an expert would run it: one decode per photo with a jpeg:size hint,
     auto-orient, strip, and a clone per width for each format, 2 photos at a time.
It prints photos per second and the peak memory of each. Numbers, not pass or fail.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from guide import pictures

IMAGEMAGICK = "/usr/bin/convert"  # Debian's ImageMagick 6 (not a stand-in earlier on PATH)


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


def peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_pipeline(src: Path, out: Path, jobs: int) -> tuple[float, float]:
    code = (
        "import sys, resource; from pathlib import Path; from guide import pictures;"
        f"r = pictures.process_all(Path({str(src)!r}), Path({str(out)!r}), jobs={jobs});"
        "assert not r.errors, r.errors;"
        "print(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], cwd=pictures.ROOT, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, float(done.stdout.strip())


def imagemagick_command(photo: Path, out: Path, formats=("avif", "webp", "jpg")) -> list[str]:
    widths = sorted(pictures.WIDTHS, reverse=True)
    with Image.open(photo) as im:
        hint = "{}x{}".format(*pictures._decode_size(im))  # the smallest decode that is enough
    # The same encoder effort as the pipeline: AVIF speed 8, WebP method 2.
    command = [
        IMAGEMAGICK,
        "-define",
        f"jpeg:size={hint}",
        "-define",
        "heic:speed=8",
        "-define",
        "webp:method=2",
        str(photo),
        "-auto-orient",
        "-strip",
        "-colorspace",
        "sRGB",
    ]
    for w in widths:
        for fmt in formats:
            quality = pictures.QUALITY["jpeg" if fmt == "jpg" else fmt]
            command += [
                "(",
                "+clone",
                "-resize",
                f"{w}x",
                "-quality",
                str(quality),
                "-write",
                str(out / f"{photo.stem}-{w}.{fmt}"),
                "+delete",
                ")",
            ]
    return [*command, "null:"]


def run_imagemagick(photos: list[Path], out: Path, jobs: int, formats) -> tuple[float, float]:
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(
            pool.map(lambda p: subprocess.run(imagemagick_command(p, out, formats), capture_output=True), photos)
        )
    elapsed = time.perf_counter() - start
    failed = [r.stderr.decode()[:200] for r in results if r.returncode]
    if failed:
        print(f"  ImageMagick reported: {failed[0]}")
    return elapsed, peak_children_mb()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src, out, im_out = tmp / "photos", tmp / "out", tmp / "im"
        for d in (src, out, im_out):
            d.mkdir()
        print(f"making {args.photos} photos of 4000x3000 ...")
        photos = make_photos(src, args.photos)
        n = len(photos)
        widths = ", ".join(map(str, pictures.WIDTHS))
        print(f"each photo -> widths {widths} x (AVIF, WebP, JPEG); {args.jobs} processes\n")
        cold, cold_mb = run_pipeline(src, out, args.jobs)
        print(f"pipeline, cold cache   {n / cold:6.2f} photos/s   {cold:6.1f} s   peak {cold_mb:6.0f} MB")
        warm, _ = run_pipeline(src, out, args.jobs)
        print(f"pipeline, no change    {warm:6.2f} s for {n} photos (includes starting Python)")
        if not Path(IMAGEMAGICK).exists() or not shutil.which("convert"):
            print("ImageMagick is not installed: apt-get install imagemagick, then run again")
            return 0
        im2, _ = run_imagemagick(photos, im_out, args.jobs, ("webp", "jpg"))
        print(f"ImageMagick, WebP+JPEG {n / im2:6.2f} photos/s   {im2:6.1f} s   (no AVIF: a lighter job)")
        im, im_mb = run_imagemagick(photos, im_out, args.jobs, ("avif", "webp", "jpg"))
        print(f"ImageMagick, same job  {n / im:6.2f} photos/s   {im:6.1f} s   peak {im_mb:6.0f} MB")
        print(
            f"\npipeline is {im / cold:.1f}x ImageMagick's speed on the same job "
            f"({im2 / cold:.1f}x even when ImageMagick skips AVIF)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
