"""HTML fragments of exports (post content, comment messages) to plain text paragraphs, with lxml.html."""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

from discourse.readers.exportfields import WP_SHORTCODE

__all__ = ["fragment_paragraphs", "fragment_text", "inline_text"]

# Elements that end a paragraph; everything else is inline.
_BLOCKS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul", "td", "th", "caption", "details", "summary",
    }
)  # fmt: skip
# Elements whose text is never reader-visible prose.
_DROP: frozenset[str] = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})
_MARKUP_HINT = re.compile(r"<[a-zA-Z/!]|&#?\w+;")
# A "<" counts as markup only when it opens a whole tag of a known HTML element (or a comment); any other "<"
# is text a reader typed ("a<b", "<3", "<http://...>", "x <y> z") and is escaped before parsing.
_ELEMENTS = (
    "a|abbr|acronym|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|caption|center|cite|code|"
    "col|colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|"
    "html|i|iframe|img|input|ins|kbd|label|li|main|mark|nav|noscript|object|ol|p|picture|pre|q|s|samp|script|"
    "section|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|"
    "thead|time|title|tr|tt|u|ul|var|video|wbr"
)
_TAG = re.compile(rf"<(?:/?(?:{_ELEMENTS})(?:\s[^<>]*)?/?>|!--.*?-->)", re.I | re.S)
_ANGLE = re.compile(r"<")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAK = "\x00"  # stands for a block boundary while text is collected
# characters XML/HTML parsers refuse (and our own _BREAK): never part of prose
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _collect(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    name = tag.lower()
    if name in _DROP:
        if element.tail:
            out.append(element.tail)
        return
    if name in _BLOCKS:
        out.append(_BREAK)
    if name == "br":
        out.append("\n")
    # comments and processing instructions have a callable tag: their text is not content, their tail is
    if tag and element.text:
        out.append(element.text)
    for child in element:
        _collect(child, out)
    if name in _BLOCKS:
        out.append(_BREAK)
    if element.tail:
        out.append(element.tail)


def _split(text: str) -> list[str]:
    paragraphs = []
    for block in text.split(_BREAK):
        if "\n" not in block:
            paragraph = _SPACES.sub(" ", block).strip()
            if paragraph:
                paragraphs.append(paragraph)
            continue
        for part in _PARAGRAPH_BREAK.split(block):
            lines = [_SPACES.sub(" ", line).strip() for line in part.split("\n")]
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                paragraphs.append(paragraph)
    return paragraphs


def fragment_paragraphs(html: str | None, *, shortcodes: bool = False) -> list[str]:
    """Paragraphs of plain text from an HTML fragment (or plain text with blank lines between paragraphs).

    Block elements and blank lines end a paragraph; ``<br>`` and single newlines stay as ``\\n`` inside one.
    ``shortcodes=True`` removes WordPress shortcode tags such as ``[caption ...]``, keeping their text.
    """
    if not html or not html.strip():
        return []
    html = _CONTROL.sub("", html)
    if shortcodes:
        html = WP_SHORTCODE.sub(" ", html)
    if not _MARKUP_HINT.search(html):
        return _split(html)
    html = _ANGLE.sub(lambda m: "<" if _TAG.match(m.string, m.start()) else "&lt;", html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _split(html)
    out: list[str] = []
    _collect(root, out)
    return _split("".join(out))


def fragment_text(html: str | None) -> str:
    """The plain text of an HTML fragment, paragraphs separated by a blank line."""
    return "\n\n".join(fragment_paragraphs(html))


def inline_text(value: str | None) -> str | None:
    """A one-line field (title, author name): HTML entities decoded, whitespace collapsed; None when empty."""
    if not value:
        return None
    text = " ".join(html.unescape(_CONTROL.sub("", value)).split())
    return text or None
