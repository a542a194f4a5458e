"""What the scenes share: the floor, the usual views, and small goals for the pose solver."""

from __future__ import annotations

import math

from .. import props as P
from ..body import Pose, site
from ..body import at as body_at
from ..render import Camera
from ..solve import clear, direction, fixed, solve, touch

SIDE = Camera(0, 6)  # a side view, from a little above, so floor and mat read as planes


FLOOR = P.Floor("floor")


DOWN, FORWARD, BACK = (0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)


def keys(*names: str) -> list:
    """'root1' -> ('root', 1); 'hip_r0' -> ('hip_r', 0); 'knee_r' -> ('knee_r', None)."""
    out = []
    for n in names:
        if n[-1].isdigit():
            out.append((n[:-1], int(n[-1])))
        else:
            out.append((n, None))
    return out


def forearm_forward_under_shoulder(s: str = "r", weight: float = 5.0) -> list:
    """Propped on a forearm: the forearm flat and pointing forward, square to the trunk, and the elbow held
    straight under the shoulder, along the body and front to back. Without the elbow goal the elbow slides
    ahead of the shoulder and the forearm points to the feet, a shoulder strain (blind tests 44 to 46)."""
    return [
        direction(f"forearm_{s}", DOWN, (0.0, 0.0, 1.0), weight),
        fixed(lambda fr: [site(fr, f"elbow_{s}")[0][i] - site(fr, f"shoulder_{s}")[0][i] for i in (0, 2)]),
    ]


def on(support, *sites):
    return [touch(s, support) for s in sites]


def flat_foot(s, support):
    """Heel and ball of the foot on the support, the sole level."""

    def level_sole(fr, s=s):
        _, m = fr[f"foot_{s}"]
        return [10.0 * m[1][0], 10.0 * m[1][2]]  # the foot's forward and side axes have no height

    return [touch(f"heel_{s}", support), touch(f"ball_{s}", support), fixed(level_sole)]


def hold(name: str, frame: str, local, weight: float = 1.0):
    """A body site (a hand) rests on a point of a segment, given in that segment's frame."""
    from ..geometry import length, sub

    def goal(fr):
        return [weight * length(sub(site(fr, name)[0], body_at(fr, frame, local)))]

    return fixed(goal)


def hip_flexion_near(s: str, value: float, weight: float):
    """A soft pull of one hip's flexion towards a value (degrees), measured from the frames."""

    def goal(fr):
        (_, pelvis), (_, thigh) = fr["pelvis"], fr[f"thigh_{s}"]
        down = [-thigh[i][1] for i in range(3)]  # the thigh's axis, hip to knee, in the world
        local = [sum(pelvis[j][i] * down[j] for j in range(3)) for i in range(3)]  # in the pelvis frame
        return [weight * (math.degrees(math.atan2(local[0], -local[1])) - value)]

    return fixed(goal)


def both(*names):
    return [f"{n}_{s}" for n in names for s in "rl"]


def contacts(support, *sites):
    return [(s, support.name) for s in sites]


SUPINE_SITES = ("sacrum", "upper_back", "head")


def supine(x: float, mat_top: float = 1.0, **angles) -> Pose:
    """Lying face up on a mat, head towards -x, the pelvis at x."""
    return Pose(root=(x, 14.5 + mat_top, 0.0), tilt=-95.0, **angles)


def settle_supine(pose: Pose, mat, extra_keys=(), extra_goals=()) -> Pose:
    return solve(
        pose, keys("root1", "tilt", "neck0", "spine0", *extra_keys), on(mat, *SUPINE_SITES) + list(extra_goals)
    )


def crook_lying(mat, hip_r: float, hip_l: float, knee_r: float, knee_l: float) -> Pose:
    """Lying face up, knees bent (hip and knee flexion in degrees) with both feet flat on the mat,
    arms by the sides with the hands flat: settled onto the mat."""
    pose = supine(
        0.0,
        hip_r=(hip_r, 0, 0),
        hip_l=(hip_l, 0, 0),
        knee_r=knee_r,
        knee_l=knee_l,
        shoulder_r=(-10, 5, 0),
        shoulder_l=(-10, 5, 0),
        wrist_r=-10,
        wrist_l=-10,
    )
    return settle_supine(
        pose,
        mat,
        ("knee_r", "knee_l", "ankle_r", "ankle_l", "wrist_r", "wrist_l", "shoulder_r0", "shoulder_l0"),
        flat_foot("r", mat) + flat_foot("l", mat) + on(mat, *both("palm", "fingers")) + [clear(mat, FLOOR)],
    )


SIDE_LYING = dict(yaw=-90.0, roll=90.0)  # on the right side, head towards -x, facing the viewer (+z)


def quadruped(mat) -> Pose:
    """On hands and knees on the mat: knees under the hips, hands under the shoulders."""
    q = Pose(
        root=(0.0, 62.0, 0.0),
        tilt=88.0,
        hip_r=(90, 0, 0),
        hip_l=(90, 0, 0),
        knee_r=90,
        knee_l=90,
        ankle_r=-45,
        ankle_l=-45,
        shoulder_r=(90, 0, 0),
        shoulder_l=(90, 0, 0),
        wrist_r=80,
        wrist_l=80,
        neck=(-20, 0, 0),
    )
    goals = []
    for s in "rl":
        goals += [
            touch(f"knee_{s}", mat),
            touch(f"toes_{s}", mat),
            touch(f"palm_{s}", mat),
            touch(f"fingers_{s}", mat),
            direction(f"thigh_{s}", DOWN, DOWN),
            direction(f"upper_arm_{s}", DOWN, DOWN, 10),
        ]
    return solve(
        q,
        keys(
            "root1",
            "tilt",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
            "wrist_r",
            "wrist_l",
            "hip_r0",
            "hip_l0",
            "shoulder_r0",
            "shoulder_l0",
        ),
        goals,
    )
