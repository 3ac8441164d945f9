"""Discussion figures: timing, depth, author concentration."""

from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd
import pytest

from discourse.analysis.discussion import discussion_summary, gini


def frame() -> pd.DataFrame:
    stamps = ["2019-06-16T10:00:00Z", "2019-06-16T12:30:00Z", None, "2019-06-17T10:00:00Z"]
    return pd.DataFrame(
        {
            "timestamp": pd.to_datetime(stamps, utc=True),
            "depth": [0, 1, 1, 2],
            "author": ["ann", "bob", "ann", None],
        }
    )


def test_hours_from_publication_and_from_first_comment() -> None:
    published = datetime(2019, 6, 16, 9, 0, tzinfo=timezone.utc)
    assert discussion_summary(frame(), published)["hours_since_publication"] == [1.0, 3.5, 25.0]
    assert discussion_summary(frame())["hours_since_publication"] == [0.0, 2.5, 24.0]


def test_depth_and_authors() -> None:
    summary = discussion_summary(frame())
    assert summary["depth_counts"] == {"0": 1, "1": 2, "2": 1}
    assert summary["n_authors"] == 2 and summary["repeat_authors"] == 1
    assert summary["top10_share"] == 1.0
    assert summary["gini"] == pytest.approx(1 / 6)


@pytest.mark.parametrize("counts, expected", [([5, 5, 5], 0.0), ([0, 0, 10], 2 / 3), ([1, 3], 0.25), ([], None)])
def test_gini(counts: list[int], expected: float | None) -> None:
    assert gini(counts) == (pytest.approx(expected) if expected is not None else None)


def test_empty_thread() -> None:
    empty = pd.DataFrame({"timestamp": pd.Series([], dtype="datetime64[ns, UTC]"), "depth": [], "author": []})
    summary = discussion_summary(empty)
    assert summary["hours_since_publication"] == [] and summary["n_authors"] == 0 and summary["gini"] is None
