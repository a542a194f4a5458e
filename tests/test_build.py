"""The strict build passes, and breaking a page makes it fail with a message that helps."""

from __future__ import annotations

import re

import pytest

from guide.built_site import start_tags
from guide.project import ROOT, copy_project
from guide.running import strict_build

EXERCISE = "docs/stretches/quadriceps.md"


def test_strict_build_passes_and_has_the_model_pages(site):
    for path in (
        "index.html",
        "404.html",
        "sitemap.xml",
        "search/search_index.json",
        "safety/index.html",
        "stretches/quadriceps/index.html",
    ):
        assert (site.path / path).is_file(), f"{path} missing from the built site"


def test_every_page_has_a_meta_description_and_review_dates(site):
    for url in site.page_urls():
        html = (site.path / url.strip("/") / "index.html").read_text(encoding="utf-8")
        descriptions = [m["content"] for m in start_tags(html, "meta") if m.get("name") == "description"]
        assert descriptions and len(descriptions[0]) >= 40, f"{url}: no meta description"
        assert "Next review due" in html, f"{url}: no review dates shown"


def test_exercise_page_renders_its_front_matter(site):
    html = (site.path / "stretches/quadriceps/index.html").read_text(encoding="utf-8")
    for anchor in ("dose", "what-you-need", "stop-if", "steps"):
        assert re.search(rf'id="?{anchor}[" >]', html), f"exercise page lacks #{anchor}"
    for text in ("45 seconds", "Both sides", "1 time a day", "Last reviewed", "Next review due"):
        assert text in html, f"exercise page lacks {text!r}"


@pytest.fixture
def broken(tmp_path):
    """A copy of the project to break; yields a function that builds it and returns the output."""
    config = copy_project(tmp_path / "project")

    def build():
        result = strict_build(config, tmp_path / "site")
        return result.returncode, result.stdout + result.stderr

    build.root = config.parent
    return build


def edit(path, old, new):
    """Replace the first line starting with `old` (or the text `old`) by `new`."""
    text = path.read_text(encoding="utf-8")
    line = re.search(rf"^{re.escape(old.rstrip(chr(10)))}.*\n", text, re.M) if old.endswith("\n") else None
    found = line.group(0) if line else old
    assert found in text, f"{old!r} not in {path}"
    path.write_text(text.replace(found, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "link, named",
    [
        ("no-such-page.md", "no-such-page.md"),  # a dead link
        ("../safety/index.md#no-such-section", "no-such-section"),  # a dead anchor
    ],
    ids=["dead link", "dead anchor"],
)
def test_broken_link_or_anchor_fails_the_build_naming_the_page(broken, link, named):
    page = broken.root / EXERCISE
    page.write_text(page.read_text() + f"\nSee [this]({link}).\n")
    code, output = broken()
    assert code != 0
    assert "stretches/quadriceps.md" in output and named in output, output


@pytest.mark.parametrize(
    "old, new, field, advice",
    [
        ("  hold_seconds: 45\n", "  hold_seconds: forty-five\n", "dose.hold_seconds", "whole number"),
        ("difficulty: easy\n", "", "difficulty", "is missing"),
        ("kind: stretch\n", "kind: yoga\n", "kind", "write one of"),
        ("last_reviewed: \n", "last_reviewed: 2027-12-01\n", "next_review", "is not after"),
    ],
)
def test_bad_exercise_front_matter_fails_the_build_naming_file_and_field(broken, old, new, field, advice):
    edit(broken.root / EXERCISE, old, new)
    code, output = broken()
    assert code != 0
    assert re.search(rf"docs/stretches/quadriceps\.md(:\d+)?: front matter '{re.escape(field)}'", output), output
    assert advice in output, output


def test_missing_original_picture_fails_the_build(broken):
    edit(broken.root / EXERCISE, "file: stretches/quadriceps.png", "file: stretches/no-such-picture.png")
    code, output = broken()
    assert code != 0
    assert "pictures/stretches/no-such-picture.png does not exist" in output, output


def test_build_never_touches_the_sources(broken):
    before = {p: p.read_bytes() for p in (broken.root / "docs").rglob("*") if p.is_file()}
    code, output = broken()
    assert code == 0, output
    after = {p: p.read_bytes() for p in (broken.root / "docs").rglob("*") if p.is_file()}
    assert before == after


def test_readme_and_ci_agree_on_the_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    commands = re.findall(r"^(python3 scripts/docs\.py \w+)$", readme, re.M)
    assert "python3 scripts/docs.py serve" in commands and "python3 scripts/docs.py test" in commands
    assert re.search(r"^python3 scripts/docs\.py test\b", ci, re.M), ".ci/run must run the README's test command"
