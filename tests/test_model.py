import io
import json
from datetime import datetime, timezone

import pandas as pd
import pytest

import discourse
from discourse.errors import MalformedInputError, ParameterError
from discourse.model import Article, Comment, Thread
from discourse.serialize import (
    frames_to_threads,
    iter_jsonl,
    thread_to_dict,
    threads_to_frames,
    write_jsonl,
)


def _thread() -> Thread:
    article = Article(
        id="a1",
        title="Kosovo and Metohija",
        paragraphs=("First paragraph.", "Second – with “quotes”."),
        author="Drago Bosnic",
        published=datetime(2022, 12, 13, tzinfo=timezone.utc),
        boilerplate=("Subscribe to our newsletter",),
        source="pages/a1.txt",
        format="text",
    )
    comments = (
        Comment(id="c1", body="Čestitam!\nSecond line.", author="Momčilo",
                timestamp=datetime(2019, 6, 17, 9, 39, tzinfo=timezone.utc), timestamp_raw="June 17, 2019 at 9:39 am"),
        Comment(id="c2", body="Reply", author=None, parent_id="c1", depth=1, position=1, status="spam",
                private={"email": "x@example.org"}),
    )
    return Thread(article, comments)


def test_jsonl_round_trip_keeps_every_field_but_private():
    thread = _thread()
    buffer = io.StringIO()
    assert write_jsonl([thread], buffer) == 1
    line = buffer.getvalue()
    assert "x@example.org" not in line
    data = json.loads(line)
    assert data["article"]["published"] == "2022-12-13T00:00:00+00:00"
    assert data["comments"][0]["timestamp"].startswith("2019-06-17T09:39")
    assert data["comments"][1]["parent_id"] == "c1"
    (back,) = list(iter_jsonl(buffer.getvalue().splitlines()))
    assert back == thread


def test_private_fields_only_on_request():
    assert "private" in thread_to_dict(_thread(), keep_private=True)["comments"][1]
    assert "private" not in thread_to_dict(_thread())["comments"][1]


@pytest.mark.parametrize("suffix", ["parquet", "csv"])
def test_frames_round_trip_through_files(tmp_path, suffix):
    thread = _thread()
    articles, comments = threads_to_frames([thread])
    assert list(comments.columns)[:3] == ["thread_id", "comment_id", "author"]
    assert str(comments["timestamp"].dt.tz) == "UTC"
    if suffix == "parquet":
        articles.to_parquet(tmp_path / "a.parquet")
        comments.to_parquet(tmp_path / "c.parquet")
        articles, comments = pd.read_parquet(tmp_path / "a.parquet"), pd.read_parquet(tmp_path / "c.parquet")
    else:
        articles.assign(paragraphs=articles["paragraphs"].map(json.dumps),
                        boilerplate=articles["boilerplate"].map(json.dumps)).to_csv(tmp_path / "a.csv", index=False)
        comments.to_csv(tmp_path / "c.csv", index=False)
        articles = pd.read_csv(tmp_path / "a.csv")
        comments = pd.read_csv(tmp_path / "c.csv", dtype={"comment_id": str, "parent_id": str, "thread_id": str})
    (back,) = frames_to_threads(articles, comments)
    assert back == thread


def test_model_rejects_naive_timestamps_and_unknown_kinds():
    with pytest.raises(ParameterError):
        Comment(id="x", body="b", timestamp=datetime(2020, 1, 1))
    with pytest.raises(ParameterError, match="kind"):
        Comment(id="x", body="b", kind="tweet")


def test_bad_jsonl_is_a_malformed_input_error():
    with pytest.raises(MalformedInputError, match="line 2"):
        list(iter_jsonl(['{"article": {"id": "a"}, "comments": []}', "{oops"]))


def test_public_api_is_exact():
    assert sorted(discourse.__all__) == sorted(
        ["Article", "Comment", "DiscourseError", "ReadOptions", "Thread", "__version__",
         "frames_to_threads", "load", "threads_to_frames"]
    )
    for name in discourse.__all__:
        assert hasattr(discourse, name)
