# SPDX-License-Identifier: MIT
"""Errors: the hierarchy, messages that name the value, pickling."""

import pickle

import pytest

import conflictnorm as cn


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (cn.InvalidInputError, TypeError),
        (cn.InvalidValueError, TypeError),
        (cn.InvalidValueError, ValueError),
        (cn.ParseError, ValueError),
        (cn.UnknownUnitError, ValueError),
        (cn.UnparseableDateError, ValueError),
    ],
)
def test_errors_are_builtins_too(cls: type[cn.ConflictNormError], builtin: type) -> None:
    """Every error is a ConflictNormError and the matching builtin."""
    assert issubclass(cls, cn.ConflictNormError)
    assert issubclass(cls, builtin)


def test_errors_pickle() -> None:
    """Errors survive pickling with their message and value."""
    err = cn.ParseError("not a percent: 'x'", value="x")
    back = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert (type(err), err.message, err.value) == (type(back), back.message, back.value)


def test_message_names_the_value() -> None:
    """A strict parser's error names what it was given."""
    with pytest.raises(cn.ParseError, match="banana"):
        cn.count("banana")


def test_records_pickle() -> None:
    """Documents pickle (workers send them between processes)."""
    doc = cn.normalize("Russia launched 93 drones, about 90% of them downed.")
    assert doc == pickle.loads(pickle.dumps(doc))  # noqa: S301 - our own bytes
