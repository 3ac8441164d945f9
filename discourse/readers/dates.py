"""Dates as pages write them, parsed by dateparser into timezone-aware UTC datetimes."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone, tzinfo
from functools import lru_cache

import dateparser

__all__ = ["parse_date", "to_utc"]

# dateparser's own cue for a year written in the text; without one the year comes from the context.
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
# Relative-date words of the languages pages are read in ("vor", "il y a", "hace", "fa", "geleden", "há").
_RELATIVE = re.compile(
    r"\b(ago|yesterday|today|just now|hours?|minutes?|mins?|vor|hier|il y a|hace|fa|geleden|há|atrás)\b", re.I
)
# Cheap gate before dateparser (slow): a date has a digit or a relative word.
_MAYBE_DATE = re.compile(r"\d|\b(?:yesterday|today|just now|gestern|heute|hier|aujourd)", re.I)
# German widgets also write "1 Monat her" for "vor 1 Monat", which the date library does not read.
_GERMAN_AGO = re.compile(r"^(\d+|einer?|eine[mn]?)\s+(\w+)\s+her$", re.I)
# "vor einem Monat", "il y a une heure", "hace un mes": the article is the number one.
_FOREIGN_ONE = re.compile(r"\b(vor|il y a|hace|há)\s+(?:einer?|eine[mn]?|une?|una?|uma?)\b", re.I)
# Scraper and widget debris around dates: "@11:35AM", "1 23 pm" (colon lost), "(12:39 PM)", "Posted on".
_AT_SIGN = re.compile(r"@\s*(?=\d)")
_LOST_COLON = re.compile(r"\b(\d{1,2}) (\d{2})\s*([ap]\.?m\b)", re.I)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_NOISE = re.compile(r"^(?:posted\s+)?(?:on\s+)|[|()]|\s+-\s+\d+\s+\w+\s+ago$", re.I)
_ONE = re.compile(r"\b(?:an?|one)\s+(?=(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\b)", re.I)
_CACHE_SIZE = 4096
# The commonest complete English forms, read by strptime before falling back to dateparser (a hundred times slower).
_FAST_FORMATS = (
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d, %Y %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
)


def to_utc(value: datetime, tz: tzinfo = timezone.utc) -> datetime:
    """A datetime in UTC; a naive one is taken to be in ``tz``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(timezone.utc)


def _zone_name(tz: tzinfo) -> str:
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    offset = datetime(2000, 1, 1, tzinfo=tz).utcoffset()
    if offset is None or not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_date(
    text: str,
    *,
    now: datetime | None = None,
    context: datetime | None = None,
    tz: tzinfo = timezone.utc,
    languages: list[str] | None = None,
) -> datetime | None:
    """Parse a written date ("June 16, 2019 at 10:49 am", "3 days ago", "Tue Jul 24, 2012 10:14 AM EDT").

    ``now`` resolves relative dates; ``context`` (a date from the same page) supplies a missing year;
    ``tz`` is the zone of times written without one. Returns None when the text is not a date.
    """
    text = _clean(text)
    if not text or len(text) > 80 or not _MAYBE_DATE.search(text):
        return None
    base = now or datetime.now(timezone.utc).replace(second=0, microsecond=0)
    return _parse(text, base, context, tz, tuple(languages or ("en",)))


def _clean(text: str) -> str:
    text = _NOISE.sub(" ", text.strip())
    text = _AT_SIGN.sub("", text)
    text = _LOST_COLON.sub(r"\1:\2 \3", text)
    text = _ORDINAL.sub(r"\1", text)
    text = _ONE.sub("1 ", text)
    text = _GERMAN_AGO.sub(r"vor \1 \2", text)
    text = _FOREIGN_ONE.sub(r"\1 1", text)
    text = re.sub(r"\s+at\s+", " ", text, flags=re.I)
    return " ".join(text.replace(",", ", ").split()).strip(" ,.")


@lru_cache(maxsize=_CACHE_SIZE)
def _parse(
    text: str, base: datetime, context: datetime | None, tz: tzinfo, languages: tuple[str, ...]
) -> datetime | None:
    # cached: a comment section repeats the same day and the same page is often parsed again
    if languages == ("en",):
        for fmt in _FAST_FORMATS:
            try:
                return to_utc(datetime.strptime(text, fmt), tz)
            except ValueError:
                continue
    relative = bool(_RELATIVE.search(text))
    if context is not None and not relative and not _HAS_YEAR.search(text):
        base = context
    settings: dict[str, object] = {
        "RELATIVE_BASE": base.astimezone(tz).replace(tzinfo=None),
        # "2 years ago" keeps today's day of the month; a bare "June 2019" means its first day
        "PREFER_DAY_OF_MONTH": "current" if relative else "first",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": _zone_name(tz),
        "STRICT_PARSING": False,
        # a relative date lies before "now"; a date without a year is near the page's own date
        "PREFER_DATES_FROM": "past" if relative or context is None else "current_period",
        # the relative-date parser is half of dateparser's time; run it only where a relative word is
        "PARSERS": ["relative-time", "absolute-time"] if relative else ["absolute-time"],
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = dateparser.parse(text, languages=list(languages), settings=settings)
        except (ValueError, OverflowError, TypeError, AttributeError):
            return None
    if parsed is None:
        return None
    return to_utc(parsed, tz)
