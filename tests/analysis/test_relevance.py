"""Relevance: paragraph-level, title-aware TF-IDF cosine against the article."""

from __future__ import annotations

import pytest

from discourse.analysis.relevance import RelevanceScorer
from discourse.errors import ParameterError

PARAGRAPHS = [
    "The city council approved a new tram line along the harbour, with construction starting in spring.",
    "Opponents say the tram budget will push up property taxes for homeowners in the old town.",
    "The mayor promised that bus routes would stay unchanged during construction.",
]
TITLE = "Council backs harbour tram"
OTHER = ["Our chocolate cake recipe uses dark cocoa, eggs and a pinch of sea salt.", "Bake it for forty minutes."]


def test_comment_on_a_paragraph_anchors_there_and_beats_an_unrelated_article() -> None:
    comments = ["Property taxes for homeowners will explode because of this tram budget.", "Love cake."]
    scorer = RelevanceScorer().fit(PARAGRAPHS + OTHER + comments + [TITLE])
    own = scorer.score(comments, PARAGRAPHS, TITLE)
    other = scorer.score(comments, OTHER, "Chocolate cake")
    assert own.loc[0, "anchor_paragraph"] == 1
    assert own.loc[0, "relevance"] > other.loc[0, "relevance"]
    assert own["relevance"].between(0, 1).all()
    assert other.loc[1, "relevance"] > own.loc[1, "relevance"] == 0.0
    assert own.loc[1, "anchor_paragraph"] == -1


def test_title_words_count() -> None:
    comment = ["Harbour tram? About time the council backs something."]
    with_title = RelevanceScorer(title_weight=1.0).score(comment, PARAGRAPHS, TITLE)
    without = RelevanceScorer(title_weight=0.0).score(comment, PARAGRAPHS, TITLE)
    assert with_title.loc[0, "relevance"] > without.loc[0, "relevance"]


def test_blend_ends_are_the_two_cosines() -> None:
    comments = ["The mayor says bus routes stay unchanged during construction of the tram."]
    whole = RelevanceScorer(blend=1.0).score(comments, PARAGRAPHS, TITLE)
    para = RelevanceScorer(blend=0.0).score(comments, PARAGRAPHS, TITLE)
    assert whole.loc[0, "relevance"] == pytest.approx(whole.loc[0, "article_cosine"])
    assert para.loc[0, "relevance"] == pytest.approx(para.loc[0, "paragraph_cosine"])
    assert para.loc[0, "anchor_paragraph"] == 2


def test_article_without_paragraphs_gives_no_anchor() -> None:
    result = RelevanceScorer().score(["tram tram"], [], TITLE)
    assert result.loc[0, "anchor_paragraph"] == -1 and 0 < result.loc[0, "relevance"] <= 1


def test_invalid_blend_is_named() -> None:
    with pytest.raises(ParameterError, match="The 'blend' parameter of RelevanceScorer must be a float in"):
        RelevanceScorer(blend=2).fit(["x y"])


def test_no_comments_gives_an_empty_table() -> None:
    result = RelevanceScorer().score([], PARAGRAPHS, TITLE)
    assert len(result) == 0 and list(result.columns)[:2] == ["relevance", "anchor_paragraph"]
