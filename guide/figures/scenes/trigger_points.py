"""Trigger-point pictures: the side-of-hip and QL releases, and the tools at true scale."""

from __future__ import annotations

import math

from .. import props as P
from .. import style
from ..body import STAND_HIP, Pose, frames, site
from ..geometry import add
from ..picture import Arrow, Inset, Picture
from ..render import Camera
from ..solve import clear, direction, fixed, meet, reach, solve, touch
from .common import DOWN, FLOOR, SIDE_LYING, both, contacts, flat_foot, forearm_forward_under_shoulder, keys

# the QL release's wall, seen from above beside the person: cool, unlike the warm floor (not in style.py,
# whose colours all go into every picture's palette)
COOL_WALL = (244, 247, 252)


def gluteus_medius() -> Picture:
    mat = P.mat(-90, 100, z0=-22, z1=60)
    # a lacrosse ball in the solid equipment green (round 20 tried the paler tennis ball: too close to the key's
    # pale green "equipment at the start"); blind test 18's "one white line through the patch" was the hip-bone
    # line crossing the patch, which now sits below it (body.py)
    ball = P.Ball("ball", False, (0.0, 1.0 + P.LACROSSE, 0.0), P.LACROSSE)
    base = Pose(
        root=(4.0, 20.0, 2.0),
        # round 38: the chest turned 20 degrees down towards the mat, so from behind the shoulders stack like the hips
        # round 44 (test 42: "trunk twisted half face-up"): 20 -> 35, a narrower back, the top arm along the flank
        # round 49 (test 48: "on its back, propped on an elbow"): 35 -> 0, chest stacked side-on over the hips
        spine=(0, -12, 0),
        hip_r=(5, 0, 0),
        knee_r=5,
        hip_l=(60, 35, -30),
        knee_l=95,
        shoulder_r=(0, 55, 45),
        elbow_r=90,
        shoulder_l=(40, 10, 0),
        elbow_l=10,
        # the head held up in line with the room, not tipped with the propped trunk; round 37 (blind test 36: "chest
        # and face square to me, hips on their side"): turned 35 degrees to look along the body towards the hip
        # round 38: turned further (35 -> 60), looking down at the hip, so from behind the nose shows in profile
        # round 44 (test 42: "half face-up"): bowed 10 -> 35, the face tips down towards the hip, the hair on top
        neck=(35, -35, -60),
        # round 32 (blind tests 29-31: "how far to roll onto the side or back?"): the pelvis held at roll 68, rolled
        # back a little from the side (the page: "half on your side and half on your bottom"); this turns the bottom
        # flank a little to the camera, so its hip-bone line shows beside the ball, and lets the top knee point up
        # (at 62 the ball hid behind the hip)
        # round 38 (blind test 37: "ball under the buttock"): 68 -> 82, more on the side (still rolled back a little),
        # so from behind the ball shows under the side edge of the hip, not under the buttock
        # round 49 (test 48, above): 82 -> 84, the hips nearer stacked, still rolled back a little
        **{**SIDE_LYING, "roll": 84.0},
    )
    ks = keys(
        "root0",
        "root1",
        "root2",
        "spine1",
        "shoulder_r0",
        "shoulder_r1",
        "shoulder_r2",
        "elbow_r",
        "hip_r0",
        "hip_r1",
        "hip_l0",
        "hip_l1",
        "hip_l2",
        "knee_l",
        "ankle_l",
    )
    # the forearm flat on the mat pointing forward, the upper arm straight up from the elbow (round 32, blind tests
    # 30-31: "a stiff prop far from the body", "straight arm or forearm?": the elbow was 15 cm headwards of the
    # shoulder; now it is under it, as the page's "propped up on your forearm"); the bottom leg straight along the
    # mat; the top foot flat on the mat in front of the bottom knee.
    # Round 13: the pelvis more on its side (roll 68 -> 78, the waist bending up to the propped chest) so the ball
    # is under the side of the hip, the waist's gap before it and the thigh well after it (propped higher, the ball
    # sat in the crease where the thighs begin and read as "under the sit bone"); round 32 goes back to 68 (above),
    # the ball held under the patch by `over` and the hip-bone line now marking it
    rest = [
        *[touch(n, mat, weight=3.0) for n in ("elbow_r", "wrist_r", "ankle_r")],
        direction("upper_arm_r", DOWN, (0.1, -1.0, 0.0), 20),
        # round 46: bottom forearm points forward (test 44/45: towards the feet strains the shoulder);
        # the elbow is held under the shoulder so the undrawn, lifted start stays balanced.
        # round 48 (test 46: "the hand ends far beyond the head"): straight forward, not towards the head
        *forearm_forward_under_shoulder(),
        # (round 45 tried it without the elbow goal: the elbow slid forward and the start fell 11 cm off its supports)
        direction("thigh_r", DOWN, (1.0, -0.05, 0.0), 10),
        *flat_foot("l", mat),
        fixed(lambda fr: [0.5 * (site(fr, "heel_l")[0][2] - fr["thigh_r"][0][2] - 24.0)]),
        fixed(lambda fr: [0.3 * (site(fr, "heel_l")[0][0] - site(fr, "knee_r")[0][0] + 6.0)]),
        # the top knee up and well towards the feet, so the top thigh slants up across the picture from the hip;
        # round 32 (blind test 30: "the top leg crosses awkwardly"): the knee also held back over the body (z 26, it
        # was 44, pointing at the camera, so thigh and shin lay in one line across the bottom leg): the knee now
        # points up, thigh up from the hip and shin down to the foot in front
        fixed(
            lambda fr: [
                0.5 * (site(fr, "knee_l")[0][0] - ball.centre[0] - 20.0),
                0.5 * (site(fr, "knee_l")[0][2] - 26.0),
            ]
        ),
    ]
    # round 18: the ball right under the side-of-hip patch, not under the top of the hip bone (blind tests 15-16:
    # "the ball is at the waist"): the ball 2 cm towards the legs from the patch's centre, about 5 cm below the top of
    # the hip bone, so the hip-bone line runs above the ball, not through it
    over = fixed(lambda fr: [2.0 * (site(fr, "glute_med_r")[0][0] - ball.centre[0] + 2.0)])
    end = solve(
        base,
        ks,
        [
            *rest,
            touch("heel_l", mat, weight=3.0),
            touch("glute_med_r", ball, weight=5.0),  # round 49: 3 -> 5, the side-on chest lifted the hip off the ball
            over,
            clear(mat, FLOOR, ball, weight=8.0),
        ],
    )
    # the top hand rests on the top knee: the arm runs above the body, clear of it (round 11: a hand on the hip
    # laid the arm across the chest, one dark tangle at phone size)
    # round 23 (blind test 21: "a long white rib/hip line across the chest"): that line was the edge of the top upper
    # arm lying over the chest on its way to the knee; the top hand now rests on top of the head, the elbow up, so
    # the trunk shows clean and the only pale lines are the rib and hip-bone lines at the waist and by the ball
    # round 28 (blind test 26: "the hand is behind the head", odd): the top hand rests on the top hip, the arm along
    # the top of the body (the page: "on your head, or wherever it feels easy"); a hand on the mat in front could
    # not reach it from the forearm prop (the arm hung straight down across the trunk like a stick, the palm above
    # the mat)
    # round 38, seen from behind: the top hand on the mat in front of the belly (the page: "wherever it feels easy";
    # it also takes weight), hidden behind the trunk; a hand on the hip crossed the back as a dark tangle
    # round 42 (blind test 40: "a second grey hand by the supporting forearm"): the top hand rests on the top hip, the
    # arm drawn light over the dark trunk
    top_arm = keys("shoulder_l0", "shoulder_l1", "shoulder_l2", "elbow_l")
    # round 48 (test 46: "the far arm lies across the bent knee"): the palm on the top hip crest, the arm in front
    top_hand = [
        meet("palm_l", "hip_crest_l", -1.0, weight=2.0),
        clear(mat, FLOOR, ball, parts=("upper_arm", "forearm", "hand"), trunk=False, weight=4.0),
    ]
    end = solve(end.set(shoulder_l=(20, 10, 0), elbow_l=20), top_arm, top_hand)
    fr = frames(end)
    fixed_points = [reach(n, site(fr, n)[0], "xyz", 2.0) for n in ("elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l")]
    # start: the same place, the hip held a hand's width above the ball on the forearm and the top foot
    # round 28 (blind test 26: "the start is almost the same as the end"): 9 -> 15 cm above the ball, so the pale
    # start shows as a band above the whole trunk and hip; round 29 (blind test 27: "the big grey start figure,
    # propped higher, clutters it"): 15 -> 11 cm, the pale band still shows above the trunk and the top leg
    # round 29 also tried the ball 3 to 6 cm further towards the legs (it sank out of sight under the hip) and the view
    # from behind (Camera(180, 20): the ball shows whole, but the head is a brown disc and the bent top leg reads
    # oddly): both dropped
    # round 35 (tests 29-34: "the pale start looks like sitting up"): round 33's start (hip straight up, head and top
    # shoulder kept, now firmly) asked for 30 cm: the pale shows as a band over the back and legs, no higher head
    # round 37 (blind test 36: "the start is bigger, in a different pose"): 30 -> 20 cm, the same pose a little higher
    # round 44: the start is no longer drawn (show_start=False below); it is still solved, and the figure tests
    # still check its joints, contacts and balance
    lift = 20.0
    start = solve(
        end,
        ks + keys("roll"),
        [
            *rest,
            *fixed_points,
            touch("heel_l", mat, weight=3.0),  # the top heel kept down with the hip lifted higher
            reach("glute_med_r", add(site(fr, "glute_med_r")[0], (0.0, lift, 0.0)), "xyz", 3.0),
            reach("head", site(fr, "head")[0], "xyz", 8.0),
            reach("shoulder_l", site(fr, "shoulder_l")[0], "xyz", 8.0),
            clear(mat, FLOOR, ball),
        ],
    )
    start = solve(start.set(shoulder_l=(20, 10, 0), elbow_l=20), top_arm, top_hand)
    return Picture(
        "trigger-points/gluteus-medius.png",
        "Seen from behind and from above, lying on one side, rolled back a little, propped up on the bottom "
        "forearm with the elbow under the shoulder and the head turned to look down towards the hip. The bottom leg "
        "is straight along the mat, the top knee is bent up with that foot flat on the mat in front, and the top arm "
        "rests along the top of the body with the hand on the top hip. An arrow shows the side of the hip, just "
        "below the top of the hip bone, lowering gently onto a ball and resting there. A circle in the top left "
        "corner shows the ball close up, between the side of the hip and the mat.",
        # from the front (the belly side), a little from the head end and above (round 12; the view from behind,
        # round 11, showed the head as a black disc and testers could not tell which way the body faced): the face,
        # the propping forearm clear of the trunk on the left, the top hand on the top (dark) knee, the bottom
        # (light) leg along the mat, the ball under the side of the hip. The pale start is the same
        # place with the hip lifted. The top side's landmarks barely show (tried round 18: clutter on the trunk)
        # round 18: a little higher (14 -> 20): the red patch on the side of the hip shows larger over the ball,
        # with the bottom thigh starting just beyond it
        # round 20: -10 -> -3, more nearly from the front: the propping arm turns light (far side) and stands
        # clear of the dark trunk (blind test 18: side-lying figures "merge into one dark mass")
        # round 21 (blind test 19: "the hip line runs through the red patch"): -3 -> +3, a touch from the leg end: the
        # hip-bone line is drawn on the front of the flank and the patch sits towards the back, so this turn moves the
        # line a few cm headwards of the patch, with a gap (at -3 it sat on the patch's edge; at +6 the patch hides
        # behind the trunk, at +9 behind the top thigh)
        # round 36 (blind test 35: "the ball is small and partly covered by the red patch"): 20 -> 8 and 3 -> -4, low
        # and a touch from the head end, so the ball shows whole between the hip and the mat
        # round 38 (blind test 37: "chest square to me: sitting on the buttock or lying on the hip?"): -4, 8 -> 190, 10,
        # from behind and low: the back and the spine line, the side of the hip on the ball, the top leg stepping away
        # round 41 tried (325, 14) from the front, forearm forward, top hand on the hip, no close-up: blind test 41
        # rated it 2 ("sitting or lying? the ball tiny, the pale start's arm held forward"), so this view stays
        # round 42 (blind test 40: "foot placement unclear"; "face to the ceiling"): 10 -> 26, a little from above, so
        # the top foot shows flat on the mat in front and the face looks down at the hip
        # round 43 tried cameras 135-205 / 16-34, chest roll 0 and -35, the start 26 cm up (test 42: "twisted half
        # face-up; the ball tiny under the red patch"): none clearly better at phone size (the patch covers the ball)
        # round 48 (test 46: "half-sit, half-side-lie"): 26 -> 40 and 190 -> 195, higher, the body lies along the mat
        # round 49: 40 -> 36, with the side-on chest the ball sits closer under the hip
        Camera(195, 36),
        [FLOOR, mat, ball],
        start,
        end,
        {
            "start": contacts(mat, "elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l"),
            "end": contacts(mat, "elbow_r", "wrist_r", "ankle_r", "heel_l", "ball_l") + contacts(ball, "glute_med_r"),
        },
        muscles=["glute_med_r"],
        # short, straight down over the ball, ending at the red patch: that part of the hip lowers onto the ball
        # (round 12: an arrow from above the hand on the knee read as "push the knee down" or "drop onto it")
        arrows=[Arrow(points=[add(ball.centre, (0.0, 36.0, 0.0)), add(ball.centre, (0.0, 15.0, 0.0))])],
        # the ball is small beside a lying body: a close-up shows where it goes, with the mat, the arrow's tip and
        # the side of the body's outline, the waist sloping down to the ball and the hip curving up beyond it (round
        # 13: centred towards the legs it showed the ball in the crease where the thighs begin, read as "under the
        # sit bone")
        # round 20 (blind test 18: "the close-up shows only one white line"): 4 cm towards the head and wider, so it
        # holds the lowest-rib line as well as the hip-bone line, with the ball beyond both, towards the legs
        # round 21 (blind test 19: "the close-up ring is huge, covers half the trunk"): 23 -> 14 cm, centred a little
        # headwards of the ball: from left to right the waist's edge sloping down, the hip-bone line, the red patch
        # with the ball under it, and the bottom thigh starting (the rib line stays in the main view)
        # round 22: centred 2 cm nearer the ball (-6 -> -4): the whole ball shows in the close-up (it was cut by the
        # rim), with the hip-bone line still headwards of the patch
        # round 25 (blind test 23: "the close-up shows only a ball, a red dot and one white line, with nothing around
        # them"): 14 -> 18 cm, centred over the ball: from left to right the waist's edge sloping down to the mat, the
        # hip-bone line, the red patch with the ball under it, the top thigh's root with its outline and the light
        # bottom thigh running on along the mat; round 35: dropped for an inset; round 36: back (below)
        # round 28: no landmark lines (blind test 26: the hip-bone line, seen from the front, runs across the body
        # beside the ball, headwards, and read as "the ball goes at the waist", the other release's spot); the close-up
        # shows the waist's edge sloping down, the red patch with the ball under it and the thigh's root beyond
        # round 32 (blind tests 30-31: "no bony landmark for the ball"): the bottom side's lines again; with the pelvis
        # rolled back a little the hip-bone line is a short stroke at the patch's headward edge, the ball just under
        # it (in the close-up too), and the rib line a tick at the waist
        landmarks=("r",),
        # round 35 put the end from behind in an inset (blind test 35: "very hard to make sense of"); round 36 drops it
        # for the close-up again, and draws the propping arm dark ("propped on a lighter arm: which one takes the
        # weight?") and the bottom leg light as before (from this low view it would turn dark)
        # round 39 (blind test 38: "a white line in the close-up I couldn't explain"): 11 -> 8 cm, centred 1.5 cm
        # legwards of the ball, so the hip-bone stroke stays out of it (the ball shows as large as before)
        # round 45 (test 44: "the close-up has no body landmarks"): 8 -> 14 cm: the waist, hip-bone stroke, arrow tip
        close_up=(add(ball.centre, (-3.0, 4.0, 0.0)), 14.0),
        # round 50 (test 49: "the close-up has no clue where on the body it is"): the circle drawn from its own low
        # camera: the hip's outline, the ball between it and the mat, the hip-bone and rib lines, the waist
        close_up_view=Inset(
            Camera(205, 6),
            ("hip_crest_r", "side_hip_r", "glute_med_r", "side_waist_r"),
            12.0,
            hide=("arm_l",),
            landmarks=("r",),
        ),
        # round 38, from behind: the bottom leg is the near one (dark), the top leg the far one (light)
        # round 39 (blind test 38: "which arm holds you up?"): the top arm light too, so the only dark arm is the prop
        dark=("arm_r", "leg_r"),
        light=("leg_l", "arm_l"),
        # round 44 (test 42: "the red patch covers the ball"; "the pale start can hardly be told apart"): the ball
        # drawn over its patch, and no start figure: the one-headed arrow alone says "lower onto the ball, rest there"
        front=("ball",),
        show_start=False,
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
    yaw = -20.0  # round 44: the body turned 20 degrees towards the wall, square to the camera at 250 (below)
    # round 15: a wall seen end-on from the front: a long, tall, thick block at the person's side (its face the plane
    # z = wall_z), its end face filling the left of the picture up past the top (a 12 cm wall seen end-on read as a
    # pillar). Round 18 (blind test 16: "the big grey block looks like a door or a dark background"): a 25 cm wall
    # seen a little from its far side, its long face running away into the distance to its foot on the floor; it
    # ends just in front of the person, so the ball at the side of the waist is not behind its end. Round 22 (seen
    # straight from behind): a 60 cm thick wall, 65 cm long, seen edge-on as a broad band beside the person with its
    # near end standing on the floor a little in front of the feet (running 600 cm towards the camera it ran off the
    # bottom of the picture; 25 cm thick it read as a post)
    # round 25 (blind test 23: "with the person seen from behind and the wall to one side, I couldn't tell whether my
    # back or my side goes against the wall"; the edge-on band read as a pillar): the wall runs from just in front of
    # the person back past the camera, seen a little from the open side (below) its face recedes to the right, its
    # foot a line slanting down across the floor, a room's side wall with the person's side against it
    # round 27 (blind tests 23-25, seen from behind: "is the ball on my flank or on my back? is the wall beside me or
    # behind me? how far are the feet from it?"): seen from the front, the wall runs from the back edge of the floor
    # past the camera, so its face recedes beside the person and its foot slants across the floor to the left of the
    # feet, with the floor between them
    # round 28 (blind test 26: "the slanted grey wall is hard to read"): 400 -> 1000 cm tall, so its top face (a pale
    # slanted strip across the top left corner, which made the wall read as a tilted slab) is out of the picture: the
    # wall is one plain face with its foot slanting across the floor and a vertical corner edge where it meets the
    # back of the room
    # round 36 (seen from behind and above): the wall ends 30 cm behind the person, so its end shows it standing tall
    # round 37 (blind test 36: "a beige wall on a beige floor"): a cool pale wall, unlike the floor, running past the
    # camera; seen lower, its face rises above the floor's back edge, plainly upright
    # round 38 (blind test 37: "the wall is a slanted pale plane"): seen straight from behind and low, the wall is
    # 15 m thick, so it fills the right of the picture as one upright block from the floor to the top
    # round 40 (seen from the front and above): the wall ends 25 cm in front of the person, so its top stays out of view
    # round 47 (tests 45, 46: "the wall is drawn as a corner"; "the body overlaps its edge"): the wall ends at the ball,
    # so its edge runs down the person's side and the body no longer stands in front of it
    wall = P.Box("wall", True, (-1500.0, 0.0, wall_z), (-2.0, 1000.0, wall_z + 1500.0), COOL_WALL, "wall")
    # round 40: the ball 3 cm further forward, at the very side of the waist, so from the front it shows whole
    # round 42: back at x -3 (from behind it shows whole there); a tennis ball, as the page says to start with
    # round 44: x -3 -> -8, at the side of the waist of the turned body
    ball = P.Ball("ball", False, (-8.0, STAND_HIP + 12.0, wall_z - P.TENNIS), P.TENNIS)
    # round 34 (blind test 33: "the side wall is hard to read on a phone"): a dark skirting board along the wall's
    # foot, so its base shows as a firm line on the floor
    # round 42: dropped (seen straight from behind the skirting drew as an odd stub at the wall's foot)
    # round 44: back; seen from the open side it slants across the floor from the corner, the wall plainly beside
    # round 47: ends with the wall; in the level view below it slants down away from the person, a room's side wall
    skirting = P.Box("skirting", True, (-1500.0, 0.0, wall_z - 1.5), (-2.0, 10.0, wall_z), style.WALL_EDGE, "wall")
    arms = dict(shoulder_r=(10, 30, 0), elbow_r=30, shoulder_l=(4, 6, 0), elbow_l=12)
    feet = _feet_down("r", FLOOR) + _feet_down("l", FLOOR)
    straight = fixed(lambda fr: [0.3 * (fr["foot_r"][0][0] - fr["foot_l"][0][0] - 15.0 * math.tan(math.radians(yaw)))])
    apart = fixed(lambda fr: [fr["foot_r"][0][2] - fr["foot_l"][0][2] - 15.0])
    step = reach("heel_r", (0.0, 0.0, wall_z - 30.0), "z")  # the feet about a foot (30 cm) from the wall, as the page
    ks = keys("root1", "root2", "hip_r1", "hip_l1", "ankle_r", "ankle_l")
    arm = keys("shoulder_r0", "shoulder_r1", "shoulder_r2", "elbow_r")
    keep_clear = clear(wall, parts=("upper_arm", "forearm"), trunk=False)
    # start: standing about straight on the same feet, the side of the waist a hand's width from the ball, the
    # wall-side hand holding the ball against the wall (round 13: upright, 14 cm from the ball, the pale start
    # stood "a whole step away from the wall" and read as a second person, seen from behind; round 15: from the
    # front, upright beside the leaning end figure on the same feet, the start reads as the lean)
    # round 20 (blind test 18: "the start and end differ mainly in the arms, so the lean isn't clear"): the start
    # upright, 16 cm from the ball (was 10), and the end's chest bends less away from the wall (below)
    # round 23 (blind test 21, seen from behind: "the pale figure to the left looks like a second person"): 16 -> 8 cm,
    # the start stands nearer the ball on the same feet and mostly overlaps the end figure (its shoulder, arm and head
    # edge show at the left), the same person a moment before leaning in; the holding arm kept firmly out of the wall
    # (nearer it, the forearm went 2 cm in)
    # round 27, seen from the front: 8 -> 14 cm, the pale upright start shows (head, shoulder, hanging arm) just to the
    # right of the leaning end on the same feet (at 8 it hid behind the end figure)
    # round 35 (blind test 34: "the lean into the wall is hard to read"): 14 -> 22 cm, the pale upright start shows
    # round 38: 22 -> 14 cm (seen straight from behind, the lean shows in the slanting legs; at 22 the start stood
    # apart like a second person)
    near = touch("side_waist_r", ball, gap=14.0, weight=3.0)
    # round 44: palm x -6 -> -11, behind the moved ball (at -6 the hand went into it)
    hold = [touch("palm_r", ball), reach("palm_r", (-11.0, 0, 0), "x", 0.5), keep_clear]
    # round 33 (blind test 32: "the feet don't touch the floor line"; seen from the front the feet pointed at the
    # camera and drew as two small points): the toes turned out 25 degrees at the hips, so each foot shows as a foot
    # flat on the floor (a higher view, elevation 34, kept them points and lightened both legs: dropped)
    # round 34 (blind test 33: "the feet are angled away from the wall"): the feet straight ahead again
    upright = solve(
        Pose(root=(0.0, STAND_HIP - 1.0, -14.0), yaw=yaw, **arms),
        ks,
        [*feet, straight, apart, step],
    )
    start = solve(upright, ks, [*feet, straight, apart, step, near])
    # round 20: the hand kept out of the wall too (standing further off, its fingers reached into it)
    start = solve(
        start.set(shoulder_r=(40, 20, 0), elbow_r=90),
        arm,
        # round 47: the forearm kept out of the ball too (with the shorter wall it sank 2 cm into it)
        [
            *hold,
            clear(wall, parts=("hand", "upper_arm", "forearm"), trunk=False, weight=8.0),
            clear(ball, parts=("upper_arm", "forearm"), trunk=False, weight=8.0),
        ],
    )
    # end: the legs lean towards the wall from the feet, the side of the waist presses the ball against it;
    # the chest stays about upright (the spine bends a little away from the wall above the ball). Solved from the
    # upright pose with the hand on the ball, as before round 13 (from the start near the ball the waist sank in)
    # round 20: spine -14 -> -9: the head now moves about 12 cm towards the wall, not 2 (at -4 the raised elbow
    # had no room by the wall and folded behind the head)
    q = solve(upright, arm, hold).set(roll=3.0, spine=(0, -9, 0))
    press = [touch("side_waist_r", ball, weight=3.0), clear(ball, weight=1.0)]
    end = solve(q, ks, [*feet, straight, apart, step, *press])
    # the wall-side hand rests on top of the head, the arm out of the way, so from the front the ball shows between
    # the side of the waist and the wall (round 15: a hanging arm covered it; crossed over the chest it was dark on
    # the dark trunk); the other arm hangs by that side
    # round 28 (blind test 26: "unclear why one arm is on the head"; the page asks for it): the elbow up by the wall
    # and the forearm lying across the top of the head, the plain "hand resting on the head" (the forearm in front of
    # the face, elbow forward, read as shading the eyes or a salute)
    end = solve(
        end.set(shoulder_r=(120, 30, 0), elbow_r=130),
        arm,
        [
            meet("palm_r", "head", -0.5),
            reach("palm_r", (0.0, 168.0, 2.0), "xyz", 0.5),
            reach("elbow_r", (25.0, 172.0, 12.0), "xyz", 0.5),  # round 42: elbow forward, off the wall
            keep_clear,
        ],
    )
    end = end.set(shoulder_l=(6, 8, 0), elbow_l=10)
    return Picture(
        "trigger-points/quadratus-lumborum.png",
        "Seen from behind, standing side-on to a wall with the feet flat on the floor about a foot from it. A ball "
        "sits between the wall and the side of the waist, in the soft gap between the lowest rib and the top of the "
        "hip bone, well away from the spine down the middle of the back. The body leans gently sideways into the "
        "wall, as the arrow shows, so the ball presses in from the side, and keeps still there. The hand on the wall "
        "side rests on top of the head and the other arm hangs. A circle in the top right corner shows the ball close "
        "up, at the side of the waist, far from the spine line.",
        # round 15: from the front, the wall end-on at the person's right (left in the picture): the lean is across
        # the picture (upright pale start, end slanting towards the wall from the same feet), the ball shows at the
        # edge of the body between the waist and the wall, with the red patch and the rib and hip-bone lines beside
        # it. Before (rounds 11-14) from behind: testers could not tell whether to lean sideways or back, the pale
        # start looked like a sidestep and the ball vanished at phone size. A three-quarter front view (112) turns
        # the wall's face into a backdrop ("back to the wall") and hides the ball behind the body
        # round 18: 90 -> 80, from a little beyond the wall, so its far face shows running back (from 100 its near
        # face became a backdrop behind the person again)
        # Round 19 (blind tests 15 and 17: "the front view can't show whether the ball is at the side or the back
        # of the waist"; both asked for a view from behind): from behind and a little from the open side, the
        # spine line runs down the middle of the back and the ball sits at the side edge of the waist against the
        # wall, well away from it; the wall's face runs away on the right, its foot on the floor; the pale start
        # stands upright on the same feet holding the ball, the end leans towards the wall with the hand on the head
        # round 22 (blind test 20: "from behind and at an angle I couldn't tell whether my side or my back faces the
        # wall, or how far my feet are from it"): 248 -> 270, straight from behind: the wall is seen edge-on, a
        # band at the right, the right side of the body against it, the spine down the middle of the back and the
        # gap between the feet and the wall plain
        # round 25: 270 -> 255, a little from the open side (not the wall's), so the wall's face shows receding to the
        # right of the person instead of an edge-on band that read as a pillar; the back still faces the camera, the
        # spine line down its middle, the ball at the side edge of the waist against the wall's face
        # round 27: 255 -> 100, elevation 8 -> 22: from the front and a little from the open side, a little from
        # above: the face shows (the back is free), the ball sits at the side edge of the waist between the rib and
        # hip-bone lines, pressed against the wall's face, and the floor shows the gap between the feet and the
        # wall's foot; the wall's far end stands at the back of the floor, so it reads as a wall beside the person,
        # not a backdrop behind them (a front view with the wall ending by the person, rounds 15-18, read as a pillar)
        # round 36 (blind test 35: "is the wall beside or behind?"; the tester read the inset from behind and above):
        # that view is now the main one, from a little on the open side, the floor showing the feet's gap to the wall
        # round 37 (blind test 36: "looks like lying down"): 46 -> 36, the floor's far edge shows behind a standing body
        # round 38 (blind test 37: "confusing perspective, how far from the wall?"): 256, 36 -> 270, 12, straight from
        # behind and low: the wall an upright block at the right, the feet's gap to it plain on the floor
        # round 40 (blind test 39: "why is one arm folded over the head? the wall doesn't read as a wall"): 270, 12 ->
        # 90, 28, from the front and above: the face shows under the hand resting on the head, the floor behind the legs
        # round 42 (blind test 41: "the ball looks at the side, not the back; how far from the spine?"): 90, 28 ->
        # 270, 12, from behind, the whole body: the spine line, the ball at the side, the feet's gap to the wall
        # round 43 tried 264 with the skirting back (test 42: "the wall looks head-on, like a door"): the wall recedes a
        # little, but the waist's edge hides half the ball; not taken
        # round 44: 250, 14, the body turned to face away from the camera (yaw above, as the page's "turn slightly"):
        # the back square-on with the ball whole at the waist's edge, the wall and skirting receding from the corner
        # round 47 (test 46: the floor's far edge made the plain background read as a back wall): 14 -> 0.9, a level
        # view (the floor a band, no far edge), still a hair from above so the skirting slants back from the person
        Camera(250, 0.9),
        [FLOOR, wall, skirting, ball],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")),
            "end": contacts(FLOOR, *both("heel", "ball")) + contacts(ball, "side_waist_r"),
        },
        muscles=["ql_r"],
        # round 42 (test 41: "arrow plus close-up make it busy"; test 40: "the grey start clutters"): no pale start,
        # a short arrow across the mid-back towards the wall, above the close-up's ring: lean that way and keep still
        # round 44 (test 42: "no start figure; the slanted legs aren't explained"): the pale upright start back; the
        # arrow 4 cm higher, clear of the close-up's ring
        # round 47 (test 46: "the pale start stands behind, against the back wall: lean back, not sideways"): no start;
        # the slanted body and the arrow show the lean
        show_start=False,
        arrows=[Arrow(points=[add(ball.centre, (-14.0, 28.0, -34.0)), add(ball.centre, (-14.0, 28.0, -10.0))])],
        # round 35: an inset from behind and above; round 36: that is the main view, so a close-up of the ball instead
        # (a small front view, tried as an inset, showed no wall and mirrored the ball's side)
        # round 42: wider and centred 9 cm towards the spine, so the close-up shows the spine line far from the ball
        close_up=(add(ball.centre, (0.0, 0.0, -9.0)), 16.0),
        # round 39 (blind test 38: "on a phone the ball is a dot"): framed from the knees up, so all shows larger
        # round 40: 60 -> 45; round 42: the whole body again, so the feet's place on the floor shows
        landmarks=("r",),
        dark=("leg_r", "leg_l"),  # round 37 (blind test 36: "the legs are paler than the key says"): one person
    )
