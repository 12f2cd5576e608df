"""ACLED typing: the review of the codebook audit (each sentence was mislabelled by a first
version of a convention; background, quotes and allies must not change the news)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber killed nine worshippers at a chapel in Dorn. The army and rebels "
            "have exchanged fire in the hills since March.",
            "Suicide bomb",
        ),
        (
            "Rebels shelled a housing estate in Velm, killing six residents. Rival factions have "
            "fired on each other for weeks.",
            "Shelling/artillery/missile attack",
        ),
        (
            'Gunmen killed three herders near Korvane on Monday. "We are caught in the crossfire '
            'between the army and the rebels," a village elder said.',
            "Attack",
        ),
        (
            "Two suicide bombers blew themselves up outside a church in Dorn, killing five "
            "worshippers. Police said the blasts also killed both attackers.",
            "Suicide bomb",
        ),
        (
            "A roadside bomb killed two road workers near Velm while they were building a new "
            "bridge.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A suicide bomber blew himself up in a market in Korvane, killing eleven shoppers; "
            "police shot dead a second attacker before he could detonate his vest.",
            "Suicide bomb",
        ),
        (
            "Troops backed by pro-government militias recaptured the town of Dorn from the rebel "
            "group on Monday.",
            "Government regains territory",
        ),
        (
            "Rebel fighters surrendered Velm to government troops on Monday without a fight.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_background_quotes_and_allies_leave_the_news_as_it_is(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed twelve and captured thirty soldiers in an attack on an army base near Dorn.",
        "Rebels attacked an army post near Velm, killing nine soldiers. The army said it holds "
        "forty prisoners of war.",
    ],
)
def test_soldiers_killed_in_an_assault_are_no_captives_executed(label, text):
    assert label(text) != "Attack"


def test_hostages_freed_in_a_raid_after_talks_failed_are_no_agreement(label):
    text = (
        "Troops freed fifteen hostages in a raid on a rebel camp near Korvane after "
        "negotiations with the kidnappers broke down."
    )
    assert label(text) != "Agreement"
