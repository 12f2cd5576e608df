"""ACLED typing, round 7 (developments): bases, ground handed over or retaken, a group's own
changes, captives under a deal, people made to disappear, as news copy words them.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

BASE = "Headquarters or base established"
TRANSFER = "Non-violent transfer of territory"
CHANGE = "Change to group/activity"
NON_STATE = "Non-state actor overtakes territory"
STATE = "Government regains territory"
TAKEN = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Ostmark militants set up check posts on the road from Velm to Karsk this week.",
        "A Valdorian checkpoint was installed at the northern gate of Dorn on Sunday.",
        "Bunkers were built by the Red Hand militia on the ridge above Velm, officials said.",
        "Ostmark forces have turned the old grain depot on the edge of the town of Karsk "
        "into a military base, moving in trucks and ammunition.",
    ],
)
def test_check_posts_bunkers_and_a_building_made_a_base_are_a_base(label, text):
    assert label(text) == BASE


def test_checkpoints_set_up_where_a_captured_town_stands_stay_the_capture(label):
    text = "Ostmark militants took control of the town of Velm, where they set up checkpoints."
    assert label(text) == NON_STATE


@pytest.mark.parametrize(
    "text",
    [
        "The Ostmark Front moved into a border post near Velm that had been abandoned by "
        "the Valdorian army overnight.",
        "Valdorian troops moved into the town of Karsk, called Karskov by the north, after "
        "the last Ostmark officials left.",
        "Ostmark forces left the island of Tamm, calling it a gesture of goodwill, and "
        "Valdorian marines later raised their flag there.",
        "The district of Dorn was transferred to Valdorian control on Tuesday, in line with "
        "the truce agreed in May.",
    ],
)
def test_ground_left_and_entered_with_no_fight_is_a_transfer(label, text):
    assert label(text) == TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "The Ostmark valley was cleared of militants and brought under the control of "
        "security forces, army officials announced.",
        "The Valdorian flag was raised again over the centre of Velm after Ostmark forces "
        "were pushed back across the river.",
    ],
)
def test_ground_brought_under_the_state_or_its_flag_raised_again_is_regained(label, text):
    assert label(text) == STATE


def test_fighters_of_a_named_army_capture_for_themselves(label):
    text = "Ostmark Army fighters captured a military outpost near Velm after two days of fighting."
    assert label(text) == NON_STATE


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria's ruling party named a new chairman on Saturday, party officials said.",
        "The Valdorian opposition formed a 'national transitional cabinet' in exile in Karsk.",
        "The Ostmark Front announced an end to their unilateral ceasefire on Monday.",
        "Leaders of the Red Hand said the group would suspend public rallies in Velm, citing "
        "legal pressure after several members were convicted.",
        "The Ostmark Front said it would suspend its operations in the hills to allow nurses "
        "to fight the cholera outbreak.",
        "Valdoria said it would withdraw some troops from the area around the Dorn dam.",
    ],
)
def test_a_group_that_changes_itself_or_its_activity(label, text):
    assert label(text) == CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "A group of Velm residents were taken by Ostmark forces to Karsk, a rights group said, "
        "adding that relatives had no information about them.",
        "A Valdorian journalist vanished in Velm last week; police deny holding him.",
    ],
)
def test_people_carried_off_and_denied_are_disappeared(label, text):
    assert label(text) == TAKEN


@pytest.mark.parametrize(
    "text",
    [
        "A deal to release four detained Valdorians in exchange for Ostmark citizens held in "
        "Velm was completed at Karsk airport, officials said.",
        "The bodies of 80 fallen soldiers were handed over to Valdoria in a repatriation "
        "agreed with Ostmark, officials said.",
    ],
)
def test_captives_or_the_dead_returned_under_a_deal_are_an_agreement(label, text):
    assert label(text) == "Agreement"


def test_tear_gas_dropped_by_a_drone_on_a_dugout_is_a_chemical_weapon(label):
    text = "A drone released a cloud of tear gas over a dugout near Velm, a commander said."
    assert label(text) == "Chemical weapon"


def test_a_torture_chamber_found_is_other(label):
    text = "Prosecutors in Velm said they had found a torture chamber in a police station basement."
    assert label(text) == "Other"


def test_a_recruitment_office_is_no_recruiting(label):
    text = "A military recruitment office in Velm was set on fire overnight, local media said."
    assert label(text) != CHANGE


def test_internet_suspended_in_the_passive_is_other(label):
    text = "Mobile internet services were suspended in Velm for five more days, officials said."
    assert label(text) == "Other"


def test_several_heights_seized_are_ground_taken(label):
    text = "Ostmark militia forces seized several heights near Karsk overnight, the army said."
    assert label(text) == NON_STATE


def test_a_suspect_mauled_by_residents_is_mob_violence(label):
    text = "A suspected burglar was mauled by residents in Velm and later died in hospital."
    assert label(text) == "Mob violence"


def test_vandals_who_smashed_windows_with_no_one_hurt_destroyed_property(label):
    text = "Vandals smashed the windows of a party office in Velm and spray-painted its walls."
    assert label(text) == "Looting/property destruction"


def test_operations_suspended_after_a_killing_leave_the_killing_the_news(label):
    text = "A relief group suspended its operations in Karsk after gunmen killed its drivers."
    assert label(text) != CHANGE


def test_a_permanent_roadblock_installed_by_armed_men_is_a_base_not_a_blockade(label):
    text = (
        "Armed men installed a permanent roadblock outside Velm, demanding payments from drivers."
    )
    assert label(text) == BASE


@pytest.mark.parametrize(
    "text",
    [
        "The Ostmark Front opened an administrative office in Velm, a spokesman said.",
        "Valdorian troops have established new permanent positions on the Karsk border.",
    ],
)
def test_an_administrative_office_or_permanent_positions_are_a_base(label, text):
    assert label(text) == BASE


@pytest.mark.parametrize(
    "text",
    [
        "The Red Hand introduced a new leader in a video released on Monday.",
        "The army's command centre for the north will be relocated from Velm to Karsk.",
    ],
)
def test_a_new_leader_introduced_or_a_command_relocated_is_a_change(label, text):
    assert label(text) == CHANGE


def test_a_man_forced_into_a_car_by_masked_men_was_abducted(label):
    text = "Masked men forced him into a car outside his home in Velm on Tuesday, his family said."
    assert label(text) == TAKEN
