# SPDX-License-Identifier: MIT
"""The JSON Schema: it accepts every document we write and rejects malformed ones."""

import json
import re
from pathlib import Path
from typing import Any, get_args

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflictnorm as cn
from conflictnorm import models
from conflictnorm.models import Document, Mention
from conflictnorm.strategies import documents, json_values, mentions

ROOT = Path(__file__).resolve().parents[1]
# The evaluation sets live beside the project, not in it: their texts are held out.
EVAL = ROOT.parent / "shared" / "eval"
EXAMPLE = ROOT / "docs" / "examples" / "2025-11-13-kupiansk.txt"
VALIDATOR = jsonschema.Draft202012Validator(cn.json_schema())


def _eval_items() -> list[Any]:
    items = []
    for name in ("dev.jsonl", "real_dev.jsonl"):
        path = EVAL / name
        if not path.exists():
            items.append(pytest.param(None, id=name, marks=pytest.mark.skip(f"no {path}")))
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            items.append(pytest.param(record, id=record["id"]))
    return items


def _errors(instance: object) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(instance)]


def test_schema_is_valid_draft_2020_12() -> None:
    """The shipped schema is itself a valid Draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(cn.json_schema())


def test_json_schema_returns_a_fresh_dict() -> None:
    """Changing the returned dict does not change the next one."""
    cn.json_schema()["title"] = "changed"
    assert "conflictnorm document" == cn.json_schema()["title"]


@pytest.mark.parametrize("record", _eval_items())
def test_eval_outputs_validate(record: dict[str, Any]) -> None:
    """Every document normalized from the dev sets validates against the schema."""
    doc = cn.normalize(record["text"], published=record.get("published"))
    assert [] == _errors(json.loads(doc.to_json()))


def test_bundled_example_validates() -> None:
    """The example article's document validates (runs where the dev sets are absent)."""
    doc = cn.normalize(EXAMPLE.read_text(encoding="utf-8"), published="2025-11-13")
    assert [] == _errors(json.loads(doc.to_json()))


@given(documents())
def test_generated_documents_validate(doc: Document) -> None:
    """Every valid document the strategies draw validates against the schema."""
    assert [] == _errors(json.loads(doc.to_json()))


GOOD: dict[str, Any] = {
    "kind": "count", "text": "2 tanks", "start": 0, "end": 7, "mod": None,
    "value": 2.0, "low": None, "high": None, "noun": "tanks",
}  # fmt: skip
PLACE: dict[str, Any] = {
    "kind": "place", "text": "Kyiv", "start": 0, "end": 4, "mod": None, "name": "Kyiv",
    "feature": "city", "country": "UA", "admin1": "Kyiv", "id": None, "lat": 50.45,
    "lon": 30.52, "native": None, "match": "exact", "score": 1.0,
}  # fmt: skip
DATE: dict[str, Any] = {
    "kind": "date", "text": "May", "start": 0, "end": 3, "mod": None, "type": "date",
    "value": "2025-05", "granularity": "month", "range": ["2025-05-01", "2025-05-31"],
    "anchored": False, "note": None,
}  # fmt: skip
QUANTITY: dict[str, Any] = {
    "kind": "quantity", "text": "4 miles", "start": 0, "end": 7, "mod": None,
    "dimension": "length", "value": 6.437376, "unit": "km", "low": None, "high": None,
    "original": {"value": 4.0, "unit": "mile"}, "note": None, "direction": None,
}  # fmt: skip


@pytest.mark.parametrize("record", [GOOD, PLACE, DATE, QUANTITY])
def test_good_records_validate(record: dict[str, Any]) -> None:
    """The hand-written records of each kind validate (the rejections below can fail)."""
    assert [] == _errors({"text": "x" * 10, "published": None, "mentions": [record]})


def _without(d: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != key}


MALFORMED: list[tuple[str, dict[str, Any], str]] = [
    ("wrong kind", {**GOOD, "kind": "thing"}, "kind"),
    ("kind of other fields", {**GOOD, "kind": "percent"}, "unit"),
    ("missing value", _without(GOOD, "value"), "value"),
    ("missing mod", _without(GOOD, "mod"), "mod"),
    ("string value", {**GOOD, "value": "2"}, "value"),
    ("boolean value", {**GOOD, "value": True}, "value"),
    ("negative start", {**GOOD, "start": -1}, "start"),
    ("fractional offset", {**GOOD, "end": 7.5}, "end"),
    ("bad mod", {**GOOD, "mod": "sort_of"}, "mod"),
    ("empty text", {**GOOD, "text": ""}, "text"),
    ("field of another kind", {**GOOD, "name": "Kyiv"}, "name"),
    ("unknown feature", {**PLACE, "feature": "planet"}, "feature"),
    ("lowercase country", {**PLACE, "country": "ua"}, "country"),
    ("latitude 91", {**PLACE, "lat": 91.0}, "lat"),
    ("latitude without longitude", {**PLACE, "lon": None}, "lon"),
    ("score above 1", {**PLACE, "score": 1.5}, "score"),
    ("unknown match", {**PLACE, "match": "close"}, "match"),
    ("month 13", {**DATE, "value": "2025-13"}, "value"),
    ("granularity of another value", {**DATE, "granularity": "day"}, "granularity"),
    ("range of one day", {**DATE, "range": ["2025-05-01"]}, "range"),
    ("range not dates", {**DATE, "range": ["May", "June"]}, "range"),
    ("anchored as text", {**DATE, "anchored": "yes"}, "anchored"),
    ("range of a ref", {**DATE, "value": "PAST_REF", "granularity": None}, "range"),
    ("duration with a date granularity", {**DATE, "type": "duration", "value": "PT7H",
                                          "granularity": "day", "range": None}, "granularity"),
    ("unit of another dimension", {**QUANTITY, "unit": "kg"}, "unit"),
    ("original without unit", {**QUANTITY, "original": {"value": 4.0}}, "unit"),
    ("unknown direction", {**QUANTITY, "direction": "up"}, "direction"),
    ("percent in permille", {**_without(GOOD, "noun"), "kind": "percent", "unit": "permille"},
     "unit"),
]  # fmt: skip


def _blamed(instance: object) -> set[str]:
    """Every field an error (or a sub-error of anyOf) points at or names."""
    found: set[str] = set()
    todo = list(VALIDATOR.iter_errors(instance))
    while todo:
        e = todo.pop()
        found.update(str(p) for p in e.absolute_path)
        found.update(re.findall(r"'(\w+)'", e.message))
        todo.extend(e.context or ())
    return found


@pytest.mark.parametrize(("why", "record", "field"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_schema_rejects_malformed_records(why: str, record: dict[str, Any], field: str) -> None:
    """A record outside the contract fails validation, and an error names the field."""
    doc = {"text": "x" * 10, "published": None, "mentions": [record]}
    assert field in _blamed(doc)


@pytest.mark.parametrize(
    "doc",
    [
        {"text": "", "mentions": []},
        {"text": "", "published": "12/11/2025", "mentions": []},
        {"text": "", "published": None, "mentions": {}},
        {"text": 5, "published": None, "mentions": []},
        {"text": "", "published": None, "mentions": [], "extra": 1},
    ],
)
def test_schema_rejects_malformed_documents(doc: dict[str, Any]) -> None:
    """A document object outside the contract fails validation."""
    assert _errors(doc)


def _enum(schema: dict[str, Any]) -> set[Any]:
    return set(schema["enum"]) - {None}


def test_schema_lists_the_literal_types() -> None:
    """The schema's enumerations are the records' Literal types."""
    defs = cn.json_schema()["$defs"]
    assert [
        set(get_args(models.Mod)),
        set(get_args(models.Kind)),
        set(get_args(models.Feature)),
        set(get_args(models.Match)),
        set(get_args(models.Granularity)),
        set(get_args(models.DateType)),
        set(get_args(models.Dimension)),
        set(get_args(models.PercentUnit)),
        set(get_args(models.Direction)),
    ] == [
        _enum(defs["mod"]),
        _enum(defs["mention"]["properties"]["kind"]),
        _enum(defs["place"]["properties"]["feature"]),
        _enum(defs["place"]["properties"]["match"]),
        _enum(defs["date"]["properties"]["granularity"]),
        _enum(defs["date"]["properties"]["type"]),
        _enum(defs["quantity"]["properties"]["dimension"]),
        _enum(defs["percent"]["properties"]["unit"]),
        _enum(defs["quantity"]["properties"]["direction"]),
    ]


@given(mentions(), st.data())
def test_schema_accepts_what_from_dict_accepts(m: Mention, data: st.DataObject) -> None:
    """A record with one field replaced that from_dict accepts also validates."""
    d = m.to_dict()
    key = data.draw(st.sampled_from(sorted(d)))
    d[key] = data.draw(json_values())
    try:
        Mention.from_dict(d)
    except cn.ConflictNormError:
        return
    assert [] == _errors({"text": "", "published": None, "mentions": [json.loads(json.dumps(d))]})
