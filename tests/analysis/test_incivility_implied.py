"""Threats whose act holds its object, orders with no subject, harm to where a group gathers, and derogation by
implication; and the reports, nouns and fair questions in the same words that must stay unflagged."""

import json

import pytest

from discourse.analysis import typos as T
from discourse.analysis.incivility import IncivilityScorer

SCORER = IncivilityScorer()


def _row(text: str) -> tuple[bool, float, set[str]]:
    row = SCORER.transform([text]).iloc[0]
    return bool(row["uncivil"]), float(row["incivility_identity_attack"]), {
        e["rule"] for e in json.loads(row["incivility_evidence"])}


@pytest.mark.parametrize(("text", "rule"), [
    # the act's own object slot holds the group
    ("We should drive every one of those refugees out of the county.", "group_threatened"),
    ("Let's chase the gay couple next door out of this village.", "group_threatened"),
    # "that" after a preposition points at the group; it opens no clause
    ("I'll break into that Jewish family's shop tonight.", "group_threatened"),
    # an order with no subject, and an order to gather the group before the act
    ("Burn the synagogue down.", "group_threatened"),
    ("Load the migrants onto a raft and sink it.", "group_threatened"),
    ("If you meet a gay couple on the street, punch them.", "group_threatened"),
    ("Find some refugees and hurt as many as you can.", "group_threatened"),
    # what a group deserves or is about to get, and wishes of harm
    ("Lesbians need a proper beating.", "group_harmed"),
    ("Every immigrant in this pub is getting a kicking tonight.", "group_harmed"),
    ("I hope a migrant gets run over tonight.", "group_harmed"),
    ("I'd love to watch Muslims burn.", "group_harmed"),
    ("Trans people should be forced into camps.", "group_harmed"),
    # derogation by implication
    ("No Muslims allowed in this gym.", "group_implied"),
    ("Keep refugees away from our schools.", "group_implied"),
    ("This street was quiet until the immigrants moved in.", "group_implied"),
    ("My hamster has more sense than the average woman.", "group_implied"),
    ("Hide your wallet when gay men are around.", "group_implied"),
    # questions that presuppose the attack
    ("Why are gay people even allowed to adopt?", "group_disparaged"),
    ("Why should disabled people get anything?", "group_questioned"),
])
def test_threats_and_implied_derogation_are_identity_attacks(text, rule):
    uncivil, identity, rules = _row(text)
    assert uncivil and identity > 0
    assert rule in rules


@pytest.mark.parametrize("text", [
    # graded words of disgust, and a wish in a later clause taken up by a pronoun
    "Immigrants are the laziest people on earth.",
    "Muslims are dirtier than everyone else.",
    "I know some disabled folks, and I wish they would just vanish.",
])
def test_graded_predicates_and_later_wishes_are_identity_attacks(text):
    uncivil, identity, _ = _row(text)
    assert uncivil and identity > 0


@pytest.mark.parametrize("text", [
    # the act as a noun, a gerund or a verb with its own subject: reports, not orders
    "Attacks on mosques rose last year.",
    "Shooting at a gay bar left five people dead.",
    "Burning of the synagogue was condemned by every party.",
    # protection of the group between the frame and the act
    "We should stop anyone who wants to drive immigrants out of town.",
    # fair questions and plain wishes
    "Why are gay people still not allowed to marry in some states?",
    "I'd love to watch women win the title.",
    "The town was safer before the factory closed.",
    "Keep refugees away from the traffickers who exploit them.",
])
def test_reports_nouns_and_fair_questions_are_no_identity_attack(text):
    _, identity, _ = _row(text)
    assert identity == 0


@pytest.mark.parametrize("text", [
    # a common word spelled out, and the typos of the words the rules spell out, read as written
    "I can't s t a n d immigrants.",
    "I'm g o i n g to burn down the house those refugees live in.",
    "Smoeone should bomb every place where gay people gather.",
    "Muslims should be forecd to wear a badge.",
    # leet with one letter left, and a group's name run into a function word
    "I h473 women.",
    "I despise migrantswith every fibre of my being.",
])
def test_dodges_around_the_cue_are_undone(text):
    uncivil, identity, _ = _row(text)
    assert uncivil and identity > 0


@pytest.mark.parametrize(("token", "kept"), [
    ("the u.s.a", "u.s.a"),  # an abbreviation with dots is no word spelled out
    ("stnad", "stand"),
    ("smoeone", "someone"),
    ("blck", "black"),  # a form of a target and of a rule's word ("block") stands for the target
])
def test_rewrites_of_spelled_out_and_mistyped_words(token, kept):
    done = T.rewrite(token)
    assert kept in (done[0] if done else token)
