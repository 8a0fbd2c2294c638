# SPDX-License-Identifier: MIT
"""conflictnorm: canonical, typed records from conflict-news text.

>>> import conflictnorm as cn
>>> doc = cn.normalize("Overnight the army counted 212 drones and 7 cruise missiles.")
>>> [m.to_dict()["value"] for m in doc.mentions if m.kind == "count"]
[212.0, 7.0]
"""

from __future__ import annotations

from conflictnorm._api import count, date, percent, place, quantity, render
from conflictnorm._core import Options
from conflictnorm._table import dataframe_dtypes, to_dataframe
from conflictnorm.document import normalize, normalize_many
from conflictnorm.errors import (
    ConflictNormError,
    InvalidInputError,
    InvalidValueError,
    ParseError,
    UnknownUnitError,
    UnparseableDateError,
)
from conflictnorm.models import (
    Count,
    DateValue,
    Document,
    Mention,
    Original,
    Percent,
    Place,
    Quantity,
)
from conflictnorm.schema import json_schema


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for.

    Reading it at import would cost ``import conflictnorm`` about 50 ms
    (importlib.metadata pulls in the email package).

    Raises:
        AttributeError: for any other name.
    """
    if name == "__version__":
        from importlib import metadata  # noqa: PLC0415 - lazy: see the docstring

        try:
            return metadata.version("conflictnorm")
        except metadata.PackageNotFoundError:  # pragma: no cover - a bare checkout
            return "0+unknown"
    msg = f"module 'conflictnorm' has no attribute {name!r}"
    raise AttributeError(msg)


__all__ = [
    "ConflictNormError",
    "Count",
    "DateValue",
    "Document",
    "InvalidInputError",
    "InvalidValueError",
    "Mention",
    "Options",
    "Original",
    "ParseError",
    "Percent",
    "Place",
    "Quantity",
    "UnknownUnitError",
    "UnparseableDateError",
    "__version__",
    "count",
    "dataframe_dtypes",
    "date",
    "json_schema",
    "normalize",
    "normalize_many",
    "percent",
    "place",
    "quantity",
    "render",
    "to_dataframe",
]
