"""The local engine's worker processes give the single-process results, in input order."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pandas as pd
import pytest
from test_streaming import CueScorer, real_corpus

from discourse.analysis.incivility import IncivilityScorer
from discourse.analyze import AnalyzeOptions, analyze_to, fit_corpus
from discourse.engines import LocalEngine
from discourse.engines.work import analyze_chunk
from discourse.errors import DiscourseError, ParameterError


def _chunks(threads: list, size: int):  # type: ignore[no-untyped-def]
    iterator = iter(threads)
    while chunk := list(islice(iterator, size)):
        yield chunk


def test_two_worker_processes_give_the_single_process_chunks_in_order() -> None:
    threads = real_corpus(40, 20)
    fitted, _ = fit_corpus(threads, AnalyzeOptions(n_topics=3, n_bootstrap=20, sample_size=400), IncivilityScorer())
    alone = list(LocalEngine().map(analyze_chunk, _chunks(threads, 7), fitted))
    pooled = list(LocalEngine(workers=2).map(analyze_chunk, _chunks(threads, 7), fitted))
    assert len(pooled) == len(alone) == 6
    for a, b in zip(alone, pooled, strict=True):
        pd.testing.assert_frame_equal(a.comments, b.comments, check_exact=True)
        assert a.threads == b.threads
    assert [s["thread_id"] for c in pooled for s in c.threads] == [t.id for t in threads]


def test_analyze_files_are_byte_identical_with_workers(tmp_path: Path) -> None:
    threads = real_corpus(12, 20)
    options = AnalyzeOptions(n_topics=3, n_bootstrap=50, sample_size=100, chunk_size=3)
    one = analyze_to(threads, tmp_path / "one", options, CueScorer())
    two = analyze_to(threads, tmp_path / "two", options, CueScorer(), engine=LocalEngine(workers=2))
    for a, b in zip(one, two, strict=True):
        if a.suffix != ".parquet":
            assert a.read_bytes() == b.read_bytes(), a.name
    pd.testing.assert_frame_equal(pd.read_parquet(one[0]), pd.read_parquet(two[0]))


def _fails(chunk: list[int], shared: object) -> int:
    if 3 in chunk:
        raise DiscourseError("chunk with 3 failed")
    return sum(chunk)


def test_a_worker_error_reaches_the_caller_as_itself() -> None:
    with pytest.raises(DiscourseError, match="chunk with 3 failed"):
        list(LocalEngine(workers=2).map(_fails, [[1], [2], [3], [4]], None))
    assert list(LocalEngine(workers=2).map(_fails, [[1], [2, 4]], None)) == [1, 6]


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
def test_workers_must_be_a_positive_int(workers: object) -> None:
    with pytest.raises(ParameterError, match="'workers' parameter of LocalEngine must be an int >= 1"):
        LocalEngine(workers=workers)  # type: ignore[arg-type]


def test_one_chunk_runs_in_this_process_and_the_default_is_at_most_two() -> None:
    import os

    from discourse.engines import default_workers, make_engine

    assert list(LocalEngine(workers=2).map(lambda chunk, shared: (chunk, os.getpid()), [[1]], None)) == [
        ([1], os.getpid())
    ]
    assert 1 <= default_workers() <= 2 and make_engine("local").workers == default_workers()  # type: ignore[attr-defined]
