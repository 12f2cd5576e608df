"""One event, one record per article: merge repeated mentions of the same event.

Input: coded mentions in text order, each flagged "bare" when it is a nominal trigger with no
participant ("the meeting", "the visit"). Output: one `Event` per event, its `mentions` holding
every span, its `reported_by` every reporter (two accounts of one call stay two mentions of one
event). Bare mentions only join an earlier or later compatible event; alone they are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsledger.records import Actor, Event, Place, Size
from newsledger.steps.events.places import NO_PLACE_IN_CLAUSE

# Auxiliary modes that make two mentions different claims (a negated meeting is not the meeting).
DISTINGUISHING_AUX = frozenset({"negated", "future", "hypothetical", "aggregate"})
# Event types whose two sides are interchangeable ("X met Y" = "Y met X").
SYMMETRIC_EVENTS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Each further mention of an event makes it a little more certain.
MENTION_BONUS = 0.05
# An event whose sentence names no place takes the place of the nearest located event of the
# article this many sentences away at most: a short report names its town once ("In Hinche,
# teachers went on strike. They barricaded the ministry office.").
CONTEXT_SENTENCES = 2

FROM_CONTEXT = "nearby_sentence"  # loc_reason of a place taken from a neighbouring sentence
FROM_STORY = "story"  # loc_reason of the place the report's opening sentences set it in


def is_named(actor: Actor) -> bool:
    """True for a proper name ("Mike Pompeo", "Belarus"), not a description headed by a common
    noun ("police", "Belarusian opposition movement")."""
    return actor.name.split()[-1][:1].isupper() if actor.name.split() else False


def _named(actors: list[Actor]) -> set[str]:
    """Names of the actors that are proper names."""
    return {a.name for a in actors if is_named(a)}


def _sides_compatible(left: list[Actor], right: list[Actor], strict: bool) -> bool:
    """True when two participant lists may name the same side of one event."""
    if not left or not right:
        return True
    named_left, named_right = _named(left), _named(right)
    if named_left and named_right:
        return bool(named_left & named_right)
    return not strict or (not named_left and not named_right)


def _dates_compatible(a: Event, b: Event) -> bool:
    """True unless both mentions carry different dates from the text."""
    if a.date_source != "text" or b.date_source != "text" or not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _same_evidence(a: Event, b: Event) -> bool:
    """True when the mentions share a named participant, a generic one of the same name, or
    the same date stated in the text: without one of these, two mentions stay two events."""
    names_a = {x.name.lower() for x in a.actor + a.recipient}
    names_b = {x.name.lower() for x in b.actor + b.recipient}
    if names_a & names_b:
        return True
    return a.date_source == b.date_source == "text" and a.date == b.date


def compatible(a: Event, b: Event, bare: bool = False) -> bool:
    """True when mentions `a` and `b` can be the same event.

    Example:
        >>> compatible(call_from_state_department, call_from_belta)
        True
    """
    if a.event != b.event or not _dates_compatible(a, b):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if set(a.aux) & DISTINGUISHING_AUX != set(b.aux) & DISTINGUISHING_AUX:
        return False
    if not bare and not _same_evidence(a, b):
        return False
    if a.event in SYMMETRIC_EVENTS:
        return _sides_compatible(a.actor + a.recipient, b.actor + b.recipient, strict=True)
    return _sides_compatible(a.actor, b.actor, strict=True) and _sides_compatible(
        a.recipient, b.recipient, strict=False
    )


def _merge_size(a: Size | None, b: Size | None) -> Size | None:
    """Fill the counts `a` lacks from `b`; where both state a count, `a`'s stays (two accounts
    of one toll are not added up), and a filled-in vague count keeps its approximate flag."""
    if a is None or b is None:
        return a or b
    for name in ("arrested", "killed", "injured", "participants"):
        if getattr(a, name) is None and getattr(b, name) is not None:
            setattr(a, name, getattr(b, name))
            a.approximate = a.approximate or b.approximate
    return a


def absorb(target: Event, other: Event) -> None:
    """Merge mention `other` into event `target` (in place)."""
    target.mentions.extend(m for m in other.mentions if m not in target.mentions)
    if not target.actor or (other.actor and not _named(target.actor) and _named(other.actor)):
        target.actor = other.actor or target.actor
    if not target.recipient or (not _named(target.recipient) and _named(other.recipient)):
        target.recipient = other.recipient or target.recipient
    if target.date_source != "text" and other.date_source == "text":
        target.date, target.date_text, target.date_source = (
            other.date,
            other.date_text,
            other.date_source,
        )
    if target.event_loc is None and other.event_loc is not None:
        target.event_loc, target.loc_reason = other.event_loc, other.loc_reason
    target.size = _merge_size(target.size, other.size)
    target.reported_by = list(dict.fromkeys(target.reported_by + other.reported_by))
    target.confidence = round(min(1.0, max(target.confidence, other.confidence) + MENTION_BONUS), 2)


def merge_mentions(
    coded: list[tuple[Event, bool]], story_place_of: Callable[[], Place | None] | None = None
) -> list[Event]:
    """Merge coded mentions into one event per event.

    Args:
        coded: `(mention, bare)` pairs in text order.
        story_place_of: what finds the place the report is set in (`places.find_story_place`),
            given to events that no sentence near them places (`loc_reason` FROM_STORY);
            called only when an event needs it (most articles place every event themselves).

    Returns:
        The merged events in order of first mention; bare mentions with no compatible event
        are dropped.
    """
    events: list[Event] = []
    for mention, bare in coded:
        if bare:
            continue
        target = next((e for e in events if compatible(e, mention)), None)
        if target is None:
            events.append(mention)
        else:
            absorb(target, mention)
    for mention, bare in coded:
        if bare:
            matches = [e for e in events if compatible(e, mention, True)]
            before = [e for e in matches if e.evidence.start < mention.evidence.start]
            target = before[-1] if before else next(iter(matches), None)
            if target is not None:
                absorb(target, mention)
    borrow_places(events, story_place_of=story_place_of)
    return events


def borrow_places(
    events: list[Event],
    story_place: Place | None = None,
    story_place_of: Callable[[], Place | None] | None = None,
) -> None:
    """Give each event with no place in its clause the place of the nearest located event
    within CONTEXT_SENTENCES sentences (`loc_reason` FROM_CONTEXT), else the story's place
    (FROM_STORY), which `story_place_of` finds when first needed if given; in place."""
    located = [e for e in events if e.event_loc is not None and e.loc_reason != FROM_CONTEXT]
    for event in events:
        if event.event_loc is not None or event.loc_reason != NO_PLACE_IN_CLAUSE:
            continue
        here = event.evidence.sentence
        near = min(located, key=lambda e: abs(e.evidence.sentence - here), default=None)
        if near is not None and abs(near.evidence.sentence - here) <= CONTEXT_SENTENCES:
            event.event_loc, event.loc_reason = replace(near.event_loc), FROM_CONTEXT
            continue
        if story_place_of is not None:
            story_place, story_place_of = story_place_of(), None
        if story_place is not None:
            event.event_loc, event.loc_reason = replace(story_place), FROM_STORY
