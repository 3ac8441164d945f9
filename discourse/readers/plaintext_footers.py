"""Footer layouts ("Posted by: X | date" under each body): where the first comment's body begins."""

from __future__ import annotations

import statistics

from discourse.readers import plaintext_patterns as P
from discourse.readers.plaintext_lines import Header, is_chrome

__all__ = ["first_body_start"]


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs (first line, end line) from ``start`` to ``end``: runs of lines that are not chrome."""
    out: list[tuple[int, int]] = []
    first: int | None = None
    for k in range(start, end + 1):
        text = k < end and bool(lines[k]) and not is_chrome(lines[k])
        if text and first is None:
            first = k
        elif not text and first is not None:
            out.append((first, k))
            first = None
    return out


def _body_blocks(lines: list[str], start: int, footer: Header) -> int:
    blocks = _blocks(lines, start, footer.start)
    # some layouts repeat the author's name above the body; it is not body text
    if blocks and footer.author and lines[blocks[0][0]].casefold() == footer.author.casefold():
        first, end = blocks[0]
        blocks = blocks[1:] if end == first + 1 else [(first + 1, end), *blocks[1:]]
    return len(blocks)


def _stop(line: str) -> bool:
    # widget chrome or the article's own date footer ("Posted on November 13, 2012 at 6:15 AM") ends the article
    return is_chrome(line) or bool(P.DATE_ONLY.match(line))


def _signature(lines: list[str], block: tuple[int, int], footer: Header) -> bool:
    first, end = block
    name = lines[first].casefold()
    author = (footer.author or "").casefold()
    return end == first + 1 and bool(author) and (name == author or name == author.split()[0])


def _greets(line: str, run: list[Header]) -> bool:
    """A greeting, or a line addressing one of the page's commenters by first name ("David, great insights")."""
    if P.GREETING.match(line):
        return True
    head, comma, _ = line.partition(",")
    names = {h.author.split()[0].casefold() for h in run if h.author}
    return bool(comma) and head.strip().casefold() in names


def first_body_start(lines: list[str], run: list[Header]) -> int:
    """Where the first footer's body begins.

    Walking up from the first footer by paragraphs: right after a stop line (chrome, the article's date line) if
    one comes within as many paragraphs as a long body has (the upper quartile of the others); else at the
    farthest greeting ("Hi David,", "David, great post") within that reach (a greeting line of its own may stand
    one paragraph beyond it); else as many paragraphs up as a typical (median) body has. A signature line ("Jim"
    above "Posted by: Jim Ewel") is not counted as a paragraph.
    """
    sizes = [_body_blocks(lines, a.end, b) for a, b in zip(run, run[1:], strict=False)]
    want = max(1, int(statistics.median(sizes))) if sizes else 1
    reach = max(want, int(statistics.quantiles(sizes, n=4)[2])) if len(sizes) > 1 else want
    blocks = _blocks(lines, 0, run[0].start)[::-1]
    signed = 1 if blocks and _signature(lines, blocks[0], run[0]) else 0
    want, reach = want + signed, reach + signed
    taken: list[tuple[int, int]] = []
    below = run[0].start
    for first, end in blocks[: reach + 1]:
        stops = [k for k in range(first, below) if lines[k] and _stop(lines[k])]
        if stops:
            return stops[-1] + 1 if len(taken) < reach else taken[-1][0]
        taken.append((first, end))
        below = first
    greetings = [
        first
        for k, (first, end) in enumerate(taken)
        if _greets(lines[first], run) and (k < reach or end == first + 1)
    ]
    if greetings:
        return greetings[-1]
    return taken[min(want, len(taken)) - 1][0] if taken else run[0].start
