"""Format detection from content, the file name only breaking ties."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.errors import UnsupportedFormatError
from discourse.readers import ReadOptions, read_bytes
from discourse.readers.detect import detect_format

TESTS = Path(__file__).parents[1]
FIXTURES = TESTS / "fixtures" / "exports"
SHARED = TESTS.parents[1] / "shared" / "data"
SEEDS = sorted((TESTS / "fixtures" / "seeds").glob("*.txt"))
HTML_DEV = sorted((SHARED / "html-dev").glob("*.html"))
EXPORTS_DEV = {
    "isso__disqus.xml": "disqus",
    "isso__wordpress.xml": "wxr",
    "remark42__commento.json": "commento",
    "remark42__disqus.xml": "disqus",
    "wordpress-importer__slashes.xml": "wxr",
    "wordpress-importer__theme-unit-test-data.xml": "wxr",
}
OWN = {
    "blog__wxr.xml": "wxr",
    "forum__disqus.xml": "disqus",
    "blog__isso.json": "isso",
    "comments.csv": "csv",
    "remark42__disqus.xml": "disqus",
    "remark42__commento.json": "commento",
}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seeds_are_text(path):
    assert detect_format(path.read_bytes(), str(path)) == "text"


@pytest.mark.skipif(not HTML_DEV, reason="html-dev pages not available")
def test_saved_pages_are_html():
    assert {p.name: detect_format(p.read_bytes(), str(p)) for p in HTML_DEV} == {p.name: "html" for p in HTML_DEV}


@pytest.mark.skipif(not (SHARED / "exports-dev").is_dir(), reason="exports-dev not available")
def test_development_exports():
    found = {name: detect_format((SHARED / "exports-dev" / name).read_bytes(), name) for name in EXPORTS_DEV}
    assert found == EXPORTS_DEV


@pytest.mark.parametrize(("name", "expected"), OWN.items())
def test_own_fixtures_whatever_their_name(name, expected):
    data = (FIXTURES / name).read_bytes()
    assert detect_format(data, name) == expected
    assert detect_format(data, "upload.bin") == expected
    assert detect_format(data, None) == expected


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"Peter August 8, 2019 at 12:11 am\nGreat post, a, b\n", "page.txt", "text"),
        (b"id,author,text\n1,Ann,hi\n", "export", "csv"),
        (b"id;author;comment\n1;Ann;hi\n", None, "csv"),
        (b"name,age\nAnn,3\n", "people.txt", "text"),  # no text-ish column: not clearly comments
        (b"name,age\nAnn,3\n", "people.csv", "csv"),  # the suffix breaks the tie
        (b'{"body": "hi", "author": "a"}\n{"body": "ho"}\n', "x.json", "jsonl"),
        (b'[{"text": "hi"}]', "x.json", "jsonl"),
        (b'{"article": {"id": "1"}, "comments": []}\n', "x.jsonl", "threads"),
        (b'[\n {\n  "id": "/a/",\n  "title": "A",\n  "comments": [\n', "x", "isso"),
        (b"\xef\xbb\xbf<?xml version='1.0'?><disqus xmlns='http://disqus.com'>", "d", "disqus"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "page", "html"),
        (b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC 'x'><html><body/></html>", "page.xml", "html"),
    ],
)
def test_content_decides(head, name, expected):
    assert detect_format(head, name) == expected


def test_utf16_sources():
    assert detect_format("text,author\nhi,Ann\n".encode("utf-16"), "x") == "csv"
    assert detect_format((FIXTURES / "forum__disqus.xml").read_text().encode("utf-16"), "x") == "disqus"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG image"),
        (b"PK\x03\x04" + bytes(64), "ZIP archive"),
        (b"%PDF-1.7\n", "PDF document"),
        (bytes(range(256)) * 4, "binary data"),
    ],
)
def test_binary_content_is_unsupported_whatever_the_name(head, kind):
    with pytest.raises(UnsupportedFormatError, match=kind):
        detect_format(head, "page.html")


def test_unknown_xml_is_unsupported_not_text():
    with pytest.raises(UnsupportedFormatError, match="root <rss>"):
        detect_format(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title></channel></rss>', "f")


def test_format_option_overrides_detection():
    data = b"body\nhello there\n"  # one column, no delimiter: auto-detection says plain text
    assert detect_format(data, "notes.txt") == "text"
    (thread,) = read_bytes(data, "notes.txt", ReadOptions(format="csv"))
    assert thread.article.format == "csv" and thread.comments[0].body == "hello there"


def test_png_named_html_is_refused_by_the_registry():
    with pytest.raises(UnsupportedFormatError, match="PNG image"):
        list(read_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100), "page.html"))
