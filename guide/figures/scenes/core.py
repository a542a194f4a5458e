"""Core pictures: bird dog, back extension, dead bug, glute bridge, plank and side plank."""

from __future__ import annotations

from .. import props as P
from ..body import Pose, frames, site
from ..body import at as body_at
from ..geometry import lerp, off_line
from ..picture import Arrow, Inset, Picture, Straight
from ..render import Camera
from ..solve import clear, direction, fixed, meet, reach, solve, touch
from .common import (
    DOWN,
    FLOOR,
    FORWARD,
    SIDE,
    SIDE_LYING,
    SUPINE_SITES,
    both,
    contacts,
    crook_lying,
    flat_foot,
    forearm_forward_under_shoulder,
    keys,
    on,
    quadruped,
    settle_supine,
    supine,
)


def bird_dog() -> Picture:
    mat = P.mat(-80, 90)
    start = quadruped(mat)
    end = start.set(
        hip_r=(-4, 0, 0), knee_r=0, ankle_r=0, shoulder_l=(176, 0, 0), elbow_l=0, wrist_l=0, neck=(-20, 0, 0)
    )
    # the leg a touch below level (blind test 22: level by the joints, the leg's top edge at the line of
    # the back and the heel hooked up read as "slightly above hip height", which invites arching the low
    # back): the thigh slopes 5 degrees down, the foot hangs with the toes to the floor, the heel in line
    end = solve(
        end,
        keys("hip_r0", "shoulder_l0"),
        # round 44 (test 42: "leg a bit above hip height"): 8 degrees down (was 5)
        [direction("thigh_r", DOWN, (-1.0, -0.14, 0.0)), direction("upper_arm_l", DOWN, FORWARD)],
    )
    return Picture(
        "core/bird-dog.png",
        "On hands and knees with a flat back, the right leg reaches straight back and the left arm straight "
        "forward, both level with the back. The supporting arm stays straight, hand under the shoulder.",
        # from the left side: the reaching left arm is the near one, seen to start at its shoulder
        # (from the right it was hidden behind the head and seemed to come out of the face)
        # round 38 (blind test 37: "the head is sunk, the arm seems to come out of it"): seen from 38 degrees above, so
        # the near arm passes below the head; the neck as at the start, in line with the back (0 dropped the head)
        # round 44 (test 42: "supporting arm looks bent, on the elbow"): 28 degrees above (was 38), so the far
        # straight arm shows longer than its flat hand; at 24 the head sank onto the reaching arm
        Camera(180, 28),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *both("knee", "toes", "palm")),
            "end": contacts(mat, "knee_l", "toes_l", "palm_r", "fingers_r"),
        },
        muscles=["back", "glute_r"],
        straight=[Straight("sacrum", "upper_back", ("low_back", "mid_back"), -10.0)],  # a flat back
        arrows=[Arrow(site="heel_r", push=9, trim=(8, 4)), Arrow(site="fingers_l", push=-9, trim=(8, 4))],
    )


def back_extension() -> Picture:
    mat = P.mat(-110, 90, z0=-55.0, z1=55.0)  # wide enough for the hands beside the hips
    # round 38: a thicker, wider towel (5 cm, was 3), the faint start towel was hard to see (blind test 37)
    towel = P.Box("towel", False, (50.0, 1.0, -16.0), (78.0, 6.0, 16.0), P.style.PROP_LIGHT, "cushion")
    base = Pose(
        root=(0.0, 12.0, 0.0),
        tilt=92.0,
        ankle_r=-50,
        ankle_l=-50,
        knee_r=8,
        knee_l=8,
        shoulder_r=(-5, 12, 0),
        shoulder_l=(-5, 12, 0),
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
    # a clearer lift (blind test 12: "the lift is tiny, the head still seems to rest on the pillow"): the
    # spine extends as far as its range allows and the pelvis tips forward a little on the hip joints,
    # the front of the hips (low and high) and the thighs staying down, until the chin is clear above
    # where the forehead rested. Round 22: the head reaches a little higher (37 cm, was 35) so the lifted head
    # clears the pale start head, which then reads whole on the towel (blind test 20: "a big pale blob on
    # the pillow, the lift height isn't clear")
    end = solve(
        # round 60 (test 58: "so small that start and end almost overlap: chest, or only the head?"): the spine a
        # little further back (-22, was -18; its range is -25) and the chin kept tucked (24, was 14), so the chest
        # leads and the head follows in line, eyes to the floor
        start.set(spine=(-22, 0, 0), neck=(24, 0, 0), hip_r=(-6, 0, 0), hip_l=(-6, 0, 0)),
        keys(
            "root1",
            "tilt",
            "hip_r0",
            "hip_l0",
            "knee_r",
            "knee_l",
            "shoulder_r0",
            "shoulder_l0",
            "wrist_r",
            "wrist_l",
        ),
        [
            touch("pubis", mat),
            touch("pelvis_front", mat),
            *on(mat, *both("thigh_low", "toes", "palm", "fingers")),
            clear(mat, FLOOR, towel),
            # round 38 (blind test 37: "looks like a large lift"): the head to 27 cm (was 37), the chest about 5 cm up
            # round 44 (test 42: "the lift is tiny, start and end look the same"): head to about 32 cm (was 27), the
            # chest about 8 cm up (was 5), still a few centimetres, so the lift shows in the main view, no close-up
            # round 60: the front of the chest held 9 cm up (was about 8, led by the head to 33 cm): the chest lift
            # shows as a pale gap under it, and the head follows in line with the upper back (not craning up)
            reach("chest", (0.0, 13.0, 0.0), "y", 0.5),
        ],
    )
    back = site(frames(end), "mid_back")[0]
    return Picture(
        "core/back-extension.png",
        "Lying face down with the forehead on a folded towel and arms by the sides. The chest and head lift "
        "a few centimetres off the mat while the eyes stay on the floor; the arms, hips and feet stay down.",
        # a plain side view (the three-quarter view from the head end made the feet look lifted and hid
        # the start, blind test 8); the towel belongs to the start, where the forehead rests on it, so it
        # is drawn faint with the start figure: a solid towel in front of the lifted face touched nothing.
        # Seen only a little from above: from 28 degrees (round 19) the person seemed to lie on the side and
        # the up arrow could mean a sideways lift (blind test 18). The arms 28 degrees out from the sides, so
        # the near forearm and hand lie on the mat below the lifted chest instead of along the dark trunk
        # (blind test 17: at phone size the arms lying along the trunk vanished). Round 22: 12 degrees out (was
        # 28): the straight arms lie nearer the sides, hands flat beside the hips and thighs, far behind the
        # shoulders, so they do not look ready to push (blind test 20: "I might push up with them")
        # round 42 (test 41: "the lift looks like lying flat; towel in front of the face"): almost level (1.5 up), the
        # pale start shows below the dark body, its forehead on the towel, and the gaps under face and chest read
        # round 60: 3 degrees up (was 1.5), so the top of the mat shows as a surface; the pale start still shows below
        Camera(0, 3),
        [FLOOR, mat],
        start,
        end,
        {
            "start": [*contacts(mat, "pelvis_front", "chest", *both("thigh_low", "toes", "palm")), ("head", "towel")],
            "end": contacts(mat, "pubis", "pelvis_front", *both("thigh_low", "toes", "palm")),
        },
        muscles=["low_back"],  # the low back only (blind test 12: buttock to shoulder blade was too much)
        # round 42: the arrow rises in front of the face, from the towel (test 41: from under the chest it read as
        # the hands pushing up)
        # round 60 (test 58: "the arrow at the head: someone could lead with the neck"): the arrow rises from the
        # middle of the upper back, where the lift comes from, not in front of the face
        arrows=[Arrow(points=[(back[0], back[1] + 2.0, 0.0), (back[0], back[1] + 24.0, 0.0)])],
        # round 40 (blind test 39: "start and end almost overlap, hard to see the head leave the floor"): a close-up
        # of the face, the dark head just above the pale one on the towel, eyes down (the lift stays small)
        # round 41 (blind test 40: "the lift is nearly invisible; head only, or head and chest?"): no start figure, so
        # the gaps under the face and chest show the lift; the close-up takes the head and upper chest. The towel stays
        # pale: the face plainly leaves it (a solid towel nothing touches at the end fails the cushion check)
        start_only=[towel],
        # round 42: start shown again, head on towel and lifted head, arrow, in a close-up ((60, 16, 0), 27 cm)
        # round 43 tried a second arrow on the upper back and no close-up (test 42: the pale start head "looks like a
        # pillow or ball"): not taken, the issue asks for one arrow, and the lift alone was tiny at phone size
        # round 44: no close-up (it magnified the pale head into a "ball"); the larger lift above shows in the main view
        start_face=True,  # round 44: the pale start head gets pale hair and a face, so it is not read as a pillow
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
    # the leg stops with the thigh 30 degrees up from the floor (22 before, then 40): the page stops while
    # the low back stays on the mat, and blind test 17 found 22 "quite low" for a beginner; at 40 the heel
    # ended higher than it started, though the page has it move towards the floor. At 30 the straight leg
    # also lies clear of the far leg that stays bent
    # Round 32: the right arm stops at 130 degrees (50 up from the floor, was 150) and drifts 15 degrees in
    # towards the middle, as an arm beside the ear does: seen from the right, the near arm at 150 (or 138)
    # passed over the face and hid the eye; at 130 it passes above the face, still well past the head
    # Round 40 (blind test 39: "the arm points up into the air", "does the leg rest on the floor?"): the arm
    # lowers to 155 (25 degrees above the floor, was 130), the leg to 15 (was 30), heel still ~40 cm up
    # Round 41 (blind test 40: "the arm arrow starts at the dark arm, but the grey one lowers"): seen from the
    # RIGHT, so the right arm that lowers is near and dark; it drifts 15 degrees OUT (150, 30 above the floor),
    # so from above it passes below the face, not across it
    # round 60 (test 58: "the leg drops low"): the leg stops with the thigh 20 degrees up (was 15), the heel about
    # 48 cm up (was 41), still below where it starts (56), so it still moves towards the floor
    end = start.set(shoulder_r=(150, 15, 0), hip_l=(20, 0, 0), knee_l=0, ankle_l=-5)
    # the leg's arrow runs along the underside of the straightened leg, from the thigh out past the heel:
    # it starts on the leg that moves (blind test 22: the arrow on the knee's path started over the far
    # knee that stays bent, "as if that leg moves")
    fr = frames(end)
    hip, heel = fr["thigh_l"][0], site(fr, "ankle_l")[0]
    out = [lerp(hip, heel, t) for t in (0.35, 1.05)]
    return Picture(
        "core/dead-bug.png",
        "Lying on the back, arms pointing at the ceiling and knees bent over the hips like a table top. The right "
        "arm lowers back behind the head while the left leg straightens out, both stopping well above the floor, "
        "lower back flat on the mat. A small box shows the end from above, the right arm back past the head on one "
        "side and the left leg out on the other side.",
        # History (rounds 8 to 31): seen from the LEFT the right arm that lowers is the far one. With the
        # shading by side (near dark, far light) it came out pale from behind the head (tests 8 to 28: "which
        # arm goes with which leg?"); painted dark (dark=arm_r, light=arm_l, rounds 28 to 31) both moving
        # limbs were dark and tests 29 to 31 read them as the SAME side. Angled views from above tangled
        # (tests 8, 24). Round 32: seen from the RIGHT, turned 25 degrees towards the head and 12 above, with
        # the key's shading and no override: the right arm that lowers is near and dark, the left leg that
        # straightens is far and light and lies in full view below the near leg that stays bent, one dark and
        # one light limb moving, as in the bird dog that testers read at once. The turn towards the head sets
        # the faint start of the moving arm beside the far arm that stays up, and the faint start of the
        # moving leg (bent) behind the near bent leg
        # Round 38 (blind test 37: "opposite arm and leg depends on the near/far shading"): from the LEFT and
        # 46 degrees above, so the two sides part on the screen: far arm and bent leg grey above, near limbs dark below
        # (dropped: from the feet end the straight leg foreshortened into the bent one; 55+ degrees laid limbs flat)
        # Round 40 (blind test 39: "limbs crossing over a tilted mat"): a plain side view from the left, 12 degrees
        # up; the mat is level, the far arm clearly lowers behind the head, the near leg hovers
        # Round 41: from the right, 10 degrees towards the feet and 22 up: the pale start of the moving arm stands
        # clear of the far arm that stays up, and the arm's arrow starts on it; the mat stays almost level
        Camera(10, 22),
        [FLOOR, mat],
        start,
        end,
        {"start": contacts(mat, *SUPINE_SITES), "end": contacts(mat, *SUPINE_SITES)},
        muscles=["belly"],
        # the arm arrow starts well along the arc, clear of the arm that stays up (blind tests 9, 11: an
        # arrow starting where both arms point up read as moving the other arm). The leg's arrow starts a
        # third of the way along the leg that straightens (test 15), off the leg (test 18), along its
        # underside (test 22); pushed to the right of its direction, which from this side is below the leg.
        # Tried and dropped (round 32): the heel's path as the arrow (short, lost among the feet); a close-up
        # of the low back on the mat with landmarks (it went over the arm arrow and read as a dark blob over
        # a green band); landmarks alone (read as belt bands). A ruler under the back (round 24, again round
        # 32 on the mat) read as a stool; a ruler over the flank read as a bar held against the body
        # round 40: the arm's arrow follows the wrist inside the sweep, close to the arm (test 39: "floats far")
        # round 41: the arm's arrow starts on the pale start arm (trim 3, wrist path); the leg's runs below the far leg
        # round 60: the arm's arrow starts further along (trim 16, was 3), clear of the inset's corner
        arrows=[Arrow(site="wrist_r", push=0, trim=(16, 3)), Arrow(points=out, push=-7)],
        # round 60 (test 58: "only the shading shows that the arm and leg are on OPPOSITE sides; a reader could move
        # the arm and leg on the same side"): a small inset from straight above (the feet's side, so the head is at
        # the top), the end pose only: the right arm lies back past the head on one side of the body and the left
        # leg lies out on the other, a plain X, whatever the shade. The limbs keep the main view's shades (left
        # limbs light)
        inset=Inset(
            Camera(60, 90),
            ("head", "fingers_r", "fingers_l", "toes_l", "heel_l", "toes_r", "knee_r", "side_hip_r", "side_hip_l"),
            9.0,
            light=("arm_l", "leg_l"),
        ),
    )


def glute_bridge() -> Picture:
    mat = P.mat(-90, 90)
    start = crook_lying(mat, 45, 45, 100, 100)
    feet = flat_foot("r", mat) + flat_foot("l", mat)  # for the end pose
    hands = on(mat, *both("palm", "fingers"))
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
        straight=[Straight("knee_r", "shoulder_r", ("side_hip_r",), -12.0)],  # shoulders to knees, as the page
        arrows=[Arrow(points=[(lift[0], 4.0, 30.0), (lift[0], lift[1] - 5.0, 30.0)])],
    )


def _line_error(fr):
    """How far the hip sits off the straight line from the shoulder to the knee (cm), seen from the side."""
    s, k, h = site(fr, "shoulder_r")[0], site(fr, "knee_r")[0], fr["thigh_r"][0]
    return off_line(h[:2], s[:2], k[:2])[0]


def _back_line_error(fr):
    """How far the top of the buttock sits off the straight line from the back of the thigh above the
    knee to the upper back (cm): the outline seen from the side, no step or dip at the hips."""
    a = body_at(fr, "thigh_r", (-6.0, -28.0, 0.0))
    b = site(fr, "sacrum")[0]
    c = site(fr, "upper_back")[0]
    return off_line(b[:2], a[:2], c[:2])[0]


def plank() -> Picture:
    # round 30 (test 28: "legs almost straight, shins lifted and toes on the floor: it reads as a full plank
    # on the toes"): the knees bend to a right angle and the feet are up in the air, in the start and the end,
    # so only the knees and forearms carry the body
    KNEE = 90.0
    mat = P.mat(-140, 80)
    arms = dict(shoulder_r=(90, 0, 0), shoulder_l=(90, 0, 0), elbow_r=90, elbow_l=90)
    # the page's start: lying face down, propped on the forearms, the hips, thighs, knees and feet on
    # the mat (blind test 12 read the old start, hips down but shins up, and a low end as a sphinx)
    base = Pose(
        root=(0.0, 14.0, 0.0),
        tilt=80.0,
        knee_r=KNEE,
        knee_l=KNEE,
        ankle_r=-20,
        ankle_l=-20,
        neck=(-10, 0, 0),
        **arms,
    )
    forearms = on(mat, *both("elbow", "wrist"))
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
        ),
        forearms
        + on(mat, *both("knee"))
        + [
            touch("pelvis_front", mat),
            direction("upper_arm_r", DOWN, DOWN, 5),
            clear(mat, FLOOR),
        ],
    )
    knee = site(frames(start), "knee_r")[0]
    # the hips lift: the body one straight line from the head to the knees (no bend at the hips
    # or in the back), the knees where they were and still bent, the feet up in the air
    end = solve(
        start.set(spine=(0, 0, 0), hip_r=(0, 0, 0), hip_l=(0, 0, 0), neck=(-5, 0, 0)),
        keys(
            "root0",
            "root1",
            "tilt",
            "shoulder_r0",
            "shoulder_l0",
            "elbow_r",
            "elbow_l",
            "hip_r0",
            "hip_l0",
        ),
        forearms
        + on(mat, *both("knee"))
        + [
            reach("knee_r", knee, "x", 2.0),
            direction("upper_arm_r", DOWN, DOWN, 5),
            clear(mat, FLOOR),
            fixed(lambda fr: [3 * _line_error(fr), 1 * _back_line_error(fr)]),
        ],
    )
    fr0, fr = frames(start), frames(end)
    # the arrow at the back of the hips, from where they lie to where they end, in line
    top0 = site(fr0, "sacrum")[0]
    top1 = site(fr, "sacrum")[0]
    lift = [(top1[0], top0[1] + 4.0, 30.0), (top1[0], top1[1] + 12.0, 30.0)]
    return Picture(
        "core/plank.png",
        "Lying face down, propped on the forearms with the elbows under the shoulders, the hips and knees on the "
        "mat, the knees bent and the feet up in the air. The hips lift off the mat until the body is one straight "
        "line from the head to the knees, the knees staying on the mat.",
        Camera(0, 3),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, *both("elbow", "wrist", "knee"), "pelvis_front"),
            "end": contacts(mat, *both("elbow", "wrist", "knee")),
        },
        muscles=["belly"],
        straight=[Straight("knee_r", "shoulder_r", ("side_hip_r",), 10.0)],  # the page: one straight line
        arrows=[Arrow(points=lift)],
    )


def side_plank() -> Picture:
    # the mat reaches well behind the feet (z0 -105, was -60): the feet lay on its far edge, and in a tight
    # crop the shins going back looked lifted into the air (blind test 22)
    mat = P.mat(-100, 80, z0=-105, z1=45)
    base = Pose(
        root=(0.0, 18.0, 0.0),
        spine=(0, -15, 0),
        hip_r=(0, -20, 0),
        hip_l=(0, -20, 0),
        knee_r=90,
        knee_l=90,
        shoulder_r=(0, 55, 45),
        elbow_r=90,
        shoulder_l=(5, 8, 0),
        elbow_l=10,
        ankle_r=-50,
        ankle_l=-50,
        **SIDE_LYING,
    )
    # the forearm flat on the mat, pointing forward, the upper arm straight up from the elbow
    # round 47 (blind tests 45-46: "the forearm points towards the feet, a strain on the shoulder"): forearm held
    # straight forward, square to the trunk (shoulder_r2 free), the elbow held under the shoulder
    prop = forearm_forward_under_shoulder()
    arm = [*on(mat, "elbow_r", "wrist_r"), direction("upper_arm_r", DOWN, DOWN, 10), *prop]
    hand: list = []  # the top arm rests along the side of the body
    # the top leg lies on the bottom one, the knees and the ankles at the same depth: side by side in
    # depth, the near bottom leg (light) was drawn over the far top one (dark), a jumble (blind test 17)
    stacked = [
        meet("knee_side_l", "knee_side_r", weight=2.0),
        meet("ankle_l", "ankle_r"),
        fixed(lambda fr: [2.0 * (site(fr, f"{j}_l")[0][2] - site(fr, f"{j}_r")[0][2]) for j in ("knee_side", "ankle")]),
        fixed(lambda fr: [site(fr, "knee_side_l")[0][1] - site(fr, "knee_side_r")[0][1] - 9.0]),  # on top
    ]
    ks = ("shoulder_r0", "shoulder_r1", "elbow_r", "ankle_r", "ankle_l", "shoulder_r2")
    # start: the pelvis and the legs on the mat, the trunk bent up to the propped shoulder
    start = solve(
        base.set(roll=65),
        keys("root0", "root1", "roll", "spine1", "hip_r1", "hip_l1", *ks),
        arm + hand + stacked + on(mat, "side_hip_r", "knee_side_r", "ankle_r") + [clear(mat, FLOOR, weight=0.5)],
    )
    elbow = site(frames(start), "elbow_r")[0]

    def straight(fr):
        # the middle of the pelvis on the line from the middle of the shoulders to the middle of the knees
        a = tuple((p + q) / 2 for p, q in zip(site(fr, "shoulder_r")[0], site(fr, "shoulder_l")[0], strict=True))
        k = tuple((p + q) / 2 for p, q in zip(fr["shin_r"][0], fr["shin_l"][0], strict=False))
        h = fr["pelvis"][0]
        t = sum((h[i] - a[i]) * (k[i] - a[i]) for i in range(3)) / sum((k[i] - a[i]) ** 2 for i in range(3))
        # round 29 (blind test 27: "the end pose still looks bent at the hips"): the middle of the pelvis 3 cm
        # above that line, the hips pushed fully up (the page: do not let them sag); still within the ruler's check
        up = (0.0, 3.0, 0.0)
        return [2.0 * (h[i] - (a[i] + t * (k[i] - a[i])) - up[i]) for i in range(3)]

    # end: the spine straight, the hips lifted until the body is one line from the head to the knees
    arm = [*on(mat, "elbow_r", "wrist_r"), direction("upper_arm_r", DOWN, DOWN, 40), *prop]
    end = solve(
        start.set(roll=72, spine=(0, 0, 0), hip_r=(0, 0, 0), hip_l=(0, 0, 0), shoulder_r=(start.shoulder_r[0], 62, 45)),
        keys("root0", "root1", "root2", "roll", "hip_r0", "hip_l0", "hip_r1", "hip_l1", "knee_r", "knee_l", *ks[1:3])
        + keys("shoulder_r2"),
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
    # the top hand rests on the top hip, the elbow pointing up: an arm laid along the body merged with
    # it into one dark shape on a phone (blind test 8)
    on_hip = [meet("palm_l", "side_hip_l", -0.5)]
    start = solve(start, keys("shoulder_l0", "shoulder_l1", "elbow_l"), on_hip)
    end = solve(end, keys("shoulder_l0", "shoulder_l1", "elbow_l"), on_hip)
    # the head held a little up from the tilted spine: laid along it, the eyes stacked one above the
    # other and the face read as turned sideways (blind test 16); 20 degrees up read as an odd tilt (test 17).
    # Round 32 (test 30: "the face looks at me while the body is on its side"): turned 35 degrees down towards
    # the mat, so the face shows in profile, looking ahead and down
    # Round 48 (test 47: "seen from behind, chest and head face away"): the head looks straight ahead, the face shows
    start, end = start.set(neck=(0, -15, 0)), end.set(neck=(0, -15, 0))
    fr = frames(end)
    hip = site(fr, "side_hip_r")[0]
    lift = [(hip[0], 3.0, hip[2] + 14.0), (hip[0], hip[1] - 2.0, hip[2] + 14.0)]
    # room round the knees and feet: a close crop cut them off, and one could not tell knees from feet
    knee, ankle, head = site(fr, "knee_side_r")[0], site(fr, "ankle_r")[0], site(fr, "head")[0]
    room = [
        (knee[0] + 28.0, 0.0, knee[2]),
        (ankle[0] + 20.0, 0.0, ankle[2]),
        (knee[0] + 28.0, 70.0, 0.0),
        # zoomed out (blind test 22: "tight framing, the lower legs and feet stick up in the air behind, I
        # can't see what stays on the mat"): the mat shows all round, behind the feet and in front of the hand
        # round 47: closer (was 75, -105 and -95, 40) for the new view from the front and the feet end
        # round 57: (knee + 28, 0, 40), (60, 0, -55) and (-80, 0, 40) dropped: from (35, 37) they framed a wide
        # empty mat in front and the figure drew small on a phone; the mat still shows round the hand and feet.
        # A little room over the head, which touched the top edge
        (head[0], head[1] + 10.0, head[2]),
    ]
    return Picture(
        "core/side-plank.png",
        "Lying on one side, propped on the forearm with the elbow under the shoulder and the forearm flat on the "
        "mat, the top hand on the hip, knees bent and stacked with the feet behind, hips on the mat. The hips lift "
        "off the mat until the body is a straight line from the head to the knees.",
        # nearly straight from the front, a little from above: the body is seen flat, the forearm lying on
        # the mat from the elbow under the shoulder, the knees on the mat, the shins going straight back
        # and the gap under the lifted hips; turned 20 degrees towards the head, the limbs read as jumbled
        # and the shins pointed odd ways (blind tests 14 to 16); lower (under about 20 degrees) the bottom
        # leg turns dark (near) and merges with the trunk, and the bent knees no longer show; from 36 degrees
        # (not 22) the shins going back behind the stacked knees show (blind test 17: "a jumble of legs");
        # back down to 18 (blind test 18: from 36 the picture looked tilted, "lift the hips" could read as
        # "slide along the mat" and the start hid): the hips now rise straight up the screen above the faint
        # start lying on the mat; at 12 both legs turned dark. No ruler in rounds 15 to 28: with one (round 15)
        # two testers read a full side plank on the feet; round 29 (blind test 27: "there's no ruler to show the
        # straight knee-to-shoulder line") puts it back, from the middle of the knees to the middle of the shoulders,
        # just above the top edge of the body (push -21), ending over the stacked knees and feet. Tried and
        # dropped in round 29: the top knee 10 cm behind, in front of or beyond the bottom one (the legs read
        # folded oddly, no clearer), knees bent 60-65 (the feet lay level with the knees, near a plank on the feet),
        # the forearm turned towards the head (the solve broke)
        # Round 38 (blind test 37: "hard to find the hips and the bent knees; the inset is tiny"): 30 degrees
        # above and turned 10 towards the head, no inset: the figure draws larger and the top shin shows going back
        # Round 47 (test 46: "from above the torso is a flat rectangle, the legs a pile"): 22 above, turned 30 towards
        # the feet: the upright upper arm and the forward forearm show, the body clearly on its side (-35, 0 dropped)
        # Round 54 (test 52: "hides the hip lift; elbow or straight arm?"): lower and turned 10 more towards the feet,
        # the forearm lies flat on the mat in an L under the shoulder
        # Round 55 (test 53: "legs end in stumps, reads as a full side plank"): turned 10 back and 6 higher, the
        # bottom leg grey (below): thigh and shin show a clear V at each knee, the shins going back on the mat
        # Round 57 (test 55: "bent or straight legs can't be read"; the trunk a big dark mass, the legs behind it):
        # the knees bend in the floor's plane, so seen from near level the shins point away behind the trunk.
        # Raised to 37 above and turned 5 more towards the feet: the top thigh runs down to the knee and the
        # shin turns back to the foot in a clear V, the forearm's L still lies flat on the mat and the pale start
        # still shows under the lifted hips. (40, 42) read as well but looks too far along the body's right-left
        # axis for a sideways lift (the side-view test allows 0.75; (35, 37) is 0.73). Tried at phone size:
        # (0, 45) and (0, 60) (the shins stand up the screen like feet in the air, the forearm points at the
        # viewer and reads as a straight arm), (90, 30) from the feet end (reads as kneeling upright), (180, 45)
        # from behind (the forearm hidden), (55-70, 40-50) (the trunk stands upright on the screen, like sitting)
        # Round 58 (test 56: "the high, oblique angle hides how far the hips lift; forearm or hand?"): one view cannot
        # show both the lift and the bent knees, so the main view goes low again and an inset (below) shows the knees.
        # 10 above, turned 25 towards the feet: the hips rise straight up the screen off the pale start, the body
        # one line from the head to the knees, the upper arm straight down to the elbow and the forearm flat on the
        # mat in an L. Tried at phone size: (0, 8) and (0, 15) (the forearm points at the viewer and reads as a
        # straight arm on the hand), (15, 10), (20, 8), (30, 16), (25, 5) (all read much the same; 25 shows the
        # forearm's L best), (-15, 10) from the head end (the forearm goes in under the body, the legs a jumble)
        # Round 59 (test 57: "in the main view the legs look almost straight; only the small inset shows them bent";
        # "the forearm points past the head, where is the elbow?"): the knees bend in the floor's plane, which a view
        # 10 above squashes flat. 30 above, turned 30 towards the feet: the top thigh runs down to the knee and the
        # shin turns back up the screen along the mat to the foot in a clear V, the grey bottom leg under it; the
        # upper arm goes straight down to the elbow and the forearm lies on the mat pointing down and out towards the
        # viewer, in front of the chest; the pale start still shows under the lifted hips. Compared at phone size with
        # (25, 10): (40, 22), (45, 25) (the forearm's L clearest, the knee V shallow), (55, 20), (60, 25) and (50, 30)
        # (the trunk stands up the screen, near sitting), (30, 20) and (35, 28) (a shallower V), (30, 25) (much the
        # same, the V a little flatter), (25, 30) (as good; the forearm more foreshortened), (40, 30), (45, 35)
        # Round 61 (test 59: "forearm or hand? the elbow/forearm blends into the mat perspective"): from 30 above the
        # forearm, pointing out towards the viewer, ran steeply down the screen like an arm leaning on its hand.
        # 20 above, turned 35 towards the feet: the forearm lies flat along the mat in a plain L under the shoulder,
        # the top thigh still runs down to the knee and the shin back to the foot in a V, the pale start under the
        # lifted hips. Compared at phone size with (30, 30): (30, 22), (35, 23) (much the same, the forearm a little
        # steeper), (40, 25), (40, 20), (35, 17) (the grey bottom thigh comes over the red patch), (45, 25), (40, 32)
        # (the trunk stands up, near sitting), (20, 30), (15, 25) (the forearm steep again). A close-up circle of the
        # elbow from the head end showed the L, but its circle sat top right and its line crossed the whole trunk
        Camera(35, 20),
        [FLOOR, mat],
        start,
        end,
        {
            "start": contacts(mat, "elbow_r", "wrist_r", "side_hip_r", "knee_side_r", "ankle_r"),
            "end": contacts(mat, "elbow_r", "wrist_r", "knee_side_r"),
        },
        muscles=["side_waist_r"],
        # round 57: no ruler. Pushed -21 clear of the body it stood off it like a rod laid on the person, and
        # from any view where the shins show it ended over the shins and feet, not the knees (read as a full
        # side plank, straight to the feet: tests 15, 53); pushed +10 to +16 it ran through the gap under the
        # hips like a bar lying there, and closer in (-6 to -14) it crossed the dark trunk. The straight body
        # from shoulder to knee over the pale start shows the line
        arrows=[Arrow(points=lift)],
        extra=room,
        # the supporting arm dark: mid-grey, it was "hard to tell apart" (blind test 22); dark, the forearm
        # stands out on the mat under the shoulder
        # round 48 (test 47: "the top hand is only a stub on the back") made the top arm grey. Round 54 swaps them:
        # the supporting arm grey reads as a bent arm against the dark trunk; the top arm dark merges (test 51)
        # round 57: the top arm grey too: dark, it vanished into the trunk from above (one dark mass, test 55);
        # grey, it runs from the shoulder to the hand on the hip across the dark trunk
        # round 61 (test 59: "forearm or hand?"): the supporting arm dark again (the limb that matters, as the key
        # allows): grey, its forearm faded into the green mat at phone size; dark, the forearm on the mat stands out
        # under the shoulder, and from (35, 20) the upper arm shows below the trunk, not across it. The top arm grey.
        # The ruler (round 57) tried again from (35, 20): pushed -21 its knee end lay over the top shin, -14 crossed
        # the top arm, +12 ran through the trunk and the gap: none stopped plainly at the knees, so still none
        light=("arm_l", "leg_r"),
        dark=("arm_r",),
        # round 58: a second view of the end pose, the hips and legs only (the arms left out), from above and the
        # feet end: the thigh runs down to the knee and the shin turns back along the mat to the foot in a clear L,
        # the knee bent 90 degrees. In the empty top corner over the feet. Tried: the whole body (far too small on a
        # phone), (0, 75) and (0, 90) from above (the shins stand up the screen like feet in the air), (20, 65) and
        # (30, 60) (a V, but small: a wide panel), (90, 50) and (90, 60) (a square L like a kneeling leg),
        # (180, 70) and (200, 55) from behind (the shins come at the viewer), (-30, 60) (a jumble)
        # round 59: the inset dropped: the main view now shows the bent knees itself, and the small panel was the
        # only place the testers found them (test 57)
    )
