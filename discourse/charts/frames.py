"""Frame-cue salience: share of article paragraphs and of comments with a cue, with bootstrap intervals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from discourse.charts import style

NAME = "frame_cues"
TITLE = "Frame cues: article vs comments"
CAPTION = (
    "Each row is a frame cue from the codebook (Policy Frames Codebook dimensions, Boydstun et al. 2014; generic "
    "frames, Semetko & Valkenburg 2000; frame functions, Entman 1993). A dot is the share of article paragraphs "
    "(blue) or of comments (orange) that contain at least one cue word; the whisker is its 95% bootstrap interval. "
    "Rows where the whiskers do not overlap differ beyond resampling noise. Cues are keyword counts, not frames."
)
EMPTY = "No frame cue was found in the article or in its comments."
TOP = 15  # more rows than this cannot be read at a glance; the data file keeps them all

COLUMNS = ["cue", "side", "share", "low", "high", "count"]


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per cue and side (article, comments): share, interval and count."""
    cues = thread.get("frame_cues") or {}
    rows = []
    for side in ("article", "comments"):
        for cue, v in (cues.get(side) or {}).items():
            rows.append(
                {
                    "cue": cue,
                    "side": side,
                    "share": float(v.get("share") or 0.0),
                    "low": float(v.get("low", v.get("share")) or 0.0),
                    "high": float(v.get("high", v.get("share")) or 0.0),
                    "count": int(v.get("count") or 0),
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def _label(cue: str) -> str:
    group, _, name = cue.partition(":")
    return f"{name.replace('_', ' ')} ({group})" if name else cue.replace("_", " ")


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Dots with whiskers, two per cue, for the most salient cues."""
    present = table[table["count"] > 0] if not table.empty else table
    top = present.groupby("cue")["share"].max().sort_values(ascending=False).head(TOP) if len(present) else None
    fig = style.figure(style.rows_height(0 if top is None else len(top), 0.34))
    if top is None or top.empty:
        return style.too_little_data(fig, title, EMPTY)
    order = list(top.index)
    labels = [style.shorten(_label(c), 36) for c in order]
    ax = style.axes(fig, labels, legend_top=True)
    y = np.arange(len(order))
    for side, color, shift in (("article", style.ARTICLE, -0.17), ("comments", style.COMMENTS, 0.17)):
        part = table[table["side"] == side].set_index("cue").reindex(order)
        ok = part["share"].notna().to_numpy()
        share, low, high = (part[c].to_numpy(dtype=float) * 100 for c in ("share", "low", "high"))
        err = np.vstack([np.clip(share - low, 0, None), np.clip(high - share, 0, None)])
        ax.errorbar(
            share[ok], (y + shift)[ok], xerr=err[:, ok], fmt="o", color=color, capsize=2.5, markersize=5,
            label="article paragraphs" if side == "article" else "comments",
        )
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    # The axis ends a little past the widest interval (room for the caps), at most at 100%.
    widest = float(table[table["cue"].isin(order)]["high"].max()) * 100
    ax.set_xlim(-2, min(102.0, max(10.0, widest * 1.1 + 2)))
    ax.set_xlabel("texts with at least one cue (%)")
    shown = f" (top {len(order)} of {table['cue'].nunique()})" if table["cue"].nunique() > len(order) else ""
    style.title(ax, title + shown)
    style.legend(fig, ax)
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The frame-cue chart of one thread."""
    return plot(data(thread, comments))
