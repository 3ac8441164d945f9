"""Implicit derogation without an insult word (HateCheck's F4): absurd analogies, a wonder that one member does
well, decline and crime following a group, "when X knew their place", a warning to guard what is yours; and
discrimination or coercion called for in shapes the direct rules miss. Each sentence is paired with a near one that
is not hateful and must stay unflagged."""

import json

import pytest

from discourse.analysis.incivility import IncivilityScorer

SCORER = IncivilityScorer()


def _row(text: str) -> tuple[bool, set[str], list[dict[str, object]]]:
    row = SCORER.transform([text]).iloc[0]
    evidence = json.loads(row["incivility_evidence"])
    return bool(row["uncivil"]), {str(e["rule"]) for e in evidence if e["category"] == "identity_attack"}, evidence


@pytest.mark.parametrize(("text", "rule"), [
    # analogies with animals, infants and futile objects
    ("Allowing refugees to run the council is like handing a toddler a box of matches.", "group_insinuated"),
    ("Educating gay kids about this is basically like teaching a pig to sing.", "group_insinuated"),
    # a wonder that one member does well
    ("A Muslim who actually pays his bills? Alert the media.", "group_insinuated"),
    ("an immigrant with a degree... that'll be the day", "group_insinuated"),
    # the past when the group knew its place, and its worse half of a comparison
    ("Things were simpler when gay people still knew their place.", "group_insinuated"),
    ("My neighbour's parrot speaks better English than those migrants do.", "group_implied"),
    ("I'd sooner rent my flat to a pack of rats than to a bunch of refugees.", "group_disparaged"),
    # decline, crime and worth
    ("The street was finished the moment the refugees arrived.", "group_insinuated"),
    ("More immigrants in this town just means more knife crime.", "group_insinuated"),
    ("Every city that lets in migrants ends up a war zone.", "group_insinuated"),
    ("Another robbery, another migrant suspect.", "group_insinuated"),
    ("Women are only good for making sandwiches.", "group_disparaged"),
    ("Trans people have given this country nothing but confusion.", "group_disparaged"),
    ("Somehow it's no coincidence that the burglaries started when the Muslims moved in.", "group_insinuated"),
    ("Muslim women's brains simply aren't wired for engineering.", "group_insinuated"),
    ("The disabled should be thankful anyone employs them at all.", "group_insinuated"),
    ("Gay marriage is a travesty of everything our grandparents built.", "group_insinuated"),
    # warnings and segregation
    ("Lock your doors, a family of gypsies just moved in.", "group_implied"),
    ("Lesbians should stick to their own clubs.", "group_harmed"),
    ("Black people belong back in the jungle.", "group_harmed"),
    # a member named with an insult, and one's own contempt
    ("I had to sit next to some Muslim freak on the bus.", "group_epithet"),
    ("Honestly I find trans people repulsive.", "group_insinuated"),
    # discrimination and coercion as a norm
    ("Landlords should be free to turn refugees away.", "group_harmed"),
    ("It should be completely legal to sack someone for being trans.", "group_harmed"),
    ("Round up the migrants and put them on boats.", "group_harmed"),
    ("Those refugees should have been left to drown.", "group_harmed"),
    ("Every gay bar in this town should get shut down.", "group_harmed"),
    ("Immigrants can rot in hell.", "group_disparaged"),
    ("Disabled people deserve nothing from the rest of us.", "group_denied"),
    # idleness and plotting as habits, a hyphenated word between the group and the predicate, a pronoun's
    # "with them" written as the group
    ("Migrants have never done a hard day's work.", "group_vice"),
    ("Those Muslims are always scheming.", "group_vice"),
    ("Refugees are attention-seeking and dishonest.", "group_stereotyped"),
    ("Gypsies moved onto the common and they brought crime with them.", "group_vice"),
])
def test_implicit_derogation_is_an_attack_on_the_group(text: str, rule: str) -> None:
    uncivil, rules, evidence = _row(text)
    assert uncivil and rule in rules, (rules, evidence)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in evidence)


@pytest.mark.parametrize("text", [
    # the same shapes, said with sympathy, with a second negation, or with the group as the victim
    "Having a disabled child is like running a marathon every day.",
    "Hiring a refugee is like getting two employees for the price of one.",
    "Put women in charge and watch the world improve.",
    "I don't find Muslims disgusting at all.",
    "It should never be legal to fire someone for being gay.",
    "Shops should not have the right to turn Muslims away.",
    "It's no coincidence that attacks on refugees rose after that speech.",
    "Funny how Muslims always get blamed for everything.",
    "Women belong in the boardroom, not just the kitchen.",
    "I'd rather have a gay son than a dead son.",
    "I would rather vote for a Muslim than a racist.",
    "Keep your kids safe online, a Muslim charity offers free classes.",
    "Refugees can drown crossing the channel when the boats are overloaded.",
    "Imagine being gay in Iran and expecting the police to protect you.",
    "He's a Muslim hater and a coward.",
    "Saying 'women belong in the kitchen' is sexist.",
    "A woman who runs a marathon at 80, now that is inspiring.",
    "The refugees are up to something great with that garden project.",
])
def test_the_same_shapes_without_contempt_are_not_flagged(text: str) -> None:
    uncivil, rules, evidence = _row(text)
    assert not rules, evidence
