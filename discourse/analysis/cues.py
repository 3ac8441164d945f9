"""Cue lists from the YAML data files, compiled to regexes (longest cue first, ``*`` as a word ending)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from discourse.analysis.tokens import normalize
from discourse.errors import InputError

__all__ = ["compile_cues", "load_yaml"]

_WILDCARD = r"[\w'\-]*"


def load_yaml(path: str | Path | None, default: str) -> dict[str, Any]:
    """A YAML mapping from ``path``, or the packaged data file ``default`` when path is None."""
    try:
        if path is None:
            text = resources.files("discourse.data").joinpath(default).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path or default}: cannot read the codebook ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path or default}: the codebook must be a YAML mapping")
    return data


def _cue_regex(cue: str) -> str:
    text = normalize(str(cue)).strip()
    star = text.endswith("*")
    body = r"\s+".join(re.escape(w) for w in text.rstrip("*").split())
    return body + (_WILDCARD if star else "")


def compile_cues(cues: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any cue on word boundaries, longest cue tried first.

    Match against :func:`discourse.analysis.tokens.normalize`-d text. Returns None for an empty list.
    """
    items = sorted({str(c) for c in cues if str(c).strip()}, key=lambda c: (-len(c), c))
    if not items:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(_cue_regex(c) for c in items) + r")(?![\w])")

