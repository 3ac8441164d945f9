"""Jensen-Shannon divergence, base 2."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.analysis.divergence import jensen_shannon
from discourse.errors import ParameterError


@pytest.mark.parametrize(
    "p, q, expected",
    [([1, 0], [0, 1], 1.0), ([2, 2], [1, 1], 0.0), ([1, 1], [1, 0], 0.311278), ([0, 0], [1, 0], None)],
)
def test_known_values(p: list[float], q: list[float], expected: float | None) -> None:
    value = jensen_shannon(p, q)
    assert value == (pytest.approx(expected, abs=1e-6) if expected is not None else None)


@given(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100)), min_size=1, max_size=12))
def test_bounded_and_symmetric(pairs: list[tuple[float, float]]) -> None:
    p, q = [a for a, _ in pairs], [b for _, b in pairs]
    value = jensen_shannon(p, q)
    if sum(p) == 0 or sum(q) == 0:
        assert value is None
    else:
        assert value is not None and 0.0 <= value <= 1.0
        assert math.isclose(value, jensen_shannon(q, p) or 0.0, abs_tol=1e-9)


def test_rejects_mismatched_or_negative() -> None:
    with pytest.raises(ParameterError):
        jensen_shannon([1, 2], [1])
    with pytest.raises(ParameterError):
        jensen_shannon([1, -1], [1, 1])
