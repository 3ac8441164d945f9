"""Boilerplate of scraped pages: prompts, disclaimers and link syntax that are not the article's text."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from discourse.readers.plaintext_patterns import MARKDOWN_LINK

__all__ = ["is_boilerplate", "normalise", "strip_links"]


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    text = resources.files("discourse").joinpath("data", "boilerplate.txt").read_text(encoding="utf-8")
    rules = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{rule})" for rule in rules), re.I)


def is_boilerplate(line: str) -> bool:
    """Whether a line (links already reduced to text) is a prompt, disclaimer or similar page furniture."""
    return bool(_patterns().match(line))


def strip_links(line: str) -> tuple[str, list[str]]:
    """The line with markdown links ``[text](url)`` reduced to ``text``, and the link markup removed."""
    removed = [m.group(0) for m in MARKDOWN_LINK.finditer(line)]
    return MARKDOWN_LINK.sub(r"\1", line), removed


def normalise(line: str) -> str:
    """Whitespace collapsed (no-break spaces included) and case folded, for comparing repeated lines."""
    return " ".join(line.split()).casefold()
