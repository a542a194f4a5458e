"""The illustration program draws every picture at the right size, the same way every time."""

from __future__ import annotations

import hashlib

from PIL import Image

from scripts import draw_exercises as draw

SAMPLE = ["stretches/quadriceps.png", "core/back-extension.png"]


def test_every_exercise_picture_is_in_the_pictures_folder():
    for name in draw.PICTURES:
        path = draw.ROOT / "pictures" / name
        assert path.is_file(), f"pictures/{name} is missing: run python -m scripts.draw_exercises"
        with Image.open(path) as image:
            assert image.size == (draw.WIDTH, draw.HEIGHT)


def test_drawing_is_deterministic_and_matches_the_committed_files(tmp_path):
    draw.main(["--only", *SAMPLE, "--out", str(tmp_path)])
    for name in SAMPLE:
        made = hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        committed = hashlib.sha256((draw.ROOT / "pictures" / name).read_bytes()).hexdigest()
        assert made == committed, f"pictures/{name} differs from what the program draws now"


def test_the_figure_fills_the_picture():
    image = draw.render("stretches/hamstrings.png").convert("RGB")
    # Something other than the background covers a good part of the middle of the picture.
    middle = image.crop((600, 300, 1800, 1300))
    colours = middle.getcolors(maxcolors=1_000_000)
    background = max(colours)[0]
    assert background < 0.95 * middle.width * middle.height
