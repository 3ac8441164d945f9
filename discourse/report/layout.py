"""Text pages drawn with matplotlib: wrapped paragraphs with highlighted spans, flowing over A4 pages."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
from matplotlib._afm import AFM
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

__all__ = ["Run", "TextFlow", "family", "fits_core", "weight"]

A4 = (8.27, 11.69)
MARGIN = 0.75  # inches on every side
LINE = 1.35  # line height as a multiple of the font size
ASCENT = 0.76  # height of a capital or an ascender above the baseline, as a multiple of the font size

_MEASURE = TextToPath()
# Text in the PDF's core fonts (Helvetica, not embedded) is written without laying out each glyph, several times
# faster than an embedded font; they cover the WinAnsi characters only (Western European languages), so a report
# with any other character (Serbian č, Cyrillic) is written in embedded DejaVu Sans instead.
CORE_ENCODING = "cp1252"
_CORE_FONTS = Path(mpl.get_data_path(), "fonts", "pdfcorefonts")


def family(core: bool) -> str:
    """The font family of PDF text, in core fonts or embedded."""
    return "Helvetica" if core else "DejaVu Sans"


def weight(bold: bool, core: bool) -> str:
    """The font weight; the core Helvetica's regular weight is named medium."""
    return "bold" if bold else ("medium" if core else "normal")


def fits_core(text: str) -> bool:
    """True when every character of ``text`` is in the core fonts."""
    try:
        text.encode(CORE_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=2)
def _afm(bold: bool) -> AFM:
    with open(_CORE_FONTS / ("Helvetica-Bold.afm" if bold else "Helvetica.afm"), "rb") as fh:
        return AFM(fh)


@dataclass(frozen=True)
class Run:
    """A piece of text in one style: ``color`` None is plain text, otherwise bold in that colour."""

    text: str
    color: str | None = None


@functools.lru_cache(maxsize=20000)
def _width(text: str, size: float, bold: bool, core: bool) -> float:
    """Width of ``text`` in points."""
    if core:
        return float(_afm(bold).get_str_bbox_and_descent(text)[2]) * size / 1000
    prop = FontProperties(family=family(False), size=size, weight=weight(bold, False))
    return float(_MEASURE.get_text_width_height_descent(text, prop, ismath=False)[0])


class TextFlow:
    """Writes headings and paragraphs top to bottom, starting a new page when one is full.

    With ``core_fonts`` the text is measured for the PDF core fonts; ``fits`` turns False as soon as a text has a
    character they lack (the caller then lays the pages out again without them).
    """

    def __init__(self, core_fonts: bool = False) -> None:
        self.core = core_fonts
        self.fits = True
        self.pages: list[Figure] = []
        self._y = 0.0  # distance from the top of the page to the next line, in points
        self._new_page()

    @property
    def _width_pt(self) -> float:
        return (A4[0] - 2 * MARGIN) * 72

    def _new_page(self) -> None:
        self.pages.append(Figure(figsize=A4))
        self._y = MARGIN * 72

    def _room(self, height: float) -> None:
        if self._y + height > (A4[1] - MARGIN) * 72:
            self._new_page()

    def _put(self, x_pt: float, text: str, size: float, color: str | None, bold: bool) -> None:
        fig = self.pages[-1]
        self.fits = self.fits and fits_core(text)
        # On the baseline, not by the top: the top of a text moves with its tallest glyph, so pieces of one line
        # set by their tops would not line up.
        baseline = self._y + ASCENT * size
        fig.text((MARGIN * 72 + x_pt) / (A4[0] * 72), 1 - baseline / (A4[1] * 72), text, fontsize=size,
                 color=color or "#1A1A1A", fontweight=weight(bold, self.core), va="baseline", ha="left",
                 family=family(self.core), parse_math=False)

    def page_break(self) -> None:
        """Continue on a fresh page (unless the current one is still empty)."""
        if self._y > MARGIN * 72 + 1:
            self._new_page()

    def space(self, points: float) -> None:
        """Leave vertical space."""
        self._y += points

    def heading(self, text: str, size: float = 14.0, keep_with: float = 4 * 10 * LINE) -> None:
        """A bold heading, kept on the same page as the ``keep_with`` points after it (by default three lines)."""
        self.keep(size * LINE + size * 0.7 + keep_with)
        self.paragraph([Run(text, "#1A1A1A")], size=size)
        self.space(size * 0.3)

    def paragraph(self, runs: Sequence[Run] | str, size: float = 10.0, indent: float = 0.0,
                  color: str | None = None, hang: float = 0.0) -> None:
        """Wrap ``runs`` to the text width; highlighted runs are bold and coloured.

        ``hang`` indents every line but the first (points), so wrapped bullet items line up after the bullet.
        """
        for number, line in enumerate(self._lines(runs, size, indent, color, hang)):
            self._room(size * LINE)
            for x0, text, c in self._merge(line):
                self._put(indent + (hang if number else 0.0) + x0, text, size, c, bold=c is not None and c != color)
            self._y += size * LINE
        self.space(size * 0.4)

    def height(self, runs: Sequence[Run] | str, size: float = 10.0, indent: float = 0.0,
               hang: float = 0.0) -> float:
        """The height in points that :meth:`paragraph` would take with these arguments."""
        return len(self._lines(runs, size, indent, None, hang)) * size * LINE + size * 0.4

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` points fit on this one, so a block that fits a page is never split;
        a block taller than a page starts at the top of one."""
        self._room(min(height, (A4[1] - 2 * MARGIN) * 72))

    def _lines(self, runs: Sequence[Run] | str, size: float, indent: float, color: str | None,
               hang: float) -> list[list[tuple[float, str, str | None, bool]]]:
        """The words of ``runs`` wrapped into lines: (x, text, colour, glued to the word before) per word."""
        if isinstance(runs, str):
            runs = [Run(runs)]
        # A space is measured in the weight of its run: merged bold texts then end where they were measured to.
        spaces = {False: _width(" ", size, False, self.core), True: _width(" ", size, True, self.core)}
        limit = self._width_pt - indent - hang
        lines: list[list[tuple[float, str, str | None, bool]]] = [[]]
        x = gap = 0.0
        open_end = False  # the previous run ended inside a word: the next run continues it without a space
        for run in runs:
            bold = run.color is not None
            glue = open_end and not run.text[:1].isspace()
            space = spaces[bold]
            for word in run.text.replace("\n", " \n ").split(" "):
                if word == "\n":
                    lines.append([])
                    x, glue = 0.0, False
                    continue
                if not word:
                    glue = False
                    continue
                for piece in self._split_long(word, size, bold, limit):
                    w = _width(piece, size, bold, self.core)
                    start = x - gap if glue and x > 0 else x
                    if start > 0 and start + w > limit:
                        lines.append([])
                        start, glue = 0.0, False
                    lines[-1].append((start, piece, run.color if bold else color, glue))
                    x, gap = start + w + space, space
                    glue = False
            open_end = bool(run.text) and not run.text[-1:].isspace()
        return lines

    def _split_long(self, word: str, size: float, bold: bool, limit: float) -> list[str]:
        """Cut a word longer than the line (a URL, a run of symbols) into pieces that fit."""
        if _width(word, size, bold, self.core) <= limit:
            return [word]
        pieces, current = [], ""
        for ch in word:
            if current and _width(current + ch, size, bold, self.core) > limit:
                pieces.append(current)
                current = ""
            current += ch
        return pieces + [current] if current else pieces

    @staticmethod
    def _merge(line: list[tuple[float, str, str | None, bool]]) -> list[tuple[float, str, str | None]]:
        """Join neighbouring words of the same style into one text, so a page holds few text objects."""
        merged: list[tuple[float, str, str | None]] = []
        for x, text, color, glue in line:
            if merged and merged[-1][2] == color:
                x0, prev, _ = merged[-1]
                merged[-1] = (x0, prev + ("" if glue else " ") + text, color)
            else:
                merged.append((x, text, color))
        return merged
