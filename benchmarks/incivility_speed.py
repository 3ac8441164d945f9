"""Comments per second on one core and peak memory of the incivility scorer, over real dev comments.

    .venv/bin/python benchmarks/incivility_speed.py [--n 50000] [--batch 50000] [--data ../shared/data/ucc-val.csv]

The dev comments are repeated until ``--n`` and scored in batches of ``--batch`` (the scorer's
``batch_size``, default 50,000). Each batch pays a fixed cost (the RE2 screens are compiled per call, about 60 ms), so
smaller batches are slower per comment: measure both when it matters. Time is the best of three runs without
tracing, as process CPU time (one core: pyarrow is held to one thread); peak memory is measured in a separate
traced run (tracemalloc: Python allocations made while scoring) and as the process's peak RSS. The three slowest
rule screens are listed too: one that takes a tenth of a second or more has outgrown RE2's DFA memory (a lexicon
grew), and splitting its rule into two of the same id brings it back to a few hundredths.
Writes ``benchmarks/results/incivility.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from discourse.analysis import incivility_rules as R  # noqa: E402
from discourse.analysis.incivility import IncivilityScorer  # noqa: E402
from discourse.analysis.regex_screen import matches, screen  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ucc-val.csv"
RESULTS = ROOT / "benchmarks" / "results" / "incivility.json"


def score_all(scorer: IncivilityScorer, texts: list[str], batch: int) -> int:
    """Score every text in batches; returns how many were flagged (so the work cannot be skipped)."""
    flagged = 0
    for start in range(0, len(texts), batch):
        flagged += int(scorer.transform(texts[start:start + batch])["uncivil"].sum())
    return flagged


def slowest_screens(texts: list[str], top: int = 3) -> list[tuple[str, float]]:
    """Seconds each rule's RE2 screen takes over the texts (group rules over the texts naming a group), slowest
    first, as (rule id and position, seconds)."""
    _, lower, _ = R.join_texts(texts)
    every = pa.array(lower.split(R.SEPARATOR))
    named = every.take(pa.array(np.flatnonzero(matches(every, screen(R.NAMES_GROUP)))))
    costs = []
    for number, rule in enumerate(R.build_rules()):
        start = time.process_time()
        matches(named if rule.needs_group else every, R.rule_screen(rule))
        costs.append((f"{rule.id} #{number}", round(time.process_time() - start, 3)))
    return sorted(costs, key=lambda cost: cost[1], reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=50_000)
    args = parser.parse_args()
    pa.set_cpu_count(1)  # one core: pyarrow would otherwise spread the regex screens over threads
    pa.set_io_thread_count(1)
    comments = pd.read_csv(args.data)["comment"].astype(str).tolist()
    texts = (comments * (args.n // len(comments) + 1))[: args.n]
    scorer = IncivilityScorer(batch_size=args.batch)
    scorer.transform(texts[:100])  # compile the rules and load the calibration outside the timing
    timings = []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        flagged = score_all(scorer, texts, args.batch)
        timings.append((time.perf_counter() - t0, time.process_time() - c0))
    wall, cpu = min(timings)
    tracemalloc.start()
    score_all(scorer, texts, args.batch)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    chars = sum(map(len, texts))
    result = {
        "comments": len(texts),
        "mean_chars": round(chars / len(texts), 1),
        "batch": args.batch,
        "seconds_wall": round(wall, 3),
        "seconds_cpu": round(cpu, 3),
        "comments_per_second_per_core": round(len(texts) / cpu),
        "comments_per_second_wall": round(len(texts) / wall),
        "peak_traced_mb": round(traced_peak / 2**20, 1),
        "peak_rss_mb": round(rss_mb, 1),
        "flagged_share": round(flagged / len(texts), 4),
        "slowest_screens_seconds": slowest_screens(texts),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "data": str(args.data.name),
    }
    for key, value in result.items():
        print(f"{key:<30}{value}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
