"""Visible text of an element as paragraphs ("\\n\\n" between blocks, "\\n" for <br>)."""

from __future__ import annotations

import re
from collections.abc import Collection

from lxml import html

__all__ = ["block_text", "clean_inline"]

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main ol p pre section table tbody thead tr td th ul".split()
)
_INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe"))
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_BREAK = "\x00"  # a <br> while collecting; source newlines stay whitespace as a browser shows them
_DOUBLE_BREAK = re.compile(r"\x00\s*\x00[\s\x00]*")  # <br><br> separates paragraphs


def clean_inline(text: str) -> str:
    """Collapse whitespace of inline text into single spaces."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _walk(el: html.HtmlElement, skip: Collection[html.HtmlElement], out: list[str]) -> None:
    if el in skip or not isinstance(el.tag, str) or el.tag in _INVISIBLE:
        if isinstance(el.tail, str):
            out.append(el.tail)
        return
    block = el.tag in _BLOCKS
    if block:
        out.append("\n\n")
    if el.tag == "br":
        out.append(_BREAK)
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, skip, out)
    if block:
        out.append("\n\n")
    if el.tail:
        out.append(el.tail)


def block_text(el: html.HtmlElement, skip: Collection[html.HtmlElement] = ()) -> str:
    """The text of ``el`` without the elements in ``skip``, paragraphs separated by blank lines.

    Markup-free bodies (Disqus' noscript copy writes plain text with newlines) keep their own
    blank lines as paragraph breaks; elsewhere source newlines are just spaces.
    """
    has_markup = any(isinstance(c.tag, str) and (c.tag in _BLOCKS or c.tag == "br") for c in el.iterdescendants())
    if el in skip:
        return ""
    out: list[str] = []
    _walk_root(el, skip, out)
    joined = _DOUBLE_BREAK.sub("\n\n", "".join(out))
    if not has_markup:
        joined = _BLANK_LINES.sub("\n\n", joined).replace("\n\n", "\x01").replace("\n", _BREAK)
        joined = joined.replace("\x01", "\n\n")
    paragraphs = []
    for chunk in joined.split("\n\n"):
        lines = [clean_inline(line) for line in chunk.split(_BREAK)]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _walk_root(el: html.HtmlElement, skip: Collection[html.HtmlElement], out: list[str]) -> None:
    # the root's tail belongs to its parent, so only its text and children are read
    if el.text and el.tag not in _INVISIBLE:
        out.append(el.text)
    for child in el:
        _walk(child, skip, out)
