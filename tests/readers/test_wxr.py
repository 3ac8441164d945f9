"""WordPress WXR exports: threads per post/page, comment kinds, statuses, reply trees, private fields."""

from __future__ import annotations

import json
import warnings
from collections import Counter
from datetime import datetime, timezone
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.errors import InputError, ParseWarning, SkippedRecordWarning
from discourse.readers import ReadOptions, read_bytes
from discourse.readers.wxr import read
from discourse.serialize import write_jsonl

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"
SHARED = Path(__file__).parents[2].parent / "shared" / "data" / "exports-dev"
THEME = SHARED / "wordpress-importer__theme-unit-test-data.xml"
SLASHES = SHARED / "wordpress-importer__slashes.xml"
BLOG = (FIXTURES / "blog__wxr.xml").read_bytes()


def _read(data: bytes, options: ReadOptions | None = None) -> tuple[list, list]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = list(read(data, "test.xml", options or ReadOptions()))
    return threads, caught


def _by_id(threads: list) -> dict:
    return {c.id: c for t in threads for c in t.comments}


@pytest.mark.skipif(not THEME.exists(), reason="wordpress-importer theme unit test data not available")
def test_theme_unit_test_data_gives_its_33_comments_kinds_statuses_and_10_replies():
    threads, caught = _read(THEME.read_bytes())
    comments = [c for t in threads for c in t.comments]
    assert len(comments) == 33
    assert Counter(c.kind for c in comments) == {"comment": 29, "pingback": 2, "trackback": 2}
    assert Counter(c.status for c in comments) == {"approved": 30, "pending": 3}
    assert sum(c.parent_id is not None for c in comments) == 10
    # 58 posts + 21 pages; attachments and menu items without comments give no thread
    assert len(threads) == 79
    by_id = _by_id(threads)
    assert [by_id[str(i)].depth for i in (904, 905, 906, 907, 910, 911, 912, 913, 914, 915)] == list(range(10))
    assert by_id["1017"].parent_id == "168" and by_id["1017"].status == "pending"
    assert by_id["923"].kind == "pingback" and by_id["921"].kind == "trackback"
    assert by_id["881"].author == "John Γιάννης Doe Κάποιος"
    assert by_id["905"].timestamp == datetime(2013, 3, 14, 15, 1, 21, tzinfo=timezone.utc)
    assert not [w for w in caught if issubclass(w.category, SkippedRecordWarning)]


@pytest.mark.skipif(not SLASHES.exists(), reason="wordpress-importer slashes data not available")
def test_slashes_are_kept_as_written():
    (thread,), _ = _read(SLASHES.read_bytes())
    assert thread.article.paragraphs == ('Slashes aren\\\'t \\"cool\\"',)
    assert thread.comments[0].body == "\\o/ ¯\\_(ツ)_/¯"
    assert thread.comments[0].author == "Mr WordPress"


def test_own_fixture_threads_kinds_statuses_and_dates():
    threads, caught = _read(BLOG)
    assert [t.id for t in threads] == ["10", "11", "12", "14"]  # menu item and uncommented attachment skipped
    post = threads[0]
    assert post.article.title == "Neue Radwege am Kanal – was Anwohner sagen"
    assert post.article.author == "redaktion"
    assert post.article.published == datetime(2019, 8, 8, 8, 0, tzinfo=timezone.utc)
    assert post.article.paragraphs == (
        "Der Bezirk baut zwei neue Radwege entlang des Kanals.",
        "Der Kanal im Sommer",
        "Die Arbeiten beginnen im September.\nSie dauern drei Monate.",
    )
    by_id = _by_id(threads)
    assert [(c.id, c.kind, c.status) for c in post.comments] == [
        ("101", "comment", "approved"),
        ("103", "comment", "approved"),
        ("102", "comment", "approved"),
        ("104", "pingback", "approved"),
        ("105", "trackback", "approved"),
        ("106", "comment", "spam"),
        ("107", "comment", "pending"),
        ("108", "comment", "deleted"),
    ]
    # a reply listed before its parent still gets its depth
    assert (by_id["103"].parent_id, by_id["103"].depth) == ("102", 2)
    assert (by_id["102"].parent_id, by_id["102"].depth) == ("101", 1)
    assert by_id["101"].body == "Endlich! Das wurde Zeit.\n\nZweiter Absatz."
    assert by_id["104"].author == "Stadtteilzeitung » Radwege"
    assert by_id["104"].body == "[…] Der Kiez Blog berichtet über die Radwege […]"
    # 0000-00-00 GMT: the local date is read in the given zone; no date at all is None
    assert by_id["107"].timestamp == datetime(2019, 8, 10, 18, 0, tzinfo=timezone.utc)
    assert by_id["108"].timestamp is None
    assert by_id["108"].parent_id is None
    assert any("parent 999" in str(w.message) and w.category is ParseWarning for w in caught)
    assert threads[2].article.title == "kanal.jpg" and threads[2].comments[0].body == "Schönes Foto!"
    assert threads[1].comments == ()
    assert threads[3].article.published == datetime(2019, 9, 1, 9, 30, tzinfo=timezone.utc)


def test_local_dates_use_the_given_zone():
    threads, _ = _read(BLOG, ReadOptions(tz=ZoneInfo("Europe/Berlin")))
    assert _by_id(threads)["107"].timestamp == datetime(2019, 8, 10, 16, 0, tzinfo=timezone.utc)
    assert threads[3].article.published == datetime(2019, 9, 1, 7, 30, tzinfo=timezone.utc)


def test_wxr_1_0_namespace_and_items_without_post_type():
    threads, _ = _read((FIXTURES / "isso__wordpress.xml").read_bytes())
    assert [t.id for t in threads] == ["18", "http://example.tld/?p=4", "http://example.tld/?p=6"]
    first = threads[0]
    assert [c.id for c in first.comments] == ["2", "6", "7", "8", "9", "10", "11"]
    assert [c.depth for c in first.comments] == [0, 0, 1, 2, 2, 0, 0]
    assert first.comments[5].body == "When you have a comment with multiple lines:\nWordPress exports it like this."
    assert first.comments[5].timestamp == datetime(2022, 6, 6, 2, 13, 14, tzinfo=timezone.utc)


def test_private_fields_stay_out_of_output_unless_asked():
    threads, _ = _read(BLOG)
    assert _by_id(threads)["101"].private == {
        "email": "petra@example.net",
        "ip": "203.0.113.7",
        "url": "http://petra.example.net",
    }
    for keep in (False, True):
        out = StringIO()
        write_jsonl(threads, out, keep_private=keep)
        text = out.getvalue()
        assert ("petra@example.net" in text) is keep and ("203.0.113.7" in text) is keep
    for c in (c for t in threads for c in t.comments):
        assert "@example" not in c.body + (c.author or "")


def test_truncated_export_keeps_the_items_before_the_damage():
    cut = BLOG[: BLOG.index(b"<title>Entwurf</title>") + 40]
    threads, caught = _read(cut)
    assert [t.id for t in threads] == ["10", "11", "12"]
    skipped = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert len(skipped) == 1 and "item #6" in skipped[0] and "nothing after it" in skipped[0]


def test_a_broken_item_is_skipped_and_reading_resumes():
    broken = BLOG.replace(b"<title>Impressum</title>", b"<title>Impressum</titel>")
    threads, caught = _read(broken)
    assert [t.id for t in threads] == ["10", "12", "14"]
    skipped = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert len(skipped) == 1 and "item #2" in skipped[0] and "resumed" in skipped[0]


def test_control_characters_and_html_entities_outside_cdata_are_repaired():
    data = BLOG.replace(b"<title>Impressum</title>", b"<title>Impressum&nbsp;&amp;\x0b Kontakt</title>")
    threads, caught = _read(data)
    assert threads[1].article.title == "Impressum & Kontakt"
    assert sum(w.category is ParseWarning for w in caught) == 3  # control char, entity, unknown parent


@pytest.mark.filterwarnings("ignore::discourse.errors.ParseWarning")
def test_detected_and_serialised_through_the_registry():
    threads = list(read_bytes(BLOG, "blog.xml"))
    row = json.loads(next(iter(_jsonl(threads))))
    assert row["article"]["format"] == "wxr" and row["article"]["source"] == "blog.xml"


def _jsonl(threads: list) -> list[str]:
    out = StringIO()
    write_jsonl(threads, out)
    return out.getvalue().splitlines()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(BLOG)))
def test_any_truncation_yields_threads_or_an_input_error(cut):
    try:
        threads, _ = _read(BLOG[:cut])
    except InputError:
        return
    assert all(t.article.format == "wxr" for t in threads)
    assert sum(len(t.comments) for t in threads) <= 9


def test_an_address_typed_as_author_name_is_private():
    threads, _ = _read(BLOG.replace(b"<![CDATA[Kurt]]>", b"<![CDATA[kurt@example.net]]>"))
    kurt = _by_id(threads)["107"]
    assert kurt.author is None and kurt.private == {"author": "kurt@example.net"}
    out = StringIO()
    write_jsonl(threads, out)
    assert "kurt@example.net" not in out.getvalue()
