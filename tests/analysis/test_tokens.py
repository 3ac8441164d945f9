"""Shared tokens: words, emoji, apostrophes, light stemming and the cached fast path."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis.cues import compile_cues
from discourse.analysis.tokens import (
    STOP_WORDS,
    light_stem,
    normalize,
    raw_tokens,
    stemmed_tokens,
    token_pattern,
    tokenize,
)


def test_words_and_emoji() -> None:
    text = "This article couldn’t be more WRONG 🤡🤡 well-known 👍🏽 the Serbs’ land, Kosovo’s 3️⃣ x2 9am"
    assert tokenize(text) == [
        "article",
        "wrong",
        "🤡",
        "🤡",
        "well-known",
        "👍🏽",
        "serbs",
        "land",
        "kosovo",
        "3️⃣",
        "x2",
    ]
    assert tokenize("the and of", stop_words=None) == ["the", "and", "of"]


def test_sklearn_pattern_finds_the_same_emoji() -> None:
    assert re.findall(token_pattern(), normalize("Clown 🤡 and thumbs 👍🏽!")) == [
        "clown",
        "🤡",
        "and",
        "thumbs",
        "👍🏽",
    ]


@pytest.mark.parametrize(
    "word, stem",
    [
        ("taxes", "tax"),
        ("invaded", "invad"),
        ("invade", "invade"),
        ("stories", "story"),
        ("news", "news"),
        ("kosovo's", "kosovo"),
        ("classes", "class"),
        ("quickly", "quick"),
        ("bus", "bus"),
        ("2019s", "2019s"),
    ],
)
def test_light_stem(word: str, stem: str) -> None:
    assert light_stem(word) == stem


def test_cue_wildcards_and_phrases() -> None:
    pattern = compile_cues(["econom*", "fake news", "un"])
    assert pattern is not None
    assert [m.group(0) for m in pattern.finditer(normalize("Economists spread FAKE  news at the UN, unfair"))] == [
        "economists",
        "fake  news",
        "un",
    ]


# Text drawn from letters, apostrophes, accents, digits and emoji parts (keycaps, modifiers, joiners), so the
# fast word-only path and the full emoji pattern meet every kind of neighbour.
_PARTS = list("ab Zé'-’1#*\n.,!") + ["🤡", "👍", "🏽", "\u200d", "\ufe0f", "\u20e3", "Ⓜ"]
_MIXED = st.text(alphabet=st.sampled_from(_PARTS))


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_fast_path_finds_what_the_full_pattern_finds(text: str) -> None:
    assert raw_tokens(text) == re.findall(token_pattern(), normalize(text))


@settings(max_examples=200, deadline=None)
@given(_MIXED)
def test_tokenize_is_the_filtered_raw_tokens(text: str) -> None:
    expected = [t[:-2] if t.endswith("'s") else t for t in re.findall(token_pattern(), normalize(text))]
    assert tokenize(text, stop_words=None) == expected
    assert tokenize(text) == [t for t in expected if t not in STOP_WORDS]
    assert stemmed_tokens(text) == [light_stem(t) for t in tokenize(text)]


def test_cached_tokens_are_fresh_lists() -> None:
    first = tokenize("Taxes and tolls")
    first.append("mutated")
    assert tokenize("Taxes and tolls") == ["taxes", "tolls"]

