"""``discourse report`` end to end on the real seed pages, with a stand-in for the analysis stage.

The stand-in only reshapes the threads into the structures of docs/results.md (no scores), so these tests check
the command's wiring: reading, one report per article plus the corpus, progress, failures and exit codes.
"""

import json
import types
from pathlib import Path

import matplotlib.image as mpimg
import numpy as np
import pandas as pd
import pytest

from discourse.cli import main
from discourse.cli import report as report_cli
from discourse.serialize import threads_to_frames

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _stand_in_analyze(threads, options=None):
    _, comments = threads_to_frames(threads)
    comments = comments.assign(incivility=np.nan, uncivil=False, incivility_evidence="[]", topic=-1,
                               topic_label="", relevance=np.nan, anchor_paragraph=-1, about_article=False,
                               stance="none")
    out = []
    for t in threads:
        out.append({
            "thread_id": t.id, "title": t.article.title, "author": t.article.author,
            "publisher": t.article.publisher, "published": None, "url": t.article.url, "source": t.article.source,
            "language": None, "n_comments": len(t.comments), "n_paragraphs": len(t.article.paragraphs),
            "first_comment": None, "last_comment": None, "topic_share": None, "topic_jsd": None,
            "distinctive_words": {"article": [], "comments": []}, "frame_cues": {"article": {}, "comments": {}},
            "frame_jsd": None, "incivility": {"article": {}, "comments": {}}, "about_article_share": None,
            "stance": {"contest": 0, "support": 0, "none": len(t.comments)},
            "relevance": {"n": 0, "mean": None, "median": None, "q25": None, "q75": None}, "naming": {},
            "discussion": {"hours_since_publication": [], "depth_counts": {"0": len(t.comments)} if t.comments else {},
                           "n_authors": len({c.author for c in t.comments}), "repeat_authors": 0,
                           "top10_share": None, "gini": None},
            "notes": ["stand-in analysis"],
        })
    corpus = {"n_threads": len(out), "n_comments": len(comments), "incivility": {}, "about_article_share": None,
              "topic_jsd_mean": None, "frame_jsd_mean": None,
              "threads": [{"thread_id": t["thread_id"], "title": t["title"], "publisher": t["publisher"],
                           "n_comments": t["n_comments"]} for t in out]}
    topics = {"k": None, "method": "none", "stability": None, "random_state": 0, "notes": [], "topics": []}
    return types.SimpleNamespace(comments=comments, threads=out, topics=topics, corpus=corpus)


@pytest.fixture(autouse=True)
def stand_in(monkeypatch):
    monkeypatch.setattr(report_cli, "_analyzer", lambda: (_stand_in_analyze, {"stand_in": True}))


def test_five_seeds_give_six_pdfs(tmp_path, capsys):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    code = main(["report", *seeds, "-o", str(tmp_path), "--formats", "pdf,json"])
    assert code == 0
    pdfs = sorted(tmp_path.glob("*/report.pdf"))
    assert len(pdfs) == 6 and (tmp_path / "corpus" / "report.pdf").is_file()
    counts = {json.loads(p.read_text(encoding="utf-8"))["n_comments"] for p in tmp_path.glob("*/summary.json")}
    assert {0, 6} <= counts
    assert "wrote 6 reports" in capsys.readouterr().err


def test_a_failing_input_is_named_and_the_rest_is_written(tmp_path, capsys):
    seed = str(next(SEEDS.glob("003_*.txt")))
    missing = str(tmp_path / "missing.txt")
    code = main(["report", seed, missing, "-o", str(tmp_path / "out"), "--formats", "json"])
    assert code == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err
    summary = tmp_path / "out" / "serbia-threatens-to-invade-kosovo-could-ask-moscow-for" / "summary.json"
    assert json.loads(summary.read_text(encoding="utf-8"))["n_comments"] == 6


def test_nothing_readable_is_a_usage_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.txt"), "-o", str(tmp_path)]) == 2
    assert "no report written" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "x.txt", "--formats", "pdf,svg"])
    assert exc.value.code == 2


def test_pseudonymize_flag_hides_authors(tmp_path):
    seed = str(next(SEEDS.glob("003_*.txt")))
    assert main(["report", seed, "-o", str(tmp_path), "--formats", "csv", "--pseudonymize", "--salt", "x"]) == 0
    authors = pd.read_csv(tmp_path / "corpus" / "authors.csv")["author"]
    assert authors.str.fullmatch(r"author-[0-9a-f]{8}").all() and len(authors) == 6


def test_seeds_with_a_bad_file_and_a_missing_path_still_give_the_good_reports(tmp_path, capsys):
    bad = tmp_path / "chart.html"
    mpimg.imsave(bad, np.zeros((20, 30, 3), dtype=np.uint8), format="png")  # a picture behind a page's name
    missing = tmp_path / "gone.txt"
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    code = main(["report", *seeds, str(bad), str(missing), "-o", str(tmp_path / "out"), "--formats", "json",
                 "--jobs", "2"])
    assert code == 1
    err = capsys.readouterr().err
    assert "chart.html" in err and "gone.txt" in err
    summaries = {p.parent.name: json.loads(p.read_text(encoding="utf-8"))
                 for p in (tmp_path / "out").glob("*/summary.json")}
    assert len(summaries) == 6 and summaries["corpus"]["n_threads"] == 5
    assert sorted(s["n_comments"] for name, s in summaries.items() if name != "corpus")[-1] == 6
    assert {s["source"] for name, s in summaries.items() if name != "corpus"} == set(seeds)


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_corpus_page_names_outlets_only_where_known(tmp_path):
    import subprocess

    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["report", *seeds, "-o", str(tmp_path), "--formats", "pdf"]) == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "corpus" / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Outlet: Global Research (1 of 5 articles name an outlet)" in text
    assert "(nan)" not in text and "(Global Research)" in text
