"""Safe XML: entity bombs and external entities are refused fast; damage is named and skipped."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.errors import InputError, MalformedInputError, SkippedRecordWarning
from discourse.readers import ReadOptions, read_bytes
from discourse.readers.disqus import read as read_disqus
from discourse.readers.exportfields import DISQUS_RESYNC
from discourse.readers.wxr import read as read_wxr
from discourse.readers.xmlsafe import iter_records

FIXTURES = Path(__file__).parents[1] / "fixtures" / "exports"

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE disqus [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
<thread dsq:id="1"><title>&lol9;</title></thread>
<post dsq:id="2"><message>&lol9;</message><thread dsq:id="1"/></post>
</disqus>
"""
XXE_FILE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&xxe;</title>
<wp:post_type>post</wp:post_type></item></channel></rss>
"""
XXE_NETWORK = XXE_FILE.replace(b"file:///etc/passwd", b"http://127.0.0.1:9/secret")
XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>x</title></item></channel></rss>
"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "file:///etc/passwd">
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&pwd;</title></item></channel></rss>
"""
HOSTILE = {"laughs": LAUGHS, "xxe-file": XXE_FILE, "xxe-network": XXE_NETWORK, "xxe-parameter": XXE_PARAMETER}


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("fmt", ["auto", "wxr", "disqus"])
def test_entity_declarations_are_refused_fast(name, fmt):
    start = time.perf_counter()
    with pytest.raises(MalformedInputError, match="DOCTYPE with declarations"):
        list(read_bytes(HOSTILE[name], "hostile.xml", ReadOptions(format=fmt)))
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_wide_encodings_are_checked_too(codec):
    data = XXE_FILE.decode().replace('version="1.0"', f'version="1.0" encoding="{codec}"').encode(codec)
    with pytest.raises(MalformedInputError):
        list(read_wxr(data, "hostile.xml", ReadOptions()))


def test_an_external_dtd_is_never_loaded():
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        try:
            threads = list(read_wxr(EXTERNAL_DTD, "dtd.xml", ReadOptions()))
        except InputError as exc:
            assert "root:" not in str(exc)
            return
    assert all("root:" not in (t.article.title or "") for t in threads)


def test_records_are_streamed_and_cleared():
    data = (FIXTURES / "forum__disqus.xml").read_bytes()
    seen = []
    for record in iter_records(data, 1, DISQUS_RESYNC):
        seen.append((record.name, record.ordinal, record.line))
        assert record.element.getprevious() is None  # earlier records are gone from the tree
    assert seen[:3] == [("category", 1, 4), ("post", 1, 9), ("post", 2, 24)]
    assert [name for name, _, _ in seen].count("post") == 6


def test_broken_record_in_the_middle_is_named_and_the_rest_read():
    data = (FIXTURES / "forum__disqus.xml").read_bytes().replace(b'<post dsq:id="5002">', b'<post dsq:id="5002" x=1>')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = list(read_disqus(data, "f.xml", ReadOptions()))
    skipped = [str(w.message) for w in caught if w.category is SkippedRecordWarning]
    assert any(m.startswith("post 5002 (line 56) skipped: XML broken at line 56") for m in skipped)
    ids = {c.id for t in threads for c in t.comments}
    assert ids == {"5001", "5003", "5004", "5005"}


@pytest.mark.filterwarnings("ignore::discourse.errors.ParseWarning")
@pytest.mark.parametrize("data", [b"", b"hello world", b"<", b"<disqus", b"\x00\x01<a", b"<disqus><post>"])
def test_text_that_is_not_xml_is_malformed(data):
    with pytest.raises(MalformedInputError):
        list(read_disqus(data, "x.xml", ReadOptions()))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=500) | st.text(alphabet="<>/=\"'&;![]?-x :ab\n", max_size=300).map(str.encode))
def test_arbitrary_bytes_give_threads_or_an_input_error(data):
    for reader in (read_wxr, read_disqus):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                list(reader(data, "x.xml", ReadOptions()))
            except InputError:
                pass
