"""Our own cleaner for plain-text captures (a browser's, text browser's or scraper's output).

Input: the decoded capture (`str`), optionally the site's `SiteLineStats`. Output: a
`CleanedCapture`: the body (paragraphs joined by a blank line, each traced back to the
capture by `text_map`), headline, standfirst, dateline, byline, credits, captions and every
removed block with its reason and raw offsets.

How: the capture is split into paragraph units; each unit is labelled (`labels.py`) from
its shape (length, stop-word density, sentence punctuation, bullets), named chrome patterns,
repetition inside the page (a video title or caption printed twice) and across the site
(furniture lines, from `SiteLineStats`). The body is the highest-scoring contiguous span of
units (prose counts for, debris against: a maximum-sum run, as in the "longest prose span"
rule), widened over nearby sections of the article that a box of links cut off, and cut at
a credit line or at the site's notice to its readers (a disclosure, the comment rules);
the headline is the nearest title-shaped, non-debris line above it. docs/cleaning.md
describes every rule and its measured effect.
"""

from __future__ import annotations

import re

from newsledger.records import RemovedBlock, TextMap
from newsledger.steps.base import EMPTY_TEXT, NOT_ARTICLE
from newsledger.steps.clean.blocks import mark_blocks
from newsledger.steps.clean.bylines import BYLINE
from newsledger.steps.clean.classify import (
    BAD,
    GOOD,
    ITEM,
    NEAR,
    SHORT,
)
from newsledger.steps.clean.credits import read_credits
from newsledger.steps.clean.edges import cut_body_end
from newsledger.steps.clean.header import (
    read_header,
    split_dateline,
    trim_lead,
)
from newsledger.steps.clean.labels import label_units
from newsledger.steps.clean.language import guess_language, stop_words
from newsledger.steps.clean.lines import Unit, split_units
from newsledger.steps.clean.notices import is_notice, is_tail_note, opens_tail_note
from newsledger.steps.clean.patterns import (
    BOILERPLATE,
    CAPTION,
    FOOTER,
    LINK_LIST,
)
from newsledger.steps.clean.published import find_published
from newsledger.steps.clean.recipe import recipe_card_end
from newsledger.steps.clean.relax import relax_labels
from newsledger.steps.clean.result import CleanedCapture
from newsledger.steps.clean.shapes import is_sentence, shouting
from newsledger.steps.clean.site_lines import SiteLineStats
from newsledger.steps.clean.span import prose_span

# A subheading inside the article is a short line followed by prose.
SUBHEADING_MAX_WORDS = 12
# Keep a non-prose line (list item, table row) that sits between body paragraphs.
KEEP_INNER_NONPROSE = True
# A run of at most this many untagged lines between kept paragraphs is part of the article.
INNER_RUN_MAX_UNITS = 5
# Lines such a run may hold: untagged ones and short bulleted lines (a list inside the
# article: ingredients, steps, bullet points). Repeated or navigation lines cost precision.
INNER_RUN_REASONS: tuple[str | None, ...] = (None, LINK_LIST)
# A credit line may sit just below the span (after a photo badge or a short box).
CREDIT_LOOKAHEAD = 3
# The site's notices to the reader (an advertising disclosure, the comment policy, a prompt
# to subscribers) follow the article: one among the body's last few kept units ends the
# body, once this much prose came before it. A notice or a prompt (an advertising
# disclosure, a newsletter's blurb) that speaks to the reader may also open the body, above
# the lead.
NOTICE_TAIL_UNITS = 8
# A prompt to the reader (a newsletter's blurb, the rules for comments, a call for tips or
# support, "Follow her on ...") ends the body from among its last few kept units only: the
# words are common enough in reporting to read them no higher up.
PROMPT_TAIL_UNITS = 3
NOTICE_MIN_PROSE_WORDS = 60
# A disclosure above the lead, or an author's blurb closing the body, is a short paragraph.
NOTICE_MAX_WORDS = 80
# A page whose prose the usual labels all removed (bullets, a teaser block, captions, site
# furniture) gets a best-effort body from its labels judged again by shape; the result
# says so in `fallback`.
FALLBACK_RELAXED = "relaxed_labels: no prose outside lines marked as debris"
# A site's disclosure speaks to its readers ("we may earn", "Disclosure:"); a news lead about
# affiliate links does not.
# A partner note names the story itself: "This story was co-published with ...".
READER_ADDRESS = re.compile(
    r"^\W*disclos|^\W*this (?:article|story|report) |\b(?:we|our|us|you|your)\b", re.IGNORECASE
)


def clean_text_capture(
    raw: str, site_stats: SiteLineStats | None = None, url: str | None = None
) -> CleanedCapture:
    """Clean a plain-text capture into its article fields.

    Args:
        raw: the capture, decoded.
        site_stats: line statistics of the capture's site (optional; improves removal of
            footers and menus shared by the site's pages).
        url: the page's URL when known (used for the publication date only).

    Returns:
        The cleaned capture; `reason` is set (and `text` empty) when no body was found.

    Example:
        >>> page = "Menu\\n\\nTalks Resume\\n\\nKYIV -- " + "The two sides met again. " * 12
        >>> result = clean_text_capture(page)
        >>> result.title, result.dateline, result.text.startswith("The two sides")
        ('Talks Resume', 'KYIV', True)
    """
    language = guess_language(raw)
    units = split_units(raw, stop_words(language) if language else frozenset())
    if not units:
        return CleanedCapture(language=language, reason=EMPTY_TEXT)
    reasons, classes = label_units(raw, units, language, site_stats)
    mark_blocks(units, reasons, classes)
    span = prose_span(units, reasons, classes)
    if span is not None:
        return _assemble(raw, units, reasons, classes, span, language, url)
    soft_reasons, soft_classes = relax_labels(units, reasons, classes, language)
    span = prose_span(units, soft_reasons, soft_classes)
    if span is not None and any(c in (GOOD, NEAR) for c in soft_classes[span[0] : span[1]]):
        result = _assemble(raw, units, soft_reasons, soft_classes, span, language, url)
        result.fallback = FALLBACK_RELAXED if result.reason is None else None
        return result
    removed = [_removed(raw, u, reasons[u.index] or BOILERPLATE) for u in units]
    return CleanedCapture(language=language, removed=removed, reason=NOT_ARTICLE)


def _body_units(
    units: list[Unit], reasons: list[str | None], classes: list[str], start: int, end: int
) -> list[int]:
    """Return the indices of the units kept as body paragraphs in `[start, end)`.

    Prose and short sentences are kept; a short non-sentence line (a subheading) is kept
    when prose follows it within the span and prose was kept before it.
    """
    keep = []
    for index in range(start, end):
        cls = classes[index]
        if cls in (GOOD, NEAR) or (cls == SHORT and is_sentence(units[index])):
            keep.append(index)
        elif cls == SHORT and index + 1 < len(units) and classes[index + 1] == ITEM:
            keep.append(index)  # the line announcing a list
        elif (
            cls == SHORT
            and keep
            and keep[-1] == index - 1
            and _subheading(units, classes, index, end)
        ):
            keep.append(index)
        elif (
            KEEP_INNER_NONPROSE
            and cls == BAD
            and reasons[index] is None
            and _inside(keep, classes, index, end)
        ):
            keep.append(index)  # a list item or table row between paragraphs
    keep = _fill_inner_runs(units, reasons, trim_lead(units, reasons, classes, keep))
    keep = _trim_notices(units, classes, _add_announced_lists(units, reasons, classes, keep))
    return cut_body_end(units, classes, keep, start, NOTICE_MIN_PROSE_WORDS)


def _trim_notices(units: list[Unit], classes: list[str], keep: list[int]) -> list[int]:
    """Cut the site's notices to the reader off the body's edges (see NOTICE_TAIL_UNITS):
    a leading disclosure, and the last kept units from the first notice among them (with the
    headings and other non-sentences right above it)."""
    first = units[keep[0]]
    if (
        len(keep) > 1
        and first.words <= NOTICE_MAX_WORDS
        and is_notice(first.text, prompt=True)  # cheap cues first: rarely true
        and READER_ADDRESS.search(first.text)
    ):
        keep = keep[1:]  # one notice or prompt above the lead; a lead reporting on one stays
    tail = max(0, len(keep) - NOTICE_TAIL_UNITS)
    prose_words = _prose_words_upto(units, classes, keep[:tail], NOTICE_MIN_PROSE_WORDS)
    prompts = len(keep) - PROMPT_TAIL_UNITS
    for number in range(tail, len(keep)):
        index = keep[number]
        last = number == len(keep) - 1 and units[index].words <= NOTICE_MAX_WORDS
        text, prompt = units[index].text, number >= prompts
        if prose_words >= NOTICE_MIN_PROSE_WORDS and (
            is_notice(text, bio=last, prompt=prompt)
            or (opens_tail_note(text) and _tail_note(units, keep, number))
        ):
            while number > 1 and not _prose_or_sentence(units, classes, keep[number - 1]):
                number -= 1
            return _drop_author_bio(units, keep[:number])
        if classes[index] in (GOOD, NEAR):
            prose_words += units[index].words
    return keep


def _drop_author_bio(units: list[Unit], keep: list[int]) -> list[int]:
    """Drop the author's blurb that a notice cut off below the body left as its last
    paragraph ("Jane Doe is a writer ..." above "The views expressed are her own")."""
    last = units[keep[-1]]
    if len(keep) > 1 and last.words <= NOTICE_MAX_WORDS and is_notice(last.text, bio=True):
        return keep[:-1]
    return keep


def _tail_note(units: list[Unit], keep: list[int], number: int) -> bool:
    """Return whether kept unit `number` is a note on the author or opens a press release's
    boilerplate about its issuer (`notices.is_tail_note`)."""
    following = units[keep[number + 1]].text if number + 1 < len(keep) else ""
    return is_tail_note(units[keep[number]].text, following)


def _prose_words_upto(units: list[Unit], classes: list[str], kept: list[int], limit: int) -> int:
    """Return the words of prose in `kept`, counted only until they reach `limit`."""
    words = 0
    for index in kept:
        if classes[index] in (GOOD, NEAR):
            words += units[index].words
            if words >= limit:
                break
    return words


def _prose_or_sentence(units: list[Unit], classes: list[str], index: int) -> bool:
    """Return whether a kept unit is prose or a short sentence (not a heading or item)."""
    return classes[index] in (GOOD, NEAR) or (classes[index] == SHORT and is_sentence(units[index]))


def _add_announced_lists(
    units: list[Unit], reasons: list[str | None], classes: list[str], keep: list[int]
) -> list[int]:
    """Keep the announced list items (ITEM) that follow a kept unit, even past the span
    (images between the items, ITEM units with a reason, are passed over, not kept)."""
    out: list[int] = []
    for index in keep:
        if out and index <= out[-1]:
            continue
        out.append(index)
        item = index + 1
        while item < len(units) and classes[item] == ITEM:
            if reasons[item] is None:
                out.append(item)
            item += 1
    return out


def _announces_list(
    units: list[Unit], reasons: list[str | None], classes: list[str], index: int
) -> bool:
    """Return whether the unit at `index` is a line of the article that announces a list
    (its items follow it): it scores below zero in the span, so the span stops above it."""
    return (
        index + 1 < len(units)
        and reasons[index] is None
        and classes[index] == SHORT
        and classes[index + 1] == ITEM
    )


def _fill_inner_runs(units: list[Unit], reasons: list[str | None], keep: list[int]) -> list[int]:
    """Keep short runs of untagged lines between kept paragraphs (lists, tables, steps)."""
    filled = keep[:1]
    for index in keep[1:]:
        gap = range(filled[-1] + 1, index)
        if 0 < len(gap) <= INNER_RUN_MAX_UNITS and all(
            reasons[i] in INNER_RUN_REASONS for i in gap
        ):
            filled.extend(gap)
        filled.append(index)
    return filled


def _inside(keep: list[int], classes: list[str], index: int, end: int) -> bool:
    """Return whether a unit follows a kept unit directly and prose comes right after it."""
    following = classes[index + 1] if index + 1 < end else BAD
    return bool(keep) and keep[-1] == index - 1 and following in (GOOD, NEAR)


def _subheading(units: list[Unit], classes: list[str], index: int, end: int) -> bool:
    """Return whether a short line sits between kept prose, as a subheading does."""
    unit = units[index]
    if unit.words > SUBHEADING_MAX_WORDS or unit.bullet or BYLINE.match(unit.text):
        return False
    if shouting(unit) or (unit.text.startswith("[") and unit.text.endswith("]")):
        return False  # "[Source name]", "[VIDEO]": link labels, not headings
    following = classes[index + 1] if index + 1 < end else BAD
    return following in (GOOD, NEAR)


def _assemble(
    raw: str,
    units: list[Unit],
    reasons: list[str | None],
    classes: list[str],
    span: tuple[int, int],
    language: str | None,
    url: str | None,
) -> CleanedCapture:
    """Build the result from the body span: fields, text, text map and removed blocks."""
    start, end = span
    credit_end, credits = read_credits(
        units, reasons, start, min(len(units), end + CREDIT_LOOKAHEAD)
    )
    end = credit_end if credits else end
    if not credits and _announces_list(units, reasons, classes, end):
        end += 1  # a list the article announces right after its last paragraph
    end = recipe_card_end(raw, units, reasons, classes, (start, end)) or end
    keep = _body_units(units, reasons, classes, start, end)
    if not keep:
        return CleanedCapture(language=language, reason=EMPTY_TEXT)
    header = read_header(units, reasons, keep[0])
    dateline, lead_offset = split_dateline(units[keep[0]].text)
    text, text_map = _join(raw, units, keep, lead_offset)
    used = set(keep) | header.used | (credits.used if credits else set())
    result = CleanedCapture(
        text=text,
        title=header.title,
        standfirst=header.standfirst,
        dateline=dateline,
        dateline_text=units[keep[0]].text[:lead_offset].strip() or None,
        byline=header.byline,
        credits=credits.names if credits else [],
        text_map=text_map,
        language=language,
    )
    result.captions = _captions(units, reasons)
    result.removed = _removed_blocks(raw, units, reasons, used, keep[-1])
    head = "\n".join(u.text for u in units[: keep[0]])
    result.published, result.published_source = find_published(head, text[:400], url)
    return result


def _join(
    raw: str, units: list[Unit], keep: list[int], lead_offset: int
) -> tuple[str, list[TextMap]]:
    """Join kept units into the body and map every copied run back to the capture."""
    parts: list[str] = []
    text_map: list[TextMap] = []
    position = 0
    for number, index in enumerate(keep):
        if number:
            parts.append("\n\n")
            position += 2
        skip = lead_offset if number == 0 else 0
        for line_number, (line_start, line_end) in enumerate(units[index].spans):
            if line_number:
                parts.append(" ")
                position += 1
            begin = line_start + skip
            skip = 0
            text_map.append(TextMap(position, begin, line_end - begin))
            position += line_end - begin
            parts.append(raw[begin:line_end])
    return "".join(parts), text_map


def _captions(units: list[Unit], reasons: list[str | None]) -> list[str]:
    """Return the distinct caption lines (in page order)."""
    seen: list[str] = []
    for unit, reason in zip(units, reasons, strict=True):
        if reason == CAPTION and unit.text not in seen:
            seen.append(unit.text)
    return seen


def _removed_blocks(
    raw: str, units: list[Unit], reasons: list[str | None], used: set[int], last_body: int
) -> list[RemovedBlock]:
    """Return a removed block for every unit that is neither body nor a header field."""
    removed = []
    for unit in units:
        if unit.index in used:
            continue
        reason = reasons[unit.index]
        if reason is None:
            reason = FOOTER if unit.index > last_body else BOILERPLATE
        removed.append(_removed(raw, unit, reason))
    return removed


def _removed(raw: str, unit: Unit, reason: str) -> RemovedBlock:
    """Return the removed block of one unit (its raw text and offsets)."""
    start, end = unit.spans[0][0], unit.spans[-1][1]  # `unit.start`, `unit.end`, read once
    return RemovedBlock(raw[start:end], start, end, reason)


__all__ = ["CleanedCapture", "clean_text_capture"]
