"""Refit the incivility calibration on the annotated dev comments and report 5-fold cross-validated ROC AUC.

    .venv/bin/python benchmarks/calibrate_incivility.py [--data ../shared/data/ucc-val.csv] [--write]

The dev set (Unhealthy Comments Corpus, CC BY-NC-SA 4.0, Price et al. 2020) never ships: only the fitted
coefficients do, with this provenance. The overall score is fitted on ``unhealthy`` (1 - healthy), the broadest
label, chosen from the trade-off table of candidate targets printed (and shipped) below; AUC is reported for the
overall score against every label and for each matching category score, over all five folds and separately
over folds 1-3 (where cue changes were decided by reading errors) and folds 4-5 (never read while writing cues:
the honest estimate).
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
    FEATURE_COLUMNS,
    FEATURES,
    IncivilityScorer,
    calibrated_lift,
    fit_calibration,
    stable_f1_threshold,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ucc-val.csv"
OUT = ROOT / "discourse" / "data" / "incivility_calibration.json"
LABELS = ("hostile", "antagonize", "dismissive", "condescending", "sarcastic", "generalisation_unfair", "unhealthy")
# Categories whose score is calibrated on their own label (the others stay the rules' noisy-OR).
CALIBRATED = {"dismissive": "dismissive", "condescending": "condescending", "sarcasm": "sarcastic",
              "generalisation": "generalisation_unfair"}
TARGET, L2, SEED, FOLDS = "unhealthy", 1.0, 0, 5
ATTRIBUTES = ("antagonize", "condescending", "dismissive", "generalisation_unfair", "hostile", "sarcastic")
# Why the overall score is fitted on `unhealthy` (decided from the trade-off table this script prints).
TARGET_REASON = ("unhealthy (1 - healthy) is kept: the broader targets lift unhealthy AUC by under 0.01 and sarcastic "
                 "by up to 0.025, within the noise of the folds, but cost hostile up to 0.012 and dismissive up to "
                 "0.009; and the annotators' own 'healthy' judgement is what users read the overall score as")
INPUTS = CATEGORIES + FEATURES
FEATURE_DOCS = {
    "second_person": "second_person = second-person words (you, your, yours, yourself, u, ur, ya, youre)",
    "negative_evaluation": "negative_evaluation = words of lexicons/negative_evaluation.txt, except right after a "
                           "negation ('not disgusting', 'nothing wrong') and 'sick' in 'sick of'",
    "exclamation": "exclamation = exclamation marks",
    "group_reference": "group_reference = terms of lexicons/groups.txt, plus those of identity.txt and "
                       "pejorative_spellings.txt in a comment where some cue fired (singular or plural; weighted "
                       "in the generalisation model only)",
    "quantifier": "quantifier = all, every, everyone, always, never, nobody, none, most, typical, 'anyone who', "
                  "'whole lot' (generalisation model only)",
}


def load(path: Path) -> pd.DataFrame:
    """The dev comments with binary labels (``unhealthy`` = 1 - healthy)."""
    data = pd.read_csv(path)
    data["unhealthy"] = 1 - data["healthy"].astype(int)
    return data


def folds(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Fold number (1-5) of each comment: stratified on the overall target, so the same for every label."""
    fold = np.zeros(len(y), dtype=int)
    for k, (_, test) in enumerate(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(x, y)):
        fold[test] = k + 1
    return fold


def out_of_fold(x: np.ndarray, y: np.ndarray, fold: np.ndarray, floors: dict[str, float] | None = None,
                name: str = "overall") -> np.ndarray:
    """Cross-validated calibrated scores: each comment scored by a fit that never saw it."""
    oof = np.zeros(len(y))
    for k in range(1, FOLDS + 1):
        train, test = fold != k, fold == k
        b, w = fit_calibration(x[train], y[train], L2, floors, name)
        oof[test] = calibrated_lift(x[test], b, w)
    return oof


def model(x: np.ndarray, y: np.ndarray, target: str, floors: dict[str, float] | None = None,
          name: str = "overall") -> dict[str, object]:
    """A calibration fitted on all rows, rounded for the JSON file, with the resampled near-best F1 cut of its lift."""
    b, w = fit_calibration(x, y, L2, floors, name)
    b, w = round(b, 4), np.round(w, 4)  # the cut is chosen on the scores of the numbers that ship
    out: dict[str, object] = {"target": target, "intercept": b,
                              "coefficients": {c: float(v) for c, v in zip(INPUTS, w, strict=True)}}
    # the cut lies midway between two scores: six decimals keep it between them
    if floors is not None:  # a category model: scored as a lift, flagged at its own cut
        out["threshold"] = round(stable_f1_threshold(cued(x) * calibrated_lift(x, b, w), y), 6)
    else:
        out["threshold"] = round(stable_f1_threshold(cued(x) / (1.0 + np.exp(-(b + x @ w))), y), 6)
    return out


def candidate_targets(data: pd.DataFrame) -> dict[str, np.ndarray]:
    """Labels the overall score could be fitted on: unhealthy, any unhealthy attribute, or their mean."""
    attrs = data[list(ATTRIBUTES)]
    return {"unhealthy": data["unhealthy"].to_numpy(dtype=float),
            "any_attribute": attrs.max(axis=1).to_numpy(dtype=float),
            "any_attribute_or_unhealthy": np.maximum(attrs.max(axis=1), data["unhealthy"]).to_numpy(dtype=float),
            "mean_of_attributes_and_unhealthy": ((attrs.sum(axis=1) + data["unhealthy"]) / 7).to_numpy(dtype=float)}


def cued(x: np.ndarray) -> np.ndarray:
    """1 where at least one cue fired, else 0: a comment without evidence is never flagged, so cuts ignore it."""
    return (x[:, :len(CATEGORIES)].sum(axis=1) > 0).astype(float)


def aucs(labels: pd.Series, scores: np.ndarray, fold: np.ndarray) -> tuple[float, float, float]:
    """ROC AUC over all folds, folds 1-3 and folds 4-5."""
    y = labels.to_numpy()
    early = fold <= 3
    return (float(roc_auc_score(y, scores)), float(roc_auc_score(y[early], scores[early])),
            float(roc_auc_score(y[~early], scores[~early])))


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
    x = frame[list(CATEGORY_COLUMNS + FEATURE_COLUMNS)].to_numpy()
    y = data[args.target].to_numpy(dtype=float)
    fold = folds(x, y)
    overall_oof = out_of_fold(x, y, fold)
    cv_auc = {label: aucs(data[label], overall_oof, fold) for label in LABELS}
    category_auc, rules_auc = {}, {}
    for category, label in CALIBRATED.items():
        oof = out_of_fold(x, data[label].to_numpy(dtype=float), fold, floors={}, name=category)
        category_auc[f"{label}~{category}"] = aucs(data[label], oof, fold)
        rules_auc[f"{label}~{category}"] = float(roc_auc_score(data[label], frame[f"incivility_{category}"]))
    overall = model(x, y, args.target)
    print(f"{len(data)} English comments of {len(english)}; overall fitted on {args.target!r} (base {y.mean():.3f})")
    print(f"{'label':<36}{'5-fold AUC, overall incivility':>32}{'folds 1-3':>11}{'folds 4-5':>11}")
    for label, (every, early, late) in cv_auc.items():
        print(f"{label:<36}{every:>32.3f}{early:>11.3f}{late:>11.3f}")
    print(f"{'label ~ category':<36}{'5-fold AUC, calibrated':>32}{'folds 1-3':>11}{'folds 4-5':>11}{'rules only':>12}")
    for key, (every, early, late) in category_auc.items():
        print(f"{key:<36}{every:>32.3f}{early:>11.3f}{late:>11.3f}{rules_auc[key]:>12.3f}")
    tradeoff: dict[str, dict[str, list[float]]] = {}
    print(f"{'overall fitted on':<34}" + "".join(f"{label[:13]:>21}" for label in LABELS) + "   (all / 1-3 / 4-5)")
    for name, target in candidate_targets(data).items():
        oof = out_of_fold(x, target, fold)
        tradeoff[name] = {label: [round(v, 3) for v in aucs(data[label], oof, fold)] for label in LABELS}
        print(f"{name:<34}" + "".join("/".join(f"{v:.3f}" for v in tradeoff[name][label]).rjust(21)
                                     for label in LABELS))
    print("overall", overall)
    if args.write:
        calibration = {
            "description": "incivility = 1 / (1 + exp(-(intercept + sum(coefficients[c] * raw_c)))), raw_c = the "
                           "noisy-OR of the rule strengths of category c, or a feature; uncivil = incivility >= "
                           "threshold and at least one cue fired (the median, over 200 bootstrap resamples of the "
                           "rows with seed 0, of the lowest cut within 1% of the best F1 on the target, among such "
                           "flags: the F1 curve is flat at its top and one sample's cut jumps between its peaks). "
                           "Categories listed under 'categories' are reported as the lift of their own calibrated "
                           "probability over a comment with no cue and no feature, rescaled to 0-1, and flagged at "
                           "their 'threshold' on that scale (chosen the same way on the label). "
                           "Features (second_person, negative_evaluation and exclamation as shares of the comment's "
                           "words, each min(count / words * 10, 1) with words = runs of letters and digits; "
                           "group_reference and quantifier as counts, each min(count, 3) / 3): "
                           + "; ".join(FEATURE_DOCS[f] for f in FEATURES) + ".",
            "overall": overall,
            "categories": {c: model(x, data[label].to_numpy(dtype=float), label, floors={}, name=c)
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
                "cv_auc_overall": {k: round(v[0], 4) for k, v in cv_auc.items()},
                "cv_auc_overall_folds_4_5": {k: round(v[2], 4) for k, v in cv_auc.items()},
                "cv_auc_categories": {k: round(v[0], 4) for k, v in category_auc.items()},
                "cv_auc_categories_folds_4_5": {k: round(v[2], 4) for k, v in category_auc.items()},
                "target_choice": TARGET_REASON if args.target == TARGET else f"{args.target} (chosen by the caller)",
                "target_tradeoff_cv_auc_all_1_3_4_5": tradeoff,
            },
        }
        OUT.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
