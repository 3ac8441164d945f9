"""Shared tokens: words, emoji, apostrophes, light stemming."""

from __future__ import annotations

import re

import pytest

from discourse.analysis.cues import compile_cues
from discourse.analysis.tokens import light_stem, normalize, token_pattern, tokenize


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
