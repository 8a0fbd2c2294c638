# SPDX-License-Identifier: MIT
"""The errors `conflictnorm` raises.

Every error derives from `ConflictNormError` and also from the builtin it
resembles, so ``except ValueError`` keeps working for callers that do not know
this library. Each error keeps the offending value in ``.value`` and pickles,
so it survives a trip between worker processes.

>>> import conflictnorm as cn
>>> try:
...     cn.percent("no number here")
... except cn.ParseError as err:
...     print(err.value)
no number here
"""

from __future__ import annotations

from typing import Any, TypeVar

_T = TypeVar("_T")

__all__ = [
    "ConflictNormError",
    "InvalidInputError",
    "InvalidValueError",
    "ParseError",
    "UnknownUnitError",
    "UnparseableDateError",
]


class ConflictNormError(Exception):
    """Base class of every error this library raises on purpose."""

    default_message = "conflictnorm error"

    def __init__(self, message: str | None = None, *, value: Any = None) -> None:
        self.message = message or self.default_message
        self.value = value
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by message and value (keyword arguments defeat the default)."""
        return (_rebuild, (type(self), self.message, self.value))


def _rebuild(cls: type[ConflictNormError], message: str, value: Any) -> ConflictNormError:
    return cls(message, value=value)


class InvalidInputError(ConflictNormError, TypeError):
    """An argument has the wrong type or an unusable value (not text, a bad date)."""

    default_message = "invalid input"


class InvalidValueError(InvalidInputError, ValueError):
    """An argument has the right type but an unusable value (an impossible date).

    It is an `InvalidInputError`, so existing handlers keep catching it, and a
    `ValueError`, so ``except ValueError`` catches it as Python callers expect.
    """

    default_message = "invalid value"


class ParseError(ConflictNormError, ValueError):
    """A strict parser was given text that is not one expression of its kind."""

    default_message = "cannot parse"


class UnknownUnitError(ParseError):
    """A measurement names a unit the library does not know."""

    default_message = "unknown unit"


class UnparseableDateError(ParseError):
    """A date expression could not be read or resolved."""

    default_message = "cannot parse date"


def ensure_type(value: object, cls: type[_T], what: str) -> _T:
    """Return ``value`` if it is a ``cls``, else raise `InvalidInputError` naming ``what``.

    Raises:
        InvalidInputError: ``value`` is not an instance of ``cls``.
    """
    if isinstance(value, cls):
        return value
    msg = f"{what} must be a {cls.__name__}, not {type(value).__name__}"
    raise InvalidInputError(msg, value=value)
