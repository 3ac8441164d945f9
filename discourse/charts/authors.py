"""Author concentration: the share of comments written by the most active authors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import style

NAME = "authors"
TITLE = "Author concentration"
CAPTION = (
    "Each bar is one of the ten most active authors and the share of all comments they wrote. The title gives the "
    "share of the top ten together and the Gini coefficient of comments per author (0 = everyone wrote the same "
    "number, near 1 = a few wrote nearly all). A few dominant authors can make a comment section look more uniform "
    "than its readership is. Comments without an author name are counted as 'anonymous'."
)
EMPTY = "Fewer than two comments, so there is no concentration to show."
TOP = 10
COLUMNS = ["author", "comments", "share"]


def data(thread: Mapping[str, Any] | None, comments: pd.DataFrame) -> pd.DataFrame:
    """The most active authors with their number and share of comments."""
    if comments.empty or "author" not in comments:
        return pd.DataFrame(columns=COLUMNS)
    names = comments["author"].astype(object).where(comments["author"].notna(), "anonymous")
    counts = names.value_counts(sort=False)
    counts = counts.iloc[np.lexsort((counts.index.astype(str), -counts.to_numpy()))]
    table = pd.DataFrame({"author": counts.index.astype(str), "comments": counts.to_numpy()}, columns=COLUMNS[:2])
    table["share"] = table["comments"] / len(comments)
    discussion = (thread or {}).get("discussion") or {}
    table.attrs.update(
        n_comments=len(comments), n_authors=len(counts), gini=discussion.get("gini"),
        top10_share=float(table["share"].head(TOP).sum()),
    )
    return table.head(TOP).reset_index(drop=True)


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Horizontal bars of the top authors' share of comments."""
    fig = style.figure(style.rows_height(len(table), 0.3))
    n = int(table.attrs.get("n_comments", table["comments"].sum() if len(table) else 0))
    if n < 2:
        return style.too_little_data(fig, title, EMPTY)
    labels = [style.shorten(a, 28) for a in table["author"]]
    ax = style.axes(fig, labels)
    y = np.arange(len(table))
    ax.barh(y, table["share"] * 100, 0.7, color=style.COMMENTS)
    for yi, (share, count) in enumerate(zip(table["share"], table["comments"], strict=True)):
        ax.annotate(f"{count}", (share * 100, yi), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, min(100.0, float(table["share"].max()) * 100 * 1.2 + 2))
    ax.set_xlabel("share of all comments (%)")
    top10 = table.attrs.get("top10_share")
    gini = table.attrs.get("gini")
    parts = [f"{table.attrs.get('n_authors', len(table))} authors, {n} comments"]
    if top10 is not None:
        parts.append(f"top {min(TOP, len(table))}: {top10:.0%}")
    if gini is not None:
        parts.append(f"Gini {gini:.2f}")
    style.title(ax, f"{title} ({'; '.join(parts)})")
    return fig


def chart(thread: Mapping[str, Any] | None, comments: pd.DataFrame) -> Figure:
    """The author-concentration chart of one thread's comments."""
    return plot(data(thread, comments))
