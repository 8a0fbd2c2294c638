# SPDX-License-Identifier: MIT
"""The token layer: one pass over the text that every kind reads."""

from conflictnorm.text._lexicon import Tag, lexicon, tag_names
from conflictnorm.text._tokens import (
    LOOKALIKES,
    Shape,
    Tokens,
    fold_lookalikes,
    tokenize,
)

__all__ = [
    "LOOKALIKES",
    "Shape",
    "Tag",
    "Tokens",
    "fold_lookalikes",
    "lexicon",
    "tag_names",
    "tokenize",
]
