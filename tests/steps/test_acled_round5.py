"""ACLED typing, round 5: named armies that are no state's, and crowds the coder left unnamed.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

from newsledger.steps.events.acled_sides import named_group_force

NON_STATE = "Non-state actor overtakes territory"
STATE = "Government regains territory"


@pytest.mark.parametrize(
    "name",
    [
        "the Ostmark Army",
        "The Northern Liberation Army",
        "Kessel Independence Army",
        "Ostmark forces",
    ],
)
def test_a_named_army_that_is_no_country_is_a_group(name):
    assert named_group_force(name)


@pytest.mark.parametrize(
    "name",
    ["the Nigerian Army", "Government forces", "the army", "Russian forces", "pro-Dunmore forces"],
)
def test_a_country_or_a_state_office_names_a_state_force(name):
    assert not named_group_force(name)


@pytest.mark.parametrize(
    "text",
    [
        "The Ostmark Army captured the town of Velm in northern Valdoria on Tuesday.",
        "The Kessel Independence Army seized the town of Draven after a week of fighting.",
    ],
)
def test_a_named_armys_capture_is_taken_by_a_non_state_group(label, text):
    assert label(text) == NON_STATE


def test_government_forces_retaking_a_town_regain_it(label):
    text = "Government forces recaptured the town of Velm from the rebels on Tuesday."
    assert label(text) == STATE


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, a crowd in a Valdorian market caught a man they accused of theft and beat "
        "him to death, police said.",
        "A suspected cattle thief was cornered by a mob outside Velm and beaten unconscious, "
        "police said.",
    ],
)
def test_blows_by_an_unnamed_crowd_are_mob_violence(label, text):
    assert label(text) == "Mob violence"


def test_blows_with_no_crowd_named_stay_an_attack(label):
    text = "Gunmen beat a Valdorian farmer to death outside Velm on Friday, police said."
    assert label(text) != "Mob violence"


def test_forces_taking_ground_from_rebels_are_the_states_side(label):
    text = (
        "Southern Resistance forces took control of the town of Velm from the rebels of the "
        "Ostmark Liberation Front on Tuesday."
    )
    assert label(text) == STATE


def test_a_crowd_that_only_watched_is_no_mob(label):
    text = "Two men were beaten outside the court in Lirsk while a crowd watched."
    assert label(text) != "Mob violence"
