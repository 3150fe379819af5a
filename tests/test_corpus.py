"""One report on several processes, a corpus on a Dask cluster, and the corpus outputs."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import PIPELINE, ROOT, read_csv

from dtx_nlp.run.runner import RunOptions, run_corpus
from dtx_nlp.stages import parse
from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.layouts import choose_layout
from dtx_nlp.stages.segment import segment
from dtx_nlp.types import SourceDoc

SMALL = ROOT / "tests" / "reports" / "layouts" / "teigen_fullwidth.txt"


def _docbin_bytes(parsed) -> bytes:
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    for p in parsed:
        docbin.add(p.doc)
    return docbin.to_bytes()


def test_balanced_batches_keep_order_and_balance_characters(cfg):
    text = SMALL.read_text(encoding="utf-8")
    doc = clean(SourceDoc("s", str(SMALL), text, "utf-8"), cfg.clean)
    units = segment(doc, choose_layout(doc, cfg.layouts, None)[0])
    batches = parse.balanced_batches(units, 2)
    assert [u for b in batches for u in b] == units and len(batches) == 2
    sizes = [sum(len(u.text) for u in b) for b in batches]
    longest = max(len(u.text) for u in units)
    assert abs(sizes[0] - sizes[1]) <= longest
    assert parse.balanced_batches(units[:1], 4) == [units[:1]]


def test_a_split_parse_equals_the_unsplit_one(cfg, nlp):
    text = SMALL.read_text(encoding="utf-8")
    doc = clean(SourceDoc("s", str(SMALL), text, "utf-8"), cfg.clean)
    units = segment(doc, choose_layout(doc, cfg.layouts, None)[0])
    whole = parse.parse_units(units, nlp, cfg.parse)
    split = parse.parse_units_split(units, lambda: nlp, cfg.parse, 2)
    assert [p.unit for p in split] == units
    assert _docbin_bytes(split) == _docbin_bytes(whole)


def test_a_split_parse_shared_by_this_process_and_a_worker_equals_the_unsplit_one(
        cfg, nlp, monkeypatch):
    """Small batches; the worker (forked with this process's model) takes them from the front
    while this process, after its `while_waiting` work, parses the ones not yet started from
    the back."""
    text = SMALL.read_text(encoding="utf-8")
    doc = clean(SourceDoc("s", str(SMALL), text, "utf-8"), cfg.clean)
    units = segment(doc, choose_layout(doc, cfg.layouts, None)[0])
    monkeypatch.setattr(parse, "BATCH_CHARS", 150)

    def no_second_model(_cfg):
        raise AssertionError("the worker loaded its own model instead of inheriting this one")

    monkeypatch.setattr(parse, "load_nlp", no_second_model)
    whole = parse.parse_units(units, nlp, cfg.parse)
    stats: dict = {}
    split = parse.parse_units_split(units, lambda: nlp, cfg.parse, 2, lambda: time.sleep(0.3),
                                    steal_min_chars=0, stats=stats)
    assert stats["batches"] >= 4 and 0 < stats["here"] < stats["batches"], stats
    assert [p.unit for p in split] == units
    assert _docbin_bytes(split) == _docbin_bytes(whole)
    assert parse.token_records(split) == parse.token_records(whole)
    assert all((a.vector == b.vector).all() for a, b in zip(whole, split))



def test_a_worker_gets_one_batch_at_a_time_and_this_process_takes_the_rest_from_the_back():
    """Nothing is queued for a worker beyond the batch it parses: this process, taking from the
    back, then never waits at the end for a batch nobody has started."""
    from concurrent.futures import Future

    batches = [[f"b{i}"] for i in range(5)]
    given: list[Future] = []

    def submit(batch):
        given.append(Future())
        return given[-1]

    ends = parse._TwoEnds(batches, submit)
    ends.start(1)
    assert list(ends.futures) == [0]
    assert ends.take_back() == 4 and ends.take_back() == 3
    given[0].set_result(None)  # the worker is done with batch 0: it gets batch 1, no more
    assert list(ends.futures) == [0, 1]
    assert ends.take_back() == 2 and ends.take_back() is None
    given[1].set_result(None)
    ends.wait()
    assert list(ends.futures) == [0, 1] and ends.left_over() == []


def test_batches_a_broken_pool_cannot_take_are_left_over_for_this_process():
    def broken(batch):
        raise RuntimeError("A process in the process pool was terminated abruptly")

    ends = parse._TwoEnds([["a"], ["b"], ["c"]], broken)
    ends.start(1)
    ends.wait()  # returns: no worker will take them
    assert ends.futures == {} and ends.left_over() == [0, 1, 2]

# ---- a corpus on a Dask cluster --------------------------------------------------------------

REPORT = """{title}に関する提言

１．はじめに

　{title}は、担い手の高齢化と財源の不足という二つの問題を抱えている。

２．問題の所在

（１）{a}の記録が紙に依存していること
　多くの現場では{a}の記録が紙で管理され、集計までに数か月を要している。

（２）{b}の負担が大きいこと
　{b}に取り組む事業者の負担が重く、地域の合意形成が難しい。

３．提言

提言１．{a}の記録を電子化する
　国は、{a}の記録を電子化する費用を支援し、記録を評価に速やかに活用できるようにすべきである。

提言２．{b}に取り組む事業者を支援する
　{b}に取り組む事業者に対し、負担の一部を補う仕組みを簡素な手続で利用できるようにすべきである。
"""
SMALL_DOCS = {
    "fishery": dict(title="沿岸漁業の資源管理", a="水揚げ", b="休漁"),
    "forestry": dict(title="森林の経営管理", a="伐採", b="間伐"),
    "farming": dict(title="中山間地域の農業", a="出荷", b="耕作"),
}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("small_corpus")
    for name, fields in SMALL_DOCS.items():
        (folder / f"{name}.txt").write_text(REPORT.format(**fields), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a bad document among good ones
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def local_run(small_corpus, tmp_path_factory, models):
    out = tmp_path_factory.mktemp("local") / "out"
    results = run_corpus(small_corpus, RunOptions(out=out, pipeline=PIPELINE, use_cache=False,
                                                  jobs=1), models=models)
    return out, results


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "timings.json"}


def _dask_opts(out: Path, cluster) -> RunOptions:
    return RunOptions(out=out, pipeline=PIPELINE, use_cache=False, jobs=2, executor="dask",
                      scheduler=cluster.scheduler_address)


def test_a_dask_run_gives_the_same_files_as_a_local_run(local_run, cluster, tmp_path):
    out, local = local_run
    results = run_corpus(_corpus_of(local), _dask_opts(tmp_path / "out", cluster))
    assert [(r.doc_id, r.ok) for r in results] == [(r.doc_id, r.ok) for r in local]
    assert [r.exit_code for r in results if not r.ok] == [2]  # the empty one; the others finish
    assert _files(tmp_path / "out") == _files(out)
    assert {"corpus/units.parquet", "corpus/related.csv", "corpus/recurring.csv",
            "index.html"} <= set(_files(out))
    timings = json.loads((tmp_path / "out" / "timings.json").read_text(encoding="utf-8"))
    assert timings["executor"] == "dask"
    assert all(d["peak_mb"] > 0 and d["worker"] for d in timings["documents"] if d["ok"])
    cached = replace(_dask_opts(tmp_path / "out", cluster), use_cache=True,
                     cache_dir=tmp_path / "cache")
    again = run_corpus(_corpus_of(local), cached)
    assert all(r.up_to_date for r in again if r.ok)  # the same fingerprints: skipped, as locally


def _corpus_of(results) -> Path:
    return Path(results[0].path).parent


def test_a_worker_killed_mid_run_still_yields_all_outputs(local_run, cluster, tmp_path):
    from distributed import Client

    out, local = local_run
    box: dict = {}
    runner = threading.Thread(target=lambda: box.update(
        results=run_corpus(_corpus_of(local), _dask_opts(tmp_path / "out", cluster))))
    with Client(cluster.scheduler_address) as client:
        runner.start()
        busy = _wait_for_a_busy_worker(client)
        pid = client.run(os.getpid, workers=[busy])[busy]
        os.kill(pid, signal.SIGKILL)
        runner.join(timeout=120)
    assert not runner.is_alive()
    assert all(r.ok for r in box["results"] if r.doc_id != "empty")
    assert _files(tmp_path / "out") == _files(out)


def _wait_for_a_busy_worker(client, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            return busy[0]
        time.sleep(0.05)
    raise AssertionError("no task started on the cluster")


def test_the_corpus_outputs_find_the_recommendations_that_recur(local_run):
    import pyarrow.parquet as pq

    out, _ = local_run
    related = read_csv(out / "corpus" / "related.csv")
    pairs = {(a, ra, b, rb) for a, ra, b, rb in zip(related.doc_id_a, related.recommendation_id_a,
                                                    related.doc_id_b, related.recommendation_id_b)}
    docs = sorted(SMALL_DOCS)
    expected = {(a, r, b, r) for i, a in enumerate(docs) for b in docs[i + 1:]
                for r in ("R01", "R02")}
    assert pairs == expected  # the same recommendation in every pair of reports, nothing else
    assert (related.score >= 0.5).all()
    recurring = read_csv(out / "corpus" / "recurring.csv")
    assert (recurring.reports >= 2).all() and (recurring.reports == 3).any()
    units = pq.read_table(out / "corpus" / "units.parquet").to_pandas()
    assert sorted(units.doc_id.unique()) == docs  # the failed document has no rows
    assert units.start.dtype.kind == "i"
    links = pq.read_table(out / "corpus" / "links.parquet").to_pandas()
    assert links.accepted.dtype == bool and set(links.doc_id) == set(docs)


def test_the_index_never_inserts_text_as_markup():
    from dtx_nlp.report.corpus import CorpusView, ReportRow
    from dtx_nlp.report.html import render_index
    from dtx_nlp.run.runner import DocResult

    evil = "<script>alert(1)</script>"
    results = [DocResult(doc_id="a", path="a.txt", ok=True, counts={"recommendation": 1}),
               DocResult(doc_id="b", path="b.txt", ok=False, error=evil)]
    view = CorpusView([ReportRow("a", {"recommendation": 1}, {"unaddressed_problem": 2})],
                      [[0.9, "a", "R01", evil, "c", "R02", "x"]], [["term", evil, "", 2, 3, "a:1"]])
    page = render_index(results, view)
    assert "<script>" not in page and page.count("&lt;script&gt;") == 3
    assert 'href="a/report.html"' in page and ">2</td>" in page


def test_an_unknown_executor_is_a_one_line_error(tmp_path):
    import subprocess
    import sys

    doc = tmp_path / "d.txt"
    doc.write_text("【提言１】港湾の耐震化\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "dtx_nlp.cli", "run", str(doc), "--out",
                           str(tmp_path / "o"), "--executor", "spark"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 3 and "--executor" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "o").exists()


def test_a_killed_run_leaves_no_parse_worker_behind(tmp_path):
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "dtx_nlp.cli", "run", str(SMALL), "--out",
                             str(tmp_path / "o"), "--jobs", "2", "--no-cache"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = _wait(lambda: _children(proc.pid) or proc.poll() is not None, 120)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert workers and workers is not True, "the run ended before its parse worker started"
    assert _wait(lambda: not any(_alive(w) for w in workers), 15), "a worker outlived its run"


def _children(pid: int) -> list[int]:
    import subprocess

    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait(check, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.1)
    return check()


def test_the_local_dask_workers_run_without_the_profiler(monkeypatch):
    """The LocalCluster's workers get DASK_WORKER_CONFIG: no stack sampling every 10 ms, no
    20 ms event-loop tick taking the GIL from the document being run; and glibc's own memory
    trimming (not Dask's 64 kB threshold)."""
    import dask

    from dtx_nlp.run import executors

    # A Nanny sets its environment in the process that starts it, and keeps it there (the
    # module's `cluster` fixture did so in this one): start from a clean environment.
    monkeypatch.delenv(executors.NO_MALLOC_TRIM, raising=False)
    with executors.open_executor("dask", 1, PIPELINE, ()) as pool:
        seen = pool.submit(dask.config.get, "distributed.worker.profile.enabled").result()
        tick = pool.submit(dask.config.get, "distributed.admin.tick.interval").result()
        environ = pool.submit(dict, os.environ).result()
    assert seen is False and tick == executors.DASK_WORKER_CONFIG["distributed.admin.tick.interval"]
    assert executors.NO_MALLOC_TRIM not in environ and environ["OMP_NUM_THREADS"] == "1"
