"""ACLED typing against the ACLED codebook's own conventions for battles, explosions/remote
violence and violence against civilians: when the fight is the event, who counts as a civilian,
which weapon names the event.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

CLASH = "Armed clash"
ATTACK = "Attack"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
NON_STATE = "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Government troops, backed by helicopter gunships, fought rebels for control of the "
        "hills around Norvel on Friday.",
        "Fighting raged between the army and rebels around Dorn as warplanes bombed rebel "
        "positions during the battle.",
        "Rebels fired at a military helicopter that was attacking their positions near Karsk, "
        "and the crew returned fire.",
    ],
)
def test_strikes_that_are_part_of_a_ground_battle_are_the_battle(label, text):
    assert label(text) == CLASH


def test_strikes_beside_fighting_told_as_background_stay_strikes(label):
    text = "Air strikes hit rebel positions near Norvel on Monday, where fighting has raged."
    assert label(text) == AIR


def test_a_suicide_blast_followed_by_ground_fighting_is_a_battle(label):
    text = (
        "A suicide bomber detonated his vest at the gate of a police station in Dorn, then "
        "gunmen stormed the compound and fought police for three hours."
    )
    assert label(text) == CLASH


def test_a_suicide_blast_alone_stays_a_suicide_bomb(label):
    assert label("A suicide bomber blew himself up at a checkpoint in Lirsk.") == SUICIDE


def test_two_sides_shelling_each_other_fight_a_battle(label):
    text = "The two armies shelled each other's positions along the border near Verhal."
    assert label(text) == CLASH


def test_one_side_shelling_stays_shelling(label):
    text = "Rebels fired mortar rounds into the town of Karsk, wounding four residents."
    assert label(text) == SHELLING


def test_rockets_fired_from_a_helicopter_are_an_air_strike(label):
    text = "A military helicopter fired rockets at a rebel camp near Karsk, killing six fighters."
    assert label(text) == AIR


def test_ground_lost_again_within_hours_is_a_battle(label):
    text = (
        "Rebels briefly seized the town of Norvel on Monday before troops drove them out a "
        "few hours later."
    )
    assert label(text) == CLASH


def test_a_capture_told_as_brief_without_a_reversal_stays_a_capture(label):
    text = "Rebels of the Northern Front briefly took over the town of Verhal on Sunday."
    assert label(text) == NON_STATE


def test_people_caught_in_crossfire_are_victims_of_the_battle(label):
    text = (
        "A woman and her child died after being caught in crossfire between the army and "
        "insurgents in Norvel."
    )
    assert label(text) == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen attacked a displaced persons camp near Lirsk, killing seven people.",
        "Soldiers executed three captured rebel fighters near Norvel, a rights group said.",
        "Gunmen shot dead an off-duty police officer outside his home in Verhal on Saturday.",
    ],
)
def test_people_who_cannot_fight_back_are_attacked_not_fought(label, text):
    assert label(text) == ATTACK


def test_fighters_captured_in_a_gun_battle_leave_it_a_battle(label):
    text = "Troops killed five militants and captured three rebel fighters in a gun battle."
    assert label(text) == CLASH


def test_public_stripping_is_sexual_violence(label):
    text = "Militiamen publicly stripped and humiliated women accused of helping the rebels."
    assert label(text) == "Sexual violence"


def test_grenades_fired_from_a_launcher_are_shelling(label):
    text = (
        "Rebels fired rocket-propelled grenades at an army outpost near Lirsk, destroying a tower."
    )
    assert label(text) == SHELLING


def test_a_hand_grenade_stays_a_grenade(label):
    text = "Suspected militants lobbed a grenade into a police post in Norvel, wounding an officer."
    assert label(text) == "Grenade"


def test_a_group_retaking_ground_from_a_rival_militia_overtakes_it(label):
    text = (
        "Rebels of the Northern Front recaptured the town of Velm from a rival militia after "
        "heavy fighting."
    )
    assert label(text) == NON_STATE


def test_the_army_retaking_ground_from_a_militia_regains_it(label):
    text = "Government forces retook the town of Velm from the militia after heavy fighting."
    assert label(text) == "Government regains territory"


def test_police_shooting_a_man_at_their_checkpoint_attack_him(label):
    text = "Police shot dead a man at a checkpoint in Lirsk for breaking the curfew."
    assert label(text) == ATTACK


def test_a_missile_that_downs_a_crewed_plane_is_shelling(label):
    text = "Rebels shot down a military transport plane with a surface-to-air missile near Dorn."
    assert label(text) == SHELLING


def test_a_bomb_that_went_off_on_its_planter_is_a_disrupted_weapon(label):
    text = "A militant was killed when the bomb he was planting near Karsk exploded prematurely."
    assert label(text) == "Disrupted weapons use"


def test_old_ordnance_that_went_off_on_children_stays_a_remote_explosive(label):
    text = "Three children were killed when an unexploded shell they found near Dorn went off."
    assert label(text) == "Remote explosive/landmine/IED"
