"""Entity resolution across the ledger: actor and mention names clustered into entities.

Input: `Sighting`s, one per actor/recipient of an event and per named-entity mention, each with
the name as written, its annotator label, article, event and date; optional `Overrides`
(`same` / `not_same` name pairs from the user's file). Output: a `Resolution`: one `Entity` per
cluster (stable id = hash of kind and canonical name, names seen with counts, titles with dates
and articles, co-actors, events) and, per sighting, its entity id. Every merge of two names
carries a reason ("transliteration variant (key lkshnk)", "surname of Alyaksandr Lukashenka",
"acronym of European Union", "capital used for government of Belarus", "override").

Names are first reduced to a core (titles stripped: "President Lukashenka" -> "Lukashenka") and
grouped by (kind, folded core); the groups ("nodes") are then joined by the rules below, in order,
with a union-find that refuses any join a `not_same` override forbids.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from newsledger.merge.names import (
    acronym_key,
    acronym_of,
    classify_name,
    declared_acronym,
    fold_name,
    is_acronym,
    load_lexicon,
    name_similarity,
    name_tokens,
    skeleton,
    split_title,
    translit_form,
)
from newsledger.merge.places import country_of_capital, country_of_name, is_known_place
from newsledger.merge.profiles import (
    ACTOR_ROLES,
    Entity,
    Overrides,
    Resolution,
    Sighting,
    fill_profiles,
    load_overrides,
)
from newsledger.records import stable_id

# Two person names with equal transliteration keys are one person only if their romanised
# forms are also this similar (difflib ratio): Babaryka/Babariko score 0.75, while unrelated
# names sharing a consonant skeleton (Mark/Marek... ) usually score lower once given names differ.
TRANSLIT_MIN_SIMILARITY = 0.7
# A consonant skeleton this short ("lk", "mn") matches too many names to merge on.
MIN_SKELETON_CHARS = 3

REASON_OVERRIDE = "override"
# Romanisations of one organisation name differ at most in letter groups (TRANSLIT_REWRITES)
# and a final vowel (Belarusian -a / Russian -o); longer differences (Niger/Nigeria) do not.
_FINAL_VOWEL = re.compile(r"[aeiouy]$")
# Entity kinds whose names merge on person-name rules.
PERSON = "person"

__all__ = ["Entity", "Overrides", "Resolution", "Sighting", "load_overrides", "resolve_entities"]


class _Nodes:
    """Name groups keyed by (kind, folded core), joined by a union-find with reasons."""

    def __init__(self, overrides: Overrides):
        self.names: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.members: dict[tuple[str, str], set[str]] = {}
        self.merges: list[tuple[tuple[str, str], dict[str, Any]]] = []
        self.forbidden = {frozenset((fold_name(a), fold_name(b))) for a, b in overrides.not_same}
        # Descriptions the user named in a `same` pair ("the Belarusian leader") become names.
        self.override_names = {fold_name(n) for pair in overrides.same for n in pair}
        self.declared: list[tuple[str, str]] = []  # (acronym, long name) written together

    def add(self, key: tuple[str, str], surface: str, n: int = 1) -> None:
        """Count one surface form of node `key`."""
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = {key[1]}
        if n:
            self.names[key][surface] += n

    def root(self, key: tuple[str, str]) -> tuple[str, str]:
        """Return the node's cluster root (path halving)."""
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: tuple[str, str], b: tuple[str, str], reason: str) -> bool:
        """Join the clusters of `a` and `b` unless a `not_same` override forbids it."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return False
        left, right = self.members[ra], self.members[rb]
        if any(len(p) == 2 and len(p & left) == 1 and len(p & right) == 1 for p in self.forbidden):
            if any(set(p) <= left | right for p in self.forbidden):
                return False
        self.parent[rb] = ra
        self.members[ra] = left | right
        self.merges.append((a, {"names": [self.label(a), self.label(b)], "reason": reason}))
        return True

    def label(self, key: tuple[str, str]) -> str:
        """Return the most frequent surface form of a node."""
        counts = self.names.get(key)
        return counts.most_common(1)[0][0] if counts else key[1]

    def keys(self, kind: str | None = None) -> list[tuple[str, str]]:
        """Return node keys (of one kind) in a stable order."""
        return sorted(k for k in self.parent if kind is None or k[0] == kind)


def _node_for(sighting: Sighting, nodes: _Nodes) -> tuple[tuple[str, str], str, str] | None:
    """Return (node key, core name, stripped title) of a sighting, or None for a non-name."""
    title, core = split_title(sighting.name)
    if not title and sighting.text and sighting.text != sighting.name:
        title = _role_from_text(sighting.text, core)
    if not core and fold_name(sighting.name) in nodes.override_names:
        title, core = "", sighting.name
    if not core or not any(c.isalpha() for c in core):
        return None
    declared = declared_acronym(core)
    if declared:
        core = declared[1]
        nodes.declared.append((declared[0], core))
    kind = classify_name(core, sighting.label)
    if kind == "country":
        iso, _ = country_of_name(core)
        key = ("country", iso.lower())
    elif kind == "place" and sighting.role in ACTOR_ROLES and country_of_capital(core):
        key = ("government", fold_name(core))  # "Minsk said ...": the government, not the city
    else:
        key = (kind, fold_name(core))
    nodes.add(key, core)
    return key, core, title


def _role_from_text(text: str, core: str) -> str:
    """Return the title or description an actor's surface text gives ("" if none).

    "U.S. Secretary of State Mike Pompeo" gives its title; a description that does not name the
    actor ("a Belarusian-American political strategist") counts only if it holds a role word,
    so that "several thousand" is not taken for a role.
    """
    text_title, text_core = split_title(text)
    if fold_name(text_core) == fold_name(core):
        return text_title
    roles = {w for phrase, is_title in load_lexicon()["title_phrases"] if is_title for w in phrase}
    words = {t.casefold().rstrip(".") for t in name_tokens(text)} - {"the", "a", "an"}
    return text.strip() if words & roles else ""


def resolve_entities(
    sightings: Iterable[Sighting], overrides: Overrides | None = None
) -> Resolution:
    """Cluster the names of `sightings` into entities.

    Args:
        sightings: every actor/recipient and mention name, in a stable order.
        overrides: user `same` / `not_same` pairs, applied before and during the rules.

    Returns:
        The entities (profiles filled), each sighting's entity id, and the merges with reasons.

    Example:
        >>> res = resolve_entities([Sighting("Lukashenka"), Sighting("Lukashenko")])
        >>> res.assignments[0] == res.assignments[1]
        True
    """
    overrides = overrides or Overrides()
    sightings = list(sightings)
    nodes = _Nodes(overrides)
    placed = [_node_for(s, nodes) for s in sightings]
    _join_overrides(nodes, overrides)
    _join_aliases(nodes)
    _join_capitals(nodes)
    _join_declared(nodes)
    _join_acronyms(nodes)
    _join_org_variants(nodes)
    _join_person_names(nodes)
    return _build_entities(nodes, sightings, placed)


def _nodes_by_name(nodes: _Nodes) -> dict[str, list[tuple[str, str]]]:
    """Index node keys by folded core and folded surface forms."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in nodes.keys():
        for name in {key[1], *(fold_name(n) for n in nodes.names[key])}:
            index[name].append(key)
    return index


def _join_overrides(nodes: _Nodes, overrides: Overrides) -> None:
    """Join the nodes the user said are the same."""
    index = _nodes_by_name(nodes)
    for a, b in overrides.same:
        found_a = index.get(fold_name(split_title(a)[1] or a), []) + index.get(fold_name(a), [])
        found_b = index.get(fold_name(split_title(b)[1] or b), []) + index.get(fold_name(b), [])
        if found_a and found_b:
            nodes.join(found_a[0], found_b[0], REASON_OVERRIDE)


def _join_aliases(nodes: _Nodes) -> None:
    """Join known aliases (data file) to their expansion, when the expansion was seen."""
    aliases = load_lexicon()["alias_map"]
    index = _nodes_by_name(nodes)
    for key in nodes.keys():
        target = aliases.get(key[1])
        for other in index.get(fold_name(target), []) if target else []:
            nodes.join(other, key, f"known alias of {target}")


def _join_capitals(nodes: _Nodes) -> None:
    """Join a capital used as an actor ("Minsk") to its country's government."""
    for key in nodes.keys("government"):
        iso, country = country_of_capital(key[1])
        target = ("country", iso.lower())
        nodes.add(target, country, n=0)
        nodes.join(target, key, f"capital used for government of {country}")


def _join_declared(nodes: _Nodes) -> None:
    """Join an acronym to the long name it was written with ("MILF: Moro Islamic ...")."""
    index = _nodes_by_name(nodes)
    for acronym, long_name in nodes.declared:
        targets = index.get(fold_name(long_name), [])
        for key in index.get(fold_name(acronym), [])[:1] if targets else []:
            nodes.join(targets[0], key, f"declared acronym of {long_name}")


def _join_acronyms(nodes: _Nodes) -> None:
    """Join an acronym ("EU", "RFE/RL") to the one long name whose initials it is."""
    expansions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in nodes.keys():
        label = nodes.label(key)
        if key[0] != PERSON and not is_acronym(label) and len(name_tokens(label)) >= 2:
            expansions[acronym_of(label)].append(key)
    declared = {fold_name(acronym) for acronym, _ in nodes.declared}
    for key in nodes.keys():
        label = nodes.label(key)
        if not is_acronym(label) or key[1] in declared:  # its own expansion was written out
            continue
        found = {nodes.root(k) for k in expansions.get(acronym_key(label), [])}
        if len(found) == 1:  # ambiguous initials are left apart
            target = expansions[acronym_key(label)][0]
            nodes.join(target, key, f"acronym of {nodes.label(target)}")


def _join_org_variants(nodes: _Nodes) -> None:
    """Join organisation names spelled in two romanisations ("Vyasna" / "Viasna")."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in nodes.keys("org"):
        words = [translit_form(w) for w in name_tokens(nodes.label(key))]
        if words and not is_acronym(nodes.label(key)):
            groups[" ".join(_FINAL_VOWEL.sub("", w) for w in words)].append(key)
    for spelling, group in groups.items():
        for other in group[1:]:
            nodes.join(group[0], other, f"spelling variant (key {spelling})")


def _join_person_names(nodes: _Nodes) -> None:
    """Join person names: transliteration variants, initials, then bare surnames."""
    full: dict[str, list[tuple[str, str]]] = defaultdict(list)
    single: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in nodes.keys(PERSON):
        tokens = name_tokens(nodes.label(key))
        surname_key = skeleton(tokens[-1])
        if len(surname_key) >= MIN_SKELETON_CHARS:
            (full if len(tokens) >= 2 else single)[surname_key].append(key)
    for group in full.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                reason = _full_name_link(nodes.label(a), nodes.label(b))
                if reason:
                    nodes.join(a, b, reason)
    for surname_key, group in single.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if name_similarity(nodes.label(a), nodes.label(b)) >= TRANSLIT_MIN_SIMILARITY:
                    nodes.join(a, b, f"transliteration variant (key {surname_key})")
        _join_surnames(nodes, group, full.get(surname_key, []))
    _join_mislabelled_surnames(nodes, full)


def _join_mislabelled_surnames(nodes: _Nodes, full: dict[str, list]) -> None:
    """Join a surname the annotator labelled as a place or organisation to its one person.

    spaCy tags "Tsikhanouskaya" GPE and "Pompeo" ORG now and then; a one-word name that is no
    known place and is exactly the surname of one person named in full is that person.
    """
    for key in nodes.keys():
        label = nodes.label(key)
        if key[0] not in ("place", "org") or len(name_tokens(label)) != 1 or is_acronym(label):
            continue
        matches = [
            f
            for f in full.get(skeleton(label), [])
            if fold_name(name_tokens(nodes.label(f))[-1]) == key[1]
        ]
        if len({nodes.root(f) for f in matches}) == 1 and not is_known_place(label):
            reason = f"surname of {nodes.label(matches[0])} (annotator label: {key[0]})"
            nodes.join(matches[0], key, reason)


def _full_name_link(a: str, b: str) -> str | None:
    """Return why two multi-word person names are one person, or None.

    First and last words must match (as a transliteration variant, or an initial for the first
    word); middle words must match too when both names have the same number of words.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if abs(len(ta) - len(tb)) > 1 or not _words_match(ta[-1], tb[-1]):
        return None
    if len(ta) == len(tb) and not all(
        _words_match(x, y) for x, y in zip(ta[1:-1], tb[1:-1], strict=True)
    ):
        return None
    first_a, first_b = ta[0].rstrip("."), tb[0].rstrip(".")
    if min(len(first_a), len(first_b)) == 1:
        same_initial = first_a[0].casefold() == first_b[0].casefold()
        return f"initials of {a if len(first_a) > 1 else b}" if same_initial else None
    if not _words_match(first_a, first_b):
        return None
    return f"transliteration variant (key {skeleton(first_a)} {skeleton(ta[-1])})"


def _words_match(a: str, b: str) -> bool:
    """Return True when two name words are one word in two romanisations."""
    return skeleton(a) == skeleton(b) and name_similarity(a, b) >= TRANSLIT_MIN_SIMILARITY


def _join_surnames(nodes: _Nodes, singles: list, fulls: list) -> None:
    """Join a bare surname to the one full name (cluster) it can stand for."""
    for key in singles:
        label = nodes.label(key)
        matches = [
            f
            for f in fulls
            if name_similarity(label, name_tokens(nodes.label(f))[-1]) >= TRANSLIT_MIN_SIMILARITY
        ]
        roots = {nodes.root(f) for f in matches}
        if len(roots) == 1:  # a surname shared by two different people stays apart
            full = nodes.label(matches[0])
            reason = f"surname of {full}"
            if fold_name(name_tokens(full)[-1]) != key[1]:
                reason += f" (transliteration variant, key {skeleton(label)})"
            nodes.join(matches[0], key, reason)


def _canonical(nodes: _Nodes, keys: list[tuple[str, str]]) -> tuple[str, str]:
    """Return (kind, canonical name) of a cluster: the most used full, non-acronym name."""
    totals: Counter = Counter()
    kinds: Counter = Counter()
    for key in keys:
        totals.update(nodes.names[key])
        kinds[key[0]] += sum(nodes.names[key].values()) + 1
    kind = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    kind = "country" if kind == "government" else kind
    if kind == "country":
        country = country_of_name(nodes.label(next(k for k in keys if k[0] == "country")))
        if country is None:
            iso = next(k for k in keys if k[0] == "country")[1].upper()
            country = (iso, iso)
        return kind, country[1]

    def rank(item: tuple[str, int]) -> tuple:
        name, n = item
        return (not is_acronym(name), len(name_tokens(name)) >= 2, n, len(name), name)

    return kind, max(totals.items(), key=rank)[0]


def _build_entities(nodes: _Nodes, sightings: list[Sighting], placed: list) -> Resolution:
    """Turn node clusters into entities and fill their profiles from the sightings."""
    clusters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in nodes.keys():
        clusters[nodes.root(key)].append(key)
    entity_of: dict[tuple[str, str], Entity] = {}
    for keys in clusters.values():
        kind, name = _canonical(nodes, keys)
        entity = Entity(id=stable_id("entity", kind, name), name=name, kind=kind)
        for key in keys:
            entity_of[key] = entity
    for key, merge in nodes.merges:
        entity_of[key].merges.append(merge)
    assignments = fill_profiles(sightings, placed, entity_of)
    unique = list({e.id: e for e in entity_of.values()}.values())
    merges = [merge for _, merge in nodes.merges]
    return Resolution(sorted(unique, key=lambda e: e.id), assignments, merges)
