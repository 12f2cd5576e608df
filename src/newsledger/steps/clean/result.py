"""The result record of the clean stage, shared by the text and HTML paths.

`CleanedCapture` holds what cleaning learned about one capture; `CaptureCleaner.process`
copies it onto the `Article`. Offsets in `removed` and `text_map` index the capture (`raw`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from newsledger.records import RemovedBlock, TextMap


@dataclass(slots=True)
class CleanedCapture:
    """A cleaned capture: the body, its header/footer fields and what was removed.

    `dateline_text` is the dateline as the lead printed it ("WASHINGTON (Reuters) -"), cut
    from the start of `text`; `dateline` is its place. `reason` is a drop reason
    (`EMPTY_TEXT`, `NOT_ARTICLE`, `EXTRACTION_FAILED`) when no body was found, else None.
    `fallback` says why a body is a best effort (the usual rules found none), else None.
    """

    text: str = ""
    title: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    dateline_text: str | None = None
    byline: str | None = None
    credits: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    text_map: list[TextMap] = field(default_factory=list)
    language: str | None = None
    published: date | None = None
    published_source: str | None = None
    outlet: str | None = None
    reason: str | None = None
    fallback: str | None = None

    @property
    def printed_text(self) -> str:
        """The body as the article printed it: the dateline back in front of the lead.

        Example:
            >>> CleanedCapture(text="Talks began.", dateline_text="MINSK --").printed_text
            'MINSK -- Talks began.'
        """
        if self.dateline_text and self.text:
            return f"{self.dateline_text} {self.text}"
        return self.text
