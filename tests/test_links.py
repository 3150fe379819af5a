from pathlib import Path

import pytest
from conftest import read_csv, run_text

LINK_COLUMNS = ["recommendation_id", "target_id", "target_kind", "score", "rank", "accepted",
                "method", "evidence"]


@pytest.fixture(scope="session")
def links(corpus_out):
    return read_csv(corpus_out / "links.csv")


def test_links_contract(links, units):
    assert list(links.columns[:8]) == LINK_COLUMNS
    assert links.score.between(0, 1).all()
    kinds = dict(zip(units.unit_id, units.kind))
    for rec_id, group in links[links.method != "reference"].groupby("recommendation_id"):
        problems = group[group.target_kind.isin(["problem", "problem_context"])]
        remarks = group[group.target_kind.isin(["remark", "reply"])]
        assert len(problems) >= 20 and len(remarks) >= 20, rec_id
        assert list(group.score) == sorted(group.score, reverse=True)
        assert all(kinds[t] == k for t, k in zip(group.target_id, group.target_kind))


@pytest.mark.parametrize("name", ["links.tsv", "links_second.tsv"])
def test_gold_links_name_real_units_of_the_right_kind(units, name):
    from dtx_nlp.evaluation.evaluate import gold_links

    kinds = dict(zip(units.unit_id, units.kind))
    allowed = {"problem": {"problem", "problem_context"}, "remark": {"remark", "reply"},
               "recommendation": {"recommendation"}}
    gold = gold_links(Path(__file__).parent / "gold" / name)
    for (rec, group), targets in gold.items():
        assert kinds[rec] == "recommendation"
        assert {kinds.get(t) for t in targets} <= allowed[group], (rec, group, targets)


def test_explicit_references_are_links(links):
    refs = links[links.target_kind == "recommendation"]
    got = set(zip(refs.recommendation_id, refs.target_id))
    assert {("R02", "R03"), ("R02", "R07"), ("R03", "R01"), ("R07", "R02"), ("R07", "R15"),
            ("R15", "R07")} == got
    assert refs.accepted.all() and set(refs.method) == {"reference"}


def test_a_note_pointing_to_the_workshop_record_is_a_reference(links, units):
    row = links[(links.recommendation_id == "R04") & (links.method == "reference")].iloc[0]
    first_workshop_unit = units[units.part == "workshop"].iloc[0]
    assert row.target_id == first_workshop_unit.unit_id and "参考資料" in row.evidence


def test_evidence_names_shared_terms_and_quotes_a_sentence_pair(links):
    row = links[(links.recommendation_id == "R07") & (links.target_id == "S4-R13")].iloc[0]
    assert "best pair:" in row.evidence and "↔" in row.evidence
    assert "戦闘機" in row.evidence or "航空自衛隊" in row.evidence


def test_every_recommendation_has_accepted_support(links):
    accepted = links[links.accepted.astype(str) == "True"]
    assert set(accepted.recommendation_id) >= {f"R{n:02d}" for n in range(1, 16)} - {"R15"}


def test_matrix_and_coverage(corpus_out, units):
    matrix = read_csv(corpus_out / "matrix.csv")
    assert list(matrix.recommendation_id) == [f"R{n:02d}" for n in range(1, 16)]
    coverage = read_csv(corpus_out / "coverage.csv")
    assert set(coverage.category) <= {"unaddressed_problem", "unused_remark",
                                      "unsupported_recommendation"}
    assert set(coverage.unit_id) <= set(units.unit_id)


SMALL_REPORT = """はじめに

　本稿は港湾の防災について提言する。

（1）現状と課題

①·　港湾の耐震化が遅れており、大地震で岸壁が使えなくなるおそれがある。
②·　港湾労働者の高齢化が進み、人手不足が深刻である。

【提言１】港湾施設の耐震強化
①·　岸壁の耐震化を国の予算で前倒しし、大地震でも使える岸壁を確保する。

【提言２】港湾労働の担い手確保
①·　高齢化と人手不足に対応するため、若年労働者の育成と自動化を進める。【提言１】の耐震化と併せて実施する。

【セッション１】

⃝港湾の課題
　\t地震で岸壁が壊れると物流が止まる。耐震化が急務だ。
　\t人手不足は自動化で補うべきだ。
"""


def test_the_same_code_links_another_report(tmp_path, cfg, models):
    out, result = run_text(SMALL_REPORT, tmp_path, cfg, models, name="port")
    assert result.ok
    units = read_csv(out / "units.csv")
    assert list(units[units.kind == "recommendation"].title) == ["港湾施設の耐震強化",
                                                               "港湾労働の担い手確保"]
    links = read_csv(out / "links.csv")
    top = links[links.method != "reference"].groupby(
        ["recommendation_id", links.target_kind.isin(["problem", "problem_context"])]).head(1)
    best = dict(((r.recommendation_id, r.target_kind), r.target_id) for r in top.itertuples())
    assert best[("R01", "problem")] == "P01" and best[("R02", "problem")] == "P02"
    assert best[("R01", "remark")] == "S1-R01" and best[("R02", "remark")] == "S1-R02"
    refs = links[links.target_kind == "recommendation"]
    assert list(zip(refs.recommendation_id, refs.target_id)) == [("R02", "R01")]


def test_review_decisions_survive_reruns_and_turn_suspect(tmp_path, cfg, models):
    from dtx_nlp.inspect import units_of
    from dtx_nlp.review.decisions import record_decision, review_path

    doc = tmp_path / "port.txt"
    doc.write_text(SMALL_REPORT, encoding="utf-8")
    path = review_path(str(doc))
    units = units_of(doc)
    record_decision(path, units, "R01", "P02", "accept", "analyst says so")
    record_decision(path, units, "R01", "P01", "reject")
    out, _ = run_text(SMALL_REPORT, tmp_path, cfg, models, name="port")
    links = read_csv(out / "links.csv")
    row = links[(links.recommendation_id == "R01") & (links.target_id == "P02")].iloc[0]
    assert str(row.accepted) == "True" and row.decision == "accept"
    row = links[(links.recommendation_id == "R01") & (links.target_id == "P01")].iloc[0]
    assert str(row.accepted) == "False" and row.decision == "reject"
    changed = SMALL_REPORT.replace("岸壁が使えなくなる", "岸壁が崩れる")
    out, result = run_text(changed, tmp_path, cfg, models, name="port")
    links = read_csv(out / "links.csv")
    row = links[(links.recommendation_id == "R01") & (links.target_id == "P01")].iloc[0]
    assert row.decision == "suspect"
    assert any(i.code == "review-suspect" for i in result.issues)


def _pair(rec, tgt, kind, tfidf, parent=None, vector=0.0):
    import numpy as np

    from dtx_nlp.stages.links import Pair, Side

    def side(uid, k, parent_id=None):
        return Side(uid, k, "", (), (), (), frozenset(), frozenset(), np.zeros(1), parent_id)

    return Pair(side(rec, "recommendation"), side(tgt, kind, parent), {"tfidf": tfidf,
                "vector": vector}, ("", ""), (), ())


def test_a_reply_and_its_remark_share_their_score():
    from dtx_nlp.stages.links import final_scores

    pairs = [_pair("R01", "S1-R01", "remark", 0.8), _pair("R01", "S1-R01-A1", "reply", 0.1,
             parent="S1-R01"), _pair("R01", "S1-R02", "remark", 0.1)]
    plain = final_scores(pairs, {"tfidf": 1.0}, 0.0)
    shared = final_scores(pairs, {"tfidf": 1.0}, 0.0, thread=0.5)
    assert plain[1] == plain[2] < shared[1] == 0.5 * plain[0]
    assert shared[0] == plain[0] and shared[2] == plain[2]


def test_signals_are_scaled_to_their_best_value_before_weighting():
    from dtx_nlp.stages.links import final_scores

    # tfidf spans 0–0.2, vector 0–1: with equal weights both must count the same.
    pairs = [_pair("R01", "P01", "problem", 0.2, vector=0.0),
             _pair("R01", "P02", "problem", 0.0, vector=1.0)]
    a, b = final_scores(pairs, {"tfidf": 1.0, "vector": 1.0}, 0.0)
    assert a == pytest.approx(b)


@pytest.mark.parametrize("text, cited", [
    ("提言1で示した計画を担う職員を確保する。", [1]),
    ("【提言 3】で述べた通り、提言１の更新も急ぐ。", [3, 1]),
    ("［提言12］を参照する。", [12]),
    ("政策提言の実施を求める。", []),
])
def test_recommendation_references_in_brackets_or_not(cfg, text, cited):
    from dtx_nlp.textnorm import normalize

    pattern = cfg.links.recommendation_reference
    assert [int(normalize(m.group("number"))) for m in pattern.finditer(text)] == cited
