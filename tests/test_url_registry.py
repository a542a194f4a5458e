"""Links that last: every registered address resolves, and moving a page needs a redirect."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from guide import url_registry
from guide.project import ROOT, copy_project
from guide.running import strict_build
from guide.site_check import exercise_pages

DOCS = ROOT / "docs"


def test_every_registered_address_still_works(site):
    problems = url_registry.check(site.path)
    assert not problems, "\n".join(problems)


def test_every_published_page_and_section_is_registered(site):
    missing = sorted(set(url_registry.published(site.path)) - set(url_registry.read()))
    assert not missing, (
        f"{len(missing)} new addresses are not in urls.txt, e.g. {missing[:3]}: run "
        "python3 scripts/docs.py urls add and commit urls.txt"
    )


# Where the registry as published lives: the main branch (GUIDE_BASE_REF names another).
BASE_REFS = ("origin/main", "main")


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def test_no_line_of_the_registry_on_main_is_ever_removed():
    refs = [os.environ["GUIDE_BASE_REF"]] if os.environ.get("GUIDE_BASE_REF") else BASE_REFS
    base = next((ref for ref in refs if git("cat-file", "-e", f"{ref}:urls.txt").returncode == 0), None)
    assert base, (
        f"cannot find urls.txt on {' or '.join(refs)} to compare with: run the tests in a clone of "
        "the repository (git fetch origin main), or set GUIDE_BASE_REF"
    )
    removed = url_registry.removed_lines(git("show", f"{base}:urls.txt").stdout, (ROOT / "urls.txt").read_text())
    assert not removed, (
        f"{len(removed)} line(s) of urls.txt on {base} were removed, e.g. {removed[:3]}. Put them "
        "back: a published address must keep working (add a redirect for a moved page instead)"
    )


def test_removing_a_registry_line_is_noticed():
    before = "# header\n/a/\n/a/#steps\nexercise 1 /a/\n"
    assert url_registry.removed_lines(before, before + "/b/\n") == []
    assert url_registry.removed_lines(before, "/a/\nexercise 1 /a/\n") == ["/a/#steps"]
    assert url_registry.removed_lines(before, "/a/\n/a/#steps\n") == ["exercise 1 /a/"]


def test_registry_holds_the_sections_therapists_share():
    known = set(url_registry.read())
    wanted = ["/safety/#emergency", "/safety/#urgent", "/safety/#soon"]
    wanted += [f"/plan/#day-{n}" for n in range(1, 8)]
    for page in exercise_pages(DOCS):
        path = "/" + page.relative_to(DOCS).with_suffix("").as_posix() + "/"
        wanted += [path, path + "#steps", path + "#dose", path + "#stop-if"]
        if page.parent.name == "trigger-points":
            wanted += [path + "#thumb", path + "#theracane", path + "#ball"]
    missing = [a for a in wanted if a not in known]
    assert not missing, f"urls.txt lacks {missing}"


# --------------------------------------------------------------------------- without a build


def page(root, path, body="", redirect=None):
    folder = root / path.strip("/")
    folder.mkdir(parents=True, exist_ok=True)
    head = f'<meta http-equiv="refresh" content="0; url={redirect}">' if redirect else ""
    (folder / "index.html").write_text(f"<html><head>{head}</head><body>{body}</body></html>")


def test_add_appends_new_addresses_and_never_removes_a_line(tmp_path):
    site = tmp_path / "site"
    page(site, "/")
    page(site, "/stretches/calves/", '<h2 id="steps">Steps</h2><h2 id="related">Related</h2>')
    page(site, "/old/", redirect="../stretches/calves/")
    registry = tmp_path / "urls.txt"
    registry.write_text("# my note\n/gone/\n/\n")
    assert url_registry.add(site, registry) == ["/stretches/calves/", "/stretches/calves/#steps"]
    assert registry.read_text() == "# my note\n/gone/\n/\n/stretches/calves/\n/stretches/calves/#steps\n"
    assert url_registry.add(site, registry) == []
    assert url_registry.check(site, registry)[0].startswith("/gone/: this published address no longer")


def test_check_follows_redirect_stubs_to_the_section(tmp_path):
    site = tmp_path / "site"
    page(site, "/")
    page(site, "/stretches/calves/", "<h2 id=steps>Steps</h2>")
    page(site, "/old/calf/", redirect="../../stretches/calves/")
    page(site, "/older/", redirect="../old/calf/")
    registry = tmp_path / "urls.txt"
    registry.write_text("/older/#steps\n/old/calf/#steps\n/old/calf/#dose\n")
    assert url_registry.check(site, registry) == [
        "/old/calf/#dose: the page is there (/stretches/calves/) but the section #dose is gone. Keep the "
        "old link working by giving the heading its old id, for example '## New title { #dose }'."
    ]


# --------------------------------------------------------------------------- real builds


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """A copy of the project in which the inner thigh stretch was renamed, without a redirect,
    and what the check says of its build (built once for the tests that read it)."""
    root = tmp_path_factory.mktemp("moved")
    config = copy_project(root / "project")
    docs = config.parent / "docs"
    (docs / "stretches/inner-thigh.md").rename(docs / "stretches/adductors.md")
    for file in [config, *docs.rglob("*.md")]:
        file.write_text(file.read_text().replace("inner-thigh.md", "adductors.md"))
    return config, check_copy(config, root)


def check_copy(config, tmp_path):
    result = strict_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return url_registry.check(tmp_path / "site", config.parent / "urls.txt")


def test_a_page_moved_without_a_redirect_fails_with_how_to_fix_it(moved):
    _, problems = moved
    assert len(problems) == 5, problems  # the page and its #dose, #easier, #steps and #stop-if
    first = problems[0]
    assert first.startswith(
        "/stretches/inner-thigh/: this published address no longer leads anywhere. It may now be /stretches/adductors/."
    )
    assert "under plugins: redirects: redirect_maps:" in first
    assert '"stretches/inner-thigh.md": "stretches/adductors.md"' in first
    assert "keep the ids of its shared sections" in first and "{ #steps }" in first


def test_the_suggested_redirect_pasted_as_the_message_says_keeps_every_address_working(moved, tmp_path):
    config, problems = moved
    suggested = next(line for line in problems[0].splitlines() if line.strip().startswith('"'))
    text = config.read_text()
    assert "      redirect_maps:\n" in text, "mkdocs.yml must keep 'redirect_maps:' as a block to paste under"
    config.write_text(text.replace("      redirect_maps:\n", "      redirect_maps:\n" + suggested + "\n", 1))
    try:
        assert check_copy(config, tmp_path) == []
    finally:
        config.write_text(text)


def test_a_renamed_section_fails_and_says_how_to_keep_its_id(tmp_path):
    config = copy_project(tmp_path / "project")
    page = config.parent / "docs/stretches/calves.md"
    page.write_text(re.sub(r"^## Steps$", "## How to do it", page.read_text(), flags=re.M))
    problems = check_copy(config, tmp_path)
    assert problems == [
        "/stretches/calves/#steps: the page is there (/stretches/calves/) but the section #steps is gone. "
        "Keep the old link working by giving the heading its old id, for example "
        "'## New title { #steps }'."
    ]
