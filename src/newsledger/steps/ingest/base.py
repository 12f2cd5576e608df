"""Shared reader machinery: size and binary checks, decoding, publication dates, `Article` building.

Input: a path (or the bytes of one record). Output: decoded text or a one-line reason why the
bytes cannot be read. Nothing here raises on bad bytes: readers turn `UnreadableCapture` into an
`InputError` value naming the file, so a batch run reports the file and goes on.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

import charset_normalizer

from newsledger.errors import InputError
from newsledger.records import Article, normalise_for_id, stable_id

# Why 20 MB: the biggest real news pages (live blogs with inline scripts) are a few MB; anything
# far bigger is a dump, a log or a mis-saved binary, and decoding plus spaCy parsing it would stall
# a worker for minutes. Checked on the file size (or WARC/JSONL record size) before reading it.
MAX_CAPTURE_BYTES = 20 * 1024 * 1024

# How much of a file's head is sniffed for binary signatures and NUL bytes: enough to catch every
# magic number below and a NUL in the first screen of a binary, cheap to read.
SNIFF_BYTES = 8192

# Magic numbers of binaries that users drop into capture folders by accident (screenshots, PDFs of
# articles, zipped exports). Named so the error says what the file looks like.
BINARY_SIGNATURES: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"SQLite format 3\x00": "SQLite database",
}

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark). A BOM decides the
# encoding outright; it also explains NUL bytes in UTF-16/32 text, which is therefore not binary.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared Latin-1/ASCII really means windows-1252 on the web (WHATWG Encoding Standard): curly
# quotes in 0x80-0x9F are common in "iso-8859-1" pages and would otherwise become C1 controls.
DECLARED_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}

# A UTF-8 capture with a few corrupt bytes (a truncated download, a bad copy) is still UTF-8:
# repair it with U+FFFD when valid multi-byte characters outnumber the bad bytes this many times
# (charset-normalizer would otherwise pick a legacy code page and garble every accented letter).
UTF8_REPAIR_MIN_RATIO = 10

# Reason templates (one line each; `InputError` prefixes the source).
EMPTY_FILE = "empty file"
TOO_BIG = "file is {size}, over the {limit} limit (--max-bytes)"
RECORD_TOO_BIG = "record is over the {limit} limit (--max-bytes)"
BINARY_FILE = "binary file ({what})"
UNDECODABLE = "undecodable bytes: not UTF-8 and no encoding fits (first bad byte {byte} at {at})"
UNREADABLE = "cannot read file ({why})"


class UnreadableCapture(Exception):
    """Internal: the bytes of one capture cannot become text; `reason` is the one-line why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class Decoded:
    """Text decoded from a capture and how it was decoded."""

    text: str
    encoding: str
    repaired: int = 0  # bad UTF-8 bytes replaced with U+FFFD


def format_size(n_bytes: int) -> str:
    """Return a human size with one decimal: `format_size(50 * 2**20) == "50.0 MB"`."""
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f} {unit}"
    return f"{n_bytes} bytes"


def format_limit(n_bytes: int) -> str:
    """Return a limit as written by a person: `format_limit(20 * 2**20) == "20 MB"`."""
    return format_size(n_bytes).replace(".0 ", " ")


def sniff_binary(head: bytes) -> str | None:
    """Return what a binary file head looks like (e.g. "PNG image"), or None for text."""
    for magic, what in BINARY_SIGNATURES.items():
        if head.startswith(magic):
            return what
    if b"\x00" in head[:SNIFF_BYTES] and not any(head.startswith(bom) for bom, _ in BOMS):
        return "contains NUL bytes"
    return None


def check_capture_bytes(data: bytes, kind: str = "file") -> None:
    """Raise `UnreadableCapture` when `data` (a "file" or a "record") is empty, blank or binary."""
    if not data.strip():
        reason = EMPTY_FILE.replace("file", kind)
        raise UnreadableCapture(reason if not data else f"{reason} (only whitespace)")
    what = sniff_binary(data[:SNIFF_BYTES])
    if what:
        raise UnreadableCapture(BINARY_FILE.replace("file", kind).format(what=what))


def read_capture_bytes(path: Path, max_bytes: int = MAX_CAPTURE_BYTES) -> bytes:
    """Return the bytes of a one-document capture, after the size check and the binary check.

    The size comes from `stat()`, so an oversized file is refused without being read.

    Raises:
        UnreadableCapture: the file is empty, over `max_bytes`, binary or cannot be opened.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableCapture(
                TOO_BIG.format(size=format_size(size), limit=format_limit(max_bytes))
            )
        with path.open("rb") as handle:
            # read(n) allocates n bytes up front: ask for the stat size (+1 to see growth).
            data = handle.read(size + 1)
    except OSError as err:
        raise UnreadableCapture(UNREADABLE.format(why=err.strerror or err)) from err
    if len(data) > max_bytes:  # the file grew after stat()
        raise UnreadableCapture(TOO_BIG.format(size="more", limit=format_limit(max_bytes)))
    check_capture_bytes(data)
    return data


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a capture: BOM, then strict UTF-8, then the declared charset, then detection.

    Args:
        data: the capture's bytes.
        declared: a charset named by the source (HTTP header, `<meta charset>`), if any.

    Raises:
        UnreadableCapture: no encoding turns the bytes into text.

    Example:
        >>> decode_bytes("Grüße".encode("cp1252"), declared="iso-8859-1").text
        'Grüße'
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(_decode_strict(data, codec), codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    codec = _lookup_codec(declared)
    text = _try_decode(data, codec) if codec else None
    if codec and text is not None:
        return Decoded(text, codec)
    # No usable declaration, or it lies (common on the web): repair near-UTF-8 or detect.
    return _repair_utf8(data) or _detect(data, first_bad)


def _try_decode(data: bytes, codec: str) -> str | None:
    """Return `data` decoded strictly with `codec`, or None if it does not fit."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_strict(data: bytes, codec: str) -> str:
    """Decode with `codec` or raise `UnreadableCapture` naming the first bad byte."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise UnreadableCapture(
            f"undecodable bytes: not valid {codec} despite its byte-order mark "
            f"(byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err


def _lookup_codec(declared: str | None) -> str | None:
    """Return the Python codec for a declared charset name, or None if unknown."""
    if not declared:
        return None
    name = declared.strip().strip("\"'").lower()
    name = DECLARED_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _repair_utf8(data: bytes) -> Decoded | None:
    """Return UTF-8 with U+FFFD for a few corrupt bytes, or None if it is not mostly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if multibyte >= UTF8_REPAIR_MIN_RATIO * bad:
        return Decoded(text, "utf-8", repaired=bad)
    return None


def _detect(data: bytes, first_bad: int) -> Decoded:
    """Detect a legacy encoding with charset-normalizer or raise `UnreadableCapture`."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableCapture(
            UNDECODABLE.format(byte=f"0x{data[first_bad]:02x}", at=f"offset {first_bad}")
        )
    return Decoded(str(best), best.encoding)


def parse_published(value: Any) -> date | None:
    """Parse a publication date given as an ISO date or datetime string; None or "" is None.

    Raises:
        ValueError: the value is not an ISO 8601 date or datetime.

    Example:
        >>> parse_published("2021-03-14T09:30:00+01:00")
        datetime.date(2021, 3, 14)
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(
            f"{value!r} is not an ISO date (YYYY-MM-DD) or datetime (YYYY-MM-DDTHH:MM:SS)"
        ) from None


def decoding_meta(decoded: Decoded, n_bytes: int) -> dict[str, Any]:
    """Return the `meta` entries that record how a capture was decoded."""
    meta: dict[str, Any] = {"encoding": decoded.encoding, "bytes": n_bytes}
    if decoded.repaired:
        meta["repaired_bytes"] = decoded.repaired
    return meta


class Reader:
    """Base of the readers: `__init__` stores config only; `read(path)` yields articles.

    `read` never raises for a bad capture: it yields an `InputError` value (one line naming the
    file and the reason) and, for multi-document files, goes on with the next record.
    """

    name: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, published: date | None = None, max_bytes: int = MAX_CAPTURE_BYTES):
        self.published = published
        self.max_bytes = max_bytes

    def read(self, path: Path) -> Iterator[Article | InputError]:
        """Yield the articles in `path`, and an `InputError` for each bad file or record."""
        raise NotImplementedError(f"{type(self).__name__} must implement read()")

    def make_article(
        self, raw: str, source: str, fmt: str, published: date | None = None, **fields: Any
    ) -> Article:
        """Build an `Article` with a content id; a date from metadata beats the CLI date."""
        origin = "metadata" if published else ("cli" if self.published else None)
        return Article(
            id=stable_id(normalise_for_id(raw)),
            source=source,
            raw=raw,
            format=fmt,
            published=published or self.published,
            published_source=origin,
            **fields,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
