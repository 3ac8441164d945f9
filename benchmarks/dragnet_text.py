"""Plain-text reader on the dragnet development pages: is the comment section found, and where does it start?

Each page of ``../shared/data/dragnet-dev/`` is human-extracted text; pages with a comment section carry a marker
marker line (see ``dragnet_pages.py``) between the article and the comment-section text.
The marker line is replaced by an empty line and the bytes are given to the reader as they are.

Figures (all lines decoded and repaired as the reader does, whitespace-collapsed, case-folded, empty lines
dropped; a line's weight is its number of characters):

- detection: share of pages with a marker on which the reader finds >= 1 comment (target >= 90%), and share of
  pages without one on which it finds any (target <= 3%).
- leaked: per page with a marker, the character-weighted share of gold comment-section lines that appear as a
  line of the output article (title or paragraph lines); the median over those pages (target <= 5%).
- kept: per page, the character-weighted share of gold article lines (above the marker, or the whole page) that
  appear as a line of the output title or paragraphs; the median over all pages (target >= 90%).
- runtime of the reader over all pages (one process, warm date cache excluded from nothing).

Usage: ``python benchmarks/dragnet_text.py [-v] [DIR]`` prints a Markdown section: the figures on all pages and on
each fold of a 2-fold split by a CRC-32 of the file name (changes are decided on one fold and checked on the
other); ``-v`` lists the pages missed, with false positives, leaking more than 5% or keeping less than 90%.
The data is AGPL-licensed: it is read in place and never copied into the project.
"""

from __future__ import annotations

import statistics
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from discourse.model import Thread
from discourse.readers import ReadOptions
from discourse.readers.boilerplate import normalise
from discourse.readers.encoding import decode_bytes, repair_text
from discourse.readers.plaintext import read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_pages import DRAGNET, MARKER, TEXT_MARKER  # noqa: E402

DEFAULT_DIR = DRAGNET


@dataclass(frozen=True)
class PageResult:
    """The figures of one page."""

    name: str
    has_comments: bool
    found: int
    leaked: float | None
    kept: float


def split_gold(data: bytes) -> tuple[bytes, list[str], list[str]]:
    """The reader's input (marker removed) and the normalised gold article and comment-section lines."""
    m = MARKER.search(data)
    if m is None:
        return data, _lines(repair_text(decode_bytes(data))), []
    # decoded and repaired once, as the reader sees the page; the marker line is ASCII and survives both
    text = repair_text(decode_bytes(data))
    cut = TEXT_MARKER.search(text)
    if cut is None:  # never seen: then each side is decoded on its own
        article, comments = repair_text(decode_bytes(data[: m.start()])), repair_text(decode_bytes(data[m.end() :]))
    else:
        article, comments = text[: cut.start()], text[cut.end() :]
    return data[: m.start()] + data[m.end() :], _lines(article), _lines(comments)


def _lines(text: str) -> list[str]:
    return [key for key in (normalise(line) for line in text.splitlines()) if key]


def _share(gold: list[str], output: set[str]) -> float:
    total = sum(len(line) for line in gold)
    return sum(len(line) for line in gold if line in output) / total if total else 1.0


def article_lines(thread: Thread) -> set[str]:
    """The normalised lines of the output title and paragraphs."""
    parts = [thread.article.title or "", *thread.article.paragraphs]
    return {normalise(line) for part in parts for line in part.splitlines() if line.strip()}


def measure(path: Path, options: ReadOptions) -> PageResult:
    """Read one page and compare it with its gold split."""
    data, gold_article, gold_comments = split_gold(path.read_bytes())
    thread = next(read(data, str(path), options))
    output = article_lines(thread)
    return PageResult(
        name=path.name,
        has_comments=bool(gold_comments),
        found=len(thread.comments),
        leaked=_share(gold_comments, output) if gold_comments else None,
        kept=_share(gold_article, output),
    )


def run(folder: Path) -> tuple[list[PageResult], float]:
    """Figures of every page of ``folder`` and the seconds the reader took."""
    options = ReadOptions(format="text")
    started = time.perf_counter()
    results = [measure(path, options) for path in sorted(folder.glob("*.txt"))]
    return results, time.perf_counter() - started


def summary(results: list[PageResult]) -> dict[str, float]:
    """The four figures."""
    with_c = [r for r in results if r.has_comments]
    without = [r for r in results if not r.has_comments]
    return {
        "pages": len(results),
        "pages_with_comments": len(with_c),
        "found_on_with": sum(r.found > 0 for r in with_c) / len(with_c),
        "found_on_without": sum(r.found > 0 for r in without) / len(without),
        "median_leaked": statistics.median(r.leaked or 0.0 for r in with_c),
        "median_kept": statistics.median(r.kept for r in results),
        "mean_leaked": statistics.fmean(r.leaked or 0.0 for r in with_c),
        "mean_kept": statistics.fmean(r.kept for r in results),
    }


def half(name: str) -> int:
    """The fold (0 or 1) of a page in a 2-fold split by a hash of its file name, to check changes out of sample."""
    return zlib.crc32(name.encode()) % 2


def _table(s: dict[str, float]) -> None:
    print("| figure | value | target |\n|---|---|---|")
    print(f"| comments found on pages with a comment section | {s['found_on_with']:.1%} | >= 90% |")
    print(f"| comments found on pages without one | {s['found_on_without']:.1%} | <= 3% |")
    print(f"| median comment-section text leaked into the article | {s['median_leaked']:.1%} | <= 5% |")
    print(f"| median article text kept | {s['median_kept']:.1%} | >= 90% |")
    print(f"| mean leaked / mean kept (for reference) | {s['mean_leaked']:.1%} / {s['mean_kept']:.1%} | |\n")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    print("## Plain-text reader on the dragnet dev pages\n")
    if not folder.is_dir():
        print(f"_skipped: {folder} is absent_\n")
        return 0
    results, seconds = run(folder)
    s = summary(results)
    print(f"{s['pages']} pages, {s['pages_with_comments']} with a comment section; reader time {seconds:.1f} s.\n")
    _table(s)
    for fold in (0, 1):
        part = [r for r in results if half(r.name) == fold]
        with_comments = sum(r.has_comments for r in part)
        print(f"### Fold {fold} (file-name hash): {len(part)} pages, {with_comments} with comments\n")
        _table(summary(part))
    if "-v" in sys.argv:
        for r in results:
            if (r.has_comments and (r.found == 0 or (r.leaked or 0) > 0.05)) or (not r.has_comments and r.found):
                print(f"- {r.name} (fold {half(r.name)}): comments={r.found} leaked={r.leaked} kept={r.kept:.2f}")
            elif r.kept < 0.9:
                print(f"- {r.name} (fold {half(r.name)}): kept={r.kept:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([a for a in sys.argv[1:] if a != "-v"]))
