"""Pseudonyms for comment authors: a stable salted hash, so reports can be shared without names."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import replace

import pandas as pd

from discourse.model import Thread

__all__ = ["new_salt", "pseudonymize", "pseudonymize_comments", "pseudonymize_text", "pseudonymize_thread"]

PREFIX = "author-"
DIGITS = 8  # 32 bits: collisions stay unlikely below tens of thousands of authors in one corpus
# Names this short also occur as ordinary words ("Al", "Bo"): only the author column is replaced for them.
MIN_NAME_IN_TEXT = 3
_ID_COLUMNS = frozenset({"thread_id", "comment_id", "parent_id", "author", "timestamp", "timestamp_raw"})
_TEXT_COLUMNS = frozenset({"body", "incivility_evidence", "stance_evidence"})


def new_salt() -> str:
    """A random salt; pass the same salt again to get the same pseudonyms in a later run."""
    return secrets.token_hex(16)


def pseudonymize(name: str, salt: str) -> str:
    """The pseudonym of ``name``: ``author-`` and 8 hex digits of HMAC-SHA256(salt, name).

    The same name and salt always give the same pseudonym; without the salt a name cannot be checked against
    a pseudonym by hashing guesses. Surrounding white space does not count; letter case does (sites treat
    "Peter" and "peter" as different accounts).
    """
    key = " ".join(name.split()).encode("utf-8")
    digest = hmac.new(salt.encode("utf-8"), key, hashlib.sha256).hexdigest()
    return PREFIX + digest[:DIGITS]


def pseudonymize_text(text: str, names: Mapping[str, str], ignore_case: bool = False) -> str:
    """Replace each whole-word mention of a known author name in ``text`` by its pseudonym.

    ``ignore_case`` also catches lower-cased tokens (distinctive words, topic labels).
    """
    usable = sorted((n for n in names if len(n) >= MIN_NAME_IN_TEXT), key=len, reverse=True)
    if not usable or not text:
        return text
    lookup = {(n.casefold() if ignore_case else n): names[n] for n in usable}
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in usable) + r")(?!\w)",
                         re.IGNORECASE if ignore_case else 0)
    return pattern.sub(lambda m: lookup.get(m.group(1).casefold() if ignore_case else m.group(1), m.group(1)), text)


def pseudonym_map(authors: Iterable[object], salt: str) -> dict[str, str]:
    """Each distinct author name with its pseudonym."""
    return {str(a): pseudonymize(str(a), salt) for a in set(authors) if isinstance(a, str) and a.strip()}


def pseudonymize_comments(comments: pd.DataFrame, salt: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """A copy of the per-comment table with authors, and their mentions in bodies and evidence, pseudonymised."""
    out = comments.copy()
    if "author" not in out or out.empty:
        return out, {}
    names = pseudonym_map(out["author"].dropna().unique(), salt)
    out["author"] = out["author"].map(lambda a: names.get(a, a) if isinstance(a, str) else a)
    for column in out.columns:
        if column in _ID_COLUMNS or not (out[column].dtype == object or pd.api.types.is_string_dtype(out[column])):
            continue
        # Bodies and evidence keep the writer's capitals; derived labels (topic terms) are lower-cased tokens.
        fold = column not in _TEXT_COLUMNS
        out[column] = out[column].map(lambda t, f=fold: pseudonymize_text(t, names, f) if isinstance(t, str) else t)
    return out, names


def pseudonymize_thread(thread: Thread, salt: str) -> Thread:
    """A copy of ``thread`` with comment authors, the byline, and their mentions in bodies pseudonymised.

    Applied right after reading, so every output derived from the thread (tables, summaries, reports) carries
    pseudonyms only. The article's own text is left as published.
    """
    people = [c.author for c in thread.comments] + [thread.article.author]
    names = pseudonym_map(people, salt)
    if not names:
        return thread
    comments = tuple(
        replace(
            c,
            author=names.get(c.author, c.author) if c.author else c.author,
            body=pseudonymize_text(c.body, names),
        )
        for c in thread.comments
    )
    author = thread.article.author
    article = replace(thread.article, author=names.get(author, author) if author else author)
    return Thread(article, comments)
