"""A corpus of broken contributions: each one fails the checks with one message naming the file
and what to fix. Each is a small change to a throwaway copy of the project."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest

from guide.project import ROOT, copy_project
from guide.running import strict_build

PAGE = "docs/stretches/calves.md"
TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def append(text):
    return lambda root: (root / PAGE).write_text((root / PAGE).read_text() + text)


def replace(old, new, path=PAGE):
    def change(root):
        file = root / path
        assert old in file.read_text(), f"{old!r} is not in {path}"
        file.write_text(file.read_text().replace(old, new, 1))

    return change


def set_field(name, value, path=PAGE):
    """Set a top-level front matter field, whatever its value was."""

    def change(root):
        file = root / path
        text, count = re.subn(rf"^{name}:.*$", f"{name}: {value}", file.read_text(), count=1, flags=re.M)
        assert count == 1, f"{name} is not in {path}"
        file.write_text(text)

    return change


def add_page_outside_nav(root):
    (root / "docs/neck.md").write_text(
        "---\ndescription: A page that nobody added to the navigation of the site at all.\n"
        "last_reviewed: 2026-11-01\nnext_review: 2027-11-01\n---\n\n# Neck\n\nText.\n"
    )


CORPUS = {
    "dead link": (
        append("\nSee [the missing page](no-such-page.md).\n"),
        [r"stretches/calves\.md", r"no-such-page\.md"],
    ),
    "dead anchor": (append("\nSee [this](hamstrings.md#no-such-part).\n"), [r"stretches/calves\.md", r"no-such-part"]),
    "picture without alt text": (
        lambda root: replace(re.search(r"  alt: .*\n", (root / PAGE).read_text()).group(0), "")(root),
        [r"docs/stretches/calves\.md(:\d+)?: front matter 'image\.alt': (is missing: )?describe the position"],
    ),
    "picture whose original is missing": (
        replace("file: stretches/calves.png", "file: stretches/calf-photo.jpg"),
        [
            r"docs/stretches/calves\.md(:\d+)?: front matter 'image\.file': "
            r"pictures/stretches/calf-photo\.jpg does not exist"
        ],
    ),
    "missing front matter field": (
        replace("difficulty: easy\n", ""),
        [r"docs/stretches/calves\.md(:\d+)?: front matter 'difficulty': is missing"],
    ),
    "wrong front matter field": (
        replace("difficulty: easy", "difficulty: medium"),
        [r"docs/stretches/calves\.md(:\d+)?: front matter 'difficulty': 'medium' is not a level; write one of"],
    ),
    "page not in the navigation": (add_page_outside_nav, [r"not included in the \"nav\"", r"neck\.md"]),
    "raw script in Markdown": (
        append("\n<script>alert('hi')</script>\n"),
        [r"docs/stretches/calves\.md:\d+: the text has a <script> element; remove it"],
    ),
    "next review before last review": (
        set_field("next_review", "2026-01-01"),
        [r"docs/stretches/calves\.md(:\d+)?: front matter 'next_review': 2026-01-01 is not after last_reviewed"],
    ),
    "last review in the future": (
        set_field("last_reviewed", TOMORROW),
        [rf"docs/stretches/calves\.md(:\d+)?: front matter 'last_reviewed': {TOMORROW} is in the future"],
    ),
}


@pytest.mark.parametrize("name", CORPUS)
def test_broken_contribution_fails_with_a_clear_message(tmp_path, name):
    change, expected = CORPUS[name]
    config = copy_project(tmp_path / "project")
    change(config.parent)
    result = strict_build(config, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name}: the build passed"
    for pattern in expected:
        assert re.search(pattern, output), f"{name}: expected /{pattern}/ in:\n{output}"


def test_a_script_inside_a_code_example_is_fine(tmp_path):
    config = copy_project(tmp_path / "project")
    append("\n```html\n<script>example()</script>\n```\n")(config.parent)
    result = strict_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr


def test_an_overdue_review_is_a_warning_that_never_breaks_the_build(tmp_path):
    config = copy_project(tmp_path / "project")
    set_field("last_reviewed", "2025-01-01")(config.parent)
    set_field("next_review", "2025-06-01")(config.parent)
    result = strict_build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "Review due: docs/stretches/calves.md: review was due on 2025-06-01" in result.stderr
    report = subprocess.run(
        [sys.executable, "scripts/check_pages.py", "--due", str(config.parent / "docs")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert report.returncode == 0 and "docs/stretches/calves.md: review was due on 2025-06-01" in report.stdout


def test_spelling():
    result = subprocess.run(
        [
            str(ROOT / ".venv/bin/codespell") if (ROOT / ".venv/bin/codespell").exists() else "codespell",
            "docs",
            "README.md",
            "CONTRIBUTING.md",
            "scripts",
            "hooks",
            "guide",
            "overrides",
            "tests",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
