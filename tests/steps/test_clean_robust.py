"""Tests of the text cleaner on pages that used to lose their whole body: an end marker
above the article, and pages whose prose the usual rules leave out entirely."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_ARTICLE = [
    "The council of Port Aldric voted on Monday to rebuild the old grain quay, which has "
    "stood empty since a fire gutted its warehouses two winters ago and left the harbour "
    "without a place to load the barley that the upland farms send down the river.",
    "The harbour master told the council that the first berth could reopen by the autumn "
    "if the stone for the new sea wall arrived from the quarries at Tessin on time, and "
    "that the remaining berths would follow in the spring of the year after.",
    "Farmers from the upland valleys, who have paid carters to take their grain to the "
    "southern ports since the fire, said the vote would save them a week on every harvest "
    "and asked the council to keep the old quay's low fees for local growers.",
    "The cost of the work will be shared between the city and the river guild, the mayor "
    "said, and a loan from the provincial bank will cover the rest until the new quay's "
    "fees begin to pay it back over the next twelve years of trade.",
]
_TEASER = (
    "In other news: the Tessin quarries will hire two hundred workers this summer, the "
    "quarry owners said on Friday, as orders for cut stone from the coastal towns keep "
    "growing after a decade in which most of their pits stood idle. The first of the new "
    "workers will start in June, and the owners have asked the city for a bus from the "
    "station to the pits at the start and end of every shift."
)


def _page(marker: str) -> str:
    """Return a capture with a teaser, a header holding `marker`, the article and a footer."""
    header = ["Menu", _TEASER, "Grain Quay To Be Rebuilt", "By Jane Roe", marker, "Facebook"]
    header += ["Twitter", "Email"]
    footer = ["Share", "Comments", "Mira says:", "About time the quay was fixed."]
    return "\n\n".join([*header, *_ARTICLE, *footer])


@pytest.mark.parametrize("marker", ["12 Comments", "Photo: © 2021 Aldric Picture Desk"])
def test_clean_text_marker_above_article_does_not_end_it(marker: str) -> None:
    """A comment count or a photo's copyright line under the headline opens no comment
    section: the run of paragraphs below it, longer than the teaser above, is the body."""
    result = clean_text_capture(_page(marker))
    assert all(paragraph in result.text for paragraph in _ARTICLE)
    assert "About time" not in result.text


def test_clean_text_comment_heading_below_article_still_ends_it() -> None:
    """Comments under the article, each under its author line, stay cut off even when
    together they hold more prose than the article."""
    comments = []
    for number in range(6):
        comments += [
            f"Reader{number} says:",
            "March 3, 2021 at 10:15 am",
            f"I have lived by the harbour for {number + 20} years and the quay was the heart "
            "of the town; the council should have rebuilt it the spring after the fire, "
            "before the farmers took their grain south and the carters raised their prices.",
        ]
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, "Comments", *comments])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


# Reader comments with no author line between them (each test adds its own heading).
_COMMENTS = [
    "I walk past the old quay every morning and it has been a ruin for far too long, so I am "
    "glad the council finally found the money to rebuild it before it falls down.",
    "My grandfather loaded barley on that quay for forty years. It would have broken his "
    "heart to see it burn, and it would make him proud to see it working again next year.",
]


@pytest.mark.parametrize(
    "heading",
    [
        "14 thoughts on \u201cGrain Quay To Be Rebuilt After Two Winters\u201d",
        'One response to "Grain Quay To Be Rebuilt After Two Winters"',
        "3 Comments on \u2018Grain Quay To Be Rebuilt\u2019",
    ],
)
def test_clean_text_comment_heading_naming_the_post_ends_it(heading: str) -> None:
    """A blog's comment heading that quotes the post's title opens the comment section,
    even with no author line between the comments."""
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, heading, *_COMMENTS])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


@pytest.mark.parametrize("link", ["See all comments (14)", "View All 14 Comments", "Read comments"])
def test_clean_text_link_to_all_comments_ends_it(link: str) -> None:
    """A link to the comments, with or without their count, opens the comment section."""
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, link, *_COMMENTS])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


def test_clean_text_count_of_responses_in_the_article_is_no_comment_heading() -> None:
    """Without a quoted title, a line opening with a count of responses is article text."""
    line = "Two responses to the council's plan came from the river guild on Friday."
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE[:2], line, *_ARTICLE[2:]])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE[:2], line, *_ARTICLE[2:]]


def test_clean_text_no_comment_on_a_quoted_word_is_article_text() -> None:
    """ "No comment on 'rumours' ..." is a refusal to comment, reported: no comment heading."""
    line = "No comment on 'rumours' of a sale, the harbour board's spokesman told reporters."
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE[:2], line, *_ARTICLE[2:]])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE[:2], line, *_ARTICLE[2:]]


_POINTS = [
    "* The grain quay will reopen its first berth in the autumn of next year.",
    "* Stone for the new sea wall is coming down the river from Tessin.",
    "* Upland farmers will keep the old low fees for their barley and oats.",
    "* The city and the river guild share the cost with a provincial loan.",
    "* The remaining berths follow in the spring, the harbour master said.",
]


def test_clean_text_page_of_bulleted_sentences_gets_best_effort_body() -> None:
    """An article told as a run of bulleted sentences (a link list by its shape) still
    yields a body, marked as a best effort, instead of being dropped."""
    raw = "\n\n".join(["Menu", "Grain Quay: What We Know", *_POINTS, "Share"])
    result = clean_text_capture(raw)
    assert result.reason is None
    assert result.fallback is not None
    assert [p.removeprefix("* ") for p in _POINTS] == [
        p.removeprefix("* ") for p in result.text.split("\n\n")
    ]


def test_clean_text_page_of_links_is_still_not_an_article() -> None:
    """A page of short bulleted headlines has no prose even when judged again by shape."""
    raw = "\n".join(["Menu", *(f"* Harbour story number {n}" for n in range(12)), "Share"])
    result = clean_text_capture(raw)
    assert result.text == ""
    assert result.reason is not None
    assert result.fallback is None


def test_clean_text_page_with_only_a_cookie_notice_has_no_body() -> None:
    """Notices found by their words stay removed in the best-effort pass: an error page
    with a cookie notice is still not an article."""
    notice = (
        "This site uses cookies to remember your settings and to count its visitors; "
        "read our cookie policy to learn more."
    )
    raw = "\n\n".join(["Menu", "Page not found", notice, "Accept", "Share"])
    result = clean_text_capture(raw)
    assert result.text == ""
    assert result.fallback is None


def test_capture_cleaner_records_best_effort_in_meta() -> None:
    """The pipeline step keeps a best-effort body and says why in the article's meta."""
    from newsledger.records import Article
    from newsledger.steps.clean import CaptureCleaner

    raw = "\n\n".join(["Menu", "Grain Quay: What We Know", *_POINTS, "Share"])
    article = CaptureCleaner().process(Article(id="a1", source="test", raw=raw, format="text"))
    assert article.drop_reason is None
    assert "clean_fallback" in article.meta
    assert "sea wall" in article.text


def test_clean_text_long_table_stays_one_list() -> None:
    """A standings table announced by the article runs past the 30-line list limit as long
    as its rows do: the rows below the 30th neither break the body nor drop out of it."""
    rows = [
        f"{rank:<4} Rower {chr(65 + rank % 26)}{rank:<10} {1000 - rank * 7:>6}     {rank % 5}"
        for rank in range(1, 41)
    ]
    intro = "The final standings of the Valdorian rowing league after all twelve regattas:"
    raw = "\n\n".join(["Menu", "Rowing League Standings", _ARTICLE[0], intro, "\n".join(rows)])
    raw += "\n\nShare\n\nMost read\n\n* Quay vote\n\n* Ferry times\n"
    result = clean_text_capture(raw)
    assert rows[-1] in result.text and rows[0] in result.text
    assert _ARTICLE[0] in result.text
    assert "Ferry times" not in result.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photograph by Mira Kost, Valdoria Wildlife Trust", "caption"),
        ("(Credit: Anton Reyes / Harbour Courier)", "caption"),
        ("The old quay after the fire of 2019. Jane Roe/Reuters files", "caption"),
        ("Illustration by Tomas Veld", "caption"),
        ("The photographer said she had waited by the quay for hours.", None),
        ("The council's report cited figures from Reuters and AP.", None),
    ],
)
def test_photo_credit_lines_are_captions(line: str, reason: str | None) -> None:
    """Photo credits in their common spellings ("Photograph by", a bracketed "Credit:", an
    agency's "files") are captions; sentences that only mention a photo or an agency are not."""
    from newsledger.steps.clean.patterns import chrome_reason

    assert chrome_reason(line, len(line.split())) == reason


def test_clean_text_site_copyright_line_ends_article_whatever_follows() -> None:
    """Prose printed below the site's copyright line (a hidden pop-up box) stays out, even
    when it is longer than the article."""
    box = [
        f"The guild's training school at Tessin opened its doors in the year {1800 + n}, "
        "when the first class of river pilots was sworn in by the harbour master and sent "
        "to learn the currents of the lower river under the eye of the old pilots."
        for n in range(8)
    ]
    raw = "\n\n".join(
        ["Grain Quay To Be Rebuilt", *_ARTICLE, "© 2021 Aldric Courier. All rights reserved."] + box
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


_JAPANESE = [
    "ヴァルドリア港湾評議会は火曜日、昨冬の嵐で桟橋が損傷して以来閉鎖されていた北部フェリー"
    "航路の再開を決定した。フェリー会社は新しい乗組員の訓練に数週間かかると述べた。",
    "市長は、来年度の予算を見直すと述べ、港の修理費用は市と河川組合が分担すると説明した。"
    "地元の漁師たちはこの決定を歓迎した。",
    "評議会によると、最初の便は秋に運航を開始する予定で、残りの便は来春から順次再開される。",
]
_CHINESE = [
    "瓦尔多利亚港务委员会周二投票决定重新开放北部渡轮航线。该航线自去年冬天的风暴损坏了两个"
    "码头以来一直关闭，渡轮公司表示需要几周时间培训新船员。",
    "市长表示，市政府将在投票后审查来年的预算。",
    "修复费用将由市政府和河运公会分担。当地渔民对这一决定表示欢迎，并希望尽快恢复运营。",
]


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [("港の再開について", _JAPANESE), ("港口重新开放", _CHINESE)],
    ids=["japanese", "chinese"],
)
def test_clean_text_chinese_and_japanese_pages_have_a_body(
    headline: str, paragraphs: list[str]
) -> None:
    """Words without spaces between them and full stops without a space after them still
    read as sentences and prose (such pages used to come out empty)."""
    raw = "\n\n".join(["Menu", "Home", headline, *paragraphs, "Share", "* 市场", "* 铁路"])
    result = clean_text_capture(raw)
    assert result.reason is None and result.fallback is None
    assert result.text.split("\n\n") == paragraphs
    assert result.title == headline


def test_clean_text_script_without_full_stops_gets_best_effort_body() -> None:
    """Long lines in a script with neither a stop list nor full stops (as Thai) are the
    page's best-effort body, not an empty one."""
    syllables = ["กา", "ลอ", "มิ", "เรน", "ตู", "วาช", "อล", "เป", "ดริ", "นาว", "เซล", "อิก"]
    paragraphs = [
        " ".join(syllables[(row + n) % 12] + syllables[(row * n) % 12] for n in range(40))
        for row in range(1, 4)
    ]
    raw = "\n\n".join(["Menu", "Home", *paragraphs, "Share"])
    result = clean_text_capture(raw)
    assert result.reason is None and result.fallback is not None
    assert result.text.split("\n\n") == paragraphs


def test_clean_text_newsletter_blurb_between_sign_up_lines_is_removed() -> None:
    """A newsletter's one-line blurb between its sign-up heading and its email field is
    part of the sign-up box, not the article's last paragraph."""
    blurb = "Weekly notes from the river towns, the harbour and the markets of the valley."
    raw = "\n\n".join(
        ["Grain Quay To Be Rebuilt", *_ARTICLE, "Sign up for our newsletter", blurb, "Email"]
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE
    assert blurb in {block.text for block in result.removed}


def test_clean_text_list_announced_after_last_paragraph_is_kept() -> None:
    """A list the article announces after its last paragraph (a line ending in a colon,
    then short items) is part of the body, though the announcing line scores below zero."""
    intro = "The council will vote on these works in May:"
    items = ["* Sea wall repairs", "* New crane for berth two", "* Grain store roof"]
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, intro, *items])
    raw += "\n\nShare\n\nFacebook\n\nTwitter\n"
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE, intro, *items]


@pytest.mark.parametrize("line", ["* Previous post", "« Next article", "Older posts"])
def test_previous_and_next_post_links_are_navigation(line: str) -> None:
    """Links to the blog's neighbouring posts, bulleted or not, are navigation (in a list
    announced by the article they would otherwise run on as its items)."""
    from newsledger.steps.clean.patterns import chrome_reason

    assert chrome_reason(line, len(line.split())) == "navigation"


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Disclaimer: the views here are the writer's own and not those of the guild.", True),
        ("All posts are licensed under a Creative Commons Attribution licence.", True),
        ("The guild's lawyers read the disclaimer aloud before the vote began.", False),
    ],
)
def test_disclaimers_and_licences_are_site_notices(text: str, notice: bool) -> None:
    """A "Disclaimer:" paragraph and the site's Creative Commons licence are notices to the
    reader (cut off the body's end); a sentence reporting on a disclaimer is not."""
    from newsledger.steps.clean.notices import is_notice

    assert is_notice(text) is notice


@pytest.mark.parametrize(
    "blob",
    [
        "QmFzZTY0IGJsb2Igb2YgcmFuZG9tIGJ5dGVz" * 120,  # an encoded attachment
        "=" * 400,
        "!" * 6000,
        "x" * 6000,
        "1" * 6000,
        "word " * 1200,
    ],
)
def test_clean_text_best_effort_body_is_never_a_blob(blob: str) -> None:
    # The best-effort body rescues prose, not encoded data or runs of one character or word.
    result = clean_text_capture(f"Menu\n\n{blob}\n\nContact us")
    assert result.text == ""
    assert result.reason == "not_article"


def test_clean_text_reader_comments_under_a_short_brief_are_removed() -> None:
    brief = _ARTICLE[:2]
    comments = [
        "I walk past the old quay every morning and it has been a ruin for far too long, so "
        "I am glad the council finally found the money to rebuild it before it falls down.",
        "My grandfather loaded barley on that quay for forty years. It would have broken his "
        "heart to see it burn, and it would make him proud to see it working again next year.",
        "Who is going to pay for the loan when the trade does not come back? The council "
        "should publish its figures before it spends a single coin of our money on the stone.",
    ]
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *brief, "Comments", *comments])
    result = clean_text_capture(raw)
    assert result.text.endswith(brief[-1])
    assert not any(comment[:30] in result.text for comment in comments)


@pytest.mark.parametrize("credit", ["Jane Roe/AFP", "Jane Roe,AP", "Jane Roe/Reuters files"])
def test_agency_credit_without_a_space_is_a_caption(credit: str) -> None:
    from newsledger.steps.clean.patterns import CAPTION, chrome_reason

    line = f"Workers repair the damaged quay in the harbour on Monday. {credit}"
    assert chrome_reason(line, len(line.split())) == CAPTION


_LONG_CAPTION = (
    "Dock workers, harbour pilots and members of the river guild gather on the rebuilt grain "
    "quay in Port Aldric on Monday, March 3, as the first barge of the season unloads barley "
    "from the upland farms, two winters after a fire gutted the old warehouses"
)


@pytest.mark.parametrize(
    "credit",
    ["(AP Photo/Jane Roe)", "(Jane Roe/Aldric Gazette)", "(Jane Roe / Gazette via Getty Images)"],
)
def test_caption_ending_in_a_bracketed_credit_is_a_caption(credit: str) -> None:
    """A line ending with a photo credit in brackets is a caption, however long."""
    from newsledger.steps.clean.patterns import CAPTION, chrome_reason

    line = f"{_LONG_CAPTION}. {credit}"
    assert len(line.split()) > 40
    assert chrome_reason(line, len(line.split())) == CAPTION


@pytest.mark.parametrize(
    "ending", ["(and/or the river guild)", "(see the table below)", "(Port Aldric)"]
)
def test_line_ending_in_other_brackets_is_no_caption(ending: str) -> None:
    from newsledger.steps.clean.patterns import chrome_reason

    line = f"{_LONG_CAPTION}, the council said {ending}"
    assert chrome_reason(line, len(line.split())) is None


@pytest.mark.parametrize("emoji", ["\U0001f642", " \U0001f60a\U0001f389", "\u2764\ufe0f"])
def test_clean_text_closing_sentence_with_emoji_is_kept(emoji: str) -> None:
    """A sentence that ends with emoji after its stop is still a sentence of the body."""
    closing = f"See you all at the harbour festival in May!{emoji}"
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, closing, "Share", "Contact us"])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE, closing]


def test_clean_text_emoji_without_a_stop_is_no_sentence() -> None:
    line = "harbour festival photos \U0001f642"
    raw = "\n\n".join(["Grain Quay To Be Rebuilt", *_ARTICLE, line, "Share", "Contact us"])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE
