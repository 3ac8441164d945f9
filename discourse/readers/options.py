"""The one options object every reader takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo

__all__ = ["ReadOptions", "TableColumns"]


@dataclass(frozen=True)
class TableColumns:
    """Which columns of a CSV/JSONL table hold what; None means "guess from common names"."""

    text: str | None = None
    author: str | None = None
    time: str | None = None
    id: str | None = None
    parent: str | None = None
    thread: str | None = None
    article: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """How to read a source.

    ``now`` resolves relative dates ("3 days ago"); None means the time of reading.
    ``tz`` is the zone of timestamps written without one (they are stored in UTC); None means the zone the
    source states for itself (e.g. a page's own publication time), else UTC. A zone given here always wins.
    """

    format: str = "auto"
    now: datetime | None = None
    tz: tzinfo | None = None
    columns: TableColumns = field(default_factory=TableColumns)

    @property
    def zone(self) -> tzinfo:
        """The zone for times written without one when the source states none: ``tz``, else UTC."""
        return self.tz or timezone.utc
