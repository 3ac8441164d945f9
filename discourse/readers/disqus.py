"""Reader of Disqus XML exports: one thread per ``thread`` element, every ``post`` kept and marked."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from discourse.errors import ParseWarning, SkippedRecordWarning
from discourse.model import Article, Thread
from discourse.readers.exportfields import DISQUS_FALSE, DISQUS_RESYNC, DISQUS_TRUE
from discourse.readers.markup import fragment_paragraphs, fragment_text, inline_text
from discourse.readers.options import ReadOptions
from discourse.readers.records import RawComment, build_comments, iso_time, public_name
from discourse.readers.xmlsafe import child_map, iter_records, text_of

__all__ = ["read"]

_RECORD_LEVEL = 1  # disqus > thread | post | category


@dataclass
class _Thread:
    article: Article
    posts: list[RawComment] = field(default_factory=list)


def _dsq_id(element: etree._Element | None) -> str | None:
    """The ``dsq:id`` attribute (any namespace, or none), stripped; None when absent or empty."""
    if element is None:
        return None
    for key, value in element.attrib.items():
        if key.rpartition("}")[2] == "id" and value.strip():
            return value.strip()
    return None


def _time(raw: str, label: str) -> datetime | None:
    if not raw:
        return None
    value = iso_time(raw)
    if value is None:
        warnings.warn(f"{label}: unreadable date {raw!r}; kept without a time", ParseWarning, stacklevel=3)
    return value


def _flag(fields: dict[str, etree._Element], name: str, label: str) -> bool:
    raw = text_of(fields.get(name)).lower()
    if raw in DISQUS_TRUE:
        return True
    if raw not in DISQUS_FALSE:
        warnings.warn(f"{label}: {name} is {raw!r}, not true or false; read as false", ParseWarning, stacklevel=3)
    return False


def _author(fields: dict[str, etree._Element]) -> tuple[str | None, dict[str, str]]:
    author = child_map(fields["author"]) if "author" in fields else {}
    name = inline_text(text_of(author.get("name")) or text_of(author.get("username")))
    private = {"email": text_of(author.get("email")), "ip": text_of(fields.get("ipAddress"))}
    return name, {key: value for key, value in private.items() if value}


def _article(element: etree._Element, thread_id: str, source: str) -> Article:
    fields = child_map(element)
    author, _ = _author(fields)
    return Article(
        id=thread_id,
        title=inline_text(text_of(fields.get("title"))),
        paragraphs=tuple(fragment_paragraphs(text_of(fields.get("message")))),
        author=public_name(author),
        published=_time(text_of(fields.get("createdAt")), f"thread {thread_id}"),
        url=text_of(fields.get("link")) or None,
        source=source,
        format="disqus",
    )


def _post(element: etree._Element, post_id: str) -> tuple[str | None, RawComment]:
    fields = child_map(element)
    label = f"post {post_id}"
    author, private = _author(fields)
    raw_time = text_of(fields.get("createdAt"))
    spam = _flag(fields, "isSpam", label)
    deleted = _flag(fields, "isDeleted", label)
    comment = RawComment(
        id=post_id,
        body=fragment_text(text_of(fields.get("message"))),
        author=author,
        timestamp=_time(raw_time, label),
        timestamp_raw=raw_time or None,
        parent_id=_dsq_id(fields.get("parent")),
        # a post both flagged spam and deleted is counted as spam: the moderation verdict, not the clean-up
        status="spam" if spam else "deleted" if deleted else "approved",
        private=private,
    )
    return _dsq_id(fields.get("thread")), comment


def read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """Threads of a Disqus export; posts may come before or after their thread, so threads are yielded at the end."""
    threads: dict[str, _Thread] = {}
    pending: list[tuple[str, int, RawComment]] = []  # (thread ref, line, post) in document order
    for record in iter_records(data, _RECORD_LEVEL, DISQUS_RESYNC):
        element = record.element
        if record.name == "thread":
            thread_id = _dsq_id(element)
            if thread_id is None:
                warnings.warn(
                    f"thread #{record.ordinal} (line {record.line}) has no dsq:id: skipped",
                    SkippedRecordWarning,
                    stacklevel=2,
                )
            elif thread_id not in threads:
                threads[thread_id] = _Thread(_article(element, thread_id, source))
        elif record.name == "post":
            post_id = _dsq_id(element)
            if post_id is None:
                legacy = text_of(child_map(element).get("id"))
                warnings.warn(
                    f"post #{record.ordinal} (line {record.line}{', id ' + legacy if legacy else ''}) has no dsq:id:"
                    " skipped",
                    SkippedRecordWarning,
                    stacklevel=2,
                )
                continue
            ref, comment = _post(element, post_id)
            if ref is None:
                warnings.warn(
                    f"post {post_id} (line {record.line}) names no thread: skipped", SkippedRecordWarning, stacklevel=2
                )
                continue
            pending.append((ref, record.line, comment))
    for ref, line, comment in pending:
        if ref in threads:
            threads[ref].posts.append(comment)
        else:
            warnings.warn(
                f"post {comment.id} (line {line}) belongs to thread {ref}, which is not in the export: skipped",
                SkippedRecordWarning,
                stacklevel=2,
            )
    for thread in threads.values():
        yield Thread(thread.article, build_comments(thread.posts, label=f"thread {thread.article.id} post"))
