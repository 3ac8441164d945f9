"""Agreement of scores with human labels: ROC AUC, precision/recall/F1 and Krippendorff's alpha, with intervals.

Every figure comes with a percentile bootstrap 95% interval over comments (fixed seed, so a rerun gives the same
numbers). Alpha is the nominal Krippendorff's alpha between the label and the binary flag, treated as two coders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from discourse.errors import ParameterError

__all__ = ["METRICS", "binary_labels", "bootstrap", "f1", "krippendorff_alpha", "precision", "recall", "roc_auc",
           "validate", "validate_frame"]

METRICS: tuple[str, ...] = ("auc", "precision", "recall", "f1", "alpha")


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney, ties counted half); NaN when only one class is present."""
    y = np.asarray(labels, dtype=bool)
    n1 = int(y.sum())
    n0 = len(y) - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    ranks = rankdata(np.asarray(scores, dtype=float))
    return float((ranks[y].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def precision(labels: np.ndarray, flags: np.ndarray) -> float:
    """Share of flagged items that carry the label (NaN when nothing is flagged)."""
    y, f = np.asarray(labels, dtype=bool), np.asarray(flags, dtype=bool)
    return float((y & f).sum() / f.sum()) if f.any() else float("nan")


def recall(labels: np.ndarray, flags: np.ndarray) -> float:
    """Share of labelled items that are flagged (NaN without labelled items)."""
    y, f = np.asarray(labels, dtype=bool), np.asarray(flags, dtype=bool)
    return float((y & f).sum() / y.sum()) if y.any() else float("nan")


def f1(labels: np.ndarray, flags: np.ndarray) -> float:
    """Harmonic mean of precision and recall (0 when there are no true positives, NaN without labels or flags)."""
    y, f = np.asarray(labels, dtype=bool), np.asarray(flags, dtype=bool)
    if not y.any() and not f.any():
        return float("nan")
    return float(2 * (y & f).sum() / (y.sum() + f.sum()))


def krippendorff_alpha(a: np.ndarray, b: np.ndarray) -> float:
    """Nominal Krippendorff's alpha of two coders who rated every unit (NaN when only one value occurs)."""
    x, y = np.asarray(a), np.asarray(b)
    values = np.concatenate([x, y])
    n = len(values)
    _, counts = np.unique(values, return_counts=True)
    expected = (counts.sum() ** 2 - (counts**2).sum())  # sum over ordered pairs c != k of n_c * n_k
    if n < 2 or expected == 0:
        return float("nan")
    disagreements = 2 * int((x != y).sum())  # each disagreeing unit adds both (c, k) and (k, c)
    return float(1.0 - (n - 1) * disagreements / expected)


def bootstrap(
    statistic: Callable[[np.ndarray, np.ndarray], float],
    labels: np.ndarray,
    values: np.ndarray,
    n_boot: int = 1000,
    random_state: int = 0,
    level: float = 0.95,
) -> tuple[float, float, float]:
    """The statistic on all items and its percentile bootstrap interval (resampling items with replacement)."""
    y, v = np.asarray(labels), np.asarray(values)
    estimate = statistic(y, v)
    rng = np.random.default_rng(random_state)
    draws = np.array([statistic(y[idx], v[idx]) for idx in rng.integers(0, len(y), size=(n_boot, len(y)))])
    draws = draws[~np.isnan(draws)]
    if len(draws) == 0:
        return estimate, float("nan"), float("nan")
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return estimate, float(low), float(high)


def binary_labels(values: pd.Series | np.ndarray, name: str = "label") -> np.ndarray:
    """Labels as booleans: booleans, 0/1, or shares in [0, 1] (an annotator majority: >= 0.5); NaN is dropped later."""
    series = pd.Series(values)
    if series.dtype == bool:
        return series.to_numpy(dtype=float)
    numeric = pd.to_numeric(series, errors="coerce")
    bad = numeric.notna() & ((numeric < 0) | (numeric > 1))
    if (series.notna() & numeric.isna()).any() or bad.any():
        raise ParameterError(f"The label column {name!r} must hold 0/1, booleans or shares in [0, 1].")
    return np.where(numeric.isna(), np.nan, (numeric >= 0.5).astype(float))


def validate(
    labels: np.ndarray,
    scores: np.ndarray,
    flags: np.ndarray,
    n_boot: int = 1000,
    random_state: int = 0,
) -> dict[str, Any]:
    """Every metric with its interval for one label: ``{"n", "positives", "auc", "auc_low", "auc_high", ...}``."""
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    f = np.asarray(flags, dtype=bool)
    keep = ~np.isnan(y) & ~np.isnan(s)
    y, s, f = y[keep].astype(bool), s[keep], f[keep]
    out: dict[str, Any] = {"n": int(len(y)), "positives": int(y.sum())}
    stats: dict[str, tuple[Callable[[np.ndarray, np.ndarray], float], np.ndarray]] = {
        "auc": (roc_auc, s), "precision": (precision, f), "recall": (recall, f), "f1": (f1, f),
        "alpha": (lambda a, b: krippendorff_alpha(a.astype(int), b.astype(int)), f),
    }
    for name, (statistic, values) in stats.items():
        estimate, low, high = bootstrap(statistic, y, values, n_boot, random_state)
        out.update({name: estimate, f"{name}_low": low, f"{name}_high": high})
    return out


def validate_frame(
    frame: pd.DataFrame,
    labels: Mapping[str, str],
    n_boot: int = 1000,
    random_state: int = 0,
    thresholds: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """One row per label column: metrics of its score column (``{label: score column}``) against it.

    The flag for the overall ``incivility`` is the ``uncivil`` column; for a score column listed in
    ``thresholds`` (the calibrated categories) it is score >= its threshold and, when the frame has
    ``incivility_evidence``, at least one cue fired; for any other category it is "any cue fired" (score > 0),
    the transparent reading of a rule-only category. The ``flag`` column says which.
    """
    thresholds = thresholds or {}
    rows = []
    for label, score in labels.items():
        for column in (label, score):
            if column not in frame.columns:
                raise ParameterError(f"No column {column!r}; columns: {', '.join(map(str, frame.columns))}.")
        scores = pd.to_numeric(frame[score], errors="coerce").to_numpy(dtype=float)
        if score == "incivility" and "uncivil" in frame.columns:
            flags = frame["uncivil"].astype(str).str.lower().isin(("true", "1", "1.0")).to_numpy()
            rule = "uncivil"
        elif score in thresholds:
            flags = np.nan_to_num(scores, nan=-1.0) >= thresholds[score]
            rule = f">= {thresholds[score]:.4g}"
            if "incivility_evidence" in frame.columns:  # as for `uncivil`: no flag without evidence
                flags &= ~frame["incivility_evidence"].fillna("[]").astype(str).isin(("[]", ""))
                rule += " + cue"
        else:
            flags = np.nan_to_num(scores) > 0
            rule = "> 0 (any cue)"
        result = validate(binary_labels(frame[label], label), scores, flags, n_boot, random_state)
        rows.append({"label": label, "score": score, "flag": rule, **result})
    return pd.DataFrame(rows)
