"""Code-events stage: PLOVER-coded political events from each annotated article.

Input: `Article.text` and `Article.sentences` (and the transient `Article.doc` the annotate step
left, reused when present). Output: `Article.events`, one `Event` per event per article (see
`newsledger.steps.events.coder.extract_events` and docs/events.md).

The codebook and actor dictionary are data (`newsledger/data/codebook.yaml`, `actors.yaml`);
user YAML files passed as `codebook_path` / `actors_path` are merged over the shipped ones.
"""

from __future__ import annotations

from typing import Any

from newsledger.records import Article
from newsledger.registry import register_step
from newsledger.steps.base import Step
from newsledger.steps.events.actors import ActorDictionary, load_actor_dictionary
from newsledger.steps.events.codebook import Codebook, load_codebook
from newsledger.steps.events.coder import extract_events

__all__ = ["EventCoder", "extract_events", "load_actor_dictionary", "load_codebook"]


@register_step("code.events.v1")
class EventCoder(Step):
    """Code the events of each article with the codebook, actor dictionary and spaCy parse.

    Example:
        >>> coder = EventCoder(codebook_path="my_codebook.yaml")
        >>> coder.setup()
        >>> article = coder.process(article)
    """

    requires = ("text", "sentences")
    assigns = ("events",)
    batch_size = 32

    def __init__(self, codebook_path: str | None = None, actors_path: str | None = None):
        self.codebook_path = codebook_path
        self.actors_path = actors_path
        self._codebook: Codebook | None = None
        self._actors: ActorDictionary | None = None
        self._nlp: Any = None

    def setup(self) -> None:
        """Load the codebook, the actor dictionary, the gazetteer and the spaCy pipeline."""
        from newsledger.steps.events.places import load_gazetteer
        from newsledger.steps.nlp import load_pipeline

        self._codebook = load_codebook(self.codebook_path)
        self._actors = load_actor_dictionary(self.actors_path)
        self._nlp = load_pipeline()
        load_gazetteer()  # seconds of GeoNames loading, once per worker, not on article one

    def process(self, article: Article) -> Article:
        """Assign `article.events` (reusing `article.doc` when it parses `article.text`)."""
        if self._codebook is None:
            self.setup()
        doc = article.doc
        if doc is None or doc.text != article.text:
            doc = self._nlp(article.text)
        article.events = extract_events(
            doc,
            article_id=article.id,
            published=article.published,
            dateline=article.dateline,
            codebook=self._codebook,
            actor_dict=self._actors,
            text=article.text,
        )
        return article

    def __getstate__(self) -> dict[str, Any]:
        # Models and tables never travel with the step: each worker rebuilds them in setup().
        return {"codebook_path": self.codebook_path, "actors_path": self.actors_path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)
