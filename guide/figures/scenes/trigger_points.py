"""Trigger-point pictures: the side-of-hip and QL releases, each a ball between a wall and the body."""

from __future__ import annotations

import math

from .. import props as P
from ..body import STAND_HIP, Pose, frames, site
from ..geometry import add
from ..picture import Arrow, Inset, Picture
from ..render import Camera
from ..solve import clear, fixed, meet, reach, solve, touch
from .common import FLOOR, both, contacts, keys, on

# the wall of the QL and side-of-hip releases: cool, unlike the warm floor (not in style.py,
# whose colours all go into every picture's palette)
COOL_WALL = (244, 247, 252)
# the wall of both releases (round 62): the person's right side against its face, the plane z = WALL_Z; 4 m thick,
# from 3 m behind the person to 5 m ahead, so seen edge-on from behind or in front no face of it shows
WALL_Z = 26.0
SIDE_WALL = P.Box("wall", True, (-300.0, 0.0, WALL_Z), (500.0, 1000.0, WALL_Z + 400.0), COOL_WALL, "wall")


def _elbow_off_wall(fr):
    """The wall-side elbow kept at least 7 cm from the wall's face."""
    return [3.0 * min(0.0, WALL_Z - 7.0 - site(fr, "elbow_r")[0][2])]


# what the solver may move to stand side-on to the wall (both releases)
STANCE_KEYS = keys("root1", "root2", "hip_r1", "hip_l1", "ankle_r", "ankle_l")


def _side_on(heel_from_wall: float, yaw: float = 0.0) -> list:
    """Goals for standing side-on to the wall: both feet flat on the floor, pointing the same way (the body
    turned yaw degrees), 15 cm apart, the right heel heel_from_wall cm from the wall's face."""
    lead = 15.0 * math.tan(math.radians(yaw))
    return [
        *_feet_down("r", FLOOR),
        *_feet_down("l", FLOOR),
        fixed(lambda fr: [0.3 * (fr["foot_r"][0][0] - fr["foot_l"][0][0] - lead)]),
        fixed(lambda fr: [fr["foot_r"][0][2] - fr["foot_l"][0][2] - 15.0]),
        reach("heel_r", (0.0, 0.0, WALL_Z - heel_from_wall), "z"),
    ]


def gluteus_medius() -> Picture:
    # rounds 38 to 50 drew the ball lying half on the side (read as lying on the back, propped on an elbow); rounds
    # 51 to 53 the thumb ("no tool, only a hand"); rounds 54 to 62 the Theracane, standing
    # round 63, 2026-11-28 (test 61: the Theracane picture scored 2 or 3 in every test since round 54, "I read the
    # spot as the low back", "how to grip the stick and which way to lever it has to be worked out"): the page's
    # ball now starts at a wall, as the QL release's does, so the picture is drawn as that one is (seen straight
    # from behind, the wall edge-on), told apart from it by the ball lower down, on the side of the hip under the
    # hip-bone line, and by the wall-side hand flat on the wall at shoulder height (the QL's is on the head)
    wall = SIDE_WALL
    ball = P.Ball("ball", False, (-3.0, STAND_HIP - 2.0, WALL_Z - P.TENNIS), P.TENNIS)
    # the feet about a foot (30 cm) from the wall, as the page: the heel and the ball of the foot 36 cm (the QL's 38)
    stance, ks = _side_on(36.0), STANCE_KEYS
    arm = keys("shoulder_r0", "shoulder_r1", "shoulder_r2", "elbow_r", "wrist_r")
    keep_clear = clear(wall, ball, parts=("upper_arm", "forearm"), trunk=False)
    # the knees a little soft (10 degrees), the hips a little bent, so the body stays over the feet
    soft = dict(knee_r=10.0, knee_l=10.0, hip_r=(6, 0, 0), hip_l=(6, 0, 0))
    arms = dict(shoulder_r=(40, 30, 0), elbow_r=90, shoulder_l=(6, 8, 0), elbow_l=10)
    # start (not drawn): standing up straight on the same feet, off the ball
    upright = solve(Pose(root=(0.0, STAND_HIP - 2.0, -14.0), **soft, **arms), ks, stance)
    # end: the legs lean towards the wall from the feet, the side of the hip presses the ball against it; the chest
    # bends back to about upright above the ball, so the shoulder stays off the wall (as the QL's)
    press = [touch("glute_med_spot_r", ball, weight=3.0), clear(ball, weight=1.0)]
    end = solve(upright.set(roll=6.0, spine=(0, -20, 0)), ks, [*stance, *press])
    # the wall-side hand flat on the wall (palm and fingers on it) at shoulder height, the palm 8 cm under the
    # shoulder and 14 cm in front of it, the fingers just past the shoulder's height; the elbow bent, down by the side,
    # so from behind the forearm rises beside the body to the hand on the wall's edge. Tried: the hand 30 cm in
    # front (the forearm ran away from the camera, the hand showed beside the head); the palm at shoulder height
    # (the fingers up by the ear, like a hand raised to wave); with no goal for the elbow the forearm lay along the
    # wall's edge, the hand over the shoulder
    shoulder = site(frames(end), "shoulder_r")[0]
    hand = [
        *on(wall, "palm_r", "fingers_r"),
        reach("palm_r", add(shoulder, (14.0, -8.0, 0.0)), "xy", 0.5),
        reach("fingers_r", add(shoulder, (23.0, -2.0, 0.0)), "xy", 0.3),
        reach("elbow_r", (shoulder[0] + 8.0, shoulder[1] - 26.0, WALL_Z - 5.0), "xyz", 0.3),
        keep_clear,
        fixed(_elbow_off_wall),
    ]
    end = solve(end, arm, hand, iterations=400)
    return Picture(
        "trigger-points/gluteus-medius.png",
        "Seen from behind, standing side-on to a wall with the feet flat on the floor about a foot from it and the "
        "knees a little bent. A ball sits between the wall and the side of the right hip, about 3 fingers' width "
        "below the top of the hip bone and a little towards the back, not on the buttock. The right hand rests flat "
        "on the wall at about shoulder height, with the elbow bent, and the other arm hangs. From standing up "
        "straight, the body leans gently sideways into the wall, as the arrow shows, so the ball presses into the "
        "side of the hip, and then keeps still there. A circle in the top right corner shows the ball close up, "
        "squeezed between the side of the hip and the wall, under the line of the top of the hip bone.",
        # round 63: as the QL release's, Camera(270, 10), straight from behind, level-ish: the spine line down the
        # back, the ball at the side edge of the hip against the wall's edge, the floor between the feet and the wall
        # round 64 (test 62, this view: 4, first impression partly right, "from behind the ball seems to sit at the
        # back of the hip"): the same pose from the front, Camera(90, 15), with a close-up from the front, scored 3
        # in test 63: the wall-side arm hid the rib line, so the one white line left read as the rib line and the
        # ball as at the waist ("I would press near the low ribs"). Back to this view, where both lines show
        Camera(270, 10),
        [FLOOR, wall, ball],
        upright,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")),
            "end": contacts(FLOOR, *both("heel", "ball"))
            + contacts(ball, "glute_med_spot_r")
            + contacts(wall, "palm_r", "fingers_r"),
        },
        muscles=["glute_med_spot_r"],
        show_start=False,
        arrows=[Arrow(points=[add(ball.centre, (-14.0, 20.0, -34.0)), add(ball.centre, (-14.0, 20.0, -10.0))])],
        close_up=(add(ball.centre, (0.0, 0.0, -4.0)), 18.0),
        # round 63: the ball close up along the wall, as the QL's, framed from the hip-bone line down to the top of
        # the thigh, so the ball shows under the hip-bone line with the buttock's lower edge below it (framed to
        # the spot and the hip-bone line alone it was the QL's plain dark flank with one line)
        close_up_view=Inset(
            Camera(270, 0),
            ("glute_med_spot_r", "hip_crest_r", "thigh_r"),
            margin=5.0,
            hide=("arm_r",),
            landmarks=("r",),
            points=(add(ball.centre, (0.0, 0.0, 6.0)),),
        ),
        behind=("ball",),
        landmarks=("r",),
        dark=("leg_r", "leg_l"),
    )


def _feet_down(s, support):
    """Heel and ball of the foot on the support, the foot pointing level (its sole may roll a little
    with a leg that slants sideways: the ankle's inversion and eversion, which the model has no joint for)."""

    def level_forward(fr, s=s):
        _, m = fr[f"foot_{s}"]
        return [10.0 * m[1][0]]

    return [touch(f"heel_{s}", support), touch(f"ball_{s}", support), fixed(level_forward)]


def quadratus_lumborum() -> Picture:
    yaw = -20.0  # round 44: the body turned 20 degrees towards the wall, square to the camera at 250 (below)
    # round 15: a wall seen end-on from the front: a long, tall, thick block at the person's side (its face the plane
    # z = WALL_Z), its end face filling the left of the picture up past the top (a 12 cm wall seen end-on read as a
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
    # round 52 (tests 49, 50: "a plane like a door or a back wall"): a 15 cm slab from the person's back running away,
    # seen from its outer side (camera below): its end a tall upright band at the person's side, its face receding
    # round 53 (test 51: "an edge and a big pale plane"): its foot rose off the floor's far edge into the sky; the floor
    # now reaches under every wall, and the wall is 5 m long, so it stands on the floor and ends there
    # round 62 (test 60: "the back view plus the receding wall slab: do I stand with my back or my side to the wall?
    # at a wall corner?"; from 282 its end and its outer face, the side the person is not on, drew as a box's corner):
    # the wall runs from 3 m behind the person (off the picture's foot) to 5 m ahead and is 4 m thick, seen exactly
    # edge-on from behind (below): one plain upright mass filling the right of the picture from top to bottom, its
    # edge down the person's side, no face running off anywhere, the floor plain between the feet and its edge
    wall = SIDE_WALL
    # round 40: the ball 3 cm further forward, at the very side of the waist, so from the front it shows whole
    # round 42: back at x -3 (from behind it shows whole there); a tennis ball, as the page says to start with
    # round 44: x -3 -> -8, at the side of the waist of the turned body
    # round 58 (test 55: "the ball is on the back, not between the side of the body and the wall"): x -8 -> -4, from
    # 2.6 cm behind the waist's mid-line to 1.9 cm in front of it, the very side of the waist, so from behind its inner
    # part is hidden by the body (painted under it, below) and the rest shows in the gap between flank and wall
    ball = P.Ball("ball", False, (-4.0, STAND_HIP + 12.0, WALL_Z - P.TENNIS), P.TENNIS)
    # round 34 (blind test 33: "the side wall is hard to read on a phone"): a dark skirting board along the wall's
    # foot, so its base shows as a firm line on the floor
    # round 42: dropped (seen straight from behind the skirting drew as an odd stub at the wall's foot)
    # round 44: back; seen from the open side it slants across the floor from the corner, the wall plainly beside
    # round 47: ends with the wall; in the level view below it slants down away from the person, a room's side wall
    # round 52: dropped (the inner face is hidden from the outer side; the slab's foot is a firm line itself)
    arms = dict(shoulder_r=(10, 30, 0), elbow_r=30, shoulder_l=(4, 6, 0), elbow_l=12)
    # the feet about a foot (30 cm) from the wall, as the page
    # round 61 (test 59: "the feet are very close to the wall, so it's unclear how you would lean in"): the heel
    # 30 -> 38 cm from the wall (the toes about 32 cm): seen from behind on the wall's side the forward-pointing
    # feet drew nearer the wall's end than they are; now the floor shows plainly between them and the legs slant in
    stance, ks = _side_on(38.0, yaw), STANCE_KEYS
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
    # round 44: palm x -6 -> -11, behind the moved ball (at -6 the hand went into it);
    # round 58: -11 -> -7, with the ball
    hold = [touch("palm_r", ball), reach("palm_r", (-7.0, 0, 0), "x", 0.5), keep_clear]
    # round 33 (blind test 32: "the feet don't touch the floor line"; seen from the front the feet pointed at the
    # camera and drew as two small points): the toes turned out 25 degrees at the hips, so each foot shows as a foot
    # flat on the floor (a higher view, elevation 34, kept them points and lightened both legs: dropped)
    # round 34 (blind test 33: "the feet are angled away from the wall"): the feet straight ahead again
    upright = solve(
        Pose(root=(0.0, STAND_HIP - 1.0, -14.0), yaw=yaw, **arms),
        ks,
        stance,
    )
    start = solve(upright, ks, [*stance, near])
    # round 20: the hand kept out of the wall too (standing further off, its fingers reached into it)
    start = solve(
        start.set(shoulder_r=(40, 20, 0), elbow_r=90),
        arm,
        # round 47: the forearm kept out of the ball too (with the shorter wall it sank 2 cm into it)
        [
            *hold,
            clear(wall, parts=("hand", "upper_arm", "forearm"), trunk=False, weight=8.0),
            # round 52: the hand too (the thin wall now runs past the ball, where the hand went before)
            clear(ball, parts=("hand", "upper_arm", "forearm"), trunk=False, weight=8.0),
        ],
    )
    # end: the legs lean towards the wall from the feet, the side of the waist presses the ball against it;
    # the chest stays about upright (the spine bends a little away from the wall above the ball). Solved from the
    # upright pose with the hand on the ball, as before round 13 (from the start near the ball the waist sank in)
    # round 20: spine -14 -> -9: the head now moves about 12 cm towards the wall, not 2 (at -4 the raised elbow
    # had no room by the wall and folded behind the head)
    # round 61: roll 3 -> 7, spine -9 -> -14: with the feet further out the pelvis tilts with the slanting legs, one
    # lean from the feet to the waist on the ball (at roll 3 the legs slanted under an upright pelvis, a kink at the
    # hips); the chest bends back to upright above the ball, so the shoulder stays off the wall (a straight body from
    # feet to shoulder cannot lean more than about 2 degrees with a ball at the waist: the shoulders are wider)
    q = solve(upright, arm, hold).set(roll=7.0, spine=(0, -14, 0))
    press = [touch("side_waist_r", ball, weight=3.0), clear(ball, weight=1.0)]
    end = solve(q, ks, [*stance, *press])
    # the wall-side hand rests on top of the head, the arm out of the way, so from the front the ball shows between
    # the side of the waist and the wall (round 15: a hanging arm covered it; crossed over the chest it was dark on
    # the dark trunk); the other arm hangs by that side
    # round 28 (blind test 26: "unclear why one arm is on the head"; the page asks for it): the elbow up by the wall
    # and the forearm lying across the top of the head, the plain "hand resting on the head" (the forearm in front of
    # the face, elbow forward, read as shading the eyes or a salute)
    end = solve(
        # round 53 (test 51: "the arm over the head looks strained"): the elbow lower, the wrist bent so the hand
        # cups the crown instead of the forearm lying flat across the top of the head
        end.set(shoulder_r=(120, 30, 0), elbow_r=130, wrist_r=30),
        arm,
        [
            meet("palm_r", "head", -0.5),
            reach("palm_r", (0.0, 169.0, 7.0), "xyz", 0.5),
            reach("elbow_r", (20.0, 158.0, 18.0), "xyz", 0.5),  # round 42: elbow forward, off the wall
            keep_clear,
            # round 52: the elbow kept on the person's side of the (now thin) wall
            fixed(_elbow_off_wall),
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
        "up, seen along the wall, squeezed in the gap between the side of the waist and the wall.",
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
        # round 52: 250, 0.9 -> 282, 10, from behind on the wall's outer side, a little from above (see the wall)
        # round 62: 282 -> 270, straight from behind, so no side face of the wall shows (the one beyond the person read
        # as a corner, the one the person leans on as a wall behind them); tried: the near face seen from the open
        # side (255-262) ran behind the person or ended at them, a corner again; a 15-25 cm wall edge-on read as a post
        # with floor both sides; an inset from above (a head in a ring of shoulders) or from the front (mirrored) did
        # not read at phone size, so the close-up stays level along the wall
        Camera(270, 10),
        [FLOOR, wall, ball],
        start,
        end,
        {
            "start": contacts(FLOOR, *both("heel", "ball")),
            "end": contacts(FLOOR, *both("heel", "ball")) + contacts(ball, "side_waist_r"),
        },
        muscles=["ql_r"],  # round 61: the patch out to the side of the waist, under the ball (body.py)
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
        # round 56 (tests 53, 54: "the ball is on the back"): centred nearer the wall, the wall's end shows by the ball
        close_up=(add(ball.centre, (0.0, 0.0, -4.0)), 18.0),
        # round 58 (test 55, as 51-54: "the ball is on the back"): drawn from its own camera, level and straight along
        # the wall's face (270, 0), framed to the side of the waist and the wall just past the ball: the dark flank at
        # the left, the ball in the gap, the wall's end at the right (round 56's zoom of the main view showed the ball
        # over the dark back again; a 12 cm ring made the circle smaller, so the ring stays)
        close_up_view=Inset(
            Camera(270, 0),
            ("side_waist_r",),
            margin=7.0,
            hide=("arm_r",),
            landmarks=("r",),
            points=(add(ball.centre, (0.0, 0.0, 6.0)),),
        ),
        # round 58: the ball painted under the figure: its inner part is behind the side of the waist (it was painted
        # whole over the dark back, which read as a ball pressed into the back)
        behind=("ball",),
        # round 39 (blind test 38: "on a phone the ball is a dot"): framed from the knees up, so all shows larger
        # round 40: 60 -> 45; round 42: the whole body again, so the feet's place on the floor shows
        landmarks=("r",),
        dark=("leg_r", "leg_l"),  # round 37 (blind test 36: "the legs are paler than the key says"): one person
    )
