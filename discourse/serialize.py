"""Round trips of threads through JSON Lines (the public contract) and DataFrames."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import IO, Any

import pandas as pd

from discourse import columns as col
from discourse.errors import MalformedInputError
from discourse.model import Article, Comment, Thread

__all__ = [
    "frames_to_threads",
    "iter_jsonl",
    "thread_from_dict",
    "thread_to_dict",
    "threads_to_frames",
    "write_jsonl",
]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_iso(value: Any) -> datetime | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        parsed = value
    else:
        parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def thread_to_dict(thread: Thread, keep_private: bool = False) -> dict[str, Any]:
    """The JSON Lines object of one thread."""
    a = thread.article
    comments = []
    for c in thread.comments:
        item: dict[str, Any] = {
            "id": c.id,
            "author": c.author,
            "timestamp": _iso(c.timestamp),
            "timestamp_raw": c.timestamp_raw,
            "body": c.body,
            "parent_id": c.parent_id,
            "depth": c.depth,
            "position": c.position,
            "kind": c.kind,
            "status": c.status,
            "likes": c.likes,
        }
        if keep_private and c.private:
            item["private"] = dict(c.private)
        comments.append(item)
    return {
        "article": {
            "id": a.id,
            "title": a.title,
            "author": a.author,
            "publisher": a.publisher,
            "published": _iso(a.published),
            "url": a.url,
            "language": a.language,
            "paragraphs": list(a.paragraphs),
            "boilerplate": list(a.boilerplate),
            "source": a.source,
            "format": a.format,
        },
        "comments": comments,
    }


def thread_from_dict(data: dict[str, Any]) -> Thread:
    """Rebuild a thread from its JSON Lines object."""
    try:
        a = data["article"]
        article = Article(
            id=str(a["id"]),
            title=a.get("title"),
            paragraphs=tuple(a.get("paragraphs") or ()),
            author=a.get("author"),
            publisher=a.get("publisher"),
            published=_parse_iso(a.get("published")),
            url=a.get("url"),
            language=a.get("language"),
            boilerplate=tuple(a.get("boilerplate") or ()),
            source=a.get("source"),
            format=a.get("format"),
        )
        comments = tuple(
            Comment(
                id=str(c["id"]),
                body=c.get("body") or "",
                author=c.get("author"),
                timestamp=_parse_iso(c.get("timestamp")),
                timestamp_raw=c.get("timestamp_raw"),
                parent_id=None if c.get("parent_id") is None else str(c["parent_id"]),
                depth=int(c.get("depth") or 0),
                position=int(c.get("position") or i),
                kind=c.get("kind") or "comment",
                status=c.get("status") or "approved",
                likes=c.get("likes"),
                private=c.get("private") or {},
            )
            for i, c in enumerate(data.get("comments") or ())
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedInputError(f"not a discourse thread object: {exc}") from exc
    return Thread(article=article, comments=comments)


def write_jsonl(threads: Iterable[Thread], stream: IO[str], keep_private: bool = False) -> int:
    """Write threads as JSON Lines; returns how many were written."""
    n = 0
    for thread in threads:
        stream.write(json.dumps(thread_to_dict(thread, keep_private), ensure_ascii=False) + "\n")
        n += 1
    return n


def iter_jsonl(lines: Iterable[str]) -> Iterator[Thread]:
    """Threads from JSON Lines text, one object per non-empty line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedInputError(f"line {number} is not JSON: {exc.msg}") from exc
        if not isinstance(data, dict):
            raise MalformedInputError(f"line {number} is not a JSON object")
        yield thread_from_dict(data)


def threads_to_frames(threads: Iterable[Thread]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two tables with fixed columns: articles (one row per thread) and comments."""
    articles: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    for thread in threads:
        a = thread.article
        articles.append(
            {
                col.THREAD_ID: a.id,
                col.TITLE: a.title,
                col.AUTHOR: a.author,
                col.PUBLISHER: a.publisher,
                col.PUBLISHED: a.published,
                col.URL: a.url,
                col.LANGUAGE: a.language,
                col.PARAGRAPHS: list(a.paragraphs),
                col.BOILERPLATE: list(a.boilerplate),
                col.SOURCE: a.source,
                col.FORMAT: a.format,
            }
        )
        for c in thread.comments:
            comments.append(
                {
                    col.THREAD_ID: a.id,
                    col.COMMENT_ID: c.id,
                    col.AUTHOR: c.author,
                    col.TIMESTAMP: c.timestamp,
                    col.TIMESTAMP_RAW: c.timestamp_raw,
                    col.BODY: c.body,
                    col.PARENT_ID: c.parent_id,
                    col.DEPTH: c.depth,
                    col.POSITION: c.position,
                    col.KIND: c.kind,
                    col.STATUS: c.status,
                    col.LIKES: c.likes,
                }
            )
    art = pd.DataFrame(articles, columns=list(col.ARTICLE_COLUMNS))
    com = pd.DataFrame(comments, columns=list(col.COMMENT_COLUMNS))
    art[col.PUBLISHED] = pd.to_datetime(art[col.PUBLISHED], utc=True)
    com[col.TIMESTAMP] = pd.to_datetime(com[col.TIMESTAMP], utc=True)
    com[col.DEPTH] = com[col.DEPTH].astype("int64")
    com[col.POSITION] = com[col.POSITION].astype("int64")
    com[col.LIKES] = com[col.LIKES].astype("Int64")
    return art, com


def _none(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None or value is pd.NA:
        return ()
    if isinstance(value, str):
        return tuple(json.loads(value)) if value.startswith("[") else (value,)
    return tuple(str(v) for v in value)


def frames_to_threads(articles: pd.DataFrame, comments: pd.DataFrame) -> list[Thread]:
    """Rebuild threads from the two tables of :func:`threads_to_frames` (also after CSV or Parquet)."""
    by_thread: dict[str, list[Comment]] = {}
    for row in comments.to_dict("records"):
        likes = _none(row.get(col.LIKES))
        by_thread.setdefault(str(row[col.THREAD_ID]), []).append(
            Comment(
                id=str(row[col.COMMENT_ID]),
                body=_none(row[col.BODY]) or "",
                author=_none(row[col.AUTHOR]),
                timestamp=_parse_iso(_none(row[col.TIMESTAMP])),
                timestamp_raw=_none(row[col.TIMESTAMP_RAW]),
                parent_id=None if _none(row[col.PARENT_ID]) is None else str(row[col.PARENT_ID]),
                depth=int(row[col.DEPTH]),
                position=int(row[col.POSITION]),
                kind=row[col.KIND],
                status=row[col.STATUS],
                likes=None if likes is None else int(likes),
            )
        )
    threads = []
    for row in articles.to_dict("records"):
        tid = str(row[col.THREAD_ID])
        article = Article(
            id=tid,
            title=_none(row[col.TITLE]),
            paragraphs=_as_list(row[col.PARAGRAPHS]),
            author=_none(row[col.AUTHOR]),
            publisher=_none(row[col.PUBLISHER]),
            published=_parse_iso(_none(row[col.PUBLISHED])),
            url=_none(row[col.URL]),
            language=_none(row[col.LANGUAGE]),
            boilerplate=_as_list(row[col.BOILERPLATE]),
            source=_none(row[col.SOURCE]),
            format=_none(row[col.FORMAT]),
        )
        threads.append(Thread(article, tuple(sorted(by_thread.get(tid, []), key=lambda c: c.position))))
    return threads
