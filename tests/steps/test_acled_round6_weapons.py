"""ACLED typing, round 6: weapons named in news wording (`acled_weapons.weapon_told`).

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A man drove a pickup loaded with explosives into the customs post at Velm and set it "
        "off, killing nine guards, prosecutors said.",
        "An explosives-laden van was driven into an army barracks in Korvane by a militant who "
        "died in the explosion, the ministry said.",
        "A woman detonated explosives hidden under her dress at the bus station in Ostmark, "
        "killing herself and wounding four travellers.",
    ],
)
def test_a_bomber_who_died_with_the_bomb_is_a_suicide_bomb(label, text):
    assert label(text) == "Suicide bomb"


@pytest.mark.parametrize(
    "text",
    [
        "Medics in Velm treated thirty residents for exposure to a green gas after shells "
        "landed in the old town.",
        "Farmers accused the militia of firing chemical shells at their village in Korvane.",
        "Gunmen threw a drum of a toxic irritant into a crowded chapel in Ostmark and opened "
        "it; forty worshippers were poisoned.",
    ],
)
def test_a_toxic_agent_named_by_its_effect_is_a_chemical_weapon(label, text):
    assert label(text) == "Chemical weapon"


def test_tear_gas_fired_at_marchers_stays_a_protest_intervention(label):
    text = "Police fired tear gas at marchers in Velm, leaving several choking, and dispersed them."
    assert label(text) != "Chemical weapon"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army post in Korvane with explosive-laden drones, wounding three "
        "soldiers, the army said.",
        "The Valdorian Air Force conducted strikes on militant hideouts in the Ostmark hills, "
        "officials said.",
        "Two militia fighters were killed by a Valdorian drone near Velm late on Sunday.",
        "Valdorian aircraft struck a farmhouse outside Korvane at dawn, destroying it.",
    ],
)
def test_a_strike_told_from_the_air_is_an_air_strike(label, text):
    assert label(text) == "Air/drone strike"


def test_bombs_launched_at_a_base_are_shelling(label):
    text = "Rebels launched homemade bombs at a police base in Velm on Friday, wounding a guard."
    assert label(text) == "Shelling/artillery/missile attack"


def test_a_guard_killed_by_a_planted_mine_is_a_mine_blast(label):
    text = "A village guard was killed by a mine planted on a forest path near Korvane."
    assert label(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 30 AK-47 rifles and ammunition in a raid on a warehouse in Velm.",
        "Army engineers found and destroyed an anti-tank mine on a track near Korvane.",
        "Troops destroyed a rebel arms depot containing explosives in the Ostmark hills.",
        "Police in Velm said they had disarmed a car bomb parked near the court. Two men were "
        "arrested at the scene.",
    ],
)
def test_a_weapon_found_or_destroyed_unused_is_disrupted(label, text):
    assert label(text) == "Disrupted weapons use"


def test_a_depot_destroyed_by_artillery_fire_was_shelled(label):
    text = "Rebel forces destroyed an army ammunition depot with artillery fire near Velm."
    assert label(text) != "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Five teachers were seized by gunmen outside a school in Korvane on Monday.",
        "The mayor of Velm was detained by soldiers and taken away to an unknown place, his "
        "family said.",
        "An activist has disappeared in Ostmark after being intercepted by armed men on a "
        "highway, his group said.",
    ],
)
def test_people_taken_by_armed_men_are_abducted(label, text):
    assert label(text) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Gang members in Velm's harbour district raped a dozen women during an offensive against "
        "a rival gang, a relief agency said.",
        "Prison guards in Korvane subjected women detainees to rape and beatings, according to "
        "statements gathered by a rights group.",
    ],
)
def test_rape_by_armed_men_named_as_its_doers_is_sexual_violence(label, text):
    assert label(text) == "Sexual violence"
