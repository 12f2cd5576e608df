"""Tests of the third reading of news wording for the ACLED typing
(newsledger.steps.events.acled_wording): newspaper, bulletin and statement phrasing, each on a
sentence we wrote about the fictional Valdoria. The real spaCy pipeline codes each sentence
first; the last tests read the cues alone."""

from __future__ import annotations

import pytest

from newsledger.steps.events.acled_cues import shipped_cues
from newsledger.steps.events.acled_wording import reword_label

# Crowds, protests and the force used on them.
PEOPLE_SENTENCES = [
    # A crowd's justice is mob violence, told in the passive or followed by arrests.
    (
        "A man accused of stealing a goat was beaten and set on fire by a crowd in Lirsk on "
        "Sunday, police said.",
        "Mob violence",
    ),
    (
        "Villagers beat to death a herder accused of sorcery near Marn; police have since "
        "arrested five suspects.",
        "Mob violence",
    ),
    # Lethal force at a protest named as peaceful, or live fire used to break a march up.
    (
        "Police fired on hundreds of people marching peacefully in Norvel on Friday, killing "
        "four, a rights group said.",
        "Excessive force against protesters",
    ),
    (
        "Soldiers used live fire to break up a march by teachers in Korval, killing two people.",
        "Excessive force against protesters",
    ),
    # Force that only held or pushed people back is an intervention.
    (
        "Riot police detained dozens of students taking part in a march against tuition fees "
        "in Lirsk on Saturday.",
        "Protest with intervention",
    ),
    # Demonstrators who set up burning barricades rioted.
    (
        "Students demonstrating against bus fares set up burning barricades and stoned passing "
        "cars in Veresk on Monday.",
        "Violent demonstration",
    ),
    # A "gathering" bombed from the air, with no word of a protest, is an air strike.
    (
        "Military aircraft bombed a wedding gathering in the village of Brenna, killing 20 "
        "people, residents said.",
        "Air/drone strike",
    ),
    # People carried off in news words; captives swapped; a death in custody.
    (
        "Gunmen snatched nine passengers from a bus on the road to Marn late on Thursday.",
        "Abduction/forced disappearance",
    ),
    (
        "The army and the rebels each handed over 40 prisoners on Sunday, and officials said "
        "the swap had been arranged by church leaders.",
        "Agreement",
    ),
    (
        "A student leader died in police custody in Norvel overnight, his family said, "
        "accusing officers of beating him.",
        "Other",
    ),
]

# Fighting, ground and developments.
GROUND_SENTENCES = [
    # A deal signed in the lead is the news, whatever fighting the text tells.
    (
        "The army and the Korval Liberation Front signed a ceasefire in Lirsk on Monday, though "
        "fighting continued in the hills.",
        "Agreement",
    ),
    # Villages fighting with machetes and sticks are a mob, not a battle.
    (
        "Youths from two neighbouring villages clashed with machetes and sticks over a grazing "
        "dispute near Veresk, leaving three dead.",
        "Mob violence",
    ),
    # Ground the state regained, by name, and ground fallen to rebels.
    (
        "Government troops regained the town of Marn from the rebels on Tuesday, the army said.",
        "Government regains territory",
    ),
    (
        "The border town of Osterby fell to rebel fighters late on Sunday.",
        "Non-state actor overtakes territory",
    ),
    # A town one side left and another moved into without a shot.
    (
        "Rebel fighters moved into the town of Brenna after the army withdrew overnight, and "
        "residents said no shot was fired.",
        "Non-violent transfer of territory",
    ),
    # A camp built and a checkpoint set up by an armed group are bases.
    (
        "Rebels have built a camp with trenches on an island in Lake Orm, which they use as a "
        "base for raids.",
        "Headquarters or base established",
    ),
    # A group's new leader, named after its old one was killed, is a change to the group.
    (
        "The Korval Liberation Front named a new commander following the killing of its "
        "founder in an air strike.",
        "Change to group/activity",
    ),
    # Weapons made safe, and weapons named in news words.
    (
        "Air defences shot down 18 of 20 drones launched at Norvel overnight, the army said.",
        "Disrupted weapons use",
    ),
    (
        "Police disarmed a car bomb parked near the courthouse in Lirsk on Wednesday.",
        "Disrupted weapons use",
    ),
    (
        "A boy was killed when an unexploded shell he had found in a field near Marn went off.",
        "Remote explosive/landmine/IED",
    ),
]

# Crowds at state targets, assaults at dispersals, raids that only wrecked or stole.
MORE_SENTENCES = [
    # Supporters who stormed an electoral office rioted for a cause: a violent demonstration.
    (
        "Supporters of a losing candidate stormed the electoral commission office in Lirsk, "
        "ransacking files and smashing windows.",
        "Violent demonstration",
    ),
    # Demonstrators sexually assaulted as a sit-in was broken up: sexual violence.
    (
        "Several women demonstrators were sexually assaulted by soldiers during the break-up of "
        "a sit-in outside the ministry in Norvel, doctors said.",
        "Sexual violence",
    ),
    # Leaders arrested ahead of a rally: arrests, not an intervention in it.
    (
        "Police arrested three opposition leaders in Korval on Thursday ahead of a planned rally.",
        "Arrests",
    ),
    # A house blown up with no one hurt is property destroyed; cattle rustled are loot.
    (
        "Rebel fighters blew up the house of a village chief in Brenna, local sources said. No "
        "one was hurt.",
        "Looting/property destruction",
    ),
    (
        "Armed herders rustled 150 cattle from a village near Marn; no one was hurt, officials "
        "said.",
        "Looting/property destruction",
    ),
    # Villagers killed first, an exchange of fire with troops later: the attack is the news.
    (
        "Gunmen killed nine villagers in Osterby overnight, officials said. Troops sent to the "
        "area later exchanged fire with the attackers.",
        "Attack",
    ),
    # Troops sent somewhere after attacks there: a deployment, the attacks its background.
    (
        "The army deployed two more battalions to Veresk province on Monday following a wave "
        "of attacks on farming villages.",
        "Change to group/activity",
    ),
    # Students baton-charged at a rally, a few hurt slightly: an intervention.
    (
        "Police charged with batons on students rallying outside the university in Norvel, "
        "leaving several slightly hurt.",
        "Protest with intervention",
    ),
    # A crackdown that rounded people up, no one hurt: arrests, not an attack.
    (
        "Security forces launched a crackdown in the northern province of Veresk on Monday, "
        "rounding up dozens of suspected separatists.",
        "Arrests",
    ),
    # A detainee who died in prison: "Other".
    (
        "A detained opposition activist died in a Lirsk prison on Sunday, rights groups said.",
        "Other",
    ),
]

# Wording that the third reading must leave alone.
KEPT_SENTENCES = [
    # A crowd that killed a man "suspected of rape" did no sexual violence.
    (
        "A mob stormed a police cell in Veresk and killed a man suspected of rape.",
        "Mob violence",
    ),
    # Checkpoints set up by forces deploying are part of the deployment.
    (
        "Government forces deployed in the streets of Lirsk with armoured vehicles and set up "
        "checkpoints at the city's entrances.",
        "Change to group/activity",
    ),
    # Stones thrown at the police by residents are a mob's, as ACLED codes them.
    (
        "Residents pelted stones at police enforcing a lockdown in Veresk, injuring two officers.",
        "Mob violence",
    ),
    # A "coup" in a denunciation is no coup.
    (
        "Police arrested the mayor of Norvel on Wednesday, a move the opposition denounced as "
        "a coup against its candidate.",
        "Arrests",
    ),
]


@pytest.mark.parametrize(("text", "sub_type"), PEOPLE_SENTENCES + GROUND_SENTENCES + MORE_SENTENCES)
def test_acled_round3_news_wording(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), KEPT_SENTENCES)
def test_acled_round3_leaves_other_wording(label, text, sub_type):
    assert label(text) == sub_type


def test_reword_label_types_a_text_nothing_else_typed():
    text = "the military junta announced on state television that it had seized power."
    assert reword_label(None, text, shipped_cues()) == ("Strategic developments", "Other")
    assert reword_label(None, "nothing happened in lirsk.", shipped_cues()) is None


def test_reword_label_reads_the_lead_not_the_background():
    # (shelling amid clashes told in the lead stays a battle)
    cues = shipped_cues()
    clash = "troops clashed with rebels near marn amid an artillery attack on the area."
    assert reword_label(("Battles", "Armed clash"), clash, cues) == ("Battles", "Armed clash")
    remote = "a missile attack on the port of lirsk injured four dock workers."
    assert reword_label(("Violence against civilians", "Attack"), remote, cues)[1] == (
        "Shelling/artillery/missile attack"
    )
