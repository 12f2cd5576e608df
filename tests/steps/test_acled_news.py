"""Tests of the ACLED typing of news wording (newsledger.steps.events.acled, acled_cues): the
rare sub-types as wire copy words them, and the rules that read them, each on a sentence we
wrote about the fictional Valdoria. The real spaCy pipeline codes each sentence first."""

from __future__ import annotations

import pytest

# The weapon, named the way news copy names it.
WEAPON_SENTENCES = [
    # A gas carried by a munition, or dropped from drones or helicopters, is a chemical weapon.
    (
        "Rebels fired rockets filled with a mustard agent at army positions near Marn, causing "
        "blisters among the soldiers.",
        "Chemical weapon",
    ),
    (
        "Drones dropped tear-gas grenades on army trenches outside Korval on Tuesday.",
        "Chemical weapon",
    ),
    (
        "Army helicopters dropped barrels containing chlorine on the village of Brenna.",
        "Chemical weapon",
    ),
    # A bomber who set off "his" device, a driver who rammed a vehicle laden with explosives.
    (
        "A teenage bomber detonated his device at the entrance of a market in Lirsk, killing "
        "six people.",
        "Suicide bomb",
    ),
    (
        "A militant drove a truck packed with explosives into the gate of an army base near Marn.",
        "Suicide bomb",
    ),
    # Mines driven over and ordnance left lying about are remote explosives.
    (
        "A farmer was killed when his tractor ran over an anti-tank mine in a field near Veresk.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Two boys died when a piece of unexploded ordnance they had found near Norvel went off.",
        "Remote explosive/landmine/IED",
    ),
    # Bombs dropped from aircraft are an air strike, not a planted bomb.
    (
        "Military aircraft dropped guided bombs on a residential area of Lirsk, wounding 12 "
        "people.",
        "Air/drone strike",
    ),
    # Rockets fired from launchers at a town are shelling.
    (
        "Residents said the army had fired multiple-launch rocket systems at the centre of Marn. "
        "A school was damaged.",
        "Shelling/artillery/missile attack",
    ),
]

# Words that only look like a weapon or a type: a gold mine is a pit; aircraft "raids" are air
# strikes; a new administration formed is a change to a group.
LOOKALIKE_SENTENCES = [
    (
        "Foreign mercenaries established a base near the gold mines of Karsk in the north.",
        "Headquarters or base established",
    ),
    (
        "Coalition aircraft carried out five raids on the Marn district, killing three civilians.",
        "Air/drone strike",
    ),
    (
        "The Northern Front announced the formation of a new interim administration in Brenna.",
        "Change to group/activity",
    ),
]

# Weapons that never went off: found (also in the passive), foiled, seized.
DISRUPTED_SENTENCES = [
    (
        "Mines planted by the militia along the road to Marn were found and cleared by soldiers.",
        "Disrupted weapons use",
    ),
    (
        "Police foiled a planned suicide attack on a church in Lirsk and arrested a man wearing "
        "an explosive belt.",
        "Disrupted weapons use",
    ),
    (
        "Soldiers found a tunnel holding 30 rockets near Korval and destroyed them.",
        "Disrupted weapons use",
    ),
    # Weapons seized before the arrest are the news; seized after it, the arrest's outcome.
    (
        "Police seized 200 kilograms of explosives from a lorry in Norvel and arrested its driver.",
        "Disrupted weapons use",
    ),
    (
        "Police arrested four members of an armed cell in Norvel and seized bomb-making materials.",
        "Arrests",
    ),
]

# Ground taken back, taken, or left to another side.
TERRITORY_SENTENCES = [
    (
        "Government forces said they had taken back the town of Marn from the rebels.",
        "Government regains territory",
    ),
    (
        "The army reclaimed a border post near Korval that the rebels had held for a week.",
        "Government regains territory",
    ),
    (
        "Valdorian troops seized back the town of Brenna from the Northern Front, state radio "
        "said.",
        "Government regains territory",
    ),
    # Militiamen are no state force, whatever sector the dictionary gives them.
    (
        "Red Ridge militiamen took control of Brenna on Thursday after fighting with army troops.",
        "Non-state actor overtakes territory",
    ),
    # A force left and another moved in with no fight: a non-violent transfer ...
    (
        "Army troops pulled out of the town of Marn and Northern Front rebels took control "
        "shortly afterwards.",
        "Non-violent transfer of territory",
    ),
    (
        "The peacekeeping mission transferred its camp at Brenna to the Valdorian army.",
        "Non-violent transfer of territory",
    ),
]

# People carried off, crowds met with force, and protests that met none.
PEOPLE_SENTENCES = [
    (
        "Gunmen seized a priest from his parish house in Veresk late on Sunday.",
        "Abduction/forced disappearance",
    ),
    (
        "Bandits stopped a minibus near Marn and took away 12 passengers.",
        "Abduction/forced disappearance",
    ),
    # ... but goods carried away are loot.
    (
        "Rebels looted a village near Marn and carried away food and clothes.",
        "Looting/property destruction",
    ),
    (
        "A student was beaten to death by police during a protest over exam results in Lirsk.",
        "Excessive force against protesters",
    ),
    (
        "Soldiers used live ammunition against peaceful demonstrators in Norvel, leaving four "
        "people dead.",
        "Excessive force against protesters",
    ),
    (
        "Police shot dead two men at a peaceful gathering against water cuts in Veresk.",
        "Excessive force against protesters",
    ),
    (
        "Soldiers shot and killed three people taking part in a march in Lirsk.",
        "Excessive force against protesters",
    ),
    (
        "Thousands of nurses marched through Lirsk to demand better pay before dispersing "
        "peacefully.",
        "Peaceful protest",
    ),
    ("Police arrested 30 opposition activists in Norvel a day before a planned rally.", "Arrests"),
    (
        "Ruling party youths chased away an opposition gathering in Veresk, tearing up placards.",
        "Protest with intervention",
    ),
    # The word that names a protest's topic still tells of a protest.
    (
        "Youths protesting the death of a taxi driver attacked a police post in Norvel and freed "
        "two detainees.",
        "Violent demonstration",
    ),
    # Violence denied is no cue.
    (
        "Lorry drivers parked their trucks across the highway near Lirsk to press for cheaper "
        "diesel, but no clashes were reported.",
        "Peaceful protest",
    ),
    # Civilians killed at a checkpoint were not its guards.
    (
        "Soldiers killed three unarmed civilians at a checkpoint outside Korval after a dispute "
        "over a bribe.",
        "Attack",
    ),
]

# Developments: groups changed, deals made, bases set up, and the rest.
DEVELOPMENT_SENTENCES = [
    (
        "The Northern Front announced it had appointed a new military commander.",
        "Change to group/activity",
    ),
    (
        "Two rebel factions in the north announced that they had merged under a single command.",
        "Change to group/activity",
    ),
    (
        "The Northern Front announced a suspension of offensive operations for the holidays.",
        "Change to group/activity",
    ),
    (
        "The militia ordered the closure of all schools in the Brenna district.",
        "Change to group/activity",
    ),
    (
        "The government and the rebels exchanged 40 prisoners in Marn in a swap brokered by "
        "church leaders.",
        "Agreement",
    ),
    (
        "The rebels released 12 crew members of a seized ship under a deal mediated by elders "
        "in Korval.",
        "Agreement",
    ),
    (
        "A new camp was set up by the rebels in the forest near Marn.",
        "Headquarters or base established",
    ),
    (
        "The Northern Front established a military position on a hill above the Marn road.",
        "Headquarters or base established",
    ),
    (
        "The militia set up permanent checkpoints on the road between Marn and Korval.",
        "Headquarters or base established",
    ),
    (
        "Soldiers announced on state television that they had removed the president from power "
        "and suspended the constitution.",
        "Other",
    ),
    ("A mass grave holding at least 20 bodies was found on the outskirts of Korval.", "Other"),
    (
        "An explosion at an army ammunition depot in Lirsk killed three people, officials said, "
        "blaming a short circuit.",
        "Other",
    ),
]

# Crowds, raids and claims: communal clashes are a mob's; raids "targeting" suspects are arrests;
# a tower blown up is property destroyed; martial law is a security measure; abuse named in an
# accusation is still the news; a killing a boycott was "to protest" is its topic.
READING_SENTENCES = [
    (
        "Three people were killed in communal clashes between two villages in the hills above "
        "Marn, police said.",
        "Mob violence",
    ),
    (
        "Police detained 40 people, including two lawyers, in raids targeting alleged members of "
        "the Northern Front in Lirsk.",
        "Arrests",
    ),
    (
        "Northern Front fighters blew up a telecommunications tower near Brenna overnight.",
        "Looting/property destruction",
    ),
    (
        "The army imposed martial law in two districts of the Marn valley.",
        "Change to group/activity",
    ),
    (
        "A report accused border guards of sexually abusing girls at a camp near Korval.",
        "Sexual violence",
    ),
    (
        "Lawyers boycotted the courts of Lirsk to protest the killing of a colleague.",
        "Peaceful protest",
    ),
    # Militants named as the agents of a shooting were not its target.
    ("A teacher was shot dead by suspected militants in Norvel on Thursday.", "Attack"),
    # Protesters who clashed with the police rioted; protesters shot by soldiers met excessive
    # force, also when the shooting is named by a noun.
    (
        "Clashes between protesters and riot police broke out in central Norvel on Friday.",
        "Violent demonstration",
    ),
    (
        "Protesters and security forces clashed near the parliament in Veresk, witnesses said.",
        "Violent demonstration",
    ),
    (
        "The shooting of five protesters by soldiers in Veresk drew international condemnation.",
        "Excessive force against protesters",
    ),
]

# Fallback words for texts whose events do not map: a vehicle bomb driven in (passive), a group
# joining forces or closing schools, a town's "liberation" or a city "took".
FALLBACK_SENTENCES = [
    (
        "A car laden with explosives was driven into the gate of the parliament in Lirsk and "
        "exploded, killing ten.",
        "Suicide bomb",
    ),
    (
        "The Red Ridge militia announced it was joining the government's forces.",
        "Change to group/activity",
    ),
    (
        "The Northern Front closed all schools in areas under its control near Marn.",
        "Change to group/activity",
    ),
    (
        "The army announced the liberation of the town of Korval from armed groups.",
        "Government regains territory",
    ),
    (
        "The rebels took Veresk city on Sunday, the provincial council said.",
        "Non-state actor overtakes territory",
    ),
]

# A lead that names a deal, ground or a base in words no trigger coded outranks what later
# sentences tell as background; a base set up is no deployment that gives way to violence.
LEAD_SENTENCES = [
    (
        "The government and the Red Ridge militia signed a ceasefire after church leaders "
        "mediated talks in Marn. Fighting between them had killed dozens since March.",
        "Agreement",
    ),
    (
        "The two sides exchanged 50 prisoners of war in a swap brokered by Korval. Hours "
        "earlier, shelling had hit a village near Marn.",
        "Agreement",
    ),
    (
        "Soldiers re-established control over the town of Brenna, the army said. It said it had "
        "also recovered weapons left by the rebels.",
        "Government regains territory",
    ),
    (
        "Bandits have established a new camp in the forest near Veresk, residents said. Gunmen "
        "killed a farmer in a nearby village last week.",
        "Headquarters or base established",
    ),
]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    WEAPON_SENTENCES + LOOKALIKE_SENTENCES + DISRUPTED_SENTENCES + TERRITORY_SENTENCES,
)
def test_acled_news_weapons_and_ground(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    PEOPLE_SENTENCES
    + READING_SENTENCES
    + DEVELOPMENT_SENTENCES
    + FALLBACK_SENTENCES
    + LEAD_SENTENCES,
)
def test_acled_news_people_and_developments(label, text, sub_type):
    assert label(text) == sub_type
