"""The `Step` contract every pipeline stage follows, and the drop-reason constants.

A step's `__init__` stores configuration only (cheap, picklable); heavy work such as loading a
model happens in `setup()`, once per worker. A step never returns None and never raises for a
routine drop: it sets `article.drop_reason` to one of the constants below and the runner
removes and counts the article.
"""

from __future__ import annotations

from typing import ClassVar

from newsledger.records import Article

# Drop reasons (stat keys are "dropped_<reason>").
EMPTY_TEXT = "empty_text"
NOT_ARTICLE = "not_article"
EXACT_DUPLICATE = "exact_duplicate"
NEAR_DUPLICATE = "near_duplicate"
EXTRACTION_FAILED = "extraction_failed"


class Step:
    """One pipeline stage over a stream of articles.

    Example:
        >>> class Upper(Step):
        ...     name = "demo.upper.v1"
        ...     def process(self, article):
        ...         article.text = article.text.upper()
        ...         return article
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    batch_size: ClassVar[int] = 1

    def setup(self) -> None:
        """Load models or other heavy state; called once per worker before processing."""

    def process(self, article: Article) -> Article:
        """Return the article with this step's fields assigned."""
        raise NotImplementedError(f"{type(self).__name__} must implement process()")

    def process_batch(self, articles: list[Article]) -> list[Article]:
        """Process a batch; override when a batch is cheaper than single articles."""
        return [self.process(a) for a in articles]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
