# SPDX-License-Identifier: MIT
"""The gazetteer file format and the folding key, on small fixture data."""

import pytest

from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import parse

APOS = "\N{RIGHT SINGLE QUOTATION MARK}"
ROWS = [
    # id, name, feature, country, admin1, raion, lat, lon, native, population,
    # keys, alts, former, base
    ["geonames:1", "Kupiansk", "city", "UA", "Kharkiv Oblast", f"Куп{APOS}янський", "49.7",
     "37.6", f"Куп{APOS}янськ", "27169", "kupiansk", "kupansk", "", ""],
    ["cn:x-2", "Rivne", "village", "UA", "Donetsk Oblast", "", "", "", "", "", "rivne", "", "",
     ""],
    ["cn:x-3", "Bakhmut", "city", "UA", "Donetsk Oblast", "", "", "", "", "", "bahmut", "",
     "artemivsk", ""],
]  # fmt: skip
FIXTURE = "# a fixture gazetteer\n" + "\n".join("\t".join(row) for row in ROWS)


def test_parse_builds_indexes() -> None:
    """Keys, alternates and former names index their places; empty fields are None."""
    g = parse(FIXTURE)
    assert 3 == len(g.entries)
    assert (0,) == g.by_key["kupiansk"]
    assert (0,) == g.by_alt["kupansk"]
    assert (2,) == g.by_former["artemivsk"]
    village = g.entries[1]
    assert (None, None, None) == (village.lat, village.population, village.raion)
    assert 27169 == g.entries[0].population


def test_indexes_are_read_only() -> None:
    """The indexes cannot be changed."""
    g = parse(FIXTURE)
    with pytest.raises(TypeError):
        g.by_key["x"] = (1,)  # type: ignore[index]


@pytest.mark.parametrize(
    "group",
    [
        ["Kupiansk", "Kupyansk", "Kupjansk", "Kup'yansk", "Kupiańsk", "Koupiansk", "Купянск"],
        ["Kyiv", "Kiev", "Kijów", "Київ", "Kiew"],
        ["Odesa", "Odessa"],
        ["Luhansk", "Lugansk"],
        ["Dobropillia", "Dobropiliya"],
        ["Avdiivka", "Awdijiwka", "Avdiyivka"],
        ["Kharkiv", "Kharkov"],
    ],
)
def test_fold_joins_spellings(group: list[str]) -> None:
    """Spellings of one name share a folding key."""
    assert 1 == len({fold(s) for s in group})


def test_fold_keeps_different_names_apart() -> None:
    """Different names keep different keys."""
    assert len({fold(s) for s in ["Kupiansk", "Kramatorsk", "Pokrovsk", "Pokrovske"]}) == 4
