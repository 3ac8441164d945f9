"""Find the comment section of a plain-text page from its header lines, and cut it into comments.

A page's comment headers share one shape (see :data:`~discourse.readers.plaintext_patterns.HEADER_FORMS`).
Every line is matched against the forms; the form whose matches make the densest run after the article text
wins, and its run marks the section. Headers come before their bodies ("lead") or after them ("foot"); for
forms that allow both, a run that ends the page is a run of footers.
"""

from __future__ import annotations

import statistics

from discourse.readers import plaintext_patterns as P
from discourse.readers.plaintext_footers import first_body_start
from discourse.readers.plaintext_lines import (
    Header,
    Section,
    chars,
    clean_name,
    form_start,
    is_chrome,
    next_content,
    plausible_name,
    previous_content,
)

__all__ = ["find_section", "match_header"]

# Tuned on the dragnet development pages (benchmarks/dragnet_text.py): a header needs this much article before it,
# and a gap between two headers longer than GAP_FACTOR times the typical gap (and GAP_MIN lines) ends the run.
MIN_ARTICLE_CHARS = 80
HEAD_LINES = 2
GAP_MIN = 40
GAP_FACTOR = 6
# at most this many early matches (a date line in the article, a byline) can be cut off the section
MAX_STRAY_HEADERS = 3
# Fewer headers than FEW_HEADERS must each be firm (see _firm) and, without a time of day, outweighed by the
# article above them; a lone comment needs an article of SINGLE_ARTICLE_CHARS before it and at least SINGLE_RATIO
# times its own length.
FEW_HEADERS = 3
SINGLE_ARTICLE_CHARS = 200
SINGLE_RATIO = 2
# ... or once its length when its header is a "Name said..." with a timed date under the body, or numbered.
SINGLE_RATIO_FIRM = 1
# a last body longer than LAST_BODY_FACTOR times the longest other body (and LAST_BODY_MIN_CHARS) is article text
LAST_BODY_MIN_CHARS = 2000
LAST_BODY_FACTOR = 8


def _header_at(lines: list[str], i: int, nxt: int | None, prev: int | None) -> Header | None:
    line = lines[i]
    if P.DATE_ONLY.match(line):
        end = i + 1
        if nxt is not None and P.TIME_ONLY.match(lines[nxt]):
            line, end = f"{line} {lines[nxt]}", nxt + 1
        if prev is not None and plausible_name(lines[prev], bare=True) and not P.DATE_ONLY.match(lines[prev]):
            return Header(prev, end, "name_over_date", "lead", clean_name(lines[prev]), line)
        return Header(i, end, "date", "either", None, line)
    bare = P.HEADER_CHROME.sub("", line)
    for form, role, regex in P.HEADER_FORMS:
        m = regex.match(bare) if bare else None
        if m:
            author = clean_name(m.group("author"))
            if plausible_name(author):
                return Header(i, i + 1, form, role, author, m.groupdict().get("date"))
    m = P.SPEECH_ONLY.match(line)
    if m:
        author = clean_name(m.group("author"))
        if not plausible_name(author):
            return None
        if nxt is not None and P.DATE_ONLY.match(lines[nxt]):
            return Header(i, nxt + 1, "speech_date", "lead", author, lines[nxt])
        return Header(i, i + 1, "speech", "lead", author, None)
    return None


def match_header(line: str) -> Header | None:
    """The comment header one line makes on its own, if any (whitespace-normalised line)."""
    return _header_at([" ".join(line.split())], 0, None, None)


def _candidates(lines: list[str]) -> list[Header]:
    content = [i for i, line in enumerate(lines) if line and not is_chrome(line)]
    found: list[Header] = []
    taken = -1
    for k, i in enumerate(content):
        if i < taken:
            continue
        nxt = content[k + 1] if k + 1 < len(content) else None
        prev = content[k - 1] if k > 0 and content[k - 1] >= taken else None
        header = _header_at(lines, i, nxt, prev)
        if header is not None and not (found and header.start < found[-1].end):
            found.append(header)
            taken = header.end
    return found


_DATE_FORMS = frozenset({"date", "name_over_date", "date_over_name"})


def _speech_footers(lines: list[str], headers: list[Header]) -> list[Header]:
    """Give "Name said..." headers the date line that closes their body, and drop that line as a header."""
    speech = [h for h in headers if h.form == "speech"]
    if not speech:
        return headers
    bounds = [h.start for h in speech[1:]] + [form_start(lines, speech[-1].end)]
    drop: set[Header] = set()
    dated: dict[Header, Header] = {}
    for h, bound in zip(speech, bounds, strict=True):
        last = previous_content(lines, bound, h.end)
        if last is None or not P.DATE_ONLY.match(lines[last]):
            continue
        dated[h] = Header(h.start, h.end, "speech_footer", "lead", h.author, lines[last])
        drop.update(g for g in headers if g.form in _DATE_FORMS and h.end <= g.start and g.end <= bound)
    return [dated.get(h, h) for h in headers if h not in drop]


def _as_bare_date(lines: list[str], h: Header) -> Header:
    start = h.start if h.form != "name_over_date" else next(j for j in range(h.start + 1, h.end) if lines[j])
    end = h.end if h.form != "date_over_name" else start + 1
    return Header(start, end, "dates", "either", None, h.date)


def _date_over_name(lines: list[str], headers: list[Header]) -> list[Header]:
    # "11.05.12 at 1:55 pm" then "Name": a bare date line whose next line is a name and then a body
    out = []
    for h in headers:
        j = next_content(lines, h.end)
        if h.form == "date" and j is not None and plausible_name(lines[j], bare=True):
            k = next_content(lines, j + 1)
            if k is not None and not plausible_name(lines[k], bare=True):
                out.append(Header(h.start, j + 1, "date_over_name", "lead", clean_name(lines[j]), h.date))
                continue
        out.append(h)
    return out


def _run(lines: list[str], headers: list[Header]) -> list[Header]:
    """The headers of the comment section: a few early matches cut off by a long gap (the article) are dropped."""
    content = [0] * (len(lines) + 1)
    for i, line in enumerate(lines):
        content[i + 1] = content[i] + (1 if line else 0)
    gaps = [content[b.start] - content[a.end] for a, b in zip(headers, headers[1:], strict=False)]
    if not gaps:
        return headers
    limit = max(GAP_MIN, GAP_FACTOR * statistics.median(gaps))
    start = 0
    for k, gap in enumerate(gaps[:MAX_STRAY_HEADERS]):
        if gap > limit:
            start = k + 1
    return headers[start:]


def _role(lines: list[str], run: list[Header]) -> str:
    roles = {h.role for h in run}
    if roles <= {"lead"}:
        return "lead"
    if roles <= {"foot"}:
        return "foot"
    after = next_content(lines, run[-1].end)
    return "lead" if after is not None and after < form_start(lines, run[-1].end) else "foot"


def _lone_header_ok(lines: list[str], h: Header, role: str) -> bool:
    # one comment alone: a name and a time of day, and a footer only where the form is a footer form
    timed = bool(h.author and h.date and P.HAS_TIME.search(h.date))
    dated = h.form == "name_over_date" and _firm(h, False)
    scored = h.form == "name_score"
    return (timed or dated or scored or _numbered_speech(lines, h)) and (role == "lead" or h.role == "foot")


def _numbered_speech(lines: list[str], h: Header) -> bool:
    """Whether a speech header is numbered ("(1) Mike says:"): a comment list even without a date."""
    return h.form == "speech" and bool(P.LIST_NUMBER.match(lines[h.start]))


def _lone_ratio(lines: list[str], h: Header) -> float:
    """How many times its own length of article a lone comment needs above it: less for the firmest headers."""
    firmest = h.form == "speech_footer" and h.date and P.HAS_TIME.search(h.date)
    return SINGLE_RATIO_FIRM if firmest or _numbered_speech(lines, h) else SINGLE_RATIO


def _firm(h: Header, repeated: bool) -> bool:
    """Whether a header says "comment" even among few others.

    A time of day, a speech verb or a vote score do; so does a name with a full date when such headers repeat or
    stand on two lines of their own (name over date, as comment widgets write them), unless it is a tweet's.
    """
    if h.form.startswith("speech") or h.form == "name_score" or (h.date and P.HAS_TIME.search(h.date)):
        return True
    dated = bool(h.author and h.date and P.HAS_YEAR.search(h.date))
    own_lines = h.form == "name_over_date"
    return (repeated or own_lines) and dated and not P.TWEET_HANDLE.search(h.author or "")


def _timed(run: list[Header]) -> bool:
    return any(h.form.startswith("speech") or (h.date and P.HAS_TIME.search(h.date)) for h in run)


def _strong(run: list[Header]) -> bool:
    return all(_firm(h, len(run) > 1) for h in run)


def _score(lines: list[str], run: list[Header], role: str) -> float:
    # bodies between headers are required; dated, named headers are stronger evidence than bare dates
    bodies = [chars(lines, a.end, b.start) for a, b in zip(run, run[1:], strict=False)]
    if role == "lead":
        bodies.append(chars(lines, run[-1].end, form_start(lines, run[-1].end)))
    with_body = sum(1 for b in bodies if b > 0)
    strength = sum((1.0 if h.author else 0.5) + (0.5 if h.date else 0.0) for h in run)
    return with_body + strength


def find_section(lines: list[str]) -> Section | None:
    """The comment section of a page given as stripped lines ("" for blank lines), or None."""
    headers = _speech_footers(lines, _date_over_name(lines, _candidates(lines)))
    first_content = [i for i, line in enumerate(lines) if line][:HEAD_LINES]
    head_end = first_content[-1] + 1 if first_content else 0
    by_form: dict[str, list[Header]] = {}
    for h in headers:
        if h.start >= head_end:
            by_form.setdefault(h.form, []).append(h)
    # every date line also counts as a bare date header: short body lines above dates can pass for names
    bare = [_as_bare_date(lines, h) for h in headers if h.form in _DATE_FORMS and h.start >= head_end]
    if bare:
        by_form["dates"] = bare
    best: tuple[float, Section] | None = None
    for form_headers in by_form.values():
        run = _run(lines, form_headers)
        role = _role(lines, run)
        if len(run) < FEW_HEADERS and not _strong(run):
            continue
        if not any(h.author for h in run) and not _strong(run):
            # dated paragraphs without names (a chronology) are comments only when the dates carry times
            continue
        single = len(run) == 1
        if single and not _lone_header_ok(lines, run[0], role):
            continue
        start = run[0].start if role == "lead" else first_body_start(lines, run)
        before, after = chars(lines, 0, start), chars(lines, start, len(lines))
        if before < (MIN_ARTICLE_CHARS if len(run) < FEW_HEADERS else 1):
            continue
        if single and (before < SINGLE_ARTICLE_CHARS or after * _lone_ratio(lines, run[0]) > before):
            continue
        if len(run) < FEW_HEADERS and not _timed(run) and after > before:
            continue  # a few untimed headers ("Name, May 3, 2012") outweighed by what follows: quotes in an article
        if role == "lead" and (_dangling_date(lines, run) or _article_after(lines, run)):
            continue
        score = _score(lines, run, role) + (1 if role == "foot" and after > 0 else 0)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, Section(start, role, tuple(run)))
    if best is None:
        return None
    return _with_earlier_forms(lines, _names_over_dates(lines, best[1]), [h for h in headers if h.start >= head_end])


def _article_after(lines: list[str], run: list[Header]) -> bool:
    """Headers inside an article (quoted tweets, a timeline) leave a last "comment" far longer than the others."""
    if len(run) >= FEW_HEADERS * 2:
        return False  # a real section of many comments; a long tail is page furniture, not article
    bodies = [chars(lines, a.end, b.start) for a, b in zip(run, run[1:], strict=False)]
    last = chars(lines, run[-1].end, form_start(lines, run[-1].end))
    return last > max(LAST_BODY_MIN_CHARS, LAST_BODY_FACTOR * max(bodies, default=0))


def _dangling_date(lines: list[str], run: list[Header]) -> bool:
    """A page whose comments end on a date line of their own has its dates below the bodies, not above."""
    last = previous_content(lines, form_start(lines, run[-1].end))
    return (
        last is not None
        and last >= run[-1].end
        and lines[last] != run[-1].date  # a "Name said..." header takes its date from the body's end
        and bool(P.DATE_ONLY.match(lines[last]))
    )


def _names_under_dates(lines: list[str], section: Section) -> Section:
    """Bare dates closing comments: when most bodies open with a name line, those lines are the authors."""
    starts = [section.start] + [h.end for h in section.headers[:-1]]
    firsts = [next_content(lines, a) for a in starts]
    named = [
        j is not None and j < h.start and plausible_name(lines[j], bare=True) and next_content(lines, j + 1) != h.start
        for h, j in zip(section.headers, firsts, strict=True)
    ]
    if sum(named) * 2 < len(named):
        return section
    headers = tuple(
        Header(h.start, h.end, h.form, h.role, clean_name(lines[j]), h.date) if ok and j is not None else h
        for h, j, ok in zip(section.headers, firsts, named, strict=True)
    )
    return Section(section.start, section.role, headers)


def _names_over_dates(lines: list[str], section: Section) -> Section:
    """Bare dates leading comments: when most have a name line just above, those lines are the authors."""
    if section.headers[0].form != "dates":
        return section
    if section.role == "foot":
        return _names_under_dates(lines, section)
    above = [previous_content(lines, h.start) for h in section.headers]
    named = [j is not None and plausible_name(lines[j], bare=True) for j in above]
    if sum(named) * 2 < len(named):
        return section
    headers = tuple(
        Header(j, h.end, "name_over_date", "lead", clean_name(lines[j]), h.date) if ok and j is not None else h
        for h, j, ok in zip(section.headers, above, named, strict=True)
    )
    return Section(headers[0].start, "lead", headers)


def _with_earlier_forms(lines: list[str], section: Section, headers: list[Header]) -> Section:
    """Prepend dated, named headers of other forms just above a leading section (a page may mix two layouts)."""
    if section.role != "lead":
        return section
    run = list(section.headers)
    sizes = [sum(1 for line in lines[a.end : b.start] if line) for a, b in zip(run, run[1:], strict=False)]
    limit = min(GAP_MIN, max(2, 2 * statistics.median(sizes))) if sizes else 2
    for h in reversed([h for h in headers if h.end <= run[0].start]):
        gap = sum(1 for line in lines[h.end : run[0].start] if line)
        if not (h.author and h.date and P.HAS_TIME.search(h.date)) or gap > limit or h.form == run[0].form:
            break
        run.insert(0, h)
    return Section(run[0].start, section.role, tuple(run))
