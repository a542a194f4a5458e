"""Supports and equipment: what the body rests on, with true sizes in cm.

Every support has a signed distance function (sdf: positive outside, negative inside), used
by the tests to check that weight-bearing parts touch it and nothing passes through it, and
a way to be drawn. Sizes: a lacrosse ball is 6.3 cm across and a tennis ball 6.7 cm; a foam
roller 15 cm across and 45 cm long; a chair seat 46 cm high; a stair step 18 cm; an
exercise mat 1 cm thick.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from . import style
from .geometry import Vec, add, cross, dot, length, mul, sub, unit

LACROSSE = 3.15
TENNIS = 3.35
ROLLER_RADIUS = 7.5


@dataclass
class Support:
    name: str
    backdrop: bool = False  # floor, wall and mat: always drawn behind the figure

    def sdf(self, p: Vec) -> float:
        raise NotImplementedError

    def normal(self, p: Vec) -> Vec:
        e = 0.01
        return unit(tuple((self.sdf(add(p, d)) - self.sdf(sub(p, d))) for d in ((e, 0, 0), (0, e, 0), (0, 0, e))))  # type: ignore[arg-type]


@dataclass
class Floor(Support):
    y: float = 0.0
    backdrop: bool = True

    def sdf(self, p):
        return p[1] - self.y


@dataclass
class Box(Support):
    lo: Vec = (0, 0, 0)
    hi: Vec = (1, 1, 1)
    colour: tuple = style.PROP
    kind: str = "box"  # box, mat, wall, cushion, step

    def foot(self) -> list[Vec]:
        """The four corners of its outline on the floor (y = 0)."""
        return [(x, 0.0, z) for x in (self.lo[0], self.hi[0]) for z in (self.lo[2], self.hi[2])]

    def sdf(self, p):
        # a box standing on the floor is solid down through it: nothing can touch it from below
        lo = (self.lo[0], -100.0 if self.lo[1] <= 0 else self.lo[1], self.lo[2])
        c = [(a + b) / 2 for a, b in zip(lo, self.hi, strict=False)]
        h = [(b - a) / 2 for a, b in zip(lo, self.hi, strict=False)]
        q = [abs(p[i] - c[i]) - h[i] for i in range(3)]
        outside = math.sqrt(sum(max(v, 0.0) ** 2 for v in q))
        return outside + min(max(q), 0.0)

    @property
    def top(self) -> float:
        return self.hi[1]


def mat(x0, x1, z0=-32.0, z1=32.0, thickness=1.0, name="mat") -> Box:
    return Box(name, True, (x0, 0.0, z0), (x1, thickness, z1), style.PROP_LIGHT, "mat")


def wall(x, z0=-120.0, z1=120.0, facing=-1, height=230.0, name="wall") -> Box:
    """A wall whose face is the plane x = x, the room on the side `facing` (-1: x < wall)."""
    x0, x1 = (x, x + 12.0) if facing < 0 else (x - 12.0, x)
    return Box(name, True, (x0, 0.0, z0), (x1, height, z1), style.WALL, "wall")


def side_wall(z, x0=-120.0, x1=120.0, facing=-1, height=230.0, name="wall") -> Box:
    """A wall whose face is the plane z = z, the room on the side `facing` (-1: z < wall)."""
    z0, z1 = (z, z + 12.0) if facing < 0 else (z - 12.0, z)
    return Box(name, True, (x0, 0.0, z0), (x1, height, z1), style.WALL, "wall")


@dataclass
class Group(Support):
    """Several boxes that make one thing, such as a chair."""

    boxes: list = field(default_factory=list)
    kind: str = "group"

    def sdf(self, p):
        return min(b.sdf(p) for b in self.boxes)


def chair(front_x, facing=1, seat=46.0, z=0.0, name="chair", back=True) -> Group:
    """A plain chair, 44 cm deep and 44 cm wide; `front_x` is the front edge of the seat and
    `facing` the way a seated person faces (+1: +x)."""
    return _chair(front_x, facing, z, seat, name, back_from=22.0 if back else None, depth_along="x")


def side_chair(x: float, z_back: float, seat: float = 46.0, name: str = "chair") -> Group:
    """A chair standing beside the person, its back towards them and parallel to their stride (the
    seat beyond it, away from the legs); `x` is the middle of the chair along the stride and `z_back`
    the plane of its back. The back's top rail is the last box: the one a hand holds."""
    return _chair(z_back - 44.0, -1, x, seat, name, back_from=6.0, depth_along="z")


def _chair(front, facing, middle, seat, name, back_from, depth_along) -> Group:
    """A chair 44 cm deep and 44 cm wide: `front` is the front edge of the seat along the axis
    `depth_along` ("x" or "z"), `facing` the way a seated person faces along it, `middle` the middle
    of the seat across it; the back's panel starts `back_from` cm above the seat (None: no back)."""
    d, w, t, leg = 44.0, 22.0, 4.0, 3.0
    half = leg / 2
    rear = front - facing * d

    def box(label, depth, height, across, colour, kind):  # each a (low, high) pair
        lo, hi = (depth[0], height[0], across[0]), (depth[1], height[1], across[1])
        if depth_along == "z":
            lo, hi = (lo[2], lo[1], lo[0]), (hi[2], hi[1], hi[0])
        return Box(f"{name} {label}", False, lo, hi, colour, kind)

    widths = (middle - w + leg, middle + w - leg)
    boxes = [box("seat", sorted((front, rear)), (seat - t, seat), (middle - w, middle + w), style.PROP, "seat")]
    for ld in (front - facing * leg, rear + facing * leg):
        for lw in widths:
            boxes.append(
                box(
                    "leg",
                    (ld - half - 0.5, ld + half + 0.5),
                    (0.0, seat - t),
                    (lw - half, lw + half),
                    style.PROP_DARK,
                    "leg",
                )
            )
    if back_from is not None:
        for lw in widths:
            boxes.append(
                box("post", (rear - 1.8, rear + 1.8), (seat, seat + 44.0), (lw - 1.8, lw + 1.8), style.PROP_DARK, "leg")
            )
        boxes.append(
            box(
                "back",
                (rear - 1.5, rear + 1.5),
                (seat + back_from, seat + 42.0),
                (middle - w, middle + w),
                style.PROP,
                "seat",
            )
        )
    return Group(name, False, boxes)


def step(x0, x1, height=18.0, z=0.0, width=80.0, name="step") -> Box:
    return Box(name, False, (x0, 0.0, z - width / 2), (x1, height, z + width / 2), style.PROP, "step")


def cushion(x0, x1, thickness=8.0, z=0.0, width=36.0, y=0.0, name="cushion") -> Box:
    return Box(name, False, (x0, y, z - width / 2), (x1, y + thickness, z + width / 2), style.PROP, "cushion")


@dataclass
class Roller(Support):
    """A foam roller lying on the floor, its axis along x or z; kind "towel": a rolled towel or
    blanket, a soft cushion with a spiral at its end."""

    centre: Vec = (0, ROLLER_RADIUS, 0)
    axis: str = "z"
    radius: float = ROLLER_RADIUS
    half_length: float = 22.5
    kind: str = "foam"

    def sdf(self, p):
        c = self.centre
        if self.axis == "z":
            radial, along = math.hypot(p[0] - c[0], p[1] - c[1]), abs(p[2] - c[2])
        else:
            radial, along = math.hypot(p[2] - c[2], p[1] - c[1]), abs(p[0] - c[0])
        a, b = radial - self.radius, along - self.half_length
        return math.hypot(max(a, 0.0), max(b, 0.0)) + min(max(a, b), 0.0)

    def ends(self) -> tuple[Vec, Vec]:
        d = (0.0, 0.0, self.half_length) if self.axis == "z" else (self.half_length, 0.0, 0.0)
        return sub(self.centre, d), add(self.centre, d)


@dataclass
class Ball(Support):
    centre: Vec = (0, LACROSSE, 0)
    radius: float = LACROSSE
    kind: str = "lacrosse"  # a lacrosse ball: solid green; a tennis ball: light green, dark seam

    def sdf(self, p):
        return length(sub(p, self.centre)) - self.radius


@dataclass
class Tube:
    """Something thin drawn along a path: a strap, a towel edge."""

    points: list
    radius: float = 1.2
    colour: tuple = style.PROP


def surface_point(support: Support, p: Vec) -> Vec:
    """The nearest point of a support's surface to p (one Newton step is enough for ours)."""
    d = support.sdf(p)
    return sub(p, mul(support.normal(p), d))


__all__ = [
    "LACROSSE",
    "ROLLER_RADIUS",
    "TENNIS",
    "Ball",
    "Box",
    "Floor",
    "Group",
    "Roller",
    "Tube",
    "chair",
    "cross",
    "cushion",
    "dot",
    "mat",
    "side_wall",
    "step",
    "wall",
]
