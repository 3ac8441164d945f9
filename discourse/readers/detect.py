"""Pick a reader from a source's content (and, only as a tie-breaker, its file name).

Order: binary content is refused; our own JSON Lines, JSON exports (Commento, isso) and JSON tables; XML exports
(Disqus, WXR); HTML; CSV/TSV with a recognisable header row; plain text. XML of another kind is refused rather
than read as text.
"""

from __future__ import annotations

import csv
import re
from pathlib import PurePath

from discourse.errors import UnsupportedFormatError
from discourse.readers.exportfields import CSV_DELIMITERS, TABLE_GUESSES

__all__ = ["FORMATS", "detect_format"]

FORMATS: tuple[str, ...] = ("text", "html", "wxr", "disqus", "commento", "isso", "csv", "jsonl", "threads")

_HEAD = 65536
_WXR = re.compile(rb"wordpress\.org/export/|<wp:wxr_version\b", re.I)
_DISQUS = re.compile(rb"<disqus\b|disqus\.com/disqus-internals|xmlns=[\"']https?://disqus\.com", re.I)
_HTML = re.compile(rb"<!doctype\s+html|<html\b|<head\b|<body\b|<div\b|<article\b|<p\b|<meta\b|<title\b", re.I)
_XML = re.compile(rb"^\s*(?:<\?xml|<!--|<[a-zA-Z])")
_XHTML = re.compile(rb"<!doctype\s+html|<html\b", re.I)
_PROLOG = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", re.S)
_XML_ROOT = re.compile(rb"<([a-zA-Z][\w.:-]*)")
_THREADS = re.compile(rb'^\s*\{\s*"article"\s*:')
_COMMENTO = re.compile(rb'"commenterHex"\s*:|"commenters"\s*:|"commentHex"\s*:')
# a list of thread objects, each with a "comments" list (before the first object closes)
_ISSO = re.compile(rb'^\s*(?:\[\s*\{|\{\s*"threads"\s*:\s*\[\s*\{)[^}]{0,4000}?"comments"\s*:\s*\[')
# magic numbers of binary files people point a text tool at by mistake
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"PAR1", "Parquet file"),
    (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "OLE document (DOC/XLS)"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.02
_TEXT_COLUMNS = frozenset(TABLE_GUESSES["text"])
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))  # fmt: skip


def _narrow(head: bytes) -> bytes:
    """UTF-16/32 heads re-encoded as UTF-8 so the byte patterns apply."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore").encode("utf-8")
    if len(head) >= 4 and head[1:4:2] == b"\x00\x00" and head[0:4:2].count(b"\x00") == 0:
        return head.decode("utf-16-le", errors="ignore").encode("utf-8")
    if len(head) >= 4 and head[0:4:2] == b"\x00\x00" and head[1:4:2].count(b"\x00") == 0:
        return head.decode("utf-16-be", errors="ignore").encode("utf-8")
    return head


def _strip_junk(head: bytes) -> bytes:
    # Exports in the wild carry a BOM or a stray byte before "<?xml"; look past up to 16 bytes of it.
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    index = head.find(b"<", 0, 16)
    return head[index:] if index > 0 and head[:index].strip(b" \t\r\n") != b"" else head


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    sample = head[:8192]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        return "binary data"
    return None


def _looks_like_csv(head: bytes, suffix: str) -> bool:
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff")
    first = text.split("\n", 1)[0].strip("\r")
    delimiters = ("\t",) if suffix == ".tsv" else CSV_DELIMITERS
    for delimiter in delimiters:
        if first.count(delimiter) == 0:
            continue
        cells = next(csv.reader([first], delimiter=delimiter), [])
        names = {cell.strip().lower().replace(" ", "_").replace("-", "_") for cell in cells}
        if len(cells) >= 2 and names & _TEXT_COLUMNS:
            return True
    return False


def detect_format(head: bytes, path: str | None = None) -> str:
    """Return the format name for a source whose first bytes are ``head``.

    Raises :class:`~discourse.errors.UnsupportedFormatError` for binary content (an image, an archive) and for
    XML that is neither a page nor a known export.
    """
    head = _strip_junk(_narrow(head[:_HEAD]))
    suffix = PurePath(path).suffix.lower() if path else ""
    kind = _binary_kind(head)
    if kind is not None:
        raise UnsupportedFormatError(f"{kind}, not a page or a comment export")
    if _THREADS.match(head):
        return "threads"
    stripped = head.lstrip()
    if stripped[:1] in (b"{", b"["):
        if _COMMENTO.search(head):
            return "commento"
        if _ISSO.match(head) and suffix != ".jsonl":
            return "isso"
        return "jsonl"
    if _XML.match(head):
        if _DISQUS.search(head):
            return "disqus"
        if _WXR.search(head):
            return "wxr"
        if stripped.startswith(b"<?xml") and not _XHTML.search(head[:8192]):
            root = _XML_ROOT.search(_PROLOG.sub(b"", stripped[:8192]))
            name = root.group(1).decode("ascii", "replace") if root else "?"
            raise UnsupportedFormatError(f"XML with root <{name}> is neither a page nor a known comment export")
    if stripped[:1] == b"<" and _HTML.search(head[:8192]):
        return "html"
    if suffix in (".html", ".htm", ".xhtml") and _HTML.search(head):
        return "html"
    if suffix in (".csv", ".tsv") or _looks_like_csv(head, suffix):
        return "csv"
    return "text"
