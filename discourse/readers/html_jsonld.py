"""Comments written as schema.org JSON-LD (``<script type="application/ld+json">``), replies nested or linked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from lxml import etree, html

from discourse.model import Comment
from discourse.readers.html_dates import DateReader, parse_iso
from discourse.readers.html_text import block_text, clean_inline

__all__ = ["jsonld_comments", "jsonld_objects"]

_COMMENT_TYPES = {"Comment", "UserComments", "Answer"}
_TEXT_KEYS = ("text", "commentText", "description")
_DATE_KEYS = ("dateCreated", "datePublished", "commentTime", "dateModified")


def jsonld_objects(scripts: list[html.HtmlElement]) -> Iterator[Any]:
    """The top-level JSON values of the page's JSON-LD scripts (broken ones are skipped)."""
    for script in scripts:
        try:
            yield json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", ())
    names = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return {str(n).rsplit("/", 1)[-1] for n in names}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName")
    return clean_inline(str(value)) if isinstance(value, str | int) and str(value).strip() else None


def _id(node: dict[str, Any]) -> str | None:
    for key in ("@id", "url", "identifier"):
        value = node.get(key)
        if isinstance(value, str | int) and str(value):
            value = str(value)
            return value.rsplit("#", 1)[-1] if "#" in value else value
    return None


def _walk(value: Any, parent: str | None, out: list[tuple[dict[str, Any], str | None]], depth: int = 0) -> None:
    if depth > 50:
        return
    if isinstance(value, list):
        for v in value:
            _walk(v, parent, out, depth + 1)
    elif isinstance(value, dict):
        is_comment = bool(_types(value) & _COMMENT_TYPES)
        if is_comment:
            out.append((value, parent))
        for key, child in value.items():
            if key in ("author", "publisher", "about", "isPartOf", "mainEntityOfPage"):
                continue
            child_parent = (_id(value) or f"#{id(value)}") if is_comment and key == "comment" else parent
            _walk(child, child_parent, out, depth + 1)


def jsonld_comments(scripts: list[html.HtmlElement], dates: DateReader) -> list[Comment]:
    """Comments of the page's JSON-LD, in document order, parents from nesting or ``parentItem``."""
    found: list[tuple[dict[str, Any], str | None]] = []
    for obj in jsonld_objects(scripts):
        _walk(obj, None, found)
    comments: list[Comment] = []
    ids: dict[int, str] = {}
    depth_of: dict[str, int] = {}
    used: set[str] = set()
    for node, parent in found:
        text = next((node[k] for k in _TEXT_KEYS if isinstance(node.get(k), str) and node[k].strip()), None)
        if text is None:
            continue
        cid = _id(node)
        if cid is None or cid in used:
            cid = f"c{len(comments) + 1}"
        used.add(cid)
        ids[id(node)] = cid
        if parent is not None and parent.startswith("#"):
            parent = ids.get(int(parent[1:]))
        linked = node.get("parentItem")
        if isinstance(linked, dict) and _id(linked) in used:
            parent = _id(linked)
        if parent not in depth_of:
            parent = None
        timestamp: datetime | None = None
        raw = next((str(node[k]) for k in _DATE_KEYS if node.get(k)), None)
        if raw:
            timestamp = parse_iso(raw, dates.options) or dates.text(raw)
        depth = depth_of[parent] + 1 if parent is not None else 0
        depth_of[cid] = depth
        body = "\n\n".join(p for p in (clean_inline(x) for x in _paragraphs(text)) if p)
        comments.append(
            Comment(
                id=cid,
                body=body,
                author=_name(node.get("author") or node.get("creator")),
                timestamp=timestamp,
                timestamp_raw=raw,
                parent_id=parent,
                depth=depth,
                position=len(comments),
            )
        )
    return [c for c in comments if c.body]


def _paragraphs(text: str) -> list[str]:
    # JSON-LD text is sometimes HTML ("<p>..</p>"); read it as markup when it looks like it
    if "<" in text and ">" in text:
        try:
            return block_text(html.fragment_fromstring(text, create_parent="div")).split("\n\n")
        except (ValueError, TypeError, etree.LxmlError):
            pass
    return text.split("\n\n")
