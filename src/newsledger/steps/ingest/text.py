"""Reader of plain-text captures (`.txt`): one file, one `Article` with `format="text"`.

Input: a text file saved from a browser or a scraper, page chrome and all. Output: one `Article`
whose `raw` is the decoded text (the text cleaner removes the chrome later), or one `InputError`
(empty, binary, over the size limit, undecodable).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsledger.errors import InputError
from newsledger.records import Article
from newsledger.steps.ingest.base import (
    Reader,
    UnreadableCapture,
    decode_bytes,
    decoding_meta,
    read_capture_bytes,
)


class TextReader(Reader):
    """Read `.txt` captures; the encoding is detected (UTF-8 first, then charset-normalizer).

    Example:
        >>> from pathlib import Path
        >>> [a.format for a in TextReader().read(Path("capture.txt"))]  # doctest: +SKIP
        ['text']
    """

    name = "ingest.text.v1"
    extensions = (".txt",)

    def read(self, path: Path) -> Iterator[Article | InputError]:
        """Yield one article for the file, or one `InputError` saying why it cannot be read."""
        source = str(path)
        try:
            data = read_capture_bytes(path, self.max_bytes)
            decoded = decode_bytes(data)
        except UnreadableCapture as err:
            yield InputError(source, err.reason)
            return
        yield self.make_article(
            decoded.text, source, "text", meta=decoding_meta(decoded, len(data))
        )
