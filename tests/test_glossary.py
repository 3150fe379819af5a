import pytest

from dtx_nlp.definitions import Definition
from dtx_nlp.glossary import Chain, acronym_partners, entity_concepts, flr_scores, nested_chains
from dtx_nlp.types import Mention

from conftest import read_csv


@pytest.fixture(scope="session")
def glossary(corpus_out):
    return read_csv(corpus_out / "glossary.csv")


def test_flr_follows_the_paper():
    """FLR(CN) = f(CN) × (∏ (L(N)+1)(R(N)+1))^(1/2n) on a toy set of chains."""
    def chain(*parts):
        return Chain(parts, ("",) * len(parts), "U")

    chains = [chain("拡大", "抑止"), chain("拡大", "抑止"), chain("核", "抑止"), chain("抑止")]
    scores = flr_scores(chains)
    # 拡大: L=0, R=2; 抑止: L=3 (拡大 twice, 核 once), R=0
    assert scores["拡大抑止"] == pytest.approx(2 * ((0 + 1) * (2 + 1) * (3 + 1) * (0 + 1)) ** 0.25)
    assert scores["抑止"] == pytest.approx(1 * ((3 + 1) * (0 + 1)) ** 0.5)


def _chain(*parts):
    return Chain(parts, ("",) * len(parts), "U")


def test_flr_counts_neighbours_of_the_shortest_units():
    """情報共有 is one mode-C token; its simple nouns 情報|共有 share 情報's neighbour counts."""
    alone = flr_scores([_chain("情報共有")])
    beside = flr_scores([_chain("情報共有"), _chain("情報", "機関"), _chain("情報", "本部")])
    assert alone["情報共有"] == pytest.approx(2 ** 0.5)  # 情報 R=1 (共有), 共有 L=1
    assert beside["情報共有"] > alone["情報共有"]


def test_nested_heads_need_two_continuations():
    heads = {c.text for c in nested_chains([
        _chain("先行", "不使用", "政策"), _chain("先行", "不使用", "宣言"),
        _chain("笹川", "平和", "財団"), _chain("笹川", "平和", "財団", "理事")])}
    assert "先行不使用" in heads and "笹川平和" not in heads


def test_an_acronym_and_an_entity_count_under_all_their_names():
    defs = {"DCA": Definition("DCA", "両用航空機", "U", 0, 3)}
    assert acronym_partners(defs)["両用航空機"] == acronym_partners(defs)["dca"] == {"dca", "両用航空機"}
    mentions = [Mention("U1", 0, 4, "米戦略軍", "ORGANIZATION", "米戦略軍", "rule"),
                Mention("U2", 9, 12, "戦略軍", "ORGANIZATION", "米戦略軍", "rule"),
                Mention("U2", 20, 23, "戦略軍", "ORGANIZATION", "米戦略軍", "rule")]
    concepts = entity_concepts(mentions, {"U1": "problem", "U2": "remark"})
    concept = concepts["戦略軍"]
    assert concept is concepts["米戦略軍"] and concept.key == "米戦略軍"
    assert concept.occ.frequency == 3 and concept.occ.first_unit == "U1"
    assert concept.occ.by_kind == {"problem": 1, "remark": 2}


def test_an_entity_is_one_row_with_its_other_names(glossary):
    row = glossary[glossary.term == "米インド太平洋軍"].iloc[0]
    assert "インド太平洋軍" in row.aliases.split("; ") and row.kind == "entity"
    assert "インド太平洋軍" not in set(glossary.term)
    assert row.frequency >= 9


def test_glossary_contract_and_order(glossary):
    assert list(glossary.columns[:7]) == ["term", "reading", "kind", "expansion", "frequency",
                                          "first_unit_id", "score"]
    assert list(glossary.score) == sorted(glossary.score, reverse=True)


@pytest.mark.parametrize("acronym, expansion", [
    ("ACM", "同盟調整メカニズム"), ("FDO", "柔軟抑止選択肢"),
    ("LRSO", "空中発射型の核搭載巡航ミサイル"), ("C2", "指揮統制"),
    ("JJOC", "自衛隊統合作戦司令部"), ("LRHW", "陸上配備型の極超音速ミサイル"),
])
def test_acronyms_with_their_full_expansion(glossary, acronym, expansion):
    row = glossary[glossary.term == acronym].iloc[0]
    assert row.kind == "acronym" and row.expansion == expansion


def test_compound_terms_not_single_nouns(glossary):
    top = set(glossary.term[:100])
    for term in ("拡大抑止", "エスカレーション管理", "存立危機事態", "重要影響事態"):
        assert term in set(glossary.term), term
    for noise in ("こと", "必要", "日米", "日本"):
        assert noise not in top


def test_readings_and_usage_columns(glossary):
    row = glossary[glossary.term == "拡大抑止"].iloc[0]
    assert row.reading == "カクダイヨクシ"
    assert row.in_problems > 0 and row.in_recommendations > 0 and row.in_remarks > 0
    assert row.first_unit_id == "I01" and "拡大抑止" in row.context
