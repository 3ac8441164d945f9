"""``discourse validate``: agreement of a scored table with human labels, with bootstrap intervals."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from discourse.analysis.incivility import CATEGORIES, category_thresholds
from discourse.analysis.validation import METRICS, validate_frame
from discourse.cli import EXIT_OK
from discourse.cli.score import read_table
from discourse.errors import ParameterError
from discourse.pipeline import atomic_output

EXAMPLES = """examples:
  discourse validate scored.csv --label hostile                     label vs overall incivility
  discourse validate scored.csv --label toxic --label insult=name_calling -o agreement.json
"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "validate",
        help="compare incivility scores with human labels",
        description="ROC AUC, precision/recall/F1 at the threshold and Krippendorff's alpha of scores against "
                    "label columns (0/1, booleans or annotator shares, >= 0.5 counts as positive), each with a "
                    "percentile bootstrap 95% interval. The flag behind P/R/F1 and alpha is 'uncivil' for the "
                    "overall score, the shipped F1-best threshold for the calibrated categories (dismissive, "
                    "condescending, sarcasm, generalisation) and 'any cue fired' (> 0) for the other categories; "
                    "the 'flag' column says which.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("scored", metavar="SCORED", help="output of `discourse score` with label columns")
    p.add_argument("--label", action="append", required=True, metavar="COL[=CATEGORY]",
                   help="label column, optionally with the category it checks (default: overall incivility)")
    p.add_argument("--bootstrap", type=int, default=1000, metavar="N", help="bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default 0)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the table as .json or .csv")
    return p


def parse_labels(specs: list[str]) -> dict[str, str]:
    """``COL[=CATEGORY]`` -> {label column: score column}."""
    out: dict[str, str] = {}
    for spec in specs:
        label, _, category = spec.partition("=")
        category = category.strip() or "incivility"
        if category != "incivility" and category not in CATEGORIES:
            raise ParameterError(f"unknown category {category!r}; one of: incivility, {', '.join(CATEGORIES)}")
        out[label.strip()] = category if category == "incivility" else f"incivility_{category}"
    return out


def _cell(value: float) -> str:
    return "  n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3f}"


def format_table(table: pd.DataFrame) -> str:
    """A plain-text table: one line per label, each metric with its interval."""
    lines = [f"{'label':<20}{'score':<26}{'flag':<15}{'n':>7}{'pos':>6}  " + "  ".join(f"{m:<20}" for m in METRICS)]
    for row in table.to_dict("records"):
        cells = [f"{_cell(row[m])} [{_cell(row[f'{m}_low'])}, {_cell(row[f'{m}_high'])}]" for m in METRICS]
        lines.append(f"{row['label']:<20}{row['score']:<26}{row['flag']:<15}{row['n']:>7}{row['positives']:>6}  "
                     + "  ".join(f"{c:<20}" for c in cells))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.bootstrap < 1:
        raise ParameterError(f"The '--bootstrap' option must be an int >= 1. Got {args.bootstrap} instead.")
    frame = read_table(args.scored)
    thresholds = {f"incivility_{c}": t for c, t in category_thresholds().items()}
    table = validate_frame(frame, parse_labels(args.label), n_boot=args.bootstrap, random_state=args.seed,
                           thresholds=thresholds)
    print(format_table(table))
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix not in (".json", ".csv"):
            raise ParameterError(f"The output suffix must be .json or .csv. Got {args.output!r} instead.")
        with atomic_output(args.output) as stream:
            if suffix == ".csv":
                table.to_csv(stream, index=False)
            else:
                records = [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
                           for r in table.to_dict("records")]
                json.dump({"bootstrap": args.bootstrap, "seed": args.seed, "labels": records}, stream, indent=2)
                stream.write("\n")
    sys.stdout.flush()
    return EXIT_OK
