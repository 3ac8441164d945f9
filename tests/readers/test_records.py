"""Reply trees of export records: parents in any order, unknown parents, loops, repeated ids."""

from __future__ import annotations

import warnings
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from discourse.errors import ParseWarning
from discourse.readers.records import RawComment, build_comments, iso_time


def _build(pairs: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None, int]], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        comments = build_comments([RawComment(id=i, body=i, parent_id=p) for i, p in pairs])
    assert all(w.category is ParseWarning for w in caught)
    return [(c.id, c.parent_id, c.depth) for c in comments], [str(w.message) for w in caught]


def test_replies_before_parents_get_their_depth():
    tree, caught = _build([("c", "b"), ("b", "a"), ("a", None), ("d", "a")])
    assert tree == [("c", "b", 2), ("b", "a", 1), ("a", None, 0), ("d", "a", 1)]
    assert caught == []


def test_unknown_parents_and_loops_become_top_level_with_a_warning():
    tree, caught = _build([("a", "b"), ("b", "a"), ("c", "a"), ("d", "zz"), ("e", "e")])
    assert tree == [("a", None, 0), ("b", "a", 1), ("c", "a", 1), ("d", None, 0), ("e", None, 0)]
    assert caught == [
        "comment d: parent zz is not among the comments; kept as a top-level comment",
        "comment a: its replies loop back to it; kept as a top-level comment",
        "comment e: its replies loop back to it; kept as a top-level comment",
    ]


def test_repeated_ids_warn_and_replies_go_to_the_first():
    tree, caught = _build([("a", None), ("a", None), ("b", "a")])
    assert tree == [("a", None, 0), ("a", None, 0), ("b", "a", 1)]
    assert caught == ["comment a: the id is repeated; replies go to the first one"]


def test_iso_time():
    assert iso_time("2021-03-17T12:09:47.722181123Z") == datetime(2021, 3, 17, 12, 9, 47, 722181, tzinfo=timezone.utc)
    assert iso_time("2013-10-11T08:51:33+02:00") == datetime(2013, 10, 11, 6, 51, 33, tzinfo=timezone.utc)
    assert iso_time("2011-x09-30T22:48:43Z") is None and iso_time("") is None


@given(st.lists(st.tuples(st.integers(0, 9), st.none() | st.integers(0, 12)), max_size=30))
def test_any_parent_graph_gives_consistent_depths(edges):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        comments = build_comments(
            [RawComment(id=str(i), body="", parent_id=None if p is None else str(p)) for i, p in edges]
        )
    first = {}
    for c in comments:
        first.setdefault(c.id, c)
    for c in comments:
        if c.parent_id is None:
            assert c.depth == 0
        else:
            assert c.depth == first[c.parent_id].depth + 1
