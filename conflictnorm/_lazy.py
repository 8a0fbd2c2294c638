# SPDX-License-Identifier: MIT
"""Build a table once per process, even when threads race for it.

`functools.cache` lets two threads that call a cold function at the same time
both build the table, and hands them different objects. `once` takes a lock
around the first build, so every caller gets the same read-only object.

>>> from conflictnorm._lazy import once
>>> calls = []
>>> @once
... def table() -> tuple[int, ...]:
...     calls.append(1)
...     return (1, 2, 3)
>>> table() is table(), len(calls)
(True, 1)
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["lazy_pattern", "once"]

_T = TypeVar("_T")
_UNSET = object()


class _Once(Generic[_T]):
    """A zero-argument builder whose result is computed once, under a lock."""

    def __init__(self, build: Callable[[], _T]) -> None:
        functools.update_wrapper(self, build)
        self._build = build
        self._lock = threading.Lock()
        self._value: object = _UNSET

    def __call__(self) -> _T:
        value = self._value
        if value is _UNSET:
            with self._lock:
                value = self._value
                if value is _UNSET:
                    value = self._value = self._build()
        return value  # type: ignore[return-value]

    def built(self) -> bool:
        """Whether the value has been built in this process."""
        return self._value is not _UNSET


def once(build: Callable[[], _T]) -> _Once[_T]:
    """Decorate a zero-argument builder so it runs once per process, thread-safely."""
    return _Once(build)


def lazy_pattern(source: str, flags: int = 0) -> _Once[re.Pattern[str]]:
    """A pattern compiled on first use: ``pattern()`` returns it.

    For the few large grammars (amounts, percents) whose compilation would
    otherwise cost ``import conflictnorm`` tens of milliseconds.
    """
    return _Once(lambda: re.compile(source, flags))
