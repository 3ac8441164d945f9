"""The batch machinery of the incivility scorer gives what a plain, text-by-text reading would give."""

import json
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from discourse.analysis import incivility_rules as R
from discourse.analysis.incivility import IncivilityScorer

LEETISH = st.text(alphabet="abcdefghist 0123456789@$.!'\\n", max_size=40)


def _naive_lower(text: str) -> str:
    """The lowercase with leetspeak read as letters, rewritten over the whole text at once."""
    lower = text.lower().replace("’", "'").replace("‘", "'")
    return R.LEET_IN_WORD.sub(lambda m: m.group(0).translate(R.UNLEET), lower)


@example(["ab21 sh1t 2019", "musl1ms", "$5 a55"])
@settings(max_examples=60, deadline=None)
@given(st.lists(LEETISH, min_size=1, max_size=6))
def test_leet_rewriting_only_where_screened_equals_rewriting_everywhere(texts):
    # the RE2 hint must pick every text the rewrite would change, so the batch reads as the whole would
    _, lower, _ = R.join_texts(texts)
    assert lower.split(R.SEPARATOR) == [_naive_lower(t) for t in texts]


def test_leet_words_are_read_as_letters_and_numbers_are_left_alone():
    _, lower, _ = R.join_texts(["Musl1ms are sc@m", "In 2019 it cost $500", "ab21"])
    assert lower.split(R.SEPARATOR) == ["muslims are scam", "in 2019 it cost $500", "ab2i"]


def test_evidence_is_plain_json_with_unicode_kept():
    frame = IncivilityScorer().transform(["Ты idiot — you idiot 🤡"])
    raw = frame.loc[0, "incivility_evidence"]
    items = json.loads(raw)
    assert raw == json.dumps(items, ensure_ascii=False)
    assert {"category", "text", "start", "end", "rule"} == set(items[0])


def test_homonym_context_is_read_around_the_match_only():
    # the innocent context word must sit within 80 characters of the match, on either side
    near = IncivilityScorer().transform(["The Dutch dyke held back the water."]).loc[0, "incivility_evidence"]
    far = IncivilityScorer().transform(["What a dyke. " + "x " * 60 + "The dutch are fine."]).loc[
        0, "incivility_evidence"]
    assert not re.search(r'"rule": "slur"', near)
    assert re.search(r'"rule": "slur"', far)
