"""The exercise pictures: what each one shows, built from the steps on its page.

Each builder returns a Picture: the supports, a start pose and an end pose (solved so that
what carries weight touches its support), the contacts the tests check, the worked muscles,
the movement arrow and the view. The figure faces +x unless said otherwise; a side view
(azimuth 0) shows its right side. Lying on the side, the figure faces the viewer (+z).

One module per part of the guide (core, stretches, legs, foam_rolling, trigger_points), what
they share in common.py; this module lists the pictures and keeps their solved poses in
poses.json, so a draw does not solve every pose again.
"""

from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import fields
from functools import cache
from pathlib import Path

from ..body import Pose
from ..solve import replaying
from .core import back_extension, bird_dog, dead_bug, glute_bridge, plank, side_plank
from .foam_rolling import roll_calves, roll_glutes, roll_hamstrings, roll_outer_thigh, roll_quadriceps
from .legs import calf_raise, clamshell, hip_hinge, side_leg_raise, sit_to_stand, split_squat, step_up
from .stretches import (
    calves_stretch,
    childs_pose,
    glutes_stretch,
    hamstrings_stretch,
    hip_flexors_stretch,
    inner_thigh_stretch,
    knee_to_chest,
    lower_back_rotation,
    press_up,
    quadriceps_stretch,
    side_bend,
)
from .trigger_points import gluteus_medius, quadratus_lumborum

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
}


POSES_FILE = Path(__file__).resolve().parent.parent / "poses.json"
SOURCES = [POSES_FILE.with_name(n) for n in ("body.py", "geometry.py", "props.py", "ranges.py", "solve.py")]
SOURCES += sorted(Path(__file__).resolve().parent.glob("*.py"))


def code_hash() -> str:
    """A hash of the code that decides the poses: of its syntax tree, so that reformatting the
    code or editing comments and docstrings keeps the stored poses."""
    h = hashlib.sha256()
    for name in SOURCES:
        tree = ast.parse(name.read_text())
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
