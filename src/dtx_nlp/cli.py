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
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .errors import EXIT_PARTIAL, DtxError


def _flags_without_type(params):
    """On/off options show no `<bool>` placeholder in --help (a flag takes no value)."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class _Command(TyperCommand):
    def get_params(self, ctx):
        return _flags_without_type(super().get_params(ctx))


class _Group(TyperGroup):
    def get_params(self, ctx):
        return _flags_without_type(super().get_params(ctx))


class App(typer.Typer):
    """typer.Typer whose commands show flags as flags in --help."""

    def __init__(self, **kwargs):
        super().__init__(cls=_Group, **kwargs)

    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or _Command, **kwargs)


app = App(add_completion=False, no_args_is_help=True,
          help="Traceability analysis of Japanese policy documents.")
rules_app = App(no_args_is_help=True, help="Work with entity rule files.")
app.add_typer(rules_app, name="rules")
config_app = App(no_args_is_help=True, help="Work with pipeline configs.")
app.add_typer(config_app, name="config")
err = Console(stderr=True)
out = Console()

DEBUG = typer.Option(False, "--debug", help="Show a full traceback on errors.")
PIPELINE = typer.Option(None, "--pipeline", "-p", metavar="FILE",
                        help="Pipeline config (TOML). Default: the pipeline shipped with dtx-nlp "
                        "(dtx-nlp init DIR writes a copy).")


def _version(value: bool) -> None:
    if value:
        out.print(f"dtx-nlp {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Traceability analysis of Japanese policy documents."""


@contextmanager
def _errors(debug: bool):
    """One-line errors with a documented exit code; a traceback only with --debug."""
    try:
        yield
    except DtxError as exc:
        if debug:
            raise
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _pipeline(path: Optional[Path]) -> Optional[Path]:
    """The pipeline config the user named; None means the one shipped in the package."""
    return path


@app.command()
def run(
    corpus: Path = typer.Argument(Path("corpus"), help="A .txt, .md, .pdf or .docx document, or "
                                  "a folder of them (sub-folders included)."),
    out_dir: Path = typer.Option(Path("outputs"), "--out", "-o", metavar="DIR",
                                 help="Output folder; one sub-folder per document."),
    pipeline: Optional[Path] = PIPELINE,
    rules: List[Path] = typer.Option([], "--rules", "-r", metavar="FILE", help="Extra entity "
                                     "rule file (JSONL, spaCy EntityRuler format); repeatable."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", metavar="DIR", help="Parse "
                                             "cache folder. Default: $DTX_NLP_CACHE_DIR or "
                                             "~/.cache/dtx-nlp."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", metavar="N", help="Processes "
                             "to use: documents in parallel, or one document's parse split "
                             "across them (default: the number of cores)."),
    layout: Optional[str] = typer.Option(None, "--layout", metavar="NAME",
                                         help="Force a layout profile."),
    executor: str = typer.Option("local", "--executor", metavar="NAME", help="Where documents "
                                 "run: local (a process pool of --jobs) or dask (one task per "
                                 "document on a dask.distributed cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler address (tcp://HOST:PORT). "
                                            "Default: a LocalCluster of --jobs workers."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print every stage as it starts, "
                                 "stage timings and info-level notes."),
    debug: bool = DEBUG,
) -> None:
    """Run the whole pipeline on a corpus and write OUT/<document>/ for each document."""
    from .console import RunDisplay, summary
    from .runner import RunOptions, run_corpus

    opts = RunOptions(out=out_dir, pipeline=_pipeline(pipeline), rules=tuple(rules),
                      cache_dir=cache_dir, use_cache=not no_cache, jobs=max(1, jobs),
                      layout=layout, executor=executor, scheduler=scheduler)
    with _errors(debug):
        with RunDisplay(err, quiet=quiet, verbose=verbose) as display:
            results = run_corpus(corpus, opts, display)
        if not quiet:
            summary(out, err, results, out_dir, verbose=verbose)
        failed = [r for r in results if not r.ok]
        for r in failed:
            err.print(f"[red]error:[/red] {escape(r.error)}", highlight=False, soft_wrap=True)
        if failed:
            raise typer.Exit(EXIT_PARTIAL if len(failed) < len(results) else failed[0].exit_code)


@app.command()
def inspect(
    file: Path = typer.Argument(..., help="A .txt, .md, .pdf or .docx document."),
    pipeline: Optional[Path] = PIPELINE,
    layout: Optional[str] = typer.Option(None, "--layout", help="Force a layout profile."),
    debug: bool = DEBUG,
) -> None:
    """Show the structure found in a document (no parsing): its outline as a tree with each
    section's role and what it holds, its recommendations, and warnings for missing parts."""
    from .inspect import inspect_document

    with _errors(debug):
        report = inspect_document(file, _pipeline(pipeline), layout)
    out.print(report, highlight=False, soft_wrap=True, markup=False)


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
def init(
    folder: Path = typer.Argument(..., help="Folder to write the pipeline into."),
    force: bool = typer.Option(False, "--force", help="Write into a non-empty folder, "
                               "overwriting the pipeline files there."),
    debug: bool = DEBUG,
) -> None:
    """Write an editable copy of the default pipeline (config, layout profiles, rule files);
    use it with --pipeline FOLDER/default.toml."""
    from .config import copy_default_pipeline

    with _errors(debug):
        written = copy_default_pipeline(folder, force)
    out.print(f"wrote {len(written)} files to {folder}; use: dtx-nlp run CORPUS --pipeline "
              f"{folder / 'default.toml'}", highlight=False, soft_wrap=True)


@config_app.command("show")
def config_show(
    pipeline: Optional[Path] = PIPELINE,
    as_json: bool = typer.Option(False, "--json", help="JSON instead of TOML."),
    debug: bool = DEBUG,
) -> None:
    """Print the effective config: every setting with its value or default (validated)."""
    from .config import effective_config, to_toml

    with _errors(debug):
        data = effective_config(_pipeline(pipeline))
    if as_json:
        import json

        text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        text = to_toml(data)
    out.print(text, highlight=False, soft_wrap=True, markup=False, end="" if
              text.endswith("\n") else "\n")


@app.command("evaluate-structure")
def evaluate_structure(
    gold: Path = typer.Option(Path("tests/reports/layouts/gold"), "--gold",
                              help="Structure gold folder; its documents are one folder up."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Structure inference against hand-written structure gold, report by report: recommendation
    titles, groups, labels and pages, problems, items, workshop marks and section roles."""
    from .structure_eval import evaluate_folder, format_table

    with _errors(debug):
        results = evaluate_folder(gold, _pipeline(pipeline))
    out.print(format_table(results), highlight=False, soft_wrap=True, markup=False)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":
    main()
