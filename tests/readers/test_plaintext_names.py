"""Bare name lines as comment headers: found with enough signs of a comment list, refused without them."""

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from discourse.readers.plaintext import parse_text
from discourse.readers.plaintext_names import find_name_section

TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "text"
ARTICLE = (TEXT / "bare_names.txt").read_text(encoding="utf-8").split("Anna Berg")[0]


def _split(page: str) -> tuple[list[str], list[int]]:
    raw = page.split("\n")
    return [" ".join(line.split()) for line in raw], [len(line) - len(line.lstrip()) for line in raw]


def test_nested_bare_names_are_comments_with_replies():
    thread = parse_text((TEXT / "bare_names.txt").read_text(encoding="utf-8"), "bare_names.txt")
    assert [(c.author, c.parent_id, c.depth) for c in thread.comments] == [
        ("Anna Berg", None, 0), ("Tom Lee", "c1", 1), ("Anna Berg", "c2", 2), ("Kim Lee", None, 0),
    ]
    assert thread.comments[2].body == "Then the bus lanes will help you too, Tom."
    assert "Anna Berg" not in thread.article.text
    assert thread.article.paragraphs[-1].endswith("air quality figures published last spring.")


def test_widget_chrome_and_a_returning_name_are_enough_without_indentation():
    page = ARTICLE + (
        "Anna Berg\n\nFinally, the road has been a car park for years.\n\nReply\n\n"
        "Tom Lee\n\nIt is a car park because there is nowhere else to park.\n\nReply\n\n"
        "Kim Lee\n\nWill the night buses run as well?\n\nReply\n\n"
        "Anna Berg\n\nThen the bus lanes will help you too.\n\nReply\n"
    )
    thread = parse_text(page, "chrome.txt")
    assert [c.author for c in thread.comments] == ["Anna Berg", "Tom Lee", "Kim Lee", "Anna Berg"]
    assert all("Reply" not in c.body for c in thread.comments)


def test_names_without_further_signs_are_not_comments():
    # flat, no chrome, no name twice: as likely sub-headings as commenters
    page = ARTICLE + "Anna Berg\n\nFinally, the road is closing.\n\nTom Lee\n\nNobody asked me.\n\nKim Lee\n\nGood.\n"
    assert parse_text(page, "flat.txt").comments == ()
    lines, indents = _split(page)
    assert find_name_section(lines, indents) is None


def test_sub_headings_with_function_words_are_not_names():
    page = ARTICLE + (
        "The Plan\n\n    Two bus lanes open before winter.\n\n"
        "What Comes Next\n\n    A consultation until the end of the year.\n\n"
        "The Plan\n\n    The plan is the same as before.\n"
    )
    assert parse_text(page, "headings.txt").comments == ()


def test_two_speakers_taking_turns_are_an_interview_not_comments():
    page = ARTICLE + "".join(
        f"{name}\n\n    {text}\n\n"
        for name, text in [("Anna Berg", "Why close the road now?"), ("Tom Lee", "Because the bridge is failing."),
                           ("Anna Berg", "And the shops?"), ("Tom Lee", "They get a car park on the rail yard.")]
    )
    assert parse_text(page, "interview.txt").comments == ()


def test_a_short_article_above_bare_names_is_not_enough():
    page = "Harbour\n\nShort.\n\n" + "Anna Berg\n\n    One.\n\n    Tom Lee\n\n        Two.\n\nAnna Berg\n\n    Three.\n"
    lines, indents = _split(page)
    assert find_name_section(lines, indents) is None


_NAMES = st.sampled_from(["Anna Berg", "Tom Lee", "jdoe42", "Kim", "Huffhorny"])
_WORDS = st.lists(st.sampled_from("the plan road buses late council harbour river never again".split()),
                  min_size=5, max_size=14)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_NAMES, _WORDS, st.integers(0, 2)), min_size=3, max_size=8))
def test_generated_nested_threads_are_read_in_full(comments):
    # a name returning among three or more is a sign of a comment list; the first name comes back at the end
    assume(len({name for name, _, _ in comments}) >= 3)
    comments = [*comments, (comments[0][0], ["thanks", "all"], 0)]
    blocks = []
    for k, (name, words, depth) in enumerate(comments):
        pad = "    " * depth
        blocks.append(f"{pad}{name}\n\n{pad}    {' '.join(words).capitalize()} number {k}.")
    thread = parse_text(ARTICLE + "\n\n".join(blocks) + "\n", "gen.txt")
    assert [c.author for c in thread.comments] == [name for name, _, _ in comments]
    for k, c in enumerate(thread.comments):
        assert c.body.endswith(f"number {k}.")
        assert c.body not in thread.article.text
    assert thread.article.paragraphs[-1].endswith("air quality figures published last spring.")
