"""What `dtx-nlp run` prints: the stage that is running, a bar or plain lines, and where the
reports are."""

import re
from pathlib import Path

from conftest import PIPELINE
from rich.console import Console
from typer.testing import CliRunner

from dtx_nlp.cli import app
from dtx_nlp.console import RunDisplay, summary
from dtx_nlp.run.runner import DONE, FAILED, QUEUED, DocResult

STAGES = ["segment", "parse", "entities", "glossary", "links", "write"]
LONG = "a_report_with_a_file_name_far_longer_than_any_column_of_an_eighty_column_terminal"


def _events(display, docs):
    seen = []
    for doc in docs:
        display(doc, QUEUED)
    for doc in docs:
        for stage in STAGES:
            display(doc, stage)
            seen.append(display.progress.tasks[0].description)
        display(doc, DONE if doc != "bad" else FAILED)
    return seen


def test_terminal_shows_the_running_stage_and_a_bar_across_documents():
    err = Console(record=True, force_terminal=True, width=80)
    with RunDisplay(err) as display:
        seen = _events(display, ["one", "two"])
        task = display.progress.tasks[0]
        assert task.total == 2 and task.completed == 2
    assert seen[:len(STAGES)] == [f"{s} · one" for s in STAGES]


def test_no_terminal_one_plain_line_per_finished_document():
    err = Console(record=True, force_terminal=False, width=80)
    with RunDisplay(err) as display:
        _events(display, ["one", LONG, "bad"])
    lines = err.export_text().splitlines()
    assert [re.sub(r"in [\d.]+ s", "in S", line) for line in lines] == [
        "one: done in S [1/3]", f"{LONG}: done in S [2/3]", "bad: failed in S [3/3]"]


def test_verbose_lists_stages_and_quiet_prints_nothing():
    err = Console(record=True, force_terminal=False, width=80)
    with RunDisplay(err, verbose=True) as display:
        _events(display, ["one"])
    assert err.export_text().splitlines()[:len(STAGES)] == [f"one: {s}" for s in STAGES]
    quiet = Console(record=True, force_terminal=True, width=80)
    with RunDisplay(quiet, quiet=True) as display:
        _events(display, ["one", "two"])
    assert quiet.export_text() == ""


def test_summary_folds_long_names_and_ends_with_the_index(tmp_path):
    out, err = Console(record=True, width=80), Console(record=True, width=80)
    results = [DocResult(doc_id=LONG, path="x", ok=True, layout="default",
                         counts={"recommendation": 15, "remark": 120, "problem": 13},
                         timings={"parse": 12.5}),
               DocResult(doc_id="short", path="y", ok=False, error="y: empty file")]
    summary(out, err, results, tmp_path / "outputs")
    text = out.export_text()
    table = text.split("report:")[0]
    assert max(map(len, table.splitlines())) <= 80  # paths below are never cut
    first_column = "".join(line.split("│")[1].strip() for line in table.splitlines()
                           if line.startswith("│"))
    assert first_column == LONG + "short"  # the long name folded over lines, not cut
    lines = text.strip().splitlines()
    assert lines[-2:] == [f"report: {tmp_path / 'outputs' / LONG / 'report.html'}",
                          f"index: {tmp_path / 'outputs' / 'index.html'}"]


def test_a_single_failed_document_prints_only_its_error(tmp_path):
    doc = tmp_path / "empty.txt"
    doc.write_bytes(b"")
    result = CliRunner().invoke(app, ["run", str(doc), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {doc}: ") and "empty" in lines[0]


def test_help_shows_flags_without_placeholders():
    for args in (["--help"], ["run", "--help"], ["rules", "check", "--help"]):
        text = CliRunner().invoke(app, args, env={"COLUMNS": "100"}).stdout
        assert "--help" in text and "<bool>" not in text
    assert CliRunner().invoke(app, ["--version"]).stdout.startswith("dtx-nlp ")


def test_runner_reports_each_stage_as_it_starts(tmp_path, models, cache_dir, monkeypatch):
    """At the 'parse' event the document is not parsed yet; at 'entities' it is."""
    from dtx_nlp.run.runner import RunOptions, run_corpus

    doc = tmp_path / "tiny.txt"
    doc.write_text("はじめに\n\n　本稿は港湾の防災について述べる。\n", encoding="utf-8")
    events = []

    def progress(name, event):
        events.append((event, models.last_parsed is not None))

    models.last_parsed = None
    monkeypatch.setattr("dtx_nlp.run.runner.Models", lambda _cfg: models)  # the session's GiNZA
    run_corpus(doc, RunOptions(out=tmp_path / "o", pipeline=PIPELINE, cache_dir=cache_dir,
                               use_cache=False), progress)
    assert [e for e, _ in events] == [QUEUED, *STAGES, DONE]
    parsed_at = dict(events)
    assert not parsed_at["segment"] and not parsed_at["parse"] and parsed_at["entities"]
    assert Path(tmp_path / "o" / "index.html").exists()


def test_parallel_workers_report_their_stages_too(tmp_path, models, cache_dir):
    """With --jobs 2 each worker's stages reach the display (the parse comes from the cache,
    so the workers never load GiNZA)."""
    from dtx_nlp.run.runner import RunOptions, run_corpus, run_document

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text("はじめに\n\n　本稿は港湾の防災について述べる。\n",
                                            encoding="utf-8")
    opts = RunOptions(out=tmp_path / "warm", pipeline=PIPELINE, cache_dir=cache_dir)
    assert run_document(corpus / "a.txt", models.cfg, models, opts).ok  # fills the parse cache
    events = []
    results = run_corpus(corpus, RunOptions(out=tmp_path / "o", pipeline=PIPELINE,
                                            cache_dir=cache_dir, jobs=2),
                         lambda doc, event: events.append((doc, event)))
    assert all(r.ok and r.cache_hit for r in results)
    for doc in ("a", "b"):
        assert [e for d, e in events if d == doc] == [QUEUED, *STAGES, DONE]
