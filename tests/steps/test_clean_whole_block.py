"""Tests of whole-block choices in a text capture: the wrong block taken as the body, the
body cut short, a block of debris kept after the article."""

from __future__ import annotations

from newsledger.steps.clean.blocks import mark_blocks
from newsledger.steps.clean.classify import BAD
from newsledger.steps.clean.edges import _byline_name
from newsledger.steps.clean.labels import label_units
from newsledger.steps.clean.language import stop_words
from newsledger.steps.clean.lines import Unit, split_units
from newsledger.steps.clean.text import clean_text_capture

_ARTICLE = [
    "The harbour board of Port Aldric agreed on Monday to dredge the eastern channel before "
    "the spring, after two grain ships ran aground there within a single week in February.",
    "Pilots had warned for years that the channel silted up faster than the board's surveys "
    "showed, and the shipping guild had threatened to send its boats to the southern port.",
    "The dredging will cost about four million crowns and should take eleven weeks, the "
    "board's engineer told the council, if the weather over the Valdorian coast holds.",
]
_MONTHS = ["December", "November", "October", "September", "August", "July", "June", "May"]
_MONTHS += ["April", "March", "February", "January"]
_FOOTER = "\u00a9 2024 Aldric Gazette. All rights reserved.\n"


def _archive_menu() -> str:
    """Return a blog's archive drop-down printed as one line: months with post counts."""
    entries = [
        f"{month} {year} ({(year + len(month)) % 9 + 1})"
        for year in range(2024, 2012, -1)
        for month in _MONTHS
    ]
    return "Archives Select Month " + " ".join(entries)


def test_archive_menu_of_months_is_not_the_body() -> None:
    # Month names are stop words: the menu line read as 300 words of prose and won the span.
    page = "\n\n".join(
        ["Harbour Notes", _archive_menu(), "* Log in", "* Entries feed", "* Comments feed"]
        + ["Eastern Channel To Be Dredged", *_ARTICLE, _FOOTER]
    )
    text = clean_text_capture(page).text
    assert "Select Month" not in text
    assert all(paragraph in text for paragraph in _ARTICLE)


_ABSTRACT = [
    ("Background:", "Grain ships have run aground in the eastern channel twice this winter."),
    ("Objective:", "To measure how fast the channel silts up between two dredging seasons."),
    ("Design:", "Depth soundings were taken at forty points along the channel every month."),
    ("Setting:", "The eastern channel of Port Aldric on the Valdorian coast, from 2019 on."),
    ("Results:", "The channel lost about a metre of depth each year near the river mouth."),
    ("Conclusion:", "The board should dredge the channel every second year, not every fifth."),
]


def test_labels_of_a_structured_abstract_do_not_break_the_body() -> None:
    # Each "Label:" line used to cost as much as a menu line: six of them sank the abstract
    # below a single longer paragraph further down the page.
    abstract = [line for label, sentence in _ABSTRACT for line in (label, sentence)]
    acknowledgment = (
        "Acknowledgment: The authors thank the harbour pilots of Port Aldric, the crew of the "
        "survey launch and the Valdorian hydrographic office for their patient help with all "
        "the monthly soundings and for lending their charts."
    )
    menus = [f"* Section {number}" for number in range(36)]
    page = "\n\n".join(["Silting Of The Eastern Channel", *abstract, *menus, acknowledgment])
    text = clean_text_capture(page).text
    assert all(sentence in text for _, sentence in _ABSTRACT)


def test_numbered_headlines_under_a_subheading_of_a_related_box_are_dropped() -> None:
    headlines = [
        "1. Ferry company leaves the southern port after the fee rise at Norvel",
        "2. Lighthouse keepers win their pension case in the high court of Valdoria The "
        "judges ruled that the board owed the keepers of the northern lights twelve years of "
        "back pay",
        "3. Herring return to the bay a month early this year, fishermen say",
        "4. The old customs house on the quay is sold to a hotel group from Norvel",
    ]
    page = "\n\n".join(
        ["Eastern Channel To Be Dredged", *_ARTICLE, "Next Up In Ports", "Harbour Deals"]
        + [*headlines, _FOOTER]
    )
    text = clean_text_capture(page).text
    assert all(paragraph in text for paragraph in _ARTICLE)
    assert not any(headline[3:40] in text for headline in headlines)


def test_numbered_sentences_under_a_subheading_are_no_related_headlines() -> None:
    # A site's numbered rules under a heading end like sentences; this rule leaves them to
    # the rules for notices (which read their words).
    rules = [
        "1. We welcome comments from readers on the stories of the day.",
        "2. Please keep your comments civil and stick to the subject.",
    ]
    raw = "\n\n".join([*_ARTICLE, "Latest News", "House Rules", *rules])
    units = split_units(raw, stop_words("en"))
    reasons, classes = label_units(raw, units, "en", None)
    mark_blocks(units, reasons, classes)
    assert reasons[3] is not None and classes[3] == BAD  # the related heading itself
    assert reasons[-2:] == [None, None]


_PITCH = [
    "When you join the Gazette family, you get unlimited access to our reporting from every "
    "harbour of Valdoria, along with the weekly tide tables and forty years of our archive.",
    "First-time members also receive a hand-made tide clock from the workshops of Norvel, "
    "delivered to their door by the harbour post within a month of joining the Gazette.",
]


def test_paywall_prompt_ends_the_body() -> None:
    prompt = "To view the full story, please subscribe to the Aldric Gazette."
    page = "\n\n".join(["Eastern Channel To Be Dredged", *_ARTICLE, prompt, *_PITCH, _FOOTER])
    text = clean_text_capture(page).text
    assert all(paragraph in text for paragraph in _ARTICLE)
    assert not any(paragraph in text for paragraph in _PITCH)


def test_continue_reading_link_inside_the_article_ends_nothing() -> None:
    # No prompt to subscribe or sign in: a link to the rest of the article on the same page.
    more = [
        "The council will vote on the dredging contract at its next sitting, the mayor said, "
        "and the work could start as early as the first week of the new year.",
        "The shipping guild welcomed the decision but said the board had waited far too "
        "long, and that two of its members were still paying for the repairs to their ships.",
    ]
    page = "\n\n".join(
        ["Eastern Channel To Be Dredged", *_ARTICLE, "Continue reading the full story", *more]
        + [_FOOTER]
    )
    text = clean_text_capture(page).text
    assert all(paragraph in text for paragraph in _ARTICLE + more)


_BIO = (
    "Mara Velt covers the ports and the shipping trade of Valdoria for the Gazette, and "
    "wrote two books on the history of the herring fleet at Port Aldric."
)


def _bylined_page(tail: list[str]) -> str:
    """Return a capture of a story by Mara Velt followed by `tail`."""
    header = ["Eastern Channel To Be Dredged", "By Mara Velt, Aldric Gazette"]
    return "\n\n".join([*header, *_ARTICLE, *tail, _FOOTER])


def test_author_box_below_the_story_is_not_body() -> None:
    text = clean_text_capture(_bylined_page(["Mara Velt", _BIO])).text
    assert all(paragraph in text for paragraph in _ARTICLE)
    assert "two books" not in text


def test_authors_blurb_opening_with_the_byline_name_ends_the_body() -> None:
    blurb = "Mara Velt is a former pilot and has followed the waterfront since the great storm."
    more = "Her book on the herring fleet comes out in the spring, and she reads from it at the "
    more += "harbour library on the first Sunday of every month."
    text = clean_text_capture(_bylined_page([blurb, more])).text
    assert all(paragraph in text for paragraph in _ARTICLE)
    assert "former pilot" not in text
    assert "herring fleet comes out" not in text


def test_prose_opening_with_by_is_no_byline_for_the_author_box() -> None:
    # BYLINE ignores case, so "By the time ..." read as a byline would hide the real one
    # above it and give the author's box a "name" that prose may start with.
    lines = ["By Mara Velt, Aldric Gazette", "By the time the pilots arrived, it had sunk."]
    units = [Unit(spans=[], text=line, index=number) for number, line in enumerate(lines)]
    assert _byline_name(units, len(units)) == "Mara Velt"
    assert _byline_name(units[1:], 1) is None


def test_closing_line_naming_the_author_stays() -> None:
    # Reporting credits name the author too; only her name alone, or "Name is ...", opens
    # the author's box.
    closing = "Mara Velt contributed reporting from the southern port of Norvel."
    text = clean_text_capture(_bylined_page([closing])).text
    assert closing in text


def test_sections_with_a_list_intro_are_no_teaser_list() -> None:
    # Subheadings over one-sentence sections read like teasers (headline, summary); a line
    # ending in a colon introduces a list or labels a section, and no teaser's headline does.
    sections = [
        "Safety On The New Ferries",
        "Both new ferries carry the same safety gear, the harbour board said in its report.",
        "Here are the rules that the crews of both ferries follow:",
        "Life Jackets For Every Seat",
        "Every seat on the upper deck now has its own life jacket stowed in a locker below it.",
        "Radio Checks Every Hour",
        "The crews report to the harbour office by radio every hour while they are at sea.",
    ]
    page = "\n\n".join(["Eastern Channel To Be Dredged", *_ARTICLE[:2], *sections, _FOOTER])
    text = clean_text_capture(page).text
    assert all(line in text for line in sections[1::2] if line.endswith("."))
