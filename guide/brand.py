"""The guide's look in pictures made at build time: its colours, its logo drawn with Pillow (the
same shapes as docs/assets/logo.svg, which Pillow cannot read) and the one font used, Pillow's
own built-in scalable font (nothing is downloaded, and no system font is needed).

Used by the link previews (guide.link_previews) and the home-screen icons (guide.offline).
"""

from __future__ import annotations

import functools

from PIL import Image, ImageDraw, ImageFont

# docs/assets/stylesheets/guide.css: the primary colour and its darker shade.
TEAL = (13, 110, 110)
TEAL_DARK = (8, 79, 79)
PALE = (238, 246, 245)  # --guide-panel-bg
WHITE = (255, 255, 255)
SOFT_WHITE = (214, 236, 234)  # on teal: 7:1 contrast, for the smaller words

# logo.svg's shapes on its 24 x 24 grid: a circle, a curved back (two cubic curves) and a head.
_BACK = (
    ((12.5, 4.5), (10.9, 6.7), (10.6, 8.9), (11.5, 11.1)),
    ((11.5, 11.1), (12.4, 13.3), (12.3, 15.7), (10.9, 18.5)),
)
_BACK_WIDTH = 2.2
_HEAD = ((15.5, 6.0), 1.6)
_SUPERSAMPLE = 4


@functools.lru_cache(maxsize=16)
def font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's built-in scalable font (Aileron) at `size` pixels."""
    return ImageFont.load_default(size=size)  # type: ignore[return-value]


def _cubic(points, steps: int = 24) -> list[tuple[float, float]]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


def logo(size: int, *, circle: tuple[int, int, int] = TEAL, figure: tuple[int, int, int] = WHITE) -> Image.Image:
    """The logo, `size` pixels square, on a transparent background, smooth-edged."""
    big = size * _SUPERSAMPLE
    scale = big / 24
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([1 * scale, 1 * scale, 23 * scale, 23 * scale], fill=circle)
    width = round(_BACK_WIDTH * scale)
    line = [(x * scale, y * scale) for part in _BACK for x, y in _cubic(part)]
    draw.line(line, fill=figure, width=width, joint="curve")
    for x, y in (line[0], line[-1]):  # round ends, as stroke-linecap="round"
        draw.ellipse([x - width / 2, y - width / 2, x + width / 2, y + width / 2], fill=figure)
    (hx, hy), r = _HEAD
    draw.ellipse([(hx - r) * scale, (hy - r) * scale, (hx + r) * scale, (hy + r) * scale], fill=figure)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Words in lines no wider than `width` pixels (a word longer than that has a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def fit(text: str, width: int, max_lines: int, sizes: tuple[int, ...]) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest of `sizes` at which `text` takes at most `max_lines` lines of `width` pixels;
    at the smallest size, extra lines are cut and the last one ends with an ellipsis."""
    for size in sizes:
        face = font(size)
        lines = wrap(text, face, width)
        if len(lines) <= max_lines and all(face.getlength(line) <= width for line in lines):
            return face, lines
    face = font(sizes[-1])
    lines = wrap(text, face, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and face.getlength(last + "\u2026") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "\u2026"
    return face, lines
