"""Ingest stage: files and folders in, `Article`s out (readers are the only code that makes them).

Input: paths of captures and folders of captures (walked recursively, sorted, hidden files
skipped): `.txt` text captures, `.html`/`.htm` pages, `.jsonl`/`.ndjson` (one article per line),
`.warc`/`.warc.gz` archives. Output: a stream of `Article` (`id`, `source`, `raw`, `format`, `url`,
`outlet`, `captured`, `published`, `published_source`, `meta`) mixed with `InputError` *values*,
one per bad file or record, each one line naming the file and the reason; reading goes on after
them, so the caller reports, counts and continues. Files are sharded by `rank`/`world_size` over
the sorted file list, so N workers read every file exactly once.

Example:
    >>> from newsledger.steps.ingest import iter_captures
    >>> for item in iter_captures(["examples/sample-corpus"]):  # doctest: +SKIP
    ...     print(item.source if not isinstance(item, Exception) else f"skipped: {item}")
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from newsledger.errors import ConfigError, InputError
from newsledger.records import Article
from newsledger.steps.ingest.base import MAX_CAPTURE_BYTES, Reader
from newsledger.steps.ingest.html import HtmlReader
from newsledger.steps.ingest.jsonl import JsonlReader
from newsledger.steps.ingest.text import TextReader
from newsledger.steps.ingest.warc import WarcReader

__all__ = [
    "MAX_CAPTURE_BYTES",
    "READERS",
    "HtmlReader",
    "JsonlReader",
    "Reader",
    "TextReader",
    "WarcReader",
    "iter_captures",
    "list_captures",
    "reader_for",
]

# Checked in order; `.warc.gz` is matched by name ending, so no reader claims a bare `.gz`.
READERS: tuple[type[Reader], ...] = (TextReader, HtmlReader, JsonlReader, WarcReader)
SUPPORTED_EXTENSIONS = tuple(sorted(ext for reader in READERS for ext in reader.extensions))
UNSUPPORTED = "unsupported file type ({suffix}); newsledger reads {supported}"


def reader_for(path: Path) -> type[Reader] | None:
    """Return the reader class for `path`'s extension (case-insensitive), or None.

    Example:
        >>> reader_for(Path("crawl.WARC.gz")).__name__
        'WarcReader'
    """
    name = path.name.lower()
    for reader in READERS:
        if name.endswith(reader.extensions):
            return reader
    return None


def _walk_folder(folder: Path) -> list[Path]:
    """Return the supported, non-hidden files under `folder`, recursively, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".") and reader_for(Path(f))]
    return sorted(found)


def list_captures(paths: Iterable[str | Path]) -> list[Path | InputError]:
    """Expand `paths` into capture files in a stable order; a missing path becomes an `InputError`.

    Folders are walked recursively (hidden entries and unsupported extensions skipped silently);
    files named explicitly are kept whatever their extension. A file reached twice is kept once.

    Example:
        >>> list_captures(["no/such/dir"])[0].reason
        'no such file or directory'
    """
    items: list[Path | InputError] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _walk_folder(path)
        elif path.exists():
            found = [path]
        else:
            items.append(InputError(str(path), "no such file or directory"))
            continue
        for file in found:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                items.append(file)
    return items


def _check_shard(rank: int, world_size: int) -> None:
    """Raise `ConfigError` unless `0 <= rank < world_size`."""
    if world_size < 1 or not 0 <= rank < world_size:
        raise ConfigError(
            f"bad shard rank={rank} world_size={world_size}: need world_size >= 1 and "
            f"0 <= rank < world_size"
        )


def _unsupported(path: Path) -> InputError:
    """Return the error for a file named explicitly whose extension no reader handles."""
    suffix = repr(path.suffix) if path.suffix else "no extension"
    supported = ", ".join(SUPPORTED_EXTENSIONS)
    return InputError(str(path), UNSUPPORTED.format(suffix=suffix, supported=supported))


def iter_captures(
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    rank: int = 0,
    world_size: int = 1,
    max_bytes: int = MAX_CAPTURE_BYTES,
) -> Iterator[Article | InputError]:
    """Read captures from files and folders; yield articles and, for bad input, `InputError`s.

    Args:
        paths: files and folders (walked recursively, sorted, hidden files skipped).
        published: the CLI `--published` date, used where the source carries none.
        rank: this worker's shard, `0 <= rank < world_size`.
        world_size: the number of shards; file i of the sorted list goes to shard i % world_size.
        max_bytes: size limit of one capture (a file, a JSONL line or a WARC record).

    Returns:
        An iterator of `Article` and `InputError` values; errors are yielded, never raised.

    Raises:
        ConfigError: `rank`/`world_size` do not describe a shard.

    Example:
        >>> items = list(iter_captures(["missing.txt"]))
        >>> str(items[0])
        'missing.txt: no such file or directory'
    """
    _check_shard(rank, world_size)
    readers: dict[type[Reader], Reader] = {}
    for index, item in enumerate(list_captures(paths)):
        if index % world_size != rank:
            continue
        if isinstance(item, InputError):
            yield item
            continue
        reader_cls = reader_for(item)
        if reader_cls is None:
            yield _unsupported(item)
            continue
        if reader_cls not in readers:
            readers[reader_cls] = reader_cls(published=published, max_bytes=max_bytes)
        yield from readers[reader_cls].read(item)
