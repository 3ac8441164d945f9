"""Relevance of comments to their article: lexical TF-IDF cosine (CommentIQ), paragraph-level and title-aware,
blended with a latent-semantic (LSA) cosine fitted on the input itself.

For a comment ``c`` and an article (paragraphs ``p_1..p_n`` and title ``t``)::

    lexical   = blend * cos(c, article) + (1 - blend) * mean of the top_k cos(c, p_i + t * title_weight / 2)
    semantic  = the same blend of cosines taken in LSA space (negative cosines count as 0)
    relevance = (1 - semantic_weight) * lexical + semantic_weight * semantic

``article`` is the body plus the title counted ``title_weight`` times. Word vectors are TF-IDF (``1 + log(tf)``)
over light-stemmed words without stop words, emoji kept. ``LSA`` (Deerwester et al. 1990) projects an
L2-normalised TF-IDF vector on the singular vectors of the TF-IDF matrix of the documents given to ``fit`` (the
input's articles and comments: no download, nothing fitted elsewhere), so "tram" meets "streetcar" when the input
uses them in the same contexts. The first singular vector is left out: every document loads on it (it is the
input's common vocabulary, its language), so it says that two texts come from the same input, not that they share a
subject; on the development pages keeping it cost up to 0.01 ROC AUC on the multilingual blog set and gained
nothing elsewhere. Both parts are cosines in [0, 1], so ``relevance`` is too. The paragraph with the best lexical
cosine is the comment's ``anchor_paragraph`` (-1 when none shares a word). The LSA space has at most one dimension per
``DOCUMENTS_PER_COMPONENT`` (10) documents; when that leaves fewer than ``MIN_COMPONENTS`` (10), i.e. inputs of
under 100 documents such as a single short thread, or ``fit`` got no documents, relevance is the lexical part.

The defaults were chosen on the even-numbered development threads and checked on the odd ones
(``benchmarks/relevance.py`` prints both halves and the baseline; figures in ``BENCHMARKS.md``).

Parameters
----------
blend : float in [0, 1], default 0.5
    Weight of the whole-article cosine against the paragraph-level cosine, in both parts.
top_k : int >= 1, default 1
    Number of best-matching paragraphs averaged.
title_weight : float >= 0, default 3.0
    How many times the title counts in the article vector: a headline states what the article is about, and
    commenters echo it.
sublinear_tf : bool, default True
    Use ``1 + log(tf)`` so a term repeated by a long article does not drown the rest.
semantic_weight : float in [0, 1], default 0.4
    Weight of the LSA cosine against the lexical part.
n_components : int >= 10, default 300
    Most singular vectors fitted (fewer for inputs of under 3,000 documents, see above); the first is left out.
random_state : int, default 0
    Seed of the randomised SVD: the same input gives the same scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize
from sklearn.utils.extmath import row_norms
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2
from threadpoolctl import threadpool_limits

from discourse.analysis.tokens import stemmed_tokens
from discourse.errors import ParameterError

__all__ = ["RelevanceScorer"]

# An LSA space needs many documents per dimension: with about as many dimensions as documents it memorises each
# document and a new text's cosine to an article falls to ~0 (seen on the seed pages). With fewer dimensions than
# MIN_COMPONENTS the space is too coarse to tell subjects apart, and relevance is the lexical part.
DOCUMENTS_PER_COMPONENT = 10
MIN_COMPONENTS = 10
COLUMNS = ("relevance", "anchor_paragraph", "article_cosine", "paragraph_cosine", "semantic_cosine")


def _check_fraction(name: str, value: float) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
        raise ParameterError(
            f"The '{name}' parameter of RelevanceScorer must be a float in [0, 1]. Got {value!r} instead."
        )


def _check_int(name: str, value: int, low: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise ParameterError(
            f"The '{name}' parameter of RelevanceScorer must be an int >= {low}. Got {value!r} instead."
        )


def _rowwise_cosine(left: sparse.csr_matrix | np.ndarray, right: sparse.csr_matrix | np.ndarray) -> np.ndarray:
    """Cosine of each row of ``left`` with the single row of ``right`` (both L2-normalised)."""
    product = left @ right.T
    dense = product.toarray() if sparse.issparse(product) else np.asarray(product)
    return np.asarray(dense).ravel()


def _unit_rows(x: sparse.csr_matrix | np.ndarray) -> sparse.csr_matrix | np.ndarray:
    """Rows scaled to unit L2 norm (zero rows stay zero): scikit-learn's ``normalize`` computed by the same
    kernels, without its input validation, which cost more than the work on a thread's few rows."""
    if sparse.issparse(x):
        out = sparse.csr_matrix(x, dtype=np.float64, copy=True)
        inplace_csr_row_normalize_l2(out)
        return out
    dense = np.array(x, dtype=np.float64)
    norms = row_norms(dense)
    norms[norms == 0.0] = 1.0
    dense /= norms[:, np.newaxis]
    return dense


class RelevanceScorer:
    """Similarity of each comment to its own article, from 0 (nothing shared) to 1; formula in the module doc."""

    def __init__(
        self,
        blend: float = 0.5,
        top_k: int = 1,
        title_weight: float = 3.0,
        sublinear_tf: bool = True,
        semantic_weight: float = 0.4,
        n_components: int = 300,
        random_state: int = 0,
    ) -> None:
        self.blend = blend
        self.top_k = top_k
        self.title_weight = title_weight
        self.sublinear_tf = sublinear_tf
        self.semantic_weight = semantic_weight
        self.n_components = n_components
        self.random_state = random_state

    def _validate(self) -> None:
        _check_fraction("blend", self.blend)
        _check_fraction("semantic_weight", self.semantic_weight)
        _check_int("top_k", self.top_k, 1)
        _check_int("n_components", self.n_components, MIN_COMPONENTS)
        if not isinstance(self.title_weight, (int, float)) or self.title_weight < 0:
            raise ParameterError(
                "The 'title_weight' parameter of RelevanceScorer must be a float >= 0. "
                f"Got {self.title_weight!r} instead."
            )
        if not isinstance(self.random_state, int) or isinstance(self.random_state, bool):
            raise ParameterError(
                f"The 'random_state' parameter of RelevanceScorer must be an int. Got {self.random_state!r} instead."
            )

    def fit(
        self,
        documents: Iterable[str],
        document_frequency: Mapping[str, int] | None = None,
        n_documents: int | None = None,
    ) -> RelevanceScorer:
        """Learn vocabulary, IDF and LSA space from documents (an input's articles and comments).

        Parameters
        ----------
        documents : iterable of str
            Article paragraphs, titles and comments of the input (or a seeded sample of them when it is large).
        document_frequency : mapping of stemmed term to count, optional
            Document frequencies counted over the whole input while streaming it; with ``n_documents`` they set
            the word IDF (smoothed, as scikit-learn's) instead of ``documents``, which then only fit the LSA space.
        n_documents : int, optional
            Number of documents ``document_frequency`` was counted over.
        """
        self._validate()
        docs = [d for d in (str(x) for x in documents) if d.strip()]
        self.vectorizer_ = TfidfVectorizer(analyzer=stemmed_tokens, sublinear_tf=self.sublinear_tf, norm=None)
        if document_frequency is not None:
            self._set_idf(document_frequency, n_documents if n_documents is not None else len(docs))
        else:
            self.n_documents_ = len(docs)
            if docs:
                try:
                    self.vectorizer_.fit(docs)
                except ValueError:  # only stop words: nothing to weigh
                    self.n_documents_ = 0
        # One BLAS thread, so the LSA space (and every relevance) does not depend on the machine's cores.
        with threadpool_limits(limits=1):
            self.svd_ = self._fit_svd(docs) if self.semantic_weight > 0 else None
        # Term loadings without the first singular vector, laid out for fast sparse products at scoring time.
        self.term_loadings_ = None if self.svd_ is None else np.ascontiguousarray(self.svd_.components_[1:].T)
        return self

    def _set_idf(self, document_frequency: Mapping[str, int], n_documents: int) -> None:
        self.n_documents_ = n_documents
        if not document_frequency:
            return
        terms = sorted(document_frequency)
        self.vectorizer_.vocabulary_ = {t: i for i, t in enumerate(terms)}
        df = np.array([document_frequency[t] for t in terms], dtype=np.float64)
        self.vectorizer_.idf_ = np.log((n_documents + 1.0) / (df + 1.0)) + 1.0

    def _fit_svd(self, docs: list[str]) -> TruncatedSVD | None:
        if not docs or not hasattr(self.vectorizer_, "vocabulary_"):
            return None
        matrix = l2_normalize(self._vectors(docs))
        k = min(self.n_components, matrix.shape[0] // DOCUMENTS_PER_COMPONENT, matrix.shape[1] - 1)
        if k < MIN_COMPONENTS:
            return None
        return TruncatedSVD(n_components=k, random_state=self.random_state).fit(matrix)

    def _vectors(self, texts: Sequence[str]) -> sparse.csr_matrix:
        if not hasattr(self.vectorizer_, "vocabulary_") or not texts:
            return sparse.csr_matrix((len(texts), 1))
        return sparse.csr_matrix(self.vectorizer_.transform(list(texts)))

    def _whole(self, raw: sparse.csr_matrix) -> sparse.csr_matrix:
        """One article vector from the rows of its paragraphs followed by its title."""
        return sparse.csr_matrix(raw[:-1].sum(axis=0)) + self.title_weight * raw[-1]

    def vectors(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Raw TF-IDF rows of texts (each row depends on its text alone: rows of many texts can be taken at once
        and split before :meth:`score_vectors`)."""
        return self._vectors([str(t) for t in texts])

    def _article(self, raw: sparse.csr_matrix) -> tuple[sparse.csr_matrix, ...]:
        """Whole and per-paragraph vectors from the raw rows of the paragraphs followed by the title."""
        n_paragraphs = raw.shape[0] - 1
        whole = self._whole(raw)
        if not n_paragraphs:
            return _unit_rows(whole), sparse.csr_matrix((0, raw.shape[1]))
        head = raw[-1]
        per_paragraph = raw[:-1] + sparse.vstack([head] * n_paragraphs) * (self.title_weight / 2)
        return _unit_rows(whole), _unit_rows(sparse.csr_matrix(per_paragraph))

    def _top_k_mean(self, sims: np.ndarray) -> np.ndarray:
        """Mean of each row's ``top_k`` largest values (all of them when there are fewer)."""
        k = min(self.top_k, sims.shape[1])
        return (-np.sort(-sims, axis=1)[:, :k]).mean(axis=1)

    def _semantic(
        self, comment_vectors: sparse.csr_matrix, whole: sparse.csr_matrix, per_paragraph: sparse.csr_matrix
    ) -> tuple[np.ndarray, np.ndarray]:
        """LSA cosines of each comment with the whole article and (top_k mean) with its paragraphs."""
        n = comment_vectors.shape[0]
        loadings = getattr(self, "term_loadings_", None)
        if loadings is None:
            return np.zeros(n), np.zeros(n)
        comments = _unit_rows(np.asarray(comment_vectors @ loadings))
        article = np.clip(_rowwise_cosine(comments, _unit_rows(np.asarray(whole @ loadings))), 0.0, 1.0)
        if not per_paragraph.shape[0]:
            return article, np.zeros(n)
        paragraphs = _unit_rows(np.asarray(per_paragraph @ loadings))
        return article, self._top_k_mean(np.clip(comments @ paragraphs.T, 0.0, 1.0))

    def score(self, comments: Sequence[str], paragraphs: Sequence[str], title: str | None = None) -> pd.DataFrame:
        """Relevance and anchor paragraph of each comment against one article.

        Returns a DataFrame with ``relevance`` (float in [0, 1]), ``anchor_paragraph`` (index into
        ``paragraphs``, -1 when no paragraph shares a word), and the parts: ``article_cosine``,
        ``paragraph_cosine`` and ``semantic_cosine``.
        """
        if not hasattr(self, "vectorizer_"):
            self.fit(list(paragraphs) + list(comments) + ([title] if title else []))
        self._validate()
        texts = [str(c) for c in comments]
        if not texts:
            return self.score_vectors(sparse.csr_matrix((0, 1)), sparse.csr_matrix((1, 1)))
        return self.score_vectors(self._vectors(texts), self._vectors([str(p) for p in paragraphs] + [title or ""]))

    def score_vectors(self, comments: sparse.csr_matrix, article: sparse.csr_matrix) -> pd.DataFrame:
        """:meth:`score` from :meth:`vectors` rows: the comments', and the article's paragraphs' then its title's."""
        if not comments.shape[0]:
            empty = {name: np.zeros(0) for name in COLUMNS}
            empty["anchor_paragraph"] = np.zeros(0, dtype=int)
            return pd.DataFrame(empty)
        c_vec = _unit_rows(comments)
        whole, per_paragraph = self._article(article)
        article_cos = _rowwise_cosine(c_vec, whole)
        if per_paragraph.shape[0]:
            sims = np.asarray((c_vec @ per_paragraph.T).todense())
            paragraph_cos = self._top_k_mean(sims)
            anchor = np.where(sims.max(axis=1) > 0, sims.argmax(axis=1), -1)
        else:
            paragraph_cos = np.zeros(comments.shape[0])
            anchor = np.full(comments.shape[0], -1)
        lexical = self.blend * article_cos + (1 - self.blend) * paragraph_cos
        semantic_article, semantic_paragraph = self._semantic(c_vec, whole, per_paragraph)
        semantic = self.blend * semantic_article + (1 - self.blend) * semantic_paragraph
        weight = self.semantic_weight if getattr(self, "term_loadings_", None) is not None else 0.0
        relevance = np.clip((1 - weight) * lexical + weight * semantic, 0.0, 1.0)
        return pd.DataFrame(
            {
                "relevance": relevance.astype(float),
                "anchor_paragraph": anchor.astype(int),
                "article_cosine": article_cos.astype(float),
                "paragraph_cosine": paragraph_cos.astype(float),
                "semantic_cosine": semantic.astype(float),
            }
        )
