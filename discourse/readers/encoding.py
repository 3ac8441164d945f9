"""Bytes to text without loss, and repair of mojibake."""

from __future__ import annotations

import codecs

import ftfy

__all__ = ["decode_bytes", "repair_text"]

# ftfy settings: fix mis-decoded text but keep the author's typography (curly quotes, ligatures,
# full-width forms) because those are part of what was written.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str | bytes, int]:
    # The five bytes cp1252 leaves undefined are decoded as latin-1 so no byte is ever lost.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return bytes(error.object[error.start : error.end]).decode("latin-1"), error.end


codecs.register_error("discourse-latin1", _cp1252_or_latin1)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode by BOM, then a declared charset, then UTF-8, then cp1252 (latin-1 for its gaps)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="discourse-latin1")


def repair_text(text: str) -> str:
    """Repair mojibake such as ``canâ€™t`` -> ``can’t`` with ftfy, keeping typography."""
    return ftfy.fix_text(text, config=_FTFY_CONFIG)
