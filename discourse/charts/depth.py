"""Reply depth: how many comments sit at each level of the reply tree."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from discourse.charts import style

NAME = "reply_depth"
TITLE = "Reply depth"
CAPTION = (
    "Each bar counts the comments at one level of the reply tree: 0 are top-level comments on the article, 1 are "
    "replies to them, and so on. A section of only level-0 comments is a row of monologues addressed to the "
    "article; deep levels mean commenters argue with each other."
)
EMPTY = "There are no comments, so there is no reply tree."
COLUMNS = ["depth", "comments"]


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per reply depth with its number of comments."""
    counts = (thread.get("discussion") or {}).get("depth_counts") or {}
    rows = sorted((int(k), int(v)) for k, v in counts.items() if int(v) > 0)
    return pd.DataFrame(rows, columns=COLUMNS)


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Bars of comments per depth."""
    fig = style.figure()
    if table.empty:
        return style.too_little_data(fig, title, EMPTY)
    ax = style.axes(fig, ylabel=True)
    ax.bar(table["depth"], table["comments"], 0.7, color=style.COMMENTS)
    for x, n in zip(table["depth"], table["comments"], strict=True):
        ax.annotate(str(n), (x, n), xytext=(0, 2), textcoords="offset points", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(int(table["depth"].max()) + 1))
    ax.set_xlabel("reply depth (0 = top-level comment)")
    ax.set_ylabel("comments (count)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, table["comments"].max() * 1.15 + 0.5)
    style.title(ax, f"{title} (n = {int(table['comments'].sum())})")
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The reply-depth chart of one thread."""
    return plot(data(thread, comments))
