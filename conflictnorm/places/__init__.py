# SPDX-License-Identifier: MIT
"""Places: transliteration variants, a gazetteer, matching and disambiguation."""

from conflictnorm.places._fold import fold
from conflictnorm.places._matcher import find_places
from conflictnorm.places._strict import parse_place, render_place

__all__ = ["find_places", "fold", "parse_place", "render_place"]
