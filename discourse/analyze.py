"""The analyze stage: every analysis of comments against their article, gathered into result tables."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd

from discourse import columns as col
from discourse.analysis.discussion import discussion_summary
from discourse.analysis.distinctive import DistinctiveWords
from discourse.analysis.divergence import jensen_shannon
from discourse.analysis.framecues import FrameCues
from discourse.analysis.naming import NamingCounter, TermPair
from discourse.analysis.relevance import RelevanceScorer
from discourse.analysis.stance import StanceDetector
from discourse.analysis.summaries import (
    comment_columns,
    dumps_json,
    publish,
    summarize_incivility,
    write_comment_tables,
)
from discourse.analysis.topics import TopicModel
from discourse.errors import MissingDependencyError, ParameterError
from discourse.model import Thread
from discourse.pipeline import atomic_output

__all__ = ["AnalysisResult", "AnalyzeOptions", "analyze", "write_results"]

EXCLUDED_STATUSES = ("spam", "deleted")


class Scorer(Protocol):
    def transform(self, texts: Sequence[str]) -> pd.DataFrame: ...


@dataclass(frozen=True)
class AnalyzeOptions:
    """Settings of :func:`analyze`; the defaults are the documented ones."""

    random_state: int = 0
    n_topics: int | None = None
    topic_method: str = "nmf"
    terms: Sequence[TermPair] | None = None
    codebook: str | Path | None = None
    n_bootstrap: int = 1000
    top_words: int = 15


@dataclass
class AnalysisResult:
    """What :func:`analyze` found: the tables and summaries ``write_results`` writes (see docs/results.md)."""

    comments: pd.DataFrame
    threads: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[str, Any] = field(default_factory=dict)
    corpus: dict[str, Any] = field(default_factory=dict)


def _default_scorer() -> Scorer:
    try:
        from discourse.analysis.incivility import IncivilityScorer
    except ImportError as exc:
        raise MissingDependencyError("the incivility scorer (discourse.analysis.incivility) is not available") from exc
    return IncivilityScorer()


def _kept(thread: Thread) -> list[Any]:
    return [c for c in thread.comments if c.kind == "comment" and c.status not in EXCLUDED_STATUSES]


def _comment_rows(threads: Sequence[Thread]) -> pd.DataFrame:
    rows = [
        {
            col.THREAD_ID: t.id,
            col.COMMENT_ID: c.id,
            col.AUTHOR: c.author,
            col.TIMESTAMP: c.timestamp,
            col.PARENT_ID: c.parent_id,
            col.DEPTH: c.depth,
            col.BODY: c.body,
        }
        for t in threads
        for c in _kept(t)
    ]
    frame = pd.DataFrame(
        rows, columns=[col.THREAD_ID, col.COMMENT_ID, col.AUTHOR, col.TIMESTAMP, col.PARENT_ID, col.DEPTH, col.BODY]
    )
    frame[col.TIMESTAMP] = pd.to_datetime(frame[col.TIMESTAMP], utc=True)
    frame[col.DEPTH] = frame[col.DEPTH].astype("int64")
    for name in (col.THREAD_ID, col.COMMENT_ID, col.AUTHOR, col.PARENT_ID, col.BODY):
        frame[name] = frame[name].astype("str")
    return frame


def _score(scorer: Scorer, texts: list[str]) -> pd.DataFrame:
    scored = scorer.transform(texts).reset_index(drop=True)
    if len(scored) != len(texts):
        raise ParameterError(f"The incivility scorer returned {len(scored)} rows for {len(texts)} texts.")
    return scored


def _validate(options: AnalyzeOptions) -> None:
    if not isinstance(options.random_state, int) or isinstance(options.random_state, bool):
        raise ParameterError(
            f"The 'random_state' parameter of analyze must be an int. Got {options.random_state!r} instead."
        )


def analyze(
    threads: Sequence[Thread], options: AnalyzeOptions | None = None, scorer: Scorer | None = None
) -> AnalysisResult:
    """Analyse threads: incivility, topics, relevance, stance, distinctive words, cue salience, naming, discussion.

    Parameters
    ----------
    threads : sequence of Thread
    options : AnalyzeOptions, optional
    scorer : object with ``transform(texts) -> DataFrame``, optional
        The incivility scorer; by default ``discourse.analysis.incivility.IncivilityScorer()``.

    Pingbacks, trackbacks and comments marked spam or deleted are left out (each thread's notes count them).
    Topics are fitted on all comments of the input and article paragraphs are placed in the same space; the
    relevance vocabulary and the distinctive-word prior come from every article and comment of the input.
    """
    options = options or AnalyzeOptions()
    _validate(options)
    scorer = scorer if scorer is not None else _default_scorer()
    threads = list(threads)
    frame = _comment_rows(threads)
    bodies = frame[col.BODY].astype(str).tolist()
    all_paragraphs = [p for t in threads for p in t.article.paragraphs]

    civil = _score(scorer, bodies)
    paragraph_civil = _score(scorer, all_paragraphs)

    model = TopicModel(n_topics=options.n_topics, method=options.topic_method, random_state=options.random_state)
    model.fit(bodies, context=all_paragraphs)
    topic = model.predict(bodies) if bodies else np.zeros(0, dtype=int)
    labels = [model.labels_[t] if t >= 0 else "" for t in topic]

    relevance = RelevanceScorer().fit(all_paragraphs + [t.article.title or "" for t in threads] + bodies)
    stance = StanceDetector().transform(bodies)
    cues = FrameCues(options.codebook, n_bootstrap=options.n_bootstrap, random_state=options.random_state).fit()
    prior = DistinctiveWords.corpus_prior(all_paragraphs + bodies)
    naming = NamingCounter(options.terms) if options.terms else None

    fitted = _Fitted(model, cues, prior, naming, options)
    rel = pd.DataFrame({"relevance": np.zeros(len(frame)), "anchor_paragraph": np.full(len(frame), -1)})
    summaries: list[dict[str, Any]] = []
    offset = p_start = 0
    for thread in threads:
        kept = _kept(thread)
        rows = slice(offset, offset + len(kept))
        paragraphs = list(thread.article.paragraphs)
        texts = bodies[rows]
        scored = relevance.score(texts, paragraphs, thread.article.title)
        rel.iloc[rows, 0] = scored["relevance"].to_numpy()
        rel.iloc[rows, 1] = scored["anchor_paragraph"].to_numpy()
        thread_rows = _Rows(
            frame.iloc[rows],
            civil.iloc[rows],
            paragraph_civil.iloc[p_start : p_start + len(paragraphs)],
            stance.iloc[rows],
            scored["relevance"],
        )
        summaries.append(_thread_summary(thread, kept, thread_rows, fitted))
        offset += len(kept)
        p_start += len(paragraphs)

    comments = pd.concat([frame, civil.set_index(frame.index)], axis=1)
    comments["topic"] = np.asarray(topic, dtype="int64")
    comments["topic_label"] = pd.Series(labels, index=comments.index, dtype="str")
    comments["relevance"] = rel["relevance"].to_numpy(dtype=float)
    comments["anchor_paragraph"] = rel["anchor_paragraph"].to_numpy(dtype="int64")
    comments["about_article"] = stance["about_article"].to_numpy(dtype=bool)
    comments["stance"] = pd.Series(stance["stance"].to_numpy(), index=comments.index, dtype="str")
    comments["stance_evidence"] = pd.Series(stance["stance_evidence"].to_numpy(), index=comments.index, dtype="str")
    comments = comments[comment_columns(comments.columns)]

    topics = {
        "k": model.k_,
        "method": options.topic_method,
        "stability": model.stability_,
        "random_state": options.random_state,
        "notes": list(model.notes_),
        "topics": model.topics_,
    }
    return AnalysisResult(comments, summaries, topics, _corpus(summaries, civil, paragraph_civil, stance))


@dataclass(frozen=True)
class _Fitted:
    """What is fitted once on the whole input and shared by every thread's summary."""

    model: TopicModel
    cues: FrameCues
    prior: Any
    naming: NamingCounter | None
    options: AnalyzeOptions


@dataclass(frozen=True)
class _Rows:
    """One thread's slices of the per-comment and per-paragraph results."""

    frame: pd.DataFrame
    civil: pd.DataFrame
    paragraph_civil: pd.DataFrame
    stance: pd.DataFrame
    relevance: pd.Series


def _thread_summary(thread: Thread, kept: list[Any], rows: _Rows, fitted: _Fitted) -> dict[str, Any]:
    frame, civil, paragraph_civil, stance, relevance = (
        rows.frame,
        rows.civil,
        rows.paragraph_civil,
        rows.stance,
        rows.relevance,
    )
    model, cues, prior, naming, options = fitted.model, fitted.cues, fitted.prior, fitted.naming, fitted.options
    texts = frame[col.BODY].astype(str).tolist()
    article = thread.article
    paragraphs = list(article.paragraphs)
    notes: list[str] = []
    left_out = len(thread.comments) - len(kept)
    if left_out:
        notes.append(f"{left_out} pingbacks, trackbacks, spam or deleted comments left out")
    if not kept:
        notes.append("no comments")
    if not paragraphs:
        notes.append("no article paragraphs: article-side figures are empty")

    topic_share = None
    topic_jsd = None
    if model.k_ is not None:
        a, c = model.share(paragraphs), model.share(texts)
        if a is not None and c is not None:
            topic_share = {"labels": list(model.labels_), "article": a.tolist(), "comments": c.tolist()}
            topic_jsd = jensen_shannon(a, c)
        elif kept and paragraphs:
            notes.append("the article or the comments share no term with the topics: no topic share")
    else:
        notes.append("topics skipped for the input: see topics.json")

    words = DistinctiveWords(top_n=options.top_words).fit(paragraphs, texts, frame[col.AUTHOR].tolist(), prior)
    article_cues, comment_cues = cues.salience(paragraphs), cues.salience(texts)
    times = frame[col.TIMESTAMP].dropna()
    rel = relevance.to_numpy(dtype=float)
    return {
        "thread_id": thread.id,
        "title": article.title,
        "author": article.author,
        "publisher": article.publisher,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "source": article.source,
        "language": article.language,
        "n_comments": len(kept),
        "n_paragraphs": len(paragraphs),
        "first_comment": times.min().isoformat() if len(times) else None,
        "last_comment": times.max().isoformat() if len(times) else None,
        "topic_share": topic_share,
        "topic_jsd": topic_jsd,
        "distinctive_words": {"article": words.article_, "comments": words.comments_},
        "frame_cues": {"article": article_cues, "comments": comment_cues},
        "frame_jsd": cues.divergence(article_cues, comment_cues),
        "incivility": {"article": summarize_incivility(paragraph_civil), "comments": summarize_incivility(civil)},
        "about_article_share": float(stance["about_article"].mean()) if len(stance) else None,
        "stance": {s: int((stance["stance"] == s).sum()) for s in ("contest", "support", "none")},
        "relevance": {
            "n": int(rel.size),
            "mean": float(rel.mean()) if rel.size else None,
            "median": float(np.median(rel)) if rel.size else None,
            "q25": float(np.percentile(rel, 25)) if rel.size else None,
            "q75": float(np.percentile(rel, 75)) if rel.size else None,
        },
        "naming": _naming(naming, paragraphs, texts),
        "discussion": discussion_summary(frame, article.published),
        "notes": notes,
    }


def _naming(naming: NamingCounter | None, paragraphs: list[str], texts: list[str]) -> dict[str, Any]:
    if naming is None:
        return {}
    article, comments = naming.shares(paragraphs), naming.shares(texts)
    return {name: {"article": article[name], "comments": comments[name]} for name in article}


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None and not math.isnan(v)]
    return float(np.mean(kept)) if kept else None


def _corpus(
    summaries: list[dict[str, Any]], civil: pd.DataFrame, paragraph_civil: pd.DataFrame, stance: pd.DataFrame
) -> dict[str, Any]:
    return {
        "n_threads": len(summaries),
        "n_comments": int(sum(s["n_comments"] for s in summaries)),
        "incivility": {"article": summarize_incivility(paragraph_civil), "comments": summarize_incivility(civil)},
        "about_article_share": float(stance["about_article"].mean()) if len(stance) else None,
        "topic_jsd_mean": _mean([s["topic_jsd"] for s in summaries]),
        "frame_jsd_mean": _mean([s["frame_jsd"] for s in summaries]),
        "threads": [
            {
                "thread_id": s["thread_id"],
                "title": s["title"],
                "publisher": s["publisher"],
                "n_comments": s["n_comments"],
                "incivility_article": s["incivility"]["article"]["overall"],
                "incivility_comments": s["incivility"]["comments"]["overall"],
                "about_article_share": s["about_article_share"],
                "relevance_median": s["relevance"]["median"],
                "topic_jsd": s["topic_jsd"],
                "frame_jsd": s["frame_jsd"],
            }
            for s in summaries
        ],
    }


def write_results(result: AnalysisResult, out_dir: str | Path) -> list[Path]:
    """Write comments.parquet, comments.csv, threads.json, topics.json and corpus.json, each atomically."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = write_comment_tables(result.comments, out)
    for name, data in (("threads", result.threads), ("topics", result.topics), ("corpus", result.corpus)):
        path = out / f"{name}.json"
        with atomic_output(path) as stream:
            stream.write(dumps_json(data))
        publish(path)
        paths.append(path)
    return paths
