"""What one line of a plain-text page is: widget chrome, an author name; and the header and section records."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from discourse.readers import plaintext_patterns as P

__all__ = [
    "Header",
    "Section",
    "chars",
    "clean_name",
    "form_start",
    "is_chrome",
    "next_content",
    "plausible_name",
    "previous_content",
    "section_chrome",
]

NAME_MAX_WORDS = 8
NAME_MAX_CHARS = 64
BARE_NAME_MAX_WORDS = 5
BARE_NAME_MAX_CHARS = 48


@dataclass(frozen=True)
class Header:
    """A comment header found at lines ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    form: str
    role: str
    author: str | None
    date: str | None


@dataclass(frozen=True)
class Section:
    """The comment section: where it starts and the header of each comment."""

    start: int
    role: str
    headers: tuple[Header, ...]


def _chrome_parts(line: str) -> list[str]:
    # "• Reply • Share ›" is three widget links on one line
    return [part for part in P.CHROME_SPLIT.split(P.CHROME_DEBRIS.sub("", line)) if part]


# a page asks about the same line many times (every form, every walk up and down); pages share their chrome
_CACHE_SIZE = 8192


@lru_cache(maxsize=_CACHE_SIZE)
def is_chrome(line: str) -> bool:
    """Widget chrome that is neither article nor comment ("Reply", "Notify of", "12 Comments")."""
    parts = _chrome_parts(line)
    return bool(parts) and all(P.CHROME.match(part) for part in parts)


@lru_cache(maxsize=_CACHE_SIZE)
def section_chrome(line: str) -> bool:
    """Chrome that only counts as chrome inside a comment section (vote counts, lone numbers, scores)."""
    parts = _chrome_parts(line)
    return bool(parts) and all(P.CHROME.match(part) or P.SECTION_CHROME.match(part) for part in parts)


def clean_name(name: str) -> str:
    """An author name without list numbers, "Posted by:" and trailing separators."""
    previous = None
    while previous != name:
        previous, name = name, P.NAME_DEBRIS.sub("", name).strip()
    return " ".join(name.split())


def plausible_name(name: str | None, *, bare: bool = False) -> bool:
    """Whether text can be an author name (a line of its own when ``bare``)."""
    if not name:
        return False
    words = name.split()
    max_words, max_chars = (BARE_NAME_MAX_WORDS, BARE_NAME_MAX_CHARS) if bare else (NAME_MAX_WORDS, NAME_MAX_CHARS)
    if len(words) > max_words or len(name) > max_chars or not any(c.isalpha() for c in name):
        return False
    if P.NOT_A_NAME.match(name) or P.DATETIME.search(name) or P.CLOCK.search(name):
        return False
    if bare and P.SENTENCE_END.search(name) and not P.INITIAL.search(name):
        return False
    return not (bare and (is_chrome(name) or "http" in name.lower()))


def form_start(lines: list[str], start: int) -> int:
    """Where the comment form after ``start`` begins ("Leave a Reply"), or the end of the page."""
    return next((i for i in range(start, len(lines)) if P.FORM_START.match(lines[i])), len(lines))


def next_content(lines: list[str], start: int) -> int | None:
    """The first line at or after ``start`` that is neither blank nor chrome."""
    for j in range(start, len(lines)):
        if lines[j] and not is_chrome(lines[j]) and not section_chrome(lines[j]):
            return j
    return None


def previous_content(lines: list[str], start: int, stop: int = 0) -> int | None:
    """The last line before ``start`` (and at or after ``stop``) that is neither blank nor chrome."""
    for j in range(start - 1, stop - 1, -1):
        if lines[j] and not is_chrome(lines[j]) and not section_chrome(lines[j]):
            return j
    return None


def chars(lines: list[str], start: int, end: int) -> int:
    """The characters of the lines from ``start`` to ``end`` that are not chrome."""
    return sum(len(line) for line in lines[start:end] if not is_chrome(line) and not section_chrome(line))
