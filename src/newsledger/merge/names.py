"""Name keys for entity resolution: titles stripped, transliteration keys, acronyms, kinds.

Input: a name as the coder or the annotator wrote it ("U.S. Secretary of State Mike Pompeo",
"Lukashenko", "RFE/RL"). Output: its core name and stripped title (`split_title`), a
transliteration key (`translit_key`), a similarity (`name_similarity`), an acronym
(`acronym_of`) and a kind (`classify_name`). Lexicons live in `data/merge_names.yaml`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# Romanisations of one Cyrillic name differ in a few letter groups; each rewrite maps the
# variants onto one spelling (applied in order, on the ASCII-folded lower-case name).
# "kh"/"h" (Х), "ts"/"t" (Belarusian Ц for Russian Т in Tsikhanouskaya/Tikhanovskaya),
# "ou"/"ov" (Belarusian ў), "ia"/"ya" (Я, and Ю, Е alike), "x"/"ks", "j"/"y"/"i" (Й), "w"/"v",
# "ph"/"f", doubled letters.
TRANSLIT_REWRITES = (
    ("kh", "h"),
    ("zh", "j"),
    ("ts", "t"),
    ("tz", "t"),
    ("x", "ks"),
    ("ph", "f"),
    ("w", "v"),
    ("ou", "ov"),
    ("ia", "ya"),
    ("iu", "yu"),
    ("ie", "ye"),
    ("iy", "i"),
    ("yy", "i"),
    ("ij", "i"),
)
_VOWELS = set("aeiouy")
_DOUBLE = re.compile(r"(.)\1")
_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, Any]:
    """Return the name lexicons (titles, demonyms, org words, aliases) from the data file."""
    text = resources.files("newsledger").joinpath("data", "merge_names.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    phrases = {(tuple(t.rstrip(".") for t in d.split()), False) for d in data["demonyms"]}
    phrases |= {(tuple(t.rstrip(".") for t in d.split()), True) for d in data["titles"]}
    data["title_phrases"] = sorted(phrases, key=lambda p: (-len(p[0]), not p[1], p[0]))
    data["org_set"] = set(data["org_words"])
    data["alias_map"] = {fold_name(k): v for k, v in data["aliases"].items()}
    return data


def ascii_fold(text: str) -> str:
    """Return `text` without accents, lower-cased ("Łukašenka" -> "lukasenka")."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_name(name: str) -> str:
    """Return the comparison form of a name: folded, punctuation-light, single-spaced."""
    name = ascii_fold(name).replace("’", "'")
    name = re.sub(r"[^\w/&' -]+", "", name.replace(".", ""))
    return " ".join(name.split())


def name_tokens(name: str) -> list[str]:
    """Return the word tokens of a name (possessive 's removed)."""
    return [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(name)]


def split_title(name: str) -> tuple[str, str]:
    """Split a leading title/role off a name; a name that is all title is a description.

    Demonyms ("Danish", "U.S.") are stripped only when a title follows them, so "European
    Union" stays whole while "Danish Prime Minister Mette Frederiksen" loses its title.

    Example:
        >>> split_title("U.S. Secretary of State Mike Pompeo")
        ('U.S. Secretary of State', 'Mike Pompeo')
    """
    matches = list(_TOKEN.finditer(name))
    # An initial ("A. Lukashenka") is part of the name, never the article "a".
    low = ["" if _INITIAL.match(m.group()) else m.group().casefold().rstrip(".") for m in matches]
    lexicon = load_lexicon()
    pos, cut = 0, 0
    while pos < len(low):
        step, is_title = _title_phrase_at(low, pos, lexicon)
        if not step:
            break
        pos += step
        cut = pos if is_title else cut
    if cut >= len(matches):
        return name.strip(), ""  # "the Belarusian leader": a description, not a name
    start = matches[cut].start() if cut else 0
    core = _POSSESSIVE.sub("", name[start:].strip().rstrip(",;:"))
    return name[:start].strip(), core


def _title_phrase_at(low: list[str], pos: int, lexicon: dict) -> tuple[int, bool]:
    """Return (length, is a title) of the longest title or demonym phrase at `pos`."""
    for phrase, is_title in lexicon["title_phrases"]:
        if tuple(low[pos : pos + len(phrase)]) == phrase:
            return len(phrase), is_title
    return 0, False


def translit_form(token: str) -> str:
    """Return a token rewritten onto one romanisation ("Tsikhanouskaya" -> "tihanovskaya")."""
    form = re.sub(r"[^a-z]", "", ascii_fold(token))
    for old, new in TRANSLIT_REWRITES:
        form = form.replace(old, new)
    return _DOUBLE.sub(r"\1", form)


def skeleton(token: str) -> str:
    """Return the consonant skeleton of a token: first letter, then its consonants."""
    form = translit_form(token)
    return form[:1] + "".join(c for c in form[1:] if c not in _VOWELS)


def translit_key(name: str) -> str:
    """Return the transliteration key of a name: the skeletons of its tokens.

    Example:
        >>> translit_key("Lukashenka") == translit_key("Lukashenko")
        True
    """
    return " ".join(skeleton(t) for t in name_tokens(name))


def name_similarity(a: str, b: str) -> float:
    """Return the string similarity (0-1, difflib ratio) of two names' romanised forms."""
    form_a = " ".join(translit_form(t) for t in name_tokens(a))
    form_b = " ".join(translit_form(t) for t in name_tokens(b))
    return difflib.SequenceMatcher(None, form_a, form_b, autojunk=False).ratio()


def is_acronym(name: str) -> bool:
    """Return True for a name written as an acronym ("EU", "RFE/RL", "U.S.", "BelTA")."""
    letters = re.sub(r"[./&\s]", "", name)
    caps = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 8 and letters.isalpha() and caps >= max(2, len(letters) - 2)


def acronym_of(name: str) -> str:
    """Return the initials of a long name, per slash-separated part.

    Example:
        >>> acronym_of("Radio Free Europe/Radio Liberty")
        'RFE/RL'
    """
    stop = set(load_lexicon()["acronym_stopwords"])
    parts = []
    for part in name.split("/"):
        words = [w for w in part.split() if w and w.casefold() not in stop]
        parts.append("".join(w[0].upper() for w in words if w[0].isalpha()))
    return "/".join(parts)


_DECLARED = (
    re.compile(
        r"^(?P<acr>[A-Z][A-Za-z0-9/&-]{1,11}):\s+(?P<long>\S.+)$"
    ),  # "AQAP: Al Qaeda in ..."
    re.compile(r"^(?P<long>\S.+?)\s+\((?P<acr>[A-Z][A-Za-z0-9/&-]{1,11})\)$"),  # "... Front (MILF)"
)


def declared_acronym(name: str) -> tuple[str, str] | None:
    """Return (acronym, long name) when a name declares its own acronym, else None.

    Example:
        >>> declared_acronym("MILF: Moro Islamic Liberation Front")
        ('MILF', 'Moro Islamic Liberation Front')
    """
    for pattern in _DECLARED:
        found = pattern.match(name.strip())
        if found and is_acronym(found.group("acr")) and len(found.group("long").split()) >= 2:
            return found.group("acr"), found.group("long")
    return None


def acronym_key(name: str) -> str:
    """Return the comparable form of an acronym ("U.S." -> "US", "RFE/RL" -> "RFE/RL")."""
    return re.sub(r"[.\s]", "", name).upper()


def classify_name(name: str, label: str | None = None) -> str:
    """Return the kind of a core name: person, org, country, place or group.

    Args:
        name: the name without its title.
        label: the annotator's label (PERSON, ORG, GPE, LOC, FAC, NORP) if any.
    """
    from newsledger.merge.places import country_of_capital, country_of_name

    if country_of_name(name):
        return "country"
    if country_of_capital(name):
        return "place"
    words = {t.casefold() for t in name_tokens(name)}
    # A qualifier in brackets ("Protesters (Belarus)", "Police (1994-)") marks a group label.
    qualified = "(" in name
    if label == "ORG" or qualified or is_acronym(name) or words & load_lexicon()["org_set"]:
        return "org"
    if label in ("GPE", "LOC", "FAC"):
        return "place"
    if label == "NORP":
        return "group"
    if label == "PERSON" or all(t[:1].isupper() for t in name_tokens(name)):
        return "person"
    return "org"
