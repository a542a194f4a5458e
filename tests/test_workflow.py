"""The GitHub Actions workflow cannot run here, so check its shape against the workflow schema."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

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


# --------------------------------------------------------------------------- supply chain

USES = re.compile(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", re.M)
DEPENDABOT = ROOT / ".github/dependabot.yml"


def test_every_action_is_pinned_by_full_commit_with_its_version_in_a_comment():
    found = USES.findall(WORKFLOW.read_text(encoding="utf-8"))
    assert found, "no actions found"
    for action, rest in found:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{action}: pin it by full commit SHA"
        assert re.search(r"#\s*v\d+\.\d+\.\d+", rest), f"{action}: add the version as a comment (# v1.2.3)"


def test_no_checkout_keeps_its_token():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False, f"job {name}: persist-credentials"


def test_every_python_package_is_pinned_with_hashes():
    for name in ("requirements.txt", "requirements-test.txt", "requirements-zensical.txt"):
        text = (ROOT / name).read_text(encoding="utf-8")
        pins = re.findall(r"^([A-Za-z0-9_.-]+)==\S+((?: \\\n\s+--hash=sha256:[0-9a-f]{64})*)", text, re.M)
        assert pins, f"{name}: no pins"
        for package, hashes in pins:
            assert hashes, f"{name}: {package} has no --hash"
        others = [
            line for line in text.splitlines() if line and not line.startswith(("#", " ", "-r ")) and "==" not in line
        ]
        assert not others, f"{name}: unpinned lines {others}"


def test_the_set_up_installs_python_packages_with_hash_checking():
    assert "--require-hashes" in (ROOT / "scripts/docs.py").read_text(encoding="utf-8")


def test_an_update_bot_watches_pip_npm_and_actions():
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} >= {"pip", "npm", "github-actions"}


def test_the_update_bot_config_matches_its_schema():
    result = subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.dependabot", str(DEPENDABOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
