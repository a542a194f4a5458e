"""Draw the original exercise illustrations from pose data, with Pillow.

    python -m scripts.draw_exercises [--only NAME ...] [--out pictures/]

Every picture is a side view of one simple figure on a calm, pale card: thick rounded
limbs, the far-side limbs a shade lighter, the target muscle in warm orange, props in
grey, and an arrow for the movement. Poses are joint angles (degrees: 0 points right,
90 points up) or targets for a hand or foot, solved with two-link inverse kinematics.
The output is deterministic: the same code always draws the same pixels.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 2400, 1600          # final size in pixels
SCALE = 2                           # drawn at 2x, then downsampled for smooth edges

BACKGROUND = (243, 247, 246)
FLOOR = (150, 172, 168)
MAT = (206, 226, 222)
NEAR = (52, 84, 96)
FAR = (120, 148, 158)
HIGHLIGHT = (232, 108, 52)
ARROW = (184, 64, 24)
PROP = (160, 168, 172)
PROP_DARK = (118, 126, 132)
WOOD = (196, 170, 134)

# Segment lengths and thicknesses, in body units.
LENGTH = {"upper_arm": 1.3, "forearm": 1.2, "thigh": 1.75, "shin": 1.65, "foot": 0.55, "torso": 2.3, "neck": 0.5}
THICK = {"upper_arm": 0.30, "forearm": 0.26, "thigh": 0.42, "shin": 0.32, "foot": 0.22, "torso": 0.70}
HEAD_RADIUS = 0.45


# --------------------------------------------------------------------------- geometry


def polar(origin, length, degrees):
    a = math.radians(degrees)
    return (origin[0] + length * math.cos(a), origin[1] + length * math.sin(a))


def two_link(root, first, second, target, bend):
    """Middle joint of a two-link limb reaching for target; bend=+1/-1 picks the side."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    dist = max(min(math.hypot(dx, dy), first + second - 1e-6), abs(first - second) + 1e-6)
    base = math.atan2(dy, dx)
    cos_a = (first ** 2 + dist ** 2 - second ** 2) / (2 * first * dist)
    angle = base + bend * math.acos(max(-1.0, min(1.0, cos_a)))
    middle = (root[0] + first * math.cos(angle), root[1] + first * math.sin(angle))
    end = polar(root, dist, math.degrees(base))
    return middle, end


@dataclass
class Pose:
    """A figure: hip position, torso and head angles, and each limb as angles or a target.

    Arms: (upper, fore) angles or {"to": (x, y), "bend": +-1}. Legs: (thigh, shin, foot) or
    {"to": (x, y), "bend": +-1, "foot": angle}. `_n` is the near side, `_f` the far side.
    """

    hip: tuple[float, float]
    torso: float = 90
    head: float | None = None
    arm_n: object = (-90, -90)
    arm_f: object = (-90, -90)
    leg_n: object = (-90, -90, 0)
    leg_f: object = (-90, -90, 0)
    facing: int = 1                  # +1: front of the body is clockwise from the spine direction
    highlight: tuple[str, ...] = ()

    def joints(self) -> dict[str, tuple[float, float]]:
        j = {"hip": self.hip}
        j["neck"] = polar(self.hip, LENGTH["torso"], self.torso)
        j["head"] = polar(j["neck"], LENGTH["neck"], self.head if self.head is not None else self.torso)
        for side in ("n", "f"):
            arm = getattr(self, f"arm_{side}")
            if isinstance(arm, dict) and "points" in arm:
                j[f"elbow_{side}"], j[f"hand_{side}"] = arm["points"]
            elif isinstance(arm, dict):
                j[f"elbow_{side}"], j[f"hand_{side}"] = two_link(
                    j["neck"], LENGTH["upper_arm"], LENGTH["forearm"], arm["to"], arm.get("bend", 1))
            else:
                j[f"elbow_{side}"] = polar(j["neck"], LENGTH["upper_arm"], arm[0])
                j[f"hand_{side}"] = polar(j[f"elbow_{side}"], LENGTH["forearm"], arm[1])
            leg = getattr(self, f"leg_{side}")
            if isinstance(leg, dict) and "points" in leg:
                j[f"knee_{side}"], j[f"ankle_{side}"] = leg["points"]
                foot = leg.get("foot", 0)
            elif isinstance(leg, dict):
                j[f"knee_{side}"], j[f"ankle_{side}"] = two_link(
                    self.hip, LENGTH["thigh"], LENGTH["shin"], leg["to"], leg.get("bend", 1))
                foot = leg.get("foot", 0)
            else:
                j[f"knee_{side}"] = polar(self.hip, LENGTH["thigh"], leg[0])
                j[f"ankle_{side}"] = polar(j[f"knee_{side}"], LENGTH["shin"], leg[1])
                foot = leg[2]
            j[f"toe_{side}"] = polar(j[f"ankle_{side}"], LENGTH["foot"], foot)
        return j


SEGMENTS = {  # name -> (from joint, to joint, thickness key)
    "upper_arm": ("neck", "elbow", "upper_arm"), "forearm": ("elbow", "hand", "forearm"),
    "thigh": ("hip", "knee", "thigh"), "shin": ("knee", "ankle", "shin"), "foot": ("ankle", "toe", "foot"),
}


# --------------------------------------------------------------------------- drawing


class Canvas:
    """Draws in body units. A first, dry pass only measures what the picture covers; the second
    pass frames that area (plus a margin, at 3:2) to fill the picture, so every figure is large."""

    def __init__(self, frame=None) -> None:
        self.dry = frame is None
        self.bounds = [math.inf, math.inf, -math.inf, -math.inf]
        self.framing = True
        if not self.dry:
            x0, y0, x1, y1 = frame
            self.origin = (x0, y1)
            self.zoom = WIDTH * SCALE / (x1 - x0)
            self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), BACKGROUND)
            self.draw = ImageDraw.Draw(self.image)

    def _cover(self, points, pad=0.0):
        if self.framing:
            for x, y in points:
                self.bounds = [min(self.bounds[0], x - pad), min(self.bounds[1], y - pad),
                               max(self.bounds[2], x + pad), max(self.bounds[3], y + pad)]
        return self.dry

    def px(self, point):
        return ((point[0] - self.origin[0]) * self.zoom, (self.origin[1] - point[1]) * self.zoom)

    def size(self, units):
        return units * self.zoom

    def capsule(self, a, b, thickness, colour):
        if self._cover([a, b], thickness / 2):
            return
        width = self.size(thickness)
        pa, pb = self.px(a), self.px(b)
        self.draw.line([pa, pb], fill=colour, width=round(width))
        for p in (pa, pb):
            r = width / 2
            self.draw.ellipse([p[0] - r, p[1] - r, p[0] + r, p[1] + r], fill=colour)

    def circle(self, centre, radius, colour):
        if self._cover([centre], radius):
            return
        c, r = self.px(centre), self.size(radius)
        self.draw.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], fill=colour)

    def rect(self, x0, y0, x1, y1, colour, radius=0.08):
        if self._cover([(x0, y0), (x1, y1)]):
            return
        a, b = self.px((x0, y1)), self.px((x1, y0))
        self.draw.rounded_rectangle([a, b], radius=self.size(radius), fill=colour)

    def polyline(self, points, colour, thickness):
        if self._cover(points, thickness / 2):
            return
        self.draw.line([self.px(p) for p in points], fill=colour, width=round(self.size(thickness)),
                       joint="curve")

    def polygon(self, points, colour):
        if self._cover(points):
            return
        self.draw.polygon([self.px(p) for p in points], fill=colour)

    def arrow(self, centre, radius, start, end, colour=ARROW, thickness=0.12):
        """A curved arrow along a circle from angle `start` to `end` (degrees), head at `end`."""
        steps = 24
        points = [polar(centre, radius, start + (end - start) * i / steps) for i in range(steps + 1)]
        self.polyline(points, colour, thickness)
        tip = points[-1]
        direction = math.degrees(math.atan2(points[-1][1] - points[-2][1], points[-1][0] - points[-2][0]))
        self.polygon([polar(tip, 0.42, direction), polar(tip, 0.24, direction + 120),
                      polar(tip, 0.24, direction - 120)], colour)

    def straight_arrow(self, a, b, colour=ARROW, thickness=0.12, both=False):
        self.polyline([a, b], colour, thickness)
        for tip, base in ((b, a), (a, b)) if both else ((b, a),):
            d = math.degrees(math.atan2(tip[1] - base[1], tip[0] - base[0]))
            self.polygon([polar(tip, 0.42, d), polar(tip, 0.24, d + 120), polar(tip, 0.24, d - 120)], colour)

    def frame(self, margin=0.9, floor_y=1.0):
        """The 3:2 area to show: what was drawn, plus a margin, with the floor near the bottom."""
        x0, y0, x1, y1 = self.bounds
        x0, x1, y1 = x0 - margin, x1 + margin, y1 + margin
        y0 = min(y0, floor_y) - margin * 0.6
        width, height = x1 - x0, y1 - y0
        if width / height < WIDTH / HEIGHT:
            extra = height * WIDTH / HEIGHT - width
            x0, x1 = x0 - extra / 2, x1 + extra / 2
        else:
            y1 = y0 + width * HEIGHT / WIDTH
        return (x0, y0, x1, y1)

    def finish(self) -> Image.Image:
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def draw_figure(canvas: Canvas, pose: Pose) -> None:
    j = pose.joints()
    hl = set(pose.highlight)

    def limb(side, colour):
        for name in ("thigh", "shin", "foot", "upper_arm", "forearm"):
            a, b, key = SEGMENTS[name]
            canvas.capsule(j[f"{a}_{side}" if a not in ("hip", "neck") else a], j[f"{b}_{side}"],
                           THICK[key], colour)
            if f"{name}_{side}" in hl:
                canvas.capsule(j[f"{a}_{side}" if a not in ("hip", "neck") else a], j[f"{b}_{side}"],
                               THICK[key] * 0.62, HIGHLIGHT)

    limb("f", FAR)
    canvas.capsule(j["hip"], j["neck"], THICK["torso"], NEAR)
    canvas.capsule(j["neck"], polar(j["neck"], 0.35, pose.head if pose.head is not None else pose.torso),
                   0.28, NEAR)
    canvas.circle(j["head"], HEAD_RADIUS, NEAR)
    _torso_highlights(canvas, pose, j, hl)
    limb("n", NEAR)


def _torso_highlights(canvas, pose, j, hl):
    spine = pose.torso
    front = spine - 90 * pose.facing          # direction the chest and belly face
    back = front + 180
    lower = polar(j["hip"], 0.55, spine)
    middle = polar(j["hip"], 1.25, spine)
    upper = polar(j["hip"], 1.9, spine)
    if "low_back" in hl:
        canvas.capsule(polar(lower, 0.2, back), polar(middle, 0.2, back), 0.3, HIGHLIGHT)
    if "back" in hl:
        canvas.capsule(polar(lower, 0.2, back), polar(upper, 0.2, back), 0.3, HIGHLIGHT)
    if "belly" in hl:
        canvas.capsule(polar(lower, 0.2, front), polar(middle, 0.2, front), 0.3, HIGHLIGHT)
    if "side" in hl:
        canvas.capsule(polar(lower, 0.18, front), polar(middle, 0.18, front), 0.3, HIGHLIGHT)
    if "glute" in hl:
        canvas.circle(polar(j["hip"], 0.22, back), 0.26, HIGHLIGHT)
    if "hip_side" in hl:
        canvas.circle(polar(j["hip"], 0.12, spine), 0.24, HIGHLIGHT)


# --------------------------------------------------------------------------- props


def floor(c: Canvas, y=1.0):
    c.framing = False
    c.rect(-20, y - 0.08, 60, y, FLOOR, radius=0.0)
    c.framing = True


def mat(c: Canvas, x0, x1, y=1.0):
    c.framing = False
    c.rect(x0, y, x1, y + 0.12, MAT, radius=0.06)
    c.framing = True


def wall(c: Canvas, x, top=8.4, y=1.0):
    c.rect(x, y, x + 0.35, top, PROP, radius=0.04)


def chair(c: Canvas, x, seat=2.9, facing=1, y=1.0):
    """A plain chair; `facing` is the side the seat opens to."""
    back_x = x - 1.1 * facing
    c.rect(min(x, back_x) - 0.1, seat - 0.14, max(x, back_x) + 0.1, seat + 0.02, WOOD)
    for leg_x in (x, back_x):
        c.rect(leg_x - 0.07, y, leg_x + 0.07, seat, WOOD, radius=0.03)
    c.rect(back_x - 0.08, seat, back_x + 0.08, seat + 2.2, WOOD, radius=0.04)


def step(c: Canvas, x0, x1, height=1.4, y=1.0):
    c.rect(x0, y, x1, y + height, WOOD, radius=0.06)


def roller(c: Canvas, centre, radius=0.5):
    c.circle(centre, radius, PROP_DARK)
    c.circle(centre, radius * 0.55, PROP)


def ball(c: Canvas, centre, radius=0.2):
    c.circle(centre, radius, (214, 92, 70))


def cushion(c: Canvas, x0, x1, y=1.0):
    c.rect(x0, y, x1, y + 0.28, (178, 196, 214), radius=0.14)


# --------------------------------------------------------------------------- the pictures
# Each function draws one picture. Coordinates are body units; the floor is at y=1.0,
# and a standing figure's hip is about 1.0 + 0.2 + 1.65 + 1.75 = 4.6 high.

STAND_HIP = 1.0 + 0.22 + LENGTH["shin"] + LENGTH["thigh"] - 0.05
LIE = 1.12 + THICK["torso"] / 2      # hip height of a figure lying on a mat


def quadriceps(c):
    floor(c); wall(c, 14.0, top=8.4)
    hip = (11.8, STAND_HIP)
    knee = polar(hip, LENGTH["thigh"], -92)
    ankle = polar(knee, LENGTH["shin"], 122)
    pose = Pose(hip=hip, torso=90, head=92,
                arm_f={"to": (13.95, 7.0), "bend": 1},
                leg_f=(-90, -90, 0),
                leg_n=(-92, 122, 175),
                arm_n={"to": polar(ankle, 0.15, 0), "bend": -1},
                highlight=("thigh_n",))
    draw_figure(c, pose)
    c.arrow(knee, 2.3, 150, 122)


def hamstrings(c):
    floor(c); mat(c, 4, 19)
    hip = (12.0, LIE)
    pose = Pose(hip=hip, torso=180, head=178, facing=-1,
                leg_n=(78, 80, 20), leg_f=(-2, 0, 90),
                arm_n={"to": polar(polar(hip, 1.75, 78), 1.1, 80), "bend": -1},
                arm_f={"to": polar(polar(hip, 1.75, 78), 1.0, 80), "bend": -1},
                highlight=("thigh_n",))
    draw_figure(c, pose)
    foot = polar(polar(polar(hip, 1.75, 78), 1.65, 80), 0.3, 20)
    c.polyline([pose.joints()["hand_n"], foot], (90, 110, 160), 0.08)
    c.arrow((12.0, LIE), 4.4, 62, 82)


def calves(c):
    floor(c); wall(c, 16.4, top=8.0)
    pose = Pose(hip=(13.2, 4.15), torso=75, head=80,
                arm_n={"to": (16.35, 6.4), "bend": 1}, arm_f={"to": (16.35, 6.7), "bend": 1},
                leg_n={"to": (10.9, 1.25), "bend": 1, "foot": -5},
                leg_f={"to": (14.4, 1.25), "bend": -1, "foot": 0},
                highlight=("shin_n",))
    draw_figure(c, pose)
    c.straight_arrow((10.4, 2.3), (10.4, 1.45))


def hip_flexors(c):
    floor(c); cushion(c, 9.6, 11.4)
    hip = (11.0, 3.16)
    pose = Pose(hip=hip, torso=92, head=92,
                arm_n={"to": (12.1, 3.2), "bend": 1}, arm_f={"to": (12.2, 3.3), "bend": 1},
                leg_f=(-10, -90, 0),
                leg_n={"to": (9.0, 1.42), "bend": 1, "foot": 190},
                highlight=("thigh_n",))
    j = pose.joints()
    pose.leg_n = (-99, 180, 200)
    draw_figure(c, pose)
    c.straight_arrow((11.6, 4.3), (12.9, 4.3))
    _ = j


def glutes(c):
    """Seated figure-4 stretch, seen from the front: one ankle across the other knee."""
    floor(c)
    c.rect(10.2, 2.75, 13.8, 3.0, WOOD)                       # the chair seat
    for x in (10.4, 13.6):
        c.rect(x - 0.08, 1.0, x + 0.08, 2.8, WOOD, radius=0.03)
    hip = (12.0, 3.3)
    far_knee, near_knee = (12.75, 3.15), (10.55, 3.75)
    pose = Pose(hip=hip, torso=96, head=100,
                leg_f={"points": (far_knee, (12.8, 1.35)), "foot": -60},
                leg_n={"points": (near_knee, (13.05, 3.55)), "foot": 20},
                arm_n={"points": ((10.95, 4.7), near_knee)},
                arm_f={"points": ((13.0, 4.8), (12.95, 3.7))},
                highlight=("glute", "thigh_n"))
    draw_figure(c, pose)
    c.straight_arrow((10.2, 4.9), (10.2, 4.0))


def inner_thigh(c):
    """Butterfly stretch, seen from the front: soles together, knees dropping out."""
    floor(c); mat(c, 7, 16)
    hip = (11.5, 1.7)
    pose = Pose(hip=hip, torso=90, head=90,
                leg_n=(-12, 197, 0), leg_f=(192, -17, 180),
                arm_n={"to": (11.75, 1.55), "bend": 1}, arm_f={"to": (11.25, 1.55), "bend": -1},
                highlight=("thigh_n", "thigh_f"))
    draw_figure(c, pose)
    c.straight_arrow(polar(hip, 1.55, 8), polar(hip, 1.55, -22))
    c.straight_arrow(polar(hip, 1.55, 172), polar(hip, 1.55, 202))


def knee_to_chest(c):
    floor(c); mat(c, 4, 19)
    hip = (11.5, LIE)
    knee = polar(hip, LENGTH["thigh"], 118)
    pose = Pose(hip=hip, torso=180, head=176, facing=-1,
                leg_f=(0, 0, 90),
                leg_n=(118, -15, 20),
                arm_n={"to": polar(knee, 0.35, -15), "bend": -1},
                arm_f={"to": polar(knee, 0.3, -15), "bend": -1},
                highlight=("low_back", "glute"))
    draw_figure(c, pose)
    c.arrow(hip, 2.4, 60, 100)


def lower_back_rotation(c):
    """Seen from above: lying on the back, arms out wide, both bent knees dropped to one side."""
    c.rect(8.4, 0.2, 15.4, 4.0, MAT, radius=0.3)
    hip = (12.0, 2.1)
    pose = Pose(hip=hip, torso=180, head=180, facing=-1,
                leg_n=(-30, -95, -10), leg_f=(-42, -100, -15),
                arm_n=(92, 95), arm_f=(-92, -95),
                highlight=("low_back",))
    draw_figure(c, pose)
    c.arrow(hip, 2.6, 5, -30)


def childs_pose(c):
    floor(c); mat(c, 4, 19)
    ankle = (9.0, 1.3)
    hip = (9.25, 2.3)
    pose = Pose(hip=hip, torso=-12, head=-20, facing=1,
                leg_n={"to": ankle, "bend": -1, "foot": 180},
                leg_f={"to": (ankle[0] + 0.1, ankle[1]), "bend": -1, "foot": 180},
                arm_n=(-8, 0), arm_f=(-6, 0),
                highlight=("low_back",))
    draw_figure(c, pose)
    c.straight_arrow((12.3, 2.9), (14.6, 2.9))


def press_up(c):
    floor(c); mat(c, 4, 19)
    pose = Pose(hip=(9.5, LIE), torso=24, head=40, facing=1,
                leg_n=(180, 180, 190), leg_f=(180, 180, 190),
                arm_n={"to": (11.75, 1.3), "bend": -1}, arm_f={"to": (11.95, 1.3), "bend": -1},
                highlight=("low_back",))
    draw_figure(c, pose)
    c.arrow((9.5, LIE), 2.9, 5, 30)


def side_bend(c):
    """Seen from the front: feet apart, one arm over the head, leaning to the other side."""
    floor(c)
    hip = (12.0, STAND_HIP)
    pose = Pose(hip=hip, torso=102, head=110, facing=1,
                leg_n=(-84, -90, 0), leg_f=(-96, -90, 180),
                arm_n=(112, 160), arm_f=(-105, -95),
                highlight=("side",))
    draw_figure(c, pose)
    c.arrow(hip, 3.9, 80, 112)


def back_extension(c):
    floor(c); mat(c, 4, 19)
    pose = Pose(hip=(9.8, LIE), torso=14, head=24, facing=1,
                leg_n=(180, 180, 190), leg_f=(181, 181, 190),
                arm_n=(190, 182), arm_f=(192, 184),
                highlight=("back", "glute"))
    draw_figure(c, pose)
    c.arrow((9.8, LIE), 3.4, 0, 20)


def bird_dog(c):
    floor(c); mat(c, 4, 19)
    hip = (10.0, 3.1)
    knee = (hip[0] - 0.05, 1.45)
    pose = Pose(hip=hip, torso=-3, head=5, facing=1,
                leg_f={"to": (knee[0] - 1.6, 1.35), "bend": 1, "foot": 180},
                leg_n=(178, 179, 200),
                arm_f={"to": (12.3, 1.3), "bend": 1},
                arm_n=(2, 2),
                highlight=("back", "glute"))
    pose.leg_f = (-92, 178, 190)
    draw_figure(c, pose)
    c.straight_arrow((8.0, 3.9), (6.3, 3.9))
    c.straight_arrow((12.9, 3.9), (14.6, 3.9))


def glute_bridge(c):
    floor(c); mat(c, 4, 19)
    ankle = (13.4, 1.3)
    hip = (11.6, 2.3)
    pose = Pose(hip=hip, torso=200, head=182, facing=-1,
                leg_n={"to": ankle, "bend": 1, "foot": 0},
                leg_f={"to": (ankle[0] + 0.1, ankle[1]), "bend": 1, "foot": 0},
                arm_n=(-3, 0), arm_f=(-2, 1),
                highlight=("glute",))
    draw_figure(c, pose)
    c.straight_arrow((hip[0], 1.7), (hip[0], 2.45))


def dead_bug(c):
    floor(c); mat(c, 4, 19)
    hip = (11.5, LIE)
    pose = Pose(hip=hip, torso=180, head=178, facing=-1,
                leg_f=(90, 0, 0), leg_n=(12, 4, 0),
                arm_f=(90, 90), arm_n=(150, 155),
                highlight=("belly",))
    draw_figure(c, pose)
    c.arrow(polar(hip, LENGTH["torso"], 180), 2.5, 80, 140)
    c.arrow(hip, 3.4, 75, 25)


def side_plank(c):
    """Side plank from the knees, seen from the front."""
    floor(c); mat(c, 4, 19)
    hip = (11.9, 2.19)
    pose = Pose(hip=hip, torso=165.8, head=160, facing=1,
                leg_n=(-14.2, -14.2, -75), leg_f=(-13.6, -13.6, -70),
                arm_f=(-90, 180), arm_n=(88, 90),
                highlight=("side",))
    draw_figure(c, pose)
    c.straight_arrow((hip[0] + 0.2, 2.9), (hip[0] + 0.2, 3.8))


def plank(c):
    floor(c); mat(c, 4, 19)
    hip = (10.2, 2.45)
    pose = Pose(hip=hip, torso=8, head=8, facing=1,
                leg_n={"to": (6.9, 1.45), "bend": 1, "foot": -80},
                leg_f={"to": (6.95, 1.45), "bend": 1, "foot": -80},
                arm_n={"to": (13.0, 1.3), "bend": -1}, arm_f={"to": (13.1, 1.3), "bend": -1},
                highlight=("belly",))
    j = pose.joints()
    pose.arm_n = (-88, 0)
    pose.arm_f = (-86, 0)
    _ = j
    draw_figure(c, pose)


def sit_to_stand(c):
    floor(c); chair(c, 10.2, facing=1)
    hip = (11.0, 3.5)
    pose = Pose(hip=hip, torso=58, head=65, facing=1,
                leg_n={"to": (12.25, 1.25), "bend": 1, "foot": 0},
                leg_f={"to": (12.35, 1.25), "bend": 1, "foot": 0},
                arm_n=(15, 10), arm_f=(18, 12),
                highlight=("thigh_n", "glute"))
    draw_figure(c, pose)
    c.arrow((12.3, 1.3), 3.6, 140, 105)


def split_squat(c):
    floor(c)
    hip = (11.0, 3.05)
    pose = Pose(hip=hip, torso=90, head=90, facing=1,
                leg_n=(-5, -90, 0),
                leg_f={"to": (9.0, 1.25), "bend": 1, "foot": -120},
                arm_n=(-96, -88), arm_f=(-94, -86),
                highlight=("thigh_n", "glute"))
    pose.leg_f = (-100, 188, -80)
    draw_figure(c, pose)
    c.straight_arrow((13.6, 4.4), (13.6, 3.2), both=True)


def hip_hinge(c):
    floor(c)
    hip = (10.6, STAND_HIP - 0.25)
    pose = Pose(hip=hip, torso=40, head=42, facing=1,
                leg_n={"to": (11.0, 1.25), "bend": 1, "foot": 0},
                leg_f={"to": (11.1, 1.25), "bend": 1, "foot": 0},
                arm_n={"to": polar(hip, 1.3, -50), "bend": 1},
                arm_f={"to": polar(hip, 1.25, -48), "bend": 1},
                highlight=("thigh_n", "glute"))
    draw_figure(c, pose)
    c.arrow(hip, 2.6, 85, 45)


def step_up(c):
    floor(c); step(c, 11.2, 14.4, height=1.3)
    hip = (11.7, 4.35)
    pose = Pose(hip=hip, torso=85, head=88, facing=1,
                leg_n={"to": (12.4, 2.55), "bend": 1, "foot": 0},
                leg_f={"to": (12.3, 1.25), "bend": 1, "foot": 0},
                arm_n=(-80, -60), arm_f=(-100, -110),
                highlight=("thigh_n", "glute"))
    draw_figure(c, pose)
    c.straight_arrow((10.0, 3.0), (10.0, 4.4))


def _side_lying(c, top_leg, bottom_leg, arrow):
    floor(c); mat(c, 4, 19)
    hip = (11.6, 1.9)
    pose = Pose(hip=hip, torso=180, head=172, facing=-1,
                leg_f=bottom_leg, leg_n=top_leg,
                arm_f=(178, 70), arm_n=(-6, -4),
                highlight=("hip_side", "glute"))
    draw_figure(c, pose)
    c.arrow(hip, *arrow)


def clamshell(c):
    bottom_knee = polar((11.6, 1.9), LENGTH["thigh"], -20)
    ankle = polar(bottom_knee, LENGTH["shin"], 180)
    _side_lying(c, {"to": (ankle[0], ankle[1] + 0.15), "bend": 1, "foot": 200}, (-20, 180, 200), (1.5, -5, 38))


def side_leg_raise(c):
    _side_lying(c, (20, 20, 110), (-11, -11, 80), (3.2, -2, 22))


def calf_raise(c):
    floor(c); wall(c, 14.0, top=8.4)
    hip = (12.0, STAND_HIP + 0.35)
    pose = Pose(hip=hip, torso=90, head=90,
                arm_f={"to": (13.95, 7.0), "bend": 1}, arm_n={"to": (13.95, 6.8), "bend": 1},
                leg_n=(-90, -90, -55), leg_f=(-91, -91, -55),
                highlight=("shin_n",))
    draw_figure(c, pose)
    c.straight_arrow((10.8, 1.8), (10.8, 2.8))


def _on_roller(c, pose, roller_at, arrow_from, arrow_to):
    floor(c); mat(c, 4, 19)
    roller(c, roller_at)
    draw_figure(c, pose)
    c.straight_arrow(arrow_from, arrow_to, both=True)


def roll_quadriceps(c):
    pose = Pose(hip=(10.0, 2.45), torso=172, head=175, facing=1,
                arm_n=(-90, 180), arm_f=(-88, 182),
                leg_n=(-10, -12, -100), leg_f=(-11, -13, -100), highlight=("thigh_n",))
    _on_roller(c, pose, (11.0, 1.6), (10.2, 3.3), (12.4, 3.3))


def roll_hamstrings(c):
    pose = Pose(hip=(11.0, 2.25), torso=125, head=110, facing=-1,
                arm_n={"to": (9.6, 1.2), "bend": -1}, arm_f={"to": (9.4, 1.2), "bend": -1},
                leg_n=(-6, -4, 80), leg_f=(-4, -3, 80), highlight=("thigh_n",))
    _on_roller(c, pose, (12.2, 1.55), (11.4, 0.55 + 2.8), (13.2, 0.55 + 2.8))


def roll_calves(c):
    pose = Pose(hip=(10.2, 2.1), torso=125, head=110, facing=-1,
                arm_n={"to": (8.9, 1.2), "bend": -1}, arm_f={"to": (8.7, 1.2), "bend": -1},
                leg_n=(2, -6, 80), leg_f=(12, 8, 80), highlight=("shin_n",))
    _on_roller(c, pose, (13.2, 1.55), (12.3, 3.3), (14.3, 3.3))


def roll_outer_thigh(c):
    pose = Pose(hip=(10.0, 2.4), torso=170, head=172, facing=1,
                arm_n=(-90, 180), arm_f=(-88, 182),
                leg_n=(-8, -10, -80), leg_f={"to": (12.3, 1.25), "bend": 1, "foot": 0},
                highlight=("thigh_n",))
    _on_roller(c, pose, (11.2, 1.6), (11.4, 3.6), (13.4, 3.6))


def roll_glutes(c):
    pose = Pose(hip=(11.0, 2.3), torso=110, head=100, facing=-1,
                arm_n={"to": (9.9, 1.2), "bend": -1}, arm_f={"to": (9.8, 1.25), "bend": -1},
                leg_f={"to": (13.0, 1.25), "bend": 1, "foot": 0},
                leg_n={"to": (12.7, 3.5), "bend": 1, "foot": -20}, highlight=("glute",))
    _on_roller(c, pose, (11.1, 1.55), (10.1, 6.3), (12.1, 6.3))


def quadratus_lumborum(c):
    floor(c); mat(c, 4, 19)
    hip = (11.5, LIE + 0.3)
    pose = Pose(hip=hip, torso=180, head=178, facing=-1,
                leg_n={"to": (13.7, 1.3), "bend": 1, "foot": 0},
                leg_f={"to": (13.9, 1.3), "bend": 1, "foot": 0},
                arm_n=(190, 180), arm_f=(185, 175), highlight=("low_back",))
    ball(c, (10.7, 1.33))
    draw_figure(c, pose)
    c.straight_arrow((10.7, 2.9), (10.7, 2.1))


def gluteus_medius(c):
    floor(c); mat(c, 4, 19)
    pose = Pose(hip=(11.6, 1.75), torso=160, head=150, facing=1,
                arm_n={"to": (9.9, 1.2), "bend": 1}, arm_f={"to": (10.1, 1.25), "bend": 1},
                leg_n=(-12, -3, 80), leg_f={"to": (13.2, 1.25), "bend": 1, "foot": 0},
                highlight=("hip_side",))
    ball(c, (11.7, 1.33))
    draw_figure(c, pose)
    c.straight_arrow((11.6, 3.3), (11.6, 2.5))


def tools(c):
    floor(c)
    # A hand pressing a thumb into a muscle (the orange pad).
    c.rect(3.6, 1.0, 7.6, 1.55, (240, 196, 176), radius=0.2)
    c.circle((5.6, 1.55), 0.22, HIGHLIGHT)
    c.rect(4.7, 2.5, 6.9, 3.9, NEAR, radius=0.5)                # the fist
    for i in range(4):                                            # curled fingers
        c.circle((5.0 + i * 0.5, 2.55), 0.3, NEAR)
    c.capsule((5.35, 2.7), (5.6, 1.75), 0.42, NEAR)               # the thumb, pressing down
    c.capsule((5.9, 3.9), (6.4, 5.6), 0.9, NEAR)                  # wrist and forearm
    # A Theracane: a hooked cane with knobs.
    points = [(11.0, 1.3), (11.0, 6.6)] + [polar((12.0, 6.6), 1.0, 180 - a * 10) for a in range(0, 22)]
    c.polyline(points, PROP_DARK, 0.26)
    for knob in ((11.0, 3.2), (11.0, 5.0), polar((12.0, 6.6), 1.0, -30)):
        c.circle(knob, 0.2, PROP_DARK)
    c.capsule((10.6, 4.1), (11.4, 4.1), 0.16, PROP_DARK)
    # A lacrosse ball, and a tennis ball beside it.
    ball(c, (16.2, 1.72), 0.7)
    c.circle((18.1, 1.66), 0.64, (200, 214, 80))


PICTURES = {
    "stretches/quadriceps.png": quadriceps,
    "stretches/hamstrings.png": hamstrings,
    "stretches/calves.png": calves,
    "stretches/hip-flexors.png": hip_flexors,
    "stretches/glutes.png": glutes,
    "stretches/inner-thigh.png": inner_thigh,
    "stretches/knee-to-chest.png": knee_to_chest,
    "stretches/lower-back-rotation.png": lower_back_rotation,
    "stretches/childs-pose.png": childs_pose,
    "stretches/press-up.png": press_up,
    "stretches/side-bend.png": side_bend,
    "foam-rolling/quadriceps.png": roll_quadriceps,
    "foam-rolling/hamstrings.png": roll_hamstrings,
    "foam-rolling/calves.png": roll_calves,
    "foam-rolling/outer-thigh.png": roll_outer_thigh,
    "foam-rolling/glutes.png": roll_glutes,
    "trigger-points/quadratus-lumborum.png": quadratus_lumborum,
    "trigger-points/gluteus-medius.png": gluteus_medius,
    "trigger-points/tools.png": tools,
    "core/back-extension.png": back_extension,
    "core/bird-dog.png": bird_dog,
    "core/glute-bridge.png": glute_bridge,
    "core/dead-bug.png": dead_bug,
    "core/side-plank.png": side_plank,
    "core/plank.png": plank,
    "legs/sit-to-stand.png": sit_to_stand,
    "legs/split-squat.png": split_squat,
    "legs/hip-hinge.png": hip_hinge,
    "legs/step-up.png": step_up,
    "legs/clamshell.png": clamshell,
    "legs/side-leg-raise.png": side_leg_raise,
    "legs/calf-raise.png": calf_raise,
}


def render(name: str) -> Image.Image:
    measure = Canvas()
    PICTURES[name](measure)
    canvas = Canvas(measure.frame())
    PICTURES[name](canvas)
    return canvas.finish()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="names like stretches/quadriceps.png")
    parser.add_argument("--out", type=Path, default=ROOT / "pictures")
    args = parser.parse_args(argv)
    for name in args.only or PICTURES:
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        image = render(name).quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        image.save(path, optimize=True)
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
