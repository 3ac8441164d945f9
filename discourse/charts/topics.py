"""Topic share: how much of the article and of the comments falls in each topic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import style

NAME = "topics"
TITLE = "Topic share: article vs comments"
CAPTION = (
    "Each pair of bars is one topic of the comment section (TF-IDF and NMF; the label is its top terms). The blue "
    "bar is the share of the article's paragraphs in that topic, the orange bar the share of comments. Topics the "
    "comments discuss but the article does not show a long orange bar beside a short blue one. The Jensen-Shannon "
    "divergence in the title (Lin 1991, base 2) is 0 for identical distributions and 1 for disjoint ones."
)
EMPTY = "No topic model for this thread (too few comments, or empty texts)."

COLUMNS = ["topic", "label", "article", "comments"]


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per topic: its label and its share of the article and of the comments."""
    share = thread.get("topic_share") or {}
    labels = list(share.get("labels") or [])
    article = list(share.get("article") or [np.nan] * len(labels))
    pooled = list(share.get("comments") or [np.nan] * len(labels))
    table = pd.DataFrame(
        {"topic": range(len(labels)), "label": labels, "article": article, "comments": pooled}, columns=COLUMNS
    )
    table.attrs["jsd"] = thread.get("topic_jsd")
    return table


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Grouped horizontal bars, one group per topic."""
    fig = style.figure(style.rows_height(len(table), 0.4))
    if table.empty:
        return style.too_little_data(fig, title, EMPTY)
    labels = [style.wrap(f"{t}: {label}", 30) for t, label in zip(table["topic"], table["label"], strict=True)]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(table))
    height = 0.38
    ax.barh(y - height / 2, table["article"].fillna(0) * 100, height, color=style.ARTICLE, label="article")
    ax.barh(y + height / 2, table["comments"].fillna(0) * 100, height, color=style.COMMENTS, label="comments")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share in topic (%)")
    jsd = table.attrs.get("jsd")
    style.title(ax, title + (f" (JSD {jsd:.2f})" if jsd is not None else ""))
    style.legend(fig, ax)
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The topic-share chart of one thread."""
    return plot(data(thread, comments))
