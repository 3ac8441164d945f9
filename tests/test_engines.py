"""Engines: the Dask engine gives the local engine's per-comment results, in input order."""

from __future__ import annotations

import sys
from itertools import islice

import pandas as pd
import pytest
from test_streaming import real_corpus, real_texts

from discourse.analysis.incivility import IncivilityScorer
from discourse.analyze import AnalyzeOptions, fit_corpus
from discourse.cli import main
from discourse.engines import LocalEngine, make_engine
from discourse.engines.work import analyze_chunk, score_table
from discourse.errors import MissingDependencyError, ParameterError

pytest.importorskip("distributed")
from discourse.engines.daskengine import DaskEngine  # noqa: E402


def _chunks(threads: list, size: int):  # type: ignore[no-untyped-def]
    iterator = iter(threads)
    while chunk := list(islice(iterator, size)):
        yield chunk


def test_dask_gives_the_local_incivility_and_relevance_on_2000_comments() -> None:
    threads = real_corpus(100, 20)
    fitted, n_comments = fit_corpus(threads, AnalyzeOptions(n_topics=3, n_bootstrap=20, sample_size=400),
                                    IncivilityScorer())
    assert n_comments > 1900
    local = list(LocalEngine().map(analyze_chunk, _chunks(threads, 15), fitted))
    with DaskEngine(workers=2, processes=False) as engine:
        remote = list(engine.map(analyze_chunk, _chunks(threads, 15), fitted))
    a = pd.concat([c.comments for c in local], ignore_index=True)
    b = pd.concat([c.comments for c in remote], ignore_index=True)
    scores = [c for c in a.columns if c.startswith("incivility") or c in ("uncivil", "relevance", "anchor_paragraph")]
    assert len(a) == n_comments and a["uncivil"].any() and a["relevance"].gt(0).mean() > 0.5
    pd.testing.assert_frame_equal(a[scores], b[scores], check_exact=True)
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    assert [s["thread_id"] for c in remote for s in c.threads] == [t.id for t in threads]
    assert [s for c in local for s in c.threads] == [s for c in remote for s in c.threads]


def test_dask_scores_a_table_as_the_scorer_does() -> None:
    bodies = real_texts()[0]
    table = pd.DataFrame({"id": range(900), "text": [bodies[i % len(bodies)] for i in range(900)]})
    scorer = IncivilityScorer()
    with DaskEngine(workers=1, processes=False) as engine:
        chunked = score_table(table, "text", scorer, engine, rows=250)
    pd.testing.assert_frame_equal(chunked, scorer.score_frame(table, text_column="text"), check_exact=True)


def test_engine_choice_errors_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ParameterError, match="one of"):
        make_engine("spark")
    with pytest.raises(ParameterError, match="--engine dask only"):
        make_engine("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ParameterError, match="'workers' parameter of DaskEngine"):
        DaskEngine(workers=0)
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependencyError, match=r"install discourse\[dask\]"):
        list(make_engine("dask").map(analyze_chunk, [], None))


def test_cli_names_engine_misuse_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    seed = "tests/fixtures/threads/seed003.jsonl"
    assert main(["analyze", seed, "--scheduler", "tcp://127.0.0.1:8786", "-o", "unused"]) == 2
    assert capsys.readouterr().err.strip() == "discourse: error: --scheduler applies to --engine dask only"
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", seed, "--engine", "spark"])
    assert exit_.value.code == 2 and "invalid choice: 'spark'" in capsys.readouterr().err
