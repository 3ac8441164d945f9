"""`discourse score` and `discourse validate` end to end: formats, appended columns, one-line errors, exit codes."""

import json
from pathlib import Path

import pandas as pd

from discourse.analysis.incivility import SCORE_COLUMNS
from discourse.cli import main

SEED_003 = Path(__file__).parents[1] / "fixtures" / "seeds" / "003_3618e1eda80ae8c7.txt"
CSV = (
    'id,author,message\n'
    '1,ann,"Great piece,\nthanks for writing it."\n'
    '2,bob,"You are a complete moron.\nGo away."\n'
    '3,cem,"Das ist ein Kommentar und ich bin nicht einverstanden mit dem Artikel."\n'
)


def test_csv_with_multiline_cells_keeps_rows_and_columns_and_appends_scores(tmp_path, capsys):
    src = tmp_path / "comments.csv"
    src.write_text(CSV, encoding="utf-8")
    out = tmp_path / "scored.csv"
    assert main(["score", str(src), "--text-column", "message", "-o", str(out)]) == 0
    scored = pd.read_csv(out, dtype={"id": str})
    assert list(scored.columns) == ["id", "author", "message", *SCORE_COLUMNS]
    assert list(scored["id"]) == ["1", "2", "3"]
    assert scored.loc[0, "message"] == "Great piece,\nthanks for writing it."
    assert list(scored["uncivil"]) == [False, True, False]
    assert json.loads(scored.loc[1, "incivility_evidence"])[0]["text"] == "You are a complete moron"
    assert scored.loc[2, "incivility_language"] == "other" and pd.isna(scored.loc[2, "incivility"])
    assert "1 of 3 comments not scored" in capsys.readouterr().err


def test_default_output_is_csv_on_stdout_and_text_column_is_guessed(tmp_path, capsys):
    src = tmp_path / "comments.csv"
    src.write_text("body\nyou idiot\nnice\n", encoding="utf-8")
    assert main(["score", str(src)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("body,incivility_name_calling") and len(lines) == 3


def test_parse_threads_jsonl_are_scored_comment_by_comment_to_parquet(tmp_path):
    threads = tmp_path / "threads.jsonl"
    assert main(["parse", str(SEED_003), "-o", str(threads)]) == 0
    out = tmp_path / "scored.parquet"
    assert main(["score", str(threads), "-o", str(out)]) == 0
    scored = pd.read_parquet(out)
    assert list(scored["author"]) == ["Searchin4Truth", "Huffhorny", "JJohannes", "Momcilo", "Vincent", "Peter"]
    evidence = {a: json.loads(e) for a, e in zip(scored["author"], scored["incivility_evidence"], strict=True)}
    assert {e["text"] for e in evidence["JJohannes"] if e["category"] == "identity_attack"} == {"Sciptars"}
    assert scored.set_index("author").loc["Momcilo", "incivility_dismissive"] > 0


def test_jsonl_rows_round_trip_to_jsonl(tmp_path):
    src = tmp_path / "rows.jsonl"
    src.write_text('{"text": "Shut up, idiot.", "n": 1}\n{"text": "Thank you.", "n": 2}\n', encoding="utf-8")
    out = tmp_path / "scored.jsonl"
    assert main(["score", str(src), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["n"] for r in rows] == [1, 2] and rows[0]["uncivil"] is True and rows[1]["uncivil"] is False


def test_missing_text_column_and_unreadable_tables_exit_2_with_one_line(tmp_path, capsys):
    src = tmp_path / "comments.csv"
    src.write_text(CSV, encoding="utf-8")
    assert main(["score", str(src), "--text-column", "body"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no column 'body'; columns: id, author, message" in err
    assert main(["score", str(tmp_path / "missing.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": 1}, "comments": [\n', encoding="utf-8")
    assert main(["score", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("discourse: error:")


def test_validate_prints_and_writes_metrics_per_label(tmp_path, capsys):
    rows = ["text,hostile,dismissive_label"]
    rows += ["You are an idiot and a liar.,1,0", "Thanks for the balanced article.,0,0",
             "Who cares. Pure nonsense.,0,1", "Shut up you moron.,1,1", "I agree with the author.,0,0",
             "Interesting figures on housing.,0,0"] * 5
    src = tmp_path / "labelled.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    scored = tmp_path / "scored.csv"
    assert main(["score", str(src), "-o", str(scored)]) == 0
    out = tmp_path / "agreement.json"
    code = main(["validate", str(scored), "--label", "hostile", "--label", "dismissive_label=dismissive",
                 "--bootstrap", "100", "-o", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "hostile" in printed and "incivility_dismissive" in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    hostile = result["labels"][0]
    assert (hostile["n"], hostile["positives"], hostile["auc"]) == (30, 10, 1.0)
    assert hostile["auc_low"] <= hostile["auc"] <= hostile["auc_high"]
    assert main(["validate", str(scored), "--label", "hostile=rudeness"]) == 2
    assert "unknown category 'rudeness'" in capsys.readouterr().err
