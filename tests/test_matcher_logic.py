# SPDX-License-Identifier: MIT
"""The place matcher's logic on a tiny fixture gazetteer (a data refresh cannot churn these).

The word lists (personal names, English words, calendar words) are the packaged
ones; the fixture's names are chosen to be in none of them, except where a test
says so.
"""

import functools

import pytest

from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import Gazetteer, parse
from conflictnorm.places._matcher import _resolve_spans, _spans, confidence, rank
from conflictnorm.text import tokenize


def _row(
    gid: str,
    name: str,
    feature: str,
    *,
    country: str = "",
    admin1: str = "",
    raion: str = "",
    population: str = "",
    keys: tuple[str, ...] = (),
    alts: tuple[str, ...] = (),
    former: tuple[str, ...] = (),
    base: tuple[str, ...] = (),
    native: str = "",
) -> list[str]:
    """One fixture row; keys are folded with the build's own function."""

    def folded(names: tuple[str, ...]) -> str:
        return "|".join(fold(n) for n in names)

    return [gid, name, feature, country, admin1, raion, "", "", native, population,
            folded((name, *keys)), folded(alts), folded(former), folded(base)]  # fmt: skip


ROWS = [
    _row(
        "g:1",
        "Kupiansk",
        "city",
        country="UA",
        admin1="Kharkiv Oblast",
        raion="Kupianskyi",
        population="27169",
    ),
    _row(
        "g:2",
        "Rivne",
        "city",
        country="UA",
        admin1="Rivne Oblast",
        raion="Rivnenskyi",
        population="243873",
    ),
    _row("g:3", "Rivne", "village", country="UA", admin1="Donetsk Oblast", raion="Pokrovskyi"),
    _row(
        "g:4",
        "Bakhmut",
        "city",
        country="UA",
        admin1="Donetsk Oblast",
        raion="Bakhmutskyi",
        population="80500",
        former=("Artemivsk",),
    ),
    _row(
        "g:5", "Kharkiv Oblast", "region", country="UA", admin1="Kharkiv Oblast", base=("Kharkiv",)
    ),
    _row(
        "g:6",
        "Pokrovsk",
        "city",
        country="UA",
        admin1="Donetsk Oblast",
        raion="Pokrovskyi",
        population="60127",
    ),
    _row(
        "g:7",
        "Kharkiv",
        "city",
        country="UA",
        admin1="Kharkiv Oblast",
        raion="Kharkivskyi",
        population="1430000",
    ),
    _row(
        "g:8",
        "Sumy",
        "city",
        country="UA",
        admin1="Sumy Oblast",
        raion="Sumskyi",
        population="256000",
    ),
    _row("g:9", "Sumy Oblast", "region", country="UA", admin1="Sumy Oblast", base=("Sumy",)),
    _row(
        "g:10",
        "Kherson",
        "city",
        country="UA",
        admin1="Kherson Oblast",
        raion="Khersonskyi",
        population="280000",
        native="Херсон",
    ),
    _row(
        "g:11", "Kherson Oblast", "region", country="UA", admin1="Kherson Oblast", base=("Kherson",)
    ),
    _row(
        "g:12",
        "Donetsk",
        "city",
        country="UA",
        admin1="Donetsk Oblast",
        raion="Donetskyi",
        population="900000",
    ),
    _row(
        "g:13",
        "Donetsk Oblast",
        "region",
        country="UA",
        admin1="Donetsk Oblast",
        base=("Donetsk",),
        keys=("Donetska oblast", "Donetsk People's Republic"),
    ),
    _row(
        "g:14",
        "Pokrovsk Raion",
        "district",
        country="UA",
        admin1="Donetsk Oblast",
        base=("Pokrovsk", "Pokrovskyi"),
        native="Pokrovskyi район",
    ),
    _row(
        "g:15",
        "Berestyn",
        "city",
        country="UA",
        admin1="Kharkiv Oblast",
        raion="Berestynskyi",
        population="20000",
        former=("Krasnohrad",),
    ),
    _row(
        "g:16",
        "Berestyn Raion",
        "district",
        country="UA",
        admin1="Kharkiv Oblast",
        base=("Berestyn",),
        native="Berestynskyi район",
    ),
    _row("g:17", "Moscow", "city", country="RU", population="12000000"),
    _row("g:18", "Russia", "country", country="RU", keys=("Rossiya",)),
    _row("g:19", "Ukraine", "country", country="UA"),
    _row(
        "g:20",
        "Kupiansk-Vuzlovyi",
        "town",
        country="UA",
        admin1="Kharkiv Oblast",
        raion="Kupianskyi",
        population="8000",
    ),
    _row(
        "g:21", "Shevchenkove", "village", country="UA", admin1="Kharkiv Oblast", raion="Kupianskyi"
    ),
    _row("g:22", "Black Sea", "other"),
    _row("g:23", "Hrabovske", "village", country="UA", admin1="Sumy Oblast", raion="Sumskyi"),
    _row(
        "g:24",
        "Dnipropetrovsk Oblast",
        "region",
        country="UA",
        admin1="Dnipropetrovsk Oblast",
        base=("Dnipropetrovsk", "Dnepropetrovsk"),
    ),
    _row(
        "g:25", "Tavilzhanka", "village", country="UA", admin1="Kharkiv Oblast", raion="Kupianskyi"
    ),
    _row("g:26", "Dovhenke", "village", country="UA", admin1="Kharkiv Oblast", raion="Iziumskyi"),
    _row("g:27", "Minkivka", "village", country="UA", admin1="Donetsk Oblast", raion="Bakhmutskyi"),
    _row(
        "g:28", "Menkivka", "village", country="UA", admin1="Zhytomyr Oblast", raion="Zhytomyrskyi"
    ),
    _row("g:29", "Yalynske", "village", country="UA", admin1="Donetsk Oblast", raion="Volnovaskyi"),
    _row("g:30", "Yanchul", "river", base=("Yanchul",)),
    _row(
        "g:31",
        "Soledar",
        "city",
        country="UA",
        admin1="Donetsk Oblast",
        raion="Bakhmutskyi",
        population="10490",
    ),
    _row(
        "g:32",
        "Konotop",
        "city",
        country="UA",
        admin1="Sumy Oblast",
        raion="Konotopskyi",
        population="84787",
    ),
    _row(
        "g:33",
        "Putyvl",
        "city",
        country="UA",
        admin1="Sumy Oblast",
        raion="Konotopskyi",
        population="14886",
    ),
    _row(
        "g:34",
        "Buryn",
        "town",
        country="UA",
        admin1="Sumy Oblast",
        raion="Konotopskyi",
        population="8359",
    ),
    _row("g:35", "Kursk Oblast", "region", country="RU", admin1="Kursk Oblast", base=("Kursk",)),
    _row("g:36", "Kursk", "city", country="RU", admin1="Kursk Oblast", population="440000"),
    _row(
        "g:37",
        "Belgorod Oblast",
        "region",
        country="RU",
        admin1="Belgorod Oblast",
        base=("Belgorod",),
    ),
    _row("g:38", "Belgorod", "city", country="RU", admin1="Belgorod Oblast", population="340000"),
    _row("g:39", "As", "village", country="UA", admin1="Crimea", raion="Bilohirskyi"),
    _row("g:40", "Bir", "village", country="UA", admin1="Lviv Oblast", raion="Lvivskyi"),
    _row("g:41", "Bor", "city", country="RU", admin1="Nizhny Novgorod Oblast", population="60647"),
    _row("g:42", "Lviv Oblast", "region", country="UA", admin1="Lviv Oblast", base=("Lviv",)),
    _row("g:43", "Simianivka", "village", country="UA", admin1="Sumy Oblast", raion="Konotopskyi"),
    _row(
        "g:44", "Semianivka", "village", country="UA", admin1="Poltava Oblast", raion="Poltavskyi"
    ),
    _row("g:45", "Zolota Nyva", "town", country="UA", admin1="Donetsk Oblast", raion="Pokrovskyi"),
    _row(
        "g:46",
        "Stepova Dolyna",
        "town",
        country="UA",
        admin1="Mykolaiv Oblast",
        raion="Mykolaivskyi",
    ),
    _row(
        "g:47",
        "Ahronomichne",
        "village",
        country="UA",
        admin1="Vinnytsia Oblast",
        raion="Vinnytskyi",
    ),
    _row("g:48", "Voronezh", "city", country="RU", admin1="Voronezh Oblast", population="1047549"),
    _row("g:49", "Voronizh", "village", country="UA", admin1="Sumy Oblast", raion="Shostkynskyi"),
    _row("g:50", "Myrne", "village", country="UA", admin1="Donetsk Oblast", raion="Pokrovskyi"),
    _row("g:51", "Mirne", "village", country="UA", admin1="Donetsk Oblast", raion="Pokrovskyi"),
    _row(
        "g:52",
        "Pervomaisk",
        "city",
        country="UA",
        admin1="Mykolaiv Oblast",
        raion="Pervomaiskyi",
        population="60000",
    ),
    _row(
        "g:53",
        "Sokolohirsk",
        "city",
        country="UA",
        admin1="Luhansk Oblast",
        raion="Alchevskyi",
        population="36091",
        former=("Pervomaisk",),
    ),
    _row(
        "g:54", "Luhansk Oblast", "region", country="UA", admin1="Luhansk Oblast", base=("Luhansk",)
    ),
    _row(
        "g:55",
        "Mykolaiv",
        "city",
        country="UA",
        admin1="Mykolaiv Oblast",
        raion="Mykolaivskyi",
        population="470011",
        native="Миколаїв",
    ),
    _row(
        "g:56",
        "Tsentralnyi District",
        "district",
        country="UA",
        admin1="Mykolaiv Oblast",
        raion="Миколаїв",
        base=("Tsentralnyi",),
        native="Центральний район",
    ),
    _row(
        "g:57",
        "Tsentralnyi District",
        "district",
        country="UA",
        admin1="Kherson Oblast",
        raion="Херсон",
        base=("Tsentralnyi",),
        native="Центральний район",
    ),
    _row(
        "g:58",
        "Pokrovskyi District",
        "district",
        country="UA",
        admin1="Dnipropetrovsk Oblast",
        raion="Kryvyi Rih",
        base=("Pokrovskyi",),
        native="Покровський район",
    ),
    _row("g:59", "Volyn Oblast", "region", country="UA", admin1="Volyn Oblast", base=("Volyn",)),
    _row(
        "g:60",
        "Kalach-na-Donu",
        "city",
        country="RU",
        admin1="Volgograd Oblast",
        population="26000",
    ),
    _row("g:61", "Kalach", "city", country="RU", admin1="Voronezh Oblast", population="19000"),
    _row("g:62", "Don", "river", base=("Don",)),
]
FIXTURE = "\n".join("\t".join(r) for r in ROWS)


@functools.cache
def _g() -> Gazetteer:
    return parse(FIXTURE)


def _found(text: str) -> list[tuple[str, str]]:
    """(surface, canonical name) of every place the fixture finds in ``text``."""
    return [
        (text[c.start : c.end], c.value.name)  # type: ignore[union-attr]
        for c in _resolve_spans(_g(), tokenize(text), fuzzy=True)
    ]


def _admin(text: str, surface: str) -> str | None:
    """The oblast of the place found at ``surface``."""
    for c in _resolve_spans(_g(), tokenize(text), fuzzy=True):
        if text[c.start : c.end] == surface:
            return c.value.admin1  # type: ignore[union-attr]
    return None


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
    in_context = rank(g, span, dominant=("Donetsk Oblast", "Pokrovskyi"))
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


# A bare name that the text makes a region.

REGION_CUES = [
    ("Shelling hit the Kharkiv, Sumy and Kherson regions.", "a list before 'regions'"),
    ("Strikes could hit the regions of Kharkiv, Sumy or Kherson.", "'the regions of'"),
    ("Moscow claims three regions: Kharkiv, Sumy and Kherson.", "a colon opens the list"),
    ("Moscow claims three regions -- Kharkiv, Sumy and Kherson.", "a dash opens the list"),
    ("Attacks hit the Kharkiv, Sumy, Kherson ... oblasts.", "an ellipsis in the list"),
    ("Kyiv wants back the occupied territories of Kharkiv, Sumy and Kherson.", "territories"),
]


@pytest.mark.parametrize(("text", "why"), REGION_CUES, ids=[r[1] for r in REGION_CUES])
def test_a_list_governed_by_regions_is_regions(text: str, why: str) -> None:
    """Every member of a list the text calls regions is the oblast."""
    names = [name for _, name in _found(text) if name != "Moscow"]
    assert ["Kharkiv Oblast", "Sumy Oblast", "Kherson Oblast"] == names, why


def test_the_region_of() -> None:
    """'the occupied region of Kherson' is Kherson Oblast."""
    assert [("Kherson", "Kherson Oblast")] == _found("He toured the occupied region of Kherson.")


def test_a_copula_makes_a_region() -> None:
    """'Sumy remains among the most shelled regions' names the oblast; 'the city of' the city."""
    assert [("Sumy", "Sumy Oblast")] == _found("Sumy remains among the most shelled regions.")
    assert [("Sumy", "Sumy")] == _found("The city of Sumy was among the targets.")


def test_a_member_parallel_to_a_region() -> None:
    """'two over the Kursk region and one over Belgorod': Belgorod is the oblast too."""
    text = "Drones fell: two over the Kursk region and one over Belgorod."
    assert [("Kursk region", "Kursk Oblast"), ("Belgorod", "Belgorod Oblast")] == _found(text)


def test_a_region_nearby_is_no_parallel_for_a_city() -> None:
    """A river with the same preposition does not make a city a region."""
    text = "The city of Kherson lies on the bank of the Yanchul River."
    assert ("Kherson", "Kherson") == _found(text)[0]


TYPE_WORDS = [
    ("Shelling continued in Donetska oblast.", "Donetska oblast", "Donetsk Oblast"),
    ("People stayed in Pokrovskyi raion.", "Pokrovskyi raion", "Pokrovsk Raion"),
    ("People stayed in Pokrovksyi raion.", "Pokrovksyi raion", "Pokrovsk Raion"),
    ("A village in Krasnohrad district lost power.", "Krasnohrad district", "Berestyn Raion"),
    ("Troops of the Donetsk Republic advanced.", "Donetsk Republic", "Donetsk Oblast"),
    ("the Kherson regional administration said", "Kherson", "Kherson Oblast"),
    ("Sumy's regional governor said", "Sumy", "Sumy Oblast"),
    ("Ground fighting goes on north of Kharkiv City.", "Kharkiv City", "Kharkiv"),
    ("Boats sailed along the Yanchur River.", "Yanchur River", "Yanchul"),
    ("Boats sailed along the River Yanchul.", "River Yanchul", "Yanchul"),
]


@pytest.mark.parametrize(("text", "surface", "name"), TYPE_WORDS, ids=[t[1] for t in TYPE_WORDS])
def test_type_words(text: str, surface: str, name: str) -> None:
    """A type word before or after the name decides its feature, in any usual form."""
    assert [(surface, name)] == _found(text)


def test_compounds() -> None:
    """Places inside dash compounds are mentions; a compound name stays one."""
    assert [("Moscow", "Moscow")] == _found("Moscow-appointed officials left.")
    assert [("Russia", "Russia"), ("Ukraine", "Ukraine")] == _found("the Russia-Ukraine war")
    assert [("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi")] == _found("near Kupiansk-Vuzlovyi")
    assert [("Kupiansk", "Kupiansk"), ("Shevchenkove", "Shevchenkove")] == _found(
        "They cut the Kupiansk-Shevchenkove highway."
    )


@pytest.mark.parametrize(
    "apostrophe", ["'", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{MODIFIER LETTER APOSTROPHE}"]
)
def test_possessive_with_any_apostrophe(apostrophe: str) -> None:
    """'Kharkiv's mayor' with any apostrophe gives the mention 'Kharkiv'."""
    assert [("Kharkiv", "Kharkiv")] == _found(f"Kharkiv{apostrophe}s mayor said so.")


def test_a_sea_of_common_words() -> None:
    """'the Black Sea port' is the sea, though 'Black' and 'Sea' are common words."""
    assert [("Black Sea", "Black Sea")] == _found("A drone hit the Black Sea port.")


def test_headline_in_title_case() -> None:
    """A village in a title-case headline, with 'Settlement' after it."""
    text = "Grabovskoye Settlement Shelled Again, Sumy Region Officials Say"
    assert [("Grabovskoye", "Hrabovske"), ("Sumy Region", "Sumy Oblast")] == _found(text)


NOT_PLACES = [
    ("a statement of the Armed Forces of Ukraine", "a national institution"),
    ("the Government of Ukraine ordered evacuations", "a national institution"),
    ("losses of Battlegroup Kharkiv grew", "a military grouping"),
    ("Rossiya 1 channel reported it", "a channel"),
    ("according to WFP Ukraine figures", "an organisation's country office"),
    ("Crews left the village. As night fell, the road stayed shut.", "no cue across a sentence"),
    ("Tavilzhanka said nothing.", "a village without a cue"),
    ("Suspilne Sumy and Radio Free Ukraine carried it.", "places inside outlets' names"),
    ("Russia 24 aired it.", "a country with a channel number"),
    ("A fire hit Sumy-on-Yanchul.", "a town on a river that is no known place"),
]


@pytest.mark.parametrize(("text", "why"), NOT_PLACES, ids=[n[1] for n in NOT_PLACES])
def test_not_places(text: str, why: str) -> None:
    """Names inside institutions, units, channels and offices, and uncued villages: none."""
    assert [] == _found(text), why


def test_a_cue_in_its_own_sentence() -> None:
    """A village named after a cue word of its sentence is read."""
    assert [("As", "As")] == _found("They fought near As for a week.")


def test_a_list_passes_its_cue_to_the_first_member() -> None:
    """The first village of a list after a colon is read like the others."""
    text = "Overnight, drones struck Kharkiv Oblast: Tavilzhanka, Dovhenke and Kupiansk."
    assert ["Kharkiv Oblast", "Tavilzhanka", "Dovhenke", "Kupiansk"] == [n for _, n in _found(text)]


def test_two_villages_named_together_cue_each_other() -> None:
    """'Dovhenke and Tavilzhanka lost power': a list of places is its own cue."""
    text = "Dovhenke and Tavilzhanka lost power."
    assert [("Dovhenke", "Dovhenke"), ("Tavilzhanka", "Tavilzhanka")] == _found(text)


def test_a_direction_is_a_cue() -> None:
    """'the Dovhenke axis' names the village."""
    assert [("Dovhenke", "Dovhenke")] == _found("Guns were quiet along the Dovhenke axis.")


def test_a_direction_decides_a_homonym_spelled_the_russian_way() -> None:
    """'Menkovka, in the Soledar direction' is the Donetsk Oblast village one vowel away."""
    text = "Shells landed on Menkovka, in the Soledar direction."
    assert "Donetsk Oblast" == _admin(text, "Menkovka")
    assert "Zhytomyr Oblast" == _admin("Shells landed on Menkovka.", "Menkovka")


def test_a_location_after_a_comma_is_a_cue() -> None:
    """'Tavilzhanka, east of Kupiansk' and 'Dovhenke, in ...' name the villages."""
    assert ["Tavilzhanka", "Kupiansk"] == [
        n for _, n in _found("Tavilzhanka, east of Kupiansk, burned.")
    ]
    assert ["Dovhenke", "Kharkiv Oblast"] == [
        n for _, n in _found("Dovhenke, in Kharkiv Oblast, lost water.")
    ]


def test_a_typo_in_a_list_after_a_place() -> None:
    """A misspelt name listed after a place is read as a typo of a place ('Kupyanks')."""
    assert [("Kharkiv", "Kharkiv"), ("Kupyanks", "Kupiansk")] == _found(
        "Shells hit Kharkiv and Kupyanks."
    )
    assert [] == _found("Kupyanks said nothing.")


def test_a_russian_short_form() -> None:
    """'Yalynsk' is Yalynske: the Russian short '-sk' for the Ukrainian '-ske'."""
    assert [("Yalynsk", "Yalynske")] == _found("Sappers worked outside Yalynsk all week.")


def test_a_russian_vowel_with_the_oblast_named() -> None:
    """'near Bor' in Lviv Oblast is the village Bir, not the Russian town."""
    assert [("Bor", "Bir"), ("Lviv Oblast", "Lviv Oblast")] == _found(
        "A drone came down near Bor in Lviv Oblast."
    )


def test_the_raion_of_the_text_decides_a_near_spelling() -> None:
    """A village spelled one edit from a settlement of the text's raion is that settlement."""
    text = "Shelling hit Konotop, Putyvl and Buryn. Later, drones reached Semianovka."
    assert ("Semianovka", "Simianivka") == _found(text)[-1]
    assert [("Semianovka", "Semianivka")] == _found("Drones reached Semianovka.")


RUSSIAN_ADJECTIVES = [
    ("Troops pushed toward Zolotaya Niva.", "Zolotaya Niva", "Zolota Nyva", "-aya for -a"),
    ("Troops pushed toward Stepnaya Dolina.", "Stepnaya Dolina", "Stepova Dolyna", "-n- for -ov-"),
    ("Troops pushed toward Agronomicheskoye.", "Agronomicheskoye", "Ahronomichne",
     "-cheskoye for -chne"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "name", "why"), RUSSIAN_ADJECTIVES, ids=[r[3] for r in RUSSIAN_ADJECTIVES]
)
def test_russian_adjective_endings(text: str, surface: str, name: str, why: str) -> None:
    """A Russian adjective form finds the Ukrainian settlement."""
    assert [(surface, name)] == _found(text), why


def test_a_name_in_brackets_after_another() -> None:
    """The Ukrainian name in brackets after a Russian one is cued by it."""
    text = "Sappers cleared Agronomicheskoye (Ahronomichne) at dawn."
    assert [("Agronomicheskoye", "Ahronomichne"), ("Ahronomichne", "Ahronomichne")] == _found(text)


def test_a_prominent_place_spelled_exactly() -> None:
    """'Voronezh' stays the Russian city in a text about Sumy Oblast, not the village Voronizh."""
    text = "Drones from Voronezh hit Sumy Oblast; Konotop and Putyvl lost power."
    assert ("Voronezh", "Voronezh") == _found(text)[0]


def test_a_letter_for_letter_spelling_among_homonyms() -> None:
    """Of two villages with one key, the one the text spells letter for letter."""
    assert [("Mirne", "Mirne")] == _found("Fighting went on near Mirne.")
    assert [("Myrne", "Myrne")] == _found("Fighting went on near Myrne.")


def test_a_former_name_beside_a_city_that_bears_it() -> None:
    """'Pervomaisk' is the city of that name; named with Luhansk Oblast, renamed Sokolohirsk."""
    assert [("Pervomaisk", "Pervomaisk")] == _found("A drone hit Pervomaisk.")
    assert [("Pervomaisk", "Sokolohirsk"), ("Luhansk Oblast", "Luhansk Oblast")] == _found(
        "A drone hit Pervomaisk in Luhansk Oblast."
    )


def test_the_district_of_the_city_named_nearest() -> None:
    """'the Tsentralnyi district' is the district of the city named nearest."""
    assert "Mykolaiv Oblast" == _admin(
        "In Mykolaiv, a drone hit the Tsentralnyi district.", "Tsentralnyi district"
    )
    assert "Kherson Oblast" == _admin(
        "In Kherson, a drone hit the Tsentralnyi district.", "Tsentralnyi district"
    )


def test_a_district_of_a_city_the_text_never_names() -> None:
    """'the Tsentralnyi district' in a text that names no city with such a district: none."""
    assert [] == _found("Crews worked through the night in the Tsentralnyi district.")
    assert ["Tsentralnyi District"] == [
        n for t, n in _found("The Tsentralnyi district of Mykolaiv lost power.") if t != "Mykolaiv"
    ]


def test_members_before_a_plural_type_word() -> None:
    """A member that names no settlement is read by the plural noun after the list."""
    assert [("Volyn", "Volyn Oblast"), ("Sumy", "Sumy Oblast")] == _found(
        "Alerts sounded in the Volyn and Sumy oblasts."
    )


def test_an_administration_abbreviated() -> None:
    """'the Sumy OVA' is Sumy Oblast; 'the Sumy MVA' the city."""
    assert [("Sumy", "Sumy Oblast")] == _found("The Sumy OVA said so.")
    assert [("Sumy", "Sumy")] == _found("The Sumy MVA said so.")


def test_a_town_on_a_river() -> None:
    """'Kalach-on-Don' is the town 'Kalach-na-Donu', not Kalach and the Don."""
    assert [("Kalach-on-Don", "Kalach-na-Donu")] == _found("A depot burned in Kalach-on-Don.")


def test_a_column_headed_region() -> None:
    """The cells under 'Oblast' are oblasts; under another heading, cities."""
    assert [("Sumy", "Sumy Oblast"), ("Kherson", "Kherson Oblast")] == _found(
        "Oblast | Hurt\nSumy | 3\nKherson | 1\n"
    )
    assert [("Sumy", "Sumy"), ("Kherson", "Kherson")] == _found(
        "City | Hurt\nSumy | 3\nKherson | 1\n"
    )
