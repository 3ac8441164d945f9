"""``discourse score``: append incivility scores with their evidence to a table of comments."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

import pandas as pd

from discourse.analysis.incivility import IncivilityScorer
from discourse.analysis.language import ENGLISH
from discourse.cli import EXIT_OK
from discourse.cli.analyze import add_engine_options
from discourse.engines import make_engine
from discourse.engines.work import score_table
from discourse.errors import MalformedInputError, ParameterError, SourceNotFoundError
from discourse.pipeline import atomic_output
from discourse.readers.encoding import decode_bytes
from discourse.readers.exportfields import CSV_DELIMITERS, TABLE_GUESSES
from discourse.serialize import iter_jsonl, threads_to_frames

EXAMPLES = """examples:
  discourse score comments.csv -o scored.csv          CSV (cells may span lines) in, CSV out
  discourse score threads.jsonl -o scored.parquet     the comments of `discourse parse` output
  discourse score export.jsonl --text-column message  name the text column
"""
SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".json": "jsonl"}


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "score",
        help="score comments for incivility, with evidence",
        description="Append incivility scores (per category, overall, uncivil flag, evidence) to a table of "
                    "comments: CSV, Parquet or JSON Lines (rows or `discourse parse` threads). The output format "
                    "follows OUT's suffix; without -o, CSV goes to stdout.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("table", metavar="TABLE", help="CSV, Parquet or JSON Lines file")
    p.add_argument("--text-column", metavar="C", help="column holding the comment text (default: body, text, ...)")
    p.add_argument("--threshold", type=float, help="overall score for `uncivil` (default: the calibrated one)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file: .csv, .parquet or .jsonl (default: CSV on stdout)")
    add_engine_options(p)
    return p


def read_table(path: str) -> pd.DataFrame:
    """A table as strings where the format has no types (CSV), else as stored; threads become their comments."""
    source = Path(path)
    if not source.is_file():
        raise SourceNotFoundError(f"{path}: no such file")
    data = source.read_bytes()
    try:
        if data[:4] == b"PAR1":
            return pd.read_parquet(io.BytesIO(data))
        text = decode_bytes(data)
        first = next((line for line in text.splitlines() if line.strip()), "")
        if first.lstrip().startswith("{"):
            if _is_thread(first):
                return threads_to_frames(iter_jsonl(text.splitlines()))[1]
            return pd.read_json(io.StringIO(text), lines=True, dtype=False)
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=_delimiter(text))
    except (ValueError, pd.errors.ParserError, UnicodeError, OSError) as exc:
        raise MalformedInputError(f"{path}: not a readable CSV, Parquet or JSON Lines table ({exc})") from exc


def _delimiter(text: str) -> str:
    """The CSV delimiter among the usual ones (a one-column table has none to find: comma)."""
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(CSV_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _is_thread(line: str) -> bool:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and "article" in value and "comments" in value


def text_column(frame: pd.DataFrame, wanted: str | None) -> str:
    """The column to score: the one named, else the first common text column name present."""
    columns = [str(c) for c in frame.columns]
    if wanted is not None:
        if wanted in columns:
            return wanted
        raise ParameterError(f"no column {wanted!r}; columns: {', '.join(columns) or '(none)'}")
    for guess in TABLE_GUESSES["text"]:
        for column in columns:
            if column.strip().lower() == guess:
                return column
    raise ParameterError(f"no text column found (use --text-column); columns: {', '.join(columns) or '(none)'}")


def write_table(frame: pd.DataFrame, output: str | None) -> None:
    """Write in the format of the output's suffix (CSV on stdout without one)."""
    if output is None:
        frame.to_csv(sys.stdout, index=False)
        return
    kind = SUFFIXES.get(Path(output).suffix.lower())
    if kind is None:
        raise ParameterError(f"The output suffix must be one of {', '.join(SUFFIXES)}. Got {output!r} instead.")
    if kind == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        with atomic_output(output) as stream:  # a text stream; the bytes go to its underlying file
            stream.flush()
            stream.buffer.write(buffer.getvalue())  # type: ignore[attr-defined]
    else:
        with atomic_output(output) as stream:
            if kind == "csv":
                frame.to_csv(stream, index=False)
            else:
                frame.to_json(stream, orient="records", lines=True, force_ascii=False, date_format="iso")


def run(args: argparse.Namespace) -> int:
    frame = read_table(args.table)
    column = text_column(frame, args.text_column)
    engine = make_engine(args.engine, args.scheduler, args.workers)
    try:
        scored = score_table(frame, column, IncivilityScorer(threshold=args.threshold), engine)
    finally:
        engine.close()
    write_table(scored, args.output)
    skipped = int((scored["incivility_language"] != ENGLISH).sum())
    if skipped:
        print(f"discourse: {skipped} of {len(scored)} comments not scored (not English or empty)", file=sys.stderr)
    return EXIT_OK
