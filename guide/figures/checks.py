"""Checks from the geometry, used by the tests: joint ranges, weight on its supports, nothing
through a support, the body's weight over what holds it up."""

from __future__ import annotations

import math

from . import body, ranges
from .geometry import distance_to_polygon, hull, off_line
from .props import Ball, Box, Roller

CONTACT_TOLERANCE = 1.5  # cm: a weight-bearing site is within this of its support's surface
PENETRATION_TOLERANCE = 1.5  # cm: soft tissue may sink this far into a support, no further
BALANCE_MARGIN = 6.0  # cm: the centre of mass may lie this far outside the supporting area
STRAIGHT_TOLERANCE = 4.0  # cm: a site a "keep straight" ruler passes may lie this far off its line


def poses(pic):
    return [("start", pic.start), ("end", pic.end)]


def range_problems(pose) -> list[str]:
    return ranges.violations(pose)


def contact_gaps(pic, which: str) -> list[tuple[str, str, float]]:
    """(site, support, gap in cm) for every declared contact: 0 is touching, positive is a gap."""
    supports = {s.name: s for s in pic.supports_at(which)}
    fr = body.frames(pic.pose(which))
    out = []
    for name, support in pic.contacts[which]:
        c, r = body.site(fr, name)
        out.append((name, support, supports[support].sdf(c) - r))
    return out


def penetrations(pic, which: str, tolerance: float = PENETRATION_TOLERANCE) -> list[tuple[str, str, float]]:
    """(body part, support, depth in cm) wherever the body goes into a support deeper than allowed."""
    worst: dict[tuple[str, str], float] = {}
    for part, c, r in body.samples(pic.pose(which)):
        for s in pic.supports_at(which):
            d = s.sdf(c) - r
            if d < -tolerance:
                key = (part, s.name)
                worst[key] = min(worst.get(key, 0.0), d)
    return [(p, s, -d) for (p, s), d in sorted(worst.items())]


def prop_gaps(pic, which: str) -> list[tuple[str, str, float]]:
    """Balls and rollers rest on something: (prop, what it rests on, gap in cm). A rolled towel
    may rest on the body (a roll laid across the heels): the nearest part below its axis counts."""
    supports = pic.supports_at(which)
    out = []
    for s in supports:
        if isinstance(s, Roller) and s.kind == "towel":
            lower = [(n, s.sdf(c) - r) for n, c, r in body.samples(pic.pose(which)) if c[1] < s.centre[1]]
            out.append(min(((s.name, n, g) for n, g in lower), key=lambda t: t[2], default=(s.name, "-", math.inf)))
        elif isinstance(s, Roller):
            bottom = (s.centre[0], s.centre[1] - s.radius, s.centre[2])
            under = min(supports, key=lambda o: o.sdf(bottom) if o is not s else math.inf)
            out.append((s.name, under.name, under.sdf(bottom)))
        if isinstance(s, Ball):
            others = [o for o in supports if o is not s]
            nearest = min(others, key=lambda o: abs(o.sdf(s.centre) - s.radius))
            out.append((s.name, nearest.name, nearest.sdf(s.centre) - s.radius))
    return out


def untouched_cushions(pic) -> list[tuple[str, float]]:
    """(cushion, gap in cm) for every cushion, block or towel drawn solid that the solid (end)
    figure does not touch: a block that touches nothing leaves a reader guessing what it is for."""
    samples = body.samples(pic.end)
    out = []
    for s in pic.supports + pic.end_only:
        if (isinstance(s, Box) and s.kind == "cushion") or (isinstance(s, Roller) and s.kind == "towel"):
            gap = min(s.sdf(c) - r for _part, c, r in samples)
            if gap > CONTACT_TOLERANCE:
                out.append((s.name, gap))
    return out


def balance_offset(pic, which: str) -> float:
    """How far (cm) the centre of mass lies, seen from above, outside the area spanned by the
    contacts; 0 when it is inside."""
    fr = body.frames(pic.pose(which))
    com = body.centre_of_mass(fr)
    pts = [(body.site(fr, name)[0][0], body.site(fr, name)[0][2]) for name, _ in pic.contacts[which]]
    poly = hull(pts)
    if len(poly) < 3:
        # a line of contacts: distance to the segment
        if len(poly) == 2:
            (ax, az), (bx, bz) = poly
            dx, dz = bx - ax, bz - az
            t = max(0.0, min(1.0, ((com[0] - ax) * dx + (com[2] - az) * dz) / (dx * dx + dz * dz)))
            return math.hypot(com[0] - ax - t * dx, com[2] - az - t * dz)
        return math.hypot(com[0] - pts[0][0], com[2] - pts[0][1])
    return distance_to_polygon((com[0], com[2]), poly)


def report(pic) -> list[str]:
    """Every problem with a picture's poses, in plain words (empty when all is well)."""
    out: list[str] = []
    if not hasattr(pic, "start"):
        return out
    for which, pose in poses(pic):
        out += [f"{pic.name} {which}: {p}" for p in range_problems(pose)]
        for name, support, gap in contact_gaps(pic, which):
            if abs(gap) > CONTACT_TOLERANCE:
                out.append(f"{pic.name} {which}: {name} is {gap:+.1f} cm from the {support}")
        for part, support, depth in penetrations(pic, which):
            out.append(f"{pic.name} {which}: {part} is {depth:.1f} cm into the {support}")
        for prop, under, gap in prop_gaps(pic, which):
            if abs(gap) > CONTACT_TOLERANCE:
                out.append(f"{pic.name} {which}: {prop} is {gap:+.1f} cm from the {under}")
        if which == "end":
            for name, gap in untouched_cushions(pic):
                out.append(f"{pic.name} end: the {name} is {gap:.1f} cm from the body: nothing rests on it")
        off = balance_offset(pic, which)
        if off > BALANCE_MARGIN:
            out.append(f"{pic.name} {which}: the weight is {off:.0f} cm outside what holds it up")
    return out


def bent_along_straight(pic) -> list[tuple[str, float]]:
    """(site, cm off the line) for every site a "keep this straight" ruler passes that is not on
    the straight line between the ruler's ends, in the end pose: a ruler must not lie."""
    fr = body.frames(pic.end)
    out = []
    for g in pic.straight:
        a, b = g.point(fr, g.a), g.point(fr, g.b)
        for name in g.via:
            off, t = off_line(g.point(fr, name), a, b)
            if off > STRAIGHT_TOLERANCE or not 0.0 < t < 1.0:
                out.append((name, round(off, 1)))
    return out
