# SPDX-License-Identifier: MIT
"""Examples of place matching on the packaged gazetteer."""

import pytest

import conflictnorm as cn

#: Spellings from reporting -> canonical name. Each entry: text, canonical, why.
VARIANTS = [
    ("Kupyansk", "Kupiansk", "wire spelling"),
    ("Kupjansk", "Kupiansk", "German"),
    ("Kup'yansk", "Kupiansk", "BGN apostrophe"),
    ("Kupiańsk", "Kupiansk", "Polish diacritic"),
    ("Koupiansk", "Kupiansk", "French"),
    ("Куп'янськ", "Kupiansk", "Ukrainian, ASCII apostrophe"),
    ("Куп\N{RIGHT SINGLE QUOTATION MARK}янськ", "Kupiansk", "Ukrainian, typographic apostrophe"),
    ("Куп\N{MODIFIER LETTER APOSTROPHE}янськ", "Kupiansk", "Ukrainian, modifier apostrophe"),
    ("Купянск", "Kupiansk", "Russian"),
    ("Mirnograd", "Myrnohrad", "Russian form"),
    ("Mirnohrad", "Myrnohrad", "hybrid"),
    ("Slavyansk", "Sloviansk", "Russian form"),
    ("Slovyansk", "Sloviansk", "BGN"),
    ("Kharkov", "Kharkiv", "Russian form"),
    ("Charkiw", "Kharkiv", "German"),
    ("Zaporozhye", "Zaporizhzhia", "Russian form"),
    ("Zaporizhia", "Zaporizhzhia", "single zh"),
    ("Saporischschja", "Zaporizhzhia", "German"),
    ("Dobropolye", "Dobropillia", "Russian form"),
    ("Dobropiliya", "Dobropillia", "hybrid"),
    ("Izyum", "Izium", "BGN"),
    ("Kiev", "Kyiv", "exonym"),
    ("Kijów", "Kyiv", "Polish"),
    ("Lugansk", "Luhansk", "Russian form"),
    ("Odessa", "Odesa", "exonym"),
    ("Avdeyevka", "Avdiivka", "Russian form"),
    ("Awdijiwka", "Avdiivka", "German"),
    ("Kupyansk-Uzlovoy", "Kupiansk-Vuzlovyi", "Russian compound"),
    ("Kupyansk Vazlovy", "Kupiansk-Vuzlovyi", "compound with a typo"),
    ("Velyka Novosilka", "Velyka Novosilka", "two words"),
    ("Chasiv Yar", "Chasiv Yar", "two words"),
    ("Kupiansk-Sortuvalnyi", "Kupiansk-Sortuvalnyi", "station"),
]


@pytest.mark.parametrize(("text", "name", "why"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_variants_resolve(text: str, name: str, why: str) -> None:
    """Each transliteration variant resolves to the canonical name."""
    assert name == cn.place(text).name, why


FORMER = [
    ("Artemovsk", "Bakhmut"),
    ("Artemivsk", "Bakhmut"),
    ("Krasnoarmeysk", "Pokrovsk"),
    ("Krasnoarmiisk", "Pokrovsk"),
    ("Dimitrov", "Myrnohrad"),
    ("Dzerzhinsk", "Toretsk"),
    ("Kirovograd", "Kropyvnytskyi"),
    ("Sievierodonetsk", "Siverskodonetsk"),
    ("Krasnohrad", "Berestyn"),
    ("Novomoskovsk", "Samar"),
]


@pytest.mark.parametrize(("text", "name"), FORMER, ids=[f[0] for f in FORMER])
def test_former_names(text: str, name: str) -> None:
    """Former and Russian-used names resolve to the current name with match 'former'."""
    p = cn.place(text)
    assert (name, "former") == (p.name, p.match)


REGIONS = [
    ("Donetsk region", "Donetsk Oblast", "region"),
    ("Kharkiv Oblast", "Kharkiv Oblast", "region"),
    ("the Zaporizhzhia region", "Zaporizhzhia Oblast", "region"),
    ("Donetsk People's Republic", "Donetsk Oblast", "region"),
    ("Donbas", "Donbas", "other"),
    ("Crimea", "Crimea", "region"),
    ("Oskol River", "Oskil", "river"),
    ("Dnieper River", "Dnipro", "river"),
    ("Siverskyi Donets river", "Siverskyi Donets", "river"),
    ("Kursk region", "Kursk Oblast", "region"),
    ("Kupiansk district", "Kupiansk Raion", "district"),
]


@pytest.mark.parametrize(("text", "name", "feature"), REGIONS, ids=[r[0] for r in REGIONS])
def test_regions_rivers_districts(text: str, name: str, feature: str) -> None:
    """Suffix forms name oblasts, rivers and raions."""
    p = cn.place(text)
    assert (name, feature) == (p.name, p.feature)


def test_region_list() -> None:
    """Names in 'the Kyiv, Kharkiv and Odesa regions' are the oblasts."""
    doc = cn.normalize("The attack hit the Kyiv, Kharkiv, Dnipropetrovsk and Odesa regions.")
    assert [
        ("Kyiv", "Kyiv Oblast"),
        ("Kharkiv", "Kharkiv Oblast"),
        ("Dnipropetrovsk", "Dnipropetrovsk Oblast"),
        ("Odesa", "Odesa Oblast"),
    ] == [(m.text, m.value.name) for m in doc.by_kind("place")]  # type: ignore[union-attr]


def test_possessive_is_outside_the_span() -> None:
    """'Kharkiv's' gives the mention 'Kharkiv'."""
    m = cn.normalize("Kharkiv's mayor said").by_kind("place")[0]
    assert ("Kharkiv", "Kharkiv") == (m.text, m.value.name)  # type: ignore[union-attr]


def test_typo_needs_a_cue() -> None:
    """'Donestk' is read as Donetsk near a geographic cue, as a fuzzy match."""
    found = cn.normalize("Fighting raged near Donestk.").by_kind("place")
    assert [("Donetsk", "fuzzy")] == [(m.value.name, m.value.match) for m in found]  # type: ignore[union-attr]
    assert found[0].value.score < 1  # type: ignore[union-attr]
    assert () == cn.normalize("Donestk, he wrote.", options=cn.Options(fuzzy_places=False)).by_kind(
        "place"
    )


NOT_PLACES = [
    "Commander Oleksandr Syrskyi said",
    "President Volodymyr Zelensky said",
    "milblogger Yevgeny Poddubny claimed",
    "Vladimir Putin said",
    "the Kyiv Post reported",
    "the New York Post reported",
    "the Kyiv Independent reported",
    "Mad Max was shown",
    "Ukrainian and Russian officials",
    "director George Miller",
    "Human Rights Watch",
    "the White House said",
    "A MONSTER convoy",
    "units of the Vostok group",
    "in all, 3,000 North Koreans were wounded",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(text: str) -> None:
    """People, titles, organisations, demonyms and common words are not places."""
    assert () == cn.normalize(text).by_kind("place")


def test_homonym_by_region_named_nearby() -> None:
    """A village name shared by many places takes the oblast named nearby."""
    doc = cn.normalize("Russian forces attacked Oleksandrivka in the Kharkiv region.")
    p = doc.by_kind("place")[0].value
    assert ("Oleksandrivka", "Kharkiv Oblast") == (p.name, p.admin1)  # type: ignore[union-attr]
    assert p.score < 1  # type: ignore[union-attr]


def test_homonym_by_document_context() -> None:
    """'Rivne' in an article about Pokrovsk is the village near Pokrovsk, not the city."""
    text = (
        "Russian forces advanced in Pokrovsk. Pokrovsk and Myrnohrad are encircled; "
        "troops near Pokrovsk said Russians seized Rivne."
    )
    rivne = next(m for m in cn.normalize(text).by_kind("place") if m.text == "Rivne").value
    assert ("Donetsk Oblast", "village") == (rivne.admin1, rivne.feature)  # type: ignore[union-attr]


def test_strict_narrowing() -> None:
    """admin1= and near= narrow homonyms; qualified names resolve exactly."""
    assert "Donetsk Oblast" == cn.place("Oleksandrivka", admin1="Donetsk Oblast").admin1
    near = cn.place("Oleksandrivka", near="Kostiantynivka")
    assert "Donetsk Oblast" == near.admin1
    assert near == cn.place(cn.render(near))


def test_strict_rejects() -> None:
    """Unknown names and bad qualifiers raise ParseError; non-str raises InvalidInputError."""
    with pytest.raises(cn.ParseError):
        cn.place("Xyzzyville")
    with pytest.raises(cn.ParseError):
        cn.place("Kupiansk, Banana Oblast")
    with pytest.raises(cn.InvalidInputError):
        cn.place(None)  # type: ignore[call-overload]


def test_render_qualifies_only_when_needed() -> None:
    """Unambiguous names render bare; homonyms render with oblast (and raion)."""
    assert "Kupiansk" == cn.render(cn.place("Kupyansk"))
    rendered = cn.render(cn.place("Oleksandrivka", admin1="Donetsk Oblast"))
    assert rendered.startswith("Oleksandrivka, ")
    assert rendered.endswith("Donetsk Oblast")


def test_gazetteer_ids_and_coordinates() -> None:
    """Joined places carry GeoNames ids and coordinates; KATOTTG-only villages have none."""
    kupiansk = cn.place("Kupiansk")
    assert kupiansk.id is not None
    assert kupiansk.id.startswith("geonames:")
    assert kupiansk.lat is not None
    assert kupiansk.native == "Куп\N{RIGHT SINGLE QUOTATION MARK}янськ"
    prybirsk = cn.place("Prybirsk")
    assert (None, None) == (prybirsk.lat, prybirsk.lon)
    assert prybirsk.id is not None
    assert prybirsk.id.startswith("cn:katottg-")


def test_direction_keeps_its_place() -> None:
    """'the Pokrovsk direction' names the place (a front sector, not an organisation)."""
    doc = cn.normalize("fighting in the Pokrovsk direction")
    assert ["Pokrovsk"] == [m.value.name for m in doc.by_kind("place")]  # type: ignore[union-attr]
