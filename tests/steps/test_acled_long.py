"""Tests of the ACLED typing of long news stories whose news is not in the first sentence
(newsledger.steps.events.acled_discourse): context leads, earlier incidents and quotes set
aside for the sentence anchored to the day of the news. Each story is one we wrote about the
fictional Valdoria; the real spaCy pipeline codes it first, the last tests read the sentences
alone."""

from __future__ import annotations

import pytest

from newsledger.steps.events.acled_discourse import context_lead, sentences_of

STORIES = [
    # An earlier bombing told first, the arrests of the day after it.
    (
        "Last week's bombing of the Orvane bus station killed eleven people. On Thursday "
        "police arrested four men suspected of planning the attack, the interior ministry "
        "said. The men are being held in the capital.",
        "Arrests",
    ),
    # Years of fighting as context, a bomb made safe as the news.
    (
        "Armed groups have fought over the smuggling routes around Kessel for years. On "
        "Tuesday, army engineers defused a roadside bomb on the Kessel road, the army said. "
        "Traffic resumed in the afternoon.",
        "Disrupted weapons use",
    ),
    # A quote opens the story; the town taken by rebels is its news.
    (
        "We woke up and the fighters were everywhere, one baker said. Liberation Front "
        "fighters captured the town of Pell on Wednesday after the army pulled out of its "
        "barracks, a spokesman for the group said. Residents said shops stayed shut.",
        "Non-state actor overtakes territory",
    ),
    # The school set on fire is the news sentence's own event, not outranked by its words.
    (
        "Armed groups have fought over the smuggling routes around Kessel for years. Gunmen "
        "set fire to the village school in Dumer on Tuesday night, the education office said. "
        "No one was hurt.",
        "Looting/property destruction",
    ),
    # Attacks blamed on a group in past years, its truce announced on the day.
    (
        "The Liberation Front had been blamed for a string of attacks on road crews in recent "
        "years. The group announced on Monday that it would suspend its operations for three "
        "months to allow talks with the government. Officials welcomed the move.",
        "Change to group/activity",
    ),
]

# Stories whose first sentence is their news, though it is told in a perfect tense or a later
# sentence names a day.
NEWS_LEADS = [
    (
        "Valdorian troops have taken back the town of Pell from the Liberation Front after a "
        "battle that lasted most of the day, a regional official said. Residents said the town "
        "was quiet on Wednesday, but many families had not returned.",
        "Government regains territory",
    ),
    (
        "Police fired tear gas at teachers marching on the education ministry in Kessel on "
        "Monday. Seven marchers were detained. The union said on Tuesday it would march again.",
        "Protest with intervention",
    ),
    # A bare present perfect is a news lead's own tense, not context: the dated sentence
    # after it is a lesser development.
    (
        "Gunmen have shot dead five farmers in the village of Tarvel. Schools in the district "
        "were closed on Tuesday.",
        "Attack",
    ),
    (
        "Police have arrested twenty students in Lirsk. The university said classes would "
        "resume on Monday.",
        "Arrests",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_context_lead_is_not_the_news(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_LEADS)
def test_news_lead_stays_the_news(label, text, expected):
    assert label(text) == expected


def test_context_lead_counts_leading_context_sentences():
    sentences = sentences_of(
        "The valley had been calm for a decade. Fighting has displaced thousands over the past "
        "year. On Friday, rebels set up a checkpoint on the valley road."
    )
    assert context_lead(sentences) == 2


def test_context_lead_needs_a_later_day():
    sentences = sentences_of(
        "The valley had been calm for a decade. Rebels set up a checkpoint on the valley road."
    )
    assert context_lead(sentences) == 0


def test_reported_lead_is_no_context():
    sentences = sentences_of(
        "The army said troops had cleared the forest of rebels. The operation ended on Friday."
    )
    assert context_lead(sentences) == 0


def test_quoted_lead_is_context():
    sentences = sentences_of(
        "They came at night and took the cattle, a farmer said. Rebels raided the village of "
        "Dumer on Sunday, the police said."
    )
    assert context_lead(sentences) == 1
