"""Screens for batches of texts: a loose RE2 form of a Python pattern, run in C++ by pyarrow.

Python's ``re`` scans a batch once per rule; RE2 (through ``pyarrow.compute``) tells in a fraction of that time
which texts a rule could match at all, so ``re`` only searches those.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["matches", "screen", "to_re2"]

LOOKAROUND = ("(?<!", "(?<=", "(?!", "(?=")
# A pattern-opening negative lookbehind of one plain character class (no nested class, no negation).
LEADING_LOOKBEHIND = re.compile(r"\(\?<!\[((?:\\.|[^\]\\^\[])(?:\\.|[^\]\\\[])*)\]\)")
# Python's \w, \s and \d are Unicode-aware, RE2's ASCII-only: each becomes its ASCII class plus what Python may
# add (everything beyond ASCII; for \s also the ASCII separators \x1c-\x1f), so the screen stays a superset.
UNICODE_CLASSES = {
    "\\w": "\\w\\x{80}-\\x{10FFFF}",
    "\\s": "\\s\\x{1c}-\\x{1f}\\x{80}-\\x{10FFFF}",
    "\\d": "\\d\\x{80}-\\x{10FFFF}",
}
BOUNDED_WORDS = re.compile(r"\(\?:\[\\w[^\]]*\]\+(?:\\s|\[\\s[^\]]*\])\+\)\{0?,?\d*\}|\[\^[^\]]*\]\{0,\d+\}\??")


def _skip_group(p: str, i: int) -> int:
    """Index just past the parenthesised group that starts at ``p[i]``."""
    depth, in_class = 0, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _next(p: str, i: int) -> int:
    """Index just past the token at ``p[i]``: an escape, a character class, a group or one character."""
    if p[i] == "\\":
        return i + 2
    if p[i] == "(":
        return _skip_group(p, i)
    if p[i] == "[":
        j = i + 1
        if p[j:j + 1] == "^":
            j += 1
        if p[j:j + 1] == "]":
            j += 1
        while j < len(p) and p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return j + 1
    return i + 1


def _ends_match(p: str, i: int, depth: int) -> bool:
    """Whether nothing is consumed after ``p[i]`` (at group nesting ``depth``): only lookarounds and closing groups
    follow, up to the end of the pattern or of a top-level alternative. A lookahead there may be screened as the
    characters it asks for."""
    while i < len(p):
        if p.startswith(LOOKAROUND, i):
            i = _skip_group(p, i)
        elif p[i] == ")":
            if p[i + 1:i + 2] in ("?", "*", "+", "{"):
                return False
            depth -= 1
            i += 1
        elif p[i] == "|":
            if depth == 0:
                return True
            while i < len(p) and p[i] != ")":  # the group's other alternatives are not consumed after this one
                i = _next(p, i)
        else:
            return False
    return True


def to_re2(pattern: str) -> str:
    """A looser RE2 form of a Python pattern: lookarounds dropped, Unicode ``\\w``/``\\s``/``\\d``, gaps widened to
    ``.*``.

    It matches every text the original matches (and some more), so it can only screen texts, never find spans.
    A negative lookbehind that opens the pattern (``(?<![\\w/])``, how every word rule starts) is kept as "start or
    a character outside the class" with RE2's ASCII classes: a looser test than Python's Unicode one, so still a
    superset, and it stops fragments such as ``er+,`` from passing every "never,".
    """
    out: list[str] = []
    i, in_class, depth = 0, False, 0
    opening = LEADING_LOOKBEHIND.match(pattern)
    if opening:
        out.append(f"(?:^|[^{opening.group(1)}])")
        i = opening.end()
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            pair = pattern[i:i + 2]
            if pair in UNICODE_CLASSES:  # ASCII ones or anything beyond ASCII: a cheap superset of Python's
                wider = UNICODE_CLASSES[pair]
                out.append(wider if in_class else f"[{wider}]")
            elif pair != "\\b":  # RE2's \\b is ASCII-only and could reject a match: a screen can do without
                out.append(pair)
            i += 2
        elif in_class:
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            for lead in ("^", "]"):
                if pattern[i:i + 1] == lead:
                    out.append(lead)
                    i += 1
        elif ch == "(" and pattern.startswith(LOOKAROUND, i):
            end = _skip_group(pattern, i)
            if pattern.startswith("(?=", i) and _ends_match(pattern, end, depth):
                # a lookahead after which nothing is consumed: its characters must follow, so the screen asks for them
                out.append("(?:" + to_re2(pattern[i + 3:end - 1]) + ")")
            i = end
        else:
            depth += (ch == "(") - (ch == ")")
            out.append(ch)
            i += 1
    return BOUNDED_WORDS.sub(".*", "".join(out))


@lru_cache(maxsize=None)
def screen(pattern: str) -> str:
    """The cached RE2 screen of a Python pattern."""
    return to_re2(pattern)


def matches(array: pa.Array, re2_pattern: str) -> np.ndarray:
    """Which strings of a pyarrow array the RE2 pattern matches, as a boolean array."""
    if len(array) == 0:
        return np.zeros(0, dtype=bool)
    return np.asarray(pc.match_substring_regex(array, re2_pattern).to_numpy(zero_copy_only=False), dtype=bool)
