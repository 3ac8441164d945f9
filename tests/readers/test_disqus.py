"""Disqus XML exports: threads, every post kept and marked, damaged records named and skipped."""

from __future__ import annotations

import json
import warnings
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.cli import main
from discourse.errors import InputError, ParseWarning, SkippedRecordWarning
from discourse.readers.disqus import read
from discourse.readers.options import ReadOptions

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"
REMARK42 = FIXTURES / "remark42__disqus.xml"
FORUM = (FIXTURES / "forum__disqus.xml").read_bytes()


def _read(data: bytes) -> tuple[list, list]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = list(read(data, "test.xml", ReadOptions()))
    return threads, caught


def _messages(caught: list, category: type) -> list[str]:
    return [str(w.message) for w in caught if w.category is category]


def test_remark42_export_gives_the_readable_posts_and_names_the_bad_ones():
    threads, caught = _read(REMARK42.read_bytes())
    posts = {c.id: c for t in threads for c in t.comments}
    assert sorted(posts) == ["299619020", "299744309", "299986072", "299986073"]
    assert posts["299986073"].status == "spam" and posts["299986073"].body == "some ugly spam"
    assert posts["299619020"].body == "The quick brown fox jumps over the lazy dog.\n\nsome link"
    assert posts["299744309"].author == "mikhail"
    assert posts["299986072"].author == "No Username"
    assert posts["299986072"].timestamp == datetime(2011, 8, 31, 22, 48, 43, tzinfo=timezone.utc)
    assert posts["299986072"].body.startswith("Google App Engine скоро выходит из превью статуса.\n\n")
    assert [t.article.title for t in threads] == ["Радио-Т: Радио-Т 229"] * 2
    assert threads[1].article.url == "https://radio-t.com/p/2011/03/05/podcast-229/"
    skipped = _messages(caught, SkippedRecordWarning)
    assert len(skipped) == 2
    assert "post #4" in skipped[0] and "12345678890" in skipped[0] and "no dsq:id" in skipped[0]
    assert "post x299986073" in skipped[1] and "line 147" in skipped[1]
    assert _messages(caught, ParseWarning) == ["1 stray byte(s) before the XML start ignored"]


def test_parse_command_exits_1_with_one_line_per_bad_record(capsys):
    code = main(["parse", str(REMARK42)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    lines = [line for line in captured.err.splitlines() if "remark42__disqus.xml" in line]
    assert len(lines) == 3 and sum("skipped" in line for line in lines) == 2
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert sum(len(row["comments"]) for row in rows) == 4
    assert "@gmail.com" not in captured.out and "178.178.178.178" not in captured.out


def test_isso_disqus_sample_orphans_parents_and_deleted_posts():
    threads, caught = _read((FIXTURES / "isso__disqus.xml").read_bytes())
    assert [t.id for t in threads] == ["2", "3", "7"]
    first = threads[0]
    assert [(c.id, c.parent_id, c.depth, c.status) for c in first.comments] == [
        ("4", None, 0, "approved"),
        ("5", "4", 1, "approved"),
        ("9", None, 0, "deleted"),
        ("11", "9", 1, "approved"),
    ]
    assert first.comments[1].body == "Hello, World."
    assert first.comments[0].private == {"email": "foo@bar.com", "ip": "127.0.0.1"}
    assert threads[2].article.title is None and threads[2].comments[0].author == "Empty"
    skipped = _messages(caught, SkippedRecordWarning)
    assert skipped == ["post 6 (line 66) belongs to thread 1337, which is not in the export: skipped"]


def test_posts_before_their_thread_replies_before_parents_spam_and_deleted():
    threads, caught = _read(FORUM)
    assert [t.id for t in threads] == ["700", "701", "702"]
    main_thread = threads[0]
    assert main_thread.article.title == "Haushalt 2020: Wo gespart wird"
    assert main_thread.article.paragraphs == ("Der Stadtrat hat den Haushalt beschlossen.",)
    assert main_thread.article.published == datetime(2020, 2, 29, 18, 0, tzinfo=timezone.utc)
    posts = {c.id: c for c in main_thread.comments}
    assert [c.id for c in main_thread.comments] == ["5001", "5003", "5002", "5004"]
    assert (posts["5003"].parent_id, posts["5003"].depth) == ("5002", 2)
    assert (posts["5002"].parent_id, posts["5002"].depth) == ("5001", 1)
    assert posts["5003"].author == "gast42"  # empty name: the username
    assert posts["5003"].body == "Weil es keine gibt\u00a0— lies nochmal.".replace("\u00a0", " ")
    assert posts["5002"].author == "Tom & Jerry"
    assert posts["5002"].body == "Stimmt nicht, die Opposition kommt im dritten Absatz zu Wort."
    assert posts["5004"].status == "spam"  # flagged spam and deleted: counted as spam
    lone = threads[1].comments[0]
    assert (lone.status, lone.body, lone.timestamp, lone.timestamp_raw) == ("deleted", "", None, "yesterday-ish")
    assert lone.parent_id is None
    assert threads[2].comments == ()
    assert Counter(w.category for w in caught) == {ParseWarning: 2, SkippedRecordWarning: 1}
    assert "thread 666" in _messages(caught, SkippedRecordWarning)[0]


def test_utf16_export_reads_the_same():
    threads, _ = _read(FORUM.decode("utf-8").replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"))
    assert [len(t.comments) for t in threads] == [4, 1, 0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(FORUM)))
def test_any_truncation_yields_threads_or_an_input_error(cut):
    try:
        threads, caught = _read(FORUM[:cut])
    except InputError:
        return
    assert sum(len(t.comments) for t in threads) <= 5
    if cut < len(FORUM) - 12:
        assert any(w.category is SkippedRecordWarning for w in caught)


@pytest.mark.parametrize("flag", ["isSpam", "isDeleted"])
def test_unreadable_flags_warn_and_read_as_false(flag):
    data = FORUM.replace(f"<{flag}>false</{flag}>".encode(), f"<{flag}>maybe</{flag}>".encode(), 1)
    threads, caught = _read(data)
    assert threads[0].comments[0].status == "approved"
    assert any(flag in m and "maybe" in m for m in _messages(caught, ParseWarning))
