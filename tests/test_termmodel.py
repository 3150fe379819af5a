"""The learned glossary ranking (stages/termmodel.py): trees exported as JSON give scikit-learn's
own probabilities; model files are checked like any config input; the shipped model ranks."""

import json
import re
import shutil

import numpy as np
import pytest
from conftest import PIPELINE, read_csv, run_text

from dtx_nlp.config import DEFAULT_RANKER, copy_default_pipeline, load_config
from dtx_nlp.errors import ConfigError
from dtx_nlp.stages import termmodel
from dtx_nlp.stages.noiseclasses import ALWAYS_LAST
from dtx_nlp.stages.termmodel import RowFacts, export, feature_groups, load_ranker


def _fitted(x, y, iterations=30):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(max_depth=2, max_iter=iterations, min_samples_leaf=5,
                                          random_state=0).fit(x, y)


def _saved(tmp_path, model, groups):
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(export(model, groups, {})), encoding="utf-8")
    load_ranker.cache_clear()
    return load_ranker(path)


def test_exported_trees_give_scikit_learns_probabilities(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 4))
    x[rng.random(300) < 0.1, 2] = np.nan  # missing values take the side the model learned
    y = ((x[:, 0] + np.nan_to_num(x[:, 2]) * 0.5 + rng.normal(size=300) * 0.3) > 0).astype(int)
    model = _fitted(x, y)
    ranker = _saved(tmp_path, model, ("pct", "raw"))
    groups = {"pct": x[:, :2], "raw": x[:, 2:]}  # columns in the order the groups are named
    assert np.array_equal(ranker.scores(groups), model.predict_proba(x)[:, 1])
    swapped = {"pct": x[:, 2:], "raw": x[:, :2]}
    assert not np.array_equal(ranker.scores(swapped), model.predict_proba(x)[:, 1])


@pytest.mark.parametrize("content, message", [
    ("{not json", "Expecting property name"),
    ('{"format": "something else"}', "not a dtx-nlp glossary ranker"),
    ('{"format": "dtx-nlp glossary ranker 1", "features": ["colour"], "baseline": 0, '
     '"trees": []}', "unknown feature groups ['colour']"),
    ('{"format": "dtx-nlp glossary ranker 1", "features": ["pct"], "baseline": 0}', "'trees'"),
])
def test_a_bad_model_file_is_a_config_error_naming_it(tmp_path, content, message):
    path = tmp_path / "ranker.json"
    path.write_text(content, encoding="utf-8")
    load_ranker.cache_clear()
    with pytest.raises(ConfigError) as err:
        load_ranker(path)
    assert str(err.value).startswith(f"glossary ranker model {path}: ")
    assert message in str(err.value)


def test_a_missing_model_file_names_the_config_line(tmp_path):
    copy_default_pipeline(tmp_path / "p")
    assert (tmp_path / "p" / "models" / "glossary_ranker.json").is_file()  # init copies it
    conf = tmp_path / "p" / "default.toml"
    assert load_config(conf).glossary.ranker == tmp_path / "p" / "models" / "glossary_ranker.json"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace('ranker = "models/', 'ranker = "model/'), encoding="utf-8")
    line = next(i for i, t in enumerate(conf.read_text().splitlines(), 1) if "ranker =" in t)
    with pytest.raises(ConfigError) as err:
        load_config(conf)
    assert str(err.value).startswith(f"{conf}:{line}: glossary.ranker: glossary ranker model not "
                                     f"found: {tmp_path / 'p' / 'model' / 'glossary_ranker.json'}")
    # the fused ranking needs no model file
    conf.write_text(text.replace('ranking = "learned"', 'ranking = "fused"')
                    .replace('ranker = "models/', 'ranker = "model/'), encoding="utf-8")
    assert load_config(conf).glossary.ranking == "fused"


def test_features_are_percentiles_within_the_document_and_shapes():
    values = {s: np.array([3.0, 1.0, 1.0, 0.0]) for s in termmodel.SIGNALS}
    rows = [RowFacts("拡大抑止", 3, "term"), RowFacts("NATO", 2, "acronym"),
            RowFacts("核共有", 1, "entity"), RowFacts("ミサイル防衛", 1, "term")]
    groups = feature_groups(values, rows)
    assert groups["pct"][:, 0].tolist() == [1.0, 0.5, 0.5, 0.0]  # ties share their mean rank
    shape = groups["shape"]
    assert shape.shape == (4, 8)
    assert shape[:, 0].tolist() == [0.0, 0.0, 1.0, 1.0]  # used once
    assert shape[1, 4] == 1.0 and shape[0, 2] == 1.0  # Latin share of NATO, kanji of 拡大抑止
    assert shape[:, 6].tolist() == [0.0, 1.0, 0.0, 0.0]  # acronym
    assert shape[:, 7].tolist() == [0.0, 0.0, 1.0, 0.0]  # entity
    assert groups["raw"][:, 7].tolist() == pytest.approx(np.log1p([3, 2, 1, 1]).tolist())


def test_parts_features_read_how_a_row_is_built_from_its_sudachi_parts():
    terms = ["地域医療計画", "医療計画", "地域交通", "拡大抑止", "抑止"]
    parts = termmodel.parts_features(terms)
    assert parts.shape == (5, 7)
    # other rows ending in the same last part (計画 twice; 抑止 twice), starting with the first
    assert np.expm1(parts[:, 0]).round().tolist() == [1, 1, 0, 1, 1]
    assert np.expm1(parts[:, 1]).round().tolist() == [1, 0, 1, 0, 0]
    # general Japanese: every part here is in wordfreq's list; the rarest is at most the last
    assert (parts[:, 2:5] > 0).all() and (parts[:, 4] <= parts[:, 2]).all()
    assert parts[3, 5] == 0.0 < parts[4, 5]  # 拡大抑止 is no word of general Japanese; 抑止 is
    assert np.expm1(parts[:, 6]).round().tolist() == [0, 1, 0, 0, 1]  # rows holding it


def test_where_features_are_shares_of_a_rows_uses_by_unit_kind():
    rows = [RowFacts("拡大抑止", 4, "term", in_problems=1, in_recommendations=2, in_remarks=0),
            RowFacts("抑止", 2, "term", in_remarks=2), RowFacts("核", 1, "term")]
    where = termmodel.where_features(rows)
    assert where.tolist() == [[0.25, 0.5, 0.0, 0.25, 2.0], [0.0, 0.0, 1.0, 0.0, 1.0],
                              [0.0, 0.0, 0.0, 1.0, 0.0]]


def test_lexicon_features_count_mode_c_words_and_read_the_vocabulary_rank():
    lexicon = termmodel.lexicon_features(["情報共有", "拡大抑止の運用"])
    assert lexicon[0, 0] == 1.0 and lexicon[0, 1] > 0  # one word, in the model's vocabulary
    assert lexicon[1, 0] > 1.0 and np.isnan(lexicon[1, 1])  # a phrase, absent


def test_meaning_features_place_a_row_by_its_word_vectors():
    rows = [RowFacts("戦闘機", 3, "term"), RowFacts("爆撃機", 1, "term"),
            RowFacts("拡大抑止", 2, "term"), RowFacts("ＸＹＺＱ", 1, "term")]
    meaning = termmodel.meaning_features(rows)
    axes = termmodel.MEANING_AXES
    assert meaning.shape == (4, axes + 2)
    basis = termmodel.meaning_axes()
    assert np.allclose(basis @ basis.T, np.eye(axes), atol=1e-8)  # orthonormal principal axes
    # the first axis carries the most variance of the vocabulary's vectors, the last the least
    table = termmodel.unit_rows(slice(None))
    spread = ((table - table.mean(axis=0)) @ basis.T).var(axis=0)
    assert (np.diff(spread) <= 1e-12).all()
    # a row the vocabulary has whole is its own vector; a compound is the mean of its parts'
    own, share = termmodel.term_vector("戦闘機")
    assert share == 1.0 and np.allclose(meaning[0, :axes], basis @ own)
    parts = [termmodel.term_vector(p)[0] for p in ("拡大", "抑止")]
    mean = np.mean(parts, axis=0)
    assert np.allclose(meaning[2, :axes], basis @ (mean / np.linalg.norm(mean)))
    # no part in the vocabulary: no coordinates, no share, no closeness
    assert np.isnan(meaning[3, :axes]).all() and meaning[3, axes] == 0.0
    assert np.isnan(meaning[3, axes + 1])
    assert (meaning[:3, axes + 1] > 0).all() and (meaning[:3, axes + 1] <= 1 + 1e-9).all()


def test_meaning_closeness_is_to_the_documents_own_centre():
    rows = [RowFacts("戦闘機", 5, "term"), RowFacts("爆撃機", 5, "term"),
            RowFacts("医療", 1, "term")]
    closeness = termmodel.meaning_features(rows)[:, -1]
    assert closeness[0] > closeness[2] and closeness[1] > closeness[2]


def test_the_axes_and_vector_rows_are_kept_in_the_look_up_file(monkeypatch):
    from dtx_nlp.stages import termrank

    axes = termmodel.meaning_axes()
    row = termrank.vector_row("抑止")
    monkeypatch.setattr(termmodel, "principal_axes", lambda: pytest.fail("axes recomputed"))
    monkeypatch.setattr(termrank, "vector_rows", lambda: pytest.fail("vocabulary re-read"))
    kept = dict(termrank._SEEN)
    monkeypatch.setattr(termrank, "_SEEN", {})
    termrank._SEEN.update(json.loads(json.dumps(kept)))  # as written to and read from the file
    assert np.array_equal(termmodel.meaning_axes(), axes) and termrank.vector_row("抑止") == row


def test_head_features_place_the_last_and_first_parts_by_their_vectors():
    heads = termmodel.head_features(["拡大抑止", "ＸＹＺＱ"])
    n = termmodel.HEAD_AXES
    basis = termmodel.meaning_axes()
    last, first = (termmodel.term_vector(p)[0] for p in ("抑止", "拡大"))
    assert np.allclose(heads[0, :n], basis[:n] @ last)  # the head (last part) first
    assert np.allclose(heads[0, n:], basis[:n] @ first)
    assert np.isnan(heads[1]).all()


def test_variant_features_count_a_rows_parts_joined_by_one_particle():
    text = ("防衛体制を強化する。体制強化が急務。体制の下で強化する。\n"
            "小規模な病院と小規模病院。拡大抑止の信頼性。")
    rows = [RowFacts("体制強化", 1, "term"), RowFacts("小規模病院", 3, "term"),
            RowFacts("拡大抑止", 1, "term"), RowFacts("病院", 2, "term")]
    said = termmodel.variant_features(rows, text)
    # 体制を強化 is one; 体制の下で強化 is not (two words apart); 小規模な病院 is one
    assert np.allclose(said[:, 0], np.log1p([1, 1, 0, 0]))
    assert np.allclose(said[:, 1], [1 / 2, 1 / 4, 0, 0])


def test_use_features_share_what_follows_and_precedes_a_rows_uses():
    text = "「拡大抑止」の信頼性。拡大抑止を強化した。\n拡大抑止協議を定例化する。"
    uses = termmodel.use_features([RowFacts("拡大抑止", 3, "term"),
                                   RowFacts("強化", 1, "term")], text)
    after, before = uses[:, :len(termmodel.AFTER)], uses[:, len(termmodel.AFTER):]
    # 拡大抑止: followed by 」, を and 協 (a longer word); preceded by 「, 。 and a line start
    assert np.allclose(after[0], [0, 1 / 3, 0, 0, 0, 0, 1 / 3])
    assert np.allclose(before[0], [1 / 3, 0, 2 / 3])
    assert np.allclose(after[1], [0, 0, 0, 0, 1, 0, 0])  # 強化した: a verb
    assert np.allclose(before[1], [0, 0, 0])


def test_the_learned_ranking_gives_the_features_the_documents_sentences(monkeypatch, tmp_path,
                                                                      cfg, models):
    seen = []
    real = termmodel.feature_groups

    tables = []

    def spy(values, rows, wanted=termmodel.FEATURE_GROUPS, text="", genre=None, rates=None):
        seen.append(text)
        tables.append(genre)
        tables.append(rates)
        return real(values, rows, wanted, text, genre, rates)

    monkeypatch.setattr(termmodel, "feature_groups", spy)
    run_text("課題1 抑止の信頼性\n拡大抑止（extended deterrence）の信頼性が問われる。\n"
             "提言1 協議\n拡大抑止協議を定例化する。\n", tmp_path, cfg, models)
    lines = seen[-1].split("\n")  # the normalized sentences, one per line
    assert len(lines) >= 3 and lines[-1].endswith("拡大抑止協議を定例化する。")
    ranker = load_ranker(cfg.glossary.ranker)
    assert tables[-2] is ranker.genre and tables[-1] is ranker.rates  # the model file's tables
    assert tables[-2].reports >= 200 and tables[-1] is None  # the shipped trees read no rates


def test_feature_groups_compute_parts_only_when_a_model_asks():
    values = {s: np.array([1.0, 0.0]) for s in termmodel.SIGNALS}
    rows = [RowFacts("拡大抑止", 2, "term"), RowFacts("抑止", 1, "term")]
    groups = feature_groups(values, rows, ("pct", "raw", "shape"))
    assert "parts" not in groups and "meaning" not in groups
    assert feature_groups(values, rows)["parts"].shape == (2, 7)
    meaning = feature_groups(values, rows, ("meaning",))["meaning"]
    assert meaning.shape == (2, termmodel.MEANING_AXES + 2)


def _genre():
    reports = [["関係機関", "人工衛星", "衛星通信"], ["関係機関"], ["関係機関", "人工衛星"],
               ["医療的ケア"]]
    return termmodel.Genre.of([termmodel.vocabulary(r) for r in reports])


def test_genre_counts_the_reports_that_use_a_row_and_its_parts():
    genre = _genre()
    assert genre.reports == 4 and genre.terms["関係機関"] == 3 and genre.terms["人工衛星"] == 2
    x = genre.features(["関係機関", "人工衛星", "衛星通信", "医療的ケア", "量子暗号"])
    assert x.shape == (5, 6)
    assert x[0, 0] == 0.75 and x[1, 0] == 0.5
    assert x[2, 0] == 0.0 and x[3, 0] == 0.0 and x[4, 0] == 0.0  # one report or none: not read
    # 衛星通信's parts: 衛星 in two reports (through 人工衛星), 通信 in one
    assert list(x[2, 1:]) == [0.25, 0.0, 0.5, 0.0, 0.5]


def test_genre_leaves_a_reports_own_use_out_while_it_is_fitted():
    genre = _genre()
    own = termmodel.vocabulary(["関係機関", "人工衛星"])
    x = genre.features(["関係機関", "人工衛星"], own)
    assert x[0, 0] == 0.5  # the two other reports
    assert x[1, 0] == 0.0  # one other report: below the count read
    assert x[1, 1] == 0.0 and genre.features(["人工衛星"])[0, 1] > 0


def test_genre_kept_drops_the_counts_never_read_and_reads_the_same():
    genre = _genre()
    kept = genre.kept()
    assert "医療的ケア" not in kept.terms and "衛星通信" not in kept.terms
    assert kept.terms["人工衛星"] == 2 and min(kept.parts.values()) >= 2
    rows = ["関係機関", "人工衛星", "衛星通信", "医療的ケア", "新語"]
    assert np.array_equal(kept.features(rows), genre.features(rows))


def test_the_shipped_model_is_the_default_and_reads_known_features():
    cfg = load_config(PIPELINE)
    assert cfg.glossary.ranking == "learned" and cfg.glossary.ranker == DEFAULT_RANKER
    load_ranker.cache_clear()
    ranker = load_ranker(DEFAULT_RANKER)
    assert set(ranker.features) <= set(termmodel.FEATURE_GROUPS) and len(ranker.trees) > 10
    assert "genre" in ranker.features and min(ranker.genre.terms.values()) >= 2


def test_the_learned_ranking_lists_acronyms_then_terms_by_probability_then_noise(corpus_out):
    glossary = read_csv(corpus_out / "glossary.csv")
    clean = glossary[glossary.demoted.isna() | (glossary.demoted == "")]
    acronyms = glossary.index[glossary.kind == "acronym"]
    assert len(acronyms) >= 19 and list(acronyms) == list(range(len(acronyms)))
    assert glossary.score[acronyms].is_monotonic_decreasing
    rest = clean.drop(acronyms)
    assert rest.score.is_monotonic_decreasing and (clean.score <= 1).all()
    first_demoted = glossary.index[~glossary.index.isin(clean.index)][0]
    assert glossary.index[first_demoted:].isin(clean.index).sum() == 0
    # scores fall down the whole list, tiers included (glossary.csv rounds them: the trees give
    # the least likely clean rows under 0.0001, as low as the noise rows after them)
    assert glossary.score[first_demoted] <= clean.score.min()
    assert glossary.score.is_monotonic_decreasing


def test_the_shipped_model_weighs_no_noise_class(corpus_out):
    """Stop 68's trees that weigh this project's own noise classes are not shipped: every row
    with a class is listed last, `demoted` being its `noise_class`."""
    load_ranker.cache_clear()
    assert load_ranker(DEFAULT_RANKER).weighs == ()
    g = read_csv(corpus_out / "glossary.csv").fillna("")
    assert (g.demoted == g.noise_class).all() and (g.noise_class != "").sum() > 50
    # the classes the glossary writes are the ones the `noise` group has a column for, or the
    # ones no model weighs (stop 88's "quantified" and "relative time or place" rows are here)
    assert set(g.noise_class) - {""} <= set(termmodel.NOISE_CLASSES) | set(ALWAYS_LAST)
    assert not set(ALWAYS_LAST) & set(termmodel.NOISE_CLASSES)


def test_a_model_that_weighs_a_class_ranks_its_rows_and_lists_the_named_ones_last(tmp_path, cfg,
                                                                                   models):
    """A model file whose `weighs` names `everyday word` and `two terms`: their rows keep the
    class in `noise_class`, leave `demoted` empty and are ranked among the clean rows; a class
    the issue names (enumeration) stays last; the fused ranking weighs nothing."""
    from dataclasses import replace

    path = _noise_model(tmp_path, ("everyday word", "two terms"))
    text = ("課題1 抑止の信頼性\n米軍の態勢と核兵器の役割を検討した。米軍は前方に展開する。"
            "核兵器の運用は秘匿される。米軍と核兵器の関係が問われる。米軍核兵器の配備は議論されていない。"
            "審査のプロセスを見直し、プロセスの透明性を高める。陸・海・空の統合を進める。\n"
            "提言1 米軍と協議する。核兵器の役割を説明する。陸・海・空の連携を強める。\n")
    shown = {}
    for ranking in ("learned", "fused"):
        (tmp_path / ranking).mkdir()
        mine = replace(cfg, glossary=replace(cfg.glossary, ranker=path, ranking=ranking,
                                             juxtapositions_last=True))  # (off as shipped)
        out, _ = run_text(text, tmp_path / ranking, mine, models)
        shown[ranking] = read_csv(out / "glossary.csv").fillna("").set_index("term")
    g = shown["learned"]
    assert g.loc["プロセス", "noise_class"] == "everyday word"
    assert g.loc["米軍核兵器", "noise_class"] == "two terms"
    assert g.loc[["プロセス", "米軍核兵器"], "demoted"].tolist() == ["", ""]
    assert g.loc["陸・海・空", "demoted"] == g.loc["陸・海・空", "noise_class"] == "enumeration"
    assert list(g.index)[-1] == "陸・海・空" and g.score.is_monotonic_decreasing
    f = shown["fused"]
    assert (f.demoted == f.noise_class).all() and f.loc["プロセス", "demoted"] == "everyday word"


def test_noise_features_mark_a_rows_class_one_column_each():
    classes = termmodel.NOISE_CLASSES
    rows = [RowFacts("相談件数", 2, "term", noise="generic head"), RowFacts("児童相談所", 3, "term"),
            RowFacts("陸・海・空", 1, "term", noise="enumeration")]
    x = feature_groups({s: np.zeros(3) for s in termmodel.SIGNALS}, rows, ("pct", "noise"))["noise"]
    assert x.shape == (3, len(classes)) and x.sum() == 2 and not x[1].any()
    assert x[0, classes.index("generic head")] == 1 and x[2, classes.index("enumeration")] == 1


def test_row_facts_read_the_noise_class_whether_or_not_the_row_is_listed_last():
    from dtx_nlp.types import Term

    weighed = Term("相談件数", "", "term", "", 2, "P01", 0.5, noise_class="generic head")
    last = Term("陸・海・空", "", "term", "", 1, "P01", 0.0, demoted="enumeration")
    assert RowFacts.of(weighed).noise == "generic head" and RowFacts.of(last).noise == "enumeration"


def _noise_model(tmp_path, weighs, features=("pct", "noise")):
    rows = [RowFacts("a", 1, "term"), RowFacts("b", 1, "term", noise="two terms")]
    groups = feature_groups({s: np.array([1.0, 0.0]) for s in termmodel.SIGNALS}, rows,
                            ("pct", "noise"))
    x = np.tile(np.concatenate([groups[f] for f in ("pct", "noise")], axis=1), (20, 1))
    model = _fitted(x, np.tile([1, 0], 20), iterations=3)
    data = export(model, ("pct", "noise"), {}, weighs=weighs)
    data["features"] = list(features)
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    load_ranker.cache_clear()
    return path


def test_a_model_file_says_which_noise_classes_its_trees_weigh(tmp_path):
    assert load_ranker(_noise_model(tmp_path, ("two terms", "everyday word"))).weighs == (
        "two terms", "everyday word")
    assert load_ranker(_noise_model(tmp_path, ())).weighs == ()
    assert "weighs" not in json.loads(_noise_model(tmp_path, ()).read_text(encoding="utf-8"))


@pytest.mark.parametrize("weighs, features, message", [
    (("person with title",), ("pct", "noise"), "cannot weigh: ['person with title']"),
    (("colour",), ("pct", "noise"), "cannot weigh: ['colour']"),
    (("two terms",), ("pct", "raw"), "`weighs` needs the `noise` feature group"),
])
def test_a_model_file_cannot_weigh_the_named_classes_or_without_seeing_them(tmp_path, weighs,
                                                                            features, message):
    path = _noise_model(tmp_path, weighs, features)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_ranker(path)


def test_fused_and_learned_rankings_differ_on_a_small_text(tmp_path, cfg, models):
    from dataclasses import replace

    text = ("課題1 拡大抑止の信頼性\n"
            "日米同盟における拡大抑止（extended deterrence）の信頼性が問われる。"
            "核共有とは、同盟国が核兵器の運用に関与する仕組みを指す。\n"
            "提言1 核協議の制度化\n拡大抑止協議を定例化し、核共有の議論を深める。\n")
    fused = replace(cfg, glossary=replace(cfg.glossary, ranking="fused"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, _ = run_text(text, tmp_path / "a", fused, models)
    b, _ = run_text(text, tmp_path / "b", cfg, models)
    fa, fb = read_csv(a / "glossary.csv"), read_csv(b / "glossary.csv")
    assert set(fa.term) == set(fb.term)  # the same rows, ranked otherwise
    assert (fb.score <= 1).all() and not fa.score.equals(fb.score)


def test_a_changed_model_file_reruns_the_documents(tmp_path):
    from dataclasses import replace

    from dtx_nlp.run.runner import RunOptions, input_fingerprint

    cfg = load_config(PIPELINE)
    model = tmp_path / "ranker.json"
    shutil.copy(DEFAULT_RANKER, model)
    doc = tmp_path / "doc.txt"
    doc.write_text("提言1 拡大抑止\n", encoding="utf-8")
    mine = replace(cfg, glossary=replace(cfg.glossary, ranker=model))
    blend = replace(mine, glossary=replace(mine.glossary, ranking="blend"))
    opts = RunOptions(out=tmp_path / "out")
    before = [input_fingerprint(doc, c, opts) for c in (mine, blend)]
    data = json.loads(model.read_text(encoding="utf-8"))
    data["baseline"] += 1.0
    model.write_text(json.dumps(data), encoding="utf-8")
    after = [input_fingerprint(doc, c, opts) for c in (mine, blend)]
    assert all(a != b for a, b in zip(after, before))
    fused = replace(mine, glossary=replace(mine.glossary, ranking="fused"))
    assert input_fingerprint(doc, fused, opts) == input_fingerprint(
        doc, replace(fused, glossary=replace(fused.glossary, ranker=DEFAULT_RANKER)), opts)


def test_the_blend_keeps_every_order_both_rankings_agree_on(tmp_path, cfg, models):
    """ranking = "blend" fuses the learned and the fused rankings by reciprocal rank: a row both
    put above another stays above it, and the blend is neither ranking alone."""
    from dataclasses import replace

    text = ("課題1 拡大抑止の信頼性\n"
            "日米同盟における拡大抑止（extended deterrence）の信頼性が問われる。"
            "核共有とは、同盟国が核兵器の運用に関与する仕組みを指す。統合防空ミサイル防衛（IAMD）"
            "の整備と反撃能力の保有は、抑止の信頼性を支える。\n"
            "課題2 同盟調整メカニズム\n同盟調整メカニズムは平時から機能しておらず、情報共有と"
            "作戦計画の調整が遅れている。グレーゾーン事態への対処も課題である。\n"
            "提言1 核協議の制度化\n拡大抑止協議を定例化し、核共有の議論を深める。"
            "統合作戦司令部と在日米軍司令部の連携を強め、共同作戦計画を策定する。\n"
            "提言2 防衛産業基盤\n弾薬の共同生産と防衛装備移転三原則の運用見直しを進める。\n")
    rows = {}
    for ranking in ("fused", "learned", "blend"):
        (tmp_path / ranking).mkdir()
        mine = replace(cfg, glossary=replace(cfg.glossary, ranking=ranking))
        out, _ = run_text(text, tmp_path / ranking, mine, models)
        g = read_csv(out / "glossary.csv")
        g = g[(g.demoted == "") & (g.kind != "acronym")]
        rows[ranking] = g.set_index("term").score
    terms = list(rows["blend"].index)
    assert set(terms) == set(rows["learned"].index) == set(rows["fused"].index)
    place = {t: i for i, t in enumerate(terms)}
    agreed = [(a, b) for a in terms for b in terms
              if rows["learned"][a] > rows["learned"][b] and rows["fused"][a] > rows["fused"][b]]
    assert len(agreed) > 20 and all(place[a] < place[b] for a, b in agreed)
    for alone in ("learned", "fused"):
        assert terms != list(rows[alone].sort_values(ascending=False, kind="stable").index)


def test_genre_counts_a_row_however_its_letters_are_written():
    genre = termmodel.Genre.of([termmodel.vocabulary(["ＡＩ戦略"]), termmodel.vocabulary(["AI戦略"])])
    assert genre.features(["ＡＩ戦略"])[0, 0] == 1.0 and genre.features(["AI戦略"])[0, 0] == 1.0


def _rates():
    # three reports' rows: (term, on the key-term list, judged, demoted)
    reports = [
        [("医療保険制度", 1, "TERM", ""), ("連携強化", 0, "NOISE", ""), ("人工衛星", 1, "", "")],
        [("年金制度", 1, "", ""), ("体制強化", 0, "NOISE", ""), ("運用強化", 0, "", ""),
         ("本報告書", 0, "NOISE", "x")],
        [("奨学金制度", 0, "TERM", ""), ("人材育成", 0, "", "")],
    ]
    return [termmodel.part_counts(*zip(*rows)) for rows in reports]


def test_part_counts_count_clean_rows_by_their_parts():
    parts, rows = _rates()[1]
    assert rows == [3, 1, 1, 1]  # the demoted row is left out
    assert parts["制度"] == [1, 1, 0, 0] and parts["強化"] == [2, 0, 1, 1]
    assert "報告" not in "".join(parts)


def test_rates_are_drawn_towards_the_overall_rate_and_need_two_reports():
    rates = termmodel.PartRates.of(_rates())
    assert rates.prior == (3 / 8, 2 / 4)  # key rows / clean rows, noise / judged rows
    assert rates.parts["制度"] == [3, 3, 2, 2, 0]  # reports, rows, key, judged, noise
    prior = termmodel.RATE_PRIOR
    x = rates.features(["介護制度", "組織強化", "人工衛星"])
    assert x.shape == (3, 7)
    assert x[0, 0] == (2 + prior * 3 / 8) / (3 + prior)  # 制度: 2 of 3 rows key terms
    assert x[1, 1] == (2 + prior * 2 / 4) / (2 + prior)  # 強化: both judged rows noise (of 3)
    assert x[0, 0] > rates.prior[0] > x[1, 0]
    # 衛星 is in one report only: the overall rates, and no rows counted
    assert x[2, 0] == rates.prior[0] and x[2, 6] == 0.0


def test_rates_leave_a_reports_own_rows_out_while_it_is_fitted():
    counts = _rates()
    rates = termmodel.PartRates.of(counts)
    own = counts[0][0]
    x = rates.features(["介護制度", "組織強化"], own)
    prior = termmodel.RATE_PRIOR
    assert x[0, 0] == (1 + prior * 3 / 8) / (2 + prior)  # 制度 in the two other reports
    assert x[1, 0] == rates.prior[0]  # 強化 in one other report: not read
    kept = rates.kept()
    assert set(kept.parts) == {p for p, c in rates.parts.items() if c[0] >= 2}
    rows = ["介護制度", "組織強化", "人工衛星", "新語"]
    assert np.array_equal(kept.features(rows), rates.features(rows))


def _table_model(tmp_path, group):
    """A toy model file over `pct` and one group that reads a table (`genre` or `rates`),
    fitted on three rows: (its path, the table, the model's probabilities, the rows' values
    and facts)."""
    table = _genre() if group == "genre" else termmodel.PartRates.of(_rates())
    values = {s: np.array([3.0, 1.0, 0.0]) for s in termmodel.SIGNALS}
    rows = [RowFacts("介護制度", 3, "term"), RowFacts("関係機関", 1, "term"),
            RowFacts("人工衛星", 1, "term")]
    groups = feature_groups(values, rows, ("pct", group), **{group: table})
    x = np.tile(np.concatenate([groups["pct"], groups[group]], axis=1), (20, 1))
    model = _fitted(x, np.tile([1, 0, 1], 20), iterations=5)
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(export(model, ("pct", group), {}, **{group: table})),
                    encoding="utf-8")
    load_ranker.cache_clear()
    return path, table, model.predict_proba(x[:3])[:, 1], values, rows


@pytest.mark.parametrize("group, other", [("genre", "rates"), ("rates", "genre")])
def test_a_model_whose_features_read_a_table_carries_it(tmp_path, group, other):
    path, table, expected, values, rows = _table_model(tmp_path, group)
    assert group not in feature_groups(values, rows, ("pct", group))  # no table: left out
    ranker = load_ranker(path)
    assert getattr(ranker, group) == table.kept() and getattr(ranker, other) is None
    again = feature_groups(values, rows, ranker.features, **{group: getattr(ranker, group)})
    assert np.array_equal(ranker.scores(again), expected)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data[group]
    path.write_text(json.dumps(data), encoding="utf-8")
    load_ranker.cache_clear()
    with pytest.raises(ConfigError, match=f"the `{group}` features need a `{group}` table"):
        load_ranker(path)


def test_the_learned_ranking_reads_the_rates_of_a_model_that_has_them(monkeypatch, tmp_path,
                                                                     cfg, models):
    from dataclasses import replace

    from conftest import run_text

    path, rates, *_ = _table_model(tmp_path, "rates")
    seen = []
    real = termmodel.feature_groups

    def spy(values, rows, wanted=termmodel.FEATURE_GROUPS, text="", genre=None, rates=None):
        seen.append(rates)
        return real(values, rows, wanted, text, genre, rates)

    monkeypatch.setattr(termmodel, "feature_groups", spy)
    mine = replace(cfg, glossary=replace(cfg.glossary, ranker=path))
    out, _ = run_text("提言1 医療保険制度の見直し\n医療保険制度を見直し、体制強化を図る。\n", tmp_path,
                      mine, models)
    assert seen and seen[-1] == rates.kept()
    assert len(read_csv(out / "glossary.csv")) >= 2


def test_monotone_constrains_the_termhood_signals_of_pct_and_raw_only():
    c = termmodel.monotone(("pct", "raw", "shape"), {"pct": 7, "raw": 8, "shape": 8})
    assert len(c) == 23
    assert [s for s, d in zip(termmodel.SIGNALS, c[:7]) if d == 1] == [
        "structure", "specificity", "marking", "naming", "acronyms", "cvalue"]
    assert c[7:15] == [*c[:7], 0]  # raw: the same signals, then frequency (no direction)
    assert c[15:] == [0] * 8 and set(c) == {0, 1}


def test_monotone_refuses_a_group_whose_columns_it_does_not_know():
    with pytest.raises(ValueError, match="`pct` has 6 columns, not 7"):
        termmodel.monotone(("pct",), {"pct": 6})


@pytest.mark.parametrize("constrained", [True, False])
def test_trees_fitted_with_the_constraints_never_lower_a_row_for_more_marking(tmp_path,
                                                                            constrained):
    """Rows marked a middling amount are the key terms here, so free trees learn to lower a
    row for more marking; the constrained ones may not (stop 69, --monotone)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    x = rng.random((600, 7))
    marking = termmodel.SIGNALS.index("marking")
    y = ((x[:, marking] > 0.3) & (x[:, marking] < 0.6)).astype(int)
    cst = termmodel.monotone(("pct",), {"pct": 7}) if constrained else None
    model = HistGradientBoostingClassifier(max_depth=2, max_iter=40, random_state=0,
                                           monotonic_cst=cst).fit(x, y)
    ranker = _saved(tmp_path, model, ("pct",))
    row = np.tile(x[:1], (11, 1))
    row[:, marking] = np.linspace(0, 1, 11)
    steps = np.diff(ranker.scores({"pct": row}))
    assert (steps >= 0).all() == constrained
