"""Contested naming: longest spelling first, per-side shares, YAML and CSV term files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.analysis.naming import NamingCounter, TermPair, load_terms
from discourse.errors import InputError

KOSOVO = TermPair("kosovo", (("Kosovo",), ("Kosovo and Metohija", "Kosovo and Metohia", "Kosmet")))


def test_longest_match_is_not_also_counted_short() -> None:
    counter = NamingCounter([KOSOVO])
    counts = counter.counts(["Kosovo and Metohia were Serbian teritory.", "Kosovo is Albanian land. KOSMET!"])
    assert counts == {"kosovo": {"Kosovo": 1, "Kosovo and Metohija": 2}}
    assert counter.shares(["Kosovo and Metohija", "Kosovo", "Kosovo"])["kosovo"]["Kosovo"] == pytest.approx(2 / 3)


def test_word_boundaries_and_absent_pair() -> None:
    counter = NamingCounter([KOSOVO])
    assert counter.counts(["Kosovar voters"])["kosovo"] == {"Kosovo": 0, "Kosovo and Metohija": 0}
    assert counter.shares([])["kosovo"] == {"Kosovo": None, "Kosovo and Metohija": None}


def test_yaml_and_csv_files(tmp_path: Path) -> None:
    yaml_file = tmp_path / "terms.yaml"
    yaml_file.write_text(
        "- [Kosovo, Kosovo and Metohija|Kosmet]\n"
        "- name: sea\n  terms: [Persian Gulf, [Arabian Gulf, Gulf of Arabia]]\n",
        encoding="utf-8",
    )
    pairs = load_terms(yaml_file)
    assert pairs[0].name == "Kosovo / Kosovo and Metohija"
    assert pairs[0].terms[1] == ("Kosovo and Metohija", "Kosmet")
    assert pairs[1].name == "sea" and pairs[1].labels == ("Persian Gulf", "Arabian Gulf")
    csv_file = tmp_path / "terms.csv"
    csv_file.write_text("Kyiv,Kiev\nDerry,Londonderry\n", encoding="utf-8")
    assert [p.labels for p in load_terms(csv_file)] == [("Kyiv", "Kiev"), ("Derry", "Londonderry")]


def test_a_pair_needs_two_names(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- [Kosovo]\n", encoding="utf-8")
    with pytest.raises(InputError, match="at least two names"):
        load_terms(bad)


@given(st.lists(st.sampled_from(["Kosovo", "Kosovo and Metohija", "Kosmet", "and", "Serbia", "Metohija"]), max_size=30))
def test_every_inserted_name_counts_once_for_itself(words: list[str]) -> None:
    counts = NamingCounter([KOSOVO]).counts([" ".join(words)])["kosovo"]
    text = " ".join(words)
    long_names = text.count("Kosovo and Metohija") + words.count("Kosmet")
    assert counts["Kosovo and Metohija"] == long_names
    assert counts["Kosovo"] == text.count("Kosovo") - text.count("Kosovo and Metohija")
