# SPDX-License-Identifier: MIT
"""Dates in real reporting (issue 11): one expression, and dates read against the document.

The sentences are written for these tests; each list entry says which
category of issue 11 it covers (1-12) and why it exists.
"""

import pytest

import conflictnorm as cn
from conflictnorm.models import DateValue

#: text, published, value, granularity, mod: one expression each (``cn.date``).
#: The comment names the issue 11 category the entry covers.
EXPRESSIONS: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("last May", "2025-11-12", "2025-05", "month", None),  # 1: last May is this year's past May
    ("last May", "2025-03-01", "2024-05", "month", None),  # 1: ... or last year's
    ("03/09/2024", None, None, None, None),  # 4: ambiguous without evidence: see the document tests
    ("21-04-2016", None, "2016-04-21", "day", None),  # 4: day first with dashes
    ("2016-11", None, "2016-11", "month", None),  # 4: ISO year and month
    ("2016 / 11", None, "2016-11", "month", None),  # 4: spaced year and month
    ("4/22", "2025-11-12", "2025-04-22", "day", None),  # 4: month and day, no year
    ("in 3 weeks", "2018-07-05", "2018-07-26", "day", None),  # 5: a day, not P3W
    ("the next 3 days", "2025-11-12", "P3D", "day", None),  # 5: a duration with its days
    ("3 days after January 12th", "2025-11-12", "2025-01-15", "day", None),  # 5: offset
    ("the day after tomorrow", "2025-11-12", "2025-11-14", "day", None),  # 5
    ("two days from tomorrow", "2025-11-12", "2025-11-15", "day", None),  # 5
    ("1 month 21 days ago", "2017-11-23", "2017-10-02", "day", None),  # 5: compound ago
    ("two weeks from now", "2025-11-12", "2025-11-26", "day", None),  # 5
    ("the end of March", "2025-11-12", "2025-03", "month", "end"),  # 6: a part of a month
    ("the rest of the week", "2025-11-12", "2025-W46", "week", "end"),  # 6
    ("by year-end", "2025-11-12", "2025", "year", "end"),  # 6
    ("the first week of 2015", None, "2015-W01", "week", None),  # 6
    ("the first Friday of next month", "2018-03-20", "2018-04-06", "day", None),  # 6
    ("Tuesday next week", "2018-03-20", "2018-03-27", "day", None),  # 6
    ("next week on Friday", "2018-03-20", "2018-03-30", "day", None),  # 6
    ("the third quarter", "2025-11-12", "2025-Q3", "quarter", None),  # 7
    ("Q1 2016", None, "2016-Q1", "quarter", None),  # 7: a quarter, not 2016
    ("the first half of 2023", None, "2023-H1", None, None),  # 7
    ("in fiscal 2016", None, "FY2016", "year", None),  # 7: a fiscal year, no range
    ("this weekend", "2025-11-12", "2025-W46-WE", "week", None),  # 8
    ("in a fortnight", "2025-11-12", "2025-11-26", "day", None),  # 8
    ("the 70s", "2025-11-12", "197", "decade", None),  # 8
    ("the 20th century", None, "19", None, None),  # 8
    ("soon", None, "FUTURE_REF", None, None),  # 9
    ("in the weeks ahead", None, "FUTURE_REF", None, None),  # 9
    ("at this time", None, "PRESENT_REF", None, None),  # 9
    ("in the future", None, "FUTURE_REF", None, None),  # 9
    ("in the past", None, "PAST_REF", None, None),  # 9
    ("twenty second of June", "2025-11-12", "2025-06-22", "day", None),  # 10: not 20 seconds
    ("in nineteen ninety-six", None, "1996", "year", None),  # 10
    ("overnight on October 15", "2025-11-12", "2025-10-15", "day", None),  # 11: one mention
    ("through the night", "2024-07-21", "2024-07-21", "day", None),  # 11: as "in the night"
    ("by mid-year", "2025-02-21", "2025", "year", "mid"),  # 6: as "the middle of the year"
    ("a full day", None, "P1D", "day", None),  # 5: a word between article and unit
    ("three straight days", None, "P3D", "day", None),  # 5: ... and between amount and unit
    ("weeks ago", None, "PAST_REF", None, None),  # 9: no amount: a vague past
    ("before Christmas", "2025-11-20", "2025-12-25", "day", None),  # holidays on a fixed day
    ("New Year's Eve 2024", None, "2024-12-31", "day", None),  # holidays with their year
]


@pytest.mark.parametrize(
    "case",
    [c for c in EXPRESSIONS if c[2] is not None],
    ids=[f"{c[0]}@{c[1]}" for c in EXPRESSIONS if c[2] is not None],
)
def test_expression(case: tuple[str, str | None, str | None, str | None, str | None]) -> None:
    """Each expression resolves to its TIMEX3 value, granularity and mod."""
    text, published, value, granularity, mod = case
    v = cn.date(text, published=published)
    assert (value, granularity, mod) == (v.value, v.granularity, v.mod)


def test_the_next_days_cover_their_days() -> None:
    """'the next 3 days' is a duration whose days the dateline fixes."""
    v = cn.date("the next 3 days", published="2025-11-12")
    assert ("duration", ("2025-11-13", "2025-11-15")) == (v.type, v.range)


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    doc = cn.normalize(text, published=published)
    return [(m.text, m.value.value) for m in doc.by_kind("date") if isinstance(m.value, DateValue)]


#: text, published, the date mentions (text, value) in order.
DOCUMENTS: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    (
        "1: the year the paragraph names",
        "Shelling deaths in 2019 peaked in March; by May they had fallen by half.",
        "2021-06-01",
        [("2019", "2019"), ("March", "2019-03"), ("May", "2019-05")],
    ),
    (
        "1: a past-tense clause stays before the dateline",
        "Casualties dropped sharply in August.",
        "2023-05-02",
        [("August", "2022-08")],
    ),
    (
        "1: a run of months is one stretch of time",
        "The strikes dropped to 40 in April, to 31 in May and to 25 in June.",
        "2023-05-02",
        [("April", "2022-04"), ("May", "2022-05"), ("June", "2022-06")],
    ),
    (
        "1: 'from' before the next month of a run goes back, across the turn of the year",
        "Bread prices rose 8% in January from 5% in December, the agency said.",
        "2025-02-21",
        [("January", "2025-01"), ("December", "2024-12")],
    ),
    (
        "1: a year named in an earlier sentence never puts a future clause before the dateline",
        "The bridge was shelled in 2023. Repairs are due to finish in August.",
        "2025-05-10",
        [("2023", "2023"), ("August", "2025-08")],
    ),
    (
        "1: a future seen from the past ('said ... would') may stay before the dateline",
        "The region was annexed in 2022. Officials said votes would follow in September.",
        "2025-05-10",
        [("2022", "2022"), ("September", "2022-09")],
    ),
    (
        "1: a date counted from the dateline brings the paragraph back to the present",
        "The plant was hit in 2023. Last week the operator said repairs would end by October.",
        "2025-05-10",
        [("2023", "2023"), ("Last week", "2025-W18"), ("October", "2025-10")],
    ),
    (
        "1: a year named in the sentence of a future clause holds",
        "In 2023 officials said the bridge would reopen in August.",
        "2025-05-10",
        [("2023", "2023"), ("August", "2023-08")],
    ),
    (
        "1: a day written in full earlier fixes the year of the same day later",
        (
            "The offensive began on 24 February 2022.\nIn the first days, from February 24 to 27, "
            "the front moved fast."
        ),
        "2023-05-02",
        [("24 February 2022", "2022-02-24"), ("February 24", "2022-02-24"), ("27", "2022-02-27")],
    ),
    (
        "1: a year from the text never puts a past clause after the dateline",
        "Talks stalled in 2024. The town has been shelled since 10 October.",
        "2024-08-15",
        [("2024", "2024"), ("10 October", "2023-10-10")],
    ),
    (
        "1: a dateline in the text is read against the publication date",
        "The war widened in 2014. KYIV, Feb 24 - Troops moved at dawn.",
        "2022-02-24",
        [("2014", "2014"), ("Feb 24", "2022-02-24")],
    ),
    (
        "1: the beginning of the year is the dateline's year",
        "The town fell in 2019. Shelling has grown since the beginning of the year.",
        "2025-06-01",
        [("2019", "2019"), ("the beginning of the year", "2025")],
    ),
    (
        "tense: the verb nearest a date governs it, not the reporting verb",
        "Officials said on Monday that the bridge would reopen in the third quarter.",
        "2025-02-10",
        [("Monday", "2025-02-10"), ("the third quarter", "2025-Q3")],
    ),
    (
        "tense: a clause joined by a comma and a conjunction keeps its own tense",
        "The roads freeze by December, and the brigades have spent weeks digging in.",
        "2025-11-12",
        [("December", "2025-12")],
    ),
    (
        "2: the next day counts from the last date",
        "The talks opened on 3 March 2021. The next day, both delegations left.",
        "2025-11-12",
        [("3 March 2021", "2021-03-03"), ("The next day", "2021-03-04")],
    ),
    (
        "2: the previous month after a month",
        "More people left the town in August than in the previous month.",
        "2024-09-20",
        [("August", "2024-08"), ("the previous month", "2024-07")],
    ),
    (
        "2: that year, a year earlier",
        "The bridge fell in 2016. That year the ferry ran daily; a year earlier it had not.",
        "2025-11-12",
        [("2016", "2016"), ("That year", "2016"), ("a year earlier", "2015")],
    ),
    (
        "3: a range of days is two mentions",
        "Polling ran from February 10-14, 2024.",
        "2025-11-12",
        [("February 10", "2024-02-10"), ("14, 2024", "2024-02-14")],
    ),
    (
        "3: both ends of a range take the year the text names",
        "In 2022 the front barely moved; from March to May it shifted twice.",
        "2025-04-10",
        [("2022", "2022"), ("March", "2022-03"), ("May", "2022-05")],
    ),
    (
        "3: a range of all-digit days",
        "The survey (10-17/06/2024) counted 900 families.",
        "2025-11-12",
        [("10", "2024-06-10"), ("17/06/2024", "2024-06-17")],
    ),
    (
        "3: a range of months lends its year",
        "Between January and March 2023 the line held.",
        "2025-11-12",
        [("January", "2023-01"), ("March 2023", "2023-03")],
    ),
    (
        "3: a range of years",
        "The 2009-2010 winter was harsh.",
        "2025-11-12",
        [("2009", "2009"), ("2010", "2010")],
    ),
    (
        "3: days of this month",
        "Drills run from 4 to 22 this month.",
        "2025-11-12",
        [("4", "2025-11-04"), ("22 this month", "2025-11-22")],
    ),
    (
        "4: day-first evidence from the document",
        "Sources: agency note (04/09/2024), field report (16/09/2024).",
        "2024-09-20",
        [("04/09/2024", "2024-09-04"), ("16/09/2024", "2024-09-16")],
    ),
    (
        "4: month-first evidence from the document",
        "Filed 09/16/2024; amended 03/09/2024.",
        "2024-09-20",
        [("09/16/2024", "2024-09-16"), ("03/09/2024", "2024-03-09")],
    ),
    (
        "4: a month and day in digits needs a preposition or a date before it in a list",
        "The hotline runs 24/7; visits are on 11/20, 11/22 or 11/25.",
        "2025-11-12",
        [("11/20", "2025-11-20"), ("11/22", "2025-11-22"), ("11/25", "2025-11-25")],
    ),
    (
        "11: 'for' before a day of the month",
        "The hearing is set for the 27th.",
        "2025-11-12",
        [("the 27th", "2025-11-27")],
    ),
    (
        "11: a price is no day of a month",
        "The fuel cost $12 December 27, the ministry said.",
        "2025-11-12",
        [("December 27", "2024-12-27")],
    ),
    (
        "6: a time after a week is no week number",
        "The strike on the depot this week 8am local time was the third.",
        "2025-11-12",
        [("this week", "2025-W46")],
    ),
    (
        "11: brigade numbers are no days of a month",
        "The 24th, 25th and 47th brigades held; fighting resumed on the 27th.",
        "2025-11-12",
        [("the 27th", "2025-10-27")],
    ),
    (
        "5: in N years of war is a duration",
        "In three years of fighting, the town has changed hands twice.",
        "2025-11-12",
        [("three years", "P3Y")],
    ),
    (
        "11: a rate is no duration",
        "Crossings rose to about 300 to 400 people a day.",
        "2025-11-12",
        [],
    ),
    (
        "11: a holiday's name before a noun is no date",
        "Volunteers put up a Christmas tree in the square.",
        "2025-11-12",
        [],
    ),
    (
        "11: an ordinal after 'a' is no fraction of a day",
        "Shelling went on for a third straight day.",
        "2025-11-12",
        [],
    ),
    (
        "11: an ordinal is no duration",
        "Officials fear a second wave of arrests.",
        "2025-11-12",
        [],
    ),
    (
        "11: a newsletter title is no date",
        "The Morning Brief. Today. Friday, 14 November 2025\n\nNews follows.",
        "2025-11-14",
        [("Friday, 14 November 2025", "2025-11-14")],
    ),
    (
        "12: a month as a subject, with numbers, as a modifier, possessive",
        (
            "April was the worst month. Losses fell in June 40, in July 35. The May offensive "
            "stalled, and November's toll was lower."
        ),
        "2025-12-10",
        [
            ("April", "2025-04"),
            ("June", "2025-06"),
            ("July", "2025-07"),
            ("May", "2025-05"),
            ("November's", "2025-11"),
        ],
    ),
]


@pytest.mark.parametrize("case", DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_document(case: tuple[str, str, str, list[tuple[str, str | None]]]) -> None:
    """Dates read against the document give these mentions and values."""
    _, text, published, expected = case
    assert expected == _dates(text, published)


def test_no_antecedent_in_a_past_clause() -> None:
    """'The next day' in a past clause with no earlier date: null, with a note."""
    doc = cn.normalize("The next day, the talks resumed.", published="2025-11-12")
    [m] = doc.by_kind("date")
    assert (None, True) == (m.value.value, bool(m.value.note))  # type: ignore[union-attr]


def test_numeric_dates_option_without_evidence() -> None:
    """Without evidence in the document, Options.numeric_dates decides."""
    dmy = cn.Options(numeric_dates="dmy")
    assert "2024-09-03" == cn.date("03/09/2024", options=dmy).value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("24 февраля 2022", "2022-02-24"),
        ("1 травня 2023 року", "2023-05-01"),
        ("März 2021", "2021-03"),
    ],
)
def test_absolute_dates_in_other_languages(text: str, value: str) -> None:
    """The strict parser reads absolute dates of the region's languages through dateparser."""
    assert value == cn.date(text).value


def test_a_foreign_word_without_a_date_is_refused() -> None:
    """A string with a year but no date in any language is still not a date."""
    with pytest.raises(cn.UnparseableDateError):
        cn.date("Kupiansk 2024 drones")
