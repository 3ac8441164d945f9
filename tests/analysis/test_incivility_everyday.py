"""Hate in everyday words, questions and insinuation; its dodged spellings; and the guards that keep them apart from
quotation, denial and everyday uses of the same words."""

import json

import pytest

from discourse.analysis import typos as T
from discourse.analysis.incivility import IncivilityScorer

SCORER = IncivilityScorer()


def _rules(text: str) -> tuple[bool, float, set[str]]:
    row = SCORER.transform([text]).iloc[0]
    return bool(row["uncivil"]), float(row["incivility_identity_attack"]), {
        e["rule"] for e in json.loads(row["incivility_evidence"])}


@pytest.mark.parametrize(("text", "rule"), [
    # everyday words of dislike, and traits that disparage only intensified or as the whole predicate
    ("Women are so annoying.", "group_disparaged"),
    ("Immigrants are ugly.", "group_disparaged"),
    ("Women are weak.", "group_disparaged"),
    ("Gay men are way too emotional.", "group_disparaged"),
    # a group named as people write it
    ("People with disabilities are parasites.", "group_dehumanised"),
    ("Muslim people are a stain on this country.", "group_disparaged"),
    # questions that presuppose the attack
    ("Why is every immigrant a criminal?", "group_questioned"),
    ("What good are disabled people anyway?", "group_questioned"),
    ("Who cares what a woman thinks?", "group_questioned"),
    ("Can Muslims even be trusted?", "group_questioned"),
    ("How are immigrants this dumb?", "group_questioned"),
    ("Has a trans woman ever achieved anything worth mentioning?", "group_questioned"),
    ("Would you leave a Muslim guy alone with your daughters?", "group_questioned"),
    ("We would all be better off without refugees.", "group_questioned"),
    ("Don't you think women are disgusting?", "group_disparaged"),
    # insinuation and comparison
    ("My dog is smarter than most black people.", "group_disparaged"),
    ("The only place for immigrants is on a boat home, and the only place gay people belong is in a cell.",
     "group_disparaged"),
    ("Muslims are one bad day away from blowing something up.", "group_disparaged"),
    ("My hatred for lesbians keeps growing.", "group_hated"),
    ("I consider immigrants to be parasites.", "group_hated"),
    # threats in idioms of intent
    ("I won't rest until Muslims are wiped out.", "group_threatened"),
    ("We're heading out tonight to bash some gays.", "group_threatened"),
    # a call to harm with the group anywhere in its sentence: owner, place or object
    ("Honestly I'll smash the windows of every Muslim family on this street.", "group_threatened"),
    ("Someone needs to set fire to the hostel where the refugees sleep.", "group_threatened"),
    ("Gay men keep moving in on my road, so I'm bringing a crowbar tonight.", "group_threatened"),
    # a pronoun that takes up the group
    ("I met a lot of refugees and hated each and every one of them.", "group_pronoun"),
    ("Plenty of immigrants live here now, and aren't they just filthy?", "group_pronoun"),
])
def test_everyday_hate_is_an_identity_attack(text, rule):
    uncivil, attack, rules = _rules(text)
    assert uncivil and attack > 0, text
    assert rule in rules, rules


@pytest.mark.parametrize("text", [
    "Women are entitled to equal pay.",
    "Immigrants are weak at first in a new language, like anyone.",
    "Gay people are emotional at weddings, as everyone is.",
    "It's simply not true that immigrants are lazy.",
    "I have never believed that women are inferior.",
    "Anyone who posts 'I'd rather die than live next to Muslims' should be ashamed of themselves.",
    "Who would ever want to hurt a refugee child?",
    "The old dyke along the river gave way after the storm.",
    # harm named beside a group, but as someone else's act, denied, or turned against the harm
    "I'm going to report the man who threatened to burn down the mosque Muslims pray in.",
    "I'd never hurt an immigrant, and nobody should set fire to their homes.",
    "We must stop the people who want to firebomb the refugee hostel.",
    # the same shapes, denied or answered
    "Nobody here is better off without immigrants.",
    "I have never met a refugee who wasn't grateful for the help.",
    "What have immigrants ever given us? Doctors, nurses and half our builders.",
    "I'm reading about thugs burning the homes of Muslims, and it makes me sick.",
])
def test_everyday_uses_denials_and_quotes_are_no_identity_attack(text):
    uncivil, attack, rules = _rules(text)
    assert attack == 0, rules


@pytest.mark.parametrize(("token", "restored"), [
    ("musims", "muslims"),  # a consonant dropped
    ("blak", "black"),
    ("womn", "woman"),  # two words of one list: either reads alike
    ("shuld", "should"),  # a modal the rules need
    ("deporetd", "deported"),
])
def test_dropped_and_swapped_letters_are_restored(token, restored):
    assert T.typo_forms()[token] == restored


@pytest.mark.parametrize("token", ["back", "slim", "tras", "bake"])
def test_a_real_word_is_never_a_typo(token):
    assert token not in T.typo_forms()


@pytest.mark.parametrize(("token", "split"), [
    ("womenare", "women are"), ("areevil", "are evil"), ("honestlymuslimsarevermin", "honestly muslims are vermin"),
])
def test_a_group_or_trait_run_together_with_a_function_word_is_split(token, split):
    assert T.segment(token) == split


def test_a_real_word_that_splits_into_words_is_left_alone():
    assert T.segment("therapist") is None
    assert T.segment("another") is None
