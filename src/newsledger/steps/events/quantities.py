"""Event sizes: how many people were arrested, killed, injured or took part.

Input: one evidence sentence and the event's PLOVER type. Output: a `newsledger.records.Size`
(ints, `None` where the text gives no count, `approximate=True` for vague or bounded counts), or
`None` when the sentence states no count at all.

Conventions for vague quantities (documented in docs/dates-places.md): we record a low,
defensible number, flagged approximate, as ACLED's coders do ("hundreds" is 100, "dozens" 12,
"several" 3, as ACLED notes code them): "thousands" → 1000, "a few" → 3, "more than 12,000" →
12000, "at least nine" → 9, "about 200" → 200; all approximate. Plain numbers ("nine
protesters") are exact; ages ("a 17-year-old") are never counts. Number phrases themselves
("twenty-three", "12,000") are read by `number_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from newsledger.records import Size
from newsledger.steps.events.number_words import NUMBER_PATTERN, parse_number

__all__ = [
    "NUMBER_PATTERN",
    "VAGUE_COUNTS",
    "clear_count_cache",
    "extract_size",
    "parse_number",
]

# Vague plurals: a low, defensible value, as ACLED codes them ("hundreds" 100, "dozens" 12 -
# not the 24 that "two dozen" would assert - "several" 3), so our sizes compare with ACLED's.
VAGUE_COUNTS = {
    "hundreds": 100, "thousands": 1000, "tens of thousands": 10_000,
    "hundreds of thousands": 100_000, "millions": 1_000_000, "dozens": 12, "scores": 40,
    "a dozen": 12, "a handful": 3, "several": 3, "a few": 3, "few": 3, "a number": 3,
}  # fmt: skip
# Words that make a stated count a bound or an estimate, not an exact figure.
APPROX_CUES = (
    r"more\s+than|over|at\s+least|about|around|almost|nearly|some|up\s+to|roughly|"
    r"approximately|an\s+estimated|as\s+many\s+as|close\s+to|fewer\s+than|less\s+than|"
    r"at\s+most|upwards\s+of|estimated"
)

# Words that say what a count counts: (field, pattern). Arrest, death and injury cues beat
# participant nouns ("nine protesters detained" counts arrests, not marchers).
COUNT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field_name, re.compile(rf"^(?:{pattern})$", re.IGNORECASE))
    for field_name, pattern in (
        # Not "held" ("held a phone call") nor "seized" (goods): they count no people.
        ("arrested", r"detain\w*|arrest\w*|jail\w*|imprison\w*|rounded|custody|"
                     r"apprehend\w*|detention\w*|abduct\w*|kidnap\w*"),
        ("killed", r"kill\w*|dead|deaths?|died|dying|slain|fatalit\w*|murder\w*|bodies|"
                   r"executed|lives|massacred"),
        ("injured", r"injur\w*|wound\w*|hurt|hospitali[sz]ed|casualties|tortur\w*|beaten"),
        ("participants", r"protesters?|demonstrators?|marchers?|people|women|men|students|"
                         r"workers|supporters|activists|residents|members|crowds?|"
                         r"participants|rallied|gathered|marched|protested|joined|took|staged|"
                         r"strikers|farmers|miners|pensioners|opponents|voters|belarusians"),
    )
)  # fmt: skip
# The cue patterns as one: the first field whose pattern matches a word names its group
# (one regex call per word rather than one per field).
CUE_RE = re.compile(
    "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in COUNT_CUES), re.IGNORECASE
)
# The fields of arrest, death and injury cues (the participant nouns are weaker cues).
HARM_FIELDS = frozenset(name for name, _ in COUNT_CUES[:3])
# Which counts each PLOVER type carries (ACLED keeps arrests and deaths on protest events too).
FIELDS_BY_EVENT = {
    "COERCE": ("arrested", "killed", "injured"),
    "ASSAULT": ("killed", "injured"),
    "PROTEST": ("participants", "arrested", "killed", "injured"),
    "MOBILIZE": ("participants", "killed", "injured"),
}
ALL_FIELDS = ("arrested", "killed", "injured", "participants")
# How many words either side of a number may name what it counts; a clause break stops it, and
# so does "by", which introduces the agent ("shot to death by four armed men").
# ("2 members of the regime's Air Force Intelligence were killed": ten words reach the verb.)
WINDOW_AFTER = 10
WINDOW_BEFORE = 3
WINDOW_STOP = re.compile(
    r"^(?:and|as|but|while|when|after|before|because|since|during|that|who|which|whom|where|by|"
    r"[,.;:()])$",
    re.IGNORECASE,
)
# "a man was killed", "killing a woman": one person, when a singular passive follows the noun or
# the cue verb comes right before the article (not "killed in a drone strike").
SINGLE_RE = re.compile(r"\b(?:a|an|one|the)\b(?=\s+[a-z])", re.IGNORECASE)
SINGULAR_PASSIVE = re.compile(r"^(?:\s+[\w'-]+){1,6}?\s+(?:was|has\s+been|had\s+been|is)\b")
# "the" counts one death only right after the cue verb ("killing the soldier") or before a
# singular noun and its verb ("the man died"): elsewhere it may point back to people counted.
DEFINITE_SINGLE = re.compile(
    r"^\s+(?:man|woman|boy|girl|child|victim|soldier|officer)\s+"
    r"(?:died|was\s+killed|was\s+shot\s+dead)\b",
    re.IGNORECASE,
)
# A percentage or an age ("80 percent", "a 17-year-old teenager") is not a head count.
NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|-(?:years?|months?|weeks?|days?)[- ]old\b", re.IGNORECASE
)
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE_COUNTS), key=len, reverse=True))
COUNT_RE = re.compile(
    rf"\b(?:(?P<cue>{APPROX_CUES})\s+)?(?P<num>{_VAGUE}|{NUMBER_PATTERN})(?![\w,]*\d)"
    r"(?:\s+(?:more|other|of))?",
    re.IGNORECASE,
)
# Clause boundaries a count does not cross to reach its trigger (commas and "and" do: "attacked
# the village, killing three"; "killed five and wounded twelve").
CLAUSE_SPLIT = re.compile(r";|\b(?:as|while|whereas|but|when|after|before|because|since)\b")
# Tallies a report sums up with: "fatalities coded as 10", "the death toll rose to 12", "the
# death toll from the bombing has risen to 14", "fatalities and injuries coded as 6" (deaths).
SUMMARY_RE = re.compile(
    r"\b(?:fatalit(?:y|ies|ie)|fatalites|death\s+toll|deaths)"
    r"(?:\s+and(?:/or)?\s+injur(?:y|ies))?"
    r"(?:\s+(?:from|in|of|after)(?:\s+[\w'’-]+){1,4}?"
    r"(?=\s+(?:has|had|have|was|rose|risen|climbed)))?"
    r"\s+(?:(?:was|were|is|has|had|have|been|rose|risen|climbed|are)\s+)*"
    r"(?:coded|estimated|put|reported|recorded|set)?\s*"
    rf"(?:as|at|to)\s+(?P<num>{NUMBER_PATTERN}|{_VAGUE})\b",
    re.IGNORECASE,
)
# A bare tally closing a report: "2 fatalities.", "1 fatality" (read by `tolls`).
TALLY_RE = re.compile(rf"\b(?P<num>{NUMBER_PATTERN})\s+fatalit(?:y|ies)\b", re.IGNORECASE)
# Two coordinated singular people: "a man and his wife were shot dead", "killing a woman and
# her son", "the district chief and his driver were killed" count two.
COUPLE_RE = re.compile(
    r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+and\s+(?:a|an|one|his|her|their|the)\s+"
    r"(?:[\w-]+\s+)?[\w-]+(?=\s+(?:were|have\s+been|had\s+been|are)\b|\s*[,.;]|"
    r"\s+(?:in|on|at|near|during|when)\b)",
    re.IGNORECASE,
)
# Two counts of one group of people: "three officers and one civilian were killed", "killing
# five soldiers and three civilians". Only a noun phrase may stand between them: a verb, a cue
# word or "including" (a subset) ends the first count's phrase ("two were killed and three").
COORDINATED = re.compile(
    r"^(?:\s+(?!(?:were|was|are|is|have|has|had|including|among|of|them|whom|others?)\b)"
    r"[A-Za-z][\w'-]*){1,4}\s+(?:and|as\s+well\s+as)\s+(?:(?:another|other|at\s+least)\s+)?$",
    re.IGNORECASE,
)
BARE_COUNT_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had|died)\b", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[A-Za-z][\w'-]*|[,.;:()]")
BRACKETS = re.compile(r"\([^()]*\)")
TO_DEATH = ["to", "death"]
TO_DEATH_AFTER = re.compile(r"^(?:\s+[\w'-]+){0,4}?\s+to\s+death\b", re.IGNORECASE)
# A verb that "and" may join to a death cue as one action ("shot and killed").
LINKING_VERB = re.compile(r"[a-z]+ed|shot|hit|struck|beaten|stabbed|caught|taken", re.IGNORECASE)


def _field_of(word: str) -> str | None:
    """The field of the first `COUNT_CUES` pattern `word` matches, if any."""
    match = CUE_RE.match(word)
    return match.lastgroup if match else None


def _is_cue(tokens: list[str]) -> bool:
    """True when the first of `tokens` is an arrest, death or injury cue word."""
    return bool(tokens) and _field_of(tokens[0]) in HARM_FIELDS


def _cue_field(words: list[str]) -> str | None:
    """The field the cue word `words[0]` names, if any (the next words may qualify it: "beaten
    to death" and "shot to death" count deaths, though "beaten" alone counts the injured)."""
    field_name = _field_of(words[0])
    if field_name == "injured" and [w.lower() for w in words[1:3]] == TO_DEATH:
        return "killed"
    return field_name


def _role(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """What the count at `sentence[start:end]` counts, and how far away its cue word is.
    Brackets are skipped ("19 (10 police and 9 civilians) were wounded")."""
    after = _TOKEN_RE.findall(BRACKETS.sub(" ", sentence[end:]))[: WINDOW_AFTER + 2]
    before = _TOKEN_RE.findall(BRACKETS.sub(" ", sentence[:start]))[-WINDOW_BEFORE:][::-1]
    best: tuple[int, int, str] | None = None  # (participant?, distance, field)
    for tokens, forward in ((after, True), (before, False)):
        for distance, token in enumerate(tokens[:WINDOW_AFTER]):
            # "shot and killed" is one cue; backwards, "killed and 3 were wounded" is two, and
            # so is "clashed with 4 men and killed 1" (a noun, not a verb, before "and").
            linked = (
                forward
                and token.lower() == "and"
                and _is_cue(tokens[distance + 1 :])
                and (distance == 0 or bool(LINKING_VERB.fullmatch(tokens[distance - 1])))
            )
            if WINDOW_STOP.match(token) and not linked:
                break
            field_name = _cue_field(tokens[distance : distance + 3] if forward else [token])
            if field_name is not None:
                rank = (field_name == "participants", distance, field_name)
                best = rank if best is None or rank < best else best
    if best and best[2] == "injured" and TO_DEATH_AFTER.match(sentence[end:]):
        return "killed", best[1]  # "tortured a villager to death"
    return (best[2], best[1]) if best else None


def _counts(sentence: str) -> list[tuple[str, int, bool, int]]:
    """Every count of the sentence with a known role: (field, value, approximate, offset)."""
    from newsledger.steps.events.timex import ALL_KINDS, find_timexes

    matches = list(COUNT_RE.finditer(sentence))
    taken = (
        [(t.start, t.end) for t in find_timexes(sentence, None, kinds=ALL_KINDS)] if matches else []
    )
    found = []
    for match in matches:
        if any(s < match.end("num") and match.start("num") < e for s, e in taken):
            continue  # a date, year, duration or clock time, not a head count
        if NOT_A_COUNT_AFTER.match(sentence[match.end("num") :]):
            continue
        phrase = match["num"].lower()
        vague = VAGUE_COUNTS.get(" ".join(phrase.split()))
        value = vague if vague is not None else parse_number(match["num"])
        if value is None:
            continue
        role = _role(sentence, match.start(), match.end())
        approximate = vague is not None or match["cue"] is not None
        found.append((role[0] if role else None, value, approximate, match.start(), match.end()))
    spans = [(m.start(), m.end()) for m in matches]
    joined = [(f, v, a, start) for f, v, a, start, _ in _join_coordinated(sentence, found) if f]
    return joined + _single_counts(sentence, spans)


def _join_coordinated(sentence: str, counts: list[tuple]) -> list[tuple]:
    """Add up counts coordinated in one noun phrase ("three officers and one civilian were
    killed"): the pair counts what either counts, when they do not disagree."""
    joined: list[tuple] = []
    inside = [(m.start(), m.end()) for m in BRACKETS.finditer(sentence)]
    aside = [c for c in counts if any(s < c[3] < e for s, e in inside)]  # "(including 1 child)"
    for count in (c for c in counts if c not in aside):
        field_name = _coordinated(sentence, joined[-1], count) if joined else None
        if field_name is None:
            joined.append(count)
            continue
        first = joined.pop()
        joined.append((field_name, first[1] + count[1], first[2] or count[2], first[3], count[4]))
    return joined + aside


def _coordinated(sentence: str, first: tuple, second: tuple) -> str | None:
    """The field two coordinated counts share ("three officers and one civilian were killed"),
    or None when they are not one noun phrase or count different things. A participant noun
    ("five men and two women") yields to an arrest, death or injury cue of the other count;
    a bare second number ("2,000 protesters and 30 were arrested") is a separate count."""
    fields = {first[0], second[0]} - {None}
    if len(fields) > 1:
        fields -= {"participants"}
    if len(fields) != 1 or fields == {"participants"}:
        return None
    between = BRACKETS.sub(" ", sentence[first[4] : second[3]])
    words = _TOKEN_RE.findall(between)
    if not COORDINATED.match(between) or any(_is_cue(words[i:]) for i in range(len(words))):
        return None
    return None if BARE_COUNT_AFTER.match(sentence[second[4] :]) else fields.pop()


def _single_counts(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, bool, int]]:
    """Counts of one person stated by an article: "a journalist was detained", "killing a man"."""
    found = []
    words = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]
    word_starts = [start for start, _ in words]
    for match in SINGLE_RE.finditer(sentence):
        if any(s <= match.start() < e for s, e in spans):
            continue  # part of "a dozen", "a few", "one hundred"
        after = sentence[match.end() :]
        before = _word_before(sentence, words, word_starts, match.start())
        verb_before = before is not None and _field_of(before) in HARM_FIELDS
        definite = match.group().lower() == "the"
        # What counts one person must hold whatever the count's role (tested first: `_role`
        # reads the words around it).
        if not (verb_before or (DEFINITE_SINGLE if definite else SINGULAR_PASSIVE).match(after)):
            continue
        role = _role(sentence, match.start(), match.end())
        if role is None or role[0] == "participants" or (definite and role[0] != "killed"):
            continue  # "detained the editor" may name someone counted already
        found.append((role[0], 1, False, match.start()))
    return found


def _word_before(
    sentence: str, words: list[tuple[int, int]], starts: list[int], offset: int
) -> str | None:
    """The last `_TOKEN_RE` word of `sentence[:offset]`, from the sentence's words (`words`,
    their `starts`): the last one opening before `offset`, cut there if it runs past it."""
    index = bisect_left(starts, offset) - 1
    if index < 0:
        return None
    start, end = words[index]
    return sentence[start : min(end, offset)]


def _other_clause(sentence: str, offset: int, trigger_start: int | None) -> bool:
    """True when a clause boundary separates the count at `offset` from the trigger: "police
    detained nine protesters as hundreds of women marched" gives the march no arrests."""
    if trigger_start is None:
        return False
    low, high = sorted((offset, trigger_start))
    return bool(CLAUSE_SPLIT.search(sentence[low:high]))


def _summary_counts(sentence: str) -> list[tuple[str, int, bool, int]]:
    """Summary tallies: "fatalities coded as 10", "death toll rose to 12", "a man and his wife
    were shot dead" (two)."""
    found = []
    for match in SUMMARY_RE.finditer(sentence):
        value = VAGUE_COUNTS.get(match["num"].lower()) or parse_number(match["num"])
        if value is not None:
            found.append(("killed", value, match["num"].lower() in VAGUE_COUNTS, match.start()))
    for match in COUPLE_RE.finditer(sentence):
        role = _role(sentence, match.start(), match.end())
        if role is not None and role[0] != "participants":
            found.append((role[0], 2, False, match.start()))
    return found


# Sentences whose counts are kept: every mention of a sentence (and the follow-up check of
# the next one) reads the same counts, and finding them runs the TIMEX rules. The event coder
# empties the cache per article (`clear_count_cache`), so repeated text across articles is
# never a shortcut and benchmarks over repeated corpora stay honest.
COUNT_CACHE_SIZE = 256


@lru_cache(maxsize=COUNT_CACHE_SIZE)
def _sentence_counts(sentence: str) -> tuple[tuple[str, int, bool, int], ...]:
    """Every count of the sentence (`_counts` then `_summary_counts`), computed once."""
    summary = _summary_counts(sentence)
    pairs = {offset for _, value, _, offset in summary if value == 2}
    # "killing a woman and her son" counts two, not the one its "a" would count alone.
    single = [c for c in _counts(sentence) if not (c[1] == 1 and c[3] in pairs)]
    return tuple(single + summary)


def clear_count_cache() -> None:
    """Forget the counts of earlier sentences (called once per article by the event coder)."""
    _sentence_counts.cache_clear()


def extract_size(sentence: str, event_type: str, trigger_start: int | None = None) -> Size | None:
    """Read the head counts an event sentence states.

    Args:
        sentence: the evidence sentence.
        event_type: the PLOVER type; it selects the counts that type carries (FIELDS_BY_EVENT).
        trigger_start: offset of the event trigger in `sentence`; when a sentence gives two
            counts of one kind, the one nearest the trigger wins (else the first).

    Returns:
        A `Size`, `approximate=True` when any count kept is vague or bounded ("hundreds of",
        "more than 12,000", "at least nine"); None when the sentence gives no count.

    Example:
        >>> extract_size("Police detained nine protesters.", "COERCE").arrested
        9
    """
    fields = FIELDS_BY_EVENT.get(event_type.upper(), ALL_FIELDS)
    chosen: dict[str, tuple[int, bool, int]] = {}
    for field_name, value, approximate, offset in _sentence_counts(sentence):
        if field_name not in fields or _other_clause(sentence, offset, trigger_start):
            continue
        distance = abs(offset - trigger_start) if trigger_start is not None else offset
        if field_name not in chosen or distance < chosen[field_name][2]:
            chosen[field_name] = (value, approximate, distance)
    if not chosen:
        return None
    size = Size(**{name: value for name, (value, _, _) in chosen.items()})
    size.approximate = any(approximate for _, approximate, _ in chosen.values())
    return size
