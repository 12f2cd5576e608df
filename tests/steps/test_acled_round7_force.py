"""ACLED typing, round 7 (r7-b): force at protests, arrests after rallies, and weapons named
in police-beat and wire copy (`acled_force`).

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "A student was left in a coma after police clubbed him at a sit-in in Velm, his "
        "lawyer said.",
        "Valdorian police beat a peaceful protester outside the assembly until he was left "
        "with a fractured skull, doctors said.",
        "At least four dockers were shot dead as police fired on an agitation over unpaid "
        "wages at the port of Kessel.",
    ],
)
def test_protesters_killed_or_gravely_hurt_by_police_is_excessive_force(label, text):
    assert label(text) == EXCESSIVE


@pytest.mark.parametrize(
    "text",
    [
        "Riot police pushed back and picked up 20 opposition activists who had gathered for a "
        "sit-in outside the Velm party office.",
        "Teachers who tried to block the Ostmark bridge demanding back pay were removed by "
        "police and held in a school hall for several hours.",
        "A sit-in by students on the Kessel ring road was cleared by gendarmes within an hour, "
        "with several protesters dragged off the road.",
        "Water cannon was used against union members marching towards the Valdorian "
        "parliament, and 30 of them were taken into custody.",
    ],
)
def test_demonstrators_removed_or_their_sit_in_cleared_is_an_intervention(label, text):
    assert label(text) == INTERVENTION


def test_no_arrests_made_at_a_rally_leaves_it_peaceful(label):
    text = (
        "Hundreds of nurses gathered outside the health ministry in Velm on Monday, calling "
        "for higher pay. Police watched from a distance and no arrests were made."
    )
    assert label(text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the Valdorian Labour Front chairman at his home in Velm on Sunday, a "
        "day after the party's mass rally.",
        "Police arrested a student leader in Kessel on Friday over a speech he gave at a rally "
        "last spring.",
        "Police arrested nine members of the Red Dawn militia in Ostmark, accusing them of "
        "extortion and of plotting attacks on pylons.",
    ],
)
def test_arrests_told_after_a_rally_or_for_a_charge_are_arrests(label, text):
    assert label(text) == "Arrests"


def test_a_strike_that_hurt_people_outranks_later_devices_made_safe(label):
    text = (
        "A roadside bomb went off near the bus station in Kessel on Sunday, injuring six "
        "people, police said. A second device was found nearby and safely detonated."
    )
    assert label(text) == "Remote explosive/landmine/IED"


def test_crude_bombs_hurled_by_hand_are_a_grenade(label):
    text = "Two guards were injured when crude bombs were hurled at a party office in Velm."
    assert label(text) == "Grenade"


def test_rioters_who_torched_a_police_station_are_a_violent_demonstration(label):
    text = (
        "Rioters set fire to a police post in Kessel on Saturday, a day after a boy was killed "
        "by a patrol car."
    )
    assert label(text) == "Violent demonstration"


def test_picketers_who_stoned_buses_during_a_shutdown_are_demonstrators(label):
    text = (
        "Miscreants among the picketers hurled stones at buses in Kessel during the shutdown "
        "called by the opposition."
    )
    assert label(text) == "Violent demonstration"


def test_a_strike_by_a_fighter_jet_is_an_air_strike(label):
    text = "The strike by a fighter jet on a village near Ostmark left four civilians dead."
    assert label(text) == "Air/drone strike"


def test_a_gunman_who_killed_shoppers_is_an_attack_whoever_describes_it(label):
    text = (
        "A gunman opened fire at a bakery in Velm, killing six people in what the police "
        "called a hate crime."
    )
    assert label(text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers holding the ridge near Ostmark were hit by gas grenades dropped from drones, "
        "an army spokesman said. 'They choke and must leave the trench,' he said.",
        "Villagers said the army fired shells releasing choking smoke at rebel positions near "
        "Kessel last week.",
    ],
)
def test_gas_munitions_used_on_fighters_are_a_chemical_weapon(label, text):
    assert label(text) == "Chemical weapon"


def test_protesters_who_attacked_travellers_are_a_violent_demonstration(label):
    text = (
        "Angry protesters broke into the Velm bus terminal, chanting and attacking travellers "
        "arriving from Ostmark, police said."
    )
    assert label(text) == "Violent demonstration"


def test_a_missile_safely_destroyed_is_a_disrupted_weapon(label):
    text = (
        "An unexploded missile was found in a field near Kessel and was safely destroyed by "
        "emergency services, officials said."
    )
    assert label(text) == "Disrupted weapons use"


def test_helicopters_that_bombarded_an_area_are_an_air_strike(label):
    text = (
        "Residents said army helicopters bombarded the hills above Ostmark where rebels were "
        "hiding, setting several huts on fire."
    )
    assert label(text) == "Air/drone strike"


def test_an_arrest_on_charges_linked_to_a_riot_is_an_arrest(label):
    text = (
        "Federal agents arrested the founder of a far-right militia in Kessel on charges linked "
        "to the Senate riot, the justice ministry said."
    )
    assert label(text) == "Arrests"


def test_vehicles_engaged_in_road_building_are_no_battle(label):
    text = (
        "Rebels torched nine lorries engaged in road construction near Velm, police said, "
        "adding that the drivers were let go unharmed."
    )
    assert label(text) == "Looting/property destruction"
