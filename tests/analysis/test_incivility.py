"""The incivility scorer: the seed's comments, hand-made functional tables, cues, guards, contract and calibration."""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from discourse.analysis.incivility import (
    CATEGORIES,
    FEATURES,
    GROUPS,
    SCORE_COLUMNS,
    IncivilityScorer,
    category_thresholds,
    fit_calibration,
    load_calibration,
    meta_features,
)
from discourse.analysis.language import detect_english
from discourse.errors import ParameterError
from discourse.pipeline import load

SEED_003 = Path(__file__).parents[1] / "fixtures" / "seeds" / "003_3618e1eda80ae8c7.txt"


SCORER = IncivilityScorer()


@pytest.fixture(scope="module")
def scorer() -> IncivilityScorer:
    return SCORER


@pytest.fixture(scope="module")
def seed(scorer):
    comments = load(SEED_003).comments
    frame = scorer.transform([c.body for c in comments])
    frame.index = [c.author for c in comments]
    return {c.author: c.body for c in comments}, frame


def evidence(frame: pd.DataFrame, who) -> list[dict]:
    return json.loads(frame.loc[who, "incivility_evidence"])


def flagged(items: list[dict], category: str, rule: str) -> list[str]:
    return [e["text"] for e in items if e["category"] == category and e["rule"] == rule]


# --- seed 003: the comment section of a news article on Serbia and Kosovo -----------------------------------------

def test_seed_evidence_offsets_point_into_the_original_text(seed):
    bodies, frame = seed
    for who, body in bodies.items():
        for e in evidence(frame, who):
            assert body[e["start"]:e["end"]] == e["text"]


def test_seed_shouted_stole_and_the_immigrants_pouring_in(seed):
    _, frame = seed
    items = evidence(frame, "Searchin4Truth")
    assert flagged(items, "shouting", "shouted_word") == ["STOLE"]
    assert flagged(items, "generalisation", "invasion_metaphor") == ["Muslim Albanian immigrants that poured"]
    assert frame.loc["Searchin4Truth", "incivility_shouting"] > 0


def test_seed_muslims_as_a_bloc_in_a_christian_continent(seed):
    _, frame = seed
    spans = flagged(evidence(frame, "Huffhorny"), "generalisation", "group_exclusion")
    assert spans == ["no business supporting muslims", "a Christian continent"]


def test_seed_ethnic_slur_sciptars_twice(seed):
    _, frame = seed
    assert flagged(evidence(frame, "JJohannes"), "identity_attack", "slur") == ["Sciptars", "Sciptars"]
    assert frame.loc["JJohannes", "incivility_identity_attack"] > 0.8


def test_seed_pejorative_spelling_moslems(seed):
    _, frame = seed
    assert flagged(evidence(frame, "Vincent"), "identity_attack", "pejorative_spelling") == ["moslems"]
    # "if the Serbs were to invade Kosovo" is a literal military invasion, not a metaphor about a people
    assert flagged(evidence(frame, "Vincent"), "generalisation", "invasion_metaphor") == []


def test_seed_every_comment_is_a_russian_but_albanians_autochthonous_is_a_claim(seed):
    _, frame = seed
    items = evidence(frame, "Peter")
    assert flagged(items, "generalisation", "everyone_is_group") == ["Every comment is a russian"]
    # a contested historical claim with a neutral predicate: only the weak "claim about a whole group" cue, no
    # disparaging-predicate rule, and that sentence alone is not uncivil (the comment as a whole may be: it also
    # calls every commenter a Russian)
    albanians = [(e["rule"], e["text"]) for e in items if "Albanians" in e["text"]]
    assert albanians == [("group_claim", "Albanians are")]
    body = seed[0]["Peter"]
    sentence = next(line for line in body.splitlines() if line.startswith("Albanians are"))
    assert not SCORER.transform([sentence]).loc[0, "uncivil"]


def test_seed_journalism_at_its_worst_is_dismissive_not_hostile(seed):
    _, frame = seed
    row = frame.loc["Momcilo"]
    # the typographic apostrophe is read as "'" but the evidence quotes the text as written
    assert flagged(evidence(frame, "Momcilo"), "dismissive", "dismissive") == [
        "couldn’t be more wrong", "Journalism at its worst"]
    assert row["incivility_dismissive"] > 0
    assert row["incivility_hostility"] == 0 and row["incivility_name_calling"] == 0


# --- functional tables in the families of HateCheck (written for this project) ----------------------------------

HATEFUL = [
    "I hate Muslims.",
    "Women are disgusting.",
    "Immigrants are vermin and should be deported.",
    "All Jews are liars.",
    "Gay people are a disease.",
    "Kill all the refugees.",
    "Trans people should not be allowed near children.",
    "Black people are animals.",
    "Those moslems are ruining this country.",
    "Send the Sciptars back where they came from.",
    "Muslims are parasites, every last one.",
    "Death to all Albanians.",
    "Women are too stupid to vote.",
    "I would never hire a Muslim.",
    "Refugees are criminals and rapists.",
    "You immigrants are all the same, lazy and dirty.",
    "Typical Serbs, always lying.",
    "These f@ggots make me sick.",
    "Disabled people are a burden on all of us.",
    "Roma are thieves.",
    "Why are women so stupid?",
    "Women belong in the kitchen.",
    "Musl1ms are scum.",
    "The Jews control the media.",
    "Women cannot be trusted with power.",
    "I would rather die than date a Muslim.",
    "Women like you should be raped.",
    "Gay people are lesser beings.",
]
NOT_HATEFUL = [
    "I had dinner with my Muslim neighbours last night.",
    "Women's football is growing fast in Europe.",
    "Immigrants make our city stronger.",
    "Many Serbs and Albanians live side by side in Mitrovica.",
    "I don't hate Muslims.",
    "Muslims are not vermin.",
    "No refugee deserves to die at sea.",
    "Saying 'immigrants are vermin' is vile.",
    "Calling women disgusting is sexist and wrong.",
    "Statements like \"gay people are a disease\" have no place here.",
    "I'm a proud dyke and I love my wife.",
    "The Dutch dyke held back the flood water for centuries.",
    "She bred her bitch with a champion dog and the litter was healthy.",
    "The cock crowed at dawn and woke the hens on the farm.",
    "Jews celebrate Hanukkah in December.",
    "As a gay man, I found the article moving.",
    "Black people were denied the vote for decades in the South.",
    "The NATO summit ended without agreement.",
    "Trans people deserve the same rights as everyone else.",
    "My Albanian grandmother makes the best byrek.",
    "I would never say that women are stupid.",
    "Nobody should say black people are inferior.",
    "It is wrong to claim that Muslims are terrorists.",
    "The rat ran across the farm.",
    "Thank you for standing up for refugees!",
    "You are right that gay people still face discrimination at work.",
    "Hindus celebrate Diwali with lights and sweets.",
    "Are you going to the Jewish film festival this year?",
    "What country are you from? Have you ever been to a Muslim wedding?",
    "You should never call Muslims vermin, it is dehumanising.",
    "My Muslim colleagues never miss a deadline.",
    "Women don't get paid the same as men for the same job, which is unfair.",
    "Immigrants always enrich the culture of the cities they settle in!",
]


def test_hateful_cases_are_uncivil_and_mostly_identity_attacks(scorer):
    frame = scorer.transform(HATEFUL)
    assert frame["uncivil"].mean() >= 0.8, list(zip(HATEFUL, frame["uncivil"], strict=True))
    assert (frame["incivility_identity_attack"] > 0).mean() >= 0.7


# Further HateCheck families: hatred with a negation in it, comparisons, threats with intent, pronoun reference,
# denied traits, questions, habits of crime, and disguised spellings of the hateful verb.
@pytest.mark.parametrize(("text", "rule"), [
    ("I really can't stand immigrants.", "group_hated"),
    ("Muslims disgust me.", "group_hated"),
    ("Women are no better than rats.", "group_dehumanised"),
    ("I will hurt every Muslim I meet.", "group_harmed"),
    ("The only good immigrant is a dead one.", "group_harmed"),
    ("I met some gay people. They are the worst scum.", "group_pronoun"),
    ("Disabled people are never intelligent.", "group_denied"),
    ("No black person can be trusted.", "group_denied"),
    ("Aren't women just worthless?", "group_disparaged"),
    ("Why do immigrants always lie?", "group_vice"),
    ("I haet Muslims.", "group_hated"),
    ("I hte women.", "group_hated"),
    ("I h a t e Muslims.", "group_hated"),
    ("Kil all immigrants!", "group_harmed"),
    # analogies, negated respect, preferences, deserving, questions, later pronouns, projects of harm
    ("Immigrants are to Europe what termites are to a house.", "group_dehumanised"),
    ("Gay people have the morals of an animal.", "group_dehumanised"),
    ("Immigrants always behave like animals.", "group_dehumanised"),
    ("I would never accept a Muslim as my neighbour.", "group_disparaged"),
    ("I'd sooner sleep on the street than share a flat with a black person.", "group_disparaged"),
    ("The whole street went to hell when the immigrants arrived.", "group_disparaged"),
    ("Trans people don't deserve to exist.", "group_denied"),
    ("Isn't the country better off without Muslims?", "group_harmed"),
    ("Women should be thrown out of parliament.", "group_harmed"),
    ("We will make sure every immigrant here pays for it.", "group_harmed"),
    ("Tell me about the disabled people next door? Honestly they just disgust me.", "group_pronoun"),
    ("Nobody makes me as angry like women do.", "group_hated"),
    ("Those stinking immigrants again.", "group_epithet"),
    ("No one on earth sickens me more than gay people.", "group_hated"),
    ("Honestly, is anything lower than a trans person?", "group_hated"),
    ("I have not an ounce of sympathy for Muslims.", "group_disparaged"),
    ("I'd love to see all immigrants gone.", "group_harmed"),
    ("There are black people on my street and I want them dead.", "group_pronoun"),
    ("Why do women always end up ruining every party?", "group_vice"),
    ("Disabled people are useless, pathetic creatures.", "group_dehumanised"),
    ("We know where you gay people hang out.", "group_harmed"),
    ("There's a rope for every immigrant in this town.", "group_harmed"),
    ("This town would be a better place without any Muslims.", "group_harmed"),
    # curses, the group as a topic, glued insults, implicit derogation
    ("Trans people can go fuck themselves.", "group_disparaged"),
    ("Black people are shit.", "group_disparaged"),
    ("Immigrants? Fucking parasites, all of them.", "group_dehumanised"),
    ("I'd slap every immigrant I meet.", "group_harmed"),
    ("muslims are absolutefilth", "group_dehumanised"),
    ("A Muslim got the job. What did you expect from a Muslim?", "group_disparaged"),
    ("Every time a black person sits next to me I hold on to my bag.", "group_implied"),
    ("Nobody asked you, go back to where you came from.", "go_back"),
    ("We have to keep the immigrants out, whatever it takes.", "group_disparaged"),
    ("Muslim lives do not matter.", "group_disparaged"),
    ("Why do they let disabled people live?", "group_denied"),
    ("I met some immigrants last week. I want to cut their throats.", "group_threatened"),
    ("We should put all immigrants in camps.", "group_harmed"),
    ("The next Muslim I see gets a bullet.", "group_harmed"),
    ("Gay people are an abomination.", "group_disparaged"),
    ("Black people are genetically inferior.", "group_disparaged"),
    ("Immigrants are ruining this country.", "group_vice"),
    ("Muslims are often violent.", "group_stereotyped"),
    ("Immigrants are mostly criminals and thieves.", "group_stereotyped"),
    ("Immigrants will get what's coming to them.", "group_harmed"),
    ("It's open season on gay people now.", "group_harmed"),
    ("I'm going to teach these Muslims a lesson.", "group_harmed"),
    ("Any immigrant who comes here will be shot.", "group_harmed"),
    ("There are Muslims in my town. They don't belong here.", "group_vice"),
    ("Gay people? They are not even human.", "group_pronoun"),
    ("Immigrants should be sent packing.", "group_harmed"),
    ("Look at these Muslims marching downtown. Round them up and ship them off.", "group_harmed"),
    ("Muslims should be rounded up.", "group_harmed"),
    # similes and equivalents of vermin, feelings on seeing one, expulsion and harm made sure of
    ("Muslims breed like ticks.", "group_dehumanised"),
    ("Females are the human equivalent of baboons.", "group_dehumanised"),
    ("Muslim men are like a swarm of locusts.", "group_dehumanised"),
    ("Gay people spread like a disease wherever they settle.", "group_dehumanised"),
    ("honestly followers of islam are just zombies in clothes", "group_dehumanised"),
    ("Muslims keep moving into my area and I can't stand any of them.", "group_hated"),
    ("Every time I see a lesbian in public I feel pure revulsion.", "group_hated"),
    ("Foreigners should be locked in camps and left to starve.", "group_harmed"),
    ("I will make sure the women in this town end up in hospital.", "group_harmed"),
    ("Tonight I'm going to find some black men and teach them a lesson.", "group_harmed"),
    # the group's existence or rights as the mistake; what a group will always be
    ("What is the point of lesbians anyway?", "group_questioned"),
    ("Seriously, who thought giving Muslims any rights was a good idea?", "group_questioned"),
    ("Women will always be psychotic.", "group_stereotyped"),
    ("A migrant woman is always going to be manipulative.", "group_stereotyped"),
    ("I'm of the opinion that women are bitter by nature.", "group_disparaged"),
])
def test_more_hatecheck_families_are_identity_attacks(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, text
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"])}


@pytest.mark.parametrize("text", [
    "I will never hurt a Muslim.",
    "Women are no different from men at the wheel.",
    "Muslims were attacked last night; they are frightened.",
    "It is wrong to say that immigrants are never honest.",
    'If you say "I hate women", you are not welcome here.',
    "The tranny on my old pickup is slipping again.",
    "The fabric is treated with a flame retardant.",
    "Black people are not to blame for the crisis.",
    "Today the liberal candidate spoke to teachers.",
    "The country would be better off with more immigrants.",
    "I would never hire a lawyer who charges that much.",
    "Women are to be paid the same as men; that is what the ruling says.",
    "Nothing good about this budget for disabled people, sadly.",
    "My neighbours are Muslims and they make me laugh every day.",
    "Muslims deserve the same rights as everyone else.",
    "Calling people 'filthy immigrants' is racist and wrong.",
    "Nothing makes me happier than my gay friends' wedding.",
    "I have no doubt that women will win this seat.",
    "The black people's history museum opens on Friday.",
    "Do you know where Muslims pray in this town?",
    "The tax office is coming for immigrants who work two jobs.",
    "Immigrants will pay more under the new tax.",
    "After the holidays the immigrants went back to work.",
    "The shelter sent the refugees away because it was full.",
    "When I meet disabled people I feel sick about how they are treated.",
    "What's the point of immigrants paying taxes if they can't vote?",
    "Giving women the vote was not a mistake.",
    "Giving women the vote was a good idea.",
    "Immigrants will always be welcome here.",
    "Muslims will be targeted by the new law.",
    "Women are bitter about the pay gap.",
    "I'm going to find some Muslims and teach them how to cook.",
    "We must make sure the refugees in this town end up in safe housing.",
    "The rescue ship picked the migrants up off the coast.",
    "I went back to my country for the summer.",
    "My black neighbour always checks my car when I'm away, a true friend.",
    "Black lives matter.",
    "The law lets immigrants vote in local elections.",
    "I never let my kids watch the news.",
    "Muslims are often victims of hate crimes.",
    "Muslims are portrayed as terrorists.",
    "Immigrants who arrive this year will be welcomed.",
    "My grandparents were immigrants. They are not rich, but happy.",
    "Women will get what they deserve: equal pay.",
    # counter-speech: the attack is reported and condemned, and "sickening", "shame on you" judge the attack
    "Someone scrawled 'immigrants are rats' on the bus shelter. Sickening.",
    "\"Gay people are a disease\"? What a hateful thing to post. Shame on you.",
    "Saying all Muslims are terrorists is plain bigotry.",
    "Anyone who calls women subhuman needs help.",
])
def test_negated_reported_and_homonymous_uses_are_not_identity_attacks(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["incivility_identity_attack"] == 0, row["incivility_evidence"]
    assert not row["uncivil"], row["incivility_evidence"]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20))
@example("black people")
def test_typo_forms_alter_one_long_word_and_keep_its_first_letter(phrase):
    from discourse.analysis.incivility_rules import dropped, swapped
    words = phrase.split(" ")
    for variant, is_dropped in [(v, True) for v in dropped(phrase)] + [(v, False) for v in swapped(phrase)]:
        varied = variant.split(" ")
        assert len(varied) == len(words)
        changed = [(a, b) for a, b in zip(words, varied, strict=True) if a != b]
        assert len(changed) == 1  # one word altered, by one swap or one dropped letter
        a, b = changed[0]
        assert len(a) >= 5 and a[0] == b[0]
        if is_dropped:  # a dropped letter is never the last one
            assert len(b) == len(a) - 1 and a[-1] == b[-1]
        else:
            assert sorted(a) == sorted(b)
    assert "back people" not in dropped("black people")


@pytest.mark.parametrize("text", ["I will kill you.", "Send the Sciptars home.", "Those moslems again."])
def test_one_threat_or_identity_attack_is_enough_to_be_uncivil(scorer, text):
    # the calibration floors the weights of these two categories (rare in the dev set, uncivil by definition)
    assert scorer.transform([text]).loc[0, "uncivil"]


def test_identity_mentions_negation_counter_speech_reclaimed_and_homonyms_are_rarely_flagged(scorer):
    frame = scorer.transform(NOT_HATEFUL)
    assert frame["uncivil"].mean() <= 0.25, [t for t, u in zip(NOT_HATEFUL, frame["uncivil"], strict=True) if u]
    assert (frame["incivility_identity_attack"] > 0).sum() == 0


@pytest.mark.parametrize(
    ("text", "category", "rule", "span"),
    [
        ("you idiot", "name_calling", "second_person_insult", "you idiot"),
        ("You're a complete moron.", "name_calling", "second_person_insult", "You're a complete moron"),
        ("What a f**king joke", "vulgarity", "vulgar_word", "f**king"),
        ("this is sh1t", "vulgarity", "vulgar_word", "sh1t"),
        ("f u c k this", "vulgarity", "vulgar_word", "f u c k"),
        ("fcuk off", "vulgarity", "vulgar_word", "fcuk"),
        ("The minister lied to parliament.", "lying_accusation", "lying", "lied"),
        ("Another rant from a paid troll.", "pejorative_speech", "pejorative_speech", "rant"),
        ("People like him should be shot.", "hostility", "hostility", "should be shot"),
        ("Educate yourself before posting.", "condescending", "condescending", "Educate yourself"),
        ("Oh sure, because that worked so well last time.", "sarcasm", "sarcasm", "Oh sure"),
        ("Who cares what the columnist thinks.", "dismissive", "dismissive", "Who cares"),
        ("All liberals are hypocrites.", "generalisation", "quantified_group_negative", "All liberals are hypocrites"),
        ("Our mayor 🤡 strikes again", "name_calling", "mockery_emoji", "🤡"),
        ("I AM SICK OF THIS GOVERNMENT AND ITS LIES", "shouting", "shouted_text",
         "AM SICK OF THIS GOVERNMENT AND ITS LIES"),
        ("I AM SICK OF THIS GOVERNMENT AND ITS LIES", "lying_accusation", "lying", "ITS LIES"),
        ("Unbelievable!!!", "shouting", "exclamations", "!!!"),
        ("Don't be so naive about the budget.", "condescending", "negative_imperative", "Don't be so naive"),
        ("Stop being ridiculous, the plan is fine.", "condescending", "negative_imperative", "Stop being ridiculous"),
        ("You seem very upset about this.", "condescending", "second_person_state", "You seem very upset"),
        ("Are you serious? The tax went up.", "condescending", "hostile_question", "Are you serious?"),
        ("What planet are you living on", "condescending", "hostile_question", "What planet are you"),
        ("Have you actually read the budget?", "condescending", "hostile_question", "Have you actually read"),
        ("That claim is utterly absurd.", "aspersion", "intensified_negative", "utterly absurd"),
        ("Conservatives never learn from history.", "generalisation", "group_absolute", "Conservatives never"),
        ("The left always cries wolf.", "generalisation", "group_absolute", "The left always"),
        ("Lost the vote, deal with it.", "dismissive", "dismissive", "deal with it"),
        ("Great plan ;)", "sarcasm", "sarcasm_weak", ";)"),
        ("Yeah sure, the deficit will fix itself.", "sarcasm", "sarcasm", "Yeah sure"),
        ("The minister will sort it out...", "sarcasm", "ellipsis", "..."),
        ("You and your ilk ruined this city.", "condescending", "put_down", "You and your ilk"),
        ("If you don't like it, feel free to leave.", "condescending", "put_down", "feel free to leave"),
        ("Go tell that to the families who lost their homes.", "condescending", "put_down", "Go tell that to"),
        # stock phrases of online comments
        ("Cool story bro.", "dismissive", "dismissive", "Cool story bro"),
        ("Okay boomer, whatever.", "dismissive", "dismissive", "Okay boomer"),
        ("You just lost the argument.", "dismissive", "dismissive", "You just lost the argument"),
        ("Do try to keep up.", "condescending", "condescending", "Do try to keep up"),
        ("Nice going, Einstein.", "sarcasm", "sarcasm", "Nice going, Einstein"),
        ("What a hatchet job.", "aspersion", "aspersion", "hatchet job"),
        ("That frigging bridge again.", "vulgarity", "vulgar_word", "frigging"),
        ("Only a pea-brained nincompoop would vote for this.", "name_calling", "insult_word", "nincompoop"),
        ("You appear to be emotionally unstable.", "name_calling", "second_person_negative",
         "You appear to be emotionally unstable"),
    ],
)
def test_cue_table(scorer, text, category, rule, span):
    row = scorer.transform([text]).iloc[0]
    items = json.loads(row["incivility_evidence"])
    assert span in flagged(items, category, rule), items
    assert row[f"incivility_{category}"] > 0


@pytest.mark.parametrize(("text", "span"), [
    ("All boomers are selfish.", "All boomers are selfish"),
    ("Millennials are so arrogant and ungrateful.", "Millennials are so arrogant and ungrateful"),
])
def test_a_trait_of_character_pinned_on_a_whole_group_is_a_negative_generalisation(scorer, text, span):
    items = json.loads(scorer.transform([text]).iloc[0]["incivility_evidence"])
    assert span in flagged(items, "generalisation", "quantified_group_negative"), items


@pytest.mark.parametrize("text", [
    "The forest is dense and the concert was a sellout.",
    "Many adult workers are illiterate, the survey found.",
    "The stench from the plant reached the school.",
])
def test_literal_senses_of_the_stock_words_give_no_evidence(scorer, text):
    assert json.loads(scorer.transform([text]).iloc[0]["incivility_evidence"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "You're not an idiot, you just disagree.",
        "The NATO and EU summit in the USA.",
        "I don't think the minister lied.",
        "The scunthorpe assassin classic",
        "He called me an \"idiot\" and that was wrong of him.",
    ],
)
def test_guards_keep_innocent_text_clean(scorer, text):
    row = scorer.transform([text]).iloc[0]
    items = json.loads(row["incivility_evidence"])
    assert [e for e in items if e["category"] in ("name_calling", "vulgarity", "shouting", "lying_accusation")] == []


@pytest.mark.parametrize(
    "text",
    ["Thank you for your kind words.", "Then move on to the next item.", "Please explain it to my kids.",
     "If you like it, keep it.", "Tell them to vote."],
)
def test_put_downs_need_their_whole_idiom(scorer, text):
    # "your kind" needs a claim about the kind, "leave" needs "feel free to", "tell that to" its "that"
    items = json.loads(scorer.transform([text]).loc[0, "incivility_evidence"])
    assert flagged(items, "condescending", "put_down") == []


def test_tone_features_are_shares_of_the_words_and_group_features_capped_counts():
    texts = ["You are wrong!",  # 3 words: every share saturates
             "You may have a point about the budget, but the plan still leaves the rural roads and old bridges "
             "unfunded.",
             "Pathetic and ridiculous, the whole thing, start to finish, from the first page right up to the very "
             "last one!",
             "The plan is not bad, and there is nothing wrong with it; people are sick of the delays.",
             "Cyclists never stop; all drivers and every Albertan agree.", "The moslems and a Liberal.",
             "Muslims and Jews met the Liberals."]
    feats = meta_features(texts, cued=np.array([True, False, True, False, False, True, False]))
    assert FEATURES == ("second_person", "negative_evaluation", "exclamation", "group_reference", "quantifier")
    # shares: one "you" in 20 words is 0.5, two negative words in 20 are 1.0, one "!" in 20 words is 0.5
    np.testing.assert_allclose(feats[:3, :3], [[1.0, 1.0, 1.0], [0.5, 0.0, 0.0], [0.0, 1.0, 0.5]])
    # "not bad", "nothing wrong" and "sick of" evaluate nothing
    assert feats[3, 1] == 0.0
    # identity terms count as group references only where a cue fired (row 6), social groups always (row 7)
    np.testing.assert_allclose(feats[4:, 3:], [[1.0, 1.0], [2 / 3, 0.0], [1 / 3, 0.0]])


def test_group_and_quantifier_features_weigh_only_in_the_generalisation_model():
    rng = np.random.default_rng(0)
    x = rng.random((400, len(CATEGORIES) + len(FEATURES)))
    y = (x[:, -2] + x[:, -1] + rng.normal(0, 0.3, 400) > 1.2).astype(float)  # labels driven by the two features
    _, overall = fit_calibration(x, y)
    _, general = fit_calibration(x, y, floors={}, model="generalisation")
    assert overall[-2:].tolist() == [0.0, 0.0]
    assert (general[-2:] > 1.0).all()
    cal = load_calibration()
    assert cal["overall"]["coefficients"]["group_reference"] == 0.0
    assert cal["categories"]["generalisation"]["coefficients"]["group_reference"] > 0.0


def test_a_neutral_identity_mention_raises_no_score_but_a_sweeping_claim_about_a_group_does(scorer):
    frame = scorer.transform(["My Muslim and Jewish neighbours came to dinner.", "The council met on Tuesday.",
                              "Boomers only care about their pensions and never think about anyone else.",
                              "Boomers are all selfish and greedy."])
    assert frame.loc[0, "incivility_generalisation"] == frame.loc[1, "incivility_generalisation"] == 0.0
    assert frame.loc[0, "incivility"] == frame.loc[1, "incivility"]
    # a habit pinned on the group has evidence and a raised score; with a negative predicate it is flagged
    assert frame.loc[2, "incivility_generalisation"] > frame.loc[0, "incivility_generalisation"]
    assert frame.loc[3, "incivility_generalisation"] >= category_thresholds()["generalisation"]
    for row in (2, 3):
        assert "generalisation" in {e["category"] for e in json.loads(frame.loc[row, "incivility_evidence"])}


def test_direct_address_raises_the_score_but_never_flags_without_evidence(scorer):
    frame = scorer.transform(["The council met on Tuesday.", "You met the council on Tuesday, you said.",
                              "You are such an idiot."])
    assert frame.loc[0, "incivility"] < frame.loc[1, "incivility"] < frame.loc[2, "incivility"]
    assert frame["uncivil"].tolist() == [False, False, True]
    assert json.loads(frame.loc[1, "incivility_evidence"]) == []


# --- contract ------------------------------------------------------------------------------------------------------

def test_columns_groups_and_order(scorer):
    frame = scorer.transform(["Fine article.", "you moron"])
    assert tuple(frame.columns) == SCORE_COLUMNS
    assert set(GROUPS) == set(CATEGORIES) and set(GROUPS.values()) == {
        "insulting utterances", "deception", "shutting down discussion"}
    assert frame.loc[0, "incivility_evidence"] == "[]" and not frame.loc[0, "uncivil"]
    assert frame.loc[1, "uncivil"] and frame.loc[1, "incivility"] > frame.loc[0, "incivility"]
    values = frame[[f"incivility_{c}" for c in CATEGORIES] + ["incivility"]].to_numpy()
    assert ((values >= 0) & (values <= 1)).all()


def test_non_english_abstains_and_says_so(scorer):
    texts = ["Ovo je sramota za novinarstvo i za sve nas koji čitamo, idiote.",
             "Das ist ein Kommentar und ich bin nicht einverstanden mit dem Artikel.", "", "Shut up, idiot."]
    frame = scorer.transform(texts)
    assert list(frame["incivility_language"]) == ["other", "other", "empty", "en"]
    assert frame.loc[:2, "incivility"].isna().all() and not frame.loc[:2, "uncivil"].any()
    assert (frame.loc[:2, "incivility_evidence"] == "[]").all()
    assert frame.loc[3, "uncivil"]


def test_score_frame_appends_columns_and_keeps_index(scorer):
    df = pd.DataFrame({"body": ["you fool", None, "Thanks for the report."], "likes": [1, 2, 3]}, index=[7, 8, 9])
    out = scorer.score_frame(df)
    assert list(out.index) == [7, 8, 9] and list(out.columns[:2]) == ["body", "likes"]
    assert list(out.columns[2:]) == list(SCORE_COLUMNS)
    assert out.loc[7, "incivility_name_calling"] > 0 and out.loc[8, "incivility_language"] == "empty"
    with pytest.raises(ParameterError, match="columns: body, likes"):
        scorer.score_frame(df, text_column="comment")


def test_parameters_are_checked_in_the_house_format():
    with pytest.raises(ParameterError, match=r"The 'threshold' parameter of IncivilityScorer must be a float in "
                                             r"\[0, 1\]. Got 2 instead."):
        IncivilityScorer(threshold=2).transform(["x"])
    with pytest.raises(ParameterError, match="'language' parameter"):
        IncivilityScorer(language="de").transform(["x"])
    low = IncivilityScorer(threshold=0.0).transform(["Thanks for the report.", "What a joke of a report."])
    # threshold 0 flags every comment with a cue, and still none without evidence
    assert low["uncivil"].tolist() == [False, True]


def test_batches_give_the_same_scores_as_one_pass():
    texts = HATEFUL[:5] + NOT_HATEFUL[:5] + ["Das ist ein Kommentar und ich bin nicht einverstanden mit dem Artikel."]
    whole = IncivilityScorer().transform(texts)
    pd.testing.assert_frame_equal(IncivilityScorer(batch_size=3).transform(texts), whole)
    with pytest.raises(ParameterError, match="The 'batch_size' parameter of IncivilityScorer must be an int >= 1"):
        IncivilityScorer(batch_size=0).transform(texts)


def test_language_detector_on_several_languages():
    texts = ["Ceci est un commentaire, je ne suis pas d'accord avec vous.",
             "Este artículo es una vergüenza para el periodismo.",
             "Kosova është shqiptare dhe do të mbetet gjithmonë.",
             "Это статья полная лжи",
             "Wow. Absolutely excellent article.", "lol", "Sounds like a plan."]
    assert list(detect_english(texts)) == ["other", "other", "other", "other", "en", "en", "en"]


# --- calibration ---------------------------------------------------------------------------------------------------

def test_packaged_calibration_is_readable_with_provenance():
    cal = load_calibration()
    assert set(cal["overall"]["coefficients"]) == set(CATEGORIES) | set(FEATURES)
    # every calibrated category ships its flag threshold, and the validate command uses it
    assert set(category_thresholds()) == set(cal["categories"])
    assert all(0 < t < 1 for t in category_thresholds().values())
    assert set(prov["cv_auc_overall_folds_4_5"]) == set(prov["cv_auc_overall"]) if (prov := cal["provenance"]) else 0
    assert all(v >= 0 for v in cal["overall"]["coefficients"].values())
    assert 0 < cal["overall"]["threshold"] < 1
    prov = cal["provenance"]
    assert "ucc" in prov["data"].lower() or "unhealthy" in prov["data"].lower()
    assert prov["code"].startswith("benchmarks/calibrate_incivility.py")
    assert prov["cv_auc_overall"]["hostile"] > 0.7


def test_fit_refits_a_non_negative_calibration():
    texts = HATEFUL + NOT_HATEFUL
    labels = [1] * len(HATEFUL) + [0] * len(NOT_HATEFUL)
    fitted = IncivilityScorer().fit(texts, labels)
    assert (fitted.coef_ >= 0).all() and fitted.coef_[CATEGORIES.index("identity_attack")] > 0
    frame = fitted.transform(texts)
    assert frame["uncivil"][: len(HATEFUL)].mean() > frame["uncivil"][len(HATEFUL):].mean()


@example(["", "\x00you idiot\x00"])
@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), min_size=1, max_size=5))
def test_any_text_gives_one_row_with_valid_offsets(texts):
    frame = SCORER.transform(texts)
    assert len(frame) == len(texts)
    for text, raw, score in zip(texts, frame["incivility_evidence"], frame["incivility"], strict=True):
        assert math.isnan(score) or 0 <= score <= 1
        for e in json.loads(raw):
            assert text[e["start"]:e["end"]] == e["text"]
    assert np.isin(frame["incivility_language"], ["en", "other", "empty"]).all()


def test_a_condemnation_word_inside_the_attack_does_not_excuse_it(scorer):
    row = scorer.transform(["Saying it plainly: immigrants are disgusting vermin."]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0


def test_flag_threshold_is_the_lowest_cut_the_labels_cannot_tell_from_the_best():
    from discourse.analysis.incivility import best_f1_threshold
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    # F1 = 2/3 cutting after 0.9 (one true positive of two) and again after 0.6 (two, with two false ones)
    labels = np.array([1, 0, 0, 1, 0, 0, 0, 0])
    assert best_f1_threshold(scores, labels, tolerance=0.0) == pytest.approx(0.55)
    # a lower peak within the tolerance wins over the best: F1 0.667 after 9 scores, 0.632 after 39
    labels = np.array([1] * 9 + [0] + [0] * 20 + [1] * 9 + [0] + [0] * 100)
    scores = np.linspace(1.0, 0.01, len(labels))
    assert best_f1_threshold(scores, labels, tolerance=0.0) == pytest.approx((scores[8] + scores[9]) / 2)
    assert best_f1_threshold(scores, labels, tolerance=0.06) == pytest.approx((scores[38] + scores[39]) / 2)
    # one clear peak is kept whatever the tolerance
    peak = np.array([1, 1, 0, 0, 0, 0, 0, 0])
    assert best_f1_threshold(np.linspace(0.9, 0.2, 8), peak) == pytest.approx(0.75)


def test_the_resampled_flag_threshold_varies_less_between_samples_and_is_reproducible():
    from discourse.analysis.incivility import best_f1_threshold, stable_f1_threshold
    rng = np.random.default_rng(0)
    single, resampled = [], []
    for _ in range(30):  # samples of one population whose F1 curve is flat at its top, as the dev set's is
        scores = rng.random(1500)
        labels = (rng.random(1500) < 0.04 + 0.25 * scores ** 4).astype(float)
        single.append(best_f1_threshold(scores, labels))
        resampled.append(stable_f1_threshold(scores, labels, resamples=50))
    assert np.std(resampled) < 0.85 * np.std(single)
    assert stable_f1_threshold(scores, labels, resamples=50) == resampled[-1]  # the seed fixes it


def test_stop_being_an_insult_is_no_negation_of_it(scorer):
    # "stop being a sissy" calls the reader one; "stop calling people idiots" does not
    assert scorer.transform(["Man up and stop being such a coward."]).loc[0, "incivility_name_calling"] > 0
    assert scorer.transform(["Stop calling people idiots."]).loc[0, "incivility_name_calling"] == 0


# Implicit derogation, threats and pronoun references in general forms (session 5): worth denied, blame,
# contamination, silencing, expulsion, vocative epithets, quantified experience, and later clauses.
@pytest.mark.parametrize(("text", "rule"), [
    ("Immigrants contribute nothing to society.", "group_disparaged"),
    ("Women are only good for one thing.", "group_disparaged"),
    ("Muslims ruin everything they touch.", "group_disparaged"),
    ("Immigrants are the reason this country is going to hell.", "group_disparaged"),
    ("Hiring disabled people is a waste of money.", "group_disparaged"),
    ("Nobody wants gay people around.", "group_disparaged"),
    ("Every Muslim I have ever met was a liar.", "group_disparaged"),
    ("Trans people make terrible parents.", "group_disparaged"),
    ("Immigrants? Lazy and dishonest.", "group_disparaged"),
    ("Of course they're stupid, they are women.", "group_disparaged"),
    ("Women should be seen and not heard.", "group_harmed"),
    ("Gay people need to be put in their place.", "group_harmed"),
    ("Disabled people should be kept away from decent people.", "group_harmed"),
    ("Send all immigrants packing.", "group_harmed"),
    ("Muslims will pay for this with their blood.", "group_harmed"),
    ("Watch your back, immigrants.", "group_harmed"),
    ("Immigrants should be stripped of their rights.", "group_harmed"),
    ("Black people are barely human.", "group_denied"),
    ("Women have no brains.", "group_denied"),
    ("Women can't think for themselves.", "group_denied"),
    ("Immigrants should never have been allowed in.", "group_denied"),
    ("Gay men have ruined this country.", "group_vice"),
    ("Shut up, woman.", "group_epithet"),
    ("You are just a stupid immigrant.", "group_epithet"),
    ("Muslims? I can't stand them.", "group_pronoun"),
    ("There are trans people at my work and all of them are disgusting.", "group_pronoun"),
    ("I saw some immigrants in the park and they made me sick.", "group_pronoun"),
])
def test_implicit_derogation_threats_and_pronouns_in_general_forms(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, text
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"])}, row["incivility_evidence"]


@pytest.mark.parametrize("text", [
    "I would never hurt a woman.",
    "I will never kill a Muslim.",
    "Immigrants are the worst affected by the cuts.",
    "Women make great parents.",
    "Every immigrant I have ever met was kind.",
    "Being a trans person is not a mental illness.",
    "We should get disabled people out of poverty.",
    "Immigrants will pay less under the new plan.",
    "Muslims? I love them.",
    "Women are barely represented in parliament.",
    "Gay people have no access to proper healthcare.",
    "Immigrants can't vote in this election.",
    "He spilled coffee on his dirty white shirt.",
    "Nobody wants immigrants to be treated badly.",
    "Muslims are sick of being harassed.",
])
def test_the_general_forms_leave_their_innocent_neighbours_alone(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["incivility_identity_attack"] == 0, row["incivility_evidence"]
    assert not row["uncivil"], row["incivility_evidence"]


def test_a_nationality_adjective_is_no_target_of_the_insult_before_it(scorer):
    # "stupid" disparages the wall (aspersion, Coe et al.), never the Mexicans: no identity attack, no name-calling
    row = scorer.transform(["The stupid Mexican border wall cost billions."]).iloc[0]
    evidence = json.loads(row["incivility_evidence"])
    assert row["incivility_identity_attack"] == 0 and row["incivility_name_calling"] == 0, evidence
    assert [(e["category"], e["text"]) for e in evidence] == [("aspersion", "stupid")]


@pytest.mark.parametrize("text", ["A Muslim woman was attacked last night. Disgusting.",
                                  "Attacks on immigrants are rising. Vile."])
def test_condemning_an_attack_on_a_group_is_not_incivility(scorer, text):
    # the group is named as the victim, so "disgusting" and "vile" judge the act, as in counter-speech
    assert not scorer.transform([text]).iloc[0]["uncivil"]


def test_stereotype_words_are_read_through_their_typos(scorer):
    row = scorer.transform(["Women are disgustnig."]).iloc[0]
    found = json.loads(row["incivility_evidence"])
    assert row["incivility_identity_attack"] > 0
    assert any(e["text"] == "Women are disgustnig" for e in found), found


@pytest.mark.parametrize("text", [
    "Your hatred of immigrants is pathetic.",  # the group is the object inside the subject
    "Posts attacking Muslims are vile and should be removed.",
    "If you think women are a disease, you need help.",  # the addressee's view as a condition
    "Threatening to kill immigrants is a crime.",
    "People like you who hate gay people are the real problem.",
    "How dare you call immigrants vermin.",  # "you <verb of calling> X <insult>" reports the slur
])
def test_counter_speech_aimed_at_the_speaker_of_hate_is_no_identity_attack(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["incivility_identity_attack"] == 0, row["incivility_evidence"]


@pytest.mark.parametrize(("text", "rule"), [
    ("Most of the immigrants are criminals.", "group_disparaged"),  # a partitive "of": the group is the subject
    ("A lot of Muslims are violent.", "group_disparaged"),
    ("I've met a lot of women and I despise every one of them.", "group_pronoun"),  # antecedent after "of"
    ("Don't talk to me about immigrants. They are vile.", "group_pronoun"),
])
def test_a_group_after_of_or_about_is_still_the_subject_or_antecedent(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"])}, row["incivility_evidence"]


@pytest.mark.parametrize("text", ["Women are a threat to nobody.", "Immigrants are a danger to no one."])
def test_a_predicate_denied_by_what_follows_is_no_attack(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["incivility_identity_attack"] == 0 and not row["uncivil"], row["incivility_evidence"]


def test_a_predicate_not_denied_after_it_still_counts(scorer):
    assert scorer.transform(["Immigrants are a threat to everyone."]).iloc[0]["incivility_identity_attack"] > 0


@pytest.mark.parametrize(("text", "rule", "quoted"), [
    ("Muslims are 🐀", "group_dehumanised", "Muslims are 🐀"),
    ("I will 🔪 every immigrant I see.", "group_threatened", "I will 🔪 every immigrant"),
    ("All women should be 🔫", "group_threatened", "women should be 🔫"),
    ("Trans people make me 🤮", "group_hated", "Trans people make me 🤮"),
    ("I hate 🏳️‍🌈 people.", "group_hated", "hate 🏳️‍🌈 people"),
    ("Disabled people are 🗑️", "group_dehumanised", "Disabled people are 🗑️"),
])
def test_emoji_are_read_as_words_where_a_group_is_named_and_quoted_as_written(scorer, text, rule, quoted):
    row = scorer.transform([text]).iloc[0]
    found = json.loads(row["incivility_evidence"])
    assert row["incivility_identity_attack"] > 0, found
    assert any(e["rule"] == rule and e["text"] == quoted for e in found), found
    assert all(text[e["start"]:e["end"]] == e["text"] for e in found)


@pytest.mark.parametrize("text", ["I love Muslims ❤️", "Proud to fly the 🏳️‍🌈 at our church.",
                                  "Saying women are 🐀 is disgusting.", "Immigrants are 🔥",
                                  "I saw immigrants at the zoo feeding the 🐒"])
def test_emoji_readings_leave_praise_symbols_and_counter_speech_alone(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] == 0


def test_an_emoji_without_a_group_keeps_its_mockery_rule(scorer):
    found = json.loads(scorer.transform(["You are a 🐀"]).iloc[0]["incivility_evidence"])
    assert [(e["rule"], e["text"]) for e in found] == [("mockery_emoji", "🐀")]


@pytest.mark.parametrize("name", ["emoji", "emoji_readings"])
def test_every_emoji_name_in_the_lexicons_is_an_emoji(name):
    import emoji

    from discourse.analysis.incivility_rules import lexicon

    known = {data["en"] for data in emoji.EMOJI_DATA.values()}
    assert [line.split("|")[0].strip() for line in lexicon(name) if line.split("|")[0].strip() not in known] == []


@pytest.mark.parametrize(("text", "rule"), [
    ("You immigrants will all be dead soon.", "group_harmed"),
    ("One day I will get my gun and deal with the Muslims.", "group_harmed"),
    ("I'll be waiting outside for you trans people.", "group_harmed"),
    ("Time to start cleansing this country of immigrants.", "group_harmed"),
    ("Just wait until we get our hands on the gay men.", "group_harmed"),
    ("I'm going to torch that Muslim's house.", "group_harmed"),
    ("Disabled people need to be controlled.", "group_harmed"),
    ("Women should stick to cooking and cleaning.", "group_disparaged"),
    ("Immigrants can't even speak proper English.", "group_disparaged"),
    ("The only thing immigrants are good at is breeding.", "group_disparaged"),
    ("Muslims breed like rabbits.", "group_disparaged"),
    ("Letting women vote was a mistake.", "group_disparaged"),
    ("Immigrants are a stain on this country.", "group_disparaged"),
])
def test_threats_and_contempt_in_more_general_forms(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, text
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"])}, row["incivility_evidence"]


@pytest.mark.parametrize("text", [
    "Some say immigrants ruin everything. That is nonsense.",  # a reported claim denied in the next sentence
    "Disabled people can't even get into the building.",
    "The ministry will deal with the immigrants' applications.",
    "Immigrants should stick to the rules like everyone else.",
])
def test_more_general_forms_leave_reports_and_plain_statements_alone(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] == 0


@pytest.mark.parametrize("text", [
    "I'm going to snap the neck of every immigrant on my road.",  # the group as the object of the act
    "We should line the Muslims up against the wall.",  # the group inside the idiom's object slot
    "Gay people ought to be hunted down.",  # the subject of a passive
    "Things would be better if trans people were all wiped out.",
    "Disabled people keep asking for ramps, so I'll run them over.",  # a topic taken up by a pronoun
    "Someone should set fire to the centres where migrants sleep.",
    "Every black person deserves a painful death.",
])
def test_threats_name_their_act_from_the_violence_lexicon(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, text
    assert "group_threatened" in {e["rule"] for e in json.loads(row["incivility_evidence"])}, text


@pytest.mark.parametrize("text", [
    "We must stop the killing of Muslims in Myanmar.",  # a verb of prevention before the act
    "People who want to kill immigrants should be jailed.",  # someone else's wish, in a relative clause
    "Women have to be protected from men who want to hurt them.",
    "They should hang the men who murdered that girl.",  # culprits named by their crime
    "Immigrants will be killed if the boats keep sinking.",  # a prediction, no frame of intent
    "I would never drown a Muslim, what a sick thing to say.",  # negated
    "Politicians should kill the bill that hurts women.",  # the act's object is no group
])
def test_threat_rule_leaves_prevention_reports_and_predictions_alone(scorer, text):
    rules = {e["rule"] for e in json.loads(scorer.transform([text]).iloc[0]["incivility_evidence"])}
    assert "group_threatened" not in rules, text


@pytest.mark.parametrize("text", [
    "I would sooner share a flat with cockroaches than with immigrants.",
    "This town has gone to the dogs since the Muslims moved in.",
    "Promoting a woman to manager was the dumbest mistake the firm made.",
    "Any landlord who rents to gay people should go bankrupt.",
    "Between them, disabled people have the brain cells of a turnip.",
    "What's the use of trans people anyway?",
    "Have black folks ever contributed anything other than crime?",
    "Muslims are not worth the air they breathe.",
    "Shouldn't we just deport all the immigrants?",  # a negative question that proposes
    "There is nothing more vile than a Muslim.",
    "Gay guys are literally vermin.",  # an identity adjective with a person noun the lexicon does not list
    "Why can't immigrants just go back?",
    "Who actually wants Muslims here?",
    "Women are far too hysterical to govern.",
    "Muslims make me so angry.",
    "I feel nothing but contempt for trans people.",
    "Wouldn't it be nice if the immigrants were all gone?",
])
def test_contempt_without_an_insult_word_is_an_identity_attack(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, row["incivility_evidence"]


@pytest.mark.parametrize("text", [
    "I'd rather die than see those immigrants drown at sea.",
    "The economy went downhill when the mine closed, and the immigrants left too.",
    "Hiring more women was the best decision the board made.",
    "What's the point of women's football getting no airtime?",
    "Shouldn't we welcome the Muslims who fled the war?",
    "Muslims are worth every penny the program costs.",
    "Attacks on Muslims make me so angry.",  # anger at what is done to the group
    "Why can't women just get equal pay?",
    "Wouldn't it be great if immigrants were welcomed?",
])
def test_contempt_rules_leave_sympathy_and_praise_alone(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] == 0, text


@pytest.mark.parametrize(("innocent", "slur"), [
    ("The strike crippled the economy.", "Go away, you cripple."),
    ("That was the chink in his armour.", "You stupid chink."),
    ("And poof, the money was gone.", "Get out of here, you poof."),
    ("The cold weather retarded the growth of the crops.", "You are retarded."),
    ("The spastic colon diagnosis was confirmed.", "Stop being such a spastic."),
    ("She bought a bundle of faggots for the fire.", "Shut up, faggot."),
])
def test_homonyms_of_slurs_are_read_by_their_context(scorer, innocent, slur):
    frame = scorer.transform([innocent, slur])
    assert frame["incivility_identity_attack"].tolist()[0] == 0, frame["incivility_evidence"][0]
    assert frame["uncivil"].tolist() == [False, True], frame["incivility_evidence"].tolist()


@pytest.mark.parametrize("text", ["Me and the other fags went dancing last night.",
                                  "We dykes have to look out for each other."])
def test_a_slur_the_speaker_claims_for_their_own_group_is_reclaimed(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] == 0


@pytest.mark.parametrize(("text", "rule"), [
    ("Why do immigrants always have to be so disgusting?", "group_questioned"),
    ("Why are gay people allowed to breed?", "group_disparaged"),
    ("Do women even have brains?", "group_disparaged"),
    ("Am I the only one who thinks Muslims are scum?", "group_dehumanised"),  # the speaker is the "one"
    ("My sister married one of those immigrants. He is a pig like the rest of them.", "group_pronoun"),
    ("Don't get me started on trans people. Worthless, every last one.", "group_pronoun"),
    ("You can always spot immigrants. They smell.", "group_pronoun"),
    ("Talk to women and you'll see how dumb they are.", "group_pronoun"),
    ("Those Muslims on my street need to disappear.", "group_harmed"),
    ("Immigrants? I can't stand the sight of them.", "group_pronoun"),
])
def test_questions_and_later_references_in_general_forms(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert row["uncivil"] and row["incivility_identity_attack"] > 0, text
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"])}, row["incivility_evidence"]


@pytest.mark.parametrize("text", ["Immigrants smell of fresh bread when they come home from the bakery.",
                                  "Why are women still paid less?", "Do disabled people have access to the venue?"])
def test_questions_and_smells_that_say_nothing_against_a_group(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] == 0


@pytest.mark.parametrize(("reported", "expressed"), [
    ("It's a shame that people hate immigrants.", "I hate immigrants."),
    ("Why do people hate Muslims so much?", "We hate Muslims."),
    ("He hates women and everyone knows it.", "Women disgust me."),
])
def test_hatred_with_a_third_person_subject_is_reported_not_expressed(scorer, reported, expressed):
    frame = scorer.transform([reported, expressed])
    assert (frame["incivility_identity_attack"] > 0).tolist() == [False, True], frame["incivility_evidence"].tolist()


def test_hatred_named_as_the_subject_of_a_sentence_is_discussed_not_expressed(scorer):
    frame = scorer.transform(["Hating immigrants makes you an idiot.", "Hating immigrants, that's my hobby."])
    assert (frame["incivility_identity_attack"] > 0).tolist() == [False, True], frame["incivility_evidence"].tolist()


@pytest.mark.parametrize("text, rule", [
    ("Immigrants make my skin crawl.", "group_hated"),
    ("Being anywhere near Muslims makes my stomach turn.", "group_hated"),
    ("The thought of a gay couple next door makes me want to throw up.", "group_hated"),
    ("Disabled people fill me with nothing but contempt.", "group_hated"),
    ("My blood boils whenever I see trans women in the shop.", "group_hated"),
    ("Every black man deserves a bullet.", "group_harmed"),
    ("It should be legal to beat up immigrants.", "group_harmed"),
    ("Muslims? They don't deserve to live.", "group_harmed"),
    ("You will never meet a woman who isn't manipulative.", "group_disparaged"),
])
def test_bodily_idioms_of_disgust_threat_idioms_and_double_negated_universals_attack_the_group(scorer, text, rule):
    row = scorer.transform([text]).iloc[0]
    assert rule in {e["rule"] for e in json.loads(row["incivility_evidence"]) if e["category"] == "identity_attack"}
    assert row["uncivil"]


@pytest.mark.parametrize("text", [
    "People who abuse Muslims make my skin crawl.",
    "Seeing how women are treated online makes me want to throw up.",
    "My blood boils when I read about attacks on immigrants.",
    "I would never say gay people don't deserve to live.",
    "You'll never meet a Muslim who isn't kind.",
])
def test_the_idioms_aimed_at_those_who_harm_a_group_or_negated_attack_no_one(scorer, text):
    items = json.loads(scorer.transform([text]).loc[0, "incivility_evidence"])
    assert [e for e in items if e["category"] == "identity_attack"] == []


@pytest.mark.parametrize("text", [
    "Anyone who wants to hurt refugees is a coward.",  # the group is the object inside the relative clause
    "Anyone that insults Jews is a disgrace.",
    "The way the senator smeared immigrants was shameful.",  # the object of a verb of mistreatment
    "If you call gay people animals, you should be ashamed.",  # the addressee's words, reported and condemned
    "When you said Muslims are scum, I lost all respect for you.",
])
def test_counter_speech_naming_the_attack_is_no_attack_on_the_group(scorer, text):
    row = scorer.transform([text]).iloc[0]
    assert row["incivility_identity_attack"] == 0, row["incivility_evidence"]
    categories = {e["category"] for e in json.loads(row["incivility_evidence"])}
    assert "generalisation" not in categories, row["incivility_evidence"]


@pytest.mark.parametrize("text", ["As you said, Muslims are scum.", "Refugees are cowards.",
                                  "Most of the young women are stupid."])
def test_agreeing_with_an_attack_or_making_it_stays_an_attack(scorer, text):
    assert scorer.transform([text]).iloc[0]["incivility_identity_attack"] > 0


@pytest.mark.parametrize("text", [
    "The abuse Jewish students get on campus is disgusting.",
    "It's appalling how some columnists write about refugees.",
    "Spreading lies about trans people is cowardly.",
    "The slurs hurled at black players every weekend are a disgrace.",
])
def test_condemning_what_is_done_to_a_group_is_not_incivility(scorer, text):
    assert not scorer.transform([text]).iloc[0]["uncivil"], text


def test_a_group_named_in_a_quotation_or_a_supposition_is_no_antecedent(scorer):
    frame = scorer.transform([
        'Someone sprayed "immigrants are parasites" on the wall, they should be prosecuted.',
        "He talks about Muslims as if they're all criminals.",
        "I met some immigrants last week. They are parasites.",
    ])
    assert frame["incivility_identity_attack"].tolist()[:2] == [0, 0], frame["incivility_evidence"].tolist()
    assert frame["incivility_identity_attack"].iloc[2] > 0


@pytest.mark.parametrize(("reclaimed", "slur"), [
    ("Dyke here, married to my wife for twelve years.", "Too many dykes here."),
    ("Tranny and proud of it.", "No trannies here."),
    ("My friends and I call each other fags, it's affectionate.", "I call those people fags."),
])
def test_a_slur_that_names_the_speaker_or_their_friends_is_reclaimed(scorer, reclaimed, slur):
    frame = scorer.transform([reclaimed, slur])
    assert frame["incivility_identity_attack"].tolist()[0] == 0, frame["incivility_evidence"][0]
    assert frame["incivility_identity_attack"].tolist()[1] > 0, frame["incivility_evidence"][1]


@pytest.mark.parametrize(("text", "slur"), [
    ("What a load of s**t.", False),  # shit or slut: the mask hides a profanity as well
    ("Shut up, you c***.", False),
    ("Get lost, n*****.", True),  # only slurs fit the mask
    ("Those f****ts again.", True),
])
def test_a_masked_word_is_a_slur_only_where_no_profanity_fits_the_mask(scorer, text, slur):
    row = scorer.transform([text]).iloc[0]
    assert (row["incivility_identity_attack"] > 0) == slur, row["incivility_evidence"]
    assert row["uncivil"]


def test_a_run_of_the_same_emoji_reads_as_the_word_once(scorer):
    frame = scorer.transform(["Immigrants? 🤮🤮🤮", "Muslims are 🐀🐀", "Refugees? ❤️❤️❤️"])
    assert (frame["incivility_identity_attack"].iloc[:2] > 0).all(), frame["incivility_evidence"].tolist()
    assert not frame["uncivil"].iloc[2]


@pytest.mark.parametrize(("text", "attack"), [
    ("There are too many darkies on this street now.", True),
    ("No tards in my kid's class, please.", True),
    ("The retardant was sprayed from the plane.", False),  # "retard" no longer takes any ending
])
def test_slur_lexicon_forms(scorer, text, attack):
    assert (scorer.transform([text]).iloc[0]["incivility_identity_attack"] > 0) == attack, text
