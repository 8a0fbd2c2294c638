# SPDX-License-Identifier: MIT
"""Package data files: read a file of a package's ``data/`` folder.

Every table of the library (the lexicon, word lists, units, the gazetteer)
lives in a ``data/`` folder beside the code that reads it, with a header of
comment lines naming its source. `importlib.resources` is imported on first
read: importing it costs ``import conflictnorm`` about 9 ms.

>>> from conflictnorm._data import data_rows
>>> ("km", "kilometer") == tuple(data_rows("conflictnorm.quantities", "units.tsv")[0][:2])
True
"""

from __future__ import annotations

__all__ = ["data_bytes", "data_lines", "data_rows", "data_text"]


def data_bytes(package: str, name: str) -> bytes:
    """The bytes of ``data/<name>`` of ``package``."""
    from importlib import resources  # noqa: PLC0415 - on first read: see the module docstring

    return resources.files(package).joinpath("data", name).read_bytes()


def data_text(package: str, name: str) -> str:
    """The UTF-8 text of ``data/<name>`` of ``package``."""
    return data_bytes(package, name).decode("utf-8")


def data_lines(package: str, name: str) -> tuple[str, ...]:
    """The lines of a data file, without blank lines and ``#`` comments, stripped."""
    return tuple(
        line.strip()
        for line in data_text(package, name).splitlines()
        if line.strip() and not line.startswith("#")
    )


def data_rows(package: str, name: str) -> list[list[str]]:
    """The tab-separated rows of a data file (see `data_lines`)."""
    return [line.split("\t") for line in data_lines(package, name)]
