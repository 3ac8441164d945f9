import pandas as pd
import pytest

from discourse.report.findings import corpus_findings, thread_findings


def _comments(about, stance, incivility=(0.2,)):
    n = len(about)
    return pd.DataFrame({
        "comment_id": [str(i) for i in range(n)], "author": [f"a{i}" for i in range(n)],
        "incivility": list(incivility) * n if len(incivility) == 1 else list(incivility),
        "uncivil": [False] * n, "incivility_name_calling": [0.0] * n, "about_article": about, "stance": stance,
        "depth": [0] * n,
    })


@pytest.mark.parametrize(
    ("about", "stance", "expected"),
    [
        ([True, True, False], ["contest", "contest", "none"],
         "2 of 3 comments address the article itself, both contesting it."),
        ([True, False], ["support", "none"], "1 of 2 comments addresses the article itself, supporting it."),
        ([True, True, True], ["contest", "support", "none"],
         "3 of 3 comments address the article itself: 1 contesting it, 1 supporting it, 1 neutral."),
        ([False, False], ["none", "none"], "None of the 2 comments address the article, its author or the outlet."),
    ],
)
def test_about_article_sentence(about, stance, expected):
    thread = {"incivility": {"article": {"overall": 0.1}, "comments": {"overall": 0.2}}}
    assert expected in thread_findings(thread, _comments(about, stance))


@pytest.mark.parametrize(
    ("article", "comments", "start"),
    [
        (0.12, 0.41, "Comments are more uncivil than the article: 0.41 vs 0.12"),
        (0.40, 0.10, "Comments are less uncivil than the article: 0.10 vs 0.40"),
        (0.20, 0.22, "Comments are about as uncivil as the article: 0.22 vs 0.20"),
        (None, 0.22, "Incivility could not be compared"),
    ],
)
def test_incivility_sentence(article, comments, start):
    thread = {"incivility": {"article": {"overall": article}, "comments": {"overall": comments}}}
    assert thread_findings(thread, _comments([False], ["none"]))[0].startswith(start)


def test_frame_cues_reported_only_when_intervals_are_apart():
    cues = {"article": {"generic:conflict": {"share": 0.1, "low": 0.0, "high": 0.2, "count": 1},
                        "generic:morality": {"share": 0.3, "low": 0.1, "high": 0.5, "count": 3}},
            "comments": {"generic:conflict": {"share": 0.6, "low": 0.45, "high": 0.75, "count": 12},
                         "generic:morality": {"share": 0.4, "low": 0.2, "high": 0.6, "count": 8}}}
    thread = {"n_comments": 20, "frame_cues": cues, "incivility": {}}
    out = thread_findings(thread, _comments([False] * 20, ["none"] * 20))
    assert "Comments use more cues of conflict than the article (95% intervals apart)." in out
    assert not any("morality" in s for s in out)


def test_no_comments():
    expected = ["The article has no comments, so there is nothing to compare it with."]
    assert thread_findings({}, _comments([], [])) == expected


def test_corpus_sentences(corpus200):
    out = corpus_findings(corpus200.corpus, corpus200.comments)
    assert out[0] == "5 articles with 200 comments in all."
    assert any(s.startswith("In 5 of 5 threads the comments are more uncivil") for s in out)
    assert any(s.startswith("Comment incivility is highest under") for s in out)
