"""Tests of the extras that news pages print around and inside a story, in a text capture:
captions and their credits, the author's note, press-release boilerplate,
related-story boxes, listen buttons and print-edition notes."""

from __future__ import annotations

from newsledger.steps.clean.notices import is_company_blurb, is_notice
from newsledger.steps.clean.text import clean_text_capture

_STORY = [
    "The ferry between Port Aldric and the island of Vell will run twice a day from May, the "
    "harbour board said on Tuesday, after a winter in which storms cancelled one crossing in four.",
    "Islanders had asked for a second sailing for years, saying that a single evening boat left "
    "nurses, pupils and traders stranded on the mainland whenever the weather turned.",
    "The board will lease a second vessel from a shipping firm in Tessaly for three years while "
    "a new ferry is built at the yard in Korvin, at a cost of about nine million crowns.",
    "Fares will not change this year, the board's chair told the council, though she warned "
    "that the price of fuel could force a review of the island discount in the autumn.",
]
_HEADER = "Aldric Gazette\n\nNews | Sport | Weather\n\nSecond Daily Ferry For Vell\n\n"


def _page(*blocks: str, byline: str = "By Mara Ostrik") -> str:
    """Return a capture: the site header, a byline, the given blocks, then a footer."""
    return _HEADER + byline + "\n\n" + "\n\n".join(blocks) + "\n\n© 2026 Aldric Gazette\n"


def test_caption_ending_in_a_file_photo_credit_is_dropped() -> None:
    caption = "The evening ferry leaves Port Aldric for Vell in a winter storm. File photo"
    credit = "Islanders wait on the quay at Vell for the delayed crossing. Credit: Jon Amsel"
    text = clean_text_capture(_page(caption, *_STORY[:2], credit, *_STORY[2:])).text
    assert "File photo" not in text and "Credit:" not in text
    assert all(paragraph in text for paragraph in _STORY)


def test_caption_with_a_bare_name_credit_is_dropped_and_the_story_kept() -> None:
    # The credit names the reporter, as the byline does: it used to open the "author's box",
    # and the cut took every paragraph below the lead.
    caption = "Passengers board the evening ferry at Port Aldric. The crossing takes an hour."
    page = _page(caption + "\nMara Ostrik", *_STORY)
    cleaned = clean_text_capture(page)
    assert "Passengers board" not in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in _STORY)


def test_name_line_inside_a_run_of_prose_lines_is_no_credit() -> None:
    # A name printed between two lines of running text (an image's alt text on a page
    # rendered without blank lines) is no credit: the sentence above it is the article's.
    lead = "Harbour pilots welcomed the second sailing at a meeting in Port Aldric on Monday."
    page = _page(f"{lead}\nMara Ostrik\n{_STORY[0]}", *_STORY[1:])
    assert lead in clean_text_capture(page).text


def test_author_notes_below_the_story_are_dropped() -> None:
    covers = "Mara Ostrik covers transport for the Aldric Gazette. She joined the paper in 2021."
    reach = "Tomas Grell can be reached at tgrell@gazette.example or on 555-0143."
    to_reach = "To reach the reporter behind this story, contact desk@gazette.example."
    for note in (covers, reach, to_reach):
        text = clean_text_capture(_page(*_STORY, note)).text
        assert note not in text
        assert _STORY[-1] in text


def test_who_to_call_after_the_story_stays_when_no_person_is_named() -> None:
    # "X can be reached at ..." is an author's note only when X is a person's name.
    police = "Valdoria Police can be reached at 555-0100 by anyone who saw the ferry collide."
    stoppers = "Crime Stoppers can be reached at 555-0199 by anyone with news of the thieves."
    hotline = "The Hotline can be reached at 555-0123 by passengers whose crossing was cancelled."
    for note in (police, stoppers, hotline):
        assert note in clean_text_capture(_page(*_STORY, note)).text


def test_reader_calls_with_an_address_end_the_body() -> None:
    ask = "Did you travel on the old ferry? Email letters@gazette.example"
    welcome = "We welcome responses at letters@gazette.example and print a selection weekly."
    assert is_notice(ask, prompt=True) and is_notice(welcome, prompt=True)
    appeal = "Police asked anyone who saw the crash to email witness@police.example."
    assert not is_notice(appeal, prompt=True)


def test_press_release_boilerplate_about_the_issuer_is_dropped() -> None:
    about = (
        "Korvin Yards is a leading builder of passenger ferries and coastal freighters, with "
        "three yards on the Valdorian coast."
    )
    facts = "Korvin Yards is headquartered in Korvin and employs about 1,400 people."
    contact = "Media contact: Ana Lisk, press@korvin.example"
    text = clean_text_capture(_page(*_STORY, about, facts, contact)).text
    assert about not in text and contact not in text
    assert _STORY[-1] in text


def test_company_described_in_the_story_without_self_description_stays() -> None:
    assert is_company_blurb(
        "Korvin Yards is a builder of ferries.", "Korvin Yards employs 1,400 people."
    )
    closing = "Korvin Yards is a family firm that has built boats for the island since 1911."
    assert not is_company_blurb(closing, "")
    assert closing in clean_text_capture(_page(*_STORY, closing)).text


def test_also_of_interest_box_inside_the_story_is_dropped() -> None:
    box = "Also of interest\n\nNew bus timetable for the harbour district\n\nTessaly fares rise"
    text = clean_text_capture(_page(*_STORY[:2], box, *_STORY[2:])).text
    assert "Also of interest" not in text and "bus timetable" not in text
    assert all(paragraph in text for paragraph in _STORY)


def test_numbered_read_more_link_is_dropped() -> None:
    link = "[13]Read more: Harbour board approves new fuel levy"
    text = clean_text_capture(_page(*_STORY[:2], link, *_STORY[2:])).text
    assert "Read more" not in text
    assert all(paragraph in text for paragraph in _STORY)


def test_print_edition_note_is_dropped() -> None:
    note = (
        "This article appeared in the Island section of the print edition under the "
        'headline "Two boats"'
    )
    text = clean_text_capture(_page(*_STORY, note)).text
    assert "print edition" not in text
    assert all(paragraph in text for paragraph in _STORY)


def test_listen_button_is_no_headline() -> None:
    page = _HEADER + "By Mara Ostrik\n\nListen to this article 4 min\n\n" + "\n\n".join(_STORY)
    assert clean_text_capture(page).title == "Second Daily Ferry For Vell"
