"""Removal reasons and the line patterns of page chrome, shared by the clean stage.

Input: one paragraph unit's text. Output: a removal reason (or None): `chrome_reason` tries
the whole-line patterns of page chrome held here (media players, menus, share and comment
headings, time stamps, tag lines), then the caption and photo-credit patterns (`captions`)
and the footer, related-story and promotion phrases (`phrases`). The chrome patterns must
fit a *whole* line, so a sentence that merely mentions "share" or "video" is never touched.
The dateline, byline and credit-line patterns are in `bylines`.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.captions import (
    AGENCY_ENDINGS,
    CASE_BLIND_CAPTION_LINE,
    CLOSING_CREDIT,
    CLOSING_CREDIT_REACH,
    CREDITED_CAPTION_MAX_WORDS,
    NOT_CAPTION_START,
    PHOTO_CUES,
    bracketed_credit,
    photo_credit,
)
from newsledger.steps.clean.phrases import (
    CASE_BLIND_FOOTER_PHRASE,
    CASE_BLIND_PROMO_PHRASE,
    FOOTER_CUES,
    LINK_NUMBER,
    NOT_RELATED_START,
    PROMO_CUES,
    RELATED_LINE,
)
from newsledger.steps.clean.prefilter import CaseBlind, Cues
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
    if text[-1:] == ")" and words <= CREDITED_CAPTION_MAX_WORDS and bracketed_credit(text):
        return CAPTION
    if words <= TAG_LINE_MAX_WORDS and text[:1] in "FfTt" and _tag_line(text):
        return NAVIGATION
    if words > FOOTER_PHRASE_MAX_WORDS:
        return None
    if text[:1] in _COMMENT_COUNT_STARTS and COMMENTS_ON_TITLE.match(text):
        return COMMENTS
    return _phrase_reason(text, low, words)


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
    if cued and FOOTER_CUES.found_in(low) and CASE_BLIND_FOOTER_PHRASE.search(text, low):
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
        and text[:1] not in NOT_RELATED_START
        and RELATED_LINE.match(LINK_NUMBER.sub("", text, count=1) if text[:1] == "[" else text)
    ):
        return NAVIGATION
    if (
        words <= PROMO_MAX_WORDS
        and cued
        and PROMO_CUES.found_in(low)
        and CASE_BLIND_PROMO_PHRASE.search(text, low)
    ):
        return SHARE
    return None


# Every cue of the footer, photo-credit and promo families (`phrases.FOOTER_CUES`,
# `captions.PHOTO_CUES`, `phrases.PROMO_CUES`): a short line holding none of them is spared
# all three searches.
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
