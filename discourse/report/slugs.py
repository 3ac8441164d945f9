"""Folder names of reports: ASCII slugs from titles, unique within a run and stable across runs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["slugify", "unique_slugs"]

# Letters that Unicode decomposition does not fold to ASCII: Latin ones and Serbian/Russian Cyrillic
# (Serbian Latin transliteration, so "Вучић" and "Vučić" give the same slug).
_FOLD = str.maketrans(
    {
        "đ": "dj", "Đ": "Dj", "ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "œ": "oe",
        "Œ": "Oe", "þ": "th", "ð": "d",
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ё": "e", "ж": "z", "з": "z",
        "и": "i", "й": "j", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c",
        "џ": "dz", "ш": "s", "щ": "s", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    }
)
MAX_LENGTH = 60
CORPUS = "corpus"  # reserved for the corpus report


def slugify(title: str | None, fallback: str) -> str:
    """``"Vučić at the Élysée"`` -> ``"vucic-at-the-elysee"``; an empty result falls back to a hash of ``fallback``."""
    text = (title or "").lower().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0]
    if not slug:
        slug = "thread-" + hashlib.sha1(fallback.encode("utf-8")).hexdigest()[:10]
    return slug


def unique_slugs(items: Iterable[tuple[str | None, str]]) -> list[str]:
    """Slugs for (title, thread id) pairs in order; repeats get ``-2``, ``-3`` … and ``corpus`` is never used."""
    seen: set[str] = {CORPUS}
    out = []
    for title, thread_id in items:
        base = slugify(title, thread_id)
        slug, n = base, 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        seen.add(slug)
        out.append(slug)
    return out
