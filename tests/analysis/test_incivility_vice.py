"""What a group is said to do rather than to be (crimes, living off others, a plot on children), descriptions
through linking verbs, rhetorical questions that deny a group its place, one member taken up by "he" or "she", and
claims reported to deny them ("it's a myth that ..."); and implicit derogation without an insult word (absurd
analogies, a wonder that one member does well, decline following a group, "when X knew their place", a warning to
guard what is yours), each paired with near sentences said with sympathy or as counter-speech."""

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
    # implicit derogation without an insult word (session 13)
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
def test_the_same_words_without_an_attack_stay_unflagged(text: str) -> None:
    _, rules, evidence = _row(text)
    assert not rules, evidence


@pytest.mark.parametrize(("text", "quoted"), [
    ("My new neighbour is a Muslim. He's a filthy animal.", "He's a filthy animal"),
    ("They hired a trans woman in accounts. She is disgusting.", "She is disgusting"),
    ("A lesbian moved in upstairs and I can't stand the sight of him.", "can't stand the sight of him"),
    # "her" as an object, and a demonstrative that calls the group animals
    ("A black woman moved in next door and I can't stand her.", "can't stand her"),
    ("Our office hired some immigrants, and now I share a kitchen with those animals.", "those animals"),
    ("Muslims moved into my street. These savages are ruining it.", "These savages"),
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
    # a possessive "her"; kind words; the animals are the attackers of the group, or real animals
    "A Muslim woman lives here and her kids can't stand the noise.",
    "A Muslim woman moved in next door and I love her.",
    "Two men attacked a Muslim family. Those animals should rot in jail.",
    "I saw some refugees at the zoo feeding those animals.",
])
def test_he_or_she_does_not_carry_an_attack_that_is_not_there(text: str) -> None:
    _, rules, evidence = _row(text)
    assert not rules, evidence
