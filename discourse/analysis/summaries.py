"""Result formatting of the analyze stage: column order, incivility summaries, stable JSON and tables."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from discourse import columns as col
from discourse.pipeline import atomic_output

__all__ = [
    "DIGITS",
    "comment_columns",
    "dumps_json",
    "publish",
    "rounded",
    "summarize_incivility",
    "write_comment_tables",
]

DIGITS = 6  # floats in the output files are rounded so reruns and platforms agree byte for byte
_LEADING = (col.THREAD_ID, col.COMMENT_ID, col.AUTHOR, col.TIMESTAMP, col.PARENT_ID, col.DEPTH, col.BODY)
_TRAILING = ("topic", "topic_label", "relevance", "anchor_paragraph", "about_article", "stance", "stance_evidence")


def comment_columns(names: Iterable[str]) -> list[str]:
    """Columns of comments.parquet in the documented order: reader fields, the scorer's columns as it gives
    them, then the framing fields."""
    names = list(names)
    middle = [n for n in names if n not in _LEADING and n not in _TRAILING]
    return list(_LEADING) + middle + [n for n in _TRAILING if n in names]


def _categories(scored: pd.DataFrame) -> list[str]:
    """Per-category score columns: numeric ``incivility_*`` columns (not the evidence or language fields)."""
    return [
        n
        for n in scored.columns
        if n.startswith("incivility_") and pd.api.types.is_numeric_dtype(scored[n]) and scored[n].dtype != bool
    ]


def _mean(values: pd.Series) -> float | None:
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return float(numbers.mean()) if len(numbers) else None


def summarize_incivility(scored: pd.DataFrame) -> dict[str, float | None]:
    """Mean overall score, share uncivil and mean per category; abstentions (NaN) are left out, None if none."""
    out: dict[str, float | None] = {"overall": None, "uncivil_share": None}
    if "incivility" in scored:
        out["overall"] = _mean(scored["incivility"])
        scored_rows = pd.to_numeric(scored["incivility"], errors="coerce").notna()
        if "uncivil" in scored and scored_rows.any():
            out["uncivil_share"] = float(scored.loc[scored_rows, "uncivil"].astype(bool).mean())
    for name in _categories(scored):
        out[name.removeprefix("incivility_")] = _mean(scored[name])
    return out


def rounded(value: Any) -> Any:
    """A copy of JSON-like data with floats rounded to DIGITS, NaN/inf as None and numpy scalars as Python ones."""
    if isinstance(value, dict):
        return {str(k): rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        return round(number, DIGITS) + 0.0 if math.isfinite(number) else None
    return value


def dumps_json(data: Any) -> str:
    """Stable JSON text: rounded floats, UTF-8 kept, two-space indent, final newline."""
    return json.dumps(rounded(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _table(comments: pd.DataFrame) -> pd.DataFrame:
    table = comments.copy()
    for name in table.columns:
        if pd.api.types.is_float_dtype(table[name]):
            table[name] = table[name].round(DIGITS)
    return table


def publish(path: Path) -> None:
    """Give a written file the usual permissions (temp files are created private)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def write_comment_tables(comments: pd.DataFrame, out: Path) -> list[Path]:
    """Write comments.parquet (temp file then rename) and comments.csv (timestamps in ISO 8601)."""
    table = _table(comments)
    parquet = out / "comments.parquet"
    fd, tmp = tempfile.mkstemp(prefix=".comments.parquet.", suffix=".tmp", dir=out)
    os.close(fd)
    try:
        table.to_parquet(tmp, index=False)
        publish(Path(tmp))
        os.replace(tmp, parquet)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    csv_table = table.copy()
    stamps = pd.to_datetime(csv_table[col.TIMESTAMP], utc=True)
    csv_table[col.TIMESTAMP] = [t.isoformat() if not pd.isna(t) else "" for t in stamps]
    csv_path = out / "comments.csv"
    with atomic_output(csv_path) as stream:
        csv_table.to_csv(stream, index=False, lineterminator="\n", float_format=f"%.{DIGITS}g")
    publish(csv_path)
    return [parquet, csv_path]
