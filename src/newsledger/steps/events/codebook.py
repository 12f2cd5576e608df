"""The event codebook: PLOVER types and modes, the trigger lexicon, aux-mode cues, ACLED mapping.

Input: the shipped `newsledger/data/codebook.yaml`, optionally merged with a user YAML file of the
same shape. Output: a `Codebook` with compiled `TriggerPattern`s indexed by their first lemma, used
by `newsledger.steps.events.coder`. Nothing here touches spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsledger.errors import ConfigError

NO_MODE = "_"  # the mode key of triggers that carry no PLOVER mode
HEAD_MARK = "!"  # marks the phrase word whose subtree holds actor and recipient
POS_SEPARATOR = ":"


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One trigger phrase: lemmas in text order, optional POS per word, and its head word."""

    event: str
    mode: str | None
    words: tuple[str, ...]
    pos: tuple[str | None, ...]
    head: int
    phrase: str


@dataclass(slots=True)
class Codebook:
    """Compiled codebook (see `load_codebook`)."""

    types: dict[str, dict[str, Any]]
    patterns: dict[str, list[TriggerPattern]]
    false_friends: dict[str, set[str]]
    aux: dict[str, list[str]]
    acled: list[dict[str, str]]
    refusal_event: str = "REJECT"
    intent_of: dict[str, str] = field(default_factory=dict)  # event type -> AGREE/THREATEN
    demand_modals: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    # (lemma hash, lower-case hash) -> trigger candidates of a word, filled by
    # `triggers.find_triggers`: a word's patterns depend only on those two strings.
    candidate_cache: dict[tuple[int, int], Any] = field(
        default_factory=dict, repr=False, compare=False
    )

    def acled_for(self, event: str, mode: str | None) -> dict[str, str] | None:
        """Return `{event_type, sub_event_type}` for a PLOVER event and mode, or None."""
        for row in self.acled:
            if row["event"] == event and row.get("mode") in (None, mode):
                return {"event_type": row["event_type"], "sub_event_type": row["sub_event_type"]}
        return None


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping key given twice.

    PyYAML silently keeps the last of two equal keys, so a second `mine:` list under
    `false_friends` once dropped half the words of the first without any warning.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: str | Path | None, default: str) -> dict[str, Any]:
    """Read a YAML mapping from `path`, or the packaged data file `default` when path is None."""
    if path is None:
        text = resources.files("newsledger.data").joinpath(default).read_text("utf-8")
    else:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as err:
            msg = f"cannot read {path}: {err.strerror}; give an existing YAML file"
            raise ConfigError(msg) from err
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader) or {}  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as err:
        raise ConfigError(f"{path or default}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path or default}: expected a YAML mapping at the top level")
    return data


def merge_data(base: Any, override: Any) -> Any:
    """Merge `override` into `base`: mappings key by key, lists extended, scalars replaced."""
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = merge_data(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(override, list):
        return base + [v for v in override if v not in base]
    return override


def parse_phrase(phrase: str, event: str, mode: str | None) -> TriggerPattern:
    """Compile one lexicon phrase such as `"!stage march:NOUN"` into a `TriggerPattern`."""
    words, pos, head = [], [], None
    for i, item in enumerate(str(phrase).split()):
        if item.startswith(HEAD_MARK):
            head, item = i, item[1:]
        word, _, tag = item.partition(POS_SEPARATOR)
        words.append(word.lower())
        pos.append(tag.upper() or None)
    if not words:
        raise ConfigError(f"empty trigger phrase under {event}/{mode}")
    if head is None:  # a compound noun is headed by its last word ("hunger strike")
        head = len(words) - 1 if pos[-1] == "NOUN" else 0
    return TriggerPattern(event, mode, tuple(words), tuple(pos), head, str(phrase))


def compile_patterns(triggers: dict[str, Any], types: dict[str, Any]) -> dict[str, list]:
    """Index trigger patterns by first lemma, longest phrase first."""
    removed = {str(p) for p in triggers.get("remove", []) or []}
    index: dict[str, list[TriggerPattern]] = {}
    for event, modes in triggers.items():
        if event == "remove":
            continue
        if event not in types:
            known = ", ".join(sorted(types))
            raise ConfigError(f"trigger event {event!r} is not a codebook type; known: {known}")
        for mode, phrases in (modes or {}).items():
            for phrase in phrases or []:
                if str(phrase) in removed:
                    continue
                pattern = parse_phrase(phrase, event, None if mode == NO_MODE else mode)
                index.setdefault(pattern.words[0], []).append(pattern)
    for patterns in index.values():
        patterns.sort(key=lambda p: -len(p.words))
    return index


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load the shipped codebook, merged with the user file at `path` if given.

    Args:
        path: a YAML file with any of the keys of `data/codebook.yaml` (types, triggers,
            false_friends, aux, acled, intent_events, refusal_event); its entries extend or
            override the shipped ones, and `triggers: {remove: [...]}` drops shipped phrases.

    Returns:
        The compiled `Codebook`.

    Raises:
        ConfigError: the file is unreadable or names an unknown event type.

    Example:
        >>> book = load_codebook()
        >>> book.acled_for("PROTEST", "demo")["event_type"]
        'Protests'
    """
    data = read_yaml(None, "codebook.yaml")
    if path is not None:
        data = merge_data(data, read_yaml(path, "codebook.yaml"))
    types = data.get("types", {})
    return Codebook(
        types=types,
        patterns=compile_patterns(data.get("triggers", {}), types),
        false_friends={k: set(v) for k, v in (data.get("false_friends") or {}).items()},
        aux={k: [str(x) for x in v] for k, v in (data.get("aux") or {}).items()},
        acled=list(data.get("acled") or []),
        refusal_event=data.get("refusal_event", "REJECT"),
        intent_of={
            source: intent
            for intent, sources in (data.get("intent_events") or {}).items()
            for source in sources
        },
        demand_modals=frozenset(data.get("demand_modals") or []),
        raw=data,
    )
