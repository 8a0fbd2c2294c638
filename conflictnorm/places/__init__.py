# SPDX-License-Identifier: MIT
"""Places: transliteration variants, a gazetteer, matching and disambiguation."""

from __future__ import annotations

from typing import Final

from conflictnorm._core import Context, KindSpec
from conflictnorm.models import Place
from conflictnorm.places._fold import fold
from conflictnorm.places._matcher import find_places
from conflictnorm.places._strict import parse_place, render_place

__all__ = ["PLACE", "find_places", "fold", "parse_place", "render_place"]


def _parse(s: str, ctx: Context) -> Place:  # noqa: ARG001 - the contract passes a context
    return parse_place(s)


#: The place kind: runs first, so later kinds can see the places found.
PLACE: Final = KindSpec(
    name="place",
    priority=4,
    value_type=Place,
    finder=find_places,
    parser=_parse,
    renderer=render_place,
)
