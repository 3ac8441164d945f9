"""Corpus: how far each comment section's topics and frame cues diverge from its article's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import _corpus, style

NAME = "corpus_divergence"
TITLE = "Comments vs article per thread: divergence"
CAPTION = (
    "Each row is one thread. The dots are the Jensen-Shannon divergence (Lin 1991, base 2) between the article and "
    "its comments: of their topic shares (blue) and of their frame-cue salience (orange). 0 means the comments "
    "distribute over topics or cues exactly as the article does, 1 that they share nothing. A missing dot means "
    "the measure was skipped for that thread (e.g. too few comments for topics)."
)
EMPTY = "No thread has a topic or frame-cue divergence (too few comments, or no cues)."


def data(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per thread with its topic and frame-cue Jensen-Shannon divergence."""
    return _corpus.thread_table(corpus)[["thread_id", "title", "publisher", "n_comments", "topic_jsd", "frame_jsd"]]


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Dots of the two divergences, one row per thread."""
    rows, title = _corpus.shown(table.dropna(subset=["topic_jsd", "frame_jsd"], how="all"), title)
    fig = style.figure(style.rows_height(len(rows), 0.3))
    if rows.empty:
        return style.too_little_data(fig, title, EMPTY)
    labels = [_corpus.label(r) for r in rows.to_dict("records")]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(rows))
    ax.plot(rows["topic_jsd"], y - 0.12, "o", color=style.ARTICLE, label="topics")
    ax.plot(rows["frame_jsd"], y + 0.12, "s", color=style.COMMENTS, label="frame cues")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Jensen-Shannon divergence from the article (0 = same, 1 = disjoint)")
    style.title(ax, title)
    style.legend(fig, ax)
    return fig


def chart(corpus: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The per-thread divergence comparison of a corpus."""
    return plot(data(corpus, comments))
