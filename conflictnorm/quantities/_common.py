# SPDX-License-Identifier: MIT
"""Helpers shared by the percent, count and measurement extractors."""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["data_lines"]


@functools.cache
def data_lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-blank lines of a data file of this package."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
