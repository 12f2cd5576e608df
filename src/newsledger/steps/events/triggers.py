"""Trigger matching over a dependency parse.

Input: a parsed spaCy sentence and the compiled codebook. Output: `TriggerMatch`es (the pattern,
its tokens, its head token), non-overlapping, longest phrase first. Their actors and recipients
are found by `newsledger.steps.events.arguments`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsledger.steps.events.codebook import Codebook, TriggerPattern

# Up to this many modifier tokens may separate two words of a trigger phrase
# ("staged their regular weekend march", "fired 120mm and 82mm mortars").
MAX_GAP = 6
# Parts of speech that may sit inside such a gap (never a verb: that would be another clause).
GAP_POS = frozenset(
    {"DET", "ADJ", "PRON", "ADV", "NUM", "NOUN", "PROPN", "PART", "PUNCT", "CCONJ", "X"}
)
# A participle modifying a noun may sit in a gap too ("cancelled a planned visit"), and so may
# a number's modifier ("fired over 50 rounds").
GAP_DEPS = frozenset({"amod", "compound", "quantmod"})
# Endings stripped from a word the lemmatiser left unchanged ("protested" tagged as a noun).
UNLEMMATISED_SUFFIXES = ("ed", "d", "ing", "es", "s")
# Entity labels whose tokens are never triggers ("March 3", "20 percent").
NON_TRIGGER_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL", "WORK_OF_ART"}
)
# A noun trigger's sense may show in the subject of the verb that governs it.
OBJECT_DEPS = frozenset({"dobj"})
# A verb named only without an object is not that event with one, nor in the passive.
OBJECT_OR_PASSIVE_DEPS = frozenset({"dobj", "nsubjpass", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Pronouns say nothing of a word's sense as its subject ("they marched through the capital"),
# only as what undergoes it ("marched him into the forest", "he was seized and marched off").
UNDERGOER_DEPS = frozenset({"dobj", "nsubjpass"})
# Where an "-ing" word tagged as a verb may stand for a noun trigger, unless it takes these.
GERUND_DEPS = frozenset({"acl", "pobj"})
GERUND_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "nsubj", "attr"})
# Participial modifiers describe a state, not a new event ("jailed opposition leaders").
STATE_DEPS = frozenset({"amod", "compound"})
# ... except a present participle of protest on a group of people, which reports what they are
# doing ("striking miners", "protesting students"), not "a striking contrast".
PROTESTING_GROUPS = frozenset(
    "worker miner teacher doctor nurse employee driver farmer student staff crowd mob resident "
    "villager trader member youth people union activist supporter".split()
)


@dataclass(slots=True)
class TriggerMatch:
    """One trigger found in a sentence."""

    pattern: TriggerPattern
    tokens: list[Any]
    head: Any

    @property
    def nominal(self) -> bool:
        """True when the head is a noun ("the visit", "sanctions"), or a gerund read as a
        participle that is a preposition's object ("killed in police firing")."""
        head = self.head
        if head.pos_ in ("NOUN", "PROPN"):
            return True
        return head.dep_ == "pobj" and _is_mistagged_gerund(head)

    @property
    def text(self) -> str:
        """The trigger text from its first to its last word."""
        doc = self.head.doc
        return doc[self.tokens[0].i : self.tokens[-1].i + 1].text


def _pos_ok(token: Any, pos: str | None) -> bool:
    """True when `token` satisfies a pattern word's POS constraint."""
    if pos is None:
        return token.pos_ in ("VERB", "NOUN", "ADP", "PART", "ADV", "ADJ", "AUX")
    if pos == "VERB":
        return token.pos_ == "VERB"
    if pos == "NOUN" and _is_mistagged_gerund(token):
        return True
    return token.pos_ == pos


def _is_mistagged_gerund(token: Any) -> bool:
    """True for an "-ing" word the tagger read as a participle although it names an act, as
    in "killed in police firing" (parsed "police" + participle "firing"): a participle with no
    object or complement that modifies a noun or is a preposition's object."""
    if token.tag_ != "VBG" or token.dep_ not in GERUND_DEPS:
        return False
    return not any(c.dep_ in GERUND_COMPLEMENT_DEPS for c in token.children)


def _match_at(
    token: Any, pattern: TriggerPattern, sent: Any, mistagged: bool = False
) -> list[Any] | None:
    """Return the tokens of `pattern` starting at `token`, or None (a phrase of several words
    may open on a mis-tagged proper noun: "Lathi-charged")."""
    multiword_propn = len(pattern.words) > 1 and token.pos_ == "PROPN"
    if not (_pos_ok(token, pattern.pos[0]) or multiword_propn or mistagged):
        return None
    tokens, position = [token], token.i
    for word, pos in zip(pattern.words[1:], pattern.pos[1:], strict=True):
        for j in range(position + 1, min(position + 2 + MAX_GAP, sent.end)):
            candidate = sent.doc[j]
            if candidate.lemma_.lower() == word or candidate.lower_ == word:
                if pos is None or candidate.pos_ == pos:
                    tokens.append(candidate)
                    position = j
                    break
            if candidate.pos_ not in GAP_POS and candidate.dep_ not in GAP_DEPS:
                return None
        else:
            return None
    return tokens


def _passive_match(token: Any, pattern: TriggerPattern) -> list[Any] | None:
    """Return the tokens of a verb-object phrase said in the passive, its object before the
    verb as the passive subject ("the body was found" for "!find body"), or None."""
    if len(pattern.words) != 2 or pattern.head != 0 or token.pos_ != "VERB":
        return None
    word, pos = pattern.words[1], pattern.pos[1]
    for child in token.children:
        named = child.lemma_.lower() == word or child.lower_ == word
        if child.dep_ == "nsubjpass" and named and (pos is None or child.pos_ == pos):
            return [child, token]
    return None


def _is_false_friend(head: Any, codebook: Codebook) -> bool:
    """True when a modifier shows the trigger word is used in another sense ("air strike"),
    or, for the object of a light verb, its subject does ("aircraft carried out strikes"), or
    a verb that names its event only without an object has one ("a shell struck the school"),
    or one that names it only with an object (or in the passive) has none ("they dispersed")."""
    lemma = head.lemma_.lower()
    if lemma in codebook.raw.get("intransitive", ()) and head.pos_ == "VERB":
        if any(c.dep_ in OBJECT_OR_PASSIVE_DEPS for c in head.children):
            return True  # a missile "struck a school": no labour strike takes an object
    if lemma in codebook.raw.get("transitive", ()) and head.pos_ == "VERB":
        if not any(c.dep_ in OBJECT_OR_PASSIVE_DEPS for c in head.children):
            return True  # marchers "dispersed peacefully": nobody dispersed them
    friends = codebook.false_friends.get(lemma)
    if not friends:
        return False
    near = list(head.children)
    if head.dep_ in OBJECT_DEPS:
        near += [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]
    if head.dep_ == "acl":
        near.append(head.head)  # the noun a participle describes ("a video released on ...")
    if head.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        near += [c for c in head.head.children if c.dep_ == "nsubjpass"]  # "was seized and marched"
    return any(c.lemma_.lower() in friends and _says_sense(c) for c in near)


def _says_sense(word: Any) -> bool:
    """True unless `word` is a pronoun that only does the act (see UNDERGOER_DEPS)."""
    return word.pos_ != "PRON" or word.dep_ in UNDERGOER_DEPS


def _is_agentless_passive(verb: Any) -> bool:
    """True for a verb in the passive with no `by` agent ("were picked up" in a sweep; one
    "picked up by a courier" was not arrested, and the police have their own phrase)."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def _candidates(token: Any, codebook: Codebook) -> tuple[list[TriggerPattern], bool]:
    """Patterns that may start at `token`, and whether they were found through a crude stem
    because the tagger left an inflected verb unlemmatised ("protested" tagged as a noun)."""
    found = codebook.patterns.get(token.lemma_.lower()) or codebook.patterns.get(token.lower_)
    if found and token.tag_ == "VBG" and token.lower_ != token.lemma_.lower():
        # "firing" opens its verb's phrases ("!fire at") and, as a gerund, "firing:NOUN"
        found = found + codebook.patterns.get(token.lower_, [])
    if found:
        return found, False
    if token.lemma_.lower() == token.lower_:
        for suffix in UNLEMMATISED_SUFFIXES:
            stem = token.lower_.removesuffix(suffix)
            if stem != token.lower_ and stem in codebook.patterns:
                return codebook.patterns[stem], True
    return [], False


# Words whose candidates a codebook remembers before the cache is emptied (memory bound for a
# long-running process; a news vocabulary rarely reaches it).
CANDIDATE_CACHE_SIZE = 200_000


def _cached_candidates(token: Any, codebook: Codebook) -> tuple[list[TriggerPattern], bool]:
    """`_candidates` remembered per (lemma, lower-case form): most words recur, and most words
    open no pattern."""
    cache = codebook.candidate_cache
    key = (token.lemma, token.lower)
    found = cache.get(key)
    if found is None:
        if len(cache) >= CANDIDATE_CACHE_SIZE:
            cache.clear()
        found = cache[key] = _candidates(token, codebook)
    return found


_IDS_SLOT: list[Any] = [(None, [], [])]


def _word_ids(doc: Any) -> tuple[list[int], list[int]]:
    """The lemma and lower-case ids of every token of `doc` (read once per document)."""
    held, lemmas, lowers = _IDS_SLOT[0]
    if held is not doc:
        from spacy.attrs import LEMMA, LOWER

        columns = doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []
        lemmas = [c[0] for c in columns]
        lowers = [c[1] for c in columns]
        _IDS_SLOT[0] = (doc, lemmas, lowers)
    return lemmas, lowers


def find_triggers(sent: Any, codebook: Codebook) -> list[TriggerMatch]:
    """Return the trigger matches of one sentence, longest phrase first at each position.

    Args:
        sent: a spaCy sentence `Span`.
        codebook: the compiled codebook.

    Returns:
        Non-overlapping matches in text order.
    """
    used: set[int] = set()
    matches = []
    doc = sent.doc
    lemmas, lowers = _word_ids(doc)
    cache = codebook.candidate_cache
    for i in range(sent.start, sent.end):
        found = cache.get((lemmas[i], lowers[i]))
        if found is not None and not found[0]:
            continue  # most words open no pattern: that cheap test goes first
        token = doc[i]
        candidates, mistagged = found or _cached_candidates(token, codebook)
        if not candidates or token.i in used or token.ent_type_ in NON_TRIGGER_ENTS:
            continue
        for pattern in candidates:
            tokens = _match_at(token, pattern, sent, mistagged)
            head = tokens[pattern.head] if tokens else token
            tokens = tokens or _passive_match(token, pattern)
            if not tokens or any(t.i in used for t in tokens):
                continue
            single = len(pattern.words) == 1
            state = head.dep_ in STATE_DEPS and head.pos_ != "NOUN"
            if (state and not _is_protesting_group(head, pattern)) or (
                single and _is_false_friend(head, codebook)
            ):
                continue
            if pattern.phrase in codebook.raw.get("passive_only", ()) and not _is_agentless_passive(
                head
            ):
                continue
            used.update(t.i for t in tokens)
            matches.append(TriggerMatch(pattern, tokens, head))
            break
    return matches


# Clause heads of the last document asked about: [doc, {token index: head index}]. Every mention
# asks for several (dating, modality, actors); the doc itself is held, so a hit is never stale.
_CLAUSE_SLOT: list[Any] = [None, {}]


def _is_protesting_group(head: Any, pattern: TriggerPattern) -> bool:
    """True for a protest participle on a group of people ("striking miners")."""
    return (
        pattern.event == "PROTEST"
        and head.dep_ == "amod"
        and head.tag_ == "VBG"
        and head.head.lemma_.lower() in PROTESTING_GROUPS
    )


def clause_head(token: Any) -> Any:
    """Return the verb heading the clause of `token` (itself if a verb; the root otherwise)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    doc = token.doc
    slot_doc, heads = _CLAUSE_SLOT  # one read: another thread may refill the slot meanwhile
    if slot_doc is not doc:
        heads = {}
        _CLAUSE_SLOT[:] = [doc, heads]
    if token.i not in heads:
        found = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        heads[token.i] = (found if found is not None else token.sent.root).i
    return doc[heads[token.i]]
