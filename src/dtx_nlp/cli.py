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
from .errors import EXIT_PARTIAL, ConfigError, DtxError, InputError, OutputError


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
    from .run.runner import RunOptions, run_corpus

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

    from .stages.entities import read_rule_file

    with _errors(debug):
        for f in files:
            rules = read_rule_file(f)
            labels = ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.label for r in rules)
                                                            .items()))
            out.print(f"{f}: {len(rules)} rules ({labels})", highlight=False, soft_wrap=True)


@rules_app.command("suggest")
def rules_suggest(
    path: Path = typer.Argument(..., help="A .txt/.md document or a folder of them."),
    min_count: int = typer.Option(1, "--min-count", help="Leave out candidates seen fewer "
                                  "times than this (all their names together)."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="Write the JSONL here "
                                            "(default: standard output)."),
    pipeline: Optional[Path] = PIPELINE,
    rules: List[Path] = typer.Option([], "--rules", "-r", help="Extra rule file whose names "
                                     "count as known; repeatable."),
    no_rules: bool = typer.Option(False, "--no-rules", help="Ignore the pipeline's rule files "
                                  "(suggest every candidate, even those a shipped list names)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Parse cache folder."),
    debug: bool = DEBUG,
) -> None:
    """Candidate entities no rule names, ranked, as a rule file to edit and pass to --rules."""
    from dataclasses import replace

    from .outputs import atomic_file
    from .run.runner import Models, RunOptions, _load
    from .stages.ingest import find_documents
    from .suggest import suggest, to_jsonl

    with _errors(debug):
        cfg = _load(_pipeline(pipeline), ())
        if no_rules:
            cfg = replace(cfg, entities=replace(cfg.entities, rule_files=()))
        cfg = replace(cfg, entities=replace(cfg.entities, rule_files=cfg.entities.rule_files
                                            + tuple(rules)))
        opts = RunOptions(out=Path("outputs"), cache_dir=cache_dir)
        lines = suggest(find_documents(path), cfg, Models(cfg), opts, max(1, min_count))
        text = to_jsonl(lines)
        if out_file is None:
            out.print(text, end="", highlight=False, soft_wrap=True, markup=False)
        else:
            try:
                with atomic_file(out_file) as tmp:
                    tmp.write_text(text, encoding="utf-8")
            except OSError as exc:
                from .errors import OutputError

                raise OutputError(f"cannot write: {exc.strerror}", str(out_file)) from None
            err.print(f"{out_file}: {len(lines)} suggested rules", highlight=False)


@app.command()
def review(
    document: str = typer.Argument(..., help="The corpus document the decision is about; or "
                                   "`next` to list the review queue: review next DOC [--n N]."),
    recommendation: Optional[str] = typer.Argument(None, help="Recommendation unit id, e.g. R01 "
                                                   "(case is ignored). With `next`: DOC."),
    target: Optional[str] = typer.Argument(None, help="Linked unit id, e.g. P03 or S1-R05."),
    decision: Optional[str] = typer.Argument(None, help="accept, reject or undo (removes the "
                                             "decision)."),
    note: str = typer.Option("", "--note", help="Why."),
    n: int = typer.Option(10, "--n", help="With `next`: how many candidates to list."),
    out_dir: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder of `dtx-nlp "
                                 "run`: its links are updated at once (no re-parse)."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Record an analyst's decision on a link in <document>.review.csv (re-runs keep it), undo
    one, or list the next candidates to review (`dtx-nlp review next DOC`)."""
    with _errors(debug):
        if document == "next" and recommendation and not target:
            _review_next(Path(recommendation), out_dir, n)
            return
        if not (recommendation and target and decision):
            raise InputError("usage: dtx-nlp review DOC REC TARGET accept|reject|undo "
                             "[--note TEXT], or dtx-nlp review next DOC [--n N]")
        _review_decide(Path(document), recommendation, target, decision, note, out_dir,
                       _pipeline(pipeline))


def _review_decide(document: Path, rec: str, target: str, decision: str, note: str,
                   out_dir: Path, pipeline: Optional[Path]) -> None:
    from .config import load_config
    from .inspect import units_of
    from .review.decisions import (
        DECISIONS,
        record_decision,
        remove_decision,
        review_path,
    )

    decision = decision.lower()
    if decision not in (*DECISIONS, "undo"):
        raise ConfigError(f"decision must be accept, reject or undo, not {decision!r}")
    units = units_of(document, pipeline)
    path = review_path(str(document))
    if decision == "undo":
        rec, target = remove_decision(path, units, rec, target)
    else:
        rounds = load_config(pipeline).links.round_size
        rec, target = record_decision(path, units, rec, target, decision, note, rounds)
    out.print(f"{path}: {rec} → {target} {decision}", highlight=False)
    folder = _reviewed_folder(document, out_dir)
    if folder is not None:
        from .review.relink import relink

        relink(folder)
        out.print(f"links updated: {folder}", highlight=False)


def _reviewed_folder(document: Path, out_dir: Path) -> Optional[Path]:
    """OUT/<stem>/ when a run of this very document left its relink state there."""
    from .review.decisions import review_path
    from .review.relink import review_file_of

    folder = out_dir / document.stem
    mine = review_path(str(document)).resolve()
    return folder if review_file_of(folder) == mine else None


def _review_next(document: Path, out_dir: Path, n: int) -> None:
    from .review.queue import next_candidates
    from .review.relink import load_document

    folder = _reviewed_folder(document, out_dir)
    if folder is None:
        raise InputError(f"no outputs of this document in {out_dir}: run `dtx-nlp run "
                         f"{document} --out {out_dir}` first", str(document))
    state = load_document(folder)
    texts = {u.unit_id: u.text for u in state.analysis.units}
    p = state.progress
    rounds = (f" · round {p['round']}: {p['round_decided']} of {p['round_size']} decided"
              if p["round_size"] else "")
    out.print(f"reviewed {p['reviewed']} of {p['suggestions']} suggestions · {p['suspect']} "
              f"suspect · {p['queued']} in the queue{rounds}", highlight=False)
    for k in next_candidates(state.links, n):
        flag = ("suspect" if k.decision == "suspect" else "accepted" if k.accepted
                else "not accepted")
        snippet = texts.get(k.target_id, "").replace("\n", " ")[:40]
        out.print(f"{k.review_priority:>4}  {k.recommendation_id} → {k.target_id} "
                  f"({k.target_kind}) score {k.score:.4f} rank {k.rank} {flag}  {snippet}",
                  highlight=False, soft_wrap=True)
    out.print(f"decide with: dtx-nlp review {document} REC TARGET accept|reject", highlight=False)


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
    from .evaluation.evaluate import evaluate_all, format_report

    with _errors(debug):
        figures = evaluate_all(corpus, gold, _pipeline(pipeline), folds, calibrate)
    out.print(format_report(figures), highlight=False, soft_wrap=True)
    if json_out:
        import json

        json_out.write_text(json.dumps(figures, ensure_ascii=False, indent=1, sort_keys=True),
                            encoding="utf-8")


@app.command("evaluate-entities")
def evaluate_entities(
    fields: Path = typer.Option(Path("tests/reports/fields"), "--fields", help="Reports from "
                                "other fields, with gold at FIELDS/gold/<stem>.entities.tsv."),
    heldout: Path = typer.Option(Path("tests/reports/heldout"), "--heldout", help="Held-out "
                                 "reports (never used for tuning), gold at HELDOUT/gold/"
                                 "<stem>.entities.tsv; reported apart from --fields."),
    gold: Path = typer.Option(Path("tests/gold"), "--gold", help="The corpus gold folder."),
    corpus: Path = typer.Option(Path("corpus/spf_extended_deterrence_2025.txt"), "--corpus",
                                help="The document the corpus gold describes."),
    pipeline: Optional[Path] = PIPELINE,
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures here."),
    debug: bool = DEBUG,
) -> None:
    """Entity P/R/F1 per label on reports from other fields and, apart, on the held-out reports
    (rules as shipped, and with `rules suggest` accepted wholesale), and how much of the corpus gold `rules suggest` names
    in its first 50 lines when no rule file is loaded."""
    import tempfile

    from .evaluation.evaluate import (
        corpus_suggest,
        entity_field_reports,
        format_entity_report,
    )

    with _errors(debug), tempfile.TemporaryDirectory() as tmp:
        figures = {}
        if fields.exists():
            figures["fields"] = entity_field_reports(fields, _pipeline(pipeline), Path(tmp))
        if heldout.exists():
            figures["heldout"] = entity_field_reports(heldout, _pipeline(pipeline), Path(tmp))
        figures["corpus_suggest"] = corpus_suggest(corpus, gold, _pipeline(pipeline), Path(tmp))
    out.print(format_entity_report(figures), highlight=False, soft_wrap=True)
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
    gold: list[Path] = typer.Option([Path("tests/reports/layouts/gold"),
                                     Path("tests/reports/layouts2/gold")], "--gold",
                                    help="Structure gold folder; its documents are one folder "
                                    "up; repeatable."),
    titles: list[Path] = typer.Option([Path("tests/reports/fields"), Path("tests/reports/heldout")],
                                      "--titles", help="Also check the recommendation titles of "
                                      "the reports in this folder (gold/<stem>.recommendations."
                                      "tsv); repeatable."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Structure inference against hand-written structure gold, report by report: recommendation
    titles, groups, labels and pages, problems, items, workshop marks and section roles."""
    from .evaluation.structure import evaluate_folder, evaluate_titles, format_table

    with _errors(debug):
        results = [r for folder in gold for r in evaluate_folder(folder, _pipeline(pipeline),
                                                                  label=folder != gold[0])]
        results += [r for folder in titles if folder.is_dir()
                    for r in evaluate_titles(folder, _pipeline(pipeline))]
    out.print(format_table(results), highlight=False, soft_wrap=True, markup=False)


@app.command()
def serve(
    out_dir: Path = typer.Argument(Path("outputs"), help="The output folder of `dtx-nlp run`."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Run the pipeline on this "
                                          "document or folder into OUT first (only what "
                                          "changed is redone)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but "
                             "loopback exposes the review app to the network."),
    port: int = typer.Option(8765, "--port", help="Port (0: any free port)."),
    pipeline: Optional[Path] = PIPELINE,
    debug: bool = DEBUG,
) -> None:
    """Review links in the browser: the report with accept / reject / undo, a queue of what to
    review next, each decision written to <document>.review.csv at once. Prints the URL to
    open (with its access token) when ready."""
    from .app import load_documents, make_server
    from .app.security import is_loopback

    if not is_loopback(host):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach this "
                  "address and has the token can read and change the review", highlight=False,
                  soft_wrap=True)
    with _errors(debug):
        if corpus is not None:
            from .run.runner import RunOptions, run_corpus

            failed = [r for r in run_corpus(corpus, RunOptions(out=out_dir, pipeline=pipeline))
                      if not r.ok]
            for r in failed:
                err.print(f"[red]error:[/red] {r.error}", highlight=False, soft_wrap=True)
        docs = load_documents(out_dir)
        try:
            server, sock = make_server(docs, host, port,
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
    from .report.exports import export as run_export

    with _errors(debug):
        for path in run_export(out_dir, fmt, output):
            out.print(str(path), highlight=False, soft_wrap=True)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.exit(1)
    except SystemExit as done:  # click ends every command so, success included
        _leave(done.code)


def _leave(code) -> None:
    """Exit without Python's teardown when nothing is left running: after a run, freeing the
    model's and the parse's objects one by one takes about a second (measured: 1.0-1.3 s of a
    16-19 s cold run), and every output is already written, renamed and closed. With a thread or
    child process still alive, Python's own exit joins them as usual."""
    import logging
    import multiprocessing
    import threading

    busy = any(t is not threading.main_thread() and not t.daemon and t.is_alive()
               for t in threading.enumerate())
    if busy or multiprocessing.active_children():
        sys.exit(code)
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    try:
        sys.stdout.flush()  # stderr writes through
    except BrokenPipeError:  # a reader that stopped early (| head)
        code = code or 1
    os._exit(code or 0)


if __name__ == "__main__":
    main()
