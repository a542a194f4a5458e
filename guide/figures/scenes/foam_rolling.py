"""Foam-rolling pictures: front and back of the thigh, calves, outer thigh and buttocks."""

from __future__ import annotations

from .. import props as P
from ..body import Pose, site
from ..picture import Arrow, Picture
from ..render import Camera
from ..solve import clear, direction, fixed, meet, reach, solve, touch
from .common import DOWN, FLOOR, SIDE, SIDE_LYING, both, contacts, flat_foot, keys, on


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


def _sitting_on_hands(pose0, mat, a, b, sites_a, sites_b, extra=()):
    return solve(
        pose0,
        keys(
            "root0", "root1", "tilt", "hip_r0", "hip_l0", "shoulder_r0", "shoulder_l0", "wrist_r", "wrist_l", "spine0"
        ),
        on(mat, *both("palm", "fingers"))
        + on(a, *sites_a)
        + on(b, *sites_b)
        + [clear(mat, FLOOR, a, b, weight=4.0, allow=-0.5), *extra],
    )


def _seat_above(height: float, weight: float = 2.0):
    """The sitting bones held at least this high (cm, their centres): the bottom clearly lifted."""
    return fixed(lambda fr: [weight * min(0.0, site(fr, s)[0][1] - height) for s in ("seat_r", "seat_l")])


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


def _seated_roll(name, alt, mat_end, at, root_y, sites_a, sites_b, muscle, cam=SIDE, lift=0.0, **angles) -> Picture:
    """Sitting on the hands with a roller under both legs, at `at` (two distances along the
    mat): under `sites_a` at one end of the roll, `sites_b` at the other."""
    mat = P.mat(-70, mat_end)
    a, b = _roller("roller", at[0]), _roller("roller", at[1])
    pose0 = Pose(root=(0.0, root_y, 0.0), **{**SITTING_BACK, **angles})
    pose = _sitting_on_hands(pose0, mat, a, b, sites_a, sites_b, [_seat_above(lift)] if lift else [])
    return _rolling(
        name,
        alt,
        cam,
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
        lift=21.0,  # the bottom clearly off the floor, just behind the roller
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
        # from in front of the feet, to the side and above: the knees (a little soft, so they show as joints)
        # and the roller under the lower legs, so it does not look like the hamstring roll (drawn from the side)
        Camera(15, 14),
        lift=13.0,
        knee_r=22,
        knee_l=22,
    )


def roll_outer_thigh() -> Picture:
    mat = P.mat(-110, 110, z0=-40, z1=60)
    # the roller across the mat under the outside of the bottom thigh: near the hip at one end of the roll
    # (faint) and near the knee at the other (solid); the body is the same at both ends
    a, b = _roller("roller", 14.0, z=-2.0), _roller("roller", 30.0, z=-2.0)
    base = Pose(
        root=(0.0, 24.0, 0.0),
        spine=(0, -10, 0),
        hip_r=(0, 0, 0),
        knee_r=0,
        ankle_r=-40,  # the bottom foot relaxed, lying on its side along the mat
        hip_l=(70, -10, -20),
        knee_l=95,
        shoulder_r=(0, 55, 45),
        elbow_r=90,
        shoulder_l=(10, 10, 0),
        elbow_l=70,
        neck=(0, -20, 0),  # the head held level, not tipped with the propped trunk
        **{**SIDE_LYING, "roll": 95.0},
    )
    ks = keys(
        "root0",
        "root1",
        "root2",
        "roll",
        "spine1",
        "spine2",
        "shoulder_r0",
        "shoulder_r1",
        "shoulder_r2",
        "elbow_r",
        "hip_r1",
        "hip_l0",
        "hip_l1",
        "hip_l2",
        "knee_l",
        "ankle_l",
    )
    # the forearm flat on the mat, the upper arm straight up from the elbow; the bottom leg straight on the
    # roller; the top foot flat on the mat in front of the bottom knee, clear of the roller
    goals = [
        *[touch(n, mat, weight=3.0) for n in ("elbow_r", "wrist_r")],
        direction("upper_arm_r", DOWN, DOWN, 20),
        direction("forearm_r", DOWN, (-0.6, 0.0, 0.8), 5),  # the forearm forward and a little towards the head
        touch("thigh_r", a, weight=3.0),
        touch("thigh_low_r", b, weight=3.0),
        *flat_foot("l", mat) * 3,
        fixed(lambda fr: [0.5 * (site(fr, "heel_l")[0][2] - fr["thigh_r"][0][2] - 28.0)]),
        # the top foot past the bottom knee, so its shin does not hide the roller
        fixed(lambda fr: [0.3 * (site(fr, "heel_l")[0][0] - site(fr, "knee_r")[0][0] - 14.0)]),
        reach("knee_l", (0.0, 48.0, 0.0), "y", 0.5),  # the top knee up, so its bend shows
        clear(mat, FLOOR, a, b, weight=4.0, allow=-0.5),
    ]
    pose = solve(base, ks, goals)
    pose = solve(pose, keys("shoulder_l0", "shoulder_l1", "elbow_l"), [meet("palm_l", "hip_crest_l", -0.5)])
    return _rolling(
        "foam-rolling/outer-thigh.png",
        "Lying on one side, propped up on the forearm, with a foam roller under the outside of the bottom thigh, "
        "that leg straight, and the top knee bent with its foot flat on the mat in front. The body rolls back and "
        "forth so the roller moves from just below the hip to just above the knee.",
        # a plain side view from the belly side, a little above: clearly lying on the side, propped on the
        # (far, light) forearm, the bottom (far, light) leg on the rollers with the red underneath, the top (near,
        # dark) leg crossing in front to its foot (round 10: the view from well above read as lying face down)
        Camera(0, 24),
        mat,
        a,
        b,
        pose,
        contacts(a, "thigh_r"),
        contacts(b, "thigh_low_r"),
        contacts(mat, "elbow_r", "wrist_r", "heel_l", "ball_l"),
        ["outer_thigh_r"],
        arrow_z=40.0,  # on the mat in front of the rollers, clear of the body
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
        neck=(40, 0, 0),  # the chin tucked a little: looking at the knees, not thrown back to the ceiling
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

    def crossed_on_top(fr):
        # the crossed ankle rests on top of the other thigh, just above the knee (not behind or under it)
        (a, ra), (t, rt) = site(fr, "ankle_r"), site(fr, "thigh_low_l")
        return [0.7 * (a[0] - t[0]), 2.0 * (a[1] - t[1] - ra - rt + 0.5), 0.7 * (a[2] - t[2])]

    # the hands flat on the mat behind, each under its own shoulder (not crossed), the crossed knee out to the
    # side at about the height of the other knee: the shin lies level across the other thigh (a figure 4)
    goals = (
        flat_foot("l", mat)
        + [touch(n, mat, weight=3.0) for n in both("palm", "fingers")]
        + [
            reach("palm_r", (-38.0, 0.0, 20.0), "xz", 0.5),
            reach("palm_l", (-38.0, 0.0, -20.0), "xz", 0.5),
            reach("knee_r", (18.0, 36.0, 34.0), "xyz", 0.3),
            reach("heel_l", (38.0, 0.0, 0.0), "x", 0.5),  # the other knee well bent, its foot flat near the roller
        ]
        + [crossed_on_top, clear(mat, FLOOR, roller)]
    )
    start = solve(Pose(root=(-2.0, 27.0, 0.0), tilt=-25, **crossed), ks, goals + on(roller, "seat_r", "seat_l"))
    end = solve(start.set(roll=16), ks, goals + on(roller, "seat_r") + [fixed(lambda fr: [0.0])])
    return Picture(
        "foam-rolling/glutes.png",
        "Sitting on a foam roller with hands on the floor behind and one ankle crossed over the other knee. The body "
        "leans towards the crossed side, then rolls a few centimetres forward and back.",
        # from the crossed side, in front and above: the crossed (dark) shin lies across the other (light) thigh
        # just above its knee, the buttock on the roller, both hands behind
        Camera(35, 30),
        [FLOOR, mat, roller],
        start,
        end,
        {
            "start": contacts(roller, "seat_r", "seat_l") + contacts(mat, "heel_l", "ball_l", *both("palm")),
            "end": contacts(roller, "seat_r") + contacts(mat, "heel_l", "ball_l", *both("palm")),
        },
        muscles=["glute_r"],
        arrows=[Arrow(points=[(-12.0, 2.0, 40.0), (12.0, 2.0, 40.0)], both=True)],  # on the near side of the mat
    )
