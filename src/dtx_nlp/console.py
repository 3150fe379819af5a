"""What `dtx-nlp run` shows while it works and when it ends (CLI side: the core never imports it).

On a terminal: a live line naming the stage each document is in (the runner reports a stage as
it starts) and, for several documents, a bar across them. Elsewhere (a pipe, a log file): one
plain line per finished document. Then a summary table whose long names fold rather than vanish,
followed by the path of each report and of index.html.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column, Table

from .run.runner import DONE, FAILED, QUEUED


class RunDisplay:
    """A progress callback for run_corpus: `display(document, event)`."""

    def __init__(self, err: Console, *, quiet: bool = False, verbose: bool = False):
        self.err, self.quiet, self.verbose = err, quiet, verbose
        self.live = err.is_terminal and not quiet
        self.total = self.finished = 0
        self.started: dict[str, float] = {}
        self.last = time.perf_counter()  # the latest finish (a skipped document has no stage)
        name = Column(ratio=1, no_wrap=True, overflow="ellipsis")  # the bar and clock stay
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False,
                                                             table_column=name),
                                 BarColumn(bar_width=16), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=err, transient=True,
                                 disable=not self.live, expand=True)
        self.task = None

    def __enter__(self) -> "RunDisplay":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def __call__(self, doc: str, event: str) -> None:
        if event == QUEUED:
            self.total += 1
            self._task(f"{self.total} document{'s' if self.total > 1 else ''} found")
            return
        if event in (DONE, FAILED):
            self.finished += 1
            if event == FAILED and self.total == 1:  # its error line says it all
                return
            now = time.perf_counter()
            self._line(f"{doc}: {event} in {now - self.started.get(doc, self.last):.1f} s"
                       + (f" [{self.finished}/{self.total}]" if self.total > 1 else ""))
            self.last = now
            self.progress.update(self.task, completed=self.finished,
                                 description=f"{self.finished} of {self.total} documents")
            return
        self.started.setdefault(doc, time.perf_counter())
        if self.verbose:
            self._line(f"{doc}: {event}")
        self.progress.update(self.task, description=f"{event} · {doc}")  # a long name is cut

    def _task(self, description: str) -> None:
        total = self.total if self.total > 1 else None
        if self.task is None:
            self.task = self.progress.add_task(description, total=total)
        else:
            self.progress.update(self.task, description=description, total=total)

    def _line(self, text: str) -> None:
        """A plain line where no live display runs (or with --verbose); nothing with --quiet."""
        if self.quiet:
            return
        if self.live:
            if self.verbose or self.total > 1:
                self.progress.console.print(text, highlight=False, soft_wrap=True,
                                            markup=False)
        else:
            self.err.print(text, highlight=False, soft_wrap=True, markup=False)


def summary(out: Console, err: Console, results, out_dir: Path, *, verbose: bool = False
            ) -> None:
    """The table of documents (none when no document succeeded), warnings, then where the
    reports are — the last line is the path of index.html."""
    written = [r for r in results if r.ok]
    if written:
        out.print(_table(results, out_dir))
    for r in written:
        if verbose and r.timings:
            err.print(f"{r.doc_id}: " + ", ".join(f"{k} {v:.1f} s" for k, v in r.timings.items()),
                      highlight=False, soft_wrap=True, markup=False)
    for r in results:
        for issue in r.issues:
            if issue.severity != "info" or verbose:
                err.print(f"{issue.severity}: {issue}", highlight=False, soft_wrap=True,
                          markup=False)
    for r in written:
        out.print(f"report: {out_dir / r.doc_id / 'report.html'}", highlight=False,
                  soft_wrap=True, markup=False)
    if written:
        out.print(f"index: {out_dir / 'index.html'}", highlight=False, soft_wrap=True,
                  markup=False)


def _table(results, out_dir: Path) -> Table:
    table = Table(title=f"dtx-nlp → {out_dir}", title_justify="left")
    table.add_column("document", overflow="fold", ratio=2)
    table.add_column("layout", overflow="fold")
    table.add_column("units by kind", overflow="fold", ratio=3)
    table.add_column("parse", overflow="fold")
    table.add_column("total s", justify="right")
    for r in results:
        if not r.ok:
            table.add_row(r.doc_id, "-", "failed", "-", "-")
            continue
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items()))
        parse = ("up to date" if r.up_to_date else "cache" if r.cache_hit
                 else f"{r.timings.get('parse', 0):.1f}s")
        table.add_row(r.doc_id, r.layout, kinds, parse, f"{sum(r.timings.values()):.1f}")
    return table
