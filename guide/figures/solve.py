"""Put a pose where it belongs: adjust a few chosen angles (inside their normal ranges) and
the body's position until named sites touch their supports or reach their targets.

A small damped least-squares solver (Levenberg-Marquardt) with numerical derivatives; pure
Python and deterministic. Exercises describe what must touch what; the solver finds angles.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from .body import Pose, frames, site
from .geometry import Vec, sub
from .ranges import limits_for

Goal = Callable[[dict], list[float]]
Key = tuple[str, "int | None"]


def touch(name: str, support, gap: float = 0.0, weight: float = 1.0) -> Goal:
    """The site's surface touches the support (its distance to it equals its radius)."""

    def goal(fr):
        c, r = site(fr, name)
        return [weight * (support.sdf(c) - r - gap)]

    return goal


def reach(name: str, target: Vec, axes: str = "xyz", weight: float = 1.0) -> Goal:
    """The site's centre is at the target (only along the axes named)."""
    idx = ["xyz".index(a) for a in axes]

    def goal(fr):
        c, _ = site(fr, name)
        return [weight * (c[i] - target[i]) for i in idx]

    return goal


def meet(a: str, b: str, gap: float = 0.0, weight: float = 1.0) -> Goal:
    """Two body sites touch each other (a hand on a knee, one ankle on the other)."""
    from .geometry import length

    def goal(fr):
        (ca, ra), (cb, rb) = site(fr, a), site(fr, b)
        return [weight * (length(sub(ca, cb)) - ra - rb - gap)]

    return goal


def fixed(fn, weight: float = 1.0) -> Goal:
    """Any residual given as a function of the frames."""

    def goal(fr):
        return [weight * v for v in fn(fr)]

    return goal


def level(a: str, b: str, axis: int = 1, weight: float = 1.0) -> Goal:
    """Two sites at the same height (or the same x or z, by axis)."""

    def goal(fr):
        return [weight * (site(fr, a)[0][axis] - site(fr, b)[0][axis])]

    return goal


def direction(frame: str, local_axis: Vec, target: Vec, weight: float = 20.0) -> Goal:
    """A segment's axis points along target (for example a shin flat, a back level)."""
    from .geometry import apply, unit

    def goal(fr):
        _, m = fr[frame]
        d = unit(apply(m, local_axis))
        t = unit(target)
        return [weight * (d[i] - t[i]) for i in range(3)]

    return goal


def _bounds(key: Key):
    if key[0] == "root" or key[0] in ("yaw", "tilt", "roll", "twist"):
        return (-math.inf, math.inf)
    if key[0].startswith("wrist"):
        return (-90.0, 90.0)
    return limits_for(key[0], key[1]) or (-math.inf, math.inf)


def _residuals(pose: Pose, goals: list[Goal]) -> list[float]:
    fr = frames(pose)
    out: list[float] = []
    for g in goals:
        out.extend(g(fr))
    return out


def _solve_linear(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


# Solving every picture takes a minute or two, so each picture's solutions are kept in
# poses.json beside this file, with a hash of the code that made them. While a picture is
# built with a valid record, solve() hands back the recorded results in order instead of
# solving again (the same code makes the same calls in the same order).
_replay: list | None = None
_record: list | None = None


def replaying(results: list | None, record: list | None) -> None:
    global _replay, _record
    _replay, _record = results, record


def solve(pose: Pose, keys: list[Key], goals: list[Goal], iterations: int = 150, margin: float = 0.5) -> Pose:
    """Adjust the parameters named by keys so every goal's residuals are as near zero as possible.

    Joint angles stay `margin` degrees inside their normal ranges."""
    if _replay:
        return _replay.pop(0)
    result = _solve(pose, keys, goals, iterations, margin)
    if _record is not None:
        _record.append(result)
    return result


def _solve(pose: Pose, keys: list[Key], goals: list[Goal], iterations: int, margin: float) -> Pose:
    bounds = []
    for k in keys:
        lo, hi = _bounds(k)
        bounds.append((lo + margin, hi - margin))

    def clamp(p: Pose) -> Pose:
        for k, (lo, hi) in zip(keys, bounds, strict=False):
            p = p.put(k, min(max(p.get(k), lo), hi))
        return p

    pose = clamp(pose)
    res = _residuals(pose, goals)
    cost = sum(r * r for r in res)
    lam = 1e-2
    stalled = 0
    for _ in range(iterations):
        if cost < 1e-6 or stalled >= 5:
            break
        before = cost
        jac = []
        for k in keys:
            h = 1e-3
            r2 = _residuals(pose.put(k, pose.get(k) + h), goals)
            jac.append([(b - a) / h for a, b in zip(res, r2, strict=False)])
        n = len(keys)
        jtj = [[sum(jac[i][m] * jac[j][m] for m in range(len(res))) for j in range(n)] for i in range(n)]
        jtr = [sum(jac[i][m] * res[m] for m in range(len(res))) for i in range(n)]
        improved = False
        for _ in range(12):
            a = [[jtj[i][j] + (lam * (jtj[i][i] + 1e-6) if i == j else 0.0) for j in range(n)] for i in range(n)]
            step = _solve_linear(a, [-v for v in jtr])
            trial = pose
            for k, d in zip(keys, step, strict=False):
                trial = trial.put(k, trial.get(k) + d)
            trial = clamp(trial)
            r_trial = _residuals(trial, goals)
            c_trial = sum(r * r for r in r_trial)
            if c_trial < cost:
                pose, res, cost = trial, r_trial, c_trial
                lam = max(lam / 3, 1e-7)
                improved = True
                break
            lam *= 4
        if not improved:
            break
        stalled = stalled + 1 if before - cost < 1e-6 * (1.0 + before) else 0
    return pose


def residual(pose: Pose, goals: list[Goal]) -> float:
    return max((abs(r) for r in _residuals(pose, goals)), default=0.0)


__all__ = ["direction", "level", "reach", "residual", "solve", "sub", "touch"]


def clear(
    *supports, parts: tuple[str, ...] | None = None, weight: float = 2.0, allow: float = 0.3, trunk: bool = True
) -> Goal:
    """Nothing of the body (or of the named parts) goes into the supports: a soft barrier."""
    from .body import LIMBS, SIDES, at

    names = [f"{limb}_{s}" for limb in LIMBS for s in SIDES]
    if parts:
        names = [n for n in names if n.rsplit("_", 1)[0] in parts or n in parts]

    def goal(fr):
        out = []
        for n in names:
            limb = n.rsplit("_", 1)[0]
            spheres = LIMBS[limb]
            pts = []
            for (a, ra), (b, rb) in itertools.pairwise(spheres):
                for t in (0.0, 0.5):
                    pts.append((tuple(x + (y - x) * t for x, y in zip(a, b, strict=False)), ra + (rb - ra) * t))
            pts.append(spheres[-1])
            for c, r in pts:
                w = at(fr, n, c)
                for s in supports:
                    out.append(weight * min(0.0, s.sdf(w) - r + allow))
        if trunk:
            from .body import HEAD, NECK, RINGS, ring

            for spec in RINGS:
                for w in ring(fr, spec, n=12):
                    for s in supports:
                        out.append(weight * min(0.0, s.sdf(w) + allow))
            for c, r in HEAD + NECK:
                w = at(fr, "neck", c)
                for s in supports:
                    out.append(weight * min(0.0, s.sdf(w) - r + allow))
        return out

    return goal


def over(*names: str, weight: float = 1.0, axes: str = "xz") -> Goal:
    """The body's centre of mass is over the middle of the named sites (seen from above)."""
    from .body import centre_of_mass

    idx = ["xyz".index(a) for a in axes]

    def goal(fr):
        com = centre_of_mass(fr)
        pts = [site(fr, n)[0] for n in names]
        return [weight * (com[i] - sum(p[i] for p in pts) / len(pts)) for i in idx]

    return goal
