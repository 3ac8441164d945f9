"""Discussion figures of one comment section: timing, reply depth, author concentration."""

from __future__ import annotations

from collections import Counter
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
    depths = comments[col.DEPTH].fillna(0).astype(int).tolist() if len(comments) else []
    depth_counts = {str(k): v for k, v in sorted(Counter(depths).items())}
    names = comments[col.AUTHOR].dropna().astype(str).tolist() if len(comments) else []
    per_author = Counter(name for name in (n.strip() for n in names) if name)
    counts = sorted(per_author.values(), reverse=True)
    total = sum(counts)
    return {
        "hours_since_publication": hours,
        "depth_counts": depth_counts,
        "n_authors": len(counts),
        "repeat_authors": sum(c >= 2 for c in counts),
        "top10_share": float(sum(counts[:10]) / total) if total else None,
        "gini": gini(counts),
    }
