"""`discourse parse` end to end: output contract, exit codes, one-line errors."""

import json
from pathlib import Path

import pytest

from discourse.cli import main

SEEDS = sorted((Path(__file__).parents[1] / "fixtures" / "seeds").glob("*.txt"))


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_parse_seeds_writes_one_thread_per_page_in_the_public_schema(tmp_path, capsys):
    out = tmp_path / "threads.jsonl"
    assert main(["parse", *map(str, SEEDS), "-o", str(out)]) == 0
    threads = _lines(out.read_text(encoding="utf-8"))
    assert [Path(t["article"]["source"]).name[:3] for t in threads] == ["000", "001", "002", "003", "004"]
    assert [len(t["comments"]) for t in threads] == [0, 0, 0, 6, 0]
    article_keys = {"id", "title", "author", "publisher", "published", "url", "language", "paragraphs",
                    "boilerplate", "source", "format"}
    comment_keys = {"id", "author", "timestamp", "timestamp_raw", "body", "parent_id", "depth", "position",
                    "kind", "status"}
    for thread in threads:
        assert article_keys <= thread["article"].keys()
        for comment in thread["comments"]:
            assert comment_keys <= comment.keys()
    peter = threads[3]["comments"][-1]
    assert (peter["author"], peter["timestamp"][:16]) == ("Peter", "2019-08-08T00:11")


def test_a_bad_input_is_named_in_one_line_and_the_rest_is_written(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    code = main(["parse", str(SEEDS[3]), str(missing)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(_lines(captured.out)) == 1
    errors = [line for line in captured.err.splitlines() if "error" in line]
    assert errors == [f"discourse: error: {missing}: no such file"]
    assert "Traceback" not in captured.err


def test_nothing_readable_exits_2(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--format", "bogus", str(SEEDS[0])])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_output_file_is_not_left_half_written_on_failure(tmp_path):
    out = tmp_path / "threads.jsonl"
    assert main(["parse", str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    assert not list(tmp_path.glob(".threads.jsonl.*"))
