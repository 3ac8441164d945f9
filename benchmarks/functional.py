"""Functional tests in the families of HateCheck: share of hateful cases flagged, and of non-hateful ones.

    .venv/bin/python benchmarks/functional.py [--examples N] [--cases functional_heldout|functional_blind_d|...]

The cases (``benchmarks/functional_cases.py``) are templates over seven target groups. Reported per family: how
many are ``uncivil`` and how many carry an ``identity_attack`` score. The bars of issue 4: at least 80% of hateful
cases uncivil (70% with identity_attack > 0) and at most 25% of the non-hateful ones (identity mentions, negated
hate, counter-speech, reclaimed slurs, homonyms) flagged.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from discourse.analysis.incivility import IncivilityScorer  # noqa: E402

# The sets whose cases have been read while rules were written.
DEVELOPMENT = ("functional_cases", "functional_probes", "functional_blind_a", "functional_blind_c",
               "functional_blind_e", "functional_blind_g", "functional_blind_j", "functional_blind_l")


SETS = tuple(sorted(path.stem for path in (ROOT / "benchmarks").glob("functional_*.py")
                   if path.stem not in ("functional",)))


# The non-hateful families the bar names (HateCheck's identity mentions, negation, counter-speech, reclaimed
# slurs, homonyms), whatever each set's numbering.
CRITERION = re.compile(r"homonym|reclaimed|neutral|positive|denounc|negated")


def _cases(name: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    module = importlib.import_module(f"benchmarks.{name}")
    return module.HATEFUL, module.NOT_HATEFUL


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="misses to print per family")
    parser.add_argument("--cases", default="functional_cases",
                        choices=SETS,
                        help="the development cases, the held-out ones written later by another hand, the "
                             "probes written with the rules of session 5, or the sets written blind since session 7 "
                             "(A, C, E and G read as development sets; B, D, F and H held out)")
    args = parser.parse_args()
    HATEFUL, NOT_HATEFUL = _cases(args.cases)
    if args.cases not in DEVELOPMENT:
        # Helpers writing blind sets hit on the same stock sentences; a copy of a case whose misses were read is
        # no held-out case.
        seen = {text.lower() for name in DEVELOPMENT for cases in _cases(name) for _, text in cases}
        kept = [[case for case in cases if case[1].lower() not in seen] for cases in (HATEFUL, NOT_HATEFUL)]
        dropped = len(HATEFUL) + len(NOT_HATEFUL) - sum(map(len, kept))
        print(f"dropped {dropped} cases that copy a development case word for word")
        HATEFUL, NOT_HATEFUL = kept[0], kept[1]
    scorer = IncivilityScorer()
    for name, cases, wanted in (("hateful", HATEFUL, True), ("not hateful", NOT_HATEFUL, False)):
        frame = scorer.transform([text for _, text in cases])
        flagged = frame["uncivil"].to_numpy()
        attack = (frame["incivility_identity_attack"] > 0).to_numpy()
        print(f"{name}: {len(cases)} cases, uncivil {flagged.mean():.1%}, identity_attack > 0 {attack.mean():.1%}")
        if not wanted:
            # the bar counts these; abuse of objects, individuals and other groups is uncivil, not hateful
            kept = [i for i, (family, _) in enumerate(cases) if CRITERION.search(family)]
            print(f"  of them identity mentions, negated hate, counter-speech, reclaimed slurs and homonyms: "
                  f"{len(kept)} cases, uncivil {flagged[kept].mean():.1%}")
        families: dict[str, list[int]] = defaultdict(list)
        for i, (family, _) in enumerate(cases):
            families[family].append(i)
        for family, rows in sorted(families.items(), key=lambda kv: int(re.match(r"\d+", kv[0][1:]).group())):
            misses = [cases[i][1] for i in rows if bool(flagged[i]) != wanted]
            print(f"  {family:<36}{sum(flagged[rows]):>4}/{len(rows):<4} identity_attack {sum(attack[rows]):>3}")
            for text in misses[: args.examples]:
                print(f"      miss: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
