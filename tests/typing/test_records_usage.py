# SPDX-License-Identifier: MIT
"""Records, tables and column cleaning used as a user would; mypy --strict checks the types."""

from typing import Literal, assert_type

import pandas as pd

import conflictnorm as cn
from conflictnorm.models import Feature, Granularity, Mod


def test_literal_fields_and_coerce_types() -> None:
    """Enumerated fields have Literal types; errors="coerce" returns an optional record."""
    place = cn.place("Kupyansk")
    feature: Feature = place.feature
    match: Literal["exact", "variant", "former", "fuzzy"] = place.match
    when = cn.date("12 May 2025")
    granularity: Granularity | None = when.granularity
    mod: Mod | None = cn.count("about 300 soldiers").mod
    maybe = cn.quantity(None, errors="coerce")
    assert_type(maybe, cn.Quantity | None)
    assert_type(cn.percent("5%"), cn.Percent)
    doc = cn.normalize("55 drones hit Kupyansk.")
    first: cn.Mention = doc[0]
    some: tuple[cn.Mention, ...] = doc[:1]
    frame: pd.DataFrame = cn.to_dataframe([doc])
    schema: dict[str, object] = cn.json_schema()
    assert (feature, match, granularity, mod, maybe) == ("city", "variant", "day", "approx", None)
    assert (first.kind, len(some), len(frame), schema["type"]) == ("count", 1, 2, "object")
