import pytest

from discourse.readers.encoding import decode_bytes, repair_text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Vučić – “no”".encode("utf-8"), "Vučić – “no”"),
        ("can’t – “quote”".encode("cp1252"), "can’t – “quote”"),
        ("Müller, Bäcker".encode("latin-1"), "Müller, Bäcker"),
        (b"\xef\xbb\xbfBOM text", "BOM text"),
        (b"undefined \x81\x8d bytes", "undefined \x81\x8d bytes"),
    ],
)
def test_decode_bytes_loses_nothing(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [("canâ€™t", "can’t"), ("â€œquotedâ€\x9d", "“quoted”"), ("SÃ£o Paulo", "São Paulo")],
)
def test_repair_text_fixes_mojibake_and_keeps_typography(broken, fixed):
    assert repair_text(broken) == fixed
    assert repair_text("It’s “curly”") == "It’s “curly”"
