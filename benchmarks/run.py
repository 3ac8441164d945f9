"""Run every benchmark and write BENCHMARKS.md with the machine and the date.

Usage: ``python benchmarks/run.py [NAME ...]`` (default: all). Each benchmark is a script in this folder that
prints a Markdown section to stdout; this runner adds the machine header and keeps the sections in order.
Data-heavy benchmarks read ``../shared/data`` and print a note instead of figures when it is absent.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# (script and its arguments, what it measures); order is the order of sections in BENCHMARKS.md
BENCHMARKS: tuple[tuple[str, str], ...] = (
    ("dragnet_text.py", "plain-text reader on the dragnet dev pages"),
    ("html_pages.py", "HTML reader on the saved dev pages"),
    ("calibrate_incivility.py", "incivility calibration: 5-fold cross-validated ROC AUC on the dev set"),
    ("incivility_speed.py", "incivility scorer speed and memory"),
    ("functional.py", "incivility: functional tests in the families of HateCheck"),
    ("functional.py --cases functional_heldout",
     "incivility: held-out functional tests, written later by another hand and never read case by case"),
    ("functional.py --cases functional_probes",
     "incivility: functional probes written with the rules of session 5 (development figures)"),
    ("functional.py --cases functional_blind_a",
     "incivility: functional set A, written blind to the scorer in session 7, its misses read since (development)"),
    ("functional.py --cases functional_blind_b",
     "incivility: functional set B, written blind to the scorer and to set A in session 7, never read case by case"),
    ("functional.py --cases functional_blind_c",
     "incivility: functional set C, written blind to the scorer in session 8, its misses read (development)"),
    ("functional.py --cases functional_blind_d",
     "incivility: functional set D, written blind to the scorer and the other sets in session 8, never read case by "
     "case"),
    ("functional.py --cases functional_blind_e",
     "incivility: functional set E, written blind to the scorer in session 9, its misses read (development)"),
    ("functional.py --cases functional_blind_f",
     "incivility: functional set F, written blind to the scorer and the other sets in session 9, never read case by "
     "case"),
    ("functional.py --cases functional_blind_g",
     "incivility: functional set G, written blind to the scorer in session 10 with twice the cases in the weakest "
     "families, its misses read (development)"),
    ("functional.py --cases functional_blind_h",
     "incivility: functional set H, written blind to the scorer and the other sets in session 10, never read case "
     "by case"),
    ("functional.py --cases functional_blind_i",
     "incivility: functional set I, written blind to the scorer and the other sets in session 12, never read case "
     "by case; only its totals and per-family counts were looked at (four times in session 12, its totals six "
     "times in session 13)"),
    ("functional.py --cases functional_blind_j",
     "incivility: functional set J, written blind to the scorer in session 12 in the weakest families only "
     "(questions, implicit derogation, normative threats, pronouns), its misses read (development)"),
    ("functional.py --cases functional_blind_k",
     "incivility: functional set K, written blind to the scorer and the other sets in session 13, never read case "
     "by case; its totals were looked at only to compare session 13's rules with session 12's"),
    ("functional.py --cases functional_blind_l",
     "incivility: functional set L, written blind to the scorer in session 14, its misses read (development; 83.8% "
     "of its hateful cases flagged by session 13's rules before they were read)"),
    ("functional.py --cases functional_blind_m",
     "incivility: functional set M, written blind to the scorer and the other sets in session 14, never read case "
     "by case; its totals were looked at only to compare session 14's rules with session 13's"),
    ("relevance.py", "relevance: own article vs another article"),
    ("scale.py --sizes 10000 200000 1000000", "pipeline stages at 10k / 200k / 1M comments"),
    ("scale.py --sizes 200000 --stages baseline analyze analyze-w2 --repeat 3",
     "analyze against the baseline at 200k, three runs"),
    ("report_speed.py --export 222", "reports of a 222-thread export, end to end"),
)


def machine() -> str:
    """One paragraph describing the machine the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GiB"
    except (ValueError, OSError):
        memory = "unknown"
    return (
        f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}\n"
        f"- machine: {cpu}, {os.cpu_count()} cores, {memory} memory, {platform.system()} {platform.release()}\n"
        f"- Python {platform.python_version()}"
    )


def _previous_sections() -> dict[str, str]:
    """Sections of the existing BENCHMARKS.md by their heading, so a partial run keeps the others."""
    path = ROOT / "BENCHMARKS.md"
    if not path.exists():
        return {}
    known = {what for _, what in BENCHMARKS}
    sections: dict[str, str] = {}
    heading = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") and line[3:] in known:
            heading = line[3:]
            sections[heading] = ""
        if heading is not None:
            sections[heading] += line + "\n"
    return {k: v.rstrip() + "\n" for k, v in sections.items()}


def main(argv: list[str]) -> int:
    wanted = set(argv)
    previous = _previous_sections()
    sections = []
    failed = 0
    for command, what in BENCHMARKS:
        script, *arguments = command.split()
        name = script.removesuffix(".py")
        if wanted and name not in wanted:
            if what in previous:
                sections.append(previous[what])
            continue
        path = HERE / script
        if not path.exists():
            continue
        print(f"running {command} ({what}) ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(path), *arguments], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        # a script's own headings sit below this section's
        body = re.sub(r"^#", "###", proc.stdout.strip(), flags=re.M) or "(no output)"
        if proc.returncode != 0:
            failed += 1
            body += f"\n\nFAILED (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}"
        when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        sections.append(
            f"## {what}\n\n`python benchmarks/{command}`: {seconds:.0f} s, measured {when}, load average {load}\n\n"
            f"{body}\n"
        )
    text = "# Benchmarks\n\nWritten by `make bench` (`python benchmarks/run.py`).\n\n" + machine() + "\n\n"
    (ROOT / "BENCHMARKS.md").write_text(text + "\n".join(sections), encoding="utf-8")
    print(f"wrote BENCHMARKS.md ({len(sections)} sections, {failed} failed)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
