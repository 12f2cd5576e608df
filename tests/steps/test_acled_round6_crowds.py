"""ACLED typing, round 6 (ct-c): rioting crowds named as demonstrators, a protest's topic that
ends where the protesters' own act begins, and former fighters who are civilians to ACLED.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

from newsledger.records import Actor
from newsledger.steps.events.acled_sides import armed_victims

VIOLENT = "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Striking bus drivers in Velm put up burning barricades and stoned passing cars on "
        "Monday, injuring a cyclist, police said.",
        "Market traders in Kessel set up flaming barricades and stoned vehicles on Friday in "
        "protest at new stall fees. Several kiosks were also looted.",
    ],
)
def test_a_crowd_named_by_its_protest_that_rioted_is_a_violent_demonstration(label, text):
    assert label(text) == VIOLENT


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of a jailed Valdorian opposition leader attacked the ruling party "
        "headquarters in Ostmark with petrol bombs late on Sunday.",
        "Students hurled Molotov cocktails at riot police outside the university in Velm, "
        "and officers answered with tear gas.",
    ],
)
def test_partisans_or_students_who_turned_on_the_police_are_demonstrators(label, text):
    assert label(text) == VIOLENT


def test_a_crowd_the_writer_calls_a_mob_stays_a_mob(label):
    party = "supporters of the Valdorian Unity Party attacked police with petrol bombs in Velm."
    assert label(party.capitalize()) == VIOLENT
    assert label("A mob of " + party) == "Mob violence"


def test_the_protesters_own_act_after_their_grievance_is_told(label):
    text = (
        "Villagers protesting the arrest of a local elder in Dorn blocked the highway and "
        "hurled stones at passing army trucks, injuring two soldiers."
    )
    assert label(text) == VIOLENT


def test_an_act_told_in_a_relative_clause_stays_part_of_the_grievance(label):
    text = (
        "Teachers staged a protest in Velm on Thursday, demanding the arrest of the men who "
        "set fire to the village school last month."
    )
    assert label(text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Ostmark Front executed three former soldiers in Kessel on Monday, "
        "relatives said.",
        "Unidentified men stabbed a former rebel commander to death in Velm. He had joined a "
        "reintegration programme last year.",
    ],
)
def test_former_fighters_killed_are_civilians_attacked(label, text):
    assert label(text) == "Attack"


def test_former_or_retired_recipients_are_not_an_armed_party():
    former = Actor(text="four former soldiers", name="four former soldiers", sector="MIL")
    serving = Actor(text="four soldiers", name="four soldiers", sector="MIL")
    assert not armed_victims([former])
    assert armed_victims([serving])


def test_marchers_who_dispersed_after_their_petition_left_of_their_own_accord(label):
    text = (
        "About two hundred fishermen gathered outside the harbour office in Velm over fuel "
        "prices and dispersed after handing over a petition."
    )
    assert label(text) == "Peaceful protest"


def test_a_crowd_that_was_dispersed_was_made_to_leave(label):
    text = (
        "About two hundred fishermen gathered outside the harbour office in Velm over fuel "
        "prices and were dispersed after an hour."
    )
    assert label(text) == "Protest with intervention"


def test_people_blocking_a_road_and_removed_with_tear_gas_are_a_protest_met_by_force(label):
    text = (
        "Around eighty villagers blocking a highway near Dorn over a water dispute were removed "
        "by police using tear gas on Friday. No one was hurt."
    )
    assert label(text) == "Protest with intervention"


def test_live_fire_at_a_peaceful_rally_leaving_people_critically_hurt_is_excessive(label):
    text = (
        "Some thirty people were injured, several critically, when police used live fire and "
        "batons against a peaceful fishermen's rally in Velm on Tuesday."
    )
    assert label(text) == "Excessive force against protesters"


def test_soldiers_warning_shots_that_chase_protesters_away_are_an_intervention(label):
    text = (
        "Residents protesting water cuts in Kessel were chased away by soldiers who fired shots "
        "into the air, witnesses said. Nobody was hurt."
    )
    assert label(text) == "Protest with intervention"


def test_protesters_who_tried_to_storm_a_house_rioted(label):
    text = (
        "Demonstrators gathered outside the house of a former Valdorian minister in Velm. When "
        "they started to storm the house, security forces fired shots into the air."
    )
    assert label(text) == VIOLENT


def test_people_shot_at_while_protesting_and_killed_met_excessive_force(label):
    text = (
        "Soldiers killed three people when they shot at farmers protesting against a dam in "
        "Dorn, relatives said."
    )
    assert label(text) == "Excessive force against protesters"


def test_a_peaceful_rally_fired_on_from_a_security_post_met_excessive_force(label):
    text = (
        "A peaceful rally of students in Kessel came under fire from a security checkpoint, and "
        "two of the participants were killed."
    )
    assert label(text) == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "In Velm, a march of the miners' families heading to parliament was stopped by police, "
        "who pushed the women into buses.",
        "Riot police removed a nurses' sit-in from the square in Kessel early on Monday, "
        "tearing down the tents.",
    ],
)
def test_a_protest_stopped_or_removed_by_police_is_an_intervention(label, text):
    assert label(text) == "Protest with intervention"


def test_clashes_that_broke_out_between_two_families_with_sticks_are_mob_violence(label):
    text = (
        "Clashes broke out between members of two families in the old market of Velm with "
        "stones and sticks, injuring six people, police said."
    )
    assert label(text) == "Mob violence"


def test_armed_men_of_a_clan_fighting_government_forces_are_an_armed_clash(label):
    text = (
        "Armed men from rival clans in Dorn clashed with Valdorian government forces near the "
        "village, killing two soldiers and four gunmen."
    )
    assert label(text) == "Armed clash"


def test_gang_factions_that_fought_with_rifles_are_an_armed_clash(label):
    text = (
        "Rival factions of two Velm street gangs fought with rifles in a neighbourhood of the "
        "port, police said, adding that one gang member died."
    )
    assert label(text) == "Armed clash"


def test_gang_members_named_first_are_the_shooters_not_the_victims(label):
    text = "Members of a gang opened fire on a minibus in Kessel, killing its driver, police said."
    assert label(text) == "Attack"


def test_relatives_who_set_a_truck_on_fire_at_a_barracks_while_demanding_rioted(label):
    text = (
        "In Dorn, relatives of the missing miners smashed the gates of an army barracks and set "
        "a truck on fire, demanding access to military records."
    )
    assert label(text) == VIOLENT


def test_killing_a_woman_accused_of_witchcraft_is_a_mob_s_justice(label):
    text = "Men from a village near Dorn killed a woman accused of witchcraft on Sunday."
    assert label(text) == "Mob violence"


def test_a_crowd_beating_a_man_accused_of_sexual_abuse_did_no_sexual_violence(label):
    text = (
        "An angry crowd attacked a man accused of sexually abusing a girl in a village near "
        "Kessel, beating him unconscious before police arrived."
    )
    assert label(text) == "Mob violence"


def test_strikes_an_air_force_conducted_are_no_labour_strike(label):
    text = (
        "The Valdorian Air Force conducted strikes on rebel hideouts in the hills above Dorn, "
        "officials said, adding that six fighters were killed."
    )
    assert label(text) == "Air/drone strike"


def test_testimonies_gathered_by_a_rights_group_are_no_gathering(label):
    text = (
        "Militia jailers in Kessel subjected female detainees to rape and beatings, according "
        "to testimonies gathered by a Valdorian rights group."
    )
    assert label(text) == "Sexual violence"


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 25 AK-47 rifles and ammunition in a raid on a farmhouse near Dorn.",
        "Army engineers found and destroyed an anti-tank mine on a track near Velm.",
        "The Valdorian army destroyed a rebel arms depot holding explosives and mines near Kessel.",
    ],
)
def test_weapons_seized_or_destroyed_by_state_forces_are_disrupted_weapons_use(label, text):
    assert label(text) == "Disrupted weapons use"
