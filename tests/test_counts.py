# SPDX-License-Identifier: MIT
"""Examples and properties of counts.

Every sentence here is written for these tests; each list says why its entries exist.
"""

import pytest
from hypothesis import example, given

import conflictnorm as cn
from conflictnorm.models import Count
from conflictnorm.strategies import counts

EXAMPLES = [
    ("150,000 troops", Count(value=150_000.0, noun="troops")),
    ("about 300 Russian soldiers", Count(value=300.0, mod="approx", noun="soldiers")),
    ("a few dozen soldiers", Count(value=None, low=24.0, high=60.0, noun="soldiers")),
    ("several hundred", Count(value=None, low=300.0, high=900.0)),
    ("over 600 children", Count(value=600.0, low=600.0, mod="more_than", noun="children")),
    ("hundreds of drones", Count(value=None, low=200.0, high=999.0, noun="drones")),
    ("more than 30 settlements", Count(value=30.0, low=30.0, mod="more_than", noun="settlements")),
    ("three Tochka-U tactical missiles", Count(value=3.0, noun="missiles")),
    ("17 artillery guns", Count(value=17.0, noun="guns")),
    ("hundreds of apartment blocks", Count(value=None, low=200.0, high=999.0, noun="blocks")),
    ("a dozen missiles", Count(value=12.0, noun="missiles")),
    ("1.3 million people", Count(value=1_300_000.0, noun="people")),
    ("10 to 15 soldiers", Count(value=None, low=10.0, high=15.0, noun="soldiers")),
    # issue 12: the counted noun is any plural, not a closed list.
    ("17 players", Count(value=17.0, noun="players")),
    ("two mosques", Count(value=2.0, noun="mosques")),
    ("two combat contacts", Count(value=2.0, noun="contacts")),
    ("several reporters", Count(value=None, low=3.0, high=9.0, noun="reporters")),
    ("three separate crises", Count(value=3.0, noun="crises")),
    ("two axes", Count(value=2.0, noun="axes")),
    (
        "up to 380 servicepeople",
        Count(value=380.0, high=380.0, mod="equal_or_less", noun="servicepeople"),
    ),
    ("12 UAVs", Count(value=12.0, noun="uavs")),
    ("140,000 dead", Count(value=140_000.0, noun="dead")),
    ("38 wounded", Count(value=38.0, noun="wounded")),
    ("six anti-tank mines", Count(value=6.0, noun="mines")),
    ("four Su-25 jets", Count(value=4.0, noun="jets")),
    ("three HIMARS launchers", Count(value=3.0, noun="launchers")),
    ("two HIMARS", Count(value=2.0, noun="himars")),
    ("one armoured personnel carrier", Count(value=1.0, noun="carrier")),
    ("one fuel depot", Count(value=1.0, noun="depot")),
    # issue 12: typos keep the count; the noun is as written.
    ("over 160 solders", Count(value=160.0, low=160.0, mod="more_than", noun="solders")),
    ("two childern", Count(value=2.0, noun="childern")),
    ("one hospitl", Count(value=1.0, noun="hospitl")),
    # issue 12: scaled and space-grouped numbers.
    ("5m people", Count(value=5_000_000.0, noun="people")),
    ("20k troops", Count(value=20_000.0, noun="troops")),
    ("1 250 soldiers", Count(value=1250.0, noun="soldiers")),
    # issue 12: a number with its own word and no noun.
    ("14 more", Count(value=14.0)),
    ("three others", Count(value=3.0)),
    ("one hundred and sixteen", Count(value=116.0)),
    # A slash inside a name, a place inside a compound, a calibre: the phrase goes on.
    ("6 Kh-101/Kh-555 cruise missiles", Count(value=6.0, noun="missiles")),
    ("40 155 mm shells", Count(value=40.0, noun="shells")),
    ("12 122mm rockets", Count(value=12.0, noun="rockets")),
    ("12 F16 fighter jets", Count(value=12.0, noun="jets")),
    # A name that looks plural may modify; the plural of a model name is a noun.
    ("31 Abrams tanks", Count(value=31.0, noun="tanks")),
    ("20 T-90s", Count(value=20.0, noun="t-90s")),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_count_examples(text: str, expected: Count) -> None:
    """Each surface form parses to its record."""
    assert expected == cn.count(text)


NOT_COUNTS = [
    "the 1486th Motorised Rifle Regiment",
    "the 68th brigade",
    "an Mi-26 helicopter",
    "S-300 systems",
    "won by a margin of 4:1",
    "at 10:30 people gathered",
    "in 2023",
    "call 555-1234 today",
    "B52 bombers",
    "on March 1 damaged",
    # issue 12: ordinals, fractions and multipliers are not counts.
    "The city is forming a third volunteer unit",
    "four and a half times higher than a year ago",
    "five and a half times",
    "one-third of the region",
    "two-thirds of the villages",
    "four times larger than last year",
    "a 16-storey building",
    # issue 12: the tail of a sum of money is no amount.
    "the US pledged $1 billion more",
    # issue 12: years are dates, not counts of what follows them.
    "in 2022 drones were rare",
    "prices rose to 30 in May",
    "a woman, 47, was hurt",
    # issue 12: a number in a name is no count, whatever follows it.
    "Article 5 obligations bind the allies",
    "taken to hospital No. 3 doctors said",
    # A time, an age, a name with a singular verb, a bracket with nothing compared.
    "The shelling began at 3 in the morning and ended at 5.",
    "He turned 60 in May and retired at 62.",
    "The 155 was fired at dawn.",
    "The meeting in May (2) was short.",
    "He scored one more time.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text: str) -> None:
    """Ordinals, model names, ratios, times, years and numbers in words are not counts."""
    assert () == cn.normalize(text).by_kind("count")


def test_population_without_noun() -> None:
    """A population figure is a count even without a noun after it."""
    doc = cn.normalize("the town's population was about 48,000 before the war, the mayor said")
    assert [("about 48,000", 48_000.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in doc.by_kind("count")
    ]


@given(counts())
def test_count_round_trip(c: Count) -> None:
    """count(render(c)) == c."""
    assert c == cn.count(cn.render(c))


@given(counts().filter(lambda c: c.noun is not None))
def test_count_normalize_idempotent(c: Count) -> None:
    """Normalizing the canonical form of a count finds that count again."""
    found = cn.normalize(cn.render(c)).by_kind("count")
    assert [c] == [m.value for m in found]


def test_number_words_are_not_modifiers() -> None:
    """'1 damaged two power substations' is the count 'two power substations' only."""
    doc = cn.normalize("The strikes on Feb. 28 and March 1 damaged two power substations.")
    assert [("two power substations", 2.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in doc.by_kind("count")
    ]


def _counts(text: str) -> list[tuple[str, float | None, str | None]]:
    found = []
    for m in cn.normalize(text, published="2025-06-01").by_kind("count"):
        assert isinstance(m.value, Count)
        found.append((m.text, m.value.value, m.value.noun))
    return found


LINKED = [
    # issue 12: "the number of X ... was N", and the numbers of its list.
    (
        "The number of injured in May was 212, up from 187 in April and 150 in March.",
        [("212", 212.0, "injured"), ("187", 187.0, "injured"), ("150", 150.0, "injured")],
    ),
    # issue 12: "X totalled N", with a figure in brackets.
    (
        "Civilian deaths in the region totalled 1,045 (980 a month earlier).",
        [("1,045", 1045.0, "deaths"), ("980", 980.0, "deaths")],
    ),
    # issue 12: "N were injured", "N others", "N more": no noun in the sentence.
    (
        "Eleven were wounded and four others remain missing.",
        [("Eleven", 11.0, None), ("four others", 4.0, None)],
    ),
    ("Seven people died on Tuesday and 12 more on Wednesday.",
     [("Seven people", 7.0, "people"), ("12 more", 12.0, None)]),
    # issue 12: a number after the count of its list takes its noun.
    (
        "Russian troops made 31 assaults near Lyman, 12 near Siversk and 7 near Toretsk.",
        [("31 assaults", 31.0, "assaults"), ("12", 12.0, "assaults"), ("7", 7.0, "assaults")],
    ),
    # issue 12: "N of them", "N out of".
    (
        "Of 40 drones launched, 31 were shot down; nine out of the rest hit fields.",
        [("40 drones", 40.0, "drones"), ("31", 31.0, None), ("nine", 9.0, None)],
    ),
    ("The toll rose to 23 overnight.", [("23", 23.0, None)]),
    # issue 12: a number that is no count (an age) ends the list.
    ("He has three sons aged 4, 7 and 12.", [("three sons", 3.0, "sons")]),
    ("The firm said that 300 of them were let go.", [("300", 300.0, None)]),
    ("Air defence downed 9 of 11 missiles and two of the three drones.",
     [("9", 9.0, None), ("11 missiles", 11.0, "missiles"), ("two", 2.0, None),
      ("three drones", 3.0, "drones")]),
    # issue 12: a coordinated number shares the noun after the second one.
    ("The brigade lost 14 and 9 vehicles.",
     [("14", 14.0, "vehicles"), ("9 vehicles", 9.0, "vehicles")]),
    # The numbers of a list after "including" take the noun of the count before it.
    ("Air defences downed 57 drones, including 21 near Lipetsk, 14 near Oryol and 9 near Crimea.",
     [("57 drones", 57.0, "drones"), ("21", 21.0, "drones"), ("14", 14.0, "drones"),
      ("9", 9.0, "drones")]),
    # The number is the object of a verb that counts people or things.
    ("The blast killed seven and injured 12, rescuers said.",
     [("seven", 7.0, None), ("12", 12.0, None)]),
    ("A town that sheltered 90,000 before the war is empty.", [("90,000", 90_000.0, None)]),
    ("Drone strike on a market kills five\n\nMore to follow.", [("five", 5.0, None)]),
    # The preposition of the last count gives its noun to a number after it.
    ("Shells landed in 4 villages and mines exploded in 2.",
     [("4 villages", 4.0, "villages"), ("2", 2.0, "villages")]),
    # A figure in brackets after a date that the sentence compares with.
    ("There were more arrests than in March (212).", [("212", 212.0, None)]),
    # "the number wounded ... stands at N".
    ("The number wounded so far stands at 19, with 40 missing.",
     [("19", 19.0, "wounded"), ("40 missing", 40.0, "missing")]),
    # "the N" standing for what was named before.
    ("Kyiv ordered eight launchers; the other six are expected in May.",
     [("eight launchers", 8.0, "launchers"), ("six", 6.0, None)]),
    ("Five drones came in. The three that hit the depot were jet-powered.",
     [("Five drones", 5.0, "drones"), ("three", 3.0, None)]),
    ("Of the 40, at least half were civilians.", [("40", 40.0, None)]),
    # "N others" for things; "a further N", "an additional N" as subjects.
    ("Rockets destroyed a school and damaged 12 others nearby.",
     [("12 others", 12.0, None)]),
    ("A further 8 were found in a cellar and an additional 5 are missing.",
     [("8", 8.0, None), ("5", 5.0, None)]),
    ("Three tanks were hit and 5 destroyed.",
     [("Three tanks", 3.0, "tanks"), ("5", 5.0, "tanks")]),
    # "from X to Y" after a word of change: two counts of one noun.
    ("The toll rose from 10 to 15 people.",
     [("10", 10.0, "people"), ("15 people", 15.0, "people")]),
    # A verb's object after a count takes its noun; "of which N" and "a total of N" are subjects.
    ("Attackers made 31 assaults near the town; defenders repelled 28.",
     [("31 assaults", 31.0, "assaults"), ("28", 28.0, "assaults")]),
    ("Officials said 300 drones were launched, of which 270 were destroyed.",
     [("300 drones", 300.0, "drones"), ("270", 270.0, "drones")]),
    ("A total of 412 were exchanged.", [("412", 412.0, None)]),
    ("He has 3 children and turned 60 in May.", [("3 children", 3.0, "children")]),
    ("The storm left 8,000 without power.", [("8,000", 8000.0, None)]),
    ("Moscow claims 900 were killed, but Kyiv says 120.",
     [("900", 900.0, None), ("120", 120.0, None)]),
    # The cells of a table column whose heading names a plural.
    ("Oblast | Dead | Wounded | Share of all\nNorth | 12 | 40 | 10%\nSouth | 3 | 9 | 2%",
     [("12", 12.0, "dead"), ("40", 40.0, "wounded"), ("3", 3.0, "dead"),
      ("9", 9.0, "wounded")]),
    ("Month | Deaths\nMay | 12\n\nSee 3 | 4 below.", [("12", 12.0, "deaths")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LINKED, ids=[t[:40] for t, _ in LINKED])
def test_counts_linked_by_their_sentence(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    """A number with no noun after it is a count when its sentence says what it counts."""
    assert expected == _counts(text)


def test_place_inside_a_compound_keeps_its_mention() -> None:
    """'one Sweden-built CV90 vehicle': the count stops before the place inside the compound."""
    doc = cn.normalize("Losses included one Sweden-built CV90 infantry fighting vehicle.")
    assert [("count", "one"), ("place", "Sweden")] == [(m.kind, m.text) for m in doc.mentions]
    assert "vehicle" == doc.mentions[0].value.noun  # type: ignore[union-attr]


def test_number_words_are_no_nouns() -> None:
    """'10 W-dozens' is no count of dozens: a word of amounts heads no count."""
    with pytest.raises(cn.ParseError):
        cn.count("10 W-dozens")


def test_population_after_a_verb() -> None:
    """'population stood at N' is a population figure, and a percent after it is no count."""
    doc = cn.normalize("The population stood at 12,000; the population of 40% of villages fell.")
    assert [("12,000", 12_000.0)] == [
        (m.text, m.value.value)  # type: ignore[union-attr]
        for m in doc.by_kind("count")
    ]


def test_place_inside_a_count_keeps_its_mention() -> None:
    """'dozens of Kherson residents': the count stops before the place, which is kept."""
    doc = cn.normalize("Dozens of Kherson residents were evacuated.")
    assert [("count", "Dozens"), ("place", "Kherson")] == [(m.kind, m.text) for m in doc.mentions]
    assert "residents" == doc.mentions[0].value.noun  # type: ignore[union-attr]


def test_absurd_amount_is_no_count() -> None:
    """A number beyond a float's range is no mention, never an infinite count."""
    assert () == cn.normalize("9" * 309 + " drones").by_kind("count")


@given(counts())
@example(Count(value=1e30, noun="drones")).via("a whole number far beyond 2**53")
@example(Count(value=None, low=1.0, high=1234567890123.0, noun="troops")).via("issue 14")
def test_count_round_trip_pinned(c: Count) -> None:
    """count(render(c)) == c, huge values and wide ranges included."""
    assert c == cn.count(cn.render(c))
