"""A pronoun that takes up a group named in an earlier clause or sentence, read as that group.

Hate is often said of a group named a sentence before: "I met some Muslims at work. Honestly they are filthy.",
"Refugees keep arriving. We should ship them all back." Each group rule matches a group term, so :func:`resolve`
appends to the text, before the rules are matched, a copy of the pronoun's sentence with the pronoun written as
the group term it takes up ("Honestly muslims are filthy"). Every character of the copy maps back to the words it
copies, so the evidence quotes the original sentence; the rules that read the pronoun itself ("every one of them")
still see the original.

The antecedent is the group term named last before the pronoun, in another clause and at most
:data:`REACH` characters back. It is no antecedent where the text names it as the object of someone else's act
or speech ("People who attack gay men are scum. They should be locked up.": *they* are the attackers) or as
someone's own ("my two girls"), nor where
the pronoun's own clause names a group (the rules read that clause as it stands).

"he", "she", "him" and an object "her" take up one member of a group named with an article or a possessive before
it ("We got a new Muslim guy at work. He's as dumb as a box of rocks."), never a plural term; "his" and a
possessive "her" are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pyarrow as pa

from discourse.analysis import incivility_rules as R
from discourse.analysis.regex_screen import matches, screen

REACH = 300  # characters from the end of the group term to the pronoun
# "they", "they're" / "they are" (read as "<group> are") and "them"; "their" and "themselves" are left alone.
PRONOUN = re.compile(r"\b(?:they(?:'re|\s+are|'ve|'d|'ll)|theyre|they|them)\b")
# "he", "she", "he's" / "she is", "him" and "her" as an object (before a clause's end or a particle: "I can't stand
# her", "told her to leave") take up one member named with an article ("a Muslim", "the new trans woman"); "his"
# and the possessive "her" are left alone.
SINGULAR = re.compile(r"\b(?:(?:he|she)(?:'s|\s+is|'d|'ll)|hes|shes|he|she|him|her(?=\s*(?:[.!?,;:\n\x00]|$)|"
                      r"\s+(?:to|out|off|up|away|back|down|again|anymore|alone|because|so|and|or|in|on|at|with|from|"
                      r"around|near|for|like|anywhere|either)\b))\b")
# A demonstrative that names the group as animals or vermin ("... and now I share a kitchen with those animals"),
# read as "<group> are": only where the text names no group as the victim of an act (whose attackers they are).
ANAPHOR_NOUN = r"(?=\s+(?:[\w-]+\s+)?{dehuman})"
# a contracted verb after the pronoun, written out after the group term
CONTRACTED = {"'ve": " have", "'d": " would", "'ll": " will"}
ARTICLE = re.compile(r"\b(?:a|an|the|this|that|one|some|our|my|your)\s+(?:[\w-]+\s+){0,2}$")
PLURAL_TERM = re.compile(r"(?:s|women|men|people|folk|children)$")
PRONOUN_RE2 = r"\b(?:they|theyre|them|he|hes|she|shes|him|her|these|those)\b"
# What ends a clause between the group term and the pronoun.
CLAUSE_BREAK = re.compile(r"[.!?;:,\n]|\b(?:and|but|so|yet|because|cause|cuz|since|though|although|then)\b")
CLAUSE_START = re.compile(r"[.!?;:,\n]")
SENTENCE_END = re.compile(r"[.!?\n]+")
QUOTE_MARK = re.compile(r"[\"“«‘]|(?<!\w)'")
AS_IF = re.compile(R.AS_IF + "$")
# Someone else's act on the group or speech about it, just before the term: "people who attack", "against",
# "saying", "calling"; then *they* are more likely the actors.
NOT_ANTECEDENT = re.compile(
    r"\b(?:who|whoever|that|which|against|attack\w*|harass\w*|abus\w*|insult\w*|bully\w*|bullied|threat\w*|"
    r"hurt\w*|target\w*|mock\w*|discriminat\w*|say|says|saying|said|call|calls|calling|called)\b"
    r"(?:\s+\w+){0,2}\s+$"
    # people of one's own ("my two wonderful girls"): persons, not a group
    r"|\b(?:my|our|your|his|her)\s+(?:\w+\s+){0,2}$")


@lru_cache(maxsize=1)
def _group_term() -> re.Pattern[str]:
    return re.compile(R.GROUP)


@lru_cache(maxsize=1)
def _identity_term() -> re.Pattern[str]:
    return re.compile(R.IDENTITY)


@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    return re.compile(r"\b(?:those|these)" + ANAPHOR_NOUN.format(dehuman=R.DEHUMAN))


def resolve(pieces: list[str], named: np.ndarray) -> dict[int, tuple[list[int], list[int], int]]:
    """Append to the lowercase texts ``pieces`` that name a group (marked ``named``), in place, a copy of each
    sentence whose pronouns take up the group, those pronouns written as its group term.

    Returns, for each text that grew, the start and end in the text before of each character of the new one, and
    where the copies begin.
    """
    out: dict[int, tuple[list[int], list[int], int]] = {}
    candidates = np.flatnonzero(named)
    if len(candidates) == 0:
        return out
    array = pa.array([pieces[i] for i in candidates.tolist()], type=pa.string())
    for i in candidates[matches(array, screen(PRONOUN_RE2))].tolist():
        done = _resolve_one(pieces[i])
        if done is not None:
            base = len(pieces[i])
            pieces[i], starts, ends = done
            out[i] = (starts, ends, base)
    return out


def _resolve_one(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text with a copy of each sentence whose pronouns take up a group, those pronouns written as the group,
    appended on lines of their own; and the start and end in ``text`` of each character."""
    # only a protected group is taken up (the rules that read a copy attack those); any group named nearer stops it.
    # A group named inside quotation marks is someone else's words ('when someone posts "Muslims are ...", they
    # should be banned'): no antecedent.
    terms = [m for m in _identity_term().finditer(text) if _antecedent(text, m.start())]
    if terms and QUOTE_MARK.search(text):
        quoted = [q.span() for q in R.QUOTED.finditer(text)]
        terms = [m for m in terms if not any(a < m.start() < b for a, b in quoted)]
    if not terms:
        return None
    every = [m.span() for m in _group_term().finditer(text)]
    singular = {t.start() for t in terms
                if not PLURAL_TERM.search(t.group(0)) and ARTICLE.search(text, max(0, t.start() - 40), t.start())}
    sentences: dict[tuple[int, int], list[tuple[re.Match[str], str]]] = {}
    said = [*PRONOUN.finditer(text), *SINGULAR.finditer(text)]
    anaphors = list(_anaphor().finditer(text))
    if anaphors and not R.VICTIM_FRAME.search(text):
        said.extend(anaphors)
    for p in sorted(said, key=lambda m: m.start()):
        one = p.re is SINGULAR
        before = [t for t in terms if t.end() <= p.start() and p.start() - t.end() <= REACH
                  and (not one or t.start() in singular)]
        if not before:
            continue
        term = before[-1]
        # the nearest group named before the pronoun is its antecedent, if that one may be
        if any(term.end() < a < p.start() for a, _ in every):
            continue
        if not CLAUSE_BREAK.search(text, term.end(), p.start()):
            continue
        # "talking about X as if they're all the same": a supposition, not a claim
        if AS_IF.search(text, max(0, p.start() - 12), p.start()):
            continue
        # the pronoun's clause names a group of its own: the rules read it as it stands
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, term.end(), p.start())), default=0)
        clause_end = CLAUSE_START.search(text, p.end())
        if any(clause_start <= a < (clause_end.start() if clause_end else len(text)) for a, _ in every):
            continue
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, p.start())), default=0)
        stop = SENTENCE_END.search(text, p.end())
        pronoun = p.group(0)
        if "'" in pronoun and pronoun[pronoun.index("'"):] in CONTRACTED:
            word = term.group(0) + CONTRACTED[pronoun[pronoun.index("'"):]]
        elif one:
            word = term.group(0) + ("" if pronoun in ("he", "she", "him", "her") else " is")
        else:  # "they", "them"; "they're", "those" (animals)
            word = term.group(0) + ("" if pronoun in ("they", "them") else " are")
        sentences.setdefault((start, stop.end() if stop else len(text)), []).append((p, word))
    if not sentences:
        return None
    pieces, starts, ends = [text], list(range(len(text))), list(range(1, len(text) + 1))
    for (start, until), found in sentences.items():
        pieces.append("\n")  # stands for the copied sentence's last character
        starts.append(until - 1)
        ends.append(until)
        last = start
        for p, word in found:
            pieces.extend((text[last:p.start()], word))
            starts.extend([*range(last, p.start()), *[p.start()] * len(word)])
            ends.extend([*range(last + 1, p.start() + 1), *[p.end()] * len(word)])
            last = p.end()
        pieces.append(text[last:until])
        starts.extend(range(last, until))
        ends.extend(range(last + 1, until + 1))
    return "".join(pieces), starts, ends


def _antecedent(text: str, start: int) -> bool:
    """Whether the group term at ``start`` may be what a later pronoun takes up."""
    clause_start = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    return not NOT_ANTECEDENT.search(text[clause_start:start])
