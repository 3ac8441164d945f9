"""Relevance: paragraph-level, title-aware TF-IDF cosine against the article, blended with an LSA cosine."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from discourse import load
from discourse.analysis.relevance import RelevanceScorer
from discourse.analysis.tokens import stemmed_tokens
from discourse.errors import ParameterError

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
PARAGRAPHS = [
    "The city council approved a new tram line along the harbour, with construction starting in spring.",
    "Opponents say the tram budget will push up property taxes for homeowners in the old town.",
    "The mayor promised that bus routes would stay unchanged during construction.",
]
TITLE = "Council backs harbour tram"
OTHER = ["Our chocolate cake recipe uses dark cocoa, eggs and a pinch of sea salt.", "Bake it for forty minutes."]
# A small input in which "streetcar" only ever appears where "tram" does, and "oven" where "cake" does; each
# subject is written in a few wordings so an LSA space of this input has something to learn.
TRANSIT = [
    "tram streetcar line harbour council",
    "streetcar tram route council budget",
    "the tram and streetcar network of the harbour town",
    "council votes on streetcar and tram fares",
    "new tram streetcar depot near the harbour",
]
BAKING = [
    "cake oven cocoa recipe",
    "bake the cake in a hot oven",
    "oven temperature for a cocoa cake",
    "cake recipe with eggs and an oven",
    "chocolate cake from the oven",
]


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
    whole = RelevanceScorer(blend=1.0, semantic_weight=0.0).score(comments, PARAGRAPHS, TITLE)
    para = RelevanceScorer(blend=0.0, semantic_weight=0.0).score(comments, PARAGRAPHS, TITLE)
    assert whole.loc[0, "relevance"] == pytest.approx(whole.loc[0, "article_cosine"])
    assert para.loc[0, "relevance"] == pytest.approx(para.loc[0, "paragraph_cosine"])
    assert para.loc[0, "anchor_paragraph"] == 2


def _input(copies: int) -> list[str]:
    """The transit and baking documents, each repeated with a numbered tail so the input has enough documents."""
    return [f"{doc} note{n}" for n in range(copies) for doc in TRANSIT + BAKING]


def test_semantic_part_matches_a_word_used_in_the_same_contexts() -> None:
    scorer = RelevanceScorer(n_components=10).fit(_input(12) + PARAGRAPHS + OTHER)
    comment = ["The streetcar is a waste of money."]
    own = scorer.score(comment, PARAGRAPHS, TITLE)
    other = scorer.score(comment, OTHER, "Chocolate cake")
    # No word of the comment is in the article ("streetcar" is not "tram"), yet the input ties the two.
    assert own.loc[0, "article_cosine"] == own.loc[0, "paragraph_cosine"] == 0.0
    assert own.loc[0, "semantic_cosine"] > 0.3 > other.loc[0, "semantic_cosine"]
    assert own.loc[0, "relevance"] == pytest.approx(0.4 * own.loc[0, "semantic_cosine"])
    assert own.loc[0, "relevance"] > other.loc[0, "relevance"]


def test_small_input_has_no_lsa_and_relevance_is_lexical() -> None:
    scorer = RelevanceScorer().fit(PARAGRAPHS + OTHER + [TITLE])
    result = scorer.score(["Tram taxes for homeowners."], PARAGRAPHS, TITLE)
    assert scorer.svd_ is None
    lexical = 0.5 * result.loc[0, "article_cosine"] + 0.5 * result.loc[0, "paragraph_cosine"]
    assert result.loc[0, "semantic_cosine"] == 0.0 and lexical > 0
    assert result.loc[0, "relevance"] == pytest.approx(lexical)


def test_lsa_dimensions_follow_the_input_size() -> None:
    docs = _input(12) + PARAGRAPHS
    scorer = RelevanceScorer().fit(docs)
    assert scorer.svd_ is not None and scorer.svd_.n_components == len(docs) // 10


def test_same_input_gives_identical_scores() -> None:
    docs = _input(12) + PARAGRAPHS + OTHER
    comments = ["The streetcar is a waste of money.", "Property taxes again!", "Bake it longer."]
    first = RelevanceScorer().fit(docs).score(comments, PARAGRAPHS, TITLE)
    second = RelevanceScorer().fit(docs).score(comments, PARAGRAPHS, TITLE)
    pd.testing.assert_frame_equal(first, second, check_exact=True)


def test_idf_from_streamed_counts_equals_idf_from_documents() -> None:
    docs = _input(12) + PARAGRAPHS + OTHER
    counts: Counter[str] = Counter(t for d in docs for t in set(stemmed_tokens(d)))
    direct = RelevanceScorer().fit(docs)
    streamed = RelevanceScorer().fit(docs, document_frequency=counts, n_documents=len(docs))
    assert direct.vectorizer_.vocabulary_ == streamed.vectorizer_.vocabulary_
    np.testing.assert_allclose(direct.vectorizer_.idf_, streamed.vectorizer_.idf_)
    comments = ["Property taxes for homeowners and the streetcar."]
    np.testing.assert_allclose(
        direct.score(comments, PARAGRAPHS, TITLE)["relevance"], streamed.score(comments, PARAGRAPHS, TITLE)["relevance"]
    )


def test_seed_comments_about_invasion_rank_their_own_article_above_a_cake_recipe() -> None:
    thread = load(SEEDS / "003_3618e1eda80ae8c7.txt")
    bodies = [c.body for c in thread.comments]
    scorer = RelevanceScorer().fit(list(thread.article.paragraphs) + OTHER + bodies)
    own = scorer.score(bodies, thread.article.paragraphs, thread.article.title)
    other = scorer.score(bodies, OTHER, "Chocolate cake")
    assert len(bodies) == 6
    assert (own["relevance"] > other["relevance"]).sum() >= 5
    assert set(own["anchor_paragraph"]) <= set(range(-1, len(thread.article.paragraphs)))


def test_article_without_paragraphs_gives_no_anchor() -> None:
    result = RelevanceScorer().score(["tram tram"], [], TITLE)
    assert result.loc[0, "anchor_paragraph"] == -1 and 0 < result.loc[0, "relevance"] <= 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"blend": 2}, "The 'blend' parameter of RelevanceScorer must be a float in"),
        ({"semantic_weight": -0.1}, "The 'semantic_weight' parameter of RelevanceScorer must be a float in"),
        ({"n_components": 3}, "The 'n_components' parameter of RelevanceScorer must be an int >= 10. Got 3"),
        ({"random_state": "x"}, "The 'random_state' parameter of RelevanceScorer must be an int"),
    ],
)
def test_invalid_parameters_are_named(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        RelevanceScorer(**kwargs).fit(["x y"])  # type: ignore[arg-type]


def test_no_comments_gives_an_empty_table() -> None:
    result = RelevanceScorer().score([], PARAGRAPHS, TITLE)
    assert len(result) == 0 and list(result.columns)[:2] == ["relevance", "anchor_paragraph"]
