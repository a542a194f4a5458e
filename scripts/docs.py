#!/usr/bin/env python3
"""One command line for every chore of the guide. It needs only Python 3.11+ to start: it
creates .venv, installs the pinned packages and the guide's own package, then does the job.

    python3 scripts/docs.py serve          # serve on http://127.0.0.1:8000, rebuilt on every change
    python3 scripts/docs.py test           # check the style and run every test
    python3 scripts/docs.py --help         # every chore, a line each
"""

from __future__ import annotations

import argparse
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
SERVE_ADDRESS = "127.0.0.1:8000"
# MkDocs 1.6 and mkdocs-redirects print a banner about MkDocs 2 on every run; these hide it.
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
# Node.js and npm install the front-end packages pinned in package-lock.json (the QR code
# library the programme page uses, axe-core for the tests); the Debian/Ubuntu packages for them.
TEST_PROGRAMS = {"node": "nodejs", "npm": "npm"}
# Files of npm packages the site itself serves, copied into a git-ignored folder under docs/ on
# every serve, build and test: package -> {file in the package: name in docs/assets/vendor/<package>/}.
VENDOR = {"lean-qr": {"index.mjs": "lean-qr.module.js", "LICENSE": "LICENSE.txt"}}
VENDOR_DIR = ROOT / "docs" / "assets" / "vendor"
# The chores that run a tool in scripts/ (or a module) with the installed packages:
# name -> (what it does, command after the venv's python, requirements file it needs).
TOOLS = {
    "pictures": (
        "process the original pictures into web images in .cache/pictures/",
        ["scripts/pictures.py"],
        "requirements.txt",
    ),
    "check": (
        "check every page against the page model, without a build (--due: reviews due)",
        ["scripts/check_pages.py"],
        "requirements.txt",
    ),
    "urls": (
        "the registry of published addresses: 'urls add' or 'urls check'",
        ["scripts/urls.py"],
        "requirements.txt",
    ),
    "draw": (
        "redraw the exercise illustrations in pictures/ from their pose data",
        ["-m", "guide.figures"],
        "requirements.txt",
    ),
    "readability": (
        "reading grade of every page of a built site (default site/)",
        ["scripts/readability.py"],
        "requirements-test.txt",
    ),
    "screenshots": (
        "phone and desktop screenshots, light and dark, of built pages",
        ["scripts/screenshots.py"],
        "requirements-test.txt",
    ),
    "engines": (
        "build with MkDocs and with Zensical and print every difference",
        ["scripts/compare_engines.py"],
        "requirements-test.txt",
    ),
}
BENCHMARKS = {
    "pictures": "the picture pipeline against ImageMagick on the same photos",
    "site": "Lighthouse, instant-navigation bytes and build time against plain MkDocs",
    "scale": "build seconds per page with 1x, 10x and 30x the exercise pages",
    "programme": "programme link length for 1, 10 and 30 exercises, and the client view's page weight",
}


def say(message: str) -> None:
    print(f"[docs] {message}", file=sys.stderr, flush=True)


def run(*command: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# --------------------------------------------------------------------------- installing


def apt_install(*packages: str, updated: list[bool] = [False]) -> bool:  # noqa: B006 - once per run
    """Install Debian packages when running as root on Debian/Ubuntu; False if not possible."""
    if not (is_root() and shutil.which("apt-get")):
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if not updated[0]:
        say("apt-get update")
        run("apt-get", "update", "-qq", env=env)
        updated[0] = True
    say(f"apt-get install {' '.join(packages)}")
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)
    return True


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
            sys.exit(
                "[docs] Python cannot create a virtual environment here. On Debian or Ubuntu, run "
                f"'sudo apt-get install python{version}-venv' and try again."
            )
        run(sys.executable, "-m", "venv", VENV)


def run_once(stamp: Path, inputs: list[Path], message: str, *command: str | Path, **kwargs) -> None:
    """Run an install command unless it already ran for exactly these input files."""
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in inputs)).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(message)
    run(*command, **kwargs)
    stamp.write_text(digest)


def ensure_requirements(name: str) -> None:
    """Install requirements file `name` (hash-checked) and the guide's package into .venv."""
    ensure_venv()
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    files = [ROOT / "requirements.txt"] + ([ROOT / name] if name != "requirements.txt" else [])
    run_once(
        VENV / f".installed-{name}",
        files,
        f"installing {name} into .venv (first run only)",
        *pip,
        "--require-hashes",
        "--no-deps",
        "-r",
        ROOT / name,
    )
    run_once(
        VENV / ".installed-guide",
        [ROOT / "pyproject.toml"],
        "installing the guide package (editable)",
        *pip,
        "--no-deps",
        "--no-build-isolation",
        "-e",
        ROOT,
    )


def ensure_front_end() -> None:
    """Node.js and npm (from Debian's packages when missing and root), the npm packages pinned in
    package-lock.json, and the site's own copy of the ones it serves, with their licences."""
    missing = [pkg for prog, pkg in TEST_PROGRAMS.items() if not shutil.which(prog)]
    if missing and not apt_install(*missing):
        sys.exit(
            f"[docs] Node.js and npm are needed (the programme page's QR code library comes from npm). "
            f"On Debian or Ubuntu, run 'sudo apt-get install {' '.join(missing)}' and try again."
        )
    run_once(
        ROOT / "node_modules" / ".installed-lock",
        [ROOT / "package-lock.json"],
        "npm ci (front-end packages, pinned in package-lock.json)",
        "npm",
        "ci",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        cwd=ROOT,
    )
    for package, files in VENDOR.items():
        for name, copy_as in files.items():
            source, target = ROOT / "node_modules" / package / name, VENDOR_DIR / package / copy_as
            if not source.is_file():
                sys.exit(f"[docs] {source} is missing: delete node_modules/ and run this command again.")
            if not target.is_file() or target.read_bytes() != source.read_bytes():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)


def system_chromium() -> str:
    """The system Chromium the tests use, as guide.running finds it ('' when there is none)."""
    code = "from guide.running import find_chromium; print(find_chromium() or '')"
    return subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def ensure_test_tools() -> dict[str, str]:
    """Chromium, Node.js and npm for the browser tests; returns extra environment for pytest."""
    missing = [pkg for prog, pkg in TEST_PROGRAMS.items() if not shutil.which(prog)]
    found = system_chromium()
    if not found and apt_install("chromium", *missing):
        found = system_chromium()
    if not found:
        # Not Debian, or not root: Playwright's own browser build.
        say("no system Chromium: installing Playwright's Chromium")
        run(PYTHON, "-m", "playwright", "install", "chromium")
    ensure_front_end()
    return {"GUIDE_CHROMIUM": found} if found else {}


# --------------------------------------------------------------------------- chores


def in_venv(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(PYTHON), *map(str, args)], cwd=ROOT, env={**os.environ, **QUIET_ENV, **(env or {})})


def serve(rest: list[str]) -> int:
    ensure_requirements("requirements.txt")
    ensure_front_end()
    # The site is served at the root of the address (not under site_url's path), so the
    # address printed here is the one that works, and instant navigation works too.
    address = f"http://{SERVE_ADDRESS}/"
    say(f"serving on {address} (Ctrl+C stops); after changing code in guide/, stop and start again")
    return in_venv(
        "-m",
        "mkdocs",
        "serve",
        "--livereload",
        "-a",
        SERVE_ADDRESS,
        *rest,
        env={"SITE_URL": os.environ.get("SITE_URL", address)},
    )


def build(rest: list[str]) -> int:
    ensure_requirements("requirements.txt")
    ensure_front_end()
    return in_venv("-m", "mkdocs", "build", "--strict", *rest)


def test(rest: list[str]) -> int:
    ensure_requirements("requirements-test.txt")
    ensure_requirements("requirements-zensical.txt")
    env = {**os.environ, **QUIET_ENV, **ensure_test_tools()}
    for style in (["check", "."], ["format", "--check", "."]):
        say(f"ruff {' '.join(style)}")
        if subprocess.call([str(BIN / "ruff"), *style], cwd=ROOT) != 0:
            say("style check failed: run '.venv/bin/ruff format .' and '.venv/bin/ruff check --fix .'")
            return 1
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 scripts/docs.py",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    chores = parser.add_subparsers(dest="chore", metavar="CHORE", required=True)
    chores.add_parser(
        "serve", help=f"serve the site on http://{SERVE_ADDRESS}/, rebuilt on every change", add_help=False
    )
    chores.add_parser("build", help="build site/ strictly: any warning, dead link or anchor fails", add_help=False)
    chores.add_parser(
        "test", help="check the style (ruff) and run every test; extra arguments go to pytest", add_help=False
    )
    for name, (what, _, _) in TOOLS.items():
        chores.add_parser(name, help=what, add_help=False)
    bench = chores.add_parser("bench", help="benchmarks that print numbers: " + ", ".join(BENCHMARKS))
    bench.add_argument("which", choices=list(BENCHMARKS), help="; ".join(f"{k}: {v}" for k, v in BENCHMARKS.items()))
    args, rest = parser.parse_known_args(argv)
    if args.chore in ("serve", "build", "test"):
        return {"serve": serve, "build": build, "test": test}[args.chore](rest)
    if args.chore == "bench":
        ensure_requirements("requirements-test.txt")
        return in_venv(f"scripts/bench_{args.which}.py", *rest)
    _, command, requirements = TOOLS[args.chore]
    ensure_requirements(requirements)
    return in_venv(*command, *rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
