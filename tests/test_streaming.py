"""Streaming: sources read one thread at a time, chunked analysis equal to the whole-corpus one, bounded fits."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from discourse.analysis.distinctive import DistinctiveWords
from discourse.analysis.summaries import IncivilityTotals, summarize_incivility
from discourse.analyze import AnalyzeOptions, _Reservoir, analyze, analyze_to, write_results
from discourse.cli import main
from discourse.engines.work import Fitted, _thread_prior
from discourse.model import Article, Comment, Thread
from discourse.pipeline import ThreadSpool, read_sources, stream_sources
from discourse.serialize import thread_to_dict

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = sorted(str(p) for p in [*(FIXTURES / "seeds").glob("*.txt"), *(FIXTURES / "html" / "dev").glob("*.html")])


@cache
def real_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Distinct comment bodies and article paragraphs of the seed and saved real pages."""
    bodies, paragraphs = set(), set()
    for result in read_sources(SOURCES):
        for thread in result.threads:
            bodies.update(c.body for c in thread.comments if c.body.strip())
            paragraphs.update(thread.article.paragraphs)
    return tuple(sorted(bodies)), tuple(sorted(paragraphs))


def real_corpus(n_threads: int, per_thread: int, seed: int = 7) -> list[Thread]:
    """Synthetic threads of real comment and paragraph texts (sampled with a fixed seed), with replies."""
    bodies, paragraphs = real_texts()
    rng = random.Random(seed)
    threads = []
    for t in range(n_threads):
        article = Article(id=f"t{t}", title=rng.choice(paragraphs)[:80], paragraphs=tuple(rng.sample(paragraphs, 8)))
        comments = tuple(
            Comment(
                id=f"t{t}c{i}",
                body=rng.choice(bodies),
                author=f"user{rng.randrange(per_thread // 2 + 1)}",
                parent_id=f"t{t}c{i - 1}" if i and rng.random() < 0.3 else None,
                status="spam" if rng.random() < 0.02 else "approved",
                position=i,
            )
            for i in range(per_thread)
        )
        threads.append(Thread(article, comments))
    return threads


class CueScorer:
    """A fast stand-in for the incivility scorer: a few cue words, abstaining on empty text."""

    def transform(self, texts: list[str]) -> pd.DataFrame:
        hits = [sum(w in t.lower() for w in ("stupid", "idiot", "liar", "shut")) if t else None for t in texts]
        return pd.DataFrame(
            {
                "incivility_name_calling": [float(h > 0) if h is not None else float("nan") for h in hits],
                "incivility": [min(1.0, 0.1 + 0.4 * h) if h is not None else float("nan") for h in hits],
                "uncivil": [bool(h) for h in hits],
                "incivility_evidence": ["[]" for _ in hits],
            }
        )


def test_a_source_failing_part_way_keeps_the_threads_before_the_error(tmp_path: Path) -> None:
    good = [json.dumps(thread_to_dict(t)) for t in real_corpus(3, 4)]
    source = tmp_path / "broken.jsonl"
    source.write_text("\n".join(good + ["{not json"]) + "\n", encoding="utf-8")
    items = list(stream_sources([str(source), str(tmp_path / "missing.jsonl")]))
    assert [i.id for i in items[:3] if isinstance(i, Thread)] == ["t0", "t1", "t2"]
    broken, missing = items[3], items[4]
    assert not isinstance(broken, Thread) and broken.error is not None and "line 4" in broken.error
    assert not isinstance(missing, Thread) and missing.error is not None and "missing.jsonl" in missing.error

    out = tmp_path / "out.jsonl"
    assert main(["parse", str(source), "-o", str(out)]) == 1
    written = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == ["t0", "t1", "t2"]


def test_spool_gives_back_the_threads_it_was_given_twice() -> None:
    threads = real_corpus(5, 6)
    with ThreadSpool() as spool:
        for thread in threads:
            spool.add(thread)
        assert list(spool) == threads and list(spool) == threads and len(spool) == 5
    assert not spool.path.exists()


def test_chunked_files_from_a_sample_fit_equal_the_whole_corpus_ones(tmp_path: Path) -> None:
    threads = real_corpus(12, 20)
    options = AnalyzeOptions(n_topics=3, n_bootstrap=50, sample_size=100)
    result = analyze(threads, options, CueScorer())
    whole = write_results(result, tmp_path / "whole")
    chunked = analyze_to(threads, tmp_path / "chunked", replace(options, chunk_size=5), CueScorer())
    for a, b in zip(whole, chunked, strict=True):
        if a.suffix != ".parquet":  # the chunked table has one row group per chunk; its rows are compared below
            assert a.read_bytes() == b.read_bytes(), a.name
    pd.testing.assert_frame_equal(pd.read_parquet(whole[0]), pd.read_parquet(chunked[0]))
    corpus = json.loads(chunked[4].read_text(encoding="utf-8"))
    assert corpus["n_threads"] == 12 and corpus["n_comments"] == len(result.comments) > 200
    # Topics from a seeded sample of 100 comments; sizes count every comment of the corpus.
    assert any("sample of 100 of" in note for note in result.topics["notes"])
    sizes = [t["size"] for t in result.topics["topics"]]
    assert sum(sizes) == int((result.comments["topic"] >= 0).sum()) > 100


def test_reservoir_is_seeded_bounded_and_in_input_order() -> None:
    small, big, again = _Reservoir(50, 3), _Reservoir(50, 3), _Reservoir(50, 3)
    for i in range(40):
        small.add(f"t{i:04d}")
    for i in range(1000):
        big.add(f"t{i:04d}")
        again.add(f"t{i:04d}")
    assert small.values() == [f"t{i:04d}" for i in range(40)]
    assert len(big.values()) == 50 and big.values() == sorted(big.values()) == again.values()
    assert int(big.values()[-1][1:]) > 500  # late items get their chance


def test_cut_prior_gives_the_whole_prior_z_scores() -> None:
    bodies, paragraphs = real_texts()
    prior = DistinctiveWords.corpus_prior(list(bodies) + list(paragraphs))
    fitted = Fitted(CueScorer(), None, None, None, None, dict(prior), None, 15)  # type: ignore[arg-type]
    article, comments = list(paragraphs[10:20]), list(bodies[50:90])
    authors = [f"a{i % 7}" for i in range(len(comments))]
    whole = DistinctiveWords().fit(article, comments, authors, prior)
    cut = DistinctiveWords().fit(article, comments, authors, _thread_prior(fitted, article, comments))
    assert whole.article_ == cut.article_ and whole.comments_ == cut.comments_ and whole.comments_


def test_incivility_totals_merge_to_the_whole_summary() -> None:
    scored = CueScorer().transform(list(real_texts()[0][:120]) + ["", ""])
    totals = IncivilityTotals.of(scored.iloc[:50])
    totals.merge(IncivilityTotals.of(scored.iloc[50:]))
    assert totals.summary() == pytest.approx(summarize_incivility(scored))
    assert IncivilityTotals().summary() == {"overall": None, "uncivil_share": None}
