"""``discourse parse``: pages and exports to JSON Lines threads."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

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
from discourse.model import Thread
from discourse.pipeline import atomic_output, stream_sources
from discourse.privacy import pseudonymize_thread
from discourse.serialize import write_jsonl

EXAMPLES = """examples:
  discourse parse page.txt                       one page to stdout as JSON Lines
  discourse parse pages/*.txt -o threads.jsonl   many pages, progress on stderr
  discourse parse old.txt --now 2019-08-10T12:00 resolve "3 days ago" against that time
"""



def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "parse",
        help="read pages and exports into JSON Lines threads",
        description="Read pages and exports into JSON Lines, one thread per line.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_read_options(p)
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.add_argument("--keep-private", action="store_true", help="keep e-mail and IP fields of exports")
    add_privacy_options(p)
    return p


def run(args: argparse.Namespace) -> int:
    options = read_options(args)
    salt = pseudonym_salt(args)
    failed = 0
    any_thread = False
    bar = progress(args.paths)

    def threads() -> Iterator[Thread]:
        # Each thread is written as soon as it is read: memory stays flat, and a source that fails part way
        # keeps the threads it gave before the error.
        nonlocal failed, any_thread
        for item in stream_sources(args.paths, options):
            if isinstance(item, Thread):
                any_thread = True
                yield item if salt is None else pseudonymize_thread(item, salt)
                continue
            bar.update(1)
            for line in item.warnings:
                bar.write(f"discourse: warning: {line}", file=sys.stderr)
            if item.error is not None:
                bar.write(f"discourse: error: {item.error}", file=sys.stderr)
            failed += not item.ok

    if args.output:
        with atomic_output(args.output) as stream:
            write_jsonl(threads(), stream, keep_private=args.keep_private)
    else:
        write_jsonl(threads(), sys.stdout, keep_private=args.keep_private)
    bar.close()
    if failed == len(args.paths) and not any_thread:
        return EXIT_USAGE
    return EXIT_PARTIAL if failed else EXIT_OK
