"""Reports: the PDF, PNG charts, chart data and summary.json of each article and of the corpus."""

from __future__ import annotations

from discourse.report.writer import FORMATS, ReportFailure, ReportRun, WrittenReport, available_cores, write_reports

__all__ = ["FORMATS", "ReportFailure", "ReportRun", "WrittenReport", "available_cores", "write_reports"]
