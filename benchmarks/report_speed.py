"""Time of the reports: `write_reports` per report, or `discourse report` end to end on a synthetic Disqus export.

    .venv/bin/python benchmarks/report_speed.py --threads 20 --comments 400 [--jobs 2]
    .venv/bin/python benchmarks/report_speed.py --export 222 [--jobs N] [--keep DIR]

The first form times `write_reports` on the hand-built results of the report tests: wall and CPU seconds per
article report (CPU of this process only: with --jobs > 1 the workers' time is not in it).

The second form is the held-out check, "a Disqus export of 222 threads reported within five minutes", reading and
analysis included. It writes a Disqus XML export of that many threads with 1-60 comments each (plus a fifth as
many threads without comments, as real exports list every post of a site): articles are the article parts of the
dragnet dev pages, comments real comments of the UCC dev set (both read in place from ``../shared``, fixed seed;
the export lives in a temporary folder and is never kept in the repository), a third of them replies. Then it runs
``discourse report`` on it in a subprocess and prints the wall seconds, the CPU seconds of the command and all its
workers, the load average before the run, and the reports written.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from dragnet_pages import split_text  # beside this script

from discourse.report import write_reports

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _builders():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_builders", ROOT / "tests" / "report" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["report_builders"] = module
    spec.loader.exec_module(module)
    return module


def _articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every dragnet dev page with some article text: its first line is the title."""
    out = []
    for path in sorted((SHARED / "dragnet-dev").glob("*.txt")):
        text = path.read_bytes().decode("cp1252", errors="replace")
        text = (split_text(text) or (text, ""))[0]
        lines = [" ".join(line.split()) for line in text.splitlines() if len(line.split()) >= 4]
        if len(lines) >= 3:
            out.append((lines[0][:120], lines[1:40]))
    return out


def _comments() -> list[str]:
    with open(SHARED / "ucc-val.csv", encoding="utf-8", newline="") as f:
        return [row["comment"] for row in csv.DictReader(f) if row["comment"].strip()]


def write_export(path: Path, n_threads: int, seed: int = 1) -> int:
    """A Disqus XML export of ``n_threads`` threads with comments (and n/5 without); returns the comment count."""
    rng = random.Random(seed)
    articles, texts = _articles(), _comments()
    authors = [f"reader{i}" for i in range(400)]
    start = datetime(2024, 3, 1, 8, tzinfo=timezone.utc)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
             'xmlns:dsq="http://disqus.com/disqus-internals">\n']
    posts: list[str] = []
    post_id = 100000
    n_comments = 0
    total = n_threads + n_threads // 5
    for t in range(total):
        title, paragraphs = articles[t % len(articles)]
        published = start + timedelta(hours=7 * t)
        message = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        parts.append(f'<thread dsq:id="{t + 1}"><id>post-{t + 1}</id><forum>bench</forum>'
                     f"<link>https://example.org/{t + 1}/</link><title>{escape(title)}</title>"
                     f"<message><![CDATA[{message}]]></message>"
                     f"<createdAt>{published:%Y-%m-%dT%H:%M:%SZ}</createdAt>"
                     "<author><name>Editor</name></author></thread>\n")
        if t >= n_threads:
            continue  # threads without comments, as exports list every post
        ids: list[int] = []
        when = published
        for _ in range(rng.randint(1, 60)):
            post_id += 1
            when += timedelta(minutes=rng.randint(1, 240))
            parent = f'<parent dsq:id="{rng.choice(ids)}"/>' if ids and rng.random() < 0.33 else ""
            posts.append(f'<post dsq:id="{post_id}"><message><![CDATA[<p>{rng.choice(texts)}</p>]]></message>'
                         f"<createdAt>{when:%Y-%m-%dT%H:%M:%SZ}</createdAt><isDeleted>false</isDeleted>"
                         f"<isSpam>false</isSpam><author><name>{rng.choice(authors)}</name></author>"
                         f'<thread dsq:id="{t + 1}"/>{parent}</post>\n')
            ids.append(post_id)
            n_comments += 1
    path.write_text("".join(parts + posts) + "</disqus>\n", encoding="utf-8")
    return n_comments


def run_export(n_threads: int, jobs: int | None, keep: Path | None) -> None:
    """`discourse report` end to end on a generated export: wall, CPU (with workers), load before the run."""
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.xml"
        n_comments = write_export(export, n_threads)
        out = keep or Path(tmp) / "reports"
        command = [str(Path(sys.executable).parent / "discourse"), "report", str(export), "-o", str(out)]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        load = os.getloadavg()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        reports = [p for p in out.iterdir() if (p / "report.pdf").exists()] if out.exists() else []
    print(f"$ {' '.join(command)}")
    print(f"export: {n_threads} threads with comments (+{n_threads // 5} without), {n_comments} comments")
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores: {os.cpu_count()}")
    print(f"exit {done.returncode}; reports with a PDF: {len(reports)}; wall {wall:.1f} s; CPU {cpu:.1f} s "
          f"(command and workers), {cpu / max(len(reports), 1):.2f} s per report")
    print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--comments", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=None, help="default: 1, or the command's default with --export")
    parser.add_argument("--export", type=int, metavar="N", help="threads with comments of a generated Disqus export")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="with --export: write the reports here")
    args = parser.parse_args()
    if args.export:
        run_export(args.export, args.jobs, args.keep)
        return
    results = _builders().synthetic(n_comments=args.comments, n_threads=args.threads, seed=1)
    with tempfile.TemporaryDirectory() as out:
        cpu, wall = time.process_time(), time.perf_counter()
        run = write_reports(results.comments, results.threads, results.topics, results.corpus, out,
                            jobs=args.jobs or 1)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    articles = [w.seconds for w in run.written if w.slug != "corpus"]
    corpus = [w.seconds for w in run.written if w.slug == "corpus"]
    print(f"{len(articles)} article reports + corpus, {args.comments} comments: wall {wall:.1f} s, CPU {cpu:.1f} s")
    print(f"per article report (wall): mean {statistics.mean(articles):.2f} s, max {max(articles):.2f} s")
    print(f"corpus report (wall): {corpus[0]:.2f} s; CPU per report overall: {cpu / len(run.written):.2f} s")
    print(f"failed: {len(run.failed)}")


if __name__ == "__main__":
    main()
