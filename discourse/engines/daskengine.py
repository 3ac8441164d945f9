"""The Dask engine: chunks run on a ``distributed`` cluster (a LocalCluster by default), results in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from discourse.engines import IN_FLIGHT_PER_WORKER
from discourse.errors import MissingDependencyError, ParameterError

__all__ = ["DaskEngine"]

C = TypeVar("C")
R = TypeVar("R")


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingDependencyError("--engine dask needs dask.distributed: install discourse[dask]") from exc
    return distributed


class DaskEngine:
    """Runs chunks on a Dask cluster; the shared models are sent once to every worker.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``); default: start a LocalCluster.
    workers : int >= 1, optional
        Worker processes of the LocalCluster (default 2); ignored with ``scheduler``.
    processes : bool, default True
        LocalCluster workers as processes (False: threads of this process, for tests).
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, processes: bool = True) -> None:
        if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
            raise ParameterError(f"The 'workers' parameter of DaskEngine must be an int >= 1. Got {workers!r} instead.")
        self.scheduler = scheduler
        self.workers = workers
        self.processes = processes
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        if self._client is None:
            distributed = _distributed()
            if self.scheduler is not None:
                self._client = distributed.Client(self.scheduler)
            else:
                self._cluster = distributed.LocalCluster(
                    n_workers=self.workers or 2,
                    threads_per_worker=1,
                    processes=self.processes,
                    dashboard_address=None,
                )
                self._client = distributed.Client(self._cluster)
        return self._client

    def map(self, func: Callable[[C, Any], R], chunks: Iterable[C], shared: Any) -> Iterator[R]:
        """``func(chunk, shared)`` for each chunk on the cluster, yielded in input order."""
        client = self._connect()
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        # Wrapped in lists so each travels as one piece of data (a bare list or tuple is scattered item by item).
        (shared_data,) = client.scatter([shared], broadcast=True, hash=False)
        pending: deque[Any] = deque()
        for chunk in chunks:
            (data,) = client.scatter([chunk], hash=False)
            pending.append(client.submit(func, data, shared_data, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster if this engine started it."""
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
