"""Caching and incremental re-runs: unchanged documents are skipped, a rule change re-runs the
analysis without GiNZA, parallel documents give the same bytes as a sequential run."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import PIPELINE, ROOT, read_csv

from dtx_nlp.run.runner import Models, RunOptions, run_document

TEXT = "【提言１】港湾の耐震化\n①·　岸壁の耐震化を前倒しする。\n（1）課題\n"


class NoParser(Models):
    """Models that fail if anything asks for the GiNZA pipeline."""

    @property
    def nlp(self):
        raise AssertionError("the parser was loaded")


@pytest.fixture()
def doc(tmp_path):
    path = tmp_path / "port.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_unchanged_document_is_skipped(doc, tmp_path, cfg, models):
    opts = RunOptions(out=tmp_path / "out", cache_dir=tmp_path / "cache")
    first = run_document(doc, cfg, models, opts)
    assert first.ok and not first.up_to_date
    again = run_document(doc, cfg, NoParser(cfg), opts)
    assert again.up_to_date and again.counts == first.counts


def test_rule_change_reruns_without_the_parser(doc, tmp_path, cfg, models):
    opts = RunOptions(out=tmp_path / "out", cache_dir=tmp_path / "cache")
    run_document(doc, cfg, models, opts)
    rules = tmp_path / "extra.jsonl"
    rules.write_text(json.dumps({"label": "ORGANIZATION", "pattern": "岸壁", "id": "岸壁"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    changed = replace(cfg, entities=replace(cfg.entities,
                                            rule_files=cfg.entities.rule_files + (rules,)))
    result = run_document(doc, changed, NoParser(changed), opts)
    assert result.ok and result.cache_hit and not result.up_to_date
    entities = read_csv(tmp_path / "out" / "port" / "entities.csv")
    assert "岸壁" in set(entities.text)


def test_cache_can_be_turned_off(doc, tmp_path, cfg, models):
    opts = RunOptions(out=tmp_path / "out", cache_dir=tmp_path / "cache", use_cache=False)
    run_document(doc, cfg, models, opts)
    second = run_document(doc, cfg, models, opts)
    assert not second.cache_hit and not second.up_to_date
    assert not (tmp_path / "cache").exists()


def test_jobs_two_gives_the_same_outputs_as_jobs_one(tmp_path):
    """Documents with recommendations, problems and remarks, so that linking (scores, ranks,
    acceptance) is compared between a sequential and a parallel run."""
    from test_links import SMALL_REPORT

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SMALL_REPORT, encoding="utf-8")
    (corpus / "b.txt").write_text(SMALL_REPORT.replace("港湾", "空港").replace("岸壁", "滑走路"),
                                  encoding="utf-8")
    for jobs in ("1", "2"):
        subprocess.run([sys.executable, "-m", "dtx_nlp.cli", "run", str(corpus), "--out",
                        str(tmp_path / f"out{jobs}"), "--jobs", jobs, "--no-cache",
                        "--pipeline", str(PIPELINE)], cwd=ROOT, check=True, capture_output=True)
    for name in ("a", "b"):
        left, right = tmp_path / "out1" / name, tmp_path / "out2" / name
        links = read_csv(left / "links.csv")
        computed = links[links.method != "reference"]
        assert len(computed) >= 8 and computed.accepted.astype(str).eq("True").any(), name
        assert (links.method == "reference").any(), name
        assert (left / "links.csv").read_bytes() == (right / "links.csv").read_bytes(), name
        files = [p.name for p in left.iterdir()]
        _, mismatch, errors = filecmp.cmpfiles(left, right, files, shallow=False)
        assert mismatch == [] and errors == [], name
