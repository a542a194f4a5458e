"""One exercise picture: the scene (supports, equipment), the start and end poses, what
carries weight in each, the worked muscles, the movement arrow, and the view."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image

from . import body, render
from .body import Pose, blend
from .geometry import Vec, add
from .props import Box, Support, Tube
from .render import Camera


@dataclass
class Arrow:
    """The movement arrow. Either the path of a body site from the start pose to the end pose
    (site, with t0..t1 the part of the movement shown), or explicit 3D points.
    push: screen cm to move the arrow off the body, to the left of its direction (negative:
    right). both: a head at each end (rolling back and forth)."""

    site: str | None = None
    points: list | None = None
    push: float = 0.0
    shift: tuple[float, float] = (0.0, 0.0)
    both: bool = False
    t0: float = 0.0
    t1: float = 1.0
    trim: tuple[float, float] = (0.0, 0.0)


@dataclass
class Straight:
    """A safety cue: a thin ruler beside the body from site a to site b, meaning "keep this part
    in one straight line" (knees to shoulders in a plank). The body must really be straight
    there in the end pose: every site in via lies on the line (checks.bent_along_straight).
    push: screen cm off the body, to the left of the direction a to b (negative: right)."""

    a: str
    b: str
    via: tuple[str, ...]
    push: float = 8.0

    @staticmethod
    def point(fr, name: str) -> Vec:
        """A body site, or "site_r+site_l": the point halfway between two (the middle of the body)."""
        pts = [body.site(fr, n)[0] for n in name.split("+")]
        return tuple(sum(c) / len(pts) for c in zip(*pts, strict=True))


@dataclass
class Inset:
    """A second view of the end pose, small, in a framed panel in a top corner: the same pose
    from another camera, framed to some body sites (with margin cm round them), with limbs in
    hide ("arm_r") left out so they do not cover what it shows, and limbs in light drawn light
    (as well as the picture's own), so a limb keeps its shade from the main view."""

    camera: Camera
    sites: tuple[str, ...]
    margin: float = 8.0
    hide: tuple[str, ...] = ()
    light: tuple[str, ...] = ()
    landmarks: tuple[str, ...] = ()  # round 50: sides whose rib and hip-bone lines it draws
    points: tuple[Vec, ...] = ()  # round 58: world points framed too (a wall beside the body)

    def items(self, pic: Picture) -> tuple[list[render.Item], tuple[float, float, float, float]]:
        cam, fr = self.camera, body.frames(pic.end)
        items = pic.end_items(cam, landmarks=self.landmarks, light=self.light, hide=self.hide)
        pts = [cam.xy(body.site(fr, n)[0]) for n in self.sites] + [cam.xy(p) for p in self.points]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        m = self.margin
        return items, (min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m)


@dataclass
class Picture:
    name: str
    alt: str
    camera: Camera
    supports: list[Support]
    start: Pose
    end: Pose
    contacts: dict[str, list[tuple[str, str]]]  # "start"/"end": [(site, support name)]
    muscles: list[str] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    start_only: list[Support] = field(default_factory=list)  # drawn faint, only at the start (moved with start_shift)
    end_only: list[Support] = field(default_factory=list)
    tubes: Callable[[dict], list[Tube]] | None = None  # strap and the like, from the end pose
    extra: list[Vec] = field(default_factory=list)  # more points to keep in the frame
    show_start: bool = True
    start_shift: Vec = (0.0, 0.0, 0.0)  # draw the start figure beside, not behind
    arrow_on_top: bool = True
    crop_below: float | None = None  # world height: frame only what is above it (a closer view)
    close_up: tuple[Vec, float] | None = None  # (world point, radius cm): shown larger in a corner
    landmarks: tuple[str, ...] = ()  # sides ("r", "l") whose lowest rib and hip bone top are drawn
    dark: tuple[str, ...] = ()  # limbs ("leg_l", "arm_r") drawn dark even on the far side: the ones that move
    light: tuple[str, ...] = ()  # limbs drawn light even on the near side: ones that stay still beside those that move
    straight: list[Straight] = field(default_factory=list)  # "keep this straight" rulers, end pose
    inset: Inset | None = None  # a second view of the end pose in a framed panel in a top corner
    close_up_view: Inset | None = None  # round 50: the close-up's circle drawn from its own camera, framed to sites
    front: tuple[str, ...] = ()  # supports (by name) painted over the figure: a ball its red patch would hide
    behind: tuple[str, ...] = ()  # supports (by name) painted under the figure: a roller both legs lie on
    start_face: bool = False  # the pale start figure gets pale hair and a face: its head alone showed as a ball

    @property
    def stretches(self) -> bool:
        """A picture in the Stretches part shows the muscle that stretches (striped); the others
        show the muscle that works or is pressed (solid)."""
        return self.name.startswith("stretches/")

    def supports_at(self, which: str) -> list[Support]:
        extra = self.start_only if which == "start" else self.end_only
        return self.supports + extra

    def pose(self, which: str) -> Pose:
        return self.start if which == "start" else self.end

    def end_items(
        self, cam: Camera, *, landmarks: tuple[str, ...] = (), light: tuple[str, ...] = (), hide: tuple[str, ...] = ()
    ) -> list[render.Item]:
        """The floor, the supports and the end figure seen by cam (the main view and an inset)."""
        r = self.end.root
        walls = [s for s in self.supports + self.end_only if isinstance(s, Box) and s.kind == "wall"]
        feet = [corner for w in walls for corner in w.foot()]
        depth = 140.0 if cam.elevation < 45 else 800.0
        items = render.floor_items(cam, centre=(r[0], 0.0, r[2]), depth=depth, under=feet)
        for s in self.supports + self.end_only:
            got = render.support_items(s, cam)
            if s.name in self.front or s.name in self.behind:
                for it in got:  # after the figure, before the arrows (layer 3); or before the figure
                    it.depth = math.inf if s.name in self.front else -math.inf
            items += got
        items += render.figure_items(
            self.end,
            cam,
            muscles=self.muscles,
            landmarks=landmarks,
            dark=self.dark,
            light=self.light + light,
            stretched=self.stretches,
            hide=hide,
        )
        return items

    def render(self) -> Image.Image:
        cam = self.camera
        items: list[render.Item] = []
        floor_y = 0.0
        items += self.end_items(cam, landmarks=self.landmarks)
        shift = self.start_shift
        if self.show_start:
            start = self.start.moved(*shift) if any(shift) else self.start
            items += render.figure_items(start, cam, ghost=True, layer=1, ghost_face=self.start_face)
        for s in self.start_only:
            items += render.support_items(_moved(s, shift) if any(shift) else s, cam, ghost=True, layer=1)
        fr_end = body.frames(self.end)
        if self.tubes:
            for t in self.tubes(fr_end):
                items.append(render.tube_item(t, cam))
        for g in self.straight:
            ends = [cam.xy(Straight.point(fr_end, n)) for n in (g.a, g.b)]
            items.append(render.straight_item(ends, g.push))
        for a in self.arrows:
            items.append(render.arrow_item(self.arrow_path(a), cam, offset=a.shift, both=a.both, trim=a.trim))
            if a.push:
                items[-1] = _pushed(items[-1], a, self, cam)
        extra = [cam.xy(p) for p in self.extra]
        if self.crop_below is not None:
            low = cam.xy((0.0, self.crop_below, 0.0))[1]
            for it in items:
                it.points = [q for q in it.points if q[1] >= low]
            extra.append((cam.xy(self.end.root)[0], low))
        spot = (cam.xy(self.close_up[0]), self.close_up[1]) if self.close_up else None
        inset = self.inset.items(self) if self.inset else None
        own = None
        if self.close_up_view:
            own = self.close_up_view.items(self)
            cu = self.close_up_view.camera
            own[0].extend(
                render.arrow_item(self.arrow_path(a), cu, offset=a.shift, both=a.both, trim=a.trim) for a in self.arrows
            )
        return render.paint(items, floor_y=floor_y, extra=extra, close_up=spot, inset=inset, close_up_view=own)

    def arrow_path(self, a: Arrow) -> list[Vec]:
        if a.points is not None:
            return _at_least(list(a.points), self.camera)
        out = []
        start = self.start.moved(*self.start_shift) if any(self.start_shift) else self.start
        for i in range(25):
            t = a.t0 + (a.t1 - a.t0) * i / 24
            if any(self.start_shift):
                p = blend(start, self.end, t)
            else:
                p = blend(self.start, self.end, t)
            out.append(body.site(body.frames(p), a.site)[0])
        return _at_least(out, self.camera)


def _moved(s: Support, d: Vec) -> Support:
    """A start-only box drawn where the start figure is drawn (start_shift)."""
    if not isinstance(s, Box):
        raise TypeError(f"{s.name}: only a box can be drawn moved with the start figure")
    return dataclasses.replace(s, lo=add(s.lo, d), hi=add(s.hi, d))


def _pushed(item, a: Arrow, pic: Picture, cam: Camera):
    """Move an arrow sideways off the body by a.push screen cm, following its curve."""
    pts = [cam.xy(p) for p in pic.arrow_path(a)]
    pts = [(x + a.shift[0], y + a.shift[1]) for x, y in pts]
    out = []
    for i, (x, y) in enumerate(pts):
        p0, p1 = pts[max(i - 1, 0)], pts[min(i + 1, len(pts) - 1)]
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        n = math.hypot(dx, dy) or 1.0
        out.append((x - dy / n * a.push, y + dx / n * a.push))
    out = render.trim_path(out, *a.trim)
    return render.Item(3, 0.0, out, lambda c, pts=out: c.arrow(pts, a.both))


MIN_ARROW = 22.0  # cm on screen: a shorter movement gets an arrow this long, centred on it


def _at_least(points: list[Vec], cam: Camera) -> list[Vec]:
    """Lengthen a short straight-ish arrow so its head does not swallow it; the faint start
    figure still shows exactly how far the movement goes."""
    a, b = cam.xy(points[0]), cam.xy(points[-1])
    n = math.dist(a, b)
    if n >= MIN_ARROW or n < 1e-6:
        return points
    k = (MIN_ARROW - n) / 2 / n
    d = tuple(q - p for p, q in zip(points[0], points[-1], strict=False))
    first = tuple(p - v * k for p, v in zip(points[0], d, strict=False))
    last = tuple(p + v * k for p, v in zip(points[-1], d, strict=False))
    return [first, *points[1:-1], last] if len(points) > 2 else [first, last]
