"""Engines: where chunks of work run. The local engine runs them here, in this process or in a pool of worker
processes of this machine; the Dask engine spreads them over a cluster. All give results in input order, and the
same results."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, Protocol, TypeVar

from discourse.errors import ParameterError

__all__ = [
    "DEFAULT_WORKERS",
    "ENGINES",
    "IN_FLIGHT_PER_WORKER",
    "Engine",
    "LocalEngine",
    "available_cores",
    "default_workers",
    "make_engine",
]

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2  # chunks queued per worker: enough to keep it busy, few enough to keep memory bounded
C = TypeVar("C")
R = TypeVar("R")


class Engine(Protocol):
    def map(self, func: Callable[[C, Any], R], chunks: Iterable[C], shared: Any) -> Iterator[R]: ...

    def close(self) -> None: ...


class LocalEngine:
    """Runs chunks on this machine: in this process (``workers=1``), or in ``workers`` worker processes.

    Results come lazily and in input order; at most ``IN_FLIGHT_PER_WORKER`` chunks per worker are queued, so
    memory holds a few chunks, not the input. The shared models reach each worker once (inherited by fork where
    the platform has it, else pickled once per worker).
    """

    def __init__(self, workers: int = 1) -> None:
        if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
            raise ParameterError(
                f"The 'workers' parameter of LocalEngine must be an int >= 1. Got {workers!r} instead."
            )
        self.workers = workers

    def map(self, func: Callable[[C, Any], R], chunks: Iterable[C], shared: Any) -> Iterator[R]:
        """``func(chunk, shared)`` for each chunk, in order (in this process when there is only one chunk)."""
        iterator = iter(chunks)
        head = list(islice(iterator, 2))
        if self.workers == 1 or len(head) < 2:
            for chunk in chain(head, iterator):
                yield func(chunk, shared)
            return
        chunks = chain(head, iterator)
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context(method), initializer=_install, initargs=(func, shared)
        ) as pool:
            pending: deque[Future[Any]] = deque()
            for chunk in chunks:
                pending.append(pool.submit(_run, chunk))
                if len(pending) >= IN_FLIGHT_PER_WORKER * self.workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def close(self) -> None:
        """Nothing to release (each map closes its own pool)."""

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_WORK: dict[str, Any] = {}


def _install(func: Callable[[Any, Any], Any], shared: Any) -> None:
    """Worker start-up: keep the function and the shared models for every chunk this worker runs."""
    _WORK["func"], _WORK["shared"] = func, shared


def _run(chunk: Any) -> Any:
    return _WORK["func"](chunk, _WORK["shared"])


DEFAULT_WORKERS = 2  # at most: more cores speed a run up further, but each worker holds its own chunk


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """Worker processes of the local engine when none is asked for: two, or one on a one-core machine."""
    return min(DEFAULT_WORKERS, available_cores())


def make_engine(name: str = "local", scheduler: str | None = None, workers: int | None = None) -> Engine:
    """The engine called ``name``: "local" (``workers`` processes of this machine, default
    :func:`default_workers`), or "dask" (a LocalCluster of ``workers`` processes, or the cluster at ``scheduler``).
    Needs ``close()`` when done."""
    if name == "local":
        if scheduler is not None:
            raise ParameterError("--scheduler applies to --engine dask only")
        return LocalEngine(workers if workers is not None else default_workers())
    if name == "dask":
        from discourse.engines.daskengine import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers)
    raise ParameterError(f"The 'engine' parameter must be one of {ENGINES}. Got {name!r} instead.")
