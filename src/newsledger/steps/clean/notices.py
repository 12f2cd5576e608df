"""The site's notices and prompts to its readers, read at the edges of a text capture's body.

Input: one kept paragraph's text. Output: whether it is the site's notice to its readers (an
advertising or affiliate disclosure, the comment policy, a prompt to subscribers, a
licence), a prompt (a newsletter's blurb, the house rules for comments, a call for tips or
support) or an author's blurb. `text._trim_notices` asks only about the body's first and
last paragraphs: inside an article the same words are reporting.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.prefilter import CaseBlind, Cues

# An advertising or affiliate disclosure: the site's notice, however long, above or below
# the article (taken off the body's edges only, `text._trim_notices`).
_DISCLOSURE = (
    r"advertising discl(?:osure|aimer)|affiliate (?:links?|commissions?|partners?)|"
    r"(?:we|i) (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commissions?)|"
    r"contains? (?:references to products|affiliate)"
)
# The site's notices to the reader below the article: a disclosure, the comment policy, a
# prompt to subscribers or to the site's app. Taken off the body's end only: inside an
# article such words are reporting.
NOTICE_PHRASE = re.compile(
    rf"\b(?:{_DISCLOSURE}|"
    r"comments? (?:are|is|will be|may be) (?:moderated|reviewed|republished)|"
    r"comment moderation|comment policy|reader comments|"
    r"licensed under (?:a |the )?creative commons|disclaimer\s*:|"
    r"already (?:a )?subscriber|already a member\s*\?|first-time subscribers|"
    r"(?:news|updates|alerts) (?:straight|right|directly) to your (?:phone|inbox)|"
    r"^\W*disclosure\s*:|"
    # a wire copy's note: "... the rest of the content is auto-generated from a syndicated feed"
    r"(?:auto-generated|generated|published|taken|received) (?:as received )?from a syndicated "
    r"(?:news )?feed|"
    # a partner or funder note: "This story was co-published with ..."
    r"this (?:article|story|report) (?:was|is) (?:co-?published|published) "
    r"(?:with|in partnership with|in collaboration with)\b|"
    # a portal's sign-off: "Get latest national news along with ... at Outlet"
    r"(?:get|catch) (?:all )?(?:the )?latest (?:[\w,]+ ){0,8}news (?:along with|updates on))",
    re.IGNORECASE,
)
# The site's prompts to its readers below the article (same use as NOTICE_PHRASE; a pattern
# of its own so that each is searched only where its own cues occur).
READER_PROMPT = re.compile(
    # a newsletter's sign-up blurb, however long
    r"\b(?:(?:sign up|subscribe) (?:for|to) (?:our|the|a) (?:free )?(?:[\w-]+ ){0,3}newsletters?|"
    r"(?:delivered|sent|direct|straight) to (?:your|their) inbox(?:es)?|"
    # the house rules for comments, a call for tips or letters, a follow prompt
    # (worded so that a police appeal or a plea at a memorial in the story does not match)
    r"(?:as|when|before) you comment|be respectful of (?:other|fellow) (?:commenters|readers)|"
    r"(?:we|we['’]d|we would) (?:like|love) to hear (?:from you|what you think)|"
    r"(?:a|any|your) (?:news|story) tips?\b|send us (?:your )?(?:news )?tips\b|"
    r"follow (?:him|her|them|me|us) on (?:twitter|facebook|instagram|linkedin)|"
    # a call for letters with an address: "Do you have memories of ...? Email obits@...",
    # "We welcome responses at letters@..."
    r"\?\s+e-?mail [\w.-]+@|"
    r"we welcome (?:your )?(?:responses|letters|comments|feedback) at [\w.-]+@|"
    # a call for readers' money
    r"we rely on (?:the |your |our )?(?:readers['’]? )?support|support our journalism|"
    r"(?:a|one) small fav(?:ou)?r to ask|support us financially|(?:funded|supported) by "
    r"readers like you|please donate\b|^\W*donate (?:today|now)\W*$|"
    # an obituary's call for condolences: "Share your memories ... in the guestbook below."
    r"(?:sign|in) the guest ?book\b)",
    re.IGNORECASE,
)
# An author's blurb below the article: "Jane Doe is a freelance writer based in ...", "Jane
# Doe is the Gazette's courts reporter" (a text browser may print an image label before it).
AUTHOR_BIO = re.compile(
    r"(?:\[[^\s\[\]]+\] )?(?:[A-Z][\w.'’-]+ ){1,3}is "
    r"(?:(?:a|an|the) (?:(?![\w&.-]*['’]s )[\w&,'’-]+ ){0,4}"
    r"(?i:writer|journalist|reporter|author|founder|co-founder|editor|correspondent|"
    r"contributor|columnist|blogger|consultant|freelancer)s?\b"
    # with a possessive ("the Gazette's courts reporter") only a press role: "the harbour
    # board's founder" is a person in the story
    r"|(?:the )?(?:[A-Z][\w&.-]* ){0,2}[A-Z][\w&.-]*['’]s (?:[\w&,'’-]+ ){0,4}"
    r"(?i:writer|journalist|reporter|editor|correspondent|contributor|columnist)s?\b)"
)
# A press release's boilerplate about the issuer, with or without its "About Acme" heading:
# "Acme is a global provider of ..." (the issuer names itself as the subject of a
# definition); read only with a self-description cue in it or in the next paragraph
# (COMPANY_FACTS), so that a story's closing line of background stays.
COMPANY_BLURB = re.compile(
    r"(?:[A-Z][\w.&'’-]*,? ){1,4}(?:\([^)]{1,30}\) )?is (?:a|an|the|one of the) "
    r"(?:[\w&,-]+ ){0,6}?(?:provider|company|firm|manufacturer|maker|developer|supplier|"
    r"leader|group|organi[sz]ation|operator|platform|agency|association|institution|"
    r"non-?profit|charity|foundation|producer|retailer|distributor|bank|insurer|publisher|"
    r"business|chain|consultancy|specialist|innovator|pioneer|network|builder|designer|"
    r"owner|investor|lender|carrier|airline|brand|marketplace|studio|institute|trust|fund|"
    r"cooperative|alliance|partnership)s?\b"
)
COMPANY_FACTS = re.compile(
    r"\b(?:headquartered|(?:founded|established|incorporated) in \d{4}|employs|subsidiaries|"
    r"(?:listed|traded) on|offices in|\d+ countries|visit (?:www|https?:)|www\.\w)",
    re.IGNORECASE,
)
# A person's name as a note's subject: one to three capitalised words, none a function word
# or a word that names an organisation or a service ("Crime Stoppers", "The hotline").
_NOT_PERSON = (
    r"the|a|an|this|that|our|its|their|police|stoppers|hotline|helpline|line|office|"
    r"department|desk|team|staff|service|services|centre|center|unit|station|authority|"
    r"council|ministry|agency|bureau|commission|committee|company|group|board|officials?|"
    r"spokes(?:man|woman|person)|organi[sz]ers"
)
PERSON_NAME = rf"(?:(?!(?i:{_NOT_PERSON})\b)[A-Z][\w.'’-]+ ){{1,3}}"
# Notes that open a paragraph below the article: how to reach the author ("Jane Doe can be
# reached at ...", "Jane Doe writes about ...", "To reach the reporter, ..."; the subject is
# a person's name (PERSON_NAME): "The hotline can be reached at ...", "Valdoria Police can be
# reached at ..." is reporting) and the magazine's note on its print
# edition ("This article appeared in the Science section of the print edition under the
# headline ..."). Anchored at the paragraph's start: one cheap match, no cue scan.
AUTHOR_NOTE = re.compile(
    rf"{PERSON_NAME}(?:(?:can|may) be (?:reached|contacted|emailed) at|writes about)\b|"
    r"To reach the (?:reporter|author|writer|editor)s?\b|"
    r"This (?:article|story) appeared in (?:the )?(?:print|[\w&,' ]{1,40} section of the print)\b"
)
# The openings of AUTHOR_NOTE and COMPANY_BLURB in one anchored pattern: one cheap match per
# paragraph at the body's end tells whether either can be there.
TAIL_NOTE_START = re.compile(
    r"(?:[A-Z][\w.&'’-]*,? ){1,4}(?:\([^)]{1,30}\) )?is (?:a|an|the|one of the) |"
    rf"{PERSON_NAME}(?:(?:can|may) be (?:reached|contacted|emailed) at|writes about)|"
    r"To reach the |This (?:article|story) appeared in "
)
# Every TAIL_NOTE_START match opens so, or holds one of these (the regex heeds case): a
# cheap test that spares most paragraphs the regex.
_TAIL_NOTE_OPENINGS = ("To reach the ", "This ")
_TAIL_NOTE_CUES = (" is ", " be ", "writes about")
_NOTICE_PHRASE, _READER_PROMPT = CaseBlind(NOTICE_PHRASE), CaseBlind(READER_PROMPT)
# Substrings that every NOTICE_PHRASE match contains: a fast filter.
NOTICE_CUES = Cues(
    "discl", "affiliate", "compensation", "commission", "references to", "comment",
    "subscriber", "member", "to your ", "licensed", "syndicated",
    "this article", "this story", "this report", "latest",
)  # fmt: skip
# Substrings that every READER_PROMPT match contains.
PROMPT_CUES = Cues(
    "newsletter", "inbox", "comment", "to hear", " tip", "follow ", "support", "@", "favo",
    "readers like", "donate", "guest",
    scan_max_chars=0,  # measured: cue by cue costs less than one regex scan at any length
)  # fmt: skip


def is_notice(text: str, bio: bool = False, prompt: bool = False) -> bool:
    """Return whether a paragraph holds one of the site's notices to the reader (see
    NOTICE_PHRASE); with `prompt`, a prompt to the reader counts too (READER_PROMPT); with
    `bio`, an author's blurb (only the body's last paragraph can be one: higher up, "X is
    the founder of ..." is reporting).

    Example:
        >>> is_notice("Sign up for our free newsletter, delivered to your inbox.", prompt=True)
        True
        >>> is_notice("The council will sign up for the guild's scheme.", prompt=True)
        False
    """
    low = text.lower()
    if NOTICE_CUES.found_in(low) and _NOTICE_PHRASE.search(text, low):
        return True
    if prompt and PROMPT_CUES.found_in(low) and _READER_PROMPT.search(text, low):
        return True
    return bio and " is " in low and bool(AUTHOR_BIO.match(text))


def is_tail_note(text: str, next_text: str) -> bool:
    """Return whether a paragraph at the body's end is a note on the author or the print
    edition (AUTHOR_NOTE) or opens a press release's boilerplate about its issuer
    (`is_company_blurb`; `next_text` is the next paragraph).

    Example:
        >>> is_tail_note("Jon Amsel can be reached at jon@gazette.example.", "")
        True
        >>> is_tail_note("The hotline can be reached at 555-0100.", "")
        False
        >>> is_tail_note("Valdoria Police can be reached at 555-0100.", "")
        False
    """
    if not opens_tail_note(text):
        return False
    return AUTHOR_NOTE.match(text) is not None or is_company_blurb(text, next_text)


def opens_tail_note(text: str) -> bool:
    """Return whether a paragraph opens the way a note on the author or a company's blurb
    does (TAIL_NOTE_START; the cheap substring tests go first).

    Example:
        >>> opens_tail_note("Jon Amsel can be reached at jon@gazette.example.")
        True
        >>> opens_tail_note("Rain fell on the harbour all day.")
        False
    """
    if not (text.startswith(_TAIL_NOTE_OPENINGS) or any(map(text.__contains__, _TAIL_NOTE_CUES))):
        return False
    return TAIL_NOTE_START.match(text) is not None


def is_company_blurb(text: str, next_text: str) -> bool:
    """Return whether a paragraph opens a press release's boilerplate about its issuer
    (COMPANY_BLURB, with a COMPANY_FACTS cue in it or in `next_text`, the next paragraph).

    Example:
        >>> is_company_blurb("Vantor Mills is a leading maker of paper.", "Vantor employs 900.")
        True
        >>> is_company_blurb("Vantor Mills is a maker of paper that supplies the port.", "")
        False
    """
    if " is " not in text or not COMPANY_BLURB.match(text):
        return False
    return bool(COMPANY_FACTS.search(text) or COMPANY_FACTS.search(next_text))
