"""Pick a reader from a source's content (and, only as a tie-breaker, its file name)."""

from __future__ import annotations

import re
from pathlib import PurePath

__all__ = ["FORMATS", "detect_format"]

FORMATS: tuple[str, ...] = ("text", "html", "wxr", "disqus", "commento", "isso", "csv", "jsonl", "threads")

_HEAD = 65536
_WXR = re.compile(rb"<rss\b[^>]*|xmlns:wp=|<wp:wxr_version", re.I)
_DISQUS = re.compile(rb"<disqus\b|disqus\.com/disqus-internals", re.I)
_HTML = re.compile(rb"<!doctype\s+html|<html\b|<head\b|<body\b|<div\b|<article\b|<p\b", re.I)
_XML = re.compile(rb"^\s*(?:<\?xml|<[a-zA-Z])")
_THREADS = re.compile(rb'^\s*\{\s*"article"\s*:')
_COMMENTO = re.compile(rb'"commenterHex"|"commenters"\s*:|"commentHex"')
_ISSO = re.compile(rb'"threads"\s*:|"tid"\s*:|"isso"')


def _strip_junk(head: bytes) -> bytes:
    # Exports in the wild carry a BOM or a stray byte before "<?xml"; look past up to 16 bytes of it.
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
    index = head.find(b"<", 0, 16)
    return head[index:] if index > 0 and head[:index].strip(b" \t\r\n") != b"" else head


def detect_format(head: bytes, path: str | None = None) -> str:
    """Return the format name for a source whose first bytes are ``head``."""
    head = _strip_junk(head[:_HEAD])
    suffix = PurePath(path).suffix.lower() if path else ""
    if _THREADS.match(head):
        return "threads"
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"["):
        if _COMMENTO.search(head):
            return "commento"
        if _ISSO.search(head) and suffix != ".jsonl":
            return "isso"
        return "jsonl"
    if _XML.match(head):
        if _DISQUS.search(head):
            return "disqus"
        if _WXR.search(head) and b"wordpress" in head.lower():
            return "wxr"
    if _HTML.search(head[:8192]) and stripped[:1] == b"<":
        return "html"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".html", ".htm", ".xhtml") and _HTML.search(head):
        return "html"
    return "text"
