"""Normal ranges of joint motion: no pose may leave them.

Source: American Academy of Orthopaedic Surgeons, "Joint Motion: Method of Measuring and
Recording" (Chicago: AAOS, 1965), the normal values for adults, as reprinted in the
appendix tables of C. C. Norkin and D. J. White, "Measurement of Joint Motion: A Guide to
Goniometry" (F. A. Davis). Degrees, measured from the anatomical position (standing, arms
by the sides, palms forward), the way a goniometer reads them.

Sign convention of the pose model (guide.figures.body.Pose): positive is flexion,
abduction, internal rotation, dorsiflexion, side bend or rotation to the right; negative is
the opposite movement (extension, adduction, external rotation, plantarflexion, to the
left). So a knee or an elbow that bends backwards has a negative angle and fails here.

Where the AAOS table gives no figure for one direction, the limit is a conservative one of
ours and is marked "(ours)": straight knees and elbows do not hyperextend at all, and
shoulder adduction (the arm across the front of the body) stops at 45 degrees.

The wrist is not in the table: the figure's forearm has no twist, so a hand flat on the floor
(in life a forearm turned palm down and a wrist bent back) is drawn as a plain bend of the
hand; the solver keeps the hand within 90 degrees of the forearm line.
"""

from __future__ import annotations

SOURCE = (
    "American Academy of Orthopaedic Surgeons, Joint Motion: Method of Measuring and "
    "Recording (AAOS, 1965); normal adult values as tabulated in Norkin & White, "
    "Measurement of Joint Motion: A Guide to Goniometry"
)

# (joint, movement): (lowest, highest) in degrees, with the AAOS figure for each end.
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("spine", "flexion"): (-25, 80),  # thoracolumbar: extension 25, flexion 80
    ("spine", "side bend"): (-35, 35),  # lateral flexion 35 each way
    ("spine", "rotation"): (-45, 45),  # rotation 45 each way
    ("neck", "flexion"): (-45, 45),  # cervical: extension 45, flexion 45
    ("neck", "side bend"): (-45, 45),  # lateral flexion 45
    ("neck", "rotation"): (-60, 60),  # rotation 60
    ("hip", "flexion"): (-30, 120),  # extension 30, flexion 120
    ("hip", "abduction"): (-30, 45),  # adduction 30, abduction 45
    ("hip", "internal rotation"): (-45, 45),  # external 45, internal 45
    ("knee", "flexion"): (0, 135),  # flexion 135; no hyperextension (ours)
    ("ankle", "dorsiflexion"): (-50, 20),  # plantarflexion 50, dorsiflexion 20
    ("shoulder", "flexion"): (-60, 180),  # extension 60, flexion 180
    ("shoulder", "abduction"): (-45, 180),  # abduction 180; adduction 45 (ours)
    ("shoulder", "internal rotation"): (-90, 70),  # external 90, internal 70
    ("elbow", "flexion"): (0, 150),  # flexion 150; no hyperextension (ours)
}

# Which Pose field and index hold each movement.
FIELDS: dict[tuple[str, str], tuple[str, int | None]] = {
    ("spine", "flexion"): ("spine", 0),
    ("spine", "side bend"): ("spine", 1),
    ("spine", "rotation"): ("spine", 2),
    ("neck", "flexion"): ("neck", 0),
    ("neck", "side bend"): ("neck", 1),
    ("neck", "rotation"): ("neck", 2),
    ("hip", "flexion"): ("hip_{s}", 0),
    ("hip", "abduction"): ("hip_{s}", 1),
    ("hip", "internal rotation"): ("hip_{s}", 2),
    ("knee", "flexion"): ("knee_{s}", None),
    ("ankle", "dorsiflexion"): ("ankle_{s}", None),
    ("shoulder", "flexion"): ("shoulder_{s}", 0),
    ("shoulder", "abduction"): ("shoulder_{s}", 1),
    ("shoulder", "internal rotation"): ("shoulder_{s}", 2),
    ("elbow", "flexion"): ("elbow_{s}", None),
}


def angles(pose) -> list[tuple[str, float, tuple[float, float]]]:
    """Every checked angle of a pose: (label, value, (low, high))."""
    out = []
    for key, (field, index) in FIELDS.items():
        sides = ("r", "l") if "{s}" in field else ("",)
        for side in sides:
            value = getattr(pose, field.format(s=side))
            value = value if index is None else value[index]
            label = f"{key[0]}{' ' + {'r': 'right', 'l': 'left'}[side] if side else ''} {key[1]}"
            out.append((label, float(value), RANGES[key]))
    return out


def violations(pose, slack: float = 0.0) -> list[str]:
    """Plain sentences for every angle outside its normal range (empty when the pose is fine)."""
    return [
        f"{label} is {value:.0f} degrees, outside {low:g} to {high:g}"
        for label, value, (low, high) in angles(pose)
        if not low - slack <= value <= high + slack
    ]


def limits_for(field: str, index: int | None) -> tuple[float, float] | None:
    """The range of one Pose parameter, for the solver to stay inside."""
    base = field.replace("_r", "_{s}").replace("_l", "_{s}")
    for key, (f, i) in FIELDS.items():
        if f == base and i == index:
            return RANGES[key]
    return None
