"""Reader of JSON Lines files (`.jsonl`, `.ndjson`): one article per line.

Input: UTF-8 JSON objects, one per line, each with `text` (a text capture) or `html` (a page),
and optionally `url`, `published` (ISO date or datetime), `outlet` and `title`; other keys are kept
in `Article.meta`. Output: one `Article` per good line, `source="path#L<n>"`; one `InputError`
naming `path:<n>` and the reason per bad line, and the rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsledger.errors import InputError
from newsledger.records import Article
from newsledger.steps.ingest.base import (
    EMPTY_FILE,
    RECORD_TOO_BIG,
    SNIFF_BYTES,
    UNREADABLE,
    Reader,
    UnreadableCapture,
    check_capture_bytes,
    format_limit,
    parse_published,
)

# Fields with a meaning of their own; every other key of a line goes to `Article.meta`.
BODY_FIELDS = (("text", "text"), ("html", "html"))
ARTICLE_FIELDS = ("text", "html", "url", "published", "outlet")

# A file whose first lines are all invalid is not JSONL (a CSV or a log renamed by mistake):
# stop after this many instead of printing one error per line for thousands of lines.
MAX_LEADING_BAD_LINES = 20

NOT_JSONL = "not a JSONL file: its first {n} lines are all invalid ({first})"

# Chunk used to skip the rest of an over-long line without holding it in memory.
SKIP_CHUNK_BYTES = 1024 * 1024

_JSON_TYPES = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


def _json_type(value: Any) -> str:
    """Name the JSON type of `value` for an error message ("an array", "a number"...)."""
    return _JSON_TYPES.get(type(value), "a value")


def iter_lines(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield `(line_number, line)`; `line` is None for a line longer than `max_bytes`.

    A long line is skipped in chunks, so it is never held in memory whole.
    """
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(SKIP_CHUNK_BYTES)
            yield number, None
        else:
            yield number, line


def parse_record(line: bytes) -> dict[str, Any]:
    """Decode one line into a JSON object.

    Raises:
        ValueError: the line is not UTF-8, not JSON, or not a JSON object (the message says which).
    """
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(
            f"not UTF-8 (byte 0x{line[err.start]:02x} at column {err.start + 1})"
        ) from None
    try:
        record = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as err:
        raise ValueError(f"invalid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {_json_type(record)}")
    return record


def pick_body(record: dict[str, Any]) -> tuple[str, str]:
    """Return `(raw, format)` from the `text` field, else the `html` field.

    Raises:
        ValueError: neither field holds a non-blank string.
    """
    for key, fmt in BODY_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ValueError(f"'{key}' must be a string, got {_json_type(value)}")
        if value.strip():
            return value, fmt
    keys = ", ".join(sorted(record)) or "none"
    raise ValueError(f"no 'text' or 'html' field with content (keys: {keys})")


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    """Return `record[key]` as a stripped string or None; reject other JSON types."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string, got {_json_type(value)}")
    return value.strip()


class JsonlReader(Reader):
    """Read `.jsonl`/`.ndjson` files, one article per line; bad lines are reported and skipped.

    The size limit applies per line, not per file: a JSONL export of many articles may be large.

    Example:
        >>> from pathlib import Path
        >>> [a.source for a in JsonlReader().read(Path("feed.jsonl"))]  # doctest: +SKIP
        ['feed.jsonl#L1', 'feed.jsonl#L2']
    """

    name = "ingest.jsonl.v1"
    extensions = (".jsonl", ".ndjson")

    def read(self, path: Path) -> Iterator[Article | InputError]:
        """Yield an article per good line and an `InputError` per bad line (or bad file)."""
        source = str(path)
        try:
            with path.open("rb") as handle:
                check_capture_bytes(handle.read(SNIFF_BYTES))
                handle.seek(0)
                yield from self._read_lines(handle, source)
        except UnreadableCapture as err:
            yield InputError(source, err.reason)
        except OSError as err:
            yield InputError(source, UNREADABLE.format(why=err.strerror or err))

    def _read_lines(self, handle: IO[bytes], source: str) -> Iterator[Article | InputError]:
        """Yield the file's articles and per-line errors; one error if it is not JSONL at all.

        Line errors are held back until the first good line, so a file that is not JSONL gives
        one line of error, not one per line.
        """
        good = 0
        pending: list[InputError] = []
        for number, line in iter_lines(handle, self.max_bytes):
            item = self._read_line(number, line, source)
            if isinstance(item, Article):
                good += 1
                yield from pending
                pending.clear()
                yield item
            elif item is not None and good:
                yield item
            elif item is not None:
                pending.append(item)
                if len(pending) >= MAX_LEADING_BAD_LINES:
                    first = f"line {pending[0].source.rsplit(':', 1)[1]}: {pending[0].reason}"
                    yield InputError(source, NOT_JSONL.format(n=len(pending), first=first))
                    return
        yield from pending
        if not good and not pending:
            yield InputError(source, f"{EMPTY_FILE} (no JSON lines)")

    def _read_line(
        self, number: int, line: bytes | None, source: str
    ) -> Article | InputError | None:
        """Return the article of one line, its `InputError`, or None for a blank line."""
        if line is not None and not line.strip():
            return None
        try:
            if line is None:
                raise ValueError(RECORD_TOO_BIG.format(limit=format_limit(self.max_bytes)))
            return self.parse_line(line, f"{source}#L{number}")
        except ValueError as err:
            return InputError(f"{source}:{number}", str(err))

    def parse_line(self, line: bytes, source: str) -> Article:
        """Build the article of one JSONL line (raises `ValueError` with the reason)."""
        record = parse_record(line)
        raw, fmt = pick_body(record)
        try:
            published = parse_published(record.get("published"))
        except ValueError as err:
            raise ValueError(f"bad 'published' value: {err}") from None
        meta = {key: value for key, value in record.items() if key not in ARTICLE_FIELDS}
        return self.make_article(
            raw,
            source,
            fmt,
            published=published,
            url=_optional_str(record, "url"),
            outlet=_optional_str(record, "outlet"),
            meta=meta,
        )
