"""Comments over time since publication: cumulative count, in hours or days."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from discourse.charts import style

NAME = "timeline"
TITLE = "Comments over time since publication"
CAPTION = (
    "The line climbs by one at each comment's time, counted from the article's publication (or, without a "
    "publication date, from the first comment). A steep start means most discussion came early; a late rise "
    "means the thread was revived, e.g. by a link from elsewhere. Undated comments are left out."
)
EMPTY = "Fewer than two comments carry a date, so there is no course over time to draw."
MIN_COMMENTS = 2
COLUMNS = ["hours_since_publication", "cumulative_comments"]


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per dated comment, in time order, with the running count."""
    hours = sorted(float(h) for h in ((thread.get("discussion") or {}).get("hours_since_publication") or []))
    return pd.DataFrame({"hours_since_publication": hours, "cumulative_comments": np.arange(1, len(hours) + 1)},
                        columns=COLUMNS)


def _unit(span_hours: float) -> tuple[str, float]:
    if span_hours <= 72:
        return "hours", 1.0
    if span_hours <= 24 * 120:
        return "days", 24.0
    return "weeks", 24.0 * 7


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Cumulative step line of comments against time since publication."""
    fig = style.figure()
    if len(table) < MIN_COMMENTS:
        return style.too_little_data(fig, title, EMPTY)
    ax = style.axes(fig, ylabel=True, legend_top=True)
    hours = table["hours_since_publication"].to_numpy(dtype=float)
    unit, per = _unit(float(hours.max() - min(hours.min(), 0.0)))
    x = np.concatenate([[min(hours.min(), 0.0)], hours]) / per
    y = np.concatenate([[0], table["cumulative_comments"].to_numpy()])
    ax.step(x, y, where="post", color=style.COMMENTS, linewidth=1.8)
    if len(table) <= 60:
        ax.plot(hours / per, table["cumulative_comments"], "o", color=style.COMMENTS, markersize=3.5)
    ax.axvline(0, color=style.ARTICLE, linewidth=1, linestyle="--", label="publication")
    ax.set_xlabel(f"time since publication ({unit})")
    ax.set_ylabel("comments so far (count)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, len(table) * 1.05 + 0.5)
    style.title(ax, f"{title} (n = {len(table)})")
    style.legend(fig, ax)
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The timeline chart of one thread."""
    return plot(data(thread, comments))
