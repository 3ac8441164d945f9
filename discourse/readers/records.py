"""Comments of exports as records: reply trees (parents by id, in any order; depth from the chain) and ISO times."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from typing import Any

from discourse.errors import ParseWarning
from discourse.model import Comment
from discourse.readers.exportfields import ADDRESS_AS_NAME

__all__ = ["RawComment", "build_comments", "iso_time", "public_name"]

# fractions beyond microseconds (Go and JavaScript exports write nanoseconds), and "Z" for UTC
_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


def iso_time(raw: str, tz: tzinfo = timezone.utc) -> datetime | None:
    """An ISO 8601 time as timezone-aware UTC (``tz`` for one written without a zone); None if it is not one."""
    text = _LONG_FRACTION.sub(r"\1", raw.strip())
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    try:
        return value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


def public_name(name: str | None) -> str | None:
    """A name fit for output: None when it is really an e-mail or IP address (typed into the name field)."""
    return None if name is None or ADDRESS_AS_NAME.match(name) else name


@dataclass
class RawComment:
    """A comment as read from an export, before its parent is checked and its depth known."""

    id: str
    body: str
    author: str | None = None
    timestamp: datetime | None = None
    timestamp_raw: str | None = None
    parent_id: str | None = None
    kind: str = "comment"
    status: str = "approved"
    likes: int | None = None
    private: Mapping[str, Any] = field(default_factory=dict)


def _depths(raw: list[RawComment], label: str) -> tuple[dict[str, str | None], dict[str, int]]:
    ids = {c.id for c in raw}
    parents: dict[str, str | None] = {}
    for c in raw:
        parent = c.parent_id
        if parent is not None and parent not in ids:
            warnings.warn(
                f"{label} {c.id}: parent {parent} is not among the comments; kept as a top-level comment",
                ParseWarning,
                stacklevel=3,
            )
            parent = None
        parents[c.id] = parent
    depths: dict[str, int] = {}
    for start in parents:
        while start not in depths:
            chain: list[str] = []
            on_chain: set[str] = set()
            node: str | None = start
            while node is not None and node not in depths and node not in on_chain:
                chain.append(node)
                on_chain.add(node)
                node = parents[node]
            if node is not None and node not in depths:
                # a reply loop (a -> b -> a): cut it where it closes, then walk again
                warnings.warn(
                    f"{label} {node}: its replies loop back to it; kept as a top-level comment",
                    ParseWarning,
                    stacklevel=3,
                )
                parents[node] = None
                depths[node] = 0
                continue
            base = depths[node] if node is not None else -1
            for offset, member in enumerate(reversed(chain), start=1):
                depths[member] = base + offset
    return parents, depths


def build_comments(raw: Iterable[RawComment], label: str = "comment") -> tuple[Comment, ...]:
    """Comments in the given order with checked parents and depths.

    A parent that is not in the list (or a loop of replies) keeps the comment top-level with a
    :class:`~discourse.errors.ParseWarning`; ``label`` names the records in those warnings ("post", "comment").
    A repeated id keeps its first comment as the parent target. An author name that is an e-mail or IP address
    is moved into ``private`` (output only with ``--keep-private``).
    """
    items = list(raw)
    unique: dict[str, RawComment] = {}
    for c in items:
        if unique.setdefault(c.id, c) is not c:
            warnings.warn(
                f"{label} {c.id}: the id is repeated; replies go to the first one", ParseWarning, stacklevel=2
            )
    parents, depths = _depths(list(unique.values()), label)
    comments = []
    for position, c in enumerate(items):
        author, private = c.author, dict(c.private)
        if author is not None and public_name(author) is None:
            author, private["author"] = None, author
        first = unique[c.id] is c
        parent = parents[c.id] if first else (c.parent_id if c.parent_id in parents else None)
        depth = depths[c.id] if first else (depths[parent] + 1 if parent is not None else 0)
        comments.append(
            Comment(
                id=c.id,
                body=c.body,
                author=author,
                timestamp=c.timestamp,
                timestamp_raw=c.timestamp_raw,
                parent_id=parent,
                depth=depth,
                position=position,
                kind=c.kind,
                status=c.status,
                likes=c.likes,
                private=private,
            )
        )
    return tuple(comments)
