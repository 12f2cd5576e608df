"""What every event benchmark shares: the coder, the row type and the scoring measures.

`_Coder` loads the spaCy pipeline, codebook and actor dictionary once and codes a list of texts;
`EvalRow` is one line of the `newsledger eval events` table; `main_event` picks the event a
one-event gold record is compared with; `actor_matches`, `prf` and `weighted_f1` are the
matching rule and measures the per-set scorers (`events_acled`, `events_plover`,
`events_india`) use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from newsledger.records import Actor, Event

# Words ignored when matching actor phrases to gold actors.
ACTOR_STOPWORDS = frozenset({"the", "of", "a", "an", "and", "(", ")", "-", "forces", "group"})
# ACLED actor names -> words our actors use for the same side ("Police Forces of India").
ACTOR_SYNONYMS = {
    "protesters": {"protesters", "demonstrators", "people", "workers", "residents", "students"},
    "rioters": {"rioters", "mob", "protesters", "crowd", "people", "villagers"},
    "police": {"police", "policemen", "officers", "cops"},
    "military": {"soldiers", "troops", "army", "military", "forces"},
    "civilians": {"civilians", "people", "man", "woman", "men", "women", "villagers", "residents"},
    "unidentified": {"gunmen", "unknown", "unidentified", "assailants", "attackers"},
}


@dataclass(slots=True)
class EvalRow:
    """One line of the evaluation table."""

    dataset: str
    metric: str
    ours: float | None
    anchor: str
    n: int


class _Coder:
    """The coder with its model, codebook and dictionary loaded once."""

    def __init__(self) -> None:
        from newsledger.steps.events import load_actor_dictionary, load_codebook
        from newsledger.steps.nlp import load_pipeline

        self.nlp = load_pipeline()
        self.book = load_codebook()
        self.actors = load_actor_dictionary()

    def code(self, texts: list[str], dates: list[date | None]) -> list[list[Event]]:
        """Code each text (with its publication date) through `nlp.pipe`."""
        from newsledger.steps.events import extract_events

        out = []
        for i, doc in enumerate(self.nlp.pipe(texts, batch_size=64)):
            kwargs = {"codebook": self.book, "actor_dict": self.actors, "dateline": None}
            out.append(extract_events(doc, article_id=str(i), published=dates[i], **kwargs))
        return out


def main_event(events: list[Event]) -> Event | None:
    """The event a one-event gold record is compared with: the most confident real one."""
    real = [e for e in events if not {"negated", "hypothetical"} & set(e.aux)] or events
    return max(real, key=lambda e: e.confidence, default=None)


def _words(text: str) -> set[str]:
    """Lower-case content words of an actor phrase."""
    return {w for w in re.findall(r"[\w.]+", text.lower()) if w not in ACTOR_STOPWORDS}


def actor_matches(actor: Actor, gold_text: str, gold_code: str | None = None) -> bool:
    """True when a predicted actor names the gold actor (shared word, synonym or country)."""
    gold = _words(gold_text)
    ours = _words(actor.text) | _words(actor.name)
    for key, synonyms in ACTOR_SYNONYMS.items():
        if key in gold:
            gold |= synonyms
    if gold & ours:
        return True
    return bool(gold_code and actor.country and gold_code[:3] == actor.country)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def weighted_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> float:
    """Support-weighted F1 over `labels` (the CASE 2021 task 2 measure)."""
    support = Counter(g for g in gold if g in labels)
    total = sum(support.values())
    score = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        n_pred = sum(1 for p in pred if p == label)
        score += prf(tp, n_pred, count)[2] * count / total
    return score
