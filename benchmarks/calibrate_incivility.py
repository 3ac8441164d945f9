"""Refit the incivility calibration on the annotated dev comments and report 5-fold cross-validated ROC AUC.

    .venv/bin/python benchmarks/calibrate_incivility.py [--data ../shared/data/ucc-val.csv] [--write]

The dev set (Unhealthy Comments Corpus, CC BY-NC-SA 4.0, Price et al. 2020) never ships: only the fitted
coefficients do, with this provenance. The overall score is fitted on ``unhealthy`` (1 - healthy), the broadest
label; AUC is reported for the overall score against every label and for each matching category score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from discourse.analysis.incivility import (  # noqa: E402
    CATEGORIES,
    CATEGORY_COLUMNS,
    COEFFICIENT_FLOORS,
    IncivilityScorer,
    best_f1_threshold,
    calibrated_lift,
    fit_calibration,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ucc-val.csv"
OUT = ROOT / "discourse" / "data" / "incivility_calibration.json"
LABELS = ("hostile", "antagonize", "dismissive", "condescending", "sarcastic", "generalisation_unfair", "unhealthy")
# Categories whose score is calibrated on their own label (the others stay the rules' noisy-OR).
CALIBRATED = {"dismissive": "dismissive", "condescending": "condescending", "sarcasm": "sarcastic",
              "generalisation": "generalisation_unfair"}
TARGET, L2, SEED, FOLDS = "unhealthy", 1.0, 0, 5


def load(path: Path) -> pd.DataFrame:
    """The dev comments with binary labels (``unhealthy`` = 1 - healthy)."""
    data = pd.read_csv(path)
    data["unhealthy"] = 1 - data["healthy"].astype(int)
    return data


def out_of_fold(x: np.ndarray, y: np.ndarray, floors: dict[str, float] | None = None) -> np.ndarray:
    """Cross-validated calibrated scores: each comment scored by a fit that never saw it."""
    oof = np.zeros(len(y))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(x, y):
        b, w = fit_calibration(x[train], y[train], L2, floors)
        oof[test] = calibrated_lift(x[test], b, w)
    return oof


def model(x: np.ndarray, y: np.ndarray, target: str, floors: dict[str, float] | None = None) -> dict[str, object]:
    """A calibration fitted on all rows, rounded for the JSON file."""
    b, w = fit_calibration(x, y, L2, floors)
    return {"target": target, "intercept": round(b, 4),
            "coefficients": {c: round(float(v), 4) for c, v in zip(CATEGORIES, w, strict=True)}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--target", default=TARGET, choices=LABELS, help="label the overall score is fitted on")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    data = load(args.data)
    frame = IncivilityScorer().category_scores(data["comment"].astype(str))
    english = frame["incivility_language"].eq("en").to_numpy()
    data, frame = data[english].reset_index(drop=True), frame[english].reset_index(drop=True)
    x = frame[list(CATEGORY_COLUMNS)].to_numpy()
    y = data[args.target].to_numpy(dtype=float)
    overall_oof = out_of_fold(x, y)
    cv_auc = {label: float(roc_auc_score(data[label], overall_oof)) for label in LABELS}
    category_auc, rules_auc = {}, {}
    for category, label in CALIBRATED.items():
        category_auc[f"{label}~{category}"] = float(
            roc_auc_score(data[label], out_of_fold(x, data[label].to_numpy(dtype=float), floors={})))
        rules_auc[f"{label}~{category}"] = float(roc_auc_score(data[label], frame[f"incivility_{category}"]))
    overall = model(x, y, args.target)
    b, w = fit_calibration(x, y, L2)
    overall["threshold"] = round(best_f1_threshold(1.0 / (1.0 + np.exp(-(b + x @ w))), y), 4)
    print(f"{len(data)} English comments of {len(english)}; overall fitted on {args.target!r} (base {y.mean():.3f})")
    print(f"{'label':<24}{'5-fold AUC, overall incivility':>32}")
    for label, auc in cv_auc.items():
        print(f"{label:<24}{auc:>32.3f}")
    print(f"{'label ~ category':<36}{'5-fold AUC, calibrated':>24}{'rules only':>12}")
    for key, auc in category_auc.items():
        print(f"{key:<36}{auc:>24.3f}{rules_auc[key]:>12.3f}")
    print("overall", overall)
    if args.write:
        calibration = {
            "description": "incivility = 1 / (1 + exp(-(intercept + sum(coefficients[c] * raw_c)))), raw_c = the "
                           "noisy-OR of the rule strengths of category c; uncivil = incivility >= threshold (the "
                           "F1-best cut on the target). Categories listed under 'categories' are reported as the "
                           "lift of their own calibrated probability over a comment with no cue, rescaled to 0-1.",
            "overall": overall,
            "categories": {c: model(x, data[label].to_numpy(dtype=float), label, floors={})
                           for c, label in CALIBRATED.items()},
            "provenance": {
                "data": "Unhealthy Comments Corpus, corpus/val.csv (conversationai/unhealthy-conversations), "
                        "CC BY-NC-SA 4.0, Price et al. 2020; only these fitted numbers ship",
                "rows": int(len(data)),
                "model": f"ridge logistic regression (L2 = {L2}), coefficients >= 0, L-BFGS-B",
                "coefficient_floors_overall": dict(COEFFICIENT_FLOORS),
                "code": "benchmarks/calibrate_incivility.py --write",
                "date": dt.date.today().isoformat(),
                "cv": f"{FOLDS}-fold stratified, shuffled, random_state={SEED}",
                "cv_auc_overall": {k: round(v, 4) for k, v in cv_auc.items()},
                "cv_auc_categories": {k: round(v, 4) for k, v in category_auc.items()},
            },
        }
        OUT.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
