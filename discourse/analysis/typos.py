"""Typos and dodges of the words the incivility rules target, undone before the rules run.

Writers dodge filters, and make mistakes, in the words a rule needs: group terms, insults, slurs, dehumanising
nouns, stereotype predicates ("wmoen", "w*men", "w o m e n", "vermn") and the spaces between words
("Ihateallwomen"). Matching each form in every rule made the RE2 screens ten times slower, so the lowercase texts
are rewritten once instead: a few RE2 screens pick the texts with a candidate form, and only those are rewritten in
Python. Each rewritten text keeps a map from its characters to the original's, so evidence still quotes what the
writer wrote.

The forms undone, for the words of :data:`TARGET_LEXICONS`:

* two adjacent letters swapped after the first letter ("womne"), in words of five letters or more and in the
  four-letter insults and dehumanising nouns ("sucm");
* one inner letter dropped ("wmen", "vermn", "musims", "blak"), in words of five letters or more, and an
  inner vowel of the four-letter insults and dehumanising nouns ("thg");
* masked letters after the first ("w*men", "sc#m");
* letters spaced out ("s c u m", "g a y p e o p l e");
* words run together ("Ihateallwomen", "#killallmuslims"): split when every piece is a known word and one of them
  is a target word.

No form that is a word of any lexicon or an English word in its own right is rewritten: by wordfreq's frequency,
"crepe" is no typo of "creep", "scm" (an acronym) none of "scum", and "therapist" no run of "the rapist".
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from wordfreq import top_n_list, zipf_frequency

from discourse.analysis import incivility_rules as R
from discourse.analysis.regex_screen import matches, screen

__all__ = ["TARGET_LEXICONS", "normalise", "segment", "typo_forms"]

# The lexicons whose words are restored: the targets and the cues that a dodge is written to hide.
TARGET_LEXICONS = ("identity", "groups", "insults", "insult_adjectives", "dehumanising", "stereotypes",
                   "intensified_traits", "slurs", "profanity", "frame_words")
# Four-letter words of these lexicons also have typo forms ("sucm", "thg"): insults are short.
SHORT_DROP_LEXICONS = ("insults", "dehumanising")
# Known words that may stand next to a target word in a run-together text, besides the lexicons' own.
GLUE_LEXICONS = ("english_function_words", "negative_evaluation", "stereotypes", "intensified_traits",
                 "dismissive_words")
# A form this common in English (Zipf scale of wordfreq: log10 of occurrences per billion words; 2 = once in ten
# million words) is a word in its own right, never a typo to undo nor a run of words to split ("toady", "therapist").
REAL_WORD_ZIPF = 2.0
# A run of words is split only when rarer than this: wordfreq has seen "gaymen" and "iwish" a few times in a billion
# words online (1.1-1.3), names such as "muslimah", "blackmore" or "gaylord" far more often (1.6 and over).
RUN_ZIPF = 1.5
# A word spelled out letter by letter is joined when at least this common (once in a million words).
SPACED_ZIPF = 3.0
# The words of the rules' own patterns whose typos are undone: five letters or more (as the targets' swapped forms)
# and English words (a trie's fragments of a lexicon word are not).
RULE_WORD_MIN, RULE_WORD_ZIPF = 5, 3.0
# Words that, run together with a target word, make a token worth splitting ("allwomen", "arescum", "muslimsare").
# Two-letter words that begin or end many ordinary words ("is": jewish, british; "no": phenomena) are left out;
# "i" and "we" begin a run of a speaker's hatred ("ihate"), and a common word is never split (RUN_ZIPF).
GLUE_BEFORE = ("i", "we", "all", "the", "you", "hate", "kill", "such", "fucking", "are", "dirty", "filthy", "stupid",
               "these", "those", "every", "death", "fuck", "hating", "killing", "absolute", "absolutely", "total",
               "totally", "complete", "completely", "utter", "utterly", "real", "bunch", "pack", "piece", "worthless",
               "disgusting", "bloody", "damn", "your", "to", "exterminate", "eradicate", "deport", "ban", "nuke", "so",
               "too", "very")
GLUE_AFTER = ("are", "were", "should", "must", "all", "have", "need", "deserve", "can", "will", "don", "get", "suck",
              "out", "back", "to", "and", "people", "folk", "folks", "on", "of", "me")
GLUE_WORDS = ("hates", "despise", "loathe", "detest", "murder", "shoot", "hang", "gas", "deport", "to", "up", "shut",
              "go", "rid", "just", "single", "one", "people", "person", "honestly", "really", "so", "literally",
              "very", "always", "never", "basically", "be")  # besides GLUE_BEFORE and GLUE_AFTER
MASKS = "*#%_"
SEPARATORS = " .-"
UNSPACE = str.maketrans("", "", SEPARATORS)
SCREEN_FORMS = 3500  # typo forms per RE2 screen: 4,700 made one screen seven times slower than two of 3,100
COMMON_WORDS = 5000  # wordfreq's most frequent English words, besides the lexicons', that a run may hold
MIN_RUN, MAX_RUN = 5, 60  # shortest and longest run-together token tried (a longer one is no sentence)
# A candidate token: a letter, then letters or masks; or single letters spaced out (three or more).
TOKEN = re.compile(r"(?<![\w*#%'’])[a-z](?:[ .\-][a-z]){2,}(?![\w*#%])|(?<![\w@])[a-z][a-z*#%_]*(?![\w*#%])")


def _words(names: tuple[str, ...]) -> set[str]:
    return {w.rstrip("*") for name in names for w in R.lexicon(name)}


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    """Every word of the target lexicons, with its plural (phrases give their words, function words aside)."""
    words = ({part for w in _words(TARGET_LEXICONS) for part in w.split(" ") if part.isalpha()} - _function_words()
             | _words(("frame_words",)))
    return frozenset(words | {R.plural(w) for w in words})


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """The English words of :data:`RULE_WORD_MIN` letters or more that the rules spell out besides the targets
    ("going", "someone", "bullet", "against"): their swapped and dropped letters are undone too, so that the words
    around a cue read as written ("I'm gonig to", "Smoeone should")."""
    found: set[str] = set()
    for rule in R.build_rules():
        found.update(re.findall(r"(?<![\\a-z])[a-z]{%d,}(?![a-z])" % RULE_WORD_MIN, rule.pattern.pattern))
    return frozenset(w for w in found if zipf_frequency(w, "en") >= RULE_WORD_ZIPF) - _targets()


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The one-word entries of the target lexicons and their plurals: what a split must find to be made."""
    words = {w for w in _words(TARGET_LEXICONS) if w.isalpha()}
    return frozenset(words | {R.plural(w) for w in words})


@lru_cache(maxsize=1)
def _cue_vocabulary() -> frozenset[str]:
    """The words the lexicons know: function words, cue words and the target words."""
    words = ({part.replace("'", "") for w in _words(GLUE_LEXICONS) for part in w.split(" ")}
             | set(GLUE_WORDS) | set(GLUE_BEFORE) | set(GLUE_AFTER))
    return frozenset({w for w in words if w.isalpha() and (len(w) > 1 or w in "ia")} | _targets())


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The words a run-together token may be split into: the lexicons' words and the :data:`COMMON_WORDS` most
    frequent English words ("refugeesgohome", "goingtoburn")."""
    common = {w.replace("'", "") for w in top_n_list("en", COMMON_WORDS)}
    return _cue_vocabulary() | {w for w in common if w.isalpha() and (len(w) > 1 or w in "ia")}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(w.replace("'", "") for w in R.lexicon("english_function_words"))


@lru_cache(maxsize=1)
def _forbidden() -> frozenset[str]:
    return frozenset(R.known_words() | vocabulary())


@lru_cache(maxsize=65536)
def is_word(token: str) -> bool:
    """Whether a token is an English word in its own right (by wordfreq's frequency), never a typo or a run."""
    return zipf_frequency(token, "en") >= REAL_WORD_ZIPF


@lru_cache(maxsize=1)
def typo_forms() -> dict[str, str]:
    """Swapped-letter and dropped-letter form -> the target word, or the rules' own word, it stands for (ambiguous
    forms and English words left out)."""
    short = {part for w in _words(SHORT_DROP_LEXICONS) for part in w.split(" ")}
    short |= {R.plural(w) for w in short}
    frames = _words(("frame_words",))
    seen: dict[str, set[str]] = {}
    for word in _targets() | _rule_words():
        forms = R.swapped(word) | R.dropped(word, consonants=True)
        if len(word) == 4 and word in short:
            forms |= R.swapped(word, shortest=4) | {word[:i] + word[i + 1:] for i in (1, 2) if word[i] in "aeiou"}
        elif len(word) == 4 and word in frames:  # "haet", "htae": the verbs of hatred are short too
            forms |= R.swapped(word, shortest=4) | {word[:i] + word[i + 1:] for i in (1, 2)}
        for form in forms:
            seen.setdefault(form, set()).add(word)
    # a form of a target word and of a rule's word stands for the target ("blck": black, not block)
    targets = _targets()
    seen = {form: (words & targets) or words for form, words in seen.items()}
    forbidden, kinds = _forbidden(), _kinds()
    # a form of two words of one list ("womn": woman, women) restores either; the rules read both alike
    return {form: min(words) for form, words in seen.items()
            if frozenset.intersection(*(kinds.get(w, frozenset()) for w in words))
            and form not in forbidden and not is_word(form)}


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    """Each target word (and its plural) -> the target lexicons it belongs to."""
    out: dict[str, set[str]] = {}
    for name in TARGET_LEXICONS:
        for w in _words((name,)):
            for part in w.split(" "):
                out.setdefault(part, set()).add(name)
                out.setdefault(R.plural(part), set()).add(name)
    for w in _rule_words():
        out.setdefault(w, set()).add("rules")
    return {w: frozenset(names) for w, names in out.items()}


@lru_cache(maxsize=1)
def _masked_index() -> dict[tuple[int, str], list[str]]:
    """Target words by length and first letter, for masked forms."""
    index: dict[tuple[int, str], list[str]] = {}
    for word in sorted(_targets()):
        if len(word) >= 3:
            index.setdefault((len(word), word[0]), []).append(word)
    return index


# Masked letters, or three or more single letters spaced out.
DODGE_RE2 = r"[a-z][*#%_]+[a-z]|(?:^|[^a-z])[a-z][ .\-][a-z][ .\-][a-z](?:[^a-z]|$)"


@lru_cache(maxsize=1)
def run_pattern() -> str:
    """A target word with a letter run on to it: the tokens that may be words run together ("ihate", "gaymen").

    A plural "s" is no letter run on ("liberals"); of the three-letter words only the slurs and the groups that
    begin a phrase count ("gaymen"): "men" and "man" end and begin too many words ("government", "many"), as
    "lib" and "rat" begin them. Function words ("every", "would") run into their neighbours in many words.
    """
    short = {w for w in _heads() if len(w) == 3} & (set(R.lexicon("slurs")) | {"gay", "jew"})
    heads = R.trie_regex(sorted(({w for w in _heads() if len(w) >= 4} - _function_words()) | short | {"people"}))
    return f"[a-z](?:{heads})|(?:{heads})(?:[a-rt-z]|s[a-z])"


@lru_cache(maxsize=1)
def _glued() -> re.Pattern[str]:
    return re.compile(run_pattern())


def _runs(array: pa.Array) -> np.ndarray:
    """Which texts hold a token that :func:`segment` splits.

    RE2 picks the texts with a target word run on to a letter (a fifth of comments: "trudeau", "story"); the
    distinct tokens of those texts with such a word are tried once each, and RE2 picks the texts holding one that
    splits.
    """
    hit = matches(array, run_pattern())
    if not hit.any():
        return hit
    tokens = pc.unique(pc.list_flatten(pc.split_pattern_regex(array.filter(pa.array(hit)), r"[^a-z]+")))
    tokens = tokens.filter(pc.and_(pc.greater_equal(pc.utf8_length(tokens), MIN_RUN),
                                   pc.match_substring_regex(tokens, run_pattern())))
    runs = sorted(t for t in tokens.to_pylist() if segment(t) is not None)
    if not runs:
        return np.zeros(len(array), dtype=bool)
    return hit & matches(array, r"\b(?:" + "|".join(runs) + r")\b")


@lru_cache(maxsize=1)
def _typo_screens() -> tuple[str, ...]:
    """RE2 screens of the typo forms, a few thousand words each.

    RE2 runs one alternation of many thousand words several times slower (its DFA outgrows its memory budget), so
    the forms are cut into chunks of at most :data:`SCREEN_FORMS`.
    """
    forms = sorted(typo_forms())
    return tuple(r"\b(?:" + "|".join(forms[i:i + SCREEN_FORMS]) + r")\b" for i in range(0, len(forms), SCREEN_FORMS))


def _plain(token: str) -> str | None:
    """What a word without masks or spaces stands for: a typo form's word, or words run together; else None."""
    restored = typo_forms().get(token)
    if restored is None and len(token) >= MIN_RUN and _glued().search(token):
        restored = segment(token)
    return restored


def candidates(pieces: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the texts that may hold a typo or a dodge to undo (a typo form, a mask, spaced letters, glue) or
    an emoji to read, and which of those texts get their emoji read (:func:`emoji_texts`)."""
    array = pa.array(pieces)
    hit = matches(array, DODGE_RE2) | _runs(array)
    for pattern in _typo_screens():
        hit |= matches(array, pattern)
    emoji = emoji_texts(array)
    return np.flatnonzero(hit | emoji), emoji


# The words before an emoji that call for its participle reading ("should be 🔫" -> "shot", "make me 🤮" -> "sick").
EMOJI_AFTER = re.compile(r"\b(?:be|been|being|get|gets|got|getting|me)\s*$")


@lru_cache(maxsize=1)
def _emoji_alternation() -> str:
    """The emoji with a reading, longest sequences first (flags are several code points)."""
    return "|".join(re.escape(c) for c in sorted(R.emoji_readings(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _emoji_re() -> re.Pattern[str]:
    """An emoji with a reading, or a run of the same one ("🤮🤮🤮"), which reads as the word once."""
    return re.compile(f"({_emoji_alternation()})\ufe0f?(?:\\s*\\1\ufe0f?)*")


@lru_cache(maxsize=1)
def _identity_emoji() -> str:
    """The emoji that stand for a group themselves (a rainbow flag for gay people)."""
    identity = set(R.lexicon("identity"))
    return "|".join(re.escape(c) for c, (word, _) in R.emoji_readings().items() if word in identity)


def emoji_texts(array: pa.Array) -> np.ndarray:
    """Which texts get their emoji read as words: those with such an emoji and a group term (or a group's emoji)."""
    hit = matches(array, _emoji_alternation())
    if hit.any():
        hit &= matches(array, screen(R.GROUP)) | matches(array, _identity_emoji())
    return hit


def _reading(text: str, m: re.Match[str]) -> str:
    """The words an emoji stands for here, spaced from its neighbours."""
    readings = R.emoji_readings()
    plain, participle = readings[m.group(1)]
    word = participle if EMOJI_AFTER.search(text, max(0, m.start() - 12), m.start()) else plain
    before = " " if m.start() > 0 and not text[m.start() - 1].isspace() else ""
    after = " " if m.end() < len(text) and not text[m.end()].isspace() else ""
    return before + word + after


def _unmask(token: str) -> str | None:
    words = [w for w in _masked_index().get((len(token), token[0]), ())
             if all(c == t or c in MASKS for c, t in zip(token, w, strict=True))]
    return words[0] if len(words) == 1 else None


@lru_cache(maxsize=65536)
def segment(token: str, spaced: bool = False) -> str | None:
    """A run-together token split into known words, one of them a target ("ihateallwomen" -> "i hate all women").

    Only tokens rarer than :data:`RUN_ZIPF` in wordfreq's English list are split. The likeliest split wins (each
    piece costs its improbability, :func:`_piece_cost`); None when no split covers the token, when it holds no
    target word, or when (letters spaced out aside) the target stands beside no glue word and no piece names a
    group.
    """
    if not MIN_RUN <= len(token) <= MAX_RUN or token in vocabulary() or zipf_frequency(token, "en") >= RUN_ZIPF:
        return None
    vocab = vocabulary()
    n = len(token)
    cost = [0.0] + [float("inf")] * n  # least cost of a split of token[:end]
    back = [0] * (n + 1)  # where the last piece of that split starts
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            piece = token[start:end]
            if cost[start] < float("inf") and piece in vocab and cost[start] + _piece_cost(piece) < cost[end]:
                cost[end], back[end] = cost[start] + _piece_cost(piece), start
    if cost[n] == float("inf"):
        return None
    pieces, end = [], n
    while end > 0:
        pieces.append(token[back[end]:end])
        end = back[end]
    pieces.reverse()
    if len(pieces) < 2:
        return None
    # Two pieces need two content words ("hate women", not "the rapist"); two short pieces in a row ("ass a in")
    # are more likely a name or a foreign word.
    # ... unless the function word is one that stands next to a group word ("womenare", "areevil")
    # or a group's own name of four letters or more ("migrantswith", "forgays")
    function, glue = _function_words(), set(GLUE_BEFORE) | set(GLUE_AFTER)
    if len(pieces) == 2 and any(p in function for p in pieces) and not (
            any(p in glue for p in pieces) and any(p in _heads() and len(p) >= 4 for p in pieces)) and not (
            any(p in _group_words() and len(p) >= 4 for p in pieces)):
        return None
    if any(len(p) <= 2 and len(q) <= 2 for p, q in zip(pieces, pieces[1:], strict=False)):
        return None
    # A run holds a target word beside a word that often stands next to one ("allwomen", "arescum"), or a group's
    # own name ("ihate", "gaymen"); an insult run into a name or a word is more likely a handle or a coinage
    # ("japac", "jerkface", "sleepkillers").
    # Letters spaced out are a dodge whatever they spell ("a f a g g o t"); so are two target words of four letters
    # or more run together ("violentsavages", "brainlessapes").
    if not (spaced or _glued_to_glue().search(token) or any(p in _group_words() for p in pieces)
            or sum(p in _heads() and len(p) >= 4 for p in pieces) >= 2):
        return None
    return " ".join(pieces) if any(p in _heads() for p in pieces) else None


@lru_cache(maxsize=65536)
def _piece_cost(word: str) -> float:
    """-log10 of a word's frequency (wordfreq's Zipf scale counts per billion words), one less (ten times likelier)
    for a word the lexicons know: "women are a plague", not "women area plague". A lexicon word wordfreq hardly
    knows (a slur, a dodge) costs as much as one in a million words."""
    return 9.0 - max(zipf_frequency(word, "en"), 3.0) - (1.0 if word in _cue_vocabulary() else 0.0)


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The one-word names of protected groups and their plurals ("gay", "muslims"), slurs aside."""
    words = {w for w in R.lexicon("identity") if w.isalpha()}
    return frozenset(words | {R.plural(w) for w in words})


@lru_cache(maxsize=1)
def _glued_to_glue() -> re.Pattern[str]:
    """A target word run together with a word that often stands next to it ("allwomen", "muslimsare")."""
    heads = R.trie_regex(sorted({w for w in _heads() if len(w) >= 3} | {"people"}))
    return re.compile(f"(?:{'|'.join(GLUE_BEFORE)})(?:{heads})|(?:{heads})(?:{'|'.join(GLUE_AFTER)})")


def _restore(token: str) -> str | None:
    """The word(s) a candidate token stands for, or None to leave it."""
    if token.isalpha():
        return _plain(token)
    if " " in token or "." in token or "-" in token:  # spaced out
        letters = token.translate(UNSPACE)
        if letters in _targets():
            return letters
        # any other common word spelled out is undone too, so that the words around a cue read as written
        # ("I'm g o i n g to ...", "can't s t a n d"); an abbreviation with dots ("u.s.a") is left as it is
        common = (letters if len(letters) >= 4 and " " in token and zipf_frequency(letters, "en") >= SPACED_ZIPF
                  else None)
        return typo_forms().get(letters) or segment(letters, spaced=True) or common
    if any(c in MASKS for c in token):
        return _unmask(token) if token[-1] not in MASKS else None
    return _plain(token)


def _align(original: str, restored: str, start: int) -> list[tuple[int, int]]:
    """For each character of ``restored``, the span of ``original`` (offset by ``start``) it comes from."""
    if len(original) == len(restored):
        return [(start + k, start + k + 1) for k in range(len(restored))]
    spans, j = [], 0
    for c in restored:
        while j < len(original) and original[j] != c and original[j] in SEPARATORS:
            j += 1
        if j < len(original) and original[j] == c:
            spans.append((start + j, start + j + 1))
            j += 1
        else:  # an inserted space or dropped letter: an empty span where it belongs
            spans.append((start + j, start + j))
    return spans


def rewrite(text: str, emoji: bool = False) -> tuple[str, list[int], list[int]] | None:
    """A lowercase text with its typos and dodges undone (and with ``emoji``, its emoji read as words), and for each
    new character its start and end in ``text``; every character of an emoji's reading maps to the whole emoji.

    None when nothing changes.
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    found = list(TOKEN.finditer(text))
    if emoji:
        found = sorted(found + list(_emoji_re().finditer(text)), key=lambda m: m.start())
    for m in found:
        is_emoji = m.re is not TOKEN
        restored = _reading(text, m) if is_emoji else _restore(m.group(0))
        if restored is None or restored == m.group(0):
            continue
        out.append(text[last:m.start()])
        spans.extend((k, k + 1) for k in range(last, m.start()))
        out.append(restored)
        spans.extend([(m.start(), m.end())] * len(restored) if is_emoji else _align(m.group(0), restored, m.start()))
        last = m.end()
    if not out:
        return None
    out.append(text[last:])
    spans.extend((k, k + 1) for k in range(last, len(text)))
    return "".join(out), [a for a, _ in spans], [b for _, b in spans]


def normalise(pieces: list[str]) -> dict[int, tuple[list[int], list[int]]]:
    """Undo typos and dodges in the lowercase texts ``pieces``, in place (only the :func:`candidates` are read).

    Returns, for each rewritten text, the start and end in the original text of each character of the new one.
    """
    maps: dict[int, tuple[list[int], list[int]]] = {}
    if not pieces:
        return maps
    found, emoji = candidates(pieces)
    for i in found.tolist():
        done = rewrite(pieces[i], emoji=bool(emoji[i]))
        if done is not None:
            pieces[i] = done[0]
            maps[i] = (done[1], done[2])
    return maps
