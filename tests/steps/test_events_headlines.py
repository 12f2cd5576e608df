"""Tests of the ACLED typing of headlines and one-line briefs
(newsledger.steps.events.acled_headlines and the codebook's `headline_*` cues and fallback
rows): the present tense, dropped articles and auxiliaries, and the words news copy uses where
ACLED notes use others. Sentences are our own, about the fictional Valdoria; the real spaCy
pipeline codes each one first."""

from __future__ import annotations

import pytest

from newsledger.steps.events.acled_background import without_months
from newsledger.steps.events.acled_cues import compile_cues
from newsledger.steps.events.acled_headlines import refine_headline
from newsledger.steps.events.codebook import Codebook

# Headlines and briefs, each of a type the past-tense cues of ACLED notes miss.
HEADLINE_SENTENCES = [
    (
        "Valdorian police kill two demonstrators in Lirsk, rights group says",
        "Excessive force against protesters",
    ),
    (
        "Soldiers kill student during peaceful protest in Orsek",
        "Excessive force against protesters",
    ),
    ("Stone-throwing demonstrators injure three officers in Norvel", "Violent demonstration"),
    ("Rioters torch tax office in Veresk after disputed vote", "Violent demonstration"),
    (
        "Communal clashes between two villages over grazing land leave four dead near Orsek",
        "Mob violence",
    ),
    ("Vigilantes beat suspected burglars in Lirsk market", "Mob violence"),
    (
        "Valdorian soldiers wrest control of Norvel suburb from militants",
        "Government regains territory",
    ),
    (
        (
            "The army said it had regained the town of Veresk, which rebels had held since the "
            "spring."
        ),
        "Government regains territory",
    ),
    (
        (
            "Government troops were back in control of the district office at Lirsk on Tuesday, "
            "two weeks after rebels had driven out the local administration."
        ),
        "Government regains territory",
    ),
    ("Rebels recapture town of Orsek after heavy fighting", "Non-state actor overtakes territory"),
    (
        (
            "Residents of Orsek said the town had fallen to insurgents overnight, with fighters "
            "patrolling the streets."
        ),
        "Non-state actor overtakes territory",
    ),
    ("Valdorian air force bombs village near Lirsk, killing nine", "Air/drone strike"),
    ("Bomber drives explosives-laden van into police compound in Norvel", "Suicide bomb"),
    ("Woman detonates explosive vest at Veresk market", "Suicide bomb"),
    (
        "Several houses in Lirsk were destroyed by a rocket attack overnight.",
        "Shelling/artillery/missile attack",
    ),
    (
        (
            "Several rounds fired from across the river landed in a residential area of Lirsk on "
            "Wednesday, damaging a clinic and wounding a nurse."
        ),
        "Shelling/artillery/missile attack",
    ),
    ("Grenade explosion at Norvel bus stop wounds passers-by", "Grenade"),
    (
        (
            "Unidentified men threw an explosive device at a bar in Lirsk late on Friday, "
            "wounding four customers. Police said it was a hand grenade."
        ),
        "Grenade",
    ),
    (
        "Bandits seized 12 travellers on the Lirsk highway, police said.",
        "Abduction/forced disappearance",
    ),
    (
        "Armed men took away four fishermen from a boat off Orsek this week.",
        "Abduction/forced disappearance",
    ),
    (
        "Activist goes missing after arrest by unknown men in Veresk",
        "Abduction/forced disappearance",
    ),
    ("Kidnapped engineers freed in Norvel after deal with gang, company says", "Agreement"),
    ("Opposition leader arrested in Lirsk ahead of rally", "Arrests"),
    ("Former minister held by anti-graft police in Norvel", "Arrests"),
    ("Rebel faction splits over peace talks", "Change to group/activity"),
    (
        (
            "A new armed group calling itself the Veresk Defence Front was formed earlier this "
            "week, members said."
        ),
        "Change to group/activity",
    ),
    ("Landmines removed from road near Orsek by army engineers", "Disrupted weapons use"),
    (
        (
            "Troops at a checkpoint outside Norvel recovered rifles and several boxes of "
            "ammunition hidden in a truck carrying vegetables."
        ),
        "Disrupted weapons use",
    ),
    (
        "Rebel fighters blew up the house of a village chief near Lirsk, residents said",
        "Looting/property destruction",
    ),
    (
        (
            "The militia has turned the former school in Veresk into its command post, residents "
            "said."
        ),
        "Headquarters or base established",
    ),
    (
        "Valdoria hands Orsek district to Norvelia under ceasefire deal",
        "Non-violent transfer of territory",
    ),
    ("Peacekeepers take control of Orsek as rebels leave", "Non-violent transfer of territory"),
    (
        (
            "Government soldiers left the Veresk garrison on Monday and handed the keys to the "
            "local police."
        ),
        "Non-violent transfer of territory",
    ),
    ("Soldiers announce on state radio they have seized power in Lirsk", "Other"),
    (
        "A detained opposition activist died in a Lirsk prison on Sunday, rights groups said.",
        "Other",
    ),
    (
        (
            "Forensic teams began exhuming a mass grave found near Lirsk that may hold the "
            "remains of people missing since the war."
        ),
        "Other",
    ),
]
# Longer local-news briefs: the news in the first sentence, background after it.
BRIEF_SENTENCES = [
    (
        (
            "About 200 market vendors in Norvel closed their stalls on Thursday and walked to the"
            " municipal office to oppose a new daily levy. Council officials promised to review "
            "the charge."
        ),
        "Peaceful protest",
    ),
    ("Water cannon used to disperse teachers outside Veresk ministry", "Protest with intervention"),
    (
        (
            "Elders from the two clans met in Veresk on Thursday and signed a pledge to end the "
            "dispute over wells."
        ),
        "Agreement",
    ),
    (
        (
            "Authorities in Orsek ordered all schools and markets closed until further notice on "
            "Monday."
        ),
        "Change to group/activity",
    ),
    (
        (
            "Fighters of an armed group took control of the Veresk gold mine on Sunday after "
            "police guards fled."
        ),
        "Non-state actor overtakes territory",
    ),
    (
        (
            "A businessman was taken from his car by gunmen on the Lirsk road on Sunday, police "
            "said."
        ),
        "Abduction/forced disappearance",
    ),
]
# Violence named only as what came before the news, or as feared: background, not the event.
BACKGROUND_SENTENCES = [
    (
        "The governor of Veresk province imposed a night curfew on the provincial capital on "
        "Sunday after a week of attacks on police posts.",
        "Change to group/activity",
    ),
    (
        "The army deployed two more companies to the Lirsk border area on Monday in response "
        "to a spate of killings of farmers.",
        "Change to group/activity",
    ),
    (
        "Schools in the Norvel district remained closed on Tuesday amid fears of attacks by "
        "armed groups, the education office said.",
        "Change to group/activity",
    ),
    (
        "Peace talks between the government and the rebels opened in Orsek on Monday following "
        "months of deadly clashes in the east.",
        "Other",
    ),
    (
        "Rebels handed over the town of Veresk to government troops on Friday, three years "
        "after seizing it in a bloody assault.",
        "Non-violent transfer of territory",
    ),
    (
        "Traders in Norvel shut their shops on Tuesday to protest against the killing of a "
        "colleague by robbers last week.",
        "Peaceful protest",
    ),
]
# Fighting that only describes a party or a place, or the dead of a past battle exchanged.
DESCRIBED_FIGHTING_SENTENCES = [
    (
        "A truce between the two militias fighting for control of the Norvel market came into "
        "force on Monday, elders said, ending a week of clashes.",
        "Agreement",
    ),
    (
        "Rival clans in Veresk, who clashed repeatedly over water points last year, signed a "
        "reconciliation agreement on Thursday in the presence of the governor.",
        "Agreement",
    ),
    (
        "The militia fighting in the Norvel hills announced on Tuesday that it was suspending "
        "operations during the holy month, after clashes with the army last week.",
        "Change to group/activity",
    ),
    (
        "Artillery fire from government positions hit the rebel-held village of Kosta near "
        "Orsek on Sunday, killing a child, in an area where the two sides clashed last week.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Gunmen killed four civilians at a market in Lirsk on Monday, in an area where the army "
        "and rebels have clashed for months, residents said.",
        "Attack",
    ),
    (
        "The government and the armed group exchanged the bodies of fighters killed in last "
        "month's battle for Orsek on Saturday under a deal brokered by elders.",
        "Agreement",
    ),
]
# Bombs made safe before they went off, in the words news uses for it.
DISRUPTED_SENTENCES = [
    (
        "Police sappers deactivated an improvised explosive device left outside a school in "
        "Lirsk on Monday, officials said.",
        "Disrupted weapons use",
    ),
    (
        "An explosive device attached to a gas pipeline near Norvel was detected by a patrol "
        "and made safe before it could go off, the army said.",
        "Disrupted weapons use",
    ),
    (
        "Soldiers disarmed a roadside bomb on the highway between Veresk and Kosta on Thursday "
        "morning, a military spokesman said.",
        "Disrupted weapons use",
    ),
]
# Attacks on things, with no one hurt: property destruction.
PROPERTY_SENTENCES = [
    (
        "Militants attacked a telecommunications tower outside Norvel on Friday, blowing up "
        "its generator and cutting off the network in three districts.",
        "Looting/property destruction",
    ),
    (
        "Gunmen stormed a tea plantation near Veresk on Saturday and burned two warehouses and "
        "a tractor, the company said. Workers fled before the attackers arrived.",
        "Looting/property destruction",
    ),
    (
        "Gunmen attacked the village of Dravo near Lirsk on Friday and burned down houses, "
        "residents said.",
        "Attack",
    ),
]
# "March" the month beside a day, a year or a word of time is no march of protesters.
MONTH_SENTENCES = [
    ("Gunmen killed 14 villagers in Dravo in March, the governor said on Monday.", "Attack"),
    ("Police killed two farmers in a raid near Norvel in March.", "Attack"),
    ("Police arrested 12 people in Lirsk on 5 March.", "Arrests"),
]
# Headline words that must not re-type these: the state retaking ground a rebel group had
# taken, a crime a protest is about, a past-tense arrest at a protest.
UNCHANGED_SENTENCES = [
    (
        "The army recaptured Orsek on Monday after the town was taken over by rebels in May.",
        "Government regains territory",
    ),
    (
        "Farmers protested in Lirsk on Friday, demanding the arrest of men who set fire to "
        "their crops.",
        "Peaceful protest",
    ),
    ("Police fire tear gas at students marching in Lirsk", "Protest with intervention"),
    ("Militants overrun army base in Norvel", "Non-state actor overtakes territory"),
    ("Roadside bomb kills four soldiers near Veresk", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub_type"), HEADLINE_SENTENCES)
def test_acled_sub_type_of_headline(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), BRIEF_SENTENCES)
def test_acled_sub_type_of_brief(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), BACKGROUND_SENTENCES)
def test_acled_background_violence_is_not_the_news(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), DESCRIBED_FIGHTING_SENTENCES)
def test_acled_fighting_that_describes_is_not_the_news(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), DISRUPTED_SENTENCES)
def test_acled_bomb_made_safe_is_disrupted_weapons_use(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), PROPERTY_SENTENCES)
def test_acled_attack_on_things_is_property_destruction(label, text, sub_type):
    assert label(text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), MONTH_SENTENCES)
def test_acled_month_of_march_is_no_protest(label, text, sub_type):
    assert label(text) == sub_type


def test_without_months_keeps_a_march():
    """Only the month is renamed: a march (noun or verb) stays for the protest cues."""
    text = "Teachers March in Lirsk; the march began in March, on 3 March 2021."
    renamed = without_months(text)
    assert renamed.count("March") == 1 and renamed.count("march") == 1
    assert "Teachers March" in renamed


@pytest.mark.parametrize(("text", "sub_type"), UNCHANGED_SENTENCES)
def test_acled_headline_words_leave_other_labels(label, text, sub_type):
    assert label(text) == sub_type


def test_refine_headline_needs_headline_cues():
    """A user codebook without `headline_*` cues leaves the label as the other cues left it."""
    raw = {"acled_cues": {"cues": {"lethal": ["\\bkill"]}}}
    cues = compile_cues(Codebook({}, {}, {}, {}, [], raw=raw))
    text = "police kill protester in lirsk"
    label = ("Violence against civilians", "Attack")
    assert refine_headline(label, label, None, text, cues) == label


def test_refine_headline_reads_present_tense_force():
    """With the headline cue, the present tense "kill protester" is excessive force."""
    pattern = "\\bkills? (?:[\\w-]+ ){0,3}protesters?\\b"
    raw = {"acled_cues": {"cues": {"headline_force": [pattern]}}}
    cues = compile_cues(Codebook({}, {}, {}, {}, [], raw=raw))
    label = ("Violence against civilians", "Attack")
    found = refine_headline(label, label, None, "police kill protester in lirsk", cues)
    assert found == ("Protests", "Excessive force against protesters")
    assert refine_headline(label, label, None, "police kill farmer in lirsk", cues) == label
