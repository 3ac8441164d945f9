"""Corpus: incivility of each article against the mean incivility of its comments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import _corpus, style

NAME = "corpus_incivility"
TITLE = "Incivility per thread: article vs comments"
CAPTION = (
    "Each row is one thread (article and its comments). The blue dot is the article's overall incivility score, "
    "the orange dot the mean score of its comments (0-1); the grey line joins them, so a long line to the right of "
    "the blue dot means the comments are much less civil than the article they discuss."
)
EMPTY = "No thread has incivility scores for both its article and its comments."


def data(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per thread with the article's and the comments' incivility."""
    return _corpus.thread_table(corpus)[["thread_id", "title", "publisher", "n_comments", "incivility_article",
                                         "incivility_comments"]]


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Dumbbell plot: article and comments per thread."""
    rows, title = _corpus.shown(table.dropna(subset=["incivility_article", "incivility_comments"], how="all"), title)
    fig = style.figure(style.rows_height(len(rows), 0.3))
    if rows.empty:
        return style.too_little_data(fig, title, EMPTY)
    labels = [_corpus.label(r) for r in rows.to_dict("records")]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(rows))
    ax.hlines(y, rows["incivility_article"], rows["incivility_comments"], color=style.MUTED, linewidth=1.2)
    ax.plot(rows["incivility_article"], y, "o", color=style.ARTICLE, label="article")
    ax.plot(rows["incivility_comments"], y, "o", color=style.COMMENTS, label="comments (mean)")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("overall incivility score (0-1)")
    style.title(ax, title)
    style.legend(fig, ax)
    return fig


def chart(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The per-thread incivility comparison of a corpus."""
    return plot(data(corpus, comments))
