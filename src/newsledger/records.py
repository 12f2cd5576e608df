"""Plain-data records that flow through the pipeline.

One `Article` per captured page travels through every stage; each stage fills typed fields
(cleaning: `text`, `title`, `removed`...; annotation: `sentences`, `entities`; coding:
`events`). Records hold no I/O and no model handles: they pickle (for process pools and
Ray) and round-trip through JSON (`to_dict` / `from_dict`) and the store.

Offsets: `Span.start/end`, `Evidence.start/end` and `Mention.start/end` are character
offsets into `Article.text` (the clean body). `RemovedBlock.start/end` and the `TextMap`
segments are offsets into `Article.raw_text` (the decoded capture), so every clean
character can be traced back to the original capture.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")

_WHITESPACE_RUN = re.compile(r"\s+")


def stable_id(*parts: str | None, length: int = 16) -> str:
    """Return a short, stable hex digest of `parts` (None counts as empty).

    Example:
        >>> stable_id("a", "b") == stable_id("a", "b")
        True
    """
    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def normalise_for_id(text: str) -> str:
    """Collapse whitespace and case so trivially re-saved copies share an id."""
    return _WHITESPACE_RUN.sub(" ", text).strip().lower()


@dataclass(slots=True)
class Span:
    """A character range `[start, end)` into `Article.text`."""

    start: int
    end: int


@dataclass(slots=True)
class TextMap:
    """A run of `length` characters copied verbatim from raw offset `raw_start` to clean
    offset `clean_start`; a list of these traces clean text back to the capture."""

    clean_start: int
    raw_start: int
    length: int


@dataclass(slots=True)
class RemovedBlock:
    """A block the cleaner removed from the capture, with why (offsets into `raw_text`)."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Mention:
    """A named-entity mention found by the annotator (offsets into `Article.text`)."""

    text: str
    label: str
    start: int
    end: int
    sentence: int = -1
    entity_id: str | None = None


@dataclass(slots=True)
class Evidence:
    """The text that supports an event, with offsets into `Article.text`."""

    text: str
    start: int
    end: int
    sentence: int = -1


@dataclass(slots=True)
class Actor:
    """One participant of an event (actor or recipient)."""

    text: str
    name: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Place:
    """The event's location, geocoded where possible."""

    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # "city", "admin1", "country", ...


@dataclass(slots=True)
class Size:
    """Counts attached to an event; None means the text gives none."""

    arrested: int | None = None
    killed: int | None = None
    injured: int | None = None
    participants: int | None = None
    approximate: bool = False


@dataclass(slots=True)
class Event:
    """One coded event mention (PLOVER names where PLOVER has them)."""

    id: str
    article_id: str
    event: str
    evidence: Evidence
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    date: str | None = None  # TIMEX value, e.g. "2020-10-24" or "XXXX-10-24"
    date_text: str | None = None
    date_source: str | None = None  # "text", "article", "none"
    event_loc: Place | None = None
    loc_reason: str | None = None
    size: Size | None = None
    aux: list[str] = field(default_factory=list)  # "negated", "future", "aggregate", ...
    reported_by: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    trigger: str | None = None
    mentions: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    extractor: str = ""


@dataclass(slots=True)
class Article:
    """A captured page and everything the pipeline learns about it."""

    id: str  # stable hash of the normalised capture content
    source: str  # path, "path#L3" for a JSONL line, "path#<WARC-Record-ID>" for WARC
    raw: str  # the capture as decoded text (HTML markup or plain text)
    format: str = "text"  # "text", "html"
    url: str | None = None
    outlet: str | None = None
    captured: datetime | None = None  # WARC-Date or similar capture time
    text: str = ""  # the clean body
    title: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    published: date | None = None
    published_source: str | None = None  # "metadata", "cli", "text", "url", "warc"
    language: str | None = None
    removed: list[RemovedBlock] = field(default_factory=list)
    text_map: list[TextMap] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    fingerprint: str | None = None
    drop_reason: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # The spaCy Doc of `text`, shared by the annotate and event steps of one worker; transient:
    # never serialised to JSON or the store (it is rebuilt from `text` when needed).
    doc: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates as ISO strings)."""
        return to_jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from `to_dict` output."""
        return from_jsonable(cls, data)


def to_jsonable(value: Any) -> Any:
    """Convert records (recursively) to JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("transient")
        }
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """Resolved field types of a record class (cached: resolving is the costly part)."""
    return typing.get_type_hints(cls)


def from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    """Build dataclass `cls` from a dict made by `to_jsonable`, restoring nested records."""
    hints = _type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _restore(hints[f.name], data[f.name])
    return cls(**kwargs)


def _restore(hint: Any, value: Any) -> Any:
    """Restore one value of declared type `hint`."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _restore(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        return [_restore(args[0], v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_jsonable(hint, value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    return value
