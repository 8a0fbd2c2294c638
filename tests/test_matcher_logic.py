# SPDX-License-Identifier: MIT
"""The place matcher's logic on a tiny fixture gazetteer (a data refresh cannot churn these)."""

from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import Gazetteer, parse
from conflictnorm.places._matcher import _spans, confidence, rank

ROWS = [
    # id, name, feature, country, admin1, raion, lat, lon, native, population,
    # keys, alts, former, base
    ["g:1", "Kupiansk", "city", "UA", "Kharkiv Oblast", "K", "49.7", "37.6", "", "27169",
     "kupiansk", "", "", ""],
    ["g:2", "Rivne", "city", "UA", "Rivne Oblast", "R", "50.6", "26.2", "", "243873", "rivne",
     "", "", ""],
    ["g:3", "Rivne", "village", "UA", "Donetsk Oblast", "P", "", "", "", "", "rivne", "", "",
     ""],
    ["g:4", "Bakhmut", "city", "UA", "Donetsk Oblast", "B", "", "", "", "80500", "bahmut", "",
     "artemivsk", ""],
    ["g:5", "Kharkiv Oblast", "region", "UA", "Kharkiv Oblast", "", "", "", "", "",
     "harkivoblast", "", "", "harkiv"],
    ["g:6", "Pokrovsk", "city", "UA", "Donetsk Oblast", "P", "", "", "", "60127", "pokrovsk",
     "", "", ""],
]  # fmt: skip
# Keys are folded here, with the same function as the build, so that a change
# of the folding rules cannot silently desynchronise the fixture.
for row in ROWS:
    row[10] = fold(row[1]) if row[10] else ""
    row[12] = fold(row[12]) if row[12] else ""
    row[13] = fold(row[13]) if row[13] else ""
FIXTURE = "\n".join("\t".join(r) for r in ROWS)


def _g() -> Gazetteer:
    return parse(FIXTURE)


def test_variant_spelling_is_found() -> None:
    """A spelling folds to the key of its place."""
    spans = list(_spans("Troops entered Kupyansk.", _g()))
    assert [(15, 23, (0,), "variant")] == [(s.start, s.end, s.indexes, s.match) for s in spans]


def test_former_name() -> None:
    """A former name matches as 'former'."""
    spans = list(_spans("the battle for Artemivsk", _g()))
    assert [((3,), "former")] == [(s.indexes, s.match) for s in spans]


def test_region_suffix_and_possessive() -> None:
    """'Kharkiv region' is the oblast; a possessive stays outside the span."""
    text = "the Kharkiv region and Kupiansk's mayor"
    spans = list(_spans(text, _g()))
    assert [("Kharkiv region", (4,)), ("Kupiansk", (0,))] == [
        (text[s.start : s.end], s.indexes) for s in spans
    ]


def test_people_are_not_places() -> None:
    """A title before a name keeps it from being a place."""
    assert [] == list(_spans("President Kupiansk said", _g()))


def test_homonyms_rank_by_population_then_context() -> None:
    """The city wins alone; the document's oblast and raion bring the village ahead."""
    g = _g()
    span = next(iter(_spans("in Rivne", g)))
    alone = rank(g, span)
    assert "g:2" == alone[0][1].id
    assert confidence(alone) < 1
    in_context = rank(g, span, dominant=("Donetsk Oblast", "P"))
    assert "g:3" == in_context[0][1].id


def test_region_named_nearby() -> None:
    """An oblast named near the mention ranks its places first."""
    g = _g()
    span = next(iter(_spans("in Rivne", g)))
    assert "g:3" == rank(g, span, near=frozenset({"Donetsk Oblast"}))[0][1].id


def test_single_candidate_is_certain() -> None:
    """One candidate: confidence 1."""
    g = _g()
    span = next(iter(_spans("Pokrovsk", g)))
    assert 1.0 == confidence(rank(g, span))
