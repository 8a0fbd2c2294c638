# SPDX-License-Identifier: MIT
"""The JSON Schema (Draft 2020-12) of a document's JSON, shipped with the package.

The schema describes the text `conflictnorm.Document.to_json` writes: the
document, its mentions, and each kind's fields with their types and allowed
values. Validate with any Draft 2020-12 validator, for instance ``jsonschema``:

>>> import json
>>> import jsonschema
>>> import conflictnorm as cn
>>> doc = cn.normalize("About 40 drones hit Kupyansk on Monday.", published="2025-11-12")
>>> jsonschema.Draft202012Validator(cn.json_schema()).validate(json.loads(doc.to_json()))

More information: https://json-schema.org/draft/2020-12 and docs/schema.md.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

__all__ = ["json_schema"]


@functools.cache
def _schema_text() -> str:
    return files("conflictnorm").joinpath("data", "document.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of `Document.to_json` output, as a new dict.

    The schema of one mention is ``json_schema()["$defs"]["mention"]``.

    >>> import conflictnorm as cn
    >>> schema = cn.json_schema()
    >>> schema["$schema"], sorted(schema["properties"])
    ('https://json-schema.org/draft/2020-12/schema', ['mentions', 'published', 'text'])

    Raises:
        OSError: the package data file is missing (a broken installation).
    """
    result: dict[str, Any] = json.loads(_schema_text())
    return result
