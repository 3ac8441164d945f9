"""Corpus: how much each comment section engages with its article (about-article share, relevance)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import _corpus, style

NAME = "corpus_engagement"
TITLE = "Engagement with the article per thread"
CAPTION = (
    "Each row is one thread. The green bar is the share of its comments that address the article, its author or "
    "the outlet; the orange dot is the median relevance of its comments (cosine similarity to the article, 0-1, "
    "read on the same 0-100 scale). Threads whose comments ignore the article have a short bar and a dot near 0."
)
EMPTY = "No thread has comments with an about-article or relevance score."


def data(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per thread with its about-article share and median relevance."""
    return _corpus.thread_table(corpus)[["thread_id", "title", "publisher", "n_comments", "about_article_share",
                                         "relevance_median"]]


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Bars of about-article share with dots of median relevance, one row per thread."""
    rows, title = _corpus.shown(table.dropna(subset=["about_article_share", "relevance_median"], how="all"), title)
    fig = style.figure(style.rows_height(len(rows), 0.3))
    if rows.empty:
        return style.too_little_data(fig, title, EMPTY)
    labels = [_corpus.label(r) for r in rows.to_dict("records")]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(rows))
    ax.barh(y, rows["about_article_share"].fillna(0) * 100, 0.6, color=style.PALETTE[2],
            label="comments about the article (%)")
    ax.plot(rows["relevance_median"] * 100, y, "o", color=style.COMMENTS, label="median relevance (x 100)")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of comments (%) / relevance (0-100)")
    style.title(ax, title)
    style.legend(fig, ax)
    return fig


def chart(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The per-thread engagement comparison of a corpus."""
    return plot(data(corpus, comments))
