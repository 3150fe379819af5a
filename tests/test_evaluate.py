"""The evaluation arithmetic on toy inputs (the figures themselves come from `dtx-nlp evaluate`)."""

import pytest

from dtx_nlp import evaluate as ev


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
