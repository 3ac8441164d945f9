"""Reader of saved HTML pages: the article (trafilatura) and its reader comments (markup families as data)."""

from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import Any

import trafilatura
from lxml import etree, html

from discourse.errors import MalformedInputError, ParseWarning
from discourse.model import Article, Comment, Thread
from discourse.readers import html_selectors as sel
from discourse.readers.dates import to_utc
from discourse.readers.html_charset import decode_html
from discourse.readers.html_comments import find_comments, side_zones
from discourse.readers.html_dates import DateReader, parse_iso
from discourse.readers.html_jsonld import jsonld_objects
from discourse.readers.html_text import clean_inline
from discourse.readers.options import ReadOptions

__all__ = ["read"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_].*)?$", re.I)
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
)
_BLOCK_TAGS = {"p", "head", "item", "code", "quote", "row"}
_NORM = re.compile(r"\W+")
_MIN_OVERLAP = 20


def _parse(text: str, source: str) -> html.HtmlElement:
    # lxml refuses str input carrying an encoding declaration; the bytes were already decoded
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        raise MalformedInputError(f"{source}: empty page")
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise MalformedInputError(f"{source}: not readable as HTML: {exc}") from exc
    if root is None or not isinstance(root, html.HtmlElement):
        raise MalformedInputError(f"{source}: not readable as HTML")
    return root


def _meta(root: html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip() and key.lower() not in found:
            found[key.lower()] = value.strip()
    return found


def _language(root: html.HtmlElement, meta: dict[str, str]) -> str | None:
    for value in (root.get("lang"), root.get("xml:lang"), meta.get("content-language"), meta.get("og:locale")):
        match = _LANG.match((value or "").strip())
        if match:
            return match.group(1).lower()
    return None


def _jsonld_article(root: html.HtmlElement) -> dict[str, Any]:
    for obj in jsonld_objects(root.xpath("//script[@type='application/ld+json']")):
        nodes = obj if isinstance(obj, list) else obj.get("@graph", [obj]) if isinstance(obj, dict) else []
        for node in nodes if isinstance(nodes, list) else []:
            kind = (node.get("@type") or node.get("type")) if isinstance(node, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and (k.endswith("Article") or k == "BlogPosting") for k in kinds):
                return node
    return {}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return clean_inline(value) if isinstance(value, str) and value.strip() else None


def _published_values(root: html.HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> list[Any]:
    values = [meta.get(k) for k in _PUBLISHED_META] + [ld.get("datePublished")]
    values += [t.get("datetime") for t in root.xpath("//article//time[@datetime] | //time[@itemprop][@datetime]")]
    values += root.xpath("//*[contains(@property, 'dc:created') or @itemprop='datePublished']/@content")
    values += root.xpath(
        "//*[contains(@class, 'published') or contains(@class, 'entry-date')]/@*[name()='datetime' or name()='title']"
    )
    return values


def _page_zone(values: list[Any]) -> tzinfo | None:
    """The UTC offset the page writes its own publication time in, when it is not UTC.

    Sites show comment times in the zone they publish in ("12. März 2021 um 14:05 Uhr" on a +01:00 page);
    a page whose own dates carry no offset, or UTC, says nothing about it.
    """
    for value in values:
        match = sel.ISO_DATETIME.match(value) if isinstance(value, str) else None
        if match is None or not match.group(2):
            continue
        zone = match.group(3)
        if not zone or zone == "Z":
            return None
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return timezone(-offset if zone[0] == "-" else offset) if offset else None
    return None


def _published(root: html.HtmlElement, meta: dict[str, str], ld: dict[str, Any], opts: ReadOptions) -> datetime | None:
    for value in _published_values(root, meta, ld):
        if isinstance(value, str) and (parsed := parse_iso(value, opts) or _rfc2822(value)) is not None:
            return parsed
    return None


def _rfc2822(value: str) -> datetime | None:
    # "Thu, 08 May 2014 14:04:53 -0400", as some sites write datePublished
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return to_utc(parsed) if parsed.tzinfo is not None else None


def _own_metadata(root: html.HtmlElement, options: ReadOptions) -> dict[str, Any]:
    """Metadata the page states itself: meta tags, JSON-LD, canonical link, html lang."""
    meta = _meta(root)
    ld = _jsonld_article(root)
    canonical = root.xpath("//link[@rel='canonical']/@href")
    author = meta.get("author") or _name(ld.get("author"))
    return {
        "title": meta.get("og:title") or _name(ld.get("headline")),
        "author": author if author and not author.startswith("http") else None,
        "publisher": meta.get("og:site_name") or _name(ld.get("publisher")),
        "published": _published(root, meta, ld, options),
        "url": (canonical[0].strip() if canonical else None) or meta.get("og:url"),
        "language": _language(root, meta),
        "zone": _page_zone(_published_values(root, meta, ld)),
    }


def _fill_metadata(meta: dict[str, Any], page: html.HtmlElement, source: str, options: ReadOptions) -> None:
    """Gaps filled by trafilatura's guesses, made on the page without its comments (no commenter as author)."""
    try:
        doc = trafilatura.extract_metadata(copy.deepcopy(page), extensive=False)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on hostile input; the page stays readable
        warnings.warn(f"{source}: metadata not readable: {exc}", ParseWarning, stacklevel=3)
        doc = None
    title_el = page.find(".//title")
    guesses = {
        "title": (doc.title if doc else None)
        or (clean_inline(title_el.text_content()) if title_el is not None else None),
        "author": doc.author if doc else None,
        "publisher": doc.sitename if doc else None,
        "published": parse_iso(doc.date, options) if doc and doc.date else None,
        "url": doc.url if doc else None,
    }
    for key, value in guesses.items():
        if meta.get(key) is None and value:
            meta[key] = value
    if meta.get("author"):
        # "Publié par Colette", "Posted by Jo": the by-line's words are not the name
        meta["author"] = sel.AUTHOR_PREFIX.sub("", meta["author"]).strip() or None


def _without_side_zones(page: html.HtmlElement) -> html.HtmlElement:
    """A copy of the page without its sidebars, widgets, navigation and forms."""
    bare = copy.deepcopy(page)
    for zone in side_zones(bare):
        parent = zone.getparent()
        if parent is not None:
            parent.remove(zone)
    return bare


def _without_comments(
    root: html.HtmlElement, holders: tuple[html.HtmlElement, ...]
) -> tuple[html.HtmlElement, list[str]]:
    """A copy of the page without its comment section, and the text of the section's chrome (boilerplate)."""
    page = copy.deepcopy(root)
    chrome = [el for el in root.xpath(sel.SECTION_CHROME) if isinstance(el, html.HtmlElement)]
    removed = [t for el in chrome if (t := clean_inline(el.text_content()))]
    # the same element in the copy is found by its position in document order
    index = {el: i for i, el in enumerate(root.iter())}
    wanted = {index[h] for h in (*holders, *chrome) if h in index}
    for el in [el for i, el in enumerate(page.iter()) if i in wanted]:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return page, removed


def _paragraphs(page: html.HtmlElement, source: str) -> list[str]:
    """The article body by trafilatura (comments excluded), one string per block."""
    try:
        xml = trafilatura.extract(page, include_comments=False, output_format="xml", include_tables=True)
    except Exception as exc:  # noqa: BLE001 - see _fill_metadata
        warnings.warn(f"{source}: article body not readable: {exc}", ParseWarning, stacklevel=3)
        return []
    if not xml:
        return []
    tree = etree.fromstring(xml.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    main = tree.find("main")
    paragraphs: list[str] = []
    for el in (main if main is not None else tree).iter(*_BLOCK_TAGS):
        # outermost blocks only: a <code> or <item> inside a <p> is read with it
        if any(a.tag in _BLOCK_TAGS and a.tag != "quote" for a in el.iterancestors()):
            continue
        if el.tag == "quote" and el.find(".//p") is not None:
            continue
        text = " | ".join(clean_inline("".join(c.itertext())) for c in el) if el.tag == "row" else ""
        text = text or clean_inline("".join(el.itertext()))
        if text:
            paragraphs.append(text)
    return paragraphs


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _split_comment_text(paragraphs: list[str], comments: tuple[Comment, ...]) -> tuple[list[str], list[str]]:
    """Paragraphs that repeat a comment go to boilerplate: the article body never holds comments."""
    bodies = [_norm(c.body) for c in comments]
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        p = _norm(paragraph)
        # short lines ("Thanks", a heading) may recur inside a comment without being one
        if p and any(
            p == b or (len(p) >= _MIN_OVERLAP and p in b) or (len(b) >= _MIN_OVERLAP and b in p) for b in bodies
        ):
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, removed


def read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """One thread from a saved HTML page: its article and its reader comments in page order."""
    root = _parse(decode_html(data), source)
    meta = _own_metadata(root, options)
    # times written without a zone are in the page's own zone unless the caller chose one
    zone = options.tz or meta["zone"] or timezone.utc
    dates = DateReader(replace(options, tz=zone), meta["language"], meta["published"])
    section = find_comments(root, dates, source, meta["url"])
    page, chrome = _without_comments(root, section.elements)
    # guesses are made without sidebars too: a "latest comments" widget names commenters and other posts
    _fill_metadata(meta, _without_side_zones(page), source, options)
    paragraphs, repeated = _split_comment_text(_paragraphs(page, source), section.comments)
    article = Article(
        id=PurePath(source).stem,
        title=meta["title"],
        paragraphs=tuple(paragraphs),
        author=meta["author"],
        publisher=meta["publisher"],
        published=meta["published"],
        url=meta["url"],
        language=meta["language"],
        boilerplate=tuple(chrome + repeated),
        source=source,
        format="html",
    )
    yield Thread(article=article, comments=section.comments)
