"""The page model's rules, checked without a build."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from guide import page_model, site_check
from guide.project import ROOT

TODAY = dt.date(2026, 11, 24)


def exercise(**changes):
    meta = {
        "template": "exercise.html",
        "title": "Front thigh stretch (quadriceps)",
        "description": "How to stretch the front of your thigh, holding for 45 seconds.",
        "kind": "stretch",
        "muscles": ["front of the thigh (quadriceps)"],
        "equipment": ["a wall"],
        "dose": {"hold_seconds": 45, "reps": 2, "per_side": True, "times": 2, "per": "day"},
        "image": {
            "file": "stretches/quadriceps.png",
            "alt": "A person stands at a wall holding one ankle behind them.",
        },
        "difficulty": "easy",
        "plan_days": [1, 2],
        "keywords": ["thigh stretch", "quad stretch", "quads"],
        "stop_if": ["sharp pain"],
        "last_reviewed": dt.date(2026, 11, 1),
        "next_review": dt.date(2027, 11, 1),
    }
    for key, value in changes.items():
        if value is None:
            meta.pop(key)
        else:
            meta[key] = value
    return meta


def problems(meta, path="stretches/quadriceps.md"):
    return [str(p) for p in page_model.check_page(path, meta, today=TODAY)]


def test_a_complete_exercise_has_no_problems():
    assert problems(exercise()) == []


@pytest.mark.parametrize("field", page_model.EXERCISE_FIELDS)
def test_each_missing_field_is_named(field):
    found = problems(exercise(**{field: None}))
    assert any(f"front matter '{field}'" in p and "missing" in p for p in found), found


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"dose": {"hold_seconds": 20, "times": 2, "per": "day"}}, "dose.hold_seconds"),
        ({"dose": {"reps": "ten", "times": 2, "per": "day"}}, "dose.reps"),
        ({"dose": {"hold_seconds": 45}}, "dose"),
        ({"dose": {"hold_seconds": 45, "times": 2, "per": "month"}}, "dose"),
        ({"difficulty": "very hard"}, "difficulty"),
        ({"plan_days": [0, 8]}, "plan_days"),
        ({"keywords": ["one"]}, "keywords"),
        ({"title": "Quadriceps"}, "title"),
        ({"image": {"file": "x.png", "alt": "Picture of a stretch"}}, "image.alt"),
        ({"image": {"file": "x.png"}}, "image.alt"),
        ({"kind": "foam-rolling"}, "kind"),
        ({"last_reviewed": dt.date(2027, 1, 1)}, "last_reviewed"),
        ({"next_review": dt.date(2026, 1, 1)}, "next_review"),
        ({"next_review": "next year"}, "next_review"),
    ],
)
def test_wrong_values_are_named_with_advice(changes, field):
    found = problems(exercise(**changes))
    assert any(p.startswith(f"docs/stretches/quadriceps.md: front matter '{field}':") for p in found), found


def test_exercise_folder_pages_must_use_the_exercise_template():
    found = problems(
        {"description": "x" * 50, "last_reviewed": TODAY, "next_review": TODAY.replace(year=2027)}, path="core/plank.md"
    )
    assert any("'template'" in p for p in found), found


def test_ordinary_pages_need_description_and_review_dates():
    found = problems({}, path="story/index.md")
    assert {p.split("'")[1] for p in found} == {"description", "last_reviewed", "next_review"}


def test_overdue_review_is_reported_but_is_not_a_problem(tmp_path):
    (tmp_path / "page.md").write_text(
        textwrap.dedent("""\
        ---
        description: A page whose review date has passed, which must not break the build.
        last_reviewed: 2025-01-01
        next_review: 2026-01-01
        ---
        # Page
        """)
    )
    report = site_check.check_docs(tmp_path, today=TODAY)
    assert report.problems == []
    assert [str(d) for d in report.due] == ["docs/page.md: review was due on 2026-01-01"]


def test_unreadable_yaml_is_reported_with_its_line(tmp_path):
    (tmp_path / "page.md").write_text("---\ndescription: [unclosed\n---\n# Page\n")
    found = site_check.check_docs(tmp_path, today=TODAY).problems
    assert len(found) == 1 and "docs/page.md:2: a quote, '[' or '{' on this line is never closed" in str(found[0])


def test_the_contributor_guide_field_table_is_the_page_model():
    guide = (ROOT / "docs/contributing/index.md").read_text(encoding="utf-8")
    table = guide.split("<!-- fields:start -->\n", 1)[1].split("\n<!-- fields:end -->", 1)[0]
    assert table == page_model.contributing_table(), (
        "the field table in docs/contributing/index.md differs from guide/page_model.py: paste "
        "the output of: .venv/bin/python -c 'from guide import page_model; print(page_model.contributing_table())'"
    )


def test_a_misspelled_field_is_named_once_with_the_field_it_should_be():
    meta = exercise(keywords=None)
    meta["keywrods"] = ["a", "b", "c"]
    found = problems(meta)
    assert found == [
        "docs/stretches/quadriceps.md: front matter 'keywrods': is not a field the guide knows. Did you mean "
        "'keywords'? The fields are listed in docs/contributing/index.md ('The exercise page model')"
    ]


def test_an_unknown_field_is_named_with_the_closest_known_one():
    meta = exercise()
    meta["dosage"] = "3 times"
    assert any("'dosage': is not a field the guide knows. Did you mean 'dose'?" in p for p in problems(meta))
