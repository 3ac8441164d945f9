"""Dates as pages write them, parsed by dateparser into timezone-aware UTC datetimes."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone, tzinfo

import dateparser

__all__ = ["parse_date", "to_utc"]

# dateparser's own cue for a year written in the text; without one the year comes from the context.
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
_RELATIVE = re.compile(r"\b(ago|yesterday|today|just now|hours?|minutes?|mins?|vor|hier|il y a)\b", re.I)


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
    text = re.sub(r"\s+at\s+", " ", text.strip(), flags=re.I)
    if not text:
        return None
    base = now or datetime.now(timezone.utc)
    relative = bool(_RELATIVE.search(text))
    if context is not None and not relative and not _HAS_YEAR.search(text):
        base = context
    settings: dict[str, object] = {
        "RELATIVE_BASE": base.astimezone(tz).replace(tzinfo=None),
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": _zone_name(tz),
        "STRICT_PARSING": False,
        # a relative date lies before "now"; a date without a year is near the page's own date
        "PREFER_DATES_FROM": "past" if relative or context is None else "current_period",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = dateparser.parse(text, languages=languages or ["en"], settings=settings)
        except (ValueError, OverflowError, TypeError, AttributeError):
            return None
    if parsed is None:
        return None
    return to_utc(parsed, tz)
