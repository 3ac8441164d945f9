"""Comment sections whose headers are a bare name line with no date ("Marcia", then her comment).

A short name-like line is the weakest header evidence there is: article sub-headings look the same. The form is
tried only where no dated or spoken header made a section, and only when the page shows at least
:data:`MIN_CUES` further signs of a comment list, one of them about talk rather than layout: a name that comes
back among several (people answer each other) or widget chrome ("Reply", "3 Comments"); and, as layout, bodies
indented deeper than their name line (nested replies) or a section indented while the article is not.
"""

from __future__ import annotations

import statistics

from discourse.readers import plaintext_patterns as P
from discourse.readers.plaintext_lines import (
    Header,
    Section,
    clean_name,
    form_start,
    is_chrome,
    next_content,
    plausible_name,
    section_chrome,
)

__all__ = ["find_name_section"]

# Set on the dragnet development pages (benchmarks/dragnet_text.py): no page without comments shows more than one
# sign, the two comment lists found show two; profiles, recipes, listicles and interviews are the near misses.
NAME_WORDS = 3
# a comment list of bare names has this many headers, and needs MIN_CUES signs besides (one more when it is short)
MIN_HEADERS = 2
MIN_CUES = 2
FEW_NAMES = 3
# a returning name counts as a sign only among this many different names
MIN_DISTINCT_NAMES = 3
# the article above must be at least this long, and the section's bodies comment-sized
MIN_ARTICLE_CHARS = 400
MAX_MEDIAN_BODY_CHARS = 1500
# a gap of more than GAP_FACTOR times the typical body (in content lines) breaks the list
GAP_FACTOR = 8
GAP_MIN = 30
# share of headers that must show the cue for the indentation cues
INDENT_SHARE = 0.5


def _content(lines: list[str], i: int) -> bool:
    return bool(lines[i]) and not is_chrome(lines[i]) and not section_chrome(lines[i])


def _is_name_line(lines: list[str], i: int) -> bool:
    line = clean_name(lines[i])
    return (
        not lines[i].endswith((",", ":", ";"))  # "Dear Governor,", "Additionally:" open a sentence, not a comment
        and len(line.split()) <= NAME_WORDS
        and plausible_name(line, bare=True)
        and not P.HEADING_WORD.search(line)
        and not line.isupper()
    )


def _candidates(lines: list[str], indents: list[int]) -> list[Header]:
    found: list[Header] = []
    for i in range(len(lines)):
        if not _content(lines, i) or not _is_name_line(lines, i):
            continue
        j = next_content(lines, i + 1)
        if j is None or _is_name_line(lines, j) or P.DATE_ONLY.match(lines[j]):
            continue
        # a name stands apart: a blank line above or below it, or a shallower indent than the body it heads
        above = i == 0 or not lines[i - 1] or is_chrome(lines[i - 1])
        apart = above or j > i + 1 or indents[j] > indents[i]
        if apart:
            found.append(Header(i, i + 1, "bare_name", "lead", clean_name(lines[i]), None))
    return found


def _bodies(lines: list[str], run: list[Header]) -> list[int]:
    ends = [h.start for h in run[1:]] + [form_start(lines, run[-1].end)]
    return [sum(len(lines[k]) for k in range(h.end, e) if _content(lines, k)) for h, e in zip(run, ends, strict=True)]


def _tail(lines: list[str], run: list[Header]) -> list[Header]:
    """The last unbroken list of names: a gap far longer than a typical body is article between sub-headings."""
    sizes = [sum(1 for k in range(a.end, b.start) if _content(lines, k)) for a, b in zip(run, run[1:], strict=False)]
    if not sizes:
        return run
    limit = max(GAP_MIN, GAP_FACTOR * statistics.median(sizes))
    start = max((k + 1 for k, size in enumerate(sizes) if size > limit), default=0)
    return run[start:]


def _widget(line: str) -> bool:
    # a lone number is as often a list item's number ("9", "8", "7" counting down) as a vote count
    return bool(line) and (is_chrome(line) or section_chrome(line)) and not line.lstrip("+-").isdigit()


def _cues(lines: list[str], indents: list[int], run: list[Header]) -> int:
    names = [h.author.casefold() for h in run if h.author]
    # a name coming back among several people; two names taking turns are an interview's speakers
    repeated = MIN_DISTINCT_NAMES <= len(set(names)) < len(names)
    end = form_start(lines, run[-1].end)
    # chrome among the comments, or just above the first ("3 Comments", "Leave a Reply")
    top = run[0].start
    while top > 0 and (not lines[top - 1] or is_chrome(lines[top - 1])):
        top -= 1
    chrome = any(_widget(lines[k]) for k in range(top, end))
    deeper = [indents[j] > indents[h.start] for h in run if (j := next_content(lines, h.end)) is not None]
    nested = sum(deeper) >= max(1, INDENT_SHARE * len(run))
    article = [indents[k] for k in range(run[0].start) if lines[k]]
    section = [indents[h.start] for h in run]
    shifted = bool(article) and statistics.median(article) == 0 and min(section) > 0
    # indentation is layout, not talk: without a returning name or chrome it counts for nothing
    return sum((repeated, chrome, nested, shifted)) if repeated or chrome else 0


def find_name_section(lines: list[str], indents: list[int]) -> Section | None:
    """The comment section headed by bare name lines, or None when the page gives too few signs of one."""
    if not lines:
        return None
    run = _tail(lines, _candidates(lines, indents))
    if len(run) < MIN_HEADERS:
        return None
    bodies = _bodies(lines, run)
    if min(bodies) == 0 or statistics.median(bodies) > MAX_MEDIAN_BODY_CHARS:
        return None
    before = sum(len(lines[k]) for k in range(run[0].start) if _content(lines, k))
    if before < MIN_ARTICLE_CHARS:
        return None
    # the article must not go on after the list: its last body is no longer than the others together
    if len(run) > 1 and bodies[-1] > max(MAX_MEDIAN_BODY_CHARS, sum(bodies[:-1])):
        return None
    if _cues(lines, indents, run) < MIN_CUES + (1 if len(run) < FEW_NAMES else 0):
        return None
    return Section(run[0].start, "lead", tuple(run))
