"""Time and peak memory of the pipeline stages against the number of comments.

Usage: ``python benchmarks/scale.py [--sizes 10000 100000 1000000] [--per-thread 100]``

Synthetic corpora: real comment texts from the dev set (``../shared/data/ucc-val.csv``, sampled with replacement,
fixed seed) in threads of ``--per-thread`` comments; each article is twelve other dev texts as paragraphs. Each
stage runs in its own process; its peak memory is that of its whole process tree (``benchmarks/probe.py``: the
highest sum of resident memory over the stage and its worker processes, or its own ``ru_maxrss`` if higher):

- ``baseline``: read the JSON Lines + TF-IDF + NMF (20 topics) over the comment texts, nothing else;
- ``parse``: ``discourse parse`` of the JSON Lines (read and validate every thread);
- ``score``: ``discourse score`` of the comments table (incivility);
- ``analyze``: ``discourse analyze --workers 1`` (everything the report needs), chunked with flat memory, in one
  process;
- ``analyze-w2``: the same with ``--workers 2`` (chunks in two processes; the default on a machine of two cores
  or more), its comments.parquet compared with ``analyze``'s;
- ``dask``: ``discourse analyze --engine dask --workers 2`` (a local cluster; its workers' memory is counted),
  run at the smallest size only, and its comments.parquet compared with ``analyze``'s (incivility columns and
  relevance must be identical).

Prints a Markdown table (seconds, peak MiB, comments/s), the growth against size and the load average.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UCC = ROOT.parent / "shared" / "data" / "ucc-val.csv"
BIN = Path(sys.executable).parent

BASELINE = """
import json, sys
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
texts = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        texts.extend(c["body"] for c in json.loads(line)["comments"])
X = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", min_df=2, max_features=50000).fit_transform(texts)
NMF(n_components=20, random_state=0, init="nndsvda", max_iter=200).fit_transform(X)
"""


def texts() -> list[str]:
    with UCC.open(encoding="utf-8", newline="") as f:
        return [row["comment"] for row in csv.DictReader(f) if row["comment"].strip()]


def build(n: int, per_thread: int, pool: list[str], folder: Path) -> tuple[Path, Path]:
    """Write ``n`` comments as JSON Lines threads and as a flat CSV table; return both paths."""
    rng = random.Random(n)
    jsonl, table = folder / f"threads-{n}.jsonl", folder / f"comments-{n}.csv"
    with jsonl.open("w", encoding="utf-8") as out, table.open("w", encoding="utf-8", newline="") as flat:
        writer = csv.writer(flat)
        writer.writerow(["thread_id", "comment_id", "author", "body"])
        for t in range(-(-n // per_thread)):
            count = min(per_thread, n - t * per_thread)
            comments = []
            for i in range(count):
                body = rng.choice(pool)
                author = f"user{rng.randrange(max(10, count // 2))}"
                parent = f"c{rng.randrange(i)}" if i and rng.random() < 0.4 else None
                comments.append({"id": f"c{i}", "author": author, "body": body, "parent_id": parent,
                                 "depth": 0 if parent is None else 1, "position": i,
                                 "timestamp": f"2020-01-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00"})
                writer.writerow([f"t{t}", f"c{i}", author, body])
            article = {"id": f"t{t}", "title": rng.choice(pool)[:80], "paragraphs": rng.sample(pool, 12),
                       "published": "2020-01-01T00:00:00+00:00", "source": f"synthetic/t{t}", "format": "threads"}
            out.write(json.dumps({"article": article, "comments": comments}) + "\n")
    return jsonl, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 200_000, 1_000_000])
    parser.add_argument("--per-thread", type=int, default=100, help="comments per thread (200k: 2,000 threads)")
    parser.add_argument("--stages", nargs="+", default=["baseline", "parse", "score", "analyze", "analyze-w2", "dask"])
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the stages this many times in turn (a shared machine's speed drifts: each run's "
                             "ratios pair stages run minutes apart, and the table shows every run)")
    args = parser.parse_args()
    if not UCC.exists():
        print(f"(skipped: {UCC} is absent)")
        return 0
    pool = texts()
    rows: list[tuple[int, str, float, float, int, int]] = []
    equal: list[tuple[int, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Every stage imports one frozen copy of the package, so files edited while the benchmark runs cannot
        # make two stages (e.g. the local and Dask runs compared) use different code.
        shutil.copytree(ROOT / "discourse", folder / "snapshot" / "discourse")
        env = dict(os.environ, PYTHONPATH=str(folder / "snapshot"))
        for n in args.sizes:
            jsonl, table = build(n, args.per_thread, pool, folder)
            commands = {
                "baseline": [sys.executable, "-c", BASELINE, str(jsonl)],
                "parse": [str(BIN / "discourse"), "parse", str(jsonl), "-o", str(folder / "parsed.jsonl")],
                "score": [str(BIN / "discourse"), "score", str(table), "-o", str(folder / "scored.parquet")],
                "analyze": [str(BIN / "discourse"), "analyze", str(jsonl), "-o", str(folder / f"out-{n}"),
                            "--workers", "1"],
                "analyze-w2": [str(BIN / "discourse"), "analyze", str(jsonl), "-o", str(folder / f"w2-{n}"),
                               "--workers", "2"],
                "dask": [str(BIN / "discourse"), "analyze", str(jsonl), "-o", str(folder / f"dask-{n}"),
                         "--engine", "dask", "--workers", "2"],
            }
            for run, stage in ((r, st) for r in range(1, args.repeat + 1) for st in args.stages):
                if stage == "dask" and n != min(args.sizes):
                    continue
                probe = [sys.executable, str(ROOT / "benchmarks" / "probe.py"), *commands[stage]]
                proc = subprocess.run(probe, cwd=folder, capture_output=True, text=True, env=env)
                seconds_s, peak_kib, code = proc.stdout.split()
                seconds, peak = float(seconds_s), int(peak_kib) / 1024
                rows.append((n, stage, seconds, peak, int(code), run))
                print(f"  {n:>9,} {stage:<8} run {run} {seconds:8.1f} s {peak:8.0f} MiB exit {code}", file=sys.stderr)
                if int(code) > 1:
                    print(f"    {proc.stderr.strip()[-300:]}", file=sys.stderr)
                if run > 1:
                    continue
                if stage == "dask" and int(code) == 0:
                    equal.append((n, "--engine dask", same_scores(folder / f"out-{n}", folder / f"dask-{n}")))
                if stage == "analyze-w2" and int(code) == 0:
                    equal.append((n, "--workers 2", same_scores(folder / f"out-{n}", folder / f"w2-{n}")))
    runs = args.repeat > 1
    print(f"| comments | stage |{' run |' if runs else ''} seconds | peak MiB | comments/s | exit |")
    print(f"|---:|---|{'---:|' if runs else ''}---:|---:|---:|---:|")
    for n, stage, seconds, peak, exit_code, run in rows:
        cell = f" {run} |" if runs else ""
        print(f"| {n:,} | {stage} |{cell} {seconds:.1f} | {peak:.0f} | {n / seconds:,.0f} | {exit_code} |")
    base = {(n, run): s for n, stage, s, _, _, run in rows if stage == "baseline"}
    for name in ("analyze", "analyze-w2"):
        found = [(n, run, s / base[n, run]) for n, stage, s, _, _, run in rows if stage == name and (n, run) in base]
        if not found:
            continue
        print(f"\n{name} time / baseline (read + TF-IDF + NMF-20) time, same run: "
              + ", ".join(f"{n:,}{f' run {run}' if runs else ''}: {r:.2f}x" for n, run, r in found))
        for n in dict.fromkeys(n for n, _, _ in found):
            ratios = sorted(r for m, _, r in found if m == n)
            if len(ratios) > 1:
                print(f"- {n:,}: median {statistics.median(ratios):.2f}x, best {ratios[0]:.2f}x, "
                      f"worst {ratios[-1]:.2f}x of {len(ratios)} runs")
    growth([(n, stage, sec, peak, code) for n, stage, sec, peak, code, run in rows if run == 1])
    for n, how, verdict in equal:
        print(f"\n{how} vs the single-process local engine on {n:,} comments: {verdict}")
    print(f"\nload average (1, 5, 15 min) at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    return 0


def growth(rows: list[tuple[int, str, float, float, int]]) -> None:
    """Seconds per 1,000 comments and peak MiB of each stage at each size: flat rows mean linear time and
    bounded memory."""
    sizes = sorted({n for n, *_ in rows})
    if len(sizes) < 2:
        return
    print("\n| stage | " + " | ".join(f"s/1k at {n:,}" for n in sizes) + " | "
          + " | ".join(f"MiB at {n:,}" for n in sizes) + " |")
    print("|---|" + "---:|" * (2 * len(sizes)))
    for stage in dict.fromkeys(stage for _, stage, *_ in rows):
        found = {n: (s, m) for n, st, s, m, _ in rows if st == stage}
        if len(found) < 2:
            continue
        times = [f"{found[n][0] / n * 1000:.2f}" if n in found else "" for n in sizes]
        peaks = [f"{found[n][1]:.0f}" if n in found else "" for n in sizes]
        print(f"| {stage} | " + " | ".join(times) + " | " + " | ".join(peaks) + " |")


def same_scores(local: Path, dask: Path) -> str:
    """Whether the two runs' comment tables agree exactly on the incivility columns and relevance."""
    import pandas as pd

    a, b = pd.read_parquet(local / "comments.parquet"), pd.read_parquet(dask / "comments.parquet")
    names = [c for c in a.columns if c.startswith("incivility") or c in ("uncivil", "relevance", "anchor_paragraph")]
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return f"DIFFERENT shape ({a.shape} vs {b.shape})"
    differing = [c for c in names if not a[c].equals(b[c])]
    whole = "whole table identical" if a.equals(b) else "other columns differ"
    return (f"{len(names)} columns ({', '.join(names)}) identical on {len(a):,} rows; {whole}" if not differing
            else f"DIFFERENT in {', '.join(differing)}")


if __name__ == "__main__":
    sys.exit(main())
