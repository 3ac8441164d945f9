"""Typos and dodges of target words are undone before the incivility rules run, and evidence quotes the original."""

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from discourse.analysis import typos as T
from discourse.analysis.incivility import IncivilityScorer

# Pieces of comments: plain words, target words, their typos and dodges, and real words that look like them.
PIECES = ["women", "wmoen", "wmen", "w*men", "w o m e n", "scum", "sucm", "scm", "s c u m", "s.c.u.m", "ihateall",
          "ihateallwomen", "gaypeople", "g a y", "the", "rapist", "therapist", "today", "best", "beast", "are",
          "all", "muslims", "muslism", "trnas", "people", "idot", "u.s.a", "a b", "x", "f*ck", "sh*t*", "é", "1",
          "transport", "comment"]
SEPARATORS = st.sampled_from([" ", "", ".", "-", ", ", "*", "\n"])
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), max_size=8).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@pytest.mark.parametrize("text, expected", [
    ("wmoen are s c u m", "women are scum"),
    ("muslims are such sucm.", "muslims are such scum."),
    ("ihateallwomen", "i hate all women"),
    ("all g a y p e o p l e are vermn", "all gay people are vermin"),
    ("you are just a f a g g o t", "you are just a faggot"),
    ("i hate w*men", "i hate women"),
    # two target words run together, and a target word run into "so", "on" or "me"
    ("females are violentsavages", "females are violent savages"),
    ("migrants are sopathetic", "migrants are so pathetic"),
    ("they are a plagueon this country", "they are a plague on this country"),
    ("muslims disgustme", "muslims disgust me"),
])
def test_typos_and_dodges_of_target_words_are_undone(text, expected):
    assert T.rewrite(text)[0] == expected


@pytest.mark.parametrize("text", [
    "best of luck today", "the therapist said so", "consider the beast", "public transport is crepe-thin",
    "retire to the cites of rome", "the scm team", "a b c", "u.s.a", "no comment from the government",
    # one target word in a coinage or a word of its own
    "what a jerkface", "some trashtalk", "a handsome dirtbag", "an awesome garbageman",
])
def test_real_words_and_plain_text_are_left_alone(text):
    # each of these is an English word in its own right, though a typo of a target word could spell it
    assert T.rewrite(text) is None


@example(["wmoen are s c u m", "today", "ihateallwomen"])
@settings(max_examples=80, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=5))
def test_rewriting_only_the_screened_texts_equals_rewriting_every_text(texts):
    # the screen (distinct words looked up, masks, spaced letters) must pick every text a rewrite would change
    pieces = list(texts)
    maps = T.normalise(pieces)
    for i, text in enumerate(texts):
        done = T.rewrite(text)
        assert pieces[i] == (text if done is None else done[0])
        assert (i in maps) == (done is not None)


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_every_rewritten_character_maps_into_the_original_in_order(text):
    done = T.rewrite(text)
    if done is None:
        return
    new, starts, ends = done
    assert len(starts) == len(ends) == len(new)
    assert all(0 <= a <= b <= len(text) for a, b in zip(starts, ends, strict=True))
    assert starts == sorted(starts) and ends == sorted(ends)


def test_evidence_quotes_the_words_as_written():
    texts = ["Women are s c u m", "Ihateallwomen", "Muslims are such vermn.", "Wmoen are disgusting."]
    frame = IncivilityScorer().transform(texts)
    assert frame["uncivil"].all()
    assert (frame["incivility_identity_attack"] > 0).all()
    for text, raw in zip(texts, frame["incivility_evidence"], strict=True):
        for hit in json.loads(raw):
            assert text[hit["start"]:hit["end"]] == hit["text"]
    quoted = {hit["text"] for raw in frame["incivility_evidence"] for hit in json.loads(raw)}
    assert {"s c u m", "hateallwomen", "Muslims are such vermn", "Wmoen are disgusting"} <= quoted


def test_a_real_word_near_a_group_is_not_read_as_an_insult():
    # "best" is one letter from "beast", "today" a swap from "toady": neither may become a dehumanising word
    frame = IncivilityScorer().transform(["Immigrants are the best neighbours", "Muslims today are celebrating"])
    assert not frame["uncivil"].any()
