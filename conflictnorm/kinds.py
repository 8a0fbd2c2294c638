# SPDX-License-Identifier: MIT
"""The one list of kinds: what `normalize` runs, in order, and how each renders.

Each kind is a `conflictnorm._core.Kind`: ``find(tokens, ctx)`` walks from its
anchor tokens, ``parse(s, ctx)`` reads exactly one of its candidates, and
``render(value)`` writes the canonical form. Everything that lists kinds
(the options, overlap priority, record dispatch) reads this module.

>>> from conflictnorm.kinds import NAMES, kind_of
>>> NAMES
('place', 'date', 'quantity', 'percent', 'count')
>>> import conflictnorm as cn
>>> kind_of(cn.count("five drones")).render(cn.count("five drones"))
'5 drones'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from conflictnorm._core import Kind
from conflictnorm.dates import DATE
from conflictnorm.errors import InvalidInputError, InvalidValueError
from conflictnorm.places import PLACE
from conflictnorm.quantities import COUNT, PERCENT, QUANTITY

__all__ = ["KINDS", "NAMES", "kind_named", "kind_of"]

#: Every kind, in the order `normalize` runs them: places first (counts stop
#: before a place), dates next (a year is a date before it is a count).
KINDS: Final[tuple[Kind, ...]] = (PLACE, DATE, QUANTITY, PERCENT, COUNT)
#: The names of the kinds, in that order.
NAMES: Final = tuple(k.name for k in KINDS)

_BY_NAME: Final[Mapping[str, Kind]] = MappingProxyType({k.name: k for k in KINDS})
_BY_TYPE: Final[Mapping[type, Kind]] = MappingProxyType({k.value_type: k for k in KINDS})


def kind_named(name: str) -> Kind:
    """The kind called ``name``.

    Raises:
        InvalidValueError: no kind has that name.
    """
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        msg = f"unknown kind {name!r}; expected one of {list(NAMES)}"
        raise InvalidValueError(msg, value=name) from None


def kind_of(value: object) -> Kind:
    """The kind whose record ``value`` is.

    Raises:
        InvalidInputError: ``value`` is no value record of a kind.
    """
    found = _BY_TYPE.get(type(value))
    if found is None:
        msg = f"not a value record of a kind: {type(value).__name__}"
        raise InvalidInputError(msg, value=value)
    return found
