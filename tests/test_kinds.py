# SPDX-License-Identifier: MIT
"""The one list of kinds: the registry, the records and the options agree."""

import pytest

import conflictnorm as cn
from conflictnorm import models
from conflictnorm.kinds import KINDS, NAMES, kind_named, kind_of


def test_registry_and_records_list_the_same_kinds_in_order() -> None:
    """The behaviour registry and the record union name the same kinds, in the same order."""
    assert models.KINDS == NAMES
    assert [t.kind for t in models._VALUE_TYPES] == [k.value_type.kind for k in KINDS]  # noqa: SLF001


def test_options_accept_exactly_the_registered_kinds() -> None:
    """The default options run every registered kind; other names are refused."""
    assert frozenset(NAMES) == cn.Options().kinds
    with pytest.raises(cn.InvalidValueError):
        cn.Options(kinds="place,weather")


def test_every_kind_offers_the_contract() -> None:
    """Each registered kind has a name, a priority and find/parse/render."""
    for kind in KINDS:
        assert kind is kind_named(kind.name)
        assert isinstance(kind.priority, int)
        assert all(callable(getattr(kind, m)) for m in ("find", "parse", "render"))
    assert len({k.priority for k in KINDS}) == len(KINDS)


def test_lookups_refuse_strangers() -> None:
    """Unknown names and non-records raise the library's errors."""
    with pytest.raises(cn.InvalidValueError):
        kind_named("weather")
    with pytest.raises(cn.InvalidInputError):
        kind_of("a string")
