"""Comment dates of a page: a valid machine attribute first, else the displayed text in the page's language."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Protocol

from lxml import html

from discourse.readers import html_selectors as sel
from discourse.readers.dates import parse_date, to_utc
from discourse.readers.html_text import clean_inline
from discourse.readers.options import ReadOptions

__all__ = ["DateReader", "parse_iso"]

_MAX_DATE_TEXT = 80
# A page that does not say its language: dates are tried in the languages most saved pages are in.
_UNKNOWN_LANGUAGE = ["en", "de", "fr", "es", "it", "nl", "pt"]
_ATTRIBUTES = ("datetime", "content", "title", "data-timestamp", "data-date")
# German wpDiscuz writes "1 Monat her" (= "vor 1 Monat"), which the date library does not read.
_GERMAN_AGO = re.compile(r"^(\d+|ein|eine|einem|einer)\s+(\w+)\s+her$", re.I)
_DIGIT = re.compile(r"\d")


class _Scoped(Protocol):
    def own(self, expr: str) -> list[html.HtmlElement]: ...


def parse_iso(value: str, options: ReadOptions) -> datetime | None:
    """A UTC datetime from a valid ISO 8601 date(time) attribute, or None (``datetime="comment_date"``)."""
    match = sel.ISO_DATETIME.match(value)
    if match is None:
        return None
    day, clock, zone = match.groups()
    text = day + (f"T{clock}" if clock else "") + (zone.replace("Z", "+00:00") if zone else "")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return to_utc(parsed, options.zone)


class DateReader:
    """Reads dates with the page's language and own date (for a missing year) as context."""

    def __init__(self, options: ReadOptions, language: str | None, context: datetime | None) -> None:
        self.options = options
        self.languages = [language] if language else _UNKNOWN_LANGUAGE
        self.context = context

    def text(self, raw: str) -> datetime | None:
        """A date from displayed text, in the page's language, then English (themes left untranslated)."""
        cleaned = clean_inline(sel.DATE_FILLER.sub(" ", raw)).strip(" ,.:;-–")
        if not cleaned or len(cleaned) > _MAX_DATE_TEXT or not _DIGIT.search(cleaned) and "ago" not in cleaned:
            return None
        if sel.CLOCK_ONLY.match(cleaned):
            return None
        cleaned = sel.CLOCK_WITH_H.sub(r"\1:\2", _GERMAN_AGO.sub(r"vor \1 \2", cleaned))
        for languages in [self.languages] + ([["en"]] if self.languages != ["en"] else []):
            found = parse_date(
                cleaned, now=self.options.now, context=self.context, tz=self.options.zone, languages=languages
            )
            if found is not None:
                return found
        return None

    def element(self, el: html.HtmlElement, author: str | None) -> tuple[datetime | None, str] | None:
        """(timestamp, raw text) of one date element, or None when it holds no date."""
        shown = _shown(el, author)
        for attr in _ATTRIBUTES:
            value = el.get(attr)
            if not value:
                continue
            parsed = parse_iso(value, self.options)
            if parsed is None and attr.startswith("data-") and value.isdigit():
                parsed = _epoch(int(value))
            if parsed is None and not attr.startswith("data-") and (titled := self.text(value)) is not None:
                # a full date in a title ("Saturday, March 1, 2014 3:20 PM") beats a relative "10 years ago"
                return titled, value
            if parsed is None:
                continue
            if "T" in value or " " in value.strip() or attr.startswith("data-"):
                return parsed, shown or value
            # a date-only attribute; the displayed text (here or one level up) may add the time of day
            for text in (shown, _shown(el.getparent(), author) if el.getparent() is not None else ""):
                fuller = self.text(text) if text else None
                if fuller is not None and fuller.date() == parsed.date():
                    return fuller, text
            return parsed, shown or value
        if shown and (parsed_text := self.text(shown)) is not None:
            return parsed_text, shown
        return None

    def read(self, item: _Scoped, family: sel.CommentFamily, author: str | None) -> tuple[datetime | None, str] | None:
        """The date of one comment item: its family's date elements, then any short dated link or text."""
        for expr in family.date:
            for el in item.own(expr):
                found = self.element(el, author)
                if found is not None:
                    return found
        for el in item.own(sel.DATE_FALLBACK):
            found = self.element(el, author)
            if found is not None:
                return found
        return None


def _epoch(value: int) -> datetime | None:
    # Unix seconds, or milliseconds as JavaScript writes them
    try:
        return datetime.fromtimestamp(value / 1000 if value > 10**11 else value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _shown(el: html.HtmlElement, author: str | None) -> str:
    text = clean_inline(el.text_content())
    for noise in el.xpath(sel.NOISE.replace(".//", "./descendant::")):
        if isinstance(noise, html.HtmlElement):
            noisy = clean_inline(noise.text_content())
            if noisy:
                text = text.replace(noisy, " ")
    if author:
        text = sel.DATE_EDGES.sub("", clean_inline(text.replace(author, " ")))
    return clean_inline(text)
