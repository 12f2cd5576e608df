"""ACLED typing checked against the conventions of ACLED's codebook (au-b): protests, riots
and strategic developments.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

AGREEMENT = "Agreement"
DISRUPTED = "Disrupted weapons use"
EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Two militants were killed in Lirsk when the bomb they were assembling exploded "
        "prematurely.",
        "Three militants died in Norvel when the explosives they were transporting blew up.",
        "A suicide bomber was shot dead by police at a checkpoint in Norvel before he could "
        "detonate his vest.",
    ],
)
def test_bomb_that_fails_in_its_makers_hands_is_disrupted_weapons_use(label, text):
    assert label(text) == DISRUPTED


def test_landmine_set_off_by_a_farmer_is_no_disrupted_weapons_use(label):
    text = "A farmer was killed when he accidentally detonated a landmine near Veresk."
    assert label(text) != DISRUPTED


def test_peaceful_protesters_badly_hurt_by_police_is_excessive_force(label):
    text = (
        "Police beat peaceful demonstrators in Lirsk, leaving four of them hospitalised with "
        "serious injuries."
    )
    assert label(text) == EXCESSIVE


def test_beating_with_no_serious_injuries_is_intervention(label):
    text = "Police beat protesters with batons in Lirsk; no serious injuries were reported."
    assert label(text) == INTERVENTION


def test_force_on_demonstrators_who_attacked_first_is_violent_demonstration(label):
    text = (
        "Demonstrators attacked a police post in Norvel with machetes; police fired back, "
        "killing one demonstrator."
    )
    assert label(text) == "Violent demonstration"


def test_peaceful_march_attacked_by_partisans_without_serious_harm_is_intervention(label):
    text = (
        "Supporters of the ruling party attacked a peaceful opposition march in Norvel with "
        "sticks, leaving a few people with minor bruises."
    )
    assert label(text) == INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        "About 60 fighters of the Northern Liberation Front surrendered to the army in Veresk.",
        "Sixty rebel fighters laid down their arms and surrendered to the army in Veresk.",
    ],
)
def test_fighters_surrendering_is_agreement(label, text):
    assert label(text) == AGREEMENT


def test_town_surrendered_without_a_fight_stays_a_transfer(label):
    text = "Rebels surrendered the town of Veresk to the army without a fight."
    assert label(text) == "Non-violent transfer of territory"


def test_hostages_freed_after_negotiations_is_agreement(label):
    text = "Rebels freed 15 hostages in Norvel following negotiations with community leaders."
    assert label(text) == AGREEMENT


def test_protest_organisers_arrested_next_day_is_arrests(label):
    text = (
        "Police arrested the organisers of Monday's protest in Lirsk at their homes the "
        "following day."
    )
    assert label(text) == "Arrests"


def test_protesters_arrested_during_march_is_intervention(label):
    text = "Police arrested 12 demonstrators during a peaceful march against the election in Lirsk."
    assert label(text) == INTERVENTION


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized two armoured vehicles from rebels near Veresk.",
        "Police seized a stolen army truck mounted with a machine gun in Lirsk.",
    ],
)
def test_weapons_platform_seized_by_state_is_disrupted_weapons_use(label, text):
    assert label(text) == DISRUPTED


def test_shops_looted_by_soldiers_stay_looting(label):
    assert label("Militiamen looted the health centre in Veresk.") == "Looting/property destruction"
