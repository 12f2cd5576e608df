"""Reader of web archives (`.warc`, `.warc.gz`) through warcio.

Input: a WARC file, gzipped per record or not. Output: one `Article` (`format="html"`) per HTTP
`response` record with a 2xx status and an HTML body (and per `resource` record of type
text/html), with `source="path#<WARC-Record-ID>"`, `url` from WARC-Target-URI and `captured` from
WARC-Date; other records are skipped. A bad record yields an `InputError` and reading goes on; a
truncated archive yields the articles read before the break, then one `InputError`
"truncated WARC after N records".
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from newsledger.errors import InputError
from newsledger.records import Article
from newsledger.steps.ingest.base import (
    EMPTY_FILE,
    RECORD_TOO_BIG,
    UNREADABLE,
    Reader,
    UnreadableCapture,
    check_capture_bytes,
    decode_bytes,
    format_limit,
)
from newsledger.steps.ingest.html import find_declared_charset, html_fields

# Media types of article pages; images, scripts, CSS and JSON records in a crawl are skipped.
HTML_TYPES = ("text/html", "application/xhtml+xml")

# HTTP headers worth keeping in `Article.meta["http"]` (dates help the cleaner date a page).
KEPT_HTTP_HEADERS = ("content-type", "last-modified", "date", "content-language")

# A complete uncompressed WARC ends with the two CRLFs after its last record; more bytes than
# this past the last whole record mean a record was cut off mid-header (warcio ends silently).
TRAILING_SLACK_BYTES = 8

TRUNCATED = "truncated WARC after {n} records ({why})"
GZIP_MAGIC = b"\x1f\x8b"

# What a broken archive raises inside warcio: its own errors, zlib/gzip errors, and (warcio 1.8)
# AttributeError/IndexError/ValueError when a header block ends before its status line.
ARCHIVE_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    EOFError,
    OSError,
    zlib.error,
    ValueError,
    AttributeError,
    IndexError,
)

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-z0-9._:-]+)", re.I)


class TruncatedArchive(Exception):
    """Internal: the archive ends before its last record does."""


class _CountingStream:
    """A read-only stream that counts the bytes read and reports gzip truncation distinctly.

    warcio treats an `EOFError` as a clean end of the archive, so the truncated-gzip `EOFError`
    from `GzipFile` is re-raised as `TruncatedArchive`, which warcio lets through.
    """

    def __init__(self, raw: IO[bytes]):
        self.raw = raw
        self.offset = 0

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: one underlying read, so the bytes before a gzip break still come back;
            # a buffered read(size) would lose them when the next chunk raises.
            data = self.raw.read1(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            raise TruncatedArchive(str(err)) from err
        self.offset += len(data)
        return data

    def tell(self) -> int:
        return self.offset


@dataclass(slots=True)
class _Progress:
    """How far a scan got: whole records read and the offset where the last one ended."""

    records: int = 0
    end: int = 0


def parse_warc_date(value: str | None) -> datetime | None:
    """Parse a WARC-Date (ISO 8601, "Z" allowed); None when absent or malformed.

    Example:
        >>> parse_warc_date("2021-03-14T10:00:00Z").year
        2021
    """
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def html_payload_type(record: ArcWarcRecord) -> tuple[str, str | None] | None:
    """Return `(media type, charset)` for a record that holds an HTML page, else None."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    media = content_type.split(";")[0].strip().lower()
    if media not in HTML_TYPES:
        return None
    charset = _CHARSET.search(content_type)
    return media, charset.group(1) if charset else None


def _is_short(record: ArcWarcRecord) -> bool:
    """Return True when the record ended before its Content-Length (or has none: cut header)."""
    declared = record.rec_headers.get_header("Content-Length")
    remaining = getattr(record.raw_stream, "limit", 0) or 0
    return remaining > 0 or declared is None or str(record.length) != declared.strip()


def _describe(err: BaseException) -> str:
    """Return a short, one-line description of what broke the archive."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _record_meta(record: ArcWarcRecord, record_id: str) -> dict[str, Any]:
    """Return the WARC/HTTP details kept in `Article.meta`."""
    meta: dict[str, Any] = {"warc_record_id": record_id, "warc_type": record.rec_type}
    if record.http_headers is not None:
        meta["http_status"] = record.http_headers.get_statuscode()
        kept = {k.lower(): v for k, v in record.http_headers.headers}
        meta["http"] = {k: kept[k] for k in KEPT_HTTP_HEADERS if k in kept}
    return meta


def _failure_reason(err: BaseException, progress: _Progress) -> str:
    """Say why an archive stopped: not a WARC at all, or truncated after N records."""
    if isinstance(err, ArchiveLoadFailed) and progress.records == 0:
        return f"not a WARC file ({_describe(err)})"
    return TRUNCATED.format(n=progress.records, why=_describe(err))


class WarcReader(Reader):
    """Read `.warc`/`.warc.gz` archives: one article per HTML response, WARC-Date kept.

    Example:
        >>> from pathlib import Path
        >>> [a.captured for a in WarcReader().read(Path("crawl.warc.gz"))]  # doctest: +SKIP
        [datetime.datetime(2021, 3, 14, 10, 0, tzinfo=datetime.timezone.utc)]
    """

    name = "ingest.warc.v1"
    extensions = (".warc", ".warc.gz")

    def read(self, path: Path) -> Iterator[Article | InputError]:
        """Yield the archive's HTML pages, an `InputError` per bad record, one if truncated."""
        source = str(path)
        try:
            with path.open("rb") as handle:
                yield from self._read_archive(handle, source)
        except OSError as err:
            yield InputError(source, UNREADABLE.format(why=err.strerror or err))

    def _read_archive(self, handle: IO[bytes], source: str) -> Iterator[Article | InputError]:
        """Scan one archive (gzip detected from its magic bytes, not its name)."""
        head = handle.read(len(GZIP_MAGIC))
        handle.seek(0)
        if not head:
            yield InputError(source, EMPTY_FILE)
            return
        raw = gzip.GzipFile(fileobj=handle, mode="rb") if head == GZIP_MAGIC else handle
        stream = _CountingStream(raw)
        progress = _Progress()
        try:
            yield from self._iter_records(stream, source, progress)
        except (TruncatedArchive, *ARCHIVE_ERRORS) as err:
            yield InputError(source, _failure_reason(err, progress))
            return
        if stream.offset - progress.end > TRAILING_SLACK_BYTES:
            why = "the last record is cut off in its header"
            yield InputError(source, TRUNCATED.format(n=progress.records, why=why))

    def _iter_records(
        self, stream: _CountingStream, source: str, progress: _Progress
    ) -> Iterator[Article | InputError]:
        """Yield an item per HTML record; raise `TruncatedArchive` at a record that ends early."""
        archive = ArchiveIterator(stream)
        for record in archive:
            item = self._read_record(record, source)
            end = archive.get_record_offset() + archive.get_record_length()
            if _is_short(record):
                raise TruncatedArchive(f"record {progress.records + 1} ends early")
            progress.records += 1
            progress.end = end
            if item is not None:
                yield item

    def _read_record(self, record: ArcWarcRecord, source: str) -> Article | InputError | None:
        """Return the record's article, an `InputError` for a bad body, or None to skip it."""
        payload = html_payload_type(record)
        if payload is None:
            return None
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ")
        record_source = f"{source}#{record_id or 'record'}"
        try:
            body = self._read_body(record)
            decoded = decode_bytes(body, declared=payload[1] or find_declared_charset(body))
        except UnreadableCapture as err:
            return InputError(record_source, err.reason)
        uri = record.rec_headers.get_header("WARC-Target-URI")
        fields = html_fields(decoded, len(body), url=uri.strip("<> ") if uri else None)
        fields["meta"].update(_record_meta(record, record_id))
        captured = parse_warc_date(record.rec_headers.get_header("WARC-Date"))
        return self.make_article(decoded.text, record_source, "html", captured=captured, **fields)

    def _read_body(self, record: ArcWarcRecord) -> bytes:
        """Read the decoded HTTP body (chunked/gzip undone by warcio), at most `max_bytes`."""
        try:
            body = record.content_stream().read(self.max_bytes + 1)
        except (zlib.error, OSError) as err:
            raise UnreadableCapture(f"cannot decode the HTTP body ({_describe(err)})") from err
        if len(body) > self.max_bytes:
            raise UnreadableCapture(RECORD_TOO_BIG.format(limit=format_limit(self.max_bytes)))
        check_capture_bytes(body, "record")
        return body
