import pytest

from discourse.report import pdf
from discourse.report.layout import A4, MARGIN, TextFlow


def _texts(page):
    return " ".join(t.get_text() for t in page.texts)


def test_a_quote_that_fits_a_page_is_never_split_across_two():
    flow = TextFlow(core_fonts=True)
    filler = "The council met again on Tuesday to discuss the budget. " * 10
    while flow._y < (A4[1] - MARGIN) * 72 - 60:  # fill the page to a few lines from its foot
        flow.paragraph(filler, size=10)
    before = len(flow.pages)
    body = "I read this twice and still think the columnist has the numbers wrong on transit. " * 4
    pdf._quote(flow, {"author": "Peter", "body": body, "incivility_evidence": "[]"}, "no clear stance")
    assert len(flow.pages) == before + 1
    # the whole quote, heading and body, is on the new page and none of it on the old one
    assert "Peter" in _texts(flow.pages[-1]) and "Peter" not in _texts(flow.pages[-2])
    assert "columnist" in _texts(flow.pages[-1]) and "columnist" not in _texts(flow.pages[-2])


def test_a_block_taller_than_a_page_starts_at_the_top_of_one():
    flow = TextFlow(core_fonts=True)
    flow.keep((A4[1] - 2 * MARGIN) * 72 + 1)  # an empty page is the top of one
    assert len(flow.pages) == 1
    flow.paragraph("A short opening line.", size=10)
    flow.keep((A4[1] - 2 * MARGIN) * 72 + 1)
    assert len(flow.pages) == 2 and flow._y == MARGIN * 72


def test_a_heading_stays_with_the_block_it_is_kept_with():
    flow = TextFlow(core_fonts=True)
    while flow._y < (A4[1] - MARGIN) * 72 - 150:
        flow.paragraph("The council met again on Tuesday to discuss the budget.", size=10)
    flow.heading("Section", keep_with=40)  # fits: stays on this page
    assert len(flow.pages) == 1 and "Section" in _texts(flow.pages[0])
    flow.heading("Next section", keep_with=200)  # does not fit: goes to the next page
    assert len(flow.pages) == 2 and "Next section" in _texts(flow.pages[1])


def test_height_is_what_the_paragraph_takes():
    flow = TextFlow(core_fonts=True)
    text = "Words that wrap over a few lines of the page, to measure the height they take. " * 6
    expected = flow.height(text, size=9.5, indent=10)
    y = flow._y
    flow.paragraph(text, size=9.5, indent=10)
    assert flow._y - y == pytest.approx(expected) and expected > 3 * 9.5


def test_a_quote_below_the_uncivil_threshold_names_the_categories_over_their_own_thresholds():
    from discourse.analysis.incivility import IncivilityScorer, category_thresholds

    cuts = category_thresholds()
    cut = cuts["generalisation"]
    assert pdf.flag_label({"uncivil": True}, cuts) == "flagged uncivil"
    assert pdf.flag_label({"uncivil": False, "incivility_generalisation": cut / 2}, cuts) == (
        "below the uncivil threshold")
    assert pdf.flag_label({"uncivil": False, "incivility_generalisation": cut, "incivility_sarcasm": None}, cuts) == (
        "below the uncivil threshold, flagged for generalisation")
    # a sweeping claim about a group scored by the packaged scorer, as the report shows it
    row = IncivilityScorer().transform(["Boomers only care about their pensions and never think about anyone "
                                        "else."]).iloc[0].to_dict()
    assert not row["uncivil"] and pdf.flag_label(row, cuts).endswith("flagged for generalisation")
