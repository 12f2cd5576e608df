"""ACLED typing: the review of the seventh round's cues (each sentence was mislabelled by a
first version of a cue)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Rebel guns shelled Dorn on Tuesday, killing two farmers and choking off the only "
            "road into the valley.",
            "Chemical weapon",
        ),
        (
            "A rocket hit an oil store in Velm, releasing thick smoke over the port.",
            "Chemical weapon",
        ),
        (
            "A grenade was thrown at a queue outside a bank in Korvane, injuring five, and police "
            "rounded up two suspects.",
            "Protest with intervention",
        ),
        (
            "Police rounded up four members of the district assembly accused of fraud in Velm.",
            "Protest with intervention",
        ),
        (
            "Gunmen fired on a funeral procession in Dorn on Saturday, killing two mourners, "
            "police said.",
            "Excessive force against protesters",
        ),
        (
            "Hundreds of students marched in Velm to condemn the beating of a teacher by police.",
            "Violent demonstration",
        ),
        (
            "Protesters set up checkpoints on the road into Dorn to demand the release of "
            "detained militia leaders.",
            "Headquarters or base established",
        ),
        (
            "Hundreds of dockers protested in Kessel after the port company suspended its "
            "operations at the north quay.",
            "Change to group/activity",
        ),
        (
            "The kidnappers freed two nurses and handed them back to their hospital in Velm.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_a_seventh_round_cue_does_not_misread(label, text, wrong):
    assert label(text) != wrong


def test_union_members_marching_on_parliament_and_held_met_an_intervention(label):
    text = (
        "Water cannon was turned on nurses marching towards the Valdorian parliament, and 20 "
        "of them were taken into custody."
    )
    assert label(text) == "Protest with intervention"
