"""`rules suggest` and the entity evaluation on other fields, on small texts written for these
tests (the field reports' own gold is scored by `dtx-nlp evaluate-entities`)."""

import json
from collections import Counter
from dataclasses import replace

import pytest
from conftest import read_csv, run_text

from dtx_nlp.errors import InputError
from dtx_nlp.evaluation import evaluate as ev
from dtx_nlp.run.runner import RunOptions
from dtx_nlp.stages import entities
from dtx_nlp.suggest import head_label, suggest, to_jsonl
from dtx_nlp.types import Mention

REPORT = ("　国際エネルギー機関（IEA）は報告書を公表した。IEAによれば、需要は増える。\n"
          "　資源エネルギー庁は電気事業法の改正を検討した。資源エネルギー庁の審議会が開かれた。\n"
          "　経済産業省と資源エネルギー庁は協議した。米戦略軍とは関係がない。\n")


@pytest.fixture(scope="module")
def suggested(tmp_path_factory, cfg, models):
    folder = tmp_path_factory.mktemp("suggest")
    doc = folder / "energy.txt"
    doc.write_text(REPORT, encoding="utf-8")
    opts = RunOptions(out=folder / "out", cache_dir=folder / "cache", review_dir=folder)
    lines = suggest([doc], cfg, models, opts)
    path = folder / "suggested.jsonl"
    path.write_text(to_jsonl(lines), encoding="utf-8")
    return lines, path, doc


def test_suggestions_are_ranked_rules_with_their_evidence(suggested):
    lines, _, _ = suggested
    by_pattern = {x["pattern"]: x for x in lines}
    agency = by_pattern["資源エネルギー庁"]
    assert agency["label"] == "ORGANIZATION" and agency["count"] == 3
    assert "資源エネルギー庁" in agency["examples"][0] and "general" in agency["sources"]
    assert 0 < agency["confidence"] < 1
    iea = by_pattern["IEA"]
    assert iea["id"] == "国際エネルギー機関" and iea["aliases"] == ["国際エネルギー機関"]
    assert by_pattern["国際エネルギー機関"]["id"] == "国際エネルギー機関"
    assert by_pattern["電気事業法"]["label"] == "LAW"
    ranks = [x["pattern"] for x in lines]
    assert ranks.index("資源エネルギー庁") < ranks.index("電気事業法")  # 3 mentions before 1


def test_names_a_rule_file_already_has_are_left_out(suggested):
    lines, _, _ = suggested
    assert "米戦略軍" not in {x["pattern"] for x in lines}


def test_suggested_file_is_accepted_by_check_and_run(suggested, tmp_path, cfg, models):
    lines, path, _ = suggested
    rules = entities.read_rule_file(path)
    assert len(rules) == len(lines) and all(isinstance(r.pattern, str) for r in rules)
    with_suggestions = replace(cfg, entities=replace(
        cfg.entities, rule_files=cfg.entities.rule_files + (path,)))
    out, result = run_text(REPORT, tmp_path, with_suggestions, models)
    assert result.ok
    found = read_csv(out / "entities.csv")
    iea = found[found.text == "IEA"]
    assert len(iea) == 2 and set(iea.source) == {"rule"}
    assert set(iea.canonical) == {"国際エネルギー機関"}


def test_cli_suggest_writes_a_file_rules_check_accepts(tmp_path, models, monkeypatch):
    from typer.testing import CliRunner

    from dtx_nlp.cli import app

    monkeypatch.setattr("dtx_nlp.run.runner.Models", lambda cfg: models)  # GiNZA loaded once
    doc = tmp_path / "energy.txt"
    doc.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "s.jsonl"
    runner = CliRunner()
    run = runner.invoke(app, ["rules", "suggest", str(doc), "--min-count", "2", "--out", str(out),
                              "--cache-dir", str(tmp_path / "cache")])
    assert run.exit_code == 0, run.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines and all(x["count"] >= 1 for x in lines)
    assert "電気事業法" not in {x["pattern"] for x in lines}  # seen once: below --min-count
    check = runner.invoke(app, ["rules", "check", str(out)])
    assert check.exit_code == 0 and f"{len(lines)} rules" in check.stdout


def test_head_label_prefers_the_longest_head(cfg):
    heads = cfg.entities.ner_heads
    assert head_label("巡航ミサイル", heads) == "WEAPON_SYSTEM"
    assert head_label("外務省", heads) == "ORGANIZATION"
    assert head_label("ミサイル", heads) is None  # the head alone is no name


# ---- evaluation helpers ------------------------------------------------------------------------

def test_gold_spans_take_every_occurrence_outside_longer_names():
    rows = [("エネルギー庁", "ORGANIZATION", "資源エネルギー庁"),
            ("資源エネルギー庁", "ORGANIZATION", "資源エネルギー庁"),
            ("電気事業法", "LAW", "電気事業法")]
    text = "資源エネルギー庁と電気事業法。エネルギー庁。"
    spans = ev.gold_spans(text, rows)
    assert sorted((text[s:e], v[0]) for (s, e), v in spans.items()) == [
        ("エネルギー庁", "ORGANIZATION"), ("資源エネルギー庁", "ORGANIZATION"), ("電気事業法", "LAW")]


def test_span_scores_need_the_exact_span_and_label():
    gold = {(0, 8): ("ORGANIZATION", "a"), (9, 14): ("LAW", "b")}
    system = [Mention("U", 0, 8, "x", "ORGANIZATION", "a", "general"),
              Mention("U", 9, 13, "x", "LAW", "b", "general"),
              Mention("U", 20, 22, "x", "WEAPON_SYSTEM", "c", "ner")]
    s = ev.span_scores(system, gold)
    assert s["ORGANIZATION"]["f1"] == 1.0 and s["LAW"]["tp"] == 0
    assert (s["all"]["tp"], s["all"]["fp"], s["all"]["fn"]) == (1, 2, 1)


def test_field_gold_reads_codes_and_names(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("# comment\n金融庁\tO\n電気事業法\tLAW\t電気事業法\n", encoding="utf-8")
    assert ev.field_gold(path) == [("金融庁", "ORGANIZATION", "金融庁"),
                                   ("電気事業法", "LAW", "電気事業法")]
    path.write_text("金融庁\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        ev.field_gold(path)


def test_suggest_coverage_counts_entities_surfaces_and_mentions():
    gold = Counter({("U1", "ORGANIZATION", "nato"): 3, ("U2", "ORGANIZATION", "北大西洋条約機構"): 1,
                    ("U1", "LEGAL_SITUATION", "npt"): 1, ("U1", "WEAPON_SYSTEM", "icbm"): 1})
    lines = [{"label": "ORGANIZATION", "pattern": "NATO"},
             {"label": "LAW", "pattern": "NPT"}, {"label": "ORGANIZATION", "pattern": "ICBM"}]
    c = ev.suggest_coverage(lines, gold, [["NATO", "北大西洋条約機構"]], top=2)
    assert c["gold_entities"] == 3 and c["entities_named"] == round(2 / 3, 3)
    assert c["surfaces_named"] == 0.5 and c["mentions_named"] == round(4 / 6, 3)
    assert c["entities_named_with_gold_label"] == round(2 / 3, 3)  # LAW scored as L


def test_entity_report_shows_fields_and_heldout_apart():
    scores = {label: ev.prf(1, 0, 1) for label in (*ev.FIELD_LABELS, "all")}
    one = {"r": {"shipped": scores}, "all reports": {"shipped": scores}}
    text = ev.format_entity_report({"fields": one, "heldout": one})
    fields, heldout = text.split("held-out")
    assert "other fields" in fields and "r " in fields and "r " in heldout
    assert "suggest accepted" in text  # the header; rows without that run stay short


def test_suggest_coverage_within_as_many_lines_as_gold_entities_is_shown():
    c = {"lines": 50, "gold_entities": 116, "entities_named": 0.3,
         "entities_named_with_gold_label": 0.3, "gold_surfaces": 1, "surfaces_named": 0.3,
         "surfaces_named_with_gold_label": 0.3, "mentions_named": 0.6,
         "mentions_named_with_gold_label": 0.6,
         "at_gold_size": {"lines": 116, "entities_named": 0.7, "mentions_named": 0.8}}
    text = ev.format_entity_report({"corpus_suggest": c})
    assert "at most 0.431" in text and "first 116 lines: entities 0.700" in text


def test_a_word_set_off_by_a_space_starts_a_new_name(nlp):
    from dtx_nlp.suggest import _chains

    chains = _chains(nlp("提言1 無人航空機の安全を確保する。EU AI Actに対応する。"))
    assert "無人航空機" in chains and "提言1" in chains
    assert "EU AI Act" in chains  # English words written apart stay one name


def test_a_label_glued_to_a_number_is_no_latin_word_before_a_space(nlp):
    """A space after 注2 ends the chain: the word before the space is written partly in kanji, so
    the space does not join two Latin words (JIS X 0208 stays one name)."""
    from dtx_nlp.suggest import _chains

    chains = _chains(nlp("注2 JFAは団体である。規格はJIS X 0208である。"))
    assert "JFA" in chains and not any(c.startswith("注2 ") for c in chains)
    assert "JIS X 0208" in chains
