"""Incivility by category: mean score of the article against the mean score of its comments."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import style
from discourse.columns import INCIVILITY_CATEGORIES

NAME = "incivility"
TITLE = "Incivility by category: article vs comments"
CAPTION = (
    "Each pair of bars is one category of incivility (Coe, Kenski & Rains 2014, extended). The blue bar is the "
    "article's score, the orange bar the mean score of its comments, both from 0 (no cue) to 1. 'overall' is the "
    "calibrated overall score; 'uncivil share' is the share of texts above the default threshold. A missing bar "
    "means the analysis abstained (e.g. text not in English)."
)
EMPTY = "No incivility scores: there are no comments, or the analysis abstained on every text (not English)."

# Order of the rows: the summary first, then Coe et al.'s five categories, then the extensions.
CATEGORIES: tuple[str, ...] = ("overall", "uncivil_share", *INCIVILITY_CATEGORIES)


def _value(side: Mapping[str, Any] | None, key: str) -> float:
    value = (side or {}).get(key)
    return float(value) if value is not None else np.nan


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per category: the article's score and the comments' mean score."""
    scores = thread.get("incivility") or {}
    article, pooled = scores.get("article"), scores.get("comments")
    extra = [k for k in (pooled or {}) if k not in CATEGORIES]
    rows = [
        {"category": key, "article": _value(article, key), "comments": _value(pooled, key)}
        for key in (*CATEGORIES, *sorted(extra))
    ]
    return pd.DataFrame(rows, columns=["category", "article", "comments"])


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Grouped horizontal bars, article and comments, one group per category."""
    fig = style.figure(style.rows_height(len(table), 0.32))
    if table.empty or table[["article", "comments"]].isna().all().all():
        return style.too_little_data(fig, title, EMPTY)
    labels = [style.shorten(c.replace("_", " "), 28) for c in table["category"]]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(table))
    height = 0.38
    ax.barh(y - height / 2, table["article"].fillna(0), height, color=style.ARTICLE, label="article")
    ax.barh(y + height / 2, table["comments"].fillna(0), height, color=style.COMMENTS, label="comments (mean)")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("score (0 = no cue, 1 = strongest)")
    style.title(ax, title)
    style.legend(fig, ax)
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The incivility chart of one thread."""
    return plot(data(thread, comments))
