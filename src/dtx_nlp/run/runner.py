"""Chains the stages for each document of a corpus: caching, parallel workers, atomic outputs.

The runner knows the order of the stages and where their outputs go; each stage knows its job.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..config import LEARNED_RANKINGS, PipelineConfig, load_config
from ..errors import DtxError
from ..stages import parse, termrank
from ..stages.clean import clean
from ..stages.ingest import find_documents, read_document
from ..stages.layouts import find_structure
from ..types import Issue

Progress = Callable[[str, str], None]  # (document, event) -> None, called as a stage STARTS
QUEUED, DONE, FAILED = "queued", "done", "failed"  # events around the stages of a document
STAMP = "run.json"  # what a document's outputs were made from (no timestamps)


@dataclass(frozen=True)
class RunOptions:
    out: Path
    pipeline: Path | None = None
    rules: tuple[Path, ...] = ()
    cache_dir: Path | None = None
    use_cache: bool = True
    jobs: int = 1
    layout: str | None = None
    review_dir: Path | None = None
    parse_jobs: int = 1  # processes sharing one document's parse (a single-document run)
    executor: str = "local"  # local (process pool) or dask
    scheduler: str | None = None  # dask scheduler address; None: a LocalCluster on this machine


@dataclass
class DocResult:
    doc_id: str
    path: str
    ok: bool
    error: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    layout: str = ""
    cache_hit: bool = False
    exit_code: int = 0
    up_to_date: bool = False
    text_cache: Path | None = None
    token_cache: Path | None = None  # the token patterns' matches (entities)
    parse_key: str = ""
    reuse_tokens: Path | None = None  # the previous tokens.csv, made from the same parse
    stamp: dict = field(default_factory=dict)
    seconds: float = 0.0  # wall time of the whole document (timings.json, not run.json)
    peak_mb: float = 0.0  # peak resident memory of the process that ran it, so far
    worker: str = ""  # host:pid of that process


class Models:
    """The GiNZA model, loaded on first use only (a warm cache never loads it)."""

    def __init__(self, cfg: PipelineConfig):
        self.cfg = cfg
        self._nlp = None
        self.last_parsed = None  # the most recent document's parse (for evaluation)

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = parse.load_nlp(self.cfg.parse)
        return self._nlp


def _parse_cached(units, models: Models, opts: RunOptions, result: DocResult):
    cfg = models.cfg.parse
    cache_dir = opts.cache_dir or parse.default_cache_dir()
    key = parse.cache_key(units, cfg)
    result.parse_key = key
    if opts.use_cache:
        result.text_cache = cache_dir / f"{key}-links-{_links_key(models.cfg)}.json"
        result.token_cache = cache_dir / f"{key}-tokens-{_tokens_key(models.cfg)}.json"
        cached = parse.load_cached(units, cache_dir, key)
        if cached is not None:
            result.cache_hit = True
            return cached
    if opts.parse_jobs > 1:
        parsed = parse.parse_units_split(units, lambda: models.nlp, cfg, opts.parse_jobs,
                                         _prepare_analysis)
    else:
        parsed = parse.parse_units(units, models.nlp, cfg)
    if opts.use_cache:
        try:
            parse.store_cached(parsed, cache_dir, key)
        except OSError as exc:
            result.issues.append(Issue("warning", "cache", f"cache not written: {exc.strerror}",
                                       str(cache_dir)))
    return parsed


def _prepare_analysis() -> None:
    """What the stages after the parse load anyway, loaded while the parse workers start
    (measured in CPU-seconds: scikit-learn with SciPy and pandas 2.1, wordfreq's frequency list
    0.6, the model's vocabulary ranks 0.3, the report templates): this process then loads its
    model and joins the parse."""
    import sklearn.feature_extraction.text  # noqa: F401

    from ..report import html
    from ..stages import readings, termrank

    termrank.general_list()
    termrank.vocabulary_ranks()
    readings.sudachi()
    html.warm()


def _tokens_key(cfg: PipelineConfig) -> str:
    """What the cached token-pattern matches depend on besides the parse."""
    from ..stages.entities import TitleReading, load_rules, token_rules_key

    rules = token_rules_key(load_rules(cfg.entities.rule_files))
    titles = TitleReading.of(cfg.entities)
    return hashlib.sha256(f"{code_hash()}|{rules}|{titles}".encode()).hexdigest()[:16]


def _links_key(cfg: PipelineConfig) -> str:
    """What the cached text signals of linking depend on besides the parse."""
    h = hashlib.sha256(code_hash().encode())  # any change to dtx-nlp's code recomputes them
    h.update("|".join(sorted(cfg.links.stopwords)).encode())
    return h.hexdigest()[:16]


def analyse_document(path: Path, cfg: PipelineConfig, models: Models, opts: RunOptions,
                     progress: Progress | None = None):
    """Run every stage on one document, in memory: (source, cleaned, analysis, result)."""
    from ..stages import analyse

    result = DocResult(doc_id=path.stem, path=str(path), ok=False)
    clock, current = time.perf_counter(), ""

    def stage(name: str) -> None:
        """`name` starts now: time the stage that ends and report the one that starts."""
        nonlocal clock, current
        now = time.perf_counter()
        if current:
            result.timings[current] = now - clock
        clock, current = now, name
        if progress and name:
            progress(path.stem, name)

    stage("segment")
    source = read_document(path)
    cleaned = clean(source, cfg.clean)
    structure = find_structure(cleaned, cfg, opts.layout)
    result.layout = structure.layout
    result.issues.extend(structure.issues)
    units = structure.units
    stage("parse")
    parsed = _parse_cached(units, models, opts, result)
    models.last_parsed = parsed
    if opts.use_cache:
        result.reuse_tokens = _previous_tokens(opts.out / path.stem, result.parse_key)
    analysis = analyse.analyse(cleaned, parsed, cfg, opts, result.issues, stage,
                               result.text_cache, need_tokens=result.reuse_tokens is None,
                               token_cache=result.token_cache)
    stage("")  # the last stage ends
    result.counts = dict(Counter(u.kind for u in units))
    result.ok = True
    return source, cleaned, analysis, result


def fingerprint(path: Path, cfg: PipelineConfig, opts: RunOptions) -> str:
    """Everything a document's outputs depend on: its bytes, the config, profile and rule files,
    the analyst's review file, the options and the versions of the package and the model."""
    from ..review.decisions import review_path, with_review

    return with_review(input_fingerprint(path, cfg, opts), review_path(str(path), opts.review_dir))


def input_fingerprint(path: Path, cfg: PipelineConfig, opts: RunOptions) -> str:
    """The fingerprint of everything but the review file (kept in run.json as `inputs`, so that
    relinking after a decision can update the fingerprint without the config)."""
    h = hashlib.sha256()
    model = [cfg.glossary.ranker] if cfg.glossary.ranking in LEARNED_RANKINGS else []
    files = [path, cfg.path, *cfg.profile_files, *cfg.entities.rule_files, *model]
    for f in files:  # contents only: the same inputs elsewhere give the same fingerprint
        h.update(hashlib.sha256(Path(f).read_bytes()).digest() if Path(f).exists() else b"-")
    h.update(f"{opts.layout}|{parse.environment_key(cfg.parse)}|{code_hash()}".encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash of the package's own code and templates: a changed dtx-nlp redoes every document.
    Computed once per process (fingerprint and link-signal cache key both use it)."""
    h = hashlib.sha256()
    package = Path(__file__).parents[1]  # the dtx_nlp package, run/ is one of its parts
    for f in sorted([*package.rglob("*.py"), *package.glob("templates/*")]):  # sub-packages too
        h.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def previous_stamp(folder: Path) -> dict:
    """What the outputs in `folder` were made from ({} when there are none)."""
    try:
        return json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _previous_tokens(folder: Path, parse_key: str) -> Path | None:
    """The previous run's tokens.csv when it was made from the same parse (a rule change)."""
    tokens = folder / "tokens.csv"
    same = previous_stamp(folder).get("parse_key") == parse_key
    return tokens if same and tokens.exists() else None


def _up_to_date(path: Path, folder: Path, stamp: str) -> DocResult | None:
    """The previous run's result when its outputs were made from exactly the same inputs."""
    previous = previous_stamp(folder)
    if previous.get("fingerprint") != stamp:
        return None
    return DocResult(doc_id=path.stem, path=str(path), ok=True, counts=previous["counts"],
                     layout=previous["layout"], cache_hit=True, up_to_date=True)


def _stamps(path: Path, cfg: PipelineConfig, opts: RunOptions) -> tuple[str, str]:
    """(the fingerprint of a document's inputs, the one its outputs carry: inputs and review
    file); empty for a missing document."""
    from ..review.decisions import review_path, with_review

    inputs = input_fingerprint(path, cfg, opts) if path.exists() else ""
    return inputs, with_review(inputs, review_path(str(path), opts.review_dir)) if inputs else ""


def _unchanged(path: Path, cfg: PipelineConfig, opts: RunOptions) -> bool:
    """Whether the document's outputs are up to date (their rule files were checked when they
    were made, so an all-unchanged corpus needs no rule check and no spaCy import)."""
    stamp = _stamps(path, cfg, opts)[1]
    return bool(stamp and opts.use_cache and _up_to_date(path, opts.out / path.stem, stamp))


def run_document(path: Path, cfg: PipelineConfig, models: Models, opts: RunOptions,
                 progress: Progress | None = None) -> DocResult:
    """Run every stage on one document and write its outputs atomically; a document whose
    inputs did not change since its last run is left as it is."""
    from ..report import write as report

    folder = opts.out / path.stem
    inputs, stamp = _stamps(path, cfg, opts)
    if stamp and opts.use_cache and (done := _up_to_date(path, folder, stamp)):
        return done
    if opts.use_cache:
        termrank.use_lookup_file((opts.cache_dir or parse.default_cache_dir())
                                 / termrank.lookup_file_name())
    source, cleaned, analysis, result = analyse_document(path, cfg, models, opts, progress)
    if opts.use_cache:
        termrank.save_lookup_file()
    result.stamp = {"fingerprint": stamp, "inputs": inputs, "counts": result.counts,
                    "layout": result.layout, "parse_key": result.parse_key}
    if progress:
        progress(path.stem, "write")
    start = time.perf_counter()
    report.write_document(folder, source, cleaned, analysis, result)
    result.timings["write"] = time.perf_counter() - start
    return result


# ---- corpus --------------------------------------------------------------------------------

_WORKER: dict = {}


def _worker_init(pipeline: Path | None, rules: tuple[Path, ...], events=None) -> None:
    cfg = _load(pipeline, rules)
    _WORKER["cfg"] = cfg
    _WORKER["models"] = Models(cfg)
    _WORKER["events"] = events


def _worker_run(path: Path, opts: RunOptions) -> DocResult:
    events = _WORKER["events"]
    progress = (lambda doc, stage: events.put((doc, stage))) if events is not None else None
    return _measured(_safe_run, path, _WORKER["cfg"], _WORKER["models"], opts, progress)


def _relay(events, progress: Progress | None) -> None:
    """Pass the workers' stage events on to the caller's progress callback."""
    while events is not None and not events.empty():
        progress(*events.get())


def _measured(run, path, *args) -> DocResult:
    """`run`'s result with its wall time, this process's peak memory so far and its name."""
    import resource
    import socket

    start = time.perf_counter()
    result = run(path, *args)
    result.seconds = time.perf_counter() - start
    result.peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result.worker = f"{socket.gethostname()}:{os.getpid()}"
    return result


def _safe_run(path, cfg, models, opts, progress) -> DocResult:
    try:
        return run_document(path, cfg, models, opts, progress)
    except DtxError as exc:
        return DocResult(doc_id=path.stem, path=str(path), ok=False, error=str(exc),
                         exit_code=exc.exit_code)


def _load(pipeline: Path | None, rules: tuple[Path, ...]) -> PipelineConfig:
    cfg = load_config(pipeline)
    if rules:
        entities = replace(cfg.entities, rule_files=cfg.entities.rule_files + tuple(rules))
        cfg = replace(cfg, entities=entities)
    return cfg


def _report(progress: Progress | None, doc: str, event: str) -> None:
    if progress:
        progress(doc, event)


def _finished(progress: Progress | None, result: DocResult) -> DocResult:
    _report(progress, result.doc_id, DONE if result.ok else FAILED)
    return result


def run_corpus(corpus: Path, opts: RunOptions, progress: Progress | None = None,
               models: Models | None = None) -> list[DocResult]:
    """Run every document of a corpus; one bad document does not stop the others. `models`:
    an already loaded model for documents run in this process."""
    from .executors import check_executor

    check_executor(opts.executor)
    cfg = _load(opts.pipeline, opts.rules)
    from ..stages.entities import load_rules

    try:
        docs = find_documents(corpus)
    except DtxError:
        docs = []  # raised again below: a bad rule file is named first, as `rules check` does
    if not docs or not all(_unchanged(p, cfg, opts) for p in docs):
        load_rules(cfg.entities.rule_files)  # fail early, before any work, on a bad rule file
    docs = docs or find_documents(corpus)
    for p in docs:
        _report(progress, p.stem, QUEUED)
    if opts.executor == "local" and (opts.jobs <= 1 or len(docs) == 1):
        if len(docs) == 1:  # one document: its parse is shared by the processes instead
            opts = replace(opts, parse_jobs=opts.jobs)
        models = models or Models(cfg)
        results = [_finished(progress, _measured(_safe_run, p, cfg, models, opts, progress))
                   for p in docs]
    else:
        results = _run_on_executor(docs, replace(opts, parse_jobs=1), progress)
    from ..report import corpus as corpus_outputs
    from ..report import write as report

    report.write_timings(opts.out, results, opts)
    corpus_view = corpus_outputs.write_corpus(opts.out, results, cfg.links.stopwords)
    report.write_index(opts.out, results, corpus_view)
    return results


def _run_on_executor(docs: list[Path], opts: RunOptions,
                     progress: Progress | None) -> list[DocResult]:
    """One task per document on a process pool or a Dask cluster; results in corpus order."""
    from .executors import open_executor

    workers = max(1, min(opts.jobs, len(docs)))
    # Local workers report their stages through a queue; Dask workers only their results. A
    # SimpleQueue writes each event to its pipe before put() returns (a Queue hands it to a
    # feeder thread), so a worker's events are all readable once its result is: none arrives
    # after the document's "done".
    local = opts.executor == "local" and progress is not None
    events = multiprocessing.get_context().SimpleQueue() if local else None
    with open_executor(opts.executor, workers, opts.pipeline, opts.rules,
                       opts.scheduler, events) as pool:
        futures = {pool.submit(_worker_run, p, opts): p for p in docs}
        done: dict[Path, DocResult] = {}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            _relay(events, progress)
            for future in finished:
                path = futures[future]
                done[path] = _finished(progress, _outcome(future, path))
    return [done[p] for p in docs]


def _outcome(future, path: Path) -> DocResult:
    """A task's result; a task that crashed (or whose workers kept dying) is a failed document."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - reported per document; the others go on
        return DocResult(doc_id=path.stem, path=str(path), ok=False, exit_code=1,
                         error=f"{path}: {type(exc).__name__}: {exc}")
