"""Write the reports of a run: one folder per article and one for the corpus, each written atomically."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import matplotlib.image as mpimg
import pandas as pd
from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from discourse import __version__
from discourse.charts import ARTICLE_CHARTS, CORPUS_CHARTS, POOLED_CHARTS, style
from discourse.engines import available_cores
from discourse.errors import ParameterError
from discourse.privacy import new_salt, pseudonymize_comments, pseudonymize_text
from discourse.privacy import pseudonymize as pseudonymize_name
from discourse.report import pdf
from discourse.report.files import Folder, write_json, write_table
from discourse.report.findings import corpus_findings, thread_findings
from discourse.report.layout import TextFlow, fits_core
from discourse.report.slugs import CORPUS, unique_slugs

__all__ = ["FORMATS", "ReportFailure", "ReportRun", "WrittenReport", "available_cores", "write_reports"]

FORMATS: tuple[str, ...] = ("pdf", "png", "csv", "parquet", "json")
# Thread fields that describe the article (public metadata), never a commenter: left as they are.
_ARTICLE_FIELDS = frozenset({"thread_id", "title", "author", "publisher", "published", "url", "source", "language"})
_QUOTE_COLUMNS = ["thread_id", "comment_id", "author", "timestamp", "incivility", "uncivil", "about_article",
                  "stance", "incivility_evidence", "body"]
_LIBRARIES = ("pandas", "numpy", "scikit-learn", "matplotlib", "scipy")


@dataclass
class WrittenReport:
    """One report folder that was written whole."""

    slug: str
    thread_id: str | None
    title: str | None
    directory: Path
    files: list[str]
    seconds: float


@dataclass
class ReportFailure:
    """A report that could not be written; the other reports are not affected."""

    slug: str
    thread_id: str | None
    source: str | None
    error: str


@dataclass
class ReportRun:
    """What a call of :func:`write_reports` did: reports written, failed and skipped (with the reason)."""

    written: list[WrittenReport] = field(default_factory=list)
    failed: list[ReportFailure] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no report failed."""
        return not self.failed


def _versions() -> dict[str, str]:
    out = {"discourse": __version__}
    for name in _LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _scrub(value: Any, names: Mapping[str, str]) -> Any:
    """``value`` with every mention of an author name replaced by its pseudonym (lists and dicts walked)."""
    if isinstance(value, str):
        return pseudonymize_text(value, names, ignore_case=True)
    if isinstance(value, list):
        return [_scrub(v, names) for v in value]
    if isinstance(value, dict):
        return {(_scrub(k, names) if isinstance(k, str) else k): _scrub(v, names) for k, v in value.items()}
    return value


def _scrub_thread(thread: Mapping[str, Any], names: Mapping[str, str], salt: str) -> dict[str, Any]:
    """The thread with commenters' names replaced; the byline too, since site authors often comment as well."""
    out = {k: (v if k in _ARTICLE_FIELDS else _scrub(v, names)) for k, v in thread.items()}
    if isinstance(out.get("author"), str) and out["author"].strip():
        out["author"] = pseudonymize_name(out["author"], salt)
    return out


def _quoted(comments: pd.DataFrame) -> pd.DataFrame:
    rows = pd.concat([pdf.uncivil_rows(comments), pdf.about_rows(comments)])
    return rows[~rows.index.duplicated()].reindex(columns=_QUOTE_COLUMNS)


@dataclass
class _Context:
    formats: tuple[str, ...]
    versions: dict[str, str]
    parameters: dict[str, Any]
    pseudonymized: bool


def _render(folder: Folder, charts: list[tuple[Any, pd.DataFrame, str]], ctx: _Context, footer: str,
            first_page: Callable[[TextFlow, list[str]], None], comments: pd.DataFrame,
            titles: Mapping[str, str] | None) -> list[dict[str, Any]]:
    """Draw every chart, write PNGs, data and the PDF; returns the chart entries of summary.json."""
    entries: list[dict[str, Any]] = []
    figures: list[Figure] = []
    skipped: list[str] = []
    for module, table, title in charts:
        fig: Figure = module.plot(table, title=title)
        figures.append(fig)
        entry: dict[str, Any] = {"name": module.NAME, "title": title, "caption": module.CAPTION,
                                 "drawn": not style.is_empty(fig), "rows": len(table)}
        if style.is_empty(fig):
            entry["message"] = module.EMPTY
            skipped.append(f"{title}: {module.EMPTY}")
        entries.append(entry)
    with rc_context({"text.hinting": "none"}):
        pixels = [pdf.render(fig) for fig in figures] if {"png", "pdf"} & set(ctx.formats) else []
    del figures  # the drawn pixels are all that is needed from here on
    if "png" in ctx.formats:
        for image, entry in zip(pixels, entries, strict=True):
            # Light compression: the files are a few per cent larger and written several times faster.
            mpimg.imsave(folder.path(f"{entry['name']}.png"), image, format="png", dpi=style.DPI,
                         pil_kwargs={"compress_level": 1})
            entry["png"] = f"{entry['name']}.png"
    for (module, table, _), entry in zip(charts, entries, strict=True):
        write_table(folder, module.NAME, table, ctx.formats)
        entry["data"] = [f"{module.NAME}.{ext}" for ext in ("csv", "parquet") if ext in ctx.formats]
    quoted = _quoted(comments)
    write_table(folder, "quoted_comments", quoted, ctx.formats)
    if "pdf" in ctx.formats:
        _write_pdf(folder.path("report.pdf"), pixels, entries, footer, first_page, comments, titles, ctx, skipped)
    return entries


def _text_pages(core: bool, first_page: Callable[[TextFlow, list[str]], None], comments: pd.DataFrame,
                titles: Mapping[str, str] | None, ctx: _Context, skipped: list[str]) -> tuple[TextFlow, TextFlow]:
    """The summary pages, and the pages of quotes and methods, laid out for the core fonts or the embedded one."""
    flow = TextFlow(core_fonts=core)
    first_page(flow, skipped)
    quotes = TextFlow(core_fonts=core)
    pdf.quote_pages(quotes, comments, titles)
    pdf.methods_pages(quotes, ctx.parameters | {"authors pseudonymised": ctx.pseudonymized}, ctx.versions)
    return flow, quotes


def _write_pdf(path: Path, pixels: list[Any], entries: list[dict[str, Any]], footer: str,
               first_page: Callable[[TextFlow, list[str]], None], comments: pd.DataFrame,
               titles: Mapping[str, str] | None, ctx: _Context, skipped: list[str]) -> None:
    """The PDF: summary, one page per drawn chart, quotes and methods, each page with its footer."""
    flow, quotes = _text_pages(True, first_page, comments, titles, ctx, skipped)
    core = flow.fits and quotes.fits and fits_core(footer) and all(fits_core(e["caption"]) for e in entries)
    if not core:
        flow, quotes = _text_pages(False, first_page, comments, titles, ctx, skipped)
    # No creation date: the same results give the same bytes, whatever the day or the number of processes.
    info = {"Title": footer, "Creator": f"discourse {__version__}", "CreationDate": None}
    # A chart with too little data is named on the summary page instead of taking a page of its own.
    pages = flow.pages + [pdf.chart_page(p, style.DPI, e["caption"], core)
                          for p, e in zip(pixels, entries, strict=True) if e["drawn"]]
    pages += quotes.pages
    with rc_context({"pdf.use14corefonts": core}), PdfPages(path, metadata=info) as out:
        for number, page in enumerate(pages, 1):
            pdf.add_footer(page, f"{footer} · page {number} of {len(pages)}", core)
            out.savefig(page)


def _article(out_dir: Path, slug: str, thread: Mapping[str, Any], comments: pd.DataFrame, ctx: _Context) -> list[str]:
    folder = Folder(out_dir, slug)
    try:
        title = thread.get("title") or f"Thread {thread.get('thread_id')}"
        findings = thread_findings(thread, comments)
        notes = [str(n) for n in thread.get("notes") or []]
        charts = [(m, m.data(thread, comments), m.TITLE) for m in ARTICLE_CHARTS]

        def first_page(flow: TextFlow, skipped: list[str]) -> None:
            pdf.summary_pages(flow, thread, len(comments), findings, notes + skipped)

        entries = _render(folder, charts, ctx, style.shorten(title, 80), first_page, comments, None)
        if "json" in ctx.formats:
            write_json(folder, {
                **{k: thread.get(k) for k in sorted(_ARTICLE_FIELDS)}, "n_comments": len(comments),
                "first_comment": thread.get("first_comment"), "last_comment": thread.get("last_comment"),
                "findings": findings, "notes": notes, "charts": entries,
                "quoted_comment_ids": _quoted(comments)["comment_id"].astype(str).tolist(),
                "pseudonymized": ctx.pseudonymized, "versions": ctx.versions, "parameters": ctx.parameters,
            })
        folder.commit()
        return folder.files
    except BaseException:
        folder.discard()
        raise


def _article_job(out: Path, slug: str, thread: Mapping[str, Any], comments: pd.DataFrame,
                 ctx: _Context) -> WrittenReport | ReportFailure:
    """Write one article report; any failure is returned, never raised, so it costs only this report."""
    start = time.perf_counter()
    try:
        files = _article(out, slug, thread, comments, ctx)
    except Exception as exc:  # one report's failure, whatever it is, must never cost the others
        tid = str(thread.get("thread_id"))
        return ReportFailure(slug, tid, thread.get("source"), f"{type(exc).__name__}: {exc}")
    return WrittenReport(slug, str(thread.get("thread_id")), thread.get("title"), out / slug, files,
                         time.perf_counter() - start)


def _run_jobs(work: list[tuple[Callable[..., WrittenReport | ReportFailure], tuple[Any, ...]]],
              jobs: int) -> Iterator[tuple[int, WrittenReport | ReportFailure]]:
    """Each report with its place in ``work``, in order of completion when several processes write them."""
    if jobs <= 1 or len(work) < 2:
        for index, (job, args) in enumerate(work):
            yield index, job(*args)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=context) as pool:
        futures = {pool.submit(job, *args): index for index, (job, args) in enumerate(work)}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _pooled(threads: Sequence[Mapping[str, Any]], corpus: Mapping[str, Any]) -> dict[str, Any]:
    """The corpus in the shape of one thread, for the charts that can pool threads (sums and lists only)."""
    hours: list[float] = []
    depth: dict[str, int] = {}
    for t in threads:
        d = t.get("discussion") or {}
        hours.extend(d.get("hours_since_publication") or [])
        for k, v in (d.get("depth_counts") or {}).items():
            depth[str(k)] = depth.get(str(k), 0) + int(v)
    return {"incivility": corpus.get("incivility") or {},
            "discussion": {"hours_since_publication": hours, "depth_counts": depth}}


def _corpus(out_dir: Path, threads: Sequence[Mapping[str, Any]], slugs: Mapping[str, str],
            comments: pd.DataFrame, topics: Mapping[str, Any], corpus: Mapping[str, Any], ctx: _Context) -> list[str]:
    folder = Folder(out_dir, CORPUS)
    try:
        findings = corpus_findings(corpus, comments)
        notes = [str(n) for n in topics.get("notes") or []]
        pooled = _pooled(threads, corpus)
        charts = [(m, m.data(corpus, comments), m.TITLE) for m in CORPUS_CHARTS]
        charts += [(m, m.data(pooled, comments), f"{m.TITLE} (all threads)") for m in POOLED_CHARTS]
        listing = pd.DataFrame([{"slug": slugs.get(str(t.get("thread_id")), ""), "thread_id": t.get("thread_id"),
                                 "title": t.get("title"), "publisher": t.get("publisher"),
                                 "n_comments": t.get("n_comments")} for t in threads])
        write_table(folder, "threads", listing, ctx.formats)
        titles = {str(t.get("thread_id")): str(t.get("title") or t.get("thread_id")) for t in threads}

        def first_page(flow: TextFlow, skipped: list[str]) -> None:
            outlets = sorted({str(t["publisher"]) for t in threads if t.get("publisher")})
            named = sum(1 for t in threads if t.get("publisher"))
            # a corpus line must not read as if every article came from the outlets that some of them name
            coverage = f" ({named} of {len(threads)} articles name an outlet)" if named < len(threads) else ""
            head = {"title": f"Corpus of {len(threads)} articles",
                    "publisher": (", ".join(outlets[:8]) + coverage) if outlets else None,
                    "first_comment": min((t["first_comment"] for t in threads if t.get("first_comment")), default=None),
                    "last_comment": max((t["last_comment"] for t in threads if t.get("last_comment")), default=None)}
            pdf.summary_pages(flow, head, len(comments), findings, notes + skipped)
            flow.heading("Articles", size=12)
            for row in listing.head(60).to_dict("records"):
                # a missing outlet is NaN in the table: only a real name is shown
                outlet = f" ({row['publisher']})" if isinstance(row.get("publisher"), str) and row["publisher"] else ""
                flow.paragraph(f"{style.shorten(str(row['title'] or row['thread_id']), 90)}{outlet}: "
                               f"{row['n_comments']} comments → {row['slug']}/", size=8.5, indent=6)
            if len(listing) > 60:
                flow.paragraph(f"… and {len(listing) - 60} more, listed in threads.csv.", size=8.5, indent=6)

        entries = _render(folder, charts, ctx, f"Corpus of {len(threads)} articles", first_page, comments, titles)
        if "json" in ctx.formats:
            write_json(folder, {"n_threads": len(threads), "n_comments": len(comments), "findings": findings,
                                 "notes": notes, "charts": entries, "threads": listing.to_dict("records"),
                                 "topics": topics, "pseudonymized": ctx.pseudonymized, "versions": ctx.versions,
                                 "parameters": ctx.parameters})
        folder.commit()
        return folder.files
    except BaseException:
        folder.discard()
        raise


def _corpus_job(out: Path, threads: Sequence[Mapping[str, Any]], slugs: Mapping[str, str], comments: pd.DataFrame,
                topics: Mapping[str, Any], corpus: Mapping[str, Any], ctx: _Context) -> WrittenReport | ReportFailure:
    """Write the corpus report; a failure is returned, never raised, as for an article."""
    start = time.perf_counter()
    try:
        files = _corpus(out, threads, slugs, comments, topics, corpus, ctx)
    except Exception as exc:  # the article reports stand whatever happens here
        return ReportFailure(CORPUS, None, None, f"{type(exc).__name__}: {exc}")
    return WrittenReport(CORPUS, None, None, out / CORPUS, files, time.perf_counter() - start)


def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise ParameterError(f"The 'formats' parameter of write_reports must be a non-empty subset of {FORMATS}. "
                             f"Got {list(formats)!r} instead.")
    return chosen


def write_reports(
    comments: pd.DataFrame,
    threads: Sequence[Mapping[str, Any]],
    topics: Mapping[str, Any],
    corpus: Mapping[str, Any],
    out_dir: str | Path,
    formats: Iterable[str] = FORMATS,
    pseudonymize: bool = False,
    salt: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    min_comments: int = 0,
    skip: Mapping[str, str] | None = None,
    on_report: Callable[[str], None] | None = None,
    jobs: int | None = None,
) -> ReportRun:
    """Write one report per thread into ``out_dir/<slug>/`` and one for the corpus into ``out_dir/corpus/``.

    Parameters
    ----------
    comments, threads, topics, corpus
        The results of ``discourse.analyze.analyze`` (see docs/results.md); only read, never recomputed.
    out_dir
        Folder of the reports; created when missing. Each report is written to a temporary folder and moved
        into place only when complete, so a failure leaves every other report (and an older copy) intact.
    formats
        Any of ``pdf``, ``png``, ``csv``, ``parquet``, ``json`` (summary.json).
    pseudonymize, salt
        Replace comment authors (their mentions in quotes and word lists, and the article's byline) by salted
        hashes. Without a salt a random one is used, so pseudonyms cannot be linked across runs; pass a salt to
        keep them stable.
    parameters
        Parameters of the analysis, listed on the methods page.
    min_comments
        Threads with fewer comments get no report of their own (they still count in the corpus report).
    skip
        Thread ids that get no report of their own, each with the reason (e.g. the empty threads of an export).
    on_report
        Called with each report's folder name once it is done (written, failed or skipped).
    jobs
        Processes that write reports side by side (drawing is CPU-bound); None: one per available core. The files
        are the same whatever the number.
    """
    chosen = _check_formats(formats)
    if not isinstance(min_comments, int) or min_comments < 0:
        raise ParameterError(f"The 'min_comments' parameter of write_reports must be an int >= 0. "
                             f"Got {min_comments!r} instead.")
    if jobs is None:
        jobs = available_cores()
    if not isinstance(jobs, int) or jobs < 1:
        raise ParameterError(f"The 'jobs' parameter of write_reports must be an int >= 1. Got {jobs!r} instead.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    params = {**dict(parameters or {}), "topics method": topics.get("method"), "topics k": topics.get("k"),
              "topics stability": topics.get("stability"), "random_state": topics.get("random_state")}
    if pseudonymize:
        salt = salt or new_salt()
        comments, names = pseudonymize_comments(comments, salt)
        threads = [_scrub_thread(t, names, salt) for t in threads]
        topics = _scrub(dict(topics), names)
    ctx = _Context(chosen, _versions(), params, pseudonymize)
    run = ReportRun()
    groups = {str(k): g for k, g in comments.groupby("thread_id", sort=False)} if len(comments) else {}
    slugs = dict(zip((str(t.get("thread_id")) for t in threads),
                     unique_slugs((t.get("title"), str(t.get("thread_id"))) for t in threads), strict=True))
    jobs_list = []
    for thread in threads:
        tid = str(thread.get("thread_id"))
        slug = slugs[tid]
        mine = groups.get(tid, comments.head(0))
        if skip and tid in skip:
            run.skipped.append((slug, skip[tid]))
        elif len(mine) < min_comments:
            run.skipped.append((slug, f"{len(mine)} comments: fewer than {min_comments}, no report of its own"))
        else:
            jobs_list.append((out, slug, thread, mine, ctx))
            continue
        if on_report is not None:
            on_report(slug)
    # The corpus report is the longest: it goes first so that it does not finish alone at the end.
    work: list[tuple[Callable[..., WrittenReport | ReportFailure], tuple[Any, ...]]] = [
        (_corpus_job, (out, threads, slugs, comments, topics, corpus, ctx))]
    work += [(_article_job, args) for args in jobs_list]
    outcomes: dict[int, WrittenReport | ReportFailure] = {}
    for index, outcome in _run_jobs(work, jobs):
        outcomes[index] = outcome
        if on_report is not None:
            on_report(outcome.slug)
    # Articles in input order, then the corpus, however the processes finished.
    for index in [*range(1, len(work)), 0]:
        outcome = outcomes[index]
        if isinstance(outcome, WrittenReport):
            run.written.append(outcome)
        else:
            run.failed.append(outcome)
    return run
