"""``discourse report``: pages and exports to PDF/PNG reports with the data behind every chart."""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import sys
from collections.abc import Callable
from typing import Any

from discourse.cli import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    add_privacy_options,
    add_read_options,
    progress,
    read_options,
)
from discourse.errors import DiscourseError
from discourse.model import Thread
from discourse.pipeline import read_sources
from discourse.report import FORMATS, available_cores, write_reports

EXAMPLES = """examples:
  discourse report page.txt -o reports/              one article: reports/<slug>/report.pdf, PNGs, data
  discourse report pages/*.txt export.xml -o out/    one report per thread, and out/corpus/ across them
  discourse report page.html --formats pdf,csv       only the PDF and the CSV data
  discourse report pages/*.txt --pseudonymize --salt "$SALT"   authors as stable salted hashes
"""


def _formats(text: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"formats must be among {','.join(FORMATS)}; got {text!r}")
    return chosen


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _positive(text: str) -> int:
    value = _count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write PDF/PNG reports with the data behind each chart",
        description="Read pages and exports, analyse them and write one report per article and one for the corpus.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_read_options(p)
    p.add_argument("-o", "--output", default="reports", metavar="DIR", help="folder of the reports (default: reports)")
    p.add_argument("--formats", type=_formats, default=FORMATS, metavar="LIST",
                   help=f"comma-separated outputs among {','.join(FORMATS)} (default: all)")
    add_privacy_options(p)
    p.add_argument("--min-comments", type=_count, default=0, metavar="N",
                   help="threads with fewer comments get no report of their own (default: 0; the threads of an "
                        "export that holds several always need at least 1)")
    p.add_argument("-j", "--jobs", type=_positive, default=None, metavar="N",
                   help=f"processes writing reports side by side; the reports are the same whatever the number "
                        f"(default: one per available core, here {available_cores()})")
    return p


def _analyzer() -> tuple[Callable[[list[Thread]], Any], dict[str, Any]]:
    """The analysis stage with its default options, and those options as the report's parameters."""
    module = importlib.import_module("discourse.analyze")
    options = module.AnalyzeOptions()

    def analyze(threads: list[Thread]) -> Any:
        return module.analyze(threads, options)

    return analyze, _parameters(options)


def _parameters(options: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(options) and not isinstance(options, type):
        return {k: v for k, v in dataclasses.asdict(options).items() if isinstance(v, (int, float, str, bool))}
    return {}


def _analyze(analyze: Callable[[list[Thread]], Any], threads: list[Thread], sources: dict[str, str],
             warn: Callable[[str], None]) -> tuple[Any, list[str]]:
    """Analyse every thread together; if that fails, find the inputs that break it and analyse the rest."""
    # Any exception, not only DiscourseError: a bug of the analysis on one odd input must cost only that input.
    try:
        return analyze(threads), []
    except Exception as first:
        bad: list[str] = []
        for source in dict.fromkeys(sources.values()):
            try:
                analyze([t for t in threads if sources.get(t.id) == source])
            except Exception as exc:
                warn(f"discourse: error: {source}: analysis failed ({type(exc).__name__}: {exc})")
                bad.append(source)
        rest = [t for t in threads if sources.get(t.id) not in bad]
        if not bad or not rest:
            raise DiscourseError(f"analysis failed: {type(first).__name__}: {first}") from first
        return analyze(rest), bad


def run(args: argparse.Namespace) -> int:
    options = read_options(args)
    bar = progress(args.paths)
    threads: list[Thread] = []
    sources: dict[str, str] = {}
    skip: dict[str, str] = {}
    failed_inputs: list[str] = []
    for result in read_sources(args.paths, options):
        bar.update(1)
        for line in result.warnings:
            bar.write(f"discourse: warning: {line}", file=sys.stderr)
        if result.error is not None:
            bar.write(f"discourse: error: {result.error}", file=sys.stderr)
        if not result.ok:
            failed_inputs.append(result.source)
        for thread in result.threads:
            sources.setdefault(thread.id, result.source)
            threads.append(thread)
            # An export lists every post of a site, most without comments: those are not articles anyone asked for.
            if len(result.threads) > 1 and not thread.comments:
                skip[thread.id] = f"no comments (one of {len(result.threads)} threads of {result.source})"
    bar.close()
    if not threads:
        print("discourse: error: no thread could be read; no report written", file=sys.stderr)
        return EXIT_USAGE

    analyze, parameters = _analyzer()
    analysis, unanalysed = _analyze(analyze, threads, sources, lambda line: print(line, file=sys.stderr))
    failed_inputs += unanalysed
    n_reports = len(analysis.threads) + 1
    reports = progress([""] * n_reports)
    reports.unit = "report"

    def done(_slug: str) -> None:
        reports.update(1)

    run_ = write_reports(
        analysis.comments, analysis.threads, analysis.topics, analysis.corpus, args.output,
        formats=args.formats, pseudonymize=args.pseudonymize, salt=args.salt, parameters=parameters,
        min_comments=args.min_comments, skip=skip, on_report=done, jobs=args.jobs,
    )
    reports.close()
    for failure in run_.failed:
        where = f" (input {failure.source})" if failure.source else ""
        print(f"discourse: error: report {failure.slug}{where} failed: {failure.error}", file=sys.stderr)
    print(f"discourse: wrote {len(run_.written)} reports to {args.output}"
          + (f"; {len(run_.skipped)} threads without enough comments got none" if run_.skipped else ""),
          file=sys.stderr)
    if not run_.written:
        return EXIT_USAGE
    return EXIT_PARTIAL if failed_inputs or run_.failed else EXIT_OK
