"""Reader of WordPress eXtended RSS (WXR 1.0-1.2) exports: one thread per post or page, with its comments."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import datetime, timezone, tzinfo

from lxml import etree

from discourse.errors import ParseWarning
from discourse.model import Article, Thread
from discourse.readers.dates import to_utc
from discourse.readers.exportfields import (
    NO_PARENT,
    WXR_ARTICLE_TYPES,
    WXR_DATE_FORMAT,
    WXR_KINDS,
    WXR_NEVER_THREAD_TYPES,
    WXR_NO_DATE,
    WXR_RESYNC,
    WXR_STATUS,
)
from discourse.readers.markup import fragment_paragraphs, fragment_text, inline_text
from discourse.readers.options import ReadOptions
from discourse.readers.records import RawComment, build_comments, iso_time, public_name
from discourse.readers.xmlsafe import child_map, iter_records, local_name, text_of

__all__ = ["read"]

_ITEM_LEVEL = 2  # rss > channel > item
_PRIVATE = (("email", "comment_author_email"), ("ip", "comment_author_IP"), ("url", "comment_author_url"))


def _date(gmt: str, local: str, tz: tzinfo, label: str) -> tuple[datetime | None, str | None]:
    """The GMT date if set, else the local one in ``tz``; WordPress writes 0000-00-00 for "no date"."""
    for raw, zone in ((gmt, timezone.utc), (local, tz)):
        if not raw or WXR_NO_DATE.match(raw):
            continue
        try:
            return to_utc(datetime.strptime(raw, WXR_DATE_FORMAT), zone), raw
        except (ValueError, OverflowError):
            value = iso_time(raw, zone)
        if value is not None:
            return value, raw
        warnings.warn(f"{label}: unreadable date {raw!r}; kept without a time", ParseWarning, stacklevel=4)
    return None, (gmt or local or None)


def _comment(element: etree._Element, ordinal: int, post: str, options: ReadOptions) -> RawComment:
    fields = child_map(element)
    value = {name: text_of(child) for name, child in fields.items()}
    cid = value.get("comment_id") or f"#{ordinal}"
    label = f"post {post} comment {cid}"
    timestamp, raw = _date(value.get("comment_date_gmt", ""), value.get("comment_date", ""), options.zone, label)
    approved = value.get("comment_approved", "1").lower()
    status = WXR_STATUS.get(approved)
    if status is None:
        warnings.warn(f"{label}: unknown approval {approved!r}; kept as pending", ParseWarning, stacklevel=3)
        status = "pending"
    kind = value.get("comment_type", "").lower()
    parent = value.get("comment_parent", "0")
    private = {key: value[field] for key, field in _PRIVATE if value.get(field)}
    return RawComment(
        id=cid,
        body=fragment_text(value.get("comment_content")),
        author=inline_text(value.get("comment_author")),
        timestamp=timestamp,
        timestamp_raw=raw,
        parent_id=None if parent.lower() in NO_PARENT else parent,
        kind=kind if kind in WXR_KINDS else "comment",
        status=status,
        private=private,
    )


def _thread(item: etree._Element, ordinal: int, source: str, options: ReadOptions) -> Thread | None:
    fields = child_map(item)
    post_type = text_of(fields.get("post_type")).lower() or "post"
    comments = [c for c in item if local_name(c) == "comment"]
    if post_type in WXR_NEVER_THREAD_TYPES or (post_type not in WXR_ARTICLE_TYPES and not comments):
        return None
    title = inline_text(text_of(fields.get("title")))
    url = text_of(fields.get("link")) or None
    post_id = text_of(fields.get("post_id")) or url or f"item-{ordinal}"
    published, _ = _date(
        text_of(fields.get("post_date_gmt")), text_of(fields.get("post_date")), options.zone, f"post {post_id}"
    )
    raw = [_comment(c, n, post_id, options) for n, c in enumerate(comments, start=1)]
    content = fields.get("encoded")
    article = Article(
        id=post_id,
        title=title,
        paragraphs=tuple(fragment_paragraphs(text_of(content) if content is not None else "", shortcodes=True)),
        author=public_name(inline_text(text_of(fields.get("creator")))),
        published=published,
        url=url,
        source=source,
        format="wxr",
    )
    return Thread(article=article, comments=build_comments(raw, label=f"post {post_id} comment"))


def read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads of a WXR export, streamed item by item (posts and pages; other items only when commented)."""
    for record in iter_records(data, _ITEM_LEVEL, WXR_RESYNC):
        if record.name != "item":
            continue
        thread = _thread(record.element, record.ordinal, source, options)
        if thread is not None:
            yield thread
