"""Reader of discourse's own JSON Lines (the output of ``discourse parse``)."""

from __future__ import annotations

from collections.abc import Iterator

from discourse.model import Thread
from discourse.readers.encoding import decode_bytes
from discourse.readers.options import ReadOptions
from discourse.serialize import iter_jsonl

__all__ = ["read"]


def read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads as written by ``discourse parse``."""
    return iter_jsonl(decode_bytes(data).splitlines())
