"""Engines: where chunks of work run. The local engine runs them here, one after the other; the Dask engine
spreads them over a cluster. Both give results in input order, and the same results."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from discourse.errors import ParameterError

__all__ = ["ENGINES", "Engine", "LocalEngine", "make_engine"]

ENGINES = ("local", "dask")
C = TypeVar("C")
R = TypeVar("R")


class Engine(Protocol):
    def map(self, func: Callable[[C, Any], R], chunks: Iterable[C], shared: Any) -> Iterator[R]: ...

    def close(self) -> None: ...


class LocalEngine:
    """Runs each chunk in this process, lazily, so only one chunk's results are held at a time."""

    def map(self, func: Callable[[C, Any], R], chunks: Iterable[C], shared: Any) -> Iterator[R]:
        """``func(chunk, shared)`` for each chunk, in order."""
        for chunk in chunks:
            yield func(chunk, shared)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_engine(name: str = "local", scheduler: str | None = None, workers: int | None = None) -> Engine:
    """The engine called ``name``: "local", or "dask" (a LocalCluster of ``workers`` processes, or the cluster at
    ``scheduler``). Needs ``close()`` when done."""
    if name == "local":
        if scheduler is not None or workers is not None:
            raise ParameterError("--scheduler and --workers apply to --engine dask only")
        return LocalEngine()
    if name == "dask":
        from discourse.engines.daskengine import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers)
    raise ParameterError(f"The 'engine' parameter must be one of {ENGINES}. Got {name!r} instead.")
