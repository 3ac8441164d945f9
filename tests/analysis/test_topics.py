"""Topic model: k selection, few-comment handling, labels, article share."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from discourse.analysis.topics import TopicModel
from discourse.errors import ParameterError
from discourse.pipeline import load

SEED003 = Path(__file__).parents[1] / "fixtures" / "threads" / "seed003.jsonl"

# Two comment sections on unrelated subjects: each comment draws five words of its subject's vocabulary.
KITCHEN = (
    "recipe garlic simmer onions bread sourdough crust oven roast vegetables olive oil rosemary sauce salt "
    "soup lemon basil butter flour 🍳"
).split()
FOOTBALL = (
    "striker goal referee fans defence coach goalkeeper derby penalty keeper league midfield tackle manager "
    "transfer offside corner stadium season ⚽"
).split()


def corpus() -> tuple[list[str], list[int]]:
    rng = random.Random(3)
    texts, groups = [], []
    for _ in range(40):
        for group, vocabulary in enumerate((KITCHEN, FOOTBALL)):
            words = rng.sample(vocabulary, 5)
            texts.append(f"Honestly I think the {words[0]} and {words[1]}, then {words[2]} {words[3]} {words[4]}.")
            groups.append(group)
    return texts, groups


def test_two_clear_subjects_give_two_topics_that_separate_them() -> None:
    texts, groups = corpus()
    model = TopicModel(k_range=(2, 4), n_bootstrap=4).fit(texts)
    assert model.k_ == 2
    assert adjusted_rand_score(groups, model.predict(texts)) > 0.9
    assert model.stability_ is not None and 0.8 < model.stability_ <= 1.0
    labels = " | ".join(model.labels_)
    assert any(w in labels for w in ("recipe", "garlic", "bread", "soup", "sauce", "🍳"))
    assert any(w in labels for w in ("striker", "goal", "referee", "keeper", "⚽", "penalty"))
    assert sum(t["size"] for t in model.topics_) == len(texts)


def test_emoji_are_tokens_in_topic_terms() -> None:
    texts, _ = corpus()
    model = TopicModel(n_topics=2).fit(texts)
    terms = [t for topic in model.topics_ for t in topic["terms"]]
    assert "🍳" in terms or "⚽" in terms


def test_same_random_state_same_topics() -> None:
    texts, _ = corpus()
    a = TopicModel(n_topics=3, random_state=7).fit(texts)
    b = TopicModel(n_topics=3, random_state=7).fit(texts)
    assert a.topics_ == b.topics_ and a.stability_ == b.stability_
    np.testing.assert_array_equal(a.transform(texts), b.transform(texts))


def test_article_share_follows_its_subject() -> None:
    texts, _ = corpus()
    model = TopicModel(n_topics=2).fit(texts)
    kitchen = model.share(["A recipe for garlic bread: simmer the sauce, roast the vegetables with olive oil."])
    assert kitchen is not None and kitchen.sum() == pytest.approx(1.0)
    football = model.share(["The striker scored a penalty and the referee sent the goalkeeper off."])
    assert football is not None and int(kitchen.argmax()) != int(football.argmax())


def test_six_comments_shrink_to_two_topics_with_a_note() -> None:
    thread = load(SEED003)
    bodies = [c.body for c in thread.comments]
    model = TopicModel().fit(bodies, context=thread.article.paragraphs)
    assert model.k_ == 2
    assert "6 comments" in model.notes_[0] and "k shrunk to 2" in model.notes_[0]
    assert set(model.predict(bodies)) <= {-1, 0, 1}
    assert sum(t["size"] for t in model.topics_) <= 6


def test_too_few_comments_skip_topics_without_failing() -> None:
    model = TopicModel().fit(["Great post!", "Thanks"])
    assert model.k_ is None and model.topics_ == []
    assert "too few for topics" in model.notes_[0]
    assert list(model.predict(["Great post!"])) == [-1]
    assert model.share(["anything"]) is None


def test_only_stop_words_skip_topics() -> None:
    model = TopicModel().fit(["the and of", "it is a", "was were be", "to the a", "and so on"] * 5)
    assert model.k_ is None and "stop words" in model.notes_[0]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n_topics": 1}, "The 'n_topics' parameter of TopicModel must be an int >= 2 or None. Got 1 instead."),
        (
            {"method": "lda"},
            "The 'method' parameter of TopicModel must be one of ('nmf', 'kmeans'). Got 'lda' instead.",
        ),
        ({"k_range": (1, 3)}, "The 'k_range' parameter of TopicModel"),
        ({"n_jobs": 0}, "The 'n_jobs' parameter of TopicModel must be an int >= 1. Got 0 instead."),
    ],
)
def test_invalid_parameters_name_themselves(kwargs: dict, message: str) -> None:
    with pytest.raises(ParameterError) as err:
        TopicModel(**kwargs).fit(["some text here"] * 30)
    assert str(err.value).startswith(message)


def test_kmeans_method_separates_subjects() -> None:
    texts, groups = corpus()
    model = TopicModel(n_topics=2, method="kmeans").fit(texts)
    assert adjusted_rand_score(groups, model.predict(texts)) > 0.9
    weights = model.transform(texts)
    assert set(np.unique(weights)) <= {0.0, 1.0}


def test_share_of_weights_equals_share_of_texts_and_assign_equals_predict() -> None:
    texts, groups = corpus()
    model = TopicModel(n_topics=2).fit(texts)
    kitchen = [t for t, g in zip(texts, groups, strict=True) if g == 0][:10] + ["Nothing shared here."]
    weights = model.transform(kitchen)
    np.testing.assert_array_equal(model.share_of(weights), model.share(kitchen))
    np.testing.assert_array_equal(model.assign(weights), model.predict(kitchen))
    assert model.assign(weights)[-1] == -1
    assert model.share_of(np.zeros((3, 2))) is None
    assert model.share_of(np.zeros((3, 0))) is None


def test_threads_for_choosing_k_change_nothing() -> None:
    texts, _ = corpus()
    one = TopicModel(k_range=(2, 5), n_bootstrap=3, n_jobs=1).fit(texts)
    three = TopicModel(k_range=(2, 5), n_bootstrap=3, n_jobs=3).fit(texts)
    assert one.selection_ == three.selection_ and len(one.selection_) == 4
    assert one.k_ == three.k_ and one.stability_ == three.stability_ and one.topics_ == three.topics_
    np.testing.assert_array_equal(one.transform(texts), three.transform(texts))
