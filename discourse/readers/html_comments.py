"""Reader comments of a parsed page: the markup families of ``html_selectors`` tried in order, then JSON-LD."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree, html

from discourse.errors import ParseWarning
from discourse.model import Comment
from discourse.readers import html_selectors as sel
from discourse.readers.html_dates import DateReader
from discourse.readers.html_jsonld import jsonld_comments
from discourse.readers.html_text import block_text, clean_inline

__all__ = ["CommentSection", "find_comments", "side_zones"]

_MAX_AUTHOR = 250


@dataclass(frozen=True)
class CommentSection:
    """The comments found and the elements that held them (removed before the article is extracted)."""

    comments: tuple[Comment, ...]
    elements: tuple[html.HtmlElement, ...]


class _Page:
    """A parsed page with the lookups every family needs: document order and excluded zones."""

    def __init__(self, root: html.HtmlElement, url: str | None) -> None:
        self.root = root
        self.url = url
        self.order = {el: i for i, el in enumerate(root.iter())}
        self.zones = set(side_zones(root))

    def excluded(self, el: html.HtmlElement) -> bool:
        return any(a in self.zones for a in _self_and_ancestors(el))

    def sort(self, els: Iterable[html.HtmlElement]) -> list[html.HtmlElement]:
        return sorted(set(els), key=lambda e: self.order.get(e, -1))


def side_zones(root: html.HtmlElement) -> list[html.HtmlElement]:
    """Sidebars, widgets, navigation and forms of a page: never its reader comments, byline or title."""
    guard = set(root.xpath(sel.ZONE_GUARD))
    return [z for z in root.xpath(sel.EXCLUDED_ZONES) if z is not root and not _contains_any(z, guard)]


def _self_and_ancestors(el: html.HtmlElement) -> Iterable[html.HtmlElement]:
    yield el
    yield from el.iterancestors()


def _contains_any(zone: html.HtmlElement, marks: set[html.HtmlElement]) -> bool:
    return any(a is zone for m in marks for a in _self_and_ancestors(m))


def _xpath(el: html.HtmlElement, expr: str) -> list[html.HtmlElement]:
    try:
        found = el.xpath(expr)
    except etree.XPathError:
        return []
    return [f for f in found if isinstance(f, html.HtmlElement)]


def _classes(el: html.HtmlElement) -> list[str]:
    return (el.get("class") or "").split()


class _Row(NamedTuple):
    el: html.HtmlElement
    author: str | None
    date: tuple[datetime | None, str] | None
    body: str
    kind: str


class _Item:
    """One comment element and the lookups scoped to it (nested replies are not its own)."""

    def __init__(self, el: html.HtmlElement, items: set[html.HtmlElement]) -> None:
        self.el = el
        self.items = items

    def own(self, expr: str) -> list[html.HtmlElement]:
        return [f for f in _xpath(self.el, expr) if self._is_own(f)]

    def own_values(self, expr: str) -> list[str]:
        """Attribute values found by ``expr`` on this item's own elements."""
        try:
            found = self.el.xpath(expr)
        except etree.XPathError:
            return []
        values: list[str] = []
        for value in found if isinstance(found, list) else []:
            # lxml's attribute results know the element they were read from
            owner = getattr(value, "getparent", lambda: None)()
            if isinstance(value, str) and isinstance(owner, html.HtmlElement) and self._is_own(owner):
                values.append(str(value))
        return values

    def _is_own(self, found: html.HtmlElement) -> bool:
        for a in _self_and_ancestors(found):
            if a is self.el:
                return True
            if a in self.items:
                return False
        return True  # a sibling such as Blogger's <dd class="comment-body">

    def first(self, exprs: Sequence[str], accept: Callable[[html.HtmlElement], bool]) -> html.HtmlElement | None:
        for expr in exprs:
            for found in self.own(expr):
                if accept(found):
                    return found
        return None


def _author(item: _Item, family: sel.CommentFamily) -> tuple[str | None, html.HtmlElement | None]:
    def good(el: html.HtmlElement) -> bool:
        text = _author_text(el)
        return bool(text) and len(text) <= _MAX_AUTHOR

    el = item.first(family.author, good)
    if el is None and any(k in _classes(item.el) for k in sel.PINGBACK_CLASSES):
        el = item.first((".//a",), good)
    return (_author_text(el), el) if el is not None else (None, None)


def _author_text(el: html.HtmlElement) -> str:
    if el.tag in ("img",):
        return (el.get("alt") or "").strip()
    text = clean_inline(el.text_content())
    if any(ch.isdigit() for ch in text):
        # a date written in the same text as the name: keep the name
        byline = sel.BYLINE.search(text) or sel.NAME_BEFORE_DATE.match(text)
        if byline:
            text = byline.group("name")
    return sel.AUTHOR_FILLER.sub("", text).strip(" :,-–")


def _comment_id(item: _Item, used: set[str]) -> str | None:
    candidates = [item.el, *item.own(".//*[@id or @name]")]
    previous = item.el.getprevious()
    if previous is not None and previous.tag == "a":
        candidates.append(previous)
    for el in candidates:
        for attr in ("id", "name"):
            match = sel.COMMENT_ID.match(el.get(attr) or "")
            if match and match.group(1) not in used:
                return match.group(1)
    # an id of another shape ("cid-61234500", "cmt-9101") is still the page's own name for the comment
    for attr in ("id", "data-comment-id", "data-id"):
        value = (item.el.get(attr) or "").strip()
        if value and value not in used:
            return value
    return None


def _depths(page: _Page, items: list[html.HtmlElement], container: set[html.HtmlElement]) -> list[int]:
    """Reply depth of each item: a depth-N class when written, else the nesting of items and reply containers."""
    item_set = set(items)
    raw: list[int] = []
    explicit: list[int | None] = []
    for el in items:
        explicit.append(next((int(m.group(1)) - 1 for c in _classes(el) if (m := sel.DEPTH_CLASS.match(c))), None))
        level, pending = 0, 0
        for a in el.iterancestors():
            if a in container:
                break
            if a in item_set:
                level, pending = level + 1, 0
            elif a.tag in sel.CHILDREN_TAGS or any(c in sel.CHILDREN for c in _classes(a)):
                pending += 1
        raw.append(level + pending)
    floor = min(raw, default=0)
    return [e if e is not None else r - floor for e, r in zip(explicit, raw, strict=True)]


def _parents(depths: list[int], ids: list[str], explicit: list[str | None]) -> tuple[list[str | None], list[int]]:
    """Parent = the nearest earlier comment one level up; a parent the markup names wins."""
    parents: list[str | None] = []
    real: list[int] = []
    stack: list[str] = []
    level: dict[str, int] = {}
    for depth, cid, given in zip(depths, ids, explicit, strict=True):
        if given is not None and given in level:
            stack = stack[: level[given] + 1] if stack[level[given] : level[given] + 1] == [given] else [given]
        else:
            stack = stack[:depth]
        parents.append(stack[-1] if stack else None)
        level[cid] = len(stack)
        real.append(len(stack))
        stack.append(cid)
    return parents, real


def _path(href: str) -> str:
    return urlsplit(href).path.rstrip("/")


def _elsewhere(items: list[html.HtmlElement], here: str | None) -> bool:
    """True when every comment permalink of these items points at another page (a recent-comments list)."""
    links = [h for i in items for h in i.xpath(sel.PERMALINKS) if isinstance(h, str)]
    if not links:
        return False
    own = _path(here) if here else None
    return all(not h.startswith("#") and (own is None or _path(h) != own) for h in links)


def _items(page: _Page, family: sel.CommentFamily) -> tuple[list[html.HtmlElement], set[html.HtmlElement]]:
    containers = [page.root] if not family.container else _xpath(page.root, family.container)
    outer = [c for c in containers if not any(a in containers for a in c.iterancestors())]
    groups = [[i for i in _xpath(c, family.item) if not page.excluded(i)] for c in outer]
    if sum(1 for g in groups if g) > 1:
        # several lists of the same markup: those whose permalinks all lead elsewhere are widgets
        kept = [(c, g) for c, g in zip(outer, groups, strict=True) if not _elsewhere(g, page.url)]
        outer, groups = [c for c, _ in kept], [g for _, g in kept]
    items = page.sort(i for g in groups for i in g)
    return items, set(outer)


def _from_family(
    page: _Page, family: sel.CommentFamily, dates: DateReader
) -> tuple[list[Comment], list[html.HtmlElement]]:
    elements, containers = _items(page, family)
    all_items = set(elements)
    rows: list[_Row] = []
    for el in elements:
        item = _Item(el, all_items - {el})
        author, author_el = _author(item, family)
        if family.needs_author and not author:
            continue
        found_date = dates.read(item, family, author)
        nested = any(a in all_items for a in el.iterancestors())
        if nested and not author and found_date is None:
            all_items.discard(el)  # an inner element of a comment that shares the class (e.g. .comment-content)
            continue
        kind = _kind(item)
        # a pingback's "author" is the linking page, whose title is also its body
        body = _body(item, family, author_el if kind == "comment" else None, found_date)
        if not body:
            continue
        rows.append(_Row(el, author, found_date, body, kind))
    kept = [row.el for row in rows]
    depths = _depths(page, kept, containers)
    used: set[str] = set()
    ids: list[str] = []
    for n, el in enumerate(kept, start=1):
        cid = _comment_id(_Item(el, set(kept) - {el}), used) or f"c{n}"
        used.add(cid)
        ids.append(cid)
    explicit = [_explicit_parent(_Item(el, set(kept) - {el}), family, set(ids)) for el in kept]
    parents, depths = _parents(depths, ids, explicit)
    comments: list[Comment] = []
    for position, (row, cid, depth, parent) in enumerate(zip(rows, ids, depths, parents, strict=True)):
        timestamp, raw = row.date if row.date is not None else (None, None)
        comments.append(
            Comment(
                id=cid,
                body=row.body,
                author=row.author,
                timestamp=timestamp,
                timestamp_raw=raw,
                parent_id=parent,
                depth=depth,
                position=position,
                kind=row.kind,
            )
        )
    # the section is cut out of the page before the article is read; a container that also holds the
    # page's heading or main part (a loose match) is not, only the comments themselves
    holders = [c for c in containers if c is not page.root and not c.xpath(sel.ZONE_GUARD_INSIDE)]
    return comments, holders or kept


def _kind(item: _Item) -> str:
    """pingback/trackback from the item's classes, else from an attribution that starts with the word."""
    found = next((k for c in _classes(item.el) if (k := sel.PINGBACK_CLASSES.get(c))), None)
    if found:
        return found
    for cite in item.own(".//cite"):
        match = sel.PINGBACK_TEXT.match(clean_inline(cite.text_content()))
        if match:
            return match.group(1).lower()
    return "comment"


def _explicit_parent(item: _Item, family: sel.CommentFamily, ids: set[str]) -> str | None:
    """The parent the markup names: a parent attribute of the family, or a "reply to" link to its anchor."""
    values = [item.el.get(family.parent_attr) or ""] if family.parent_attr else []
    values += [h.lstrip("#") for h in item.own_values(sel.REPLY_TO_LINKS)]
    for value in filter(None, values):
        match = sel.COMMENT_ID.match(value)
        for candidate in (value, match.group(1) if match else value, f"post-{value}", f"comment-{value}"):
            if candidate in ids:
                return candidate
    return None


def _body(
    item: _Item,
    family: sel.CommentFamily,
    author_el: html.HtmlElement | None,
    found_date: tuple[datetime | None, str] | None,
) -> str:
    skip = set(item.items) | set(item.own(sel.NOISE))
    body_el = item.first(family.body, lambda el: bool(block_text(el, skip)))
    if body_el is not None:
        return block_text(body_el, skip)
    # No body element: the item's own text without its header (author, date, metadata line).
    skip |= set(item.own(sel.HEADER))
    if author_el is not None:
        skip.add(author_el)
    paragraphs = block_text(item.el, skip).split("\n\n")
    # the header line left over (", says: March 9, 2009 at 10:30 pm") is not the comment
    while paragraphs:
        head = paragraphs[0].replace(found_date[1], " ") if found_date is not None else paragraphs[0]
        if sel.LEADING_FILLER.sub("", head).strip(" :,-–|") == "":
            paragraphs.pop(0)
            continue
        paragraphs[0] = sel.LEADING_FILLER.sub("", paragraphs[0])
        break
    return "\n\n".join(paragraphs)


def _warn_undated(comments: list[Comment], source: str) -> None:
    undated = sum(1 for c in comments if c.timestamp is None and c.kind == "comment")
    if undated:
        warnings.warn(f"{source}: {undated} comment(s) without a readable date", ParseWarning, stacklevel=3)


def find_comments(root: html.HtmlElement, dates: DateReader, source: str, url: str | None = None) -> CommentSection:
    """The reader comments of a page (whose address is ``url``), from the first markup family that yields any."""
    page = _Page(root, url)
    for family in sel.FAMILIES:
        comments, holders = _from_family(page, family, dates)
        if comments:
            _warn_undated(comments, source)
            return CommentSection(tuple(comments), tuple(holders))
    from_jsonld = jsonld_comments(_xpath(root, sel.JSONLD_SCRIPTS), dates)
    if from_jsonld:
        _warn_undated(from_jsonld, source)
        return CommentSection(tuple(from_jsonld), ())
    for family in sel.GENERIC_FAMILIES:
        comments, holders = _from_family(page, family, dates)
        if comments:
            _warn_undated(comments, source)
            return CommentSection(tuple(comments), tuple(holders))
    return CommentSection((), ())
