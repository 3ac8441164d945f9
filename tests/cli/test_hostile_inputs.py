"""Hostile files: every one gives a clean exit code, at most three error lines, no traceback, no leak."""

import os
import zlib
from pathlib import Path

import pytest

from discourse.cli import main

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
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
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&lol9;</title>
<wp:post_type>post</wp:post_type></item></channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE disqus [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
<thread dsq:id="1"><title>&xxe;</title><link>http://x/</link></thread>
<post dsq:id="2"><message>&xxe;</message><thread dsq:id="1"/><author><name>a</name></author>
<createdAt>2020-01-01T00:00:00Z</createdAt></post></disqus>
"""

TRUNCATED_WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Post</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>
<content:encoded><![CDATA[<p>Body text of the post.</p>]]></content:encoded>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
<wp:comment_content>First comment</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
<wp:comment_parent>0</wp:comment_parent></wp:comment>
<wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_auth"""

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + zlib.compress(os.urandom(2000))


def _hostile_files(root: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "random.bin": os.urandom(4096),
        "image.html": PNG,
        "truncated.xml": TRUNCATED_WXR.encode(),
        "bomb.xml": BILLION_LAUGHS.encode(),
        "xxe.xml": XXE.encode(),
        "latin1.txt": "Müller schrieb: Äußerst schön, naïve café.\n\nHans 3. März 2020\n\nGut.".encode("latin-1"),
        "broken.csv": b'id,body,author\n1,"unterminated quote,ann\n2,ok,bob\n\x00\x00,,,,,\n',
        "line.txt": b"word " * (4 * 1024 * 1024),
    }
    paths = {}
    for name, data in files.items():
        path = root / name
        path.write_bytes(data)
        paths[name] = path
    paths["missing.txt"] = root / "missing.txt"
    return paths


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    return _hostile_files(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "name",
    ["empty.txt", "random.bin", "image.html", "truncated.xml", "bomb.xml", "xxe.xml", "latin1.txt",
     "broken.csv", "line.txt", "missing.txt"],
)
def test_hostile_file_gives_a_clean_answer(hostile, name, capsys):
    code = main(["parse", str(hostile[name])])
    captured = capsys.readouterr()
    assert code in (0, 1, 2)
    errors = [line for line in captured.err.splitlines() if line.strip()]
    assert len(errors) <= 3, errors
    assert "Traceback" not in captured.err
    assert "root:" not in captured.out + captured.err  # nothing of /etc/passwd
    if code != 0:
        assert any(str(hostile[name]) in line for line in errors), errors


def test_batch_with_bad_files_keeps_the_good_ones(hostile, capsys):
    seed = Path(__file__).parents[1] / "fixtures" / "seeds" / "003_3618e1eda80ae8c7.txt"
    code = main(["parse", str(seed), str(hostile["missing.txt"]), str(hostile["image.html"])])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.count('"article"') == 1
    assert str(hostile["missing.txt"]) in captured.err
