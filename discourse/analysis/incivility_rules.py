"""The incivility cues: lexicons loaded from ``discourse/data/lexicons`` and every pattern and weight, in one place.

A rule is a compiled pattern, the category it signals, its strength (0-1, combined per category as a noisy-OR)
and the guards that can cancel a match (negation, quotation, counter-speech, reclaimed use, homonyms).
Patterns run on lowercased text, except those marked ``cased`` (shouting).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import emoji
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from discourse.analysis.regex_screen import screen

__all__ = ["NAMES_GROUP", "Rule", "build_rules", "emoji_categories", "homonyms", "join_texts", "lexicon", "rule_screen",
           "word_alternation"]

# Leetspeak and masking: what may stand for a letter in a disguised profanity or slur.
LEET: dict[str, str] = {"a": "a@4", "e": "e3", "i": "i1!", "o": "o0", "s": "s$5", "t": "t7", "l": "l1", "g": "g9"}
MASK = r"*#@%$_."
UNLEET = str.maketrans("134570@$", "ieastoas")
# A run of at least one leet character and two or more letters, or one letter in four characters or more ("sh1t",
# "jew5", "musl1ms", "h473"; not "a55", "2019").
# Every word LEET_IN_WORD rewrites has a letter and a leet character with only digits, @ or $ between them.
LEET_HINT_RE2 = r"[a-z][0-9@$]*[013457@$]|[013457@$][0-9@$]*[a-z]"
LEET_IN_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z][\w@$]*[a-z]|[\w@$]{4})(?=[\w@$]*[a-z])(?=[\w@$]*[013457@$])"
                          r"[a-z0-9@$]+(?![\w@$])")
# A word ends where neither a letter, a digit nor a masking character follows.
LEFT, RIGHT = r"(?<![\w*@$])", r"(?![\w*@$])"

NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|none|neither|nor|without|stop|hardly|"
    r"(?:do|does|did|is|are|was|were|wo|would|should|could|ca|must)n'?t|cannot|can not|isnt|arent|dont)\b"
)
# Negation words that deny nothing: comparisons ("no better than rats", "no different from animals") and an order
# to stop being what the insult says ("stop being a coward").
NOT_DENYING = re.compile(r"no (?:better|more|different|less)\b(?: \w+)?\s+(?:than|from)\b|"
                         r"(?:stop|quit) (?:being|acting like|behaving like)\b|"
                         # a negative question proposes what it asks ("shouldn't we just get rid of X?")
                         r"(?:should|would|could|ca|do|does|did|wo|is|are|was|were|has|have)n'?t\s+"
                         r"(?![^.!?\x00\n]*\b(?:not|never|no|nobody)\b)[^.!?\x00\n]{1,100}\?")
# A reporting frame before a cue plus a condemnation anywhere in the text is counter-speech.
REPORTING = re.compile(
    r"\b(?:say|says|saying|said|call|calls|calling|called|claim|claims|claiming|suggest\w*|writ\w+|wrote|"
    r"statements? like|words? like|phrases? like|slurs? like|the word|using|use of|tweet\w*|posts? like|tell|tells|"
    r"telling|told|posting|posted|joking about|jokes? about|wishing|threatening|threats? against)\b"
)
CONDEMNATION = re.compile(
    r"\b(?:vile|disgusting|wrong|unacceptable|not (?:ok|okay|acceptable|right|true|fair|cool)|racist|sexist|"
    r"bigot\w*|hateful|hate speech|offensive|shameful|ashamed|appalling|horrible|awful|terrible|harmful|"
    r"dehumani[sz]\w*|disgrace\w*|stop|never okay|inexcusable|outrageous|sickening|no place|report\w*|misguided|"
    r"hurtful|cruel|despicable|abhorrent|repugnant|bigoted|prejudiced|hatred|intolerant|ignorant|racism|sexism|"
    r"bigotry|\w*phobi\w*|misogyn\w*|ableis\w*|shame on|not funny|no excuse|never (?:acceptable|justified)|"
    r"cowards?|cowardly|sick|how dare|a crime|illegal|against the law|criminal offen[cs]e)\b"
)
# The categories whose cues, in counter-speech, are the condemnation itself ("vile", "shame on you").
CONDEMNING_CATEGORIES = ("aspersion", "dismissive", "condescending")
# The categories of hate speech, whose reported or condemned use makes a text counter-speech.
HATE_CATEGORIES = ("identity_attack", "hostility")
# A clause about someone else acting on the group: "people who threaten Muslims ...", "anyone who calls women ...",
# "anyone that wants to hurt women ...".
RELATIVE_CLAUSE = re.compile(r"(?:\b(?:people|anyone|anybody|those|someone|somebody|everyone|everybody|"
                             r"(?<!only )one|ones|person|you|persons|guy|guys|folks|others|men|women)\s+(?:who|that)|"
                             r"\bwhoever)\s+(?:\w+\s+){0,3}$")
# A question that asks who would act on the group, which denies that anyone should: "who would ever want to hurt X?"
WHO_WOULD = re.compile(r"\bwho\s+(?:would|could|'d)\s+(?:ever\s+|even\s+)?(?:(?:want|wish|try|dare)\s+to\s+)?$")
# A denied report that opens the cue's clause: "nobody should say (that) ...", "I'd never claim ...".
REPORTED_CLAUSE = re.compile(r"\b(?:say|says|saying|said|claim|claims|claimed|claiming|suggest\w*|think|thought|"
                             r"believe|believed|pretend|true|the case)\s+(?:that\s+)?$")
# The group as the object inside a longer subject: "hatred of immigrants is ...", "posts attacking Muslims are ...";
# not a partitive "of" ("most of the immigrants are ..."), whose group is the subject.
PARTITIVE = ("all", "most", "many", "some", "none", "few", "each", "any", "one", "lot", "lots", "majority", "rest",
             "half", "bunch", "every one", "both", "several", "plenty", "number")
# A verb of mistreatment right before the group makes it that verb's object too ("the way he smeared refugees was
# appalling"); verbs that take a clause ("think", "say") do not, and stay out.
MISTREATING = (r"(?:(?:attack|insult|mock|harass|smear|target|threaten|slander|demean|scapegoat)(?:s|es|ed|ing)?|"
               r"hurt(?:s|ing)?|harm(?:s|ed|ing)?|bull(?:y|ies|ied|ying)|abus(?:e|es|ed|ing)|"
               r"(?:demoni[sz]|dehumani[sz]|belittl|degrad|stereotyp|blam)(?:e|es|ed|ing)|vilif(?:y|ies|ied|ying))")
OBJECT_OF = re.compile(r"\b(?:(?:of" + "".join(rf"(?<!\b{w} of)" for w in PARTITIVE)
                       + "|about" + "".join(rf"(?<!\b{w} about)" for w in PARTITIVE)
                       + rf"|against|toward|towards|on)\s+(?:(?:the|all|these|those|other)\s+)?|"
                       rf"(?:about(?<!\ball about)|against|toward|towards|{MISTREATING})\s+"
                       r"(?:(?:the|all|these|those|other)\s+)?"
                       r"(?:(?!(?:a|an)\s)[\w-]+\s+)?)$")
# A reported claim denied in the next sentence: "Some say X ruin everything. That is nonsense."
DENIED_NEXT = re.compile(r"[^.!?\x00\n]{0,40}[.!?]+\s*(?:that|this|which|it)(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?"
                         r"(?:nonsense|untrue|false|a myth|a lie|rubbish|garbage|bs|bullshit|wrong|not true)\b")
# A claim named false or a stereotype as it opens: "it's a myth that X ...", "the stereotype that X ...",
# "debunking the idea that X ...". The claim is reported to deny it.
DENIED_CLAIM = re.compile(
    r"\b(?:(?:it'?s|it is|it was|that'?s|that is|this is)\s+(?:\w+\s+)?(?:a\s+)?(?:myth|lie|falsehood|false|untrue|"
    r"not true|nonsense|racist|sexist|bigoted|ignorant|offensive)|the\s+(?:\w+\s+)?(?:myths?|stereotypes?|tropes?|"
    r"lies?|falsehoods?|canards?|misconceptions?|prejudices?|smears?)|(?:debunk\w*|dispel\w*|disprov\w*|refut\w*|"
    r"reject\w*|challeng\w*|counter\w*|fight\w*|no evidence|no proof|no truth)\s+(?:the\s+|to\s+the\s+|in\s+the\s+)?"
    r"(?:\w+\s+)?(?:idea|notion|claims?|myths?|stereotypes?|assumptions?|beliefs?|tropes?)?)\s+that\s+(?:\w+\s+){0,2}$")
# A third person as the subject of a verb of hatred: "people hate Muslims" reports someone else's hatred.
THIRD_PERSON = re.compile(r"\b(?:people|some people|many people|others|they|he|she|someone|somebody|bigots|racists|"
                          r"trolls|haters|folks)\s+(?:\w+\s+)?$")
# Hatred named as an activity that opens a clause and has its own verb: "Hating immigrants makes you an idiot".
GERUND_HATE = re.compile(r"(?:hating|despising|loathing|detesting|abhorring)\b")
GERUND_PREDICATE = re.compile(r"\s+(?:is|was|makes?|made|does|doesn'?t|won'?t|will|says?|shows?|proves?|isn'?t)\b")
# A predicate denied by what follows it: "women are a threat to nobody", "a danger to no one".
DENIED_AFTER = re.compile(r"\s+(?:to|for)\s+(?:nobody|no one|no-one|noone|none)\b")
# The addressee's belief as a condition: "if you think X are a disease, ..." reports a view, it asserts none.
IF_REPORTED = re.compile(r"\bif (?:you|they|anyone|someone|people) (?:really |honestly |still )?"
                         r"(?:think|thinks|believe|believes|feel|feels|say|says|claim|claims)(?: that)?\s+$")
# The addressee's own words reported back: "when you said X are ...", "you call X ..."; not "as you said" (agreeing).
YOU_REPORTED = re.compile(r"\b(?:you|u)(?<!\bas you)(?<!\bas u)(?<!\blike you)(?<!\blike u)\s+(?:\w+\s+)?"
                          r"(?:say|says|said|call|called|calling|claim|claimed|claiming|write|wrote|post|posted|"
                          r"tweet|tweeted|keep saying|kept saying)\s+(?:that\s+)?(?:[\w'-]+\s+){0,4}$")
# First-person self-reference before a slur: reclaimed, not an attack.
RECLAIMED = re.compile(r"\b(?:i'?m|i am|we'?re|we are|as an?|us|proud(?:ly)?|myself|ourselves|fellow|call each other|"
                       r"call one another|call my|we (?:can |get to |still )?(?:say|use))\b[^.!?]{0,25}$|"
                       r"\b(?:my|me and my|all my|we|me and (?:the )?other|the rest of us)\s+$")
# A slur that names the speaker at the head of a sentence: "Homo here, ...", "Old-school tranny here", "Tranny and
# proud". The words before it (at most two) qualify the speaker, so none may count or curse a group.
SELF_NAMED = re.compile(r"\s+(?:here|and proud(?: of it)?)\s*(?:[,.!?:;\n\x00-]|$)")
SELF_OPENING = re.compile(r"\W*(?:(?!(?:too|so|many|all|these|those|the|more|fucking|filthy|dirty|stupid|damn|no)\b)"
                          r"[\w'-]+\s+){0,2}")
# A single-quoted span may hold apostrophes inside words ('I'd rather die than ...').
QUOTED = re.compile(r"[\"“«]([^\"“”«»\n]{1,300})[\"”»]|"
                    r"(?<![\w])['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,200})['’](?![\w])")
# A quotation of three words or more: a sentence quoted, not a term in scare quotes.
QUOTED_SENTENCE = re.compile(r".\W*(?:[\w'-]+\W+){2,}[\w'-]")
SENTENCE_END = re.compile(r"[.!?\n]")

# Shouting, on the original case.
# The lookbehind follows the first capital (same matches) so the regex engine can skip to capitals.
CAPS_WORD = re.compile(r"[A-Z](?<![\w'][A-Z])[A-Z']*[A-Z](?![\w'])")
WORD = re.compile(r"[^\W\d_]{2,}")
EXCLAIM = re.compile(r"!{3,}|[!?]{4,}|!!+\?|\?!!+")
ROMAN = re.compile(r"[IVXLCDM]+")
ELLIPSIS = re.compile(r"\.{3,}|…")
SHOUT_MIN_WORDS, SHOUT_SHARE = 4, 0.6  # a text of 4+ words, 60% of them in capitals, is shouted
SHOUTED_TEXT_WEIGHT, SHOUTED_WORD_WEIGHT = 0.8, 0.4
EMOJI_WEIGHT = 0.6

# Second person, and fillers allowed between it and an insult ("you're such a complete idiot").
YOU = r"(?:you|u|ya|ye|your|youre|you'?re|you are|you r|ur)"
FILLER = (r"(?:(?:such|an?|the|so|total|complete|utter|absolute|real|fucking|bloody|damn|little|big|pathetic|"
          r"stupid|ignorant|old|just|nothing but|truly|really|worst|biggest|lowest|dirtiest|filthiest|all)\s+)")
BE = r"(?:is|are|was|were|'s|'re|r)"
QUANT = r"(?:all|every|most|these|those|typical|such|you)"
# Verbs that report or judge rather than qualify the group after a quantifier ("you call Muslims ...").
REPORTING_VERB = (r"(?:say|says|said|call|calls|called|think|thinks|thought|claim|claims|claimed|believe|believes|"
                  r"consider|considers|considered|label|labels|labell?ed|brand|brands|branded|treat|treats|treated)")
# Meta-features of the calibration (RE2 patterns, counted per text by pyarrow): how much a comment addresses
# someone directly, how much negative evaluation it carries, how loudly it ends its sentences.
SECOND_PERSON_RE2 = r"\b(?:you|your|yours|yourself|yourselves|ya|u|ur|youre)\b"
EXCLAMATION_RE2 = r"!"
WORD_RE2 = r"\w+"  # a word, for the length of a comment: a run of letters, digits or underscores
# The tone features are shares of the comment, as in LIWC: min(count / words * FEATURE_RATE, 1), so one "you" in a
# five-word retort weighs more than one in a 100-word argument, and a share of one word in ten saturates. The
# generalisation features (a group term, a quantifier) mark parts of a claim, so they stay counts: min(count,
# FEATURE_CAP) / FEATURE_CAP, the third occurrence adding the last of their weight.
FEATURE_RATE = 10
FEATURE_CAP = 3


@dataclass(frozen=True)
class Rule:
    """One cue: a pattern, its category and strength, and the guards that can cancel it."""

    id: str
    category: str
    weight: float
    pattern: re.Pattern[str]
    negatable: bool = True
    quotable: bool = True
    reclaimable: bool = False
    cased: bool = False
    needs_group: bool = False  # every match contains a group term (lets the engine skip texts without one)
    negation_inside: bool = True  # False when the pattern itself holds a negation ("cannot be trusted")
    negation_before: bool = True  # False when the cue is a later clause than the match's start (a pronoun's)
    verb_first: bool = False  # the match may open with its verb, whose subject then stands before it
    # A looser pattern that every match contains, to screen texts by instead of the pattern itself (whose RE2 form
    # can outgrow the DFA memory): checked against the rule's matches by the tests.
    screen: str = ""


SWAP_MIN = 5  # shortest word whose swapped-letter forms are matched
PLURAL_NOUNS = ("people", "women", "men", "folk", "folks", "children", "nations", "gypsies")
SEPARATOR = "\x00"  # joins a batch of texts; no pattern matches across it


def join_texts(texts: Sequence[str]) -> tuple[str, str, np.ndarray]:
    """A batch as one string, its lowercase of the same length (so offsets carry over) and each text's start."""
    joined = SEPARATOR.join(texts)
    lower = joined.lower()
    if len(lower) != len(joined):  # a few characters (e.g. "İ") lowercase to two
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in joined)
    lower = lower.replace("’", "'").replace("‘", "'")
    # Leetspeak inside words ("musl1ms", "jew5", "sh1t") is read as the letters it stands for, keeping offsets.
    # Python's regex would try every position of the batch; RE2 first picks the few texts with a letter next to
    # a leet character, and only those are rewritten.
    pieces = lower.split(SEPARATOR)
    for i in np.flatnonzero(np.asarray(pc.match_substring_regex(pa.array(pieces), LEET_HINT_RE2)
                                       .to_numpy(zero_copy_only=False), dtype=bool)):
        pieces[i] = LEET_IN_WORD.sub(_unleet, pieces[i])
    lower = SEPARATOR.join(pieces)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    return joined, lower, starts


def _unleet(match: re.Match[str]) -> str:
    return match.group(0).translate(UNLEET)


def _lines(name: str) -> list[str]:
    text = resources.files("discourse").joinpath("data", "lexicons", name).read_text(encoding="utf-8")
    return [line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else "" for line in text.splitlines()]


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt`` (comments and blanks dropped)."""
    return tuple(line.strip() for line in _lines(f"{name}.txt") if line.strip())


def is_slur(word: str) -> bool:
    """Whether a word is one of ``slurs.txt`` (a plural, or any ending where the entry ends in ``*``)."""
    plain, stems = _slur_forms()
    return word in plain or word.startswith(stems)


@lru_cache(maxsize=1)
def _slur_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = [w for w in lexicon("slurs") if " " not in w]
    plain = {w for w in entries if not w.endswith("*")}
    return frozenset(plain | {plural(w) for w in plain}), tuple(w[:-1] for w in entries if w.endswith("*"))


# "as if they ...": what follows is supposed, not said of the group (the pronoun reader uses the same opening).
AS_IF = r"\bas (?:if|though)\s+"
AS_IF_THEY = re.compile(AS_IF + r"(?:they|them)\b")
# A masking character inside a word ("c***", "n*****s"): the hidden letters may spell any word of that shape.
MASKED = re.compile(r"[a-z][*#%_]")


def masked_slur(token: str) -> bool:
    """Whether every taboo word (profanity, slur or pejorative spelling) that fits a masked token is a slur: a mask
    hides a word one would not print, so "n*****" is a slur, "c***" may be a profanity and "t***" either."""
    token = token.rstrip(".").translate(UNLEET)  # a full stop after the word ends the sentence; leet is read
    fits = [w for w in _taboo_forms().get((len(token), token[0]), ())
            if all(c == t or c in MASK for c, t in zip(token, w, strict=True))]
    return bool(fits) and all(is_slur(w) for w in fits)


@lru_cache(maxsize=1)
def _taboo_forms() -> dict[tuple[int, str], list[str]]:
    words = {w.rstrip("*") for name in ("profanity", "slurs", "pejorative_spellings") for w in lexicon(name)
             if " " not in w and w.rstrip("*").isalpha()}
    index: dict[tuple[int, str], list[str]] = {}
    for word in sorted(words | {plural(w) for w in words}):
        index.setdefault((len(word), word[0]), []).append(word)
    return index


@lru_cache(maxsize=None)
def homonyms() -> dict[str, re.Pattern[str]]:
    """Term -> pattern of the context words that make its innocent sense likely."""
    out: dict[str, re.Pattern[str]] = {}
    for line in lexicon("homonyms"):
        term, _, context = line.partition("|")
        words = [re.escape(w.strip()) for w in context.split(",") if w.strip()]
        out[term.strip()] = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    return out


@lru_cache(maxsize=None)
def emoji_categories() -> dict[str, str]:
    """Emoji name (``:clown_face:``) -> the category it signals."""
    pairs = (line.split("|") for line in lexicon("emoji"))
    return {name.strip(): category.strip() for name, category in pairs}


# Quantifiers and absolutes of a sweeping claim (the "quantifier" of quantifier + group + predicate).
QUANTIFIER_RE2 = r"\b(?:all|every|everyone|always|never|nobody|none|most|typical|anyone who|whole lot)\b"


@lru_cache(maxsize=None)
def group_reference_re2(names: tuple[str, ...]) -> str:
    """RE2 pattern of the group terms of some lexicons, singular or plural (``*`` = any ending)."""
    words = [w for name in names for w in lexicon(name)]
    exact = {w for w in words if not w.endswith("*")}
    forms = exact | {plural(w) for w in exact if not w.endswith("s")}
    open_ended = [re.escape(w[:-1]) + r"\w*" for w in sorted(words) if w.endswith("*")]
    alts = [re.escape(w) for w in sorted(forms)] + open_ended
    return r"\b(?:" + "|".join(alts) + r")\b"


@lru_cache(maxsize=1)
def negative_evaluation_re2() -> str:
    """RE2 pattern of the negative-evaluation lexicon's words (ASCII word boundaries)."""
    return r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(lexicon("negative_evaluation")))) + r")\b"


def idle_negative_evaluation_re2() -> str:
    """RE2 pattern of a negative-evaluation word that evaluates nothing: right after a negation ("not disgusting",
    "nothing wrong with", "isn't so bad") or "sick" meaning fed up ("sick of", "sick and tired")."""
    negation = r"(?:\b(?:not|never|no|nothing|hardly|isnt|arent|wasnt|dont)|n't)"
    degree = r"(?:(?:so|very|that|too|at all|really|remotely|particularly|even|the least bit)\s+)?"
    return rf"{negation}\s+{degree}{negative_evaluation_re2()}|\bsick(?:\s+and\s+tired)?\s+of\b"


def trie_regex(words: list[str]) -> str:
    """One alternation with shared prefixes factored out, so the regex engine never retries a common start."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


def _disguised(word: str) -> str:
    """A word with leetspeak and masking characters allowed after its first letter."""
    parts = [re.escape(word[0])]
    for char in word[1:]:
        alts = LEET.get(char, char)
        parts.append("[" + re.escape(alts + MASK) + "]" if char.isalpha() else re.escape(char))
    return "".join(parts)


def swapped(phrase: str, shortest: int = 0) -> set[str]:
    """A phrase with two adjacent letters of one word swapped after the word's first ("idoit", "balck people").

    Only words of ``shortest`` letters or more (default :data:`SWAP_MIN`) are varied, so that no variant is a
    common short word.
    """
    words = phrase.split(" ")
    out = set()
    for k, word in enumerate(words):
        if len(word) < (shortest or SWAP_MIN):
            continue
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha():
                varied = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                out.add(" ".join(words[:k] + [varied] + words[k + 1:]))
    return out


def dropped(phrase: str, consonants: bool = False) -> set[str]:
    """A phrase with one inner vowel of one word left out ("mslims", "blck people"); words of five letters or more.

    Only vowels and one of a doubled letter are dropped ("imigrants"), never a word's first or last letter, so
    that "black" never becomes "back"; with ``consonants``, any inner letter ("musims", "blak"), for callers that
    check the forms against a dictionary.
    """
    words = phrase.split(" ")
    return {" ".join(words[:k] + [word[:i] + word[i + 1:]] + words[k + 1:])
            for k, word in enumerate(words) if len(word) >= SWAP_MIN
            for i in range(1, len(word) - 1) if consonants or (word[i] in "aeiou" and word[i - 1] != word[i])
            or word[i] == word[i + 1]}


def disguised_words(words: Sequence[str]) -> str:
    """An alternation of a few words and their typo and dodge forms: swapped or dropped letters, spaced out."""
    forms = set(words)
    for word in words:
        forms |= swapped(word, shortest=3)
        forms |= dropped(word) if len(word) >= SWAP_MIN else {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)
                                                                if word[i] in "aeiou" or word[i] == word[i + 1]}
    spaced = [_spaced(w) for w in words]
    return "(?:" + "|".join([trie_regex(sorted(forms))] + spaced) + ")"


def negated(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a negation word occurs in ``text[start:end]`` that is not part of a comparison ("no better than")."""
    end = len(text) if end is None else end
    return any(not NOT_DENYING.match(text, m.start()) for m in NEGATION.finditer(text, start, end))


def _spaced(word: str) -> str:
    """A word with its letters spaced out ("f u c k", "s.h.i.t")."""
    return r"[ .\-]".join(re.escape(c) for c in word)


def plural(word: str) -> str:
    """The regular English plural of a word or of the last word of a phrase."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


WORD_LEXICONS = ("insults", "insult_adjectives", "profanity", "slurs", "pejorative_spellings", "identity", "groups",
                 "dehumanising", "stereotypes", "intensified_traits", "frame_words", "negative_evaluation",
                 "dismissive_words", "acronyms",
                 "english_function_words", "other_function_words")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word of the word lexicons and its plural: no typo form may be one of them."""
    words = {w.rstrip("*") for name in WORD_LEXICONS for w in lexicon(name)}
    return frozenset(words | {plural(w) for w in words})


def word_alternation(names: tuple[str, ...], disguise: bool = False, forms: str = "both",
                     swap: bool = True) -> str:
    """A bounded alternation of the words of some lexicons (``*`` = any ending).

    ``forms`` is "both" (each word and its plural), "singular" (as listed) or "plural" (plurals, and listed
    words already ending in s). ``disguise`` adds masked, spaced-out and (with ``swap``) swapped-letter forms, and
    phrases written as one word. No variant that is a word of any lexicon is added.
    """
    words = [w for name in names for w in lexicon(name)]
    open_ended = sorted({w[:-1] for w in words if w.endswith("*")})
    listed = {w for w in words if not w.endswith("*")}
    plurals = {plural(w) for w in listed if not w.endswith("s")} | {w for w in listed if w.endswith("s")}
    # plural in sense: "the left", "the media", "black people", "first nations"
    collective = {w for w in listed if w.startswith("the ") or w.split(" ")[-1] in PLURAL_NOUNS}
    exact = sorted({"both": listed | plurals, "singular": listed, "plural": plurals | collective}[forms])
    alts = [f"{trie_regex(exact)}{RIGHT}"] if exact else []
    if open_ended:
        alts.append(f"{trie_regex(open_ended)}\\w*{RIGHT}")
    if disguise:
        variants = {v for w in words for v in swapped(w.rstrip("*"))} if swap else set()
        variants |= {w.replace(" ", "") for w in listed if " " in w and not w.startswith("the ")}
        typos = sorted(variants - listed - plurals - set(open_ended) - known_words())
        if typos:
            alts.append(f"{trie_regex(typos)}s?{RIGHT}")
        masked = sorted({_disguised(w.rstrip("*")) for w in words if len(w.rstrip("*")) >= 3 and " " not in w})
        alts.append("(?=[a-z][\\w*@$#%!.]*[*@$#%0-9])(?:" + "|".join(masked) + f")\\w*{RIGHT}")
        # spaced out letter by letter, a phrase as one run ("g a y p e o p l e")
        spaced = sorted({_spaced(w.rstrip("*").replace(" ", "")) for w in words
                         if len(w.rstrip("*").replace(" ", "")) >= 4 and not w.startswith("the ")})
        alts.append("(?:" + "|".join(spaced) + f")(?:[ .\\-]?s)?{RIGHT}")
    return LEFT + "(?:" + "|".join(alts) + ")"


def _phrases(name: str) -> list[tuple[str, float]]:
    """Phrase fragments of a lexicon with their optional ``@weight`` suffix."""
    out = []
    for line in lexicon(name):
        fragment, _, weight = line.partition("  @")
        out.append((fragment.strip(), float(weight) if weight else 0.0))
    return out


def _phrase_rules(name: str, category: str, weight: float, **guards: Any) -> list[Rule]:
    """Rules from a phrase lexicon: one alternation per weight; ``{group}`` stands for any group term."""
    by_weight: dict[float, list[str]] = {}
    for fragment, own in _phrases(name):
        by_weight.setdefault(own or weight, []).append(fragment.replace("{group}", GROUP))
    rules = []
    for w, fragments in sorted(by_weight.items(), reverse=True):
        suffix = "" if w == weight else "_weak"
        pattern = re.compile(r"(?<![\w/])(?:" + "|".join(fragments) + r")(?![\w])")
        rules.append(Rule(f"{name}{suffix}", category, w, pattern, **guards))
    return rules


# Identity, group and insult terms are matched as written: their disguised forms inside the many group rules made
# the RE2 screens ten times slower (measured: 23,000 -> 2,800 comments/s). Slurs, profanity and the verbs of
# hatred and killing are matched disguised.
# An identity adjective may take a person noun the lexicon does not list with it ("black folks", "a gay guy").
PERSON_NOUN = (r"(?:\s+(?:people|ppl|folks?|guys?|lads|blokes|dudes|persons|kids|boys|girls|couples?|drivers|bosses|"
               r"doctors|teachers|leaders|politicians|neighbou?rs|coworkers|colleagues|employees|workers|students|"
               r"athletes|"
               r"players|voters))?")
IDENTITY = word_alternation(("identity", "pejorative_spellings")) + PERSON_NOUN
GROUP = word_alternation(("identity", "groups", "pejorative_spellings")) + PERSON_NOUN
# Verbs of hatred, also with a letter swapped or missing or spaced out ("haet", "hte", "h a t e").
# "h8" is the number-for-syllable spelling of "hate" (as "gr8", "l8r"), beyond the letter-for-letter leetspeak.
HATE = "(?:" + disguised_words(("hate", "hating", "despise", "loathe", "detest", "abhor")) + r"|\bh8(?:ing)?\b)"
INSULT = word_alternation(("insults",))
# The group as a whole: plurals, and phrases ending in a plural noun ("black people", "women").
IDENTITY_MANY = word_alternation(("identity", "pejorative_spellings"), forms="plural")
# Adjectives that insult whatever they modify ("filthy immigrants", "fucking women").
PEJORATIVE_ADJ = (r"(?:filthy|dirty|disgusting|vile|stinking|smelly|worthless|useless|lazy|stupid|dumb|inferior|"
                  r"subhuman|savage|barbaric|primitive|degenerate|fucking|fuckin|effing|shitty|goddamn|goddamned|"
                  r"damned|bloody|scummy|retarded|mongrel|parasitic|verminous|lying|thieving|freeloading|scrounging|"
                  r"sponging|leeching)")
INSULT_ADJ = word_alternation(("insult_adjectives",), forms="singular")
# One member of a group named as a person ("you stupid woman", "that filthy immigrant"): the identity terms that
# are nouns in the singular. "man", colour words and adjectives of nationality ("a dirty white shirt", "stupid
# Mexican border wall") are left out, and the phrase must end there (punctuation or a function word follows).
IDENTITY_PERSON = (r"(?:muslim|moslem|jew|christian|catholic|hindu|sikh|arab|immigrant|migrant|refugee|asylum seeker|"
                   r"foreigner|woman|girl|lesbian|homosexual|tranny|gay person|trans person|transgender person|"
                   r"(?:gay|trans|black|white|muslim|disabled) (?:man|woman)|white person|"
                   r"disabled person|black person|gypsy|gipsy|paki|negro|wetback|kike|dyke|fag|faggot|spic|chink|"
                   r"towelhead|raghead)")
PHRASE_END = r"(?=\s*(?:[.,!?;:)\x00\n]|$)|\s+(?:who|that|like|you|and|or|is|was|are|were|should|will|can|from)\b)"
GROUPS_PLURAL = word_alternation(("identity", "groups", "pejorative_spellings"), forms="plural")
NEG_EVAL = word_alternation(("negative_evaluation",), forms="singular")
DISMISSIVE_WORD = word_alternation(("dismissive_words",), forms="singular")
SCARE_QUOTES = r"(?<![\w'\"])['\"“]([a-z][\w-]+(?: [\w-]+)?)['\"”](?![\w])"
DEHUMAN = word_alternation(("dehumanising",))
TARGETED = f"(?:{INSULT}|{INSULT_ADJ}|{DEHUMAN})"
# Profanity as a noun of worth ("X are shit", "a load of crap").
PROFANE_NOUN = r"(?:(?:pieces? of |bags of |sacks? of )?(?:shit|shite|crap|turds?|dogshit|bullshit)\b)"
# Traits that disparage only intensified ("so emotional", "way too loud") or as the whole predicate ("X are weak.",
# "X are bitter by nature").
DEGREE = (r"(?:so+|too|way too|far too|such|very|really|overly|extremely|incredibly|ridiculously|insanely|"
          r"unbearably|annoyingly|hopelessly|pathetically|naturally|inherently|always|just|all)")
INTENSIFIED_TRAIT = word_alternation(("intensified_traits",), forms="singular")
MILD_TRAIT = (rf"(?:{DEGREE}\s+(?:(?:so|too|very|really|fucking|damn|bloody)\s+)?{INTENSIFIED_TRAIT}|"
              rf"{INTENSIFIED_TRAIT}(?=\s*(?:[.!?,;\x00\n]|$)|\s+(?:by nature|to the core|through and through)\b))")
NEGATIVE = "(?:" + "|".join([word_alternation(("stereotypes", "insult_adjectives")), INSULT, DEHUMAN,
                             PROFANE_NOUN, MILD_TRAIT]) + ")"
HARM = (r"(?:" + disguised_words(("kill", "shoot", "murder")) + r"|hang|gas|deport|exterminate|ban|get rid of|"
        r"wipe out|round up|eradicate|expel|throw out|"
        r"lock up|nuke|bomb)")
# Violence a speaker announces or calls for ("I will hurt every ...", "we should slaughter ..."): verbs that also
# report news ("attack", "rape") count only after a first-person, intent or modal frame.
THREAT_FRAME = (r"\b(?:i|we|i'?ll|we'?ll|i'?m|we'?re|i'?d|we'?d|gonna|going to|want to|wanna|will|would|should|"
                r"must|let'?s|needs? to|ought to|(?:'d|would) love to|can'?t wait to|am going to|time to|"
                r"it'?s time we)")
# A word between a group's verb and its predicate; never a second verb, which starts another clause ("saying X
# are rats is disgusting": "disgusting" judges the saying).
GAP_WORD = r"(?:(?!(?:is|are|was|were|be)\b)\w[\w-]*\s+)"
# Up to two words between the frame and the verb, none of them a negation ("I would never hurt a ...").
FRAME_GAP = r"(?:(?!(?:never|not|no|nobody)\b)\w+\s+){0,2}"
THREAT_VERB = (r"(?:kill|murder|slaughter|shoot|stab|hang|lynch|gas|burn|torture|rape|hurt|harm|beat(?: up)?|attack|"
               r"slap|kick|smack|strangle|choke|drown|throttle|spit on|slit|"
               r"punch|execute|hunt(?: down)?|exterminate|eradicate|eliminate|wipe out|get rid of|castrate|stone|"
               r"run over|bash|put (?:a bullet|bullets) (?:in|into|through)|"
               r"beat (?:the (?:shit|crap|hell|living daylights)|the \w+) out of)")
HARMED = (r"(?:(?:\w+ly|all|just|simply)\s+)?(?:die|drown|drowned|sunk|starve|rot|shot|killed|hanged|gassed|"
          r"exterminated|deported|banned|removed|expelled|locked up|put down|"
          r"sterili[sz]ed|raped|beaten|tortured|burned|burnt|lynched|not be allowed|never be allowed|murdered|"
          r"(?:stripped of|denied) (?:their |all |any |basic )?(?:rights|citizenship|the vote|voting rights|benefits)|"
          r"slaughtered|stabbed|eradicated|eliminated|wiped out|executed|hunted(?: down)?|stoned|castrated|"
          r"(?:put|sent|locked up|thrown) (?:in|into) (?:camps|cages|gas chambers|ovens)|"
          r"controlled|culled|neutered|caged|segregated|quarantined|disappear|vanish|be gone|"
          r"(?:kicked|thrown|driven|forced|chased|run|booted) out(?: of (?:\w+ )?(?:society|the country|here|town|"
          r"our \w+|this \w+))?|sent back|sent packing|shipped (?:off|out|back|away)|rounded up|"
          r"banished|wiped off (?:the face of )?(?:the )?(?:earth|planet|map)|"
          r"run out of (?:town|the country|here)|thrown (?:off|from) (?:a|the) (?:bridge|cliff|roof|building|boat|"
          r"plane)|"
          r"put out of (?:their|its) misery|euthani[sz]ed|put to sleep|purged|bulldozed|"
          r"run out of (?:it|here|town|the country|(?:this|our|the|every) \w+)|"
          r"thrown (?:off|from) (?:rooftops|roofs|buildings|bridges|cliffs)|"
          r"forced (?:to wear|into) (?:\w+ ){0,2}?(?:badges?|stars?|armbands?|camps?|ghettos?)|"
          r"(?:stripped of|denied) (?:the right to (?:vote|work|marry|exist))|"
          r"(?:the right to vote|the vote|their rights|all (?:their|of their) rights) taken (?:away|off)|"
          r"hit by a (?:bus|car|truck|lorry|train)|"
          r"forced (?:into (?:\w+ ){0,2}?(?:institutions?|camps?|ghettos?|hiding|labou?r|marriages?|therapy|the closet|"
          r"homes?|asylums?)|to (?:stay (?:at )?home|stay indoors|detransition|convert|obey|submit|undergo|wear|hide|"
          r"leave))|barred from (?:the country|entering|public|\w+ing)|sent (?:for|to) conversion therapy|"
          r"(?:held|kept|put|locked up|locked|thrown) in (?:\w+ )?(?:camps|prisons?|cages|institutions|asylums)|"
          r"interned|"
          r"fenced (?:off|in)|"
          r"left to (?:rot|die|starve|drown|freeze|suffer)|stripped of (?:everything|all they (?:own|have)|"
          r"their (?:\w+ )?(?:rights|citizenship|homes|property|passports))|(?:tossed|thrown|shipped|sent) "
          r"(?:straight |right )?back|jailed|imprisoned|locked away|behind bars|smacked around|slapped around|"
          r"knocked about|beaten up|stopped by any means(?: necessary)?|stopped at all costs|"
          r"kept (?:well\s+)?(?:away|out) (?:from|of) (?:children|kids|schools|society|public life|us\b|our \w+|"
          r"normal \w+|decent \w+)|lose (?:the|their|all|any) (?:right|rights|vote|citizenship|passports?|benefits)|"
          r"smacked|slapped|knocked (?:down|out)|(?:shut|closed|torn|burned|burnt) down|put (?:on|in) (?:a|"
          r"the) (?:boat|plane|ship|train)s?)")
LIKE_YOU = r"(?:\s+like\s+(?:you|them|him|her|that))?"
# A protected group named as the victim of an act ("attacks on Muslims", "a woman was harassed", "immigrants face
# abuse"): in such a text the words of condemnation judge the act, as in counter-speech.
ABUSE_NOUN = (r"(?:abuse|hate|hatred|racism|harassment|discrimination|violence|threats|insults|slurs|vitriol|"
              r"bigotry|prejudice|contempt|mockery|ridicule)")
VICTIM_FRAME = re.compile(
    rf"\b(?:attacks?|violence|hatred|hate crimes?|hate|abuse|discrimination|threats?|harassment|bigotry|prejudice|"
    rf"slurs?|racism|insults?|crimes?)\s+(?:on|against|toward|towards|aimed at|targeting|directed at)\s+"
    rf"(?:\w+\s+){{0,2}}?{IDENTITY}|"
    rf"{IDENTITY}\s+(?:(?:was|were|is|are|being|been|get|gets|got|had|have|has)\s+)+(?:\w+\s+)?(?:attacked|killed|"
    rf"murdered|harassed|abused|assaulted|beaten|targeted|threatened|insulted|discriminated|mocked|bullied|excluded|"
    rf"mistreated|stabbed|shot|persecuted|lynched|spat on|raped|burned|vandali[sz]ed)\b|"
    rf"{IDENTITY}\s+(?:\w+\s+)?(?:face|faces|facing|suffer|suffers|suffered|suffering|endure|endures|experience|"
    rf"experiences)\s+(?:\w+\s+)?(?:discrimination|abuse|harassment|violence|hatred|hate|racism|prejudice|"
    rf"attacks|threats)|"
    # "the abuse Muslims get", "the racism black folks face", "abuse thrown at black footballers"
    rf"\b{ABUSE_NOUN}\s+(?:that\s+)?(?:\w+\s+)?{IDENTITY}\s+(?:\w+\s+)?(?:get|gets|got|receive|receives|received|"
    rf"face|faces|faced|endure|endures|endured|suffer|suffers|suffered|experience|experiences|put up with)\b|"
    rf"\b{ABUSE_NOUN}\s+(?:\w+\s+)?(?:thrown|hurled|directed|aimed|shouted|yelled)\s+at\s+(?:\w+\s+){{0,2}}?"
    rf"{IDENTITY}|"
    # "spreading lies about women", "comments about gay people", "how some people talk about refugees"
    rf"\b(?:lies|rumou?rs|myths|smears|stereotypes|falsehoods|comments|remarks|jokes|posts|hate|hatred|abuse|slurs)"
    rf"\s+(?:\w+\s+){{0,4}}?(?:about|toward|towards|at)\s+(?:\w+\s+)?{IDENTITY}|"
    rf"\b(?:how|the way)\s+(?:\w+\s+){{0,3}}?(?:talk|talks|talked|speak|speaks|spoke|write|writes|wrote|treat|"
    rf"treats|treated|behave|behaves|behaved)\s+(?:about\s+|to\s+|toward\s+|towards\s+)?(?:\w+\s+)?{IDENTITY}|"
    rf"\b(?:mocking|making fun of|harassing|bullying|insulting|smearing|demoni[sz]ing|dehumani[sz]ing|vilifying|"
    rf"attacking|targeting|belittling|comparing|scapegoating)\s+(?:\w+\s+)?{IDENTITY}")
INTENSIFIER = (r"(?:all\s+|just\s+|so\s+|such\s+|nothing but\s+|always\s+|a bunch of\s+|the most\s+|too\s+|"
               r"really\s+|very\s+|completely\s+|totally\s+|utterly\s+|absolutely\s+|truly\s+|fucking\s+|"
               r"bloody\s+|damn\s+|effing\s+|genetically\s+|naturally\s+|inherently\s+|biologically\s+|"
               r"morally\s+|mentally\s+|intellectually\s+|fundamentally\s+|basically\s+|simply\s+|literally\s+|"
               r"actually\s+|genuinely\s+|honestly\s+|seriously\s+|frankly\s+|clearly\s+|obviously\s+|universally\s+|"
               r"invariably\s+|typically\s+|usually\s+)")
DETERMINER = (r"(?:all\s+|the\s+|those\s+|these\s+|every\s+|you\s+|any\s+|some\s+|more\s+|each\s+|single\s+|"
              r"next\s+|first\s+|of\s+|as many\s+|an?\s+)")
# Traits whose denial of a whole group degrades it ("women are never intelligent", "no Muslim can be trusted").
DENIED_TRAIT = (r"(?:human|humans|human beings|people|persons|intelligent|smart|clever|bright|honest|trustworthy|"
                r"trusted|capable|competent|equal|equals|civili[sz]ed|decent|normal|worthy|welcome|valued|respected|"
                r"believed|relied on|good for anything|worth (?:anything|a thing|a damn|saving|the air|the effort)|"
                r"able to (?:think|learn|lead|work|function))")
# Words between a group and a negative predicate that report, deny or soften the stereotype rather than assert it
# ("immigrants are less criminal", "Muslims are portrayed as terrorists", "women are tired of idiots").
NOT_STEREOTYPED = (r"(?:less|rarely|seldom|hardly|falsely|wrongly|unfairly|unjustly|seen|portrayed|depicted|painted|"
                   r"labell?ed|called|branded|stereotyped|accused|treated|viewed|described|considered|perceived|"
                   r"regarded|framed|cast|victims?|targets?|afraid|scared|tired|sick|targeted|attacked|abused)")
# Verbs that link a group to a description as "are" does ("X seem dirtier", "X look disgusting", "X have always
# been lazy", "X get uglier every year", "a X is always going to be manipulative"); and the speaker's acquaintance
# put between ("every X I've met is ...").
LINKING = (r"(?:seems?|seemed|looks?|looked|sounds?|sounded|appears?|appeared|gets?|got|getting|becomes?|became|"
           r"grows?|grew|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|(?:have|has|had)\s+(?:always\s+|all\s+)?been|"
           r"(?:are|is|were|was)\s+(?:getting|becoming|"
           r"growing)|will\s+(?:always\s+|forever\s+)?be|(?:are|is)\s+(?:always\s+|forever\s+)?(?:going to|"
           r"gonna)\s+be)")
MET_BY_ME = (r"(?:(?:that|who)\s+)?(?:i|i'?ve|i have|i'?d|we'?ve)\s+(?:ever\s+|have\s+|had\s+|ever\s+had\s+)?"
             r"(?:met|seen|known|worked with|dealt with|come across|encountered|had to deal with)\s+(?:\w+\s+)?")
# Crimes and parasitism charged to a group as what it does ("refugees steal", "X have started stealing", "X live
# off the state"); the idioms that look like them ("steal the show") are left out.
CRIME = (r"(?:steal|steals|stealing|stole|rob|robs|robbing|loot|loots|looting|mug|mugs|mugging|burgle|burgles|"
         r"burgling|shoplift|shoplifts|shoplifting|rape|rapes|raping|stab|stabs|stabbing|deal drugs|dealing drugs|"
         r"sell drugs|selling drugs|commit (?:crimes?|fraud)|committing (?:crimes?|fraud)|riot|riots|rioting)\b"
         r"(?!\s+(?:the (?:show|spotlight|limelight|headlines|hearts?)|hearts|a (?:kiss|glance|look)|second base))|"
         r"(?:live|lives|living|sponge|sponges|sponging|scrounge|scrounges|scrounging|leech|leeches|leeching|mooch|"
         r"mooches|mooching|freeload|freeloads|freeloading)\s+off\s+(?:of\s+)?(?:the\s+)?(?:state|benefits|welfare|"
         r"taxpayers?|the taxpayer|us|the rest of us|our taxes|handouts|the dole|the system|hard[- ]working|"
         r"everyone|everybody|society|the government)")
# A pronoun that takes up a group named earlier in the text ("Muslims? They are scum.").
# The rest of a group's subject phrase before its verb ("a woman living next door", "being near Muslims"): up to
# five words, none a form of "be" or "get", which would make the group the one acted upon ("how women are treated").
SUBJECT_GAP = r"(?:(?!(?:is|are|was|were|be|been|being|get|gets|got|getting)\b)[\w']+,?\s+){0,5}?"
LOATHING = r"(?:rage|anger|contempt|disgust|hatred|loathing|revulsion|fury)"
THEY = r"(?:they|they'?re|theyre|them|all of them|(?:each and )?every (?:single )?one of them|each of them)"
STRONG_HABIT = (r"(?:lie|lies|lying|steal|steals|stealing|cheat|cheats|cheating|rape|rapes|raping|kill|kills|killing|"
                r"murder|murders|scrounge|scrounging|mooch|mooching|leech|leeching|breed|breeding|whine|whining|"
                r"ruin|ruins|ruining|destroy|destroys|destroying|spread (?:disease|diseases|aids|hiv))")
CLAIM_VERB = (r"(?:are|always|never|all|just|only|can'?t|don'?t|won'?t|will|want|think|believe|hate|love|have|seem|"
              r"keep|refuse|get|care|expect|complain|whine|blame|demand|ignore|pretend|vote|do|say|like)")
# Habits charged to a whole group ("liberals love to whine", "boomers only care about"): verbs of complaint,
# blame, pretence and damage, from the definition of unfair generalisation (Price et al. 2020).
HABIT = (r"(?:whine|complain|blame|cry|moan|lie|pretend|play|bash|attack|preach|lecture|virtue[- ]signal|scream|"
         r"control|destroy|ruin|spend|tax|steal|take|grab|mooch|bully|push|impose)")
PEOPLE = (r"\b(?:people|folks|men|women|guys|kids|adults|voters|citizens|politicians|workers|parents|users|fans|"
          r"posters|commenters|readers|americans|canadians|europeans)")
COLLECTIVE = (r"(?:they all|all of them|every (?:single )?one of (?:them|these|those)|the lot of them|these people|"
              r"those people|you people|their kind|these types|that crowd|a bunch of)")


# The alternations of group terms, longest first: replaced by any run of characters in a group rule's RE2 screen.
GROUP_TERMS = tuple(sorted({IDENTITY, GROUP, IDENTITY_MANY, IDENTITY_PERSON, GROUPS_PLURAL}, key=len, reverse=True))
ANY_RUN = r"[^\x00]*"
# What every match of a group rule contains: a group term, or a singular person noun such as a slur, which the
# group lexicons leave out. One screen for it spares the group rules every text that names no group.
NAMES_GROUP = f"(?:{GROUP}|\\b{IDENTITY_PERSON})"


def rule_screen(rule: Rule) -> str:
    """The RE2 screen that picks the texts a rule could match.

    A rule's own :attr:`Rule.screen` stands for its pattern where it has one. A group rule only ever sees texts in
    which the one screen for a group term (:data:`NAMES_GROUP`) already found one, so its own screen leaves the
    group term out: each group alternation stands as any run of characters. The screen stays a superset of the
    rule's matches, and RE2 no longer builds a DFA for the product of the group lexicon with the predicate lexicons
    after it, which outgrew its memory whenever either lexicon grew.
    """
    pattern = rule.screen or rule.pattern.pattern
    if rule.needs_group:
        for term in GROUP_TERMS:
            pattern = pattern.replace(term, ANY_RUN)
    return screen(pattern)


# Threats and calls for violence (rule `group_threatened`): the acts are data (`violence.txt`); what makes them a
# threat is a frame of intent, norm or wish before them and a group as their object, the subject of their passive
# or the topic a pronoun takes up. Words between the frame and the act may be anything but a negation, a verb of
# protection or condemnation, or the start of another clause ("we must stop the killing of ...", "people who want
# to hurt ...").
SPEAKER_AUX = (r"(?:will|shall|would|am|are|really|just|definitely|personally|gladly|happily|honestly|literally|"
               r"totally|seriously|soon|going to|gonna|plan to|planning to|want to|wanna|intend to|mean to|love to|"
               r"like to|swear|promise|vow to|can'?t wait to|gotta|need to|have to|must|should|hope|wish|pray|be|start|"
               r"begin)")
SPEAKER_FRAME = rf"\b(?:i|we)(?:(?:'ll|'d)(?:\s+{SPEAKER_AUX})*|(?:'m|'re)?(?:\s+{SPEAKER_AUX})+)"
VIOLENCE_FRAME = (rf"(?:{SPEAKER_FRAME}|\b(?:should|must|ought to|needs? to|has to|have to|gotta|deserves?(?: to)?|"
                  r"better (?:off )?if|if only|hopefully|watch me|let'?s|time to|it'?s (?:high |about )?time)|"
                  r"(?<!\w )\bgonna)")
VIOLENCE_GAP = (r"(?:(?!(?:stop|stops|stopped|prevent\w*|protect\w*|sav\w*|end|ending|condemn\w*|oppos\w*|fight\w*|"
                r"report\w*|investigat\w*|punish\w*|arrest\w*|prosecut\w*|jail\w*|who|that|which|when|because|if|"
                r"from|against|than|by)\b)[\w']+,?\s+)")
PRONOUN_OBJECT = r"(?:them|their|his|her|him)\s+(?:all\s+|both\s+)?"
# Where a group gathers or lives, as the object of an arson ("set fire to the place where X meet").
GATHERING = (r"(?:houses?|homes?|places?|shops?|mosques?|churches?|synagogues?|temples?|clubs?|bars?|centres?|"
             r"centers?|camps?|shelters?|hostels?|neighbou?rhoods?|schools?|meetings?|marches|parades?)")
# The culprits of a crime, named by it, are no group as such ("hang the men who did this").
NOT_CULPRITS = (r"(?!\s+(?:who|that)\s+(?:\w+\s+){0,2}(?:did|done|attack\w*|kill\w*|rap\w*|murder\w*|commit\w*|"
                r"abus\w*|assault\w*|harass\w*|stab\w*|shot|shoot\w*|behead\w*|bomb\w*|threat\w*|tortur\w*)\b)")


def violence(obj: str, plain: bool = True) -> str:
    """The acts of :file:`violence.txt`, each idiom's object slot filled with ``obj``; ``plain`` keeps the acts that
    have no slot (a plain verb, whose object follows it)."""
    acts = [line.replace("{obj}", obj) for line in lexicon("violence") if plain or "{obj}" in line]
    return r"(?<![\w'])(?:" + "|".join(acts) + r")(?![\w'])"


# Acts of harm to people or their things (`harm_acts.txt`), read only after a call to act, with a group named in
# the same sentence; the call is the speaker's intent or a norm for someone else, never a report of what others do.
HARM_ACTS = "|".join(lexicon("harm_acts"))
HARM_ACT = rf"(?<![\w'])(?:{HARM_ACTS})(?![\w'])"
ACT_FRAME = (rf"(?:{SPEAKER_FRAME}|\b(?:someone|somebody|anyone|you|y'?all|people)\s+(?:should|ought to|needs? to|must|"
             r"has to|have to|gotta)|\blet'?s|\b(?:it'?s )?time (?:to|for))")
# The speaker's plan in the present tense, the act its very next word: "I'm bringing a bat", "we're torching ...".
DOING_NOW = r"\b(?:i'?m|we'?re|i am|we are)\s+(?:just\s+|definitely\s+|personally\s+)?"
# Between the act and the group: no clause of someone else's doing ("... the man who attacked a X"); "that" after a
# preposition points ("break into that X's flat").
ACT_REACH = (r"(?:(?!\b(?:who|whoever|which|that(?<!\b(?:to|at|on|in|of|by) that)(?<!\b(?:for|off) that)"
             r"(?<!\b(?:into|onto|with|from|upon) that)|because|against|protect\w*|defend\w*)\b)[^.!?\x00\n]){0,110}?")
# An order with no subject, at the start of a sentence: "Sink the boats and let the X drown". Not the act as a noun
# ("Attacks on X ...", "Shooting at a X bar") nor a verb with a subject of its own.
IMPERATIVE = (r"(?:^|(?<=[.!?\x00\n:]))\s*(?:(?:just|now|so|then|please|go|go and|seriously|honestly|"
              r"somebody|someone)\s+)?(?![a-z]+(?:ing|ed)\b)(?!(?!gas\b)[a-z]+[^s]s\b)(?!\S+\s+(?:on|at|in|of|against|"
              r"by|was|is|were|are|has|"
              r"have|had|will|would|can|could|should|may|might|must|suspects?|threats?|victims?)\b)")
# An order to gather a group, then the act: "Put all the X on a boat and sink it", "Round them up and shoot them".
GATHER_THEN = (r"(?:^|(?<=[.!?\x00\n:]))\s*(?:just\s+)?(?:put|send|load|pack|round up|line up|lock|gather|herd|"
               r"march|tie|chain|ship|take|drag|grab|find|catch)\s+")
# Places where a group worships, gathers or is housed, as the object of an act of harm ("bomb the Pride parade").
GROUP_PLACE = (r"\b(?:mosques?|synagogues?|gurdwaras?|gay (?:bars?|clubs?|weddings?)|pride (?:parades?|marches|march|"
               r"events?|festivals?)|refugee (?:centres?|centers?|camps?|hostels?|shelters?|hotels?)|asylum (?:hotels?|"
               r"centres?|centers?|seekers'? hotels?)|migrant (?:hotels?|centres?|centers?|camps?|shelters?))\b")
# A call to act, the act next and what it is done to within reach; and the speaker's own act after its target.
CALL_TO_ACT = rf"(?:{ACT_FRAME}\s+{VIOLENCE_GAP}{{0,4}}|{DOING_NOW}|{IMPERATIVE})(?={HARM_ACT}){ACT_REACH}"
SPEAKER_ACT = rf"(?:{SPEAKER_FRAME}\s+{VIOLENCE_GAP}{{0,4}}|{DOING_NOW}){HARM_ACT}"
# What one hides or locks up against thieves ("hide your wallet when X are around").
# What an absurd analogy likens the group's place to: animals, infants and futile objects ("letting X vote is like
# handing a toddler the car keys", "... like pouring water into sand").
VEHICLE = (r"(?:dogs?|monkeys?|apes?|chimps?|pigs?|goats?|fox|foxes|wolf|wolves|cats|rats?|donkeys?|sheep|cattle|"
           r"cows?|toddlers?|child|children|bab(?:y|ies)|infants?|five-year-olds?|bricks?|brick wall|wall|sand|"
           r"sieve|sacks?|drain|toilet|bin|wind|bottomless pit|black hole|weathervane|henhouse|zoo|circus|clowns?|"
           r"drunks?|lunatics?|madm[ae]n|asylum|criminals?|arsonists?|loaded gun|guns?|matches|car keys|knives?|"
           r"fire|disease|cancer|virus|plague|infection|parasites?|leech(?:es)?|vermin)\b")
GUARDED = (r"(?:(?:hide|hiding|lock up|lock|locking|clutch|clutching|hold|holding|check|checking|grab|grabbing|guard|"
           r"guarding|watch|watching)\s+(?:on\s*to\s+|onto\s+)?(?:your|my|our)\s+(?:wallets?|purses?|valuables|"
           r"bikes?|cars?|car doors|doors?|daughters?|sons|kids|children|handbags?|bags?|pockets?|phones?|"
           r"jewell?ery)|keep\s+(?:your|my|our)\s+(?:kids|children|daughters?|sons|wallets?|purses?|bags?|"
           r"valuables)\s+(?:close|closer|inside|indoors|locked|in sight))\b")
VIOLENCE = violence(r"(?:[\w']+\s+){0,3}?")  # the act with any object of up to three words ("slit the throat")
VIOLENCE_PASSIVE = violence("")  # "be put down like", "were wiped out"
VIOLENCE_ON_GROUP = violence(rf"{DETERMINER}{{0,3}}{IDENTITY}(?:'s|s')?\s+", plain=False)  # "smash every X's face in"
VIOLENCE_ON_THEM = violence(PRONOUN_OBJECT, plain=False)  # "break their neck"


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=1)
def build_rules() -> tuple[Rule, ...]:
    """Every rule of the scorer, in evidence order."""
    rules = [
        # name-calling: an insult addressed to someone weighs more than one floating free.
        Rule("second_person_insult", "name_calling", 0.9,
             _c(rf"\b(?:you|u|ya|ye)\s+{FILLER}{{0,3}}{TARGETED}|"
                rf"\b(?:you'?re|youre|you are|you r|ur|your)\s+(?:\w+\s+)?{FILLER}{{1,3}}{TARGETED}|"
                rf"\b(?:you'?re|youre|you are)\s+{TARGETED}")),
        Rule("third_person_insult", "name_calling", 0.7,
             _c(rf"\b(?:he|she|they|what|this guy|the author|the writer|the reporter)\s*{BE}?\s+"
                rf"{FILLER}{{0,3}}(?:{INSULT})")),
        Rule("insult_word", "name_calling", 0.5, _c(INSULT)),
        Rule("second_person_negative", "name_calling", 0.3,
             _c(rf"\b(?:you|your|you'?re|u)\b[^.!?\n\x00]{{0,60}}?{NEG_EVAL}|"
                rf"{NEG_EVAL}[^.!?\n\x00]{{0,40}}?\b(?:you|u)\b")),
        Rule("dismissive_word", "dismissive", 0.2, _c(DISMISSIVE_WORD)),
        Rule("second_person_aspersion", "aspersion", 0.6,
             _c(r"\byour (?:\w+ )?(?:ignorance|stupidity|inanit(?:y|ies)|ego|nonsense|drivel|rants?|idiocy|arrogance|"
                r"hypocrisy|bias|delusions?|paranoia|hysteria|lies|logic|tantrum|whining|ranting|vitriol|venom|"
                r"hatred)\b")),
        Rule("rhetorical_question", "condescending", 0.2,
             _c(r"\b(?:do|did|are|have|can|were|would|could|will|don'?t|didn'?t|aren'?t|haven'?t) you\b"
                r"[^?.!\n\x00]{0,80}\?"),
             negatable=False, quotable=False),
        Rule("why_question", "condescending", 0.2,
             _c(r"\bwhy (?:do|does|would|should|are|is|can'?t|don'?t|won'?t|didn'?t) (?:you|they|he|she|people)\b"
                r"[^?.!\n\x00]{0,80}\?"), negatable=False, quotable=False),
        Rule("scare_quotes", "sarcasm", 0.4, _c(SCARE_QUOTES), negatable=False, quotable=False),
        Rule("insult_adjective", "aspersion", 0.35, _c(INSULT_ADJ)),
        Rule("vulgar_word", "vulgarity", 0.8, _c(word_alternation(("profanity",), disguise=True)),
             negatable=False, quotable=False),
        Rule("pejorative_spelling", "identity_attack", 0.8, _c(word_alternation(("pejorative_spellings",))),
             negatable=False, reclaimable=True),
        Rule("slur", "identity_attack", 0.9, _c(word_alternation(("slurs",), disguise=True)),
             negatable=False, reclaimable=True),
        Rule("group_dehumanised", "identity_attack", 0.95,
             _c(rf"{IDENTITY}\s+(?:{BE}|like|=|(?:(?:always|all|just|really|constantly|basically)\s+)?"
                rf"(?:behave|act|live|breed|spread|multipl(?:y|ies))s?\s+like)\s+(?:\w+,?\s+){{0,3}}"
                rf"{DEHUMAN}|{IDENTITY}\s+{DEHUMAN}|"
                rf"{DEHUMAN}\s+(?:like|called)\s+(?:the\s+)?{IDENTITY}"), needs_group=True),
        # apart from the shapes above, whose RE2 screen with these outgrew its DFA memory as the lexicon grew
        Rule("group_dehumanised", "identity_attack", 0.95,
             # the group as a topic, then what it is called: "Immigrants? Parasites, all of them."
             _c(rf"{IDENTITY}\s*(?:\?+|:|!+|—|=)\s*(?:\w+\s+){{0,2}}{DEHUMAN}|"
                # analogies and comparisons: "X are to this country what lice are to ...", "as much sense as a pig"
                rf"{IDENTITY}\s+{BE}\s+to\s+(?:\w+\s+){{1,4}}what\s+(?:\w+\s+)?{DEHUMAN}|"
                rf"{IDENTITY}\s+(?:has|have|had)\s+(?:about\s+|roughly\s+)?(?:as much|the|less)\s+"
                rf"(?:intelligence|brains?|sense|morals|manners|worth|value|culture)\s+(?:as|of|than)\s+"
                rf"(?:an?\s+|the\s+)?(?:average\s+)?{DEHUMAN}|"
                # an insult fused with the group, said to someone: "you Muslim piece of shit"
                # (the word between is no verb of calling: "how dare you call immigrants vermin" reports a slur)
                rf"\b(?:you|ya|u)\s+(?:(?!(?:call|calls|called|calling|label|name|consider|"
                rf"think)\b)\w+\s+)?{IDENTITY}\s+"
                rf"(?:{INSULT}|{DEHUMAN})"), needs_group=True),
        # "the human equivalent of rats", "like a swarm of locusts": apart, since in the rule above, after its gap
        # of three words, these made the RE2 screen outgrow its DFA memory (ten times slower)
        Rule("group_dehumanised", "identity_attack", 0.95,
             _c(rf"{IDENTITY}\s+(?:{BE}\s+)?(?:like\s+)?(?:(?:just|basically|simply|nothing more than)\s+)?"
                rf"(?:an?\s+|the\s+)?(?:(?:human|modern)\s+)?(?:equivalent|version|form)\s+of\s+(?:an?\s+|the\s+)?"
                rf"{DEHUMAN}|"
                rf"{IDENTITY}\s+(?:{BE}\s+)?like\s+(?:an?\s+|the\s+)?(?:swarm|pack|herd|nest|horde|plague|"
                rf"infestation)\s+of\s+{DEHUMAN}"), needs_group=True),
        Rule("group_hated", "identity_attack", 0.9,
             _c(rf"\b(?:{HATE}|can'?t stand|cannot stand|can'?t bear|fuck|screw|"
                rf"sick of|sick and tired of|sick to death of|tired of|fed up with|disgusted by|repulsed by|"
                rf"revolted by)\s+(?:the (?:sight|smell|stench|presence) of\s+|being (?:around|near)\s+|"
                rf"(?:any|all|either|each|every (?:single )?one|a single one)\s+of\s+)?"
                rf"(?:(?:all|the|those|these|you|most|every|any|fucking|filthy|dirty|damn|bloody|stupid|disgusting|"
                rf"shitty|goddamn|effing)\s+){{0,2}}{IDENTITY}|"
                rf"\b(?:nothing|no one|nobody)\s+(?:\w+\s+){{0,4}}(?:rage|anger|disgust|disgusts|hatred|contempt|sick|"
                rf"sickens|repulses|angers|enrages|infuriates|furious|angry|mad)\s+(?:\w+\s+){{0,2}}"
                rf"(?:like|more than|as much as)\s+(?:the\s+)?{IDENTITY}|"
                # nothing worse than a group: "is there anything worse than ...", "nothing is lower than ..."
                rf"\b(?:anything|nothing|something)\s+(?:\w+\s+){{0,4}}(?:worse|lower|more\s+{NEGATIVE})"
                rf"\s+than\s+(?:an?\s+|the\s+)?{IDENTITY}|"
                rf"{IDENTITY}\s+(?:really\s+|just\s+|all\s+|truly\s+)?(?:disgust|disgusts|sicken|sickens|repulse|"
                rf"repulses|revolt|revolts|nauseate|nauseates)\s+me\b|"
                rf"{IDENTITY}\s+(?:all\s+|just\s+|really\s+)?make\s+me\s+(?:\w+\s+)?(?:sick|puke|vomit|retch|"
                rf"want to (?:puke|vomit|throw up))|"
                # anger at a group itself, not at what is done to it ("attacks on Muslims make me angry")
                rf"(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bto )(?<!against )(?<!towards )\b{IDENTITY}\s+"
                rf"(?:all\s+|just\s+|really\s+)?make\s+me\s+(?:so\s+|really\s+|very\s+)?(?:angry|furious|livid|"
                rf"mad|irate|sick to my stomach)\b|"
                rf"\b(?:feel|have|harbou?r)\s+(?:nothing but|only|pure|such|so much|a deep|deep|real)\s+(?:\w+\s+)?"
                rf"(?:hatred|contempt|disgust|loathing|revulsion|hate)\s+(?:for|towards|toward|of)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:nothing|no one|nobody)\s+(?:\w+\s+){{0,3}}(?:angrier|madder|sicker|more angry|"
                rf"more disgusted)\s+"
                rf"than\s+(?:seeing|hearing|meeting|watching|being near)?\s*{DETERMINER}{{0,2}}{IDENTITY}"),
             needs_group=True, negation_inside=False, verb_first=True),
        # Disgust and rage as bodily idioms: "X make my skin crawl", "fill me with contempt", "turn my stomach".
        Rule("group_hated", "identity_attack", 0.9,
             _c(rf"{IDENTITY},?\s+{SUBJECT_GAP}(?:make|makes|made|making)\s+my\s+"
                rf"(?:skin\s+crawl|blood\s+(?:boil|run cold)|stomach\s+(?:turn|churn))|"
                rf"{IDENTITY},?\s+{SUBJECT_GAP}(?:turn|turns|turned|turning)\s+my\s+stomach|"
                rf"{IDENTITY},?\s+{SUBJECT_GAP}(?:make|makes|made)\s+me\s+(?:want\s+to\s+)?"
                rf"(?:throw up|puke|vomit|retch|gag|heave)|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}(?:fill|fills|filled)\s+me\s+with\s+(?:\w+\s+){{0,3}}?{LOATHING}|"
                rf"\b(?:fill|fills|filled)\s+me\s+with\s+(?:more\s+|such\s+)?{LOATHING}\s+(?:than|like|as)\s+"
                rf"(?:the\s+)?{IDENTITY}|"
                rf"\bmy\s+(?:blood\s+(?:boils|is boiling)|skin\s+crawls|stomach\s+turns)\s+(?:\w+\s+){{0,2}}?"
                rf"(?:when|whenever|if|time)\s+(?:i|we)\s+(?:see|hear|meet|look at|think (?:about|of))\s+"
                rf"(?:(?:an?|the|those|these|some|any|all)\s+)?(?:\w+\s+)?{IDENTITY}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s+(?:\w+\s+)?(?:turn|make)\s+my\s+"
                rf"(?:stomach|skin\s+crawl|blood\s+boil)"),
             needs_group=True, negation_inside=False),
        # Threats and calls for violence against a group, in the words of `violence.txt`: the act after a frame of
        # intent, norm or wish, with the group its object ("I will slit the throat of any X", "someone needs to put X
        # down like dogs"), the subject of its passive ("X ought to be lined up against a wall", "better if X were
        # wiped out") or a topic taken up by a pronoun ("If I see a X again, I'm going to break their neck").
        Rule("group_threatened", "identity_attack", 0.95,
             _c(rf"{VIOLENCE_FRAME}\s+{VIOLENCE_GAP}{{0,3}}{VIOLENCE}\s+(?:(?:of|to|at|on)\s+)?{DETERMINER}{{0,3}}"
                rf"(?:{GATHERING}\s+(?:where\s+|of\s+)?{DETERMINER}{{0,2}})?{IDENTITY}{NOT_CULPRITS}|"
                rf"{VIOLENCE_FRAME}\s+{VIOLENCE_GAP}{{0,3}}{VIOLENCE_ON_GROUP}|"
                rf"{IDENTITY}\s+(?:[\w']+\s+){{0,2}}?(?:(?:should|must|ought to|needs? to|have to|has to|"
                rf"deserves? to)\s+(?:all\s+|just\s+|simply\s+)?(?:be|get)\s+(?:all\s+)?|deserves?\s+)"
                rf"{VIOLENCE_PASSIVE}|"
                rf"\b(?:better(?:\s+off)?\s+if|if only)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:were|was|are|got|get)\s+"
                rf"(?:all\s+)?{VIOLENCE_PASSIVE}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?{VIOLENCE_FRAME}\s+{VIOLENCE_GAP}{{0,2}}"
                rf"(?:{VIOLENCE_ON_THEM}|{VIOLENCE_PASSIVE}\s+(?:them|him|her)\b)|"
                rf"\b(?:public\s+)?(?:floggings?|executions?|hangings?|lynchings?|firing squads?|bullets|a bullet|"
                rf"the rope|death|gas chambers?)\s+for\s+{DETERMINER}{{0,2}}{IDENTITY}"),
             # every match holds an act of the lexicon, its object slot filled with anything, or a punishment "for"
             needs_group=True, screen=rf"{violence(ANY_RUN)}|(?:floggings?|executions?|hangings?|lynchings?|"
                                      rf"firing squads?|bullets|a bullet|the rope|death|gas chambers?)\s+for\s"),
        # Contempt without an insult word: a preference for vermin or death over the group's company, decline blamed
        # on its arrival, hiring or letting it in as a ruin, its use or intelligence questioned, its humanity mocked.
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:rather|sooner)\s+(?:\w+\s+){{0,4}}?(?:die|be dead|starve|kill myself|eat glass|{DEHUMAN})\b"
                rf"[^.!?\x00\n]{{0,40}}?\bthan\s+(?:with\s+|to\s+|have\s+|live\s+(?:next to|near|with|among)\s+|"
                rf"work\s+(?:with|for|under|beside)\s+|hire\s+|marry\s+|date\s+|sit\s+(?:next to|with)\s+|"
                rf"be\s+(?:seen|friends|treated|touched)\s+(?:with|by)\s+|rent\s+to\s+|touch\s+|"
                rf"shake hands with\s+)?{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:went|gone|going|goes|has gone)\s+(?:downhill|to (?:hell|shit|pot|the dogs|crap|ruin))\s+"
                rf"(?:the (?:moment|minute|day|second)|when|since|after|once|ever since|as soon as)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwherever\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:go|goes|settle|settles|move|moves|"
                rf"live|lives|show up|turn up|appear|arrive)\b[^.!?\x00\n]{{0,20}}?\b(?:crime|filth|disease|violence|"
                rf"trouble|chaos|poverty|decay|dirt|problems|misery|rape|terror\w*|ruin|squalor)|"
                rf"\b(?:having|hiring|employing|letting in|letting|admitting|electing|adding|promoting|giving|"
                rf"allowing)\s+"
                rf"(?:\w+\s+)?"
                rf"{DETERMINER}{{0,2}}{IDENTITY}[^.!?\x00\n]{{0,50}}?\b(?:(?:fastest|surest|quickest|easiest|sure|"
                rf"quick|fast)\s+way\s+to\s+(?:ruin|destroy|bankrupt|kill|sink|lower|wreck)|(?:the|a|such a)\s+"
                rf"(?:(?:biggest|worst|greatest|dumbest|stupidest|huge|complete|total|big|terrible)\s+)+"
                rf"(?:mistake|disaster|error|waste|joke))|"
                rf"\b(?:any|every)\s+(?:company|business|school|country|party|team|employer|landlord|club|university|"
                rf"city|town|government|shop|restaurant)\s+(?:that|which|who)\s+(?:hires|employs|lets in|accepts|"
                rf"admits|welcomes|elects|serves|rents to|promotes)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:deserves|"
                rf"is asking|should|will)\s+(?:to\s+)?(?:go bankrupt|fail|collapse|burn|go under|be boycotted|sink|"
                rf"go bust|for trouble)|"
                rf"\b(?:lower|ruin|destroy|wreck|bring down|drag down)\b[^.!?\x00\n]{{0,60}}?,?\s*(?:just\s+)?"
                rf"(?:add|bring in|invite|hire|let in)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:brainpower|brain power|brains?|iq|intelligence|brain cells?|"
                rf"intellect)\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:potato|rock|brick|goldfish|turnip|doorknob|"
                rf"cabbage|sponge|toaster|houseplant|vegetable|amoeba|peanut|walnut|gnat|hamster|child|toddler|baby|"
                rf"chicken|fish|bird|\w+-year-old|{DEHUMAN})\b|"
                rf"\bwhat'?s\s+(?:even\s+)?the\s+(?:point|use|purpose)\s+of\s+{DETERMINER}{{0,2}}{IDENTITY}"
                rf"(?=\s*(?:\?|other than|except|besides|apart from|anyway|at all|even))|"
                rf"\b(?:do|does|did|can|have|has|will)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:ever|even|actually)\s+"
                rf"(?:\w+\s+)?(?:anything|something)\s+(?:\w+\s+)?(?:other than|but|except|besides|apart from)\s|"
                rf"(?:\bas\s+(?:if|though)\s+{IDENTITY}|{IDENTITY}[^\x00\n]{{0,100}}?\bas\s+(?:if|though)\s+they)\s+"
                rf"(?:were|are|was|is)\s+(?:even\s+)?(?:actual|real|proper|normal|genuine)\s+(?:human|humans|"
                rf"human beings|people|persons|citizens)\b|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:that|this|such)\s+(?:\w+\s+)?(?:filth|scum|trash|garbage|vermin|"
                rf"creature|subhuman|abomination)\b"),
             needs_group=True),
        # Questions and claims that demean a group without an insult word: "why can't X just stay home?", "who even
        # wants X here?", "X are too emotional to lead", "X can never be real citizens".
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:be|is)\s+(?:so\s+|a\s+)?(?:great|nice|wonderful|lovely|amazing|brilliant|good|good thing|"
                rf"great thing|"
                rf"blessing|better|best)\s+if\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}\s+(?:were|was|would|could|just|all)\s+(?:\w+\s+)?(?:gone|dead|"
                rf"disappeared|disappear|vanished|vanish|wiped out|extinct|deported|removed|left|leave|go away|"
                rf"exterminated|"
                rf"eradicated|killed|gassed|sterili[sz]ed|"
                rf"go back)\b|"
                rf"\bhow\s+(?:are|is|come)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even\s+|still\s+)?allowed\s+to\b|"
                rf"\bwho\s+(?:even|actually|really|the hell|on earth|in their right mind)\s+(?:wants|needs|likes|"
                rf"asked for|invited|hires|trusts)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhy\s+(?:does|do|would|should)\s+(?:anyone|anybody|we|you|people)\s+(?:still\s+|even\s+|ever\s+)?"
                rf"(?:listen to|trust|hire|believe|vote for|respect|employ|marry|date|tolerate)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\btypical\s+(?:of\s+)?(?:an?\s+)?{IDENTITY}\s+to\s+(?:be|act|behave|whine|complain|lie|cry)\b|"
                rf"{IDENTITY}\s+{BE}\s+(?:just\s+|simply\s+|all\s+)?(?:too|far too|way too)\s+(?:\w+\s+)?(?:emotional|"
                rf"stupid|dumb|weak|lazy|primitive|backward|violent|irrational|hysterical|fragile|incompetent|"
                rf"inferior|savage|greedy|selfish|dishonest)\s+to\s+(?:lead|vote|work|drive|think|be trusted|govern|"
                rf"understand|learn|run|manage|serve|teach|integrate|fit in|be in charge|make decisions)\b|"
                rf"{IDENTITY}\s+{BE}\s+(?:just|only|really|simply|nothing but|basically)\s+(?:\w+\s+)?"
                rf"(?:men|women|boys|"
                rf"girls|blokes) in (?:dresses|drag|wigs|make-?up|skirts)\b"),
             needs_group=True),
        # The same with the predicate lexicons, apart so that neither RE2 screen outgrows its memory (together
        # they took 0.43 s per 50,000 comments).
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:are|aren'?t)\s+all\s+{IDENTITY}\s+(?:{INTENSIFIER})*(?:(?:a|an|the)\s+)?{NEGATIVE}|"
                rf"\b(?:of course|figures|naturally|typical|unsurprisingly|surprise,? surprise)\b[^.!?\x00\n]{{0,30}}"
                rf"\b(?:{INSULT}|{NEGATIVE})[^.!?\x00\n]{{0,20}}\b(?:was|is|were|'s|turned out to be)\s+(?:an?\s+)?"
                rf"{IDENTITY}"),
             needs_group=True),
        Rule("group_denied", "identity_attack", 0.85,
             _c(rf"\bwhy\s+(?:can'?t|don'?t|won'?t|couldn'?t)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:just\s+)?"
                rf"(?:stay (?:at )?home|stay in|go away|go back|crawl back|disappear|leave|shut up|be quiet|keep quiet|"
                rf"stay quiet|"
                rf"stay out|get out|vanish|die|fuck off|piss off)\b|"
                rf"{IDENTITY}\s+(?:can|could|will)\s*(?:n'?t|not|never)\s+(?:ever\s+)?(?:be\s+|become\s+)"
                rf"(?:real|true|proper|genuine|actual)\s+\w+"),
             needs_group=True, negation_inside=False),
        # Implicit derogation by comparison, disgust, heredity and worth: "my dog is smarter than most X", "a X as
        # boss? what's next, a monkey?", "seeing a X makes me want to puke", "X and crime go hand in hand", "X
        # can't help it, it's in their genes", "a X's opinion is worth nothing", "X are stealing our jobs".
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:my|a|the|your|our|his|her)\s+(?:dog|cat|pet|goldfish|hamster|parrot|horse|rock|brick|toaster|"
                rf"potato|chair|{DEHUMAN})\s+(?:is|are|has|was|would be)\s+(?:\w+\s+)?(?:smarter|cleaner|brighter|"
                rf"better behaved|better company|nicer|worth more|more (?:useful|intelligent|civili[sz]ed|human|loyal|"
                rf"honest|trustworthy|valuable|hygienic))\s+than\s+(?:most|all|any|every|the average|your average|"
                rf"an?|the)?\s*{IDENTITY}|"
                rf"{IDENTITY}[^\x00\n]{{0,80}}?\bwhat'?s next\s*[,?:.!]*\s*(?:an?\s+)?(?:dog|monkey|chimp|horse|goat|"
                rf"pig|cat|donkey|hamster|parrot|{DEHUMAN})\b|"
                rf"{IDENTITY}\s+and\s+(?:crime|terrorism|terror|violence|rape|disease|filth|welfare|drugs|fraud|"
                rf"stupidity)\s+(?:go (?:hand in hand|together)|are (?:the same thing|synonymous|one and the same))|"
                rf"{IDENTITY}[^\x00\n]{{0,60}}?\bcan'?t help (?:it|themselves)\b[^.!?\x00\n]{{0,30}}\b(?:genes|blood|"
                rf"dna|"
                rf"nature|breeding)\b|"
                rf"{IDENTITY}\s+should\s+(?:just\s+)?(?:be grateful|be thankful|count themselves lucky)\s+(?:we|"
                rf"that we|"
                rf"to be|they|for what)\b|"
                rf"{IDENTITY}(?:'s|s'|')?\s+(?:opinions?|words?|votes?|lives|life|views?|voices?|testimony|feelings?|"
                rf"thoughts?)\s+(?:(?:is|are)\s+(?:worth\s+(?:nothing|less|shit|fuck all|zero)|worthless|meaningless|"
                rf"irrelevant)|(?:don'?t|doesn'?t|do not|does not)\s+(?:count|matter))\b|"
                rf"{IDENTITY}\s+{BE}\s+(?:all\s+|still\s+)?(?:stuck|living)\s+in\s+the\s+(?:\w+\s+)?(?:century|ages|"
                rf"age)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:steal|stealing|steals|stole|take|taking|takes|took)\s+(?:all\s+)?"
                rf"(?:of\s+)?(?:our|all our)\s+(?:jobs|women|homes|houses|benefits|money|country|land|daughters)\b|"
                rf"{IDENTITY}\s+{BE}\s+(?:\w+\s+)?(?:the\s+)?(?:reason|cause)\s+(?:why\s+)?(?:\w+\s+){{0,3}}?(?:crime|"
                rf"rape|violence|terrorism|disease)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?need\s+(?:therapy|psychiatric help|help|treatment|"
                rf"a psychiatrist)\s*,?\s*not\s+"
                rf"(?:surgery|hormones|rights|acceptance|pronouns|respect)|"
                rf"{IDENTITY}\s+(?:\w+\s+)?belongs?\s+in\s+(?:an?\s+)?(?:asylum|mental (?:hospital|institution|ward)|"
                rf"psych ward|loony bin|nuthouse|madhouse)"),
             needs_group=True, negation_inside=False),
        # Implicit derogation by insinuation and exclusion: "you can always tell when X have moved in", "scratch a X
        # and you'll find ...", "give X an inch", "the only place X belong is ...", "X only come here for handouts".
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\byou can (?:always\s+)?tell when\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:have|has|had)\s+"
                rf"(?:moved in|been|arrived|come)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:moves?|moved|moving)\s+in\b[^.!?\x00\n]{{0,60}}?\b(?:crime|"
                rf"prices? (?:drop|drops|fall|falls|go down|goes down)|property values|goes downhill|down the drain)|"
                rf"\block\s+(?:up\s+)?your\s+(?:car|doors?|house|bikes?|daughters?|valuables)\b[^.!?\x00\n]{{0,20}}?"
                rf"{DETERMINER}{{0,2}}{IDENTITY}\s+(?:have|has|are)\s+(?:moved|moving|arrived|here)|"
                rf"{IDENTITY}\s+(?:have|has)\s+never\s+(?:built|created|invented|achieved|contributed|produced|"
                rf"accomplished)\s+(?:anything|a single thing)|"
                rf"\bwhat\s+good\s+(?:has|have|did)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+ever\s+(?:done|brought|"
                rf"contributed)|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?\bbetter off\s+(?:dead|if they(?:'d| had)? never been born|"
                rf"never born)|"
                rf"\b(?:world|country|society|town|city|place|planet|life|everything)\s+(?:would|will|'d)\s+(?:be|run|"
                rf"work|go)\s+(?:\w+\s+){{0,3}}?(?:better|smoother|safer|cleaner|nicer|happier|easier)\s+"
                rf"(?:\w+\s+){{0,4}}?without\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bscratch\s+(?:an?\s+|any\s+)?{IDENTITY}\s+and\s+(?:you'?ll\s+|you\s+will\s+)?find\b|"
                rf"{IDENTITY}\s+(?:only|just)\s+(?:come|came|are)\s+(?:over\s+)?here\s+(?:for|to)\s+(?:the\s+)?"
                rf"(?:free\s+)?(?:handouts|benefits|welfare|free stuff|money|freebies|our jobs|our women|rape|steal|"
                rf"sponge|scrounge|leech)|"
                rf"\bthe only place\s+(?:for\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+(?:belongs?\s+)?(?:is|are)\s+"
                rf"(?:in|behind|at|on|under)\b|"
                rf"\bgive\s+{DETERMINER}{{0,2}}{IDENTITY}\s+an inch\b|"
                rf"\b(?:every|all (?:the|our|of our))\s+problems?\s+(?:\w+\s+){{0,4}}?(?:started|began|starts|"
                rf"begins)\s+"
                rf"(?:when|after|once)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\btrust\s+(?:my|a|the)\s+(?:dog|cat|pet|goldfish|hamster|monkey|toddler|"
                rf"child)\b[^.!?\x00\n]{{0,40}}?"
                rf"\b(?:before|over|more than|sooner than)\s+(?:i'?d\s+trust\s+)?{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:men|man|bloke|blokes|guy|guys|dude|dudes|boys?)\s+in\s+(?:a\s+)?"
                rf"(?:dress(?:es)?|drag|wigs?|make-?up|skirts?|lipstick)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?\bneeds?\s+(?:a\s+)?(?:padded (?:room|cell)|straitjacket|"
                rf"straight ?jacket|to be (?:locked up|sectioned|committed|institutionali[sz]ed))|"
                rf"{IDENTITY}\s+(?:is|are)\s+(?:just\s+|only\s+|always\s+)?(?:one|a)\s+(?:\w+\s+){{0,2}}away from\s+"
                rf"(?:being\s+)?(?:an?\s+)?(?:blowing|killing|raping|stabbing|exploding|snapping|attacking|predator|"
                rf"criminal|terrorist)|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:sewer|hole|cave|gutter|swamp|rock|jungle|shithole|dump|pit)\s+"
                rf"(?:that\s+)?they\s+(?:came|crawled)\s+(?:from|out of)|"
                rf"\bwhat(?:'s| is) it with\s+{DETERMINER}{{0,2}}{IDENTITY}\b|"
                rf"\b(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even|really|actually|truly|fully)\s+(?:human|"
                rf"humans|"
                rf"people|human beings|persons)\s*\?|"
                rf"{IDENTITY}\s+{BE}\s+(?:\w+\s+)?less\s+(?:intelligent|human|capable|evolved|civili[sz]ed|worthy|"
                rf"valuable|deserving|smart|honest|moral)\s+than\b"),
             needs_group=True, negation_inside=False),
        # Hatred and disgust said without the verb "hate": "my hatred for X grows", "nothing makes my blood boil
        # like X", "the sight of X ruins my day", "no group I hate more than X", "I consider X vermin".
        Rule("group_hated", "identity_attack", 0.9,
             _c(rf"\bnothing\s+(?:\w+\s+)?(?:makes my blood boil|disgusts me|sickens me|angers me|pisses me off|"
                rf"annoys me|enrages me|repulses me)\s+(?:more than|like|as much as)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bmy\s+(?:hatred|hate|loathing|disgust|contempt|revulsion)\s+(?:for|of|towards?)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:(?:the\s+)?sight of|see|seeing|saw|to see|meet|meeting|look at|looking at|hear|hearing|near|"
                rf"around|think(?:ing)? (?:of|about)|sit next to|sitting next to)\s+{DETERMINER}{{0,2}}{IDENTITY}"
                rf"[^.!?\x00\n]{{0,40}}?\b(?:(?:ruins?|ruined)\s+my\s+(?:whole\s+|entire\s+)?(?:day|week|morning|"
                rf"evening|mood)|(?:want to|wanna|have to|i|makes? me|feel like|could)\s+(?:\w+\s+)?(?:throw up|puke|"
                rf"vomit|gag|retch|barf|be sick|sick)\b|"
                rf"\bi\s+(?:feel|felt|get)\s+(?:\w+\s+)?(?:revulsion|disgust(?:ed)?|nauseous|nauseated|repulsed|"
                rf"physically ill)\b)"
                # sick at what is done to them: "I feel sick about how they are treated"
                rf"(?!\s+(?:about|for|at|over|that|because|when|seeing|watching|how|to see|on (?:their|his|her) "
                rf"behalf))|"
                rf"{HATE}\s+(?:\w+\s+){{0,2}}?more\s+than\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}\s+(?:{INTENSIFIER})*(?:disgust|sicken|repulse|revolt|nauseate)\s+me\b|"
                rf"\b(?:i|we)\s+(?:\w+\s+)?(?:consider|regard|see|view)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:as|"
                rf"to be)\s+"
                rf"(?:{INTENSIFIER})*(?:(?:a|an|the)\s+)?{NEGATIVE}"),
             needs_group=True, negation_inside=False),
        # Threats in idioms of intent: "I'll make X suffer", "won't rest until X are wiped out", "going out to bash
        # X", "waiting with a bat for X", "next time I see a X I'm running them over", "teach X a lesson".
        Rule("group_threatened", "identity_attack", 0.95,
             _c(rf"\b(?:i|we|i'?ll|we'?ll|i'?m|we'?re)\b[^.!?\x00\n]{{0,60}}?\bmake\s+(?:{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"them)\s+(?:all\s+)?(?:suffer|pay|bleed|scream|beg)\b|"
                rf"\b(?:not|never|won'?t)\s+(?:rest|stop|sleep)\s+until\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:are|is|"
                rf"have been|"
                rf"has been)\s+(?:all\s+)?(?:{HARMED}|dead|gone|extinct)|"
                rf"\b(?:going|go|heading|head)\s+out\s+(?:\w+\s+){{0,2}}?to\s+(?:bash|hunt|beat up|kill|shoot|stab|"
                rf"attack|"
                rf"beat)\s+(?:some\s+|a few\s+|the\s+)?{IDENTITY}|"
                rf"\b(?:with|keep|keeps|carry|carries)\s+(?:a|my|our)\s+(?:\w+\s+)?(?:bat|gun|knife|machete|rifle|"
                rf"shotgun|"
                rf"crowbar|pitchfork|noose|rope|hammer)\s+(?:\w+\s+){{0,5}}?for\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bmake sure\s+(?:that\s+)?no\s+{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:feels?|is|are|"
                rf"will (?:ever )?(?:feel|be))\s+"
                rf"(?:\w+\s+)?safe\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:won'?t|will not|never)\s+(?:even\s+)?(?:see it coming|"
                rf"know what hit (?:them|him|her|'em))|"
                rf"\b(?:give|leave)\s+me\s+(?:\w+\s+){{0,3}}?alone\s+with\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:don'?t\s+)?let\s+me\s+(?:catch|find|"
                rf"get)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:\w+\s+){{0,2}}?alone\b|"
                rf"\b(?:next time|if|when|whenever)\s+i\s+(?:see|meet|catch|find)\s+{DETERMINER}{{0,2}}{IDENTITY}"
                rf"[^.!?\x00\n]{{0,60}}?\bi'?(?:m|ll| will| am| swear)\b[^.!?\x00\n]{{0,30}}?\b(?:kill|shoot|stab|"
                rf"punch|"
                rf"beat|run|running|smash|hurt|attack|slap|kick|knife|end)\w*\b|"
                rf"\b(?:should|ought to|needs? to|must|gonna|going to|i'?ll|we'?ll|"
                rf"someone)\s+(?:\w+\s+){{0,2}}?teach\s+"
                rf"(?:{DETERMINER}{{0,2}}{IDENTITY}|them)\s+a\s+(?:\w+\s+)?lesson\b|"
                rf"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|we'?ll|we will|we should|let'?s)\s+(?:\w+\s+){{0,2}}?"
                rf"(?:burn|torch|bomb|blow up|set fire to|firebomb)\b[^.!?\x00\n]{{0,60}}?\b(?:with\s+(?:the\s+|"
                rf"all\s+the\s+)?"
                rf"{IDENTITY}\s+(?:still\s+)?inside|full of\s+{IDENTITY})|"
                rf"\b(?:should|must|ought to|needs? to|let'?s|i'?ll|we'?ll)\s+(?:be\s+)?(?:\w+\s+)?(?:burn\w*|"
                rf"torch\w*|bomb\w*|"
                rf"blown up|bulldoz\w*|flatten\w*|demolish\w*|sunk|sink)\b[^.!?\x00\n]{{0,30}}?\bwith\s+(?:the\s+|"
                rf"all\s+the\s+)?"
                rf"{IDENTITY}\s+(?:still\s+)?(?:inside|in it|in them|aboard|on board)"),
             needs_group=True, negation_inside=False),
        # A call to harm with the group anywhere in its sentence, as the object, the owner of what is harmed or where
        # it is done: "I'll slash the tyres on every car owned by a X", "someone ought to burn down every house where
        # X live", "X on my street? I'm bringing a baseball bat".
        Rule("group_threatened", "identity_attack", 0.9,
             _c(rf"{CALL_TO_ACT}{IDENTITY}{NOT_CULPRITS}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,80}}?{SPEAKER_ACT}|"
                rf"\b(?:if|when|whenever|next time)\s+(?:you|we|i|u)\s+(?:see|meet|catch|find|"
                rf"spot)\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?,\s*(?:just\s+)?(?:(?:{SPEAKER_FRAME}|you\s+(?:should|must|"
                rf"gotta))\s+)?"
                rf"{HARM_ACT}|"
                rf"{GATHER_THEN}(?:\w+\s+){{0,4}}?{IDENTITY}[^.!?\x00\n]{{0,40}}?\band\s+(?:then\s+)?{HARM_ACT}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?{HARM_ACT}\s+(?:as many(?: of them)?|"
                rf"every (?:last )?one(?: of them)?)"
                rf"\s+as\s+(?:i|we)\s+can\b"),
             needs_group=True, screen=rf"\b(?:{HARM_ACTS})\b"),
        # The same on the places where a group worships, gathers or is housed: "I'm going to bomb the Pride parade".
        Rule("group_threatened", "identity_attack", 0.9,
             _c(rf"{CALL_TO_ACT}{GROUP_PLACE}|{GROUP_PLACE}[^.!?\x00\n]{{0,60}}?{SPEAKER_ACT}"),
             screen=GROUP_PLACE),
        # Rhetorical shapes whose presupposition demeans a group, as questions or not: "how are X this stupid?",
        # "are X getting more annoying?", "has a X ever done anything useful?", "what have X ever given the world
        # apart from trouble?", "would you trust a X alone with your kids?", "stop pretending X are anything but a
        # problem", "we'd all be better off without X". Their own negations belong to the shape.
        Rule("group_questioned", "identity_attack", 0.85,
             _c(rf"\b(?:how|why)\s+(?:are|is|can|could)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:be\s+)?(?:so|this|that|"
                rf"such)\s+(?:an?\s+)?{NEGATIVE}|"
                rf"\b(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:getting|becoming|growing)\s+(?:even\s+|ever\s+)?"
                rf"(?:more\s+{NEGATIVE}|{NEGATIVE}er\b)|"
                rf"\bbetter off without\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:ever|never)\s+(?:met|seen|known)\s+(?:a|an|one)\s+{IDENTITY}\s+(?:who|that)\s+"
                rf"(?:wasn'?t|isn'?t|was not|is not|wasnt|isnt)\s+(?:an?\s+)?{NEGATIVE}|"
                rf"\b(?:has|have|did)\s+(?:a|an|any|one)\s+{IDENTITY}\s+ever\s+(?:done|contributed|achieved|built|"
                rf"invented|created|accomplished)\s+(?:anything|something)|"
                rf"\bwhat\s+(?:(?:have|has|did|do)\s+{DETERMINER}{{0,2}}{IDENTITY}|{IDENTITY}\s+(?:have|has|did))\s+"
                rf"(?:ever\s+)?(?:given|done|"
                rf"contributed|achieved|built|invented|brought)\b[^.!?\x00\n]{{0,40}}?\b(?:apart from|except|besides|"
                rf"other than|but)\b|"
                rf"{IDENTITY}\s+(?:have|has)\s+(?:ever\s+)?(?:contributed|given|brought|added|done)\s+nothing\b|"
                rf"\bwould\s+(?:you|anyone|any\w*)\s+(?:trust|let|leave)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+"
                rf"(?:alone\s+)?(?:with|near|around)\s+(?:your|my|our|their)\s+(?:kids|children|daughters?|sons?|"
                rf"wife|family|wallet|money|pets?)|"
                rf"\b(?:(?:stop|quit)\s+)?pretend\w*\s+(?:that\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+(?:are|"
                rf"is)\s+(?:anything\s+(?:but|"
                rf"other than|except)\s+(?:an?\s+)?(?:{NEGATIVE}|problem|burden|drain|plague|threat|menace)|"
                rf"(?:equal|human|normal|real)\b)|"
                rf"\bwhat(?:'s| is)\s+the point (?:of|in)\s+(?:keeping|letting|having)\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}\s+(?:alive|around|here|in)|"
                # the group's existence as the pointless thing: "what is the point of X anyway?"
                rf"\bwhat(?:'s| is| was)\s+(?:even\s+)?the point of\s+{DETERMINER}{{0,2}}{IDENTITY}"
                rf"(?:\s+(?:anyway|even|at all|honestly|again))?(?=\s*(?:[?.!\x00\n]|$))|"
                # their rights as the mistake: "giving X the vote was a mistake", "who thought giving X rights was a
                # good idea?"
                rf"\bgiving\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:any\s+|equal\s+|the\s+same\s+)?(?:rights|the vote|"
                rf"the right to vote|a voice|a say|citizenship)\s+(?:was|is|has been)\s+(?:a|the)\s+(?:(?:big|huge|"
                rf"biggest|worst|terrible)\s+)?(?:mistake|error|disaster|bad idea|good idea\s*\?)|"
                rf"\bwho told\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:they|that they)\s+(?:had|have|could|were)\s+"
                rf"(?:any\s+)?(?:rights?|a say|a voice|welcome|equal|allowed)"),
             # each shape's own words: the full screen, with the predicate lexicons, took 0.36 s per 50,000 comments
             needs_group=True, negation_inside=False,
             screen=(r"better off without|\b(?:how|why)\s+(?:are|is|can|could)\s|(?:getting|becoming|growing)\s|"
                     r"\b(?:ever|never)\s+(?:met|seen|known)\s|\bever\s+(?:done|contributed|achieved|built|invented|"
                     r"created|accomplished|given|brought)\b|\bwhat\s[^\x00]*\b(?:apart from|except|besides|other than|"
                     r"but)\b|(?:contributed|given|brought|added|done)\s+nothing\b|\bwould\s+\S+\s+(?:trust|let|"
                     r"leave)\s|\bpretend|\bthe point (?:of|in)\s|\bwho told\s|\bgiving\s")),
        # Rhetorical questions that deny a group its worth or its place: "what's next, letting X run the country?",
        # "since when do X know anything?", "why can't X behave like normal people?", "how can anyone respect a X?",
        # "why do we even let X in?", "do X ever stop whining?", "what kind of idiot marries a X?", "where are all
        # the smart X?", "would you trust a X to babysit?".
        Rule("group_questioned", "identity_attack", 0.85,
             _c(rf"\bwhat'?s next\s*[,?:.!-]*\s*(?:\w+\s+){{0,2}}?(?:letting|let|allowing|giving|making|putting|"
                rf"electing|hiring|having)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bsince when\s+(?:do|does|did|can|could|have|has|are|is|were|was|would)\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:know|understand|care|contribute|matter|count|deserve|belong|"
                rf"work|pay|do anything|have (?:a say|rights|brains))\b|"
                rf"\bwhy\s+(?:can'?t|don'?t|won'?t|doesn'?t)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:ever\s+|just\s+|"
                rf"even\s+)?(?:behave|act|live|dress|talk|think|eat)\s+like\s+(?:normal|civili[sz]ed|decent|real|"
                rf"proper|regular|sane)\s+(?:people|humans|human beings|persons|citizens|folks?)\b|"
                rf"\bhow\s+(?:can|could|would|do|does)\s+(?:anyone|anybody|you|we|people|someone|any\w*)\s+"
                rf"(?:even\s+|ever\s+|possibly\s+|actually\s+|still\s+)?(?:respect|trust|take|listen to|believe|"
                rf"hire|employ|marry|date|tolerate|stand|vote for)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhy\s+(?:do|does|did|would|should|are|must)\s+(?:we|they|you|people|the government|anyone|"
                rf"this country|our country)\s+(?:\w+\s+)?(?:let|letting|allow|allowing|bring|bringing|take|taking|"
                rf"import|importing|keep|keeping|accept|accepting)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:in|into|"
                rf"here|over|to (?:come|stay|live))\b|"
                rf"\b(?:do|does|will|can|would)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+ever\s+(?:stop|shut up|quit)\b|"
                rf"\bwhat (?:kind|sort|type) of\s+(?:\w+\s+)?(?:idiot|moron|loser|fool|freak|lunatic|degenerate|"
                rf"psycho|person|man|woman|parent|company|country|business|school)\s+(?:would\s+)?(?:marry|marries|"
                rf"date|dates|hire|hires|employ|employs|trust|trusts|vote for|votes for|sleep with|sleeps with|"
                rf"let|lets|rent to|rents to|want|wants)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhere\s+are\s+(?:all\s+)?the\s+(?:smart|intelligent|clever|honest|decent|good|"
                rf"hard-?working|successful|normal|civili[sz]ed|peaceful|law-?abiding|productive|moderate)\s+"
                rf"{IDENTITY}|"
                rf"\bwould\s+(?:you|anyone|any\w*)\s+(?:ever\s+|really\s+)?(?:trust|let|leave|want|hire)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}\s+(?:alone\s+)?(?:with|near|around|to\s+(?:babysit|teach|look "
                rf"after|operate|treat|watch|run|lead|handle))\b|"
                rf"\bwho\s+(?:would|'d|could)\s+(?:ever\s+|even\s+|actually\s+)?(?:want\s+to\s+)?(?:live (?:next "
                rf"door to|near|with|among)|marry|date|hire|trust|work (?:with|for|under)|sit next to|rent to|"
                rf"vote for|be friends with)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwho\s+(?:would|'d)\s+(?:ever\s+)?let\s+(?:their|his|her|your|my|our)\s+(?:\w+\s+)?"
                rf"(?:daughters?|sons?|kids|children|sisters?|brothers?)\s+(?:marry|date|near|play with|be taught by|"
                rf"go out with|be around)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhat(?:'s| is)\s+(?:\w+\s+)?wrong with\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:that|people)\b|"
                rf"\b(?:when|will|do|does|can|would)\s+(?:are\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+(?:ever\s+)?"
                rf"(?:going to\s+|gonna\s+|learn to\s+)?(?:stop|quit)\s+\w+ing\b|"
                rf"\bwhere do\s+{DETERMINER}{{0,2}}{IDENTITY}\s+get off\b|"
                rf"\b(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even|actually|really|ever)\s+capable of\b|"
                rf"\bname\s+(?:one|a single|any)\s+(?:\w+\s+)?thing\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:have\s+|"
                rf"has\s+)?"
                rf"(?:ever\s+)?(?:done|do|contributed|contribute|invented|built|achieved|given|created)\b|"
                rf"\bwhat (?:do|did|else do|else did|would) you expect (?:when|if) you (?:let|hire|elect|put)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:do|does)\s+(?:we|this country|anyone|britain|europe|america|our town)\s+(?:really\s+|"
                rf"honestly\s+)?"
                rf"(?:need|want)\s+(?:any\s+)?more\s+{IDENTITY}|"
                rf"\bhow hard is it for\s+{DETERMINER}{{0,2}}{IDENTITY}\s+to\s+(?:not\s+be|stop\s+being)\s+"
                rf"(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}"),
             needs_group=True, negation_inside=False,
             # each shape's own words: question words alone passed half of all texts
             screen=(r"what'?s next|since when|\bwhy\s+(?:can'?t|don'?t|won'?t|doesn'?t)\s[^\x00]*\blike\s|"
                     r"\bwhy\s+(?:do|does|did|would|should|are|must)\s+(?:we|they|you|people|the government|anyone|"
                     r"this country|our country)\s|\bhow\s+(?:can|could|would|do|does)\s+(?:anyone|anybody|you|we|"
                     r"people|someone|any)|\bwould\s+(?:you|anyone|any)|\bwho\s+(?:would|'d|could)\s|wrong with\s|"
                     r"\b(?:stop|quit)\s+\w+ing\b|\bget off\b|capable of\b|\bname\s+(?:one|a single|any)\s|"
                     r"you expect\s|(?:need|want)\s+(?:any\s+)?more\s|how hard is it for\s|"
                     r"\bever\s+(?:stop|shut|quit)\b|\bwhat (?:kind|sort|type) of\s|\bwhere\s+are\s")),
        # Calls to strip a group of its place by law or force: "bring back the laws that jailed X", "let the X
        # drown", "no X should ever be allowed to ...", "if it were up to me, every X would be on a plane", "deal
        # with the X problem", "X deserve every beating they get".
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"\bbring back\s+(?:\w+\s+){{0,3}}?(?:segregation|apartheid|slavery|asylums|institutions|conversion "
                rf"therapy|jim crow|internment|workhouses|section 28|lynchings?|the rope|laws? that (?:jailed|banned|"
                rf"criminali[sz]ed|locked up))[^.!?\x00\n]{{0,80}}?{IDENTITY}|"
                rf"\blet\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:all\s+|just\s+)?(?:drown|starve|rot|die|burn|freeze|"
                rf"suffer|"
                rf"sink)\b|"
                rf"\bno\s+{IDENTITY}\s+should\s+(?:ever\s+|be\s+)*(?:allowed|permitted|let|granted|given)\b|"
                rf"\bif\s+(?:it were|it was|it's|it is|things were)\s+up to me|\bif\s+i\s+(?:ran|had|were|was|"
                rf"ruled)\s+(?:things|my way|the country|in charge|president|prime minister|king|pm|power)\b"
                rf"[^.!?\x00\n]{{0,40}}?{DETERMINER}{{0,2}}{IDENTITY}\s+(?:\w+\s+)?(?:would|will|'d)\s+(?:all\s+)?"
                rf"(?:be\s+)?(?:{HARMED}|on (?:a|the) (?:plane|boat|ship)|gone|out|dead|in camps|back where)|"
                rf"\b(?:solve|deal with|sort out|fix|take care of|handle|end|solution to)\s+(?:the|our|this)\s+"
                rf"{IDENTITY}\s+(?:problem|question)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?deserves?\s+(?:every|a good|a|the)\s+(?:beating|kicking|thrashing|bullet|"
                rf"slap|punch|hiding)\b|"
                rf"\btime\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:got|get|were given|received)\s+(?:the|a|a good)\s+"
                rf"(?:beating|kicking|thrashing|bullet|hiding)|"
                # the question that proposes it: "shouldn't X be locked up?"
                rf"\b(?:shouldn'?t|mustn'?t)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:all\s+|just\s+)?"
                rf"(?:be\s+)?{HARMED}(?=[^.!\x00\n]*\?)"),
             # the negation of "no X should be allowed" is the attack; one before the match still cancels it
             needs_group=True, negation_inside=False,
             # each shape's own words: a screen of single words ("no", "if", "let") passed a quarter of all texts
             screen=(r"bring back|\blet\s[^\x00]*\b(?:drown|starve|rot|die|burn|freeze|suffer|sink)\b|"
                     r"\bno\s[^\x00]*\bshould\s|up to me|\bif\s+i\s+(?:ran|had|were|was|ruled)\s|"
                     r"\b(?:solve|deal with|sort out|fix|take care of|handle|end|solution to)\s[^\x00]*\b(?:problem|"
                     r"question)\b|\bdeserves?\s+(?:every|a good|a|the)\s|\btime\s[^\x00]*\b(?:beating|kicking|"
                     r"thrashing|bullet|hiding)|\b(?:shouldn'?t|mustn'?t)\s[^\x00]*\?")),

        # Derogation by implication, in the shapes that carry it whatever the words: a group barred ("no X
        # allowed", "no pets and no X"), kept away from one's children, blamed for a place's decline or a rise in
        # crime, outranked by an animal ("my dog has more brains than a X"), guarded against ("hide your wallet
        # when X are around"), or granted a right only "when pigs fly".
        Rule("group_implied", "identity_attack", 0.85,
             _c(rf"\bno\s+{IDENTITY}\s+(?:are\s+|is\s+)?(?:allowed|welcome|served|admitted|need apply)\b|"
                rf"\bno\s+(?:dogs|pets|animals)\s*(?:,|and|or)\s*(?:no\s+\w+\s*(?:,|and|or)\s*)?no\s+{IDENTITY}|"
                rf"\bkeep\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:the hell\s+)?(?:away from|out of|off)\s+(?:my|our|your|"
                rf"the)\s+"
                rf"(?:\w+\s+)?(?:kids|children|daughters?|sons?|famil(?:y|ies)|girls|schools?|neighbou?rhoods?|"
                rf"streets?|"
                rf"country|town)\b|"
                rf"\b(?:was|were|used to be)\s+(?:\w+\s+){{0,3}}?(?:lovely|nice|great|fine|safe|good|better|clean|"
                rf"quiet|"
                rf"peaceful|nicer|quieter|safer|cleaner)\s+(?:\w+\s+){{0,3}}?(?:until|before)\s+(?:the\s+|"
                rf"all\s+the\s+)?"
                rf"(?:\w+\s+)?{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:moved|started|came|arrived|showed|took|were|got|"
                rf"began)\b|"
                rf"\b(?:crime|crime rates?|house prices|property values|standards|"
                rf"the quality)\s+(?:\w+\s+){{0,3}}?(?:go(?:es)? "
                rf"(?:up|down)|went (?:up|down)|rises?|rose|drops?|dropped|falls?|fell|have dropped|has dropped|"
                rf"have gone "
                rf"down|plummet\w*|soar\w*)\s+(?:\w+\s+){{0,4}}?(?:wherever|whenever|when|the day|once|as soon as)\s+"
                rf"(?:\w+\s+){{0,2}}?{IDENTITY}|"
                rf"\b(?:whenever|when|every time)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:gets?|got|is|"
                rf"was)\s+(?:promoted|hired|"
                rf"put in charge|elected)\b[^.!?\x00\n]{{0,40}}?\bstandards\b|"
                rf"\b(?:my|a|the|even a|your)\s+(?:[\w']+\s+)?(?:dog|cat|goldfish|hamster|gerbil|budgie|pig|goat|horse|"
                rf"monkey|chimp|rock|brick|potato|cabbage|toddler|parrot|toaster|houseplant|calculator)\s+"
                rf"(?:\w+\s+){{0,3}}?(?:more|better|smarter|cleaner|wiser|brighter|less|a (?:longer|bigger|higher|"
                rf"better))\b[^.!?\x00\n]{{0,40}}?\bthan\s+(?:[\w']+\s+){{0,4}}?{IDENTITY}|"
                rf"\b(?:prefer|rather have|rather live with|rather live next to)\s+(?:\w+\s+){{0,6}}?(?:dogs?|rats?|"
                rf"pigs?|"
                rf"cockroaches|animals?|snakes?)\s+(?:\w+\s+){{0,3}}?(?:than|over)\s+(?:\w+\s+)?{IDENTITY}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b{GUARDED}|\b{GUARDED}[^.!?\x00\n]{{0,40}}?{IDENTITY}|"
                # the collapse left for the reader to supply: "put a X in charge and watch.", "... and see what
                # happens" (not "and watch the world improve")
                rf"\b(?:put|elect|hire|make)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:(?:in charge|in power|the boss|"
                rf"(?:on|in)\s+(?:the|your|a)\s+\w+)\s+)?and\s+(?:just\s+)?(?:watch|see)(?:\s+what happens)?"
                rf"(?=\s*(?:[.!?…\x00\n]|$))|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?[?.!,]\s*(?:i'?d|i would)\s+(?:much\s+)?rather\s+(?:die|bleed out|"
                rf"be dead|"
                rf"starve|drown|walk)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:when|the day|once)\s+pigs\s+(?:\w+\s+)?(?:fly|learn to fly)\b"),
             needs_group=True, negation_inside=False),
        # Rhetorical questions whose presupposition demeans a group: "why is every X a criminal?", "what good are
        # X anyway?", "who cares what a X thinks?", "can X even be trusted?". Their negations belong to the question.
        Rule("group_questioned", "identity_attack", 0.85,
             _c(rf"\bwhy\s+(?:are|is|were|was)\s+(?:all\s+|every\s+(?:single\s+)?|so many\s+|most\s+)?{IDENTITY}\s+"
                rf"(?:{INTENSIFIER})*(?:(?:a|an|the)\s+)?{NEGATIVE}|"
                rf"\bwhy\s+should\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even\s+|ever\s+)?(?:get|have|be given|"
                rf"receive)\s+"
                rf"(?:anything|a (?:say|vote|penny|dime|cent)|any (?:rights|help|money|benefits|say))\b|"
                rf"\bwhy\s+(?:do|does|did)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:always\s+|all\s+)?(?:commit|cause|"
                rf"bring|spread|"
                rf"steal|rape|riot|smell|stink)\b(?![^.!?\x00\n]*\b(?:less|fewer|lower)\b)|"
                rf"\b(?:why\s+is\s+)?every\s+(?:single\s+)?(?:terrorist|criminal|rapist|thief|murderer|paedophile|"
                rf"pedophile|"
                rf"drug dealer|gang member|bomber|suicide bomber|mass shooter)\s+(?:is\s+|"
                rf"seems to be\s+)?an?\s+{IDENTITY}|"
                rf"\b(?:makes?|made)\s+(?:you|me)\s+(?:\w+\s+)?(?:sick|puke|vomit)\s+(?:the way|how|seeing|watching)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhy\s+(?:must|do|does|did|should)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:always\s+|all\s+)?"
                rf"(?:have to\s+|need to\s+|got to\s+)?be\s+(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}"),
             negatable=False, needs_group=True, screen=r"\b(?:why|every|makes?|made)\b"),
        Rule("group_questioned", "identity_attack", 0.85,
             _c(rf"\bwhy\s+(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:always\s+|all\s+|so\s+)?like\s+(?:this|that)"
                rf"\s*\?|"
                rf"\bwhat'?s?\s+(?:is\s+)?(?:wrong|the matter)\s+with\s+{DETERMINER}{{0,2}}{IDENTITY}\s*\?|"
                rf"(?:\bcan'?t\s+{DETERMINER}{{0,2}}{IDENTITY}|{IDENTITY}\s+(?:can'?t|cannot|never))\s+"
                rf"(?:ever\s+|even\s+|just\s+)?(?:do|get)\s+anything\s+right\b|"
                rf"\bwhat\s+(?:good|use)\s+(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwho\s+(?:would|'d)\s+(?:ever|even|actually|honestly|really)\s+(?:want|hire|marry|date|trust|"
                rf"employ|"
                rf"rent to|befriend|vote for|live (?:next to|near|with))\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwho\s+(?:cares|gives a (?:shit|damn|fuck|crap|toss|rat'?s ass))\s+(?:what\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}\s+(?:think|thinks|say|says|want|wants|feel|feels|need|needs)|about\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}\s+anyway)\b|"
                rf"\bhow\s+(?:much\s+longer|many\s+more\s+(?:years\s+)?|long)\s+(?:\w+\s+){{0,4}}?(?:tolerate|"
                rf"put up with|endure|suffer|deal with|accept)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bhow many more\s+{IDENTITY}\s+(?:\w+\s+){{0,4}}?(?:tolerate|put up with|endure|suffer|deal with|"
                rf"let in|take in)\b|"
                rf"\b(?:do|does|can|could)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even|ever|"
                rf"actually)\s+(?:know how to\s+|"
                rf"learn to\s+)?(?:read|write|think|drive|speak english|count|cook|work|spell|function|wash)\b|"
                rf"\b(?:can|could|should)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:even|ever|really|actually)\s+be\s+"
                rf"(?:trusted|believed|taken seriously|relied on|civili[sz]ed|reasoned with)\b|"
                rf"\b(?:great|nice|better|wonderful|lovely|good)\s+if\s+there\s+(?:were|was|are)\s+no\s+(?:more\s+)?"
                rf"{IDENTITY}|"
                rf"\bwho\s+(?:thought|decided|said)\s+(?:it\s+was|it'?s)\s+(?:a good idea|okay|ok|wise|smart|fine)\s+"
                rf"to\s+(?:let|allow|give|hire|elect)\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bis there (?:a single|one|any|even one|a)\s+{IDENTITY}\s+(?:with|who has|that has)\s+(?:a brain|"
                rf"any brains|half a brain|common sense|morals|a conscience|an ounce of)|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,3}}?(?:shove|shoving|force|forcing|ram|ramming)\s+(?:it|their\s+\w+"
                rf"(?:\s+\w+)?)\s+(?:in|down)\s+(?:our|my|everyone'?s|people'?s)\s+(?:faces?|throats?)"),
             negatable=False, needs_group=True),
        # Worth denied: "X are not worth the oxygen they breathe"; the negation is the attack.
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:not|never|n'?t|hardly|barely)\s+(?:even\s+|really\s+)?"
                rf"worth\s+(?:the\s+)?(?:oxygen|air|space|food|water|dirt|bullet|skin|rope|effort|time of day)\b"),
             needs_group=True, negation_inside=False),
        # Threats as idioms: "X deserve a bullet", "should be legal to beat up X", "don't deserve to live".
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"{IDENTITY}[^.!?\x00\n]{{0,30}}?\b(?:deserves?|needs?)\s+(?:is\s+)?(?:a\s+bullet|"
                rf"an?\s+(?:good\s+|proper\s+|real\s+)?(?:beating|kicking|hiding|thrashing|slap)|to\s+"
                rf"(?:die|suffer|rot|burn|hang|be\s+(?:shot|killed|hanged|beaten|gassed|burned|burnt|tortured)))|"
                rf"\b(?:should|ought to)\s+be\s+(?:legal|allowed|okay|ok|fine)\s+to\s+{THREAT_VERB}\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:don'?t|do not|doesn'?t|does not)\s+deserve\s+to\s+"
                rf"(?:live|breathe|be alive)|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bwish\s+(?:they|he|she|you)\s+(?:would|'d|could)\s+(?:just\s+)?"
                rf"(?:die|drop dead|disappear)|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?\b(?:is|are|'re|'s)\s+(?:getting|gonna get|going to get|"
                rf"about to get)\s+"
                rf"an?\s+(?:good\s+|proper\s+|real\s+)?(?:beating|kicking|hiding|thrashing|bullet)|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?{THREAT_FRAME}\s+{FRAME_GAP}(?:burn|torch|firebomb)\s+(?:down\s+)?"
                rf"their\s+(?:houses?|homes?|shops?|places?)|"
                rf"\b(?:smash|kick|cave|bash)\s+(?:in\s+)?(?:the|their)\s+(?:skulls?|heads?|faces?|teeth)\s+(?:in\s+)?"
                rf"of\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bmake\s+(?:their|his|her)\s+li(?:fe|"
                rf"ves)\s+(?:a\s+)?(?:living\s+)?hell"),
             needs_group=True, negation_inside=False),
        # A universal claim by double negation: "you'll never meet a X who isn't lazy".
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:never|not once|ever)\s+(?:\w+\s+){{0,2}}?(?:met|meet|seen|see|known|know)\s+"
                rf"(?:an?\s+|one\s+|a single\s+|any\s+)?{IDENTITY}\s+(?:who|that)\s+"
                rf"(?:isn'?t|wasn'?t|is not|was not|weren'?t|aren'?t|are not)\s+(?:{INTENSIFIER})*(?:an?\s+)?"
                rf"(?:complete\s+|total\s+)?{NEGATIVE}"),
             needs_group=True, negation_inside=False),
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"\b{HARM}\s+(?:every (?:last |single )?one of\s+)?{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bdeath to\s+(?:all\s+)?{IDENTITY}|"
                # camps and bullets: "put all X in camps", "the next X I see gets a bullet"
                rf"\bput\s+{DETERMINER}{{0,2}}{IDENTITY}\s+in(?:to)?\s+(?:camps|cages|ghettos?|gas chambers|ovens)|"
                rf"\bthe next\s+{IDENTITY}\s+(?:i|we)\s+see\s+"
                rf"(?:gets|will get|is getting|is gonna get|is going to get)\s+"
                rf"(?:a bullet|shot|stabbed|killed|hurt|beaten|punched|it)\b|"
                rf"{THREAT_FRAME}\s+{FRAME_GAP}{THREAT_VERB}\s+{DETERMINER}{{0,3}}{IDENTITY}|"
                rf"\bthe only good {IDENTITY} (?:is|are) (?:an?\s+)?dead\b|"
                # wishing a group dead: "I want them all dead", "I wish Muslims would disappear"
                rf"\b(?:want|wish|like|love|hope|pray|wanna|can'?t wait)\s+(?:to\s+)?(?:see\s+|watch\s+)?"
                rf"(?:that\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+"
                rf"(?:(?:would|will|to|could)\s+)?(?:all\s+)?(?:just\s+)?(?:(?:gets?|got)\s+(?:{HARMED}|run over)|"
                rf"dead|gone|"
                rf"die|disappear|vanish|drop dead|"
                rf"burn|rot|suffer|"
                rf"get cancer|gassed|shot|hanged|wiped out|exterminated|eradicated)\b|"
                rf"\bmake sure\s+{DETERMINER}{{0,3}}{IDENTITY}\s+(?:\w+\s+){{0,4}}?"
                rf"(?:(?:suffer|die|pay|bleed|burn)s?\b|(?:end|ends|wind|winds) up (?:in (?:the )?(?:hospital|morgue|"
                rf"a ditch|ditches|a grave|graves|body bags?|coffins?|a wheelchair)|dead)\b)|"
                rf"{THREAT_FRAME}\s+{FRAME_GAP}(?:burn down|torch|firebomb|smash up|vandali[sz]e)\s+(?:the\s+)?"
                rf"(?:homes?|houses?|shops?|mosques?|churches?|synagogues?|temples?|businesses?|places?|stores?)\s+"
                rf"of\s+(?:the\s+)?{IDENTITY}|"
                rf"{THREAT_FRAME}\s+{FRAME_GAP}(?:burn down|torch|firebomb|smash up|vandali[sz]e|"
                rf"break every bone in)\s+"
                rf"(?:that|the|this|a|every|any|some)\s+{IDENTITY}(?:'s|s')\s+(?:homes?|houses?|shops?|cars?|body|"
                rf"face|businesses?|places?|stores?)"),
             needs_group=True, negation_inside=False),
        # The same, as wishes and idioms; one pattern of them all would make the RE2 screen a hundred times slower.
        Rule("group_harmed", "identity_attack", 0.95,
             _c(
                # "(wouldn't) the world be better off without X / if all X were dead"
                rf"\b(?:(?:would|wouldn'?t|isn'?t|is)\s+)?(?:the\s+|this\s+|our\s+|my\s+)?"
                rf"(?:world|country|nation|society|planet|town|city|neighbou?rhood|street|area|school|workplace|"
                rf"office|place|europe|america|canada|we|everyone|everybody)\s+"
                rf"(?:would\s+|'d\s+)?(?:be\s+)?(?:so\s+much\s+|much\s+|a lot\s+)?(?:an?\s+)?(?:better(?:\s+off|"
                rf"\s+place)?|"
                rf"safer|nicer|cleaner|(?:a\s+)?paradise|heaven|perfect|great again)"
                rf"\s+(?:without|if)\s+{DETERMINER}{{0,2}}{IDENTITY}"
                rf"(?:\s+(?:were|was)\s+(?:all\s+)?(?:dead|gone|extinct|wiped out))?|"
                # threats in idioms: "coming for", "know where X live", "better watch their backs", "a bullet for"
                rf"\b(?:we'?re|we are|i'?m|i am|we'?ll be|i'?ll be)\s+coming for\s+(?:you\s+)?{DETERMINER}{{0,2}}"
                rf"{IDENTITY}|\b(?:i|we)\s+know where\s+(?:you\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+"
                rf"(?:live|meet|pray|sleep|work|gather|hang out)|"
                rf"{IDENTITY}\s+(?:had\s+|'d\s+)?better\s+"
                rf"(?:watch (?:out|their backs?|your backs?)|run|hide|sleep with)|"
                rf"{IDENTITY}\s+will\s+(?:all\s+)?(?:burn|hang|bleed)(?=\s*(?:[.!\n\x00]|$))|"
                rf"\b(?:a bullet|bullets|a rope|the rope|a noose|the gas chambers?|the ovens?)\s+(?:for|is what)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}\s+deserve\s+(?:a bullet|bullets|the rope|a noose|the gas chamber|death|to die|a beating|"
                rf"a good beating)\b|"
                rf"\b(?:line|put)\s+(?:up\s+)?{DETERMINER}{{0,2}}{IDENTITY}\s+(?:up\s+)?against (?:a|the) wall|"
                rf"{IDENTITY}\s+(?:will|are going to|are gonna|gonna)\s+get what'?s coming(?: to them)?|"
                rf"\bopen season on\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{IDENTITY}\s+(?:will|are going to|are gonna|gonna|shall)\s+(?:all\s+)?pay\s+(?:for (?:this|it|that|"
                rf"what they(?:'ve| have)? done)|dearly|with (?:their|your) (?:blood|lives))|"
                rf"\bwatch (?:your|ur|yer) backs?,?\s+(?:you\s+)?{IDENTITY}|"
                rf"{IDENTITY}\s+(?:will|would|should)\s+be\s+(?:the\s+)?first\s+(?:against the wall|to (?:go|hang|"
                rf"die|burn))"),
             needs_group=True, negation_inside=False),
        # Threats addressed to the group or carried by a weapon or a purge.
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"\byou\s+(?:\w+\s+)?{IDENTITY}\s+(?:will|are going to|are gonna|gonna|won'?t|wont|shall)\s+"
                rf"(?:all\s+)?"
                rf"(?:be dead|die|hang|burn|live to see|live long|be sorry|pay|regret|suffer|bleed|be next)\b|"
                rf"\b(?:get|grab|load|bring|fetch)\s+(?:my|our|the|a)\s+(?:gun|guns|rifle|shotgun|knife|knives|rope|"
                rf"axe|"
                rf"machete|weapons?|bat|pitchforks?|torches)\b[^.!?\x00\n]{{0,60}}?{IDENTITY}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:get|grab|load|bring|fetch)\s+(?:my|our|the)\s+(?:gun|guns|rifle|"
                rf"shotgun|knife|knives|rope|axe|machete|weapons?|pitchforks?)\b|"
                rf"\b(?:i'?ll|i will|we'?ll|we will|i'?m|we'?re)\s+(?:be\s+)?waiting\s+(?:\w+\s+)?for\s+(?:you\s+)?"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:cleanse|cleansing|purge|purging|rid|ridding|clean|cleaning)\s+(?:this|our|the|my)\s+(?:\w+\s+)?"
                rf"(?:country|nation|city|town|world|land|streets?|neighbou?rhood|society|continent|race)\s+of\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:get|lay)\s+(?:our|my)\s+hands\s+on\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"{THREAT_FRAME}\s+{FRAME_GAP}(?:personally\s+)?end\s+{DETERMINER}{{1,3}}{IDENTITY}"),
             needs_group=True, negation_inside=False),
        # Expulsion and lessons; apart, because one alternation of all these idioms made the RE2 screen blow up.
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"\b(?:kick|throw|chase|boot|ship|send)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:all\s+)?(?:packing|out|"
                rf"back)\b(?!\s+(?:of\s+(?:poverty|danger|harm)|money|payments?|home safe))|"
                rf"\bround\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:all\s+)?up\b|"
                rf"\b(?:ship|kick|throw|chase|boot)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:all\s+)?(?:off|away)\b|"
                rf"\b(?:put|lock|throw|round up|send|ship|herd|load)\s+(?:up\s+)?{DETERMINER}{{0,3}}{IDENTITY}\s+"
                rf"(?:up\s+)?(?:in|into|on)\s+(?:\w+\s+)?(?:camps|cages|prisons?|jail|ghettos?|boats?|planes?|"
                rf"ships?|trains?|cattle cars|institutions|asylums|gas chambers|ovens)\b|"
                rf"\bknock\s+(?:some\s+)?sense\s+into\s+{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bget\s+{DETERMINER}{{0,2}}{IDENTITY}\s+out of\s+(?:this|our|my|the)\s+(?:country|nation|town|city|"
                rf"neighbou?rhood|schools?|streets?|society|government|workplace|jobs?)|"
                rf"{IDENTITY},?\s+(?:you(?:'d| had)?\s+)?(?:better\s+)?watch (?:your|ur|yer|their) backs?|"
                rf"{THREAT_FRAME}\s+{FRAME_GAP}(?:(?:find|catch|grab|track down|hunt down)\s+(?:\w+\s+){{0,3}}?and\s+)?"
                rf"(?:make|teach)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+"
                rf"(?:pay|suffer|bleed|regret|a lesson)\b|"
                rf"{IDENTITY}\s+(?:who|that)\s+[^.!?\x00\n]{{0,40}}?\bwill\s+(?:be\s+)?(?:shot|killed|hanged|"
                rf"beaten|hurt|dealt with|sorry)\b"),
             needs_group=True, negation_inside=False),
        # Harm as a norm: "X should be deported", "X have no place in", "X belong in a zoo".
        Rule("group_harmed", "identity_attack", 0.95,
             _c(rf"{IDENTITY}\s+(?:should|must|need to|ought to|have to)\s+(?:all\s+)?(?:stay|be kept|keep|get)\s+"
                rf"(?:well\s+)?(?:out of|away from|apart from)\s+(?:public life|politics|our|my|the workplace|sight|"
                rf"schools|society|decent|normal|civili[sz]ed|ordinary|children|kids|us\b)|"
                rf"{IDENTITY}\s+(?:\w+\s+)?should\s+(?:just\s+|all\s+)?(?:stay|stick|keep)\s+(?:in|to|with|among)\s+"
                rf"(?:their own\b|themselves)|"
                rf"{IDENTITY}\s+(?:should|must|need to|ought to|"
                rf"have to)\s+(?:all\s+)?be\s+put\s+(?:back\s+)?in their place|"
                # silencing a whole group: "X should be seen and not heard", "X should shut up and stay home"
                rf"{IDENTITY}\s+(?:should|must|need to|ought to|have to)\s+(?:all\s+|just\s+)?(?:be seen and not heard|"
                rf"shut up|keep (?:their|your) (?:mouths?|traps?) shut|be silenced|stay (?:silent|quiet|at home|in the "
                rf"kitchen|in the closet|in their lane|in their own countries)|go back (?:in|into) the closet)|"
                rf"{IDENTITY}\s+(?:have|has) no place in (?:our|this|a|the|civili[sz]ed|decent|public|society)|"
                rf"{IDENTITY}{LIKE_YOU}(?:\s+(?:neighbou?rhoods?|areas?|communit(?:y|ies)|famil(?:y|ies)|mosques?|"
                rf"bars?|clubs?|"
                rf"business(?:es)?|shops?|schools?))?(?:\s+(?:on|in|at|from|around)\s+(?:my|our|this|"
                rf"the)\s+\w+)?\s+(?:should|must|"
                rf"need to|deserve to|ought to)\s+(?:all\s+)?(?:be\s+|get\s+|have been\s+|have\s+(?=sunk|"
                rf"drowned))?{HARMED}|"
                # discrimination as a right: "it should be legal to fire someone for being X", "shops should have
                # the right to turn X away"
                rf"\b(?:should|must|ought to)\s+(?:(?!(?:never|not|no)\b)\w+\s+){{0,4}}?(?:legal|the right|allowed|"
                rf"free|able)\s+to\s+"
                rf"(?:fire|sack|evict|refuse|deny|ban|turn away|kick out|throw out|discriminate against)\s+"
                rf"(?:(?:\w+\s+){{0,2}}?for being\s+(?:an?\s+)?{IDENTITY}|{DETERMINER}{{0,2}}{IDENTITY})|"
                rf"\b(?:should|must|ought to)\s+(?:(?!(?:never|not|no)\b)\w+\s+){{0,4}}?(?:the right|allowed|free|"
                rf"able)\s+to\s+"
                rf"(?:turn|kick|throw|keep)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:away|out)\b|"
                rf"{IDENTITY}\s+(?:invasion|infestation|plague|menace|hordes?|takeover)\s+(?:must|should|needs? to|"
                rf"has to|will)\s+be\s+{HARMED}|"
                rf"{IDENTITY}\s+(?:can'?t|cannot|should not|shouldn'?t|must not)\s+be\s+(?:trusted|allowed|permitted)|"
                rf"{IDENTITY}\s+belong(?:s|ed)?\s+(?:back\s+(?:in|on|at|to|with)\b|barefoot\b|(?:in|to|on|"
                rf"at)\s+(?:the\s+|a\s+)?"
                rf"(?:\w+\s+)?(?:kitchen|zoo|cage|cages|jail|prison|gas chambers?|oven|trash|gutter|back of the bus|"
                rf"ghetto|fields|desert|jungle|trees|caves?|chains|slavery|camps?|asylums?|closet|sewers?|barns?|"
                rf"plantations?)\b)"),
             needs_group=True, negation_inside=False),
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"{IDENTITY}{LIKE_YOU}\s+{BE}\s+{INTENSIFIER}*(?:(?:a|an|the)\s+)?{NEGATIVE}|"
                rf"\b(?:are|is|were|aren'?t|isn'?t|weren'?t)\s+(?:all\s+)?{IDENTITY}\s+(?:{INTENSIFIER}|that\s+)+"
                rf"(?:(?:a|an|the)\s+)?{NEGATIVE}|"
                rf"{IDENTITY}\s+(?:control|run|own|rule)\s+(?:the\s+)?(?:media|banks|world|government|money|hollywood)|"
                rf"\b(?:have|has|got|feel)\s+(?:zero|no|not an ounce of|not one ounce of)\s+"
                rf"(?:respect|sympathy|compassion|tolerance|patience|empathy|love|pity|time)\s+for\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\b(?:never|won'?t|wouldn'?t|can'?t|cannot|can never|should never|shouldn'?t|rather die than)\s+"
                rf"(?:ever\s+|really\s+)?(?:hire|date|marry|trust|vote for|"
                rf"live near|rent to|work with|respect|accept|tolerate|welcome|befriend|serve|sit next to|let|allow|"
                rf"shake hands with)\s+{DETERMINER}{{0,2}}(?:an?\s+)?{IDENTITY}"),
             negatable=False, needs_group=True),
        # Implicit derogation, and curses; a separate pattern keeps each RE2 screen small and fast.
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\bwhat (?:do|did|else do|else did|would|else would|could) (?:you|we|they|i) expect (?:from|of)\s+"
                rf"(?:an?\s+|the\s+|a bunch of\s+)?{IDENTITY}|"
                rf"\bkeep\s+{DETERMINER}{{0,2}}{IDENTITY}\s+out\b|"
                rf"\b(?:rather|sooner)\s+(?:\w+\s+){{0,4}}?(?:dead|die|died)\s+than\s+(?:be\s+|become\s+|"
                rf"marry\s+)?(?:an?\s+)?"
                rf"{IDENTITY}|"
                rf"\b(?:rather|sooner)\s+(?:\w+\s+){{1,8}}than\s+(?:(?:\w+\s+){{0,4}}?(?:next to|with|near|beside|"
                rf"around|to)\s+)?(?:an?\s+|any\s+|a single\s+|(?:a|one)\s+(?:family|bunch|group|couple|load|gang|"
                rf"houseful) of\s+)?{IDENTITY}|"
                rf"\b(?:goes|go|went|gone|going)\s+(?:downhill|to (?:hell|shit|pot|the dogs))\s+"
                rf"(?:once|when|after|as soon as|because|whenever)\s+(?:the\s+)?{IDENTITY}|"
                rf"\bcan'?t be (?:an?\s+)?{IDENTITY}\s+and\s+(?:an?\s+)?"
                rf"(?:decent|good|normal|moral|real|sane|honest)\s+(?:human|person|people|citizen|man|woman)|"
                rf"{IDENTITY}[.!]+\s*typical\b|"
                rf"{IDENTITY}\s+(?:can|should|may|need to|must|could)\s+(?:all\s+)?(?:go\s+)?(?:fuck|screw)\s+"
                rf"(?:themselves|off|yourselves)|{IDENTITY}\s+(?:can|should|may|"
                rf"could)\s+(?:(?:all\s+)?(?:go (?:to hell|die)|rot(?:\s+in hell)?|"
                rf"burn in hell)|all\s+(?:die|drown|starve|burn))\b|"
                rf"\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:wants|likes|needs|trusts|respects)\s+{DETERMINER}{{0,2}}"
                rf"{IDENTITY}(?!\s+(?:to|being|hurt|harmed|harassed|attacked|suffering|treated)\b)|"
                rf"\bnothing\s+(?:\w+\s+)?(?:good|valuable|redeeming|worthwhile|positive|decent|admirable|human|"
                rf"of value)\s+(?:about|in)\s+{DETERMINER}{{0,2}}{IDENTITY}"),
             negatable=False, needs_group=True),
        # Implicit derogation in general forms: worth denied, blame, contamination, a list of vices as the answer to
        # the group ("Immigrants? Lazy and dishonest."), and the group as the reason for a vice ("they're stupid,
        # they're X"). Negations inside cancel ("they're not stupid").
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"{IDENTITY}\s+(?:\w+\s+)?(?:contribute|contributes|contributed|add|adds|added|bring|brings|brought|"
                rf"offer|offers|offered|give|gives|gave|given)\s+(?:(?:the world|us|this country|the country|society|"
                rf"anyone|humanity|the west)\s+)?(?:absolutely\s+|literally\s+)?nothing(?:\s+(?:to|of value|good|"
                rf"worthwhile|but)\b|(?=\s*(?:[.!?\x00\n]|$)))|"
                rf"\bthe only (?:thing|things)\s+{IDENTITY}\s+(?:have\s+|has\s+)?(?:ever\s+)?(?:import|imports|"
                rf"imported|bring|brings|brought|contribute|contributes|contributed|give|gives|gave|given|produce|"
                rf"produces|produced|export|exports|offer|offers|add|adds)\s+(?:\w+\s+){{0,3}}?(?:is|are|was|were)\s+"
                rf"(?:\w+\s+)?(?:trouble|crime|problems|violence|terror|disease|misery|chaos|drugs|poverty|filth|debt|"
                rf"hate|bombs|rape|noise|dirt)\b|"
                rf"{IDENTITY}\s+(?:have|has)\s+(?:absolutely\s+)?nothing\s+(?:to offer|of value)|"
                rf"{IDENTITY}\s+{BE}\s+(?:only|just|really only|only ever)\s+good for\s+(?!(?:the|our)\s+(?:economy|"
                rf"country|society|community|business)\b)\w+|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:ruin|ruins|destroy|destroys|spoil|spoils|wreck|wrecks|poison|poisons|"
                rf"infect|infects|corrupt|corrupts|contaminate|contaminates|taint|taints)\s+(?:everything|anything|"
                rf"every\s+\w+|all (?:they|that)|whatever)|"
                rf"{IDENTITY}\s+{BE}\s+(?:\w+\s+)?(?:the\s+)?(?:reason|cause|root|source)\s+(?:of\s+|for\s+|why\s+)?"
                rf"(?:\w+\s+){{0,5}}?(?:going to (?:hell|shit|pot|the dogs)|goes? (?:to hell|downhill)|going downhill|"
                rf"(?:going|goes|gone) down the (?:drain|toilet|tubes|pan)|"
                rf"falling apart|in decline|is a mess|a shithole|is broken|all (?:our|the|of our) (?:problems|crime|"
                rf"trouble))|"
                rf"{IDENTITY}\s+{BE}\s+to blame for (?:everything|all (?:of )?(?:our|the|this)|what'?s wrong)|"
                rf"{IDENTITY}\s+{BE}\s+(?:just\s+|simply\s+|really\s+)?the\s+(?:absolute\s+|very\s+)?(?:worst|lowest|"
                rf"dumbest|stupidest|laziest|dirtiest|filthiest|most (?:disgusting|useless|pathetic|worthless|vile|"
                rf"stupid|dangerous|violent|dishonest|evil))\b(?!\s+(?:affected|hit|off|treated|paid|served|victims?|"
                rf"targets?|targeted|harmed)\b)|"
                rf"{IDENTITY}\s+(?:make|are|always make)\s+(?:such\s+|really\s+)?(?:terrible|awful|horrible|bad|lousy|"
                rf"useless|poor|the worst|shit|crap|crappy|shitty|dangerous)\s+(?:parents|mothers|fathers|drivers|"
                rf"leaders|workers|employees|neighbou?rs|citizens|teachers|doctors|soldiers|bosses|friends|people|"
                rf"human beings|role models|partners|wives|husbands|tenants)\b"),
             needs_group=True),
        # The same, for one member or the being of the group ("every X I met was a liar", "being X is a disease");
        # a rule of its own so that neither RE2 screen outgrows its memory (0.7 s per 50,000 comments, not 0.02 s).
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:every|each|any)\s+(?:single\s+)?{IDENTITY}\s+(?:i|we|you)\s+(?:\w+\s+){{0,3}}?"
                rf"(?:was|were|is|are)\s+(?:{INTENSIFIER})*(?:an?\s+|some\s+)?{NEGATIVE}|"
                rf"\bbeing\s+(?:an?\s+)?{IDENTITY}\s+(?:is|=)\s+(?:an?\s+)?(?:\w+\s+)?(?:mental illness|"
                rf"mental disorder|disease|disorder|sickness|sin|abomination|disgrace|curse|perversion)\b|"
                rf"\b(?:shame|pity|sad|tragedy|mistake)\s+(?:that\s+)?{IDENTITY}\s+(?:even\s+|still\s+)?(?:exist|"
                rf"are alive|were born|breathe|are allowed to live)\b|"
                rf"\b(?:hiring|employing|educating|housing|funding|letting in|admitting|accepting|promoting|electing|"
                rf"trusting|helping)\s+(?:more\s+|any\s+)?{IDENTITY}\s+(?:is|was|would be|will be)\s+(?:always\s+)?"
                rf"(?:a|such a)\s+(?:(?:complete|total|huge)\s+)?(?:waste|mistake|disaster|joke|bad idea)\b|"
                rf"\b(?:hiring|employing|promoting|electing|admitting)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:is|was)\s+"
                rf"(?:basically\s+|just\s+|only\s+|pure\s+|nothing but\s+)?(?:charity|a charity case|tokenism)\b"),
             needs_group=True),
        # Contempt for a group's abilities and place: "X should stick to cooking", "X can't even speak English".
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"{IDENTITY}\s+(?:always\s+|all\s+)?(?:have to|need to|got to|gotta|seem to|tend to|must)\s+be\s+"
                rf"(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}|"
                rf"\bwhy\s+(?:should|do|must|would)\s+(?:we|i|anyone|you)\s+(?:even\s+)?(?:tolerate|put up with)\s+"
                rf"{DETERMINER}{{0,2}}{IDENTITY}|"
                rf"\bwhy\s+(?:(?:are|is)\s+{DETERMINER}{{0,2}}{IDENTITY}|{DETERMINER}{{0,2}}{IDENTITY}\s+(?:are|is))\s+"
                rf"(?:even\s+|still\s+)?allowed\s+to\s+(?:breed|exist|live|vote|reproduce|have (?:kids|children)|"
                rf"walk (?:the streets|free)|marry|adopt|teach)\b|"
                rf"\b(?:do|does)\s+{IDENTITY}\s+(?:even\s+)?(?:have|possess)\s+(?:a\s+|any\s+)?(?:brains?|souls?|"
                rf"morals|"
                rf"feelings|a conscience|sense|shame|decency)\b|"
                rf"{IDENTITY}\s+(?:all\s+|just\s+|always\s+|really\s+)?(?:smell|stink|reek)(?=\s*(?:[.!?,\x00\n]|$)|\s+"
                rf"(?:so\s+|really\s+|very\s+|that\s+)?(?:bad|awful|terrible|disgusting|horrible|foul|funny))|"
                # of or like a named filth, in any tense: "X smelled like a bin"
                rf"{IDENTITY}\s+(?:all\s+|just\s+|always\s+|really\s+)?(?:smelled|smelt|stank|reeked|smells?|stinks?|"
                rf"reeks?)\s+(?:like|of)\s+(?:an?\s+|the\s+|old\s+|rotten\s+|wet\s+|dead\s+)*(?:bins?|garbage|trash|"
                rf"rubbish|shit|sewers?|sewage|piss|urine|animals?|pigs?|goats?|dogs?|rot|death|vomit|sick|feet|sweat|"
                rf"body odou?r|filth|dirt|curry|garlic|onions?|fish|zoos?|farms?|barns?|dumpsters?|toilets?|"
                rf"landfills?|corpses?|manure|dung|cabbage|skunks?)\b|"
                rf"{IDENTITY}\s+should\s+(?:just\s+|all\s+)?(?:stick to|stay in|stay at|go back to|get back to)\s+"
                rf"(?:the\s+)?(?:cooking|cleaning|the kitchen|kitchen|home|making sandwiches|having babies|"
                rf"their own kind|their own countries|where they belong|the closet)|"
                rf"{IDENTITY}\s+(?:can'?t|cannot|can not|don'?t)\s+even\s+(?:\w+\s+)?(?:drive|read|write|speak|spell|"
                rf"count|think|cook|dress|talk|behave|park|wash|add up)\b|"
                rf"\bthe only thing\s+{IDENTITY}\s+(?:are|is)\s+(?:\w+\s+)?good (?:at|for)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:breed|multiply|reproduce)\s+like\s+(?:rabbits|rats|cockroaches|flies|"
                rf"vermin|animals|insects|lice|roaches|mice)|"
                rf"\b(?:letting|allowing)\s+{IDENTITY}\s+(?:to\s+)?(?:vote|in|drive|work|teach|lead|marry|adopt|"
                rf"come here|into (?:the|our|this) \w+)\s+(?:is|was|would be|will be)\s+(?:always\s+)?(?:a|such a)\s+"
                rf"(?:(?:complete|total|huge|big)\s+)?(?:waste|mistake|disaster|joke|bad idea)\b"),
             needs_group=True, negation_inside=False),
        Rule("group_disparaged", "identity_attack", 0.85,
             # the group as a topic answered with vices, or "what X are like: ..."
             _c(rf"(?:(?:^|(?<=[.!?\x00\n])|(?<=[.!?\x00\n]\s)|(?<=[.!?\x00\n]\s\s))(?:(?:the|all|these|those)\s+)?"
                rf"{IDENTITY}\s*(?:\?+|:|—|=)|"
                rf"{IDENTITY}\s+(?:are|is)\s+like\s*[.:!?—]+)\s*(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}"
                rf"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+or\s+)(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE})*"
                rf"(?=\s*(?:[.!,;\x00\n]|$))|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:they(?:'re|\s+are|\s+r)|{IDENTITY}\s+{BE})\s+"
                rf"(?:just\s+|absolutely\s+|simply\s+|worth\s+)?nothing(?=\s*(?:[.!\x00\n]|$))"),
             needs_group=True),
        # The group as the reason for a vice ("they're stupid, they're X"): apart, for the size of the RE2 screen.
        Rule("group_disparaged", "identity_attack", 0.85,
             _c(rf"\b(?:they(?:'re|\s+are)|he(?:'s|\s+is)|she(?:'s|\s+is))\s+(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}"
                rf"\s*[,;:.]?\s+(?:because\s+|cause\s+|cos\s+|since\s+|as\s+)?(?:they(?:'re|\s+are)|he(?:'s|\s+is)|"
                rf"she(?:'s|\s+is))\s+(?:just\s+|only\s+|all\s+)?(?:an?\s+)?{IDENTITY}"),
             needs_group=True),
        # Telling someone to leave the country for who they are: an attack on identity without naming the group.
        Rule("go_back", "identity_attack", 0.8,
             _c(r"\b(?:go|send (?:them|\w+)|going|sent)\s+back to (?:where (?:you|they) (?:came|come) from|"
                r"your (?:own )?country|their (?:own )?country|your (?:own )?kind|the jungle|the desert|"
                r"your shithole)")),
        # A group named with an epithet that insults it ("filthy immigrants", "these fucking women").
        Rule("group_epithet", "identity_attack", 0.8,
             _c(rf"\b{PEJORATIVE_ADJ}\s+(?:(?:little|old|bunch of|lot of)\s+)?{IDENTITY_MANY}|"
                rf"\b(?:you|an?|that|this|some|the|every|typical|stupid)\s+(?:(?:fucking|bloody|little|old|dumb)\s+)?"
                rf"{PEJORATIVE_ADJ}\s+{IDENTITY_PERSON}s?{PHRASE_END}|"
                rf"\btypical\s+{IDENTITY_PERSON}s?(?=\s*[,.!;:\x00\n]|$|\s+(?:behaviou?r|logic|nonsense|attitude|"
                rf"thinking|mentality|crap|bs))|"
                rf"\bshut\s+(?:the\s+(?:fuck|hell)\s+)?up,?\s+(?:you\s+)?(?:\w+\s+)?{IDENTITY_PERSON}s?{PHRASE_END}|"
                # a member named by the group and an insult: "some trans freak", "that Muslim idiot"; not the
                # compounds whose group is the object or a state ("a Muslim hater", "a Russian troll", "black sheep")
                rf"\b(?:you|an?|that|this|some|the|these|those|every|typical|stupid|fucking|bloody)\s+{IDENTITY}\s+"
                rf"(?!(?:haters?|apologists?|bashers?|lovers?|trolls?|bots?|sheep|shills?|stooges?|puppets?)\b)"
                rf"{INSULT}\b"),
             needs_group=True),
        # A negative predicate about a protected group with up to three words between ("Muslims are often
        # violent"), after "are" or a linking verb, and after the speaker's acquaintance ("X seem dirtier", "every X
        # I've met has been dirty and smelly").
        Rule("group_stereotyped", "identity_attack", 0.75,
             _c(rf"{IDENTITY}\s+(?:{MET_BY_ME})?(?:(?:just|all|really|always|still|literally|honestly)\s+)?"
                rf"(?:{LINKING}|(?<=\s)(?:{BE}|(?:have|has)\s+been))\s+"
                rf"(?!(?:\w+\s+)?{NOT_STEREOTYPED}\b)(?:{INTENSIFIER}|more\s+and\s+more\s+|an?\s+(?:pack|load|"
                rf"horde|gang|lot) of\s+|{GAP_WORD}){{0,3}}"
                rf"{NEGATIVE}"),
             needs_group=True),
        # What a group is said to do rather than to be: crimes and living off others, dragging a place down, a plot
        # on children or the country, its members' company shunned.
        Rule("group_vice", "identity_attack", 0.8,
             _c(rf"{IDENTITY}\s+(?:(?:all|just|only|mostly|really|now|already|even)\s+)?(?:(?:have|has|had)\s+"
                rf"(?:already\s+|now\s+|all\s+)?(?:started|begun|taken to|been)\s+|(?:are|were|is)\s+"
                rf"(?:already\s+|all\s+|now\s+|out\s+|just\s+)*|(?:will|would|'ll)\s+(?:just\s+|only\s+)?|"
                rf"(?:start|started|go|went|come here to|came here to)\s+)?(?:{CRIME})|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:drag|drags|dragged|dragging|bring|brings|brought|bringing|pull|pulls|"
                rf"pulling)\s+(?:\w+\s+){{0,3}}?(?:down\b|into the (?:gutter|mud|dirt|ground|sewer|abyss|dark ages|"
                rf"stone age))|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:have|has|had|find|found|got|get)\s+the\s+(?:nerve|gall|audacity|cheek)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,80}}?\ball (?:they|those people|these people)\s+(?:ever\s+)?(?:bring|"
                rf"brings|brought|do|did|cause|import|contribute)\s+is\s+(?:\w+\s+)?(?:crime|trouble|violence|terror|"
                rf"disease|misery|chaos|drugs|problems|filth|noise|dirt)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:lower|lowers|lowering|lowered)\s+the\s+(?:tone|standards?|average|iq|"
                rf"bar|property values)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:want|wants|trying|try|tries|plan|plans|planning|plotting|out|"
                rf"going|determined)\s+to\s+(?:turn|convert|recruit|groom|indoctrinate|brainwash|corrupt|poison|"
                rf"take over|replace|outbreed|islami[sz]e|destroy|ruin|infiltrate)\s+(?:us|our|the|your|this|my|"
                rf"every|all|white|young|kids|children)\b|"
                rf"{IDENTITY}\s+(?:{BE}\s+)?(?:\w+\s+)?(?:grooming|indoctrinating|brainwashing|corrupting|"
                rf"poisoning|recruiting|outbreeding|replacing|infiltrating)\s+(?:us|our|your|my|white|young|kids|"
                rf"children)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:raised|born|brought up|dragged up)\s+in\s+(?:a\s+)?"
                rf"(?:barn|sewer|zoo|jungle|cave|pigsty|pig sty|gutter|stable)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?should\s+(?:all\s+|just\s+)?be\s+(?:so\s+|very\s+)?ashamed\b|"
                rf"\bif\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:weren'?t|wasn'?t|were not|was not)\s+(?:so|such)\s+"
                rf"(?:an?\s+)?(?:{INTENSIFIER})*{NEGATIVE}|"
                rf"{IDENTITY}\s+(?:(?:have|has)\s+|'ve\s+)?never\s+(?:worked|done)\s+a\s+(?:hard\s+|honest\s+)?day'?s?\s+"
                rf"(?:work|in their lives)\b|"
                rf"{IDENTITY}\s+(?:are|were|'re)\s+(?:\w+\s+)?(?:always\s+)?(?:plotting|scheming|"
                rf"up to (?:something(?!\s+(?:good|great|positive|special|amazing|wonderful|new|big|exciting|"
                rf"interesting))|no good))\b|"
                rf"\bnever know what\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:are|is|'re|were)\s+(?:\w+\s+)?"
                rf"(?:planning|plotting|up to|hiding|capable of|scheming)|"
                rf"\b(?:don'?t|do not|wouldn'?t|would not|never|won'?t|will not)\s+(?:\w+\s+)?(?:want|let|have|"
                rf"allow)\s+"
                rf"(?:an?\s+|any\s+|the\s+|that\s+|those\s+|some\s+)?{IDENTITY}\s+(?:\w+\s+)?(?:touching|touch|"
                rf"near|around|teaching|teach|treating|treat|serving|serve|handling|handle|operating|babysitting|"
                rf"looking after|cook|cooking)\s+(?:me|my|our|us|him|her|them|on)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:don'?t|doesn'?t|do not|does not|never)\s+belong\s+(?:here|anywhere|"
                rf"among|with (?:us|normal|decent)|in (?:this|our|my|a civili[sz]ed|civili[sz]ed|normal|decent|any) )|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:should|must|need to|needs to|ought to)\s+(?:all\s+|just\s+)?"
                rf"(?:stay|be kept|be hidden|be locked|be shut|keep|remain)\s+(?:away\s+|hidden\s+|locked\s+)?"
                rf"(?:indoors|inside|out of sight|behind closed doors|in the closet|in (?:their|the) (?:homes?|houses?|"
                rf"rooms?|basements?)|in institutions|away)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,80}}?\bwhere\s+(?:nobody|no one|no-one|we don'?t|normal people "
                rf"don'?t|decent people don'?t)\s+(?:has|have|need|needs)\s+to\s+(?:see|look at|hear|deal with|"
                rf"smell)\s+(?:them|him|her)\b"),
             needs_group=True, negation_inside=False),
        # Denying a whole group a human trait: the negation is the attack, so only one before the group cancels it.
        Rule("group_denied", "identity_attack", 0.85,
             _c(rf"{IDENTITY}\s+(?:{BE}|can|could|will|would)\s*(?:n'?t|not|never|no longer)\s+(?:ever\s+)?"
                rf"(?:be\s+)?(?:an?\s+|{INTENSIFIER}|real\s+|fully\s+|truly\s+|even\s+|proper\s+|actual\s+)*"
                rf"{DENIED_TRAIT}\b|"
                rf"{IDENTITY}\s+lives\s+(?:do\s*n'?t|do not|never|don'?t)\s+matter|"
                rf"{IDENTITY}\s+(?:\w+\s+)?deserves?\s+(?:absolutely\s+)?nothing\b|"
                rf"{IDENTITY}\s+{BE}\s+(?:\w+\s+)?(?:barely|hardly|scarcely|less than|not quite|not even|not fully)\s+"
                rf"(?:human|humans|people|persons|human beings)\b|"
                rf"{IDENTITY}\s+(?:have|has)\s+(?:no|zero|not an ounce of|not one ounce of|not a shred of)\s+"
                rf"(?:brains?|morals|intelligence|sense|common sense|decency|manners|culture|shame|class|souls?|"
                rf"conscience|empathy|values|honou?r|self-control|dignity)\b|"
                rf"{IDENTITY}\s+(?:can'?t|cannot|can not|are unable to|don'?t know how to|do not know how to)\s+"
                rf"(?:even\s+)?(?:think|reason|drive|lead|learn|behave|function|control themselves|be reasoned with|"
                rf"do (?:anything|maths|math|science) (?:right|properly)|tell the truth|be civili[sz]ed)\b|"
                rf"{IDENTITY}\s+should(?:n'?t| not| never)\s+(?:even\s+)?(?:exist|be born|have been born|be alive|"
                rf"breed|reproduce|have (?:kids|children|babies))\b|"
                rf"{IDENTITY}\s+should\s*(?:n'?t|not|never)\s+(?:ever\s+)?(?:have been|be)\s+(?:allowed|let|"
                rf"permitted)\s+(?:in|into|here|to (?:come|stay|vote|work|teach|lead|marry|adopt))\b|"
                # rights denied: "never let women vote", "why do they let X live?"
                rf"\b(?:don'?t|do not|shouldn'?t|should not|never|wouldn'?t|won'?t|why (?:do|does|did|would|should) "
                rf"\w+ (?:even |still |ever )?)\s*(?:let|allow)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:to\s+)?(?:vote|"
                rf"drive|work|"
                rf"speak|lead|teach|adopt|marry|own|live|exist|breed|have (?:kids|children|rights)|walk (?:around|"
                rf"the streets|"
                rf"free)|be seen|out in public|go out|in public)\b|"
                rf"(?:\b(?:don'?t|do not|never)\s+think\s+(?:that\s+)?{IDENTITY}\s+(?:should\s+)?|{IDENTITY}\s+"
                rf"(?:do\s+not|don'?t|shouldn'?t|should not|never)\s+)"
                rf"deserve\s+(?:to (?:live|exist|breathe|be (?:here|free|alive|treated|respected|heard))|rights|"
                rf"respect|dignity|kindness|compassion|a (?:voice|say|place|chance)|any\w*)|"
                rf"\bno\s+{IDENTITY}\s+(?:can|could|should|will|is|are|deserves? to)\s+(?:ever\s+)?(?:be\s+)?"
                rf"{DENIED_TRAIT}\b"), needs_group=True, negation_inside=False),
        # Habits of crime or parasitism charged to a whole protected group ("why do women always lie?").
        Rule("group_vice", "identity_attack", 0.8,
             _c(rf"{IDENTITY}\s+(?:all\s+)?(?:always|constantly|only|just|keep|never stop)\s+(?:\w+\s+){{0,2}}"
                rf"{STRONG_HABIT}\b|{IDENTITY}\s+{STRONG_HABIT}\s+(?:so much|so often|all the time|constantly|"
                rf"like they breathe|every chance they get)\b|"
                rf"{IDENTITY}\s+(?:(?:are|is|have|has|will)\s+)?(?:\w+\s+)?(?:ruin|ruins|ruined|ruining|destroy|"
                rf"destroys|destroyed|destroying|poisoning|poisoned|infecting|infested|polluting|polluted|"
                rf"contaminating|"
                rf"contaminated)\s+(?:(?:this|our|the|my)\s+(?:country|nation|society|city|town|culture|"
                rf"neighbou?rhood|world|race|schools?|streets)|us\b|everything\b|it\b|the place\b)|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:turn|turns|turned|turning|made|make|makes|making)\s+"
                rf"(?:it|the place|\w+ (?:\w+ )?(?:town|city|area|street|neighbou?rhood|country|school|building|"
                rf"estate|high street))\s+(?:into\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:dump|cesspit|cesspool|slum|"
                rf"ghetto|"
                rf"shithole|hellhole|war ?zone|no-go zone|sewer|tip|pigsty|terror cell|third world \w+)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,3}}?(?:bring|brings|brought|bringing)\s+(?:nothing but\s+|only\s+)?"
                rf"(?:crime|violence|disease|drugs|terror|rape|chaos|filth)\s+(?:with \w+|wherever|everywhere|to)\b|"
                rf"{IDENTITY}\s+(?:\w+\s+){{0,2}}?(?:choose|chooses|chose|pick|prefer|prefers)\s+crime\b|"
                rf"{IDENTITY}\s+(?:(?:have|has|had)\s+)?(?:been\s+)?(?:ruining|destroying|wrecking)\s+(?:\w+\s+)?"
                rf"ever since\b"),
             needs_group=True),
        # Implicit derogation in the shapes it takes without an insult word (HateCheck's F4): the group as the
        # worse half of a comparison with animals and objects, as an absurd analogy, as a warning, as a wonder
        # when one member does well, as a cause of decline, as a pairing with a crime, and the past "when X knew
        # their place".
        Rule("group_insinuated", "identity_attack", 0.8,
             _c(rf"\b(?:letting|allowing|giving|hiring|employing|schooling|educating|teaching|having|working with|"
                rf"putting|electing|marrying|dating|trusting|talking to|arguing with|reasoning with|living (?:next to|"
                rf"with|near))\s+(?:\w+\s+){{0,2}}?{IDENTITY}[^.!?\x00\n]{{0,40}}?\b(?:is|was|would be|'s)\s+"
                rf"(?:just\s+|basically\s+|exactly\s+|a bit\s+|kind of\s+)?like\s+\w+ing\b[^.!?\x00\n]{{0,40}}?"
                rf"\b{VEHICLE}|"
                rf"\b(?:find|finds|found)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:{INTENSIFIER})*{NEGATIVE}|"
                rf"\bimagine\s+being\s+(?:an?\s+)?(?:\w+\s+)?{IDENTITY}\s+and\s+(?:still\s+|actually\s+|seriously\s+|"
                rf"genuinely\s+)?(?:thinking|expecting|wanting|believing|demanding|asking|calling|claiming)\b|"
                rf"{IDENTITY}\s+(?:and|&|\+)\s+(?:\w+\s+){{0,2}}?\w+[,.!:;]*\s+(?:name a (?:more\s+)?(?:iconic|"
                rf"predictable|classic|famous|perfect)\s+(?:duo|pair|pairing|combo|combination|couple|trio)|"
                rf"(?:go|goes|went) together like)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:knew|know|knows|learn|learned|learnt|remember|remembered|"
                rf"stayed|stay|stays)\s+(?:in\s+)?(?:their|her|his)\s+place\b|"
                rf"\b(?:put|keep|kept|putting|keeping)\s+{DETERMINER}{{0,2}}{IDENTITY}\s+(?:back\s+)?in\s+"
                rf"(?:their|her|his)\s+place\b|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:had it\s+|(?:were|was|are|would be)\s+(?:\w+\s+)?)better(?:\s+off)?\s+"
                rf"(?:in chains|as slaves|enslaved|under (?:slavery|apartheid|segregation|jim crow|colonial rule)|"
                rf"in (?:the\s+)?(?:cotton\s+)?fields|on (?:the\s+)?plantations?|in (?:cages|camps|institutions|"
                rf"asylums)|before (?:emancipation|abolition|civil rights|the vote|suffrage))|"
                rf"{IDENTITY}\s+(?:\w+\s+)?(?:is|are|was)\s+(?:just\s+|nothing but\s+|simply\s+)?an?\s+(?:\w+\s+)?"
                rf"(?:mockery|insult|affront|abomination|travesty|perversion|parody)\s+(?:of|to)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,40}}?\b(?:go|goes|went|going|gone)\s+(?:straight\s+|right\s+|way\s+|"
                rf"clean\s+)?over\s+(?:her|his|their)\s+(?:little\s+|pretty\s+)?heads?\b"),
             needs_group=True,
             # each shape's own words: the screen made of the whole pattern took 0.04 s per 50,000 comments
             screen=(r"\blike\s+\w+ing\b|\b(?:find|finds|found)\s|imagine\s+being\s|name a\s|"
                     r"together like\b|\b(?:their|her|his)\s+place\b|\bbetter(?:\s+off)?\s+(?:in|as|under|on|before|"
                     r"enslaved)\s|mockery|insult|affront|abomination|travesty|perversion|parody|"
                     r"\bover\s+(?:her|his|their)\s")),
        # The same: a warning to guard what is yours near the group, a wonder that one member does well, decline
        # and crime following the group; the negations these hold are part of the claim.
        Rule("group_insinuated", "identity_attack", 0.8,
             _c(rf"(?:^|(?<=[.!?\x00\n])\s*)(?:an?|the|some)\s+(?:\w+\s+)?{IDENTITY}\s+(?:who|with|that|doing|working|"
                rf"paying|being|driving|in)\b[^.!?\x00\n]{{0,60}}?[,;:—?.!-]+\s*(?:now\s+i'?ve\s+seen\s+(?:it all|"
                rf"everything)|that'?ll be the day|call the (?:newspapers|papers|press|news|media)|alert the (?:media|"
                rf"press|newspapers)|stop the press(?:es)?|wonders (?:will\s+)?never cease|pigs (?:might|will|can|"
                rf"must) fly|must be a first|(?:there'?s\s+)?a first time for everything|never thought i'?d see the "
                rf"day)|"
                rf"\b(?:is|'s|was|are)\s+(?:\w+\s+)?(?:finished|done for|doomed|ruined|over)\s+(?:when|once|"
                rf"as soon as|the moment|the day)\s+(?:the\s+|a\s+|an\s+)?{IDENTITY}|"
                rf"\bmore\s+{IDENTITY}\b[^.!?\x00\n]{{0,40}}?\b(?:means?|equals?|=)\s+(?:just\s+|only\s+)?more\s+"
                rf"(?:\w+\s+)?(?:crime|police|sirens|rapes?|violence|stabbings?|thefts?|drugs|terror|trouble|"
                rf"problems|welfare|noise|dirt|filth|disease|gangs?|shootings?|bombs?|attacks)\b|"
                rf"\b(?:takes?|took|taking|lets?|letting|accepts?|accepted|accepting)\s+in\s+(?:\w+\s+)?{IDENTITY}"
                rf"[^.!?\x00\n]{{0,40}}?\b(?:ends? up|ended up|turns? into|turned into|becomes?|became)\s+"
                rf"(?:looking like\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:hellhole|shithole|dump|war ?zone|slum|ghetto|"
                rf"third world|cesspit|cesspool)\b|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,60}}?\b(?:property|house|home)\s+(?:values|prices)\s+(?:\w+\s+)?(?:drop|"
                rf"drops|dropped|fall|falls|fell|plummet|plummets|tank|tanks|crash|crashes|go down|goes down)\b|"
                rf"\b(?:don'?t|do not|never)\s+(?:ever\s+)?(?:sell|"
                rf"rent)\s+(?:\w+\s+){{0,2}}?to\s+(?:an?\s+)?{IDENTITY}|"
                rf"{IDENTITY}[^.!?\x00\n]{{0,50}}?\b(?:and watch|just watch|you know)\s+(?:how\s+)?(?:\w+\s+){{0,5}}?"
                rf"(?:fail|fails|failing|collapse|collapses|collapsing|vanish|vanishes|vanishing|burn|burns|burning|"
                rf"crumble|crumbles|crumbling|fall apart|falls apart|falling apart|go downhill|goes downhill|"
                rf"going downhill|go under|goes under|sink|sinks|sinking|disappear|disappears|plummet|plummets|"
                rf"tank|tanks|go bankrupt|goes bankrupt)\b|"
                rf"\banother\s+(?:\w+\s+)?(?:stabbing|shooting|rape|robbery|attack|bombing|riot|murder|theft|mugging|"
                rf"crime|scam|grooming gang)s?\s*[,;.]\s*another\s+(?:\w+\s+)?{IDENTITY}(?!\s+victims?\b)|"
                rf"\b(?:funny|strange|odd|interesting|curious|weird)\s+how\s+(?![^.!?\x00\n]*\b(?:blamed|targeted|"
                rf"attack(?:s|ed)? (?:on|against)|attacked|victims?|scapegoat\w*|racis\w*|bigot\w*|discriminat\w*|"
                rf"harass\w*|abused?|hate|hatred|violence against|hate crimes?)\b)"
                rf"(?:[^.!?\x00\n]{{0,60}}?\b(?:every|always|whenever)\b[^.!?\x00\n]{{0,60}}?{IDENTITY}|"
                rf"(?:\w+\s+){{0,2}}?{IDENTITY}\s+(?:\w+\s+)?(?:always|never|all|keep)\b)|"
                rf"\bno coincidence\b(?![^.!?\x00\n]*\b(?:blamed|targeted|attack(?:s|ed)? (?:on|against)|attacked|"
                rf"victims?|scapegoat\w*|racis\w*|bigot\w*|discriminat\w*|harass\w*|abused?|hate|hatred|"
                rf"violence against|hate crimes?)\b)[^.!?\x00\n]{{0,80}}?{IDENTITY}|"
                rf"\b(?:show me|name|point (?:me )?to|find me)\s+(?:me\s+)?(?:one|a|a single|any)\s+(?:\w+\s+)?"
                rf"(?:civili[sz]ation|country|nation|invention|achievement|society|city|scientist|inventor|genius|"
                rf"discovery|contribution|empire)\s+(?:that\s+)?{IDENTITY}\s+(?:\w+\s+)?(?:built|invented|created|"
                rf"achieved|made|founded|ran|contributed|discovered|produced|designed)\b|"
                rf"{IDENTITY}(?:'s|'|s')?\s+(?:\w+\s+)?brains?\s+(?:{BE}\s+|were\s+)?(?:just\s+|simply\s+|"
                rf"literally\s+)?"
                rf"(?:too small|smaller|tiny|underdeveloped|less developed|primitive|incapable|(?:(?:are|is|were|"
                rf"was)n'?t|"
                rf"(?:are|is|were|was)\s+not|not)\s+"
                rf"(?:\w+\s+)?(?:built|wired|made|designed|capable|developed|big enough|evolved|equipped)|"
                rf"(?:can'?t|cannot|can not)\s+(?:handle|cope|process|grasp|understand|comprehend))|"
                rf"{IDENTITY}\s+(?:\w+\s+)?should\s+(?:just\s+|all\s+)?be\s+(?:\w+\s+)?(?:grateful|thankful|glad)\s+"
                rf"(?:that\s+)?(?:anyone|anybody|we|people|they(?:'re|\s+are)\s+(?:even\s+)?(?:allowed|tolerated|"
                rf"alive|here)|to be\s+(?:\w+\s+)?(?:allowed|tolerated|alive|here|kept)|for (?:what|whatever|"
                rf"anything))"),
             needs_group=True, negation_inside=False,
             screen=(r"seen\s+(?:it all|everything)|that'?ll be the day|\b(?:call|alert) the\s|stop the press|"
                     r"never cease|\bpigs\s|must be a first|first time for|see the day|\b(?:finished|done for|doomed|"
                     r"ruined|over)\s+(?:when|once|as soon as|the moment|the day)\b|\bmore\s[^\x00]*\b(?:means?|"
                     r"equals?|=)\s|hellhole|shithole|dump|war ?zone|slum|ghetto|third world|cesspit|cesspool|"
                     r"\b(?:values|prices)\s+(?:\w+\s+)?(?:drop|fall|fell|plummet|tank|crash|go)|\b(?:sell|"
                     r"rent)\s[^\x00]*\bto\s|"
                     r"\b(?:and watch|just watch|you know)\s[^\x00]*\b(?:fail|collaps|vanish|burn|crumbl|fall|go|sink|"
                     r"disappear|plummet|tank)|"
                     r"\banother\s[^\x00]*\banother\s|\b(?:funny|strange|odd|interesting|curious|weird)\s+how\s|"
                     r"no coincidence|\b(?:show me|name|point (?:me )?to|find me)\s+(?:me\s+)?(?:one|a|any)\s|"
                     r"\bbrains?\s|\b(?:grateful|thankful|glad)\s")),
        # The same attacks on a group taken up by a pronoun in the next clause or sentence.
        Rule("group_pronoun", "identity_attack", 0.85,
             _c(rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:they|they'?re|theyre|"
                rf"(?:all|each|most|many|every (?:single )?one) of them|the (?:whole )?lot of them)\s+"
                rf"(?:{BE}\s+)?(?:{INTENSIFIER}|that\s+)*"
                rf"(?:(?:a|an|the)\s+)?(?:(?:worst|biggest|lowest|dirtiest|filthiest|most)\s+)?"
                rf"(?:(?:kind|sort|type) of\s+)?(?:{NEGATIVE})|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:are|aren'?t)\s+they\s+(?:{INTENSIFIER})*(?:(?:a|an|"
                rf"the)\s+)?{NEGATIVE}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:hope|wish|pray)\s+they\s+(?:all\s+)?(?:get|are|were|will be|"
                rf"'re)\s+"
                rf"(?:all\s+)?{HARMED}|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s+(?:all\s+)?(?:should|must|need to|deserve to|ought to)\s+"
                rf"(?:all\s+)?(?:be\s+)?{HARMED}|"
                # the speaker's hatred or none named ("Hate them."), not someone else's ("bigots hate them")
                rf"{IDENTITY}[^\x00\n]{{0,100}}?(?:\b(?:i|we)(?:'d|'ll)?\s+(?:\w+\s+){{0,2}}?|(?:^|[.!?:;,]\s*)|"
                rf"\band\s+)"
                rf"(?:{HATE}|hated|despised|loathed|detested|{THREAT_VERB})\s+{THEY}\b|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s+(?:all\s+|just\s+|really\s+)?(?:disgust|sicken|repulse|revolt|"
                rf"nauseate)(?:e?d)?\s+me\b|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s+(?:all\s+|just\s+|really\s+)?(?:make|"
                rf"made)\s+me\s+(?:\w+\s+){{0,2}}"
                rf"(?:sick|puke|vomit|retch)|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bmakes?\s+them\s+(?:{INTENSIFIER})*{NEGATIVE}"),
             # every match holds its pronoun; the full screen, a run of anything before the predicates, took 1.4 s
             needs_group=True, negation_before=False, screen=r"\b(?:they|theyre|them)\b"),
        # Violence on the group taken up by a pronoun; apart from the above so that neither RE2 screen outgrows
        # its memory (together they took 0.9 s per 50,000 comments instead of 0.03 s).
        Rule("group_pronoun", "identity_attack", 0.85,
             _c(rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:cut|slit|slash)\s+(?:all\s+)?their\s+(?:throats?|heads off)|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:see|want|wish|like to see|love to see)\s+{THEY}\s+"
                rf"(?:all\s+|both\s+)?(?:dead|gone|hanged|shot|burned|burnt|gassed|deported|wiped out)\b"),
             needs_group=True, negation_before=False),
        # A member or the group taken up later as one of a kind: "He is a pig like the rest of them", "Worthless,
        # every last one", "you'll see how dumb they are", "They smell."
        Rule("group_pronoun", "identity_attack", 0.85,
             _c(rf"{IDENTITY}[^\x00\n]{{0,100}}?{NEGATIVE}[^.!?\x00\n]{{0,20}}?\b(?:just\s+)?like\s+"
                rf"(?:the rest of them|all the rest|all of them|all the others|the others|every other one|"
                rf"the lot of them|they (?:all|always) (?:are|do)|all of them (?:are|do)|every other \w+)|"
                rf"{IDENTITY}[^\x00\n]{{0,60}}?[.!?:]\s*(?:{INTENSIFIER})*(?:an?\s+)?{NEGATIVE}\s*,?\s*"
                rf"(?:every (?:last|single) one(?: of them)?|all of them|the lot of them|"
                rf"each and every one(?: of them)?|to a (?:man|woman|one))|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bhow\s+(?:{INTENSIFIER})*{NEGATIVE}\s+(?:they|those people)\s+"
                rf"(?:really\s+|truly\s+|all\s+)?(?:are|were)\b|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s+(?:all\s+|just\s+|always\s+)?(?:smell|stink|reek)"
                rf"(?=\s*(?:[.!,\x00\n]|$)|\s+(?:bad|awful|terrible|disgusting|like))"),
             needs_group=True, negation_before=False,
             screen=(r"\b(?:they|them|rest|others|every (?:last|single|other) one|each and every one|those people|"
                     r"to a (?:man|woman|one))\b")),
        # A group denied humanity by a pronoun ("Muslims? They are not even human."): the negation is the attack.
        Rule("group_pronoun", "identity_attack", 0.85,
             _c(rf"{IDENTITY}[^\x00\n]{{0,100}}?\bthey\s*(?:'re|are|r)?\s*(?:not|n'?t|never)\s+(?:even\s+)?"
                rf"(?:real\s+|fully\s+)?(?:human|humans|people|persons|human beings)\b|"
                rf"{IDENTITY}[^\x00\n]{{0,100}}?\b(?:can'?t|cannot|can not) (?:stand|bear|stomach)\s+"
                rf"(?:the (?:sight|smell|likes|stench) of\s+)?{THEY}\b"),
             needs_group=True, negation_before=False, negation_inside=False),
        # unfair generalisation: quantifier + group + predicate
        Rule("quantified_group_negative", "generalisation", 0.9,
             _c(rf"\b{QUANT}\s+(?:(?!{REPORTING_VERB}\b)\w+\s+)?{GROUP}\s+(?:(?:{BE}|will be|would be|can be)\s+)?"
                rf"{GAP_WORD}{{0,3}}{NEGATIVE}|"
                rf"{GROUP}\s+{BE}\s+(?:all\s+|just\s+|always\s+|so\s+|such\s+|nothing but\s+|a bunch of\s+)"
                rf"(?:\w+\s+){{0,2}}{NEGATIVE}"), needs_group=True),
        Rule("group_predicate_negative", "generalisation", 0.75,
             _c(rf"{GROUP}\s+{BE}\s+{GAP_WORD}{{0,2}}{NEGATIVE}"), needs_group=True),
        Rule("group_claim", "generalisation", 0.4,
             _c(rf"{GROUPS_PLURAL}\s+{CLAIM_VERB}\b|\b{COLLECTIVE}\b|{GROUP}\s+(?:voters|supporters|fans|types|crowd|"
                rf"followers|apologists|faithful|base|partisans|lovers|haters)\s+{CLAIM_VERB}\b|"
                rf"\b(?:any|no)\s+{GROUP}\s+(?:ever|would|will|can|could|is|has)\b")),
        Rule("group_trait", "generalisation", 0.6,
             _c(rf"\b(?:a|such a|so|typical|very|the)\s+{GROUP}\s+(?:thing|move|trait|mentality|mindset|way|fashion|"
                rf"logic|tactic|nonsense|response)\b|{IDENTITY}-hating\b|\btypical\s+{GROUP}"), needs_group=True),
        # Predicates that only make sense of a group as a whole: "that's what liberals do", "like all boomers",
        # "the problem with cyclists", "typical Albertan", "politicians only care about", "X love to whine".
        Rule("group_habit", "generalisation", 0.6,
             _c(rf"\bthat'?s (?:just |exactly |always )?(?:what|how) {GROUPS_PLURAL}\s+(?:do|are|think|operate|work|"
                rf"roll|behave|act)\b|\b(?:like|as with|as do) (?:all|most|every|so many|many|the rest of the|other)\s+"
                rf"(?:\w+\s+)?{GROUPS_PLURAL}|\b(?:the (?:problem|trouble|thing|issue) with|what'?s wrong with|"
                rf"never (?:met|seen|known)) (?:the |all |most |these |those |an? )?{GROUP}|"
                rf"\b(?:classic|standard|usual|stereotypical)\s+(?:\w+\s+)?{GROUP}|"
                rf"{GROUPS_PLURAL}\s+(?:only|just|simply|really|all|never)?\s*care (?:about|for)\b|"
                rf"{GROUPS_PLURAL}\s+(?:\w+\s+)?(?:love|like|tend|want|need|seem) to\s+{HABIT}"), needs_group=True),
        Rule("group_insult", "generalisation", 0.6,
             _c(rf"{GROUP}\s+(?:\w+\s+)?{INSULT}|"
                rf"\b(?:people|folks|types|those|them) like (?:you|him|her|them|that)\b")),
        Rule("plural_sweep", "generalisation", 0.4,
             _c(rf"\b(?:so many|too many|many|most|all|these|those|the)\s+(?:\w+\s+)?(?:{GROUPS_PLURAL}|{PEOPLE})\s+"
                rf"(?:are|were)\s+(?:so|too|always|all|just|never|really|very|basically|simply)\b|"
                rf"(?:{GROUPS_PLURAL}|{PEOPLE})\s+tend to\b|\b(?:they|these people|those people) are (?:all|always) "
                rf"(?:the same|like that|like this)\b")),
        Rule("quantified_group", "generalisation", 0.5,
             _c(rf"\b(?:all|every|typical|many|most|so many|too many|these|those)\s+(?:\w+\s+)?{GROUP}\s+"
                rf"(?:are|is|were|have|always|never|just|only|will|can'?t|don'?t|do|think|want|seem)\b|"
                rf"{GROUP}\s+(?:are|were)\s+all\b|\b(?:these|those|you|such|the)\s+"
                rf"(?:people|folks|types|kind|lot|crowd)\s+"
                rf"(?:always|never|all|are all|just|only|can'?t|don'?t|will never)\b")),
        Rule("everyone_is_group", "generalisation", 0.8,
             _c(rf"\b(?:every|all|each|any)\s+(?:\w+\s+)?(?:comment|commenter|poster|one|body|person|people|reader|"
                rf"critic|voter|protester|supporter)s?\s+(?:here\s+)?(?:is|are)\s+(?:an?\s+)?(?:paid\s+)?{GROUP}"),
             negatable=False, needs_group=True),
        Rule("group_exclusion", "generalisation", 0.6,
             _c(rf"\bno (?:business|place|right|room)\s+(?:\w+\s+){{0,2}}{GROUP}|{GROUP}\s+(?:don'?t|do not|does not|"
                rf"doesn'?t)\s+belong|\b(?:a|our|the)\s+(?:christian|muslim|white|jewish|hindu|catholic)\s+"
                rf"(?:continent|country|nation|land|europe|america|state)\b"), negatable=False, needs_group=True),
        Rule("invasion_metaphor", "generalisation", 0.7,
             _c(rf"{GROUP}\s+(?:\w+\s+){{0,3}}(?:poured|pouring|pour|flooded|flooding|flood|swarmed|swarming|swarm|"
                rf"infest\w*|overran|overrun|breed\w*|taking over|replacing us|replace us|out-?breed\w*)\b"),
             needs_group=True),
        # Absolute claims about a whole group ("liberals never learn", "the left always wants"): the negation is
        # the claim itself, so only a negation before the group cancels it.
        Rule("group_absolute", "generalisation", 0.6,
             _c(rf"(?:{GROUPS_PLURAL}|\b{COLLECTIVE})\s+(?:all\s+|just\s+|simply\s+)?(?:always|never|can'?t|cannot|won'?t|"
                rf"don'?t|do not|refuse to|will never|would never|have no|lack)\b"),
             needs_group=False, negation_inside=False),
        # Talking down (Coe et al.'s "shutting down"): telling someone not to be X, diagnosing their mood,
        # questions that ask nothing but whether the other is sane or has read anything.
        Rule("negative_imperative", "condescending", 0.6,
             _c(rf"\b(?:don'?t|do not|stop) (?:be|being|acting|sounding) (?:so |such an? |an? |that )?{NEG_EVAL}"),
             negatable=False, quotable=False),
        Rule("second_person_state", "condescending", 0.5,
             _c(r"\b(?:you|u)(?:'re| are| seem| sound| appear| look| get| got)(?: to be)? (?:so |very |a bit |"
                r"a little |rather |awfully |quite |really |pretty )?(?:upset|confused|angry|bitter|obsessed|triggered|"
                r"touchy|defensive|emotional|jealous|threatened|scared|afraid|butthurt|desperate|worked up|offended|"
                r"hysterical|paranoid|delusional|unhinged|frustrated|salty|mad)\b"), quotable=False),
        Rule("hostile_question", "condescending", 0.5,
             _c(r"\b(?:are|r) (?:you|u) (?:serious|kidding|joking|insane|crazy|nuts|mad|high|drunk|for real|blind|daft|"
                r"dense|deaf|stupid|dumb|thick|that|really|even)\b[^?.!\n\x00]{0,40}\?|"
                r"\bwhat (?:planet|world|universe|century|bubble|cave|rock) (?:are|do|have) you\b|"
                r"\bin what (?:universe|world|reality|alternate)\b|\bwhere do you get off\b|"
                r"\bwhat (?:are|r) (?:you|u) (?:talking about|on about|smoking)\b|"
                r"\b(?:have|did|do) you (?:even|actually|(?:ever )?bother(?:ed)? to) (?:read|look|check|think|open)\b"),
             negatable=False, quotable=False),
        # Intensified negative evaluation of a person or an argument ("utterly ridiculous", "so pathetic").
        Rule("intensified_negative", "aspersion", 0.5,
             _c(rf"\b(?:so|utterly|completely|totally|absolutely|incredibly|truly|simply|downright|beyond|just plain|"
                rf"plain|such an?|how|what an?|most|sheer|pure)\s+{NEG_EVAL}")),
    ]
    rules += _phrase_rules("hostility", "hostility", 0.9)
    rules += _phrase_rules("name_calling", "name_calling", 0.7)
    rules += _phrase_rules("aspersion", "aspersion", 0.5)
    rules += _phrase_rules("lying", "lying_accusation", 0.6)
    rules += _phrase_rules("pejorative_speech", "pejorative_speech", 0.6)
    rules += _phrase_rules("dismissive", "dismissive", 0.6, negatable=False, quotable=False)
    rules += _phrase_rules("condescending", "condescending", 0.6, negatable=False, quotable=False)
    rules += _phrase_rules("put_down", "condescending", 0.5, negatable=False, quotable=False)
    rules += _phrase_rules("sarcasm", "sarcasm", 0.5, negatable=False, quotable=False)
    rules.append(Rule("exclamations", "shouting", 0.5, EXCLAIM, negatable=False, quotable=False, cased=True))
    # A trailing-off ellipsis is a classic written irony marker (Carvalho et al. 2009): weak alone.
    rules.append(Rule("ellipsis", "sarcasm", 0.2, ELLIPSIS, negatable=False, quotable=False))
    rules += _emoji_rules()
    return tuple(rules)


@lru_cache(maxsize=1)
def emoji_readings() -> dict[str, tuple[str, str]]:
    """Emoji (with and without variation selector) -> its reading, and its reading after "be", "get" or "me"."""
    by_name: dict[str, tuple[str, str]] = {}
    for line in lexicon("emoji_readings"):
        name, *words = (part.strip() for part in line.split("|"))
        by_name[name] = (words[0], words[-1])
    readings: dict[str, tuple[str, str]] = {}
    for char, data in emoji.EMOJI_DATA.items():
        name = data.get("en", "")
        if name in by_name:
            readings[char] = by_name[name]
            readings.setdefault(char.replace("\ufe0f", ""), by_name[name])
    return readings


def _emoji_rules() -> list[Rule]:
    """One rule per category for the emoji of mockery and dehumanisation (names from the ``emoji`` package)."""
    by_category: dict[str, list[str]] = {}
    names = emoji_categories()
    for char, data in emoji.EMOJI_DATA.items():
        category = names.get(data.get("en", ""))
        if category:
            by_category.setdefault(category, []).append(re.escape(char))
    return [
        Rule("mockery_emoji", category, EMOJI_WEIGHT, re.compile("|".join(sorted(chars, key=len, reverse=True))),
             negatable=False, quotable=False)
        for category, chars in sorted(by_category.items())
    ]
