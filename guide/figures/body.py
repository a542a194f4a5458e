"""The body: a pose of joint angles, its joint positions in 3D, and the solid shapes drawn.

World coordinates are centimetres: x forward (to the right in a side view), y up from the
floor, z towards the viewer of a side view. A figure in its anatomical position faces +x,
its right side towards +z. The body is an adult about 170 cm tall; segment lengths follow
the usual anthropometric proportions of stature (Drillis and Contini, as given in D. A.
Winter, "Biomechanics and Motor Control of Human Movement"), rounded.

Every solid part is the convex hull of a few spheres (or of rings of points, for the trunk),
so the drawing (the outline of each hull, seen from the chosen view) and the tests (distances
from those same spheres and points to the floor, wall and props) use the same geometry.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, fields, replace

from .geometry import IDENTITY, Mat, Vec, add, apply, lerp, mat_mul, mul, rot_x, rot_y, rot_z

# Lengths (cm).
THIGH, SHIN, UPPER_ARM, FOREARM = 42.0, 42.0, 30.0, 25.0
HIP_HALF_WIDTH = 8.5  # hip joint from the midline
SHOULDER_HALF_WIDTH = 17.5
LUMBAR, THORACIC, CHEST = 10.0, 14.0, 32.0  # pelvis origin -> waist joint -> chest joint -> base of neck
SHOULDER_HEIGHT = 27.0  # in the chest frame
HEAD_RADIUS = 9.5
HEAD_CENTRE = (2.0, 12.5, 0.0)  # in the neck frame
STAND_HIP = SHIN + THIGH + 7.5  # hip joint height when standing tall on flat feet

SIDES = {"r": 1.0, "l": -1.0}


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees (see guide.figures.ranges for the signs) and where the body is.

    root: the point midway between the two hip joints, in world cm. yaw turns the whole body
    about the vertical, tilt pitches it forward (90: lying face down, head towards +x; -90:
    lying face up, head towards -x), roll leans it to its right side, and twist turns it about
    its own long axis (to its right). Tuples are
    (flexion, side bend or abduction, rotation); single numbers are flexion.
    """

    root: Vec = (0.0, STAND_HIP, 0.0)
    yaw: float = 0.0
    tilt: float = 0.0
    roll: float = 0.0
    twist: float = 0.0
    spine: Vec = (0.0, 0.0, 0.0)
    neck: Vec = (0.0, 0.0, 0.0)
    hip_r: Vec = (0.0, 0.0, 0.0)
    hip_l: Vec = (0.0, 0.0, 0.0)
    knee_r: float = 0.0
    knee_l: float = 0.0
    ankle_r: float = 0.0
    ankle_l: float = 0.0
    shoulder_r: Vec = (0.0, 0.0, 0.0)
    shoulder_l: Vec = (0.0, 0.0, 0.0)
    elbow_r: float = 0.0
    elbow_l: float = 0.0
    wrist_r: float = 0.0
    wrist_l: float = 0.0

    def set(self, **changes) -> Pose:
        return replace(
            self, **{k: (tuple(float(x) for x in v) if isinstance(v, tuple) else float(v)) for k, v in changes.items()}
        )

    def moved(self, dx=0.0, dy=0.0, dz=0.0) -> Pose:
        return self.set(root=add(self.root, (dx, dy, dz)))

    def mirrored(self) -> Pose:
        """The same pose with right and left swapped (for 'the other side')."""
        out = {}
        for f in fields(self):
            if f.name.endswith("_r"):
                out[f.name] = getattr(self, f.name[:-2] + "_l")
                out[f.name[:-2] + "_l"] = getattr(self, f.name)
        spine, neck = self.spine, self.neck
        out["spine"] = (spine[0], -spine[1], -spine[2])
        out["neck"] = (neck[0], -neck[1], -neck[2])
        return replace(self, **out)

    # parameters as (field, index) pairs, for the solver and for interpolation
    def get(self, key: tuple[str, int | None]) -> float:
        value = getattr(self, key[0])
        return value if key[1] is None else value[key[1]]

    def put(self, key: tuple[str, int | None], value: float) -> Pose:
        field, index = key
        if index is None:
            return replace(self, **{field: float(value)})
        old = list(getattr(self, field))
        old[index] = float(value)
        return replace(self, **{field: tuple(old)})


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t of the way from a to b (every angle moves evenly)."""
    return replace(a, **{f.name: lerp(getattr(a, f.name), getattr(b, f.name), t) for f in fields(a)})


Frame = tuple[Vec, Mat]


def _joint(flex: float, side: float, rot: float) -> Mat:
    return mat_mul(mat_mul(rot_z(-flex), rot_x(side)), rot_y(-rot))


def frames(p: Pose) -> dict[str, Frame]:
    """Origin and orientation of every body segment."""
    f: dict[str, Frame] = {}
    r0 = mat_mul(mat_mul(mat_mul(rot_y(p.yaw), rot_z(-p.tilt)), rot_x(p.roll)), rot_y(-p.twist))
    f["pelvis"] = (p.root, r0)
    half = _joint(p.spine[0] / 2, p.spine[1] / 2, p.spine[2] / 2)
    o = add(p.root, apply(r0, (0.0, LUMBAR, 0.0)))
    rw = mat_mul(r0, half)
    f["waist"] = (o, rw)
    o = add(o, apply(rw, (0.0, THORACIC, 0.0)))
    rc = mat_mul(rw, half)
    f["chest"] = (o, rc)
    neck_o = add(o, apply(rc, (-0.5, CHEST, 0.0)))
    f["neck"] = (neck_o, mat_mul(rc, _joint(*p.neck)))
    for s, sign in SIDES.items():
        hf, ha, hr = getattr(p, f"hip_{s}")
        hip = add(p.root, apply(r0, (0.0, 0.0, sign * HIP_HALF_WIDTH)))
        rt = mat_mul(mat_mul(mat_mul(r0, rot_z(hf)), rot_x(-sign * ha)), rot_y(sign * hr))
        f[f"thigh_{s}"] = (hip, rt)
        knee = add(hip, apply(rt, (0.0, -THIGH, 0.0)))
        rs = mat_mul(rt, rot_z(-getattr(p, f"knee_{s}")))
        f[f"shin_{s}"] = (knee, rs)
        ankle = add(knee, apply(rs, (0.0, -SHIN, 0.0)))
        f[f"foot_{s}"] = (ankle, mat_mul(rs, rot_z(getattr(p, f"ankle_{s}"))))
        sf, sa, sr = getattr(p, f"shoulder_{s}")
        shoulder = add(o, apply(rc, (0.0, SHOULDER_HEIGHT, sign * SHOULDER_HALF_WIDTH)))
        ru = mat_mul(mat_mul(mat_mul(rc, rot_z(sf)), rot_x(-sign * sa)), rot_y(sign * sr))
        f[f"upper_arm_{s}"] = (shoulder, ru)
        elbow = add(shoulder, apply(ru, (0.0, -UPPER_ARM, 0.0)))
        rf = mat_mul(ru, rot_z(getattr(p, f"elbow_{s}")))
        f[f"forearm_{s}"] = (elbow, rf)
        wrist = add(elbow, apply(rf, (0.0, -FOREARM, 0.0)))
        f[f"hand_{s}"] = (wrist, mat_mul(rf, rot_z(getattr(p, f"wrist_{s}"))))
    return f


def at(fr: dict[str, Frame], frame: str, local: Vec) -> Vec:
    o, m = fr[frame]
    return add(o, apply(m, local))


# ----------------------------------------------------------------- solid shapes
# Each limb part: spheres (local centre, radius) in its segment frame; the part is their hull.

LIMBS: dict[str, list[tuple[Vec, float]]] = {
    "thigh": [((0.0, 0.0, 0.0), 8.5), ((0.8, -16.0, 0.0), 7.6), ((0.0, -THIGH, 0.0), 5.6)],
    "shin": [((0.0, 0.0, 0.0), 5.2), ((1.2, 0.5, 0.0), 4.6), ((-1.6, -12.0, 0.0), 5.2), ((0.0, -SHIN, 0.0), 3.4)],
    "foot": [
        ((0.0, 0.0, 0.0), 3.6),
        ((-3.5, -4.3, 0.0), 3.2),
        ((7.0, -2.6, 0.0), 3.4),
        ((13.5, -5.0, 0.0), 2.5),
        ((18.5, -5.3, 0.0), 2.2),
    ],
    "upper_arm": [((0.0, 0.0, 0.0), 5.3), ((0.0, -12.0, 0.0), 4.6), ((0.0, -UPPER_ARM, 0.0), 3.8)],
    "forearm": [((0.0, 0.0, 0.0), 3.8), ((0.3, -7.0, 0.0), 3.9), ((0.0, -FOREARM, 0.0), 2.6)],
    "hand": [((0.0, 0.0, 0.0), 2.6), ((0.3, -7.0, 0.0), 3.1), ((0.2, -11.0, 0.0), 2.7), ((0.0, -16.5, 0.0), 1.8)],
}

# Trunk rings: (frame, height in frame, half width, half depth, forward offset of the centre).
RINGS = [
    ("pelvis", -9.0, 14.5, 8.0, -2.0),  # under the buttocks: less deep, so they round off into the thighs
    ("pelvis", -2.0, 16.8, 11.5, -2.0),  # hip joints: the widest, with the buttocks behind
    ("pelvis", 7.0, 15.5, 10.5, -0.5),  # top of the hip bones
    ("waist", 4.0, 13.5, 10.0, 0.5),  # the waist
    ("chest", 0.0, 14.5, 10.5, 1.0),  # lowest ribs
    ("chest", 10.0, 16.0, 11.5, 2.0),  # chest
    ("chest", 20.0, 16.8, 10.5, 1.5),  # armpits
    ("chest", 27.5, 18.5, 7.0, 0.0),  # shoulders
    ("chest", 32.0, 7.0, 6.0, -0.5),  # base of the neck
]
RING_POINTS = 28
SEAT = ((-3.0, -5.5, 7.0), 5.5)  # each sitting bone and its padding, pelvis frame


def ring(fr, spec, grow=0.0, n=RING_POINTS) -> list[Vec]:
    frame, y, hw, hd, cx = spec
    return [
        at(
            fr,
            frame,
            (cx + (hd + grow) * math.cos(2 * math.pi * i / n), y, (hw + grow) * math.sin(2 * math.pi * i / n)),
        )
        for i in range(n)
    ]


HEAD = [(HEAD_CENTRE, HEAD_RADIUS), ((6.5, 6.0, 0.0), 5.6)]  # skull and jaw, neck frame
NOSE = ((11.3, 11.0, 0.0), 1.8)
NECK = [((0.0, 0.0, 0.0), 5.6), ((1.0, 8.0, 0.0), 5.0)]


@dataclass
class Part:
    """One solid part: groups of spheres (world centre, radius); each group is filled as a hull."""

    name: str
    groups: list[list[tuple[Vec, float]]]
    side: str = ""  # "r", "l" or "" for the trunk and head


def parts(p: Pose, fr: dict[str, Frame] | None = None) -> list[Part]:
    fr = fr or frames(p)
    out: list[Part] = []
    rings = [ring(fr, spec) for spec in RINGS]
    seat = [(at(fr, "pelvis", (SEAT[0][0], SEAT[0][1], sign * SEAT[0][2])), SEAT[1]) for sign in (1, -1)]
    groups = [[(q, 0.0) for q in a + b] for a, b in itertools.pairwise(rings)]
    groups[0] += seat
    out.append(Part("trunk", groups))
    out.append(Part("neck", [[(at(fr, "neck", c), r) for c, r in NECK]]))
    out.append(
        Part(
            "head",
            [
                [(at(fr, "neck", c), r) for c, r in HEAD],
                [(at(fr, "neck", NOSE[0]), NOSE[1]), (at(fr, "neck", (9.0, 11.0, 0.0)), 1.8)],
            ],
        )
    )
    for s in SIDES:
        for limb, spheres in LIMBS.items():
            out.append(Part(f"{limb}_{s}", [[(at(fr, f"{limb}_{s}", c), r) for c, r in spheres]], s))
    return out


def samples(p: Pose, fr=None) -> list[tuple[str, Vec, float]]:
    """Spheres that fill the body's surface closely, for the contact and penetration tests."""
    fr = fr or frames(p)
    out: list[tuple[str, Vec, float]] = []
    for part in parts(p, fr):
        if part.name == "trunk":
            continue
        for group in part.groups:
            for (a, ra), (b, rb) in itertools.pairwise(group):
                for i in range(5):
                    t = i / 4
                    out.append((part.name, lerp(a, b, t), lerp(ra, rb, t)))
    rings = [ring(fr, spec, n=36) for spec in RINGS]
    for a, b in itertools.pairwise(rings):
        for t in (0.0, 0.25, 0.5, 0.75):
            out.extend(("trunk", lerp(x, y, t), 0.0) for x, y in zip(a, b, strict=False))
    out.extend(
        ("trunk", c, r)
        for c, r in [(at(fr, "pelvis", (SEAT[0][0], SEAT[0][1], s * SEAT[0][2])), SEAT[1]) for s in (1, -1)]
    )
    return out


# ----------------------------------------------------------------- contact sites
# Named places that can carry weight: (frame, local centre, radius). A site touches a surface
# when the distance from its centre to the surface equals its radius (within a tolerance).


def _sites() -> dict[str, tuple[str, Vec, float]]:
    s: dict[str, tuple[str, Vec, float]] = {}
    for side, sign in SIDES.items():
        s[f"heel_{side}"] = (f"foot_{side}", (-3.5, -4.3, 0.0), 3.2)
        s[f"ball_{side}"] = (f"foot_{side}", (13.5, -5.0, 0.0), 2.5)
        s[f"toes_{side}"] = (f"foot_{side}", (18.5, -5.3, 0.0), 2.2)
        s[f"instep_{side}"] = (f"foot_{side}", (7.0, -2.6, 0.0), 3.4)  # top of the foot
        s[f"ankle_{side}"] = (f"foot_{side}", (0.0, 0.0, 0.0), 3.6)
        s[f"knee_{side}"] = (f"shin_{side}", (1.2, 0.5, 0.0), 4.6)  # the kneecap
        s[f"shin_{side}"] = (f"shin_{side}", (1.6, -16.0, 0.0), 4.4)  # front of the shin
        s[f"calf_{side}"] = (f"shin_{side}", (-1.6, -12.0, 0.0), 5.2)
        s[f"calf_low_{side}"] = (f"shin_{side}", (-0.8, -30.0, 0.0), 4.2)
        s[f"thigh_{side}"] = (f"thigh_{side}", (0.8, -16.0, 0.0), 7.6)
        s[f"thigh_low_{side}"] = (f"thigh_{side}", (0.4, -32.0, 0.0), 6.5)
        s[f"palm_{side}"] = (f"hand_{side}", (0.3, -7.0, 0.0), 3.1)
        s[f"fingers_{side}"] = (f"hand_{side}", (0.0, -16.5, 0.0), 1.8)
        s[f"elbow_{side}"] = (f"forearm_{side}", (0.0, 0.0, 0.0), 3.8)
        s[f"forearm_{side}"] = (f"forearm_{side}", (0.3, -7.0, 0.0), 3.9)
        s[f"wrist_{side}"] = (f"forearm_{side}", (0.0, -FOREARM, 0.0), 2.6)
        s[f"shoulder_{side}"] = (f"upper_arm_{side}", (0.0, 0.0, 0.0), 5.3)
        s[f"seat_{side}"] = ("pelvis", (SEAT[0][0], SEAT[0][1], sign * SEAT[0][2]), SEAT[1])
        s[f"side_hip_{side}"] = ("pelvis", (-2.0, -2.0, sign * 14.8), 2.0)
        s[f"side_waist_{side}"] = ("waist", (0.5, 4.0, sign * 11.5), 2.0)
        s[f"side_chest_{side}"] = ("chest", (2.0, 10.0, sign * 14.0), 2.0)
        s[f"hip_crest_{side}"] = ("pelvis", (-0.5, 7.0, sign * 13.5), 2.0)
        s[f"glute_med_{side}"] = ("pelvis", (-4.0, 3.0, sign * 13.9), 2.0)
        # the side-of-hip release's spot (round 61, test 59: "the spot sits right AT the hip-bone line"), about 3
        # fingers' width under the hip-bone line (y 7) and above the hip joint, a little behind the side's middle;
        # round 63: a site, where the ball touches (the patch glute_med_spot_{s} is round it)
        s[f"glute_med_spot_{side}"] = ("pelvis", (-2.5, 1.3, sign * 14.0), 2.0)
        s[f"hip_front_{side}"] = ("pelvis", (6.0, 6.0, sign * 11.0), 2.0)
        s[f"knee_side_{side}"] = (f"shin_{side}", (0.0, 0.0, 0.0), 5.2)
    s["sacrum"] = ("pelvis", (-11.5, -2.0, 0.0), 2.0)
    s["low_back"] = ("waist", (-7.5, 4.0, 0.0), 2.0)
    s["upper_back"] = ("chest", (-7.0, 20.0, 0.0), 2.0)
    s["mid_back"] = ("chest", (-7.5, 10.0, 0.0), 2.0)
    s["chest"] = ("chest", (11.5, 10.0, 0.0), 2.0)
    s["belly"] = ("waist", (8.5, 4.0, 0.0), 2.0)
    s["pelvis_front"] = ("pelvis", (8.0, 7.0, 0.0), 2.0)
    s["pubis"] = ("pelvis", (7.5, -6.0, 0.0), 2.0)  # the front of the pelvis, low: lying face down, arched
    s["head"] = ("neck", HEAD_CENTRE, HEAD_RADIUS)
    return s


SITES = _sites()


def site(fr: dict[str, Frame], name: str) -> tuple[Vec, float]:
    frame, local, radius = SITES[name]
    return at(fr, frame, local), radius


# ----------------------------------------------------------------- mass
# Segment masses as fractions of body mass and their centres (Dempster's data as given by Winter).

MASS = [
    ("neck", HEAD_CENTRE, 0.081),
    ("pelvis", (-1.0, 2.0, 0.0), 0.142),
    ("waist", (0.5, 5.0, 0.0), 0.139),
    ("chest", (1.0, 15.0, 0.0), 0.216),
]
for _s in SIDES:
    MASS += [
        (f"thigh_{_s}", (0.0, -0.433 * THIGH, 0.0), 0.100),
        (f"shin_{_s}", (0.0, -0.433 * SHIN, 0.0), 0.0465),
        (f"foot_{_s}", (6.0, -3.5, 0.0), 0.0145),
        (f"upper_arm_{_s}", (0.0, -0.436 * UPPER_ARM, 0.0), 0.028),
        (f"forearm_{_s}", (0.0, -0.43 * FOREARM, 0.0), 0.016),
        (f"hand_{_s}", (0.0, -8.0, 0.0), 0.006),
    ]


def centre_of_mass(fr: dict[str, Frame]) -> Vec:
    total = sum(m for _, _, m in MASS)
    acc = (0.0, 0.0, 0.0)
    for frame, local, m in MASS:
        acc = add(acc, mul(at(fr, frame, local), m))
    return mul(acc, 1 / total)


__all__ = ["IDENTITY", "SITES", "Pose", "blend", "centre_of_mass", "frames", "parts", "samples", "site"]


# ----------------------------------------------------------------- muscles
# Worked muscles: ellipsoids (frame, local centre, radii) drawn inside their part. "{s}" is the
# side; a local z of +1 is lateral on the right side, so it is multiplied by the side's sign.

_MUSCLES = {
    "quadriceps_{s}": [("thigh_{s}", "thigh_{s}", (4.6, -21.0, 0.6), (4.2, 17.0, 6.0))],
    "hamstrings_{s}": [("thigh_{s}", "thigh_{s}", (-4.6, -22.0, 0.0), (4.2, 17.0, 6.0))],
    "inner_thigh_{s}": [("thigh_{s}", "thigh_{s}", (0.5, -17.0, -5.0), (5.5, 16.0, 3.5))],
    "outer_thigh_{s}": [("thigh_{s}", "thigh_{s}", (0.0, -22.0, 5.5), (4.0, 17.0, 3.0))],
    "calf_{s}": [("shin_{s}", "shin_{s}", (-3.0, -17.0, 0.0), (3.6, 10.0, 4.4))],
    "glute_{s}": [("trunk", "pelvis", (-9.0, -3.0, 8.5), (6.0, 8.5, 7.0))],
    # below the rim of the hip bone (the crest landmark ring sits at pelvis y 7): the muscle starts just under it
    "glute_med_{s}": [("trunk", "pelvis", (-4.5, 1.5, 13.5), (5.5, 4.5, 4.5))],
    # round 61: the side-of-hip release's own spot (drawn by its picture alone, round the ball since round 63): lower,
    # its top 3.2 cm under the rim, its bottom above the hip joint's bony point, a little further forward, on the side
    "glute_med_spot_{s}": [("trunk", "pelvis", (-2.5, 1.3, 13.5), (5.5, 2.5, 4.5))],
    "hip_flexor_{s}": [
        ("trunk", "pelvis", (7.5, 1.0, 8.0), (4.0, 8.0, 5.0)),
        ("thigh_{s}", "thigh_{s}", (4.6, -12.0, 0.0), (4.0, 12.0, 5.0)),
    ],
    "side_waist_{s}": [("trunk", "waist", (-1.0, 5.0, 12.0), (8.0, 12.0, 3.5))],
    # quadratus lumborum: deep, but its outer edge can be reached at the side of the waist, between
    # the lowest rib and the top of the hip bone; drawn there, where the ball presses
    # round 61 (test 59: "the ball is at the outer edge of the waist, the red patch further in"): centre x -3 -> 1,
    # y 0.5 -> 5, z 11.5 -> 12.5, radii (4.5, 8, 4) -> (6.5, 7, 4.5): its outer edge out to the very side of the
    # waist, where the ball presses, in the main view and the close-up; still between the rib and hip-bone lines
    # and well off the spine (only the QL picture draws it)
    "ql_{s}": [("trunk", "waist", (1.0, 5.0, 12.5), (6.5, 7.0, 4.5))],
}
_TRUNK_MUSCLES = {
    "low_back": [("trunk", "waist", (-7.5, 2.0, 0.0), (4.0, 11.0, 9.0))],
    "back": [
        ("trunk", "waist", (-7.5, 2.0, 0.0), (4.0, 11.0, 9.0)),
        ("trunk", "chest", (-7.5, 12.0, 0.0), (4.0, 14.0, 10.0)),
    ],
    "belly": [("trunk", "waist", (8.0, 4.0, 0.0), (3.5, 12.0, 9.0))],
}


def muscle(name: str) -> list[tuple[str, str, Vec, Vec]]:
    """[(parent part, frame, centre, radii)] for a muscle name like 'calf_r' or 'low_back'."""
    if name in _TRUNK_MUSCLES:
        return _TRUNK_MUSCLES[name]
    base, s = name.rsplit("_", 1)
    sign = SIDES[s]
    out = []
    for parent, frame, (x, y, z), radii in _MUSCLES[base + "_{s}"]:
        out.append((parent.format(s=s), frame.format(s=s), (x, y, sign * z), radii))
    return out


MUSCLE_NAMES = sorted(_TRUNK_MUSCLES) + sorted(b.replace("{s}", s) for b in _MUSCLES for s in SIDES)
