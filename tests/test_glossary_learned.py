"""benchmarks/glossary_learned.py: the folds of its grouped cross-validation."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import glossary_learned  # noqa: E402


def test_every_group_is_scored_in_exactly_one_fold_of_near_equal_size():
    groups = [f"heldout_terms{i}" for i in range(23)] + ["corpus", "health"]
    folds = glossary_learned.folds_of(groups, 5)
    assert sorted(g for fold in folds for g in fold) == sorted(groups)
    assert {len(fold) for fold in folds} == {5}
    assert folds == glossary_learned.folds_of(list(groups), 5)  # the same folds on every run
    assert glossary_learned.folds_of(groups, 0) == [[g] for g in groups]  # leave-one-group-out
    other = glossary_learned.folds_of(groups, 5, seed=1)  # --fold-seed: another deal, a partition
    assert other != folds and sorted(g for fold in other for g in fold) == sorted(groups)


def test_each_of_the_ten_fits_draws_its_own_four_fifths_of_the_reports():
    others = [f"heldout_terms{i}/r{j}" for i in range(20) for j in range(3)]
    picks = glossary_learned.ten_fit_picks(others, 10)
    assert all(len(p) == 48 and set(p) <= set(others) for p in picks)
    assert all(p == sorted(p, key=others.index) for p in picks)  # in the pool's order
    assert len({tuple(p) for p in picks}) == 10  # each fit another draw (seed i)
    assert picks == glossary_learned.ten_fit_picks(others, 10)  # and the same on every run


def test_a_report_is_found_by_its_folder_and_stem_or_among_the_development_folders():
    root = Path(__file__).resolve().parents[1]
    held = glossary_learned._report_file("heldout_terms50/child_myopia")
    assert held == root / "tests/reports/heldout_terms50/child_myopia.md"
    assert glossary_learned._report_file("health") == root / "tests/reports/fields/health.md"
    assert glossary_learned._report_file("corpus") is None  # the bundled report: no file here
    assert glossary_learned._report_file("heldout_terms50/no_such_report") is None
