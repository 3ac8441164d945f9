import itertools
import warnings

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation

from discourse import charts
from discourse.charts import authors, frames, incivility, style, timeline, topics, words


def _thread(results, i=0):
    thread = results.threads[i]
    return thread, results.comments[results.comments["thread_id"] == thread["thread_id"]]


def _texts(fig: Figure) -> str:
    parts = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    return "\n".join(p for p in parts if isinstance(p, str))


def _renderer(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _overlaps(boxes) -> list:
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b) and a.width > 0 and b.width > 0]


@pytest.mark.parametrize("module", charts.ARTICLE_CHARTS, ids=lambda m: m.NAME)
def test_article_chart_has_title_axis_labels_and_data(module, corpus200):
    thread, comments = _thread(corpus200)
    fig = module.chart(thread, comments)
    assert isinstance(fig, Figure)
    assert not style.is_empty(fig)
    ax = fig.axes[0]
    assert ax.get_title(loc="left").startswith(module.TITLE)
    assert ax.get_xlabel()
    assert ax.get_ylabel() or ax.get_yticklabels()
    table = module.data(thread, comments)
    assert isinstance(table, pd.DataFrame) and len(table) > 0
    assert len(module.CAPTION) > 80


@pytest.mark.parametrize("module", charts.ARTICLE_CHARTS, ids=lambda m: m.NAME)
def test_article_chart_without_comments_says_so(module, empty):
    thread, comments = _thread(empty)
    if module is incivility:
        thread = {**thread, "incivility": {"article": {}, "comments": {}}}
    fig = module.chart(thread, comments)
    assert style.is_empty(fig)
    assert "Too little data for this chart" in _texts(fig)
    assert module.EMPTY.split(":")[0][:20] in _texts(fig).replace("\n", " ")


def test_seed003_topics_chart_explains_why_it_is_empty(seed003):
    thread, comments = _thread(seed003)
    fig = topics.chart(thread, comments)
    assert style.is_empty(fig)
    assert "No topic model" in _texts(fig)


def test_incivility_bars_one_pair_per_category(seed003):
    thread, comments = _thread(seed003)
    fig = incivility.chart(thread, comments)
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * len(incivility.CATEGORIES)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "overall" and "name calling" in labels
    widths = [p.get_width() for p in ax.patches]
    assert any(abs(w - 0.12) < 1e-9 for w in widths)  # the article's overall score of the fixture


def test_topic_bars_and_divergence_in_title(corpus200):
    thread, comments = _thread(corpus200)
    fig = topics.chart(thread, comments)
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * len(thread["topic_share"]["labels"])
    assert f"JSD {thread['topic_jsd']:.2f}" in ax.get_title(loc="left")


def test_frame_cues_have_interval_whiskers(corpus200):
    thread, comments = _thread(corpus200)
    table = frames.data(thread, comments)
    assert (table["low"] <= table["share"]).all() and (table["share"] <= table["high"]).all()
    fig = frames.chart(thread, comments)
    assert len(fig.axes[0].containers) == 2  # one errorbar container per side


def test_distinctive_word_labels_do_not_overlap(corpus200):
    for i in range(len(corpus200.threads)):
        thread, comments = _thread(corpus200, i)
        fig = words.chart(thread, comments)
        renderer = _renderer(fig)
        labels = [a for a in fig.axes[0].texts if isinstance(a, Annotation)]
        assert 6 <= len(labels) <= 2 * words.LABELS_PER_SIDE
        boxes = [a.get_window_extent(renderer) for a in labels]
        assert not _overlaps(boxes)
        ax_box = fig.axes[0].get_window_extent(renderer)
        assert all(ax_box.x0 - 1 <= b.x0 and b.x1 <= ax_box.x1 + 1 for b in boxes)


@pytest.mark.parametrize("module", [incivility, frames, authors, *charts.CORPUS_CHARTS], ids=lambda m: m.NAME)
def test_tick_labels_do_not_overlap(module, corpus200):
    if module in charts.CORPUS_CHARTS:
        fig = module.chart(corpus200.corpus, corpus200.comments)
    else:
        fig = module.chart(*_thread(corpus200))
    renderer = _renderer(fig)
    ax = fig.axes[0]
    for ticks in (ax.get_yticklabels(), ax.get_xticklabels()):
        assert not _overlaps([t.get_window_extent(renderer) for t in ticks if t.get_text()])
    # tick labels stay inside the figure
    fig_box = fig.bbox
    assert all(t.get_window_extent(renderer).x0 >= fig_box.x0 for t in ax.get_yticklabels())


def test_timeline_unit_follows_the_span():
    hours = pd.DataFrame({"hours_since_publication": [0.5, 3.0, 20.0], "cumulative_comments": [1, 2, 3]})
    assert timeline.plot(hours).axes[0].get_xlabel() == "time since publication (hours)"
    days = hours.assign(hours_since_publication=[1.0, 200.0, 900.0])
    assert timeline.plot(days).axes[0].get_xlabel() == "time since publication (days)"


def test_seed003_timeline_counts_six_dated_comments(seed003):
    thread, comments = _thread(seed003)
    table = timeline.data(thread, comments)
    assert table["cumulative_comments"].tolist() == [1, 2, 3, 4, 5, 6]
    assert "(n = 6)" in timeline.plot(table).axes[0].get_title(loc="left")


def test_author_chart_ranks_authors(corpus200):
    thread, comments = _thread(corpus200)
    table = authors.data(thread, comments)
    assert len(table) == 10
    assert table["comments"].is_monotonic_decreasing
    assert table["comments"].iloc[0] == comments["author"].value_counts().iloc[0]


def test_corpus_dot_plot_one_row_per_thread(corpus200):
    from discourse.charts import corpus_incivility

    fig = corpus_incivility.chart(corpus200.corpus, corpus200.comments)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == len(corpus200.threads)
    assert any("Vučić" in label for label in labels)


def test_corpus_chart_shows_the_most_commented_threads_of_many():
    from discourse.charts import corpus_incivility

    rows = [{"thread_id": f"t{i}", "title": f"Thread {i}", "publisher": None, "n_comments": i,
             "incivility_article": 0.1, "incivility_comments": 0.2} for i in range(50)]
    fig = corpus_incivility.chart({"threads": rows})
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 30 and labels[0] == "Thread 49"
    assert "30 most commented of 50 threads" in fig.axes[0].get_title(loc="left")


def test_diacritics_and_cyrillic_render_with_the_house_font():
    title = "Vučić, Kosovo i Metohija, Žiča, Müller, Élysée, Вучић"
    table = pd.DataFrame({"topic": [0], "label": [title], "article": [0.5], "comments": [0.5]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = topics.plot(table, title=title)
        fig.canvas.draw()
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert fig.axes[0].get_title(loc="left") == title


def test_palette_is_okabe_ito():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}
    assert set(style.PALETTE) == okabe_ito
    assert style.ARTICLE != style.COMMENTS


def test_long_labels_are_shortened_and_wrapped():
    assert style.shorten("x" * 100, 20).endswith("…") and len(style.shorten("x" * 100, 20)) == 20
    wrapped = style.wrap("City council approves new bike lanes after a long consultation", 20, 2)
    assert wrapped.count("\n") == 1 and all(len(line) <= 20 for line in wrapped.split("\n"))


def test_charts_do_not_register_with_pyplot(corpus200):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    for module in charts.ARTICLE_CHARTS:
        module.chart(*_thread(corpus200))
    assert plt.get_fignums() == before
    assert np.isfinite(style.label_width(["abc"]))


@pytest.mark.parametrize("module", sorted({*charts.ARTICLE_CHARTS, *charts.CORPUS_CHARTS}, key=lambda m: m.NAME),
                         ids=lambda m: m.NAME)
def test_every_chart_module_has_the_chart_interface(module):
    for name in ("NAME", "TITLE", "CAPTION", "EMPTY", "data", "plot", "chart"):
        assert hasattr(module, name), name
    assert module.NAME.isidentifier()


def test_public_names_are_exact():
    import discourse.report

    assert sorted(discourse.report.__all__) == ["FORMATS", "ReportFailure", "ReportRun", "WrittenReport",
                                                "available_cores", "write_reports"]
    assert sorted(charts.__all__) == ["ARTICLE_CHARTS", "CORPUS_CHARTS", "POOLED_CHARTS"]
