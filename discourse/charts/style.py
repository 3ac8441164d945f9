"""The look shared by every chart: palette, font sizes, figure sizes and the "too little data" panel."""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar

import matplotlib

matplotlib.use("Agg")  # charts are written to files, never shown

from cycler import cycler  # noqa: E402
from matplotlib import rc_context  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

__all__ = [
    "ARTICLE",
    "COMMENTS",
    "DPI",
    "PALETTE",
    "RC",
    "WIDTH",
    "axes",
    "figure",
    "label_width",
    "legend",
    "is_empty",
    "rows_height",
    "shorten",
    "styled",
    "title",
    "too_little_data",
    "wrap",
]

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
PALETTE: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")
ARTICLE = PALETTE[0]
COMMENTS = PALETTE[1]
MUTED = "#7F7F7F"
EMPTY_LABEL = "too-little-data"

# 8 x 4.5 in at 100 dpi is 800 x 450 px: enough for a slide, and one draw serves the PNG and the PDF page
# (120 dpi cost a third more time per report for the image in the PDF).
DPI = 100

# DejaVu Sans ships with matplotlib and covers Latin with diacritics and Cyrillic (Vučić, Žiča, Élysée, Вучић).
RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "savefig.dpi": DPI,
    # FreeType hinting cost a third of the drawing time of a report; unhinted text is as legible at 120 dpi.
    "text.hinting": "none",
    # Labels are readers' and articles' words: "$5 or $10" is money, not mathematics.
    "text.parse_math": False,
}

# Figures are 8 in wide so that they fit an A4 page.
WIDTH = 8.0
HEIGHT = 4.5

P = ParamSpec("P")
R = TypeVar("R")


def styled(func: Callable[P, R]) -> Callable[P, R]:
    """Run a chart function with the house style, whatever the caller's matplotlib settings."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with rc_context(RC):  # type: ignore[arg-type]
            return func(*args, **kwargs)

    return wrapper


def figure(height: float = HEIGHT, width: float = WIDTH) -> Figure:
    """A new figure (not registered with pyplot, so it is freed as soon as it is dropped)."""
    return Figure(figsize=(width, max(height, 3.0)), dpi=DPI)


def label_width(labels: Sequence[str], size: float = 8.0) -> float:
    """Width in inches of the widest line of ``labels`` at font ``size`` (DejaVu Sans averages 0.6 em)."""
    longest = max((len(line) for label in labels for line in str(label).split("\n")), default=0)
    return longest * size * 0.6 / 72


def axes(fig: Figure, ylabels: Sequence[str] = (), ylabel: bool = False, legend_top: bool = False) -> Axes:
    """The one axes of a chart, with fixed margins sized for its tick labels.

    Fixed margins instead of constrained layout: the layout solver measured every text twice per save and was
    most of the drawing time of a report.
    """
    width, height = fig.get_size_inches()
    left = (label_width(ylabels) + 0.2 if ylabels else 0.55) + (0.3 if ylabel else 0.0)
    top = 0.62 if legend_top else 0.42
    fig.subplots_adjust(left=min(left, width * 0.45) / width, right=1 - 0.25 / width, bottom=0.55 / height,
                        top=1 - top / height)
    return fig.add_subplot()


def rows_height(n_rows: int, per_row: float = 0.28, extra: float = 1.6) -> float:
    """Height in inches of a chart with one row per item."""
    return min(max(HEIGHT, n_rows * per_row + extra), 11.0)


def shorten(label: str, limit: int = 40) -> str:
    """Cut a label to ``limit`` characters, marking the cut with an ellipsis."""
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def wrap(label: str, width: int = 22, lines: int = 2) -> str:
    """Wrap a tick label onto at most ``lines`` lines of ``width`` characters."""
    parts = textwrap.wrap(" ".join(str(label).split()), width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = shorten(parts[-1] + " …", width)
    return "\n".join(parts)


def title(ax: Axes, text: str) -> None:
    """The chart title, starting at the figure's left edge so that long titles keep the whole width."""
    fig = ax.get_figure()
    assert isinstance(fig, Figure)
    pars = fig.subplotpars
    edge = 0.15 / fig.get_size_inches()[0]
    ax.set_title(text, loc="left", x=(edge - pars.left) / (pars.right - pars.left))


def legend(fig: Figure, ax: Axes) -> None:
    """The legend in one row at the top right, above the plot where it can hide no data."""
    handles, labels = ax.get_legend_handles_labels()
    width = fig.get_size_inches()[0]
    fig.legend(handles, labels, loc="upper right", bbox_to_anchor=(1 - 0.2 / width, 1.0), ncols=len(labels),
               frameon=False)


def too_little_data(fig: Figure, title: str, message: str) -> Figure:
    """Fill a figure with its title and a plain statement of why nothing is drawn."""
    ax: Axes = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, loc="left")
    ax.text(
        0.5,
        0.5,
        "Too little data for this chart\n\n" + textwrap.fill(message, 70),
        ha="center",
        va="center",
        fontsize=10,
        color="#333333",
        transform=ax.transAxes,
        bbox={"boxstyle": "round,pad=0.8", "facecolor": "#F2F2F2", "edgecolor": MUTED},
    )
    fig.set_label(EMPTY_LABEL)
    return fig


def is_empty(fig: Figure) -> bool:
    """True when the figure states that there was too little data instead of drawing."""
    return fig.get_label() == EMPTY_LABEL
