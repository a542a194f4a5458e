"""What a reader follows is safe and adds up: the warning signs at the right level, the safer
QL release, sources described as they are, pages that agree with themselves, and a plan made
from the exercise pages' own doses."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from guide import front_matter, plan, site_check
from guide.built_site import start_tags
from guide.project import DOCS, ROOT, copy_project
from guide.running import strict_build

TODAY = dt.date(2026, 11, 26)


def card(html: str, heading_id: str) -> str:
    """The text of the care card whose heading has `heading_id`."""
    start = html.index(f'id="{heading_id}"') if f'id="{heading_id}"' in html else html.index(f"id={heading_id}")
    block = html[html.rfind("<div", 0, start) : html.index("</div>", start)]
    return " ".join(re.sub(r"<[^>]+>", " ", block).split())


def page(site, path: str) -> str:
    return (site.path / path / "index.html").read_text(encoding="utf-8")


def source(rel: str) -> str:
    return (DOCS / rel).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- warning signs


def test_chest_pain_is_an_emergency_not_a_same_day_sign(site):
    html = page(site, "safety")
    assert "chest pain" in card(html, "emergency")
    assert "chest pain" not in card(html, "urgent")


@pytest.mark.parametrize(
    "sign",
    [
        r"sneeze, cough or poo",
        r"shoulder blades",
        r"hard to walk",
        r"legs feel heavy",
        r"under 20 or over 50",
        r"inject drugs",
        r"immune system is weak",
    ],
)
def test_the_missing_same_day_signs_are_listed(site, sign):
    assert re.search(sign, card(page(site, "safety"), "urgent")), sign


def test_cauda_equina_needs_an_emergency_scan_and_often_surgery(site):
    text = card(page(site, "safety"), "emergency")
    assert "emergency scan" in text and "often an operation" in text
    assert "within hours" not in text


def test_the_help_page_has_numbers_to_tap_for_here_and_elsewhere(site):
    links = {a.get("href") for a in start_tags(page(site, "safety"), "a")}
    assert {"tel:999", "tel:111", "tel:112", "tel:911"} <= links


# --------------------------------------------------------------------------- the QL release


def test_the_ql_release_presses_from_the_side_never_on_the_spine_or_kidneys():
    text = source("trigger-points/quadratus-lumborum.md")
    assert "towards your spine" not in text and "a little towards your spine" not in text
    assert re.search(r"between the wall and the side of your waist", text)
    assert re.search(r"[Dd]o not lie on your back on the ball", text)
    assert re.search(r"[Nn]ever press up under your ribs", text)
    alt = front_matter.split(text)[0]["image"]["alt"]
    assert "wall" in alt and "lies on" not in alt, alt


# --------------------------------------------------------------------------- sources


def test_the_stretch_studies_are_described_as_they_are():
    text = source("evidence/index.md")
    assert re.search(r"Bandy\s+and\s+Irion,\s+1994", text) and re.search(r"15(-|\s+)seconds?", text)
    assert re.search(r"Bandy,\s+Irion\s+and\s+Briggler,\s+1997", text)
    assert re.search(r"once a day .* as (good|well)", text, re.S)
    assert "total time" not in text.lower()


def test_the_plan_is_said_to_be_untested_and_trigger_point_claims_have_sources():
    text = source("evidence/index.md")
    assert re.search(r"plan .{0,60}has not been tested", text, re.S)
    assert "every part of the plan is safe" not in text.lower()
    section = text[text.index("{ #trigger-points }") : text.index("{ #experience }")]
    assert re.search(r"\(\w[\w -]+ and others, 20\d\d\)", section), "trigger-point claims name no source"


# --------------------------------------------------------------------------- pages that agree


def test_stretches_are_done_once_a_day_as_the_plan_has_them():
    for page_file in sorted((DOCS / "stretches").glob("*.md")):
        meta = front_matter.split(page_file.read_text(encoding="utf-8"))[0]
        if meta.get("template") == "exercise.html":
            assert (meta["dose"]["times"], meta["dose"]["per"]) == (1, "day"), page_file.name


def test_pages_that_contradicted_themselves_now_agree():
    press_up = source("stretches/press-up.md")
    steps = press_up[press_up.index("## Steps") : press_up.index("## Easier")]
    assert "hands" in steps and "a few breaths" not in press_up
    knee = source("stretches/knee-to-chest.md")
    assert "behind your thigh" in knee and "below your knee" not in knee
    hamstrings = source("stretches/hamstrings.md")
    assert not re.search(r"(?<!not )pull your toes towards you", hamstrings)
    for rel in ("trigger-points/quadratus-lumborum.md", "trigger-points/gluteus-medius.md"):
        assert "30 to 90" not in source(rel)
    for rel in ("stretches/hamstrings.md", "stretches/quadriceps.md", "stretches/hip-flexors.md"):
        assert not re.search(r"pulls? (on )?your (pelvis|lower back)", source(rel)), rel


def test_pressure_ache_and_back_pain_are_told_apart_with_the_same_numbers():
    help_text = source("safety/index.md")
    assert re.search(r"3 or 4 out of 10", help_text) and re.search(r"pressure", help_text)
    for rel in ("foam-rolling/index.md", "trigger-points/index.md"):
        assert not re.search(r"5 to 7 out of 10", source(rel)), rel


def test_a_dose_box_and_its_text_must_agree():
    meta = {"dose": {"hold_seconds": 45, "times": 1, "per": "day"}, "description": "Hold for 45 seconds."}
    assert site_check.dose_text_problems("stretches/x.md", meta, "1. Hold it for 45 seconds.\n") == []
    found = site_check.dose_text_problems(
        "stretches/x.md",
        meta,
        "1. Hold it for 30 seconds, 2 times a day.\n## Easier and harder\n\n- Hold for 20 seconds.\n",
    )
    assert [p.message.split("'")[1] for p in found] == ["30 seconds", "2 times a day"]


def test_two_pages_may_not_share_a_title():
    pages = [
        (
            "a.md",
            "---\ndescription: A page about one thing only, with a long enough sentence.\n"
            "last_reviewed: 2026-11-01\nnext_review: 2027-11-01\n---\n# Same title\n",
        ),
        (
            "b.md",
            "---\ndescription: A page about one thing only, with a long enough sentence.\n"
            "last_reviewed: 2026-11-01\nnext_review: 2027-11-01\n---\n# Same Title\n",
        ),
    ]
    problems = site_check.check_texts(pages, today=TODAY).problems
    assert [str(p) for p in problems] == [
        "docs/b.md: front matter 'title': 'Same Title' is already the title of "
        "docs/a.md; give each page its own title, so readers can tell them apart"
    ]


# --------------------------------------------------------------------------- the plan


def exercises():
    return plan.exercises_in(DOCS)


def settings():
    plan_settings, wrong = plan.read_settings(front_matter.split(source(plan.PLAN_PAGE))[0])
    assert wrong == []
    return plan_settings


def test_an_exercise_takes_the_time_its_dose_says():
    s = plan.Settings(setup_seconds=20, seconds_per_rep=3, days={})
    bird_dog = {"hold_seconds": 5, "reps": 8, "sets": 2, "per_side": True, "rest_seconds": 45}
    assert plan.exercise_seconds(bird_dog, s) == 2 * 2 * 8 * 5 + 45 + 20
    assert plan.exercise_seconds({"reps": 10, "sets": 2, "rest_seconds": 60}, s) == 2 * 10 * 3 + 60 + 20
    assert plan.exercise_seconds({"hold_seconds": 45, "per_side": True}, s) == 90 + 20


def test_every_day_fits_its_stated_budget_and_a_longer_day_fails_the_check():
    days = plan.make_days(settings(), exercises())
    assert plan.check(days) == []
    assert all(day.minutes <= day.budget_minutes and day.items for day in days)
    days[0].budget_minutes = days[0].minutes - 1
    assert "more than its budget" in plan.check(days)[0].message


def test_the_plan_page_lists_each_days_named_exercises_with_dose_and_time(site):
    html = page(site, "plan")
    days = plan.make_days(settings(), exercises())
    for day in days:
        section = html[html.index(f"id=day-{day.number}") :]
        section = section[: section.index("<h2", 1)]
        assert f"About {day.minutes} minutes" in section
        for item in day.items:
            link = "../" + item.src.removesuffix(".md") + "/"
            assert f"href={link}" in section or f'href="{link}"' in section, f"day {day.number}: {item.src}"
        if day.light:
            assert "(light day)" in section
    assert "Based on the author" in html and "First time? Try the" in html


def test_a_new_exercise_missing_from_its_section_list_fails(tmp_path):
    config = copy_project(tmp_path / "project")
    calves = config.parent / "docs/stretches/calves.md"
    (config.parent / "docs/stretches/calf-wall.md").write_text(
        calves.read_text(encoding="utf-8").replace("title: Calf stretch", "title: Calf wall stretch"), encoding="utf-8"
    )
    result = strict_build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/stretches/index.md: the section's list does not link to calf-wall.md" in result.stderr


def test_a_day_over_its_budget_fails_the_build(tmp_path):
    config = copy_project(tmp_path / "project")
    plan_page = config.parent / "docs" / plan.PLAN_PAGE
    text = plan_page.read_text(encoding="utf-8")
    plan_page.write_text(re.sub(r"budget_minutes: \d+", "budget_minutes: 10", text, count=1), encoding="utf-8")
    result = strict_build(config, tmp_path / "site")
    assert result.returncode != 0 and "more than its budget of 10" in result.stderr


# --------------------------------------------------------------------------- self-care, review


def test_self_care_gives_the_nice_advice_on_painkillers_with_sources(site):
    text = " ".join(re.sub(r"<[^>]+>", " ", page(site, "self-care")).split())
    assert re.search(r"anti-inflammatory", text, re.I) and re.search(r"pharmacist", text)
    assert re.search(r"paracetamol", text, re.I) and re.search(r"opioid", text, re.I)
    assert re.search(r"NICE", text) and re.search(r"NHS", text)
    for topic in ("heat", "sleep", "work", "flare-up"):
        assert re.search(topic, text, re.I), topic


def test_pages_say_plainly_they_await_a_clinical_review_and_the_build_lists_them(site):
    html = page(site, "stretches/calves")
    assert "Not yet checked by a clinician" in html
    report = site_check.check_docs(DOCS, today=TODAY)
    assert "docs/stretches/calves.md" in report.awaiting_clinical_review
    assert any(line.startswith("Awaiting clinical review") for line in report.warnings())


def test_a_clinical_review_in_front_matter_is_shown_with_name_qualification_and_date(tmp_path):
    config = copy_project(tmp_path / "project")
    calves = config.parent / "docs/stretches/calves.md"
    text = calves.read_text(encoding="utf-8")
    calves.write_text(
        text.replace(
            "difficulty:",
            "clinical_review:\n  name: Test Person\n  qualification: "
            "Physiotherapist (example only)\n  date: 2026-11-20\ndifficulty:",
            1,
        ),
        encoding="utf-8",
    )
    result = strict_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "site/stretches/calves/index.html").read_text(encoding="utf-8")
    assert "Checked by a clinician: Test Person, Physiotherapist (example only)" in html
    assert "20 November 2026" in html and "Not yet checked by a clinician" not in html


def test_the_contributor_guide_says_how_a_clinician_signs_a_page_off():
    guide = (ROOT / "docs/contributing/index.md").read_text(encoding="utf-8")
    assert "How a clinician signs a page off" in guide and "clinical_review:" in guide
