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
from discourse.serialize import iter_jsonl, write_jsonl

__all__ = ["SourceResult", "ThreadSpool", "atomic_output", "load", "read_sources", "stream_sources"]

# What a reader bug on hostile input may raise; it must still cost only that one source.
_READER_BUGS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, OSError)


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


def _named(path: str, message: str) -> str:
    """The message led by the source's path, once (readers may name the source themselves)."""
    return message if message.startswith(f"{path}:") else f"{path}: {message}"


def _one_line(message: str) -> str:
    return " ".join(str(message).split())[:300]


def stream_sources(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Thread | SourceResult]:
    """Each source's threads as the reader gives them, then its :class:`SourceResult` (without the threads).

    Only one thread is held at a time, so memory does not grow with the input (a reader may still hold one
    file's bytes). A bad source yields its error after whatever threads it gave and never stops the others.
    """
    for path in paths:
        result = SourceResult(source=str(path))
        caught: list[warnings.WarningMessage] = []
        threads: Iterator[Thread] | None = None
        while True:
            # Warnings are caught around the reader's own steps only, never around the consumer's work.
            with warnings.catch_warnings(record=True) as step:
                warnings.simplefilter("always")
                try:
                    if threads is None:
                        threads = iter(read_path(path, options))
                    thread = next(threads, None)
                except DiscourseError as exc:
                    result.error, thread = _one_line(str(exc)), None
                except _READER_BUGS as exc:
                    result.error, thread = _one_line(f"{path}: unreadable ({type(exc).__name__}: {exc})"), None
            caught.extend(step)
            if thread is None:
                break
            yield thread
        result.warnings = [_named(path, _one_line(str(w.message))) for w in caught]
        result.skipped = sum(issubclass(w.category, SkippedRecordWarning) for w in caught)
        if result.error is not None:
            result.error = _named(path, result.error)
        yield result


def read_sources(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[SourceResult]:
    """Read each path in turn into a :class:`SourceResult` with its threads; a bad source never stops the others."""
    threads: list[Thread] = []
    for item in stream_sources(paths, options):
        if isinstance(item, Thread):
            threads.append(item)
        else:
            item.threads, threads = threads, []
            yield item


class ThreadSpool:
    """Threads written once to a temp JSON Lines file and read back as often as needed, one at a time.

    The analyze stage passes over its input twice (fit, then apply); spooling reads each source once.
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        fd, name = tempfile.mkstemp(prefix=".discourse-spool.", suffix=".jsonl", dir=folder)
        self.path = Path(name)
        self._stream: IO[str] | None = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.n_threads = 0

    def add(self, thread: Thread) -> None:
        """Append one thread."""
        if self._stream is None:
            raise InputError("the thread spool is closed for writing")
        write_jsonl([thread], self._stream)
        self.n_threads += 1

    def __iter__(self) -> Iterator[Thread]:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        with self.path.open(encoding="utf-8") as lines:
            yield from iter_jsonl(lines)

    def __len__(self) -> int:
        return self.n_threads

    def close(self) -> None:
        """Remove the temp file."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> ThreadSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
