"""Result formatting of the analyze stage: column order, incivility summaries, stable JSON and tables."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from discourse import columns as col
from discourse.pipeline import atomic_output

__all__ = [
    "DIGITS",
    "IncivilityArrays",
    "IncivilityTotals",
    "ResultWriter",
    "comment_columns",
    "dumps_json",
    "publish",
    "rounded",
    "summarize_incivility",
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


def _numbers(values: pd.Series) -> np.ndarray:
    """A column as floats, anything not a number as NaN."""
    if pd.api.types.is_numeric_dtype(values) and values.dtype != bool:
        return values.to_numpy(dtype=float, na_value=np.nan)
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _mean(numbers: np.ndarray) -> float | None:
    """Mean of the non-NaN values, None if there is none."""
    kept = numbers[~np.isnan(numbers)]
    return float(kept.mean()) if kept.size else None


def summarize_incivility(scored: pd.DataFrame) -> dict[str, float | None]:
    """Mean overall score, share uncivil and mean per category; abstentions (NaN) are left out, None if none."""
    return IncivilityArrays.of(scored).summary()


@dataclass(frozen=True)
class IncivilityArrays:
    """The numbers of a scored table that :func:`summarize_incivility` reads, taken out once.

    A chunk's table is converted once and each thread summarises its rows (:meth:`rows`), instead of every
    thread converting its own slice of the table column by column.
    """

    overall: np.ndarray | None
    uncivil: np.ndarray | None
    names: tuple[str, ...]
    categories: np.ndarray

    @classmethod
    def of(cls, scored: pd.DataFrame) -> IncivilityArrays:
        """The arrays of one table of scores."""
        overall = _numbers(scored["incivility"]) if "incivility" in scored else None
        uncivil = scored["uncivil"].to_numpy().astype(bool) if overall is not None and "uncivil" in scored else None
        names = _categories(scored)
        columns = [_numbers(scored[n]) for n in names]
        matrix = np.column_stack(columns) if columns else np.zeros((len(scored), 0))
        return cls(overall, uncivil, tuple(n.removeprefix("incivility_") for n in names), matrix)

    def rows(self, which: slice) -> IncivilityArrays:
        """The arrays of some rows."""
        return IncivilityArrays(
            None if self.overall is None else self.overall[which],
            None if self.uncivil is None else self.uncivil[which],
            self.names,
            self.categories[which],
        )

    def summary(self) -> dict[str, float | None]:
        """See :func:`summarize_incivility`."""
        out: dict[str, float | None] = {"overall": None, "uncivil_share": None}
        if self.overall is not None:
            out["overall"] = _mean(self.overall)
            present = ~np.isnan(self.overall)
            if self.uncivil is not None and present.any():
                out["uncivil_share"] = float(self.uncivil[present].mean())
        for j, name in enumerate(self.names):
            out[name] = _mean(self.categories[:, j])
        return out


@dataclass
class IncivilityTotals:
    """Sums and counts behind :func:`summarize_incivility`, so chunks can be summarised one at a time and merged."""

    sums: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, scored: pd.DataFrame | IncivilityArrays) -> IncivilityTotals:
        """The totals of one table of scores (or of its :class:`IncivilityArrays`)."""
        arrays = scored if isinstance(scored, IncivilityArrays) else IncivilityArrays.of(scored)
        totals = cls()
        if arrays.overall is not None:
            present = ~np.isnan(arrays.overall)
            totals._add("overall", arrays.overall[present])
            if arrays.uncivil is not None:
                totals._add("uncivil_share", arrays.uncivil[present].astype(float))
        for j, name in enumerate(arrays.names):
            column = arrays.categories[:, j]
            totals._add(name, column[~np.isnan(column)])
        return totals

    def _add(self, name: str, numbers: np.ndarray) -> None:
        self.sums[name] = self.sums.get(name, 0.0) + float(numbers.sum())
        self.counts[name] = self.counts.get(name, 0) + int(numbers.size)

    def merge(self, other: IncivilityTotals) -> None:
        """Add another chunk's totals to these."""
        for name, value in other.sums.items():
            self.sums[name] = self.sums.get(name, 0.0) + value
            self.counts[name] = self.counts.get(name, 0) + other.counts[name]

    def summary(self) -> dict[str, float | None]:
        """The same figures as :func:`summarize_incivility` of all chunks at once."""
        out: dict[str, float | None] = {"overall": None, "uncivil_share": None}
        for name, total in self.sums.items():
            out[name] = total / self.counts[name] if self.counts[name] else None
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


def _csv_table(table: pd.DataFrame) -> pd.DataFrame:
    csv_table = table.copy()
    stamps = pd.to_datetime(csv_table[col.TIMESTAMP], utc=True)
    csv_table[col.TIMESTAMP] = [t.isoformat() if not pd.isna(t) else "" for t in stamps]
    return csv_table


def _csv(table: pd.DataFrame, stream: IO[str], header: bool) -> None:
    table.to_csv(stream, index=False, header=header, lineterminator="\n", float_format=f"%.{DIGITS}g")


def _json_item(data: Any) -> str:
    """One element of a top-level JSON list, laid out as :func:`dumps_json` lays it out inside the list."""
    text = json.dumps(rounded(data), ensure_ascii=False, indent=2, allow_nan=False)
    return "\n".join("  " + line for line in text.split("\n"))


class ResultWriter:
    """Writes the analyze stage's files chunk by chunk, so memory holds one chunk, not the corpus.

    comments.parquet (one row group per chunk), comments.csv and threads.json grow in temp files in ``out``;
    :meth:`close` writes topics.json and corpus.json and renames every file into place, so an interrupted run
    leaves no half-written file (and :meth:`abort` removes the temp files).
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self._temps: dict[str, Path] = {}
        self._parquet: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None
        self._empty: pd.DataFrame | None = None
        self._csv = self._open("comments.csv")
        self._threads = self._open("threads.json")
        self._n_threads = 0
        self._n_rows = 0

    def _open(self, name: str) -> IO[str]:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out)
        self._temps[name] = Path(tmp)
        return os.fdopen(fd, "w", encoding="utf-8", newline="")

    def add(self, comments: pd.DataFrame, threads: list[dict[str, Any]]) -> None:
        """Append one chunk's comment rows and thread summaries."""
        table = _table(comments)
        _csv(_csv_table(table), self._csv, header=self._n_rows == 0 and self._empty is None)
        if len(table):
            self._write_parquet(table)
        elif self._empty is None:
            self._empty = table
        self._n_rows += len(table)
        for summary in threads:
            self._threads.write(("[\n" if self._n_threads == 0 else ",\n") + _json_item(summary))
            self._n_threads += 1

    def _write_parquet(self, table: pd.DataFrame) -> None:
        if self._parquet is None:
            arrow = pa.Table.from_pandas(table, preserve_index=False)
            self._schema = arrow.schema
            fd, tmp = tempfile.mkstemp(prefix=".comments.parquet.", suffix=".tmp", dir=self.out)
            os.close(fd)
            self._temps["comments.parquet"] = Path(tmp)
            self._parquet = pq.ParquetWriter(tmp, self._schema)
        else:
            arrow = pa.Table.from_pandas(table, schema=self._schema, preserve_index=False)
        self._parquet.write_table(arrow)

    def close_tables(self) -> list[Path]:
        """Finish comments.parquet and comments.csv and move them into place."""
        if self._parquet is not None:
            self._parquet.close()
        else:
            fd, tmp = tempfile.mkstemp(prefix=".comments.parquet.", suffix=".tmp", dir=self.out)
            os.close(fd)
            self._temps["comments.parquet"] = Path(tmp)
            (self._empty if self._empty is not None else pd.DataFrame()).to_parquet(tmp, index=False)
        self._csv.close()
        return [self._publish("comments.parquet"), self._publish("comments.csv")]

    def close(self, topics: dict[str, Any], corpus: dict[str, Any]) -> list[Path]:
        """Finish every file and move it into place; returns the paths in the documented order."""
        paths = self.close_tables()
        self._threads.write("\n]\n" if self._n_threads else "[]\n")
        self._threads.close()
        paths.append(self._publish("threads.json"))
        for name, data in (("topics", topics), ("corpus", corpus)):
            path = self.out / f"{name}.json"
            with atomic_output(path) as stream:
                stream.write(dumps_json(data))
            publish(path)
            paths.append(path)
        return paths

    def _publish(self, name: str) -> Path:
        tmp = self._temps.pop(name)
        publish(tmp)
        target = self.out / name
        os.replace(tmp, target)
        return target

    def abort(self) -> None:
        """Remove whatever temp file is left (after an error, or the files not published)."""
        for stream in (self._csv, self._threads):
            if not stream.closed:
                stream.close()
        if self._parquet is not None:
            self._parquet.close()
        for tmp in self._temps.values():
            tmp.unlink(missing_ok=True)
        self._temps.clear()
