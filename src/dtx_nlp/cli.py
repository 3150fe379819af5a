"""The `dtx-nlp` command line: parses options into a config and calls the core."""

from __future__ import annotations

import os
import sys

# One BLAS/OpenMP thread per process: measured faster for GiNZA here, and parallel documents
# get their own processes (--jobs). Must be set before numpy is first imported.
os.environ.setdefault("OMP_NUM_THREADS", "1")

from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import EXIT_PARTIAL, DtxError, OutputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Traceability analysis of Japanese policy documents.")
rules_app = typer.Typer(no_args_is_help=True, help="Work with entity rule files.")
app.add_typer(rules_app, name="rules")
err = Console(stderr=True)
out = Console()

DEBUG = typer.Option(False, "--debug", help="Show a full traceback on errors.")
PIPELINE = typer.Option(None, "--pipeline", "-p", help="Pipeline config (TOML). "
                        "Default: the pipeline shipped with dtx-nlp (dtx-nlp init DIR writes a copy).")


@contextmanager
def _errors(debug: bool):
    """One-line errors with a documented exit code; a traceback only with --debug."""
    try:
        yield
    except DtxError as exc:
        if debug:
            raise
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _pipeline(path: Optional[Path]) -> Optional[Path]:
    """The pipeline config the user named; None means the one shipped in the package."""
    return path


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpus"), help="A .txt/.md document or a folder of them."),
    out_dir: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder; one "
                                 "sub-folder per document."),
    pipeline: Optional[Path] = PIPELINE,
    rules: List[Path] = typer.Option([], "--rules", "-r", help="Extra entity rule file (JSONL, "
                                     "spaCy EntityRuler format); repeatable."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Parse cache folder. "
                                             "Default: $DTX_NLP_CACHE_DIR or ~/.cache/dtx-nlp."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", help="Documents parsed in "
                             "parallel (default: the number of cores)."),
    layout: Optional[str] = typer.Option(None, "--layout", help="Force a layout profile."),
    debug: bool = DEBUG,
) -> None:
    """Run the whole pipeline on a corpus and write OUT/<document>/ for each document."""
    from .runner import RunOptions, run_corpus

    opts = RunOptions(out=out_dir, pipeline=_pipeline(pipeline), rules=tuple(rules),
                      cache_dir=cache_dir, use_cache=not no_cache, jobs=max(1, jobs),
                      layout=layout)
    with _errors(debug):
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True, disable=not err.is_terminal) as progress:
            task = progress.add_task("starting", total=None)
            results = run_corpus(corpus, opts,
                                 lambda doc, stage: progress.update(task,
                                                                    description=f"{doc}: {stage}"))
        _summary(results, out_dir)
        failed = [r for r in results if not r.ok]
        for r in failed:
            err.print(f"[red]error:[/red] {r.error}", highlight=False, soft_wrap=True)
        if failed:
            raise typer.Exit(EXIT_PARTIAL if len(failed) < len(results) else failed[0].exit_code)


def _summary(results, out_dir: Path) -> None:
    table = Table(title=f"dtx-nlp → {out_dir}", show_lines=False)
    for col in ("document", "layout", "units by kind", "parse", "total s"):
        table.add_column(col)
    for r in results:
        if not r.ok:
            table.add_row(r.doc_id, "-", "failed", "-", "-")
            continue
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r.counts.items()))
        parse = ("up to date" if r.up_to_date else "cache" if r.cache_hit
                 else f"{r.timings.get('parse', 0):.1f}s")
        table.add_row(r.doc_id, r.layout, kinds, parse, f"{sum(r.timings.values()):.1f}")
    out.print(table)
    for r in results:
        for issue in r.issues:
            if issue.severity != "info":
                err.print(f"{issue.severity}: {issue}", highlight=False, soft_wrap=True)


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="A .txt/.md document."),
    pipeline: Optional[Path] = PIPELINE,
    layout: Optional[str] = typer.Option(None, "--layout", help="Force a layout profile."),
    debug: bool = DEBUG,
) -> None:
    """Show the layout profile chosen for a document and the structure it finds (no parsing)."""
    from .inspect import inspect_document

    with _errors(debug):
        report = inspect_document(file, _pipeline(pipeline), layout)
    out.print(report, highlight=False, soft_wrap=True)


@rules_app.command("check")
def rules_check(files: List[Path] = typer.Argument(..., help="Rule files (JSONL)."),
                debug: bool = DEBUG) -> None:
    """Validate rule files; print how many rules each holds by label."""
    from collections import Counter

    from .entities import read_rule_file

    with _errors(debug):
        for f in files:
            rules = read_rule_file(f)
            labels = ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.label for r in rules)
                                                            .items()))
            out.print(f"{f}: {len(rules)} rules ({labels})", highlight=False)


@app.command()
def review(
    document: Path = typer.Argument(..., help="The corpus document the decision is about."),
    recommendation: str = typer.Argument(..., help="Recommendation unit id, e.g. R01."),
    target: str = typer.Argument(..., help="Linked unit id, e.g. P03 or S1-R05."),
    decision: str = typer.Argument(..., help="accept or reject."),
    note: str = typer.Option("", "--note", help="Why."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Record an analyst's decision on a link in <document>.review.csv; re-runs keep it."""
    from .inspect import units_of
    from .review import record_decision, review_path

    with _errors(debug):
        units = units_of(document, _pipeline(pipeline))
        path = review_path(str(document))
        record_decision(path, units, recommendation, target, decision, note)
    out.print(f"{path}: {recommendation} → {target} {decision}", highlight=False)


@app.command()
def evaluate(
    gold: Path = typer.Option(Path("tests/gold"), "--gold", help="Gold annotation folder."),
    corpus: Path = typer.Option(Path("corpus/spf_extended_deterrence_2025.txt"), "--corpus",
                                help="The document the gold describes."),
    pipeline: Optional[Path] = PIPELINE,
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds for link acceptance."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures here."),
    calibrate: bool = typer.Option(False, "--calibrate", help="Also fit link weights and the "
                                   "acceptance rule on all recommendations (values for the "
                                   "pipeline config; the CV figures are the honest estimate)."),
    debug: bool = DEBUG,
) -> None:
    """Entity P/R/F1, link MAP/recall@10/P/R/F1/F2 and glossary coverage against the gold,
    next to the baselines (GiNZA NER alone; plain TF-IDF; plain noun frequency)."""
    from .evaluate import evaluate_all, format_report

    with _errors(debug):
        figures = evaluate_all(corpus, gold, _pipeline(pipeline), folds, calibrate)
    out.print(format_report(figures), highlight=False, soft_wrap=True)
    if json_out:
        import json

        json_out.write_text(json.dumps(figures, ensure_ascii=False, indent=1, sort_keys=True),
                            encoding="utf-8")


@app.command()
def serve(
    out_dir: Path = typer.Argument(Path("outputs"), help="The output folder of `dtx-nlp run`."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="The corpus the outputs were "
                                "made from (a document or a folder)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but "
                             "loopback exposes the review app to the network."),
    port: int = typer.Option(8765, "--port", help="Port (0: any free port)."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Review links in the browser: the report with accept / reject / undo, a queue of what to
    review next, decisions written to <document>.review.csv at once."""
    from .app import load_workspaces, make_server
    from .app.security import is_loopback

    if not is_loopback(host):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach this "
                  "address and has the token can read and change the review", highlight=False)
    with _errors(debug):
        workspaces = load_workspaces(out_dir, corpus, {"pipeline": _pipeline(pipeline)})
        try:
            server, sock = make_server(workspaces, host, port,
                                       lambda url: out.print(url, highlight=False, soft_wrap=True))
        except OSError as exc:
            raise OutputError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        server.run(sockets=[sock])


@app.command()
def export(
    out_dir: Path = typer.Argument(Path("outputs"), help="The output folder of `dtx-nlp run` "
                                   "(or one document's folder in it)."),
    fmt: str = typer.Option(..., "--format", "-f", help="needs-json (sphinx-needs needs.json) "
                            "or xlsx (one Excel workbook per document)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write this file (one "
                                          "document only). Default: into each document's "
                                          "folder (needs.json, traceability.xlsx)."),
    debug: bool = DEBUG,
) -> None:
    """Export the reviewed links for traceability tools."""
    from .exports import export as run_export

    with _errors(debug):
        for path in run_export(out_dir, fmt, output):
            out.print(str(path), highlight=False, soft_wrap=True)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main()
