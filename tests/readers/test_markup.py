"""HTML fragments of exports to plain-text paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.readers.markup import fragment_paragraphs, fragment_text, inline_text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", ["One", "Two"]),
        ("plain text\n\nsecond paragraph", ["plain text", "second paragraph"]),
        ("line one<br>line two", ["line one\nline two"]),
        ("Hi <b>there</b> &amp; <i>you</i>&nbsp;!", ["Hi there & you !"]),
        ("<!-- wp:paragraph --><p>Block</p><!-- /wp:paragraph -->", ["Block"]),
        ("<p>Text</p><script>var x = 1;</script><style>p {}</style>", ["Text"]),
        ("<ul><li>a</li><li>b</li></ul>", ["a", "b"]),
        ("<blockquote>Quoted</blockquote>Reply", ["Quoted", "Reply"]),
        ("a < b and c > d", ["a < b and c > d"]),
        ("I <3 this", ["I <3 this"]),
        ("", []),
        ("   \n  ", []),
        ("nul\x00byte", ["nulbyte"]),
        # a "<" that does not open a whole known tag is text the reader typed
        ("if a<b then c", ["if a<b then c"]),
        ("x <y> z, see <http://example.com>", ["x <y> z, see <http://example.com>"]),
        ("a<b>bold</b> c", ["abold c"]),
        ('<P CLASS="x">up</P><br/>down', ["up", "down"]),
        ("x &lt; y", ["x < y"]),
    ],
)
def test_fragment_paragraphs(html, expected):
    assert fragment_paragraphs(html) == expected


def test_shortcodes_are_removed_only_when_asked():
    html = '[caption id="a1" width="300"]<img src="x.jpg"> A caption[/caption] [sic] stays'
    assert fragment_paragraphs(html, shortcodes=True) == ["A caption [sic] stays"]
    assert fragment_paragraphs(html)[0].startswith('[caption id="a1"')


def test_fragment_text_and_inline_text():
    assert fragment_text("<p>a</p><p>b</p>") == "a\n\nb"
    assert inline_text("  Tom &amp; Jerry\n ") == "Tom & Jerry"
    assert inline_text("   ") is None and inline_text(None) is None


@given(st.text(max_size=200))
def test_any_text_gives_clean_paragraphs(text):
    for paragraph in fragment_paragraphs(text):
        assert paragraph and paragraph == paragraph.strip() and "\n\n" not in paragraph
