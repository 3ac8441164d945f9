"""Safe, streaming, damage-tolerant reading of XML exports (WXR, Disqus).

Safety: entities declared in a DOCTYPE are refused before parsing (no billion laughs, no XXE); lxml runs with
``resolve_entities=False``, ``no_network=True``, ``load_dtd=False`` and ``huge_tree=False`` as a second line.
Streaming: records (the elements at one depth, e.g. ``item`` or ``post``) are yielded one at a time and cleared.
Damage: a record the parser cannot read is skipped with a :class:`SkippedRecordWarning` naming it and its line;
reading resumes at the next record start, so a broken or truncated export yields every readable record.
Only an export with no readable record at all raises :class:`MalformedInputError`.
"""

from __future__ import annotations

import io
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html.entities import html5

from lxml import etree

from discourse.errors import MalformedInputError, ParseWarning, SkippedRecordWarning

__all__ = ["Record", "child_map", "iter_records", "local_name", "text_of"]

_UTF8_BOM = b"\xef\xbb\xbf"
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_MAX_JUNK = 1024  # stray bytes tolerated before the first "<"
_MAX_RESYNCS = 10_000
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_DOCTYPE_START = re.compile(r"<!DOCTYPE\b[^\[>]*(?P<subset>\[)?")
_DECLARATION = re.compile(rb"^\s*<\?xml\b.*?\?>", re.S)
_START_TAG = re.compile(rb"<[A-Za-z_][^<>]*?(?<!/)>")
_XML_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_XML_CONTROL = re.compile(b"[" + re.escape(_XML_CONTROL_BYTES) + b"]")
# named references XML does not predefine (&nbsp;, &eacute; ...); the five it does are left alone
# (CDATA sections are matched first so the references inside them, which are plain text, stay as they are)
_HTML_ENTITY = re.compile(rb"<!\[CDATA\[.*?\]\]>|&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});", re.S)
_HTML_ENTITY_HINT = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]{1,31};")
_RAW_NAME = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)")
_RAW_ID = re.compile(rb"\bid\s*=\s*[\"']?([^\"'\s/>]+)")
_POSITION_SUFFIX = re.compile(r",? line \d+, column \d+.*$")
_SKIPPABLE = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE\b[^>]*>", re.S)


@dataclass(frozen=True)
class Record:
    """One record element of an export, its 1-based ordinal among records of its name, and its line."""

    element: etree._Element
    name: str
    ordinal: int
    line: int


def local_name(element: etree._Element) -> str:
    """The tag without its namespace ("" for comments and processing instructions)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def text_of(element: etree._Element | None) -> str:
    """The text content of an element (CDATA included, entity references left out), stripped."""
    if element is None:
        return ""
    return "".join(t for t in element.itertext() if isinstance(t, str)).strip()


def child_map(element: etree._Element) -> dict[str, etree._Element]:
    """The first child of each local name; ``content:encoded`` and ``excerpt:encoded`` are told apart."""
    children: dict[str, etree._Element] = {}
    for child in element:
        name = local_name(child)
        if not name:
            continue
        if name == "encoded" and "excerpt" in (etree.QName(child).namespace or ""):
            name = "excerpt_encoded"
        children.setdefault(name, child)
    return children


def _head_text(data: bytes) -> str:
    if data.startswith(_WIDE_BOMS) or data[:4].count(b"\x00") >= 1:
        for codec in ("utf-16", "utf-32"):
            try:
                return data[:65536].decode(codec, errors="ignore")
            except UnicodeError:
                continue
    return data[:1_048_576].decode("latin-1")


def _refuse_declarations(data: bytes) -> None:
    head = _head_text(data).lstrip("\ufeff")
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    doctype = _DOCTYPE_START.match(rest)
    # An internal DTD subset is where entities (billion laughs, XXE) are declared; exports never need one.
    if doctype and doctype.group("subset"):
        raise MalformedInputError(
            "the XML has a DOCTYPE with declarations (entities): refused, entities are never expanded or fetched"
        )


def _skip_junk(data: bytes) -> bytes:
    if data.startswith(_WIDE_BOMS):
        return data
    start = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    first = data.find(b"<", start, start + _MAX_JUNK)
    if first == -1:
        raise MalformedInputError("not XML: no markup at the start of the file")
    junk = data[start:first]
    if junk.strip():
        warnings.warn(f"{len(junk)} stray byte(s) before the XML start ignored", ParseWarning, stacklevel=4)
    return data[first:] if first > start or start else data


def _html_entity(match: re.Match[bytes], counter: list[int]) -> bytes:
    if match.group(1) is None:
        return match.group(0)
    value = html5.get(match.group(1).decode("ascii") + ";")
    if not value:
        return match.group(0)
    counter[0] += 1
    return "".join(f"&#{ord(ch)};" for ch in value).encode("ascii")


def _repair(data: bytes) -> bytes:
    """Remove control characters XML forbids and turn HTML named entities into character references.

    Old WordPress and Disqus exports carry both (pasted text, ``&nbsp;`` outside CDATA); either one would make
    the whole record unreadable. Only for byte-oriented encodings: in UTF-8 these bytes are never part of a
    multi-byte character.
    """
    if data.startswith(_WIDE_BOMS) or data[:4].count(b"\x00"):
        return data
    controls = len(_XML_CONTROL.findall(data))
    if controls:
        data = data.translate(None, _XML_CONTROL_BYTES)
        warnings.warn(f"{controls} control character(s) not allowed in XML removed", ParseWarning, stacklevel=4)
    if not _HTML_ENTITY_HINT.search(data):
        return data
    counter = [0]
    repaired = _HTML_ENTITY.sub(lambda match: _html_entity(match, counter), data)
    if counter[0]:
        warnings.warn(f"{counter[0]} HTML entity reference(s) read as characters", ParseWarning, stacklevel=4)
    return repaired


def _ancestor_tags(data: bytes, level: int) -> bytes:
    """The XML declaration and the start tags that enclose records, to resume parsing inside the document."""
    declaration = _DECLARATION.match(data)
    prefix = declaration.group(0) + b"\n" if declaration else b""
    position = declaration.end() if declaration else 0
    tags: list[bytes] = []
    while len(tags) < level:
        skip = _SKIPPABLE.match(data, data.find(b"<", position))
        if skip:
            position = skip.end()
            continue
        tag = _START_TAG.search(data, position)
        if tag is None:
            break
        tags.append(tag.group(0))
        position = tag.end()
    return prefix + b"".join(t + b"\n" for t in tags)


def _byte_offset(chunk: bytes, line: int, column: int) -> int:
    offset = 0
    for _ in range(max(line - 1, 0)):
        found = chunk.find(b"\n", offset)
        if found == -1:
            return len(chunk)
        offset = found + 1
    end = chunk.find(b"\n", offset)
    text = chunk[offset : end if end != -1 else len(chunk)]
    try:
        return offset + len(text.decode("utf-8")[: max(column - 1, 0)].encode("utf-8"))
    except UnicodeDecodeError:
        return offset + max(column - 1, 0)


def _describe_raw(data: bytes, error_at: int, resync: re.Pattern[bytes]) -> str:
    """Name the record whose start tag itself is broken, from the raw bytes before the error."""
    window_start = max(0, error_at - 4096)
    starts = list(resync.finditer(data, window_start, error_at))
    if not starts:
        return "damaged text between records"
    start = starts[-1].start()
    end = data.find(b">", start, start + 4096)
    tag = data[start : end if end != -1 else error_at]
    name = _RAW_NAME.match(tag)
    ident = _RAW_ID.search(tag)
    label = (name.group(1) if name else b"record").decode("ascii", "replace")
    if ident:
        label += " " + ident.group(1).decode("utf-8", "replace")
    line = data.count(b"\n", 0, start) + 1
    return f"{label} (line {line})"


def iter_records(data: bytes, level: int, resync: re.Pattern[bytes]) -> Iterator[Record]:
    """Yield the elements at depth ``level`` (the root is 0) of an XML export, one at a time.

    ``resync`` finds where a record starts in the raw bytes, to resume after damage. Each element is cleared
    once the consumer asks for the next one, so memory stays flat.
    """
    data = _skip_junk(data)
    _refuse_declarations(data)
    data = _repair(data)
    prefix = b""
    offset = 0
    counts: Counter[str] = Counter()
    read = 0
    for _ in range(_MAX_RESYNCS):
        chunk = prefix + data[offset:] if offset else data
        first_line = data.count(b"\n", 0, offset) + 1 - prefix.count(b"\n") if offset else 1
        parser = etree.iterparse(
            io.BytesIO(chunk),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        depth = 0
        current: tuple[str, int, int, str] | None = None  # name, ordinal, line, label
        try:
            for event, element in parser:
                if event == "start":
                    if depth == level:
                        name = local_name(element)
                        counts[name] += 1
                        line = (element.sourceline or 1) + first_line - 1
                        ident = next((v for k, v in element.attrib.items() if k.rpartition("}")[2] == "id"), None)
                        label = f"{name} {ident}" if ident else f"{name} #{counts[name]}"
                        current = (name, counts[name], line, label)
                    depth += 1
                    continue
                depth -= 1
                if depth == level and current is not None:
                    name, ordinal, line, _label = current
                    current = None
                    read += 1
                    yield Record(element, name, ordinal, line)
                    element.clear(keep_tail=False)
                    parent = element.getparent()
                    if parent is not None:
                        # no child of the parent is open once a record has ended: drop them all
                        del parent[:]
            return
        except etree.XMLSyntaxError as exc:
            err_line, err_column = exc.position if exc.position else (1, 1)
            where = err_line + first_line - 1
            reason = _POSITION_SUFFIX.sub("", " ".join(str(exc.msg or exc).split()))
            error_at = offset + _byte_offset(chunk, err_line, err_column) - (len(prefix) if offset else 0)
            found = resync.search(data, max(error_at, offset + 1))
            if read == 0 and found is None:
                raise MalformedInputError(f"no readable record: XML broken at line {where}: {reason}") from None
            damaged = f"{current[3]} (line {current[2]})" if current else _describe_raw(data, error_at, resync)
            tail = "; reading resumed at the next record" if found else "; nothing after it could be read"
            warnings.warn(
                f"{damaged} skipped: XML broken at line {where}: {reason}{tail}", SkippedRecordWarning, stacklevel=2
            )
            if found is None:
                return
            if not prefix:
                prefix = _ancestor_tags(data, level)
            offset = found.start()
    raise MalformedInputError(f"more than {_MAX_RESYNCS} damaged places in the XML: gave up")
