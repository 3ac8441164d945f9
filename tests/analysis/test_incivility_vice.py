"""What a group is said to do rather than to be (crimes, living off others, a plot on children), descriptions
through linking verbs, rhetorical questions that deny a group its place, one member taken up by "he" or "she", and
claims reported to deny them ("it's a myth that ...")."""

import json

import pytest

from discourse.analysis.incivility import IncivilityScorer

SCORER = IncivilityScorer()


def _row(text: str) -> tuple[bool, set[str], list[dict[str, object]]]:
    row = SCORER.transform([text]).iloc[0]
    evidence = json.loads(row["incivility_evidence"])
    return bool(row["uncivil"]), {str(e["rule"]) for e in evidence if e["category"] == "identity_attack"}, evidence


@pytest.mark.parametrize(("text", "rule"), [
    # crimes and parasitism as what the group does
    ("Asylum seekers rob pensioners, simple as that.", "group_vice"),
    ("The migrants have now taken to shoplifting in broad daylight.", "group_vice"),
    ("Refugees just sponge off hard-working families.", "group_vice"),
    # a plot on children or the country, a place dragged down, a smell
    ("Gay men are trying to recruit young boys.", "group_vice"),
    ("Immigrants bring the whole neighbourhood down.", "group_vice"),
    ("Those Muslims reeked of garlic and sweat.", "group_disparaged"),
    # shunned, hidden away, distrusted, barred from belonging
    ("Disabled kids should just stay indoors.", "group_vice"),
    ("Black people don't belong in this town.", "group_vice"),
    ("I would never want a Muslim nurse treating my mother.", "group_vice"),
    ("Honestly you can never trust a gypsy.", "group_disparaged"),
    # linking verbs and the speaker's acquaintance
    ("Trans women just look repulsive.", "group_stereotyped"),
    ("Every lesbian I've worked with has been lazy.", "group_stereotyped"),
    ("Refugees are getting more and more violent.", "group_stereotyped"),
    # rhetorical questions
    ("Since when do immigrants contribute anything?", "group_questioned"),
    ("How could anyone take a female boss seriously?", "group_questioned"),
    ("What's next, electing trans people to parliament?", "group_questioned"),
    ("Where are all the law-abiding Muslims?", "group_questioned"),
    ("Who would want to marry a disabled woman?", "group_questioned"),
    ("When are immigrants going to stop whining?", "group_questioned"),
    ("Where do lesbians get off lecturing us?", "group_questioned"),
    # coercion and abandonment called for, and the negative question that proposes it
    ("Muslim men should be forcibly deported.", "group_harmed"),
    ("Let the refugees starve in the camps.", "group_harmed"),
    ("No gay man should ever be allowed near a school.", "group_harmed"),
    ("If it were up to me, every migrant would be on a boat home.", "group_harmed"),
    ("Shouldn't disabled people be put in institutions?", "group_harmed"),
    ("Trans people should be sent to conversion therapy.", "group_harmed"),
    # a pronoun with a contracted verb
    ("Refugees came to our town and they've turned it into a ghetto.", "group_vice"),
])
def test_what_a_group_is_said_to_do_is_an_attack_on_it(text: str, rule: str) -> None:
    uncivil, rules, evidence = _row(text)
    assert uncivil and rule in rules, (rules, evidence)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in evidence)


@pytest.mark.parametrize("text", [
    # idioms in the words of a crime, and a crime done to the group
    "Women stole the show at the awards last night.",
    "Refugees robbed of their savings by smugglers deserve our help.",
    # the claim named a myth, a stereotype or a lie as it opens
    "It's a myth that immigrants steal.",
    "The stereotype that disabled people live off the state is cruel.",
    "Debunking the claim that Muslims are violent took one afternoon.",
    # the same frames in kind words
    "Refugees look happy in their new homes.",
    "Why don't we let more refugees in?",
    "How can anyone hate a gay man for who he loves?",
    "Muslims don't belong to a single culture.",
    # negated, a fair question, and calls to help
    "Refugees don't steal, they work.",
    "Should refugees be deported?",
    "Let the refugees in!",
    "Refugees should be welcomed, not left to drown.",
    "We must solve the housing problem for refugees.",
])
def test_the_same_words_without_an_attack_stay_unflagged(text: str) -> None:
    _, rules, evidence = _row(text)
    assert not rules, evidence


@pytest.mark.parametrize(("text", "quoted"), [
    ("My new neighbour is a Muslim. He's a filthy animal.", "He's a filthy animal"),
    ("They hired a trans woman in accounts. She is disgusting.", "She is disgusting"),
    ("A lesbian moved in upstairs and I can't stand the sight of him.", "can't stand the sight of him"),
])
def test_he_or_she_takes_up_one_member_of_a_group(text: str, quoted: str) -> None:
    uncivil, rules, evidence = _row(text)
    assert uncivil and rules
    assert any(quoted in str(e["text"]) for e in evidence if e["category"] == "identity_attack")


@pytest.mark.parametrize("text", [
    # kind words, and a plural term that "she" cannot take up
    "My doctor is a Muslim woman. She is brilliant.",
    "Women marched downtown today. She is disgusting, my ex, not them.",
    # the member is the victim; "he" then reports what happened to him
    "A black man was beaten last night. He is in hospital.",
])
def test_he_or_she_does_not_carry_an_attack_that_is_not_there(text: str) -> None:
    _, rules, evidence = _row(text)
    assert not rules, evidence
