"""Attribution: who reports a claim ("BelTA reported", "the State Department told",
"according to Reuters").

Input: the trigger's head token in a parsed sentence and the codebook's reporting verbs.
Output: the reporters' phrases, outermost first. Two accounts of one event keep their reporters
on the merged event's mentions (see `coder.merge_mentions`).
"""

from __future__ import annotations

from typing import Any

# Subject dependency labels of a reporting verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words never kept as a reporter on their own (pronouns say nothing about the source).
# Nouns that frame an event as someone's account ("BelTA gave an account of the call").
REPORT_NOUNS = frozenset({"account", "report", "readout", "statement", "version", "description"})
VAGUE_REPORTERS = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "that"})


def _phrase(token: Any) -> str:
    """Return the noun phrase headed by `token`, without a leading determiner or clauses."""
    tokens = [t for t in token.subtree if t.i <= token.i or t.dep_ in ("compound", "flat")]
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return " ".join(t.text for t in tokens) if tokens else token.text


# The last sentence read by `_according_to`: (doc, sentence start, phrases). The mentions of one
# sentence come one after another; the doc itself is held, so a hit is never a stale one.
_ACCORDING_SLOT: list[Any] = [None, -1, []]


def _according_to(sent: Any) -> list[str]:
    """Return the objects of "according to" in the sentence."""
    doc, start, found = _ACCORDING_SLOT
    if doc is sent.doc and start == sent.start:
        return found
    found = []
    for token in sent:
        if token.lower_ == "according":
            for child in token.children:
                found.extend(_phrase(g) for g in child.children if g.dep_ == "pobj")
    _ACCORDING_SLOT[:] = [sent.doc, sent.start, found]
    return found


def find_reporters(head: Any, reporting: list[str]) -> list[str]:
    """Return who reports the event whose trigger head is `head`.

    Args:
        head: the trigger's head token.
        reporting: lemmas of reporting verbs (codebook `aux.reporting`).

    Returns:
        Reporter phrases, outermost first, without duplicates.

    Example:
        >>> find_reporters(doc[6], ["report", "say"])  # "BelTA reported that police detained ..."
        ['BelTA']
    """
    verbs = {r for r in reporting if " " not in r}
    reporters: list[str] = []
    token = head
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in REPORT_NOUNS and token.head.pos_ == "VERB":
            token = token.head
        elif token.lemma_.lower() not in verbs or token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        subjects += [
            g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        reporters = [_phrase(s) for s in subjects if s.lower_ not in VAGUE_REPORTERS] + reporters
    reporters = reporters + list(_according_to(head.sent))
    return list(dict.fromkeys(reporters))
