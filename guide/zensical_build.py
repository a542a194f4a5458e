"""Build the site with Zensical, doing first and after what MkDocs' hooks do in a MkDocs build
(Zensical never runs `hooks:`): check the pages, process the pictures, publish them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

from guide import (
    asset_versions,
    exercise_catalogue,
    link_previews,
    offline,
    pictures,
    routine,
    screen_stylesheet,
    security_policy,
    site_check,
    site_limits,
)
from guide.running import BUILD_TIMEOUT_SECONDS, QUIET_ENV


class BuildError(RuntimeError):
    """The build stopped; the message says why."""


def build(root: Path, *, site_dir: str = "site", extra_pythonpath: Path | None = None) -> Path:
    """Build the project at `root` with Zensical into root/site_dir; returns the site folder.
    `extra_pythonpath` is put first on Zensical's PYTHONPATH (the tests' theme stand-in)."""
    pages = (
        (p.relative_to(root / "docs").as_posix(), p.read_text(encoding="utf-8"))
        for p in sorted((root / "docs").rglob("*.md"))
    )
    report = site_check.check_texts(pages, today=dt.date.today(), pictures_dir=root / "pictures")
    problems = site_check.links_in(root / "docs", "docs") + site_check.links_in(root / "snippets", "snippets")
    problems += report.problems
    if problems:
        raise BuildError("page problems:\n" + "\n".join(f"  {p}" for p in problems))
    outputs = pictures.output_dir(root)
    result = pictures.process_all(root / "pictures", outputs)
    if result.errors:
        raise BuildError("picture problems:\n  " + "\n  ".join(result.errors))
    env = {**os.environ, **QUIET_ENV}
    if extra_pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_pythonpath), env.get("PYTHONPATH")]))
    run = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
    )
    if run.returncode != 0:
        raise BuildError(f"zensical build failed:\n{run.stdout}\n{run.stderr}")
    site = root / site_dir
    for rel in pictures.published_files(result.manifest):
        target = site / pictures.URL_PREFIX / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(outputs / rel, target)
    screen_stylesheet.write(site)
    exercise_catalogue.write(site, root)
    security_policy.add_to_site(site)
    routine.write(site, root)
    link_previews.write(site, root)
    asset_versions.add_to_site(site)
    offline.write(site, root)  # last of the steps that write into the site: it lists every file
    too_big = site_limits.check_built_site(site)
    if too_big:
        raise BuildError("the built site is too big:\n  " + "\n  ".join(too_big))
    return site
