"""What the browser-text rules of the text cleaner must leave alone: a hard-wrapped text with
a few long unwrapped lines, a quoted witness who trails off, prose that opens like a tag line,
and a story about a person whose name line sits above it. Captures written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from newsledger.steps.clean.text import clean_text_capture

_HEADER = "Home\nWorld\nValdoria\nBusiness\nSport\n\nDozens Of Students Detained At March In Norvel"
_FOOTER = "Share this article\nCopyright 2024 Northern Dispatch"
_STORY = [
    "Police in the northern city of Norvel detained 37 students on Saturday as several "
    "thousand people marched from the Polytechnic Institute to the city administration "
    "building, a local rights group said on Sunday.",
    "Videos posted online showed masked officers pulling students into unmarked vans and "
    "beating at least two young men with batons near the central square, where the march had "
    "stopped for speeches.",
    "The Interior Ministry said the march was unauthorized and accused its organizers of "
    "provoking the police, and said most of those held would be released after paying fines.",
    "The students demanded the release of a lecturer in constitutional law who was arrested "
    "in February after she criticized the conduct of the election in a public lecture.",
    "Students in Lirsk and Veresk said they would hold marches in solidarity on Sunday, and "
    "the rights group said it would publish a full list of those detained.",
]


def _capture(paragraphs: list[str]) -> str:
    return "\n\n".join([_HEADER, "By Anna Petrel\nMarch 16, 2024", *paragraphs, _FOOTER])


@pytest.mark.parametrize("width", [70, 72])
def test_wrapped_text_with_a_few_unwrapped_long_lines_stays_wrapped(width: int) -> None:
    subject = "Subject: Students detained at Norvel march -- full text for partners follows below"
    link = "Full report and photos: https://dispatch.example/valdoria/2024/03/16/students-norvel"
    story = [
        *_STORY,
        "The ministry did not answer questions about the beatings, and a spokesman said "
        "officers had acted within the law and that complaints would go to the prosecutor.",
    ]
    wrapped = ["\n".join(textwrap.wrap(p, width)) for p in story]
    raw = "\n\n".join([subject, "Dozens Of Students Detained At March In Norvel", *wrapped, link])
    paragraphs = clean_text_capture(raw).text.split("\n\n")
    assert [p for p in story if p in paragraphs] == story


def test_quoted_witness_who_trails_off_is_kept() -> None:
    quote = (
        '"We were walking towards the bridge... Then the vans came from both sides... They '
        'took my brother and two of his friends... Nobody told us where they were taken," '
        "said Mira Osk, a second-year student who joined the march with her brother."
    )
    body = [*_STORY[:2], quote, *_STORY[2:]]
    assert clean_text_capture(_capture(body)).text.split("\n\n") == body


@pytest.mark.parametrize(
    "prose",
    [
        "Filed under seal, the indictment names four harbour officials.",
        "Topics: wages, pensions and ferry fares dominated the talks.",
    ],
)
def test_prose_that_opens_like_a_tag_line_is_kept(prose: str) -> None:
    body = [*_STORY[:2], prose, *_STORY[2:]]
    assert prose in clean_text_capture(_capture(body)).text.split("\n\n")


def test_tag_line_of_short_items_is_still_removed() -> None:
    tags = "Tags: Norvel, students, Polytechnic Institute, protests"
    result = clean_text_capture(_capture([*_STORY, tags]))
    assert result.text.split("\n\n") == _STORY
    assert tags in {block.text for block in result.removed}


def test_story_about_a_named_person_is_not_cut_at_her_name() -> None:
    body = [
        "Police in Lirsk detained the independent journalist Ilse Varga on Saturday as she "
        "filmed a march to the city administration building, her editor said.",
        "Videos posted online showed masked officers pulling her into an unmarked van near the "
        "central square while colleagues shouted her name.",
        "The Interior Ministry said she was held for taking part in an unauthorized gathering "
        "and would appear before a judge on Monday morning.",
        "Ilse Varga is a reporter for the Lirsk Gazette who has covered the courts and the "
        "protests since the November election.",
        "Her colleagues said they had not been allowed to see her, and her lawyer said she had "
        "been denied medicine for a heart condition.",
        "Rights groups in Veresk and abroad called for her release and said at least eleven "
        "journalists were now held in Valdoria.",
    ]
    header = "Home\nWorld\nValdoria\n\nJournalist Detained Filming March In Lirsk\n\nIlse Varga"
    raw = "\n\n".join(
        [header, "Photo: Ilse Varga at a court hearing in Lirsk last year.", *body, _FOOTER]
    )
    assert clean_text_capture(raw).text.split("\n\n") == body
