"""Headline, source credit, date and front matter heuristics."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.articles.metadata import (
    TITLE_MAX_CHARS,
    find_date,
    find_dateline_credit,
    find_headline,
    find_source_credit,
    first_sentence,
    parse_date,
    parse_front_matter,
    shorten,
)

LEDE = (
    "The minister said on Monday that the government would keep its promise to cut taxes "
    "for families with children, despite a budget gap. Critics disagreed."
)


def test_short_first_line_is_the_headline_and_the_body_follows() -> None:
    text = "Rain Returns to the Capital\n\nIt rained all day.\n"
    headline = find_headline(text)
    assert headline.title == "Rain Returns to the Capital"
    assert text[headline.body_start :].startswith("It rained")


def test_long_first_line_gives_its_first_sentence_and_the_whole_body() -> None:
    headline = find_headline(LEDE + "\nMore text.")
    assert headline.body_start == 0
    assert headline.title.startswith("The minister said on Monday")
    assert len(headline.title) <= TITLE_MAX_CHARS + 1
    assert headline.title.endswith("…")
    # Cut at a word boundary: the words before the ellipsis are whole words of the lede.
    assert LEDE.startswith(headline.title[:-1])
    assert LEDE[len(headline.title) - 1] == " "


def test_single_short_line_is_title_and_body() -> None:
    headline = find_headline("Only a line.")
    assert (headline.title, headline.body_start) == ("Only a line.", 0)


def test_markdown_heading_is_the_headline() -> None:
    text = "# Markets *rally*\n\nStocks rose."
    headline = find_headline(text)
    assert headline.title == "Markets *rally*"
    assert headline.marked
    assert text[headline.body_start :] == "Stocks rose."


def test_setext_heading_underline_is_skipped() -> None:
    text = "Markets rally\n=============\nStocks rose."
    headline = find_headline(text)
    assert headline.title == "Markets rally"
    assert text[headline.body_start :] == "Stocks rose."


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Maj. Gen. Patrick Ryder spoke. Then he left.", "Maj. Gen. Patrick Ryder spoke."),
        ("U.S. officials met J. Smith on Friday. Later, more.",
         "U.S. officials met J. Smith on Friday."),
        ('He said "no." Then he left.', 'He said "no."'),
        ("No sentence end here", "No sentence end here"),
        ("He lives at No. 10 now. Yes.", "He lives at No. 10 now."),
        ("Prices rose approx. five percent! Wow.", "Prices rose approx. five percent!"),
    ],
)
def test_first_sentence_skips_abbreviations(line: str, sentence: str) -> None:
    assert first_sentence(line) == sentence


def test_shorten_keeps_short_titles_and_cuts_long_words() -> None:
    assert shorten("Short", 10) == "Short"
    assert shorten("x" * 30, 10) == "x" * 10 + "…"
    assert shorten("alpha beta, gamma delta", 12) == "alpha beta…"


def test_trailing_credit_becomes_source_and_leaves_the_body() -> None:
    text = 'He said "yes." (Yonhap)\n'
    credit = find_source_credit(text, 0, len(text))
    assert credit is not None
    assert credit.source == "Yonhap"
    assert text[: credit.body_end] == 'He said "yes."'


def test_credit_on_its_own_line() -> None:
    text = "Talks went on.\n(Kyodo News)"
    credit = find_source_credit(text, 0, len(text))
    assert credit is not None and credit.source == "Kyodo News"
    assert text[: credit.body_end] == "Talks went on."


@pytest.mark.parametrize(
    "text",
    [
        "Final standings: Rasa Mazeikyte (Lithuania)",  # a table cell, not a credit
        "He was carried off. (leg injury)",
        "Red Star beat Dinamo 92-90 (42-41)",
        "The report ends. (END)",
        "No brackets at all.",
        "The report. (Reporting by Jane Doe; Editing by Will Smith and Others)",
    ],
)
def test_things_that_are_not_credits(text: str) -> None:
    assert find_source_credit(text, 0, len(text)) is None


def test_dateline_credit() -> None:
    assert find_dateline_credit("LONDON (Reuters) - Shares fell.", 0) == "Reuters"
    assert find_dateline_credit("MILLBROOK, Vt., March 3 (UPI) — A ferry sailed.", 0) == "UPI"
    assert find_dateline_credit("Shares fell (sharply) - again.", 0) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("LONDON 1996-08-30\nShares fell.", dt.date(1996, 8, 30)),
        ("Seoul, Nov. 27, 2026 -- Talks", dt.date(2026, 11, 27)),
        ("On November 3rd 2020 voters", dt.date(2020, 11, 3)),
        ("Paris, 14 July 2021: parade", dt.date(2021, 7, 14)),
        ("Sept. 26, 2016 (UPI)", dt.date(2016, 9, 26)),
        ("Filed 2024/02/29.", dt.date(2024, 2, 29)),
    ],
)
def test_dates_in_text(text: str, date: dt.date) -> None:
    assert find_date(text) == date


def test_earliest_date_wins_and_invalid_dates_are_skipped() -> None:
    assert find_date("2023-02-30 then Jan. 5, 2022 then 2021-01-01") == dt.date(2022, 1, 5)
    assert find_date("no dates, only 26 apples and 1996 things") is None


def test_parse_date_reads_front_matter_values() -> None:
    assert parse_date("2026-11-27T10:00:00Z") == dt.date(2026, 11, 27)
    assert parse_date(" Nov 27, 2026 ") == dt.date(2026, 11, 27)
    assert parse_date("tomorrow") is None


def test_front_matter_is_read_by_hand() -> None:
    text = '---\ntitle: "Quoted: title"\nsource: AP\ndate: 2026-11-27\ntags: [a, b]\n---\nBody'
    front = parse_front_matter(text)
    assert front is not None
    assert front.fields == {"title": "Quoted: title", "source": "AP", "date": "2026-11-27",
                            "tags": "[a, b]"}
    assert text[front.end :] == "Body"


def test_unclosed_or_absent_front_matter_is_none() -> None:
    assert parse_front_matter("---\ntitle: x\nno end") is None
    assert parse_front_matter("title: x\n---\n") is None
