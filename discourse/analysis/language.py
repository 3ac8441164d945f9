"""A cheap English detector from function words: no model, no download.

A text is English when it has more English function words than function words of other Latin-script languages
(German, French, Spanish, Italian, Dutch, Portuguese, Serbo-Croatian, Albanian), or has none of theirs; a text whose
letters are mostly outside the Latin blocks (Cyrillic, Greek, Arabic, CJK) is not. Short replies without any
function word ("Wow. Absolutely excellent article.") are therefore read as English, as they nearly always are in
English comment sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from discourse.analysis.incivility_rules import lexicon

__all__ = ["ENGLISH", "EMPTY", "OTHER", "MIN_SHARE", "detect_english", "is_english"]

ENGLISH, OTHER, EMPTY = "en", "other", "empty"
# Tie-break when both kinds of function word occur equally often: English prose runs at 35-50% function words.
MIN_SHARE = 0.12
# RE2 patterns (run in C++ by pyarrow over a whole batch).
WORD = r"\pL+(?:'\pL+)?"
LETTER = r"\pL"  # a text has a word exactly when it has a letter
NON_LATIN = r"[^\PL\x00-\x{24F}]"  # letters outside the Latin blocks (Cyrillic, Greek, Arabic, CJK...)
# Accents are rare in English (café, naïve); Cyrillic, Greek or Arabic words consist of nothing else.
NON_LATIN_PER_WORD = 0.5


@lru_cache(maxsize=2)
def _function_words(name: str) -> str:
    words = sorted(lexicon(name), key=len, reverse=True)
    # Word edges by hand: RE2's \b knows ASCII letters only, and some of these words are accented.
    return r"(?:^|[^\pL'])(?:" + "|".join(re.escape(w) for w in words) + r")(?:$|[^\pL'])"


def _found(array: pa.Array, pattern: str) -> np.ndarray:
    return np.asarray(pc.match_substring_regex(array, pattern).to_numpy(zero_copy_only=False), dtype=bool)


def _count(array: pa.Array, pattern: str) -> np.ndarray:
    return np.asarray(pc.count_substring_regex(array, pattern).to_numpy(zero_copy_only=False), dtype=np.int64)


def detect_english(texts: Sequence[str]) -> np.ndarray:
    """One label per text: ``"en"``, ``"other"`` or ``"empty"`` (nothing but spaces, digits or punctuation)."""
    if len(texts) == 0:
        return np.array([], dtype=object)
    lower = pa.array([t.lower().replace("’", "'") for t in texts])
    has_words = _found(lower, LETTER)
    # Without words of another language or letters of another script, a text is read as English (short replies,
    # slang, names): only the texts with either are counted, the rest of the batch is labelled at once.
    foreign = _found(lower, NON_LATIN) | _found(lower, _function_words("other_function_words"))
    doubt = np.flatnonzero(has_words & foreign)
    labels = np.where(has_words, ENGLISH, EMPTY).astype(object)
    if len(doubt):
        labels[doubt] = _weigh(lower.take(pa.array(doubt, type=pa.int64())))
    return labels


def _weigh(lower: pa.Array) -> np.ndarray:
    """English or other for texts with words, from their counts of function words and non-Latin letters."""
    words = _count(lower, WORD)
    function = _count(lower, _function_words("english_function_words"))
    other = _count(lower, _function_words("other_function_words"))
    share = np.divide(function, words, out=np.zeros(len(lower)), where=words > 0)
    latin_script = _count(lower, NON_LATIN) <= NON_LATIN_PER_WORD * words
    leads = (function > other) | ((function == other) & (share >= MIN_SHARE))
    english = latin_script & np.where(other == 0, True, leads)
    return np.where(english, ENGLISH, OTHER).astype(object)


def is_english(text: str) -> bool:
    """Whether one text reads as English (short Latin-script texts count as English)."""
    return bool(detect_english([text])[0] == ENGLISH)
