"""Tests of the codebook data and the word-sense checks of the event coder: duplicate YAML keys,
false friends read by their syntactic role, the trigger's own place in a sentence that says the
word twice, and crowd cues that need the crowd as the subject. The sentences are our own, about
the fictional Valdoria; the real spaCy pipeline parses them."""

from __future__ import annotations

import pytest

from newsledger.errors import ConfigError
from newsledger.records import Event, Evidence, stable_id
from newsledger.steps.events import load_actor_dictionary, load_codebook
from newsledger.steps.events.acled import classify_acled
from newsledger.steps.events.acled_background import without_background
from newsledger.steps.events.acled_cues import fallback_label, shipped_cues
from newsledger.steps.events.acled_sides import bare_capture


def test_codebook_with_a_repeated_key_is_refused(tmp_path):
    # PyYAML alone keeps the second list and silently loses the first.
    path = tmp_path / "codebook.yaml"
    path.write_text("false_friends:\n  shell: [tortoise]\n  shell: [sea]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="duplicate key 'shell'"):
        load_codebook(path)


def test_actor_file_with_a_repeated_key_is_refused(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("country_aliases:\n  valdoria: VLD\n  valdoria: VAL\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="duplicate key"):
        load_actor_dictionary(path)


def test_shipped_mine_false_friends_keep_every_word():
    # Both the pit kinds ("opencast") and the minerals ("phosphate") say it is no landmine.
    friends = load_codebook().false_friends["mine"]
    assert {"artisanal", "opencast", "underground", "phosphate", "jade", "gold"} <= set(friends)


# A pronoun tells the sense of "march" only as the one who is marched somewhere.
@pytest.mark.parametrize(
    "text",
    [
        "They marched through the capital on Sunday.",
        "She marched with the nurses to the ministry in Lirsk.",
    ],
)
def test_march_with_a_pronoun_subject_is_a_protest(code, text):
    assert "PROTEST" in {e.event for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He was seized by gunmen and marched into the forest.",
        "The gunmen seized him and marched him into the forest near Karsk.",
    ],
)
def test_captive_marched_off_is_no_protest(code, text):
    assert "PROTEST" not in {e.event for e in code(text)}


# The same trigger word twice in a sentence: only the occurrence inside the background phrase
# is background.
def test_violence_after_a_background_phrase_with_the_same_word_is_kept(code):
    text = (
        "After the attack on the market, police arrested ten men, and gunmen attack the post in "
        "Tarvel."
    )
    kept = without_background(code(text))
    assert "ASSAULT" in {e.event for e in kept}
    assert classify_acled(code(text), text)[1] != "Arrests"


def test_only_the_feared_one_of_two_same_word_attacks_is_dropped(code):
    text = "Amid fears of an attack on the market, gunmen attack the police post in Tarvel."
    events = code(text)
    kept = without_background(events)
    assert sum(e.event == "ASSAULT" for e in events) == 2
    assert sum(e.event == "ASSAULT" for e in kept) == 1


# A crowd is a mob only when it is the one that beat or burned.
@pytest.mark.parametrize(
    "text",
    [
        "The crowd watched as police officers beat two students outside the court in Lirsk.",
        "Residents were beaten by police in Lirsk after the match.",
    ],
)
def test_crowd_that_only_saw_or_suffered_violence_is_no_mob(text):
    assert not shipped_cues().has("mob_justice", text.lower())


def test_crowd_that_beat_someone_is_a_mob(code):
    text = "An angry crowd beat a suspected thief to death in the market of Lirsk."
    assert shipped_cues().has("mob_justice", text.lower())
    assert classify_acled(code(text), text)[1] == "Mob violence"


def test_found_body_cue_stays_inside_its_sentence():
    # "body" and "found" in different sentences are no body found.
    text = "the body of the report ran to forty pages. the auditors found no error in it."
    assert fallback_label(text, shipped_cues()) is None
    assert fallback_label("the body of a trader was found near the bridge.", shipped_cues())


def _capture_event(text: str, at: int) -> Event:
    """An ASSAULT event whose trigger is the "captured" at `at` of `text` (its id from its
    offsets, as the coder makes it)."""
    trigger = "captured"
    event_id = stable_id("test", "ASSAULT", str(at), str(at + len(trigger)))
    evidence = Evidence(text, 0, len(text), 0)
    return Event(event_id, "test", "ASSAULT", evidence, mode="occupy", trigger=trigger)


def test_capture_reads_what_its_own_word_took():
    text = "Rebels captured two soldiers and then captured the town of Brenna."
    first, second = (i for i in range(len(text)) if text.startswith("captured", i))
    assert bare_capture(_capture_event(text, first))  # people: not ground taken
    assert not bare_capture(_capture_event(text, second))  # "the town of Brenna"


def test_crowd_cue_reads_whole_verbs_only():
    # "burnt-out" describes a car, it is no burning by the crowd.
    assert not shipped_cues().has("mob_justice", "the crowd walked past a burnt-out car in lirsk.")
    assert shipped_cues().has("mob_justice", "a mob burnt two shops in lirsk.")
