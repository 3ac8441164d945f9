"""Charts: one module per chart; each reads only analysis results and returns a Figure, never shows it.

Every chart module has ``NAME``, ``TITLE``, ``CAPTION`` (how to read it), ``data(results, comments) ->
DataFrame`` (the numbers drawn, written beside the picture), ``plot(table) -> Figure`` and ``chart(results,
comments) -> Figure``.
"""

from __future__ import annotations

from types import ModuleType

from discourse.charts import (
    authors,
    corpus_divergence,
    corpus_engagement,
    corpus_incivility,
    depth,
    frames,
    incivility,
    relevance,
    timeline,
    topics,
    words,
)

__all__ = ["ARTICLE_CHARTS", "CORPUS_CHARTS", "POOLED_CHARTS"]

# Per article, in the order of the report's pages.
ARTICLE_CHARTS: tuple[ModuleType, ...] = (incivility, frames, words, topics, relevance, timeline, depth, authors)
# Across articles: comparisons between threads, then the article charts that can pool threads.
CORPUS_CHARTS: tuple[ModuleType, ...] = (corpus_incivility, corpus_engagement, corpus_divergence)
POOLED_CHARTS: tuple[ModuleType, ...] = (incivility, relevance, timeline, depth, authors)
