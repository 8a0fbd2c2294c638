# SPDX-License-Identifier: MIT
"""The generated unit factors are pint's, and normalize() never needs pint."""

import subprocess
import sys

import pint
import pytest

import conflictnorm as cn
from conflictnorm.quantities._common import data_lines
from conflictnorm.quantities._units import CANONICAL, surface_table, unit_named

REGISTRY: pint.UnitRegistry[float] = pint.UnitRegistry()


@pytest.mark.parametrize("row", data_lines("factors.tsv"), ids=lambda r: r.split("\t")[0])
def test_stored_factor_is_pints(row: str) -> None:
    """Every stored factor equals pint's conversion to the canonical unit of its dimension."""
    _, expression, dimension, factor = row.split("\t")
    expected = REGISTRY.Quantity(1.0, expression).to(CANONICAL[dimension][1]).magnitude
    assert expected == pytest.approx(float(factor), rel=1e-12)


def test_every_unit_of_the_table_has_a_factor() -> None:
    """Each unit name of units.tsv reads its factor (a new unit needs tools/build_units.py)."""
    names = {row[1] for row in surface_table()}
    assert all(unit_named(name) is not None for name in names)


def test_normalize_does_not_import_pint() -> None:
    """A fresh process normalizes measurements without building a pint registry."""
    code = (
        "import sys, conflictnorm as cn\n"
        "cn.normalize('about 4 miles (6 km) and 20 hectares, 5 tonnes, 80 mph')\n"
        "print('pint' in sys.modules)"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == out.stdout.strip()


def test_to_pint_gives_the_canonical_quantity() -> None:
    """A measurement converts through pint to any unit of its dimension."""
    q = cn.quantity("about 4 miles").to_pint()
    assert 4.0 == pytest.approx(q.to("mile").magnitude)


def test_to_pint_refuses_a_range() -> None:
    """A range has no single value to give pint."""
    with pytest.raises(cn.InvalidValueError):
        cn.quantity("10 to 15 km").to_pint()
