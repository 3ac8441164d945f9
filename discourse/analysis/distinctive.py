"""Distinctive words of two sides (article vs comments, cluster vs rest): Monroe, Colaresi & Quinn (2008)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from discourse.analysis.tokens import tokenize
from discourse.errors import ParameterError

__all__ = ["DistinctiveWords", "author_capped_counts", "weighted_log_odds"]


def weighted_log_odds(
    counts_a: Mapping[str, float], counts_b: Mapping[str, float], prior: Mapping[str, float], prior_scale: float = 1.0
) -> dict[str, float]:
    """z-scores of the weighted log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008, eq. 22).

    Positive z: the term is more typical of side a; negative: of side b. ``prior`` holds background counts
    (e.g. the pooled corpus), scaled by ``prior_scale``; terms absent from the prior get no estimate.
    """
    vocab = sorted(t for t, c in prior.items() if c > 0)
    if not vocab:
        return {}
    alpha = np.array([prior[t] for t in vocab], dtype=float) * prior_scale
    ya = np.array([counts_a.get(t, 0.0) for t in vocab], dtype=float)
    yb = np.array([counts_b.get(t, 0.0) for t in vocab], dtype=float)
    a0, na, nb = alpha.sum(), ya.sum(), yb.sum()
    delta = np.log((ya + alpha) / (na + a0 - ya - alpha)) - np.log((yb + alpha) / (nb + a0 - yb - alpha))
    variance = 1.0 / (ya + alpha) + 1.0 / (yb + alpha)
    z = delta / np.sqrt(variance)
    return {t: float(v) for t, v in zip(vocab, z, strict=True)}


def author_capped_counts(texts: Sequence[str], authors: Sequence[Any] | None, cap: int | None) -> Counter[str]:
    """Term counts where each author contributes at most ``cap`` uses of a term (None: no cap).

    Comments without an author count as separate authors, since nothing says they share one.
    """
    per_author: dict[Any, Counter[str]] = {}
    for i, text in enumerate(texts):
        author = authors[i] if authors is not None else None
        key = ("author", str(author)) if author is not None and str(author).strip() and author == author else ("row", i)
        per_author.setdefault(key, Counter()).update(tokenize(text))
    total: Counter[str] = Counter()
    for counts in per_author.values():
        total.update({t: (min(c, cap) if cap is not None else c) for t, c in counts.items()})
    return total


class DistinctiveWords:
    """Words that set the comments apart from their article, and the article from its comments.

    Parameters
    ----------
    author_cap : int or None, default 1
        Each commenter's use of a term counts at most this often, so one prolific author cannot make a term
        "distinctive" of the whole section by repeating it. The article (one author) is counted in full.
    prior_scale : float > 0, default 1.0
        Strength of the informative prior: background counts times this.
    top_n : int, default 15
        Terms kept per side.
    min_count : int, default 2
        A term must occur this often on its side to be listed.
    """

    def __init__(
        self, author_cap: int | None = 1, prior_scale: float = 1.0, top_n: int = 15, min_count: int = 2
    ) -> None:
        self.author_cap = author_cap
        self.prior_scale = prior_scale
        self.top_n = top_n
        self.min_count = min_count

    def fit(
        self,
        article: str | Sequence[str],
        comments: Sequence[str],
        authors: Sequence[Any] | None = None,
        prior: Mapping[str, float] | None = None,
    ) -> DistinctiveWords:
        """Compare an article (text or paragraphs) with its comments.

        ``prior`` gives background counts (the pooled corpus); by default the two sides pooled.
        Sets ``article_`` and ``comments_``: lists of ``{term, z, count}``, most distinctive first.
        """
        if self.author_cap is not None and (not isinstance(self.author_cap, int) or self.author_cap < 1):
            raise ParameterError(
                "The 'author_cap' parameter of DistinctiveWords must be an int >= 1 or None. "
                f"Got {self.author_cap!r} instead."
            )
        if not isinstance(self.prior_scale, (int, float)) or self.prior_scale <= 0:
            raise ParameterError(
                "The 'prior_scale' parameter of DistinctiveWords must be a float > 0. "
                f"Got {self.prior_scale!r} instead."
            )
        paragraphs = [article] if isinstance(article, str) else list(article)
        article_counts: Counter[str] = Counter()
        for p in paragraphs:
            article_counts.update(tokenize(p))
        comment_counts = author_capped_counts([str(c) for c in comments], authors, self.author_cap)
        background = dict(prior) if prior is not None else dict(article_counts + comment_counts)
        z = weighted_log_odds(article_counts, comment_counts, background, self.prior_scale)
        self.z_ = z
        self.article_ = self._top(z, article_counts, sign=1.0)
        self.comments_ = self._top(z, comment_counts, sign=-1.0)
        return self

    def _top(self, z: Mapping[str, float], counts: Mapping[str, float], sign: float) -> list[dict[str, Any]]:
        rows = [(t, sign * v) for t, v in z.items() if sign * v > 0 and counts.get(t, 0) >= self.min_count]
        rows.sort(key=lambda r: (-r[1], r[0]))
        return [{"term": t, "z": round(v, 4), "count": int(counts[t])} for t, v in rows[: self.top_n]]

    @staticmethod
    def corpus_prior(texts: Iterable[str]) -> Counter[str]:
        """Background counts for the prior from any texts (e.g. every article and comment of a corpus)."""
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(tokenize(text))
        return counts
