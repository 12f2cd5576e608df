"""ACLED text cues: the codebook's named regular expressions, compiled, and the readers that every
ACLED reading shares.

Input: the codebook's `acled_cues` (named lists of regular expressions, and fallback rows of a
cue and the label it gives). Output: `AcledCues` (`has(name, text)` over lower-cased text),
`shipped_cues` (the shipped codebook's, compiled once), `lead_sentence` (a text's first
sentence), `fallback_label` (a label from words alone, for texts with no mappable event) and
`struck_anyway` (a barrage only partly stopped). The readings that weigh the cues against a
label are `acled_refine` (second reading) and `acled_wording` (third).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.steps.events.acled_weapons import REMOTE_TYPE
from newsledger.steps.events.codebook import Codebook, load_codebook

# (REMOTE_TYPE is re-exported: the force and headline readings import it from here)
__all__ = [
    "PROTEST_TYPE", "REMOTE_TYPE", "AcledCues", "compile_cues", "fallback_label",
    "lead_sentence", "shipped_cues", "struck_anyway",
]  # fmt: skip

PROTEST_TYPE = "Protests"
# The end of a text's first sentence (the text is lower-cased: any full stop before a word).
LEAD_END = re.compile(r"(?<=[.!?])\s+(?=[a-z0-9])")
# Words telling that a munition struck or did harm (the rest of a partly stopped barrage);
# not when negated: "no damage", "no one was hurt" tell that nothing struck.
STRUCK = re.compile(
    r"(?<!\bno )(?<!\bno one was )(?<!\bnobody was )(?<!\bwithout )"
    r"\b(?:hit|struck|landed|damag\w*|kill\w*|injur\w*|wound\w*)\b"
)


def struck_anyway(text: str, cues: AcledCues) -> bool:
    """True for a barrage only partly stopped ("most were intercepted") that struck all the
    same ("one hit a house"): the strike is the news, not its interception."""
    return cues.has("partly_intercepted", text) and STRUCK.search(text) is not None


@dataclass(frozen=True, slots=True)
class AcledCues:
    """Compiled `acled_cues` of the codebook: named text cues and the fallback rows."""

    cues: dict[str, re.Pattern[str]]
    fallback: tuple[tuple[re.Pattern[str], str, str], ...]

    def has(self, name: str, text: str) -> bool:
        """True when the cue `name` occurs in the lower-cased `text`."""
        pattern = self.cues.get(name)
        return bool(pattern and pattern.search(text))


def compile_cues(book: Codebook) -> AcledCues:
    """Compile the codebook's `acled_cues` (lists of regular expressions) into `AcledCues`."""
    data = book.raw.get("acled_cues") or {}
    cues = {
        name: re.compile("|".join(f"(?:{p})" for p in patterns))
        for name, patterns in (data.get("cues") or {}).items()
        if patterns
    }
    fallback = tuple(
        (re.compile(row["cue"]), row["event_type"], row["sub_event_type"])
        for row in data.get("fallback") or []
    )
    return AcledCues(cues, fallback)


@lru_cache(maxsize=1)
def shipped_cues() -> AcledCues:
    """The cues of the shipped codebook, compiled once."""
    return compile_cues(load_codebook())


def lead_sentence(text: str) -> str:
    """The first sentence of a text: what its writer put first is its news."""
    return LEAD_END.split(text, maxsplit=1)[0]


def fallback_label(text: str, cues: AcledCues) -> tuple[str, str] | None:
    """The first fallback row whose cue the text holds (for texts with no mappable event);
    violence the text denies ("no clashes were reported") is no cue."""
    denied = cues.cues.get("denied")
    text = denied.sub(" ", text) if denied else text
    for pattern, event_type, sub in cues.fallback:
        if pattern.search(text):
            return event_type, sub
    return None
