"""Readers of comment tables: CSV (cells may hold newlines) and JSON Lines, with a column mapping.

Columns are named by ``options.columns`` or guessed from common names (``exportfields.TABLE_GUESSES``). Rows are
read one at a time; comments are grouped by the thread column and yielded one thread per value, in order of first
appearance.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from discourse.errors import MalformedInputError, ParseWarning, SkippedRecordWarning
from discourse.model import Article, Thread
from discourse.readers.dates import parse_date
from discourse.readers.encoding import decode_bytes
from discourse.readers.exportfields import (
    CSV_DELIMITERS,
    EPOCH_MILLIS,
    EPOCH_SECONDS,
    NO_PARENT,
    TABLE_FLAGS,
    TABLE_GUESSES,
)
from discourse.readers.markup import fragment_paragraphs
from discourse.readers.options import ReadOptions, TableColumns
from discourse.readers.records import RawComment, build_comments, iso_time

__all__ = ["map_columns", "read_csv", "read_jsonl"]

_SNIFF_CHARS = 65536
_KEY_SAMPLE = 100  # JSON records whose keys are pooled to find the columns (optional keys may be left out)


def _normal(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def map_columns(header: Sequence[str], columns: TableColumns) -> dict[str, str]:
    """Which header column holds each field: the user's choice, else the first common name found.

    Raises :class:`MalformedInputError` when a named column is missing or no text column can be found.
    """
    by_normal: dict[str, str] = {}
    for name in header:
        by_normal.setdefault(_normal(name), name)
    chosen: dict[str, str] = {}
    for field, guesses in TABLE_GUESSES.items():
        wanted = getattr(columns, field)
        if wanted is not None:
            if wanted in header:
                chosen[field] = wanted
            elif _normal(wanted) in by_normal:
                chosen[field] = by_normal[_normal(wanted)]
            else:
                raise MalformedInputError(
                    f"no column {wanted!r} ({TABLE_FLAGS[field]}); the table has: {', '.join(header) or 'none'}"
                )
            continue
        taken = set(chosen.values())
        for guess in guesses:
            if guess in by_normal and by_normal[guess] not in taken:
                chosen[field] = by_normal[guess]
                break
    if "text" not in chosen:
        raise MalformedInputError(
            f"no comment text column found; the table has: {', '.join(header) or 'none'}. "
            f"Name the one with the comment text with {TABLE_FLAGS['text']}"
        )
    return chosen


@lru_cache(maxsize=4096)
def _written_date(raw: str, now: datetime | None, tz: Any) -> datetime | None:
    return parse_date(raw, now=now, tz=tz)


def _time(raw: str, options: ReadOptions) -> datetime | None:
    if EPOCH_MILLIS.match(raw):
        return datetime.fromtimestamp(int(raw) / 1000, tz=timezone.utc)
    if EPOCH_SECONDS.match(raw):
        return datetime.fromtimestamp(float(raw), tz=timezone.utc)
    return iso_time(raw, options.zone) or _written_date(raw, options.now, options.zone)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return json.dumps(value, ensure_ascii=False)


class _Grouper:
    """Collects rows into threads, keeping the order in which threads first appear."""

    def __init__(self, source: str, fmt: str, options: ReadOptions, unit: str) -> None:
        self.source = source
        self.unit = unit  # how warnings name a record: "row" (CSV, counted after the header) or "line" (JSONL)
        self.format = fmt
        self.options = options
        self.default_thread = PurePath(source).stem or source
        self.threads: dict[str, list[RawComment]] = {}
        self.articles: dict[str, str] = {}

    def add(self, row: Mapping[str, Any], number: int, mapping: dict[str, str]) -> None:
        value = {field: _cell(row.get(column)) for field, column in mapping.items()}
        if not value["text"]:
            warnings.warn(f"{self.unit} {number} has no comment text: skipped", SkippedRecordWarning, stacklevel=3)
            return
        thread = value.get("thread") or self.default_thread
        raw_time = value.get("time", "")
        timestamp = _time(raw_time, self.options) if raw_time else None
        if raw_time and timestamp is None:
            warnings.warn(
                f"{self.unit} {number}: unreadable date {raw_time!r}; kept without a time", ParseWarning, stacklevel=3
            )
        parent = value.get("parent", "")
        self.threads.setdefault(thread, []).append(
            RawComment(
                id=value.get("id") or str(number),
                body=value["text"],
                author=value.get("author") or None,
                timestamp=timestamp,
                timestamp_raw=raw_time or None,
                # a parent naming the thread itself (Reddit's link ids) means top level
                parent_id=None if parent.lower() in NO_PARENT or parent == thread else parent,
            )
        )
        if value.get("article") and thread not in self.articles:
            self.articles[thread] = value["article"]

    def threads_out(self) -> Iterator[Thread]:
        for thread_id, raw in self.threads.items():
            article = Article(
                id=thread_id,
                paragraphs=tuple(fragment_paragraphs(self.articles.get(thread_id))),
                url=thread_id if thread_id.startswith(("http://", "https://")) else None,
                source=self.source,
                format=self.format,
            )
            yield Thread(article, build_comments(raw, label=f"thread {thread_id} comment"))


def _delimiter(text: str, source: str) -> str:
    if PurePath(source).suffix.lower() == ".tsv":
        return "\t"
    header = text[: text.find("\n")] if "\n" in text[:_SNIFF_CHARS] else text[:_SNIFF_CHARS]
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if number < 2:
                raise MalformedInputError(f"CSV broken near line {reader.line_num}: {exc}") from None
            # the csv module cannot find its footing again after a broken record: keep what came before
            warnings.warn(
                f"CSV broken near line {reader.line_num} ({exc}): the rest of the table was not read",
                SkippedRecordWarning,
                stacklevel=3,
            )
            return
        number += 1
        yield number, row


def read_csv(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads from a CSV/TSV table of comments, one per value of the thread column."""
    text = decode_bytes(data).replace("\x00", "")
    rows = _csv_rows(text, _delimiter(text, source))
    header = next((row for _, row in rows if any(cell.strip() for cell in row)), None)
    if header is None:
        raise MalformedInputError("empty table: no header row")
    header = [cell.strip() for cell in header]
    mapping = map_columns(header, options.columns)
    grouper = _Grouper(source, "csv", options, "row")
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            warnings.warn(
                f"row {number - 1} has {len(row)} cells, the header {len(header)}: read by position",
                ParseWarning,
                stacklevel=2,
            )
        grouper.add(dict(zip(header, row, strict=False)), number - 1, mapping)
    yield from grouper.threads_out()


def _flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted keys ("author.name"), so a mapping can name them."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _json_records(text: str) -> Iterable[tuple[int, Any]]:
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise MalformedInputError(f"not a readable JSON list of comments: {exc}") from None
        yield from enumerate(items if isinstance(items, list) else [items], start=1)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            warnings.warn(f"line {number} is not JSON ({exc}): skipped", SkippedRecordWarning, stacklevel=3)


def read_jsonl(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads from JSON Lines (one comment object per line) or a JSON list of comment objects."""
    grouper = _Grouper(source, "jsonl", options, "line")
    mapping: dict[str, str] | None = None
    head: list[tuple[int, dict[str, Any]]] = []  # the first records, whose keys name the columns
    for number, record in _json_records(decode_bytes(data)):
        if not isinstance(record, dict):
            warnings.warn(f"line {number} is not a JSON object: skipped", SkippedRecordWarning, stacklevel=2)
            continue
        if mapping is None:
            head.append((number, _flatten(record)))
            if len(head) < _KEY_SAMPLE:
                continue
            mapping = _head_mapping(head, options.columns)
            for n, flat in head:
                grouper.add(flat, n, mapping)
            continue
        grouper.add(_flatten(record), number, mapping)
    if mapping is None:
        if not head:
            raise MalformedInputError("no JSON object with comment fields found")
        mapping = _head_mapping(head, options.columns)
        for n, flat in head:
            grouper.add(flat, n, mapping)
    yield from grouper.threads_out()


def _head_mapping(head: list[tuple[int, dict[str, Any]]], columns: TableColumns) -> dict[str, str]:
    keys: dict[str, None] = {}
    for _, flat in head:
        keys.update(dict.fromkeys(flat))
    return map_columns(list(keys), columns)
