"""``discourse analyze``: how comment sections talk compared with their articles, written as data files."""

from __future__ import annotations

import argparse
import sys

from discourse.analysis.naming import load_terms
from discourse.analyze import AnalyzeOptions, analyze_to
from discourse.cli import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    add_privacy_options,
    add_read_options,
    progress,
    pseudonym_salt,
    read_options,
)
from discourse.engines import ENGINES, make_engine
from discourse.model import Thread
from discourse.pipeline import ThreadSpool, stream_sources
from discourse.privacy import pseudonymize_thread

EXAMPLES = """examples:
  discourse analyze page.txt -o results/             one page
  discourse analyze pages/*.txt export.xml -o out/   many sources, topics fitted on all their comments
  discourse analyze threads.jsonl --n-topics 6       the JSON Lines of `discourse parse`, six topics
  discourse analyze page.txt --terms names.yaml      shares of contested names ("Kosovo" / "Kosovo and Metohija")
  discourse analyze big.jsonl --workers 4           chunks of threads in four processes (same results)
  discourse analyze big.jsonl --engine dask --workers 4   chunks of threads on a local Dask cluster

Memory stays flat: the input is spooled to a temp file, topics are fitted on a seeded sample of --sample-size
comments, and --chunk-size threads at a time are analysed and appended to the output files.

writes DIR/comments.parquet, comments.csv, threads.json, topics.json and corpus.json (see docs/results.md)
"""


def _positive(text: str) -> int:
    value = int(text)
    if value < 2:
        raise argparse.ArgumentTypeError(f"must be an int >= 2, got {value}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "analyze",
        help="compare comment sections with their articles (topics, relevance, stance, cues, incivility)",
        description="Compare comment sections with their articles and write the results as data files.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_read_options(p)
    add_privacy_options(p)
    p.add_argument("-o", "--output", default="results", metavar="DIR", help="output folder (default: results)")
    p.add_argument("--n-topics", type=_positive, metavar="K", help="number of topics (default: chosen by stability)")
    p.add_argument("--random-state", type=int, default=0, metavar="N", help="seed of every random step (default 0)")
    p.add_argument("--terms", metavar="FILE", help="contested name pairs, YAML or CSV (one pair per row)")
    p.add_argument("--codebook", metavar="FILE", help="frame-cue codebook, YAML (default: the packaged one)")
    p.add_argument("--sample-size", type=_at_least_one, default=50_000, metavar="N",
                   help="comments the topic model is fitted on, a seeded sample when there are more (default 50000)")
    p.add_argument("--chunk-size", type=_at_least_one, default=500, metavar="N",
                   help="threads analysed at once (default 500)")
    add_engine_options(p)
    return p


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be an int >= 1, got {value}")
    return value


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """--engine, --scheduler and --workers (also used by ``discourse score``)."""
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="where chunks run: this process, or a Dask cluster (needs discourse[dask]; default local)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a local cluster)")
    p.add_argument("--workers", type=_at_least_one, metavar="N",
                   help="worker processes: of this machine with --engine local (default 2, 1 on a one-core "
                        "machine; 1 runs everything in this process), or of the local Dask cluster (default 2); "
                        "results are the same with any number")


def run(args: argparse.Namespace) -> int:
    terms = load_terms(args.terms) if args.terms else None
    options = AnalyzeOptions(
        random_state=args.random_state,
        n_topics=args.n_topics,
        terms=terms,
        codebook=args.codebook,
        sample_size=args.sample_size,
        chunk_size=args.chunk_size,
    )
    engine = make_engine(args.engine, args.scheduler, args.workers)
    salt = pseudonym_salt(args)
    failed = 0
    try:
        with ThreadSpool() as spool:
            bar = progress(args.paths)
            for item in stream_sources(args.paths, read_options(args)):
                if isinstance(item, Thread):
                    spool.add(item if salt is None else pseudonymize_thread(item, salt))
                    continue
                bar.update(1)
                for line in item.warnings:
                    bar.write(f"discourse: warning: {line}", file=sys.stderr)
                if item.error is not None:
                    bar.write(f"discourse: error: {item.error}", file=sys.stderr)
                failed += not item.ok
            bar.close()
            if not len(spool):
                print("discourse: error: no readable thread in the input", file=sys.stderr)
                return EXIT_USAGE
            paths = analyze_to(spool, args.output, options, engine=engine)
    finally:
        engine.close()
    for path in paths:
        print(path)
    return EXIT_PARTIAL if failed else EXIT_OK
