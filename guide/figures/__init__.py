"""The exercise illustrations: a 3D figure posed by joint angles, drawn with Pillow.

    python -m guide.figures [--only NAME ...] [--out DIR]

Each picture (guide/figures/scenes/) shows where an exercise starts (a faint grey figure)
and where it goes (the solid figure), one blue arrow for the movement, the worked muscle in
vermilion and the equipment in green, from the view that shows the movement best. Poses are
joint angles inside normal ranges (ranges.py, with its source); a small solver
(solve.py) puts every part that carries weight onto its support; the checks (checks.py)
measure that from the geometry. See style.py for the legend.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WIDTH, HEIGHT = 2400, 1600


def names() -> list[str]:
    from .scenes import BUILDERS

    return list(BUILDERS)


def draw(name: str):
    """The picture as a Pillow image (RGB, 2400 x 1600), before it is reduced to a palette."""
    from .scenes import picture

    return picture(name).render()


def encode(image):
    """The picture as written to disk: a small palette, no dithering. The palette starts with
    every colour of the legend, exactly, so a small arrow or ball keeps its colour; the rest
    of the palette (for the smooth edges) comes from the picture itself."""
    from PIL import Image

    from . import style

    size = 96
    fixed = [getattr(style, n) for n in dir(style) if n.isupper() and isinstance(getattr(style, n), tuple)]
    fixed = list(dict.fromkeys(c for c in fixed if len(c) == 3))
    edges = image.quantize(colors=size - len(fixed), method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette = [v for c in fixed for v in c] + edges.getpalette()[: 3 * (size - len(fixed))]
    holder = Image.new("P", (1, 1))
    holder.putpalette(palette + [0] * (768 - len(palette)))
    return image.quantize(palette=holder, dither=Image.Dither.NONE)
