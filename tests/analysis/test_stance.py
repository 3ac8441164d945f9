"""Comments about the article and their stance toward it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis.stance import StanceDetector
from discourse.analysis.tokens import normalize
from discourse.pipeline import load

SEED003 = Path(__file__).parents[1] / "fixtures" / "threads" / "seed003.jsonl"


@pytest.mark.parametrize(
    "text, about, stance",
    [
        ("This article couldn’t be more wrong.\nJournalism at its worst.", True, "contest"),
        ("Great article, thank you for this!", False, "support"),
        ("The point of the article is how they all have great phones.", True, "none"),
        ("Thanks for writing this piece, spot on.", True, "support"),
        ("The author is right, I agree with every word.", True, "support"),
        ("The author is wrong about the dates.", True, "contest"),
        ("The article is not biased at all.", True, "none"),
        ("This is not a great article.", False, "contest"),
        ("Pure propaganda from the mainstream media.", True, "contest"),
        ("Serbia was wrong to threaten anyone.", False, "none"),
        ("I agree with Vincent.", False, "none"),
        ("", False, "none"),
    ],
)
def test_cases(text: str, about: bool, stance: str) -> None:
    row = StanceDetector().transform([text]).iloc[0]
    assert (bool(row["about_article"]), row["stance"]) == (about, stance)


def test_seed003_authors() -> None:
    thread = load(SEED003)
    result = StanceDetector().transform([c.body for c in thread.comments])
    by_author = dict(zip([c.author for c in thread.comments], result["about_article"], strict=True))
    assert by_author["JJohannes"] and by_author["Momcilo"]
    assert not by_author["Huffhorny"] and not by_author["Vincent"]
    stance = dict(zip([c.author for c in thread.comments], result["stance"], strict=True))
    assert stance["JJohannes"] == stance["Momcilo"] == "contest"
    assert "propaganda" in result.loc[2, "stance_evidence"]


def test_custom_cue_file(tmp_path: Path) -> None:
    cues = tmp_path / "cues.yaml"
    cues.write_text(
        "about_article: {targets: [dieser artikel]}\n"
        "contest: {standalone: [lügenpresse], with_target: [falsch]}\n"
        "support: {standalone: [guter artikel], with_target: [richtig]}\n"
        "negation: {window: 2, words: [nicht]}\n",
        encoding="utf-8",
    )
    result = StanceDetector(cues).transform(["Dieser Artikel ist falsch.", "Dieser Artikel ist nicht falsch."])
    assert result["stance"].tolist() == ["contest", "none"]
    assert result["about_article"].tolist() == [True, True]


_WORDS = ["the", "article", "author", "journalism", "is", "not", "wrong", "great", "propaganda", "agree", "i", "don't",
          "this", "piece", "biased", "thanks", "for", "writing", ".", "!", " ", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join))
def test_the_screen_changes_no_result(text: str) -> None:
    detector = StanceDetector().fit()
    everything = dict.fromkeys([("about", "targets"), *detector.patterns_], True)
    row = detector.transform([text]).iloc[0]
    about, stance, evidence = detector._one(normalize(text), everything)
    assert (bool(row["about_article"]), row["stance"], row["stance_evidence"]) == (about, stance, "; ".join(evidence))
