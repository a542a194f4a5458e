"""The picture pipeline survives faults: a killed build, a damaged manifest, a full or
read-only cache, a wrong output folder, links to files outside the repository."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from guide import pictures
from guide.picture_markup import picture_markup
from guide.project import ROOT, copy_project
from guide.running import QUIET_ENV, strict_build, tool

BUILD_SECONDS = 240
FRESH = "core"  # the folder of pictures the kill test processes afresh


def picture(path: Path, size=(900, 600), colour=(40, 120, 160)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


def picture_workers(parent: int) -> list[int]:
    """The process ids of the pipeline's workers that `parent` started (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
            if int(fields[1]) == parent and b"multiprocessing-fork" in command:
                found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_build_killed_while_pictures_are_processed_never_blocks_the_next(site, tmp_path):
    config = copy_project(tmp_path / "project")
    cache = pictures.output_dir(config.parent)
    cache.unlink()
    # The copy starts from the shared cache (the session's build filled it) less the core pictures:
    # those are processed afresh, so the kill lands mid-work, and the next build makes only them.
    shutil.copytree(pictures.output_dir(ROOT), cache)
    shutil.rmtree(cache / FRESH)
    manifest = json.loads((cache / pictures.MANIFEST).read_text())
    fresh = [name for name in manifest if name.startswith(f"{FRESH}/")]
    assert fresh, "the shared cache has no core pictures"
    (cache / pictures.MANIFEST).write_text(json.dumps({k: v for k, v in manifest.items() if k not in fresh}))
    env = {**os.environ, **QUIET_ENV}
    build = subprocess.Popen(
        [tool("mkdocs"), "build", "--strict", "-d", str(tmp_path / "one")],
        cwd=config.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + BUILD_SECONDS
    while not any((cache / FRESH).rglob("*.avif")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any((cache / FRESH).rglob("*.avif")), "the pictures never started"
    workers = picture_workers(build.pid)
    assert workers, "no picture workers found"
    os.kill(build.pid, signal.SIGKILL)  # no clean-up: workers are orphaned as after an out-of-memory kill
    build.wait()
    deadline = time.monotonic() + 10
    while (left := [pid for pid in workers if running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left, f"picture workers {left} outlived the killed build"
    again = strict_build(config, tmp_path / "two", timeout=BUILD_SECONDS)  # hangs, then fails, if blocked
    assert again.returncode == 0, again.stderr[-3000:]
    made = {path.name.rsplit("-", 2)[0] for path in (tmp_path / "two" / "pictures" / FRESH).glob("*.avif")}
    assert made == {Path(name).stem for name in fresh}, "the core pictures were not all made again"


def test_a_waiting_run_says_who_holds_the_cache(dirs):
    src, out = dirs
    picture(src / "a.png")
    pictures.process_all(src, out, jobs=1)
    with open(out / pictures.LOCK, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write("process 4242, which started at 10:00:00")
        lock.flush()
        code = (
            f"from pathlib import Path; from guide import pictures; "
            f"pictures.process_all(Path({str(src)!r}), Path({str(out)!r}))"
        )
        run = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert run.poll() is None, "the second run did not wait for the lock"
        fcntl.flock(lock, fcntl.LOCK_UN)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 0
    assert "waiting for process 4242, which started at 10:00:00" in stderr and str(out) in stderr


@pytest.mark.parametrize("damage", ["null", "", "{not json", '{"a.png": null}', '["a.png"]'])
def test_a_damaged_manifest_is_rebuilt(dirs, damage):
    src, out = dirs
    picture(src / "a.png")
    pictures.process_all(src, out, jobs=1)
    (out / pictures.MANIFEST).write_text(damage)
    result = pictures.process_all(src, out, jobs=1)
    assert result.errors == [] and "a.png" in result.manifest
    assert isinstance(json.loads((out / pictures.MANIFEST).read_text())["a.png"], dict)


@pytest.mark.parametrize(
    "number, words",
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "read-only disk"),
        (errno.EACCES, "you may not write to it"),
    ],
)
def test_a_full_or_read_only_cache_names_the_folder_and_the_real_problem(dirs, monkeypatch, number, words):
    src, out = dirs
    picture(src / "a.png")

    def fails(image, path, fmt):
        raise OSError(number, os.strerror(number), str(path))

    monkeypatch.setattr(pictures, "save", fails)
    with pytest.raises(pictures.PictureFolderError) as caught:
        pictures.process_all(src, out, jobs=1)
    message = str(caught.value)
    assert str(out) in message and words in message and "export it again" not in message


def test_a_cache_folder_that_cannot_be_created_is_named(dirs, monkeypatch):
    src, out = dirs
    picture(src / "a.png")
    real_write = Path.write_text

    def read_only(self, *args, **kwargs):
        if self.name == pictures.OURS:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", read_only)
    with pytest.raises(pictures.PictureFolderError, match="read-only disk"):
        pictures.process_all(src, out, jobs=1)


def test_the_output_folder_may_not_overlap_the_originals_or_hold_other_files(dirs):
    src, out = dirs
    original = picture(src / "a.png")
    for bad_out in (src, src / "web", src.parent):
        with pytest.raises(pictures.PictureFolderError, match="overlap"):
            pictures.process_all(src, bad_out, jobs=1)
    out.mkdir()
    (out / "notes.txt").write_text("my notes")
    with pytest.raises(pictures.PictureFolderError, match="did not make"):
        pictures.process_all(src, out, jobs=1)
    assert (out / "notes.txt").read_text() == "my notes" and original.exists()


def test_only_its_own_outputs_are_ever_deleted(dirs):
    src, out = dirs
    picture(src / "a.png")
    pictures.process_all(src, out, jobs=1)
    (out / "README.txt").write_text("kept")
    (src / "a.png").unlink()
    result = pictures.process_all(src, out, jobs=1)
    assert result.removed > 0 and (out / "README.txt").read_text() == "kept"


def test_the_command_line_refuses_src_equal_to_out_and_deletes_nothing(dirs):
    src, _ = dirs
    picture(src / "a.png")
    before = sorted(p.name for p in src.iterdir())
    run = subprocess.run(
        [sys.executable, "scripts/pictures.py", "--src", str(src), "--out", str(src)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2 and "overlap" in run.stderr
    assert sorted(p.name for p in src.iterdir()) == before


def test_a_linked_picture_is_refused_and_never_published(dirs, tmp_path):
    src, out = dirs
    outside = picture(tmp_path / "elsewhere" / "secret.png")
    (src / "stretches").mkdir()
    (src / "stretches" / "calves.png").symlink_to(outside)
    result = pictures.process_all(src, out, jobs=1)
    assert result.errors == [
        "pictures/stretches/calves.png: is a link to another file; copy the picture itself "
        "into pictures/ (links are refused, so nothing from outside the folder is published)"
    ]
    assert "stretches/calves.png" not in result.manifest
    assert not list(out.rglob("calves*"))


def test_names_with_spaces_and_commas_are_encoded_in_srcset(dirs):
    src, out = dirs
    picture(src / "my photos, 2026" / "calf stretch.png")
    entry = pictures.process_all(src, out, jobs=1).manifest["my photos, 2026/calf stretch.png"]
    markup = picture_markup(entry, "stretches/calves/")
    for source in markup["sources"]:
        for candidate in source["srcset"].split(", "):
            url, width = candidate.rsplit(" ", 1)
            assert " " not in url and "," not in url and width.endswith("w"), candidate
    assert "my%20photos%2C%202026/" in markup["src"]


def test_a_build_with_a_linked_picture_fails_naming_it(tmp_path):
    config = copy_project(tmp_path / "project")
    originals = config.parent / "pictures"
    originals.unlink()
    originals.mkdir()
    for file in sorted((ROOT / "pictures").rglob("*.png")):
        target = originals / file.relative_to(ROOT / "pictures")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, target)
    (originals / "stretches" / "calves.png").unlink()
    (originals / "stretches" / "calves.png").symlink_to(ROOT / "pictures" / "stretches" / "calves.png")
    result = strict_build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "pictures/stretches/calves.png: is a link to another file" in result.stderr
