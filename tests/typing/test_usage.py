# SPDX-License-Identifier: MIT
"""The public API used as a user would; mypy --strict checks the types here."""

import datetime as dt

import conflictnorm as cn


def test_public_api_types() -> None:
    """Every public entry point returns the record its annotation promises."""
    doc: cn.Document = cn.normalize("55 drones hit Kupyansk on Monday.", dt.date(2025, 11, 12))
    first: cn.Mention = doc.mentions[0]
    record: dict[str, object] = first.to_dict()
    place: cn.Place = cn.place("Kupyansk")
    when: cn.DateValue = cn.date("on Monday", published="2025-11-12")
    far: cn.Quantity = cn.quantity("four miles")
    share: cn.Percent = cn.percent("19.1 per cent")
    many: cn.Count = cn.count("about 300 soldiers")
    text: str = cn.render(far)
    docs: list[cn.Document] = list(
        cn.normalize_many(["19%"], options=cn.Options(kinds={"percent"}))
    )
    assert record["kind"] == "count"
    assert (place.name, when.value, share.value, many.value) == (
        "Kupiansk",
        "2025-11-10",
        19.1,
        300.0,
    )
    assert text.startswith("4 miles")
    assert docs[0].mentions[0].kind == "percent"
