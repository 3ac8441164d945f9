"""Frame-cue salience: share of article paragraphs and of comments carrying each codebook cue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from discourse.analysis.cues import compile_cues, load_yaml
from discourse.analysis.divergence import jensen_shannon
from discourse.analysis.regex_screen import matches, screen
from discourse.analysis.tokens import normalize
from discourse.errors import InputError, ParameterError

__all__ = ["CODEBOOK", "FrameCues"]

CODEBOOK = "framecues.yaml"


class FrameCues:
    """Cue salience from an editable YAML codebook (policy frames, generic frames, Entman's functions).

    These are keyword cues, not coded frames: a unit "has" a cue when one of its words or phrases occurs.

    Parameters
    ----------
    codebook : path or None
        A YAML file like ``discourse/data/framecues.yaml``; None uses the packaged one.
    n_bootstrap : int, default 1000
        Resamples of the units for the 95% percentile interval of each share.
    random_state : int, default 0
    """

    def __init__(self, codebook: str | Path | None = None, n_bootstrap: int = 1000, random_state: int = 0) -> None:
        self.codebook = codebook
        self.n_bootstrap = n_bootstrap
        self.random_state = random_state

    def fit(self) -> FrameCues:
        """Read and compile the codebook; ``cues_`` lists the cue names ``group:dimension`` in codebook order."""
        if not isinstance(self.n_bootstrap, int) or self.n_bootstrap < 1:
            raise ParameterError(
                f"The 'n_bootstrap' parameter of FrameCues must be an int >= 1. Got {self.n_bootstrap!r} instead."
            )
        data = load_yaml(self.codebook, CODEBOOK)
        groups = data.get("groups")
        if not isinstance(groups, dict):
            raise InputError(f"{self.codebook or CODEBOOK}: no 'groups' mapping in the codebook")
        self.patterns_: dict[str, re.Pattern[str]] = {}
        for group, spec in groups.items():
            for dimension, cues in ((spec or {}).get("cues") or {}).items():
                pattern = compile_cues(cues or [])
                if pattern is not None:  # a dimension without cues (e.g. "other") cannot be detected
                    self.patterns_[f"{group}:{dimension}"] = pattern
        self.cues_ = list(self.patterns_)
        return self

    def presence(self, texts: Sequence[str]) -> np.ndarray:
        """Boolean matrix: unit x cue, True when the unit has at least one cue of that kind."""
        if not hasattr(self, "patterns_"):
            self.fit()
        normalized = [normalize(str(t)) for t in texts]
        out = np.zeros((len(normalized), len(self.cues_)), dtype=bool)
        if not normalized:
            return out
        # RE2 screens (regex_screen) tell in C++, for the whole batch, which texts a cue could match at all.
        column = pa.array(normalized, type=pa.large_string())
        for j, cue in enumerate(self.cues_):
            pattern = self.patterns_[cue]
            for i in np.flatnonzero(matches(column, screen(pattern.pattern))):
                out[i, j] = pattern.search(normalized[i]) is not None
        return out

    def salience(self, texts: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Per cue: ``share`` of units with it, 95% bootstrap ``low``/``high``, and ``count`` of such units."""
        return self.salience_of(self.presence(texts))

    def salience_of(self, hits: np.ndarray) -> dict[str, dict[str, Any]]:
        """:meth:`salience` from a :meth:`presence` matrix (rows of many texts can be found at once, then split)."""
        if not hasattr(self, "patterns_"):
            self.fit()
        n = hits.shape[0]
        if n == 0:
            return {cue: {"share": None, "low": None, "high": None, "count": 0} for cue in self.cues_}
        drawn = _draws(n, self.n_bootstrap, self.random_state) if n <= DRAWS_CACHED else _count_draws(
            n, self.n_bootstrap, self.random_state
        )
        boot = drawn @ hits.astype(float) / n  # n_bootstrap x cues
        low, high = np.percentile(boot, [2.5, 97.5], axis=0)
        shares = hits.mean(axis=0)
        return {
            cue: {
                "share": float(shares[j]),
                "low": float(low[j]),
                "high": float(high[j]),
                "count": int(hits[:, j].sum()),
            }
            for j, cue in enumerate(self.cues_)
        }

    def divergence(self, article: dict[str, dict[str, Any]], comments: dict[str, dict[str, Any]]) -> float | None:
        """Jensen-Shannon divergence (base 2) of the two cue-salience profiles, each normalised to sum to one."""
        a = [article[c]["share"] or 0.0 for c in self.cues_]
        b = [comments[c]["share"] or 0.0 for c in self.cues_]
        return jensen_shannon(a, b)


DRAWS_CACHED = 512  # resample counts of sets up to this size are kept (at most 1 MB each as int16)


def _count_draws(n: int, n_bootstrap: int, seed: int) -> np.ndarray:
    """How often each of ``n`` units is drawn in each seeded resample (n_bootstrap x n).

    The resampled shares are these counts times the hits: one product of small integers (exact in floats), not
    a resamples x units x cues array.
    """
    samples = np.random.default_rng(seed).integers(0, n, size=(n_bootstrap, n))
    offsets = n * np.arange(n_bootstrap)[:, None]
    return np.bincount((samples + offsets).ravel(), minlength=n_bootstrap * n).reshape(n_bootstrap, n)


@lru_cache(maxsize=64)
def _draws(n: int, n_bootstrap: int, seed: int) -> np.ndarray:
    """:func:`_count_draws`, kept: every thread of the same size resamples with the same seed, so the same way."""
    counts = _count_draws(n, n_bootstrap, seed).astype(np.int16)
    counts.flags.writeable = False
    return counts
