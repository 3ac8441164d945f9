"""Hand-built analysis results (the structures of docs/results.md) for the report and chart tests.

Seed 003 is read from its real page and labelled by hand; the synthetic corpus (200 comments over 5 threads)
exercises full charts; the empty thread exercises every "too little data" message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CATEGORIES = (
    "name_calling", "aspersion", "lying_accusation", "vulgarity", "pejorative_speech", "hostility",
    "identity_attack", "generalisation", "dismissive", "condescending", "sarcasm", "shouting",
)
HEADER = re.compile(r"^(?P<author>\S+) (?P<date>\w+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [ap]m)$", re.M)


@dataclass
class Results:
    """What ``discourse.analyze.analyze`` returns."""

    comments: pd.DataFrame
    threads: list[dict[str, Any]]
    topics: dict[str, Any]
    corpus: dict[str, Any]


def _evidence(body: str, spans: list[tuple[str, str]]) -> str:
    items = []
    for category, text in spans:
        start = body.index(text)
        items.append({"category": category, "text": text, "start": start, "end": start + len(text),
                      "rule": f"{category}.fixture"})
    return json.dumps(items, ensure_ascii=False)


def _discussion(frame: pd.DataFrame, published: datetime | None) -> dict[str, Any]:
    times = frame["timestamp"].dropna()
    origin = published or (times.min() if len(times) else None)
    hours = [float((t - origin).total_seconds() / 3600) for t in times] if origin is not None else []
    counts = frame["author"].fillna("anonymous").value_counts().to_numpy()
    sorted_counts = np.sort(counts)
    n = len(sorted_counts)
    gini = float((2 * np.arange(1, n + 1) - n - 1).dot(sorted_counts) / (n * sorted_counts.sum())) if n else None
    return {
        "hours_since_publication": hours,
        "depth_counts": {str(k): int(v) for k, v in frame["depth"].value_counts().sort_index().items()},
        "n_authors": int(n),
        "repeat_authors": int((counts > 1).sum()),
        "top10_share": float(np.sort(counts)[::-1][:10].sum() / counts.sum()) if n else None,
        "gini": gini,
    }


def _side_scores(frame: pd.DataFrame) -> dict[str, float | None]:
    if frame.empty:
        return {"overall": None, "uncivil_share": None, **{c: None for c in CATEGORIES}}
    out: dict[str, float | None] = {"overall": float(frame["incivility"].mean()),
                                    "uncivil_share": float(frame["uncivil"].mean())}
    out.update({c: float(frame[f"incivility_{c}"].mean()) for c in CATEGORIES})
    return out


def _relevance(frame: pd.DataFrame) -> dict[str, Any]:
    rel = frame["relevance"].dropna()
    if rel.empty:
        return {"n": 0, "mean": None, "median": None, "q25": None, "q75": None}
    return {"n": int(len(rel)), "mean": float(rel.mean()), "median": float(rel.median()),
            "q25": float(rel.quantile(0.25)), "q75": float(rel.quantile(0.75))}


def _corpus(comments: pd.DataFrame, threads: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [
        {
            "thread_id": t["thread_id"], "title": t["title"], "publisher": t["publisher"],
            "n_comments": t["n_comments"], "incivility_article": t["incivility"]["article"]["overall"],
            "incivility_comments": t["incivility"]["comments"]["overall"],
            "about_article_share": t["about_article_share"], "relevance_median": t["relevance"]["median"],
            "topic_jsd": t["topic_jsd"], "frame_jsd": t["frame_jsd"],
        }
        for t in threads
    ]
    return {
        "n_threads": len(threads), "n_comments": int(len(comments)),
        "incivility": {"article": {"overall": float(np.mean([r["incivility_article"] for r in rows]))},
                       "comments": _side_scores(comments)},
        "about_article_share": float(comments["about_article"].mean()) if len(comments) else None,
        "topic_jsd_mean": None, "frame_jsd_mean": None, "threads": rows,
    }


def _frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(records)
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], utc=True)
    return frame


def _empty_comments() -> pd.DataFrame:
    columns = ["thread_id", "comment_id", "author", "timestamp", "parent_id", "depth", "body",
               *[f"incivility_{c}" for c in CATEGORIES], "incivility", "uncivil", "incivility_evidence", "topic",
               "topic_label", "relevance", "anchor_paragraph", "about_article", "stance"]
    frame = pd.DataFrame({c: [] for c in columns})
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], utc=True)
    return frame


# Hand labels of seed 003: (overall, {category: score}, evidence spans, about_article, stance, relevance)
SEED_003_LABELS: dict[str, tuple[float, dict[str, float], list[tuple[str, str]], bool, str, float]] = {
    "Searchin4Truth": (0.55, {"aspersion": 0.7, "shouting": 0.5}, [("aspersion", "treacherous"),
                                                                   ("shouting", "STOLE")], False, "none", 0.31),
    "Huffhorny": (0.61, {"identity_attack": 0.8, "generalisation": 0.4},
                  [("identity_attack", "no business supporting muslims")], False, "none", 0.22),
    "JJohannes": (0.44, {"lying_accusation": 0.7, "aspersion": 0.3},
                  [("lying_accusation", "false propaganda"), ("aspersion", "completely biased")], True, "contest",
                  0.47),
    "Momcilo": (0.38, {"dismissive": 0.6, "aspersion": 0.4}, [("aspersion", "Journalism at its worst")], True,
                "contest", 0.05),
    "Vincent": (0.18, {"pejorative_speech": 0.2}, [], False, "none", 0.26),
    "Peter": (0.58, {"generalisation": 0.9, "dismissive": 0.4}, [("generalisation", "Every comment is a russian")],
              False, "none", 0.12),
}


def seed_003() -> Results:
    """Results for the real seed 003 page with hand labels."""
    text = (SEEDS / "003_3618e1eda80ae8c7.txt").read_text(encoding="utf-8")
    headers = list(HEADER.finditer(text))
    head = text[: headers[0].start()].strip().split("\n\n")
    title, paragraphs = head[0].strip(), [p.strip() for p in head[1:]]
    records = []
    for i, h in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        body = text[h.end():end].strip()
        overall, cats, spans, about, stance, relevance = SEED_003_LABELS[h["author"]]
        records.append({
            "thread_id": "003", "comment_id": f"003-{i}", "author": h["author"],
            "timestamp": datetime.strptime(h["date"], "%B %d, %Y at %I:%M %p").replace(tzinfo=timezone.utc),
            "parent_id": None, "depth": 0, "body": body,
            **{f"incivility_{c}": cats.get(c, 0.0) for c in CATEGORIES},
            "incivility": overall, "uncivil": overall >= 0.5, "incivility_evidence": _evidence(body, spans),
            "topic": -1, "topic_label": "", "relevance": relevance, "anchor_paragraph": 0 if about else 1,
            "about_article": about, "stance": stance,
        })
    comments = _frame(records)
    thread = {
        "thread_id": "003", "title": title, "author": None, "publisher": None, "published": None, "url": None,
        "source": str(SEEDS / "003_3618e1eda80ae8c7.txt"), "language": "en", "n_comments": 6,
        "n_paragraphs": len(paragraphs),
        "first_comment": comments["timestamp"].min().isoformat(),
        "last_comment": comments["timestamp"].max().isoformat(),
        "topic_share": None, "topic_jsd": None,
        "distinctive_words": {
            "comments": [{"term": "serbian", "z": 1.1, "count": 4}, {"term": "churches", "z": 2.2, "count": 3},
                         {"term": "genocide", "z": 1.9, "count": 4}, {"term": "muslim", "z": 2.0, "count": 4},
                         {"term": "albanians", "z": 2.4, "count": 3}, {"term": "article", "z": 1.8, "count": 2}],
            "article": [{"term": "dacic", "z": 2.6, "count": 5}, {"term": "russia", "z": 1.9, "count": 4},
                        {"term": "nato", "z": 1.7, "count": 3}, {"term": "tass", "z": 1.5, "count": 2}],
        },
        "frame_cues": {
            "article": {"policy:security_defense": {"share": 0.67, "low": 0.33, "high": 1.0, "count": 4},
                        "generic:conflict": {"share": 0.83, "low": 0.5, "high": 1.0, "count": 5},
                        "entman:moral_evaluation": {"share": 0.17, "low": 0.0, "high": 0.5, "count": 1}},
            "comments": {"policy:security_defense": {"share": 0.33, "low": 0.0, "high": 0.67, "count": 2},
                         "generic:conflict": {"share": 0.5, "low": 0.17, "high": 0.83, "count": 3},
                         "generic:morality": {"share": 0.33, "low": 0.0, "high": 0.67, "count": 2},
                         "entman:moral_evaluation": {"share": 0.5, "low": 0.17, "high": 0.83, "count": 3}},
        },
        "frame_jsd": 0.21,
        "incivility": {"article": {"overall": 0.12, "uncivil_share": 0.0, **{c: 0.0 for c in CATEGORIES},
                                   "hostility": 0.3},
                       "comments": _side_scores(comments)},
        "about_article_share": 2 / 6, "stance": {"contest": 2, "support": 0, "none": 4},
        "relevance": _relevance(comments), "naming": {},
        "discussion": _discussion(comments, None),
        "notes": ["6 comments: too few for topics; topics skipped"],
    }
    topics = {"k": None, "method": "nmf", "stability": None, "random_state": 0,
              "notes": ["6 comments: too few for topics; topics skipped"], "topics": []}
    return Results(comments, [thread], topics, _corpus(comments, [thread]))


def empty_thread() -> Results:
    """An article whose comment section is empty."""
    comments = _empty_comments()
    thread = {
        "thread_id": "empty", "title": "Kosovo i Metohija: Žiča and the Élysée", "author": "Ana Müller",
        "publisher": "Example Daily", "published": "2024-03-01T08:00:00+00:00", "url": None, "source": "empty.txt",
        "language": "en", "n_comments": 0, "n_paragraphs": 3, "first_comment": None, "last_comment": None,
        "topic_share": None, "topic_jsd": None, "distinctive_words": {"article": [], "comments": []},
        "frame_cues": {"article": {}, "comments": {}}, "frame_jsd": None,
        "incivility": {"article": {"overall": 0.05, "uncivil_share": 0.0}, "comments": _side_scores(comments)},
        "about_article_share": None, "stance": {"contest": 0, "support": 0, "none": 0},
        "relevance": _relevance(comments), "naming": {},
        "discussion": {"hours_since_publication": [], "depth_counts": {}, "n_authors": 0, "repeat_authors": 0,
                       "top10_share": None, "gini": None},
        "notes": ["0 comments: nothing to compare"],
    }
    topics = {"k": None, "method": "nmf", "stability": None, "random_state": 0, "notes": [], "topics": []}
    return Results(comments, [thread], topics, _corpus(comments, [thread]))


SYNTHETIC_TITLES = (
    ("Vučić meets Müller at the Élysée", "Le Monde"),
    ("Kosovo i Metohija: the Žiča monastery dispute", "Politika"),
    ("Вучић о Косову и Метохији", "РТС"),
    ("City council approves new bike lanes after a long and heated public consultation process", "Local News"),
    ("Heat wave: what the forecast says", "Le Monde"),
)
WORDS = ("government minister border police church election vote budget tax road bike council weather heat "
         "water school army treaty monastery president people country media journalist truth lie").split()
TOPIC_LABELS = ("border, army, treaty", "church, monastery, history", "bike, road, council", "media, truth, lie")


def synthetic(n_comments: int = 200, n_threads: int = 5, seed: int = 7) -> Results:
    """Threaded comments with every measure filled, spread unevenly over ``n_threads`` threads."""
    rng = np.random.default_rng(seed)
    start = datetime(2024, 5, 2, 6, 0, tzinfo=timezone.utc)
    sizes = rng.multinomial(n_comments - n_threads, np.linspace(2, 1, n_threads) / np.linspace(2, 1, n_threads).sum())
    sizes = sizes + 1
    authors = [f"reader{i}" for i in range(40)] + ["Đorđe Petrović", "Zoë Lefèvre", "Марко"]
    weights = 1 / np.arange(1, len(authors) + 1)
    records, threads = [], []
    for t, size in enumerate(sizes):
        tid = f"t{t}"
        published = start + timedelta(days=t)
        rows = []
        for i in range(size):
            parent = rows[int(rng.integers(len(rows)))] if rows and rng.random() < 0.45 else None
            cats = {c: float(rng.beta(0.4, 4)) for c in CATEGORIES}
            overall = float(np.clip(max(cats.values()) * 0.9 + rng.normal(0, 0.05), 0, 1))
            words = list(rng.choice(WORDS, size=int(rng.integers(8, 60))))
            body = " ".join(words).capitalize() + "."
            if overall > 0.5:
                body = "You idiot, " + body
            topic = int(rng.integers(4))
            about = bool(rng.random() < 0.2)
            rows.append({
                "thread_id": tid, "comment_id": f"{tid}-{i}",
                "author": authors[int(rng.choice(len(authors), p=weights / weights.sum()))],
                "timestamp": published + timedelta(hours=float(rng.gamma(1.2, 10 + 30 * t))),
                "parent_id": parent["comment_id"] if parent else None,
                "depth": parent["depth"] + 1 if parent else 0, "body": body,
                **{f"incivility_{c}": v for c, v in cats.items()}, "incivility": overall, "uncivil": overall >= 0.5,
                "incivility_evidence": _evidence(body, [("name_calling", "idiot")] if overall > 0.5 else []),
                "topic": topic, "topic_label": TOPIC_LABELS[topic], "relevance": float(rng.beta(2, 5)),
                "anchor_paragraph": int(rng.integers(-1, 4)), "about_article": about,
                "stance": str(rng.choice(["contest", "support"])) if about else "none",
            })
        records.extend(rows)
        frame = _frame(rows)
        shares = rng.dirichlet(np.ones(4))
        cues = ("policy:economic", "policy:security_defense", "policy:legality_constitutionality", "generic:conflict",
                "generic:human_interest", "generic:responsibility", "entman:problem_definition",
                "entman:moral_evaluation", "entman:treatment_recommendation")
        frame_cues: dict[str, dict[str, Any]] = {"article": {}, "comments": {}}
        for side, n in (("article", 8), ("comments", size)):
            for cue in cues:
                share = float(rng.beta(1, 3))
                half = 1.96 * np.sqrt(share * (1 - share) / n)
                frame_cues[side][cue] = {"share": share, "low": max(0.0, share - half), "high": min(1.0, share + half),
                                         "count": int(round(share * n))}
        vocab = rng.permutation(WORDS)
        title, publisher = SYNTHETIC_TITLES[t % len(SYNTHETIC_TITLES)]
        threads.append({
            "thread_id": tid, "title": title, "author": "Jelena Đurić", "publisher": publisher,
            "published": published.isoformat(), "url": f"https://example.org/{tid}", "source": f"{tid}.html",
            "language": "en", "n_comments": int(size), "n_paragraphs": 8,
            "first_comment": frame["timestamp"].min().isoformat(), "last_comment": frame["timestamp"].max().isoformat(),
            "topic_share": {"labels": list(TOPIC_LABELS), "article": [float(x) for x in rng.dirichlet(np.ones(4))],
                            "comments": [float(x) for x in shares]},
            "topic_jsd": float(rng.uniform(0.1, 0.6)),
            "distinctive_words": {
                "comments": [{"term": str(w), "z": float(rng.uniform(0.5, 5)), "count": int(rng.integers(2, 80))}
                             for w in vocab[:14]],
                "article": [{"term": str(w), "z": float(rng.uniform(0.5, 4)), "count": int(rng.integers(1, 20))}
                            for w in vocab[14:24]],
            },
            "frame_cues": frame_cues, "frame_jsd": float(rng.uniform(0.05, 0.4)),
            "incivility": {"article": {"overall": float(rng.uniform(0.02, 0.2)), "uncivil_share": 0.0,
                                       **{c: float(rng.uniform(0, 0.15)) for c in CATEGORIES}},
                           "comments": _side_scores(frame)},
            "about_article_share": float(frame["about_article"].mean()),
            "stance": {s: int((frame["stance"] == s).sum()) for s in ("contest", "support", "none")},
            "relevance": _relevance(frame), "naming": {}, "discussion": _discussion(frame, published), "notes": [],
        })
    comments = _frame(records)
    topics = {"k": 4, "method": "nmf", "stability": 0.82, "random_state": 0, "notes": [],
              "topics": [{"topic": i, "label": lab, "terms": lab.split(", "),
                          "size": int((comments["topic"] == i).sum())} for i, lab in enumerate(TOPIC_LABELS)]}
    return Results(comments, threads, topics, _corpus(comments, threads))


@pytest.fixture(scope="session")
def seed003() -> Results:
    return seed_003()


@pytest.fixture(scope="session")
def empty() -> Results:
    return empty_thread()


@pytest.fixture(scope="session")
def corpus200() -> Results:
    return synthetic()


@pytest.fixture(scope="session")
def small_corpus() -> Results:
    return synthetic(n_comments=60, n_threads=3, seed=3)
