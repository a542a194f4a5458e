"""The exercise pictures (guide/figures): every pose stays inside normal joint ranges, every
part that carries weight touches its support and nothing passes through one (measured from the
geometry, not by eye), each picture shows a start and an end from a view where the movement
can be seen, and the same code draws the same pixels as the committed files."""

from __future__ import annotations

import dataclasses
import hashlib
import math

import pytest
from PIL import Image, ImageChops

from guide import figures
from guide.figures import body, checks, ranges, render, scenes, style
from guide.figures.__main__ import main
from guide.figures.body import Pose, blend
from guide.figures.geometry import dot, length, sub
from guide.figures.picture import Picture
from guide.figures.scenes import BUILDERS, _stored, picture

ROOT = figures.ROOT
POSED = [name for name in BUILDERS if isinstance(picture(name), Picture)]
SIDEWAYS = [
    "stretches/side-bend.png",
    "legs/clamshell.png",
    "core/side-plank.png",
    "legs/side-leg-raise.png",
    "foam-rolling/outer-thigh.png",
    "trigger-points/gluteus-medius.png",
    "trigger-points/quadratus-lumborum.png",
]


def test_the_stored_poses_belong_to_this_code():
    assert _stored(), "guide/figures/poses.json is out of date: run .venv/bin/python -m guide.figures"


def test_a_fresh_solve_gives_the_stored_poses():
    fresh, stored = picture("core/bird-dog.png", fresh=True), picture("core/bird-dog.png")
    assert fresh.start == stored.start and fresh.end == stored.end


# ------------------------------------------------------------------ joint ranges


def test_the_range_table_names_its_source_and_covers_the_main_joints():
    assert "American Academy of Orthopaedic Surgeons" in ranges.SOURCE
    joints = {joint for joint, _ in ranges.RANGES}
    assert {"hip", "knee", "ankle", "shoulder", "elbow", "spine", "neck"} <= joints
    assert {m for j, m in ranges.RANGES if j == "spine"} == {"flexion", "side bend", "rotation"}
    assert ranges.RANGES[("knee", "flexion")][0] == 0 and ranges.RANGES[("elbow", "flexion")][0] == 0


@pytest.mark.parametrize("name", POSED)
def test_every_pose_stays_within_normal_joint_ranges(name):
    pic = picture(name)
    for label, pose in [("start", pic.start), ("halfway", blend(pic.start, pic.end, 0.5)), ("end", pic.end)]:
        assert not ranges.violations(pose), f"{name} {label}: {ranges.violations(pose)}"


@pytest.mark.parametrize(
    "change, words",
    [
        (dict(knee_r=-12.0), "knee right flexion"),  # a knee bent backwards
        (dict(elbow_l=-15.0), "elbow left flexion"),  # an elbow bent backwards
        (dict(hip_r=(140.0, 0.0, 0.0)), "hip right flexion"),
        (dict(spine=(0.0, 50.0, 0.0)), "spine side bend"),
        (dict(neck=(0.0, 0.0, 80.0)), "neck rotation"),
    ],
)
def test_a_joint_outside_its_range_is_caught(change, words):
    bad = picture("core/bird-dog.png").end.set(**change)
    problems = ranges.violations(bad)
    assert problems and any(p.startswith(words) for p in problems), problems


# ------------------------------------------------------------------ weight and supports


@pytest.mark.parametrize("name", POSED)
def test_weight_bearing_parts_touch_their_supports(name):
    pic = picture(name)
    for which in ("start", "end"):
        gaps = checks.contact_gaps(pic, which)
        assert gaps, f"{name} {which}: no part carries weight"
        far = [(s, support, round(g, 1)) for s, support, g in gaps if abs(g) > checks.CONTACT_TOLERANCE]
        assert not far, f"{name} {which}: not touching (site, support, gap cm): {far}"


@pytest.mark.parametrize("name", POSED)
def test_nothing_passes_through_a_support(name):
    pic = picture(name)
    for which in ("start", "end"):
        deep = checks.penetrations(pic, which)
        assert not deep, f"{name} {which}: into a support (part, support, cm): {deep}"


@pytest.mark.parametrize("name", POSED)
def test_the_weight_is_over_what_holds_it_up(name):
    pic = picture(name)
    for which in ("start", "end"):
        off = checks.balance_offset(pic, which)
        assert off <= checks.BALANCE_MARGIN, f"{name} {which}: centre of mass {off:.0f} cm outside the supports"


@pytest.mark.parametrize("name", POSED)
def test_balls_and_rollers_rest_on_something(name):
    pic = picture(name)
    for which in ("start", "end"):
        for prop, under, gap in checks.prop_gaps(pic, which):
            assert abs(gap) <= checks.CONTACT_TOLERANCE, f"{name} {which}: {prop} is {gap:+.1f} cm from {under}"


@pytest.mark.parametrize("name", POSED)
def test_every_cushion_drawn_has_something_resting_on_it(name):
    assert not checks.untouched_cushions(picture(name)), f"{name}: a cushion or block touches nothing"


def test_a_towel_the_lifted_head_has_left_is_caught():
    pic = picture("core/back-extension.png")
    # the towel under the forehead at the start, drawn solid: at the end the head has lifted off it
    towel = pic.start_only[0]
    solid = dataclasses.replace(pic, supports=[*pic.supports, towel], start_only=[])
    assert [name for name, _ in checks.untouched_cushions(solid)] == ["towel"]
    assert any("towel is" in p and "nothing rests on it" in p for p in checks.report(solid))


def test_a_rolled_towel_lifted_off_the_heels_is_caught():
    pic = picture("stretches/childs-pose.png")
    towel = next(s for s in pic.supports if s.name == "rolled towel")
    x, y, z = towel.centre
    floating = dataclasses.replace(towel, centre=(x - 40.0, y + 30.0, z))  # in the air behind the bottom
    moved = dataclasses.replace(pic, supports=[floating if s is towel else s for s in pic.supports])
    assert [name for name, _ in checks.untouched_cushions(moved)] == ["rolled towel"]
    gaps = [gap for prop, _under, gap in checks.prop_gaps(moved, "end") if prop == "rolled towel"]
    assert gaps and gaps[0] > checks.CONTACT_TOLERANCE


def test_a_hand_floating_5_cm_above_the_floor_is_caught():
    pic = picture("core/bird-dog.png")
    # lift the whole figure 5 cm: the supporting hand (and knee) now float
    floating = dataclasses.replace(pic, end=pic.end.moved(0.0, 5.0, 0.0))
    gaps = {site: gap for site, _, gap in checks.contact_gaps(floating, "end")}
    assert gaps["palm_r"] == pytest.approx(5.0, abs=0.6)
    assert any("palm_r is +5" in p for p in checks.report(floating))


def test_a_hand_lifted_by_its_own_joint_is_caught():
    pic = picture("core/bird-dog.png")
    bent = dataclasses.replace(pic, end=pic.end.set(elbow_r=40.0))  # the supporting elbow bends
    assert any(abs(g) > checks.CONTACT_TOLERANCE for s, _, g in checks.contact_gaps(bent, "end") if s == "palm_r")


def test_feet_sinking_through_the_floor_are_caught():
    pic = picture("legs/calf-raise.png")
    sunk = dataclasses.replace(pic, start=pic.start.moved(0.0, -5.0, 0.0))
    deep = checks.penetrations(sunk, "start")
    assert any(part.startswith("foot") and support == "floor" for part, support, _ in deep), deep


def test_a_body_leaning_on_nothing_is_caught():
    pic = picture("legs/hip-hinge.png")
    # the same hinge with the body tipped further forward and the arms reaching out, hips not back: it would fall
    tipped = dataclasses.replace(
        pic,
        end=pic.end.set(
            tilt=88.0, shoulder_r=(170.0, 0.0, 0.0), shoulder_l=(170.0, 0.0, 0.0), elbow_r=0.0, elbow_l=0.0
        ),
    )
    assert checks.balance_offset(tipped, "end") > checks.BALANCE_MARGIN


# ------------------------------------------------------------------ what each picture shows


@pytest.mark.parametrize("name", POSED)
def test_each_picture_shows_a_start_an_end_and_a_movement_arrow(name):
    pic = picture(name)
    assert pic.arrows, f"{name}: no movement arrow"
    moved = pic.start != pic.end or pic.start_only != pic.end_only
    assert moved, f"{name}: start and end are the same"


@pytest.mark.parametrize("name", POSED)
def test_the_movement_can_be_seen_from_the_chosen_view(name):
    """The arrow's path lies mostly across the picture, not straight towards the viewer."""
    pic = picture(name)
    for arrow in pic.arrows:
        path = pic.arrow_path(arrow)
        move = sub(path[-1], path[0])
        across = length(move) ** 2 - dot(move, pic.camera.toward) ** 2
        assert length(move) > 3.0, f"{name}: the arrow shows almost no movement"
        assert math.sqrt(max(across, 0.0)) >= 0.6 * length(move), f"{name}: the movement points at the viewer"


@pytest.mark.parametrize("name", SIDEWAYS)
def test_sideways_movements_are_not_drawn_from_the_side(name):
    pic = picture(name)
    fr = body.frames(pic.end)
    _, pelvis = fr["pelvis"]
    right = (pelvis[0][2], pelvis[1][2], pelvis[2][2])  # the body's right-left axis in the world
    forward = (pelvis[0][0], pelvis[1][0], pelvis[2][0])
    # a side view looks along the right-left axis; these are seen from the front, back or above
    assert abs(dot(right, pic.camera.toward)) < 0.75, f"{name}: drawn from the side"
    assert abs(dot(forward, pic.camera.toward)) > 0.3 or pic.camera.elevation > 30


def test_the_ql_ball_sits_at_the_side_of_the_waist_not_on_the_spine():
    pic = picture("trigger-points/quadratus-lumborum.png")
    ball = next(s for s in pic.supports if s.name == "ball")
    assert 3.1 <= ball.radius <= 3.4  # a lacrosse or tennis ball
    fr = body.frames(pic.end)
    spine = body.at(fr, "waist", (-10.0, 4.0, 0.0))  # the middle of the lower back
    assert length(sub(ball.centre, spine)) > 15.0
    wall = next(s for s in pic.supports if s.name == "wall")
    assert abs(wall.sdf(ball.centre) - ball.radius) < 0.5  # between the waist and the wall
    crest = body.site(fr, "hip_crest_r")[0]
    assert 0.0 < ball.centre[1] - crest[1] < 12.0  # just above the top of the hip bone
    # seen from behind or in front (from above or not), within about 25 degrees across the floor: the ball
    # shows at the edge of the waist
    x, _, z = pic.camera.toward
    assert abs(x) / math.hypot(x, z) > 0.9


def test_the_side_of_hip_patch_lies_below_the_rim_of_the_hip_bone():
    # the page: the muscle starts just below the top of the hip bone, and the thumb goes there; with the
    # patch reaching above the rim, testers saw the hip-bone line run through it
    ((frame, _part, centre, radii),) = body._MUSCLES["glute_med_{s}"]
    rim = body.RINGS[render.LANDMARK_RINGS[0]]  # the ring drawn as the hip-bone line
    assert frame == "trunk" and rim[0] == "pelvis" and centre[1] + radii[1] < rim[1]
    # the picture (round 63: the page's ball at a wall, was the Theracane): the ball between the side of the hip and
    # the wall, touching both, on the spot under the hip-bone line and above the hip joint (not on the bony point at
    # the top of the thigh); the wall-side hand flat on the wall at shoulder height; the feet about a foot from it
    pic = picture("trigger-points/gluteus-medius.png")
    fr = body.frames(pic.end)
    ball, wall = (next(s for s in pic.supports if s.name == n) for n in ("ball", "wall"))
    spot, r = body.site(fr, "glute_med_spot_r")
    assert abs(length(sub(spot, ball.centre)) - ball.radius - r) <= 1.0, "the ball is off the side of the hip"
    assert abs(wall.sdf(ball.centre) - ball.radius) <= 1.0, "the ball is off the wall"
    crest, hip_joint = body.site(fr, "hip_crest_r")[0], fr["thigh_r"][0]
    assert hip_joint[1] < ball.centre[1] <= crest[1] - 2.0, (
        "the ball is not between the hip-bone line and the hip joint"
    )
    palm, r = body.site(fr, "palm_r")
    assert abs(wall.sdf(palm) - r) <= 1.0, "the hand is off the wall"
    assert abs(palm[1] - body.site(fr, "shoulder_r")[0][1]) <= 10.0, "the hand is not at shoulder height"
    feet = [wall.sdf(body.site(fr, n)[0]) for n in ("heel_r", "ball_r", "heel_l", "ball_l")]
    assert 25.0 <= min(feet) <= 40.0, feet
    assert "glute_med_spot_r" in pic.muscles
    # seen from behind (within about 25 degrees across the floor), as the QL release, the wall edge-on
    x, _, z = pic.camera.toward
    assert -x > 0.9 * math.hypot(x, z)


def test_the_hip_hinge_moves_the_hips_back_with_a_neutral_neck():
    pic = picture("legs/hip-hinge.png")
    assert pic.end.root[0] < pic.start.root[0] - 8.0
    assert abs(pic.end.neck[0]) <= 10.0 and abs(pic.end.spine[0]) <= 10.0
    assert [a.site for a in pic.arrows] == ["sacrum"]


def test_the_calf_stretch_bends_the_front_knee_over_the_toes_with_the_back_heel_down():
    pic = picture("stretches/calves.png")
    fr = body.frames(pic.end)
    assert pic.end.knee_r == 0.0 and pic.end.knee_l > 25.0  # back leg straight, front knee bent
    knee, ankle = fr["shin_l"][0], fr["foot_l"][0]
    assert knee[0] > ankle[0] + 8.0  # forward, over the toes
    assert ("heel_r", "floor") in pic.contacts["end"]


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_picture_has_alt_text_describing_it(name):
    alt = picture(name).alt
    assert len(alt) >= 30 and not alt.lower().startswith(("picture of", "image of"))


# ------------------------------------------------------------------ colours


def test_the_figure_arrows_muscle_and_equipment_stand_out_from_the_background():
    for colour in (style.NEAR, style.FAR, style.ARROW, style.MUSCLE, style.PROP):
        assert style.contrast(colour, style.BACKGROUND) >= 3.0, colour
    # three meanings, three clearly different colours (muscle, arrow, equipment)
    hues = [_hue(c) for c in (style.MUSCLE, style.ARROW, style.PROP)]
    for i, a in enumerate(hues):
        for b in hues[i + 1 :]:
            assert min(abs(a - b), 360 - abs(a - b)) >= 60


def _hue(rgb) -> float:
    import colorsys

    return colorsys.rgb_to_hsv(*(v / 255 for v in rgb))[0] * 360


# ------------------------------------------------------------------ the files


def test_every_picture_file_is_in_the_pictures_folder_at_full_size():
    for name in BUILDERS:
        path = ROOT / "pictures" / name
        assert path.is_file(), f"pictures/{name} is missing: run .venv/bin/python -m guide.figures"
        with Image.open(path) as image:
            assert image.size == (figures.WIDTH, figures.HEIGHT)
        assert path.stat().st_size < 150_000
    drawn = {p.relative_to(ROOT / "pictures").as_posix() for p in (ROOT / "pictures").glob("*/*.png")}
    assert drawn == set(BUILDERS), drawn ^ set(BUILDERS)


SAMPLE = ["core/bird-dog.png", "trigger-points/quadratus-lumborum.png"]


def test_drawing_is_deterministic_and_matches_the_committed_files(tmp_path):
    for run in ("a", "b"):
        assert main(["--only", *SAMPLE, "--out", str(tmp_path / run)]) == 0
    for name in SAMPLE:
        first = (tmp_path / "a" / name).read_bytes()
        assert first == (tmp_path / "b" / name).read_bytes(), f"{name} differs between two runs"
        committed = (ROOT / "pictures" / name).read_bytes()
        assert hashlib.sha256(first).digest() == hashlib.sha256(committed).digest(), (
            f"pictures/{name} differs from what the program draws now: run .venv/bin/python -m guide.figures"
        )


def test_the_command_refuses_an_unknown_name(tmp_path, capsys):
    assert main(["--only", "core/no-such.png", "--out", str(tmp_path)]) == 2
    assert "unknown picture" in capsys.readouterr().err


def test_a_pose_is_plain_data():
    p = Pose()
    assert p.set(knee_r=10).knee_r == 10.0 and p.moved(1, 2, 3).root == (1.0, 93.5, 3.0)


def test_every_page_describes_its_picture_with_the_pictures_own_alt_text():
    """The alt text is written once, beside the drawing (Picture.alt); each page carries it."""
    from guide import front_matter
    from guide.project import DOCS

    for page in sorted(DOCS.rglob("*.md")):
        image = front_matter.split(page.read_text(encoding="utf-8"))[0].get("image")
        if isinstance(image, dict) and image.get("file") in scenes.BUILDERS:
            assert image["alt"] == scenes.picture(image["file"]).alt, (
                f"{page}: image.alt differs from the alt text of its drawing in guide/figures/scenes/"
            )


def _rectangle(layer: int, box, colour):
    (x0, y0), (x1, y1) = box
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return render.Item(layer, 0.0, corners, lambda c: c.polygon(corners, colour))


def _pixels_near(image, colour) -> int:
    """How many pixels are within a contrast of 1.2 of colour (counted per distinct colour, not per pixel)."""
    counts = image.convert("RGB").getcolors(1 << 24)
    return sum(n for n, pixel in counts if style.contrast(pixel, colour) < 1.2)


def _green_pixels(image) -> int:
    return _pixels_near(image, style.PROP)


def test_a_close_up_shows_its_spot_larger_in_a_top_corner():
    # a small green disc in the middle of an otherwise empty picture
    dot = render.Item(2, 0.0, [(-50, -30), (50, 30)], lambda c: c.circle((0, 0), 2.0, style.PROP))
    plain = render.paint([dot], margin=0.0)
    close = render.paint([dot], margin=0.0, close_up=((0, 0), 4.0))
    width, height = plain.size
    corners = [close.crop((0, 0, width // 3, height // 2)), close.crop((width * 2 // 3, 0, width, height // 2))]
    shown = max(_green_pixels(corner) for corner in corners)
    assert shown > render.CLOSE_UP_ZOOM**2 * 0.8 * _green_pixels(plain), (shown, _green_pixels(plain))
    with pytest.raises(ValueError, match="outside the picture"):
        render.paint([dot], margin=0.0, close_up=((49, 0), 4.0))


def test_a_close_up_with_its_own_view_shows_that_view_in_its_circle():
    # the spot is a tiny green dot; the close-up's own view (another camera's items) is a large disc
    dot = render.Item(2, 0.0, [(-50, -30), (50, 30)], lambda c: c.circle((0, 0), 1.0, style.PROP))
    disc = render.Item(2, 0.0, [], lambda c: c.circle((0, 0), 10.0, style.PROP))
    zoomed = render.paint([dot], margin=0.0, close_up=((0, 0), 4.0))
    own = render.paint([dot], margin=0.0, close_up=((0, 0), 4.0), close_up_view=([disc], (-12.0, -12.0, 12.0, 12.0)))
    width, height = own.size

    def corner(image):
        halves = [image.crop((0, 0, width // 3, height // 2)), image.crop((width * 2 // 3, 0, width, height // 2))]
        return max(_green_pixels(c) for c in halves)

    # the disc fills most of the circle's width, the zoomed dot a quarter of it
    assert corner(own) > 3 * corner(zoomed), (corner(own), corner(zoomed))


WALLED = [name for name in POSED if any(getattr(s, "kind", "") == "wall" for s in picture(name).supports)]


@pytest.mark.parametrize("name", WALLED)
def test_every_wall_stands_on_the_drawn_floor(name):
    # Test 51 saw the QL wall's foot climb off the floor's far edge into the sky: the floor must
    # reach under the far end of every wall's foot, as painted (and a wall past it is caught below).
    pic = picture(name)
    cam = pic.camera
    floor = pic.end_items(cam)[0]
    assert floor.depth == -1e9, "the first item is not the floor"
    for wall in (s for s in pic.supports if getattr(s, "kind", "") == "wall"):
        far = min(wall.foot(), key=lambda p: dot(p, cam.toward))  # the corner furthest from the camera
        assert _floor_under(floor, cam, far), f"{name}: the foot of the {wall.name} at {far} is past the floor's edge"
    if cam.elevation >= 1.0:  # the check itself: a point 20 m further away is past the floor
        away = (far[0] - 2000 * cam.toward[0], 0.0, far[2] - 2000 * cam.toward[2])
        assert not _floor_under(floor, cam, away)


def _floor_under(floor, cam, point) -> bool:
    """Whether the floor item, painted alone, is under the point (just in front of it, on screen)."""
    spot = cam.xy(point)
    where = []
    marker = render.Item(5, 0.0, [spot, (spot[0] - 300, spot[1] - 300)], lambda c: where.append(c.px(spot)))
    image = render.paint([floor, marker], margin=0.0)
    x, y = (v / render.SS for v in where[0])
    return image.getpixel((round(x), round(y) + 3)) == style.FLOOR


def test_a_close_up_covers_the_floor_rather_than_the_person():
    dot = render.Item(2, 0.0, [(-50, -30), (50, 30)], lambda c: c.circle((0, 0), 2.0, style.PROP))
    floor = _rectangle(0, ((0, -30), (50, 30)), style.FLOOR)  # the right half: floor
    person = _rectangle(2, ((-50, 10), (-20, 30)), style.NEAR)  # the top left: the person
    image = render.paint([dot, floor, person], margin=0.0, close_up=((0, 0), 4.0))
    width, height = image.size
    right = image.crop((width * 2 // 3, 0, width, height // 2))
    assert _green_pixels(right) > 1000, "the close-up went over the person"


def test_an_inset_shows_a_second_view_in_a_framed_panel_in_a_top_corner():
    dot = render.Item(2, 0.0, [(-50, -30), (50, 30)], lambda c: c.circle((0, 0), 2.0, style.PROP))
    disc = render.Item(2, 0.0, [], lambda c: c.circle((0, 0), 10.0, style.PROP))  # the second view: a large disc
    plain = render.paint([dot], margin=0.0)
    image = render.paint([dot], margin=0.0, inset=([disc], (-20.0, -20.0, 20.0, 20.0)))
    width, height = image.size
    corners = [image.crop((0, 0, width // 3, height // 2)), image.crop((width * 2 // 3, 0, width, height // 2))]
    corner = max(corners, key=_green_pixels)
    assert _green_pixels(corner) > 8 * _green_pixels(plain), (_green_pixels(corner), _green_pixels(plain))
    frame = _pixels_near(corner, style.CLOSE_UP)
    assert frame > 5000, "no frame round the inset"


def test_an_inset_covers_the_floor_rather_than_the_person():
    disc = render.Item(2, 0.0, [], lambda c: c.circle((0, 0), 10.0, style.PROP))
    floor = _rectangle(0, ((0, -30), (50, 30)), style.FLOOR)  # the right half: floor
    person = _rectangle(2, ((-50, 10), (-20, 30)), style.NEAR)  # the top left: the person
    image = render.paint([floor, person], margin=0.0, inset=([disc], (-20.0, -20.0, 20.0, 20.0)))
    width, height = image.size
    assert _green_pixels(image.crop((width * 2 // 3, 0, width, height // 2))) > 10000, "the inset went over the person"


def test_a_close_up_and_an_inset_take_one_top_corner_each():
    dot = render.Item(2, 0.0, [(-50, -30), (50, 30)], lambda c: c.circle((0, 0), 2.0, style.PROP))
    disc = render.Item(2, 0.0, [], lambda c: c.circle((0, 0), 10.0, style.PROP))
    image = render.paint([dot], margin=0.0, close_up=((0, 0), 4.0), inset=([disc], (-20.0, -20.0, 20.0, 20.0)))
    width, height = image.size
    for corner in (image.crop((0, 0, width // 3, height // 2)), image.crop((width * 2 // 3, 0, width, height // 2))):
        framed = _pixels_near(corner, style.CLOSE_UP)
        assert _green_pixels(corner) > 1000 and framed > 1000, "the close-up and the inset share a corner"


def _changed_rows(a, b) -> list[int]:
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L").point(lambda v: 255 if v > 60 else 0)
    width, height = diff.size
    data = diff.load()
    return [y for y in range(height) if any(data[x, y] for x in range(0, width, 2))]


def test_landmarks_draw_the_lowest_rib_and_the_top_of_the_hip_bone_on_the_flank_you_see():
    pose = Pose()
    cam = render.Camera(0, 0)  # from the right side of a figure that faces +x

    def drawn(sides):
        return render.paint(render.figure_items(pose, cam, landmarks=sides), margin=0.0)

    plain = drawn(())
    rows = _changed_rows(plain, drawn(("r",)))
    assert rows, "no landmark lines drawn on the right flank"
    bands = [[rows[0]]]
    for y in rows[1:]:
        (bands[-1].append(y) if y - bands[-1][-1] <= 3 else bands.append([y]))
    assert len(bands) == 2, f"expected two lines (rib, hip bone), found {len(bands)} bands"
    # the left flank faces away from this camera: nothing to draw
    assert not _changed_rows(plain, drawn(("l",)))


def _pixels_of(image, colour) -> int:
    counts = {c: n for n, c in image.convert("RGB").getcolors(1 << 24)}
    return counts.get(tuple(colour), 0)


def _drawn_from_the_right(pose, **shading):
    """The figure alone, seen from the right (the left limbs on the far side)."""
    return render.paint(render.figure_items(pose, render.Camera(0, 0), **shading), margin=0.0)


def test_a_limb_named_dark_is_drawn_in_the_near_colour_on_the_far_side():
    pose = Pose(hip_l=(40, 0, 0), shoulder_l=(60, 0, 0))  # the far leg and arm forward, clear of the body
    plain, leg_dark = _drawn_from_the_right(pose), _drawn_from_the_right(pose, dark=("leg_l",))
    assert _pixels_of(plain, style.FAR) > 2000, "the far limbs should be light to begin with"
    assert _pixels_of(leg_dark, style.FAR) < 0.6 * _pixels_of(plain, style.FAR)
    assert _pixels_of(leg_dark, style.NEAR) > _pixels_of(plain, style.NEAR)


def test_a_limb_named_light_is_drawn_in_the_far_colour_on_the_near_side():
    pose = Pose(hip_r=(40, 0, 0), shoulder_r=(60, 0, 0))  # the near leg and arm forward, clear of the body
    plain, arm_light = _drawn_from_the_right(pose), _drawn_from_the_right(pose, light=("arm_r",))
    assert _pixels_of(arm_light, style.FAR) > _pixels_of(plain, style.FAR) + 1000
    assert _pixels_of(arm_light, style.NEAR) < _pixels_of(plain, style.NEAR) - 1000


def test_a_start_only_box_moves_with_a_start_drawn_beside():
    from guide.figures import picture as picture_module
    from guide.figures import props

    step = props.step(18.0, 58.0)
    moved = picture_module._moved(step, (-50.0, 0.0, 0.0))
    assert (moved.lo[0], moved.hi[0]) == (-32.0, 8.0) and (step.lo[0], step.hi[0]) == (18.0, 58.0)
    with pytest.raises(TypeError, match="only a box"):
        picture_module._moved(props.Ball("ball", False, (0.0, 4.0, 0.0), 3.2), (-50.0, 0.0, 0.0))


def test_equipment_at_the_start_is_faint_green_not_the_start_figures_grey():
    from guide.figures import props

    cam = render.Camera(20, 20)
    step = props.step(-20.0, 20.0, width=30.0)
    image = render.paint(render.support_items(step, cam, ghost=True), margin=0.0)
    colours = {c for _, c in image.convert("RGB").getcolors(1 << 24)}
    assert style.GHOST not in colours
    greenish = [c for c in colours if c[1] > c[0] + 15 and c[1] > c[2] + 10]
    assert greenish, "a start-only step should still read as green equipment"


def test_a_muscle_that_stretches_is_striped_and_one_that_works_is_solid():
    pose = Pose(hip_r=(40, 0, 0))
    cam = render.Camera(0, 0)

    def drawn(stretched):
        items = render.figure_items(pose, cam, muscles=["hamstrings_r"], stretched=stretched)
        return render.paint(items, margin=0.0)

    worked, stretched = drawn(False), drawn(True)
    assert _pixels_of(worked, style.MUSCLE) > 2000 and _pixels_of(worked, style.STRETCH) == 0
    assert _pixels_of(stretched, style.STRETCH) > 0.2 * _pixels_of(worked, style.MUSCLE)
    assert _pixels_of(stretched, style.MUSCLE) > 0.2 * _pixels_of(worked, style.MUSCLE)
    assert picture("stretches/hamstrings.png").stretches and not picture("core/plank.png").stretches


def test_the_head_has_a_nose_in_profile_and_brown_hair_seen_from_behind():
    pose = Pose()
    side = render.paint(render.figure_items(pose, render.Camera(0, 0)), margin=0.0, extra=[(-40, 0), (40, 190)])
    plain = render.paint(
        render.figure_items(pose, render.Camera(0, 0), marks=False), margin=0.0, extra=[(-40, 0), (40, 190)]
    )

    # the nose sticks out in front of the face (+x): more figure to the right of the head
    def right_edge(image):
        box = image.convert("RGB").crop((0, 0, image.width, image.height // 6))
        data = box.load()
        return max(x for x in range(box.width) for y in range(0, box.height, 3) if data[x, y] == style.NEAR)

    assert right_edge(side) > right_edge(plain)
    back = render.paint(render.figure_items(pose, render.Camera(180, 0)), margin=0.0)
    assert _pixels_of(back, style.HAIR) > 2000
    r, g, b = style.HAIR
    assert r > g > b and r - b > 40, "hair should be brown, not a dark disc like the body"


@pytest.mark.parametrize("name", POSED)
def test_every_keep_straight_ruler_lies_along_a_straight_body(name):
    assert checks.bent_along_straight(picture(name)) == []


def test_a_keep_straight_ruler_beside_a_bent_body_is_caught_and_drawn():
    from guide.figures.picture import Straight

    bridge = picture("core/glute-bridge.png")
    ruler = Straight("knee_r", "shoulder_r", ("side_hip_r",), -12.0)
    up = dataclasses.replace(bridge, straight=[ruler])
    assert checks.bent_along_straight(up) == []
    down = dataclasses.replace(up, end=bridge.start)  # hips still on the mat: not a straight line
    assert [site for site, _ in checks.bent_along_straight(down)] == ["side_hip_r"]
    item = render.straight_item([(0.0, 0.0), (40.0, 0.0)], 5.0)
    assert item.points == [(0.0, 5.0), (40.0, 5.0)]
    image = render.paint([item], margin=0.1, extra=[(0.0, -20.0), (40.0, 20.0)])
    assert _pixels_of(image, style.STRAIGHT) > 1000
