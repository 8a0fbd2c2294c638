# SPDX-License-Identifier: MIT
"""Units: our table of surface words, and pint's conversion factors.

The table (``data/units.tsv``) maps what news writes ("sq km", "kilometres",
"mph") to a unit name and a pint expression. Each unit's factor to the
canonical unit of its dimension is computed by pint's default registry when
the data is built (``tools/build_units.py`` writes ``data/factors.tsv``; a test
recomputes every one with pint), so a conversion is one multiplication and
`normalize` never builds a pint registry. `registry` gives pint's registry to
whoever wants pint quantities (`conflictnorm.Quantity.to_pint`).

>>> from conflictnorm.quantities._units import unit_for
>>> u = unit_for("miles")
>>> u.name, u.dimension, round(u.factor, 6)
('mile', 'length', 1.609344)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from conflictnorm._lazy import once
from conflictnorm.models import CANONICAL_UNITS
from conflictnorm.quantities._common import data_lines
from conflictnorm.text import fold_lookalikes

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pint

__all__ = ["CANONICAL", "Unit", "fold", "registry", "surface_table", "unit_for", "unit_named"]

#: The canonical unit of each dimension as pint names it: (expression, unit name).
_PINT_CANONICAL: Final = {
    "length": ("kilometer", "kilometer"),
    "area": ("kilometer**2", "square_kilometer"),
    "mass": ("kilogram", "kilogram"),
    "volume": ("liter", "liter"),
    "speed": ("kilometer_per_hour", "kilometer_per_hour"),
}
#: Canonical unit of each dimension: (record ``unit``, pint expression, unit name).
CANONICAL: Final = MappingProxyType(
    {dim: (unit, *_PINT_CANONICAL[dim]) for dim, unit in CANONICAL_UNITS.items()}
)


@attrs.frozen(kw_only=True)
class Unit:
    """One unit: its name, pint expression, dimension and factor to the canonical unit."""

    name: str
    expression: str
    dimension: str
    factor: float


@once
def registry() -> pint.UnitRegistry[float]:
    """Pint's default unit registry, built on first use (it costs 0.3 s and 30 MB)."""
    import pint  # noqa: PLC0415 - on first use only: see the docstring

    return pint.UnitRegistry()


@once
def _factors() -> Mapping[tuple[str, str], float]:
    """(pint expression, dimension) -> factor to the canonical unit, from ``data/factors.tsv``."""
    out: dict[tuple[str, str], float] = {}
    for line in data_lines("factors.tsv"):
        _, expression, dimension, factor = line.split("\t")
        out[(expression, dimension)] = float(factor)
    return MappingProxyType(out)


def _factor(expression: str, dimension: str) -> float:
    return _factors()[(expression, dimension)]


@functools.cache
def surface_table() -> tuple[tuple[str, str, str, str, bool], ...]:
    """Return the rows of the units table: (surface, name, expression, dimension, any-case)."""
    rows = []
    for line in data_lines("units.tsv"):
        surface, name, expression, dimension, case = line.split("\t")
        rows.append((surface, name, expression, dimension, case == "i"))
    return tuple(rows)


def fold(surface: str) -> str:
    """The lookup key of a surface word, folded as the token layer folds its keys.

    Look-alike letters unified, then lower case (`conflictnorm.text`), with
    runs of white space as one space: the units table, the lexicon and the
    tokens all compare such keys.
    """
    return fold_lookalikes(" ".join(surface.split())).lower()


@functools.cache
def _by_surface() -> tuple[Mapping[str, str], Mapping[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for surface, name, _, _, any_case in surface_table():
        if any_case:
            folded[fold(surface)] = name
        else:
            exact[surface] = name
    return MappingProxyType(exact), MappingProxyType(folded)


@functools.cache
def _by_name() -> Mapping[str, tuple[str, str]]:
    return MappingProxyType({name: (expr, dim) for _, name, expr, dim, _ in surface_table()})


@functools.cache
def unit_named(name: str) -> Unit | None:
    """Return the unit of a unit name (``mile``, ``square_kilometer``), or None."""
    found = _by_name().get(name)
    if found is None:
        return None
    expression, dimension = found
    return Unit(
        name=name,
        expression=expression,
        dimension=dimension,
        factor=_factor(expression, dimension),
    )


@functools.lru_cache(maxsize=1024)
def unit_for(surface: str) -> Unit | None:
    """Return the unit a surface word stands for ("km", "Kilometres"), or None."""
    exact, folded = _by_surface()
    name = exact.get(" ".join(surface.split())) or folded.get(fold(surface))
    return None if name is None else unit_named(name)
