"""Other report layouts: each found by structure inference, and still by its profile in
pipelines/layouts/ when that is forced."""

from __future__ import annotations

import pytest
from conftest import read_csv, run_text

from dtx_nlp.inspect import units_of

MARKDOWN = """# 港湾防災に関する政策提言

## はじめに

本報告は、港湾の防災と物流の継続について検討し、提言をまとめたものである。

## 第1章 問題の所在

港湾は物流の要であるが、災害への備えが十分でない。

- 岸壁の耐震化が遅れており、大地震で岸壁が使えなくなるおそれがある。
- 港湾労働者の高齢化が進み、荷役の担い手が不足している。
- 津波警報の伝達が遅く、港湾での避難が間に合わないおそれがある。

## 第2章 提言

### 提言1：岸壁の耐震化の前倒し

国は、耐震化が遅れている岸壁の改修を前倒しし、大地震でも使える岸壁を確保すべきである。

1. 主要港の耐震岸壁を5年以内に倍増する。
2. 耐震化の予算を別枠で確保する。

### 提言2：荷役の担い手の確保

高齢化による担い手不足に対し、若年労働者の育成と荷役の自動化を進めるべきである。

### 提言3：津波避難の迅速化

津波警報を港湾労働者に直ちに伝達する仕組みを整え、避難訓練を定期的に行うべきである。

## 第3章 議事録

### セッション1

- 地震で岸壁が壊れると物流が止まる。耐震化が急務だ。
  - → 予算の別枠確保が必要だ。
- 担い手不足は自動化で補うべきだ。
"""

CHAPTERS = """はじめに

　本書は地域医療の持続可能性について論じる。

第1章　現状と課題

（1）医師の偏在
　都市部に医師が集中し、過疎地域の診療所では医師が確保できない。

（2）救急搬送の長時間化
　救急車の到着と搬送先の決定に時間がかかり、救命率が下がっている。

第2章　提言

（1）地域枠の医師養成の拡充
　過疎地域の診療所に医師を確保するため、地域枠の医学部定員を増やし、偏在を是正する。

（2）救急搬送の調整の広域化
　搬送先の決定を早めるため、広域の救急医療情報システムで救急車と病院を結ぶ。

おわりに

　地域医療の再生には、国と自治体の連携が欠かせない。
"""

NUMBERED = """１．問題意識

　教員の長時間労働が常態化しており、授業の準備に充てる時間が不足している。

　また、教員採用試験の倍率が低下し、教員志望の学生が減っている。

２．提言

提言１．教員の働き方改革
　部活動の地域移行と事務作業の削減により、教員の長時間労働を解消する。

提言２．教員志望者の拡大
　採用試験の日程を早め、奨学金の返還を免除して、教員志望の学生を増やす。
"""


@pytest.mark.parametrize("name, text, layout, titles, problems", [
    ("markdown", MARKDOWN, "markdown",
     ["岸壁の耐震化の前倒し", "荷役の担い手の確保", "津波避難の迅速化"],
     ["P01", "P02", "P03"]),
    ("chapters", CHAPTERS, "chapters",
     ["地域枠の医師養成の拡充", "救急搬送の調整の広域化"], ["P01", "P02"]),
    ("numbered", NUMBERED, "numbered",
     ["教員の働き方改革", "教員志望者の拡大"], ["PC01", "PC02"]),
])
def test_other_layouts(tmp_path, cfg, models, name, text, layout, titles, problems):
    out, result = run_text(text, tmp_path, cfg, models, name=name)
    assert result.ok and result.layout == "inferred"
    if layout != "markdown":  # (Markdown is now read as Markdown: its profile sees no "#")
        forced = tmp_path / f"{name}-forced.txt"
        forced.write_text(text, encoding="utf-8")
        assert [u.title for u in units_of(forced, layout=layout)
                if u.kind == "recommendation"] == titles
    units = read_csv(out / "units.csv")
    recs = units[units.kind == "recommendation"]
    assert list(recs.title) == titles
    assert list(recs.number.astype(int)) == list(range(1, len(titles) + 1))
    links = read_csv(out / "links.csv")
    for rec_id, expected in zip(recs.unit_id, problems):
        mine = links[(links.recommendation_id == rec_id)
                     & links.target_kind.isin(["problem", "problem_context"])]
        assert mine.iloc[0].target_id == expected, (rec_id, list(mine.target_id[:3]))
        assert str(mine.iloc[0].accepted) == "True"


def test_markdown_workshop_record(tmp_path, cfg, models):
    out, _ = run_text(MARKDOWN, tmp_path, cfg, models, name="md")
    units = read_csv(out / "units.csv")
    remarks = units[units.kind == "remark"]
    replies = units[units.kind == "reply"]
    assert len(remarks) == 2 and len(replies) == 1
    assert set(remarks.session.astype(int)) == {1}
    assert replies.iloc[0].parent_id == remarks.iloc[0].unit_id
    items = units[units.kind == "recommendation_item"]
    assert list(items.parent_id) == ["R01", "R01"]


def test_inspect_prints_the_outline_tree(tmp_path):
    from dtx_nlp.inspect import inspect_document

    doc = tmp_path / "chapters.txt"
    doc.write_text(CHAPTERS, encoding="utf-8")
    report = inspect_document(doc)
    assert "structure inferred" in report and "recommendations: 2" in report
    assert "R01 (0 items) 地域枠の医師養成の拡充" in report
    assert "- 提言  [recommendations]  (2 recommendations)" in report.splitlines()
    assert "  - 1 地域枠の医師養成の拡充  [recommendation]" in report.splitlines()
    assert "warning: no workshop remarks found" in report
    assert "layout profile 'chapters'" in inspect_document(doc, layout="chapters")


def test_no_recommendation_names_the_profiles_tried(tmp_path, cfg, models):
    out, result = run_text("　ただの文章である。\n", tmp_path, cfg, models, name="none")
    warning = next(i for i in result.issues if i.code == "no-recommendations")
    assert "default" in warning.message and "markdown" not in warning.message  # not detected


def test_forcing_an_unknown_layout_is_an_error(tmp_path):
    from dtx_nlp.errors import ConfigError
    from dtx_nlp.inspect import inspect_document

    doc = tmp_path / "d.txt"
    doc.write_text(NUMBERED, encoding="utf-8")
    with pytest.raises(ConfigError, match="no layout profile named 'nope'"):
        inspect_document(doc, layout="nope")


def test_the_corpus_document_keeps_the_default_layout(corpus_out):
    issues = (corpus_out / "issues.json").read_text(encoding="utf-8")
    assert "no-recommendations" not in issues
    units = read_csv(corpus_out / "units.csv")
    assert (units.kind == "recommendation").sum() == 15
