"""The saved-HTML reader on real pages (trafilatura/readability test pages) and hand-written pages per family.

Expected values in ``tests/fixtures/html/expected/`` were read off the pages' markup (ids, ``depth-N``
classes, ``datetime`` attributes, displayed dates), not taken from the reader; those for the hand-written
pages in ``tests/fixtures/html/families/expected.json`` are what the pages were written to say. The held-out
pages in ``tests/fixtures/html/heldout/`` were written from how each system renders, with their expected
values, before the reader was run on them (see ``tests/fixtures/html/README.md``).
"""

from __future__ import annotations

import codecs
import json
import re
import warnings
from collections import Counter
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from discourse.errors import InputError
from discourse.model import Thread
from discourse.readers import html as reader
from discourse.readers.detect import detect_format
from discourse.readers.html_charset import declared_charset, decode_html
from discourse.readers.html_dates import DateReader
from discourse.readers.html_selectors import AUTHOR_PREFIX
from discourse.readers.options import ReadOptions

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"
DEV = FIXTURES / "dev"
FAMILIES = FIXTURES / "families"
HELDOUT = FIXTURES / "heldout"
NOW = datetime(2020, 2, 15, 12, 0, tzinfo=timezone.utc)
OPTIONS = ReadOptions(format="html", now=NOW)
DEV_EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))
FAMILY_EXPECTED: dict[str, list[dict[str, str | None]]] = json.loads(
    (FAMILIES / "expected.json").read_text(encoding="utf-8")
)
HELDOUT_EXPECTED: dict[str, list[dict[str, str | None]]] = json.loads(
    (HELDOUT / "expected.json").read_text(encoding="utf-8")
)
# Links and buttons a comment body must never end with.
ACTIONS = re.compile(r"(?:^|\n)(?:Reply|Antworten|Antwort|Répondre[^\n]*|Like|Delete|Permalink)$")


@lru_cache(maxsize=None)
def _read(path: Path) -> Thread:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        threads = list(reader.read(path.read_bytes(), str(path), OPTIONS))
    assert len(threads) == 1
    return threads[0]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def token_f1(found: str, gold: str) -> float:
    """Token-level F1 of two texts (bags of lower-cased word tokens)."""
    a, b = _tokens(found), _tokens(gold)
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("expected_path", DEV_EXPECTED, ids=lambda p: p.stem)
def test_dev_pages_give_exact_comments(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    comments = _read(DEV / f"{expected_path.stem}.html").comments
    assert len(comments) == len(expected)
    for position, (got, want) in enumerate(zip(comments, expected, strict=True)):
        assert got.position == position
        assert got.id == want["id"]
        assert got.author == want["author"]
        assert got.parent_id == want["parent_id"]
        assert got.kind == want["kind"]
        if "timestamp" in want:
            assert _iso(got.timestamp) == want["timestamp"], got.id
        else:  # relative dates ("1 Monat her") resolve against ReadOptions.now
            assert got.timestamp_raw == want["timestamp_raw"]
            assert got.timestamp is not None and NOW - timedelta(days=62) <= got.timestamp < NOW


@pytest.mark.parametrize("stem", sorted(FAMILY_EXPECTED))
def test_family_pages_give_exact_comments(stem: str) -> None:
    expected = FAMILY_EXPECTED[stem]
    comments = _read(FAMILIES / f"{stem}.html").comments
    assert [c.id for c in comments] == [w["id"] for w in expected]
    assert [c.author for c in comments] == [w["author"] for w in expected]
    assert [_iso(c.timestamp) for c in comments] == [w["timestamp"] for w in expected]
    assert [c.parent_id for c in comments] == [w["parent_id"] for w in expected]
    depth = {c.id: c.depth for c in comments}
    for c in comments:
        assert c.depth == (0 if c.parent_id is None else depth[c.parent_id] + 1)


@pytest.mark.parametrize("stem", sorted(HELDOUT_EXPECTED))
def test_heldout_pages_give_exact_comments(stem: str) -> None:
    expected = HELDOUT_EXPECTED[stem]
    comments = _read(HELDOUT / f"{stem}.html").comments
    assert [c.id for c in comments] == [w["id"] for w in expected]
    assert [c.author for c in comments] == [w["author"] for w in expected]
    assert [_iso(c.timestamp) for c in comments] == [w["timestamp"] for w in expected]
    assert [c.parent_id for c in comments] == [w["parent_id"] for w in expected]
    assert [c.kind for c in comments] == [w["kind"] for w in expected]


@pytest.mark.parametrize("stem", sorted(HELDOUT_EXPECTED))
def test_heldout_article_is_not_taken_from_comments_or_sidebars(stem: str) -> None:
    path = HELDOUT / f"{stem}.html"
    thread = _read(path)
    title = lxml_html.fromstring(path.read_bytes()).findtext(".//title").split(" | ")[0]
    assert title in (thread.article.title or "")
    assert thread.article.author not in {c.author for c in thread.comments}
    # every held-out article says how large the budget gap is, in its own language
    assert re.search(r"four million|vier Millionen|quatre millions", thread.article.text)


ALL_PAGES = (
    sorted(p for p in DEV.glob("*.html") if "expected-article" not in p.name)
    + sorted(FAMILIES.glob("*.html"))
    + sorted(HELDOUT.glob("*.html"))
)


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_bodies_hold_only_the_comment(path: Path) -> None:
    thread = _read(path)
    assert thread.article.format == "html" and thread.article.id == path.stem
    article = thread.article.text
    for c in thread.comments:
        assert c.body and c.body == c.body.strip()
        assert not ACTIONS.search(c.body), c.body[-60:]
        if c.author and c.kind == "comment":
            assert not c.body.startswith(c.author), c.body[:60]
        if c.timestamp_raw and len(c.timestamp_raw) > 8:
            assert c.timestamp_raw not in c.body
        if len(c.body) >= 20:
            assert c.body not in article
        if c.timestamp is not None:
            assert c.timestamp.utcoffset() == timedelta(0)
    assert detect_format(path.read_bytes(), str(path)) == "html"


def test_paragraph_breaks_and_inline_markup() -> None:
    by_id = {c.id: c for c in _read(FAMILIES / "drupal7.html").comments}
    # the Drupal subject line ("Finally!") is not part of the body, the two <p> are two paragraphs
    first = "Finally! We have been asking for this since 2009.\n\nWill there be a compost bin?"
    assert by_id["comment-101"].body == first
    blogger = {c.id: c for c in _read(FAMILIES / "blogger.html").comments}
    reply = "Just a bucket, with the handle taken off.\n\nA terracotta pot looks nicer, of course."
    assert blogger["c4415"].body == reply
    kubrick = {c.id: c for c in _read(FAMILIES / "kubrick-cite.html").comments}
    assert kubrick["comment-19"].body == "Good tip about the isolating valve."
    spip = {c.id: c for c in _read(FAMILIES / "spip-fr.html").comments}
    assert spip["forum311"].body == "Y aura-t-il un groupe de musique ou seulement un DJ ?"


def test_pingbacks_are_marked() -> None:
    comments = _read(DEV / "gormulus.wordpress.com.durfen.html").comments
    pingbacks = [c for c in comments if c.kind == "pingback"]
    assert len(pingbacks) == 5
    assert all(c.body.startswith("Pingback:") and len(c.body) > len("Pingback:") for c in pingbacks)


def test_disqus_noscript_copy_has_no_dates() -> None:
    comments = _read(DEV / "toptal.com.python.html").comments
    assert len(comments) == 86
    assert all(c.timestamp is None and c.parent_id is None for c in comments)
    assert comments[1].body == "That's good. May I possibly translate this article into Korean?"


@pytest.mark.parametrize("stem", ["sports.fr.lorient", "reitschuster.de-Hass-Demo"])
def test_tickers_and_placeholders_are_not_comments(stem: str) -> None:
    thread = _read(DEV / f"{stem}.html")
    assert thread.comments == ()
    assert len(thread.article.text) > 500


def test_article_body_matches_gold_without_comments() -> None:
    thread = _read(DEV / "hacks.mozilla.org.source.html")
    gold = lxml_html.fromstring((DEV / "hacks.mozilla.org.expected-article.html").read_text(encoding="utf-8"))
    assert token_f1(thread.article.text, gold.text_content()) >= 0.9
    for comment in thread.comments:
        assert comment.body not in thread.article.text
    assert "how do you abort a fetch" not in thread.article.text


def test_article_metadata() -> None:
    article = _read(DEV / "hacks.mozilla.org.source.html").article
    assert article.title == "This API is so Fetching!"
    assert article.url == "https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/"
    assert article.language == "en"
    assert article.publisher == "Mozilla Hacks – the Web developer blog"
    assert article.published is not None and article.published.date().isoformat() == "2015-03-10"
    german = _read(DEV / "netzpolitik.org.abmahnungen.html").article
    assert german.language == "de" and german.author == "Markus Reuter"
    assert german.published == datetime(2016, 6, 23, 14, 14, 51, tzinfo=timezone.utc)


_ZONED = (
    '<html lang="de"><head><meta property="article:published_time" content="2021-03-12T09:00:00+01:00"></head>'
    '<body><article><h1>Titel</h1><p>{body}</p></article><div id="comments"><ol class="commentlist">'
    '<li class="comment" id="comment-1"><cite class="fn">Karl</cite> <div class="comment-meta">'
    "<a href='#comment-1'>12. März 2021 um 14:05 Uhr</a></div><div class='comment-content'><p>Stimmt.</p></div>"
    "</li></ol></div></body></html>"
).format(body="Ein Absatz. " * 40)


def test_times_without_zone_are_in_the_pages_own_zone() -> None:
    comment = next(reader.read(_ZONED.encode(), "zoned.html", OPTIONS)).comments[0]
    assert comment.timestamp == datetime(2021, 3, 12, 13, 5, tzinfo=timezone.utc)
    # a zone the caller chose wins over the page's
    chosen = ReadOptions(format="html", now=NOW, tz=timezone(timedelta(hours=-5)))
    assert next(reader.read(_ZONED.encode(), "zoned.html", chosen)).comments[0].timestamp.hour == 19


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "le 2 mars 2021 à 20 h 19", "2021-03-02T20:19:00+00:00"),
        ("fr", "21 juin 2019, 9h05", "2019-06-21T09:05:00+00:00"),
        ("de", "#2.1 \u2014 12. März 2021 um 11:17 Uhr", "2021-03-12T11:17:00+00:00"),
        ("de", "Eingereicht am Di, 05.11.2012 - 09:33", "2012-11-05T09:33:00+00:00"),
        ("en", "Pingback \u2014 June 14, 2005 @ 9:15 pm", "2005-06-14T21:15:00+00:00"),
        ("en", "9:15 pm", None),  # a clock alone is not a date: "today" would be invented
        ("de", "04:27", None),
    ],
)
def test_displayed_comment_dates(language: str, text: str, expected: str | None) -> None:
    assert _iso(DateReader(OPTIONS, language, None).text(text)) == expected


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Publié par Colette", "Colette"),
        ("Post author By Ruth Delaney", "Ruth Delaney"),
        ("Von Klaus Berger", "Klaus Berger"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Byron Smith", "Byron Smith"),
    ],
)
def test_byline_words_are_not_the_author(byline: str, name: str) -> None:
    assert AUTHOR_PREFIX.sub("", byline) == name


def test_commenters_are_not_the_article_author() -> None:
    # no meta author and no lang: the byline guess runs on the page without its comments,
    # and the German dates are read without a declared language
    thread = _read(FAMILIES / "disqus-wp-plugin.html")
    assert thread.article.author is None and thread.article.language is None
    assert [c.author for c in thread.comments] == ["Nina", "Olaf"]


def test_declared_single_byte_charsets_decode_without_mojibake() -> None:
    classic = _read(FAMILIES / "blogger-classic-de.html")  # ISO-8859-1 on disk
    assert classic.article.title == "Der letzte Zug nach Schönberg"
    assert classic.comments[2].body == "Das Land übernimmt zwei Drittel der Kosten."
    newspaper = _read(FAMILIES / "newspaper-fr.html")  # windows-1252 on disk
    assert newspaper.comments[1].body == "Vingt ans et 48 millions… on verra bien."


def test_charset_meta_far_into_the_head() -> None:
    page = (
        "<html><head><style>" + "p{color:red}\n" * 2000 + "</style>"
        '<meta charset="windows-1252"><title>Caf\u00e9 \u2013 na\u00efve</title></head><body></body></html>'
    )
    data = page.encode("cp1252")
    assert declared_charset(data) == "cp1252"
    assert "Café – naïve" in decode_html(data)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF8 + "<p>Grüße</p>".encode(), "<p>Grüße</p>"),
        (codecs.BOM_UTF16_LE + "<p>Grüße</p>".encode("utf-16-le"), "<p>Grüße</p>"),
        # declared latin-1 but saved as UTF-8: decoding as declared would give "GrÃ¼ÃŸe"
        ('<meta charset="iso-8859-1"><p>Grüße</p>'.encode(), '<meta charset="iso-8859-1"><p>Grüße</p>'),
        ("<p>Gr\u00fc\u00dfe \u201cok\u201d</p>".encode("cp1252"), "<p>Grüße “ok”</p>"),
        ('<?xml version="1.0" encoding="ISO-8859-15"?><p>\u20ac</p>'.encode("iso-8859-15"), "€"),
    ],
)
def test_decode_html(data: bytes, text: str) -> None:
    assert text in decode_html(data)


def test_empty_page_is_an_input_error() -> None:
    with pytest.raises(InputError):
        list(reader.read(b"   ", "empty.html", OPTIONS))


_TAGS = st.sampled_from(["div", "p", "li", "ol", "ul", "article", "aside", "cite", "time", "span", "script", "br"])
_CLASSES = st.sampled_from(
    [
        "comment",
        "comment-list",
        "children",
        "depth-2",
        "fn",
        "comment-content",
        "wc-comment",
        "indented",
        "widget",
        "forum-message",
        "post",
        "comment-author",
        "",
    ]
)
_WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    tag, cls = draw(_TAGS), draw(_CLASSES)
    attrs = f' class="{cls}"' if cls else ""
    if draw(st.booleans()):
        attrs += f' id="comment-{draw(st.integers(0, 30))}"'
    if tag == "time":
        attrs += f' datetime="{draw(st.sampled_from(["comment_date", "2020-01-01T10:00:00Z", "2020-13-45"]))}"'
    children = draw(st.lists(_WORDS if depth > 2 else st.one_of(_WORDS, _markup(depth + 1)), max_size=4))
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


def _check(data: bytes) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            threads = list(reader.read(data, "fuzz.html", OPTIONS))
    except InputError:
        return
    assert len(threads) == 1
    text = threads[0].article.text
    for c in threads[0].comments:
        assert c.body.strip()
        if len(c.body) >= 20:
            assert c.body not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_input_errors(data: bytes) -> None:
    _check(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_markup(), min_size=1, max_size=5))
def test_arbitrary_markup_keeps_comments_out_of_the_article(parts: list[str]) -> None:
    _check(("<html><body><article><p>" + "Body text. " * 20 + "</p></article>" + "".join(parts)).encode())


def test_an_explicit_zone_wins_over_the_pages_own_zone():
    from datetime import timezone

    from discourse.readers import ReadOptions, read_path

    page = Path(__file__).parents[1] / "fixtures" / "html" / "dev" / "hacks.mozilla.org.source.html"
    (own,) = read_path(page)
    (given,) = read_path(page, ReadOptions(tz=timezone.utc))
    assert own.comments[0].timestamp.isoformat() == "2015-03-11T09:57:00+00:00"  # page publishes at -07:00
    assert given.comments[0].timestamp.isoformat() == "2015-03-11T02:57:00+00:00"  # shown "02:57" taken as UTC
