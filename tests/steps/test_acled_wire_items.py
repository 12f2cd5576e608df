"""ACLED typing of short wire-service items (round 8, ev-b): a reporter's own verbs for ground
retaken and strikes from the air, weapons partly shot down, gas attacks told by witnesses, who
seized what from whom, demonstrators removed by agents, rioters at a party's offices, and
groups' changes told in one line.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

CHANGE = "Change to group/activity"
RIOT = "Violent demonstration"


def test_ground_wrested_back_from_rebels_is_regained_by_the_state(label):
    text = (
        "The Valdorian defence ministry said its troops had wrested back a chain of villages "
        "north of Korval from the rebels late on Sunday."
    )
    assert label(text) == "Government regains territory"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Valdorian aircraft pounded rebel trenches outside Marn, a monitoring group said.",
            "Air/drone strike",
        ),
        (
            "Army howitzers pounded rebel trenches outside Marn, a monitoring group said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_what_pounded_a_place_decides_air_strike_or_shelling(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rockets struck near the Valdorian parliament in Velm late on Friday, police said. "
            "Air defences shot down one of the rockets.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Air defences shot down four rockets fired at Velm late on Friday, police said. "
            "No one was hurt.",
            "Disrupted weapons use",
        ),
    ],
)
def test_one_rocket_shot_down_beside_a_hit_leaves_the_strike(label, text, expected):
    assert label(text) == expected


def test_a_gas_attack_told_by_residents_is_a_chemical_weapon(label):
    text = (
        "Residents of Brenna reported a choking gas attack on Saturday night, with doctors "
        "saying at least a dozen people had died."
    )
    assert label(text) == "Chemical weapon"


def test_tear_gas_fired_at_marchers_is_no_chemical_weapon(label):
    text = "Police fired tear gas at marchers in Velm to break up the rally."
    assert label(text) != "Chemical weapon"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel fighters seized cattle belonging to farmers near Norvel, residents said.",
            "Looting/property destruction",
        ),
        (
            "Rebel fighters seized goats from herders near Norvel, residents said.",
            "Looting/property destruction",
        ),
        (
            "Rebel fighters seized twelve herders near Norvel, residents said.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_livestock_seized_from_herders_is_no_abduction(label, text, expected):
    assert label(text) == expected


def test_demonstrators_forcibly_removed_by_security_agents_met_an_intervention(label):
    text = (
        "Dozens of mothers demanding news of jailed sons were forcibly removed from outside "
        "the Velm courthouse by security agents, a rights group said."
    )
    assert label(text) == "Protest with intervention"


def test_rioters_who_ransacked_a_party_s_offices_are_a_violent_demonstration(label):
    text = (
        "Rioters ransacked the offices of the ruling party in Lirsk on Wednesday night. "
        "Several shops were also looted."
    )
    assert label(text) == RIOT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supporters of a defeated candidate burned ballot boxes and blocked roads in Kessel, "
            "the election board said.",
            RIOT,
        ),
        (
            "Supporters of a defeated candidate blocked roads in Kessel, the election board said.",
            "Peaceful protest",
        ),
    ],
)
def test_damage_by_the_crowd_that_protested_is_a_violent_demonstration(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand militia announced a new leader in a video on Monday. His predecessor "
        "was killed in an ambush last month.",
        "Ostmark announced it would pull its remaining troops out of Valdoria within weeks.",
        "The first contingent of Ostmark police officers arrived in Velm to join a regional "
        "security mission, officials said.",
    ],
)
def test_a_group_s_change_told_in_one_line_is_a_change_to_group(label, text):
    assert label(text) == CHANGE


def test_villagers_who_blocked_a_named_road_and_torched_a_lorry_demonstrated(label):
    text = "Angry villagers blocked the Kessel road and torched a lorry after it ran over a child."
    assert label(text) == RIOT


# Review of the cues above: texts they must leave alone.
CUES_LEAVE_ALONE = [
    (
        "Troops arrived in Drun on Monday to reinforce the garrison after rebels attacked the "
        "town, killing 12 soldiers.",
        "Armed clash",
    ),
    (
        "A banner hung by protesters was removed from the bridge by police on Tuesday, and the "
        "march went ahead peacefully.",
        "Peaceful protest",
    ),
    (
        "Parked planes were pounded by rebel artillery at the Kassel airfield on Monday.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Rebels wrested back the village of Drun from rival fighters on Sunday after heavy "
        "clashes.",
        "Armed clash",
    ),
    (
        "Police seized belongings of passengers at the Kassel bus station on Friday.",
        "Looting/property destruction",
    ),
    (
        "Gunmen seized the belongings of passengers on the Drun road on Friday.",
        "Looting/property destruction",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUES_LEAVE_ALONE)
def test_wire_cues_leave_other_readings_alone(label, text, expected):
    assert label(text) == expected


NOT_THESE = [
    (
        "Air defences shot down one of the drones over Kassel on Monday, but another hit a fuel "
        "depot, wounding two workers.",
        "Disrupted weapons use",
    ),
    (
        "Veterans of the Drun campaign who suffered a gas attack in 2004 demanded pensions "
        "outside parliament on Monday.",
        "Chemical weapon",
    ),
    (
        "A mob burned a bus and blocked the Kassel road after a driver hit a child on Friday.",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_THESE)
def test_wire_cues_do_not_give_these_labels(label, text, wrong):
    assert label(text) != wrong
