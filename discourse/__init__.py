"""discourse: read articles with their comment sections and measure how the comments talk."""

from __future__ import annotations

from discourse.errors import DiscourseError
from discourse.model import Article, Comment, Thread
from discourse.pipeline import load
from discourse.readers import ReadOptions
from discourse.serialize import frames_to_threads, threads_to_frames

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Comment",
    "DiscourseError",
    "ReadOptions",
    "Thread",
    "__version__",
    "frames_to_threads",
    "load",
    "threads_to_frames",
]
