"""Relevance distribution: how close each comment stays to its article (CommentIQ)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from discourse.charts import style

NAME = "relevance"
TITLE = "Relevance of comments to the article"
CAPTION = (
    "Each bar counts the comments whose TF-IDF cosine similarity to the article (CommentIQ, Park et al. 2016) "
    "falls in that range: 0 shares no weighted word with the article, 1 uses its words in the same proportions. "
    "Comments that address the article itself are stacked in green. The dashed line is the median."
)
EMPTY = "Fewer than three comments have a relevance score."
MIN_COMMENTS = 3
BINS = np.linspace(0.0, 1.0, 21)
COLUMNS = ["bin_low", "bin_high", "comments", "about_article"]


def data(thread: Mapping[str, Any] | None, comments: pd.DataFrame) -> pd.DataFrame:
    """Counts of comments per relevance bin (width 0.05), split by whether they address the article."""
    if "relevance" not in comments.columns:
        return pd.DataFrame(columns=COLUMNS)
    rel = pd.to_numeric(comments["relevance"], errors="coerce")
    ok = rel.notna()
    about = comments["about_article"].fillna(False).astype(bool) if "about_article" in comments else ok & False
    all_counts, _ = np.histogram(rel[ok].clip(0, 1), BINS)
    about_counts, _ = np.histogram(rel[ok & about].clip(0, 1), BINS)
    table = pd.DataFrame(
        {"bin_low": BINS[:-1], "bin_high": BINS[1:], "comments": all_counts, "about_article": about_counts},
        columns=COLUMNS,
    )
    table.attrs["median"] = float(rel[ok].median()) if ok.any() else None
    return table


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Histogram of relevance, comments about the article stacked."""
    fig = style.figure()
    n = int(table["comments"].sum()) if not table.empty else 0
    if n < MIN_COMMENTS:
        return style.too_little_data(fig, title, EMPTY)
    ax = style.axes(fig, ylabel=True, legend_top=True)
    width = float(table["bin_high"].iloc[0] - table["bin_low"].iloc[0])
    other = table["comments"] - table["about_article"]
    ax.bar(table["bin_low"], other, width, align="edge", color=style.COMMENTS, label="other comments",
           edgecolor="white", linewidth=0.5)
    if table["about_article"].sum():
        ax.bar(table["bin_low"], table["about_article"], width, bottom=other, align="edge", color=style.PALETTE[2],
               label="comments about the article", edgecolor="white", linewidth=0.5)
    median = table.attrs.get("median")
    if median is not None:
        ax.axvline(median, color="#333333", linestyle="--", linewidth=1, label=f"median {median:.2f}")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, float(table["comments"].max()) * 1.12 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("cosine similarity to the article (0-1)")
    ax.set_ylabel("comments (count)")
    style.title(ax, f"{title} (n = {n})")
    style.legend(fig, ax)
    return fig


def chart(thread: Mapping[str, Any] | None, comments: pd.DataFrame) -> Figure:
    """The relevance chart of one thread's comments."""
    return plot(data(thread, comments))
