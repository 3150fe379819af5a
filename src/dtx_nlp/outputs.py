"""Writing a document's outputs: CSV (UTF-8 with BOM) into a folder moved into place atomically,
so that a killed run never leaves half-written files or loses earlier outputs. The CSV writer is
the standard library's: importing pandas cost a quarter of a re-run after a rule change."""

from __future__ import annotations

import csv
import math
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import OutputError

FLOAT_FORMAT = "%.4f"


def records_rows(records: Iterable, columns: list[str]) -> list[list]:
    """The given fields of dataclass records, in that column order."""
    return [[getattr(r, c) for c in columns] for r in records]


def write_csv(path: Path, columns: list[str], rows: Iterable[list]) -> None:
    """CSV for Excel and for diffing: UTF-8 with BOM, LF line ends, fixed float format, empty
    cells for missing values."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return FLOAT_FORMAT % value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _recover(target: Path) -> None:
    """Bring back the previous outputs if a run was killed between the two renames."""
    for old in target.parent.glob(f".{target.name}.old-*"):
        if not target.exists():
            os.replace(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in target.parent.glob(f".{target.name}.tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on failure it is
    removed, so readers never see a half-written file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield a temporary folder; on success it replaces `target` whole, on failure it is removed."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _recover(target)
        tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
    except OSError as exc:
        raise OutputError(f"cannot write outputs: {exc.strerror}", str(target.parent)) from None
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    try:
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
    except OSError as exc:
        _put_back(target)
        raise OutputError(f"cannot move outputs into place: {exc.strerror}", str(target)) from None
    shutil.rmtree(old, ignore_errors=True)


def _put_back(target: Path) -> None:
    """After a failed rename: the previous outputs back in place, the new ones removed (what
    the next run would do anyway, done now so that readers see the old outputs meanwhile)."""
    try:
        _recover(target)
    except OSError:
        pass  # the next run's _recover tries again
