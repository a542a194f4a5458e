#!/usr/bin/env python3
"""One entry point for every chore of the guide. Needs only Python 3.11+ to start:
it creates .venv, installs the pinned requirements, and then does the job.

    python3 scripts/docs.py serve    # install, then serve on http://127.0.0.1:8000 with live reload
    python3 scripts/docs.py build    # install, then build site/ (strict: any warning fails)
    python3 scripts/docs.py test     # install test tools and a browser, then run every test

Extra arguments after `test` go to pytest (for example `-k search`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
# Programs the tests use, and the Debian/Ubuntu packages that provide them.
TEST_PROGRAMS = {"pdftoppm": "poppler-utils", "node": "nodejs", "npm": "npm"}
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def say(message: str) -> None:
    print(f"[docs] {message}", file=sys.stderr, flush=True)


def run(*command: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


_apt_updated = False


def apt_install(*packages: str) -> bool:
    """Install Debian packages when running as root on Debian/Ubuntu; False if not possible."""
    global _apt_updated
    if not (is_root() and shutil.which("apt-get")):
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if not _apt_updated:
        say("apt-get update")
        run("apt-get", "update", "-qq", env=env)
        _apt_updated = True
    say(f"apt-get install {' '.join(packages)}")
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)
    return True


# --------------------------------------------------------------------------- Python packages


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say("creating .venv")
    try:
        run(sys.executable, "-m", "venv", VENV)
    except subprocess.CalledProcessError:
        # Debian and Ubuntu ship venv's pip in a separate package.
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        if not apt_install(f"python{version}-venv"):
            sys.exit("[docs] Python cannot create a virtual environment here. On Debian or Ubuntu, run "
                     f"'sudo apt-get install python{version}-venv' and try again.")
        run(sys.executable, "-m", "venv", VENV)


def run_once(stamp: Path, inputs: list[Path], message: str, *command: str | Path, **kwargs) -> None:
    """Run an install command unless it already ran for exactly these input files."""
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in inputs)).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(message)
    run(*command, **kwargs)
    stamp.write_text(digest)


def ensure_requirements(name: str, *pip_options: str) -> None:
    """Install requirements file `name` into .venv unless the same file is already installed."""
    ensure_venv()
    files = [ROOT / "requirements.txt"] + ([ROOT / name] if name != "requirements.txt" else [])
    run_once(VENV / f".installed-{name}", files, f"installing {name} into .venv (first run only)",
             PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options, "-r", ROOT / name)


# --------------------------------------------------------------------------- test tools


def find_chromium() -> str | None:
    for path in (os.environ.get("GUIDE_CHROMIUM"), *CHROMIUM_PATHS):
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    return None


def ensure_node_packages() -> None:
    """axe-core and any other front-end test tools, exactly as package-lock.json pins them."""
    run_once(ROOT / "node_modules" / ".installed-lock", [ROOT / "package-lock.json"],
             "npm ci (front-end test tools)",
             "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=ROOT)


def ensure_test_tools() -> dict[str, str]:
    """Chromium and the other programs the tests drive. Returns extra environment for pytest."""
    env: dict[str, str] = {}
    missing = [pkg for prog, pkg in TEST_PROGRAMS.items() if not shutil.which(prog)]
    chromium = find_chromium()
    if chromium is None and apt_install("chromium", *missing):
        missing = []
        chromium = find_chromium()
    elif missing:
        apt_install(*missing)
    if chromium:
        env["GUIDE_CHROMIUM"] = chromium
    else:
        # Not Debian, or not root: Playwright's own browser build.
        say("no system Chromium: installing Playwright's Chromium")
        run(PYTHON, "-m", "playwright", "install", "chromium")
    return env


# --------------------------------------------------------------------------- commands


def mkdocs(*args: str) -> int:
    env = {**os.environ, **QUIET_ENV}
    return subprocess.call([str(BIN / "mkdocs"), *args], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "serve":
        ensure_requirements("requirements.txt")
        return mkdocs("serve", "--livereload", "-a", "127.0.0.1:8000", *rest)
    if command == "build":
        ensure_requirements("requirements.txt")
        return mkdocs("build", "--strict", *rest)
    if command == "test":
        ensure_requirements("requirements-test.txt")
        ensure_requirements("requirements-zensical.txt", "--no-deps")
        env = {**os.environ, **QUIET_ENV, **ensure_test_tools()}
        ensure_node_packages()
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    print(__doc__, file=sys.stderr)
    return 0 if command in ("-h", "--help", "help") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
