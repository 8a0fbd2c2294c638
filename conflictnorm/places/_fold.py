# SPDX-License-Identifier: MIT
"""The variant key: one folded form for the many spellings of one name.

Case, diacritics, apostrophes and soft signs, y/i/j, kh/h/g, ia/ya/ja,
ts/tz/c, German sch/w, French ou, doubled letters and the -iv/-ov ending are
folded, so that Kupiansk, Kupyansk, Kupjansk, Kup'yansk, Kupiańsk and
Koupiansk share a key, and so do Kharkiv and Kharkov, and Kurakhovo and
Kurakhove. Cyrillic is first
romanised letter by letter; spellings the rules do not reach (German
"Charkiw") come in as keys of their own, from every romanisation scheme.
Keys only index the gazetteer: folding may bring two real places together,
and those collisions are kept for disambiguation, never merged.

>>> from conflictnorm.places._fold import fold
>>> spellings = ["Kupiansk", "Kupyansk", "Kup'yansk", "Kupiańsk", "Koupiansk", "Купянск"]
>>> {fold(s) for s in spellings}
{'kupiansk'}
>>> fold("Kharkov") == fold("Kharkiv"), fold("Novomikhailovka") == fold("Novomykhailivka")
(True, True)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from conflictnorm._lazy import once
from conflictnorm._text import APOSTROPHES, DASHES

__all__ = ["fold"]

#: Cyrillic letters (Ukrainian and Russian) to Latin, one reading each; the
#: folding below makes the differences between schemes disappear.
_CYRILLIC: Final = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip
#: Letters without a decomposition, and Central European digraph letters.
_LETTERS: Final = {
    "ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i",
    "č": "ch", "š": "sh", "ž": "zh", "ć": "ch", "ś": "sh", "ź": "zh", "ż": "zh", "ŝ": "sh",
    "ĉ": "ch", "ẑ": "zh", "ǆ": "dzh", "ȳ": "y",
}  # fmt: skip
_DROP: Final = set(APOSTROPHES + DASHES + ' ."ʹ′″”“' + "\u0361")
_RULES: Final = (
    # Polish and German spellings of the hushing sounds, longest first.
    ("szcz", "shch"), ("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"),
    ("cz", "ch"), ("rz", "zh"),
    # French "ou" is "u"; German "w" is "v"; "x" in ISO 9 and DSTU is "kh".
    ("ou", "u"), ("w", "v"), ("x", "kh"),
    # One letter for each family that schemes split differently.
    ("kh", "h"), ("gh", "h"), ("g", "h"), ("j", "i"), ("y", "i"), ("tz", "c"), ("ts", "c"),
)  # fmt: skip
#: Russian forms of Ukrainian place names follow regular patterns, read here as
#: the Ukrainian ones: -ovka/-ivka (Novomikhailovka), -ovsk/-ivsk, and at the end
#: -ovo/-ove (Kurakhovo), -evo/-eve, -ino/-ine (Ocheretino), -oie/-e (Pokrovskoye).
_RUSSIAN_ENDINGS: Final = {
    "ovka": "ivka", "ovsk": "ivsk", "ovo": "ove", "evo": "eve", "ino": "ine", "oie": "e",
}  # fmt: skip
_RUSSIAN_FORM: Final = re.compile(r"ovka|ovsk|(?:ovo|evo|ino|oie)$")
_GERMAN_Z: Final = re.compile(r"z(?=[kc]|$)")
_DOUBLE_DIGRAPH: Final = re.compile(r"(zh|sh|ch)\1+", re.DOTALL)
_DOUBLE: Final = re.compile(r"(.)\1+", re.DOTALL)
_ENDING: Final = re.compile(r"(?:[eo]v|[iy]v)$")
#: One translation table for the letters above (a C-level pass per name).
_LETTERS_TABLE: Final = str.maketrans(_CYRILLIC | _LETTERS)


def _is_dropped(ch: str) -> bool:
    return bool(unicodedata.combining(ch)) or ch in _DROP


@once
def _drop_table() -> dict[int, None]:
    """After decomposition: accents and the characters that never tell names apart.

    Built on first use (about 10 ms): every combining mark Unicode has lies
    below U+30000.
    """
    return {code: None for code in range(0x30000) if _is_dropped(chr(code))}


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Return the variant key of a place name (any script, any romanisation)."""
    s = name.casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s.translate(_LETTERS_TABLE))
    s = s.translate(_drop_table())
    s = _GERMAN_Z.sub("c", s)
    s = s.replace("w", "v")
    s = _ENDING.sub("iv", s)
    for a, b in _RULES:
        s = s.replace(a, b)
    s = _RUSSIAN_FORM.sub(lambda m: _RUSSIAN_ENDINGS[m[0]], s)
    s = _DOUBLE_DIGRAPH.sub(r"\1", s)
    return _DOUBLE.sub(r"\1", s)
