"""Tokens shared by the analyses: words and emoji, lower-cased, with one apostrophe form."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import emoji
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = [
    "STOP_WORDS",
    "WORD_PATTERN",
    "normalize",
    "paragraphs_of",
    "light_stem",
    "raw_tokens",
    "sentences",
    "stemmed_tokens",
    "token_pattern",
    "tokenize",
]

# A word starts with a letter, may hold inner apostrophes or hyphens, and is at least two characters long.
WORD_PATTERN = r"(?<!\w)[^\W\d_][\w'\-]*\w(?!\w)"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u0060\u00b4]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _extra_stop_words() -> frozenset[str]:
    text = resources.files("discourse.data").joinpath("stopwords_extra.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | _extra_stop_words()
# Suffixes folded by the light stemmer, tried in order, with their replacement: enough to match "taxes" with
# "tax" and "invaded" with "invade"; a stem keeps at least three letters and words of four letters or fewer stay.
STEM_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("sses", "ss"),
    ("ness", ""),
    ("ing", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)
# Texts are tokenized by several analyses in turn (topics, relevance, distinctive words, the prior): each result
# is cached for this many recent texts, so a thread's texts are split once however many analyses read them.
TOKEN_CACHE = 16_384
STEM_CACHE = 262_144  # distinct words: a corpus's vocabulary rarely exceeds it


@lru_cache(maxsize=1)
def token_pattern() -> str:
    """The regex of one token: an emoji (longest sequences first) or a word of two characters or more."""
    emojis = sorted(emoji.EMOJI_DATA, key=len, reverse=True)
    alternatives = "|".join(re.escape(e) for e in emojis)
    # A class of the emoji's first characters lets the long alternation be skipped at almost every position.
    first = "".join(sorted({re.escape(e[0]) for e in emojis}))
    return rf"{WORD_PATTERN}|(?=[{first}])(?:{alternatives})"


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The token regex, the word-only regex and a class of every non-ASCII character found in an emoji."""
    inside = sorted({ch for e in emoji.EMOJI_DATA for ch in e if not ch.isascii()})
    return re.compile(token_pattern()), re.compile(WORD_PATTERN), re.compile(f"[{re.escape(''.join(inside))}]")


def normalize(text: str) -> str:
    """Lower-case, drop URLs and map typographic apostrophes to ``'`` so "can’t" and "can't" are one token."""
    return _APOSTROPHES.sub("'", _URL.sub(" ", text)).lower()


@lru_cache(maxsize=TOKEN_CACHE)
def _raw(text: str) -> tuple[str, ...]:
    full, words, emoji_char = _compiled()
    lowered = normalize(text)
    # Every emoji holds a non-ASCII emoji character, so a text without one needs only the (much faster) word
    # regex, which then finds exactly what the full one finds.
    return tuple((full if emoji_char.search(lowered) else words).findall(lowered))


def raw_tokens(text: str) -> list[str]:
    """Words and emoji of a normalised text, stop words kept, possessives kept: the topic model's tokenizer."""
    return list(_raw(text))


def _drop_possessive(token: str) -> str:
    return token[:-2] if token.endswith("'s") else token


@lru_cache(maxsize=TOKEN_CACHE)
def _content(text: str) -> tuple[str, ...]:
    return tuple(t for t in map(_drop_possessive, _raw(text)) if t not in STOP_WORDS)


def tokenize(text: str, stop_words: Iterable[str] | None = STOP_WORDS) -> list[str]:
    """Words and emoji of a text, normalised, possessive 's dropped, stop words removed (``None`` keeps them)."""
    if stop_words is STOP_WORDS:
        return list(_content(text))
    stops = frozenset(stop_words) if stop_words is not None else frozenset()
    return [t for t in map(_drop_possessive, _raw(text)) if t not in stops]


@lru_cache(maxsize=STEM_CACHE)
def light_stem(word: str) -> str:
    """Fold a common English suffix (plural, -ed, -ing, -ly, -ness) so inflections of a word match."""
    word = _drop_possessive(word)
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, replacement in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


@lru_cache(maxsize=TOKEN_CACHE)
def _stemmed(text: str) -> tuple[str, ...]:
    return tuple(map(light_stem, _content(text)))


def stemmed_tokens(text: str) -> list[str]:
    """Tokens of :func:`tokenize`, light-stemmed: the analyzer of relevance, where inflections should match."""
    return list(_stemmed(text))


def sentences(text: str) -> list[str]:
    """Split a text into sentences at end punctuation and line breaks (a rough cut, enough for cue windows)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a plain article text: blocks separated by blank lines."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
