"""Links that last: every registered address resolves, and moving a page needs a redirect."""

from __future__ import annotations

import re

import pytest

from scripts import url_registry

from conftest import ROOT, copy_project, run_build


def test_every_registered_address_still_works(site):
    assert url_registry.check(site.path) == []


def test_every_published_page_and_section_is_registered(site):
    missing = sorted(set(url_registry.published(site.path)) - set(url_registry.read()))
    assert not missing, (f"{len(missing)} new addresses are not in urls.txt, e.g. {missing[:3]}: "
                         "run python -m scripts.url_registry add after a build")


def test_registry_holds_the_sections_therapists_share():
    known = set(url_registry.read())
    for address in ("/stretches/hamstrings/#steps", "/stretches/hamstrings/#dose", "/safety/#emergency",
                    "/plan/#day-7", "/trigger-points/quadratus-lumborum/#ball"):
        assert address in known


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """A copy of the project in which the inner thigh stretch was renamed, without a redirect."""
    root = tmp_path_factory.mktemp("moved")
    config = copy_project(root / "project")
    docs = config.parent / "docs"
    (docs / "stretches/inner-thigh.md").rename(docs / "stretches/adductors.md")
    for file in [config, *docs.rglob("*.md")]:
        file.write_text(file.read_text().replace("inner-thigh.md", "adductors.md"))
    return config


def check_copy(config, tmp_path):
    result = run_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return url_registry.check(tmp_path / "site", config.parent / "urls.txt")


def test_a_page_moved_without_a_redirect_fails_with_how_to_fix_it(moved, tmp_path):
    problems = check_copy(moved, tmp_path)
    assert problems and problems[0].startswith("/stretches/inner-thigh/: this published address no longer")
    assert "redirect_maps" in problems[0] and "'stretches/inner-thigh.md'" in problems[0]


def test_a_redirect_keeps_the_old_address_and_its_sections_working(moved, tmp_path):
    text = moved.read_text()
    moved.write_text(text.replace("redirect_maps: {}",
                                  "redirect_maps:\n        stretches/inner-thigh.md: stretches/adductors.md"))
    try:
        assert check_copy(moved, tmp_path) == []
    finally:
        moved.write_text(text)


def test_a_renamed_section_fails_and_says_how_to_keep_its_id(tmp_path):
    config = copy_project(tmp_path / "project")
    page = config.parent / "docs/stretches/calves.md"
    page.write_text(re.sub(r"^## Steps$", "## How to do it", page.read_text(), flags=re.M))
    problems = check_copy(config, tmp_path)
    assert problems == [
        "/stretches/calves/#steps: the page is there (/stretches/calves/) but the section #steps is gone. "
        "Keep the old link working by giving the heading its old id, for example "
        "'## New title { #steps }'."]
