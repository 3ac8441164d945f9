"""Commento and isso JSON exports."""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.errors import InputError, MalformedInputError, SkippedRecordWarning
from discourse.readers.jsonexports import read_commento, read_isso
from discourse.readers.options import ReadOptions

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"
COMMENTO = (FIXTURES / "remark42__commento.json").read_bytes()
ISSO = (FIXTURES / "blog__isso.json").read_bytes()


def _read(reader, data: bytes) -> tuple[list, list]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = list(reader(data, "test.json", ReadOptions()))
    return threads, caught


def test_commento_pages_authors_replies_and_private_fields():
    threads, caught = _read(read_commento, COMMENTO)
    assert [t.id for t in threads] == ["example.com/blog/post/2", "example.com/blog/post/1"]
    anonymous = threads[0].comments[0]
    assert (anonymous.author, anonymous.body, anonymous.likes) == (None, "Example comment created by user.", 1)
    first, reply = threads[1].comments
    assert (first.author, first.body) == ("User5276", "Example 2 comment created by user.")
    assert first.timestamp == datetime(2021, 3, 17, 12, 9, 47, 722181, tzinfo=timezone.utc)
    assert (reply.author, reply.body, reply.parent_id, reply.depth) == ("Saturnin Uf", "Great reply!", first.id, 1)
    assert reply.private == {"email": "moregreatmail@gmail.com", "url": "https://example.com/profile/259"}
    assert all(t.article.format == "commento" for t in threads)
    assert not caught


def test_commento_states_deleted_and_html_only_comments():
    document = json.loads(COMMENTO)
    document["comments"][0].update(state="flagged")
    document["comments"][1].update(deleted=True)
    document["comments"][2].update(markdown="", html="<p>Great <b>reply</b>!</p>", state="unapproved")
    threads, _ = _read(read_commento, json.dumps(document).encode())
    statuses = [c.status for t in threads for c in t.comments]
    assert statuses == ["spam", "deleted", "pending"]
    assert threads[1].comments[1].body == "Great reply!"


def test_isso_threads_parents_modes_likes_and_epoch_times():
    threads, caught = _read(read_isso, ISSO)
    assert [(t.id, t.article.title) for t in threads] == [
        ("/2021/05/wahl/", "Wahlabend im Liveblog"),
        ("/2021/05/nachlese/", "Nachlese"),
    ]
    comments = threads[0].comments
    assert [(c.id, c.parent_id, c.depth, c.status) for c in comments] == [
        ("1", None, 0, "approved"),
        ("2", "1", 1, "approved"),
        ("3", "2", 2, "pending"),
        ("4", None, 0, "deleted"),
    ]
    assert comments[0].body == "Spannender Abend!\n\nDanke für den Blog."
    assert comments[0].likes == 3 and comments[1].author is None
    assert comments[1].timestamp == datetime(2021, 5, 9, 20, 20, 0, 500000, tzinfo=timezone.utc)
    assert comments[0].timestamp == datetime(2021, 5, 9, 20, 15, tzinfo=timezone.utc)
    assert comments[1].private == {"ip": "198.51.100.0", "url": "https://anon.example.net"}
    assert threads[1].comments[0].id == "0" and threads[1].comments[0].author == "Karla"
    assert not caught


def test_isso_records_without_ids_are_named_and_skipped():
    document = json.loads(ISSO)
    del document[1]["comments"][0]["id"]
    document.append({"title": "no id"})
    threads, caught = _read(read_isso, json.dumps(document).encode())
    assert [len(t.comments) for t in threads] == [4, 0]
    messages = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert messages == [
        "thread /2021/05/nachlese/ comment #1 has no id: skipped",
        "thread #3 has no id or no comments list: skipped",
    ]


@pytest.mark.parametrize("reader", [read_commento, read_isso])
@pytest.mark.parametrize("data", [b"", b"{", b'{"comments": 3}', b"[1, 2", b"null", b'"text"'])
def test_broken_json_is_a_malformed_input_error(reader, data):
    with pytest.raises(MalformedInputError):
        _read(reader, data)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.integers(min_value=0, max_value=len(ISSO)).map(lambda n: ISSO[:n]))
def test_arbitrary_bytes_give_threads_or_an_input_error(data):
    for reader in (read_commento, read_isso):
        try:
            _read(reader, data)
        except InputError:
            pass


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)
_commento_keys = st.sampled_from(
    ["commentHex", "url", "domain", "commenterHex", "markdown", "html", "parentHex", "state", "creationDate", "score"]
)
_isso_keys = st.sampled_from(["id", "parent", "author", "created", "text", "mode", "likes", "email"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.dictionaries(_commento_keys, _json, max_size=10), max_size=5),
    st.lists(st.dictionaries(st.sampled_from(["commenterHex", "name", "email"]), _json), max_size=3),
    st.lists(st.dictionaries(_isso_keys, _json, max_size=8), max_size=5),
    _json,
)
def test_structured_but_wrong_json_gives_threads_or_an_input_error(comments, commenters, isso_comments, title):
    commento = json.dumps({"comments": comments, "commenters": commenters}).encode()
    isso = json.dumps([{"id": "/x/", "title": title, "comments": isso_comments}]).encode()
    for reader, data in ((read_commento, commento), (read_isso, isso)):
        try:
            threads, _ = _read(reader, data)
        except InputError:
            continue
        assert all(isinstance(c.body, str) for t in threads for c in t.comments)


def test_cut_exports_keep_the_complete_records_before_the_damage():
    threads, caught = _read(read_commento, COMMENTO[: COMMENTO.index(b"Great reply")])
    assert [[c.body for c in t.comments] for t in threads] == [
        ["Example comment created by user."],
        ["Example 2 comment created by user."],
    ]
    (warning,) = caught
    assert warning.category is SkippedRecordWarning and "line 37" in str(warning.message)
    threads, caught = _read(read_isso, ISSO[: ISSO.index(b"Karla")])
    assert [(t.id, len(t.comments)) for t in threads] == [("/2021/05/wahl/", 4)]
    assert [w.category for w in caught] == [SkippedRecordWarning]
