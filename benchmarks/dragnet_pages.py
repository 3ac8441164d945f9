"""The dragnet dev pages: where they are and how to split one at its gold marker line.

The pages are AGPL: benchmarks read them in place from ``../shared`` and never copy them. Each page with a comment
section has a marker line (``!@#$%^&*()`` then ``COMMENTS``; a few copies vary its spacing) with the article
text above it and the comment-section text below it.
"""

from __future__ import annotations

import re
from pathlib import Path

DRAGNET = Path(__file__).resolve().parents[2] / "shared" / "data" / "dragnet-dev"
MARKER = re.compile(rb"^!@.{0,6}\$%\^&\*\(\)\s*COMMENTS[ \t]*\r?$", re.M)
TEXT_MARKER = re.compile(MARKER.pattern.decode("ascii"), re.M)


def split_text(text: str) -> tuple[str, str] | None:
    """Article text and comment-section text of a decoded page, or None when it has no marker line."""
    cut = TEXT_MARKER.search(text)
    return None if cut is None else (text[: cut.start()], text[cut.end() :])
