"""Health-information standards on the built pages: reading level, exercise parts, red flags."""

from __future__ import annotations

import re
import statistics

import pytest

from guide import readability
from guide.project import ROOT
from guide.site_check import exercise_pages

EXERCISES = exercise_pages(ROOT / "docs")


def test_reading_level_median_and_worst_page(site):
    grades = readability.site_grades(site.path)
    assert len(grades) >= 30
    too_hard = {url: g for url, g in grades.items() if g > readability.PAGE_LIMIT}
    assert not too_hard, f"pages above grade {readability.PAGE_LIMIT}: {too_hard}"
    median = statistics.median(grades.values())
    assert median <= readability.MEDIAN_LIMIT, f"median grade {median} is above {readability.MEDIAN_LIMIT}"


def test_the_readability_check_can_fail():
    hard = (
        "Notwithstanding considerable methodological heterogeneity, contemporary systematic "
        "investigations substantiate multidimensional rehabilitative interventions incorporating "
        "progressive neuromuscular conditioning."
    )
    assert readability.grade(hard) > readability.PAGE_LIMIT


def test_an_empty_tag_in_a_skipped_block_does_not_hide_the_rest_of_the_page():
    html = (
        '<article><div class="guide-handout-qr"><p>example.org/<wbr>guide<br></p></div>'
        "<p>Lie on your back and breathe out slowly.</p></article>"
    )
    assert "Lie on your back" in readability.page_text(html)


def test_there_is_an_exercise_page_for_everything_the_brief_lists():
    names = {p.relative_to(ROOT / "docs").as_posix() for p in EXERCISES}
    for required in (
        "stretches/quadriceps.md",
        "stretches/hamstrings.md",
        "stretches/calves.md",
        "stretches/hip-flexors.md",
        "stretches/glutes.md",
        "stretches/inner-thigh.md",
        "stretches/knee-to-chest.md",
        "stretches/lower-back-rotation.md",
        "stretches/childs-pose.md",
        "stretches/press-up.md",
        "stretches/side-bend.md",
        "trigger-points/quadratus-lumborum.md",
        "trigger-points/gluteus-medius.md",
        "core/back-extension.md",
        "legs/sit-to-stand.md",
    ):
        assert required in names, f"docs/{required} is missing"


@pytest.mark.parametrize("page", EXERCISES, ids=lambda p: p.relative_to(ROOT / "docs").as_posix())
def test_every_exercise_page_has_its_parts(site, page):
    rel = page.relative_to(ROOT / "docs").with_suffix("").as_posix()
    html = (site.path / rel / "index.html").read_text(encoding="utf-8")
    for anchor in ("dose", "steps", "stop-if", "what-you-need"):
        assert re.search(rf'id="?{anchor}[" >]', html), f"{rel}: no #{anchor} section"
    assert re.search(r"<ol>\s*<li>", html), f"{rel}: the steps are not a numbered list"
    img = re.search(r"<img [^>]*>", html[html.find("<picture") :])
    assert img and re.search(r'alt="[^"]{30,}"', img.group(0)), f"{rel}: no picture with alt text"
    assert re.search(r"width=\"?\d+", img.group(0)) and re.search(r"height=\"?\d+", img.group(0))
    assert "Last reviewed" in html and "Next review due" in html
    assert "safety/" in html, f"{rel}: no link to when to get help"


def test_trigger_point_pages_cover_all_three_tools(site):
    for rel in ("trigger-points/quadratus-lumborum", "trigger-points/gluteus-medius"):
        html = (site.path / rel / "index.html").read_text(encoding="utf-8")
        for anchor in ("thumb", "theracane", "ball"):
            assert re.search(rf'id="?{anchor}[" >]', html), f"{rel}: no #{anchor} section"


RED_FLAGS = [
    # emergency
    r"genitals",
    r"bottom \(buttocks\)",
    r"inner thighs",
    r"back passage",
    r"starting or stopping a pee",
    r"leak pee",
    r"leak poo",
    r"feeling during sex",
    r"\*\*both\*\* legs",
    r"serious accident or a bad fall",
    r"999",
    r"A&E",
    r"911",
    r"cauda equina",
    # urgent
    r"fever",
    r"losing weight",
    r"swelling",
    r"shape of your back",
    r"chest pain",
    r"severe at night",
    r"getting worse quickly",
    r"\*\*one\*\* leg",
    r"had cancer",
    r"immune system",
    r"steroid",
    r"osteoporosis",
    r"NHS 111",
    # soon
    r"about 2 weeks",
    r"more than 6 weeks",
    r"normal day",
    r"below your knee",
]


@pytest.mark.parametrize("flag", RED_FLAGS)
def test_safety_page_lists_every_red_flag(flag):
    text = (ROOT / "docs/safety/index.md").read_text(encoding="utf-8")
    assert re.search(flag, text), f"docs/safety/index.md does not mention {flag!r}"


def test_safety_page_has_three_urgency_levels_in_order():
    text = (ROOT / "docs/safety/index.md").read_text(encoding="utf-8")
    positions = [text.find(a) for a in ("{ #emergency }", "{ #urgent }", "{ #soon }")]
    assert -1 not in positions and positions == sorted(positions)
