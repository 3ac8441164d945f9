"""Time of `write_reports` per report, on the hand-built results of the report tests.

    .venv/bin/python benchmarks/report_speed.py --threads 20 --comments 400 [--jobs 2]

Prints wall and CPU seconds per article report (mean, max) and of the corpus report (CPU of this process only:
with --jobs > 1 the workers' time is not in it). The held-out check is a Disqus
export of 222 threads reported within five minutes, reading and analysis included.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

from discourse.report import write_reports

ROOT = Path(__file__).resolve().parents[1]


def _builders():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_builders", ROOT / "tests" / "report" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["report_builders"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--comments", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    results = _builders().synthetic(n_comments=args.comments, n_threads=args.threads, seed=1)
    with tempfile.TemporaryDirectory() as out:
        cpu, wall = time.process_time(), time.perf_counter()
        run = write_reports(results.comments, results.threads, results.topics, results.corpus, out, jobs=args.jobs)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    articles = [w.seconds for w in run.written if w.slug != "corpus"]
    corpus = [w.seconds for w in run.written if w.slug == "corpus"]
    print(f"{len(articles)} article reports + corpus, {args.comments} comments: wall {wall:.1f} s, CPU {cpu:.1f} s")
    print(f"per article report (wall): mean {statistics.mean(articles):.2f} s, max {max(articles):.2f} s")
    print(f"corpus report (wall): {corpus[0]:.2f} s; CPU per report overall: {cpu / len(run.written):.2f} s")
    print(f"failed: {len(run.failed)}")


if __name__ == "__main__":
    main()
