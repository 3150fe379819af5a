"""Bad input, interrupted runs, reproducible outputs, long and structureless documents."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_DOC, ROOT, read_csv, run_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.segment import segment
from dtx_nlp.types import SourceDoc

JAPANESE = st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc"])
MARKS = st.sampled_from(["【提言１】", "【セッション２】", "①", "②·　", "　\t", "· →·", "\n", "\n\n",
                         "（1）", "提　　　言2", "5\n", "\ufffd", "はじめに\n", "結 び に\n", "。",
                         "1 問題認識\n", "3 参考資料：\n", "⃝"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(JAPANESE, max_size=40), MARKS), max_size=40))
def test_cleaning_and_segmenting_never_crash_and_offsets_hold(cfg, pieces):
    doc = clean(SourceDoc("h", "h.txt", "".join(pieces), "utf-8"), cfg.clean)
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text
    for layout in cfg.layouts:
        units = segment(doc, layout)
        for u in units:
            assert doc.text[u.start:u.end] == u.text
        assert [u.start for u in units] == sorted(u.start for u in units)
        assert len({u.unit_id for u in units}) == len(units)


def test_repeated_heading_numbers_still_give_unique_ids(cfg):
    doc = clean(SourceDoc("d", "d.txt", "【提言１】甲\n\n【提言１】乙\n\n【セッション２】\n【セッション２】\n",
                          "utf-8"), cfg.clean)
    units = segment(doc, cfg.layout)
    assert len({u.unit_id for u in units}) == len(units) == 4


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "dtx_nlp.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_second_rename_brings_the_previous_outputs_back(tmp_path, cfg, models,
                                                                 monkeypatch):
    """The window between moving the old outputs aside and the new ones into place, hit on
    purpose (the kill points of that window are in test_atomic_outputs.py)."""
    import os

    from dtx_nlp import outputs
    from dtx_nlp.errors import OutputError

    out, _ = run_text("　最初の版。\n", tmp_path, cfg, models, name="w")
    before = _snapshot(out)
    real = os.replace

    def replace(src, dst):
        if ".tmp-" in Path(src).name:  # the new folder into place
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(outputs.os, "replace", replace)
    with pytest.raises(OutputError):
        run_text("　二番目の版。\n", tmp_path, cfg, models, name="w")
    assert _snapshot(out) == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []


def test_a_failure_while_writing_leaves_previous_outputs(tmp_path, cfg, models, monkeypatch):
    from dtx_nlp.report import write as report

    out, result = run_text("　最初の版。\n", tmp_path, cfg, models, name="w")
    before = _snapshot(out)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "link_table", broken)
    with pytest.raises(OSError):
        run_text("　二番目の版。\n", tmp_path, cfg, models, name="w")
    assert _snapshot(out) == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []


def test_two_runs_give_byte_identical_outputs(tmp_path, corpus_out, cache_dir):
    """A cold run (no cache) and a warm one (from the cache) write the same bytes."""
    out = tmp_path / "again"
    proc = _cli("run", CORPUS_DOC, "--out", out, "--cache-dir", cache_dir)
    proc.communicate(timeout=600)
    assert proc.returncode == 0
    again = out / CORPUS_DOC.stem
    names = [p.name for p in corpus_out.iterdir() if p.name != "link_state.json"]
    _, mismatch, errors = filecmp.cmpfiles(corpus_out, again, names, shallow=False)
    assert mismatch == [] and errors == []
    # the relink state names where the review file lives (the fixture keeps its own folder)
    states = [json.loads((d / "link_state.json").read_text(encoding="utf-8"))
              for d in (corpus_out, again)]
    first, second = (dict(s, review_file="") for s in states)
    assert first == second


def test_a_bad_document_is_skipped_and_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("　良い文書。\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.md").write_bytes(b"\x00\x01\x02\x03" * 20)
    proc = _cli("run", corpus, "--out", tmp_path / "out", "--jobs", "1")
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 5
    assert (tmp_path / "out" / "good" / "units.csv").exists()
    assert "empty.txt" in stderr and "binary.md" in stderr and "Traceback" not in stderr
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "good/report.html" in index and "failed" in index


def test_a_document_without_structure_still_gets_outputs(tmp_path, cfg, models):
    text = "　拡大抑止について述べる。米戦略軍は重要である。\n　非核三原則は議論されてきた。\n"
    out, result = run_text(text, tmp_path, cfg, models, name="plain")
    assert result.ok
    assert any(i.code == "no-recommendations" and "default" in i.message for i in result.issues)
    assert len(read_csv(out / "units.csv")) == 2
    assert len(read_csv(out / "tokens.csv")) > 10
    assert "米戦略軍" in set(read_csv(out / "entities.csv").text)
    assert len(read_csv(out / "links.csv")) == 0
    assert (out / "glossary.csv").exists() and (out / "report.html").exists()


def test_a_document_twice_the_corpus_runs(tmp_path, cfg, models):
    """Twice the corpus (each copy already over Sudachi's per-call limit) and one paragraph over
    the limit on its own (the suite's budget ruled out four copies and a 114 kB paragraph)."""
    body = CORPUS_DOC.read_text(encoding="utf-8")
    long_paragraph = "　" + "日米同盟の抑止力を強化する必要がある" * 1000 + "。\n"  # 57 kB, one unit
    assert len(long_paragraph.encode("utf-8")) > 49_149
    text = body * 2 + long_paragraph
    assert len(text) > 2 * len(body)
    out, result = run_text(text, tmp_path, cfg, models, name="long")
    assert result.ok
    units = read_csv(out / "units.csv")
    assert (units.kind == "recommendation").sum() == 30
    clean_text = (out / "clean.txt").read_text(encoding="utf-8")
    assert all(clean_text[u.start:u.end] == u.text for u in units.itertuples())
