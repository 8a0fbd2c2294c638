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
    """Names in 'the Poltava, Sumy and Kherson regions' are the oblasts."""
    doc = cn.normalize("The strikes hit the Poltava, Sumy, Chernihiv and Kherson regions.")
    assert [
        ("Poltava", "Poltava Oblast"),
        ("Sumy", "Sumy Oblast"),
        ("Chernihiv", "Chernihiv Oblast"),
        ("Kherson", "Kherson Oblast"),
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
    "Sergei Lavrov told reporters",
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


#: Real-reporting phenomena (issue 10), in sentences written for these tests:
#: text, the places expected as (surface, canonical name), and why.
REAL_REPORTING = [
    ("Drones struck the Odesa, Sumy, Cherkasy and Kyiv oblasts overnight.",
     [("Odesa", "Odesa Oblast"), ("Sumy", "Sumy Oblast"), ("Cherkasy", "Cherkasy Oblast"),
      ("Kyiv", "Kyiv Oblast")], "a list before 'oblasts'"),
    ("Moscow claims four regions -- Donetsk, Luhansk, Kherson and Zaporizhzhia.",
     [("Moscow", "Moscow"), ("Donetsk", "Donetsk Oblast"), ("Luhansk", "Luhansk Oblast"),
      ("Kherson", "Kherson Oblast"), ("Zaporizhzhia", "Zaporizhzhia Oblast")],
     "a list after 'four regions --'"),
    ("He heads the Russian-occupied region of Kherson.", [("Kherson", "Kherson Oblast")],
     "'the region of'"),
    ("Air defence downed six over the Belgorod region, four over Kursk and one over Oryol.",
     [("Belgorod region", "Belgorod Oblast"), ("Kursk", "Kursk Oblast"),
      ("Oryol", "Oryol Oblast")], "a member parallel to a region"),
    ("Fighting raged in Donetska oblast and in Pokrovskyi raion.",
     [("Donetska oblast", "Donetsk Oblast"), ("Pokrovskyi raion", "Pokrovsk Raion")],
     "ISO-style adjective forms"),
    ("A village in Krasnohrad district lost power.",
     [("Krasnohrad district", "Berestyn Raion")], "a raion by its centre's former name"),
    ("Officials of the Donetsk Republic spoke.", [("Donetsk Republic", "Donetsk Oblast")],
     "'the Donetsk Republic' is the oblast"),
    ("Moscow-installed officials fled the Russia-Ukraine front line.",
     [("Moscow", "Moscow"), ("Russia", "Russia"), ("Ukraine", "Ukraine")], "compounds"),
    ("Trucks used the Kupiansk-Shevchenkove highway near Kupiansk-Vuzlovyi.",
     [("Kupiansk", "Kupiansk"), ("Shevchenkove", "Shevchenkove"),
      ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi")], "two places in a road, one in a name"),
    ("Kharkiv\N{RIGHT SINGLE QUOTATION MARK}s mayor spoke of the Black Sea port.",
     [("Kharkiv", "Kharkiv"), ("Black Sea", "Black Sea")], "curly possessive, a sea"),
    ("Grabovskoye Settlement Shelled Again, Sumy Region Officials Say",
     [("Grabovskoye", "Hrabovske"), ("Sumy Region", "Sumy Oblast")], "a headline"),
    (("The Armed Forces of Ukraine and the Government of Ukraine told Rossiya 1 channel "
      "that Battlegroup Vostok withdrew. As usual, the Kyiv Post wrote more."), [],
     "institutions, a channel, a unit, an outlet, a function word"),
    (("Artillery pounded three villages of Sumy Oblast: Myropillia, Krasnopillia and Velyka "
      "Pysarivka."),
     [("Sumy Oblast", "Sumy Oblast"), ("Myropillia", "Myropillia"),
      ("Krasnopillia", "Krasnopillia"), ("Velyka Pysarivka", "Velyka Pysarivka")],
     "the first village of a list after a colon"),
    ("On the Orikhiv axis, troops struck near Malaya Belozerka.",
     [("Orikhiv", "Orikhiv"), ("Malaya Belozerka", "Mala Bilozerka")],
     "an axis; a Russian form one vowel away"),
    ("Shells landed on Menkovka, in the Soledar direction.",
     [("Menkovka", "Minkivka"), ("Soledar", "Soledar")],
     "the direction decides a homonym"),
    ("Russians took Ugledar; Zhdanov, Dneprodzerzhinsk and Ordzhonikidze were renamed.",
     [("Ugledar", "Vuhledar"), ("Zhdanov", "Mariupol"), ("Dneprodzerzhinsk", "Kamianske"),
      ("Ordzhonikidze", "Pokrov")], "Russian and Soviet names"),
    ("In Donetsk Oblast, Russians shelled Gornyak.",
     [("Donetsk Oblast", "Donetsk Oblast"), ("Gornyak", "Hirnyk")],
     "the oblast named decides a Russian name shared with a Russian city"),
    ("Volunteers reached Brody; Borova and Olhivka came under fire.",
     [("Brody", "Brody"), ("Borova", "Borova"), ("Olhivka", "Olhivka")],
     "a city spelled like a name; two small places named together"),
    ("The Mari El Republic sent a battalion to Oryol.",
     [("Mari El Republic", "Mari El Republic"), ("Oryol", "Oryol")], "Russian federal subjects"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "why"), REAL_REPORTING, ids=[r[2] for r in REAL_REPORTING]
)
def test_real_reporting(text: str, expected: list[tuple[str, str]], why: str) -> None:
    """Places as real reporting writes them, on the packaged gazetteer."""
    found = [(m.text, m.value.name) for m in cn.normalize(text).by_kind("place")]  # type: ignore[union-attr]
    assert expected == found, why


#: Words that strict place() must not guess a place for, and why.
STRICT_REFUSED = [
    ("Monday", "weekday"), ("Tues", "weekday"), ("May", "month"), ("Nine", "number word"),
    ("ninth", "number word"), ("Logo", "English word"), ("Liberty", "English word"),
    ("Victoria", "given name"), ("Yaroslav", "given name"), ("George", "given name"),
    ("Budanov", "surname"), ("Lavrov", "surname"), ("Sokolov", "surname"), ("Shahed", "weapon"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "why"), STRICT_REFUSED, ids=[w[0] for w in STRICT_REFUSED])
def test_strict_refuses_words_that_are_not_places(word: str, why: str) -> None:
    """Strict place() raises ParseError for weekdays, months, number words, names, words."""
    with pytest.raises(cn.ParseError):
        cn.place(word)


#: Spellings of datasets that strict place() reads: text, canonical name, why.
STRICT_DATASET = [
    ("Kyiv, Ukraine", "Kyiv", "a country qualifier"),
    ("Pokrovsk (Krasnoarmeysk)", "Pokrovsk", "a former name in parentheses"),
    ("Bakhmut (Artemovsk)", "Bakhmut", "a Russian former name in parentheses"),
    ("Oleksandrivka (Donetsk Oblast)", "Oleksandrivka", "an oblast in parentheses"),
    ("KYIV", "Kyiv", "upper case"),
    ("kyiv", "Kyiv", "lower case"),
    ("POKROVSK (KRASNOARMEYSK)", "Pokrovsk", "upper case with an alias"),
    ("kharkiv oblast", "Kharkiv Oblast", "lower-case region"),
    ("Victoria, Canada", "Victoria", "a qualified personal name"),
    ("The Hague", "The Hague", "an article of the name"),
]


@pytest.mark.parametrize(
    ("text", "name", "why"), STRICT_DATASET, ids=[s[2] for s in STRICT_DATASET]
)
def test_strict_reads_dataset_spellings(text: str, name: str, why: str) -> None:
    """Dataset columns spell places with qualifiers, aliases and any case."""
    assert name == cn.place(text).name, why


def test_oblast_in_parentheses_narrows() -> None:
    """'Oleksandrivka (Donetsk Oblast)' is the Donetsk Oblast one."""
    assert "Donetsk Oblast" == cn.place("Oleksandrivka (Donetsk Oblast)").admin1


LOOKALIKES = [
    ("Kharkiv obla\N{LATIN SMALL LETTER LONG S}t", "Kharkiv Oblast"),
    ("Khark\N{LATIN SMALL LETTER DOTLESS I}v", "Kharkiv"),
    ("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}zium", "Izium"),
]


@pytest.mark.parametrize(("text", "name"), LOOKALIKES, ids=[n for _, n in LOOKALIKES])
def test_lookalike_letters(text: str, name: str) -> None:
    """Look-alike letters fold like their ASCII letters, in strict and running text (issue 14)."""
    assert name == cn.place(text).name
    assert [name] == [m.value.name for m in cn.normalize(f"near {text}").by_kind("place")]  # type: ignore[union-attr]


def test_lookalike_words_are_no_crash() -> None:
    """A look-alike letter in a word that is no place raises ParseError, never KeyError."""
    with pytest.raises(cn.ParseError):
        cn.place("la\N{LATIN SMALL LETTER LONG S}t")
    assert () == cn.normalize("w\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}thin reach").by_kind(
        "place"
    )


#: Mechanisms added for reporting that no one tuned on (issue 16), in sentences
#: written for these tests: text, the places expected as (surface, canonical name), why.
MECHANISMS = [
    ("Strikes hit Sukhaya Balka and Krutoy Yar.",
     [("Sukhaya Balka", "Sukha Balka"), ("Krutoy Yar", "Krutyi Yar")],
     "Russian adjective endings -aya and -oy"),
    ("Units dug in near Verkhnyaya Tersa.", [("Verkhnyaya Tersa", "Verkhnia Tersa")],
     "a soft Russian adjective, -nyaya"),
    ("Sappers cleared Trudovskoye (Trudivske) on Friday.",
     [("Trudovskoye", "Trudivske"), ("Trudivske", "Trudivske")],
     "the Ukrainian name in brackets after the Russian one"),
    ("Drones launched from Kursk and Bryansk crossed into Crimea.",
     [("Kursk", "Kursk"), ("Bryansk", "Bryansk"), ("Crimea", "Crimea")],
     "a large city spelled exactly is no village of a rule-made form"),
    ("Grain trucks left Vatutine at dawn.", [("Vatutine", "Bahacheve")],
     "a town renamed in 2024, not the village that bears the name"),
    ("Debris hit homes in the Shevchenkivskyi district of Zaporizhzhia.",
     [("Shevchenkivskyi district", "Shevchenkivskyi District"),
      ("Zaporizhzhia", "Zaporizhzhia")], "a district of a city"),
    ("In Mykolaiv, blasts shook the Tsentralnyi and Inhulskyi districts.",
     [("Mykolaiv", "Mykolaiv"), ("Tsentralnyi", "Tsentralnyi District"),
      ("Inhulskyi", "Inhulskyi District")], "districts listed before 'districts'"),
    ("The Poltava OVA and the Kupiansk RVA said so.",
     [("Poltava", "Poltava Oblast"), ("Kupiansk", "Kupiansk Raion")],
     "the administration of an oblast and of a raion, abbreviated"),
    ("Alerts sounded in the Volyn, Ternopil and Khmelnytskyi oblasts.",
     [("Volyn", "Volyn Oblast"), ("Ternopil", "Ternopil Oblast"),
      ("Khmelnytskyi", "Khmelnytskyi Oblast")], "a list member that names no settlement"),
    ("A fire broke out at a depot in Kalach-on-Don.", [("Kalach-on-Don", "Kalach-na-Donu")],
     "a town on a river is one place"),
    ("Suspilne Dnipro, Radio Liberty and France 24 reported it.", [],
     "places inside the names of outlets"),
    ("RBC-Ukraine and Novaya Gazeta Europe reported it.", [],
     "a place after the head word of an outlet's name, in a compound too"),
    ("The Kharkiv RMA and the Izium CMA said so.",
     [("Kharkiv", "Kharkiv Oblast"), ("Izium", "Izium")],
     "the English abbreviations of regional and city administrations"),
    ("Volunteers from the Netherlands and the Philippines helped.",
     [("Netherlands", "Netherlands"), ("Philippines", "Philippines")],
     "a country named with 'the' in running text"),
    ("Casualties\nRegion | Injured\nChernihiv | 4\nSumy | 2\n",
     [("Chernihiv", "Chernihiv Oblast"), ("Sumy", "Sumy Oblast")],
     "a column headed 'Region'"),
    ("The drained Kakhovka reservoir exposed old villages.",
     [("Kakhovka reservoir", "Kakhovka Reservoir")], "a reservoir"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), MECHANISMS, ids=[m[2] for m in MECHANISMS])
def test_mechanisms(text: str, expected: list[tuple[str, str]], why: str) -> None:
    """Each mechanism reads its phenomenon in a sentence of its own."""
    found = [(m.text, m.value.name) for m in cn.normalize(text).by_kind("place")]  # type: ignore[union-attr]
    assert expected == found, why


def test_a_ukrainian_city_keeps_a_name_that_was_another_towns() -> None:
    """'Pervomaisk' is the Mykolaiv Oblast city; beside Luhansk Oblast, renamed Sokolohirsk."""
    alone = cn.normalize("Shells fell on Pervomaisk.").by_kind("place")[0].value
    assert ("Pervomaisk", "exact") == (alone.name, alone.match)  # type: ignore[union-attr]
    beside = cn.normalize("Shells fell on Pervomaisk in Luhansk Oblast.").by_kind("place")[0]
    assert ("Sokolohirsk", "former") == (beside.value.name, beside.value.match)  # type: ignore[union-attr]


def test_a_district_of_the_city_named_nearest() -> None:
    """A district name shared by several cities is the one of the city named nearest."""
    text = (
        "In Kharkiv, shells hit the Shevchenkivskyi district. "
        "In Lviv, debris fell in the Shevchenkivskyi district."
    )
    places = [m.value for m in cn.normalize(text).by_kind("place")]
    found = [p.admin1 for p in places if isinstance(p, cn.Place) and p.feature == "district"]
    assert ["Kharkiv Oblast", "Lviv Oblast"] == found


def test_a_raion_is_no_district_of_a_city() -> None:
    """'Pokrovskyi raion' is the Donetsk Oblast raion, not the district of Kryvyi Rih."""
    p = cn.place("Pokrovskyi raion")
    assert ("Pokrovsk Raion", "Donetsk Oblast") == (p.name, p.admin1)
