"""Patterns of image captions and photo credits, shared by the clean stage.

Input: one line's text (and its lower-cased form). Output: whether it is a caption line
("Photo: ...", "Image credit: ..."), holds a photo credit ("... | Getty Images", "(AP
Photo/Jane Roe)", "... File photo"), or is one text printed twice (a link's title or an
image's alt text next to its caption). `patterns.chrome_reason` gives such lines the CAPTION
reason; the gallery, block and labelling rules ask these tests too.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.prefilter import CaseBlind, Cues, ascii_non_starts

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
# PHOTO_CREDIT run on lower-cased ASCII lines without the flag (`CaseBlind`).
_PHOTO_CREDIT = CaseBlind(PHOTO_CREDIT)
# Line endings of an agency photo credit ("Jane Roe / AP", "Jane Roe,AFP", "... /Reuters
# files"): tested with one `endswith` instead of more substring cues. No space before them,
# since PHOTO_CREDIT_END allows none; the patterns themselves decide ("map" ends in "ap").
AGENCY_ENDINGS = ("ap", "afp", "epa", "file", "files", "images")
# Substrings that any PHOTO_CREDIT match contains: a fast filter before the regexes
# (`patterns.PHRASE_CUES` joins them with the footer and promo cues).
PHOTO_CUES = Cues(
    "getty", "photo", "image", "credit", "shutterstock", "reuters", "picture",
)  # fmt: skip


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


def bracketed_credit(text: str) -> bool:
    """Return whether a line ends with a photo credit in brackets (see BRACKETED_CREDIT)."""
    tail = text[-BRACKETED_CREDIT_REACH:]
    found = BRACKETED_CREDIT.search(tail)
    return found is not None and found.end() == len(tail)


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
