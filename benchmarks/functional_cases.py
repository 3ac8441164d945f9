"""HateCheck-style functional test cases, written for discourse (license: the project's).

Written from the functionality list of HateCheck (Rottger et al. 2021) by a helper that saw neither the scorer nor
HateCheck's own cases. The rule changes of 2026-11-22 were checked against it and its failures were read, so it
is a development set now, not a held-out one.

Defines:
    HATEFUL      : list of (family, text)  -- should be flagged
    NOT_HATEFUL  : list of (family, text)  -- should NOT be flagged

Families follow the HateCheck functionality numbering (F1..F29).
Templates are expanded over the seven HateCheck target groups.
Contains offensive language (slurs, threats) by design: it is a test set
for a moderation / hate-speech scorer.
"""


def _cap(s):
    return s[:1].upper() + s[1:] if s else s


def _spaced(w):
    return " ".join(w)


# ---------------------------------------------------------------------------
# Target groups
#   head     : the identity word that spelling perturbations are applied to
#   sw/dr/lt : hand-chosen swapped-adjacent / dropped-char / leet variants
# ---------------------------------------------------------------------------
GROUPS = [
    dict(P="women", S="woman", A="a woman", head="women",
         sw="wmoen", dr="wmen", lt="w0men",
         SL="bitch", SLs="bitches", SL2="cunt",
         SL_sw="btich", SL_dr="btch", SL_lt="b1tch"),
    dict(P="trans people", S="trans person", A="a trans person", head="trans",
         sw="tarns", dr="trns", lt="tr4ns",
         SL="tranny", SLs="trannies", SL2="shemale",
         SL_sw="trnany", SL_dr="trany", SL_lt="tr4nny"),
    dict(P="gay people", S="gay person", A="a gay person", head="gay",
         sw="gya", dr="gy", lt="g4y",
         SL="faggot", SLs="faggots", SL2="fag",
         SL_sw="fgagot", SL_dr="fagot", SL_lt="f4gg0t"),
    dict(P="black people", S="black person", A="a black person", head="black",
         sw="balck", dr="blck", lt="bl4ck",
         SL="nigger", SLs="niggers", SL2="coon",
         SL_sw="nigegr", SL_dr="ngger", SL_lt="n1gg3r"),
    dict(P="disabled people", S="disabled person", A="a disabled person", head="disabled",
         sw="disbaled", dr="disabld", lt="d1s4bled",
         SL="retard", SLs="retards", SL2="spastic",
         SL_sw="reatrd", SL_dr="retrd", SL_lt="r3t4rd"),
    dict(P="Muslims", S="Muslim", A="a Muslim", head="Muslims",
         sw="Mulsims", dr="Mslims", lt="Mu5l1ms",
         SL="raghead", SLs="ragheads", SL2="towelhead",
         SL_sw="rgahead", SL_dr="raghed", SL_lt="r4gh34d"),
    dict(P="immigrants", S="immigrant", A="an immigrant", head="immigrants",
         sw="imimgrants", dr="imigrants", lt="1mm1gr4nts",
         SL="wetback", SLs="wetbacks", SL2="beaner",
         SL_sw="wetbakc", SL_dr="wetbak", SL_lt="w3tb4ck"),
]


def _fields(g):
    f = dict(g)
    P, head = g["P"], g["head"]
    f["Pc"] = _cap(P)
    f["Sc"] = _cap(g["S"])
    f["Ac"] = _cap(g["A"])
    for tag, rep in (("sw", g["sw"]), ("dr", g["dr"]), ("lt", g["lt"]),
                     ("sp", _spaced(head))):
        f["P_" + tag] = P.replace(head, rep)
        f["P_" + tag + "c"] = _cap(f["P_" + tag])
    f["P_ns"] = P.replace(" ", "")          # "blackpeople"
    f["P_nsc"] = _cap(f["P_ns"])
    f["SL_sp"] = _spaced(g["SL"])
    f["SLsc"] = _cap(g["SLs"])
    return f


FIELDS = [_fields(g) for g in GROUPS]


def _expand(family, templates):
    out = []
    for t in templates:
        for f in FIELDS:
            out.append((family, t.format(**f)))
    return out


# ===========================================================================
# HATEFUL
# ===========================================================================
H = {}

H["F1_strong_negative_emotion"] = [
    "I hate {P}.",
    "I really can't stand {P}, they make my skin crawl",
    "{Pc} disgust me more than anything else on this planet.",
    "honestly i despise {P} with every fibre of my being",
    "Nothing fills me with rage like {P} do.",
    "I loathe {P}. Always have, always will!",
]

H["F2_dehumanising_description"] = [
    "{Pc} are vermin.",
    "{Pc} are nothing but filthy parasites.",
    "All {P} are subhuman garbage",
    "{Pc} are a disease infecting this country.",
    "A {S} is not a human being, just a worthless creature.",
    "{Pc} are a plague and a cancer on society!!",
]

H["F3_dehumanising_comparison"] = [
    "{Pc} are no better than rats.",
    "{Pc} are like cockroaches, they breed everywhere",
    "{Ac} has about as much intelligence as a pig.",
    "{Pc} behave like wild animals and should be treated like them.",
    "Honestly {P} are just apes in clothes",
    "{Pc} are to this country what lice are to a head of hair.",
]

H["F4_implicit_derogation"] = [
    "{Pc} belong in a zoo.",
    "I'd rather eat glass than sit next to {A} on the bus.",
    "Of course the idiot who crashed into me was {A}. Typical.",
    "{Pc} should know their place and keep their mouths shut.",
    "You can't be {A} and a decent human being at the same time.",
    "Every neighbourhood goes downhill once {P} move in.",
]

H["F5_direct_threat"] = [
    "I'm going to kill every {S} I can find.",
    "I will shoot the next {S} who walks past my house.",
    "Me and my mates are going to beat the shit out of some {P} tonight.",
    "I'm gonna make sure all {P} in this town suffer.",
    "One day I will burn down the homes of {P}. Mark my words.",
    "i swear i'll stab the first {S} i see tomorrow",
]

H["F6_threat_normative"] = [
    "{Pc} should be killed.",
    "All {P} deserve to die.",
    "{Pc} ought to be hanged, every last one of them.",
    "Someone needs to put a bullet in every {S}.",
    "It would be right to lock up {P} and throw away the key.",
    "{Pc} should be wiped off the face of the earth",
]

H["F7_slur"] = [
    "You're nothing but a {SL}.",
    "Shut up, {SL}.",
    "Another {SL} just moved in next door, great.",
    "{SLsc} like you make me sick.",
    "There are way too many {SLs} around here these days",
    "Go cry somewhere else, you pathetic {SL2}.",
]

H["F10_profanity"] = [
    "Fuck all {P}.",
    "{Pc} are fucking disgusting.",
    "I'm so sick of these shitty {P} ruining everything",
    "Shut your fucking mouth, you {S} piece of shit.",
    "{Pc} are a bunch of worthless fucking assholes!",
]

H["F12_pronoun_subsequent_clause"] = [
    "I have met a lot of {P} and I hate every single one of them.",
    "{Pc} think they're special, but they are just worthless scum.",
    "I used to work with {P} until I realised they are all vermin.",
    "You can invite {P} if you want, but they disgust me.",
    "My brother keeps defending {P} even though they are filthy animals.",
]

H["F13_pronoun_subsequent_sentence"] = [
    "{Pc} keep moving into this area. They make me sick.",
    "Don't talk to me about {P}. They are all worthless trash.",
    "I saw a group of {P} in the park today. They should all be locked up.",
    "We had {A} in class this year. Honestly they're all the same: disgusting.",
    "Why do people keep defending {P}? I hate them so much.",
]

H["F14_negated_positive"] = [
    "{Pc} are not worth anything.",
    "I will never respect {P}.",
    "No {S} can ever be trusted.",
    "{Pc} are never intelligent, not even a little.",
    "I don't think {P} deserve to live among decent people.",
    "There is nothing valuable about {P}, nothing at all.",
]

H["F16_question"] = [
    "Why are {P} so disgusting?",
    "Isn't it obvious that {P} are worthless?",
    "Wouldn't the world be better off if all {P} were dead?",
    "Why do {P} always act like animals?",
    "Who else thinks {P} are a plague on this country?",
    "What is it about {P} that makes them so stupid and filthy?",
]

H["F17_opinion"] = [
    "I think {P} are scum.",
    "In my opinion, {P} are completely worthless.",
    "I believe {P} are inferior to the rest of us.",
    "Honestly, I feel like {P} are a disease.",
    "If you ask me, {P} are all pathetic parasites",
    "Personally I reckon {P} should be kicked out of society.",
]

# ---- spelling variations --------------------------------------------------
H["F25_swapped_chars"] = [
    "I haet {P}.",                              # hate
    "{P_swc} are disgusting.",                  # group word
    "I want to klil all {P}.",                  # kill
    "{Pc} are total sucm",                      # scum
    "You are just a {SL_sw} to me.",            # slur
    "All {P_sw} are vermin and should go.",     # group word
]

H["F26_missing_chars"] = [
    "I hte {P}.",                               # hate
    "{P_drc} are disgusting.",                  # group word
    "Kil all {P}!",                             # kill
    "{Pc} are such scm.",                       # scum
    "You are just a {SL_dr} to me.",            # slur
    "{P_drc} are worthless vermn.",             # group word + vermin
]

H["F27_missing_word_boundaries"] = [
    "Ihateall{P_ns}",
    "{P_nsc}aredisgusting.",
    "#killall{P_ns}",
    "All{P_ns}arescum",
    "shutupyou{SL}",
    "{Pc} are thescumoftheearth, every single one.",
]

H["F28_added_spaces"] = [
    "I h a t e {P}.",
    "{P_spc} are disgusting.",
    "K i l l all {P}.",
    "{Pc} are s c u m",
    "You're just a {SL_sp}.",
    "{P_spc} are vermin.",
]

H["F29_leet_speak"] = [
    "I h4te {P}.",
    "{P_ltc} are disgusting.",
    "K1ll all {P}!",
    "{Pc} are 5cum.",
    "You're such a {SL_lt}.",
    "{Pc} are d1sgust1ng v3rm1n",
]

HATEFUL = []
for fam, temps in H.items():
    HATEFUL.extend(_expand(fam, temps))


# ===========================================================================
# NOT HATEFUL
# ===========================================================================
NOT_HATEFUL = []

# F8: non-hateful homonyms of slurs (hand written; no placeholder)
F8 = [
    "Our neighbour's bitch just had a litter of six puppies.",
    "The judge said the bitch was the best-looking retriever at the show.",
    "My gran made faggots and peas for tea, a proper Black Country meal.",
    "Faggots in onion gravy is a classic British pub dish.",
    "He tied a faggot of sticks together and carried it to the fire.",
    "I'm just nipping outside for a fag, back in five minutes.",
    "Can I bum a fag off you? I left mine at home.",
    "The tranny on my old pickup is slipping, it needs a rebuild.",
    "Mechanic says the tranny fluid is low and burnt.",
    "The fabric is treated with a flame retardant.",
    "Cold weather will retard the germination of the seeds.",
    "This drug can retard the growth of the tumour.",
    "You need to retard the ignition timing a couple of degrees.",
    "A coon got into the bins again last night and made a mess.",
    "The Dutch built a dyke to hold back the North Sea.",
    "After the storm the dyke broke and the fields flooded.",
    "The Rio Negro is one of the largest tributaries of the Amazon.",
    "Spastic paraplegia is a group of inherited neurological disorders.",
    "What a queer feeling I had when I walked into that empty house.",
    "I planted pansies and petunias in the window box.",
    "The kids left a tooth under the pillow for the tooth fairy.",
    "Homo sapiens first appeared in Africa about 300,000 years ago.",
    "The Mongol Empire stretched from Korea to Hungary.",
    "The strike threatened to cripple the entire economy.",
    "He was rather niggardly with his tips at the restaurant.",
    "The sudden noise spooked the horses.",
    "She wrapped a rag around her head to keep the sweat out of her eyes.",
]
NOT_HATEFUL.extend(("F8_homonym", t) for t in F8)

# F9: reclaimed slurs (in-group usage, hand written)
F9 = [
    "We're here, we're queer, get used to it!",
    "As a queer woman, pride month is my favourite time of the year.",
    "I'm a dyke and proud of it.",
    "The Dyke March starts at noon, see you all there!",
    "My nigga just got promoted, so proud of him.",
    "wassup my niggas, party at my place tonight",
    "Me and my bitches are hitting the town for my birthday tonight!",
    "Bad bitches only at this brunch, ladies.",
    "As a crip, I'm tired of venues with no ramps.",
    "Crip culture and disability pride mean a lot to me.",
    "Us fags have to stick together.",
    "I'm a big old fag and I wouldn't change it for the world.",
    "Being a tranny in a small town isn't easy, but I'm proud of who I am.",
    "Queer as in fuck you, honey.",
    "I'm a queer, disabled artist and my work is about both.",
    "My queer friends and I went to the drag show last night.",
    "The university just opened a Queer Studies department.",
    "Proud to be a nasty woman, sorry not sorry.",
    "My niggas stayed with me through everything, real friends.",
    "Dykes on Bikes always lead the parade in San Francisco.",
]
NOT_HATEFUL.extend(("F9_reclaimed_slur", t) for t in F9)

NH = {}

NH["F15_negated_hate"] = [
    "I don't hate {P}.",
    "{Pc} are not disgusting at all.",
    "No one should ever threaten {P}.",
    "I would never want to hurt {A}.",
    "{Pc} are not vermin, they're people like anyone else.",
    "I have never thought of {P} as inferior.",
]

NH["F18_neutral_about_group"] = [
    "I live with two {P}.",
    "There are quite a few {P} in my town.",
    "My new coworker is {A}.",
    "How many {P} live in this country?",
    "The survey asked {P} about housing and transport.",
    "{Pc} were at the community meeting on Tuesday.",
]

NH["F19_positive"] = [
    "I love {P}.",
    "{Pc} are wonderful people.",
    "We need more {P} in government.",
    "{Pc} deserve all the respect in the world.",
    "So grateful for the {P} in my life, they're brilliant.",
    "{Pc} make our community stronger and more vibrant!",
]

NH["F20_denounce_quoting"] = [
    "Statements like '{Pc} are scum' are deeply hurtful.",
    "If you say \"I hate {P}\", you're the one who should be ashamed.",
    "Someone wrote 'kill all {P}' on the wall of our school. Disgusting.",
    "You really just posted \"{Pc} should die\"? That's vile.",
    "\"{Pc} are vermin\" is exactly the kind of comment that should be banned here.",
]

NH["F21_denounce_referencing"] = [
    "Saying that you hate {P} shows how misguided you are.",
    "It is wrong to call {P} animals.",
    "Threatening {P} is never okay.",
    "Anyone who calls {P} subhuman needs to take a long look at themselves.",
    "I'm sick of people spreading hatred about {P} online.",
]

for fam, temps in NH.items():
    NOT_HATEFUL.extend(_expand(fam, temps))


def _dedupe(rows):
    seen, out = set(), []
    for r in rows:
        if r[1] not in seen:
            seen.add(r[1])
            out.append(r)
    return out


HATEFUL = _dedupe(HATEFUL)
NOT_HATEFUL = _dedupe(NOT_HATEFUL)

assert len(HATEFUL) >= 300 and len(NOT_HATEFUL) >= 120

if __name__ == "__main__":
    from collections import Counter
    for name, rows in (("HATEFUL", HATEFUL), ("NOT_HATEFUL", NOT_HATEFUL)):
        c = Counter(f for f, _ in rows)
        print(name, len(rows))
        for fam in sorted(c, key=lambda s: int(s[1:].split("_")[0])):
            print("  %-34s %d" % (fam, c[fam]))
