"""Readers: one module per source format, each turning bytes into threads.

Every reader module exposes ``read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

from discourse.errors import InputError, ParameterError, SourceNotFoundError, UnsupportedFormatError
from discourse.model import Thread
from discourse.readers.detect import FORMATS, detect_format
from discourse.readers.options import ReadOptions, TableColumns

__all__ = ["FORMATS", "ReadOptions", "TableColumns", "detect_format", "read_bytes", "read_path"]

# format -> module that implements it (imported on first use so start-up stays quick)
_MODULES: dict[str, str] = {
    "text": "discourse.readers.plaintext",
    "html": "discourse.readers.html",
    "wxr": "discourse.readers.wxr",
    "disqus": "discourse.readers.disqus",
    "commento": "discourse.readers.jsonexports",
    "isso": "discourse.readers.jsonexports",
    "csv": "discourse.readers.tables",
    "jsonl": "discourse.readers.tables",
    "threads": "discourse.readers.threads",
}

Reader = Callable[[bytes, str, ReadOptions], Iterator[Thread]]


def _reader(fmt: str) -> Reader:
    if fmt not in _MODULES:
        raise ParameterError(f"The 'format' parameter must be one of {('auto',) + FORMATS}. Got {fmt!r} instead.")
    try:
        module = importlib.import_module(_MODULES[fmt])
    except ModuleNotFoundError as exc:
        if exc.name == _MODULES[fmt]:
            raise UnsupportedFormatError(f"no reader for format {fmt!r} is installed") from exc
        raise
    if fmt in ("commento", "isso", "csv", "jsonl"):
        return getattr(module, f"read_{fmt}")
    return module.read


def read_bytes(data: bytes, source: str, options: ReadOptions | None = None) -> Iterator[Thread]:
    """Threads from the bytes of one source; ``source`` names it in the output and in errors."""
    options = options or ReadOptions()
    if not data.strip():
        raise InputError(f"{source}: empty file")
    fmt = options.format if options.format != "auto" else detect_format(data, source)
    return _reader(fmt)(data, source, options)


def read_path(path: str | Path, options: ReadOptions | None = None) -> Iterator[Thread]:
    """Threads from a file; raises :class:`~discourse.errors.InputError` when it cannot be read."""
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError(f"{path}: no such file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    return read_bytes(data, str(path), options)
