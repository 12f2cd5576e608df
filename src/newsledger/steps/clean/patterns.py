"""Named line patterns of page debris and article furniture, shared by the clean stage.

Input: one paragraph unit's text. Output: a removal reason (or None) and the header/footer
patterns (datelines, credit lines, bylines, captions) the text-capture cleaner looks for.
Every pattern is matched against a *whole* line, so a sentence that merely mentions "share"
or "video" is never touched.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.prefilter import ASCII_NON_WORD, CaseBlind, Cues, ascii_non_starts
from newsledger.steps.clean.shapes import DIGIT

# Removal reasons recorded on `RemovedBlock.reason`.
NAVIGATION = "navigation"  # menus, link lists, accessibility and section links
MEDIA_PLAYER = "media_player"  # player remnants ("please wait", "0:00"), image placeholders
EMBEDDED_TITLE = "embedded_title"  # a video's or related story's title printed twice
CAPTION = "caption"  # image captions and credits ("Image Credit: ...")
GALLERY = "gallery"  # the slides of a photo gallery: counter, captions, credits
SHARE = "share"  # share/subscribe/follow prompts
FOOTER = "footer"  # service blurbs, legal notices, anything after the article's end
SITE_FURNITURE = "site_furniture"  # lines seen on many pages of the same site
BOILERPLATE = "boilerplate"  # short or non-prose lines outside the article's prose span
REPEATED = "repeated"  # a short line printed more than once in the page (menus shown twice)
DUPLICATE = "duplicate"  # a later copy of a paragraph already kept (pull quotes)
COMMENTS = "comments"  # the reader comment section and everything after its heading
LINK_LIST = "link_list"  # bulleted short lines: a list of links, unless the article holds it
REMOVAL_REASONS = (
    COMMENTS,
    LINK_LIST,
    REPEATED,
    NAVIGATION,
    MEDIA_PLAYER,
    EMBEDDED_TITLE,
    CAPTION,
    GALLERY,
    SHARE,
    FOOTER,
    SITE_FURNITURE,
    BOILERPLATE,
    DUPLICATE,
)

# Whole lines that video/audio players leave in a text capture (RFE/RL-style players and
# common HTML5 players): status words, time counters, format badges.
MEDIA_PLAYER_LINE = re.compile(
    r"(?:please wait|loading\W*|no media source currently available|"
    r"(?:\d{1,2}:){1,2}\d{2}(?:\s*/?\s*(?:\d{1,2}:){1,2}\d{2})*|"
    r"(?:play|pause|replay|mute|unmute|full ?screen|watch|listen)(?: (?:video|audio|now))?|"
    r"listen to this (?:story|article|episode)(?: \d+ min(?:ute)?s?)?|"
    r"(?:video|audio|image|photo|gallery|podcast)|"
    r"\W*\d+x\d+ (?:image|video)|embed|download|"
    r"the (?:code|url) has been copied to your clipboard)\W*",
    re.IGNORECASE,
)
# A text browser's image placeholder: the image's alt text or file name in brackets, one
# token with a letter ("[IMG_2041]", "[pier-300x200]"; "[1]" is a note); w3m prints one per
# image, inside the article too (text captures only: an HTML extractor never prints them).
IMAGE_LABEL_LINE = re.compile(r"\[(?=[^\s\[\]]*[^\W\d_])[^\s\[\]]*+\]")
# Whole lines of site navigation and page chrome (menus, banners, section links).
NAVIGATION_LINE = re.compile(
    r"(?:accessibility links|breaking news|skip to (?:main )?(?:content|navigation)|"
    r"toggle navigation|main menu|menu|search|home|sections?|navigation|close|open|more|"
    r"back to top|next|previous|print|(?:log|sign) ?(?:in|out)|register|my account|"
    r"\W*(?:next|previous|older|newer) (?:post|article|story|entry|page)s?|"
    r"related(?: (?:stories|articles|content|news|topics|coverage))?|"
    r"(?:most|more) (?:read|popular|viewed|shared|from [\w ]{1,30})|trending(?: now)?|"
    r"advertisement|sponsored(?: content)?|ads?|see all|read more|show more|load more|"
    r"tags?|topics?|post navigation|"
    r"(?:upcoming|latest) (?:events|news|stories)|editor'?s picks?|recommended(?: for you)?|"
    r"you may also like|don'?t miss|watch next|up next|latest|top stories)\W*",
    re.IGNORECASE,
)
# A post's tags on one line ("Filed under harbour , strikes", "Tags: ferries, Aldric"): a
# browser's text runs the label and its links together, a text browser may too.
TAG_LINE = re.compile(r"(?:filed under|tagged(?: with)?:?|tags?:|topics?:)\s", re.IGNORECASE)
TAG_LINE_MAX_WORDS = 12
# Each tag is a name or a short phrase: "Filed under seal, the indictment names four officials"
# and "Topics: wages and fares dominated the talks" are prose.
TAG_MAX_WORDS = 4
# Whole lines asking readers to share, follow or subscribe.
SHARE_LINE = re.compile(
    r"\W*(?:share(?: this)?(?: (?:article|story|page|on \w+))?|tweet|email|whatsapp|"
    r"facebook|twitter|x|linkedin|reddit|telegram|pinterest|flipboard|copy link|"
    r"follow us(?: on [\w ,]+)?|subscribe(?: (?:now|today|to [\w ]{1,40}))?|"
    r"sign up(?: for [\w ]{1,40})?|newsletters?|get (?:our|the) [\w ]{1,30} newsletter|"
    r"support (?:independent|our) journalism|contribute|donate)\W*",
    re.IGNORECASE,
)
# Headings that open a reader comment section: the article has ended above them.
COMMENTS_LINE = re.compile(
    r"\W*(?:(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?|"
    r"(?:top rated|reader'?s?|latest|most recent|hide|(?:show|view|see|read|load)(?: all)?) "
    r"(?:\d+ )?comments?(?:\s*\(\d+\))?|"
    r"(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)|"
    r"join the (?:discussion|conversation)|discussion|conversation|"
    r"guest ?book(?:\s*\(\d+(?: entries| messages)?\))?|"
    r"tell us what you think|what do you think|have your say)\W*",
    re.IGNORECASE,
)
_COMMENTS_LINE = CaseBlind(COMMENTS_LINE)
# MEDIA_PLAYER_LINE, NAVIGATION_LINE and SHARE_LINE in one regex, tried in this order (the
# first that fits the whole line names the reason): one call instead of three.
_PLAYER_MENU_SHARE_LINE = CaseBlind(
    re.compile(
        "|".join(
            f"(?P<{reason}>{pattern.pattern})"
            for reason, pattern in (
                (MEDIA_PLAYER, MEDIA_PLAYER_LINE),
                (NAVIGATION, NAVIGATION_LINE),
                (SHARE, SHARE_LINE),
            )
        ),
        re.IGNORECASE,
    )
)
# A blog's comment heading names the post it answers: '12 thoughts on “Post title”', 'One
# response to "Post title"' (the quote mark keeps an article line such as "Two responses to
# the budget" out). Read on lines of up to FOOTER_PHRASE_MAX_WORDS words, the title included.
# A count, not "no": "No comment on 'rumours' of a sale, the spokesman said." is reporting.
COMMENTS_ON_TITLE = re.compile(
    r"(?:\d+|one)\s+(?:comments?|responses?|repl(?:y|ies)|thoughts?|reactions?)\s+"
    r"(?:to|on)\s+[\"“‘'«„]",
    re.IGNORECASE,
)
# First characters of a COMMENTS_ON_TITLE match: a cheap test before the regex.
_COMMENT_COUNT_STARTS = frozenset("0123456789Oo")
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
# Whole-line time stamps of teasers and comments: "32M ago", "2 days ago at 07:52 am",
# "November 20, 2019 15:23", "20/11/2019 / 11:42 am".
TIMESTAMP_LINE = re.compile(
    r"\W*(?:(?:updated|published|posted)\W*)?(?:"
    r"\d+\s*(?:[smhd]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|"
    r"(?:\w+,?\s+)?\d{1,2}\s*(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\W+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?\W*",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = CaseBlind(TIMESTAMP_LINE)
# Every TIMESTAMP_LINE form holds a digit: a line without one is not tried.
# Lines pointing to other stories: "Related: ...", "Read more: ...", "See also: ...", also
# after a text browser's link number ("[13]Read more: ...", _LINK_NUMBER).
_LINK_NUMBER = re.compile(r"^\[\d+\]")
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
_NOT_RELATED_START = ascii_non_starts("ramswln" + ASCII_NON_WORD)
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
    r"keep you (?:informed|updated) (?:about|on|of|with) (?:our |the latest )?"
    r"(?:offers|events|news|products|services))\b",
    re.IGNORECASE,
)
# Photo credits that end or fill a caption: "... | Getty Images", "(Image credit: NASA)",
# "Jane Doe / Reuters file", "(AP Photo/John Roe)" (see `photo_credit`): forms anywhere in
# the line, each holding one of PHOTO_CREDIT_CUES (lower-cased) ...
PHOTO_CREDIT = re.compile(
    r"getty images|\bap photo\b|image credit|photo credit|photograph:|\bshutterstock\b|"
    r"\bcredit\.\.\.|\bafp photo\b|\((?:photo|image|picture)s?:",
    re.IGNORECASE,
)
PHOTO_CREDIT_CUES = Cues(
    "getty", "photo", "image credit", "(image", "(picture", "shutterstock", "credit...",
    scan_max_chars=0,  # a substring test per cue: lines here are short
)  # fmt: skip
# ... and forms that end it, at most PHOTO_CREDIT_END_REACH characters long.
PHOTO_CREDIT_END = re.compile(
    r"[/,] ?(?:reuters|ap|afp|epa|getty)(?: images)?(?: files?)?$|\| reuters$|\. getty$",
    re.IGNORECASE,
)
PHOTO_CREDIT_END_REACH = 30
# A caption's closing credit without brackets: "... at the pier. File photo", "... Credit:
# Jane Roe". Searched in the line's last CLOSING_CREDIT_REACH characters only.
CLOSING_CREDIT = re.compile(
    r"\b(?:file|archive|handout|stock|library|supplied|courtesy) "
    r"(?:photo(?:graph)?|picture|image)s?\)?\.?$|\bcredit: [^.:]{2,60}\.?$",
    re.IGNORECASE,
)
CLOSING_CREDIT_REACH = 80
# A caption ends with its photo's credit in brackets, the photographer and the outlet or
# agency: "(AP Photo/Jane Roe)", "(Jane Roe / Aldric Gazette via Getty Images)". A line
# ending so is a caption however long it is (a text browser may print two captions as one).
BRACKETED_CREDIT = re.compile(
    r"\((?:(?:AP|AFP|Reuters|Getty) )?(?:Photo|Image|Picture)s?\s*(?:/|:|by)\s*[^()]{2,60}\)|"
    r"\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ ?/ ?[A-Z][^()/]{1,60}\)"
)
# The credit is looked for in the line's last this many characters only (a long line is
# not scanned), in lines of at most this many words.
BRACKETED_CREDIT_REACH = 90
CREDITED_CAPTION_MAX_WORDS = 120
# Phrases that mark a line as a legal notice or site footer wherever they occur.
FOOTER_PHRASE = re.compile(
    r"all rights reserved|©|\(c\) \d{4}|copyright \d{4}|terms of (?:use|service)|"
    r"privacy policy|cookie policy|(?:we|website|site) uses? cookies|cookies? settings|"
    r"necessary cookies|click here",
    re.IGNORECASE,
)
# Image captions and photo credits ("Image Credit: ...", "Photo: ...", "Above: ...").
CAPTION_LINE = re.compile(
    r"^\(?(?:image credit|photo(?:graph)?(?: credit)?|picture|credit|above|below|"
    r"file photo|caption|illustration|foto|фото|bild|imagen|immagine|zdjęcie)\s*:|"
    r"^(?:image|media) (?:caption|source)\b|"
    r"^\(?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy)\b",
    re.IGNORECASE,
)
# ... each starting with a bracket or one of these letters.
NOT_CAPTION_START = ascii_non_starts("(ipcabfzm")
CASE_BLIND_CAPTION_LINE = CaseBlind(CAPTION_LINE)
# A credit line ends an agency story: "With reporting by Reuters, AP, and dpa". The "with"
# form credits agencies and goes to `credits`; the Reuters "(Reporting by ...)" form names the
# reporters and stays the body's last paragraph (both mark the end of the article).
CREDIT_LINE = re.compile(
    r"^\(?\s*(?P<with>(?:compiled by [^\n]{1,80}? )?with (?:additional )?reporting by|"
    r"additional reporting by|reporting by|written by [^\n]{1,60}? with reporting by)"
    r"\s+(?P<who>.+?)\)?\s*$",
    re.IGNORECASE,
)
# Separators between credited names: commas, semicolons and a final "and".
CREDIT_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*(?:and\s+)?", re.IGNORECASE)
# A dateline opens the lead: "MINSK --", "KYIV, Ukraine (AP) --", "WASHINGTON (Reuters) -".
# Upper-case place names keep ordinary sentences ("U.S. officials said -- ") out.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][\w.'’\- ]{1,30}?)?)\s*"
    r"(?:\((?P<agency>[A-Za-z][\w /&.-]{0,30})\)\s*)?(?:--|—|–|-|:)\s+(?=\S)"
)
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by: Jane Doe".
BYLINE = re.compile(r"^(?:by|written by|words by):?\s+(?P<who>[A-Z][^\n]{1,120})$", re.IGNORECASE)
# The one DATE_WORD form without a figure (see `has_date_word`).
_STAMP_WORD = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
# A line that is (mostly) a date or a time stamp: "Reuters November 18, 2019 11:03 PM",
# "Updated: 24 Oct 2020". Used to skip such lines when looking for the headline.
DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b|"
    rf"{_STAMP_WORD.pattern}|\b\d+ (?:minutes?|hours?|days?) ago\b",
    re.IGNORECASE,
)


# The phrase patterns above, run on lower-cased ASCII lines without the flag (`CaseBlind`).
_PHOTO_CREDIT = CaseBlind(PHOTO_CREDIT)
_FOOTER_PHRASE = CaseBlind(FOOTER_PHRASE)
_PROMO_PHRASE = CaseBlind(PROMO_PHRASE)


def has_date_word(text: str) -> bool:
    """Return whether a line holds a date or a time stamp word (DATE_WORD).

    Every DATE_WORD form but one holds a figure: a line without a digit is searched for that
    one alone (a much shorter regex).
    """
    if DIGIT.search(text) is None:
        return _STAMP_WORD.search(text) is not None
    return DATE_WORD.search(text) is not None


def chrome_reason(text: str, words: int, low: str | None = None) -> str | None:
    """Return the removal reason of a line of page chrome, or None for a content line
    (`low` is `text` lower-cased, when the caller has it).

    Example:
        >>> chrome_reason("please wait", 2)
        'media_player'
        >>> chrome_reason("The minister said he would wait.", 6) is None
        True
    """
    low = text.lower() if low is None else low
    if words <= SHORT_CHROME_WORDS:
        if _COMMENTS_LINE.fullmatch(text, low):
            return COMMENTS
        if DIGIT.search(text) and _TIMESTAMP_LINE.fullmatch(text, low):
            return BOILERPLATE
        found = _PLAYER_MENU_SHARE_LINE.fullmatch(text, low)
        if found is not None:
            return found.lastgroup
    if text[-1:] == ")" and words <= CREDITED_CAPTION_MAX_WORDS and _bracketed_credit(text):
        return CAPTION
    if words <= TAG_LINE_MAX_WORDS and text[:1] in "FfTt" and _tag_line(text):
        return NAVIGATION
    if words > FOOTER_PHRASE_MAX_WORDS:
        return None
    if text[:1] in _COMMENT_COUNT_STARTS and COMMENTS_ON_TITLE.match(text):
        return COMMENTS
    return _phrase_reason(text, low, words)


def photo_credit(text: str, low: str) -> bool:
    """Return whether a line (`low`: lower-cased) holds a photo credit (PHOTO_CREDIT or,
    at its end, PHOTO_CREDIT_END).

    The cues are a cheap test before the slow search, in ASCII only: there the lower-cased
    line shows every match of the case-blind regex (`re` folds a few other letters, such as
    the dotless i, onto ASCII ones).

    Example:
        >>> line = "Fishing boats at dawn. (AP Photo/Jane Roe)"
        >>> photo_credit(line, line.lower()), photo_credit("Boats at dawn.", "boats at dawn.")
        (True, False)
    """
    if PHOTO_CREDIT_END.search(text, max(0, len(text) - PHOTO_CREDIT_END_REACH)):
        return True
    if text.isascii() and not PHOTO_CREDIT_CUES.found_in(low):
        return False
    return _PHOTO_CREDIT.search(text, low) is not None


def _bracketed_credit(text: str) -> bool:
    """Return whether a line ends with a photo credit in brackets (see BRACKETED_CREDIT)."""
    tail = text[-BRACKETED_CREDIT_REACH:]
    found = BRACKETED_CREDIT.search(tail)
    return found is not None and found.end() == len(tail)


def _tag_line(text: str) -> bool:
    """Return whether a line is a post's tags: a label (TAG_LINE), then short comma-separated
    items (TAG_MAX_WORDS)."""
    label = TAG_LINE.match(text)
    return label is not None and all(
        len(tag.split()) <= TAG_MAX_WORDS for tag in text[label.end() :].split(",")
    )


def _phrase_reason(text: str, low: str, words: int) -> str | None:
    """Return the reason of a line holding a footer, caption, related or promo phrase.

    Each regex runs only when one of its cue substrings occurs (a cheap test); most lines
    hold no cue of any family, which one search over all cues tells at once (see `Cues`).
    """
    cued = PHRASE_CUES.found_in(low)
    if cued and FOOTER_CUES.found_in(low) and _FOOTER_PHRASE.search(text, low):
        return FOOTER
    if words <= CAPTION_MAX_WORDS and (
        (text[:1] not in NOT_CAPTION_START and CASE_BLIND_CAPTION_LINE.match(text, low))
        or (
            ((cued and PHOTO_CUES.found_in(low)) or low.endswith(AGENCY_ENDINGS))
            and (
                photo_credit(text, low)
                or CLOSING_CREDIT.search(text, max(0, len(text) - CLOSING_CREDIT_REACH))
            )
        )
    ):
        return CAPTION
    if (
        words <= RELATED_MAX_WORDS
        and text[:1] not in _NOT_RELATED_START
        and RELATED_LINE.match(_LINK_NUMBER.sub("", text, count=1) if text[:1] == "[" else text)
    ):
        return NAVIGATION
    if (
        words <= PROMO_MAX_WORDS
        and cued
        and PROMO_CUES.found_in(low)
        and _PROMO_PHRASE.search(text, low)
    ):
        return SHARE
    return None


# Line endings of an agency photo credit ("Jane Roe / AP", "Jane Roe,AFP", "... /Reuters
# files"): tested with one `endswith` instead of more substring cues. No space before them,
# since PHOTO_CREDIT_END allows none; the patterns themselves decide ("map" ends in "ap").
AGENCY_ENDINGS = ("ap", "afp", "epa", "file", "files", "images")
# Substrings that any PHOTO_CREDIT / PROMO_PHRASE / FOOTER_PHRASE match contains: fast
# filters before the regexes.
PHOTO_CUES = Cues(
    "getty", "photo", "image", "credit", "shutterstock", "reuters", "picture",
)  # fmt: skip
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
# Every cue of the three families above: a short line holding none of them is spared all
# three searches.
PHRASE_CUES = Cues(*FOOTER_CUES.words, *PHOTO_CUES.words, *PROMO_CUES.words, tails_first=True)
# Whole-line chrome patterns only apply to lines this short: menus and buttons are a few words.
SHORT_CHROME_WORDS = 8
# Footer phrases ("All rights reserved", "click here") mark a line as footer only in lines
# short enough to be a notice, not a paragraph quoting one.
FOOTER_PHRASE_MAX_WORDS = 40
# Captions are a sentence or two; a longer "Above: ..." line is prose.
CAPTION_MAX_WORDS = 40
# A pointer to another story is a headline long at most.
RELATED_MAX_WORDS = 25
# A newsletter prompt is a sentence or two; a paragraph mentioning a subscription is prose.
PROMO_MAX_WORDS = 30


# A line that is one text printed twice, glued or with a space between ("Storm hits
# coastStorm hits coast"): a renderer printed a link's title or an image's alt text next to
# its caption. Each copy holds at least this many characters.
DOUBLED_MIN_CHARS = 20


def doubled(text: str) -> bool:
    """Return whether `text` is one string of DOUBLED_MIN_CHARS or more printed twice.

    Example:
        >>> doubled("Ferry timetable changesFerry timetable changes")
        True
        >>> doubled("Ferry timetable changes at noon Ferry timetable changes")
        False
    """
    size = len(text)
    half = size // 2
    if size < 2 * DOUBLED_MIN_CHARS or text[0] != text[size - half]:
        return False  # cheap test first: the second copy starts with the same character
    if size % 2:
        return text[half].isspace() and text[:half] == text[half + 1 :]
    return text[:half] == text[half:]
