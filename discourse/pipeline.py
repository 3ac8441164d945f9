"""The one place that wires readers, analyses and reports together."""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from discourse.errors import DiscourseError, InputError, SkippedRecordWarning
from discourse.model import Thread
from discourse.readers import ReadOptions, read_path

__all__ = ["SourceResult", "atomic_output", "load", "read_sources"]


@dataclass
class SourceResult:
    """What reading one source gave: its threads, or the error that stopped it, and its warnings."""

    source: str
    threads: list[Thread] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        """True when the source was read whole: no error and no skipped record."""
        return self.error is None and self.skipped == 0


def load(path: str | Path, options: ReadOptions | None = None) -> Thread:
    """Read one article page (or the first thread of an export) into a :class:`Thread`."""
    threads = list(read_path(path, options))
    if not threads:
        raise InputError(f"{path}: no thread found")
    return threads[0]


def _one_line(message: str) -> str:
    return " ".join(str(message).split())[:300]


def read_sources(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[SourceResult]:
    """Read each path in turn; a bad source yields its error and never stops the others."""
    for path in paths:
        result = SourceResult(source=str(path))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result.threads = list(read_path(path, options))
            except DiscourseError as exc:
                result.error = _one_line(str(exc))
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, OSError) as exc:
                # A reader bug on hostile input must still cost only this one source.
                result.error = _one_line(f"{path}: unreadable ({type(exc).__name__}: {exc})")
        result.warnings = [_one_line(f"{path}: {w.message}") for w in caught]
        result.skipped = sum(issubclass(w.category, SkippedRecordWarning) for w in caught)
        if result.error is not None and not result.error.startswith(str(path)):
            result.error = f"{path}: {result.error}"
        yield result


@contextmanager
def atomic_output(path: str | Path, mode: str = "w") -> Iterator[IO[str]]:
    """Write a file that appears whole or not at all (temp file in the same folder, then rename)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
