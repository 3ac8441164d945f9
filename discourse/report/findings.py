"""Findings in plain sentences, each derived from the numbers of the results (never from the text itself)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from discourse.charts.incivility import CATEGORIES

__all__ = ["corpus_findings", "thread_findings"]

# Differences of mean incivility below this are reported as "about as uncivil": the scores are heuristic and a
# few hundredths are within what one rule more or less changes.
SAME_INCIVILITY = 0.05
# Frame cues are compared only where the 95% intervals do not overlap.
MIN_COMMENTS_FOR_SHARES = 5


def as_number(value: Any) -> float | None:
    """A table cell as a float; None for a missing, NaN or non-numeric cell."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _count_words(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _incivility(scores: Mapping[str, Any]) -> list[str]:
    article = as_number((scores.get("article") or {}).get("overall"))
    comments = as_number((scores.get("comments") or {}).get("overall"))
    if article is None or comments is None:
        return ["Incivility could not be compared: the analysis abstained on the article or on all comments."]
    if comments - article >= SAME_INCIVILITY:
        verdict = "Comments are more uncivil than the article"
    elif article - comments >= SAME_INCIVILITY:
        verdict = "Comments are less uncivil than the article"
    else:
        verdict = "Comments are about as uncivil as the article"
    return [f"{verdict}: {comments:.2f} vs {article:.2f} (mean overall score, 0-1)."]


def _uncivil(comments: pd.DataFrame) -> list[str]:
    if "uncivil" not in comments or comments["incivility"].isna().all():
        return []
    flagged = comments[comments["uncivil"].fillna(False).astype(bool)]
    verb = "is" if len(flagged) == 1 else "are"
    sentence = f"{len(flagged)} of {len(comments)} comments {verb} flagged uncivil"
    cats = [f"incivility_{c}" for c in CATEGORIES if f"incivility_{c}" in comments.columns]
    if len(flagged) and cats:
        means = flagged[cats].mean().sort_values(ascending=False)
        top = [str(c).removeprefix("incivility_").replace("_", " ") for c, v in means.items() if v > 0][:2]
        if top:
            sentence += f", mostly for {' and '.join(top)}"
    return [sentence + "."]


def _about(comments: pd.DataFrame) -> list[str]:
    if "about_article" not in comments:
        return []
    about = comments[comments["about_article"].fillna(False).astype(bool)]
    n, total = len(about), len(comments)
    if n == 0:
        return [f"None of the {total} comments address the article, its author or the outlet."]
    stance = about["stance"].value_counts() if "stance" in about else pd.Series(dtype=int)
    contest, support = int(stance.get("contest", 0)), int(stance.get("support", 0))
    if contest == n:
        tail = ", both contesting it" if n == 2 else (", contesting it" if n == 1 else ", all contesting it")
    elif support == n:
        tail = ", both supporting it" if n == 2 else (", supporting it" if n == 1 else ", all supporting it")
    else:
        parts = [(contest, "contesting it"), (support, "supporting it"), (n - contest - support, "neutral")]
        tail = ": " + ", ".join(f"{k} {what}" for k, what in parts if k)
    verb = "addresses" if n == 1 else "address"
    return [f"{n} of {total} comments {verb} the article itself{tail}."]


def _relevance(thread: Mapping[str, Any]) -> list[str]:
    rel = thread.get("relevance") or {}
    median = as_number(rel.get("median"))
    if median is None:
        return []
    q25, q75 = as_number(rel.get("q25")), as_number(rel.get("q75"))
    spread = f" (middle half {q25:.2f}-{q75:.2f})" if q25 is not None and q75 is not None else ""
    return [f"The median comment has a relevance of {median:.2f} to the article{spread}, on a 0-1 scale."]


def _divergence(thread: Mapping[str, Any]) -> list[str]:
    out = []
    for key, what in (("topic_jsd", "topics"), ("frame_jsd", "frame cues")):
        value = as_number(thread.get(key))
        if value is not None:
            out.append(f"The comments' {what} diverge from the article's by {value:.2f} (Jensen-Shannon, 0 = same, "
                       "1 = disjoint).")
    return out


def _frames(thread: Mapping[str, Any]) -> list[str]:
    cues = thread.get("frame_cues") or {}
    article, comments = cues.get("article") or {}, cues.get("comments") or {}
    if thread.get("n_comments", 0) < MIN_COMMENTS_FOR_SHARES:
        return []
    more, less = [], []
    for cue in sorted(set(article) | set(comments)):
        a, c = article.get(cue), comments.get(cue)
        if not a or not c:
            continue
        if c["low"] > a["high"]:
            more.append((c["share"] - a["share"], cue))
        elif a["low"] > c["high"]:
            less.append((a["share"] - c["share"], cue))
    out = []
    for items, verb in ((more, "more"), (less, "fewer")):
        if items:
            names = [cue.partition(":")[2].replace("_", " ") or cue for _, cue in sorted(items, reverse=True)[:3]]
            out.append(f"Comments use {verb} cues of {', '.join(names)} than the article (95% intervals apart).")
    return out


def _words(thread: Mapping[str, Any]) -> list[str]:
    words = (thread.get("distinctive_words") or {}).get("comments") or []
    strong = [w["term"] for w in sorted(words, key=lambda w: -abs(float(w["z"]))) if abs(float(w["z"])) >= 1.96]
    if not strong:
        return []
    return [f"Words the comments use far more than the article: {', '.join(strong[:5])}."]


def _discussion(thread: Mapping[str, Any], comments: pd.DataFrame) -> list[str]:
    d = thread.get("discussion") or {}
    out = []
    n_authors = d.get("n_authors")
    if n_authors and len(comments) >= 2:
        sentence = f"{_count_words(int(n_authors), 'author', 'authors')} wrote the {len(comments)} comments"
        repeat = d.get("repeat_authors")
        if repeat:
            sentence += f"; {_count_words(int(repeat), 'author', 'authors')} wrote more than one"
        top10 = as_number(d.get("top10_share"))
        if top10 is not None and n_authors > 10:
            sentence += f"; the 10 most active wrote {top10:.0%}"
        out.append(sentence + ".")
    if "depth" in comments and len(comments):
        replies = int((pd.to_numeric(comments["depth"], errors="coerce") > 0).sum())
        out.append(f"{replies} of {len(comments)} comments are replies to other comments." if replies else
                   "No comment replies to another: every comment is addressed to the article.")
    hours = d.get("hours_since_publication") or []
    if len(hours) >= 2:
        first_day = sum(1 for h in hours if h <= 24)
        origin = "publication" if thread.get("published") else "the first comment (no publication date)"
        out.append(f"{first_day} of {len(hours)} dated comments came within 24 hours of {origin}.")
    return out


def thread_findings(thread: Mapping[str, Any], comments: pd.DataFrame) -> list[str]:
    """Plain sentences about one article and its comments, each stating the numbers it rests on."""
    n = len(comments)
    if n == 0:
        return ["The article has no comments, so there is nothing to compare it with."]
    out = _incivility(thread.get("incivility") or {})
    out += _uncivil(comments)
    out += _about(comments)
    out += _relevance(thread)
    out += _divergence(thread)
    out += _frames(thread)
    out += _words(thread)
    out += _discussion(thread, comments)
    return out


def corpus_findings(corpus: Mapping[str, Any], comments: pd.DataFrame) -> list[str]:
    """Plain sentences about the whole corpus."""
    threads = pd.DataFrame(list(corpus.get("threads") or []))
    n_threads, n_comments = int(corpus.get("n_threads") or len(threads)), int(corpus.get("n_comments") or 0)
    out = [f"{n_threads} articles with {n_comments} comments in all."]
    if n_comments == 0:
        return out
    out += _incivility(corpus.get("incivility") or {})
    out += _uncivil(comments)
    out += _about(comments)
    if len(threads) >= 2 and {"incivility_article", "incivility_comments"} <= set(threads.columns):
        diff = pd.to_numeric(threads["incivility_comments"], errors="coerce") - pd.to_numeric(
            threads["incivility_article"], errors="coerce")
        known = diff.dropna()
        if len(known):
            worse = int((known >= SAME_INCIVILITY).sum())
            out.append(f"In {worse} of {len(known)} threads the comments are more uncivil than their article.")
    if len(threads) >= 2 and "publisher" in threads and threads["publisher"].nunique() >= 2:
        by = threads.dropna(subset=["incivility_comments"]).groupby("publisher")["incivility_comments"].mean()
        if len(by) >= 2:
            out.append(f"Comment incivility is highest under {by.idxmax()} ({by.max():.2f}) and lowest under "
                       f"{by.idxmin()} ({by.min():.2f}) (mean of thread means).")
    return out
