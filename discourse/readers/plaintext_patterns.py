"""Regular expressions of the plain-text reader: dates, comment headers, widget chrome, article head lines.

Header forms are tried in order by :data:`HEADER_FORMS`; a new comment layout is a new entry here, not new code.
Each form names the groups ``author`` and (optionally) ``date``; its role says whether the header line comes
before the comment body ("lead"), after it ("foot"), or either (decided per page from where the run ends).
"""

from __future__ import annotations

import re

__all__ = [
    "BYLINE",
    "CLOCK",
    "CHROME",
    "CHROME_DEBRIS",
    "CHROME_SPLIT",
    "CHROME_PREFIX",
    "DATE_ONLY",
    "DATELINE",
    "DATETIME",
    "FORM_START",
    "HEADER_CHROME",
    "HEADER_FORMS",
    "HAS_TIME",
    "HAS_YEAR",
    "HEADING_WORD",
    "GREETING",
    "TWEET_HANDLE",
    "IN_REPLY_TO",
    "INITIAL",
    "LIST_NUMBER",
    "MARKDOWN_LINK",
    "NAME_DEBRIS",
    "NOT_A_NAME",
    "PARAGRAPH_DATE",
    "SECTION_CHROME",
    "SENTENCE_END",
    "SPEECH_ONLY",
    "SPEECH_VERB",
    "TIME_ONLY",
]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
    r"\b\.?,?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d"
# "10:49 am", "@11:35AM", "1 23 pm" (a scraper dropped the colon), "13:28:05", optional zone abbreviation
_TIME = (
    r"(?:@\s*)?\d{1,2}(?::\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\s\d{2}\s*[ap]\.?m\.?|\s*[ap]\.?m\.?)"
    r"(?-i:\s+(?:[A-Z]{1,3}T|UTC)\b)?"
)
_DATE = (
    rf"(?:{_WEEKDAY}\s*)?(?:"
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"  # June 16, 2019 / July 10th, 2012 / Nov 06 2012 / Jul 23
    rf"|{_DAY}\.?\s+{_MONTH},?\s+{_YEAR}"  # 1 November 2012 / 09. Jul, 2012
    rf"|{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:T(?=\d))?"  # 2011-06-02, 2012/11/05, ISO 8601
    r"|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"  # 10/31/2012, 07.22.12, 28-11-2022
    r")"
)
# "today" alone is a common word; as a comment date it comes with a time ("Today at 3:15 pm")
_RELATIVE = (
    rf"(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?"
    rf"|years?|yrs?|y)\.?\s+ago"
    rf"|(?:yesterday|today),?\s+(?:at\s+)?{_TIME}|just now)"
)
_GLUE = r"(?:(?:\s*(?:,|\bat\b|\bon\b|@|[-–—|•·])\s*)+|\s+|(?<=T))"

DATETIME = re.compile(
    rf"(?:{_DATE}(?:{_GLUE}{_TIME})?(?:{_GLUE}{_RELATIVE})?|{_RELATIVE}(?:\s*\(\s*{_TIME}\s*\))?|{_TIME}{_GLUE}{_DATE})",
    re.I,
)
_DT = DATETIME.pattern

# A line that is a date and nothing else (with "Posted on", "on", "|" and similar around it).
DATE_ONLY = re.compile(rf"^(?:posted\s+)?(?:on\s+)?\|?\s*(?P<date>{_DT})\s*\|?[.,]?$", re.I)
# A time of day alone, as a line under a date line ("2:13 pm")
TIME_ONLY = re.compile(rf"^{_TIME}$", re.I)

# "(1) Mike says:", "#2 Anna wrote:", "3. Bob said...": a numbered comment list
LIST_NUMBER = re.compile(r"^(?:\(\d{1,4}\)|#\d{1,4}|\d{1,4}\.)\s+\S")
SPEECH_VERB = r"(?:says|said|wrote|writes|added|replied|commented)"
_NAME = r"(?P<author>\S.{0,70}?)"
_NUMBER = r"(?:[+-]?\d+\s+)?(?:#?\d{1,4}[.)]?\s+)?"  # "2 ", "1. ", "#1 ", "+1 #2 " (list numbers, votes)

# (name, role, regex). Order matters: the first form that matches a line wins.
HEADER_FORMS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("slashdot", "lead", re.compile(rf"^by {_NAME} \(\d+\)(?:.*?\bon (?P<date>{_DT}))?.*$", re.I)),
    ("by_on", "foot", re.compile(rf"^by {_NAME} on (?P<date>{_DT})\.?(?:\s+via \w+.*)?$", re.I)),
    ("posted_by", "foot", re.compile(rf"^posted by:?\s+{_NAME}\s*(?:\bat\b|\bon\b|\||,)?\s*(?P<date>{_DT})\.?$", re.I)),
    ("date_says", "lead", re.compile(rf"^(?P<date>{_DT})\s*/\s*{_NAME}\s+{SPEECH_VERB}:?$", re.I)),
    ("on_date_said", "lead", re.compile(rf"^on (?P<date>{_DT}),?\s+{_NAME}\s+{SPEECH_VERB}:?$", re.I)),
    ("said_on_date", "lead", re.compile(rf"^{_NUMBER}{_NAME}\s+{SPEECH_VERB}\s+on\s+(?P<date>{_DT}):?$", re.I)),
    ("name_on_date_said", "lead", re.compile(rf"^{_NUMBER}{_NAME}\s+on\s+(?P<date>{_DT})\s+{SPEECH_VERB}:?$", re.I)),
    ("says_date", "lead", re.compile(rf"^{_NUMBER}{_NAME}\s+{SPEECH_VERB}\s*[:,]?\s*(?P<date>{_DT})$", re.I)),
    # "Montemalone 44 pts": a name with its vote score, as voting widgets head a comment
    ("name_score", "lead", re.compile(rf"^{_NAME}\s+[+-]?\d{{1,5}}\s*(?:pts|points?|votes?)$", re.I)),
    ("date_name", "either", re.compile(rf"^(?P<date>{_DT})\s*(?:[|–—-]\s*)?{_NAME}$", re.I)),
    (
        "name_date",
        "either",
        re.compile(
            rf"^{_NUMBER}{_NAME}(?:\s*[,|:–—•·-]\s*|\s+at\s+|\s+on\s+|\s*)(?P<date>{_DT})\s*\|?(?:\s+@\w+)?$",
            re.I,
        ),
    ),
)

# "Name says:", "Name said...", "Name wrote:" alone on a line.
SPEECH_ONLY = re.compile(rf"^{_NUMBER}{_NAME}(?:\s+{SPEECH_VERB}\s*(?::|,|\.{{2,}}|…)?|\s+:)$", re.I)

# Widget chrome: neither article nor comment text, wherever it stands.
CHROME = re.compile(
    r"^(?:reply|reply ↓|subscribe|log ?in|sign in|sign up|reply to this comment|report (?:abuse|comment)"
    r"|permalink"
    r"|notify of|inline feedbacks|view all comments|leave a (?:reply|comment)|post a comment|add a comment"
    r"|cancel reply|load more comments|show more comments"
    r"|(?:oldest|newest|most voted|best|top)(?:\s+(?:oldest|newest|most voted))+|newest|oldest|most voted"
    r"|sort by:?.{0,40}|see more|show more|hide replies|(?:view|show) (?:\d+ )?(?:more )?repl(?:y|ies)"
    r"|would love your thoughts, please comment\.?x?|comment author avatar"
    r"|comments?(?: \(\d+\))?:?|\d+ comments?:?"
    r"|(?:one|no|\d+) (?:responses?|thoughts?|comments?|replies) (?:to|on) .{1,200}"
    r"|\d+ repl(?:y|ies)|(?:log ?in|sign in|register) to (?:reply|comment).{0,80}"
    r"|you must be logged in to post a comment\.?|your email address will not be published\.?.{0,200}"
    r"|this site uses akismet to reduce spam\..{0,200}|save my name, email,? and website.{0,120}"
    r"|notify me of (?:follow-up comments|new posts|new comments).{0,80}|(?:post|submit) comment"
    r"|required fields are marked.{0,20}|liked by \d+ (?:people|person)|loading\.{0,3}|\d+ (?:likes?|dislikes?))$",
    re.I,
)
# Chrome only inside a comment section: vote counts, scores, lone numbers, action links.
SECTION_CHROME = re.compile(
    r"^(?:[+-]?\d{1,5}|[+-]?\d+ (?:points?|pts)|\(?score:\s*-?\d+(?:,\s*\w+)?\)?|\d+ (?:likes?|votes?|fans)"
    r"|like|share|quote|reply|report|flag|(?:name|email|website)\s*\*?|(?:up|down)vote|[▲▼↑↓]+|level \d+|\(edited\))$",
    re.I,
)
# The comment form that closes a comment section: what follows it is not a comment.
FORM_START = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a |new )?comment|write a comment)\b", re.I
)
# Bullets and arrows that widgets put around their links ("• Reply", "Share ›")
CHROME_DEBRIS = re.compile(r"^[•·*›»|–—\s-]+|[\s›»]+$")
CHROME_SPLIT = re.compile(r"\s*[•·|]\s*")
# Chrome glued to the author's name by the scraper ("Comment author avatarWakehead").
CHROME_PREFIX = re.compile(r"^(?:comment author avatar|user avatar|avatar image)\s*(?=\S)", re.I)

IN_REPLY_TO = re.compile(r"^(?:in reply to|replying to|reply to)\s+(?P<name>.{1,60}?)\s*[:.]?$", re.I)

# Author names: what a name does not start with, clock times, sentence ends (initials such as "Gregg N." are
# fine), and debris around names ("(1) Mike", "Comment #2 - Posted by: Kurt", "Chris Huang —", the commenter's
# website glued before the name: "http://www.example.com rightappeal").
NOT_A_NAME = re.compile(
    r"^(?:posted|updated|published|last|modified|date|from|sent|on|in|at|since|until|by|and|or|but|this|it"
    r"|we|he|she|they|i|you|if|when|as|so|then|here|there|what|how|why|my|our|his|her|their|its|copyright"
    r"|permalink|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[ap]\.?m\.?|(?-i:[A-Z]{1,3}T|UTC|GMT))\b|^©",
    re.I,
)
CLOCK = re.compile(r"\d{1,2}:\d\d|^\W*\d{1,2}\s*[ap]\.?m\b", re.I)
SENTENCE_END = re.compile(r"[.!?;:,]$")
INITIAL = re.compile(r"(?:\b\w{1,3}\.|\.\.\.)$")
NAME_DEBRIS = re.compile(
    r"^(?:\(\d+\)\s*|comment\s*#?\d+\s*[-–—:]\s*|(?:posted|comment|submitted) by:?\s*|https?://\S+\s+(?=\S)"
    r"|[,;:|•·–—-]\s*)+"
    rf"|\s*(?:[-–—|,:]|\bon\b|\(not verified\)|\s{SPEECH_VERB}\s*(?:\.{{2,}}|…|:)?)$",
    re.I,
)
# Widget links on the header line itself ("John Smith | March 3, 2012 at 5:00 pm | Reply", "... #").
HEADER_CHROME = re.compile(r"\s*(?:[|•·–—-]\s*)?(?:reply|report(?: abuse)?|permalink|link|flag|like|#\d*|¶)\s*$", re.I)

# Article head
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]*)\)")
BYLINE = re.compile(r"^(?:by|written by|posted by|author:?)\s+(?P<author>[^\d\n]{2,80}?)\s*$", re.I)
# "Global Research, December 13, 2022" (a publisher and the date)
DATELINE = re.compile(rf"^(?P<publisher>[A-Z][^,\d\n]{{1,60}}),\s+(?P<date>{_DT})\s*$", re.I)
# "28-11-2022:" opening the first paragraph
PARAGRAPH_DATE = re.compile(rf"^(?P<date>{_DT})\s*[:–—-]\s+\S")
# A single comment header must carry a time of day (or a relative date): a bare date is too common in articles.
HAS_TIME = re.compile(r"\d:\d\d|\b\d{1,2}\s*[ap]\.?m\b|\bago\b", re.I)
# A named header with a full date (a year) is as firm as a timed one when it repeats (two comments or more).
HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")
# "Name (@handle) October 30, 2012" is an embedded tweet's attribution, article material rather than a comment.
TWEET_HANDLE = re.compile(r"\(@\w{1,30}\)")
# Words of a sub-heading or a page section title, which a bare name line never holds ("Related Posts").
HEADING_WORD = re.compile(
    r"\b(?:the|of|and|to|for|in|on|with|an?|is|are|how|what|why|your|our|about|more|related|posts?|comments?"
    r"|share|tags?|categor(?:y|ies)|archives?|links?|menu|search|contact|home|follow|subscribe|step|part|chapter"
    r"|update|note|conclusion|introduction|summary|references?|sources?|photos?|video|image|via)\b",
    re.I,
)
# A reader's greeting opens a comment body ("Hi David,", "Dear Ann -", "Thanks for this"): where a footer layout's
# first comment starts.
GREETING = re.compile(r"^(?:(?:hi|hey|hello|hiya|dear|greetings)\s+\w+\s*[,!:–—-]|(?:thanks|thank you)\b)", re.I)
