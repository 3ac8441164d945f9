"""The exception and warning hierarchy of discourse.

::

    DiscourseError                 base of every error the library raises
    ├── InputError                 a source cannot be read at all
    │   ├── SourceNotFoundError    the path does not exist or is not a file
    │   ├── UnsupportedFormatError no reader recognises the content
    │   └── MalformedInputError    the reader recognised the format but the content is broken
    ├── ParameterError             a parameter has an invalid value (also a ValueError)
    └── MissingDependencyError     an optional extra is not installed

    ParseWarning                   a per-item defect that was tolerated (the item is kept)
    └── SkippedRecordWarning       a record of a damaged source was skipped (the source counts as failed in part)

Only the command line turns these into messages and exit codes.
"""

from __future__ import annotations

__all__ = [
    "DiscourseError",
    "InputError",
    "MalformedInputError",
    "MissingDependencyError",
    "ParameterError",
    "ParseWarning",
    "SkippedRecordWarning",
    "SourceNotFoundError",
    "UnsupportedFormatError",
]


class DiscourseError(Exception):
    """Base class of all errors raised by discourse."""


class InputError(DiscourseError):
    """A source cannot be read."""


class SourceNotFoundError(InputError):
    """The input path does not exist or is not a regular file."""


class UnsupportedFormatError(InputError):
    """No reader recognises the content of a source."""


class MalformedInputError(InputError):
    """The format was recognised but the content is broken beyond repair."""


class ParameterError(DiscourseError, ValueError):
    """A parameter has an invalid value."""


class MissingDependencyError(DiscourseError, ImportError):
    """An optional dependency is needed for this feature."""


class ParseWarning(UserWarning):
    """A per-item defect (no date, unknown parent, skipped record) that was tolerated."""


class SkippedRecordWarning(ParseWarning):
    """A record of a damaged source could not be read and was skipped; the rest of the source was kept."""
