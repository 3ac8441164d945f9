"""Frame-cue salience from the YAML codebook, with bootstrap intervals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis.cues import load_yaml
from discourse.analysis.framecues import FrameCues
from discourse.analysis.tokens import normalize
from discourse.pipeline import load

SEED003 = Path(__file__).parents[1] / "fixtures" / "threads" / "seed003.jsonl"


def test_codebook_has_the_three_typologies() -> None:
    groups = load_yaml(None, "framecues.yaml")["groups"]
    assert len(groups["policy"]["cues"]) == 15
    assert set(groups["generic"]["cues"]) == {
        "attribution_of_responsibility",
        "human_interest",
        "conflict",
        "morality",
        "economic_consequences",
    }
    assert set(groups["entman"]["cues"]) == {
        "problem_definition",
        "causal_interpretation",
        "moral_evaluation",
        "treatment_recommendation",
    }
    cues = FrameCues().fit().cues_
    assert "policy:security_defense" in cues and "policy:other" not in cues  # "other" has no cue words


def test_share_is_units_with_a_cue_and_wildcards_match_endings() -> None:
    fc = FrameCues(n_bootstrap=200)
    texts = ["The economy is weak.", "Economists disagree.", "Nice weather today.", "Tax money wasted."]
    salience = fc.salience(texts)["policy:economic"]
    assert salience["count"] == 3 and salience["share"] == 0.75
    assert salience["low"] <= 0.75 <= salience["high"]
    assert 0.0 <= salience["low"] < salience["high"] <= 1.0


def test_same_seed_same_intervals_and_empty_side() -> None:
    texts = ["Troops and war.", "Peace talks.", "The army invaded.", "A court ruling."]
    assert FrameCues(random_state=1).salience(texts) == FrameCues(random_state=1).salience(texts)
    empty = FrameCues().salience([])
    assert all(v["share"] is None and v["count"] == 0 for v in empty.values())


def test_custom_codebook(tmp_path: Path) -> None:
    book = tmp_path / "book.yaml"
    book.write_text("groups:\n  mine:\n    cues:\n      transport: [tram*, 'bus route']\n", encoding="utf-8")
    fc = FrameCues(book).fit()
    assert fc.cues_ == ["mine:transport"]
    assert fc.presence(["Trams are late", "The bus  route changed", "bus"]).ravel().tolist() == [True, True, False]


def test_seed003_has_cues_on_both_sides_and_a_bounded_divergence() -> None:
    thread = load(SEED003)
    fc = FrameCues().fit()
    article = fc.salience(list(thread.article.paragraphs))
    comments = fc.salience([c.body for c in thread.comments])
    assert article["policy:security_defense"]["share"] == 1.0
    assert comments["policy:cultural_identity"]["count"] >= 3
    jsd = fc.divergence(article, comments)
    assert jsd is not None and 0.0 < jsd < 1.0
    assert fc.divergence(article, article) == pytest.approx(0.0, abs=1e-12)


_PIECES = ["tax", "taxes", "economy", "budget", "police", "crime", "war", "health", "x", "'", "-", " ", "\u00a0",
           "\u2003", "\n", "é", "٣", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_screen_changes_no_presence(text: str) -> None:
    cues = FrameCues().fit()
    exact = [cues.patterns_[c].search(normalize(text)) is not None for c in cues.cues_]
    assert cues.presence([text])[0].tolist() == exact
