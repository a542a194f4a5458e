"""Markdown lint (pymarkdown) on every page, CONTRIBUTING.md and README.md.

The rules are in .pymarkdown.json. Switched off, with the reason: line length (pages keep one
paragraph per line), inline HTML (Material's grids and cards use it), a first-line heading
(exercise pages get their title from front matter), link fragments (`{ #id }` anchors, which
the strict MkDocs build checks instead). Material's card grids use `-   ` (3 spaces) in
multi-paragraph items.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYMARKDOWN = [sys.executable, "-m", "pymarkdown", "--config", str(ROOT / ".pymarkdown.json"), "scan"]


def lint(*paths: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*PYMARKDOWN, *map(str, paths)], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_markdown_is_clean():
    result = lint("-r", "docs", "CONTRIBUTING.md", "README.md")
    assert result.returncode == 0, (
        "Markdown lint found problems (file:line:column: rule: what to fix):\n" + result.stdout + result.stderr
    )


def test_a_list_glued_to_its_paragraph_fails_with_file_and_line(tmp_path):
    # Python-Markdown would print this list as part of the paragraph.
    page = tmp_path / "broken.md"
    page.write_text("---\ntitle: Broken\n---\n\nDo these:\n- one\n- two\n", encoding="utf-8")
    result = lint(page)
    assert result.returncode != 0
    assert f"{page}:6:1: MD032: Lists should be surrounded by blank lines" in result.stdout
