"""A news page's boxes inside the story: a photo gallery printed slide by slide, a newsletter
sign-up box with its consent blurb after the first paragraphs, and a byline a text browser
printed in pieces. Captures written for these tests."""

from __future__ import annotations

from newsledger.steps.clean.galleries import is_bare_credit
from newsledger.steps.clean.lines import split_units
from newsledger.steps.clean.text import clean_text_capture

_MENU = "Home\nNews\nValdoria\nSport\nCulture"
_HEADLINE = "Ferry Strike Halts Crossings To Lirsk Islands"
_LEAD = [
    "Ferry crews on the Lirsk Islands route walked off the job on Monday, stranding hundreds "
    "of passengers at the harbour in Norvel and halting freight to the islands.",
    "The crews' union said the strike would last until the operator restored the night "
    "shift allowance it cut in March, a cut the operator says it cannot reverse.",
]
_REST = [
    "The islands' council said food and medicine stocks would last about a week, and asked "
    "the transport ministry to lend a navy landing ship to carry supplies across.",
    "Talks between the union and the operator broke down on Sunday evening after six hours, "
    "according to a statement the union posted on its website.",
    "A spokeswoman for the operator said it had offered to restore half of the allowance and "
    "to review the rest in the autumn, an offer the crews rejected in a vote.",
    "Passengers who had booked crossings this week will be refunded in full, the operator "
    "said, and buses will take travellers to the airport at Veresk free of charge.",
]
_SLIDES = [
    ("Crowds line the harbour wall in Norvel as the evening ferry arrives late", "PA"),
    ("A fisherman mends nets on the quay at Lirsk during the morning market", "Reuters"),
    ("Students cross the old bridge in Veresk on the first day of term", "AFP via Getty"),
    ("Volunteers sort donated coats at the shelter on Market Street", "Jane Roe/PA"),
]


def _gallery(title: str = "Valdoria in pictures") -> list[str]:
    slides = [f"{title}\n\n{caption}\n\n{credit}" for caption, credit in _SLIDES]
    return [f"Show all {len(_SLIDES)}", f"1 /{len(_SLIDES)} {title}", *slides]


def _page(*middle: str, after: list[str] | None = None) -> str:
    body_after = _REST if after is None else after
    parts = [_MENU, _HEADLINE, "By Anna Petrel\nMarch 16, 2024", *_LEAD, *middle, *body_after]
    return "\n\n".join([*parts, "Copyright 2024 Northern Dispatch"])


def test_embedded_gallery_is_removed_and_the_story_on_both_sides_kept() -> None:
    result = clean_text_capture(_page(*_gallery()))
    paragraphs = result.text.split("\n\n")
    assert paragraphs == [*_LEAD, *_REST]
    removed = {block.text: block.reason for block in result.removed}
    for caption, credit in _SLIDES:
        assert removed[caption] == "gallery"
        assert removed[credit] == "gallery"
    assert result.title == _HEADLINE


def test_slideshow_that_is_the_article_keeps_its_slides() -> None:
    # No prose after the slides: the slideshow is the story, not a box inside it.
    slides = [
        f"{n + 1} / 4\n\n{caption}, the harbour office said in a statement on Monday "
        f"evening, and more delays are expected.\n\n{credit}"
        for n, (caption, credit) in enumerate(_SLIDES)
    ]
    page = "\n\n".join([_MENU, _HEADLINE, *slides, "Popular Slideshows", "Copyright 2024"])
    result = clean_text_capture(page)
    for caption, _ in _SLIDES:
        assert caption in result.text
    assert all(block.reason != "gallery" for block in result.removed)


def test_two_photos_with_credits_are_no_gallery() -> None:
    # A counter and only two credited photos: two pictures of the article.
    photos = ["1 / 2", _SLIDES[0][0], "PA", _SLIDES[1][0], "Reuters"]
    result = clean_text_capture(_page(*photos))
    assert all(block.reason != "gallery" for block in result.removed)


def test_bare_credit_lines() -> None:
    lines = ["PA", "REUTERS", "AFP via Getty Images", "English Heritage/PA", "Getty Images"]
    prose = ["PA said the road was shut.", "Pa and Ma went home", "Map"]
    units = split_units("\n\n".join(lines + prose), frozenset())
    assert [is_bare_credit(unit) for unit in units] == [True] * len(lines) + [False] * 3


def test_newsletter_box_after_the_first_paragraphs_is_crossed() -> None:
    box = [
        "Essential news, delivered daily",
        "Email",
        "Sign up",
        "The Northern Dispatch would like to keep you informed about offers, events and "
        "updates by email, please tick the box if you would like to be contacted",
        "Read our full mailing list consent terms here",
        "Related",
        "* Harbour fees to rise in spring",
        "* Island school reopens after storm",
    ]
    result = clean_text_capture(_page(*box))
    assert result.text.split("\n\n") == [*_LEAD, *_REST]
    assert any("would like to keep you informed" in b.text for b in result.removed)


def test_a_sentence_about_ticking_a_box_stays() -> None:
    ballot = "Voters must tick the box next to one name only, the commission said."
    result = clean_text_capture(_page(after=[ballot, *_REST]))
    assert ballot in result.text


def test_byline_printed_in_pieces_is_the_byline_not_the_headline() -> None:
    header = f"{_HEADLINE}\n\nBy\n\nAnna Petrel\n\n@annapetrel\n\nMarek Stolz\n\nMarch 16, 2024"
    page = "\n\n".join([_MENU, header, *_LEAD, *_REST, "Copyright 2024 Northern Dispatch"])
    result = clean_text_capture(page)
    assert result.title == _HEADLINE
    assert result.byline == "Anna Petrel, Marek Stolz"
    assert result.text.startswith(_LEAD[0])


def test_a_lone_by_above_a_label_reads_no_name() -> None:
    header = f"{_HEADLINE}\n\nBy\n\nUpdated\n\nMarch 16, 2024"
    page = "\n\n".join([_MENU, header, *_LEAD, *_REST])
    result = clean_text_capture(page)
    assert result.byline is None
    assert result.title == _HEADLINE


def test_a_sentence_opening_with_a_fraction_is_no_slide_counter() -> None:
    fraction = "1/3 of the ferry fleet has been idle since Sunday, the harbour office said."
    photos = [fraction, _SLIDES[0][0], "AFP", _LEAD[1], _SLIDES[1][0], "AFP"]
    photos += [_REST[0], _SLIDES[2][0], "AFP"]
    result = clean_text_capture(_page(*photos, after=_REST[1:]))
    assert fraction in result.text
    assert _LEAD[1] in result.text and _REST[0] in result.text
    assert all(block.reason != "gallery" for block in result.removed)


def test_a_quoted_promise_to_keep_passengers_informed_stays() -> None:
    quote = (
        '"We apologise to every passenger and will keep you informed about our services as '
        'the talks go on," the operator said in a statement.'
    )
    result = clean_text_capture(_page(after=[quote, *_REST]))
    assert quote in result.text


def test_a_teaser_above_a_long_link_list_is_not_the_lead() -> None:
    teaser = [
        "Editor's pick",
        "Lighthouse Keepers Return To Cape Orin",
        "May 1, 2026",
        "Two keepers moved back into the lighthouse at Cape Orin this spring, twenty years "
        "after the light was automated, to run a museum in the keepers' cottage.",
        "The museum opens in June and will show the logbooks kept at the light since 1870, "
        "the trust that owns the building said on Thursday.",
    ]
    links = [f"* Harbour story number {n} of the week" for n in range(14)]
    more = [
        f"Crossings on the {route} route run as usual, the operator said, as its crews there "
        "belong to a different union that has not joined the strike."
        for route in ("Veresk", "Cape Orin", "Norvel Bay")
    ]
    page = "\n\n".join([_MENU, *teaser, *links, _HEADLINE, *_LEAD, *_REST, *more])
    result = clean_text_capture(page)
    assert result.text.startswith(_LEAD[0])
    assert result.title == _HEADLINE
