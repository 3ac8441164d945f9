"""Discussion figures of one comment section: timing, reply depth, author concentration."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import numpy as np
import pandas as pd

from discourse import columns as col

__all__ = ["discussion_summary", "gini"]


def gini(counts: np.ndarray | list[int]) -> float | None:
    """Gini coefficient of non-negative counts (0 = all equal, towards 1 = one holds everything)."""
    x = np.sort(np.asarray(counts, dtype=float))
    if x.size == 0 or x.sum() <= 0:
        return None
    n = x.size
    ranks = np.arange(1, n + 1)
    return float((2 * (ranks * x).sum()) / (n * x.sum()) - (n + 1) / n)


def discussion_summary(comments: pd.DataFrame, published: datetime | None = None) -> dict[str, Any]:
    """Timing, depth and author figures of one thread's comments.

    Parameters
    ----------
    comments : DataFrame
        One row per comment with ``timestamp`` (tz-aware or NaT), ``depth`` and ``author`` columns.
    published : datetime, optional
        The article's publication time; without it, hours count from the first dated comment.

    Returns
    -------
    dict with ``hours_since_publication`` (one per dated comment, in page order), ``depth_counts``,
    ``n_authors``, ``repeat_authors`` (authors with two comments or more), ``top10_share`` (share of comments
    by the ten most active authors) and ``gini`` (of comments per author). Comments without an author are
    left out of the author figures, since they cannot be told apart.
    """
    times = pd.to_datetime(comments[col.TIMESTAMP], utc=True) if len(comments) else pd.Series([], dtype=object)
    dated = times.dropna()
    hours: list[float] = []
    if len(dated):
        origin = pd.Timestamp(published if published is not None else dated.min()).tz_convert("UTC")
        seconds = (cast("pd.Series[pd.Timestamp]", dated) - origin).dt.total_seconds().to_numpy(dtype=float)
        hours = [round(float(x) / 3600.0, 4) for x in seconds]
    depth = comments[col.DEPTH].fillna(0).astype(int) if len(comments) else pd.Series([], dtype=int)
    depth_counts = {str(k): int(v) for k, v in sorted(depth.value_counts().items())}
    authors = comments[col.AUTHOR].dropna().astype(str).str.strip() if len(comments) else pd.Series([], dtype=str)
    per_author = authors[authors != ""].value_counts()
    total = int(per_author.sum())
    return {
        "hours_since_publication": hours,
        "depth_counts": depth_counts,
        "n_authors": int(per_author.size),
        "repeat_authors": int((per_author >= 2).sum()),
        "top10_share": float(per_author.sort_values(ascending=False).head(10).sum() / total) if total else None,
        "gini": gini(per_author.to_numpy()),
    }
