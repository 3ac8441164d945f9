"""The analyze stage and `discourse analyze`: contract columns, seed 003 findings, byte-identical reruns."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from discourse import analyze as analyze_module
from discourse.analysis.naming import TermPair
from discourse.analyze import AnalyzeOptions, analyze, write_results
from discourse.cli import main
from discourse.model import Article, Comment, Thread
from discourse.pipeline import load

SEED003 = Path(__file__).parent / "fixtures" / "threads" / "seed003.jsonl"
CONTRACT = [
    "thread_id",
    "comment_id",
    "author",
    "timestamp",
    "parent_id",
    "depth",
    "body",
    "incivility",
    "uncivil",
    "incivility_evidence",
    "topic",
    "topic_label",
    "relevance",
    "anchor_paragraph",
    "about_article",
    "stance",
]
KOSOVO = TermPair("kosovo", (("Kosovo",), ("Kosovo and Metohija", "Kosovo and Metohia")))


class FakeScorer:
    """Stands in for the incivility scorer: flags a few words, abstains on empty text."""

    def transform(self, texts: list[str]) -> pd.DataFrame:
        rows = []
        for text in texts:
            hit = [w for w in ("stole", "wrong", "worst", "propaganda") if w in text.lower()]
            rows.append(
                {
                    "incivility_name_calling": float(bool(hit)) if text else float("nan"),
                    "incivility_vulgarity": 0.0 if text else float("nan"),
                    "incivility": 0.9 if hit else (0.1 if text else float("nan")),
                    "uncivil": bool(hit),
                    "incivility_evidence": json.dumps([{"category": "name_calling", "text": w} for w in hit]),
                }
            )
        return pd.DataFrame(
            rows,
            columns=["incivility_name_calling", "incivility_vulgarity", "incivility", "uncivil", "incivility_evidence"],
        )


@pytest.fixture(scope="module")
def seed_result() -> analyze_module.AnalysisResult:
    return analyze([load(SEED003)], AnalyzeOptions(terms=[KOSOVO], n_bootstrap=200), scorer=FakeScorer())


def test_comment_table_keeps_the_contract(seed_result: analyze_module.AnalysisResult) -> None:
    frame = seed_result.comments
    assert [c for c in frame.columns if c in CONTRACT] == CONTRACT
    assert len(frame) == 6 and frame["relevance"].between(0, 1).all()
    assert set(frame["stance"]) <= {"contest", "support", "none"}
    assert frame["topic"].isin([-1, 0, 1]).all()
    assert (frame["anchor_paragraph"] < 5).all()


def test_seed003_findings(seed_result: analyze_module.AnalysisResult) -> None:
    frame = seed_result.comments.set_index("author")
    assert frame.loc["JJohannes", "about_article"] and frame.loc["Momcilo", "about_article"]
    assert not frame.loc["Huffhorny", "about_article"] and not frame.loc["Vincent", "about_article"]
    thread = seed_result.threads[0]
    assert thread["distinctive_words"]["article"] and thread["distinctive_words"]["comments"]
    assert any(v["count"] for v in thread["frame_cues"]["article"].values())
    assert any(v["count"] for v in thread["frame_cues"]["comments"].values())
    assert 0.0 <= thread["topic_jsd"] <= 1.0 and 0.0 <= thread["frame_jsd"] <= 1.0
    assert thread["stance"] == {"contest": 2, "support": 0, "none": 4}
    assert thread["about_article_share"] == pytest.approx(2 / 6)
    assert thread["naming"]["kosovo"]["comments"]["Kosovo and Metohija"] == pytest.approx(1 / 6)
    assert thread["discussion"]["n_authors"] == 6 and thread["discussion"]["hours_since_publication"][0] == 0.0
    assert thread["incivility"]["comments"]["uncivil_share"] == pytest.approx(3 / 6)
    assert "k shrunk to 2" in seed_result.topics["notes"][0]


def test_spam_and_pingbacks_are_left_out_and_noted() -> None:
    article = Article(id="a", title="Tram", paragraphs=("The council approved the tram.",))
    comments = (
        Comment(id="1", body="The tram is late again.", author="ann"),
        Comment(id="2", body="Buy pills", author="bot", status="spam"),
        Comment(id="3", body="Linked from my blog", kind="pingback"),
    )
    result = analyze([Thread(article, comments)], AnalyzeOptions(n_bootstrap=50), scorer=FakeScorer())
    assert result.comments["comment_id"].tolist() == ["1"]
    assert result.threads[0]["notes"][0].startswith("2 pingbacks")
    assert result.topics["k"] is None and result.comments["topic"].tolist() == [-1]


def test_same_input_same_bytes(tmp_path: Path, seed_result: analyze_module.AnalysisResult) -> None:
    again = analyze([load(SEED003)], AnalyzeOptions(terms=[KOSOVO], n_bootstrap=200), scorer=FakeScorer())
    first = write_results(seed_result, tmp_path / "a")
    second = write_results(again, tmp_path / "b")
    assert [p.name for p in first] == ["comments.parquet", "comments.csv", "threads.json", "topics.json", "corpus.json"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    table = pd.read_parquet(first[0])
    assert table["about_article"].dtype == bool and str(table["timestamp"].dt.tz) == "UTC"
    assert "2019-06-16T10:49:00+00:00" in first[1].read_text(encoding="utf-8")
    corpus = json.loads(first[4].read_text(encoding="utf-8"))
    assert corpus["n_threads"] == 1 and corpus["threads"][0]["thread_id"] == "seed-003"


def test_cli_writes_results_and_names_bad_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(analyze_module, "_default_scorer", FakeScorer)
    terms = tmp_path / "terms.csv"
    terms.write_text("Kosovo,Kosovo and Metohija|Kosovo and Metohia\n", encoding="utf-8")
    out = tmp_path / "out"
    book = tmp_path / "book.yaml"
    book.write_text("groups:\n  mine:\n    cues:\n      war: [war*, invad*, troops]\n", encoding="utf-8")
    argv = [str(SEED003), str(tmp_path / "missing.txt"), "-o", str(out), "--terms", str(terms), "--codebook", str(book)]
    code = main(["analyze", *argv, "--n-topics", "3"])
    assert code == 1
    assert "missing.txt" in capsys.readouterr().err
    threads = json.loads((out / "threads.json").read_text(encoding="utf-8"))
    assert threads[0]["naming"]["Kosovo / Kosovo and Metohija"]["article"]["Kosovo and Metohija"] > 0
    assert list(threads[0]["frame_cues"]["article"]) == ["mine:war"]
    assert threads[0]["frame_cues"]["comments"]["mine:war"]["count"] == 2
    assert main(["analyze", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2


def test_real_scorer_flags_at_least_three_seed_comments() -> None:
    pytest.importorskip("discourse.analysis.incivility")
    result = analyze([load(SEED003)], AnalyzeOptions(n_bootstrap=50))
    assert int(result.comments["uncivil"].sum()) >= 3
