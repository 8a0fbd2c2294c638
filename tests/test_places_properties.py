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
