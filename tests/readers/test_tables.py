"""CSV and JSON Lines tables of comments with a column mapping."""

from __future__ import annotations

import csv
import io
import json
import warnings
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.errors import InputError, MalformedInputError, ParseWarning, SkippedRecordWarning
from discourse.readers.options import ReadOptions, TableColumns
from discourse.readers.tables import map_columns, read_csv, read_jsonl

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"
CSV = (FIXTURES / "comments.csv").read_bytes()


def _read(reader, data: bytes, source: str = "comments.csv", **columns: str) -> tuple[list, list]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = list(reader(data, source, ReadOptions(columns=TableColumns(**columns))))
    return threads, caught


def test_csv_columns_guessed_cells_with_newlines_threads_and_parents():
    threads, caught = _read(read_csv, CSV)
    assert [t.id for t in threads] == ["https://news.example.com/a1", "https://news.example.com/a2"]
    a1, a2 = threads
    assert a1.article.paragraphs == ("Die Regierung hat beschlossen.",)
    assert a1.article.url == "https://news.example.com/a1" and a2.article.paragraphs == ()
    first, reply = a1.comments
    assert (first.id, first.author, first.body) == ("c1", "Ann", "First line\nsecond line, with a comma")
    assert first.timestamp == datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)
    assert (reply.body, reply.parent_id, reply.depth) == ('I disagree, "strongly"', "c1", 1)
    assert reply.timestamp == datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)  # epoch seconds
    assert [c.id for c in a2.comments] == ["c4"]
    assert a2.comments[0].parent_id is None
    skipped = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert skipped == ["row 3 has no comment text: skipped"]
    assert any("parent c9" in str(w.message) for w in caught if w.category is ParseWarning)


def test_explicit_mapping_wins_and_a_missing_column_is_named():
    threads, _ = _read(read_csv, CSV, text="Article", thread="User")
    assert [t.id for t in threads] == ["Ann"]
    assert threads[0].comments[0].body == "Die Regierung hat beschlossen."
    with pytest.raises(MalformedInputError, match=r"no column 'Body' \(--text-column\); the table has: Comment ID"):
        _read(read_csv, CSV, text="Body")


def test_no_text_column_says_which_columns_exist_and_which_flag_to_use():
    with pytest.raises(MalformedInputError) as info:
        _read(read_csv, b"who,when\nAnn,2024-01-01\n")
    assert "who, when" in str(info.value) and "--text-column" in str(info.value)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Body", "Author", "Time"], {"text": "Body", "author": "Author", "time": "Time"}),
        (["message", "user_name", "created_at", "thread_id"], {"thread": "thread_id", "author": "user_name"}),
        (["id", "post_id", "text", "reply_to"], {"id": "id", "thread": "post_id", "parent": "reply_to"}),
        (
            ["comment", "comment_id", "url", "article_text"],
            {"text": "comment", "id": "comment_id", "article": "article_text"},
        ),
    ],
)
def test_column_guesses(header, expected):
    mapping = map_columns(header, TableColumns())
    assert {field: mapping.get(field) for field in expected} == expected


def test_semicolon_and_tab_delimiters():
    semicolon = "author;text;date\nAnn;Hallo, Welt;01.05.2024\n".encode("cp1252")
    (thread,), _ = _read(read_csv, semicolon, source="export")
    assert thread.id == "export" and thread.comments[0].body == "Hallo, Welt"
    assert thread.comments[0].timestamp is not None
    tab = b"author\ttext\nAnn\tone, two\n"
    (thread,), _ = _read(read_csv, tab, source="x.tsv")
    assert thread.comments[0].body == "one, two"


def test_jsonl_nested_fields_reddit_style_and_bad_lines():
    lines = [
        {"id": "k1", "author": "u1", "body": "top", "created_utc": 1714557600, "link_id": "t3_x", "parent_id": "t3_x"},
        {"id": "k2", "author": "u2", "body": "reply", "created_utc": 1714557660, "link_id": "t3_x", "parent_id": "k1"},
        {"id": "k3", "author": {"name": "u3"}, "body": "", "link_id": "t3_x"},
    ]
    data = ("\n".join(json.dumps(x) for x in lines) + "\nnot json\n[1]\n").encode()
    threads, caught = _read(read_jsonl, data, source="rc.jsonl")
    (thread,) = threads
    assert thread.id == "t3_x" and [(c.id, c.parent_id, c.depth) for c in thread.comments] == [
        ("k1", None, 0),
        ("k2", "k1", 1),
    ]
    assert thread.comments[1].timestamp == datetime(2024, 5, 1, 10, 1, tzinfo=timezone.utc)
    skipped = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert "line 3 has no comment text: skipped" in skipped
    assert "line 5 is not a JSON object: skipped" in skipped
    assert any(m.startswith("line 4 is not JSON") for m in skipped) and len(skipped) == 3


def test_jsonl_dotted_mapping_and_json_list():
    data = json.dumps([{"text": "hi", "user": {"name": "Ann"}}]).encode()
    (thread,), _ = _read(read_jsonl, data, source="list.json", author="user.name")
    assert thread.comments[0].author == "Ann"


_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_cells, min_size=1, max_size=5), min_size=1, max_size=8), st.sampled_from([",", ";", "\t"]))
def test_random_csv_gives_threads_or_an_input_error(rows, delimiter):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["text", "author", "parent", "id", "time"][: max(len(r) for r in rows)])
    writer.writerows(rows)
    try:
        threads, _ = _read(read_csv, out.getvalue().encode())
    except InputError:
        return
    bodies = [c.body for t in threads for c in t.comments]
    assert all(body.strip() for body in bodies)
    assert len(bodies) <= len(rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_threads_or_an_input_error(data):
    for reader in (read_csv, read_jsonl):
        try:
            _read(reader, data)
        except InputError:
            pass


def test_a_cell_over_the_csv_field_limit_keeps_the_rows_before_it():
    data = b"text,author\nfirst,Ann\nsecond,Bob\n" + b'"' + b"x" * (csv.field_size_limit() + 10) + b'",Cy\nlast,Dee\n'
    (thread,), caught = _read(read_csv, data)
    assert [c.body for c in thread.comments] == ["first", "second"]
    assert [w.category for w in caught] == [SkippedRecordWarning]
    assert "the rest of the table was not read" in str(caught[0].message)
