# SPDX-License-Identifier: MIT
"""Property tests of place matching: every scheme, every case, every apostrophe."""

import functools

import translitua
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm.places._fold import fold
from conflictnorm.places._gazetteer import Entry, gazetteer
from conflictnorm.places._matcher import _place
from conflictnorm.places._strict import _resolve

SCHEMES = [
    translitua.UkrainianKMU, translitua.UkrainianBGN, translitua.UkrainianBGN2019,
    translitua.UkrainianBritish, translitua.UkrainianFrench, translitua.UkrainianGerman,
    translitua.UkrainianGOST1971, translitua.UkrainianGOST1986, translitua.UkrainianISO9,
    translitua.UkrainianNational1996, translitua.UkrainianPassport2007,
    translitua.UkrainianSimple, translitua.UkrainianUNGEGN, translitua.UkrainianWWS,
    translitua.UkrainianALALC, translitua.UkrainianDSTU9112A, translitua.UkrainianDSTU9112B,
]  # fmt: skip
APOSTROPHES = ["'", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{MODIFIER LETTER APOSTROPHE}"]


@functools.cache
def _ukrainian() -> tuple[Entry, ...]:
    return tuple(
        e
        for e in gazetteer().entries
        if e.country == "UA" and e.native and e.feature in {"city", "town", "village"}
    )


@given(
    st.integers(0, 10**9),
    st.sampled_from(SCHEMES),
    st.sampled_from(["as is", "upper", "lower", "title"]),
    st.sampled_from(APOSTROPHES),
)
def test_every_scheme_resolves_to_the_place(
    i: int, scheme: type[translitua.TransliterationTable], case: str, apos: str
) -> None:
    """A Ukrainian name in any scheme, case and apostrophe resolves to a set containing it."""
    entries = _ukrainian()
    e = entries[i % len(entries)]
    assert e.native is not None
    native = e.native
    for a in ["'", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{MODIFIER LETTER APOSTROPHE}"]:
        native = native.replace(a, apos)
    latin = translitua.translit(native, scheme)
    latin = {"upper": latin.upper(), "lower": latin.lower(), "title": latin.title()}.get(
        case, latin
    )
    g = gazetteer()
    found = {g.entries[x].id for x in g.by_key.get(fold(latin), ())}
    found |= {g.entries[x].id for x in g.by_former.get(fold(latin), ())}
    assert e.id in found


@given(st.integers(0, 10**9))
def test_render_round_trip(i: int) -> None:
    """place(render(p)) gives back the same place for any gazetteer entry."""
    entries = gazetteer().entries
    e = entries[i % len(entries)]
    p = cn.place(cn.render(_place(e, e.name, "variant", 1.0)))
    assert e.id == p.id
    assert p == cn.place(cn.render(p))


@given(st.text(max_size=200))
def test_places_in_any_text(text: str) -> None:
    """Place mentions in arbitrary text are exact; nothing but our errors escapes."""
    for m in cn.normalize(text).by_kind("place"):
        assert m.text == text[m.start : m.end]


@given(st.lists(st.sampled_from(["Kupyansk", "Kharkiv's", "in", "near", "Donestk", "the", ","])))
def test_place_fragments_keep_offsets(parts: list[str]) -> None:
    """Text built from place fragments keeps exact offsets."""
    text = " ".join(parts)
    for m in cn.normalize(text).by_kind("place"):
        assert m.text == text[m.start : m.end]
        assert _resolve(m.text) is not None


#: Sentences with an apostrophe ({a}), a dash ({d}) and a space ({s}) in and around places.
TEMPLATES = [
    "Troops left Kharkiv{a}s outskirts near the Russia{d}Ukraine border.",
    "Shelling hit Kupiansk{d}Vuzlovyi{s}(Kharkiv Oblast) and Velyka{s}Novosilka.",
    "The Kupiansk{d}Shevchenkove road links Kupyansk and Kup{a}yansk.",
    "Moscow{d}appointed officials fled the Kherson region{a}s towns.",
    "Drones hit the Kharkiv,{s}Sumy and Odesa regions; Chasiv{s}Yar held.",
]
APOSTROPHES = ["'", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{MODIFIER LETTER APOSTROPHE}"]
DASHES = ["-", "\N{HYPHEN}", "\N{NON-BREAKING HYPHEN}", "\N{EN DASH}"]
SPACES = [" ", "\N{NO-BREAK SPACE}", "\N{THIN SPACE}"]


def _places(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.value.name) for m in cn.normalize(text).by_kind("place")]  # type: ignore[union-attr]


@given(
    st.sampled_from(TEMPLATES),
    st.sampled_from(APOSTROPHES),
    st.sampled_from(DASHES),
    st.sampled_from(SPACES),
)
def test_same_places_whatever_apostrophe_dash_or_space(
    template: str, apostrophe: str, dash: str, space: str
) -> None:
    """Every apostrophe, dash and space variant gives the same places at the same offsets."""
    plain = template.format(a="'", d="-", s=" ")
    varied = template.format(a=apostrophe, d=dash, s=space)
    assert _places(plain) == _places(varied)


def test_the_templates_name_places() -> None:
    """Each template names places, so the property above compares something."""
    assert all(_places(t.format(a="'", d="-", s=" ")) for t in TEMPLATES)


#: Text built from arbitrary characters, look-alike letters and pieces of place names.
LOOKALIKE_TEXT = st.lists(
    st.one_of(
        st.text(max_size=3),
        st.sampled_from(
            [
                "\N{LATIN SMALL LETTER LONG S}",
                "\N{LATIN SMALL LETTER DOTLESS I}",
                "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}",
                "\N{KELVIN SIGN}",
                "\N{RIGHT SINGLE QUOTATION MARK}",
                "\N{EN DASH}",
                " ",
                "-",
                "'s",
                "Kharkiv",
                "Obla\N{LATIN SMALL LETTER LONG S}t",
                "region",
                " of ",
                "(",
                ")",
                ",",
            ]
        ),
    ),
    max_size=12,
).map("".join)


@given(LOOKALIKE_TEXT)
def test_strict_place_raises_only_its_own_errors(text: str) -> None:
    """place() on any text returns a place or raises ParseError, nothing else."""
    try:
        p = cn.place(text)
    except cn.ParseError:
        return
    assert p.name


@given(LOOKALIKE_TEXT)
def test_running_text_never_raises(text: str) -> None:
    """normalize() finds places in any text without raising, with exact offsets."""
    for m in cn.normalize(text).by_kind("place"):
        assert m.text == text[m.start : m.end]
