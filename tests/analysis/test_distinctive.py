"""Distinctive words: weighted log-odds with an informative Dirichlet prior, guarded against prolific authors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from discourse.analysis.distinctive import DistinctiveWords, author_capped_counts, weighted_log_odds
from discourse.errors import ParameterError
from discourse.pipeline import load

SEED003 = Path(__file__).parents[1] / "fixtures" / "threads" / "seed003.jsonl"


def test_sign_and_monotonicity() -> None:
    a = Counter({"tram": 10, "budget": 5, "cake": 1})
    b = Counter({"tram": 2, "budget": 5, "cake": 9})
    z = weighted_log_odds(a, b, a + b)
    assert z["tram"] > 1.96 and z["cake"] < -1.96
    assert abs(z["budget"]) < abs(z["tram"])


def test_stronger_prior_shrinks_z() -> None:
    a, b = Counter({"x": 8, "y": 2}), Counter({"x": 2, "y": 8})
    assert abs(weighted_log_odds(a, b, a + b, prior_scale=10)["x"]) < abs(weighted_log_odds(a, b, a + b)["x"])


def test_one_prolific_author_cannot_make_a_term_distinctive() -> None:
    article = ["The council approved the tram line and its budget for the harbour district."] * 3
    comments = ["Bananas! bananas bananas everywhere, bananas for all."] * 8 + [
        "The tram budget is too high for the harbour.",
        "Taxes will rise because of the tram.",
        "Who pays the taxes for this tram?",
        "Taxes, taxes: the council forgets taxpayers.",
    ]
    authors = ["spammer"] * 8 + ["ann", "bob", "cid", "dan"]
    guarded = DistinctiveWords(author_cap=1, min_count=1).fit(article, comments, authors)
    unguarded = DistinctiveWords(author_cap=None, min_count=1).fit(article, comments, authors)
    assert unguarded.comments_[0]["term"] == "bananas"
    assert guarded.comments_[0]["term"] == "taxes"
    bananas = next(r for r in guarded.comments_ if r["term"] == "bananas")
    assert bananas["count"] == 1


def test_comments_without_author_count_separately() -> None:
    counts = author_capped_counts(["war war", "war"], [None, None], cap=1)
    assert counts["war"] == 2


def test_seed003_has_words_for_both_sides() -> None:
    thread = load(SEED003)
    words = DistinctiveWords().fit(
        thread.article.paragraphs, [c.body for c in thread.comments], [c.author for c in thread.comments]
    )
    article_terms = {r["term"] for r in words.article_}
    comment_terms = {r["term"] for r in words.comments_}
    assert {"dacic", "nato"} & article_terms
    assert {"article", "churches", "muslims", "genocide"} & comment_terms
    assert not article_terms & comment_terms
    assert all(r["z"] > 0 and r["count"] >= 2 for r in words.article_ + words.comments_)


def test_invalid_author_cap() -> None:
    with pytest.raises(ParameterError, match="'author_cap' parameter of DistinctiveWords"):
        DistinctiveWords(author_cap=0).fit("a text", ["a comment"])
