"""Project the 3D scene to the chosen view and paint it with Pillow.

An orthographic camera (azimuth about the vertical, elevation above the floor) turns world
points into screen centimetres and a depth. Everything drawn is an item with a depth; items
are painted far to near (painter's algorithm), in four layers: the floor, wall and mat; the
faint start position; the figure and its equipment; the arrows on top. The picture is
painted at twice its size and reduced, for smooth edges, then reduced to a small palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw

from . import body, style
from .geometry import Vec, add, apply, dot, hull, lerp, mul, sub, unit
from .props import Ball, Box, Floor, Group, Roller, Support, Tube

WIDTH, HEIGHT = 2400, 1600
SS = 2  # supersampling factor
HALO_PX = 5.0  # light outline that separates overlapping parts
BALL_RING = (10, 46, 26)  # the dark outline round a ball
ARROW_PX = 17.0  # arrow line width
ARROW_HEAD_PX = (64.0, 34.0)  # arrow head length and half width
ARROW_HALO_PX = 6.0
STRIPE_PX = 60  # the stripes on a muscle that stretches: one light and one red stripe
STRAIGHT_PX = 20.0  # the "keep this straight" ruler: about 3 px on a phone
STRAIGHT_HALO_PX = 4.0
STRAIGHT_BAR_CM = 5.0  # half the length of the bar across each end
CLOSE_UP_ZOOM = 2.5  # how much larger a close-up shows its spot
CLOSE_UP_LINE_PX = 4.0
INSET_HEIGHT, INSET_WIDTH = 0.5, 0.28  # a second view's panel: at most these shares of the picture


class Camera:
    """Orthographic view. azimuth 0: looking along -z (a side view of a figure facing +x);
    90: looking along -x (the figure's front). elevation: degrees above the horizontal."""

    def __init__(self, azimuth: float = 0.0, elevation: float = 0.0):
        self.azimuth, self.elevation = azimuth, elevation
        a, e = math.radians(azimuth), math.radians(elevation)
        self.right = (math.cos(a), 0.0, -math.sin(a))
        flat = (math.sin(a), 0.0, math.cos(a))
        self.toward = add(mul(flat, math.cos(e)), (0.0, math.sin(e), 0.0))
        self.up = add(mul(flat, -math.sin(e)), (0.0, math.cos(e), 0.0))

    def project(self, p: Vec) -> tuple[float, float, float]:
        return dot(p, self.right), dot(p, self.up), dot(p, self.toward)

    def xy(self, p: Vec) -> tuple[float, float]:
        return dot(p, self.right), dot(p, self.up)


@dataclass
class Item:
    layer: int
    depth: float
    points: list  # screen-cm points, for framing
    paint: Callable  # paint(canvas)
    order: int = 0


class Canvas:
    def __init__(self, bounds: tuple[float, float, float, float], size: tuple[int, int] = (WIDTH, HEIGHT)):
        x0, _y0, x1, y1 = bounds
        self.x0, self.y1 = x0, y1
        self.size = size
        self.scale = size[0] * SS / (x1 - x0)  # px per screen cm
        self.image = Image.new("RGB", (size[0] * SS, size[1] * SS), style.BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, p) -> tuple[float, float]:
        return ((p[0] - self.x0) * self.scale, (self.y1 - p[1]) * self.scale)

    def cm(self, px: float) -> float:
        return px * SS / self.scale

    def hull_polygons(self, groups, grow_cm: float = 0.0) -> list[list[tuple[float, float]]]:
        polys = []
        for group in groups:
            pts = []
            for x, y, r in group:
                r = r + grow_cm
                cx, cy = self.px((x, y))
                rp = r * self.scale
                if rp < 0.5:
                    pts.append((cx, cy))
                    continue
                n = max(16, min(96, int(2 * math.pi * rp / 10)))
                pts.extend(
                    (cx + rp * math.cos(2 * math.pi * i / n), cy + rp * math.sin(2 * math.pi * i / n)) for i in range(n)
                )
            h = hull(pts)
            if len(h) >= 3:
                polys.append(h)
        return polys

    def fill(self, polys, colour, draw=None):
        d = draw or self.draw
        for poly in polys:
            d.polygon(poly, fill=colour)

    def polygon(self, pts, colour, outline=None, width_px: float = 0):
        p = [self.px(q) for q in pts]
        self.draw.polygon(p, fill=colour)
        if outline and width_px:
            self.draw.line([*p, p[0]], fill=outline, width=max(1, round(width_px * SS)), joint="curve")

    def line(self, pts, colour, width_px: float):
        p = [self.px(q) for q in pts]
        w = max(1, round(width_px * SS))
        self.draw.line(p, fill=colour, width=w, joint="curve")
        r = w / 2
        for q in (p[0], p[-1]):
            self.draw.ellipse([q[0] - r, q[1] - r, q[0] + r, q[1] + r], fill=colour)

    def circle(self, centre, radius_cm, colour):
        cx, cy = self.px(centre)
        r = radius_cm * self.scale
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)

    def clipped(self, polys, clip_polys, colour, stripes=None):
        """Fill polys, but only inside clip_polys (a muscle inside its limb); with stripes (a
        colour), diagonal stripes of it across the fill (a muscle that stretches)."""
        pts = [q for poly in polys for q in poly]
        if not pts:
            return
        x0 = max(0, int(min(p[0] for p in pts)) - 2)
        y0 = max(0, int(min(p[1] for p in pts)) - 2)
        x1 = min(self.image.width, int(max(p[0] for p in pts)) + 3)
        y1 = min(self.image.height, int(max(p[1] for p in pts)) + 3)
        if x1 <= x0 or y1 <= y0:
            return
        a = Image.new("L", (x1 - x0, y1 - y0), 0)
        b = Image.new("L", (x1 - x0, y1 - y0), 0)
        da, db = ImageDraw.Draw(a), ImageDraw.Draw(b)
        for poly in polys:
            da.polygon([(x - x0, y - y0) for x, y in poly], fill=255)
        for poly in clip_polys:
            db.polygon([(x - x0, y - y0) for x, y in poly], fill=255)
        mask = ImageChops.multiply(a, b)
        self.image.paste(colour, (x0, y0, x1, y1), mask)
        if stripes:
            lines = Image.new("L", mask.size, 0)
            dl = ImageDraw.Draw(lines)
            period = STRIPE_PX * SS
            # diagonal lines, placed by canvas position so stripes line up across parts
            first = -((x0 + y0) % period) - mask.height
            for k in range(int(first), mask.width + mask.height, period):
                dl.line([(k, mask.height), (k + mask.height, 0)], fill=255, width=period // 2)
            self.image.paste(stripes, (x0, y0, x1, y1), ImageChops.multiply(mask, lines))

    def arrow(self, pts, both: bool = False):
        """The movement arrow: one style everywhere (blue, light outline, solid triangular head)."""
        p = [self.px(q) for q in pts]
        head_len, head_half = ARROW_HEAD_PX[0] * SS, ARROW_HEAD_PX[1] * SS
        w, halo = ARROW_PX * SS, ARROW_HALO_PX * SS

        def head(tip, before):
            dx, dy = tip[0] - before[0], tip[1] - before[1]
            n = math.hypot(dx, dy) or 1.0
            ux, uy = dx / n, dy / n
            base = (tip[0] - ux * head_len, tip[1] - uy * head_len)
            return [
                tip,
                (base[0] - uy * head_half, base[1] + ux * head_half),
                (base[0] + uy * head_half, base[1] - ux * head_half),
            ], base

        tip_before = _point_back(p, head_len)
        tri_end, _ = head(p[-1], tip_before)
        line = _cut_back(p, head_len * 0.6)  # the shaft ends inside the head
        heads = [tri_end]
        if both:
            rev = p[::-1]
            tri_start, _ = head(rev[-1], _point_back(rev, head_len))
            heads.append(tri_start)
            line = _cut_back(line[::-1], head_len * 0.6)[::-1]
        for colour, grow in ((style.BACKGROUND, halo), (style.ARROW, 0.0)):
            self.draw.line(line, fill=colour, width=round(w + 2 * grow), joint="curve")
            for q in (line[0], line[-1]):
                r = w / 2 + grow
                self.draw.ellipse([q[0] - r, q[1] - r, q[0] + r, q[1] + r], fill=colour)
            for tri in heads:
                if grow:
                    self.draw.polygon(_grow_triangle(tri, grow), fill=colour)
                else:
                    self.draw.polygon(tri, fill=colour)

    def finish(self) -> Image.Image:
        return self.image.resize(self.size, Image.Resampling.LANCZOS)


def _cut_back(p, dist):
    """Polyline p without its last `dist` (along the line): the part before `_point_back`."""
    acc = 0.0
    for i in range(len(p) - 1, 0, -1):
        acc += math.dist(p[i], p[i - 1])
        if acc >= dist:
            return [*p[:i], _point_back(p, dist)]
    return [p[0], p[0]]


def _point_back(p, dist):
    """The point on polyline p that lies `dist` back from its end (along the line)."""
    acc = 0.0
    for i in range(len(p) - 1, 0, -1):
        seg = math.dist(p[i], p[i - 1])
        if acc + seg >= dist:
            t = (dist - acc) / seg
            return (p[i][0] + (p[i - 1][0] - p[i][0]) * t, p[i][1] + (p[i - 1][1] - p[i][1]) * t)
        acc += seg
    return p[0]


def _grow_triangle(tri, d):
    cx = sum(p[0] for p in tri) / 3
    cy = sum(p[1] for p in tri) / 3
    out = []
    for x, y in tri:
        n = math.hypot(x - cx, y - cy) or 1.0
        out.append((x + (x - cx) / n * d * 2, y + (y - cy) / n * d * 2))
    return out


# ----------------------------------------------------------------- the figure

# neck frame: back and up, 140 degrees from the face; the hairline is 80 degrees from it, so the
# hair reaches down to the nape (seen from behind, the head is hair, not a bare ball on the neck)
HAIR_AXIS = (-0.766, 0.643, 0.0)
HAIR_HALF_ANGLE = 80.0
NOSE_CM = 2.0  # the nose: a bump on the head's outline in a side view
HALO_SKIP = {"thigh", "shin", "foot", "upper_arm", "forearm", "hand"}  # first sphere has no halo


def figure_items(
    pose: body.Pose,
    cam: Camera,
    ghost: bool = False,
    muscles=(),
    layer: int = 2,
    marks: bool = True,
    landmarks: tuple[str, ...] = (),
    dark: tuple[str, ...] = (),
    light: tuple[str, ...] = (),
    stretched: bool = False,
    hide: tuple[str, ...] = (),
    ghost_face: bool = False,
) -> list[Item]:
    """The figure's parts, face, spine line, muscles and landmarks as paint items. dark names limbs
    ("leg_l", "arm_r") drawn in the near colour wherever they are: the limbs that move, when the
    near/far shading would paint them light; light names limbs drawn in the far colour wherever
    they are: still limbs beside the ones that move. stretched: the muscles stretch (striped), not
    work. hide names limbs not drawn at all (out of the way in a second view). ghost_face: a pale
    figure gets pale hair and a face too, so its head reads as a head, not a ball."""
    fr = body.frames(pose)
    parts = body.parts(pose, fr)
    items: list[Item] = []
    trunk_depth = cam.project(body.at(fr, "waist", (0.0, 0.0, 0.0)))[2]
    chest_depth = cam.project(body.at(fr, "chest", (0.0, 20.0, 0.0)))[2]

    def proj(groups):
        return [[(*cam.xy(c), r) for c, r in g] for g in groups]

    part_groups = {part.name: proj(part.groups) for part in parts}
    # the parts of one arm or leg are painted together, from the body outwards
    chain_depth: dict[str, float] = {}
    for chain in ("thigh", "upper_arm"):
        for side in body.SIDES:
            names = [
                f"{n}_{side}"
                for n in (("thigh", "shin", "foot") if chain == "thigh" else ("upper_arm", "forearm", "hand"))
            ]
            ds = [cam.project(c)[2] for part in parts if part.name in names for g in part.groups for c, _ in g]
            for i, n in enumerate(names):
                chain_depth[n] = sum(ds) / len(ds) + 0.001 * i
    for part in parts:
        groups = part_groups[part.name]
        limb = part.name.rsplit("_", 1)[0]
        if part.side and f"{'leg' if limb in ('thigh', 'shin', 'foot') else 'arm'}_{part.side}" in hide:
            continue
        depths = [cam.project(c)[2] for g in part.groups for c, _ in g]
        depth = chain_depth.get(part.name, sum(depths) / len(depths))
        if part.name == "trunk":
            depth -= 0.6
        elif part.name == "head":
            depth -= 0.4
        elif part.name == "neck":
            # always just behind the head (seen from behind, the neck is nearer than the head's
            # centre, and painted over the hair it showed as a lump)
            head = next(q for q in parts if q.name == "head")
            hd = [cam.project(c)[2] for g in head.groups for c, _ in g]
            depth = sum(hd) / len(hd) - 0.45
        colour = style.GHOST if ghost else style.NEAR
        if not ghost and part.side:
            joint = "thigh" if limb in ("thigh", "shin", "foot") else "upper_arm"
            jd = cam.project(fr[f"{joint}_{part.side}"][0])[2]
            ref = trunk_depth if joint == "thigh" else chest_depth
            whole = f"{'leg' if joint == 'thigh' else 'arm'}_{part.side}"
            if (jd < ref - 3.0 and whole not in dark) or whole in light:
                colour = style.FAR
        halo_groups = None
        if not ghost and part.name not in ("neck",) and limb != "foot":
            halo_groups = [g[1:] for g in groups] if limb in HALO_SKIP else groups
            if part.name == "head":
                halo_groups = groups[:1]
            # within a limb, a light outline only where it folds over itself
            if limb == "shin" and pose.get((f"knee_{part.side}", None)) < 60:
                halo_groups = None
            if limb == "forearm" and pose.get((f"elbow_{part.side}", None)) < 60:
                halo_groups = None
        pts = [(x, y) for g in groups for x, y, _ in g]
        items.append(Item(layer, depth, pts, _paint_part(groups, halo_groups, colour)))
        if ghost:
            if part.name == "head" and ghost_face:
                items.append(Item(layer, depth + 0.01, [], _paint_face(fr, cam, ghost=True)))
            continue
        if part.name == "head" and marks:
            items.append(Item(layer, depth + 0.01, [], _paint_face(fr, cam)))
        if part.name == "trunk" and marks:
            items.append(Item(layer, depth + 0.01, [], _paint_spine(fr, cam)))
        if part.name == "trunk" and landmarks:
            items.append(Item(layer, depth + 0.03, [], _paint_landmarks(fr, cam, landmarks)))
        for m in muscles:
            for parent, frame, centre, radii in body.muscle(m):
                if parent != part.name:
                    continue
                ell = _ellipsoid(fr, frame, centre, radii)
                poly = [cam.xy(q) for q in ell]
                items.append(Item(layer, depth + 0.02, [], _paint_muscle(poly, groups, stretched)))
    return items


def _paint_part(groups, halo_groups, colour):
    def paint(c: Canvas):
        if halo_groups:
            c.fill(c.hull_polygons(halo_groups, c.cm(HALO_PX)), style.BACKGROUND)
        c.fill(c.hull_polygons(groups), colour)

    return paint


def _paint_muscle(poly2d, parent_groups, stretched: bool):
    def paint(c: Canvas):
        polys = [hull([c.px(p) for p in poly2d])]
        c.clipped(polys, c.hull_polygons(parent_groups), style.MUSCLE, style.STRETCH if stretched else None)

    return paint


def _ellipsoid(fr, frame, centre, radii, n=14):
    pts = []
    for i in range(1, n):
        lat = math.pi * i / n - math.pi / 2
        for j in range(2 * n):
            lon = math.pi * j / n
            local = (
                centre[0] + radii[0] * math.cos(lat) * math.cos(lon),
                centre[1] + radii[1] * math.sin(lat),
                centre[2] + radii[2] * math.cos(lat) * math.sin(lon),
            )
            pts.append(body.at(fr, frame, local))
    return pts


def _paint_face(fr, cam: Camera, ghost: bool = False):
    """Hair on the back and top of the head, and eyes where the face is turned towards you; in
    paler colours on a pale (start) figure."""
    _o, m = fr["neck"]
    centre = body.at(fr, "neck", body.HEAD_CENTRE)
    r = body.HEAD_RADIUS
    h = unit(apply(m, HAIR_AXIS))
    v = cam.toward
    cos_a = math.cos(math.radians(HAIR_HALF_ANGLE))
    # the hairline circle
    u1 = unit(sub(cam.right, mul(h, dot(cam.right, h))))
    if dot(u1, u1) < 1e-6:
        u1 = unit(sub(cam.up, mul(h, dot(cam.up, h))))
    from .geometry import cross

    u2 = cross(h, u1)
    n = 120
    circle = [
        add(
            add(centre, mul(h, r * cos_a)),
            add(
                mul(u1, r * math.sin(math.acos(cos_a)) * math.cos(2 * math.pi * i / n)),
                mul(u2, r * math.sin(math.acos(cos_a)) * math.sin(2 * math.pi * i / n)),
            ),
        )
        for i in range(n)
    ]
    vis = [dot(sub(q, centre), v) >= 0 for q in circle]
    rim = [
        add(
            centre,
            add(mul(cam.right, r * math.cos(2 * math.pi * i / n)), mul(cam.up, r * math.sin(2 * math.pi * i / n))),
        )
        for i in range(n)
    ]
    in_cap = [dot(sub(q, centre), h) >= r * cos_a for q in rim]
    region: list | None
    if all(vis):
        region = [cam.xy(q) for q in circle]
    elif not any(vis):
        region = [cam.xy(q) for q in rim] if all(in_cap) else None
    else:
        arc = _circular_run(circle, vis)
        run = _circular_run(rim, in_cap) if any(in_cap) else []
        a2 = [cam.xy(q) for q in arc]
        r2 = [cam.xy(q) for q in run]
        if r2 and math.dist(r2[0], a2[-1]) > math.dist(r2[-1], a2[-1]):
            r2 = r2[::-1]
        region = a2 + r2
    eyes = []
    for side in (1, -1):
        d = unit(apply(m, (0.88, 0.08, side * 0.47)))
        if dot(d, v) > 0.25:
            eyes.append(cam.xy(add(centre, mul(d, r * 0.93))))
    # a mouth below the eyes, so a face turned to you reads as a face even when the head lies on
    # its side; a nose on the outline when the face is seen from the side
    mouth = []
    d = unit(apply(m, (0.8, -0.55, 0.0)))
    if dot(d, v) > 0.45:
        across = apply(m, (0.0, 0.0, 1.0))
        mid = add(centre, mul(d, r * 0.93))
        mouth = [cam.xy(add(mid, mul(across, k * r * 0.28))) for k in (-1, 1)]
    face = unit(apply(m, (1.0, -0.12, 0.0)))
    nose = None
    if -0.2 < dot(face, v) < 0.8 and face[1] > -0.7:  # not turned away, nor face down on the floor
        nose = cam.xy(add(centre, mul(face, r * 1.02)))

    skin, hair, mark = (
        (style.GHOST, style.GHOST_HAIR, style.GHOST_MARK) if ghost else (style.NEAR, style.HAIR, style.FACE_MARK)
    )

    def paint(c: Canvas):
        if nose:
            c.circle(nose, NOSE_CM, skin)
        if region and len(region) >= 3:
            c.polygon(region, hair)
        for e in eyes:
            c.circle(e, 0.95, mark)
        if mouth:
            c.line(mouth, mark, 3.0)

    return paint


LANDMARK_RINGS = (2, 4)  # body.RINGS: the top of the hip bones, the lowest ribs
LANDMARK_PX = 12.0  # wide enough to see on a phone (at 4 px testers could not; at 7, "almost vanish", test 22)


def _paint_landmarks(fr, cam: Camera, sides: tuple[str, ...]):
    """Pale lines round the flank of each side named: the lowest rib and the top of the hip
    bone, the two landmarks a page names when a ball goes between them."""
    lines = []
    for s in sides:
        sign = body.SIDES[s]
        for spec in (body.RINGS[i] for i in LANDMARK_RINGS):
            frame, _y, hw, hd, _cx = spec
            pts = body.ring(fr, spec, n=72)
            _o, m = fr[frame]
            flags = []
            for i in range(len(pts)):
                a = 2 * math.pi * i / len(pts)
                normal = unit(apply(m, (math.cos(a) / hd, 0.0, math.sin(a) / hw)))
                flags.append(sign * math.sin(a) > 0.3 and dot(normal, cam.toward) > 0.05)
            run = _circular_run(pts, flags)
            if len(run) > 1:
                lines.append([cam.xy(q) for q in run])

    def paint(c: Canvas):
        for line in lines:
            c.line(line, style.LANDMARK, LANDMARK_PX)

    return paint


def _circular_run(points, flags):
    """The longest run of consecutive flagged points, going round the circle."""
    n = len(points)
    start = next((i for i in range(n) if flags[i] and not flags[i - 1]), 0)
    out = []
    i = start
    while flags[i % n] and len(out) < n:
        out.append(points[i % n])
        i += 1
    return out


def _paint_spine(fr, cam: Camera):
    """A line down the middle of the back, when the back is turned towards you."""
    pts = [body.at(fr, frame, (cx - hd + 1.2, y, 0.0)) for frame, y, hw, hd, cx in body.RINGS[1:-1]]
    _, m = fr["waist"]
    back = apply(m, (-1.0, 0.0, 0.0))
    if dot(back, cam.toward) < 0.55:
        return lambda c: None
    line = [cam.xy(p) for p in pts]

    def paint(c: Canvas):
        c.line(line, style.SPINE_LINE, 5.0)

    return paint


# ----------------------------------------------------------------- equipment


def support_items(s: Support, cam: Camera, ghost: bool = False, layer: int = 2) -> list[Item]:
    if isinstance(s, Floor):
        return []
    if isinstance(s, Group):
        out = []
        for b in s.boxes:
            out += support_items(b, cam, ghost, layer)
        return out
    if isinstance(s, Box):
        return [_box_item(s, cam, ghost, 0 if s.backdrop else layer)]
    if isinstance(s, Roller):
        return [_roller_item(s, cam, ghost, layer)]
    if isinstance(s, Ball):
        return [_ball_item(s, cam, ghost, layer)]
    raise TypeError(s)


def _shade(colour, k):
    if k >= 1:
        return tuple(round(c + (255 - c) * (k - 1)) for c in colour)
    return tuple(round(c * k) for c in colour)


def _box_item(b: Box, cam: Camera, ghost: bool, layer: int) -> Item:
    lo, hi = b.lo, b.hi
    corners = lambda pick: [tuple(hi[i] if pick[j][i] else lo[i] for i in range(3)) for j in range(4)]  # noqa: E731
    faces = []
    for axis in range(3):
        for high in (False, True):
            normal = [0.0, 0.0, 0.0]
            normal[axis] = 1.0 if high else -1.0
            if dot(tuple(normal), cam.toward) <= 1e-6:
                continue
            a, c2 = [(i) for i in range(3) if i != axis]
            quad = []
            for u, w in ((0, 0), (1, 0), (1, 1), (0, 1)):
                p = [0.0, 0.0, 0.0]
                p[axis] = hi[axis] if high else lo[axis]
                p[a] = hi[a] if u else lo[a]
                p[c2] = hi[c2] if w else lo[c2]
                quad.append(tuple(p))
            faces.append((axis, high, [cam.xy(q) for q in quad]))
    centre = tuple((x + y) / 2 for x, y in zip(lo, hi, strict=False))
    depth = cam.project(centre)[2]
    pts = [p for _, _, q in faces for p in q]
    base = style.GHOST_PROP if ghost else b.colour
    edge = style.WALL_EDGE if b.kind == "wall" else (_shade(style.GHOST_PROP, 0.86) if ghost else style.PROP_DARK)
    if b.kind in ("mat", "cushion"):
        edge = style.PROP if not ghost else _shade(style.GHOST_PROP, 0.86)

    def paint(c: Canvas):
        for axis, high, quad in faces:
            k = 1.0 if axis == 1 and high else (0.88 if axis == 0 else 0.94)
            if b.kind in ("mat", "cushion", "wall") and axis == 1:
                k = 1.06
            c.polygon(quad, _shade(base, k), edge, 2.0)

    _ = corners
    return Item(layer, depth, [] if b.backdrop else pts, paint)


def _circle3d(centre, axis_vec, radius, n=64):
    a = unit(axis_vec)
    from .geometry import cross

    t = (1.0, 0.0, 0.0) if abs(a[0]) < 0.9 else (0.0, 1.0, 0.0)
    u = unit(cross(a, t))
    w = cross(a, u)
    return [
        add(centre, add(mul(u, radius * math.cos(2 * math.pi * i / n)), mul(w, radius * math.sin(2 * math.pi * i / n))))
        for i in range(n)
    ]


def _towel_item(s: Roller, cam: Camera, ghost: bool, layer: int) -> Item:
    """A rolled towel or blanket: a soft green cylinder, a spiral on the end that is seen."""
    e0, e1 = s.ends()
    axis = sub(e1, e0)
    near_end = e1 if dot(axis, cam.toward) >= 0 else e0
    outline = [cam.xy(p) for p in _circle3d(e0, axis, s.radius) + _circle3d(e1, axis, s.radius)]
    cap = [cam.xy(p) for p in _circle3d(near_end, axis, s.radius)]
    rings = [_circle3d(near_end, axis, s.radius * k, n=96) for k in (0.2, 0.9)]
    turns = 2.5
    spiral = []
    for i in range(int(96 * turns) + 1):
        t = i / (96 * turns)
        inner, outer = rings[0][i % 96], rings[1][i % 96]
        spiral.append(cam.xy(lerp(inner, outer, t)))
    # equipment green, not the pale green the key keeps for "only at the start" (test 24)
    fill = style.GHOST_PROP if ghost else style.PROP
    edge = _shade(style.GHOST_PROP, 0.86) if ghost else style.PROP_DARK

    def paint(c: Canvas):
        c.polygon(hull(outline), fill, edge, 2.0)
        c.polygon(hull(cap), _shade(fill, 1.06), edge, 2.0)
        c.line(spiral, edge, 4.0)

    # sorted by its nearer end: a roll across the body sticks out past the near thigh lying on it
    return Item(layer, cam.project(near_end)[2], outline, paint)


def _roller_item(s: Roller, cam: Camera, ghost: bool, layer: int) -> Item:
    if s.kind == "towel":
        return _towel_item(s, cam, ghost, layer)
    e0, e1 = s.ends()
    axis = sub(e1, e0)
    near_end = e1 if dot(axis, cam.toward) >= 0 else e0
    outline = [cam.xy(p) for p in _circle3d(e0, axis, s.radius) + _circle3d(e1, axis, s.radius)]
    cap = [cam.xy(p) for p in _circle3d(near_end, axis, s.radius)]
    # round 38 (test 37: "a stack of coins/discs"): no grooves or rings; one solid body, lit along its top
    # and shaded along its underside, and one plain end
    normals = _circle3d((0.0, 0.0, 0.0), axis, 1.0, n=72)
    seen = [dot(q, cam.toward) > 0.0 for q in normals]
    band = [2 if q[1] > 0.45 else (0 if q[1] < -0.35 else 1) for q in normals]
    strips = []
    for i in range(72):
        if not seen[i] or band[i] == 1 or (seen[i - 1] and band[i - 1] == band[i]):
            continue
        run = [i]
        while seen[(run[-1] + 1) % 72] and band[(run[-1] + 1) % 72] == band[i] and len(run) < 72:
            run.append((run[-1] + 1) % 72)
        run.append((run[-1] + 1) % 72)
        side = [mul(normals[j], s.radius) for j in run]
        strips.append((band[i], [cam.xy(add(e0, q)) for q in side] + [cam.xy(add(e1, q)) for q in reversed(side)]))
    depth = cam.project(s.centre)[2]
    base = style.GHOST_PROP if ghost else style.PROP
    edge = _shade(style.GHOST_PROP, 0.86) if ghost else style.PROP_DARK
    tone = {0: _shade(base, 0.93 if ghost else 0.78), 2: _shade(base, 1.08 if ghost else 1.22)}

    def paint(c: Canvas):
        body = hull(outline)
        c.polygon(body, base)
        for b, strip in strips:
            c.polygon(strip, tone[b])
        c.line([*body, body[0]], edge, 2.0)
        c.polygon(hull(cap), _shade(base, 1.04 if ghost else 1.1), edge, 2.0)

    return Item(layer, depth, outline, paint)


def _ball_item(s: Ball, cam: Camera, ghost: bool, layer: int) -> Item:
    c2 = cam.xy(s.centre)
    depth = cam.project(s.centre)[2]
    seam = []
    a, b = 0.72, 0.28
    for i in range(181):
        t = 2 * math.pi * i / 180
        q = unit(
            (
                a * math.cos(t) + b * math.cos(3 * t),
                a * math.sin(t) - b * math.sin(3 * t),
                2 * math.sqrt(a * b) * math.sin(2 * t),
            )
        )
        q = (q[0], q[2], q[1])  # the seam wraps round a ball resting on the floor
        p = add(s.centre, mul(q, s.radius))
        seam.append((cam.xy(p), dot(q, cam.toward) > 0.08))
    runs, cur = [], []
    for pt, visible in seam:
        if visible:
            cur.append(pt)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    r = s.radius

    def paint(c: Canvas):
        if ghost:
            c.circle(c2, r, _shade(style.GHOST_PROP, 0.86))
            c.circle(c2, r - c.cm(3.0), style.GHOST_PROP)
            return
        tennis = s.kind == "tennis"
        # a light halo, then a thick dark ring round the true outline, so even a ball half hidden under
        # the body reads as a ball at phone size (the ring straddles the outline: the ball keeps its size)
        ring = c.cm(9.0)
        c.circle(c2, r + ring * 0.5 + c.cm(HALO_PX), style.BACKGROUND)
        c.circle(c2, r + ring * 0.5, BALL_RING)
        c.circle(c2, r - ring * 0.5, style.PROP_LIGHT if tennis else style.PROP)
        if not tennis:
            c.circle((c2[0] - r * 0.35, c2[1] + r * 0.35), r * 0.28, _shade(style.PROP, 1.25))
        for run in runs:
            if len(run) > 1:
                c.line(run, style.PROP_DARK if tennis else style.PROP_MARK, max(3.0, r * c.scale / SS * 0.12))

    return Item(layer, depth, [(c2[0] - r, c2[1] - r), (c2[0] + r, c2[1] + r)], paint)


def tube_item(t: Tube, cam: Camera) -> Item:
    pts = [cam.xy(p) for p in t.points]
    d = max(cam.project(p)[2] for p in t.points)

    def paint(c: Canvas):
        w = 2 * t.radius * c.scale / SS
        c.line(pts, style.BACKGROUND, w + 2 * HALO_PX * 0.6)
        c.line(pts, t.colour, w)

    return Item(2, d, pts, paint)


FLOOR_PAST_WALL = 20.0  # cm of floor beyond the far end of a wall's foot


def floor_items(
    cam: Camera,
    x_range=(-800.0, 800.0),
    depth: float = 140.0,
    y=0.0,
    centre: Vec = (0.0, 0.0, 0.0),
    under: Sequence[Vec] = (),
) -> list[Item]:
    """The floor: a band below the floor line in a level view, a large plane from above, reaching
    at least `depth` away and on under every point of `under` (the foot of a wall), so nothing that
    stands on the floor stands past its edge."""
    if cam.elevation < 1.0:

        def paint(c: Canvas):
            _, fy = c.px((0.0, y))
            if fy > c.image.height:  # round 58: below a close-up's own view, which shows no floor
                return
            c.draw.rectangle([0, fy, c.image.width, c.image.height], fill=style.FLOOR)
            c.draw.line([(0, fy), (c.image.width, fy)], fill=style.FLOOR_LINE, width=round(3 * SS))

        return [Item(0, -1e9, [], paint)]
    # wide across the picture, not too deep, so the floor reads as a floor and not a backdrop
    a = math.radians(cam.azimuth)
    across, deep = (math.cos(a), 0.0, -math.sin(a)), (math.sin(a), 0.0, math.cos(a))
    w = x_range[1]
    d = max([depth] + [abs(dot(sub(p, centre), deep)) + FLOOR_PAST_WALL for p in under])
    corners = [
        add(add(centre, mul(across, sx * w)), mul(deep, sz * d)) for sx, sz in ((-1, -1), (1, -1), (1, 1), (-1, 1))
    ]
    poly = [cam.xy(p) for p in corners]

    def paint(c: Canvas):
        c.polygon(poly, style.FLOOR, style.FLOOR_LINE, 3.0)

    return [Item(0, -1e9, [], paint)]


def arrow_item(
    points3d: list[Vec],
    cam: Camera,
    offset: tuple[float, float] = (0.0, 0.0),
    both=False,
    trim: tuple[float, float] = (0.0, 0.0),
) -> Item:
    pts = [cam.xy(p) for p in points3d]
    pts = [(x + offset[0], y + offset[1]) for x, y in pts]
    pts = trim_path(pts, *trim)

    def paint(c: Canvas):
        c.arrow(pts, both)

    return Item(3, 0.0, pts, paint)


def straight_item(ends: list[tuple[float, float]], push: float) -> Item:
    """A "keep this straight" ruler: a thin line with a short bar across each end, push screen
    cm to the left of the direction from the first end to the second. Under the arrows."""
    (ax, ay), (bx, by) = ends
    n = math.hypot(bx - ax, by - ay) or 1.0
    nx, ny = -(by - ay) / n, (bx - ax) / n
    a, b = (ax + nx * push, ay + ny * push), (bx + nx * push, by + ny * push)
    bar = STRAIGHT_BAR_CM

    def paint(c: Canvas):
        for colour, grow in ((style.BACKGROUND, STRAIGHT_HALO_PX), (style.STRAIGHT, 0.0)):
            width = STRAIGHT_PX + 2 * grow
            c.line([a, b], colour, width)
            for p in (a, b):
                c.line([(p[0] - nx * bar, p[1] - ny * bar), (p[0] + nx * bar, p[1] + ny * bar)], colour, width)

    return Item(3, -1.0, [a, b], paint)


def trim_path(pts, start, end):
    def cut(p, d):
        acc = 0.0
        while len(p) > 2 and acc + math.dist(p[0], p[1]) <= d:
            acc += math.dist(p[0], p[1])
            p = p[1:]
        rest = d - acc
        seg = math.dist(p[0], p[1]) or 1.0
        t = min(rest / seg, 0.9)
        return [(p[0][0] + (p[1][0] - p[0][0]) * t, p[0][1] + (p[1][1] - p[0][1]) * t), *p[1:]]

    if start:
        pts = cut(pts, start)
    if end:
        pts = cut(pts[::-1], end)[::-1]
    return pts


def paint(
    items: list[Item],
    margin: float = 0.09,
    floor_y: float | None = None,
    extra: list | None = None,
    close_up: tuple[tuple[float, float], float] | None = None,
    inset: tuple[list[Item], tuple[float, float, float, float]] | None = None,
    close_up_view: tuple[list[Item], tuple[float, float, float, float]] | None = None,
) -> Image.Image:
    """Frame everything at 3:2 (with a margin), paint it far to near, return the picture.
    close_up: (screen point, radius in cm): that spot, ringed, and shown larger in a circle in
    the emptier top corner. inset: (items, screen box x0, y0, x1, y1): a second view, that box
    of those items, in a framed panel in the emptier top corner. close_up_view: (items, screen box):
    what the close-up's circle shows instead of the spot enlarged (a view from its own camera)."""
    pts = [p for it in items for p in it.points] + (extra or [])
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
    w, h = x1 - x0, y1 - y0
    pad = margin * max(w, h * 1.5)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad * 0.9, y1 + pad
    w, h = x1 - x0, y1 - y0
    if w / h < WIDTH / HEIGHT:
        extra_w = h * WIDTH / HEIGHT - w
        x0, x1 = x0 - extra_w / 2, x1 + extra_w / 2
    else:
        extra_h = w * HEIGHT / WIDTH - h
        # keep the floor near the bottom: add most of the room above
        y0, y1 = y0 - extra_h * 0.25, y1 + extra_h * 0.75
    bounds = (x0, y0, x1, y1)
    canvas = Canvas(bounds)
    ordered = _far_to_near(items)
    for it in ordered:
        it.paint(canvas)
    if close_up or inset:
        # where the person, equipment and arrows are (not the floor, wall or mat): a close-up or a
        # second view goes in the top corner with less of them
        busy = _silhouette(bounds, [it for it in ordered if it.layer >= 1])
        if close_up:
            # the close-up's circle counts as busy, so an inset takes the other corner
            ox, oy, big = _close_up(canvas, *close_up, busy, close_up_view)
            ImageDraw.Draw(busy).ellipse([ox - big, oy - big, ox + big, oy + big], fill=255)
        if inset:
            _inset(canvas, *inset, busy)
    return canvas.finish()


def _far_to_near(items: list[Item]) -> list[Item]:
    """The order to paint in: by layer, then far to near, then as given."""
    return [it for _, it in sorted(enumerate(items), key=lambda e: (e[1].layer, e[1].depth, e[0]))]


def _inset(canvas: Canvas, items: list[Item], box, busy: Image.Image) -> None:
    """Paint items, framed to box (screen cm), in a panel as large as INSET_HEIGHT and INSET_WIDTH
    allow in the top corner where it covers less of what `busy` marks, with a thin frame."""
    x0, y0, x1, y1 = box
    k = min(HEIGHT * INSET_HEIGHT / (y1 - y0), WIDTH * INSET_WIDTH / (x1 - x0))
    w, h = round(k * (x1 - x0)), round(k * (y1 - y0))
    panel = Canvas(box, (w, h))
    for it in _far_to_near(items):
        it.paint(panel)
    image, view = canvas.image, panel.image
    edge = round(image.height * 0.03)
    corners = [(edge, edge), (image.width - edge - view.width, edge)]
    ox, oy = min(corners, key=lambda c: busy.crop((*c, c[0] + view.width, c[1] + view.height)).histogram()[255])
    image.paste(view, (ox, oy))
    line = max(1, round(CLOSE_UP_LINE_PX * SS))
    canvas.draw.rectangle([ox, oy, ox + view.width - 1, oy + view.height - 1], outline=style.CLOSE_UP, width=line)


def _close_up(
    canvas: Canvas, spot: tuple[float, float], radius_cm: float, busy: Image.Image, own=None
) -> tuple[float, float, float]:
    """Ring the spot and show it CLOSE_UP_ZOOM times larger in a circle in a top corner (the one
    where it covers less of what `busy` marks), joined to the ring by a line. Returns the circle's
    centre and radius in pixels."""
    image = canvas.image
    cx, cy = canvas.px(spot)
    r = radius_cm * canvas.scale
    big = min(r * CLOSE_UP_ZOOM, image.height * 0.24)
    if not (r <= cx <= image.width - r and r <= cy <= image.height - r):
        raise ValueError(f"the close-up at {spot} is outside the picture")
    view = image.crop((round(cx - r), round(cy - r), round(cx + r), round(cy + r)))
    if own:  # round 50: the circle shows its own view (items, screen box) instead
        items, (x0, y0, x1, y1) = own
        half = max(x1 - x0, y1 - y0) / 2
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        panel = Canvas((mx - half, my - half, mx + half, my + half), (round(2 * big / SS),) * 2)
        for it in _far_to_near(items):
            it.paint(panel)
        view = panel.image
    view = view.resize((round(2 * big), round(2 * big)), Image.Resampling.LANCZOS)
    edge = image.height * 0.04 + big

    def drawn(x: float, y: float) -> int:
        box = busy.crop((round(x - big), round(y - big), round(x + big), round(y + big)))
        return box.histogram()[255]

    corners = [(edge, edge), (image.width - edge, edge)]
    ox, oy = min(corners, key=lambda c: (drawn(*c), math.dist(c, (cx, cy))))
    line = max(1, round(CLOSE_UP_LINE_PX * SS))
    d = canvas.draw
    away = math.dist((ox, oy), (cx, cy)) or 1.0
    ux, uy = (ox - cx) / away, (oy - cy) / away
    d.line([(cx + ux * r, cy + uy * r), (ox - ux * big, oy - uy * big)], fill=style.CLOSE_UP, width=line)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=style.CLOSE_UP, width=line)
    disc = Image.new("L", view.size, 0)
    ImageDraw.Draw(disc).ellipse([0, 0, view.width - 1, view.height - 1], fill=255)
    image.paste(view, (round(ox - big), round(oy - big)), disc)
    d.ellipse([ox - big, oy - big, ox + big, oy + big], outline=style.CLOSE_UP, width=line)
    return ox, oy, big


def _silhouette(bounds, items) -> Image.Image:
    """Where the items paint anything: white on black, at the canvas's size."""
    c = Canvas(bounds)
    for it in items:
        it.paint(c)
    blank = Image.new("RGB", c.image.size, style.BACKGROUND)
    return ImageChops.difference(c.image, blank).convert("L").point(lambda v: 255 if v else 0)
