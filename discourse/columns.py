"""Column names of the tabular forms: the one place that defines them."""

from __future__ import annotations

THREAD_ID = "thread_id"
COMMENT_ID = "comment_id"
AUTHOR = "author"
TIMESTAMP = "timestamp"
TIMESTAMP_RAW = "timestamp_raw"
BODY = "body"
PARENT_ID = "parent_id"
DEPTH = "depth"
POSITION = "position"
KIND = "kind"
STATUS = "status"
LIKES = "likes"

COMMENT_COLUMNS: tuple[str, ...] = (
    THREAD_ID,
    COMMENT_ID,
    AUTHOR,
    TIMESTAMP,
    TIMESTAMP_RAW,
    BODY,
    PARENT_ID,
    DEPTH,
    POSITION,
    KIND,
    STATUS,
    LIKES,
)

TITLE = "title"
PUBLISHER = "publisher"
PUBLISHED = "published"
URL = "url"
LANGUAGE = "language"
PARAGRAPHS = "paragraphs"
BOILERPLATE = "boilerplate"
SOURCE = "source"
FORMAT = "format"

ARTICLE_COLUMNS: tuple[str, ...] = (
    THREAD_ID,
    TITLE,
    AUTHOR,
    PUBLISHER,
    PUBLISHED,
    URL,
    LANGUAGE,
    PARAGRAPHS,
    BOILERPLATE,
    SOURCE,
    FORMAT,
)

KINDS: tuple[str, ...] = ("comment", "pingback", "trackback")
STATUSES: tuple[str, ...] = ("approved", "pending", "spam", "deleted")

# Incivility categories (Coe, Kenski & Rains 2014, extended); each gives a column ``incivility_<category>``.
INCIVILITY_CATEGORIES: tuple[str, ...] = (
    "name_calling",
    "aspersion",
    "lying_accusation",
    "vulgarity",
    "pejorative_speech",
    "hostility",
    "identity_attack",
    "generalisation",
    "dismissive",
    "condescending",
    "sarcasm",
    "shouting",
)
