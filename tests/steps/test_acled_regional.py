"""Tests of the ACLED typing of news wording in the regional press and translated news
(newsledger.steps.events.acled, acled_cues): one rule per sentence, each sentence our own,
about the fictional Valdoria. The real spaCy pipeline codes each sentence first."""

from __future__ import annotations

import pytest

# Rules read from the second tuning file (regional press, translated news), each on a sentence of
# our own.
REGIONAL_SENTENCES = [
    # The police who did not intervene made no intervention.
    (
        "Some 3,000 people formed a human chain along the main avenue of Lirsk in support of "
        "jailed strikers; the police did not intervene.",
        "Peaceful protest",
    ),
    # Force on a march or a gathering named by a noun, fired at a gathering, or met with gunfire.
    (
        "The killing of a 16-year-old girl by a police bullet during a peaceful march in Norvel "
        "has caused outrage.",
        "Excessive force against protesters",
    ),
    (
        "Scores of worshippers were wounded when security forces fired live rounds at a peaceful "
        "gathering after prayers in Veresk.",
        "Excessive force against protesters",
    ),
    (
        "Peaceful demonstrators in Marn were met with gunfire from soldiers on Friday, leaving "
        "seven dead.",
        "Excessive force against protesters",
    ),
    # Stones and sticks used on the police make a protest violent.
    (
        "Party workers blocked the highway at Brenna and attacked policemen with sticks and "
        "stones; the protesters were demanding the release of their leader.",
        "Violent demonstration",
    ),
    # Unarmed groups who attacked each other or chased people: mob violence.
    (
        "A quarrel over grazing land turned into a fight between two villages near Korval, where "
        "dozens of men armed with axes attacked each other.",
        "Mob violence",
    ),
    (
        "Groups of residents armed with sticks chased traders from the market of Marn on Tuesday, "
        "beating at least six of them.",
        "Mob violence",
    ),
    # Fighting reported between two armed sides, or sides that confronted each other.
    (
        "Heavy fighting was reported on Tuesday between the army and the Red Ridge militia around "
        "the airport of Lirsk.",
        "Armed clash",
    ),
    (
        "Two rival rebel factions confronted each other in the town of Marn, leaving at least "
        "nine dead, according to aid workers.",
        "Armed clash",
    ),
    # Ground reoccupied, or a town that fell into insurgents' hands.
    (
        "The army reoccupied the town of Brenna after two days of fighting that dislodged the "
        "militiamen.",
        "Government regains territory",
    ),
    (
        "The town of Korval fell into the hands of the insurgents on Friday after three days of "
        "attacks.",
        "Non-state actor overtakes territory",
    ),
    # Aircraft as the attackers.
    (
        "Unidentified aircraft targeted the air base of Marn late on Saturday, destroying a radar "
        "station.",
        "Air/drone strike",
    ),
    # Vehicles laden with explosives driven into a target; a present-tense headline; kamikaze.
    (
        "A motorcyclist rammed his explosive-laden bike into a police truck in Lirsk, killing "
        "three policemen.",
        "Suicide bomb",
    ),
    (
        "A suicide bomber targets a passing-out parade at the police academy of Norvel; at least "
        "15 recruits are reported killed.",
        "Suicide bomb",
    ),
    (
        "The army camp at Marn was the target of a kamikaze attack with a lorry full of "
        "explosives on Monday.",
        "Suicide bomb",
    ),
    (
        "Five soldiers were killed when an attacker driving a booby-trapped car struck a "
        "checkpoint near Korval.",
        "Suicide bomb",
    ),
    # Shelling traded; a vehicle fired on at a checkpoint was no armed target.
    (
        "Army and rebel units traded heavy shelling across the river at Marn, with four civilians "
        "killed on the eastern bank.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Soldiers opened fire on a minibus at a checkpoint near Veresk, killing five civilians, "
        "relatives said.",
        "Attack",
    ),
    # Captives swapped, a statement signed to end fighting, a cell dismantled, groups formed,
    # schools closed.
    (
        "Nine hostages held by the Northern Front were freed in exchange for the release of "
        "imprisoned fighters, mediators said.",
        "Agreement",
    ),
    (
        "The government and the Northern Front signed a statement ending the fighting in the "
        "north, with observers to be deployed along the front line.",
        "Agreement",
    ),
    (
        "Police in Lirsk dismantled a terrorist cell of five members, the interior ministry "
        "announced.",
        "Arrests",
    ),
    (
        "A new armed group calling itself the Valley Guard was formed near Brenna, local sources "
        "said.",
        "Change to group/activity",
    ),
    (
        "All schools in the town of Marn were closed by order of the governor on Monday.",
        "Change to group/activity",
    ),
    # Munitions left over and found, mines found and destroyed.
    (
        "A mortar shell left over from the fighting was found in a schoolyard in Norvel and "
        "destroyed by army engineers.",
        "Disrupted weapons use",
    ),
    (
        "Soldiers destroyed twelve anti-personnel mines found on a path near Korval.",
        "Disrupted weapons use",
    ),
    # A permanent checkpoint is a base; a government dissolved by officers is a coup.
    (
        "The rebels have set up an administration in the town of Marn, including a permanent "
        "checkpoint at its entrance.",
        "Headquarters or base established",
    ),
    (
        "Army officers announced on state radio that they had dissolved the government and "
        "suspended the constitution.",
        "Other",
    ),
    # Bombs dropped where people had gathered are the news, not a protest's topic.
    (
        "Military jets bombed the village of Brenna, where residents had gathered for a market, "
        "leaving dozens dead.",
        "Air/drone strike",
    ),
    # Chemical agents named in an accusation, or a gas released on a village.
    (
        "The rebels accused the army of using chlorine during its attack on the hills above Marn, "
        "where several fighters suffocated.",
        "Chemical weapon",
    ),
    (
        "Chlorine gas was released on the village of Brenna, rescue teams said, and dozens were "
        "treated for suffocation.",
        "Chemical weapon",
    ),
    # Warplanes' raids; a town captured by name outranks the fire exchanged in taking it (not a
    # town captured in the past).
    (
        "Army warplanes launched several raids on the outskirts of Korval, without any victims "
        "being recorded.",
        "Air/drone strike",
    ),
    (
        "Northern Front fighters captured the town of Veresk on Thursday after a brief exchange "
        "of fire with the militia guarding the airport.",
        "Non-state actor overtakes territory",
    ),
    (
        "Women in the town of Korval said they were raped by soldiers in the weeks after the town "
        "was captured.",
        "Sexual violence",
    ),
    # A video released frees no captive; ground handed over under an arrangement is a transfer.
    (
        "The Red Ridge militia announced its merger with two smaller groups in a video released "
        "on Thursday.",
        "Change to group/activity",
    ),
    (
        "A militia brigade handed over its base on the airport road to the police on Monday, "
        "under security arrangements agreed in Lirsk.",
        "Non-violent transfer of territory",
    ),
    # A gathering that drones struck, with no word of a protest.
    (
        "Army drones struck a gathering of armed men near Marn, the general staff reported.",
        "Air/drone strike",
    ),
    # Forces withdrawn with no one taking over and no deal: a change to the group's activity.
    (
        "Foreign troops began pulling out of their base in Korval on Monday as part of a wider "
        "withdrawal from the country.",
        "Change to group/activity",
    ),
    (
        "The Iron Legion is withdrawing its forces from the town of Marn in what the government "
        "called a routine redeployment.",
        "Change to group/activity",
    ),
    (
        "The army pulled out of its positions around Lirsk under the ceasefire deal.",
        "Non-violent transfer of territory",
    ),
]


@pytest.mark.parametrize(("text", "sub_type"), REGIONAL_SENTENCES)
def test_acled_news_regional_wording(label, text, sub_type):
    assert label(text) == sub_type
