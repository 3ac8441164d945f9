"""Distinctive words: weighted log-odds z-score of each word against how often it occurs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.textpath import TextToPath
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from discourse.charts import style

NAME = "distinctive_words"
TITLE = "Distinctive words: comments vs article"
CAPTION = (
    "Each dot is a word. Its height is the z-score of the weighted log-odds ratio with an informative Dirichlet "
    "prior (Monroe, Colaresi & Quinn 2008): above zero the comments use it more than the article does, below zero "
    "the article uses it more. |z| > 1.96 is the usual 95% threshold (dashed lines). The horizontal axis is how "
    "often the word occurs on that side; rare words need a large difference to reach a high z."
)
EMPTY = "Fewer than three distinctive words: no comments, or the article or the comments are too short to compare."
LABELS_PER_SIDE = 8
FONT_SIZE = 8.0
COLUMNS = ["term", "side", "z", "count"]

_MEASURE = TextToPath()


def data(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinctive word; z is positive for the comments' words and negative for the article's."""
    words = thread.get("distinctive_words") or {}
    rows: list[dict[str, Any]] = []
    if thread.get("n_comments") == 0:
        return pd.DataFrame(rows, columns=COLUMNS)  # without comments there is nothing to compare word use with
    for side, sign in (("comments", 1.0), ("article", -1.0)):
        for w in words.get(side) or []:
            z = sign * abs(float(w["z"]))
            rows.append({"term": str(w["term"]), "side": side, "z": z, "count": int(w["count"])})
    return pd.DataFrame(rows, columns=COLUMNS)


def _text_size(text: str) -> tuple[float, float]:
    from matplotlib.font_manager import FontProperties

    w, _, _ = _MEASURE.get_text_width_height_descent(text, FontProperties(size=FONT_SIZE), ismath=False)
    # The drawn box is a full line high (ascent of "l" to descent of "p") whatever the word, plus a little air.
    return w + 4.0, FONT_SIZE * 1.45


# Candidate offsets (in points) of a label from its dot, nearest first.
_DIRECTIONS = ((1, 0.6), (1, -0.6), (-1, 0.6), (-1, -0.6), (0, 1.4), (0, -1.4))
_OFFSETS: list[tuple[float, float]] = [(dx * r, dy * r) for r in (1, 2, 3, 4.5) for dx, dy in _DIRECTIONS]


def _place_labels(ax: Axes, table: pd.DataFrame, fig: Figure) -> None:
    """Label the strongest words of each side, each at the first nearby spot that overlaps no other label."""
    to_points = ax.transData
    scale = 72.0 / fig.dpi
    box = ax.get_window_extent()
    taken: list[tuple[float, float, float, float]] = []
    points = to_points.transform(table[["count", "z"]].to_numpy(dtype=float)) * scale
    dots: list[tuple[float, float]] = [(float(x), float(y)) for x, y in points]
    for x, y in dots:
        taken.append((x - 3, y - 3, x + 3, y + 3))
    strongest = pd.concat(
        [part.reindex(part["z"].abs().sort_values(ascending=False).index).head(LABELS_PER_SIDE)
         for _, part in table.groupby("side")]
    )
    left, bottom, right, top = (v * scale for v in (box.x0, box.y0, box.x1, box.y1))
    for idx, row in strongest.iterrows():
        px, py = dots[int(idx)]  # type: ignore[call-overload]
        w, h = _text_size(row["term"])
        for dx, dy in _OFFSETS:
            x0 = px + dx * 6 + (0 if dx >= 0 else -w)
            y0 = py + dy * 6 - h / 2
            rect: tuple[float, float, float, float] = (x0, y0, x0 + w, y0 + h)
            inside = rect[0] >= left and rect[2] <= right and rect[1] >= bottom and rect[3] <= top
            if inside and not any(_overlap(rect, other) for other in taken):
                taken.append(rect)
                ax.annotate(
                    row["term"], (row["count"], row["z"]), xytext=(rect[0] - px, y0 + h / 2 - py),
                    textcoords="offset points", ha="left", va="center", fontsize=FONT_SIZE,
                    arrowprops={"arrowstyle": "-", "color": style.MUTED, "linewidth": 0.5, "shrinkA": 0, "shrinkB": 2},
                )
                break


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


@style.styled
def plot(table: pd.DataFrame, title: str = TITLE) -> Figure:
    """Scatter of z against count (log scale), the strongest words of each side labelled."""
    fig = style.figure()
    if len(table) < 3:
        return style.too_little_data(fig, title, EMPTY)
    ax = style.axes(fig, ylabel=True, legend_top=True)
    for side, color in (("comments", style.COMMENTS), ("article", style.ARTICLE)):
        part = table[table["side"] == side]
        ax.scatter(part["count"], part["z"], s=18, color=color, alpha=0.8, label=f"more in the {side}", zorder=3)
    ax.set_xscale("log")
    ax.axhline(0, color="#555555", linewidth=0.8)
    for bound in (-1.96, 1.96):
        ax.axhline(bound, color=style.MUTED, linewidth=0.7, linestyle="--")
    span = max(3.0, float(table["z"].abs().max()) * 1.15)
    ax.set_ylim(-span, span)
    ax.set_xlim(max(0.7, table["count"].min() * 0.6), table["count"].max() * 2.2)
    # Counts are whole numbers: label the log axis 1, 2, 5, 10 … instead of powers of ten.
    ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("occurrences (count, log scale)")
    ax.set_ylabel("z-score (log-odds ratio)")
    if float(table["z"].abs().max()) < 1.96:
        title += " (no word beyond |z| = 1.96)"
    style.title(ax, title)
    style.legend(fig, ax)
    _place_labels(ax, table.reset_index(drop=True), fig)
    return fig


def chart(thread: Mapping[str, Any], comments: pd.DataFrame | None = None) -> Figure:
    """The distinctive-words chart of one thread."""
    return plot(data(thread, comments))
