# SPDX-License-Identifier: MIT
"""Maps: GeoJSON of the place mentions with coordinates."""

import json

from hypothesis import given

import conflictnorm as cn
from conflictnorm.models import Document, Mention, Place
from conflictnorm.strategies import documents


def _doc() -> Document:
    places = [
        Place(name="Kupiansk", feature="city", lat=49.71003, lon=37.61581),
        Place(name="Oskil", feature="river"),
        Place(name="Kyiv", feature="city", lat=50.45466, lon=30.5238),
    ]
    text = "Kupiansk Oskil Kyiv 5"
    mentions, at = [], 0
    for p in places:
        mentions.append(Mention(text=p.name, start=at, end=at + len(p.name), value=p))
        at += len(p.name) + 1
    count = Mention(text="5", start=20, end=21, value=cn.Count(value=5.0))
    return Document(text=text, mentions=(*mentions, count))


def test_points_are_lon_lat() -> None:
    """Each feature is a Point at [lon, lat], as RFC 7946 orders them."""
    fc = _doc().__geo_interface__
    expected = [[37.61581, 49.71003], [30.5238, 50.45466]]
    assert expected == [f["geometry"]["coordinates"] for f in fc["features"]]


def test_properties_are_the_record() -> None:
    """A feature's properties are its mention's record dict."""
    doc = _doc()
    assert doc[0].to_dict() == doc.__geo_interface__["features"][0]["properties"]


def test_places_without_coordinates_are_counted() -> None:
    """Places without coordinates are left out and counted; other kinds are ignored."""
    fc = _doc().__geo_interface__
    assert ("FeatureCollection", 2, 1) == (
        fc["type"],
        len(fc["features"]),
        fc["without_coordinates"],
    )


def test_to_geojson_is_the_interface_as_text() -> None:
    """to_geojson() is __geo_interface__ written as JSON."""
    doc = _doc()
    assert doc.__geo_interface__ == json.loads(doc.to_geojson())


def test_empty_document() -> None:
    """A document without places is an empty FeatureCollection."""
    expected = {"type": "FeatureCollection", "features": [], "without_coordinates": 0}
    assert expected == cn.normalize("55 drones").__geo_interface__


@given(documents())
def test_every_valid_document_writes_geojson(doc: Document) -> None:
    """Any valid document gives GeoJSON with a feature per located place."""
    located = [m for m in doc if m.kind == "place" and m.value.lat is not None]  # type: ignore[union-attr]
    assert len(located) == len(json.loads(doc.to_geojson())["features"])
