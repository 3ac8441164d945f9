"""Saved-HTML reader against verified expected comments: counts, authors, timestamps, parents, and pages/s.

    .venv/bin/python benchmarks/html_pages.py [--pages DIR --expected PATH] [--repeat 3]

Without arguments it reads the development pages (``tests/fixtures/html/dev`` with the per-page tables in
``tests/fixtures/html/expected``), the hand-written family pages (``tests/fixtures/html/families`` with
``expected.json``) and the held-out pages (``tests/fixtures/html/heldout`` with ``expected.json``).
``--pages``/``--expected`` point it at other held-out pages of the same kinds: ``--expected`` is either a
directory of ``<page stem>.json`` lists or one JSON object ``{stem: [...]}``; each expected comment
has ``author``, ``parent_id`` and ``timestamp`` (ISO, UTC) or ``timestamp_raw`` (for relative dates), and
optionally ``id``. Comments are aligned by ``id`` when the expected table gives ids, else by position.
Timestamps are resolved with ``now = 2020-02-15T12:00Z`` (relative dates are checked by their raw text).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from discourse.model import Comment  # noqa: E402
from discourse.readers import html as reader  # noqa: E402
from discourse.readers.options import ReadOptions  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "html"
OPTIONS = ReadOptions(format="html", now=datetime(2020, 2, 15, 12, 0, tzinfo=timezone.utc))


def _load_expected(path: Path) -> dict[str, list[dict[str, Any]]]:
    if path.is_dir():
        return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _read(path: Path) -> tuple[Comment, ...]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return next(reader.read(path.read_bytes(), str(path), OPTIONS)).comments


def _score(comments: tuple[Comment, ...], expected: list[dict[str, Any]]) -> dict[str, int]:
    by_id = {c.id: c for c in comments}
    found = [by_id.get(w["id"]) for w in expected] if expected and "id" in expected[0] else list(comments)
    pairs = list(zip(found, expected, strict=False))
    return {
        "found": len(comments),
        "expected": len(expected),
        "authors": sum(1 for c, w in pairs if c is not None and c.author == w["author"]),
        "timestamps": sum(1 for c, w in pairs if c is not None and _same_time(c, w)),
        "parents": sum(1 for c, w in pairs if c is not None and c.parent_id == w["parent_id"]),
    }


def _same_time(comment: Comment, want: dict[str, Any]) -> bool:
    if "timestamp" in want:
        got = comment.timestamp.isoformat() if comment.timestamp is not None else None
        return got == want["timestamp"]
    return comment.timestamp_raw == want.get("timestamp_raw") and comment.timestamp is not None


def _run(sets: list[tuple[Path, Path]], repeat: int) -> int:
    rows: list[tuple[str, dict[str, int]]] = []
    paths: list[Path] = []
    for pages, expected_path in sets:
        for stem, expected in _load_expected(expected_path).items():
            path = pages / f"{stem}.html"
            paths.append(path)
            rows.append((stem, _score(_read(path), expected)))
    print(f"{'page':40} {'found':>5} {'exp':>5} {'authors':>9} {'times':>9} {'parents':>9}")
    totals = dict.fromkeys(("found", "expected", "authors", "timestamps", "parents"), 0)
    exact = 0
    for stem, s in rows:
        exact += s["found"] == s["expected"]
        for key in totals:
            totals[key] += s[key]
        n = s["expected"]
        print(
            f"{stem[:40]:40} {s['found']:>5} {n:>5} {s['authors']:>4}/{n:<4} {s['timestamps']:>4}/{n:<4}"
            f" {s['parents']:>4}/{n:<4}"
        )
    n = max(totals["expected"], 1)
    print(
        f"\npages with exact count: {exact}/{len(rows)}; authors {totals['authors'] / n:.1%}, "
        f"timestamps {totals['timestamps'] / n:.1%}, parents {totals['parents'] / n:.1%} "
        f"of {totals['expected']} expected comments"
    )
    start = time.perf_counter()
    for _ in range(repeat):
        for path in paths:
            _read(path)
    elapsed = time.perf_counter() - start
    size = sum(p.stat().st_size for p in paths) * repeat
    print(f"speed: {len(paths) * repeat / elapsed:.1f} pages/s ({size / elapsed / 1e6:.2f} MB/s, {repeat} passes)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="directory of saved pages (<stem>.html)")
    parser.add_argument("--expected", type=Path, help="directory of <stem>.json or one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages for the speed figure")
    args = parser.parse_args()
    if args.pages and args.expected:
        sets = [(args.pages, args.expected)]
    else:
        families = FIXTURES / "families"
        heldout = FIXTURES / "heldout"
        sets = [
            (FIXTURES / "dev", FIXTURES / "expected"),
            (families, families / "expected.json"),
            (heldout, heldout / "expected.json"),
        ]
    return _run(sets, args.repeat)


if __name__ == "__main__":
    raise SystemExit(main())
