"""The data model every reader produces and every analysis consumes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from discourse.columns import KINDS, STATUSES
from discourse.errors import ParameterError

__all__ = ["Article", "Comment", "Thread"]


@dataclass(frozen=True)
class Article:
    """An article (post, page) with its body split into paragraphs.

    ``boilerplate`` keeps what was removed from the body so a user can check it.
    """

    id: str
    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    author: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    url: str | None = None
    language: str | None = None
    boilerplate: tuple[str, ...] = ()
    source: str | None = None
    format: str | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Comment:
    """One reader comment.

    ``timestamp`` is timezone-aware (UTC) or None; ``timestamp_raw`` is the text it was read from.
    ``private`` holds fields such as e-mail and IP address that exports carry; they never reach
    output unless asked for.
    """

    id: str
    body: str
    author: str | None = None
    timestamp: datetime | None = None
    timestamp_raw: str | None = None
    parent_id: str | None = None
    depth: int = 0
    position: int = 0
    kind: str = "comment"
    status: str = "approved"
    likes: int | None = None
    private: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ParameterError(f"The 'kind' of Comment must be one of {KINDS}. Got {self.kind!r} instead.")
        if self.status not in STATUSES:
            raise ParameterError(
                f"The 'status' of Comment must be one of {STATUSES}. Got {self.status!r} instead."
            )
        if self.timestamp is not None and self.timestamp.tzinfo is None:
            raise ParameterError("The 'timestamp' of Comment must be timezone-aware. Got a naive datetime.")


@dataclass(frozen=True)
class Thread:
    """An article and its comments, in page order."""

    article: Article
    comments: tuple[Comment, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id
