"""Run a command and print its wall seconds, its peak memory in KiB and its exit code, on one line.

    python benchmarks/probe.py COMMAND [ARGS...]

Peak memory is the larger of the biggest process's own peak (``ru_maxrss`` of the children) and the highest sum
of resident memory over the whole process tree, sampled every 50 ms from /proc (Linux): a run with worker
processes is charged for all of them at once, not only for its largest. Shared pages count once per process,
so the sum errs high.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree_rss_kib(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in KiB (0 where /proc is absent)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            statm = (entry / "statm").read_text().split()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
        rss[int(entry.name)] = int(statm[1]) * PAGE_KIB
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def main() -> int:
    start = time.perf_counter()
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, tree_rss_kib(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(seconds, peak, proc.returncode)
    if proc.returncode > 1:
        sys.stderr.write(err.decode(errors="replace")[-300:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
