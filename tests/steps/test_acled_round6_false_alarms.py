"""ACLED typing: the review of the sixth round's cues (each case was mislabelled by a first
version of a cue; the label it should not get, or should get, is asserted)."""

from __future__ import annotations

import re
import time

import pytest

from newsledger.steps.events.acled_cues import shipped_cues


@pytest.mark.parametrize(
    "text",
    [
        "A gas leak at a fertiliser plant in Dorn left thirty workers choking on Tuesday.",
        "An ammonia leak at a dairy in Velm killed two workers on Tuesday.",
        "Three cleaners died after breathing toxic fumes in a sewer in Korvane.",
    ],
)
def test_an_industrial_accident_is_no_chemical_weapon(label, text):
    assert label(text) != "Chemical weapon"


@pytest.mark.parametrize(
    "text",
    [
        "A herder stepped on a mine planted by rebels and died in the explosion near Dorn.",
        "A girl was hurt by a grenade left by soldiers and died in the blast near Velm.",
    ],
)
def test_a_victim_who_died_in_the_blast_was_no_suicide_bomber(label, text):
    assert label(text) != "Suicide bomb"


def test_an_arrest_of_a_healer_accused_of_witchcraft_is_an_arrest(label):
    assert label("Police in Dorn arrested a healer accused of witchcraft on Friday.") == "Arrests"


def test_officers_arrested_for_plotting_a_coup_are_arrests(label):
    text = "Police arrested six army officers accused of plotting a coup against the president."
    assert label(text) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "The air force opened an inquiry after gunmen shot dead two pilots in Velm on Monday.",
        "Rebels attacked an air force base near Korvane on Monday, killing two guards.",
    ],
)
def test_the_air_force_named_as_a_party_is_no_air_strike(label, text):
    assert label(text) != "Air/drone strike"


def test_the_wounded_taken_to_hospital_by_soldiers_were_not_abducted(label):
    text = (
        "Rebels looted shops in Dorn on Monday; the wounded owners were taken by soldiers to "
        "hospital."
    )
    assert label(text) != "Abduction/forced disappearance"


def test_a_bomb_thrown_at_a_bar_is_no_shelling(label):
    text = "Unknown attackers hurled a homemade bomb at a bar in Velm, injuring four."
    assert label(text) != "Shelling/artillery/missile attack"


def test_marchers_dispersed_after_warning_shots_met_an_intervention(label):
    text = (
        "Hundreds of traders marched to the governor's office in Dorn on Monday and dispersed "
        "after police fired warning shots."
    )
    assert label(text) == "Protest with intervention"


def test_gunmen_who_set_a_bus_of_protesters_ablaze_did_not_riot(label):
    text = "Gunmen set ablaze a bus carrying opposition marchers to a rally in Velm, killing three."
    assert label(text) != "Violent demonstration"


def test_families_that_have_taken_shelter_took_no_town(label):
    text = "Families fleeing the floods have taken shelter in schools near Korvane, officials said."
    assert label(text) != "Non-state actor overtakes territory"


def test_ex_soldiers_killed_by_gunmen_were_civilians(label):
    assert label("Gunmen killed two ex-soldiers in Velm on Sunday.") == "Attack"


def test_a_kamikaze_drone_is_a_drone_strike(label):
    assert label("A kamikaze drone struck a fuel depot in Dorn on Monday.") == "Air/drone strike"


def test_bodies_with_their_arms_tied_are_no_disrupted_weapons(label):
    text = "The bodies of three men were found with their arms tied behind their backs near Dorn."
    assert label(text) != "Disrupted weapons use"


@pytest.mark.parametrize("name", ["regained_ground", "taken_over", "riot", "demo_violence"])
def test_the_sixth_round_cues_stay_linear_on_long_sentences(name):
    pattern = shipped_cues().cues[name]
    hostile = "army was cleared of " * 1500 + "troops have " * 1500
    started = time.perf_counter()
    pattern.search(hostile)
    assert time.perf_counter() - started < 0.5


def test_the_taken_town_fallback_stays_linear_on_long_sentences():
    fallback = [p for p, _, sub in shipped_cues().fallback if "taken" in p.pattern]
    assert fallback
    hostile = "army " * 4000
    started = time.perf_counter()
    for pattern in fallback:
        pattern.search(hostile)
    assert time.perf_counter() - started < 0.5
    assert all(isinstance(p, re.Pattern) for p in fallback)
