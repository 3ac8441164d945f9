"""Transparent incivility scores: rule cues per category, a published logistic calibration, evidence per flag.

Each rule that fires adds a flag (category, matched words, offsets into the original text, rule id) to
``incivility_evidence``; a category's rule score is the noisy-OR of the strengths of its flags (0 when none fired).
The overall ``incivility`` is a logistic function of the twelve rule scores and readable meta-features
(:data:`FEATURES`: the shares of second-person words, negative-evaluation words and exclamation marks among a
comment's words; group terms and quantifiers, counted, weigh only in the generalisation model, :data:`SCOPED_FEATURES`);
``uncivil`` is that score at or above the calibrated threshold *and* at least one cue fired, so no comment is
flagged without evidence. Four categories with human labels in the development set (dismissive, condescending,
sarcasm, generalisation) are reported calibrated: how far their own logistic model of the same inputs lifts the
probability above that of a comment with no cue and no meta-feature, rescaled to 0-1; each has a flag threshold on
that scale (the lowest cut within 1% of the best F1 on its label, applied like ``uncivil`` only to comments with
evidence). Every intercept, coefficient and threshold ships in ``discourse/data/incivility_calibration.json`` with
its provenance.

Matching is batched: the texts are joined into one string, a C++ RE2 screen (pyarrow) picks the texts each rule
could match, and Python's ``re`` finds the spans in those alone.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy.optimize import minimize

from discourse.analysis import incivility_rules as R
from discourse.analysis import pronouns as P
from discourse.analysis import typos as T
from discourse.analysis.language import ENGLISH, detect_english
from discourse.analysis.regex_screen import matches, screen
from discourse.columns import INCIVILITY_CATEGORIES
from discourse.errors import ParameterError

__all__ = ["CATEGORIES", "FEATURES", "GROUPS", "IncivilityScorer", "SCORE_COLUMNS", "calibrated_lift",
           "category_thresholds", "fit_calibration"]

CATEGORIES: tuple[str, ...] = INCIVILITY_CATEGORIES
# Stryker, Conway & Danielson (2016): the three families of incivility that survey respondents agree on.
GROUPS: dict[str, str] = {
    "name_calling": "insulting utterances",
    "aspersion": "insulting utterances",
    "vulgarity": "insulting utterances",
    "pejorative_speech": "insulting utterances",
    "hostility": "insulting utterances",
    "identity_attack": "insulting utterances",
    "generalisation": "insulting utterances",
    "lying_accusation": "deception",
    "dismissive": "shutting down discussion",
    "condescending": "shutting down discussion",
    "sarcasm": "shutting down discussion",
    "shouting": "shutting down discussion",
}
CATEGORY_COLUMNS = tuple(f"incivility_{c}" for c in CATEGORIES)
# Meta-features of the calibration: the share of the comment's words that are second-person words (you, your, u,
# ...), words of the negative-evaluation lexicon and exclamation marks (each min(count / words * 10, 1)), and the
# counts of group terms and quantifiers (each min(count, 3) / 3). Direct address is the strongest single sign of an
# exchange turning personal in news comments; the features move the scores, never the evidence.
FEATURES: tuple[str, ...] = ("second_person", "negative_evaluation", "exclamation", "group_reference", "quantifier")
# Features that enter only the models named here (fixed at zero elsewhere). A generalisation needs a group and
# usually a quantifier, so they sharpen that category; in the overall score a group term would count as a sign of
# incivility by itself. group_reference counts social groups (groups.txt: liberals, drivers, boomers...) always,
# but identity terms (identity.txt, pejorative_spellings.txt) only in a comment where some cue fired: an identity
# term is a target, never a sign of anything by itself.
SCOPED_FEATURES: dict[str, tuple[str, ...]] = {"group_reference": ("generalisation",),
                                               "quantifier": ("generalisation",)}
TONE_FEATURES: tuple[str, ...] = ("second_person", "negative_evaluation", "exclamation")  # shares, not counts
FEATURE_COLUMNS = tuple(f"feature_{f}" for f in FEATURES)
INPUTS = CATEGORIES + FEATURES
SCORE_COLUMNS: tuple[str, ...] = (*CATEGORY_COLUMNS, "incivility", "uncivil", "incivility_evidence",
                                  "incivility_language")
_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
_VOWEL = re.compile(r"[AEIOUY]")
CALIBRATION_FILE = "incivility_calibration.json"
EVIDENCE_KEYS = ("category", "text", "start", "end", "rule")
_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder for every row: json.dumps would build one per call


def load_calibration(source: str | Path | Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The packaged calibration, or one from a JSON file or mapping."""
    if isinstance(source, Mapping):
        return dict(source)
    if source is None:
        text = resources.files("discourse").joinpath("data", CALIBRATION_FILE).read_text(encoding="utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    return dict(json.loads(text))


# Threats and identity attacks are uncivil by definition but rare in moderated news comments, so the dev set
# alone would leave their weights to chance: each is held at or above this floor, enough for one full-strength
# cue to cross the default threshold.
COEFFICIENT_FLOORS: dict[str, float] = {"hostility": 1.5, "identity_attack": 1.5}


def fit_calibration(scores: np.ndarray, labels: np.ndarray, l2: float = 1.0,
                    floors: Mapping[str, float] | None = None, model: str = "overall") -> tuple[float, np.ndarray]:
    """Intercept and coefficients of a ridge logistic regression of labels on the category scores and features.

    Coefficients are bounded below at zero because every category and feature is a sign of incivility (a cue
    may add little, never make a comment more civil), and at ``floors`` (default :data:`COEFFICIENT_FLOORS`).
    ``model`` ("overall" or a category) decides which :data:`SCOPED_FEATURES` may take a weight.
    """
    floors = COEFFICIENT_FLOORS if floors is None else floors
    x = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = w[0] + x @ w[1:]
        p = 1.0 / (1.0 + np.exp(-z))
        nll = np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * np.sum(w[1:] ** 2)
        grad = np.concatenate(([np.sum(p - y)], x.T @ (p - y) + l2 * w[1:]))
        return float(nll), grad

    start = np.zeros(x.shape[1] + 1)
    bounds = [(None, None)] + [(floors.get(c, 0.0), None if model in SCOPED_FEATURES.get(c, (model,)) else 0.0)
                               for c in INPUTS[: x.shape[1]]]
    start[1:] = [low for low, _ in bounds[1:]]
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return float(result.x[0]), np.asarray(result.x[1:])


class IncivilityScorer:
    """Score comments for incivility by category, with evidence.

    Parameters
    ----------
    threshold : float or None
        Overall score at or above which a comment is ``uncivil``; None uses the calibrated default.
    language : str
        Language of the cues; only ``"en"`` exists. Texts detected as another language are not scored.
    calibration : path, mapping or None
        Calibration to use instead of the packaged one.
    batch_size : int
        Texts matched together; larger batches are faster per text and take more memory (about 90 MB per 50,000
        comments of news length).
    """

    def __init__(self, threshold: float | None = None, language: str = "en",
                 calibration: str | Path | Mapping[str, Any] | None = None, batch_size: int = 50_000) -> None:
        self.threshold = threshold
        self.language = language
        self.calibration = calibration
        self.batch_size = batch_size

    def _check(self) -> None:
        if self.language != "en":
            raise ParameterError(
                f"The 'language' parameter of IncivilityScorer must be 'en'. Got {self.language!r} instead.")
        b = self.batch_size
        if isinstance(b, bool) or not isinstance(b, int) or b < 1:
            raise ParameterError(
                f"The 'batch_size' parameter of IncivilityScorer must be an int >= 1. Got {b!r} instead.")
        t = self.threshold
        if t is not None and (isinstance(t, bool) or not isinstance(t, (int, float)) or not 0.0 <= t <= 1.0):
            raise ParameterError(
                f"The 'threshold' parameter of IncivilityScorer must be a float in [0, 1]. Got {t!r} instead.")

    def _weights(self) -> float:
        """Load the calibration once (unless ``fit`` set it); the threshold in force."""
        if not hasattr(self, "intercept_"):
            cal = load_calibration(self.calibration)
            overall = cal["overall"]
            self.intercept_ = float(overall["intercept"])
            self.coef_ = _vector(overall["coefficients"])
            self.threshold_ = float(overall["threshold"])
            self.category_models_ = {c: (float(m["intercept"]), _vector(m["coefficients"]))
                                     for c, m in cal.get("categories", {}).items()}
        return self.threshold_ if self.threshold is None else float(self.threshold)

    def fit(self, texts: Iterable[str], labels: Iterable[Any], l2: float = 1.0) -> IncivilityScorer:
        """Refit the calibration (intercept, coefficients, resampled near-best F1 threshold) on binary labels."""
        self._check()
        frame = self.category_scores(texts)
        y = np.asarray(list(labels), dtype=float)
        keep = frame["incivility_language"].eq(ENGLISH).to_numpy() & ~np.isnan(y)
        x = frame[list(CATEGORY_COLUMNS + FEATURE_COLUMNS)].to_numpy()[keep]
        self.intercept_, self.coef_ = fit_calibration(x, y[keep], l2)
        cued = x[:, :len(CATEGORIES)].sum(axis=1) > 0  # comments without evidence are never flagged
        self.threshold_ = stable_f1_threshold(cued * _sigmoid(self.intercept_ + x @ self.coef_), y[keep])
        self.category_models_ = {}
        return self

    def category_scores(self, texts: Iterable[str]) -> pd.DataFrame:
        """Per-category rule scores, meta-features (``feature_*``), evidence and language (no calibration)."""
        self._check()
        items = [t if isinstance(t, str) else "" for t in texts]
        # Batches bound the memory of matching (a batch is joined into one string) whatever the input size.
        parts = [_score_batch(items[i:i + self.batch_size]) for i in range(0, len(items), self.batch_size)]
        return pd.concat(parts, ignore_index=True) if parts else _score_batch([])

    def transform(self, texts: Iterable[str]) -> pd.DataFrame:
        """One row per text, in order: category scores, ``incivility``, ``uncivil``, evidence and language."""
        frame = self.category_scores(texts)
        threshold = self._weights()
        raw = frame[list(CATEGORY_COLUMNS + FEATURE_COLUMNS)].to_numpy()
        cued = np.nan_to_num(raw[:, :len(CATEGORIES)]).sum(axis=1) > 0
        frame = frame.drop(columns=list(FEATURE_COLUMNS))
        overall = _sigmoid(self.intercept_ + raw @ self.coef_)
        for category, (intercept, coef) in self.category_models_.items():
            frame[f"incivility_{category}"] = calibrated_lift(raw, intercept, coef)
        frame.insert(len(CATEGORIES), "incivility", overall)
        frame.insert(len(CATEGORIES) + 1, "uncivil", (np.nan_to_num(overall, nan=-1.0) >= threshold) & cued)
        return frame

    def score_frame(self, df: pd.DataFrame, text_column: str = "body") -> pd.DataFrame:
        """``df`` with the score columns appended (same rows, same index)."""
        if text_column not in df.columns:
            raise ParameterError(
                f"The 'text_column' parameter of IncivilityScorer.score_frame must name a column. Got "
                f"{text_column!r} instead; columns: {', '.join(map(str, df.columns))}."
            )
        scored = self.transform(df[text_column].tolist())
        scored.index = df.index
        out = df.drop(columns=[c for c in SCORE_COLUMNS if c in df.columns])
        return pd.concat([out, scored], axis=1)


def _score_batch(items: list[str]) -> pd.DataFrame:
    """Rule scores, evidence and language of one batch of texts."""
    languages = detect_english(items)
    hits = _find_hits(items, languages == ENGLISH) if items else {}
    scores = np.zeros((len(items), len(CATEGORIES)))
    evidence = np.full(len(items), "[]", dtype=object)
    for i, found in hits.items():
        found = _drop_nested(found)
        miss = np.ones(len(CATEGORIES))
        for h in found:
            miss[_INDEX[h["category"]]] *= 1.0 - h["weight"]
        scores[i] = 1.0 - miss
        evidence[i] = _JSON.encode([{k: h[k] for k in EVIDENCE_KEYS} for h in found])
    features = meta_features(items, cued=scores.sum(axis=1) > 0)
    scores[languages != ENGLISH] = np.nan
    features[languages != ENGLISH] = np.nan
    frame = pd.DataFrame(np.hstack([scores, features]), columns=list(CATEGORY_COLUMNS + FEATURE_COLUMNS))
    frame["incivility_evidence"] = evidence
    frame["incivility_language"] = languages
    return frame


def meta_features(items: Sequence[str], cued: np.ndarray) -> np.ndarray:
    """The :data:`FEATURES` of each text, counted in C++ by RE2.

    The tone features (second person, negative evaluation, exclamation) are shares of the text's words,
    min(count / words * 10, 1); the generalisation features (group reference, quantifier) are capped counts,
    min(count, 3) / 3. ``cued`` marks the texts where some cue fired: only there do identity terms count as group
    references.
    """
    if not items:
        return np.zeros((0, len(FEATURES)))
    lower = pc.utf8_lower(pa.array(items, type=pa.string()))
    patterns = (R.SECOND_PERSON_RE2, R.negative_evaluation_re2(), R.EXCLAMATION_RE2,
                R.group_reference_re2(("groups",)), R.QUANTIFIER_RE2)
    counts = np.column_stack([pc.count_substring_regex(lower, p).to_numpy(zero_copy_only=False)
                              for p in patterns]).astype(float)
    identity = pc.count_substring_regex(lower, R.group_reference_re2(("identity", "pejorative_spellings")))
    counts[:, FEATURES.index("group_reference")] += identity.to_numpy(zero_copy_only=False) * np.asarray(cued)
    # a negative-evaluation word that evaluates nothing ("not disgusting", "nothing wrong", "sick of") is not counted
    idle = pc.count_substring_regex(lower, R.idle_negative_evaluation_re2()).to_numpy(zero_copy_only=False)
    column = FEATURES.index("negative_evaluation")
    counts[:, column] = np.maximum(counts[:, column] - idle, 0)
    words = np.maximum(pc.count_substring_regex(lower, R.WORD_RE2).to_numpy(zero_copy_only=False), 1)
    features = np.minimum(counts, R.FEATURE_CAP) / R.FEATURE_CAP
    tone = [FEATURES.index(f) for f in TONE_FEATURES]
    features[:, tone] = np.minimum(counts[:, tone] / words[:, None] * R.FEATURE_RATE, 1.0)
    return features


def category_thresholds(calibration: str | Path | Mapping[str, Any] | None = None) -> dict[str, float]:
    """Score at or above which each calibrated category counts as flagged (a near-best F1 cut on its label)."""
    cal = load_calibration(calibration)
    return {c: float(m["threshold"]) for c, m in cal.get("categories", {}).items() if "threshold" in m}


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _vector(coefficients: Mapping[str, float]) -> np.ndarray:
    return np.array([float(coefficients.get(c, 0.0)) for c in INPUTS])


def calibrated_lift(raw: np.ndarray, intercept: float, coef: np.ndarray) -> np.ndarray:
    """How far the cues raise the calibrated probability above that of a comment with no cue, rescaled to 0-1.

    Zero when no cue fired, and in the same order as the calibrated probability (so the same ROC AUC).
    """
    base = _sigmoid(np.asarray(intercept))
    return (_sigmoid(intercept + raw @ coef) - base) / (1.0 - base)


F1_TOLERANCE = 0.01  # cuts whose F1 is within 1% of the best are ones the labels cannot tell apart
THRESHOLD_RESAMPLES, THRESHOLD_SEED = 200, 0  # bootstrap resamples whose near-best cuts give the flag threshold


def best_f1_threshold(scores: np.ndarray, labels: np.ndarray, tolerance: float = F1_TOLERANCE) -> float:
    """The lowest score cut whose F1 on the labels is within ``tolerance`` (relative) of the best F1.

    The F1 curve of a rare label is flat near its top, with peaks the labels cannot tell apart: the plain argmax
    jumps between them when a rule changes one hit. The lowest near-best cut is stable and favours recall, since
    every flag carries its evidence for a reader to check. The cut is the midpoint between adjacent distinct scores.
    """
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp = np.cumsum(y)
    fp = np.cumsum(1 - y)
    last = np.r_[np.flatnonzero(np.diff(s) != 0), len(s) - 1]  # cut after each run of tied scores
    f1 = 2 * tp[last] / (tp[last] + fp[last] + y.sum())
    k = int(np.flatnonzero(f1 >= (1.0 - tolerance) * f1.max())[-1])  # scores descend: the last is the lowest cut
    below = s[last[k] + 1] if last[k] + 1 < len(s) else 0.0
    return float((s[last[k]] + below) / 2)


def stable_f1_threshold(scores: np.ndarray, labels: np.ndarray, resamples: int = THRESHOLD_RESAMPLES,
                        seed: int = THRESHOLD_SEED) -> float:
    """The median, over bootstrap resamples of the rows, of the lowest near-best F1 cut (:func:`best_f1_threshold`).

    On a flat F1 curve the near-best cut of one sample still jumps between distant peaks when a few comments change
    their scores (0.084 or 0.103 on the dev set, flagging 21% or 15% of comments at the same F1). The median over
    resamples moves only as the whole curve moves; the seed makes it reproducible.
    """
    scores, labels = np.asarray(scores, dtype=float), np.asarray(labels, dtype=float)
    rng = np.random.default_rng(seed)
    cuts = [best_f1_threshold(scores[rows], labels[rows])
            for rows in (rng.integers(0, len(scores), len(scores)) for _ in range(resamples))]
    return float(np.median(cuts))


def _find_hits(texts: Sequence[str], scored: np.ndarray) -> dict[int, list[dict[str, Any]]]:
    """Every guarded rule match per text index (only texts marked ``scored``)."""
    originals = texts
    # The batch separator must not occur inside a text; a space in its place keeps every offset.
    texts = [t.replace(R.SEPARATOR, " ") for t in texts]
    joined, lower, starts = R.join_texts(texts)
    pieces = lower.split(R.SEPARATOR)
    # Typos and dodges of target words undone: a rewritten text maps each of its characters back to the original.
    maps = T.normalise(pieces)
    # Pronouns that take up a group named before are read as the group ("Muslims? They are filthy."): each text
    # gets a copy of those sentences with the group in their place, where only attacks on the group count.
    # One screen for a group term spares the group rules every text that names no group (a copy adds none).
    named = matches(pa.array(pieces), screen(R.NAMES_GROUP)) & scored
    copied: dict[int, int] = {}  # where the copies begin in each text that has them
    for i, (a, b, copied[i]) in P.resolve(pieces, named).items():
        if i in maps:
            a, b = [maps[i][0][k] for k in a], [maps[i][1][k - 1] for k in b]
        maps[i] = (a, b)
    hits: dict[int, list[dict[str, Any]]] = {}
    # Cased rules search the original texts; the others the lowercase ones, whose lengths may differ.
    lengths = {True: np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)),
               False: np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))}
    starts_of = {True: starts, False: np.concatenate(([0], np.cumsum(lengths[False] + 1)[:-1])).astype(np.int64)}
    lower = R.SEPARATOR.join(pieces) if maps else lower
    offsets = {cased: s.tolist() for cased, s in starts_of.items()}
    sizes = {cased: n.tolist() for cased, n in lengths.items()}
    quotes: dict[int, list[tuple[int, int]]] = {}  # quoted spans per text, found once
    countered: set[int] = set()  # offsets of texts with an attack reported or condemned

    def add(i: int, rule: str, category: str, weight: float, a: int, b: int, cased: bool = True) -> None:
        a, b = a - offsets[cased][i], b - offsets[cased][i]
        if not cased and i in copied and a >= copied[i] and category not in R.HATE_CATEGORIES:
            return
        if not cased and i in maps:
            a, b = maps[i][0][a], maps[i][1][b - 1]
        hits.setdefault(i, []).append({"category": category, "text": originals[i][a:b], "start": a, "end": b,
                                       "rule": rule, "weight": weight})

    arrays = {False: pa.array(pieces), True: pa.array(list(texts))}
    with_group = np.flatnonzero(named)
    group_texts = arrays[False].take(pa.array(with_group, type=pa.int64()))
    for rule in R.build_rules():
        cased = rule.cased
        source = joined if cased else lower
        if rule.needs_group:
            candidates = with_group[matches(group_texts, R.rule_screen(rule))]
        else:
            candidates = np.flatnonzero(matches(arrays[cased], R.rule_screen(rule)) & scored)
        if len(candidates) == 0:
            continue
        # Only the candidate texts are searched, joined again so one regex pass covers them all.
        ids = candidates.tolist()
        off, size = offsets[cased], sizes[cased]
        sub = R.SEPARATOR.join([source[off[i]:off[i] + size[i]] for i in ids])
        sub_starts = np.concatenate(([0], np.cumsum(lengths[cased][candidates] + 1)[:-1]))
        shifts = (starts_of[cased][candidates] - sub_starts).tolist()
        firsts = sub_starts.tolist()
        for m in rule.pattern.finditer(sub):
            k = bisect_right(firsts, m.start()) - 1
            i, shift = ids[k], shifts[k]
            a, b = m.start() + shift, m.end() + shift
            if b > a and not _cancelled(rule, source, off[i], size[i], a, b, source[a:b], quotes, countered):
                add(i, rule.id, rule.category, rule.weight, a, b, cased)
    _shouting(texts, joined, starts, scored, add)
    # In counter-speech the words of condemnation ("vile", "shame on you") judge the reported attack, not a person;
    # so they do where a group is named as the victim of an act ("Attacks on Muslims are rising. Vile.").
    named = set(with_group.tolist())
    countered.update(offsets[False][i] for i, found in hits.items()
                     if i in named and any(h["category"] in R.CONDEMNING_CATEGORIES for h in found)
                     and R.VICTIM_FRAME.search(pieces[i]))
    for i in np.searchsorted(starts_of[False], sorted(countered)).tolist():  # the texts that start there
        if i in hits:
            hits[i] = [h for h in hits[i] if h["category"] not in R.CONDEMNING_CATEGORIES
                       or not R.CONDEMNATION.search(h["text"].lower())]
    return hits


def _cancelled(rule: R.Rule, lower: str, off: int, length: int, start: int, end: int, matched: str,
               quotes: dict[int, list[tuple[int, int]]], countered: set[int]) -> bool:
    """Whether negation, quotation, counter-speech, reclaimed use or an innocent homonym cancels a match.

    ``quotes`` caches the quoted spans of each text (by its offset in the batch) across the rules; ``countered``
    collects the offsets of texts where an attack was cancelled as reported or condemned speech.
    """
    # a masked slur counts only where no profanity fits the mask as well ("c***", "t***")
    if rule.id == "slur" and R.MASKED.search(matched.lower()) and not R.masked_slur(matched.lower()):
        return True
    # "talks about Muslims as if they're all criminals": a supposition put in someone's mouth, not a claim
    if rule.id == "group_pronoun" and R.AS_IF_THEY.search(matched.lower()):
        return True
    if rule.negatable or rule.quotable or rule.reclaimable or rule.needs_group:
        # Searched in place in the batch string (bounded to the text): slicing the text for every hit costs more.
        cut = max(lower.rfind(".", off, start), lower.rfind("!", off, start), lower.rfind("?", off, start),
                  lower.rfind("\n", off, start), off - 1)
        before = lower[cut + 1:start]
        # a negation reaches no further than its clause
        clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:]
        # searched in place, so that a negation's own context may run past the match ("shouldn't we ...?")
        if rule.negatable and ((rule.negation_before and R.negated(lower, max(start - len(clause), start - 30), start))
                               or (rule.negation_inside and R.negated(lower, start, end))):
            return True
        if R.DENIED_AFTER.match(lower, end):  # "a threat to nobody"
            return True
        if rule.quotable and _reported(rule, lower, off, length, start, end, before, quotes, countered):
            return True
        if rule.reclaimable and (R.RECLAIMED.search(before) or (R.SELF_OPENING.fullmatch(before)
                                                                 and R.SELF_NAMED.match(lower, end, off + length))):
            return True
        # "people who threaten Muslims like that are cowards": the group is the object of someone else's clause
        if rule.needs_group and (R.RELATIVE_CLAUSE.search(clause) or R.WHO_WOULD.search(clause)):
            return True
        # "people hate Muslims": a verb of hatred whose subject is someone else (the match opens with the verb)
        if rule.verb_first and R.THIRD_PERSON.search(clause) and not _group_first().match(matched):
            return True
        # "Hating immigrants makes you an idiot": the hatred is the subject under discussion, not the speaker's
        if (rule.verb_first and not clause.strip() and R.GERUND_HATE.match(matched)
                and R.GERUND_PREDICATE.match(lower, end)):
            return True
        # "hatred of immigrants is ...": the group is the object in a longer subject (a pronoun's antecedent aside)
        if rule.needs_group and rule.negation_before and R.OBJECT_OF.search(clause):
            return True
    context = R.homonyms().get(matched.lower().rstrip("s").strip())
    return bool(context and context.search(lower, max(off, start - 80), min(off + length, end + 80)))


@lru_cache(maxsize=1)
def _group_first() -> re.Pattern[str]:
    """A group term at the start of a match (the group, not a verb, opens it); matches are lowercase."""
    return re.compile(R.IDENTITY)


def _reported(rule: R.Rule, lower: str, off: int, length: int, start: int, end: int, before: str,
              quotes: dict[int, list[tuple[int, int]]], countered: set[int]) -> bool:
    """Whether a cue is quoted, or reported and condemned or denied (counter-speech marks the text ``countered``)."""
    if off not in quotes:  # spans in batch offsets, found once per text
        quotes[off] = [q.span() for q in R.QUOTED.finditer(lower, off, off + length)]
    # a cue inside a quotation, or one whose last words are quoted ('you say "I hate ...'), reports speech; so does
    # one that opens inside a quoted sentence and runs on past it ('someone posts "Muslims are ...", they should
    # be banned'), unlike a term in scare quotes ('"refugees" are ...')
    if any(qa < end - 1 < qb or (qa < start < qb and R.QUOTED_SENTENCE.match(lower, qa, qb)) for qa, qb in quotes[off]):
        if rule.category in R.HATE_CATEGORIES:
            countered.add(off)
        return True
    # "saying X is vile", "nobody should say X": reported speech that is condemned (outside the cue) or denied
    if R.REPORTING.search(before) and (R.CONDEMNATION.search(lower, off, start)
                                       or R.CONDEMNATION.search(lower, end, off + length)
                                       or R.DENIED_NEXT.match(lower, end, off + length)):
        if rule.category in R.HATE_CATEGORIES:
            countered.add(off)
        return True
    if R.IF_REPORTED.search(before) or R.DENIED_CLAIM.search(before) or R.YOU_REPORTED.search(before):
        if rule.category in R.HATE_CATEGORIES:
            countered.add(off)
        return True
    # "nobody would say X" denies the report; "don't you think X ...?" proposes it
    return bool(R.REPORTED_CLAUSE.search(before) and R.negated(lower, start - len(before), start))


def _shouting(texts: Sequence[str], joined: str, starts: np.ndarray, scored: np.ndarray, add: Any) -> None:
    """Shouted texts (mostly capitals) and shouted words in mixed-case text, on the original case."""
    caps: dict[int, list[re.Match[str]]] = {}
    found_all = list(R.CAPS_WORD.finditer(joined))
    owners = np.searchsorted(starts, [m.start() for m in found_all], side="right") - 1  # one call, not one per word
    for owner, m in zip(owners.tolist(), found_all, strict=True):
        caps.setdefault(owner, []).append(m)
    acronyms = set(R.lexicon("acronyms"))
    for i, found in caps.items():
        if not scored[i]:
            continue
        words = len(R.WORD.findall(texts[i]))
        if words >= R.SHOUT_MIN_WORDS and len(found) >= R.SHOUT_SHARE * words:
            add(i, "shouted_text", "shouting", R.SHOUTED_TEXT_WEIGHT, found[0].start(), found[-1].end())
            continue
        for m in found:
            word = m.group(0)
            # acronyms are short and vowel-poor (SEO, KFOR); shouted words are longer or vowelled (STOLE, NEVER)
            if (len(word) >= 4 and word.lower() not in acronyms and len(_VOWEL.findall(word)) >= 2
                    and not R.ROMAN.fullmatch(word) and re.search(r"[^AEIOUY']", word)):
                add(i, "shouted_word", "shouting", R.SHOUTED_WORD_WEIGHT, m.start(), m.end())


def _drop_nested(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep one hit per span and category: a cue inside an at least as strong cue of its category adds nothing."""
    found.sort(key=lambda h: (h["start"], -h["end"], -h["weight"]))
    kept: list[dict[str, Any]] = []
    for h in found:
        if any(k["category"] == h["category"] and k["start"] <= h["start"] and h["end"] <= k["end"]
               and k["weight"] >= h["weight"] for k in kept):
            continue
        kept.append(h)
    return kept
