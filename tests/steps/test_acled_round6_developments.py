"""ACLED typing, round 6 (developments): bases, ground handed over, a group's own changes,
deals, talks, coups and deaths in custody as news copy words them.

Sentences are our own, set in the fictional Valdoria.
"""

from __future__ import annotations

import pytest

BASE = "Headquarters or base established"
TRANSFER = "Non-violent transfer of territory"
CHANGE = "Change to group/activity"
NON_STATE = "Non-state actor overtakes territory"
STATE = "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June, the Red Hand gang set up a permanent roadblock on the road south of Velm.",
        "Ostmark rebels have made Karsk their administrative headquarters, residents said.",
        "Militants set up checkpoints around Dorn and turned the old school into a headquarters.",
    ],
)
def test_a_permanent_roadblock_or_a_place_made_headquarters_is_a_base(label, text):
    assert label(text) == BASE


@pytest.mark.parametrize(
    "text",
    [
        "Rebels quietly left the town of Velm, and army troops moved in without a shot fired.",
        "Valdorian soldiers withdrew from a village near Karsk, and the militia moved in "
        "without a shot fired, residents said.",
        "Army units surrendered the district of Dorn to the rebels after talks led by elders.",
        "The militia handed Velm's eastern front lines to army troops under a brokered "
        "arrangement, with no clashes reported.",
        "Valdorian troops deployed to Karsk under a deal with the Ostmark Front.",
        "Valdorian forces took over a forward base from Ostmark troops in Dorn on Monday.",
        "The rebels left a village near Velm and the army took up positions there. No clashes "
        "occurred.",
    ],
)
def test_ground_left_or_ceded_to_another_side_without_a_fight_is_a_transfer(label, text):
    assert label(text) == TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "The Velm Front announced the end of its ceasefire and ordered its fighters to resume "
        "operations.",
        "The rebel leader announced the suspension of drone attacks on the capital for a week.",
        'The Red Hand named a new "emir" after the killing of its previous chief.',
        "A split within the Ostmark militia has given rise to a new faction, analysts say.",
        "The rebels announced that they would begin withdrawing from positions near Karsk.",
        "The army sent an additional 2,000 soldiers to the northern province on Monday.",
        "The Red Hand ordered traders in Dorn to close their shops during the funeral.",
        "The Velm Front declared a three-day armed strike in the valley, residents said.",
        "The Red Hand named a new commander after its leader was captured, reports said.",
    ],
)
def test_a_groups_own_change_told_in_the_lead_is_a_change(label, text):
    assert label(text) == CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "A border police outpost near Karsk fell to the Ostmark Front on Friday.",
        "The mining town of Dorn fell under the control of an armed gang last month.",
        "The capture of the Velm border crossing by rebel fighters was announced by the "
        "group's spokesman.",
        "Fighters of the Ostmark Front seized the presidential palace in Velm after two days of "
        "fighting with the guard.",
        "Ostmark forces have taken the town of Dorn after fierce fighting, residents said.",
    ],
)
def test_ground_fallen_to_a_named_group_is_taken_by_it(label, text):
    assert label(text) == NON_STATE


def test_ground_cleared_of_a_group_is_regained(label):
    text = "On 2 May, the army announced that Velm had been cleared of the Ostmark Front."
    assert label(text) == STATE


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Velm was cleared of all charges on Monday, the army said.",
        "The coast road was cleared of debris after the storm.",
        "Government forces have taken the town of Dorn from the rebels.",
    ],
)
def test_no_ground_changes_hands_when_no_group_is_driven_out(label, text):
    assert label(text) not in (STATE, NON_STATE)


def test_an_agency_that_suspended_its_operations_changed_no_armed_group(label):
    text = "An aid agency suspended its operations in Velm after gunmen killed two of its nurses."
    assert label(text) != CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Ten hostages were freed in exchange for detained rebel commanders in a deal brokered "
        "by the church, the presidency said.",
        "The clans of Velm and Dorn signed a reconciliation document ending a feud of years.",
    ],
)
def test_a_swap_for_fighters_or_a_feud_ended_by_signature_is_an_agreement(label, text):
    assert label(text) == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "An Ostmark delegation held talks with rebel officials in Velm on renewing the truce.",
        "Soldiers announced on state radio that the president had been removed and the "
        "constitution suspended.",
        "The army chief announced a takeover of the government. He was later arrested.",
        "On 6 May, workers exhumed remains from a grave near Velm linked to disappearances "
        "during the war.",
    ],
)
def test_talks_a_coup_and_remains_exhumed_are_other(label, text):
    assert label(text) == "Other"
