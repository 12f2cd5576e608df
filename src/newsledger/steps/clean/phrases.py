"""Phrase patterns of a page's footer and promotions, shared by the clean stage.

Input: one line's text. Output: matches of the phrases that mark a line as a legal notice or
site footer ("All rights reserved", "Privacy policy"), the site's copyright line, an "About
the author" heading, a pointer to another story ("Read more: ...") or a newsletter or share
prompt, with the cue substrings that let most lines skip these searches (`Cues`).
`patterns.chrome_reason` gives such lines their removal reason.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.prefilter import ASCII_NON_WORD, CaseBlind, Cues, ascii_non_starts

# An "About the author" heading (or "About Jane Doe": a person's name, two or three capitalised
# words) opens the author's blurb below the article; in English and a few other languages.
# "About <Company>" is left alone: press releases keep their boilerplate in the body.
ABOUT_HEADING = re.compile(
    r"(?i:about (?:the )?(?:authors?|writer|me)|sobre (?:o |el )?autora?|über (?:den|die) "
    r"autor(?:in)?|à propos de l'auteur)|"
    r"(?:About|Sobre|Über|À propos de) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}",
)
# A copyright notice closes the page's main content: nothing after it is the article.
# (A bare "©" is often an image credit inside the article: "© Jane Doe / Agency".)
COPYRIGHT_LINE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}|by)\b|all rights reserved", re.IGNORECASE
)
CASE_BLIND_COPYRIGHT_LINE = CaseBlind(COPYRIGHT_LINE)
# Lines pointing to other stories: "Related: ...", "Read more: ...", "See also: ...", also
# after a text browser's link number ("[13]Read more: ...", LINK_NUMBER).
LINK_NUMBER = re.compile(r"^\[\d+\]")
RELATED_LINE = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage| content)?|read more|"
    r"read also|also read|see also|also|more on this|recommended|watch|listen|"
    r"(?:watch|next|related) (?:video|story|article)|"
    r"more from [\w ]{1,30})\s*[:>|»]|"
    # a bare "Read:" only before a title's capital ("Read: the full list ..." is prose)
    r"^\W*read\s*[:>|»]\s*(?-i:[A-Z0-9\"“‘'])|"
    r"^also on [\w-]+(?:\.[\w-]+)+\s",
    re.IGNORECASE,
)
# ... each starting with punctuation or one of these letters.
NOT_RELATED_START = ascii_non_starts("ramswln" + ASCII_NON_WORD)
# Promotion of the site's newsletters and subscriptions, anywhere in a short line.
PROMO_PHRASE = re.compile(
    r"\b(?:sign up|subscribe|subscription|newsletters?|unsubscribe|no spam|"
    r"delivered (?:to your inbox|weekday mornings)|breaking news (?:alerts|emails)|"
    r"follow (?:us|[\w ]{1,60}) on (?:facebook|twitter|instagram|linkedin|youtube)|"
    r"join our [\w ]{0,30}(?:forums?|community|newsletter|mailing list)|"
    r"comments? (?:are|is) (?:moderated|reviewed)|submit (?:a|your) letter to the editor|"
    r"(?:we|we'd|we’d) (?:want|like|would like) to hear (?:what you think|from you)|"
    r"download (?:the|our) [\w ]{1,40} apps?|keep up with (?:me|us) on (?:twitter|facebook)|"
    r"share (?:it |this (?:story |article )?)?(?:on|to|with) "
    r"(?:a friend|facebook|twitter|linkedin)|"
    r"view the discussion|javascript is required|please tick (?:the|this) box|"
    r"(?:like|want|wish) to keep you (?:informed|updated) (?:about|on|of|with) "
    r"(?:our |the latest )?"
    r"(?:offers|events|news|products|services))\b",
    re.IGNORECASE,
)
# Phrases that mark a line as a legal notice or site footer wherever they occur.
FOOTER_PHRASE = re.compile(
    r"all rights reserved|©|\(c\) \d{4}|copyright \d{4}|terms of (?:use|service)|"
    r"privacy policy|cookie policy|(?:we|website|site) uses? cookies|cookies? settings|"
    r"necessary cookies|click here",
    re.IGNORECASE,
)
# The phrase patterns above, run on lower-cased ASCII lines without the flag (`CaseBlind`).
CASE_BLIND_FOOTER_PHRASE = CaseBlind(FOOTER_PHRASE)
CASE_BLIND_PROMO_PHRASE = CaseBlind(PROMO_PHRASE)
# Substrings that any PROMO_PHRASE / FOOTER_PHRASE match contains: fast filters before the
# regexes.
PROMO_CUES = Cues(
    "sign up", "subscri", "newsletter", "no spam", "delivered", "breaking news", "follow",
    "share", "discussion", "javascript", "join our", "moderated", "reviewed", "letter to the",
    "to hear", "download the", "download our", "keep up with", "tick th", "keep you",
)  # fmt: skip
FOOTER_CUES = Cues(
    "©",
    "rights reserved",
    "(c)",
    "copyright",
    "terms of",
    "policy",
    "cookie",
    "click here",
)
