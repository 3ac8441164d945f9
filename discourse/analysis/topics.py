"""Topics of a comment section: TF-IDF (bigrams, emoji tokens) with NMF or k-means, k chosen by stability."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize
from threadpoolctl import threadpool_limits

from discourse.analysis.tokens import STOP_WORDS, raw_tokens
from discourse.errors import ParameterError

__all__ = ["METHODS", "TopicModel"]

METHODS = ("nmf", "kmeans")
# Below MIN_DOCUMENTS texts there is no structure to find; below MIN_COMMENTS comments, k shrinks to 2 and the
# article paragraphs (if given as context) join the fit, which the notes say.
MIN_DOCUMENTS = 4
MIN_COMMENTS = 20
SELECTION_SAMPLE = 2000  # documents used to choose k, so the choice stays fast on large corpora


def _err(name: str, kind: str, value: object) -> ParameterError:
    return ParameterError(f"The '{name}' parameter of TopicModel must be {kind}. Got {value!r} instead.")


class TopicModel:
    """Topics of short texts, with labels from class-based TF-IDF and a bootstrap stability score.

    Parameters
    ----------
    n_topics : int >= 2 or None, default None
        Number of topics; None chooses k in ``k_range`` by stability across bootstrap refits.
    method : {"nmf", "kmeans"}, default "nmf"
    random_state : int, default 0
    max_features : int, default 5000
        Vocabulary size (unigrams and bigrams, English stop words removed, emoji kept as tokens).
    k_range : (int, int), default (2, 8)
        Smallest and largest k tried when ``n_topics`` is None.
    n_bootstrap : int >= 2, default 8
        Bootstrap refits for the stability score.
    n_terms : int, default 10
        Top terms kept per topic; the label joins the first three.
    n_jobs : int >= 1, default 1
        Threads for choosing k (the candidates' bootstrap refits run side by side). Any value gives the same
        result: every fit runs with one BLAS thread, so its floats do not depend on the machine's cores either.
    """

    def __init__(
        self,
        n_topics: int | None = None,
        method: str = "nmf",
        random_state: int = 0,
        max_features: int = 5000,
        k_range: tuple[int, int] = (2, 8),
        n_bootstrap: int = 8,
        n_terms: int = 10,
        n_jobs: int = 1,
    ) -> None:
        self.n_topics = n_topics
        self.method = method
        self.random_state = random_state
        self.max_features = max_features
        self.k_range = k_range
        self.n_bootstrap = n_bootstrap
        self.n_terms = n_terms
        self.n_jobs = n_jobs

    def _validate(self) -> None:
        if self.n_topics is not None and (not isinstance(self.n_topics, int) or self.n_topics < 2):
            raise _err("n_topics", "an int >= 2 or None", self.n_topics)
        if self.method not in METHODS:
            raise _err("method", f"one of {METHODS}", self.method)
        if not isinstance(self.random_state, int):
            raise _err("random_state", "an int", self.random_state)
        lo, hi = self.k_range
        if not (isinstance(lo, int) and isinstance(hi, int) and 2 <= lo <= hi):
            raise _err("k_range", "a pair of ints 2 <= low <= high", self.k_range)
        if not isinstance(self.n_bootstrap, int) or self.n_bootstrap < 2:
            raise _err("n_bootstrap", "an int >= 2", self.n_bootstrap)
        if not isinstance(self.n_jobs, int) or isinstance(self.n_jobs, bool) or self.n_jobs < 1:
            raise _err("n_jobs", "an int >= 1", self.n_jobs)

    def _vectorizer(self, n_docs: int) -> TfidfVectorizer:
        return TfidfVectorizer(
            # raw_tokens normalises and splits (cached, so the texts other analyses read are split once).
            lowercase=False,
            tokenizer=raw_tokens,
            token_pattern=None,
            stop_words=sorted(STOP_WORDS),
            ngram_range=(1, 2),
            min_df=2 if n_docs >= 50 else 1,
            max_df=0.9 if n_docs >= 50 else 1.0,
            max_features=self.max_features,
            sublinear_tf=True,
        )

    def _factor(self, x: np.ndarray, k: int, seed: int) -> tuple[np.ndarray, object]:
        """Topic-term matrix (rows L2-normalised) and the fitted estimator."""
        est: NMF | KMeans
        if self.method == "nmf":
            est = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=400)
        else:
            est = KMeans(n_clusters=k, n_init=4, random_state=seed)
        with warnings.catch_warnings():
            # An unconverged fit still gives usable topics; the stability score says how far to trust them.
            warnings.simplefilter("ignore", ConvergenceWarning)
            est.fit(x)
        terms = est.components_ if isinstance(est, NMF) else np.clip(est.cluster_centers_, 0, None)
        return l2_normalize(terms), est

    def _stability(self, x: np.ndarray, k: int) -> float:
        """Mean cosine of best-matched topic-term vectors between the full fit and bootstrap refits."""
        reference, _ = self._factor(x, k, self.random_state)
        rng = np.random.default_rng(self.random_state)
        scores = []
        for b in range(self.n_bootstrap):
            rows = rng.integers(0, x.shape[0], x.shape[0])
            refit, _ = self._factor(x[rows], k, self.random_state + b + 1)
            sim = reference @ refit.T
            r, c = linear_sum_assignment(-sim)
            scores.append(float(sim[r, c].mean()))
        return float(np.mean(scores))

    def fit(self, texts: Iterable[str], context: Sequence[str] = ()) -> TopicModel:
        """Fit topics on comment texts; ``context`` (article paragraphs) joins the fit only when comments are few."""
        self._validate()
        # One BLAS thread: a multi-threaded product may sum in another order, so topics would depend on the
        # machine's cores; on these small matrices it is also faster (the threads cost more than they share).
        with threadpool_limits(limits=1):
            return self._fit(texts, context)

    def _fit(self, texts: Iterable[str], context: Sequence[str]) -> TopicModel:
        docs = [str(t) for t in texts]
        self.notes_: list[str] = []
        self.k_: int | None = None
        self.stability_: float | None = None
        self.topics_: list[dict[str, object]] = []
        self.labels_: list[str] = []
        non_empty = [d for d in docs if d.strip()]
        fit_docs = non_empty
        if len(non_empty) < MIN_COMMENTS:
            fit_docs = non_empty + [c for c in context if str(c).strip()]
            if len(fit_docs) < MIN_DOCUMENTS or len(non_empty) < 2:
                self.notes_.append(f"{len(non_empty)} comments: too few for topics; topics skipped")
                return self
        vectorizer = self._vectorizer(len(fit_docs))
        try:
            x = vectorizer.fit_transform(fit_docs)
        except ValueError:
            self.notes_.append("no words left after stop words; topics skipped")
            return self
        self.vectorizer_ = vectorizer
        terms = vectorizer.get_feature_names_out()
        max_k = max(2, min(self.k_range[1], x.shape[0] // 10, x.shape[1] - 1))
        sample = x
        if x.shape[0] > SELECTION_SAMPLE:
            rows = np.random.default_rng(self.random_state).choice(x.shape[0], SELECTION_SAMPLE, replace=False)
            sample = x[np.sort(rows)]
            self.notes_.append(f"k and stability from a sample of {SELECTION_SAMPLE} of {x.shape[0]} comments")
        scores: dict[int, float] = {}
        if len(non_empty) < MIN_COMMENTS:
            k = 2
            self.notes_.append(
                f"{len(non_empty)} comments: too few for topic selection; k shrunk to 2 and fitted on the comments "
                f"with {len(fit_docs) - len(non_empty)} article paragraphs, read with caution"
            )
        elif self.n_topics is not None:
            k = min(self.n_topics, x.shape[0] - 1)
            if k != self.n_topics:
                self.notes_.append(f"n_topics={self.n_topics} exceeds the documents; k shrunk to {k}")
        else:
            candidates = range(self.k_range[0], max(self.k_range[0], max_k) + 1)
            with ThreadPoolExecutor(min(self.n_jobs, len(candidates))) as pool:
                stabilities = pool.map(lambda kk: self._stability(sample, kk), candidates)
                scores = dict(zip(candidates, stabilities, strict=True))
            # The most stable k; ties (to 3 decimals) go to the smaller k.
            k = max(scores, key=lambda kk: (round(scores[kk], 3), -kk))
            self.selection_ = {int(kk): round(v, 4) for kk, v in scores.items()}
        self.k_ = k
        _, self.estimator_ = self._factor(x, k, self.random_state)
        self.stability_ = scores[k] if k in scores else self._stability(sample, k)
        assignment = self.assign(self._weights(x))
        self._label(len(non_empty), assignment, terms, x)
        return self

    def _weights(self, x: object) -> np.ndarray:
        if self.method == "nmf":
            return np.asarray(self.estimator_.transform(x))  # type: ignore[attr-defined]
        labels = self.estimator_.predict(x)  # type: ignore[attr-defined]
        weights = np.zeros((len(labels), self.k_ or 0))
        weights[np.arange(len(labels)), labels] = 1.0
        empty = np.asarray(x.sum(axis=1)).ravel() == 0  # type: ignore[attr-defined]
        weights[empty] = 0.0
        return weights

    @staticmethod
    def assign(weights: np.ndarray) -> np.ndarray:
        """Topic index of each row of document-topic weights (the largest), -1 for a row of zeros."""
        return np.where(weights.sum(axis=1) > 0, weights.argmax(axis=1), -1) if weights.size else np.zeros(0, int)

    def _label(self, n_comments: int, assignment: np.ndarray, terms: np.ndarray, x: sparse.csr_matrix) -> None:
        """Labels from class-based TF-IDF: term frequency in the topic's documents against its spread over topics.

        ``x`` is the fit's TF-IDF matrix: a weight is positive exactly where the term occurs, so ``x > 0`` marks
        occurrences. ``size`` counts comments only (the first ``n_comments`` documents), not article paragraphs.
        """
        k = self.k_ or 0
        counts = (x > 0).astype(float)
        per_topic = np.vstack([np.asarray(counts[assignment == t].sum(axis=0)).ravel() for t in range(k)])
        totals = per_topic.sum(axis=1, keepdims=True)
        tf = np.divide(per_topic, totals, out=np.zeros_like(per_topic), where=totals > 0)
        avg = max(float(per_topic.sum()) / max(k, 1), 1.0)
        ctfidf = tf * np.log1p(avg / np.maximum(per_topic.sum(axis=0), 1.0))
        components = self._factor_terms()
        self.topics_, self.labels_ = [], []
        for t in range(k):
            row = ctfidf[t] if per_topic[t].sum() > 0 else components[t]
            order = np.lexsort((terms, -np.round(row, 12)))[: self.n_terms]
            top = [str(terms[i]) for i in order if row[i] > 0]
            label = ", ".join(top[:3])
            self.labels_.append(label)
            self.topics_.append(
                {"topic": t, "label": label, "terms": top, "size": int((assignment[:n_comments] == t).sum())}
            )

    def _factor_terms(self) -> np.ndarray:
        if self.method == "nmf":
            return np.asarray(self.estimator_.components_)  # type: ignore[attr-defined]
        return np.clip(np.asarray(self.estimator_.cluster_centers_), 0, None)  # type: ignore[attr-defined]

    def transform(self, texts: Iterable[str]) -> np.ndarray:
        """Document-topic weights (rows of zeros when a text shares no term, or when topics were skipped)."""
        return self.weights_of(self.vectors(texts))

    def vectors(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """TF-IDF rows of texts in the fitted vocabulary (each row depends on its text alone, so rows of many
        texts can be taken at once and split); no columns when topics were skipped."""
        docs = [str(t) for t in texts]
        if self.k_ is None or not docs:
            return sparse.csr_matrix((len(docs), 0))
        return sparse.csr_matrix(self.vectorizer_.transform(docs))

    def weights_of(self, vectors: sparse.csr_matrix) -> np.ndarray:
        """Document-topic weights of :meth:`vectors` rows."""
        if self.k_ is None:
            return np.zeros((vectors.shape[0], 0))
        if not vectors.shape[0]:
            return np.zeros((0, self.k_))
        return self._weights(vectors)

    def predict(self, texts: Iterable[str]) -> np.ndarray:
        """Topic index of each text, -1 when it has no topic."""
        return self.assign(self.transform(texts)) if self.k_ is not None else np.full(len(list(texts)), -1)

    def share(self, texts: Iterable[str]) -> np.ndarray | None:
        """Topic distribution of a set of texts: the mean of each text's normalised weights (None if no weight)."""
        return self.share_of(self.transform(texts)) if self.k_ is not None else None

    @staticmethod
    def share_of(weights: np.ndarray) -> np.ndarray | None:
        """Topic distribution from document-topic weights: the mean of the normalised rows (None if no weight)."""
        if weights.ndim != 2 or weights.shape[1] == 0:
            return None
        mass = weights.sum(axis=1, keepdims=True)
        rows = np.divide(weights, mass, out=np.zeros_like(weights), where=mass > 0)[mass.ravel() > 0]
        return rows.mean(axis=0) if len(rows) else None
