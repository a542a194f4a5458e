"""The exercise pictures: what each one shows, built from the steps on its page.

Each builder returns a Picture: the supports, a start pose and an end pose (solved so that
what carries weight touches its support), the contacts the tests check, the worked muscles,
the movement arrow and the view. The figure faces +x unless said otherwise; a side view
(azimuth 0) shows its right side. Lying on the side, the figure faces the viewer (+z).
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
from dataclasses import fields
from functools import cache
from pathlib import Path

from . import props as P
from .body import STAND_HIP, Pose, frames, site
from .body import at as body_at
from .geometry import add
from .picture import Arrow, Picture
from .props import Tube
from .render import Camera
from .solve import clear, direction, fixed, meet, over, reach, replaying, solve, touch

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
    from .geometry import length, sub

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


# ------------------------------------------------------------------ core


def bird_dog() -> Picture:
    mat = P.mat(-80, 90)
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
    start = solve(
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
    end = start.set(
        hip_r=(-4, 0, 0), knee_r=0, ankle_r=-30, shoulder_l=(176, 0, 0), elbow_l=0, wrist_l=0, neck=(-18, 0, 0)
    )
    end = solve(
        end, keys("hip_r0", "shoulder_l0"), [direction("thigh_r", DOWN, BACK), direction("upper_arm_l", DOWN, FORWARD)]
    )
    return Picture(
        "core/bird-dog.png",
        "On hands and knees with a flat back, the right leg reaches straight back and the left arm straight "
        "forward, both level with the back. The supporting arm stays straight, hand under the shoulder.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *both("knee", "toes", "palm")),
            "end": contacts(mat, "knee_l", "toes_l", "palm_r", "fingers_r"),
        },
        muscles=["back", "glute_r"],
        arrows=[Arrow(site="heel_r", push=-9, trim=(8, 4)), Arrow(site="fingers_l", push=9, trim=(8, 4))],
    )


def back_extension() -> Picture:
    mat = P.mat(-110, 90)
    towel = P.Box("towel", False, (52.0, 1.0, -14.0), (76.0, 4.0, 14.0), P.style.PROP_LIGHT, "cushion")
    base = Pose(
        root=(0.0, 12.0, 0.0),
        tilt=92.0,
        ankle_r=-50,
        ankle_l=-50,
        knee_r=8,
        knee_l=8,
        shoulder_r=(-5, 8, 0),
        shoulder_l=(-5, 8, 0),
        elbow_r=5,
        elbow_l=5,
        neck=(10, 0, 0),
    )
    legs = [touch("pelvis_front", mat), *on(mat, *both("thigh_low", "toes"))]
    start = solve(
        base,
        keys(
            "root1",
            "tilt",
            "neck0",
            "spine0",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
            "shoulder_r0",
            "shoulder_l0",
            "wrist_r",
            "wrist_l",
        ),
        [
            *legs,
            touch("chest", mat),
            touch("head", towel, gap=0.0),
            clear(mat, FLOOR),
            *on(mat, *both("palm", "fingers")),
        ],
    )
    end = solve(
        start.set(spine=(-18, 0, 0), neck=(14, 0, 0)),
        keys("root1", "tilt", "shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l", "wrist_r", "wrist_l"),
        legs + on(mat, *both("palm", "fingers")) + [clear(mat, FLOOR)],
    )
    return Picture(
        "core/back-extension.png",
        "Lying face down with the forehead on a folded towel and arms by the sides. The head and chest lift "
        "a few centimetres off the mat while the eyes stay on the floor; hips and feet stay down.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": [*contacts(mat, "pelvis_front", "chest", *both("thigh_low", "toes", "palm")), ("head", "towel")],
            "end": contacts(mat, "pelvis_front", *both("thigh_low", "toes", "palm")),
        },
        muscles=["back", "glute_r"],
        start_only=[towel],
        arrows=[Arrow(site="head", push=14, trim=(2, 0))],
    )


def dead_bug() -> Picture:
    mat = P.mat(-130, 90)
    start = settle_supine(
        supine(
            0.0,
            hip_r=(90, 0, 0),
            hip_l=(90, 0, 0),
            knee_r=90,
            knee_l=90,
            ankle_r=-10,
            ankle_l=-10,
            shoulder_r=(90, 0, 0),
            shoulder_l=(90, 0, 0),
        ),
        mat,
    )
    end = start.set(shoulder_r=(170, 0, 0), hip_l=(25, 0, 0), knee_l=0, ankle_l=-5)
    return Picture(
        "core/dead-bug.png",
        "Lying on the back, arms pointing at the ceiling and knees bent over the hips like a table top. The right "
        "arm lowers back behind the head while the left leg straightens out low, lower back flat on the mat.",
        Camera(180, 6),
        [FLOOR, mat],
        start,
        end,
        {"start": contacts(mat, *SUPINE_SITES), "end": contacts(mat, *SUPINE_SITES)},
        muscles=["belly"],
        # seen from the left side: the moving leg is the near one; the arm goes back behind the head
        arrows=[Arrow(site="fingers_r", push=10, trim=(6, 4)), Arrow(site="heel_l", push=-20, trim=(4, 4))],
    )


def glute_bridge() -> Picture:
    mat = P.mat(-90, 90)
    legs = dict(
        hip_r=(45, 0, 0),
        hip_l=(45, 0, 0),
        knee_r=100,
        knee_l=100,
        shoulder_r=(-10, 5, 0),
        shoulder_l=(-10, 5, 0),
        wrist_r=-10,
        wrist_l=-10,
    )
    feet = flat_foot("r", mat) + flat_foot("l", mat)
    hands = on(mat, *both("palm", "fingers"))
    start = settle_supine(
        supine(0.0, **legs),
        mat,
        ("knee_r", "knee_l", "ankle_r", "ankle_l", "wrist_r", "wrist_l", "shoulder_r0", "shoulder_l0"),
        feet + hands + [clear(mat, FLOOR)],
    )
    fr0 = frames(start)
    heel_r, heel_l = site(fr0, "heel_r")[0], site(fr0, "heel_l")[0]
    end = solve(
        start.set(
            tilt=-125,
            spine=(15, 0, 0),
            hip_r=(5, 0, 0),
            hip_l=(5, 0, 0),
            knee_r=90,
            knee_l=90,
            root=(start.root[0], 35.0, 0.0),
        ),
        keys(
            "root0",
            "root1",
            "tilt",
            "hip_r0",
            "hip_l0",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
            "neck0",
            "shoulder_r0",
            "shoulder_l0",
            "wrist_r",
            "wrist_l",
        ),
        feet
        + hands
        + [touch("upper_back", mat, weight=3.0), touch("head", mat)]
        + [
            clear(mat, FLOOR),
            direction("shin_r", DOWN, (0.15, -1.0, 0.0), 4),
            direction("shin_l", DOWN, (0.15, -1.0, 0.0), 4),
            reach("heel_r", heel_r, "x", 3.0),
            reach("heel_l", heel_l, "x", 3.0),
            fixed(lambda fr: [2 * _line_error(fr)]),
        ],
    )
    lift = site(frames(end), "sacrum")[0]
    return Picture(
        "core/glute-bridge.png",
        "Lying on the back, knees bent and feet flat. The hips lift off the mat until the body is a straight "
        "line from the shoulders to the knees, the feet staying where they are and the knees bent at about a "
        "right angle; then the hips lower again.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *SUPINE_SITES, *both("heel", "ball")),
            "end": contacts(mat, "upper_back", "head", *both("heel", "ball")),
        },
        muscles=["glute_r"],
        arrows=[Arrow(points=[(lift[0], 4.0, 30.0), (lift[0], lift[1] - 5.0, 30.0)])],
    )


def _line_error(fr):
    """How far the hip sits off the straight line from the shoulder to the knee (cm)."""
    s = site(fr, "shoulder_r")[0]
    k = site(fr, "knee_r")[0]
    h = fr["thigh_r"][0]
    t = ((h[0] - s[0]) * (k[0] - s[0]) + (h[1] - s[1]) * (k[1] - s[1])) / ((k[0] - s[0]) ** 2 + (k[1] - s[1]) ** 2)
    px, py = s[0] + t * (k[0] - s[0]), s[1] + t * (k[1] - s[1])
    return ((h[0] - px) ** 2 + (h[1] - py) ** 2) ** 0.5


def plank() -> Picture:
    mat = P.mat(-140, 80)
    arms = dict(shoulder_r=(90, 0, 0), shoulder_l=(90, 0, 0), elbow_r=90, elbow_l=90)
    base = Pose(
        root=(0.0, 14.0, 0.0), tilt=80.0, knee_r=30, knee_l=30, ankle_r=-48, ankle_l=-48, neck=(-10, 0, 0), **arms
    )
    forearms = on(mat, *both("elbow", "wrist"))
    legs = on(mat, *both("knee", "toes"))
    start = solve(
        base,
        keys(
            "root1",
            "tilt",
            "spine0",
            "shoulder_r0",
            "shoulder_l0",
            "elbow_r",
            "elbow_l",
            "hip_r0",
            "hip_l0",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
        ),
        forearms
        + legs
        + [
            touch("pelvis_front", mat),
            touch("thigh_r", mat),
            touch("thigh_l", mat),
            direction("upper_arm_r", DOWN, DOWN, 5),
            clear(mat, FLOOR),
        ],
    )
    end = solve(
        start.set(spine=(0, 0, 0), hip_r=(0, 0, 0), hip_l=(0, 0, 0)),
        keys(
            "root0",
            "root1",
            "tilt",
            "shoulder_r0",
            "shoulder_l0",
            "elbow_r",
            "elbow_l",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
        ),
        forearms
        + legs
        + [
            direction("upper_arm_r", DOWN, DOWN, 5),
            clear(mat, FLOOR),
            reach("elbow_r", site(frames(start), "elbow_r")[0], "x"),
        ],
    )
    return Picture(
        "core/plank.png",
        "Lying face down, propped on the forearms with the elbows under the shoulders and the knees on the mat. "
        "The hips lift until the body is a straight line from the head to the knees.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *both("elbow", "wrist", "knee", "toes"), "pelvis_front"),
            "end": contacts(mat, *both("elbow", "wrist", "knee", "toes")),
        },
        muscles=["belly"],
        arrows=[Arrow(site="pelvis_front", push=0, shift=(0, 30), trim=(0, 0))],
    )


SIDE_LYING = dict(yaw=-90.0, roll=90.0)  # on the right side, head towards -x, facing the viewer (+z)
FRONT_OF_SIDE_LYING = Camera(0, 22)


def side_plank() -> Picture:
    mat = P.mat(-100, 80, z0=-60, z1=45)
    base = Pose(
        root=(0.0, 18.0, 0.0),
        spine=(0, -15, 0),
        hip_r=(10, -20, 0),
        hip_l=(10, -20, 0),
        knee_r=90,
        knee_l=90,
        shoulder_r=(0, 55, 45),
        elbow_r=90,
        shoulder_l=(5, 8, 0),
        elbow_l=10,
        ankle_r=-20,
        ankle_l=-20,
        **SIDE_LYING,
    )
    # the forearm flat on the mat, pointing forward, the upper arm straight up from the elbow
    arm = [*on(mat, "elbow_r", "wrist_r"), direction("upper_arm_r", DOWN, DOWN, 10)]
    hand: list = []  # the top arm rests along the side of the body
    stacked = [meet("knee_side_l", "knee_side_r", weight=2.0), meet("ankle_l", "ankle_r")]
    ks = ("shoulder_r0", "shoulder_r1", "elbow_r", "ankle_r", "ankle_l")
    # start: the pelvis and the legs on the mat, the trunk bent up to the propped shoulder
    start = solve(
        base.set(roll=65),
        keys("root0", "root1", "roll", "spine1", "hip_r1", "hip_l1", "hip_r0", "hip_l0", *ks),
        arm + hand + stacked + on(mat, "side_hip_r", "knee_side_r", "ankle_r") + [clear(mat, FLOOR, weight=0.5)],
    )
    elbow = site(frames(start), "elbow_r")[0]

    def straight(fr):
        # the middle of the pelvis on the line from the middle of the shoulders to the middle of the knees
        a = body_at(fr, "chest", (0.0, 27.0, 0.0))
        k = tuple((p + q) / 2 for p, q in zip(fr["shin_r"][0], fr["shin_l"][0], strict=False))
        h = fr["pelvis"][0]
        t = sum((h[i] - a[i]) * (k[i] - a[i]) for i in range(3)) / sum((k[i] - a[i]) ** 2 for i in range(3))
        return [2.0 * (h[i] - (a[i] + t * (k[i] - a[i]))) for i in range(3)]

    # end: the spine straight, the hips lifted until the body is one line from the head to the knees
    arm = [*on(mat, "elbow_r", "wrist_r"), direction("upper_arm_r", DOWN, DOWN, 40)]
    end = solve(
        start.set(
            roll=72, spine=(0, 0, 0), hip_r=(10, 0, 0), hip_l=(10, 0, 0), shoulder_r=(start.shoulder_r[0], 62, 45)
        ),
        keys("root0", "root1", "root2", "roll", "hip_r1", "hip_l1", "knee_r", "knee_l", *ks[1:]),
        arm
        + hand
        + stacked
        + [
            touch("knee_side_r", mat, weight=3.0),
            touch("ankle_r", mat, weight=0.5),
            reach("elbow_r", elbow, "xz"),
            fixed(straight),
            clear(mat, FLOOR),
        ],
    )
    fr = frames(end)
    hip = site(fr, "side_hip_r")[0]
    lift = [(hip[0], 3.0, hip[2] + 14.0), (hip[0], hip[1] - 2.0, hip[2] + 14.0)]
    return Picture(
        "core/side-plank.png",
        "Lying on one side, propped on the forearm with the elbow under the shoulder and the forearm flat on the "
        "mat, knees bent and stacked with the feet behind, hips on the mat. The hips lift off the mat until the "
        "body is a straight line from the head to the knees.",
        Camera(15, 22),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, "elbow_r", "wrist_r", "side_hip_r", "knee_side_r", "ankle_r"),
            "end": contacts(mat, "elbow_r", "wrist_r", "knee_side_r"),
        },
        muscles=["side_waist_r"],
        arrows=[Arrow(points=lift)],
    )


def _line_error_side(fr):
    s = site(fr, "shoulder_r")[0]
    k = site(fr, "knee_side_r")[0]
    h = fr["pelvis"][0]
    t = ((h[0] - s[0]) * (k[0] - s[0]) + (h[1] - s[1]) * (k[1] - s[1])) / ((k[0] - s[0]) ** 2 + (k[1] - s[1]) ** 2)
    return h[1] - (s[1] + t * (k[1] - s[1]))


# ------------------------------------------------------------------ stretches


def calves_stretch() -> Picture:
    wall = P.wall(64.0)
    hands = [
        *on(wall, "palm_r", "palm_l", "fingers_r", "fingers_l"),
        reach("palm_r", (0, 135.0, 0), "y"),
        reach("palm_l", (0, 135.0, 0), "y"),
    ]
    flat_foot("r", FLOOR) + flat_foot("l", FLOOR)
    arm_keys = ("shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l", "wrist_r", "wrist_l")

    def pose(hip_x, tilt, front_knee, shin_lean):
        q = Pose(
            root=(hip_x, 86.0, 0.0),
            tilt=tilt,
            hip_r=(-12, 0, 0),
            hip_l=(25 + front_knee / 2, 0, 0),
            knee_l=front_knee,
            ankle_r=12,
            ankle_l=12,
            shoulder_r=(75, 0, 0),
            shoulder_l=(75, 0, 0),
            elbow_r=20,
            elbow_l=20,
            wrist_r=80,
            wrist_l=80,
        )
        lean = math.radians(shin_lean)
        return solve(
            q,
            keys("root1", "tilt", "hip_r0", "hip_l0", "knee_l", "ankle_r", "ankle_l", *arm_keys),
            [g for f in (flat_foot("r", FLOOR), flat_foot("l", FLOOR)) for g in f] * 3
            + hands
            + [
                direction("shin_l", DOWN, (-math.sin(lean), -math.cos(lean), 0.0), 15),
                reach("heel_r", (-22.0, 0, 0), "x"),
                reach("heel_l", (12.0, 0, 0), "x"),
                clear(FLOOR, wall),
            ],
        )

    start = pose(1.0, 12.0, 10.0, 4.0)
    end = pose(8.0, 24.0, 40.0, 18.0)
    return Picture(
        "stretches/calves.png",
        "Facing a wall with both hands on it and one foot a big stride back. The hips lean towards the wall: the "
        "front knee bends forward over the toes, while the back leg stays straight with its heel on the floor.",
        SIDE,
        [FLOOR, wall],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")) + contacts(wall, "palm_r", "palm_l"),
            "end": contacts(FLOOR, *both("heel", "ball")) + contacts(wall, "palm_r", "palm_l"),
        },
        muscles=["calf_r"],
        arrows=[Arrow(site="pelvis_front", shift=(4, 8), trim=(0, 0))],
    )


def quadriceps_stretch() -> Picture:
    wall = P.side_wall(-50.0, facing=1)
    feet = flat_foot("l", FLOOR)
    left_hand = [*on(wall, "palm_l", "fingers_l"), reach("palm_l", (0, 128.0, 0), "y")]
    base = Pose(root=(0.0, STAND_HIP, 0.0), shoulder_l=(10, 50, 0), elbow_l=30, wrist_l=60, elbow_r=10)
    arm_l = ("shoulder_l0", "shoulder_l1", "shoulder_l2", "elbow_l", "wrist_l")
    start = solve(
        base,
        keys("root1", "hip_l1", "ankle_l", *arm_l),
        feet + left_hand + flat_foot("r", FLOOR) + [clear(wall, FLOOR)],
    )
    end = start.set(hip_r=(-6, 0, 0), knee_r=134, ankle_r=-40, shoulder_r=(-45, 10, 0), elbow_r=20)
    end = solve(
        end,
        keys(
            "root0", "root1", "hip_l0", "hip_l1", "ankle_l", *arm_l, "shoulder_r0", "shoulder_r1", "elbow_r", "wrist_r"
        ),
        feet + left_hand + [meet("palm_r", "ankle_r", -1.0), clear(wall, FLOOR), over("heel_l", "ball_l")],
    )
    return Picture(
        "stretches/quadriceps.png",
        "Standing side-on to a wall with one hand on it. The outside knee bends and the free hand holds that "
        "ankle behind, bringing the heel towards the bottom, with the knees side by side.",
        Camera(-14, 8),
        [FLOOR, wall],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")) + contacts(wall, "palm_l"),
            "end": contacts(FLOOR, "heel_l", "ball_l") + contacts(wall, "palm_l"),
        },
        muscles=["quadriceps_r"],
        arrows=[Arrow(site="heel_r", push=-10, trim=(4, 10))],
    )


def hamstrings_stretch() -> Picture:
    mat = P.mat(-100, 100)
    bent = dict(
        hip_r=(45, 0, 0),
        hip_l=(45, 0, 0),
        knee_r=100,
        knee_l=100,
        shoulder_r=(-10, 5, 0),
        shoulder_l=(-10, 5, 0),
        wrist_r=-10,
        wrist_l=-10,
    )
    feet = flat_foot("r", mat) + flat_foot("l", mat)
    start = settle_supine(
        supine(0.0, **bent),
        mat,
        ("knee_r", "knee_l", "ankle_r", "ankle_l", "wrist_r", "wrist_l", "shoulder_r0", "shoulder_l0"),
        feet + on(mat, *both("palm", "fingers")) + [clear(mat, FLOOR)],
    )
    end = start.set(
        hip_r=(78, 0, 0),
        knee_r=4,
        ankle_r=10,
        shoulder_r=(60, 0, 0),
        shoulder_l=(60, 0, 0),
        elbow_r=40,
        elbow_l=40,
        wrist_r=0,
        wrist_l=0,
    )
    fr = frames(end)
    foot = site(fr, "ball_r")[0]
    shoulder = fr["upper_arm_r"][0]
    grip = tuple(a + (b - a) * 0.55 for a, b in zip(shoulder, foot, strict=False))
    end = solve(
        end,
        keys("shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l"),
        [reach("palm_r", (grip[0], grip[1], 8.0), "xy"), reach("palm_l", (grip[0], grip[1], -8.0), "xy")],
    )

    def strap(fr):
        sole = add(site(fr, "ball_r")[0], (0.0, 0.0, 0.0))
        _, m = fr["foot_r"]
        under = add(fr["foot_r"][0], tuple(m[i][0] * 12.0 + m[i][1] * -8.2 for i in range(3)))
        return [Tube([site(fr, "palm_r")[0], under, site(fr, "palm_l")[0]], 1.3)] if sole else []

    return Picture(
        "stretches/hamstrings.png",
        "Lying on the back with both knees bent. One leg lifts towards the ceiling and straightens, a strap "
        "looped round the foot and held in both hands; the other foot stays flat on the mat.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *SUPINE_SITES, *both("heel", "ball")),
            "end": contacts(mat, *SUPINE_SITES, "heel_l", "ball_l"),
        },
        muscles=["hamstrings_r"],
        tubes=strap,
        arrows=[Arrow(site="heel_r", push=-12, trim=(10, 8))],
    )


def hip_flexors_stretch() -> Picture:
    cushion = P.cushion(-30, 6, thickness=8.0)
    front = flat_foot("l", FLOOR)
    back = [touch("knee_r", cushion), touch("toes_r", FLOOR)]
    base = Pose(
        root=(0.0, 58.0, 0.0),
        hip_l=(85, 0, 0),
        knee_l=90,
        knee_r=90,
        ankle_r=-40,
        elbow_r=10,
        elbow_l=10,
        shoulder_r=(5, 6, 0),
        shoulder_l=(5, 6, 0),
    )
    lk = ("root1", "hip_r0", "hip_l0", "knee_l", "ankle_l", "knee_r", "ankle_r")
    start = solve(
        base,
        keys(*lk),
        front
        + back
        + [direction("shin_l", DOWN, DOWN, 10), direction("thigh_r", DOWN, DOWN, 10), clear(FLOOR, cushion)],
    )
    heel = site(frames(start), "heel_l")[0]
    knee = site(frames(start), "knee_r")[0]
    end = solve(
        start.set(tilt=-6, root=add(start.root, (13.0, 0, 0))),
        keys(*lk),
        front + back + [reach("heel_l", heel, "x"), reach("knee_r", knee, "x"), clear(FLOOR, cushion)],
    )
    return Picture(
        "stretches/hip-flexors.png",
        "Half kneeling, the back knee on a cushion and the front foot flat with the knee bent at a right angle. "
        "The body stays upright while the hips shift forward.",
        SIDE,
        [FLOOR, cushion],
        start,
        end,
        {
            "start": contacts(FLOOR, "heel_l", "ball_l", "toes_r") + contacts(cushion, "knee_r"),
            "end": contacts(FLOOR, "heel_l", "ball_l", "toes_r") + contacts(cushion, "knee_r"),
        },
        muscles=["hip_flexor_r"],
        arrows=[Arrow(site="pelvis_front", shift=(6, 10), trim=(0, 0))],
    )


def glutes_stretch() -> Picture:
    chair = P.chair(16.0, facing=1)
    seat = chair.boxes[0]
    sit = on(seat, "seat_r", "seat_l")
    base = Pose(
        root=(-2.0, 57.0, 0.0),
        hip_l=(85, 0, 0),
        knee_l=95,
        hip_r=(110, 15, -45),
        knee_r=110,
        ankle_r=-5,
        shoulder_r=(30, 10, 0),
        elbow_r=40,
        shoulder_l=(40, -10, 0),
        elbow_l=60,
    )
    ks = keys(
        "root1",
        "hip_l0",
        "knee_l",
        "ankle_l",
        "hip_r0",
        "hip_r1",
        "hip_r2",
        "knee_r",
        "shoulder_r0",
        "shoulder_r1",
        "elbow_r",
        "shoulder_l0",
        "shoulder_l1",
        "elbow_l",
    )
    # figure 4: the outside of the right ankle rests on the left knee. With the hip's external
    # rotation inside its normal 45 degrees, the crossed hip is already well bent, so the lean
    # forward (which bends it further, to at most 120) is a modest one.
    goals = (
        sit
        + flat_foot("l", FLOOR)
        + [
            meet("ankle_r", "knee_l", 0.0, 2.0),
            meet("palm_r", "knee_side_r", 0.0),
            meet("palm_l", "ankle_r", 0.0),
            clear(FLOOR, seat),
        ]
    )
    start = solve(base, ks, goals)
    # lean forward from the hips: the back stays straight (no bend, no twist)
    end = solve(
        start.set(tilt=8, spine=(5, 0, 0), neck=(0, 0, 0)),
        keys("root0", "root1", *[f"{k}{'' if i is None else i}" for k, i in ks[1:]]),
        [*goals, *sit, *flat_foot("l", FLOOR), reach("heel_l", site(frames(start), "heel_l")[0], "x")],
    )
    # the lean, shown above the head: from where the head starts to a little past where it ends
    h0, h1 = site(frames(start), "head")[0], site(frames(end), "head")[0]
    lean = [add(h0, (-6.0, 17.0, 0.0)), add(h1, (6.0, 15.0, 0.0)), add(h1, (15.0, 6.0, 0.0))]
    return Picture(
        "stretches/glutes.png",
        "Sitting tall on a chair with the right ankle resting on the left knee, like the number 4, the crossed knee "
        "dropped out to the side and a hand resting on it. The body then leans forward from the hips with a straight "
        "back.",
        Camera(40, 10),
        [FLOOR, chair],
        start,
        end,
        {
            "start": contacts(chair, "seat_r", "seat_l") + contacts(FLOOR, "heel_l", "ball_l"),
            "end": contacts(chair, "seat_r", "seat_l") + contacts(FLOOR, "heel_l", "ball_l"),
        },
        muscles=["glute_r"],
        arrows=[Arrow(points=lean)],
    )


def inner_thigh_stretch() -> Picture:
    mat = P.mat(-60, 100, z0=-60, z1=60)

    def pose(hip, knee, ankle):
        # the legs' angles come from a search within the normal ranges for soles facing, heels down
        q = Pose(
            root=(0.0, 12.0, 0.0),
            tilt=-4,
            hip_r=hip,
            hip_l=hip,
            knee_r=knee,
            knee_l=knee,
            ankle_r=ankle,
            ankle_l=ankle,
            shoulder_r=(45, 0, 0),
            shoulder_l=(45, 0, 0),
            elbow_r=20,
            elbow_l=20,
        )
        return solve(
            q,
            keys("root1", "shoulder_r0", "shoulder_l0", "shoulder_r1", "shoulder_l1", "elbow_r", "elbow_l"),
            [touch(n, mat, weight=3.0) for n in ("seat_r", "seat_l")]
            + [
                meet("palm_r", "ankle_r"),
                meet("palm_l", "ankle_l"),
                clear(mat, FLOOR, parts=("upper_arm", "forearm", "hand")),
            ],
        )

    start, end = pose((119, 20, -25), 85, -40), pose((110, 33, -44), 85, 15)
    return Picture(
        "stretches/inner-thigh.png",
        "Seen from the front: sitting tall with the soles of the feet together and the hands holding the ankles. "
        "The knees, bent up at first, drop slowly out to the sides.",
        Camera(90, 12),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, "seat_r", "seat_l", "heel_r", "heel_l"),
            "end": contacts(mat, "seat_r", "seat_l", "heel_r", "heel_l"),
        },
        muscles=["inner_thigh_r", "inner_thigh_l"],
        arrows=[Arrow(site="knee_r", push=-8, trim=(2, 2)), Arrow(site="knee_l", push=8, trim=(2, 2))],
    )


def knee_to_chest() -> Picture:
    mat = P.mat(-100, 100)
    bent = dict(
        hip_r=(34, 0, 0),
        hip_l=(34, 0, 0),
        knee_r=90,
        knee_l=90,
        shoulder_r=(-10, 5, 0),
        shoulder_l=(-10, 5, 0),
        wrist_r=-10,
        wrist_l=-10,
    )
    feet = flat_foot("r", mat) + flat_foot("l", mat)
    start = settle_supine(
        supine(0.0, **bent),
        mat,
        ("knee_r", "knee_l", "ankle_r", "ankle_l", "wrist_r", "wrist_l", "shoulder_r0", "shoulder_l0"),
        feet + on(mat, *both("palm", "fingers")) + [clear(mat, FLOOR)],
    )
    end = start.set(
        hip_r=(119, 0, 0),
        knee_r=116,
        ankle_r=-45,
        shoulder_r=(50, 0, 0),
        shoulder_l=(50, -15, 0),
        elbow_r=80,
        elbow_l=80,
        wrist_r=0,
        wrist_l=0,
    )
    # Both hands hold the back of the thigh, just behind the knee (never over the kneecap); the
    # pulled leg's foot hangs free, well clear of the other knee, which stays bent with its foot flat.
    end = settle_supine(
        end,
        mat,
        (
            "shoulder_r0",
            "shoulder_r1",
            "shoulder_l0",
            "shoulder_l1",
            "elbow_r",
            "elbow_l",
            "wrist_r",
            "wrist_l",
            "knee_l",
            "ankle_l",
        ),
        [
            hold("palm_r", "thigh_r", (-4.0, -29.0, 7.0)),
            hold("palm_l", "thigh_r", (-4.0, -29.0, -7.0)),
            hold("fingers_r", "thigh_r", (-8.5, -29.0, 1.5), 0.5),
            hold("fingers_l", "thigh_r", (-8.5, -29.0, -1.5), 0.5),
            *flat_foot("l", mat),
            clear(mat, FLOOR),
        ],
    )
    return Picture(
        "stretches/knee-to-chest.png",
        "Lying on the back with knees bent and feet flat. One knee is pulled in towards the chest, bent fully so "
        "the shin is about level and the foot hangs free, with both hands holding behind the thigh just behind the "
        "knee. The other knee stays bent with its foot flat, and the head stays down.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *SUPINE_SITES, *both("heel", "ball")),
            "end": contacts(mat, *SUPINE_SITES, "heel_l", "ball_l"),
        },
        muscles=["low_back"],
        arrows=[Arrow(site="knee_r", push=-10, trim=(4, 6))],
    )


def lower_back_rotation() -> Picture:
    mat = P.mat(-100, 90)
    arms = dict(shoulder_r=(90, 98, 0), shoulder_l=(90, 98, 0), elbow_r=3, elbow_l=3)
    legs = dict(hip_r=(50, -2, 0), hip_l=(50, -2, 0), knee_r=100, knee_l=100)
    feet = flat_foot("r", mat) + flat_foot("l", mat)
    start = settle_supine(
        supine(0.0, **arms, **legs),
        mat,
        (
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
            "shoulder_r1",
            "shoulder_l1",
        ),
        feet + on(FLOOR, *both("wrist", "fingers")) + [clear(mat, FLOOR)],
    )
    # The pelvis turns to the left and the lower back turns back the same amount, so the chest,
    # shoulders and arms stay exactly where they were; only the legs (and the head, the other
    # way) move. The knees stay together, the lower one resting on the mat.
    chest = frames(start)["chest"]

    def chest_stays(fr):
        (o, m), (o0, m0) = fr["chest"], chest
        return [o[i] - o0[i] for i in range(3)] + [20.0 * (m[i][j] - m0[i][j]) for i in range(3) for j in range(3)]

    end = solve(
        start.set(twist=-44.0, spine=(start.spine[0], 0, 44.0)),
        keys("root0", "root1", "root2", "tilt", "roll", "spine0", "spine1", "spine2"),
        [fixed(chest_stays)],
    ).moved(0.0, 0.8, 0.0)  # the turned pelvis's back edge rests in the mat, not in it
    end = solve(
        end.set(neck=(start.neck[0], 0, 40), hip_r=(65, -28, 0), hip_l=(65, 10, 0)),
        keys(
            "hip_r0",
            "hip_l0",
            "hip_r1",
            "hip_l1",
            "hip_r2",
            "hip_l2",
            "ankle_r",
            "ankle_l",
            "shoulder_r1",
            "shoulder_l1",
        ),
        [
            hip_flexion_near("r", 65.0, 1.0),
            hip_flexion_near("l", 65.0, 1.0),
            meet("knee_r", "knee_l", weight=3.0),
            touch("ankle_l", mat, weight=3.0),
            *on(FLOOR, *both("wrist", "fingers")),
            meet("ankle_r", "ankle_l"),
            clear(mat, FLOOR, weight=4.0),
        ],
    )
    return Picture(
        "stretches/lower-back-rotation.png",
        "Seen from the feet and a little to one side: lying on the back, arms stretched out flat to the sides, "
        "knees bent together and feet flat. Both knees drop together to one side while both shoulders and arms "
        "stay flat on the floor and the head turns the other way.",
        Camera(125, 28),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *SUPINE_SITES, *both("heel", "ball")) + contacts(FLOOR, *both("wrist", "fingers")),
            "end": contacts(mat, "upper_back", "head", "ankle_l") + contacts(FLOOR, *both("wrist", "fingers")),
        },
        muscles=["side_waist_r"],
        arrows=[Arrow(site="knee_r", push=0, shift=(0, 10), trim=(0, 6))],
    )


def quadruped(mat) -> Pose:
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


def childs_pose() -> Picture:
    mat = P.mat(-80, 120)
    start = quadruped(mat)
    knee = site(frames(start), "knee_r")[0]
    # The knees stay where they were and bend as far as they go; the bottom sinks back towards the
    # heels, the trunk folds over the thighs, the forehead rests face down on the mat in front of
    # the knees and the arms reach long in front, hands flat.
    end = start.set(
        root=(knee[0] - 29.0, 36.0, 0.0),
        tilt=75,
        spine=(55, 0, 0),
        hip_r=(119, 0, 0),
        hip_l=(119, 0, 0),
        knee_r=134,
        knee_l=134,
        ankle_r=-49,
        ankle_l=-49,
        shoulder_r=(135, 0, 0),
        shoulder_l=(135, 0, 0),
        elbow_r=0,
        elbow_l=0,
        wrist_r=20,
        wrist_l=20,
        neck=(0, 0, 0),
    )

    end = solve(
        end,
        keys(
            "root0",
            "root1",
            "tilt",
            "spine0",
            "hip_r0",
            "hip_l0",
            "shoulder_r0",
            "shoulder_l0",
            "elbow_r",
            "elbow_l",
            "wrist_r",
            "wrist_l",
        ),
        [
            *on(mat, *both("knee", "palm", "fingers")),
            touch("head", mat, weight=3.0),
            reach("knee_r", knee, "x"),
            reach("knee_l", (knee[0], 0, 0), "x"),
            direction("thigh_r", DOWN, (0.69, -0.72, 0.0), 5),
            clear(mat, FLOOR),
        ],
    )
    end = solve(end, keys("ankle_r", "ankle_l"), [*on(mat, *both("instep")), clear(mat, FLOOR)])
    return Picture(
        "stretches/childs-pose.png",
        "From hands and knees, the bottom sits back towards the heels while the hands stay forward on the mat. "
        "The chest sinks over the thighs, the forehead rests face down on the mat in front of the knees, and the "
        "arms reach long in front.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *both("knee", "toes", "palm")),
            "end": contacts(mat, *both("knee", "palm"), "head"),
        },
        muscles=["low_back"],
        arrows=[Arrow(site="sacrum", push=10, trim=(2, 6))],
    )


def press_up() -> Picture:
    mat = P.mat(-120, 130)
    legs = [touch("pelvis_front", mat, weight=3.0), *on(mat, *both("thigh_low", "toes"))]
    hands = on(mat, *both("palm", "fingers"))
    base = Pose(
        root=(0.0, 12.0, 0.0),
        tilt=90.0,
        ankle_r=-50,
        ankle_l=-50,
        knee_r=8,
        knee_l=8,
        shoulder_r=(15, 12, 0),
        shoulder_l=(15, 12, 0),
        elbow_r=140,
        elbow_l=140,
        wrist_r=-30,
        wrist_l=-30,
        neck=(-5, 0, 0),
    )
    start = solve(
        base,
        keys(
            "root1",
            "tilt",
            "knee_r",
            "knee_l",
            "ankle_r",
            "ankle_l",
            "shoulder_r0",
            "shoulder_l0",
            "elbow_r",
            "elbow_l",
            "wrist_r",
            "wrist_l",
            "neck0",
        ),
        legs + hands + [touch("chest", mat), touch("head", mat), clear(mat, FLOOR)],
    )
    palm = site(frames(start), "palm_r")[0]
    # Push up on the hands, arms (nearly) straight, hips on the mat. The back bends back to its
    # normal 25 degrees (AAOS thoracolumbar extension) and the hips extend towards their normal 30
    # as the pelvis rocks forward on the mat; the hands end a little in front of the shoulders.
    end = solve(
        start.set(
            spine=(-25, 0, 0),
            tilt=62,
            hip_r=(-20, 0, 0),
            hip_l=(-20, 0, 0),
            shoulder_r=(70, 12, 0),
            shoulder_l=(70, 12, 0),
            elbow_r=10,
            elbow_l=10,
            neck=(-10, 0, 0),
        ),
        keys(
            "root1", "tilt", "shoulder_r0", "shoulder_l0", "wrist_r", "wrist_l", "knee_r", "knee_l", "hip_r0", "hip_l0"
        ),
        [
            touch("pubis", mat, weight=3.0),
            *on(mat, *both("thigh_low", "toes")),
            *hands,
            reach("palm_r", palm, "x", 0.2),
            reach("palm_l", palm, "x", 0.2),
            clear(mat, FLOOR, parts=("hand", "forearm", "foot", "shin")),
        ],
    )
    return Picture(
        "stretches/press-up.png",
        "Lying face down with the hands flat under the shoulders and the elbows bent. The hands push the chest up "
        "until the arms are straight, the lower back arching, while the hips and legs stay relaxed on the mat.",
        SIDE,
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, "pelvis_front", "chest", "head", *both("thigh_low", "toes", "palm")),
            "end": contacts(mat, "pubis", *both("thigh_low", "toes", "palm")),
        },
        muscles=["low_back"],
        arrows=[Arrow(site="head", push=12, trim=(4, 4))],
    )


def side_bend() -> Picture:
    base = Pose(
        root=(0.0, STAND_HIP, 0.0),
        hip_r=(0, 7, 0),
        hip_l=(0, 7, 0),
        shoulder_r=(0, 6, 0),
        shoulder_l=(0, 6, 0),
        elbow_r=8,
        elbow_l=8,
    )
    start = solve(base, keys("root1"), on(FLOOR, *both("heel", "ball")))
    end = start.set(
        spine=(0, 30, 0), neck=(0, 10, 0), shoulder_l=(10, 165, 0), elbow_l=20, shoulder_r=(0, 4, 0), elbow_r=0
    )
    end = solve(
        end,
        keys("root1", "root2", "shoulder_r1"),
        [*on(FLOOR, *both("heel", "ball")), meet("palm_r", "thigh_low_r", -0.5)],
    )
    return Picture(
        "stretches/side-bend.png",
        "Seen from the front: standing with feet a little apart and arms by the sides. One arm reaches up and "
        "over the head as the body bends sideways, the other hand sliding down the outside of the leg.",
        Camera(90, 4),
        [FLOOR],
        start,
        end,
        {"start": contacts(FLOOR, *both("heel", "ball")), "end": contacts(FLOOR, *both("heel", "ball"))},
        muscles=["side_waist_l"],
        arrows=[Arrow(site="fingers_l", push=-12, trim=(14, 6))],
    )


# ------------------------------------------------------------------ legs


def stand(x=0.0, z=0.0, **angles) -> Pose:
    return Pose(root=(x, STAND_HIP, z), **angles)


def calf_raise() -> Picture:
    wall = P.wall(52.0)
    hands = [
        *on(wall, "palm_r", "palm_l", "fingers_r", "fingers_l"),
        reach("palm_r", (0, 122.0, 0), "y"),
        reach("palm_l", (0, 122.0, 0), "y"),
    ]
    arms = ("shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l", "wrist_r", "wrist_l")
    base = stand(tilt=4, shoulder_r=(60, 0, 0), shoulder_l=(60, 0, 0), elbow_r=60, elbow_l=60, wrist_r=80, wrist_l=80)
    start = solve(base, keys("root1", *arms), flat_foot("r", FLOOR) + flat_foot("l", FLOOR) + hands + [clear(wall)])
    end = solve(
        start.set(ankle_r=-38, ankle_l=-38),
        keys("root0", "root1", "ankle_r", "ankle_l", *arms),
        on(FLOOR, *both("ball"))
        + hands
        + [
            clear(wall, FLOOR),
            reach("heel_r", (0, 11.0, 0), "y"),
            reach("heel_l", (0, 11.0, 0), "y"),
            reach("ball_r", site(frames(start), "ball_r")[0], "x"),
        ],
    )
    return Picture(
        "legs/calf-raise.png",
        "Standing tall facing a wall, hands resting on it at chest height. Both heels lift as high as they can, "
        "so the weight is on the balls of the feet, then lower slowly.",
        SIDE,
        [FLOOR, wall],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")) + contacts(wall, "palm_r", "palm_l"),
            "end": contacts(FLOOR, *both("ball")) + contacts(wall, "palm_r", "palm_l"),
        },
        muscles=["calf_r"],
        arrows=[Arrow(site="heel_r", shift=(-9, 2), trim=(0, 0))],
    )


def sit_to_stand() -> Picture:
    chair = P.chair(20.0, facing=1)
    seat = chair.boxes[0]
    arms = dict(shoulder_r=(80, 0, 0), shoulder_l=(80, 0, 0), elbow_r=5, elbow_l=5)
    feet = flat_foot("r", FLOOR) + flat_foot("l", FLOOR)
    base = Pose(root=(4.0, 58.0, 0.0), tilt=24, hip_r=(100, 0, 0), hip_l=(100, 0, 0), knee_r=105, knee_l=105, **arms)
    start = solve(
        base,
        keys("root1", "hip_r0", "hip_l0", "knee_r", "knee_l", "ankle_r", "ankle_l"),
        on(seat, "seat_r", "seat_l")
        + feet
        + [reach("heel_r", (36.0, 0, 0), "x"), reach("heel_l", (36.0, 0, 0), "x"), clear(FLOOR, seat, weight=5.0)],
    )
    end = solve(stand(x=40.0, **arms), keys("root0", "root1"), [*feet, reach("heel_r", (36.0, 0, 0), "x")])
    return Picture(
        "legs/sit-to-stand.png",
        "Sitting near the front of a chair, feet flat and a little behind the knees, arms reaching forward. Leaning "
        "forward from the hips, the person pushes through the feet and stands up tall.",
        SIDE,
        [FLOOR, chair],
        start,
        end,
        {
            "start": contacts(chair, "seat_r", "seat_l") + contacts(FLOOR, *both("heel", "ball")),
            "end": contacts(FLOOR, *both("heel", "ball")),
        },
        muscles=["quadriceps_r", "glute_r"],
        arrows=[Arrow(site="sacrum", push=10, trim=(6, 6))],
    )


def split_squat() -> Picture:
    chair = P.chair(18.0, facing=1, z=-62.0)
    back_top = chair.boxes[-1]
    grip = [touch("palm_l", back_top), touch("fingers_l", back_top)]
    arm = ("shoulder_l0", "shoulder_l1", "elbow_l", "wrist_l")
    legs = [
        *flat_foot("r", FLOOR),
        touch("toes_l", FLOOR, weight=3.0),
        reach("heel_r", (34.0, 0, 0), "x"),
        reach("toes_l", (-44.0, 0, 0), "x"),
    ]
    base = stand(
        hip_r=(25, 0, 0),
        hip_l=(-20, 0, 0),
        knee_l=10,
        ankle_l=-30,
        shoulder_l=(20, 30, 0),
        elbow_l=40,
        wrist_l=60,
        shoulder_r=(0, 6, 0),
        elbow_r=10,
    )
    ks = keys("root0", "root1", "hip_r0", "hip_l0", "knee_r", "knee_l", "ankle_r", "ankle_l", *arm)
    start = solve(base, ks, legs + grip + [clear(FLOOR, back_top, weight=6.0)])
    end = solve(
        start.set(
            root=add(start.root, (0, -26, 0)),
            knee_r=80,
            knee_l=80,
            hip_r=(75, 0, 0),
            hip_l=(-5, 0, 0),
            elbow_l=90,
            shoulder_l=(30, 50, 0),
        ),
        ks,
        legs
        + grip
        + [
            direction("shin_r", DOWN, DOWN, 8),
            reach("knee_l", (0, 16.0, 0), "y", 0.3),
            clear(FLOOR, back_top, weight=6.0),
        ],
    )
    return Picture(
        "legs/split-squat.png",
        "Standing tall in a long stride, one hand on a chair, the back heel lifted. Both knees bend to lower the "
        "back knee straight down towards the floor, the front knee staying over the ankle.",
        Camera(-38, 6),
        [FLOOR, chair],
        start,
        end,
        {
            "start": contacts(FLOOR, "heel_r", "ball_r", "toes_l") + contacts(chair, "palm_l"),
            "end": contacts(FLOOR, "heel_r", "ball_r", "toes_l") + contacts(chair, "palm_l"),
        },
        muscles=["quadriceps_r", "glute_r"],
        arrows=[Arrow(site="pelvis_front", shift=(8, 0), trim=(0, 0))],
    )


def hip_hinge() -> Picture:
    feet = (
        flat_foot("r", FLOOR)
        + flat_foot("l", FLOOR)
        + [reach("heel_r", (-4.0, 0, 0), "x"), reach("heel_l", (-4.0, 0, 0), "x")]
    )
    arms = ("shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l")
    base = stand(
        knee_r=12,
        knee_l=12,
        hip_r=(8, 0, 0),
        hip_l=(8, 0, 0),
        shoulder_r=(15, 0, 0),
        shoulder_l=(15, 0, 0),
        elbow_r=30,
        elbow_l=30,
    )
    start = solve(
        base,
        keys("root0", "root1", "ankle_r", "ankle_l", *arms),
        [
            *feet,
            meet("palm_r", "thigh_r", -0.5),
            meet("palm_l", "thigh_l", -0.5),
            over("heel_r", "ball_r", "heel_l", "ball_l"),
        ],
    )
    end = solve(
        start.set(tilt=52, hip_r=(55, 0, 0), hip_l=(55, 0, 0), knee_r=22, knee_l=22, neck=(0, 0, 0)),
        keys("root0", "root1", "hip_r0", "hip_l0", "ankle_r", "ankle_l", *arms),
        [
            *feet,
            meet("palm_r", "thigh_low_r", -0.5),
            meet("palm_l", "thigh_low_l", -0.5),
            over("heel_r", "ball_r", "heel_l", "ball_l"),
            fixed(lambda fr: [0.0]),
        ],
    )
    back0, back1 = site(frames(start), "sacrum")[0], site(frames(end), "sacrum")[0]
    return Picture(
        "legs/hip-hinge.png",
        "Standing with soft knees and hands on the front of the thighs. The hips push straight back and the body "
        "tips forward with a flat back from head to tailbone, hands sliding down towards the knees.",
        SIDE,
        [FLOOR],
        start,
        end,
        {"start": contacts(FLOOR, *both("heel", "ball")), "end": contacts(FLOOR, *both("heel", "ball"))},
        muscles=["glute_r", "hamstrings_r"],
        arrows=[
            Arrow(site="sacrum", points=[add(back0, (-8.0, 0.0, 0.0)), add(back1, (-8.0, back0[1] - back1[1], 0.0))])
        ],
    )


def step_up() -> Picture:
    box = P.step(18.0, 58.0, height=18.0)
    rail_h = 18.0 + 88.0
    rail = P.Group(
        "rail",
        False,
        [
            P.Box(
                "rail bar", False, (-40.0, rail_h - 2.0, -50.0), (80.0, rail_h + 2.0, -46.0), P.style.PROP_DARK, "leg"
            ),
            P.Box("rail post", False, (-36.0, 0.0, -50.0), (-32.0, rail_h, -46.0), P.style.PROP_DARK, "leg"),
            P.Box("rail post", False, (70.0, 0.0, -50.0), (74.0, rail_h, -46.0), P.style.PROP_DARK, "leg"),
        ],
    )
    hold = [touch("palm_l", rail), touch("fingers_l", rail)]
    arm = ("shoulder_l0", "shoulder_l1", "elbow_l", "wrist_l")
    base = stand(x=0.0, tilt=8, hip_r=(60, 0, 0), knee_r=70, shoulder_l=(40, 30, 0), elbow_l=40, wrist_l=40)
    start = solve(
        base,
        keys("root0", "root1", "hip_r0", "hip_l0", "knee_r", "knee_l", "ankle_r", "ankle_l", *arm),
        flat_foot("r", box)
        + flat_foot("l", FLOOR)
        + hold
        + [reach("heel_r", (26.0, 0, 0), "x"), reach("heel_l", (-8.0, 0, 0), "x"), clear(FLOOR, box, rail)],
    )
    end = solve(
        stand(x=30.0, shoulder_l=(20, 30, 0), elbow_l=40, wrist_l=40),
        keys("root0", "root1", *arm),
        flat_foot("r", box) + flat_foot("l", box) + hold + [reach("heel_r", (26.0, 0, 0), "x"), clear(box, rail)],
    )
    return Picture(
        "legs/step-up.png",
        "Facing a low step, holding a rail, with one whole foot on the step. Pushing through that heel, the person "
        "steps up until the leg is straight and brings the other foot up beside it.",
        SIDE,
        [FLOOR, box, rail],
        start,
        end,
        {
            "start": contacts(box, "heel_r", "ball_r") + contacts(FLOOR, "heel_l", "ball_l") + contacts(rail, "palm_l"),
            "end": contacts(box, *both("heel", "ball")) + contacts(rail, "palm_l"),
        },
        muscles=["quadriceps_r", "glute_r"],
        arrows=[Arrow(site="pelvis_front", push=8, trim=(2, 2))],
    )


SIDE_CAM = Camera(-18, 24)  # lying on the side, seen from in front and above, a little from the head end


def _side_lying_base(mat, cushion, **angles) -> Pose:
    """On the right side, head on a cushion, top hand on the top hip."""
    q = Pose(
        root=(0.0, 18.0, 0.0),
        shoulder_r=(95, 0, 0),
        elbow_r=110,
        shoulder_l=(10, 10, 0),
        elbow_l=70,
        **SIDE_LYING,
        **angles,
    )
    return solve(
        q,
        keys(
            "root1",
            "roll",
            "spine1",
            "neck1",
            "shoulder_r0",
            "elbow_r",
            "shoulder_l0",
            "shoulder_l1",
            "elbow_l",
            "hip_r1",
        ),
        [
            *on(mat, "side_hip_r", "side_chest_r"),
            touch("head", cushion),
            meet("palm_l", "hip_front_l", -0.5),
            touch("knee_side_r", mat),
            touch("elbow_r", mat),
            touch("wrist_r", mat),
            clear(mat, FLOOR, cushion),
        ],
    )


def clamshell() -> Picture:
    mat = P.mat(-110, 80, z0=-40, z1=45)
    cushion = P.cushion(-100, -62, thickness=9.0, y=1.0, z=0.0, width=34.0)
    legs = dict(hip_r=(45, 0, 0), hip_l=(45, 0, 0), knee_r=95, knee_l=95)
    start = _side_lying_base(mat, cushion, **legs)
    start = solve(
        start, keys("hip_l1", "ankle_r"), [meet("knee_side_l", "knee_side_r", -0.5), touch("knee_side_r", mat)]
    )
    end = solve(
        start.set(hip_l=(45, 25, -35)),
        keys("hip_l1", "hip_l2"),
        [meet("ankle_l", "ankle_r", -0.5), fixed(lambda fr: [0.3 * (site(fr, "knee_side_l")[0][1] - 58.0)])],
    )
    return Picture(
        "legs/clamshell.png",
        "Lying on one side, head on a cushion, hips and knees bent with the feet together and a hand on the top hip. "
        "The top knee lifts like a shell opening while the feet stay touching, then lowers.",
        SIDE_CAM,
        [FLOOR, mat, cushion],
        start,
        end,
        {
            "start": contacts(mat, "side_hip_r", "knee_side_r") + contacts(cushion, "head"),
            "end": contacts(mat, "side_hip_r", "knee_side_r") + contacts(cushion, "head"),
        },
        muscles=["glute_med_l"],
        arrows=[Arrow(site="knee_side_l", push=-10, trim=(4, 6))],
    )


def side_leg_raise() -> Picture:
    mat = P.mat(-110, 110, z0=-40, z1=45)
    cushion = P.cushion(-100, -62, thickness=11.0, y=1.0, z=0.0, width=34.0)
    legs = dict(hip_r=(35, 0, 0), knee_r=70, hip_l=(0, -5, 0))
    start = _side_lying_base(mat, cushion, **legs)
    start = solve(start, keys("hip_l1", "ankle_r"), [touch("ankle_l", mat), touch("knee_side_r", mat)])
    end = start.set(hip_l=(-3, 24, 0))
    return Picture(
        "legs/side-leg-raise.png",
        "Lying on one side, head on a cushion, bottom knee bent and top leg straight in line with the body. The "
        "top leg lifts about a foot (30 cm), toes pointing forward, then lowers slowly.",
        SIDE_CAM,
        [FLOOR, mat, cushion],
        start,
        end,
        {
            "start": contacts(mat, "side_hip_r", "knee_side_r", "ankle_l") + contacts(cushion, "head"),
            "end": contacts(mat, "side_hip_r", "knee_side_r") + contacts(cushion, "head"),
        },
        muscles=["glute_med_l"],
        arrows=[Arrow(site="heel_l", push=-10, trim=(4, 6))],
    )


# ------------------------------------------------------------------ foam rolling


def _roller(name, x, z=0.0, y=1.0, axis="z"):
    return P.Roller(name, False, (x, y + P.ROLLER_RADIUS, z), axis)


def _rolling(pic_name, alt, cam, mat, a, b, pose, contacts_a, contacts_b, rest, muscles, arrow_z=34.0):
    """A rolling picture: the same body over the roller at both ends of the stretch it rolls
    (faint roller: one end, solid roller: the other), with a two-headed arrow between them."""
    ya = 2.0
    arrow = (
        Arrow(points=[(a.centre[0], ya, arrow_z), (b.centre[0], ya, arrow_z)], both=True, trim=(0, 0))
        if a.axis == "z"
        else Arrow(points=[(ya, 2.0, a.centre[2]), (ya, 2.0, b.centre[2])], both=True)
    )
    return Picture(
        pic_name,
        alt,
        cam,
        [FLOOR, mat],
        pose,
        pose,
        {"start": contacts_a + rest, "end": contacts_b + rest},
        muscles=muscles,
        start_only=[a],
        end_only=[b],
        arrows=[arrow],
        show_start=False,
    )


def roll_quadriceps() -> Picture:
    mat = P.mat(-120, 90)
    a, b = _roller("roller", -17.0), _roller("roller", -34.0)
    base = Pose(
        root=(0.0, 26.0, 0.0),
        tilt=96.0,
        ankle_r=-40,
        ankle_l=-40,
        shoulder_r=(90, 0, 0),
        shoulder_l=(90, 0, 0),
        elbow_r=90,
        elbow_l=90,
        neck=(-15, 0, 0),
    )
    pose = solve(
        base,
        keys(
            "root0", "root1", "tilt", "hip_r0", "hip_l0", "shoulder_r0", "shoulder_l0", "elbow_r", "elbow_l", "spine0"
        ),
        on(mat, *both("elbow", "wrist"))
        + on(a, "thigh_r", "thigh_l")
        + on(b, "thigh_low_r", "thigh_low_l")
        + [direction("upper_arm_r", DOWN, DOWN, 5), direction("upper_arm_l", DOWN, DOWN, 5), clear(mat, FLOOR)],
    )
    return _rolling(
        "foam-rolling/quadriceps.png",
        "Lying face down, propped on the forearms, with a foam roller under the front of the thighs. The body "
        "rolls forward and back so the roller moves from just below the hip bones to just above the knees.",
        SIDE,
        mat,
        a,
        b,
        pose,
        contacts(a, "thigh_r", "thigh_l"),
        contacts(b, "thigh_low_r", "thigh_low_l"),
        contacts(mat, *both("elbow", "wrist")),
        ["quadriceps_r"],
    )


def _sitting_on_hands(pose0, mat, a, b, sites_a, sites_b):
    return solve(
        pose0,
        keys(
            "root0", "root1", "tilt", "hip_r0", "hip_l0", "shoulder_r0", "shoulder_l0", "wrist_r", "wrist_l", "spine0"
        ),
        on(mat, *both("palm", "fingers"))
        + on(a, *sites_a)
        + on(b, *sites_b)
        + [clear(mat, FLOOR, a, b, weight=4.0, allow=-0.5)],
    )


SITTING_BACK = dict(
    neck=(40, 0, 0),
    tilt=-32.0,
    hip_r=(60, 0, 0),
    hip_l=(60, 0, 0),
    shoulder_r=(-45, 8, 0),
    shoulder_l=(-45, 8, 0),
    wrist_r=-80,
    wrist_l=-80,
    ankle_r=-10,
    ankle_l=-10,
)


def _seated_roll(name, alt, mat_end, at, root_y, sites_a, sites_b, muscle) -> Picture:
    """Sitting on the hands with a roller under both legs, at `at` (two distances along the
    mat): under `sites_a` at one end of the roll, `sites_b` at the other."""
    mat = P.mat(-70, mat_end)
    a, b = _roller("roller", at[0]), _roller("roller", at[1])
    pose = _sitting_on_hands(Pose(root=(0.0, root_y, 0.0), **SITTING_BACK), mat, a, b, sites_a, sites_b)
    return _rolling(
        name,
        alt,
        SIDE,
        mat,
        a,
        b,
        pose,
        contacts(a, *sites_a),
        contacts(b, *sites_b),
        contacts(mat, *both("palm")),
        [muscle],
    )


def roll_hamstrings() -> Picture:
    return _seated_roll(
        "foam-rolling/hamstrings.png",
        "Sitting with a foam roller under the back of the thighs, hands on the floor behind and the bottom lifted. "
        "The body rolls so the roller moves from under the buttocks to just above the backs of the knees.",
        110,
        (17.0, 33.0),
        24.0,
        ("thigh_r", "thigh_l"),
        ("thigh_low_r", "thigh_low_l"),
        "hamstrings_r",
    )


def roll_calves() -> Picture:
    return _seated_roll(
        "foam-rolling/calves.png",
        "Sitting with a foam roller under both calves, hands on the floor behind and the bottom lifted. The body "
        "rolls so the roller moves from just below the knees to just above the ankles.",
        130,
        (55.0, 72.0),
        20.0,
        ("calf_r", "calf_l"),
        ("calf_low_r", "calf_low_l"),
        "calf_r",
    )


def roll_outer_thigh() -> Picture:
    mat = P.mat(-110, 110, z0=-40, z1=60)
    roller = _roller("roller", 20.0, z=-2.0)
    base = Pose(
        root=(0.0, 30.0, 0.0),
        yaw=-90,
        roll=74,
        shoulder_r=(80, 10, 35),
        elbow_r=85,
        hip_l=(80, -20, -35),
        knee_l=95,
        ankle_l=0,
        shoulder_l=(10, 10, 0),
        elbow_l=70,
    )
    ks = keys(
        "root0",
        "root1",
        "root2",
        "roll",
        "shoulder_r0",
        "shoulder_r1",
        "elbow_r",
        "hip_l0",
        "hip_l1",
        "hip_l2",
        "knee_l",
        "ankle_l",
        "hip_r1",
        "spine1",
    )

    def lying(thigh_site: str, x_foot: float) -> Pose:
        # one straight line from the bottom foot (its ankle on the mat) over the roller to the shoulder,
        # the elbow under the shoulder; the top foot flat on the mat in front of the bottom knee
        goals = (
            [touch(n, mat, weight=3.0) for n in ("elbow_r", "wrist_r", "ankle_r")]
            + [direction("upper_arm_r", DOWN, DOWN, 20)]
            + [touch(thigh_site, roller, weight=3.0)]
            + flat_foot("l", mat) * 3
            + [reach("heel_l", (x_foot, 0.0, 0.0), "x", 0.5)]
            + [fixed(lambda fr: [0.5 * (site(fr, "heel_l")[0][2] - fr["thigh_r"][0][2] - 20.0)])]
            + [fixed(lambda fr: [fr["thigh_r"][0][2]])]  # the bottom hip over the middle of the roller
            + [clear(mat, FLOOR, roller, weight=4.0, allow=-0.5)]
        )
        return solve(base, ks, goals)

    start = lying("thigh_r", 50.0)
    end = lying("thigh_low_r", 38.0)
    arm = keys("shoulder_l0", "shoulder_l1", "elbow_l")
    start = solve(start, arm, [meet("palm_l", "hip_front_l", -0.5)])
    end = solve(end, arm, [meet("palm_l", "hip_front_l", -0.5)])
    rest = contacts(mat, "elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l")
    y = roller.centre[1] + roller.radius + 16.0
    z = roller.centre[2] + roller.half_length
    hip_a, hip_b = frames(start)["thigh_r"][0], frames(end)["thigh_r"][0]
    return Picture(
        "foam-rolling/outer-thigh.png",
        "Lying on one side, propped up on the forearm, with a foam roller under the outside of the bottom thigh, "
        "that leg straight and its foot low by the mat, and the top leg crossed over in front, its foot flat on "
        "the mat. The body rolls back and forth over the roller, from just below the hip to just above the knee.",
        Camera(-8, 26),
        [FLOOR, mat, roller],
        start,
        end,
        {"start": contacts(roller, "thigh_r") + rest, "end": contacts(roller, "thigh_low_r") + rest},
        muscles=["outer_thigh_r"],
        arrows=[Arrow(points=[(hip_a[0] - 4.0, y, z), (hip_b[0] - 4.0, y, z)], both=True)],
    )


def roll_glutes() -> Picture:
    mat = P.mat(-70, 100, z0=-45, z1=45)
    roller = _roller("roller", 0.0)
    crossed = dict(
        hip_l=(80, 0, 0),
        knee_l=90,
        hip_r=(85, 35, -40),
        knee_r=105,
        ankle_r=-10,
        shoulder_r=(-40, 10, 0),
        shoulder_l=(-40, 10, 0),
        wrist_r=-80,
        wrist_l=-80,
    )
    ks = keys(
        "root0",
        "root1",
        "root2",
        "tilt",
        "roll",
        "hip_l0",
        "knee_l",
        "ankle_l",
        "hip_r0",
        "hip_r1",
        "hip_r2",
        "knee_r",
        "shoulder_r0",
        "shoulder_l0",
        "shoulder_r1",
        "shoulder_l1",
        "wrist_r",
        "wrist_l",
    )
    goals = (
        flat_foot("l", mat)
        + [touch(n, mat, weight=3.0) for n in both("palm", "fingers")]
        + [meet("ankle_r", "thigh_low_l", -0.5), clear(mat, FLOOR, roller)]
    )
    start = solve(Pose(root=(-2.0, 27.0, 0.0), tilt=-25, **crossed), ks, goals + on(roller, "seat_r", "seat_l"))
    end = solve(start.set(roll=16), ks, goals + on(roller, "seat_r") + [fixed(lambda fr: [0.0])])
    return Picture(
        "foam-rolling/glutes.png",
        "Sitting on a foam roller with hands on the floor behind and one ankle crossed over the other knee. The body "
        "leans towards the crossed side, then rolls a few centimetres forward and back.",
        Camera(38, 12),
        [FLOOR, mat, roller],
        start,
        end,
        {
            "start": contacts(roller, "seat_r", "seat_l") + contacts(mat, "heel_l", "ball_l", *both("palm")),
            "end": contacts(roller, "seat_r") + contacts(mat, "heel_l", "ball_l", *both("palm")),
        },
        muscles=["glute_r"],
        arrows=[Arrow(points=[(-12.0, 2.0, 30.0), (12.0, 2.0, 30.0)], both=True)],
    )


# ------------------------------------------------------------------ trigger points


def gluteus_medius() -> Picture:
    mat = P.mat(-110, 100, z0=-40, z1=60)
    ball = P.Ball("ball", False, (4.0, 1.0 + P.LACROSSE, -4.0), P.LACROSSE)
    base = Pose(
        root=(0.0, 22.0, 0.0),
        yaw=-90,
        roll=80,
        twist=-12,
        shoulder_r=(80, 10, 35),
        elbow_r=85,
        hip_l=(75, 0, 0),
        knee_l=95,
        hip_r=(5, 0, 0),
        knee_r=10,
        shoulder_l=(10, 10, 0),
        elbow_l=70,
    )
    ks = keys(
        "root0",
        "root1",
        "root2",
        "roll",
        "spine1",
        "shoulder_r0",
        "shoulder_r1",
        "elbow_r",
        "hip_l0",
        "hip_l1",
        "hip_l2",
        "knee_l",
        "ankle_l",
        "hip_r1",
        "hip_r0",
    )
    rest = [
        *[touch(n, mat, weight=3.0) for n in ("elbow_r", "wrist_r", "ankle_r")],
        *flat_foot("l", mat),
        direction("upper_arm_r", DOWN, DOWN, 6),
    ]
    end = solve(base, ks, [*rest, touch("glute_med_r", ball, weight=2.0), clear(mat, FLOOR, ball)])
    end = solve(end, keys("shoulder_l0", "shoulder_l1", "elbow_l"), [meet("palm_l", "hip_front_l", -0.5)])
    start = solve(
        end.moved(0, 8, 0),
        ks,
        [
            *rest,
            touch("glute_med_r", ball, gap=8.0),
            clear(mat, FLOOR, ball),
            over("elbow_r", "heel_l", "ankle_r", weight=0.3),
        ],
    )
    top = site(frames(end), "side_hip_l")[0]
    return Picture(
        "trigger-points/gluteus-medius.png",
        "Lying on one side, propped up on the forearm with the elbow under the shoulder, the bottom leg straight and "
        "the top knee bent with that foot flat on the mat in front. The side of the hip, just below the top of the "
        "hip bone, lowers onto a ball and rests there.",
        Camera(-8, 5),
        [FLOOR, mat, ball],
        start,
        end,
        {
            "start": contacts(mat, "elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l"),
            "end": contacts(mat, "elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l") + contacts(ball, "glute_med_r"),
        },
        muscles=["glute_med_r"],
        arrows=[Arrow(points=[add(top, (0.0, 24.0, 0.0)), add(top, (0.0, 5.0, 0.0))])],
    )


def _feet_down(s, support):
    """Heel and ball of the foot on the support, the foot pointing level (its sole may roll a little
    with a leg that slants sideways: the ankle's inversion and eversion, which the model has no joint for)."""

    def level_forward(fr, s=s):
        _, m = fr[f"foot_{s}"]
        return [10.0 * m[1][0]]

    return [touch(f"heel_{s}", support), touch(f"ball_{s}", support), fixed(level_forward)]


def quadratus_lumborum() -> Picture:
    wall_z = 26.0
    wall = P.side_wall(wall_z, x0=-34.0, x1=90.0, facing=-1)
    ball = P.Ball("ball", False, (0.0, STAND_HIP + 12.0, wall_z - P.LACROSSE), P.LACROSSE)
    arms = dict(shoulder_r=(0, 170, 10), elbow_r=90, shoulder_l=(4, 6, 0), elbow_l=12)
    feet = _feet_down("r", FLOOR) + _feet_down("l", FLOOR)
    straight = fixed(lambda fr: [0.3 * (fr["foot_r"][0][0] - fr["foot_l"][0][0])])
    apart = fixed(lambda fr: [fr["foot_r"][0][2] - fr["foot_l"][0][2] - 17.0])
    step = reach("heel_r", (0.0, 0.0, wall_z - 34.0), "z")  # the feet a short step away from the wall
    ks = keys("root1", "root2", "hip_r1", "hip_l1", "ankle_r", "ankle_l")
    # the legs lean towards the wall from the feet, the hips against the ball; the chest stays about
    # upright: the spine bends a little away from the wall above the ball
    q = Pose(root=(0.0, STAND_HIP - 1.0, 0.0), roll=3.0, spine=(0, -14, 0), **arms)
    start = solve(q, ks, [*feet, straight, apart, step, touch("side_waist_r", ball, weight=3.0)])
    end = solve(
        start.set(roll=5.0, spine=(0, -17, 0)),
        ks,
        [*feet, straight, apart, step, touch("side_waist_r", ball, gap=-1.0, weight=3.0)],
    )
    # the wall-side hand rests flat on the wall above the head (the shoulder is too near the wall for the
    # arm to hang between them)
    hand = [
        touch("palm_r", wall),
        reach("palm_r", (30.0, 174.0, 0.0), "xy", 0.5),
        clear(wall, parts=("upper_arm", "forearm"), trunk=False),
    ]
    arm = keys("shoulder_r0", "shoulder_r1", "shoulder_r2", "elbow_r")
    end = solve(end, arm, hand)
    start = solve(start.set(shoulder_r=end.shoulder_r, elbow_r=end.elbow_r), arm, hand)
    hip = site(frames(end), "hip_crest_l")[0]
    return Picture(
        "trigger-points/quadratus-lumborum.png",
        "Seen from behind: standing side-on to a wall, feet a short step from it, the wall-side hand resting on "
        "the wall above the head and the other arm hanging, with a ball squeezed between the wall and the side of "
        "the waist, just above the top of the hip bone and well away from the spine. The legs and hips lean in "
        "gently towards the wall.",
        Camera(-100, 10),
        [FLOOR, wall, ball],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")) + contacts(ball, "side_waist_r"),
            "end": contacts(FLOOR, *both("heel", "ball")) + contacts(ball, "side_waist_r"),
        },
        muscles=["ql_r"],
        arrows=[Arrow(points=[add(hip, (0, 8, -26)), add(hip, (0, 8, -7))])],
    )


class ToolsPicture:
    """The three tools side by side at true scale: a thumb, a Theracane, a lacrosse ball and a tennis ball."""

    name = "trigger-points/tools.png"
    alt = (
        "The three tools side by side at the same scale: a hand with the thumb pointing down to press, a "
        "Theracane (a hooked cane with knobs), a lacrosse ball and a slightly larger tennis ball."
    )

    def render(self):
        from . import render as R

        cam = Camera(0, 0)
        items = R.floor_items(cam)
        # a fist with the thumb pointing down, about to press: 19 cm from wrist to thumb tip
        fist = [
            ((0.0, 16.0, 0.0), 4.6),
            ((5.5, 15.0, 0.0), 4.4),
            ((1.0, 22.0, 0.0), 4.8),
            ((6.0, 21.5, 0.0), 4.5),
            ((-1.0, 28.0, 0.0), 3.8),
            ((4.0, 29.0, 0.0), 3.9),
        ]
        thumb = [((-2.5, 14.5, 0.0), 2.4), ((-2.8, 8.0, 0.0), 2.0), ((-2.6, 3.2, 0.0), 1.7)]
        forearm = [((1.5, 30.0, 0.0), 3.6), ((3.0, 56.0, 0.0), 4.4)]
        groups = [[(*cam.xy(c), r) for c, r in g] for g in (forearm, fist, thumb)]
        items.append(
            R.Item(2, 0.0, [(x, y) for g in groups for x, y, _ in g], R._paint_part(groups, groups, style_near()))
        )
        items.append(R.tube_item(P.theracane((40.0, 0.0, 0.0)), cam))
        items += R.support_items(P.Ball("lacrosse", False, (86.0, P.LACROSSE, 0.0), P.LACROSSE), cam)
        items += R.support_items(P.Ball("tennis", False, (100.0, P.TENNIS, 0.0), P.TENNIS, "tennis"), cam)
        return R.paint(items, extra=[(-8.0, -2.0), (108.0, 64.0)])


def style_near():
    return P.style.NEAR


BUILDERS = {
    "stretches/calves.png": calves_stretch,
    "stretches/quadriceps.png": quadriceps_stretch,
    "stretches/hamstrings.png": hamstrings_stretch,
    "stretches/hip-flexors.png": hip_flexors_stretch,
    "stretches/glutes.png": glutes_stretch,
    "stretches/inner-thigh.png": inner_thigh_stretch,
    "stretches/knee-to-chest.png": knee_to_chest,
    "stretches/lower-back-rotation.png": lower_back_rotation,
    "stretches/childs-pose.png": childs_pose,
    "stretches/press-up.png": press_up,
    "stretches/side-bend.png": side_bend,
    "core/bird-dog.png": bird_dog,
    "core/back-extension.png": back_extension,
    "core/dead-bug.png": dead_bug,
    "core/glute-bridge.png": glute_bridge,
    "core/plank.png": plank,
    "core/side-plank.png": side_plank,
    "legs/calf-raise.png": calf_raise,
    "legs/sit-to-stand.png": sit_to_stand,
    "legs/split-squat.png": split_squat,
    "legs/hip-hinge.png": hip_hinge,
    "legs/step-up.png": step_up,
    "legs/clamshell.png": clamshell,
    "legs/side-leg-raise.png": side_leg_raise,
    "foam-rolling/quadriceps.png": roll_quadriceps,
    "foam-rolling/hamstrings.png": roll_hamstrings,
    "foam-rolling/calves.png": roll_calves,
    "foam-rolling/outer-thigh.png": roll_outer_thigh,
    "foam-rolling/glutes.png": roll_glutes,
    "trigger-points/gluteus-medius.png": gluteus_medius,
    "trigger-points/quadratus-lumborum.png": quadratus_lumborum,
    "trigger-points/tools.png": ToolsPicture,
}


POSES_FILE = Path(__file__).with_name("poses.json")
SOURCES = ("body.py", "geometry.py", "props.py", "ranges.py", "scenes.py", "solve.py")


def code_hash() -> str:
    """A hash of the code that decides the poses: of its syntax tree, so that reformatting the
    code or editing comments and docstrings keeps the stored poses."""
    h = hashlib.sha256()
    for name in SOURCES:
        tree = ast.parse(Path(__file__).with_name(name).read_text())
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if (
                isinstance(body, list)
                and body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                body[0].value.value = ""  # docstrings do not count
        h.update(ast.dump(tree).encode())
    return h.hexdigest()[:16]


def _pose_to_list(p: Pose) -> list:
    return [list(v) if isinstance(v, tuple) else v for v in (getattr(p, f.name) for f in fields(Pose))]


def _pose_from_list(values: list) -> Pose:
    return Pose(**{f.name: tuple(v) if isinstance(v, list) else v for f, v in zip(fields(Pose), values, strict=False)})


@cache
def _stored() -> dict:
    try:
        data = json.loads(POSES_FILE.read_text())
    except (OSError, ValueError):
        return {}
    return data.get("pictures", {}) if data.get("hash") == code_hash() else {}


_solved: dict[str, list] = {}


@cache
def picture(name: str, fresh: bool = False):
    """The picture, its poses replayed from poses.json when that is up to date (or solved)."""
    stored = None if fresh else _stored().get(name)
    record: list = []
    replaying([_pose_from_list(v) for v in stored] if stored else None, None if stored else record)
    try:
        pic = BUILDERS[name]()
    finally:
        replaying(None, None)
    _solved[name] = stored if stored else [_pose_to_list(p) for p in record]
    return pic


def save_poses() -> None:
    """Write every picture's solved poses, with the code hash, to poses.json."""
    for name in BUILDERS:
        picture(name)
    data = {"hash": code_hash(), "pictures": {n: _solved[n] for n in BUILDERS}}
    POSES_FILE.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n")
    _stored.cache_clear()
