"""The analyze stage: every analysis of comments against their article, gathered into result tables.

Two passes over the threads keep memory flat: the first fits what is shared by the corpus (topics on a bounded
seeded sample of comments, the relevance IDF and the distinctive-word prior from counts over everything), the
second applies it chunk by chunk of threads through an engine and appends each chunk to the output files.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from discourse.analysis.distinctive import DistinctiveWords
from discourse.analysis.framecues import FrameCues
from discourse.analysis.naming import NamingCounter, TermPair
from discourse.analysis.relevance import RelevanceScorer
from discourse.analysis.stance import StanceDetector
from discourse.analysis.summaries import IncivilityTotals, ResultWriter
from discourse.analysis.tokens import stemmed_tokens
from discourse.analysis.topics import TopicModel
from discourse.engines import Engine, LocalEngine, available_cores
from discourse.engines.work import ChunkResult, Fitted, Scorer, analyze_chunk, kept_comments
from discourse.errors import MissingDependencyError, ParameterError
from discourse.model import Thread

__all__ = ["AnalysisResult", "AnalyzeOptions", "analyze", "analyze_to", "fit_corpus", "write_results"]


@dataclass(frozen=True)
class AnalyzeOptions:
    """Settings of :func:`analyze`; the defaults are the documented ones.

    ``sample_size`` bounds the comments the topic model is fitted on (a seeded reservoir sample; below it, every
    comment); ``chunk_size`` is the number of threads held and analysed at once.
    """

    random_state: int = 0
    n_topics: int | None = None
    topic_method: str = "nmf"
    terms: Sequence[TermPair] | None = None
    codebook: str | Path | None = None
    n_bootstrap: int = 1000
    top_words: int = 15
    sample_size: int = 50_000
    chunk_size: int = 500


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


def _validate(options: AnalyzeOptions) -> None:
    for name, low in (("random_state", None), ("sample_size", 1), ("chunk_size", 1)):
        value = getattr(options, name)
        if not isinstance(value, int) or isinstance(value, bool) or (low is not None and value < low):
            kind = "an int" if low is None else f"an int >= {low}"
            raise ParameterError(f"The '{name}' parameter of analyze must be {kind}. Got {value!r} instead.")


class _Reservoir:
    """A seeded uniform sample of at most ``size`` items, returned in input order (all of them when few)."""

    def __init__(self, size: int, seed: int) -> None:
        self.size, self.seen = size, 0
        self.rng = random.Random(seed)
        self.items: list[tuple[int, str]] = []

    def add(self, item: str) -> None:
        if len(self.items) < self.size:
            self.items.append((self.seen, item))
        else:
            j = self.rng.randrange(self.seen + 1)
            if j < self.size:
                self.items[j] = (self.seen, item)
        self.seen += 1

    def values(self) -> list[str]:
        return [item for _, item in sorted(self.items)]


def fit_corpus(threads: Iterable[Thread], options: AnalyzeOptions, scorer: Scorer) -> tuple[Fitted, int]:
    """First pass: what every chunk shares, fitted on the whole corpus; returns it and the number of comments.

    Comments, paragraphs and titles are each sampled (seeded reservoirs of ``options.sample_size``, kept in input
    order, everything when fewer); the relevance IDF and the distinctive-word prior count every text.
    """
    comments = _Reservoir(options.sample_size, options.random_state)
    paragraphs = _Reservoir(options.sample_size, options.random_state)
    titles = _Reservoir(options.sample_size, options.random_state)
    document_frequency: Counter[str] = Counter()
    n_documents = 0
    prior: Counter[str] = Counter()
    for thread in threads:
        bodies = [str(c.body) for c in kept_comments(thread)]
        own = list(thread.article.paragraphs)
        for body in bodies:
            comments.add(body)
        for paragraph in own:
            paragraphs.add(paragraph)
        titles.add(thread.article.title or "")
        for document in own + [thread.article.title or ""] + bodies:
            if document.strip():
                n_documents += 1
                document_frequency.update(set(stemmed_tokens(document)))
        prior.update(DistinctiveWords.corpus_prior(own + bodies))

    model = TopicModel(
        n_topics=options.n_topics,
        method=options.topic_method,
        random_state=options.random_state,
        n_jobs=available_cores(),  # threads for choosing k: any number gives the same topics
    )
    model.fit(comments.values(), context=paragraphs.values())
    if comments.seen > options.sample_size:
        model.notes_.append(
            f"topics fitted on a seeded sample of {options.sample_size} of {comments.seen} comments; "
            "sizes count every comment"
        )
    fitted = Fitted(
        scorer=scorer,
        model=model,
        # The IDF counts every document; the semantic and character spaces are fitted on the samples.
        relevance=RelevanceScorer(random_state=options.random_state).fit(
            paragraphs.values() + titles.values() + comments.values(), document_frequency, n_documents
        ),
        stance=StanceDetector().fit(),
        cues=FrameCues(options.codebook, n_bootstrap=options.n_bootstrap, random_state=options.random_state).fit(),
        prior=dict(prior),
        naming=NamingCounter(options.terms) if options.terms else None,
        top_words=options.top_words,
    )
    return fitted, comments.seen


def _chunks(threads: Iterable[Thread], size: int) -> Iterator[list[Thread]]:
    iterator = iter(threads)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Totals:
    """The corpus figures, merged chunk by chunk."""

    def __init__(self, k: int) -> None:
        self.comments, self.article = IncivilityTotals(), IncivilityTotals()
        self.about = [0, 0]
        self.topic_counts = np.zeros(k, dtype="int64")
        self.rows: list[dict[str, Any]] = []

    def add(self, chunk: ChunkResult) -> None:
        self.comments.merge(chunk.comment_totals)
        self.article.merge(chunk.article_totals)
        self.about[0] += chunk.about_article[0]
        self.about[1] += chunk.about_article[1]
        if chunk.topic_counts.size:
            self.topic_counts += chunk.topic_counts
        self.rows.extend(_corpus_row(s) for s in chunk.threads)

    def topics(self, model: TopicModel, options: AnalyzeOptions, sampled: bool) -> dict[str, Any]:
        topics = [dict(t) for t in model.topics_]
        if sampled:
            for t in topics:
                t["size"] = int(self.topic_counts[int(str(t["topic"]))])
        return {
            "k": model.k_,
            "method": options.topic_method,
            "stability": model.stability_,
            "random_state": options.random_state,
            "notes": list(model.notes_),
            "topics": topics,
        }

    def corpus(self) -> dict[str, Any]:
        return {
            "n_threads": len(self.rows),
            "n_comments": int(sum(r["n_comments"] for r in self.rows)),
            "incivility": {"article": self.article.summary(), "comments": self.comments.summary()},
            "about_article_share": self.about[0] / self.about[1] if self.about[1] else None,
            "topic_jsd_mean": _mean([r["topic_jsd"] for r in self.rows]),
            "frame_jsd_mean": _mean([r["frame_jsd"] for r in self.rows]),
            "threads": self.rows,
        }


def _corpus_row(s: dict[str, Any]) -> dict[str, Any]:
    return {
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


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None and not math.isnan(v)]
    return float(np.mean(kept)) if kept else None


def _prepare(
    threads: Iterable[Thread], options: AnalyzeOptions | None, scorer: Scorer | None
) -> tuple[AnalyzeOptions, Fitted, int]:
    options = options or AnalyzeOptions()
    _validate(options)
    fitted, n_comments = fit_corpus(threads, options, scorer if scorer is not None else _default_scorer())
    return options, fitted, n_comments


def analyze_to(
    threads: Iterable[Thread],
    out_dir: str | Path,
    options: AnalyzeOptions | None = None,
    scorer: Scorer | None = None,
    engine: Engine | None = None,
) -> list[Path]:
    """Analyse threads and write the result files (see :func:`write_results`) with flat memory.

    ``threads`` is read twice (fit, then apply), so it must be re-iterable: a list, or a
    :class:`~discourse.pipeline.ThreadSpool` for inputs too big to hold. Chunks of ``options.chunk_size`` threads
    go through ``engine`` (default: this process) and are appended to the files in input order.
    """
    options, fitted, n_comments = _prepare(threads, options, scorer)
    engine = engine if engine is not None else LocalEngine()
    totals = _Totals(fitted.model.k_ or 0)
    writer = ResultWriter(Path(out_dir))
    try:
        for chunk in engine.map(analyze_chunk, _chunks(threads, options.chunk_size), fitted):
            totals.add(chunk)
            writer.add(chunk.comments, chunk.threads)
        sampled = n_comments > options.sample_size
        return writer.close(totals.topics(fitted.model, options, sampled), totals.corpus())
    finally:
        writer.abort()


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
    Topics are fitted on the comments of the input (a seeded sample of ``options.sample_size`` when there are
    more) with article paragraphs placed in the same space; the relevance vocabulary and the distinctive-word
    prior come from every article and comment of the input. The whole result is held in memory: for big inputs
    use :func:`analyze_to`, which gives the same files.
    """
    threads = list(threads)
    options, fitted, n_comments = _prepare(threads, options, scorer)
    totals = _Totals(fitted.model.k_ or 0)
    frames, summaries = [], []
    for chunk in LocalEngine().map(analyze_chunk, _chunks(threads, options.chunk_size), fitted):
        totals.add(chunk)
        frames.append(chunk.comments)
        summaries.extend(chunk.threads)
    comments = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames else _empty(fitted)
    topics = totals.topics(fitted.model, options, n_comments > options.sample_size)
    return AnalysisResult(comments, summaries, topics, totals.corpus())


def _empty(fitted: Fitted) -> pd.DataFrame:
    return analyze_chunk([], fitted).comments


def write_results(result: AnalysisResult, out_dir: str | Path) -> list[Path]:
    """Write comments.parquet, comments.csv, threads.json, topics.json and corpus.json, each atomically."""
    out = Path(out_dir)
    writer = ResultWriter(out)
    try:
        writer.add(result.comments, result.threads)
        return writer.close(result.topics, result.corpus)
    finally:
        writer.abort()
