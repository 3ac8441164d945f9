"""``discourse analyze``: how comment sections talk compared with their articles, written as data files."""

from __future__ import annotations

import argparse
import sys

from discourse.analysis.naming import load_terms
from discourse.analyze import AnalyzeOptions, analyze, write_results
from discourse.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, add_read_options, progress, read_options
from discourse.model import Thread
from discourse.pipeline import read_sources

EXAMPLES = """examples:
  discourse analyze page.txt -o results/             one page
  discourse analyze pages/*.txt export.xml -o out/   many sources, topics fitted on all their comments
  discourse analyze threads.jsonl --n-topics 6       the JSON Lines of `discourse parse`, six topics
  discourse analyze page.txt --terms names.yaml      shares of contested names ("Kosovo" / "Kosovo and Metohija")

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
    p.add_argument("-o", "--output", default="results", metavar="DIR", help="output folder (default: results)")
    p.add_argument("--n-topics", type=_positive, metavar="K", help="number of topics (default: chosen by stability)")
    p.add_argument("--random-state", type=int, default=0, metavar="N", help="seed of every random step (default 0)")
    p.add_argument("--terms", metavar="FILE", help="contested name pairs, YAML or CSV (one pair per row)")
    p.add_argument("--codebook", metavar="FILE", help="frame-cue codebook, YAML (default: the packaged one)")
    return p


def run(args: argparse.Namespace) -> int:
    terms = load_terms(args.terms) if args.terms else None
    failed = 0
    threads: list[Thread] = []
    bar = progress(args.paths)
    for result in read_sources(args.paths, read_options(args)):
        bar.update(1)
        for line in result.warnings:
            bar.write(f"discourse: warning: {line}", file=sys.stderr)
        if result.error is not None:
            bar.write(f"discourse: error: {result.error}", file=sys.stderr)
        failed += not result.ok
        threads.extend(result.threads)
    bar.close()
    if not threads:
        print("discourse: error: no readable thread in the input", file=sys.stderr)
        return EXIT_USAGE
    options = AnalyzeOptions(
        random_state=args.random_state, n_topics=args.n_topics, terms=terms, codebook=args.codebook
    )
    analysis = analyze(threads, options)
    for path in write_results(analysis, args.output):
        print(path)
    return EXIT_PARTIAL if failed else EXIT_OK
