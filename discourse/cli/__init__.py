"""The ``discourse`` command: a thin layer over the pipeline.

Exit codes: 0 all inputs read, 1 some inputs failed (the rest were written), 2 usage error or nothing readable.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tqdm import tqdm

from discourse import __version__
from discourse.errors import DiscourseError
from discourse.readers import FORMATS, ReadOptions, TableColumns

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"discourse: error: {message}\n")


def _datetime(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from exc
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _zone(text: str) -> tzinfo:
    if text.upper() == "UTC":
        return timezone.utc
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"unknown time zone: {text!r}") from exc


_TABLE_FIELDS = ("text", "author", "time", "id", "parent", "thread", "article")


def add_read_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files")
    p.add_argument("--format", default="auto", choices=("auto",) + FORMATS, help="input format (default: auto)")
    p.add_argument("--now", type=_datetime, help="reference time for relative dates (ISO 8601)")
    p.add_argument(
        "--tz", type=_zone, default=None, help="zone of times written without one (default: the page's own, else UTC)"
    )


    table = p.add_argument_group("tables (CSV/JSONL)", "which column holds what; default: guessed from common names")
    for name in _TABLE_FIELDS:
        table.add_argument(f"--{name}-column", metavar="COLUMN")


def add_privacy_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pseudonymize", action="store_true", help="replace author names by stable salted hashes")
    p.add_argument("--salt", help="salt of the pseudonyms; the same salt gives the same pseudonyms (default: random)")


def pseudonym_salt(args: argparse.Namespace) -> str | None:
    """The salt to pseudonymise with, or None when names are kept."""
    if not args.pseudonymize:
        return None
    from discourse.privacy import new_salt

    return args.salt or new_salt()


def read_options(args: argparse.Namespace) -> ReadOptions:
    columns = TableColumns(**{name: getattr(args, f"{name}_column", None) for name in _TABLE_FIELDS})
    return ReadOptions(format=args.format, now=args.now, tz=args.tz, columns=columns)


# Each subcommand is a module of this package with ``add_parser(subparsers)`` and ``run(args) -> int``.
COMMANDS: tuple[str, ...] = ("parse", "score", "validate", "report", "analyze")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="discourse", description="Read articles with their comment sections and compare them.")
    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"discourse.cli.{name}")
        command = module.add_parser(sub)
        command.set_defaults(run=module.run)
    return parser


def progress(paths: Sequence[str]) -> tqdm:
    return tqdm(total=len(paths), unit="file", file=sys.stderr, disable=len(paths) < 2 or None, leave=False)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DiscourseError as exc:
        print(f"discourse: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("discourse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
