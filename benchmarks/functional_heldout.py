"""Held-out functional test cases for hate speech, written blind to the scorer (issue 4).

WARNING: this module contains slurs, threats and other offensive language by design: it is test data for a
hate speech check, and none of it is the opinion of anyone on the project.

How it was written: a helper wrote every template and every case from HateCheck's list of functionalities only
(Röttger et al. 2021, "HateCheck: Functional Tests for Hate Speech Detection Models", ACL), without reading
HateCheck's own cases, the scorer, its lexicons, its tests or the project's development set of functional cases,
and without running the scorer. It is therefore a check on wording the scorer has never been fitted to: do not
tune the scorer against it, or it stops being held out.

Families keep HateCheck's numbering. Templates are expanded over HateCheck's seven target groups (women, trans
people, gay people, black people, disabled people, Muslims, immigrants). For the spelling families (F25-F29) every
perturbed form is written out by hand, and the perturbation sits in the group word, in the hateful word or in the
slur, varied across templates. Homonyms (F8) and reclaimed slurs (F9) do not expand over groups: they are
hand-written sentences spread over the slurs that have such uses.

``HATEFUL`` and ``NOT_HATEFUL`` are lists of ``(family, text)``. Not included: F11 (non-hateful profanity) and
F22-F24 (abuse of non-protected targets), which are uncivil without being hate and so do not count towards the
issue's bars.
"""

from __future__ import annotations

# Base forms per target group: plural, singular, indefinite, a common real slur (plural, singular).
_BASE: tuple[dict[str, str], ...] = (
    {"P": "women", "S": "woman", "A": "a woman", "L": "bitches", "Ls": "bitch"},
    {"P": "trans people", "S": "trans person", "A": "a trans person", "L": "trannies", "Ls": "tranny"},
    {"P": "gay people", "S": "gay person", "A": "a gay person", "L": "faggots", "Ls": "faggot"},
    {"P": "black people", "S": "black person", "A": "a black person", "L": "niggers", "Ls": "nigger"},
    {"P": "disabled people", "S": "disabled person", "A": "a disabled person", "L": "retards", "Ls": "retard"},
    {"P": "Muslims", "S": "Muslim", "A": "a Muslim", "L": "ragheads", "Ls": "raghead"},
    {"P": "immigrants", "S": "immigrant", "A": "an immigrant", "L": "wetbacks", "Ls": "wetback"},
)

# Hand-written perturbed forms, in the same group order as _BASE.
_PERTURBED: tuple[dict[str, str], ...] = (
    {
        "P_swap": "wmoen",
        "L_swap": "btiches",
        "P_miss": "wmen",
        "L_miss": "btches",
        "P_join": "women",
        "P_space": "w o m e n",
        "L_space": "b i t c h e s",
        "P_leet": "w0men",
        "L_leet": "b1tch3s",
    },
    {
        "P_swap": "tarns people",
        "L_swap": "trnanies",
        "P_miss": "trans peple",
        "L_miss": "trannes",
        "P_join": "transpeople",
        "P_space": "t r a n s people",
        "L_space": "t r a n n i e s",
        "P_leet": "tr4ns people",
        "L_leet": "tr4nn1es",
    },
    {
        "P_swap": "gya people",
        "L_swap": "fagogts",
        "P_miss": "gy people",
        "L_miss": "faggts",
        "P_join": "gaypeople",
        "P_space": "g a y people",
        "L_space": "f a g g o t s",
        "P_leet": "g4y people",
        "L_leet": "f4gg0ts",
    },
    {
        "P_swap": "balck people",
        "L_swap": "nigegrs",
        "P_miss": "blck people",
        "L_miss": "niggrs",
        "P_join": "blackpeople",
        "P_space": "b l a c k people",
        "L_space": "n i g g e r s",
        "P_leet": "bl4ck people",
        "L_leet": "n1gg3rs",
    },
    {
        "P_swap": "disbaled people",
        "L_swap": "rteards",
        "P_miss": "disabld people",
        "L_miss": "retrds",
        "P_join": "disabledpeople",
        "P_space": "d i s a b l e d people",
        "L_space": "r e t a r d s",
        "P_leet": "d1s4bled people",
        "L_leet": "r3t4rds",
    },
    {
        "P_swap": "Mulsims",
        "L_swap": "rgaheads",
        "P_miss": "Muslms",
        "L_miss": "raghads",
        "P_join": "muslims",
        "P_space": "M u s l i m s",
        "L_space": "r a g h e a d s",
        "P_leet": "Mu$l1ms",
        "L_leet": "r4gh34ds",
    },
    {
        "P_swap": "immigrnats",
        "L_swap": "wetbakcs",
        "P_miss": "immigrnts",
        "L_miss": "wetbcks",
        "P_join": "immigrants",
        "P_space": "i m m i g r a n t s",
        "L_space": "w e t b a c k s",
        "P_leet": "1mm1grants",
        "L_leet": "w3tb4cks",
    },
)

_HATEFUL_TEMPLATES: dict[str, tuple[str, ...]] = {
    "F1_strong_negative_emotion": (
        "I hate {P}.",
        "honestly {Plow} make me sick to my stomach",
        "Nothing in this world disgusts me more than {P}.",
        "I can't stand {P}. Never could, never will.",
        "God, I despise {P} so much it hurts.",
        "Every time I see {A} on the bus I feel nothing but loathing.",
        "i really really detest {Plow} and im done pretending i dont",
    ),
    "F2_dehumanising_description": (
        "{Pcap} are subhuman filth.",
        "{Pcap} are disgusting, every last one of them.",
        "all {Plow} are worthless and stupid",
        "{Acap} is a degenerate by definition, no exceptions.",
        "Let's be honest here: {P} are brainless and repulsive.",
        "{Pcap} are not fully human and never will be.",
        "The average {S} is a filthy, lazy, dishonest creature.",
    ),
    "F3_dehumanising_comparison": (
        "{Pcap} are rats.",
        "{Pcap} are like cockroaches, they breed and spread into everything.",
        "{Pcap} are no better than animals.",
        "{Acap} has about as much brain as a pig.",
        "{Pcap} are a cancer on this country.",
        "{Pcap} are vermin, simple as that.",
        "tbh {Plow} are like a disease, once they're in you can never get rid of them",
    ),
    "F4_implicit_derogation": (
        "{Pcap} belong in a zoo.",
        "Whenever I see {A} I check that my wallet is still there.",
        "{Pcap} should stick to what they're good for, which isn't much.",
        "Funny how every neighbourhood goes downhill the moment {P} move in.",
        "I'd rather my kids didn't grow up anywhere near {P}.",
        "{Pcap} running the country? We'd be back in the stone age within a week.",
        "You can always tell when {A} has been in the room. The smell lingers for hours.",
    ),
    "F5_direct_threat": (
        "I'm going to kill every {S} I see.",
        "If {A} moves in next door I will burn their house down with them inside.",
        "We're going to hunt down {P} one by one. You've been warned.",
        "i swear ill beat the next {S} who talks to me until they stop moving",
        "Any {S} who comes near my street is getting shot. Try me.",
        "I want to slit the throat of every {S} in this town and I will.",
        "Keep it up. I know where you {P} meet and we're coming for you on Friday.",
    ),
    "F6_threat_as_normative": (
        "{Pcap} should all be shot.",
        "all {Plow} deserve to die",
        "Someone needs to put {P} down like the dogs they are.",
        "The world would be a better place if every {S} was wiped out.",
        "{Pcap} ought to be hanged in the town square.",
        "Honestly, we should round up {P} and gas them.",
        "It would be a very good thing if {P} were exterminated.",
    ),
    "F7_slur": (
        "{Lcap} everywhere you look these days.",
        "You are nothing but a {Ls}.",
        "Shut up, {Ls}.",
        "lol look at that {Ls} on the train",
        "Typical {Ls} behaviour, what did you expect.",
        "Great, my new neighbour is a {Ls}.",
        "Why does this site let {L} post here?",
    ),
    "F10_hateful_profanity": (
        "Fuck all {P}.",
        "{Pcap} are fucking shit.",
        "I'm sick to death of these fucking {P}.",
        "what a bunch of useless cunts {Plow} are",
        "Fucking {P}. Every damn time.",
        "{Pcap} can all go fuck themselves.",
        "Every {S} I've ever met has been a worthless piece of shit.",
    ),
    "F12_hate_pronoun_clause": (
        "I've met a lot of {P} and they are all scum.",
        "{Pcap} think they're people, but they're just animals.",
        "You know {P}? I can't stand them.",
        "Whenever I see {P} I wish they were all dead.",
        "I work with two {P} and I'd happily see them both dead.",
        "There were {P} at the party and they made me want to puke.",
        "People keep telling me to respect {P}, but they're worthless to me.",
    ),
    "F13_hate_pronoun_sentence": (
        "{Pcap} keep showing up around here. They are a disease.",
        "Have you ever met any {P}? They're disgusting.",
        "My cousin married {A}. I can't stand those people, they're filth.",
        "There's a group of {P} down the road. Someone should burn them out.",
        "I keep reading about {P} in the news. Honestly, they're all vermin.",
        "New {S} in the office today. I want them gone. Their whole kind is garbage.",
        "So they're letting even more {P} in. Those parasites will ruin everything.",
    ),
    "F14_hate_negated_positive": (
        "{Pcap} are not human.",
        "I have zero respect for {P}.",
        "{Pcap} are never smart. Not once, not ever.",
        "No {S} has ever been worth the air they breathe.",
        "i dont think {Plow} deserve to live",
        "{Pcap} aren't capable of being decent people.",
        "There is nothing of value in {P}, nothing at all.",
    ),
    "F16_hate_question": (
        "Why are {P} so disgusting?",
        "Why do {P} always have to ruin everything they touch?",
        "Is there anything on earth worse than {A}?",
        "What's the point of {P} even existing?",
        "Can someone explain why we haven't gotten rid of {P} yet?",
        "Wouldn't the world be better off without {P}?",
        "how can anyone stand being around {Plow}, they're filthy??",
    ),
    "F17_hate_opinion": (
        "I think {P} are inferior.",
        "In my opinion {P} are a waste of space.",
        "Personally, I believe {P} are less than human.",
        "I honestly feel like {P} are vile.",
        "imo {Plow} are pathetic parasites",
        "My view is simple: {P} are garbage and always will be.",
        "I've come to the conclusion that {P} are a plague on society.",
    ),
    "F25_swapped_characters": (
        "I hate {P_swap}.",
        "{Pcap} are dsigusting.",
        "all {Plow} deserve to dei",
        "{Pcap} are worthelss trash.",
        "look at all these {L_swap} ruining the neighbourhood",
        "{Pcap} are vermni, nothing more.",
        "I want to klil every {S} I meet.",
    ),
    "F26_missing_characters": (
        "I hte {P}.",
        "{P_miss} are disgusting",
        "{Pcap} are vrmin.",
        "all {Plow} shuld be kiled",
        "what a bunch of {L_miss}",
        "{Pcap} are worthles scum.",
        "Deth to {P}.",
    ),
    "F27_missing_word_boundaries": (
        "ihate{P_join}",
        "#{P_join}arevermin",
        "{Pcap} are absolutefilth.",
        "killall{L}",
        "{Pcap} aresubhuman trash.",
        "deathto{P_join} !!!",
        "I wish all {P} would just dropdead.",
    ),
    "F28_added_spaces": (
        "I h a t e {P}.",
        "{P_space} are disgusting.",
        "{Pcap} are s c u m.",
        "look at these {L_space}",
        "k i l l all {Plow}",
        "{Pcap} are v e r m i n and should be treated like it.",
        "I can't stand {P_space}, they make me sick.",
    ),
    "F29_leet_speak": (
        "I h4te {P}.",
        "{P_leet} are disgusting.",
        "{Pcap} are v3rm1n.",
        "k1ll all {Plow}",
        "Typical {L_leet}, always whining about something.",
        "{Pcap} are w0rthl3ss tr4sh.",
        "all {P_leet} should d1e",
    ),
}

_NOT_HATEFUL_TEMPLATES: dict[str, tuple[str, ...]] = {
    "F15_negated_hate": (
        "I'd never say {P} are vermin.",
        "{Pcap} are not disgusting.",
        "I don't hate {P}, I never have.",
        "I would never hurt {A}.",
        "It is simply false that {P} are subhuman.",
        "i dont think {Plow} are worthless at all",
        "{Pcap} are not a plague on this country, whatever the tabloids say.",
    ),
    "F18_neutral_identity": (
        "I had lunch with two {P} from work today.",
        "My sister's roommate is {A}.",
        "How many {P} live in this city?",
        "The article interviewed {P} about the new bus routes.",
        "we were talking about {Plow} in sociology class today",
        "Is {A} allowed to join the club? Asking for the form.",
        "There's a support group for {P} that meets on Thursdays at the library.",
    ),
    "F19_positive_identity": (
        "I love {P}.",
        "{Pcap} are wonderful people.",
        "We need more {P} in leadership positions.",
        "honestly {Plow} are some of the kindest people i know",
        "Proud to stand with {P} today and every day.",
        "My best friend is {A} and the most generous person I know.",
        "{Pcap} deserve exactly the same respect as everyone else.",
    ),
    "F20_counter_speech_quote": (
        "Saying '{Pcap} are vermin' is disgusting and you should be ashamed.",
        'If you post "kill all {P}" you deserve the ban.',
        "'{Pcap} are subhuman'? That is vile. Delete this.",
        'A guy on the train yelled "I hate {P}" and the whole carriage told him to shut up. Good.',
        'Comments like "{P} should be shot" have no place on this site.',
        "I reported the comment that said '{P} are a disease'. Absolutely sickening.",
        '"{Pcap} are animals" - no, mate, you are the problem here.',
    ),
    "F21_counter_speech_reference": (
        "Calling {P} animals is dehumanising and wrong.",
        "You should be ashamed of the hateful things you wrote about {P}.",
        "Threatening {P} like that is never OK.",
        "People who hate {P} are the real problem.",
        "It's disgusting how often {P} get called vermin in these comments.",
        "Wishing death on {P} says everything about you and nothing about them.",
        "i'm sick of seeing {Plow} treated like garbage on this site",
    ),
}

_HOMONYMS: tuple[str, ...] = (
    "Our bitch had six puppies last night, all healthy.",
    "The breeder keeps one stud and one bitch, and the bitch is due again in spring.",
    "Is a two year old bitch too young to show at Crufts?",
    "Popped out for a fag, back in five.",
    "He hasn't had a fag since January, fair play to him.",
    "Faggots and peas with onion gravy, proper Black Country tea.",
    "The supermarket had frozen faggots on offer so I got two packs.",
    "In old English a faggot was simply a bundle of sticks tied together for the fire.",
    "My tranny is slipping between second and third, any mechanics on here?",
    "Rebuilt the tranny on my '98 pickup this weekend, runs like new.",
    "Grandad still listens to the cricket on his old tranny radio.",
    "Adding salt early will retard the yeast, so wait until the second rise.",
    "Retard the ignition timing by two degrees and see if the knocking stops.",
    "The autopilot calls out 'retard, retard' just before touchdown.",
    "Higher rates could retard growth for the rest of the decade.",
    "A coon got into our bins again last night and made a mess of the drive.",
    "My uncle's coonhound treed a coon behind the barn.",
    "Our Maine Coon weighs nine kilos and thinks he's a lapdog.",
    "They reinforced the dyke before the spring floods.",
    "Walking Offa's Dyke this summer, any tips on where to camp?",
    "The strike crippled the rail network for a week.",
    "A cyberattack crippled the hospital's booking system.",
    "The alien in that film looked like a giant squid.",
    "Invasive alien species like Japanese knotweed cost councils millions.",
    "My dad still plays Space Invaders on his old arcade cabinet.",
    "The invaders burned the abbey in 793, according to the guidebook.",
    "Everyone in the village has called my grandfather Hajji since he came back from Mecca.",
    "Grab the spade, we're digging up the potatoes.",
    "The kids dressed up as spooks for Halloween.",
    "The camel jockey in the Abu Dhabi race was a robot with a tiny whip.",
    "I planted pansies along the front path.",
    "Leave a tooth under the pillow and the fairy might come.",
    "The nail is bent, give me another one.",
    "Set a trap by the skirting board, the mouse comes out at night.",
    "We put the slag from the furnace on the old heap behind the works.",
    "I need a new hoe for the vegetable patch, the old one snapped.",
    "Apple tart with custard is the best pudding, fight me.",
)

_RECLAIMED: tuple[str, ...] = (
    "As a queer woman I'm tired of straight people telling me what's offensive.",
    "Dyke March starts at noon, see you all there!",
    "We're here, we're queer, get used to it.",
    "proud dyke, proud daughter, proud nurse. that's my bio now",
    "My wife and I are just two boring old dykes who like gardening.",
    "Me and my fellow fags are going to Pride this weekend, can't wait!",
    "I'm a big old faggot and I've never been happier, honey.",
    "us fags have been throwing the best parties since forever",
    "Happy birthday to my favourite bitch, love you girl!",
    "Us bad bitches don't need a man to put up our shelves.",
    "girls night with my bitches, don't wait up",
    "My nigga just finished his degree, so proud of him.",
    "Me and my niggas been tight since third grade.",
    "As a black man I say nigga with my friends and nobody outside gets a vote.",
    "that's my nigga right there, been there for me through everything",
    "I'm a tranny and honestly I don't mind the word when other trans girls use it.",
    "Us trannies have to look out for each other, nobody else will.",
    "old tranny here, been out since 1994, ask me anything",
    "Crip culture is about refusing to apologise for our bodies.",
    "I'm a crip and I use the word on purpose, it's ours.",
    "Call me a cripple if you like, it's my word and I've made peace with it.",
    "Crip time means my friends and I show up when our bodies let us.",
    "We FOBs stick together: my mum still saves every single plastic bag.",
    "Proud FOB here, my accent stays and so do I.",
    "As a queer Muslim I'm so glad this mosque hosted the iftar.",
    "queer and disabled and not going anywhere",
    "Some of us queers just want a quiet pint, not a parade.",
)


def _forms(base: dict[str, str], perturbed: dict[str, str]) -> dict[str, str]:
    """All template fields for one group: base and hand-perturbed forms plus their capitalised variants."""
    forms = {**base, **perturbed}
    forms["Pcap"] = base["P"][0].upper() + base["P"][1:]
    forms["Plow"] = base["P"].lower()
    forms["Acap"] = base["A"][0].upper() + base["A"][1:]
    forms["Lcap"] = base["L"][0].upper() + base["L"][1:]
    return forms


_GROUPS: tuple[dict[str, str], ...] = tuple(_forms(b, p) for b, p in zip(_BASE, _PERTURBED, strict=True))


def _expand(templates: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Expand each family's templates over the seven target groups."""
    return [
        (family, template.format_map(group))
        for family, family_templates in templates.items()
        for template in family_templates
        for group in _GROUPS
    ]


def _unique(cases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the cases unchanged, or raise ValueError if a text occurs twice (a duplicate would count twice)."""
    texts = [text for _, text in cases]
    repeated = sorted({text for text in texts if texts.count(text) > 1})
    if repeated:
        raise ValueError(f"Duplicate held-out cases: {repeated}")
    return cases


HATEFUL: list[tuple[str, str]] = _unique(_expand(_HATEFUL_TEMPLATES))
NOT_HATEFUL: list[tuple[str, str]] = _unique(
    [("F8_homonym_of_slur", text) for text in _HOMONYMS]
    + [("F9_reclaimed_slur", text) for text in _RECLAIMED]
    + _expand(_NOT_HATEFUL_TEMPLATES)
)
