"""Reader of scraped plain-text pages: one article with its comment section (format ``text``)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import PurePath

from discourse.errors import ParseWarning
from discourse.model import Article, Comment, Thread
from discourse.readers import plaintext_patterns as P
from discourse.readers.boilerplate import is_boilerplate, normalise, strip_links
from discourse.readers.dates import parse_date
from discourse.readers.encoding import decode_bytes, repair_text
from discourse.readers.options import ReadOptions
from discourse.readers.plaintext_comments import find_section
from discourse.readers.plaintext_lines import Section, form_start, is_chrome, section_chrome
from discourse.readers.plaintext_names import find_name_section

__all__ = ["parse_text", "read"]

# The head (title, kicker, byline, date line) is read from this many non-blank lines at the top.
HEAD_LINES = 8
TITLE_MAX_CHARS = 200
TEASER_MAX_CHARS = 200
# the first line this long starts the body: metadata lines (byline, date line) come before it
BODY_LINE_CHARS = 100


def read(data: bytes, source: str, options: ReadOptions) -> Iterator[Thread]:
    """The one thread of a plain-text page."""
    yield parse_text(repair_text(decode_bytes(data)), source, options)


def parse_text(text: str, source: str, options: ReadOptions | None = None) -> Thread:
    """A thread from the text of a page; ``source`` names it (its file stem becomes the article id)."""
    options = options or ReadOptions()
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [" ".join(line.split()) for line in raw]
    # "Comment author avatarWakehead": widget text glued to a name
    extra: list[str] = [m.group(0).strip() for line in lines if (m := P.CHROME_PREFIX.match(line))]
    lines = [P.CHROME_PREFIX.sub("", line) for line in lines]
    indents = [len(line) - len(line.lstrip()) for line in raw]
    section = find_section(lines) or find_name_section(lines, indents)
    end = section.start if section else len(lines)
    article = _article(lines[:end], source, options)
    comments = _comments(lines, indents, section, article.published, options, extra) if section else ()
    if extra:
        article = replace(article, boilerplate=article.boilerplate + tuple(extra))
    return Thread(article=article, comments=comments)


@dataclass
class _Head:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    used: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)


def _headline(line: str) -> bool:
    return (
        0 < len(line) <= TITLE_MAX_CHARS
        and not line.endswith((".", ",", ";"))
        and not P.DATE_ONLY.match(line)
        and not P.BYLINE.match(line)
    )


def _meta_line(line: str) -> bool:
    return bool(P.DATETIME.match(line) or P.BYLINE.match(line))


def _read_head(lines: list[str], options: ReadOptions) -> _Head:
    head = _Head()
    body_start = next((i for i, line in enumerate(lines) if len(line) >= BODY_LINE_CHARS), len(lines))
    content = [i for i, line in enumerate(lines[:body_start]) if line][:HEAD_LINES]
    meta_at: int | None = None
    for i in content:
        line = lines[i]
        byline = P.BYLINE.match(line)
        dateline = P.DATELINE.match(line)
        date_only = P.DATE_ONLY.match(line)
        if byline and head.author is None and len(byline.group("author").split()) <= 6:
            head.author = byline.group("author").strip()
        elif dateline and head.published is None:
            head.publisher = dateline.group("publisher").strip()
            head.published = parse_date(dateline.group("date"), now=options.now, tz=options.zone)
        elif date_only and head.published is None:
            head.published = parse_date(date_only.group("date"), now=options.now, tz=options.zone)
        else:
            continue
        head.used.add(i)
        meta_at = i if meta_at is None else meta_at
    before = [i for i in content if meta_at is not None and i < meta_at]
    if before and _headline(lines[before[-1]]):
        # the headline just above the byline or date line is the title; one short line above it is a kicker
        head.title = lines[before[-1]]
        head.used.add(before[-1])
        if len(before) == 2 and _headline(lines[before[0]]) and len(lines[before[0]]) < len(head.title):
            head.dropped.add(before[0])
    else:
        # a post's meta line ("June 11, 2012 in Reviews with 37 Comments", a date line) can stand above its headline
        firsts = [i for i, line in enumerate(lines) if line][:2]
        first = next((i for i in firsts if not _meta_line(lines[i])), None)
        if first is not None and _headline(lines[first]) and first not in head.used:
            head.title = lines[first]
            head.used.add(first)
    if head.published is None:
        for i in [i for i, line in enumerate(lines) if line][:HEAD_LINES]:
            m = P.PARAGRAPH_DATE.match(lines[i])
            if m:
                head.published = parse_date(m.group("date"), now=options.now, tz=options.zone)
                break
    return head


def _article(lines: list[str], source: str, options: ReadOptions) -> Article:
    linked: list[str] = []
    plain = []
    whole_link: set[int] = set()
    for i, line in enumerate(lines):
        text, removed = strip_links(line)
        if removed and P.MARKDOWN_LINK.fullmatch(line):
            whole_link.add(i)
        linked.extend(removed)
        plain.append(text)
    head = _read_head(plain, options)
    first_long = next((i for i, line in enumerate(plain) if len(line) >= BODY_LINE_CHARS), len(plain))
    boilerplate: list[str] = []
    seen: set[str] = {normalise(head.title)} if head.title else set()
    paragraphs: list[str] = []
    block: list[str] = []
    for i, line in enumerate(plain + [""]):
        if not line:
            if block:
                paragraphs.append("\n".join(block))
                block = []
            continue
        if i in head.used and line != head.title:
            boilerplate.append(lines[i])
            continue
        if i in head.used:
            continue
        key = normalise(line)
        repeated = len(line) <= TEASER_MAX_CHARS and key in seen
        if (
            i in head.dropped
            or repeated
            or is_boilerplate(line)
            or is_chrome(line)
            or (i in whole_link and i < first_long)
        ):
            boilerplate.append(lines[i])
            continue
        if len(line) <= TEASER_MAX_CHARS:
            seen.add(key)
        block.append(line)
    return Article(
        id=PurePath(source).stem,
        title=head.title,
        paragraphs=tuple(paragraphs),
        author=head.author,
        publisher=head.publisher,
        published=head.published,
        boilerplate=tuple(boilerplate + [link for link in linked if link not in boilerplate]),
        source=source,
        format="text",
    )


def _comments(
    lines: list[str],
    indents: list[int],
    section: Section,
    published: datetime | None,
    options: ReadOptions,
    boilerplate: list[str],
) -> tuple[Comment, ...]:
    headers = section.headers
    spans: list[tuple[int, int]] = []
    if section.role == "lead":
        form = form_start(lines, headers[-1].end)
        ends = [h.start for h in headers[1:]] + [form]
        spans = [(h.end, e) for h, e in zip(headers, ends, strict=True)]
    else:
        starts = [section.start] + [h.end for h in headers[:-1]]
        spans = list(zip(starts, [h.start for h in headers], strict=True))
        form = headers[-1].end
    context = published
    comments: list[Comment] = []
    reply_to: dict[int, str] = {}
    levels: list[int] = []
    for h, (start, end) in zip(headers, spans, strict=True):
        body_at = [i for i in range(start, end) if lines[i]]
        date_raw = h.date
        if body_at and P.DATE_ONLY.match(lines[body_at[-1]]) and date_raw in (None, lines[body_at[-1]]):
            date_raw = lines[body_at.pop()]
        boilerplate.extend(lines[i] for i in range(h.start, h.end) if lines[i])
        kept: list[int] = []
        for i in body_at:
            if is_chrome(lines[i]) or section_chrome(lines[i]):
                boilerplate.append(lines[i])
            else:
                kept.append(i)
        if kept and h.author and normalise(lines[kept[0]]) == normalise(h.author):
            boilerplate.append(lines[kept.pop(0)])
        hint = P.IN_REPLY_TO.match(lines[kept[0]]) if kept else None
        if hint and len(kept) > 1:
            # the hint line is widget text; the reply's target is kept as its parent
            reply_to[len(comments)] = hint.group("name")
            boilerplate.append(lines[kept.pop(0)])
        if not kept:
            continue
        timestamp = parse_date(date_raw, now=options.now, context=context, tz=options.zone) if date_raw else None
        if date_raw and timestamp is None:
            warnings.warn(f"comment c{len(comments) + 1}: cannot read the date {date_raw!r}", ParseWarning, 2)
        if timestamp is not None and P.DATETIME.search(date_raw or "") and _has_year(date_raw or ""):
            context = timestamp
        levels.append(indents[h.start])
        comments.append(
            Comment(
                id=f"c{len(comments) + 1}",
                body=_body(lines, kept),
                author=h.author,
                timestamp=timestamp,
                timestamp_raw=date_raw,
                position=len(comments),
            )
        )
    boilerplate.extend(line for line in lines[form:] if line)
    return _threaded(comments, levels, reply_to)


def _body(lines: list[str], kept: list[int]) -> str:
    """The body's lines; a blank line in the page between two of them stays a paragraph break."""
    parts = [lines[kept[0]]]
    for a, b in zip(kept, kept[1:], strict=False):
        parts.append("\n\n" if any(not lines[j] for j in range(a + 1, b)) else "\n")
        parts.append(lines[b])
    return "".join(parts)


def _has_year(text: str) -> bool:
    return any(part.isdigit() and len(part) == 4 for part in text.replace(",", " ").split())


def _threaded(comments: list[Comment], indents: list[int], reply_to: dict[int, str]) -> tuple[Comment, ...]:
    """Parents from reply hints (``@Name`` opening a body, "In reply to Name"), else from deeper indentation."""
    out: list[Comment] = []
    by_author: dict[str, Comment] = {}
    stack: list[tuple[int, Comment]] = []
    for k, (c, indent) in enumerate(zip(comments, indents, strict=True)):
        parent = by_author.get(normalise(reply_to[k])) if k in reply_to else _at_parent(c.body, by_author)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if parent is None and stack:
            parent = stack[-1][1]
        depth = parent.depth + 1 if parent else 0
        c = replace(c, parent_id=parent.id if parent else None, depth=depth)
        out.append(c)
        stack.append((indent, c))
        if c.author:
            by_author[normalise(c.author)] = c
            # "mary @ B&Gjournals" is answered as "@mary"
            by_author[normalise(c.author.split(" @ ")[0])] = c
    return tuple(out)


def _at_parent(body: str, by_author: dict[str, Comment]) -> Comment | None:
    """The latest earlier comment by the longest author name that an opening ``@`` names."""
    if not body.startswith("@"):
        return None
    text = normalise(body.split("\n", 1)[0][1:])
    for name in sorted(by_author, key=len, reverse=True):
        if text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum()):
            return by_author[name]
    return None
