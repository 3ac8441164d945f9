"""Readers of JSON comment exports: Commento (``{"comments": [...], "commenters": [...]}``) and isso.

isso's JSON is the list of threads its importer reads (``[{"id": uri, "title": ..., "comments": [...]}]``); the
fields of isso's own database (``parent``, ``mode``, ``likes``, epoch ``created``) are read when present.
"""

from __future__ import annotations

import json
import re
import warnings
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timezone, tzinfo
from typing import Any

from discourse.errors import MalformedInputError, ParseWarning, SkippedRecordWarning
from discourse.model import Article, Thread
from discourse.readers.dates import to_utc
from discourse.readers.encoding import decode_bytes
from discourse.readers.exportfields import (
    COMMENTO_ANONYMOUS,
    COMMENTO_ROOT,
    COMMENTO_STATUS,
    ISSO_DATE_FORMAT,
    ISSO_STATUS,
    NO_PARENT,
)
from discourse.readers.markup import fragment_text
from discourse.readers.options import ReadOptions
from discourse.readers.records import RawComment, build_comments, iso_time

__all__ = ["read_commento", "read_isso"]

_DECODER = json.JSONDecoder()
_BETWEEN_ITEMS = frozenset(" \t\r\n,")


def _salvage_list(text: str, start: int) -> list[Any]:
    """The complete items of a JSON list whose items begin at ``start``, up to the first broken one."""
    items: list[Any] = []
    position = start
    while True:
        while position < len(text) and text[position] in _BETWEEN_ITEMS:
            position += 1
        if position >= len(text) or text[position] == "]":
            return items
        try:
            item, position = _DECODER.raw_decode(text, position)
        except (json.JSONDecodeError, RecursionError):
            return items
        items.append(item)


def _load(data: bytes, what: str, lists: tuple[str, ...] = ()) -> Any:
    """The JSON document; a cut or broken one gives the complete records of its lists before the damage.

    ``lists`` names the keys of the top-level object whose lists hold records; empty: the document is a list.
    """
    text = decode_bytes(data)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" at line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
    salvaged: dict[str, list[Any]] = {}
    for key in lists:
        found = re.search(rf'"{key}"\s*:\s*\[', text)
        salvaged[key] = _salvage_list(text, found.end()) if found else []
    top = re.match(r"\s*\[", text) if not lists else None
    records = salvaged if lists else _salvage_list(text, top.end()) if top else []
    count = sum(isinstance(item, dict) for items in (salvaged.values() if lists else [records]) for item in items)
    if not count:
        raise MalformedInputError(f"not readable {what} JSON{where}: {reason}")
    warnings.warn(
        f"{what} JSON broken{where} ({reason}): {count} complete record(s) before it were read, the rest skipped",
        SkippedRecordWarning,
        stacklevel=3,
    )
    return records


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else "" if value is None else str(value).strip()


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return int(value)
    except (ValueError, OverflowError):
        return None


def _records(items: Any, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of a JSON list with their 1-based number; anything else is skipped with a warning."""
    if not isinstance(items, list):
        raise MalformedInputError(f"not a {what} export: expected a list of {what} records")
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield number, item
        else:
            warnings.warn(f"{what} record #{number} is not an object: skipped", SkippedRecordWarning, stacklevel=3)


# --- Commento --------------------------------------------------------------------------------------------------


def _commento_comment(item: dict[str, Any], number: int, people: dict[str, dict[str, Any]]) -> RawComment | None:
    cid = _text(item.get("commentHex"))
    if not cid:
        warnings.warn(f"comment #{number} has no commentHex: skipped", SkippedRecordWarning, stacklevel=3)
        return None
    raw_time = _text(item.get("creationDate"))
    timestamp = iso_time(raw_time) if raw_time else None
    if raw_time and timestamp is None:
        warnings.warn(f"comment {cid}: unreadable date {raw_time!r}; kept without a time", ParseWarning, stacklevel=3)
    commenter = _text(item.get("commenterHex"))
    person = people.get(commenter, {}) if commenter != COMMENTO_ANONYMOUS else {}
    state = _text(item.get("state")).lower() or "approved"
    status = "deleted" if item.get("deleted") is True else COMMENTO_STATUS.get(state)
    if status is None:
        warnings.warn(f"comment {cid}: unknown state {state!r}; kept as pending", ParseWarning, stacklevel=3)
        status = "pending"
    parent = _text(item.get("parentHex"))
    private = {key: _text(person.get(field)) for key, field in (("email", "email"), ("url", "link"))}
    return RawComment(
        id=cid,
        body=_text(item.get("markdown")) or fragment_text(_text(item.get("html"))),
        author=_text(person.get("name")) or None,
        timestamp=timestamp,
        timestamp_raw=raw_time or None,
        parent_id=None if parent.lower() in NO_PARENT | {COMMENTO_ROOT} else parent,
        status=status,
        likes=_int(item.get("score")),
        private={key: value for key, value in private.items() if value},
    )


def read_commento(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads of a Commento export, one per page (domain and path), in order of first comment."""
    document = _load(data, "Commento", ("comments", "commenters"))
    if not isinstance(document, dict) or "comments" not in document:
        raise MalformedInputError('not a Commento export: no "comments" list')
    people = {
        _text(person.get("commenterHex")): person
        for _, person in _records(document.get("commenters") or [], "commenter")
    }
    pages: dict[str, list[RawComment]] = defaultdict(list)
    for number, item in _records(document["comments"], "comment"):
        comment = _commento_comment(item, number, people)
        if comment is not None:
            pages[_text(item.get("domain")) + _text(item.get("url"))].append(comment)
    for page, comments in pages.items():
        article = Article(id=page, url=page or None, source=source, format="commento")
        yield Thread(article, build_comments(comments, label=f"page {page} comment"))


# --- isso ------------------------------------------------------------------------------------------------------


def _isso_time(value: Any, tz: tzinfo) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    raw = _text(value)
    try:
        return to_utc(datetime.strptime(raw, ISSO_DATE_FORMAT), tz)
    except ValueError:
        return iso_time(raw, tz) if raw else None


def _isso_comment(item: dict[str, Any], label: str, tz: tzinfo) -> RawComment:
    timestamp = _isso_time(item.get("created"), tz)
    raw_time = _text(item.get("created")) or None
    if raw_time and timestamp is None:
        warnings.warn(f"{label}: unreadable date {raw_time!r}; kept without a time", ParseWarning, stacklevel=3)
    mode = _int(item.get("mode"))
    status = ISSO_STATUS.get(mode if mode is not None else 1)
    if status is None:
        warnings.warn(f"{label}: unknown mode {mode}; kept as pending", ParseWarning, stacklevel=3)
        status = "pending"
    parent = _text(item.get("parent"))
    private = {
        "email": _text(item.get("email")),
        "ip": _text(item.get("remote_addr")),
        "url": _text(item.get("website")),
    }
    return RawComment(
        id=_text(item.get("id")),
        body=_text(item.get("text")),
        author=_text(item.get("author")) or None,
        timestamp=timestamp,
        timestamp_raw=raw_time,
        parent_id=None if parent.lower() in NO_PARENT else parent,
        status=status,
        likes=_int(item.get("likes")),
        private={key: value for key, value in private.items() if value},
    )


def read_isso(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads of an isso JSON export, one per thread object; comments keep the file's order."""
    document = _load(data, "isso")
    if isinstance(document, dict) and isinstance(document.get("threads"), list):
        document = document["threads"]
    for number, item in _records(document, "thread"):
        thread_id = _text(item.get("id")) or _text(item.get("uri"))
        comments_in = item.get("comments")
        if not thread_id or not isinstance(comments_in, list):
            warnings.warn(
                f"thread #{number} has no id or no comments list: skipped", SkippedRecordWarning, stacklevel=2
            )
            continue
        raw = []
        for position, comment in _records(comments_in, f"thread {thread_id} comment"):
            label = f"thread {thread_id} comment"
            if _text(comment.get("id")) == "":
                warnings.warn(f"{label} #{position} has no id: skipped", SkippedRecordWarning, stacklevel=2)
                continue
            raw.append(_isso_comment(comment, f"{label} {_text(comment.get('id'))}", options.zone))
        title = _text(item.get("title")) or None
        article = Article(id=thread_id, title=title, url=thread_id, source=source, format="isso")
        yield Thread(article, build_comments(raw, label=f"thread {thread_id} comment"))
