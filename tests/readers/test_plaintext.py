from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.errors import ParseWarning
from discourse.readers import ReadOptions, read_path
from discourse.readers.boilerplate import is_boilerplate
from discourse.readers.dates import parse_date
from discourse.readers.plaintext import parse_text, read
from discourse.readers.plaintext_comments import match_header

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = FIXTURES / "seeds"
TEXT = FIXTURES / "text"
NOW = datetime(2012, 11, 15, 12, 0, tzinfo=timezone.utc)
OPTIONS = ReadOptions(now=NOW)


def thread_of(path: Path, options: ReadOptions = OPTIONS):
    (thread,) = read_path(path, options)
    return thread


def seed(prefix: str):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return thread_of(path)


# --- the seeds -------------------------------------------------------------------------------------------------


def test_seed_003_six_comments_with_authors_and_times():
    thread = seed("003")
    assert [c.author for c in thread.comments] == [
        "Searchin4Truth", "Huffhorny", "JJohannes", "Momcilo", "Vincent", "Peter",
    ]
    assert [c.timestamp.isoformat()[:16] for c in thread.comments] == [
        "2019-06-16T10:49", "2019-06-16T12:20", "2019-06-17T03:21",
        "2019-06-17T09:39", "2019-06-17T17:14", "2019-08-08T00:11",
    ]
    assert thread.comments[3].body == "This article couldn’t be more wrong.\nJournalism at its worst."
    assert thread.comments[0].timestamp_raw == "June 16, 2019 at 10:49 am"
    assert [c.position for c in thread.comments] == list(range(6))
    assert [c.id for c in thread.comments] == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert thread.article.paragraphs[-1].endswith("re-Islamize the region.")
    body = thread.article.text
    for comment in thread.comments:
        assert comment.body.split("\n")[0] not in body
        assert comment.author not in body
    assert thread.article.id == "003_3618e1eda80ae8c7"
    assert thread.article.format == "text"
    assert thread.article.title == "Serbia Threatens To Invade Kosovo, Could Ask Moscow 'For Assistance'"


def test_seed_001_no_comments_and_widget_out_of_the_body():
    thread = seed("001")
    assert thread.comments == ()
    body = thread.article.text
    for chrome in ("Subscribe to our newsletter", "Sign up here", "Notify of", "Inline Feedbacks",
                   "View all comments", "Would love your thoughts"):
        assert chrome not in body
        assert any(piece.startswith(chrome) for piece in thread.article.boilerplate)
    assert "Vučić also once again thanked Russia" in body


def test_seed_002_head_and_boilerplate():
    thread = seed("002")
    article = thread.article
    assert article.title == "NATO Wants to Put Serbia in Line with Its Latest Escalation in Kosovo"
    assert article.author == "Drago Bosnic"
    assert article.publisher == "Global Research"
    assert article.published == datetime(2022, 12, 13, tzinfo=timezone.utc)
    assert thread.comments == ()
    body = article.text
    for gone in ("Please click the share buttons", "Follow us on", "Disclaimer", "Copyright", "(#)", "](",
                 "Escalating Crisis in Kosovo", "The original source of this article", "Featured image"):
        assert gone not in body
    assert body.startswith("After months of tensions, the Western-backed")
    assert "Escalating Crisis in Kosovo" in article.boilerplate


def test_seed_004_paragraph_date():
    thread = seed("004")
    assert thread.article.published == datetime(2022, 11, 28, tzinfo=timezone.utc)
    assert thread.comments == ()
    assert thread.article.title == "US Primes Kosovo for Tension with Serbia"


def test_seed_000_listing_keeps_each_teaser_title_once():
    thread = seed("000")
    assert thread.comments == ()
    titles = [thread.article.title, *thread.article.paragraphs]
    normalised = [" ".join(t.split()) for t in titles]
    for teaser in ("Why the West Pushes Serbia to Recognize Kosovo", "What is happening in Kosovo?",
                   "While Ukraine War Continues Southeast Europe Braces for Conflict in Serbia",
                   "Serbian Analyst: How war in Ukraine resembles past conflict in Yugoslavia"):
        assert normalised.count(teaser) == 1


def test_read_yields_one_thread_from_cp1252_bytes_with_mojibake():
    page = (TEXT / "site_at.txt").read_text(encoding="utf-8").replace("buses are", "buses’re")
    broken = page.encode("utf-8").decode("cp1252", errors="replace").encode("cp1252", errors="replace")
    threads = list(read(broken, "pages/site_at.txt", OPTIONS))
    assert len(threads) == 1
    assert threads[0].article.id == "site_at"
    assert threads[0].comments[0].body == "The buses’re always late anyway."


# --- header lines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "when"),
    [
        ("Peter August 8, 2019 at 12:11 am", "Peter", "2019-08-08T00:11"),
        ("Simona July 24, 2012 at 3:16 am", "Simona", "2012-07-24T03:16"),
        ("mary @ B&Gjournals October 28, 2012 at 8:02 pm", "mary @ B&Gjournals", "2012-10-28T20:02"),
        ("by Dharmesh Shah on December 4, 2010 at 10:42 pm.", "Dharmesh Shah", "2010-12-04T22:42"),
        ("Chris Huang — July 10th, 2012, 1:26 am", "Chris Huang", "2012-07-10T01:26"),
        ("09. Jul, 2012 / Courtney says:", "Courtney", "2012-07-09T00:00"),
        ("On October 12, 2012 at 10:52 am Qaoileann said:", "Qaoileann", "2012-10-12T10:52"),
        ("Gregg N. on 10/26/2012 at 12:49 PM said:", "Gregg N.", "2012-10-26T12:49"),
        ("Posted by: Ellen at September 10, 2012 11:40 AM", "Ellen", "2012-09-10T11:40"),
        ("2 Jennifer Adams November 8, 2012 at 5:45 AM", "Jennifer Adams", "2012-11-08T05:45"),
        ("#1 munya 2011-06-02 13:28", "munya", "2011-06-02T13:28"),
        ("Matt Jaycox | November 9, 2012 12:13 AM |", "Matt Jaycox", "2012-11-09T00:13"),
        ("LeahOctober 22, 2012 12:44 PM", "Leah", "2012-10-22T12:44"),
        ("Public Speaking Trainer says: 11/2/2012", "Public Speaking Trainer", "2012-11-02T00:00"),
        ("Miles Taylor 12 days ago", "Miles Taylor", "2012-11-03T12:00"),
        ("October 15, 2012  Danae", "Danae", "2012-10-15T00:00"),
        ("by mcgrew (92797) * on Tuesday July 24, @11:35AM (#40750343) Journal", "mcgrew", "2012-07-24T11:35"),
        ("Tareeq UNITED KINGDOM", None, None),
        ("Ankita said...", "Ankita", None),
        ("Lauren K says:", "Lauren K", None),
        ("by garaged (579941)", "garaged", None),
        ("Montemalone 44 pts", "Montemalone", None),
        ("(1) Mike says:", "Mike", None),
        ("Luscious Monday, November 5 2012", "Luscious", "2012-11-05T00:00"),
        # widget links on the header line and debris around the name
        ("John Smith | March 3, 2012 at 5:00 pm | Reply", "John Smith", "2012-03-03T17:00"),
        ("John Smith March 3, 2012 at 5:00 pm #", "John Smith", "2012-03-03T17:00"),
        ("March 3, 2012 at 5:00 pm, John Smith said:", "John Smith", "2012-03-03T17:00"),
        ("Comment by John Smith — March 3, 2012 @ 5:00 pm", "John Smith", "2012-03-03T17:00"),
        ("Submitted by John Smith (not verified) on Sat, 03/03/2012 - 17:00", "John Smith", "2012-03-03T17:00"),
        ("Anonymous said... March 3, 2012 at 5:00 PM", "Anonymous", "2012-03-03T17:00"),
    ],
)
def test_header_lines(line, author, when):
    header = match_header(line)
    if author is None:
        assert header is None
        return
    assert header is not None
    assert header.author == author
    if when is None:
        assert header.date is None
    else:
        stamp = parse_date(header.date, now=NOW, context=datetime(2012, 7, 20, tzinfo=timezone.utc))
        assert stamp.isoformat()[:16] == when


@pytest.mark.parametrize(
    "line",
    [
        "The meeting is scheduled for March 5, 2013 at 10:00 am in the town hall, the mayor said today.",
        "Saturday, October 20, 2012",
        "July 24, 2012 5:37 AM PDT",
        "Reply",
        "12 Comments",
    ],
)
def test_lines_that_are_not_named_headers(line):
    header = match_header(line)
    assert header is None or header.author is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Subscribe to our newsletter", True),
        ("Copyright © Drago Bosnic, InfoBrics, 2022", True),
        ("Theme: Intelligence, US NATO War Agenda", True),
        ("Note to readers: Please click the share buttons above.", True),
        ("Featured image is from InfoBrics", True),
        ("Share this:", True),
        ("Copyright law in the EU is changing fast and publishers worry.", False),
        ("Photographs of the harbour were shown at the meeting.", False),
        ("The council will follow the consultation with a vote in spring.", False),
    ],
)
def test_boilerplate_lines(line, expected):
    assert is_boilerplate(line) is expected
    thread = parse_text(f"Harbour Plan\n\n{line}\n\nThe council met on Tuesday.", "x.txt", OPTIONS)
    assert (line in thread.article.boilerplate) is expected
    assert (line in thread.article.paragraphs) is not expected


# --- hand-built pages, one per layout ---------------------------------------------------------------------------


def comments_of(name: str):
    thread = thread_of(TEXT / name)
    return thread, [(c.author, c.timestamp.isoformat()[:16] if c.timestamp else None) for c in thread.comments]


ARTICLE_END = "air quality figures published last spring."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("said_footer.txt", [("Ankita", "2012-09-10T06:14"), ("The Flightless Darling", "2012-09-10T11:43"),
                             ("Magali Vaz", "2012-09-10T13:15")]),
        ("site_at.txt", [("mary @ B&Gjournals", "2012-10-28T20:02"), ("joe @ Harbour Notes", "2012-10-28T21:15"),
                         ("Sam @ Cycling Daily", "2012-10-29T07:02")]),
        ("by_on_footer.txt", [("Dharmesh Shah", "2010-12-04T22:42"), ("Ruchir", "2010-12-05T07:08"),
                              ("Lauren Gold", "2010-12-05T16:57")]),
        ("says_chrome.txt", [("Lauren K", "2012-10-29T12:41"), ("texydeb", "2012-10-29T22:23"),
                             ("Lauren K", "2012-10-30T08:00")]),
        ("numbered.txt", [("William Kirk", "2012-08-08T00:00"), ("MJ", "2012-08-08T00:00"),
                          ("Im Dead Jim", "2012-08-09T00:00")]),
        ("relative.txt", [("Miles Taylor", "2012-11-03T12:00"), ("Waiology", "2012-11-04T12:00"),
                          ("Miles Taylor", "2012-11-15T09:00")]),
        ("date_then_author.txt", [("James Spader's Ghost", "2012-11-05T13:55"), ("Torgo", "2012-11-05T14:01"),
                                  ("Johnny Lager", "2012-11-05T14:12")]),
        ("no_dates.txt", [("Progress Trap", None), ("Jacob", None), ("Nikos", None)]),
        ("missing_year.txt", [("GreatAunt", "2012-11-02T12:14"), ("Darlene", "2012-11-03T09:52"),
                              ("Diane", "2012-11-02T12:16")]),
        ("chrome_only.txt", []),
        # headers without a time of day: a repeated name and full date, a name over a date, a numbered "says:",
        # a vote score, and bare names (nested by indentation, one name coming back)
        ("dated_names.txt", [("Luscious", "2012-11-05T00:00"), ("smarterthanyou", "2012-11-05T00:00")]),
        ("name_over_date.txt", [("Fabio", "2012-07-23T00:00")]),
        ("numbered_says.txt", [("Mike", None)]),
        ("name_score.txt", [("Montemalone", None)]),
        ("bare_names.txt", [("Anna Berg", None), ("Tom Lee", None), ("Anna Berg", None), ("Kim Lee", None)]),
    ],
)
def test_header_forms(name, expected):
    thread, got = comments_of(name)
    assert got == expected
    assert thread.article.paragraphs[-1].endswith(ARTICLE_END)
    assert thread.article.title == "Council Backs Harbour Road Closure"


def test_footer_bodies_and_dates_leave_the_body():
    thread, _ = comments_of("said_footer.txt")
    assert thread.comments[1].body == "Honestly, great words of motivation.\nTotes prepared for another long week!"
    assert thread.comments[0].timestamp_raw == "September 10, 2012 6:14 AM"
    assert all("2012" not in c.body for c in thread.comments)
    thread, _ = comments_of("by_on_footer.txt")
    assert thread.comments[1].body == (
        "I live on the harbour road and nobody asked me.\n\nThe meeting was at noon on a weekday."
    )
    assert thread.comments[0].body == "Finally someone does something about the traffic."


def test_widget_chrome_is_boilerplate_not_comment_or_article():
    thread, _ = comments_of("says_chrome.txt")
    for chrome in ("3 Comments", "Reply", "Report", "Leave a Reply"):
        assert chrome in thread.article.boilerplate
        assert all(chrome not in c.body.split("\n") for c in thread.comments)
        assert chrome not in thread.article.text
    thread, _ = comments_of("chrome_only.txt")
    assert "Notify of" in thread.article.boilerplate and "Notify of" not in thread.article.text


def test_comment_form_after_the_last_comment_is_boilerplate():
    thread, got = comments_of("wordpress_form.txt")
    assert got == [("Anna Berg", "2021-03-03T09:15"), ("Tom Lee", "2021-03-03T11:02")]
    assert thread.comments[0].body == "About time. The road is a disgrace."
    assert thread.comments[1].body == "@Anna Berg the road is fine, the drivers are not."
    assert thread.comments[1].parent_id == "c1"
    for piece in ("Post Comment", "Website", "Loading...", "Like", "2 thoughts on “Council Backs Harbour Road Closure”",
                  "Leave a Reply Cancel reply"):
        assert piece in thread.article.boilerplate


@pytest.mark.parametrize(
    ("name", "expected", "bodies"),
    [
        ("wpdiscuz.txt", [("Dragan", "2022-03-01T00:00"), ("Mila", "2022-03-01T00:00"), ("Stefan", "2023-03-01T00:00")],
         ["Great article, finally someone says it.", "I disagree with both of you.",
          "Nobody reads the plan anyway.\n\nIt is two hundred pages long."]),
        ("disqus.txt",
         [("Anna Berg", "2021-03-01T00:00"), ("Tom", "2021-03-01T00:00"), ("Kim Lee", "2022-03-01T00:00")],
         ["I think the council is right this time.", "@Anna Berg You would say that.", "Any news on the bus lanes?"]),
    ],
)
def test_comment_widgets_with_relative_dates(name, expected, bodies):
    thread = thread_of(TEXT / name, ReadOptions(now=datetime(2024, 3, 1, tzinfo=timezone.utc)))
    assert [(c.author, c.timestamp.isoformat()[:16]) for c in thread.comments] == expected
    assert [c.body for c in thread.comments] == bodies
    assert thread.comments[1].parent_id == "c1"
    assert thread.article.paragraphs[0].startswith("The city council met on Tuesday")
    assert not any(word in thread.article.text for word in ("Subscribe", "Notify of", "Sort by", "Comments"))


def test_dated_lines_inside_an_article_are_not_comments():
    thread = thread_of(TEXT / "timeline.txt")
    assert thread.comments == ()
    assert "March 3, 2009\nThe council first proposed closing the road" in thread.article.text
    assert thread.article.paragraphs[-1].endswith("close the road from the spring.")
    thread = thread_of(TEXT / "embedded_quotes.txt")
    assert thread.comments == ()
    assert "Nobody asked the shop owners. Again." in thread.article.text
    assert thread.article.paragraphs[-1].startswith("Paragraph 12 of the analysis")


@pytest.mark.parametrize(
    ("name", "last"),
    [
        # names as sub-headings over paragraphs (profiles, recipes): no comment list without further signs
        ("profiles.txt", "one of them is printed on the new bus tickets."),
        # two quoted letters "Name, May 3, 2012" followed by more article than they hold
        ("quoted_letters.txt", "had all been held at noon on weekdays."),
    ],
)
def test_names_and_dates_inside_an_article_are_not_comments(name, last):
    thread = thread_of(TEXT / name)
    assert thread.comments == ()
    assert thread.article.paragraphs[-1].endswith(last)
    assert len(thread.article.paragraphs) >= 7


def test_lone_untimed_headers_need_a_long_article_above():
    head = "Council Backs Harbour Road Closure\n\nThe council met on Tuesday.\n\n"
    for tail in ("Fabio\n\nJul 23 2012\n\nWill the bridge be rebuilt?\n", "(1) Mike says:\n\nGreat to see.\n",
                 "Montemalone 44 pts\n\nThis money will go to the contractors.\n"):
        assert parse_text(head + tail, "short.txt", OPTIONS).comments == ()


def test_a_meta_line_above_the_headline_is_not_the_title():
    page = ("June 11, 2012 in Reviews with 37 Comments\nMy New Book: Beyond the Harbour – Now Available\n\n"
            "The city council met on Tuesday to debate the new transport plan for the old harbour road.\n")
    article = parse_text(page, "meta.txt", OPTIONS).article
    assert article.title == "My New Book: Beyond the Harbour – Now Available"
    assert "June 11, 2012 in Reviews with 37 Comments" in article.text
    article = parse_text("Written by Anna Berg\n\nThe city council met on Tuesday.\n", "by.txt", OPTIONS).article
    assert article.title is None and article.author == "Anna Berg"


def test_an_unreadable_date_keeps_the_comment_and_warns():
    page = (TEXT / "site_at.txt").read_text(encoding="utf-8")
    page = page.replace("October 28, 2012 at 9:15", "February 30, 2012 at 9:15")
    with pytest.warns(ParseWarning, match="February 30"):
        thread = parse_text(page, "site_at.txt", OPTIONS)
    assert [c.author for c in thread.comments] == ["mary @ B&Gjournals", "joe @ Harbour Notes", "Sam @ Cycling Daily"]
    assert thread.comments[1].timestamp is None
    assert thread.comments[1].timestamp_raw == "February 30, 2012 at 9:15 pm"


def test_a_quoted_speaker_is_not_a_comment():
    page = (TEXT / "timeline.txt").read_text(encoding="utf-8")
    page += "\nAnalyst Mark Harding said:\nWe do not expect the closure to hurt the harbour shops this year.\n"
    thread = parse_text(page, "quote.txt", OPTIONS)
    assert thread.comments == ()
    assert thread.article.paragraphs[-1].endswith("hurt the harbour shops this year.")


def test_reply_hints():
    thread, _ = comments_of("says_chrome.txt")
    first, at_reply, in_reply = thread.comments
    assert (at_reply.parent_id, at_reply.depth) == (first.id, 1)
    assert (in_reply.parent_id, in_reply.depth) == (at_reply.id, 2)
    assert in_reply.body == "Fair enough, it is a bit much."
    thread, _ = comments_of("site_at.txt")
    assert thread.comments[1].parent_id == "c1"
    assert thread.comments[2].parent_id is None
    thread, _ = comments_of("no_dates.txt")
    assert thread.comments[1].parent_id == "c1"


def test_indentation_nests_replies():
    thread, _ = comments_of("indented.txt")
    assert [(c.parent_id, c.depth) for c in thread.comments] == [(None, 0), ("c1", 1), ("c2", 2), (None, 0)]


def test_naive_times_use_the_given_zone():
    from zoneinfo import ZoneInfo

    thread = thread_of(TEXT / "site_at.txt", ReadOptions(now=NOW, tz=ZoneInfo("America/New_York")))
    assert thread.comments[0].timestamp == datetime(2012, 10, 29, 0, 2, tzinfo=timezone.utc)


def test_article_published_gives_the_year_of_comment_dates():
    thread = thread_of(TEXT / "missing_year.txt")
    assert thread.article.publisher == "City Desk"
    assert thread.article.published == datetime(2012, 11, 1, tzinfo=timezone.utc)


# --- properties -------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_never_raises_on_bytes(data):
    (thread,) = read(data, "x.txt", OPTIONS)
    assert [c.position for c in thread.comments] == list(range(len(thread.comments)))


_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["Reply", "Peter August 8, 2019 at 12:11 am", "Ankita said...", "3 days ago", "", "@Peter hi",
                     "September 10, 2012 6:14 AM", "by Ruchir on July 27, 2011 at 7:08 am.", "In reply to Peter",
                     "Anna Berg", "    Tom Lee", "        Well said.", "Montemalone 44 pts", "(1) Mike says:",
                     "Posted by: Tom Lee | October 10, 2012 at 08:11 PM", "Hi Anna,", "Fabio", "Jul 23 2012"]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, max_size=40))
def test_structure_holds_on_arbitrary_text(lines):
    thread = parse_text("\n".join(lines), "x.txt", OPTIONS)
    ids = [c.id for c in thread.comments]
    assert [c.position for c in thread.comments] == list(range(len(ids)))
    for k, c in enumerate(thread.comments):
        assert c.body.strip()
        if c.parent_id is not None:
            assert c.parent_id in ids[:k]
            assert c.depth >= 1
        assert c.timestamp is None or c.timestamp.tzinfo is not None


_NAMES = st.sampled_from(["Peter", "Anna Berg", "jdoe42", "Mary K", "Huffhorny", "Tom Lee"])
_WORDS = st.lists(st.sampled_from("the plan road buses late council harbour river never again why".split()),
                  min_size=4, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_NAMES, _WORDS, st.integers(0, 23), st.integers(0, 59)), min_size=1, max_size=8))
def test_generated_comments_never_overlap_the_article(comments):
    article = (TEXT / "said_footer.txt").read_text(encoding="utf-8").split("Ankita said")[0]
    blocks = []
    for k, (name, words, hour, minute) in enumerate(comments):
        stamp = f"June {k + 1}, 2019 at {hour % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
        blocks.append(f"{name} {stamp}\n\n{' '.join(words).capitalize()} number {k}.")
    thread = parse_text(article + "\n\n".join(blocks), "gen.txt", OPTIONS)
    assert len(thread.comments) == len(comments)
    for k, c in enumerate(thread.comments):
        assert c.body.endswith(f"number {k}.")
        assert c.body not in thread.article.text
        assert c.author == comments[k][0]
    assert thread.article.paragraphs[-1].endswith(ARTICLE_END)
