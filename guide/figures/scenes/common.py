"""What the scenes share: the floor, the usual views, and small goals for the pose solver."""

from __future__ import annotations

import math

from .. import props as P
from ..body import Pose, site
from ..body import at as body_at
from ..render import Camera
from ..solve import fixed, solve, touch

SIDE = Camera(0, 6)  # a side view, from a little above, so floor and mat read as planes


FLOOR = P.Floor("floor")


DOWN, UP, FORWARD, BACK = (0.0, -1.0, 0.0), (0.0, 1.0, 0.0), (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)


TOWARD, AWAY = (0.0, 0.0, 1.0), (0.0, 0.0, -1.0)


def keys(*names: str) -> list:
    """'root1' -> ('root', 1); 'hip_r0' -> ('hip_r', 0); 'knee_r' -> ('knee_r', None)."""
    out = []
    for n in names:
        if n[-1].isdigit():
            out.append((n[:-1], int(n[-1])))
        else:
            out.append((n, None))
    return out


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


SIDE_LYING = dict(yaw=-90.0, roll=90.0)  # on the right side, head towards -x, facing the viewer (+z)


def style_near():
    return P.style.NEAR
