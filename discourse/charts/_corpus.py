"""The per-thread table that the corpus comparison charts share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from discourse.charts import style

COLUMNS = [
    "thread_id", "title", "publisher", "n_comments", "incivility_article", "incivility_comments",
    "about_article_share", "relevance_median", "topic_jsd", "frame_jsd",
]
TOP = 30  # rows beyond this no longer fit a page; the data file keeps every thread


def thread_table(corpus: Mapping[str, Any]) -> pd.DataFrame:
    """One row per thread of ``corpus.json``, most commented first."""
    table = pd.DataFrame(list(corpus.get("threads") or []))
    table = table.reindex(columns=COLUMNS)
    for name in COLUMNS[3:]:
        table[name] = pd.to_numeric(table[name], errors="coerce")
    return table.sort_values(["n_comments", "thread_id"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def label(row: Mapping[Any, Any]) -> str:
    """A short row label: the title (or id) and the outlet."""
    title = row.get("title") if isinstance(row.get("title"), str) and row.get("title") else row.get("thread_id")
    outlet = row.get("publisher")
    text = style.shorten(str(title), 38)
    return f"{text} ({style.shorten(str(outlet), 16)})" if isinstance(outlet, str) and outlet else text


def shown(table: pd.DataFrame, title: str) -> tuple[pd.DataFrame, str]:
    """The rows a chart draws and its title, which says when rows were left out."""
    if len(table) > TOP:
        return table.head(TOP), f"{title} ({TOP} most commented of {len(table)} threads)"
    return table, title
