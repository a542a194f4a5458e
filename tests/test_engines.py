"""The second engine: the site built by Zensical must contain what the MkDocs build contains.

Exit codes are not enough (Zensical ignores `hooks:` silently), so guide.engines compares the
pages themselves; only the differences listed in its KNOWN table may remain.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from guide import engines, zensical_build
from guide.project import copy_project
from guide.running import strict_build

# Zensical's theme package is missing from our package index: the tests' stand-in takes its place.
STANDIN = None if importlib.util.find_spec("zensical_ui") else Path(__file__).parent / "zensical_theme_standin"


def build_both(project: Path) -> tuple[Path, Path]:
    built = strict_build(project / "mkdocs.yml", project / "site-mkdocs")
    assert built.returncode == 0, built.stderr
    return project / "site-mkdocs", zensical_build.build(project, extra_pythonpath=STANDIN)


@pytest.fixture(scope="module")
def both_sites(tmp_path_factory) -> tuple[Path, Path]:
    project = copy_project(tmp_path_factory.mktemp("engines") / "project").parent
    return build_both(project)


def test_zensical_build_differs_only_where_known(both_sites):
    found = engines.compare(*both_sites)
    new = set(found) - set(engines.KNOWN)
    gone = set(engines.KNOWN) - set(found)
    assert not new, "the Zensical build differs in a new way:\n" + engines.report(found)
    assert not gone, (
        f"a known difference is gone; remove it from KNOWN in guide/engines.py and the README: {sorted(gone)}"
    )


def test_both_sites_have_every_exercise_page(both_sites):
    mkdocs_site, zensical_site = both_sites
    pages = [p for p in mkdocs_site.rglob("index.html") if "guide-exercise-page" in p.read_text()]
    assert len(pages) >= 30
    for page in pages:
        other = zensical_site / page.relative_to(mkdocs_site)
        assert "guide-dose" in other.read_text(), f"{other}: no dose block"


def _page(root: Path, url: str, body: str) -> None:
    (root / url).mkdir(parents=True, exist_ok=True)
    (root / url / "index.html").write_text(f"<html><body>{body}</body></html>")
    (root / "search").mkdir(exist_ok=True)
    (root / "search" / "search_index.json").write_text(
        '{"docs": [{"location": "a/", "title": "A", "text": "", "tags": ["k"]}]}'
    )


EXERCISE = (
    '<div class="guide-exercise-page">'
    '<p class="guide-review guide-review--top"><time datetime="2026-11-24">24 November 2026</time></p>'
    '<section class="guide-dose"><dl><dt>Hold for</dt><dd>30 seconds</dd></dl></section></div>'
)


def test_comparison_reports_a_missing_part_and_a_changed_date(tmp_path):
    one, two, three = tmp_path / "one", tmp_path / "two", tmp_path / "three"
    _page(one, "a", EXERCISE)
    _page(two, "a", EXERCISE.replace('<section class="guide-dose">', "<section>"))
    _page(three, "a", EXERCISE.replace("2026-11-24", "2026-11-25"))
    assert ("dose", "zensical") in engines.compare(one, two)
    assert ("review dates", "differs") in engines.compare(one, three)
    assert engines.compare(one, one) == {}


def test_a_template_only_jinja2_understands_fails_the_zensical_build(tmp_path):
    project = copy_project(tmp_path / "project").parent
    main = project / "overrides" / "main.html"
    main.write_text(
        main.read_text().replace("{{ super() }}\n  {% include", '{{ super() }}{{ "a-b".split("-") }}\n  {% include', 1)
    )
    with pytest.raises(zensical_build.BuildError, match="split"):
        zensical_build.build(project, extra_pythonpath=STANDIN)
