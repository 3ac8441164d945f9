"""The character set of a saved page: BOM, then the page's own declaration, then a lossless fallback."""

from __future__ import annotations

import codecs
import re

from discourse.readers.encoding import decode_bytes

__all__ = ["declared_charset", "decode_html"]

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>
_META = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.I,
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
# Saved pages put kilobytes of inline CSS/JS before the meta tag; look as far as the end of the head.
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.I)
_MAX_SCAN = 1 << 20
# The WHATWG encoding standard decodes these labels as windows-1252, as every browser does.
_AS_CP1252 = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp819"}
_SINGLE_BYTE_FAMILIES = ("cp125", "iso8859", "latin", "ascii", "koi8", "mac")


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares (XML declaration or meta tag in the head), normalised, or None."""
    match = _XML_DECL.match(data[:512])
    if match is None:
        end = _HEAD_END.search(data, 0, _MAX_SCAN)
        match = _META.search(data, 0, end.start() if end else _MAX_SCAN)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_utf8_with_multibyte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def decode_html(data: bytes) -> str:
    """Decode a page by BOM, then its declared charset, then UTF-8, then cp1252 (never a lossy guess).

    A page declared single-byte whose bytes are valid UTF-8 with multibyte sequences was saved as UTF-8
    (random cp1252 text is almost never valid UTF-8), so decoding it as declared would make mojibake.
    """
    declared = declared_charset(data)
    if declared and declared.startswith(_SINGLE_BYTE_FAMILIES) and _is_utf8_with_multibyte(data):
        declared = "utf-8"
    if declared and declared.startswith("utf-16"):
        # a page that made it through a meta tag readable as ASCII cannot be UTF-16
        declared = "utf-8"
    return decode_bytes(data, declared)
