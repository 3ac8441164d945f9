"""Validation metrics against independent computations and hand-worked examples."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from discourse.analysis.validation import (
    binary_labels,
    bootstrap,
    f1,
    krippendorff_alpha,
    precision,
    recall,
    roc_auc,
    validate,
    validate_frame,
)
from discourse.errors import ParameterError


def _alpha_by_coincidences(a: np.ndarray, b: np.ndarray) -> float:
    """Krippendorff's alpha written out from the coincidence matrix (Krippendorff 2011, nominal, two coders)."""
    values = sorted(set(a) | set(b))
    o = np.zeros((len(values), len(values)))
    for x, y in zip(a, b, strict=True):
        o[values.index(x), values.index(y)] += 1
        o[values.index(y), values.index(x)] += 1
    n_c = o.sum(axis=1)
    n = n_c.sum()
    observed = o.sum() - np.trace(o)
    expected = (n_c.sum() ** 2 - (n_c**2).sum()) / (n - 1)
    return 1 - observed / expected


def test_auc_matches_scikit_learn_with_ties():
    y = np.array([0, 0, 1, 1, 0, 1, 0, 1, 1, 0])
    s = np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.0, 0.9, 0.2, 0.3])
    assert roc_auc(y, s) == pytest.approx(roc_auc_score(y, s))
    assert np.isnan(roc_auc(np.ones(4), np.arange(4)))


def test_precision_recall_f1_match_scikit_learn():
    y = np.array([1, 0, 1, 1, 0, 0, 1, 0])
    f = np.array([1, 1, 0, 1, 0, 0, 1, 1])
    assert precision(y, f) == pytest.approx(precision_score(y, f))
    assert recall(y, f) == pytest.approx(recall_score(y, f))
    assert f1(y, f) == pytest.approx(f1_score(y, f))
    assert np.isnan(precision(y, np.zeros(8)))


def test_krippendorff_alpha_hand_example_and_limits():
    a = np.array([0, 0, 1, 1, 0, 1, 0, 0])
    b = np.array([0, 1, 1, 1, 0, 0, 0, 0])
    # n = 16 values, n0 = 10, n1 = 6, two disagreeing units: 1 - 15 * 2 / (10 * 6)
    assert krippendorff_alpha(a, b) == pytest.approx(0.5)
    assert krippendorff_alpha(a, b) == pytest.approx(_alpha_by_coincidences(a, b))
    assert krippendorff_alpha(a, a) == pytest.approx(1.0)
    assert krippendorff_alpha(a, 1 - a) < 0
    rng = np.random.default_rng(3)
    x, y = rng.integers(0, 2, 300), rng.integers(0, 2, 300)
    assert krippendorff_alpha(x, y) == pytest.approx(_alpha_by_coincidences(x, y))


def test_bootstrap_is_reproducible_and_brackets_the_estimate():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    s = y + rng.normal(0, 1.2, 300)
    first = bootstrap(roc_auc, y, s, n_boot=300, random_state=5)
    assert first == bootstrap(roc_auc, y, s, n_boot=300, random_state=5)
    estimate, low, high = first
    assert low < estimate < high and 0.5 < low and high < 1


def test_validate_reports_every_metric_with_interval_and_drops_missing():
    y = np.array([1, 0, 1, 0, np.nan, 1, 0, 0, 1, 0] * 5)
    s = np.array([0.9, 0.1, 0.7, 0.3, 0.5, 0.2, 0.4, 0.1, 0.8, 0.6] * 5)
    out = validate(y, s, s >= 0.5, n_boot=200)
    assert out["n"] == 45 and out["positives"] == 20
    for m in ("auc", "precision", "recall", "f1", "alpha"):
        assert out[f"{m}_low"] <= out[m] <= out[f"{m}_high"]
    assert out["recall"] == pytest.approx(15 / 20)


def test_binary_labels_accept_shares_and_refuse_other_values():
    assert list(binary_labels(pd.Series([0, 1, 0.66, 0.33, None]))[:4]) == [0, 1, 1, 0]
    assert list(binary_labels(pd.Series([True, False]))) == [1, 0]
    with pytest.raises(ParameterError, match="'toxicity'"):
        binary_labels(pd.Series([0, 3]), "toxicity")


def test_validate_frame_uses_uncivil_for_overall_and_any_cue_for_categories():
    frame = pd.DataFrame({
        "hostile": [1, 0, 1, 0, 0, 1],
        "incivility": [0.9, 0.2, 0.4, 0.1, 0.6, 0.8],
        "uncivil": [True, False, False, False, True, True],
        "incivility_name_calling": [0.5, 0.0, 0.0, 0.0, 0.0, 0.9],
    })
    table = validate_frame(frame, {"hostile": "incivility"}, n_boot=50)
    assert table.loc[0, "precision"] == pytest.approx(2 / 3) and table.loc[0, "recall"] == pytest.approx(2 / 3)
    cat = validate_frame(frame, {"hostile": "incivility_name_calling"}, n_boot=50)
    assert cat.loc[0, "precision"] == pytest.approx(1.0) and cat.loc[0, "recall"] == pytest.approx(2 / 3)
    assert (table.loc[0, "flag"], cat.loc[0, "flag"]) == ("uncivil", "> 0 (any cue)")
    # a calibrated category is flagged at its threshold: 0.6 keeps row 5 alone (0.9), which is hostile
    cut = validate_frame(frame, {"hostile": "incivility_name_calling"}, n_boot=50,
                         thresholds={"incivility_name_calling": 0.6})
    assert cut.loc[0, "flag"] == ">= 0.6"
    assert cut.loc[0, "precision"] == pytest.approx(1.0) and cut.loc[0, "recall"] == pytest.approx(1 / 3)
    # with evidence in the frame, a row over the threshold without any cue is not flagged
    frame["incivility_evidence"] = ['[{"rule": "x"}]', "[]", "[]", "[]", "[]", "[]"]
    gated = validate_frame(frame, {"hostile": "incivility_name_calling"}, n_boot=50,
                           thresholds={"incivility_name_calling": 0.4})
    assert gated.loc[0, "flag"] == ">= 0.4 + cue"
    assert gated.loc[0, "precision"] == pytest.approx(1.0) and gated.loc[0, "recall"] == pytest.approx(1 / 3)
    with pytest.raises(ParameterError, match="No column 'toxic'"):
        validate_frame(frame, {"toxic": "incivility"})
