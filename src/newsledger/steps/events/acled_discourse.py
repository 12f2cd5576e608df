"""Which sentence a long news story is about, for the ACLED typing: context leads set aside.

Input: the coded events of one text and the text. Output: the events and the text from the
sentence the story is about on: a local story often opens with context ("The valley had been
calm for a decade", "Armed groups have fought over the routes for years"), an earlier incident
("Last week's bombing killed eleven") or a quote ("They came at night, a villager said") and
tells its news in a later sentence anchored to a day ("On Tuesday, gunmen set fire to a
school"). ACLED codes that day's event, not the context. Used by
`newsledger.steps.events.acled.classify_acled` before it reads a label.
"""

from __future__ import annotations

import re

from newsledger.records import Event

# Sentence ends in the text as written (after a full stop, or a quote closing a sentence).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘]?[A-Z0-9])|(?<=[.!?][\"”’])\s+")
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
# A day the news happened on: "on Tuesday", "late on Saturday", "yesterday", "on 5 March".
DAY_ANCHOR = re.compile(
    rf"\b(?:{_DAYS}|yesterday|today|tonight|this morning|this afternoon|this evening"
    rf"|on \d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}|on {_MONTHS} \d{{1,2}}"
    rf"|the (?:following|next) (?:day|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
# How a context sentence tells what came before the news: the pluperfect ("had been calm"),
# a present perfect of duration ("have long complained"; a bare present perfect is the news
# lead's own tense: "gunmen have shot dead five farmers"), spans of time ("for years", "in
# recent months", "since 2019") and earlier times ("last week", "earlier this month").
CONTEXT_TIME = re.compile(
    r"\bhad(?:\s+(?:long|not|already|never|also|repeatedly|recently|only|been))*"
    r"\s+(?:been|[a-z]+ed|[a-z]+en|flown|kept|left|held|fought|built|brought|come|become|run"
    r"|seen|made|met|won|lost|grown|gone|led|spent|sent|shot|struck|begun)\b"
    r"|\b(?:has|have)\s+(?:long|repeatedly)\b"
    r"|\bfor (?:(?:many|several|more than|nearly|almost|over) )?(?:a |the past )?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few) )?"
    r"(?:years|months|weeks|decades|a decade|a year|a month)\b"
    r"|\b(?:in|over) (?:the )?(?:recent|past|previous|last) (?:\w+ )?"
    r"(?:years?|months?|weeks?|decades?|days?)\b|\bin (?:years|decades)\b"
    r"|\b(?:since|until) (?:\d{4}|the|its|their|last|early|late|mid|[a-z]+ \d{4})\b"
    rf"|\bsince {_MONTHS}(?!\w)"
    r"|\b(?:has|have)\b[^.;,]{0,120}\b(?:so far )?this (?:year|month)\b"
    r"|^(?:(?!\b(?:as|while|amid)\b)[^,;])*\bcontinu(?:ed|es) (?:across|in|on|to|unabated|for)\b"
    r"|\blast (?:week|month|year|summer|winter|spring|autumn)\b"
    r"|\bearlier (?:this|in the|that) (?:week|month|year)\b"
    r"|\b(?:a|one|two|three|several) (?:weeks?|months?|years?|days?) (?:earlier|ago|before)\b"
    r"|\b(?:the previous|the year before)\b",
    re.IGNORECASE,
)
# A lead that only quotes someone ("They came at night, a villager said."; "'We are not
# criminals,' read one placard.").
QUOTE_LEAD = re.compile(
    r"^[\"“‘]|^(?:I|We|They|Our|My)\b.*,[\"”’]? (?:said |says )?(?:a|an|one|the|another) "
    r"[\w' -]{1,40}?(?: said| says| told [\w ]{1,30})?\.?[\"”’]?$"
)
# Words that report what someone said: a sentence with one reports the news ("the army said
# troops had retaken the forest", "have taken back the town, an official said"), even in a
# perfect tense.
# ("had claimed thousands of lives" is a toll, not a claim)
REPORTED = re.compile(
    r"\b(?:said|says|announced|claimed(?! (?:the )?(?:[\w-]+ ){0,2}lives)|reported|stated"
    r"|confirmed)\b",
    re.I,
)


def sentences_of(text: str) -> list[str]:
    """The sentences of a text as written."""
    return [s for s in SENTENCE_END.split(text.strip()) if s]


def context_lead(sentences: list[str]) -> int:
    """How many sentences open the text as context before its news: leading sentences with
    no day of their own that tell what came before it or quote someone, when a later sentence
    is anchored to a day (0 when the text opens with its news)."""
    for at, sentence in enumerate(sentences):
        if DAY_ANCHOR.search(sentence):
            return at
        if not (_context(sentence) or QUOTE_LEAD.search(sentence)):
            return 0
    return 0


def _context(sentence: str) -> bool:
    """True for a sentence telling what came before the news, in its own voice."""
    return bool(CONTEXT_TIME.search(sentence)) and not REPORTED.search(sentence)


def news_part(events: list[Event], text: str) -> tuple[list[Event], str]:
    """The events and the text from the sentence the story is about on (both unchanged when
    the text opens with its news); with no event left, the fallback cues read the news."""
    sentences = sentences_of(text)
    skip = context_lead(sentences)
    if not skip:
        return events, text
    context = " ".join(sentences[:skip])
    kept = [e for e in events if not (e.evidence.text and e.evidence.text.strip() in context)]
    return kept, " ".join(sentences[skip:])
