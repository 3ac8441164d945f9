"""Whether a comment addresses the article (its author, the outlet) and whether it contests or supports it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from discourse.analysis.cues import compile_cues, load_yaml
from discourse.analysis.regex_screen import matches, screen
from discourse.analysis.tokens import WORD_PATTERN, normalize, sentences
from discourse.errors import InputError

__all__ = ["CUES", "STANCES", "StanceDetector"]

CUES = "stance.yaml"
STANCES = ("contest", "support", "none")
_WORD = re.compile(WORD_PATTERN)


class StanceDetector:
    """Rule-based ``about_article`` and ``stance`` (contest / support / none) from a YAML cue file.

    A comment is about the article when it names it, its author, the outlet or journalism. Standalone cues
    ("propaganda", "great article") give a stance by themselves; target cues ("wrong", "agree") only in a
    sentence that also names the article. A negator shortly before a cue turns it (see the cue file).
    Contest wins over support when a comment has both, since a hedged compliment followed by an attack reads as
    contest; ``stance_evidence`` keeps every matched cue so the choice can be checked.

    Parameters
    ----------
    cues : path or None
        A YAML file like ``discourse/data/stance.yaml``; None uses the packaged one.
    """

    def __init__(self, cues: str | Path | None = None) -> None:
        self.cues = cues

    def fit(self) -> StanceDetector:
        """Read and compile the cue file."""
        data = load_yaml(self.cues, CUES)
        try:
            self.targets_ = compile_cues(data["about_article"]["targets"])
            self.patterns_ = {
                (side, kind): compile_cues(data[side][kind])
                for side in ("contest", "support")
                for kind in ("standalone", "with_target")
            }
            negation = data["negation"]
            self.negators_ = frozenset(normalize(w) for w in negation["words"])
            self.window_ = int(negation["window"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{self.cues or CUES}: incomplete stance cue file ({exc})") from exc
        return self

    def _negated(self, sentence: str, start: int) -> bool:
        before = _WORD.findall(sentence[:start])[-self.window_ :] if self.window_ > 0 else []
        return any(w in self.negators_ for w in before)

    def _one(self, text: str, allowed: dict[tuple[str, str], bool]) -> tuple[bool, str, list[str]]:
        """About, stance and evidence of one normalised text; ``allowed`` says which cue lists passed the screen."""
        about = False
        found = {"contest": False, "support": False}
        evidence: list[str] = []
        if not any(allowed.values()):
            return about, "none", evidence
        for sentence in sentences(text):
            targeted = self.targets_ is not None and allowed[("about", "targets")] and (
                self.targets_.search(sentence) is not None
            )
            about = about or targeted
            for (side, kind), pattern in self.patterns_.items():
                if pattern is None or not allowed[(side, kind)] or (kind == "with_target" and not targeted):
                    continue
                for match in pattern.finditer(sentence):
                    negated = self._negated(sentence, match.start())
                    if side == "contest" and negated:
                        continue
                    effective = "contest" if side == "support" and negated else side
                    found[effective] = True
                    evidence.append(f"{effective}:{'not ' if negated else ''}{match.group(0)}")
        stance = "contest" if found["contest"] else "support" if found["support"] else "none"
        return about, stance, evidence

    def _screened(self, normalized: list[str]) -> dict[tuple[str, str], np.ndarray]:
        """Per cue list, which texts may match it (RE2 screens run in C++ over the whole batch, see regex_screen)."""
        column = pa.array(normalized, type=pa.large_string())
        patterns = {("about", "targets"): self.targets_} | self.patterns_
        return {
            key: np.zeros(len(normalized), dtype=bool) if pattern is None else matches(column, screen(pattern.pattern))
            for key, pattern in patterns.items()
        }

    def transform(self, texts: Sequence[str]) -> pd.DataFrame:
        """One row per text: ``about_article`` (bool), ``stance`` (str) and ``stance_evidence`` (matched cues)."""
        if not hasattr(self, "patterns_"):
            self.fit()
        normalized = [normalize(str(t)) for t in texts]
        screened = self._screened(normalized)
        rows = [self._one(text, {key: bool(mask[i]) for key, mask in screened.items()})
                for i, text in enumerate(normalized)]
        return pd.DataFrame(
            {
                "about_article": pd.Series([r[0] for r in rows], dtype=bool),
                "stance": pd.Series([r[1] for r in rows], dtype=object),
                "stance_evidence": pd.Series(["; ".join(r[2]) for r in rows], dtype=object),
            }
        )
