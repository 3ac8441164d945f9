"""The PDF report: summary page, one page per chart with its caption, quoted comments, methods."""

from __future__ import annotations

import json
import math
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import emoji
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from discourse.analysis.incivility import category_thresholds
from discourse.charts import style
from discourse.report.findings import as_number
from discourse.report.layout import Run, TextFlow, family, weight

__all__ = ["add_footer", "chart_page", "render", "methods_pages", "quote_pages", "summary_pages"]

CAPTION_SIZE = 8.5
# Characters of a quoted comment; longer ones are cut with a note of how much was left out (the whole text is in
# quoted_comments.csv). Text costs the most time in a PDF, so quotes are kept to what a reader takes in.
QUOTE_LIMIT = 600
TOP_UNCIVIL = 8  # about a page: flagged comments first, then those with some evidence
TOP_ABOUT = 4

# One colour per group of categories (Stryker et al. 2016), from the chart palette so they stay distinguishable.
_GROUP_COLOURS = {
    "insult": style.PALETTE[1],
    "deception": style.PALETTE[5],
    "shutting_down": style.PALETTE[0],
}
_CATEGORY_GROUP = {
    "name_calling": "insult", "aspersion": "insult", "vulgarity": "insult", "pejorative_speech": "insult",
    "hostility": "insult", "identity_attack": "insult", "generalisation": "insult", "shouting": "insult",
    "lying_accusation": "deception",
    "dismissive": "shutting_down", "condescending": "shutting_down", "sarcasm": "shutting_down",
}

REFERENCES = (
    "Boydstun, A. E., Card, D., Gross, J. H., Resnik, P., & Smith, N. A. (2014). Tracking the development of media "
    "frames within and across policy issues. APSA 2014 Annual Meeting Paper.",
    "Coe, K., Kenski, K., & Rains, S. A. (2014). Online and uncivil? Patterns and determinants of incivility in "
    "newspaper website comments. Journal of Communication, 64(4), 658-679.",
    "Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication, 43(4), "
    "51-58.",
    "Lin, J. (1991). Divergence measures based on the Shannon entropy. IEEE Transactions on Information Theory, "
    "37(1), 145-151.",
    "Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature selection and "
    "evaluation for identifying the content of political conflict. Political Analysis, 16(4), 372-403.",
    "Park, D., Sachar, S., Diakopoulos, N., & Elmqvist, N. (2016). Supporting comment moderators in identifying "
    "high quality online news comments. Proceedings of CHI 2016, 1114-1125 (CommentIQ).",
    "Semetko, H. A., & Valkenburg, P. M. (2000). Framing European politics: A content analysis of press and "
    "television news. Journal of Communication, 50(2), 93-109.",
    "Stryker, R., Conway, B. A., & Danielson, J. T. (2016). What is political incivility? Communication "
    "Monographs, 83(4), 535-556.",
)

MEASURES = (
    ("Incivility", "Transparent rules and lexicons flag cues of twelve categories: Coe, Kenski & Rains' (2014) "
     "name-calling, aspersion, lying accusation, vulgarity and pejorative for speech, extended by hostility, "
     "identity attack, unfair generalisation, dismissive, condescending, sarcasm and shouting, grouped after "
     "Stryker et al. (2016). Each flag keeps the matched words (the evidence shown in this report). The overall "
     "score is a published logistic calibration of the category scores; 'uncivil' means at or above its default "
     "threshold. Dismissive, condescending, sarcasm and unfair generalisation are also calibrated on their own "
     "human labels, each with its own threshold: a comment below the uncivil threshold can still be flagged for "
     "one of them. Texts not in English are not scored."),
    ("Relevance", "Cosine similarity of TF-IDF vectors of each comment and its article (CommentIQ, Park et al. "
     "2016), 0 to 1."),
    ("Distinctive words", "Weighted log-odds ratios with an informative Dirichlet prior, article vs comments, as "
     "z-scores (Monroe, Colaresi & Quinn 2008)."),
    ("Frame cues", "Share of article paragraphs and of comments containing cue words of an editable codebook: "
     "Policy Frames Codebook dimensions (Boydstun et al. 2014), generic frames (Semetko & Valkenburg 2000) and "
     "frame functions (Entman 1993), with 95% bootstrap intervals. Cues are keyword counts, not coded frames."),
    ("Topics", "TF-IDF with NMF on the comments; the article's paragraphs are placed in the same space. "
     "Divergence between distributions is the Jensen-Shannon divergence, base 2, in [0, 1] (Lin 1991)."),
    ("About the article", "A comment addresses the article when it refers to the article, its author or the "
     "outlet; stance markers classify it as contesting, supporting or neither."),
    ("Discussion", "Comments over time from publication (or from the first comment when the article has no date), "
     "reply depth, authors, top-10 share and Gini coefficient of comments per author."),
)


def render(fig: Figure) -> np.ndarray:
    """Draw a chart once, at its own dpi, into an RGB array (shared by the PNG file and the PDF page)."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].copy()


def chart_page(pixels: np.ndarray, dpi: float, caption: str, core: bool = False) -> Figure:
    """A PDF page: the drawn chart with its caption (how to read it) underneath.

    The chart goes in as the image already drawn for the PNG: drawing it a second time as vectors doubled the
    time of a report; 100 dpi reads well on screen and in print at this size.
    """
    height_px, width_px = pixels.shape[:2]
    width, height = width_px / dpi, height_px / dpi
    lines = textwrap.wrap(caption, int((width - 0.5) * 72 / (CAPTION_SIZE * 0.55)))
    extra = 0.45 + len(lines) * CAPTION_SIZE * 1.4 / 72
    page = Figure(figsize=(width, height + extra))
    ax = page.add_axes((0, extra / (height + extra), 1, height / (height + extra)))
    ax.imshow(pixels, interpolation="none", aspect="auto")
    ax.set_axis_off()
    page.text(0.25 / width, (extra - 0.1) / (height + extra), "\n".join(lines), va="top", ha="left",
              fontsize=CAPTION_SIZE, color="#333333", linespacing=1.4, family=family(core),
              fontweight=weight(False, core), parse_math=False)
    return page


def add_footer(fig: Figure, text: str, core: bool = False) -> None:
    """A small grey line at the foot of a page (title and page number)."""
    fig.text(0.5, 0.1 / fig.get_size_inches()[1], text, ha="center", va="bottom", fontsize=7, color=style.MUTED,
             family=family(core), fontweight=weight(False, core), parse_math=False)


def _when(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return str(value)
    if stamp is pd.NaT:
        return None
    return stamp.strftime("%Y-%m-%d %H:%M UTC") if stamp.tzinfo else stamp.strftime("%Y-%m-%d %H:%M")


def _span(first: Any, last: Any) -> str | None:
    a, b = _when(first), _when(last)
    if a is None or b is None:
        return None
    delta = pd.Timestamp(last) - pd.Timestamp(first)
    hours = delta.total_seconds() / 3600
    length = f"{hours:.1f} hours" if hours < 72 else f"{hours / 24:.1f} days"
    return f"{a} to {b} ({length})"


def summary_pages(flow: TextFlow, thread: Mapping[str, Any], n_comments: int, findings: Sequence[str],
                  notes: Sequence[str]) -> None:
    """Page 1 of an article report: what the article is, how many comments, the findings, what was skipped."""
    flow.heading(thread.get("title") or f"Thread {thread.get('thread_id')}", size=16)
    rows = [
        ("Outlet", thread.get("publisher")),
        ("Author", thread.get("author")),
        ("Published", (_when(thread.get("published")) or "no date on the page") if "published" in thread else None),
        ("Comments", f"{n_comments} comments"),
        ("Time span", _span(thread.get("first_comment"), thread.get("last_comment")) or "no dated comments"),
        ("Source", thread.get("url") or thread.get("source")),
        ("Language", thread.get("language")),
    ]
    for key, value in rows:
        if value:
            flow.paragraph([Run(f"{key}: ", "#1A1A1A"), Run(str(value))], size=10)
    flow.space(8)
    _bullets(flow, "Findings", findings)
    _bullets(flow, "Skipped, and why", notes)


def _bullets(flow: TextFlow, title: str, items: Sequence[str]) -> None:
    if not items:
        return
    flow.heading(title, size=12)
    for item in items:
        flow.paragraph("• " + item, size=10, indent=6, hang=9)


def _evidence(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, str) or not raw.strip():
        return []
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        return []
    if not isinstance(items, list):
        return []
    return [i for i in items if isinstance(i, dict) and isinstance(i.get("start"), int)
            and isinstance(i.get("end"), int)]


def _highlighted(body: str, evidence: list[dict[str, Any]]) -> list[Run]:
    """The body as runs, each evidence span bold in its category group's colour."""
    spans = sorted((e for e in evidence if 0 <= e["start"] < e["end"] <= len(body)), key=lambda e: e["start"])
    runs, at = [], 0
    for e in spans:
        if e["start"] < at:
            continue  # overlapping spans: the first one found is shown
        runs.append(Run(body[at:e["start"]]))
        colour = _GROUP_COLOURS[_CATEGORY_GROUP.get(str(e.get("category")), "insult")]
        runs.append(Run(body[e["start"]:e["end"]], colour))
        at = e["end"]
    runs.append(Run(body[at:]))
    return [r for r in runs if r.text]


def _named(text: str) -> str:
    """Emoji as their names in brackets ("[rat]"): the report's fonts have no emoji glyphs."""
    return emoji.replace_emoji(text, replace=lambda char, data: "[" + data["en"].strip(":").replace("_", " ") + "]")


def _tidy(text: str) -> str:
    """One space between words and at most one line break between lines; emoji named."""
    text = re.sub(r"[^\S\n]+", " ", _named(text))
    return re.sub(r" ?\n[\s]*", "\n", text)


def _quote(flow: TextFlow, row: Mapping[Any, Any], label: str) -> None:
    """A comment with its author, time, label and evidence, kept on one page."""
    heading, runs, note = _quote_parts(row, label)
    flow.keep(_quote_height(flow, (heading, runs, note)))
    flow.paragraph(heading, size=9.5)
    flow.paragraph(runs, size=9.5, indent=10)
    if note:
        flow.paragraph(note, size=8, indent=10, color=style.MUTED)
    flow.space(4)


def _quote_height(flow: TextFlow, parts: tuple[list[Run], list[Run], str]) -> float:
    heading, runs, note = parts
    return (flow.height(heading, size=9.5) + flow.height(runs, size=9.5, indent=10)
            + (flow.height(note, size=8, indent=10) if note else 0.0))


def _quote_parts(row: Mapping[Any, Any], label: str) -> tuple[list[Run], list[Run], str]:
    """The heading line, the highlighted body and the evidence line of a quoted comment."""
    author = row.get("author") if isinstance(row.get("author"), str) else "anonymous"
    head: list[str] = [str(author)]
    when = _when(row.get("timestamp"))
    if when:
        head.append(when)
    head.append(label)
    heading = [Run(" · ".join(head), style.ARTICLE)]
    body = str(row.get("body") or "")
    evidence = _evidence(row.get("incivility_evidence"))
    cut = ""
    if len(body) > QUOTE_LIMIT:
        cut = f" [… {len(body) - QUOTE_LIMIT} more characters]"
        body = body[:QUOTE_LIMIT]
    # Spans index the original body, so white space is tidied only after the highlighting is cut out.
    runs = [Run(_tidy(r.text), r.color) for r in _highlighted(body, evidence)]
    runs += [Run(cut, style.MUTED)] if cut else []
    note = ""
    if evidence:
        note = "Evidence: " + "; ".join(f"{str(e.get('category', '')).replace('_', ' ')}: "
                                        f"“{_named(str(e.get('text', '')))}” ({e.get('rule', '')})" for e in evidence)
    return heading, runs, note


def uncivil_rows(comments: pd.DataFrame, limit: int = TOP_UNCIVIL) -> pd.DataFrame:
    """The comments flagged uncivil, then those with some evidence of incivility, each group by score."""
    if comments.empty or "incivility" not in comments:
        return comments.head(0)
    score = pd.to_numeric(comments["incivility"], errors="coerce")
    flagged = comments["uncivil"].fillna(False).astype(bool) if "uncivil" in comments else score > 1
    evidence = comments["incivility_evidence"].map(lambda e: bool(_evidence(e))) if "incivility_evidence" in comments \
        else flagged
    ranked = comments.assign(_flag=flagged, _score=score)[(score > 0) & (flagged | evidence)]
    ranked = ranked.sort_values(["_flag", "_score"], ascending=[False, False], kind="stable")
    return ranked.drop(columns=["_flag", "_score"]).head(limit)


def flag_label(row: Mapping[Any, Any], thresholds: Mapping[str, float]) -> str:
    """Whether a comment is uncivil, and if not, the calibrated categories whose own threshold it reaches."""
    if bool(row.get("uncivil")):
        return "flagged uncivil"
    over = [c.replace("_", " ") for c, cut in thresholds.items()
            if (as_number(row.get(f"incivility_{c}")) or 0.0) >= cut]
    return "below the uncivil threshold" + (f", flagged for {' and '.join(over)}" if over else "")


def about_rows(comments: pd.DataFrame, limit: int = TOP_ABOUT) -> pd.DataFrame:
    """Comments that address the article, in page order."""
    if comments.empty or "about_article" not in comments:
        return comments.head(0)
    return comments[comments["about_article"].fillna(False).astype(bool)].head(limit)


def quote_pages(flow: TextFlow, comments: pd.DataFrame, titles: Mapping[str, str] | None = None) -> None:
    """The most uncivil comments with their evidence highlighted, then the comments about the article."""
    flow.page_break()
    flow.heading("Most uncivil comments")
    flow.paragraph(
        [Run("Highlighted words are the evidence of each flag: "), Run("insults", _GROUP_COLOURS["insult"]),
         Run(", "), Run("lying accusations", _GROUP_COLOURS["deception"]), Run(", "),
         Run("shutting down discussion", _GROUP_COLOURS["shutting_down"]),
         Run(" (Stryker et al. 2016). Scores run from 0 to 1.")], size=9, color=style.MUTED)
    top = uncivil_rows(comments)
    if top.empty:
        flow.paragraph("No comment is flagged uncivil or carries any evidence of incivility.", size=10)
    thresholds = category_thresholds()  # read once, not per quote
    for row in top.to_dict("records"):
        label = f"incivility {float(row['incivility']):.2f}, {flag_label(row, thresholds)}"
        if titles:
            label += f" · on “{style.shorten(titles.get(str(row.get('thread_id')), ''), 50)}”"
        _quote(flow, row, label)
    about = about_rows(comments)
    flow.space(6)
    total = int(comments["about_article"].fillna(False).astype(bool).sum()) if "about_article" in comments else 0
    first_n = f"The first {len(about)} of {total}, in page order." if total > len(about) else ""
    if about.empty:
        flow.heading("Comments about the article")
        flow.paragraph("No comment addresses the article, its author or the outlet.", size=10)
    else:  # the heading goes to the page of the first quote
        first = about.iloc[0].to_dict()
        flow.heading("Comments about the article", keep_with=(flow.height(first_n, size=9) if first_n else 0.0)
                     + _quote_height(flow, _quote_parts(first, _about_label(first, titles))))
    if first_n:
        flow.paragraph(first_n, size=9, color=style.MUTED)
    for row in about.to_dict("records"):
        _quote(flow, row, _about_label(row, titles))


def _about_label(row: Mapping[Any, Any], titles: Mapping[str, str] | None) -> str:
    """The stance of a comment about the article, and the article's title in a corpus report."""
    label = {"contest": "contests the article", "support": "supports the article"}.get(str(row.get("stance")),
                                                                                     "no clear stance")
    if titles:
        label += f" · on “{style.shorten(titles.get(str(row.get('thread_id')), ''), 50)}”"
    return label


def methods_pages(flow: TextFlow, parameters: Mapping[str, Any], versions: Mapping[str, str]) -> None:
    """What each measure is, its references, the software versions and the parameters of the run."""
    flow.page_break()
    flow.heading("Methods")
    for name, text in MEASURES:
        flow.paragraph([Run(f"{name}. ", "#1A1A1A"), Run(text)], size=9)
    flow.heading("References", size=12)
    for ref in REFERENCES:
        flow.paragraph(ref, size=8.5, indent=6)
    flow.heading("Software", size=12)
    flow.paragraph(", ".join(f"{k} {v}" for k, v in versions.items()), size=9)
    flow.heading("Parameters", size=12)
    for key, value in parameters.items():
        flow.paragraph(f"{key}: {value}", size=9, indent=6)
