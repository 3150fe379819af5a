"""Writing a document's outputs: CSV (UTF-8 with BOM, via pandas) into a folder moved into place
atomically, so that a killed run never leaves half-written files or loses earlier outputs."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .errors import OutputError

FLOAT_FORMAT = "%.4f"


def records_frame(records: Iterable, columns: list[str]) -> pd.DataFrame:
    """A frame of the given fields of dataclass records, in that column order."""
    records = list(records)
    return pd.DataFrame({c: [getattr(r, c) for r in records] for c in columns}, columns=columns)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """CSV for Excel and for diffing: UTF-8 with BOM, LF line ends, fixed float format."""
    frame = frame.copy()
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].map(_plain)
        elif pd.api.types.is_float_dtype(frame[col]) and col in ("number", "session"):
            frame[col] = frame[col].astype("Int64")
    frame.to_csv(path, index=False, encoding="utf-8-sig", float_format=FLOAT_FORMAT,
                 lineterminator="\n")


def _plain(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return FLOAT_FORMAT % value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in value)
    return value


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
        raise OutputError(f"cannot move outputs into place: {exc.strerror}", str(target)) from None
    shutil.rmtree(old, ignore_errors=True)
