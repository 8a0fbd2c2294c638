# SPDX-License-Identifier: MIT
"""Absolute dates written in other languages, read by `dateparser` for the strict parser.

The date grammar reads English. A researcher cleaning a column of datelines
may meet "24 февраля 2022", "1 травня 2023 року" or "3 mars 2023": where the
grammar finds nothing, `parse_date` asks `dateparser` (https://dateparser.readthedocs.io)
for an absolute date with at least a month and a year, in the languages of
the region's reporting. It is never used by `normalize`, and only for strings
that carry a four-digit year and a letter, so its cost stays off the hot path.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from conflictnorm._lazy import lazy_pattern
from conflictnorm.dates._calendar import month_value
from conflictnorm.dates._forms import dated
from conflictnorm.models import DateValue

__all__ = ["LANGUAGES", "foreign_date"]

#: The languages asked for (ISO 639-1): the region's and its neighbours' press.
LANGUAGES: Final = ("uk", "ru", "pl", "de", "fr", "es", "it", "ro", "cs")
_WORTH_A_TRY: Final = lazy_pattern(r"(?=.*\d{4})(?=.*[^\W\d_])", re.DOTALL)
_LONGEST: Final = 64


@functools.lru_cache(maxsize=1024)
def foreign_date(s: str) -> DateValue | None:
    """The absolute date ``s`` writes in another language (day, month or year), or None."""
    if len(s) > _LONGEST or _WORTH_A_TRY().match(s) is None:
        return None
    from dateparser.date import DateDataParser  # noqa: PLC0415 - heavy, and rarely needed

    parser = DateDataParser(
        languages=list(LANGUAGES),
        try_previous_locales=False,
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    try:
        data = parser.get_date_data(s)
    except (ValueError, OverflowError, LookupError):  # pragma: no cover - dateparser's own errors
        return None
    d = data.date_obj
    if d is None:
        return None
    if data.period == "month":
        return dated(month_value(d.year, d.month), anchored=False)
    return dated(d.date().isoformat(), anchored=False)  # a month and year are required
