"""Footer layouts: where the first comment's body begins above its "Posted by" line."""

from pathlib import Path

import pytest

from discourse.readers.plaintext import parse_text

TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "text"
ARTICLE_END = "air quality figures published last spring."
HEAD = (TEXT / "typepad_footer.txt").read_text(encoding="utf-8").split("Hi Anna,")[0]
# three more comments after the first: one, two and three paragraphs long
OTHERS = (
    "Posted by: Tom Lee | October 10, 2012 at 08:11 PM\nAnna Berg\n\nThanks Tom!\n\n"
    "Posted by: Anna Berg | October 11, 2012 at 05:44 AM\n\nWere the bus drivers there?\n\nThey were not.\n\n"
    "Posted by: Kim Lee | October 11, 2012 at 07:50 AM\n\nOne.\n\nTwo.\n\nThree.\n\n"
    "Posted by: Ann Roe | October 11, 2012 at 08:02 AM\n"
)
SHORT_OTHERS = (
    "Posted by: Tom Lee | October 10, 2012 at 08:11 PM\n\nThanks Tom!\n\n"
    "Posted by: Anna Berg | October 11, 2012 at 05:44 AM\n\nWere the bus drivers there?\n\n"
    "Posted by: Kim Lee | October 11, 2012 at 07:50 AM\n"
)


def test_a_greeting_opens_the_first_comment():
    thread = parse_text((TEXT / "typepad_footer.txt").read_text(encoding="utf-8"), "typepad_footer.txt")
    assert [c.author for c in thread.comments] == ["Tom Lee", "Anna Berg", "Kim Lee"]
    assert thread.comments[0].body.startswith("Hi Anna,\n\nGood piece.")
    assert thread.article.paragraphs[-1].endswith(ARTICLE_END)
    assert "Hi Anna" not in thread.article.text


@pytest.mark.parametrize(
    ("first", "others", "expected", "article_end"),
    [
        # addressing a commenter of the page by first name, within the paragraphs of a long body
        ("Kim, great report as usual.\n\nOne more point.\n\nAnd one more.\n\n", OTHERS, "Kim, great report",
         ARTICLE_END),
        # the article's own date line stops the walk up
        ("Posted on October 9, 2012 at 6:15 AM\n\nRecommended.\n\nIt is very good.\n\n", OTHERS, "Recommended.",
         "Posted on October 9, 2012 at 6:15 AM"),
        # a signature above the footer is not a paragraph of its own
        ("Nice work.\n\nTom\n\n", SHORT_OTHERS, "Nice work.", ARTICLE_END),
        # without cues the first body is as long as a typical (median) one
        ("An aside.\n\nShort comment.\n\n", SHORT_OTHERS, "Short comment.", "An aside."),
        ("An aside.\n\nShort comment.\n\n", OTHERS, "An aside.\n\nShort comment.", ARTICLE_END),
    ],
)
def test_first_comment_start(first, others, expected, article_end):
    thread = parse_text(HEAD + first + others, "footer.txt")
    assert thread.comments[0].author == "Tom Lee"
    assert thread.comments[0].body.startswith(expected)
    assert thread.article.paragraphs[-1].endswith(article_end)
    assert expected.split("\n")[0] not in thread.article.text
