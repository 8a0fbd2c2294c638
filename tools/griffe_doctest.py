# SPDX-License-Identifier: MIT
"""Griffe extension for the docs site: doctest examples in docstrings render as code.

The house style puts a doctested example in each module docstring as bare
``>>>`` lines; Markdown would read them as block quotes. This fences each
example (the ``>>>`` line up to the next blank line, as doctest reads it) as a
``pycon`` block. mkdocs.yml loads it for mkdocstrings; nothing imports it at
run time.
"""

from __future__ import annotations

from typing import Any

import griffe

FENCE = "```"


def fence_doctests(text: str) -> str:
    """Wrap each doctest example of ``text`` that is not already fenced in a pycon fence."""
    out: list[str] = []
    lines = text.splitlines()
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(FENCE):
            fenced = not fenced
        if fenced or not line.lstrip().startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}{FENCE}pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}{FENCE}")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every docstring before it is parsed."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ARG002, ANN401
        """Rewrite the docstring of each loaded object."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
