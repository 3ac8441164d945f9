import re

import pandas as pd
import pytest

from discourse.privacy import pseudonymize, pseudonymize_comments, pseudonymize_text
from discourse.report.slugs import slugify, unique_slugs


def test_pseudonym_is_stable_salted_and_opaque():
    a = pseudonymize("Momcilo", "salt-1")
    assert re.fullmatch(r"author-[0-9a-f]{8}", a)
    assert pseudonymize("Momcilo", "salt-1") == a == pseudonymize("  Momcilo ", "salt-1")
    assert pseudonymize("Momcilo", "salt-2") != a
    assert pseudonymize("momcilo", "salt-1") != a
    assert "Momcilo" not in a


def test_names_in_text_are_replaced_as_whole_words_only():
    names = {"Peter": "author-1", "Al": "author-2"}
    assert pseudonymize_text("Peter, you and Peterson", names) == "author-1, you and Peterson"
    assert pseudonymize_text("Al is here", names) == "Al is here"  # too short to replace safely in prose
    assert pseudonymize_text("peter said", names, ignore_case=True) == "author-1 said"


def test_comment_table_is_pseudonymised_in_a_copy():
    frame = pd.DataFrame({"author": ["Peter", None, "Vučić"], "body": ["hi Vučić", "x", "Peter lies"],
                          "incivility_evidence": ['[{"text": "Peter lies"}]', "[]", "[]"]})
    out, names = pseudonymize_comments(frame, "s")
    assert frame["author"].tolist()[0] == "Peter"
    assert out["author"].iloc[0] == names["Peter"] and out["author"].iloc[2] == names["Vučić"]
    assert pd.isna(out["author"].iloc[1])
    assert out["body"].tolist() == [f"hi {names['Vučić']}", "x", f"{names['Peter']} lies"]
    assert "Peter" not in out["incivility_evidence"].iloc[0]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Vučić meets Müller at the Élysée", "vucic-meets-muller-at-the-elysee"),
        ("Kosovo i Metohija: Žiča", "kosovo-i-metohija-zica"),
        ("Вучић о Косову и Метохији", "vucic-o-kosovu-i-metohiji"),
        ("Đorđe's Straße", "djordje-s-strasse"),
        ("Serbia Threatens To Invade Kosovo, Could Ask Moscow 'For Assistance'",
         "serbia-threatens-to-invade-kosovo-could-ask-moscow-for"),
    ],
)
def test_slugs_are_ascii_folded(title, slug):
    assert slugify(title, "id") == slug


def test_slugs_are_unique_and_stable():
    items = [("Same", "a"), ("Same", "b"), (None, "c"), ("corpus", "d"), ("", "c")]
    first = unique_slugs(items)
    assert first[:2] == ["same", "same-2"] and first[3] == "corpus-2"
    assert re.fullmatch(r"thread-[0-9a-f]{10}", first[2]) and first[4] == first[2] + "-2"
    assert unique_slugs(items) == first
