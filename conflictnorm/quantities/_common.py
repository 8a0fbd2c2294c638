# SPDX-License-Identifier: MIT
"""Helpers shared by the percent, count and measurement extractors."""

from __future__ import annotations

import functools

from conflictnorm import _data

__all__ = ["data_lines"]


@functools.cache
def data_lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-blank lines of a data file of this package."""
    return _data.data_lines(__package__, name)
