"""Relevance: does a comment score higher against its own article than against another thread's article?

Threads come from the dragnet development pages (``../shared/data/dragnet-dev``, AGPL, read in place): the
marker line (see ``dragnet_pages.py``) splits article text (above) from the comment section (below). No plain-text
reader is used here: the comment section is cut into blank-line blocks; blocks of fewer than ``MIN_WORDS`` words
("Reply", names) and short blocks holding a time or a year (author/date header lines, which would leak dates
rather than measure relevance) are dropped, so a unit is a comment paragraph.
The first line of the article text is taken as its title.

For each unit, the positive pair is (unit, own article) and the negative pair is (unit, one other article drawn
with a fixed seed). ROC AUC of the score over these pairs is reported for the baseline (whole-article TF-IDF
cosine, scikit-learn defaults with English stop words, IDF fitted on the corpus) and for ``RelevanceScorer``,
on the pages with even and odd numbers separately (the defaults were chosen on the even half) and on all.
``--grid`` adds the semantic weights and LSA sizes tried; the last line gives the defaults' fit time and scoring
rate (machine-dependent: a speed figure, not a test).

Threads read by discourse's own readers can be scored the same way (``--inputs FILE...``, e.g. the pages in
``../shared/data/html-dev`` and the exports in ``../shared/data/exports-dev``): units are then whole comments
(pingbacks, spam and deleted left out). ``--max-words N`` keeps only units of at most N words: short blog comments
are what make held-out threads hard.

    .venv/bin/python benchmarks/relevance.py [--data DIR] [--grid] [--inputs FILE...] [--max-words N]

The three check sets of ``BENCHMARKS.md``: no option (dragnet comment paragraphs), ``--max-words 25`` (dragnet,
short units only) and ``--inputs ../shared/data/html-dev/*.html ../shared/data/exports-dev/*`` (whole comments).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np
from dragnet_pages import split_text  # beside this script
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score
from sklearn.metrics.pairwise import cosine_similarity

from discourse.analysis.relevance import RelevanceScorer
from discourse.pipeline import read_sources
from discourse.readers.encoding import decode_bytes, repair_text

MIN_WORDS = 8
HEADER_WORDS = 15
HEADER = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")
MIN_UNITS = 3
SEED = 0
# Settings tried by --grid: (semantic_weight, n_components); the defaults were picked on the even half.
GRID = [(w, k) for w in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6) for k in (100, 300)]
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dragnet-dev"


def blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]


def is_header(block: str) -> bool:
    return len(block.split()) < HEADER_WORDS and HEADER.search(block) is not None


def load(data: Path) -> list[dict]:
    threads = []
    for number, path in enumerate(sorted(data.glob("*.txt"))):
        text = repair_text(decode_bytes(path.read_bytes()))
        parts = split_text(text)
        if parts is None:
            continue
        head, tail = parts
        paragraphs = blocks(head)
        units = [b for b in blocks(tail) if len(b.split()) >= MIN_WORDS and not is_header(b)]
        if len(paragraphs) < 2 or len(units) < MIN_UNITS:
            continue
        threads.append({"id": number, "title": paragraphs[0], "paragraphs": paragraphs[1:], "units": units})
    return threads


def load_inputs(paths: list[str]) -> list[dict]:
    """Threads with at least one comment and one paragraph, read through the pipeline."""
    threads = []
    for result in read_sources(paths):
        for thread in result.threads:
            units = [c.body for c in thread.comments if c.kind == "comment" and c.status not in ("spam", "deleted")]
            units = [u for u in units if u.strip()]
            if units and thread.article.paragraphs:
                paragraphs = list(thread.article.paragraphs)
                threads.append(
                    {"id": len(threads), "title": thread.article.title or "", "paragraphs": paragraphs, "units": units}
                )
    return threads


def shortened(threads: list[dict], max_words: int) -> list[dict]:
    """Threads keeping only their units of at most ``max_words`` words (threads left without units dropped)."""
    kept = [dict(t, units=[u for u in t["units"] if len(u.split()) <= max_words]) for t in threads]
    return [t for t in kept if t["units"]]


def pairs(threads: list[dict]) -> list[tuple[int, int, int, int]]:
    """(thread, unit, article, label) for each unit: its own article (1) and one other (0)."""
    rng = np.random.default_rng(SEED)
    out = []
    for i, t in enumerate(threads):
        for u in range(len(t["units"])):
            j = int(rng.integers(len(threads) - 1))
            j = j + (j >= i)
            out += [(i, u, i, 1), (i, u, j, 0)]
    return out


def baseline_scores(threads: list[dict], todo: list[tuple[int, int, int, int]]) -> np.ndarray:
    vec = TfidfVectorizer(stop_words="english")
    corpus = [" ".join(t["paragraphs"]) for t in threads] + [u for t in threads for u in t["units"]]
    vec.fit(corpus)
    arts = vec.transform([" ".join([t["title"]] + t["paragraphs"]) for t in threads])
    index = {
        (i, u): n for n, (i, u) in enumerate((i, u) for i, t in enumerate(threads) for u in range(len(t["units"])))
    }
    units = vec.transform([u for t in threads for u in t["units"]])
    sims = cosine_similarity(units, arts)
    return np.array([sims[index[(i, u)], a] for i, u, a, _ in todo])


def fitted(threads: list[dict], scorer: RelevanceScorer) -> RelevanceScorer:
    return scorer.fit(
        [p for t in threads for p in t["paragraphs"]]
        + [t["title"] for t in threads]
        + [u for t in threads for u in t["units"]]
    )


def scorer_scores(threads: list[dict], todo: list[tuple[int, int, int, int]], scorer: RelevanceScorer) -> np.ndarray:
    out = np.zeros(len(todo))
    by_article: dict[int, list[int]] = {}
    for n, (_, _, a, _) in enumerate(todo):
        by_article.setdefault(a, []).append(n)
    for a, rows in by_article.items():
        texts = [threads[todo[n][0]]["units"][todo[n][1]] for n in rows]
        result = scorer.score(texts, threads[a]["paragraphs"], threads[a]["title"])
        out[rows] = result["relevance"].to_numpy()
    return out


def auc(todo: list[tuple[int, int, int, int]], scores: np.ndarray, ids: list[int], keep: set[int]) -> float:
    mask = np.array([ids[i] in keep for i, _, _, _ in todo])
    labels = np.array([lab for *_, lab in todo])
    return float(roc_auc_score(labels[mask], scores[mask]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--grid", action="store_true", help="also print a small grid of settings")
    parser.add_argument("--inputs", nargs="+", metavar="FILE", help="score threads read from these files instead")
    parser.add_argument("--max-words", type=int, metavar="N", help="keep only comment units of at most N words")
    args = parser.parse_args(argv)
    if args.inputs:
        threads = load_inputs(args.inputs)
    elif args.data.is_dir():
        threads = load(args.data)
    else:
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    if args.max_words:
        threads = shortened(threads, args.max_words)
    if len(threads) < 2:
        print("fewer than two threads with comments: nothing to compare", file=sys.stderr)
        return 2
    todo = pairs(threads)
    ids = [t["id"] for t in threads]
    halves = {"even": {i for i in ids if i % 2 == 0}, "odd": {i for i in ids if i % 2 == 1}, "all": set(ids)}
    n_units = sum(len(t["units"]) for t in threads)
    print(f"{len(threads)} threads, {n_units} comment units, {len(todo)} pairs (seed {SEED})")
    rows = [("baseline: whole-article TF-IDF cosine", baseline_scores(threads, todo))]
    start = time.perf_counter()
    scorer = fitted(threads, RelevanceScorer())
    fit_seconds = time.perf_counter() - start
    start = time.perf_counter()
    rows.append(("RelevanceScorer() defaults", scorer_scores(threads, todo, scorer)))
    rate = len(todo) / (time.perf_counter() - start)
    if args.grid:
        for n_components in sorted({k for _, k in GRID}):
            scorer = fitted(threads, RelevanceScorer(n_components=n_components))
            for semantic_weight in (w for w, k in GRID if k == n_components):
                scorer.semantic_weight = semantic_weight
                name = f"semantic_weight={semantic_weight} n_components={n_components}"
                rows.append((name, scorer_scores(threads, todo, scorer)))
    print(f"{'scorer':<48} {'even':>6} {'odd':>6} {'all':>6}")
    for name, scores in rows:
        print(f"{name:<48} " + " ".join(f"{auc(todo, scores, ids, halves[h]):6.3f}" for h in ("even", "odd", "all")))
    print(
        f"defaults: fit {fit_seconds:.1f} s on {n_units} units and the articles, "
        f"scored {rate:,.0f} comment-article pairs/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
