"""Contested naming: user term pairs (e.g. "Kosovo" / "Kosovo and Metohija") and their share on each side."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from discourse.errors import InputError, ParameterError

__all__ = ["NamingCounter", "TermPair", "load_terms"]


@dataclass(frozen=True)
class TermPair:
    """Competing names for one thing; each name has one or more spellings (the first is its label)."""

    name: str
    terms: tuple[tuple[str, ...], ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(spellings[0] for spellings in self.terms)


def _spellings(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value).split("|")
    return tuple(str(v).strip() for v in items if str(v).strip())


def _pair(entry: Any, index: int) -> TermPair:
    if isinstance(entry, dict):
        terms = tuple(_spellings(t) for t in entry.get("terms", []))
        name = str(entry.get("name") or "")
    else:
        terms = tuple(_spellings(t) for t in entry)
        name = ""
    terms = tuple(t for t in terms if t)
    if len(terms) < 2:
        raise InputError(f"term pair {index + 1}: needs at least two names, got {len(terms)}")
    return TermPair(name=name or " / ".join(t[0] for t in terms), terms=terms)


def load_terms(path: str | Path) -> list[TermPair]:
    """Read term pairs from YAML (a list of ``[a, b]`` or ``{name, terms}``) or CSV (one pair per row).

    In either form a name may list spellings separated by ``|`` (YAML also takes a list); the first
    spelling labels the name in the output.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read term pairs ({exc.strerror})") from exc
    if p.suffix.lower() == ".csv":
        rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
        return [_pair([cell for cell in row if cell.strip()], i) for i, row in enumerate(rows)]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({exc})") from exc
    if isinstance(data, dict):
        data = data.get("pairs", [])
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of term pairs")
    return [_pair(entry, i) for i, entry in enumerate(data)]


class NamingCounter:
    """Count which name of each pair a text uses; the longest spelling wins where spellings overlap.

    Parameters
    ----------
    pairs : sequence of TermPair
        The contested names. Matching is case-insensitive on word boundaries, so "Kosovo and Metohija"
        counts once, for its own name, and not also as "Kosovo".
    """

    def __init__(self, pairs: Sequence[TermPair]) -> None:
        self.pairs = pairs

    def _patterns(self) -> list[tuple[TermPair, re.Pattern[str], dict[str, str]]]:
        out = []
        for pair in self.pairs:
            if not isinstance(pair, TermPair):
                raise ParameterError(f"The 'pairs' parameter of NamingCounter must hold TermPair. Got {pair!r}.")
            label_of = {s.lower(): spellings[0] for spellings in pair.terms for s in spellings}
            ordered = sorted(label_of, key=len, reverse=True)
            pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in ordered) + r")(?!\w)", re.IGNORECASE)
            out.append((pair, pattern, label_of))
        return out

    def counts(self, texts: Iterable[str]) -> dict[str, dict[str, int]]:
        """Mentions of each name, per pair, over the texts."""
        patterns = self._patterns()
        result = {pair.name: dict.fromkeys(pair.labels, 0) for pair in self.pairs}
        for text in texts:
            for pair, pattern, label_of in patterns:
                for match in pattern.finditer(text):
                    result[pair.name][label_of[match.group(1).lower()]] += 1
        return result

    def shares(self, texts: Iterable[str]) -> dict[str, dict[str, float | None]]:
        """Share of each pair's mentions that use each name (None for every name when the pair is absent)."""
        out: dict[str, dict[str, float | None]] = {}
        for name, counts in self.counts(texts).items():
            total = sum(counts.values())
            out[name] = {term: (n / total if total else None) for term, n in counts.items()}
        return out
