"""A pronoun read as the group it takes up, and words run together split by their likeliest reading."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis import pronouns as P
from discourse.analysis import typos as T
from discourse.analysis.incivility import IncivilityScorer

SCORER = IncivilityScorer()


def _row(text: str) -> tuple[bool, list[dict[str, object]]]:
    row = SCORER.transform([text]).iloc[0]
    return bool(row["uncivil"]), json.loads(row["incivility_evidence"])


@pytest.mark.parametrize(("text", "quoted"), [
    # the group named a sentence before, the attack said of "they" / "them"
    ("Refugees moved into the flats on our road. Honestly they're parasites.", "they're parasites"),
    ("I work with a lot of immigrants, and frankly they are a disease.", "they are a disease"),
    ("Met a few trans women at the party last night. I want them deported.", "them deported"),
])
def test_a_pronoun_taking_up_a_group_carries_the_attack(text: str, quoted: str) -> None:
    uncivil, evidence = _row(text)
    attacks = [e for e in evidence if e["category"] == "identity_attack"]
    assert uncivil and attacks
    # the evidence quotes the original words, at their own offsets
    assert all(text[e["start"]:e["end"]] == e["text"] for e in evidence)
    assert any(quoted in str(e["text"]) for e in attacks)


@pytest.mark.parametrize("text", [
    # "they" are the attackers, not the group they attack
    "People who attack gay men are cowards. They are a disgrace.",
    # kind words said of the group
    "Muslims are my neighbours. They are lovely people.",
    "We welcomed refugees last year. They are part of our town now.",
    # the pronoun's own clause names another group
    "Immigrants built this city. Bigots hate them, and bigots are pathetic.",
])
def test_no_attack_on_the_group_through_a_pronoun_that_is_not_its(text: str) -> None:
    _, evidence = _row(text)
    assert not [e for e in evidence if e["category"] == "identity_attack"]


def test_the_copy_of_a_sentence_maps_back_onto_its_words() -> None:
    text = "i met some muslims at work. honestly they are filthy."
    pieces = [text]
    maps = P.resolve(pieces, np.ones(1, dtype=bool))
    new = pieces[0]
    assert new.startswith(text) and new.endswith("honestly muslims are filthy.")
    starts, ends, base = maps[0]
    assert base == len(text)  # the copies begin where the text ended
    k = new.rindex("muslims")
    # the group term written for "they are" maps onto the pronoun and its verb
    assert text[starts[k]:ends[k + len("muslims are") - 1]] == "they are"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Muslims", "women", "they", "them", "they're", "are", "awful", "and", ".", ",",
                                 "I", "hate", "people", "who", "attack", "?", "\n"]), max_size=25))
def test_every_character_of_a_resolved_text_maps_into_the_original(words: list[str]) -> None:
    text = " ".join(words).lower()
    pieces = [text]
    maps = P.resolve(pieces, np.ones(1, dtype=bool))
    if not maps:
        assert pieces[0] == text
        return
    starts, ends, base = maps[0]
    assert base == len(text)
    assert len(starts) == len(ends) == len(pieces[0])
    assert pieces[0].startswith(text)
    assert all(0 <= a < b <= len(text) for a, b in zip(starts, ends, strict=True))


@pytest.mark.parametrize(("token", "words"), [
    ("womenareaplague", "women are a plague"),  # not "women area plague": the likelier split
    ("ihate", "i hate"),
    ("gaymen", "gay men"),
    ("despiserefugees", "despise refugees"),
    ("refugeesgohome", "refugees go home"),
])
def test_words_run_together_are_split_by_their_likeliest_reading(token: str, words: str) -> None:
    assert T.segment(token) == words


@pytest.mark.parametrize("token", ["blackmore", "gaylord", "muslimah", "government", "liberals", "historytoday",
                                   "japac", "jerkface", "sleepkillers"])
def test_names_words_and_coinages_are_not_split(token: str) -> None:
    # names wordfreq knows, English words, and an insult run into a word or name (a handle, a coinage)
    assert T.segment(token) is None


def test_a_run_together_attack_is_read() -> None:
    uncivil, evidence = _row("Ihate gay people, they are vile.")
    assert uncivil
    # the evidence quotes the words as written, run together
    assert any(e["category"] == "identity_attack" and "hate gay people" in str(e["text"]) for e in evidence)
