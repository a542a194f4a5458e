"""The picture legend: one colour for each meaning, the same in every picture.

    figure (near side)      dark slate     the person; the limbs nearer to you, and a far limb a
                                           picture picks out (Picture.dark)
    figure (far side)       light slate    the limbs on the far side of the body, and a near limb
                                           a picture sets apart as still (Picture.light)
    start position          pale grey      where the movement starts (drawn faint, behind)
    worked muscle           vermilion      solid: the muscle that works, or that a ball or roller
                                           presses; striped: the muscle that stretches (pictures
                                           in the Stretches part)
    hair                    brown          the back and top of the head
    movement arrow          blue           which way to move, and how far
    equipment               green          ball, foam roller, strap, chair, step, mat, cushion
                                           (a ball also has a white seam)
    floor and wall          warm grey      where the body rests
    straight ruler          dark warm grey a line with a bar across each end, beside the body:
                                           keep that part in one straight line
    close-up                dark warm grey a ring round a small spot (where a ball goes) and the
                                           same spot larger in a circle in a top corner

The contrast ratios (WCAG 2 formula) against the background are checked by the tests.
"""

from __future__ import annotations

BACKGROUND = (250, 250, 246)
FLOOR = (226, 222, 212)
FLOOR_LINE = (150, 142, 128)
# walls nearly as pale as the room behind them, so they read as walls, not floor (blind test 30: the
# QL release's side wall, then darker than the floor, looked like floor or a shadow)
WALL = (242, 240, 234)
WALL_EDGE = (150, 142, 128)
CLOSE_UP = (104, 96, 84)
STRAIGHT = (104, 96, 84)  # the "keep this straight" ruler beside the body

NEAR = (44, 58, 76)
FAR = (106, 123, 143)
HAIR = (92, 58, 36)  # brown: from behind, the head reads as hair, not a dark disc
SPINE_LINE = (96, 112, 132)
LANDMARK = (250, 250, 246)  # the lowest rib and the top of the hip bone, on the flank
GHOST = (204, 210, 218)
GHOST_HAIR = (176, 156, 142)  # the start figure's hair, where its face is drawn (Picture.start_face)
GHOST_MARK = (112, 122, 136)  # its eyes and mouth: darker than its pale face
GHOST_PROP = (196, 224, 204)  # equipment where it was at the start: a faint green, still equipment
FACE_MARK = (250, 250, 246)

MUSCLE = (222, 78, 40)
STRETCH = (248, 186, 160)  # the light stripes on a muscle that stretches
ARROW = (22, 96, 196)

PROP = (38, 128, 78)  # equipment, main colour
PROP_LIGHT = (150, 205, 168)  # large flat equipment (mat, cushion, towel) and lit faces
PROP_DARK = (22, 88, 52)  # edges and shaded faces
PROP_MARK = (250, 250, 246)  # the seam on a ball, rings on a roller


def _channel(c: int) -> float:
    c = c / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb) -> float:
    r, g, b = (_channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
