"""Jensen-Shannon divergence of two distributions, base 2, so it lies in [0, 1]."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.special import rel_entr

from discourse.errors import ParameterError

__all__ = ["jensen_shannon"]


def jensen_shannon(p: Sequence[float] | np.ndarray, q: Sequence[float] | np.ndarray) -> float | None:
    """Jensen-Shannon divergence (base 2) of two non-negative weight vectors over the same categories.

    The weights are normalised to sum to one. Returns None when either side has no mass, since a divergence
    from nothing is undefined rather than zero. Computed from relative entropies (Lin 1991) rather than as the
    square of scipy's distance, whose square root of a tiny negative rounding error is NaN for equal inputs.
    """
    a = np.asarray(p, dtype=float)
    b = np.asarray(q, dtype=float)
    if a.shape != b.shape or a.ndim != 1:
        raise ParameterError(f"jensen_shannon needs two 1-d vectors of one length. Got shapes {a.shape}, {b.shape}.")
    if (a < 0).any() or (b < 0).any() or not (np.isfinite(a).all() and np.isfinite(b).all()):
        raise ParameterError("jensen_shannon needs finite, non-negative weights.")
    if a.sum() <= 0 or b.sum() <= 0:
        return None
    a, b = a / a.sum(), b / b.sum()
    m = (a + b) / 2
    divergence = (rel_entr(a, m).sum() + rel_entr(b, m).sum()) / (2 * np.log(2))
    return float(min(1.0, max(0.0, divergence)))
