"""The unit of work of the analyze stage: one chunk of threads against the models fitted once on the corpus."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from discourse import columns as col
from discourse.analysis.discussion import discussion_summary
from discourse.analysis.distinctive import DistinctiveWords
from discourse.analysis.divergence import jensen_shannon
from discourse.analysis.framecues import FrameCues
from discourse.analysis.naming import NamingCounter
from discourse.analysis.relevance import RelevanceScorer
from discourse.analysis.stance import StanceDetector
from discourse.analysis.summaries import IncivilityArrays, IncivilityTotals, comment_columns
from discourse.analysis.tokens import tokenize
from discourse.analysis.topics import TopicModel
from discourse.errors import ParameterError
from discourse.model import Comment, Thread

__all__ = [
    "EXCLUDED_STATUSES",
    "ChunkResult",
    "Fitted",
    "Scorer",
    "analyze_chunk",
    "kept_comments",
    "score_chunk",
    "score_table",
    "score_texts",
]

EXCLUDED_STATUSES = ("spam", "deleted")
# Holds the prior's mass outside a thread's own terms; no token can contain a NUL, so it never meets a real term.
_REST = "\x00rest"
SCORE_ROWS = 50_000  # rows per chunk of `discourse score`: the scorer's own batch, so chunking changes no result


class Scorer(Protocol):
    def transform(self, texts: Sequence[str]) -> pd.DataFrame: ...


@dataclass(frozen=True)
class Fitted:
    """Everything fitted once on the whole input and shared (broadcast) to every chunk."""

    scorer: Scorer
    model: TopicModel
    relevance: RelevanceScorer
    stance: StanceDetector
    cues: FrameCues
    prior: Mapping[str, float]
    naming: NamingCounter | None
    top_words: int
    prior_total: float = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prior_total", float(sum(c for c in self.prior.values() if c > 0)))


@dataclass
class ChunkResult:
    """What one chunk gives: its comment rows, its thread summaries and its share of the corpus totals."""

    comments: pd.DataFrame
    threads: list[dict[str, Any]]
    comment_totals: IncivilityTotals
    article_totals: IncivilityTotals
    about_article: tuple[int, int]
    topic_counts: np.ndarray


def kept_comments(thread: Thread) -> list[Comment]:
    """The comments analysed: no pingbacks or trackbacks, nothing marked spam or deleted."""
    return [c for c in thread.comments if c.kind == "comment" and c.status not in EXCLUDED_STATUSES]


def score_texts(scorer: Scorer, texts: list[str]) -> pd.DataFrame:
    """The scorer's rows for texts, checked to be one per text."""
    scored = scorer.transform(texts).reset_index(drop=True)
    if len(scored) != len(texts):
        raise ParameterError(f"The incivility scorer returned {len(scored)} rows for {len(texts)} texts.")
    return scored


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
        for c in kept_comments(t)
    ]
    frame = pd.DataFrame(
        rows, columns=[col.THREAD_ID, col.COMMENT_ID, col.AUTHOR, col.TIMESTAMP, col.PARENT_ID, col.DEPTH, col.BODY]
    )
    frame[col.TIMESTAMP] = pd.to_datetime(frame[col.TIMESTAMP], utc=True)
    frame[col.DEPTH] = frame[col.DEPTH].astype("int64")
    for name in (col.THREAD_ID, col.COMMENT_ID, col.AUTHOR, col.PARENT_ID, col.BODY):
        frame[name] = frame[name].astype("str")
    return frame


def analyze_chunk(threads: Sequence[Thread], fitted: Fitted) -> ChunkResult:
    """Per-comment rows and per-thread summaries of a chunk of threads; a pure function of its arguments, so any
    engine, in any process, gives the same result for the same chunk."""
    # A BLAS product sums in an order that depends on its thread count (Dask workers run one thread, this
    # process may run several): one thread everywhere makes the floats identical across engines.
    with threadpool_limits(limits=1):
        return _analyze_chunk(threads, fitted)


def _analyze_chunk(threads: Sequence[Thread], fitted: Fitted) -> ChunkResult:
    frame = _comment_rows(threads)
    bodies = frame[col.BODY].astype(str).tolist()
    paragraphs = [p for t in threads for p in t.article.paragraphs]
    civil = score_texts(fitted.scorer, bodies)
    paragraph_civil = score_texts(fitted.scorer, paragraphs)
    model = fitted.model
    stance = fitted.stance.transform(bodies)
    # What is row by row is found for the whole chunk at once (fewer calls, each with its fixed cost), then each
    # thread takes its rows; whatever depends on a thread as a whole (topic weights, relevance) is per thread, so
    # no result depends on the chunk size.
    chunk = _Rows(
        frame,
        bodies,
        IncivilityArrays.of(civil),
        IncivilityArrays.of(paragraph_civil),
        stance["about_article"].to_numpy(dtype=bool),
        stance["stance"].to_numpy(dtype=object),
        fitted.cues.presence(bodies),
        fitted.cues.presence(paragraphs),
        model.vectors(bodies),
        model.vectors(paragraphs),
    )
    relevance_rows = fitted.relevance.vectors(bodies)
    # Each article's relevance rows: its paragraphs, then its title.
    articles = [x for t in threads for x in (*t.article.paragraphs, t.article.title or "")]
    article_rows = fitted.relevance.vectors(articles)
    topic = np.full(len(frame), -1, dtype="int64")
    relevance = np.zeros(len(frame))
    anchor = np.full(len(frame), -1, dtype="int64")
    summaries: list[dict[str, Any]] = []
    offset = p_start = 0
    for thread_no, thread in enumerate(threads):
        kept = kept_comments(thread)
        rows = slice(offset, offset + len(kept))
        own = list(thread.article.paragraphs)
        own_article = slice(p_start + thread_no, p_start + thread_no + len(own) + 1)
        scored = fitted.relevance.score_vectors(relevance_rows[rows], article_rows[own_article])
        relevance[rows] = scored["relevance"].to_numpy()
        anchor[rows] = scored["anchor_paragraph"].to_numpy()
        part = chunk.rows(rows, slice(p_start, p_start + len(own)))
        weights = model.weights_of(part.comment_vectors)
        if model.k_ is not None:
            topic[rows] = model.assign(weights)
        summaries.append(_thread_summary(thread, kept, part, relevance[rows], weights, fitted))
        offset += len(kept)
        p_start += len(own)

    comments = pd.concat([frame, civil.set_index(frame.index)], axis=1)
    comments["topic"] = np.asarray(topic, dtype="int64")
    labels = [model.labels_[t] if t >= 0 else "" for t in topic]
    comments["topic_label"] = pd.Series(labels, index=comments.index, dtype="str")
    comments["relevance"] = relevance.astype(float)
    comments["anchor_paragraph"] = anchor
    comments["about_article"] = chunk.about
    comments["stance"] = pd.Series(stance["stance"].to_numpy(), index=comments.index, dtype="str")
    comments["stance_evidence"] = pd.Series(stance["stance_evidence"].to_numpy(), index=comments.index, dtype="str")
    comments = comments[comment_columns(comments.columns)]
    counts = np.bincount(topic[topic >= 0], minlength=model.k_ or 0) if model.k_ else np.zeros(0, dtype="int64")
    return ChunkResult(
        comments,
        summaries,
        IncivilityTotals.of(chunk.civil),
        IncivilityTotals.of(chunk.paragraph_civil),
        (int(chunk.about.sum()), len(stance)),
        counts,
    )


@dataclass(frozen=True)
class _Rows:
    """The chunk's per-comment and per-paragraph results (or one thread's rows of them)."""

    frame: pd.DataFrame
    texts: list[str]
    civil: IncivilityArrays
    paragraph_civil: IncivilityArrays
    about: np.ndarray
    stance: np.ndarray
    comment_cues: np.ndarray
    paragraph_cues: np.ndarray
    comment_vectors: Any
    paragraph_vectors: Any

    def rows(self, comments: slice, paragraphs: slice) -> _Rows:
        """One thread's rows: its comments and its article's paragraphs."""
        return _Rows(
            self.frame.iloc[comments],
            self.texts[comments],
            self.civil.rows(comments),
            self.paragraph_civil.rows(paragraphs),
            self.about[comments],
            self.stance[comments],
            self.comment_cues[comments],
            self.paragraph_cues[paragraphs],
            self.comment_vectors[comments],
            self.paragraph_vectors[paragraphs],
        )


def _thread_prior(fitted: Fitted, paragraphs: list[str], texts: list[str]) -> dict[str, float]:
    """The corpus prior cut to the thread's own terms plus one term holding the rest of its mass.

    The weighted log-odds of a term depend on the prior only through the term's own count and the prior's total,
    so this gives the same z-scores as the whole prior while each thread costs its own vocabulary, not the
    corpus's.
    """
    terms = {t for text in paragraphs + texts for t in tokenize(text)}
    own = {t: fitted.prior[t] for t in terms if fitted.prior.get(t, 0) > 0}
    rest = fitted.prior_total - sum(own.values())
    if rest > 0:
        own[_REST] = rest
    return own


def _thread_summary(
    thread: Thread, kept: list[Comment], rows: _Rows, relevance: np.ndarray, weights: np.ndarray, fitted: Fitted
) -> dict[str, Any]:
    frame, texts = rows.frame, rows.texts
    model, cues = fitted.model, fitted.cues
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
        a, c = model.share_of(model.weights_of(rows.paragraph_vectors)), model.share_of(weights)
        if a is not None and c is not None:
            topic_share = {"labels": list(model.labels_), "article": a.tolist(), "comments": c.tolist()}
            topic_jsd = jensen_shannon(a, c)
        elif kept and paragraphs:
            notes.append("the article or the comments share no term with the topics: no topic share")
    else:
        notes.append("topics skipped for the input: see topics.json")

    prior = _thread_prior(fitted, paragraphs, texts)
    words = DistinctiveWords(top_n=fitted.top_words).fit(paragraphs, texts, frame[col.AUTHOR].tolist(), prior)
    article_cues, comment_cues = cues.salience_of(rows.paragraph_cues), cues.salience_of(rows.comment_cues)
    times = frame[col.TIMESTAMP].dropna()
    rel = relevance.astype(float)
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
        "incivility": {"article": rows.paragraph_civil.summary(), "comments": rows.civil.summary()},
        "about_article_share": float(rows.about.mean()) if len(rows.about) else None,
        "stance": {s: int((rows.stance == s).sum()) for s in ("contest", "support", "none")},
        "relevance": {
            "n": int(rel.size),
            "mean": float(rel.mean()) if rel.size else None,
            "median": float(np.median(rel)) if rel.size else None,
            "q25": float(np.percentile(rel, 25)) if rel.size else None,
            "q75": float(np.percentile(rel, 75)) if rel.size else None,
        },
        "naming": _naming(fitted.naming, paragraphs, texts),
        "discussion": discussion_summary(frame, article.published),
        "notes": notes,
    }


def _naming(naming: NamingCounter | None, paragraphs: list[str], texts: list[str]) -> dict[str, Any]:
    if naming is None:
        return {}
    article, comments = naming.shares(paragraphs), naming.shares(texts)
    return {name: {"article": article[name], "comments": comments[name]} for name in article}


def score_chunk(frame: pd.DataFrame, shared: tuple[Any, str]) -> pd.DataFrame:
    """One chunk of a table with the incivility scorer's columns appended (``shared``: scorer, text column)."""
    scorer, column = shared
    return scorer.score_frame(frame, text_column=column)


def score_table(frame: pd.DataFrame, column: str, scorer: Any, engine: Any, rows: int = SCORE_ROWS) -> pd.DataFrame:
    """``scorer.score_frame(frame, column)`` computed in chunks of ``rows`` rows on ``engine``, in row order."""
    chunks = (frame.iloc[i : i + rows] for i in range(0, len(frame), rows))
    parts = list(engine.map(score_chunk, chunks, (scorer, column)))
    return pd.concat(parts) if parts else scorer.score_frame(frame, text_column=column)
