"""The GitHub Actions workflow cannot run here, so check its shape against the workflow schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guide.project import ROOT

WORKFLOW = ROOT / ".github/workflows/site.yml"
CHECK = Path(sys.executable).parent / "check-jsonschema"


def validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.github-workflows", str(path)], capture_output=True, text=True
    )


def test_workflow_matches_the_github_workflow_schema():
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_runs_the_readme_test_command_and_deploys_site():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "run: python3 scripts/docs.py test" in text
    assert "actions/deploy-pages" in text and "path: site" in text


def test_a_broken_workflow_is_caught(tmp_path):
    broken = tmp_path / "site.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "run-on:", 1))
    assert validate(broken).returncode != 0
