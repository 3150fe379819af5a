"""The evaluation arithmetic on toy inputs (the figures themselves come from `dtx-nlp evaluate`)."""

from types import SimpleNamespace

import pytest

from dtx_nlp.errors import InputError
from dtx_nlp.evaluation import evaluate as ev


def test_average_precision():
    assert ev.average_precision(["a", "b", "c", "d"], {"a", "c"}) == pytest.approx((1 + 2 / 3) / 2)
    assert ev.average_precision(["x", "y"], {"z"}) == 0.0


def test_ranking_scores_skip_recommendations_without_gold():
    scores = {("R01", "problem"): {"P01": 0.9, "P02": 0.1},
              ("R02", "problem"): {"P01": 0.2, "P02": 0.8}}
    gold = {("R01", "problem"): {"P02"}}
    out = ev.ranking_scores(scores, gold, "problem", ["R01", "R02"])
    assert out == {"map": 0.5, "recall@10": 1.0, "recommendations": 1}


def test_mean_map_averages_groups_over_the_chosen_recommendations():
    aps = {("R01", "problem"): 1.0, ("R02", "problem"): 0.5, ("R01", "remark"): 0.0}
    assert ev._mean_map(aps, {"R01", "R02"}) == pytest.approx((0.75 + 0.0) / 2)
    assert ev._mean_map(aps, {"R02"}) == pytest.approx(0.5)


def test_the_settings_grid_is_small_and_equal_weighted():
    grid = ev.settings()
    assert len(grid) == 63 * len(ev.SPECIFICITY_GRID) * len(ev.THREAD_GRID)
    assert len(set(grid)) == len(grid)


def test_acceptance_scores_count_only_non_reference_gold():
    gold = {("R01", "problem"): {"P01"}, ("R01", "recommendation"): {"R02"}}
    out = ev.acceptance_scores({("R01", "P01"), ("R01", "P02")}, gold, {"R01"})
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 0)


def test_paired_test_counts_and_exact_p():
    out = ev.paired_test([0.9, 0.8, 0.7, 0.5], [0.5, 0.6, 0.6, 0.5])
    assert (out["wins"], out["ties"], out["losses"]) == (3, 1, 0)
    # three non-zero differences, all positive: only all-plus and all-minus of the 8 sign
    # patterns reach the observed |sum|
    assert out["p"] == pytest.approx(2 / 8, abs=1e-3)
    assert ev.paired_test([0.5, 0.5], [0.5, 0.5])["p"] == 1.0


def test_paired_test_balanced_differences_are_not_significant():
    out = ev.paired_test([1.0, 0.0], [0.0, 1.0])
    assert (out["wins"], out["losses"]) == (1, 1)
    assert out["p"] == 1.0


def test_reading_agreement_scores_the_second_reading_against_the_first():
    first = {("R01", "problem"): {"P01", "P02"}, ("R01", "remark"): {"S1-R01"},
             ("R01", "recommendation"): {"R02"}}
    second = {("R01", "problem"): {"P01"}, ("R01", "remark"): {"S1-R01", "S1-R02"},
              ("R01", "recommendation"): {"R02"}}
    out = ev.reading_agreement(first, second)
    assert (out["problem"]["precision"], out["problem"]["recall"]) == (1.0, 0.5)
    assert (out["remark"]["precision"], out["remark"]["recall"]) == (0.5, 1.0)
    assert out["recommendation"]["f1"] == 1.0
    assert (out["problem+remark"]["tp"], out["problem+remark"]["fp"],
            out["problem+remark"]["fn"]) == (2, 1, 1)


def test_second_reading_is_a_real_gold_file():
    from pathlib import Path

    gold = Path(__file__).parent / "gold"
    first, second = ev.gold_links(gold / "links.tsv"), ev.gold_links(gold / "links_second.tsv")
    assert {r for r, _ in second} == {r for r, _ in first}
    assert ev.reading_agreement(first, second)["problem+remark"]["f1"] > 0.5


def test_paired_test_samples_when_exact_enumeration_is_too_big():
    out = ev.paired_test([1.0] * 30, [0.0] * 30)
    assert out["wins"] == 30 and out["p"] < 0.001


def test_oracle_count_f1_takes_as_many_top_links_as_the_gold_has():
    scores = {("R01", "problem"): {"P01": 0.9, "P02": 0.8, "P03": 0.1},
              ("R01", "remark"): {"S1": 0.9, "S2": 0.2}}
    gold = {("R01", "problem"): {"P01", "P03"}, ("R01", "remark"): {"S2"}}
    # problems: top 2 = P01, P02 -> 1 hit of 2; remarks: top 1 = S1 -> 0 hits of 1
    assert ev.oracle_count_f1(scores, gold, ["R01"]) == pytest.approx(1 / 3, abs=1e-3)


# ---- link gold that names targets as a reader sees them (tests/reports/linked/) --------------

def _unit(unit_id: str, kind: str, number: int | None, text: str):
    from dtx_nlp.types import Unit

    return Unit(unit_id, "d", kind, None, number, None, None, text, 0, len(text))


LINKED_UNITS = [
    _unit("P01", "problem", 1, "（1）管の老朽化\n更新が遅れている。"),
    _unit("P02", "problem", 2, "（2）人手の不足\n職員が足りない。"),
    _unit("R01", "recommendation", 1, "【提言1】更新の重点化\n危険な管から更新する。"),
    _unit("R02", "recommendation", 2, "【提言2】人材の確保\n提言1の計画を担う職員を確保する。"),
    _unit("S1-R01", "remark", None, "・古い管ほど漏水が多いと感じる。"),
    _unit("S1-R01-A1", "reply", None, "→ 土壌によっては 古い管でも 持つ。"),
]


def test_linked_gold_is_resolved_by_number_and_verbatim_quote(tmp_path):
    from dtx_nlp.evaluation.linked import read_gold, resolve

    path = tmp_path / "d.links.tsv"
    path.write_text("# comment\n1\tproblem\t1\tx\n1\tremark\t古い管ほど漏水が\n"
                    "1\treply\t土壌によっては古い管でも\n2\tproblem\t２\n2\trecommendation\t1\n",
                    encoding="utf-8")
    gold, missed = resolve(read_gold(path), LINKED_UNITS, path)
    assert missed == [] and gold == {("R01", "problem"): {"P01"}, ("R01", "remark"): {"S1-R01", "S1-R01-A1"},
                    ("R02", "problem"): {"P02"}, ("R02", "recommendation"): {"R01"}}


@pytest.mark.parametrize("line, message", [
    ("3\tproblem\t1", "d.links.tsv:2"),  # no recommendation 3
    ("1\tremark\t誰も言っていない", "d.links.tsv:2"),  # a quote found nowhere
    ("1\treply\t更新", "d.links.tsv:2"),  # not a remark's or reply's words (a problem's)
    ("1\tissue\t1", "d.links.tsv:2"),  # an unknown target type
])
def test_linked_gold_lines_that_name_no_single_unit_are_errors(tmp_path, line, message):
    from dtx_nlp.evaluation.linked import read_gold, resolve

    path = tmp_path / "d.links.tsv"
    path.write_text("# gold\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        resolve(read_gold(path), LINKED_UNITS, path)
    assert message in str(err.value)


def test_linked_gold_not_found_counts_as_missed_links_when_not_strict(tmp_path):
    from dtx_nlp.evaluation.linked import read_gold, resolve

    path = tmp_path / "d.links.tsv"
    path.write_text("1\tproblem\t1\n1\tremark\t誰も言っていない\n9\tproblem\t2\n", encoding="utf-8")
    gold, missed = resolve(read_gold(path), LINKED_UNITS, path, strict=False)
    assert missed == [2, 3]
    assert gold == {("R01", "problem"): {"P01"}, ("R01", "remark"): {"not-a-unit:2"}}


def test_linked_gold_counts_recommendations_in_order_when_their_numbers_do_not():
    """Gold numbers are places in document order: 提言A, B (no number) and 4.1, 4.2 (printed
    number 4 twice) are 1 and 2; where printed numbers are unique they name the unit."""
    from dtx_nlp.evaluation.linked import _numbered

    lettered = [_unit("R", "recommendation", None, "提言A 一"), _unit("Rb1", "recommendation", None, "提言B 二")]
    dotted = [_unit("R04", "recommendation", 4, "4.1 一"), _unit("R04b1", "recommendation", 4, "4.2 二")]
    printed = [_unit("R02", "recommendation", 2, "提言2 二"), _unit("R05", "recommendation", 5, "提言5 五")]
    kinds = ("recommendation",)
    assert [u.unit_id for u in _numbered(lettered, kinds, "2")] == ["Rb1"]
    assert [u.unit_id for u in _numbered(dotted, kinds, "2")] == ["R04b1"]
    assert [u.unit_id for u in _numbered(printed, kinds, "5")] == ["R05"]


def test_the_tfidf_baseline_of_a_report_with_nothing_read_is_empty(cfg):
    """A report whose recommendations or targets were not read scores nothing (no crash)."""
    from dtx_nlp.evaluation.evaluate import tfidf_baseline

    assert tfidf_baseline([], cfg) == {}


def _term(term, english="", definition="", aliases=""):
    from dtx_nlp.types import Term

    return Term(term=term, reading="", kind="term", expansion="", frequency=1, first_unit_id="U1",
                score=0.0, aliases=aliases, english=english, definition=definition)


def test_gloss_scores_match_terms_aliases_and_overlapping_definitions(tmp_path):
    from dtx_nlp.evaluation import glosses

    (tmp_path / "r.glosses.tsv").write_text("term\tenglish\nEAR\tExport Administration "
                                            "Regulations\n先行不使用\tno first use\n")
    (tmp_path / "r.definitions.tsv").write_text(
        "term\tdefinition\n犯収法\t犯罪による収益の移転防止に関する法律\n"
        "抑止\t相手の攻撃を思いとどまらせること\n")
    terms = [_term("EAR", english="export administration  regulations."),
             _term("先行不使用", english="no-first-use policy"),
             _term("犯罪収益移転防止法", aliases="犯収法",
                   definition="犯罪による収益の移転防止に関する法律等"),
             _term("抑止", definition="相手国との対話"),
             _term("同盟", definition="二国間の約束")]
    s = glosses.gloss_scores(terms, tmp_path, "r")
    assert s["english"] == {"gold": 2, "found": 1, "filled": 2, "right": 1}  # case, spaces folded
    assert s["definition"] == {"gold": 2, "found": 1, "filled": 3, "right": 1}  # by alias, Dice
    assert glosses.dice("abcd", "abcd") == 1.0 and glosses.dice("abcd", "wxyz") == 0.0
    assert glosses.pooled([s, s])["definition"]["precision"] == round(2 / 6, 3)


def test_a_row_named_by_the_defined_phrase_holds_its_definition(tmp_path):
    from dtx_nlp.evaluation import glosses

    (tmp_path / "glosses.tsv").write_text("term\tenglish\n")
    (tmp_path / "definitions.tsv").write_text("term\tdefinition\n薬機法\t医薬品等に関する法律\n")
    s = glosses.gloss_scores([_term("医薬品等に関する法律", aliases="薬機法")], tmp_path)
    assert s["definition"]["found"] == 1 and s["definition"]["filled"] == 0
    assert glosses.gloss_scores([], tmp_path / "none") is None


def test_gloss_reading_agreement(tmp_path):
    from dtx_nlp.evaluation import glosses

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "glosses.tsv").write_text("term\tenglish\nX\tan x\nY\tthe y\n")
    (first / "definitions.tsv").write_text("term\tdefinition\n")
    (second / "corpus.glosses.tsv").write_text("term\tenglish\nX\tAn X\nZ\tzed\n")
    (second / "corpus.definitions.tsv").write_text("term\tdefinition\n")
    a = glosses.reading_agreement([(first, "", second)])
    assert a["english"] == {"first": 2, "second": 2, "both": 1, "alike": 1}


def test_second_readings_pair_each_report_read_twice(tmp_path):
    gold = tmp_path / "heldout" / "gold"
    (gold / ev.SECOND_GLOSS_READING).mkdir(parents=True)
    for stem in ("a", "b"):
        for name in ("glosses", "definitions"):
            (gold / ev.SECOND_GLOSS_READING / f"{stem}.{name}.tsv").write_text("term\tx\n")
    for name in ("glosses", "definitions"):  # only report a has a first reading
        (gold / f"a.{name}.tsv").write_text("term\tx\n")
    assert ev._second_readings(tmp_path, ("heldout", "none")) == [
        (gold, "a", gold / ev.SECOND_GLOSS_READING)]


def test_noise_counts_judged_rows_and_keeps_unjudged_apart(tmp_path):
    from dtx_nlp.evaluation.noise import noise_count, pooled, read_judgements
    from dtx_nlp.types import Term

    path = tmp_path / "r.noise.tsv"
    path.write_text("# a comment\nterm\tjudgement\tborderline\treason\n核共有\tTERM\t\tx\n"
                    "# rows added later\n日本政府\tNOISE\t\tgeneric\n", encoding="utf-8")
    judged = read_judgements(path)
    assert judged == {"核共有": "TERM", "日本政府": "NOISE"}
    terms = [Term(t, "", "term", "", 1, "U", 1.0) for t in ("日本政府", "核共有", "新語", "後")]
    c = noise_count(terms, judged, 3)
    assert c == {"noise": 1, "judged": 2, "not_judged": 1, "rows": 3}
    assert pooled([c, None, c]) == {"noise": 2, "judged": 4, "not_judged": 2, "floor": None}


def test_noise_floor_places_every_judged_term_first_and_needs_every_row_judged():
    """Stop 78: the fewest noise rows any order could show in the first rows; an unjudged row
    might be a term, so a report with one has no floor, and neither has a pool holding it."""
    from dtx_nlp.evaluation.noise import noise_floor, pooled
    from dtx_nlp.types import Term

    terms = [Term(t, "", "term", "", 1, "U", 1.0) for t in "abcde"]
    said = {"a": "NOISE", "b": "TERM", "c": "NOISE", "d": "TERM", "e": "NOISE"}
    assert noise_floor(terms, said, 3) == 1  # b and d first, then one noise row
    assert noise_floor(terms, said, 2) == 0
    assert noise_floor(terms, said, 50) == 3  # five rows in all: the first 50 are the five
    assert noise_floor(terms, {**said, "d": "NOISE"}, 3) == 2
    assert noise_floor(terms, {k: v for k, v in said.items() if k != "e"}, 3) is None
    assert noise_floor(terms, {k: v for k, v in said.items() if k != "e"}, 2) == 0  # b, d fill it
    full = {"noise": 2, "judged": 3, "not_judged": 0, "floor": 1}
    assert pooled([full, full])["floor"] == 2
    assert pooled([full, {**full, "floor": None}])["floor"] is None
    assert ev._floor_note(pooled([full, full])) == "; no order of the rows shows fewer than 2 " \
        "(33%)"
    assert ev._floor_note(pooled([full, {**full, "floor": None}])) == ""


def test_wilson_interval_by_hand():
    """Wilson's score interval: 0/10 runs up to z²/(n + z²); 46/200 (the corpus noise) is about
    0.177–0.293; it always holds the share and stays inside [0, 1]."""
    from dtx_nlp.evaluation.stats import Z95, share_with_interval, wilson

    assert wilson(0, 10) == (0.0, pytest.approx(Z95 ** 2 / (10 + Z95 ** 2)))
    assert wilson(10, 10) == (pytest.approx(10 / (10 + Z95 ** 2)), 1.0)
    lo, hi = wilson(46, 200)
    assert (round(lo, 3), round(hi, 3)) == (0.177, 0.293)
    assert wilson(5, 40)[1] - wilson(5, 40)[0] > wilson(50, 400)[1] - wilson(50, 400)[0]
    assert share_with_interval(46, 200) == "46/200 = 0.230 (95 % CI 0.177–0.293)"
    with pytest.raises(ValueError, match="wilson"):
        wilson(3, 0)


def test_glossary_lines_give_intervals_and_the_pooled_held_out_share():
    held = {"a": {"terms": 40, "rows": 9, "top50": 0.5, "top200": 0.9, "earlier_top50": 0.0,
                  "earlier_top200": 0.0, "fused_top50": 0.25, "fused_top200": 1.0,
                  "anywhere": 0.95, "noise": {"noise": 10, "judged": 50, "not_judged": 0}},
            "heldout_long/b": {"terms": 100, "rows": 9, "top50": 0.2, "top200": 0.7,
                               "earlier_top50": 0.0, "earlier_top200": 0.0,
                               "fused_top50": 0.1, "fused_top200": 0.65, "anywhere": 0.8,
                               "noise": {"noise": 62, "judged": 200, "not_judged": 0},
                               "latin_read_as_words": ["SLCM-N エスエルシーエムノルマル"]}}
    lines = ev._glossary_list_lines({"glossary_heldout": held, "glossary_lists": {
        "earlier_rows": 1, "ranking": "learned",
        "own": {"terms": 55, "new": 51 / 55, "earlier": 1.0, "fused": 0.8, "unseen": 0.75,
                "anywhere": 54 / 55, "missing": []}}})
    text = "\n".join(lines)
    assert "learned ranking vs stop 38's fused ranking vs the earliest FLR ranking" in text
    assert "own (55): 0.927 (95 % CI 0.827–0.971; fused 0.800; earliest 1.000; by the model " \
        "not fitted on this report 0.750; in any row 0.982)" in text
    # beside each pooled share, the fused ranking's: (10 + 65) of 140
    assert "stop 38's fused ranking 75/140" in text
    # per set, then all: the long report counts its first 200 rows, (20 + 70) / 140
    assert "held-out heldout (1; first 50, long reports first 200): mean 0.500; pooled 20/40" in text
    assert "held-out heldout_long (1; first 50, long reports first 200): mean 0.700" in text
    assert "held-out all (2; first 50, long reports first 200): mean 0.600; pooled 90/140 = 0.643" \
        " (95 % CI" in text
    # in any row at all: 38 + 80 of 140, what no ranking can raise
    assert "stop 38's fused ranking 75/140; in any row 118/140" in text
    # Latin read as words in the counted rows: the long report's one row; none in the other
    assert "in any row 118/140; Latin read as words in those rows 1" in text
    assert "pooled 20/40 = 0.500 (95 % CI 0.352–0.648); stop 38's fused ranking 10/40; in any " \
        "row 38/40; Latin read as words in those rows 0" in text
    assert "short held-out reports, first 50: 10/50 = 0.200 (95 % CI 0.112–0.330)" in text
    assert "long held-out reports (heldout_long), first 200: 62/200 = 0.310 (95 % CI" in text
    assert "long held-out reports, first 200: 62/200 = 0.310 (95 % CI" in text  # all long sets
    # a set the learned ranking was fitted on is marked and pooled apart from the others
    lines = ev._glossary_list_lines({"glossary_heldout": held, "glossary_lists": {},
                                     "glossary_fitted_folders": ["heldout"]})
    text = "\n".join(lines)
    assert f"held-out heldout{ev.FITTED_MARK} (1; first 50" in text
    assert "held-out all never fitted on (1; first 50, long reports first 200): mean 0.700" in text
    assert f"held-out all fitted on{ev.FITTED_MARK} (1; first 50, long reports first 200): " \
        "mean 0.500; pooled 20/40" in text
    assert "held-out all (2;" not in text
    assert "short held-out reports never fitted on, first 50" not in text  # none: all fitted
    assert f"short held-out reports fitted on{ev.FITTED_MARK}, first 50: 10/50" in text
    assert "long held-out reports never fitted on, first 200: 62/200" in text
    assert "long held-out reports fitted on" not in text  # none: its one long set never fitted


def test_the_folders_the_learned_ranking_was_fitted_on(cfg):
    """The shipped model's trained_on names the held-out sets it was fitted on (the first eight
    from stop 42, the first 27 from stop 47, the first 29 from stop 48, the first 35 from stop
    50; kept in stop 51, whose rule for refitting on sets 1-37 failed; the first 49 from stop
    71), whose figures are in-sample; the sets after them (50-65) are not among them; a ranking
    that reads no model was fitted on none."""
    from dataclasses import replace

    fitted = ev.fitted_folders(cfg)
    assert {"heldout", "heldout_terms", "heldout_long8", "heldout_terms13",
            "heldout_long29", "heldout_terms29", "heldout_long35", "heldout_terms35",
            "heldout_long36", "heldout_terms36", "heldout_long49", "heldout_terms49"} <= set(fitted)
    later = {"heldout_long50", "heldout_terms50",
             "heldout_long51", "heldout_terms51",
             "heldout_long52", "heldout_terms52",
             "heldout_long53", "heldout_terms53",
             "heldout_long54", "heldout_terms54",
             "heldout_long55", "heldout_terms55",
             "heldout_long56", "heldout_terms56",
             "heldout_long57", "heldout_terms57",
             "heldout_long58", "heldout_terms58",
             "heldout_long59", "heldout_terms59",
             "heldout_long60", "heldout_terms60",
             "heldout_long61", "heldout_terms61",
             "heldout_long62", "heldout_terms62",
             "heldout_long63", "heldout_terms63",
             "heldout_long64", "heldout_terms64", "heldout_terms65",
             "heldout_long66", "heldout_terms66",
             "heldout_long67", "heldout_terms67",
             "heldout_long68", "heldout_terms68",
             "heldout_long69", "heldout_terms69",
             "heldout_long70", "heldout_terms70",
             "heldout_long71", "heldout_terms71",
             "heldout_long72", "heldout_terms72",
             "heldout_long73", "heldout_terms73",
             "heldout_long74", "heldout_terms74",
             "heldout_long75", "heldout_terms75",
             "heldout_long76", "heldout_terms76",
             "heldout_long77", "heldout_terms77",
             "heldout_long78", "heldout_terms78",
             "heldout_long79", "heldout_terms79",
             "heldout_long80", "heldout_terms80",
             "heldout_long81", "heldout_terms81",
             "heldout_long82", "heldout_terms82",
             "heldout_long83", "heldout_terms83"}
    assert later <= set(ev.HELD_OUT_FOLDERS)
    assert not later & set(fitted)
    assert ev.fitted_folders(replace(cfg, glossary=replace(cfg.glossary, ranking="fused"))) == []


def test_a_gold_term_may_begin_with_a_hash(tmp_path):
    from dtx_nlp.evaluation.noise import read_judgements

    path = tmp_path / "r.noise.tsv"
    path.write_text("# a comment\nterm\tjudgement\n#7119\tTERM\n#\n119番通報\tNOISE\n",
                    encoding="utf-8")
    assert read_judgements(path) == {"#7119": "TERM", "119番通報": "NOISE"}


def test_latin_read_names_the_rows_whose_letters_are_read_as_words():
    from types import SimpleNamespace as Row

    rows = [Row(term="SLCM-N", reading="エスエルシーエムノルマル"),
            Row(term="SLCM-N", reading="エスエルシーエム・エヌ"), Row(term="抑止", reading="ヨクシ")]
    assert ev.latin_read(rows) == ["SLCM-N エスエルシーエムノルマル"]


def test_anywhere_counts_every_row_not_the_first_rows():
    from dtx_nlp.evaluation.evaluate import TOP_GLOSSARY, anywhere

    rows = [SimpleNamespace(term=f"語{i}", aliases="") for i in range(TOP_GLOSSARY + 50)]
    gold = [[f"語{TOP_GLOSSARY + 30}"], ["語3"], ["無い語"]]
    assert ev.key_term_share(rows, gold, TOP_GLOSSARY)[0] == 0.333
    assert anywhere(rows, gold) == 0.667


def test_the_unseen_model_ranks_whenever_the_ranking_reads_a_model(tmp_path, cfg, models):
    """evaluate's corpus comparison with the model never fitted on the corpus: for the learned
    ranking and the blend (both read a model file), not for the fused one or without the file."""
    import shutil
    from dataclasses import replace

    from dtx_nlp.config import DEFAULT_RANKER
    from dtx_nlp.evaluation.evaluate import UNSEEN_RANKER, unseen_ranking
    from dtx_nlp.run.runner import RunOptions, analyse_document

    doc = tmp_path / "doc.txt"
    doc.write_text("課題1 拡大抑止\n日米同盟の拡大抑止（extended deterrence）を強化する。\n",
                   encoding="utf-8")
    opts = RunOptions(out=tmp_path / "out", cache_dir=tmp_path / "cache")
    _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
    parsed = models.last_parsed
    gold = tmp_path / "gold"
    gold.mkdir()

    def unseen(ranking):
        return unseen_ranking(parsed, analysis,
                              replace(cfg, glossary=replace(cfg.glossary, ranking=ranking)), gold)

    assert unseen("learned") is None  # no model file in the gold folder
    shutil.copy(DEFAULT_RANKER, gold / UNSEEN_RANKER)
    assert unseen("fused") is None
    assert unseen("learned") and unseen("blend")


def test_gloss_lines_count_the_later_readings_apart():
    """The english and definition gold read in stop 74 (sets 50-63) is pooled apart from the
    eight held-out reports read in stop 33, so neither figure moves the other."""
    def scores(found):
        cell = {"gold": 4, "found": found, "filled": found, "right": found}
        return {"glosses": {"english": cell, "definition": cell}, "glosses_second": None}

    lines = ev._gloss_lines({"glossary_heldout": {
        "a": scores(1), "heldout_terms/b": scores(2), "heldout_long50/c": scores(4)}})
    first = next(x for x in lines if x.strip().startswith("held-out reports ("))
    later = next(x for x in lines if "read in stop 74" in x)
    assert "(2)" in first and "definition recall 0.375 (3/8)" in first
    assert "(1)" in later and "definition recall 1.000 (4/4)" in later
