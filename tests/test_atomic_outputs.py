"""Atomic outputs, deterministically (fast: no GiNZA, no sleeps).

A run replaces a document's output folder in two renames: the old folder aside, the new one in
place. Each failure and each kill point of that window is made to happen here on purpose."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from dtx_nlp import outputs
from dtx_nlp.errors import OutputError

OLD = {"units.csv": b"\xef\xbb\xbfunit_id\nP01\n", "report.html": b"<p>old</p>\n"}
NEW = {"units.csv": b"\xef\xbb\xbfunit_id\nP01\nP02\n", "links.csv": b"new\n"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.fixture()
def target(tmp_path) -> Path:
    folder = tmp_path / "out" / "doc"
    folder.mkdir(parents=True)
    for name, data in OLD.items():
        (folder / name).write_bytes(data)
    return folder


def _write(target: Path, files=NEW) -> None:
    with outputs.atomic_folder(target) as tmp:
        for name, data in files.items():
            (tmp / name).write_bytes(data)


def _failing_replace(fail_on: str):
    """os.replace that fails on the rename moving the old folder aside ("aside") or the one
    moving the new folder into place ("into")."""
    real = os.replace

    def replace(src, dst):
        name = Path(src).name
        moving_new = ".tmp-" in name
        moving_old = not name.startswith(".") and ".old-" in Path(dst).name
        if (fail_on == "into" and moving_new) or (fail_on == "aside" and moving_old):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    return replace


def test_a_successful_write_replaces_the_folder_whole(target):
    _write(target)
    assert _snapshot(target) == NEW  # report.html of the old run is gone, not mixed in
    assert _leftovers(target.parent) == []


@pytest.mark.parametrize("fail_on", ["aside", "into"])
def test_a_failed_rename_leaves_the_previous_outputs_whole(target, monkeypatch, fail_on):
    monkeypatch.setattr(outputs.os, "replace", _failing_replace(fail_on))
    with pytest.raises(OutputError, match="cannot move outputs into place"):
        _write(target)
    monkeypatch.undo()
    assert _snapshot(target) == OLD
    assert _leftovers(target.parent) == []


def test_a_failure_while_writing_leaves_the_previous_outputs_whole(target):
    with pytest.raises(RuntimeError):
        with outputs.atomic_folder(target) as tmp:
            (tmp / "units.csv").write_bytes(b"half")
            raise RuntimeError("stage failed")
    assert _snapshot(target) == OLD
    assert _leftovers(target.parent) == []


def test_a_first_run_that_fails_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "out" / "doc"
    monkeypatch.setattr(outputs.os, "replace", _failing_replace("into"))
    with pytest.raises(OutputError):
        _write(target)
    assert not target.exists() and _leftovers(target.parent) == []


KILLER = textwrap.dedent("""
    import os, shutil, signal, sys
    from pathlib import Path
    from dtx_nlp import outputs

    target, point = Path(sys.argv[1]), sys.argv[2]
    real_replace, real_rmtree = os.replace, shutil.rmtree
    calls = []

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def replace(src, dst):
        calls.append(src)
        if point == "aside" and len(calls) == 1 or point == "into" and len(calls) == 2:
            die()
        return real_replace(src, dst)

    def rmtree(path, *a, **k):
        if point == "cleanup" and ".old-" in str(path):
            die()
        return real_rmtree(path, *a, **k)

    outputs.os.replace, outputs.shutil.rmtree = replace, rmtree
    with outputs.atomic_folder(target) as tmp:
        (tmp / "units.csv").write_bytes(b"\\xef\\xbb\\xbfunit_id\\nP01\\nP02\\n")
        if point == "writing":
            die()
        (tmp / "links.csv").write_bytes(b"new\\n")
""")


@pytest.mark.parametrize("point, survivor", [("writing", OLD), ("aside", OLD), ("into", OLD),
                                             ("cleanup", NEW)])
def test_a_run_killed_at_each_point_loses_nothing(target, point, survivor):
    """SIGKILL at each step of the write: the outputs afterwards are either the old ones or the
    new ones, whole; a kill between the two renames leaves the old folder aside, and the next
    run puts it back before doing anything else."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run([sys.executable, "-c", KILLER, str(target), point], env=env,
                          capture_output=True, timeout=60)
    assert proc.returncode == -9, proc.stderr.decode()
    aside = [p for p in target.parent.iterdir() if ".old-" in p.name]
    if point in ("aside", "writing"):
        assert _snapshot(target) == OLD and not aside
    elif point == "into":
        assert not target.exists() and len(aside) == 1 and _snapshot(aside[0]) == OLD
    else:
        assert _snapshot(target) == NEW
    # the next run fails while writing: it still leaves the survivor whole and no debris
    with pytest.raises(RuntimeError):
        with outputs.atomic_folder(target):
            raise RuntimeError("the next run fails too")
    assert _snapshot(target) == survivor
    assert _leftovers(target.parent) == []


def test_an_atomic_file_is_replaced_whole_or_not_at_all(tmp_path):
    path = tmp_path / "index.html"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with outputs.atomic_file(path) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError
    assert path.read_text(encoding="utf-8") == "old" and _leftovers(tmp_path) == []
    with outputs.atomic_file(path) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "new" and _leftovers(tmp_path) == []


@pytest.mark.parametrize("stray", [".doc.tmp-1", ".doc.old-1"])
def test_a_stray_file_with_a_working_name_does_not_stop_a_write(target, stray):
    """Debris that cannot be removed as a folder (here a plain file) is left, not fatal."""
    (target.parent / stray).write_bytes(b"x")
    _write(target)
    assert _snapshot(target) == NEW
