"""--pseudonymize on parse and analyze: no author name reaches any output; the same salt gives the same names."""

import json
from pathlib import Path

from discourse.cli import main

SEED = Path(__file__).parents[1] / "fixtures" / "seeds" / "003_3618e1eda80ae8c7.txt"
AUTHORS = ("Searchin4Truth", "Huffhorny", "JJohannes", "Momcilo", "Vincent", "Peter")


def _authors(text: str) -> list[str]:
    return [c["author"] for c in json.loads(text.splitlines()[0])["comments"]]


def test_parse_pseudonymizes_stably_per_salt(capsys):
    assert main(["parse", str(SEED), "--pseudonymize", "--salt", "s1"]) == 0
    first = _authors(capsys.readouterr().out)
    assert main(["parse", str(SEED), "--pseudonymize", "--salt", "s1"]) == 0
    again = _authors(capsys.readouterr().out)
    assert main(["parse", str(SEED), "--pseudonymize", "--salt", "s2"]) == 0
    other = _authors(capsys.readouterr().out)
    assert first == again and len(set(first)) == 6
    assert all(a.startswith("author-") for a in first)
    assert set(first).isdisjoint(other)


def test_analyze_outputs_carry_no_author_name(tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SEED), "--pseudonymize", "--salt", "s1", "-o", str(out)]) == 0
    written = [p for p in out.iterdir() if p.suffix in (".csv", ".json")]
    assert {p.name for p in written} >= {"comments.csv", "threads.json", "corpus.json"}
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert not [name for name in AUTHORS if name in text], path.name
