"""Today's routine: the order of each day's exercises in the one-week plan, as one small JSON
file an exercise page reads when it was opened from a day of the plan.

When a reader follows an exercise link in day N of the plan page, assets/javascripts/routine.js
remembers the day for that browser tab (sessionStorage; the link's address is not changed, so
plan ticks and shared links stay as they are). The exercise page then reads this file and shows
"Next in day N: <exercise>", or says it is the last one of the day. The days come from the same
function that writes the plan page (guide.plan.make_days), so the plan and the "next" links
always agree.

Both engines call `write`: the MkDocs hook (hooks/routine.py) after a build, and
guide.zensical_build after a Zensical build. It reads only the Markdown sources and mkdocs.yml.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guide import front_matter, plan, site_config
from guide.exercise_catalogue import page_url

# Where the file goes in the built site, and the version of its layout.
OUTPUT = "assets/plan/routine.json"
VERSION = 1


def nav_of(config_file: Path) -> Any:
    """mkdocs.yml's `nav:` (None when it cannot be read: the days keep their own order)."""
    return site_config.read(config_file).get("nav")


def days(docs: Path, nav: Any) -> dict[str, Any]:
    """{"version", "plan": its address, "titles": {address: title}, "days": {"1": {"name",
    "items": [address, ...]}}}, addresses relative to the site's root; no days when the plan page
    is missing or its settings are wrong (the page checks report that)."""
    data: dict[str, Any] = {"version": VERSION, "plan": page_url(plan.PLAN_PAGE), "titles": {}, "days": {}}
    try:
        meta = front_matter.split((docs / plan.PLAN_PAGE).read_text(encoding="utf-8"))[0]
    except (OSError, UnicodeDecodeError, front_matter.FrontMatterError):
        return data
    settings, _ = plan.read_settings(meta)
    if settings is None:
        return data
    for day in plan.make_days(settings, plan.exercises_in(docs), plan.nav_order(nav)):
        for item in day.items:
            data["titles"][page_url(item.src)] = item.title
        data["days"][str(day.number)] = {"name": day.name, "items": [page_url(item.src) for item in day.items]}
    return data


def write(site: Path, root: Path) -> Path:
    """Write the routine file into the built site at `site`, for the project at `root`."""
    data = days(root / "docs", nav_of(root / "mkdocs.yml"))
    target = site / OUTPUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target
