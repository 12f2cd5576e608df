"""Where the article ends inside the body span of a text capture: a paywall's prompt, or the
author's box below the story.

Input: a capture's units, their classes, the indices of the units kept as body (in order),
the span's first unit and the words of prose a cut needs above it (the text cleaner's
NOTICE_MIN_PROSE_WORDS: a prompt or a name above the lead is the header's business).
Output: the kept indices, cut where the article ends. Both cuts were found on whole blocks
of debris kept after the article: a subscription pitch written as prose, an author's blurb
followed by their other stories.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.bylines import BYLINE, DATE_WORD
from newsledger.steps.clean.classify import GOOD, NEAR
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.notices import AUTHOR_BIO

# A paywall's prompt ("To view the full story, please subscribe", "Subscribe now for the
# full story") ends the body: what follows is the subscription pitch ("When you join, you get
# unlimited access ...") or other stories. It is a short line, or two ("To Read the Full
# Story" above "Subscribe Sign In"); a "Continue reading" link asks for no subscription.
PAYWALL_STORY = re.compile(
    r"\b(?:full|whole|entire|complete|rest of the) (?:story|article)\b", re.I
)
PAYWALL_ACCESS = re.compile(r"\bsubscri|\b(?:sign|log) ?in\b", re.I)
PAYWALL_MAX_WORDS = 40
# The byline's name printed again near the body's end opens the author's box (the name, a
# blurb, links, their other stories): among the last AUTHOR_BOX_TAIL_UNITS kept units, the
# first that is the name, that begins "Name is ..." or that sits right below a line holding
# only the name ends the body. The byline is read over the header's reach above the span.
AUTHOR_BOX_TAIL_UNITS = 8
BYLINE_REACH_UNITS = 16
BYLINE_INITIALS = "BbWw"
AUTHOR_NAME_BELOW = 2
# Without a "By ..." line, the nearest lines above the span holding only a name ("Jane Doe",
# "Jane van Doe") are tried instead, at most this many (menus hold two-word lines too: the
# name must come back at the body's end as a blurb or a line of its own to cut there).
BARE_NAME = re.compile(r"[A-Z][\w'’.-]+ (?:[\w'’.-]+ )?[A-Z][\w'’-]+")
BARE_NAME_MAX = 3
# After the name, the words that open a blurb about the author ("Jane Doe covers the courts
# for ...", "Jane Doe can be reached at ..."); "Jane Doe contributed reporting" stays.
_BLURB_START = (
    " is ", " Is ", " covers ", " writes ", " reports on ", " can be reached", " may be reached",
    " joined ", " has covered ", " has written ", " has reported ",
)  # fmt: skip
# Where a byline's name stops: a date, a second author, a role ("By Jane Doe, Reuters").
# Only safe on short strings (BYLINE's `who`, ≤121 characters): `\s*`/`\s+` backtrack
# quadratically on long runs of spaces or hyphens.
_NAME_END = re.compile(r"\s+(?:and|&)\s|\s*[,|–—]|\s-\s")


def cut_body_end(
    units: list[Unit], classes: list[str], keep: list[int], start: int, min_words: int
) -> list[int]:
    """Return the kept units above a paywall's prompt or the author's box, if any, once
    `min_words` words of prose come before it."""
    keep = _cut_at_paywall(units, classes, keep, min_words)
    return _cut_at_author_box(units, classes, keep, start, min_words)


def _cut_at_paywall(
    units: list[Unit], classes: list[str], keep: list[int], min_words: int
) -> list[int]:
    """Cut the body at a paywall's prompt between its kept units (see PAYWALL_STORY). The
    prompt itself is never kept (a share line, or a short line that is no sentence): only
    the gaps between kept units are read."""
    if not keep or keep[-1] - keep[0] < len(keep):
        return keep  # no gap between the kept units
    kept = set(keep)
    prompts = [
        index
        for index in range(keep[0] + 1, keep[-1])
        if index not in kept
        and units[index].words <= PAYWALL_MAX_WORDS
        and _paywall_prompt(units, index)
    ]
    for prompt in prompts:
        above = [index for index in keep if index < prompt]
        if _enough_prose(units, classes, above, min_words):
            return above
    return keep


def _paywall_prompt(units: list[Unit], index: int) -> bool:
    """Return whether a unit asks the reader to subscribe or sign in for the full story."""
    text = units[index].text
    if not PAYWALL_STORY.search(text):
        return False
    return bool(PAYWALL_ACCESS.search(text) or PAYWALL_ACCESS.match(units[index + 1].text))


def _cut_at_author_box(
    units: list[Unit], classes: list[str], keep: list[int], start: int, min_words: int
) -> list[int]:
    """Cut the body where the author's box begins (see AUTHOR_BOX_TAIL_UNITS)."""
    if len(keep) < 2:
        return keep
    byline = _byline_name(units, start)
    if byline is not None:
        return _cut_at_name(units, classes, keep, byline, min_words)
    for name in _bare_names(units, start):
        if any(name in units[i].text for i in keep[: max(1, len(keep) - AUTHOR_BOX_TAIL_UNITS)]):
            continue  # named in the story itself: a person in it, not its author
        cut = _cut_at_name(units, classes, keep, name, min_words, blurb_only=True)
        if cut is not keep:
            return cut
    return keep


def _bare_names(units: list[Unit], start: int) -> list[str]:
    """Return the lines above the span that hold only a person's name (2-3 capitalised
    words, BARE_NAME), nearest first, at most BARE_NAME_MAX: a byline printed without its
    "By" (a browser's text of a name set apart from the word, or a site that prints none)."""
    names = []
    for index in range(start - 1, max(-1, start - 1 - BYLINE_REACH_UNITS), -1):
        text = units[index].text
        if units[index].words <= 3 and not text.isupper() and BARE_NAME.fullmatch(text):
            names.append(text)
            if len(names) == BARE_NAME_MAX:
                break
    return names


def _cut_at_name(
    units: list[Unit],
    classes: list[str],
    keep: list[int],
    name: str,
    min_words: int,
    blurb_only: bool = False,
) -> list[int]:
    """Cut the body where the box of the author `name` begins; `keep` itself if none. With
    `blurb_only` (a name without "By"), only a blurb about the name opens the box: a line of
    two capitalised words recurs in menus too."""
    first = max(1, len(keep) - AUTHOR_BOX_TAIL_UNITS)
    tail = units[max(0, keep[first] - AUTHOR_NAME_BELOW) : keep[-1] + 1]
    if not any(unit.text.startswith(name) for unit in tail):
        return keep  # cheap test first: the name is nowhere near the end
    for number in range(first, len(keep)):
        if blurb_only:
            box = keep[number] if _blurb_about(units[keep[number]].text, name) else None
        else:
            box = _author_box_start(units, keep[number], name)
        if box is None:
            continue
        above = [index for index in keep[:number] if index < box]
        if _enough_prose(units, classes, above, min_words):
            return above
    return keep


def _byline_name(units: list[Unit], start: int) -> str | None:
    """Return the name in the nearest "By ..." line above the span, or None."""
    for index in range(start - 1, max(-1, start - 1 - BYLINE_REACH_UNITS), -1):
        if units[index].text[:1] not in BYLINE_INITIALS:
            continue  # cheap test first: BYLINE's words begin so
        found = BYLINE.match(units[index].text)
        # BYLINE ignores case: "By the time police arrived, ..." is prose, not a byline.
        if found and found.group("who")[:1].isupper():
            who = found.group("who")
            date = DATE_WORD.search(who)
            name = _NAME_END.split(who[: date.start()] if date else who)[0].strip()
            return name if len(name) > 1 else None
    return None


def _author_box_start(units: list[Unit], index: int, name: str) -> int | None:
    """Return where the author's box opens if a kept unit is in it: the unit itself when it
    is the byline's name or a blurb about that name ("Name is ...", "Name covers ..."), the
    line holding only the name when that is right above it (unit texts are stripped); else
    None. The box is
    judged from where it opens: a photo credit naming the reporter under a caption above
    the lead is no box for the lead's next paragraphs."""
    text = units[index].text
    if text.startswith(name) and (
        len(text) == len(name) or text[len(name) :].startswith(_BLURB_START)
    ):
        return index
    for above in range(max(0, index - AUTHOR_NAME_BELOW), index):
        if units[above].text == name:
            return above
    return None


def _blurb_about(text: str, name: str) -> bool:
    """Return whether a paragraph opens a blurb about `name` that gives a press role ("Name
    is a senior writer ...", AUTHOR_BIO): "Name is providing ..." may be a group in the story."""
    return text.startswith(name) and AUTHOR_BIO.match(text) is not None


def _enough_prose(units: list[Unit], classes: list[str], kept: list[int], min_words: int) -> bool:
    """Return whether the kept units hold `min_words` words of prose."""
    words = 0
    for index in kept:
        if classes[index] in (GOOD, NEAR):
            words += units[index].words
            if words >= min_words:
                return True
    return False
