# SPDX-License-Identifier: MIT
"""Place mentions as GeoJSON (RFC 7946) for maps.

Each place mention with coordinates becomes a Point feature at ``[lon, lat]``
(GeoJSON's order) whose properties are the mention's record; mentions without
coordinates are left out and counted in the foreign member
``without_coordinates``.

More information: https://www.rfc-editor.org/rfc/rfc7946 (GeoJSON),
https://gist.github.com/sgillies/2217756 (the ``__geo_interface__`` protocol).

>>> import conflictnorm as cn
>>> fc = feature_collection(cn.normalize("From Kyiv to the Oskil river."))
>>> [f["properties"]["name"] for f in fc["features"]], fc["without_coordinates"]
(['Kyiv'], 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conflictnorm.models import Document

__all__ = ["feature_collection"]


def feature_collection(doc: Document) -> dict[str, Any]:
    """The place mentions of ``doc`` that have coordinates, as a FeatureCollection dict."""
    features = []
    without = 0
    for m in doc.mentions:
        if m.kind != "place":
            continue
        record = m.to_dict()
        lat, lon = record["lat"], record["lon"]
        if lat is None or lon is None:
            without += 1
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": record,
            }
        )
    return {"type": "FeatureCollection", "features": features, "without_coordinates": without}
