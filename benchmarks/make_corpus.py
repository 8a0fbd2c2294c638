# SPDX-License-Identifier: MIT
"""Write the benchmark corpus: 48 conflict-news articles of 1 to 8 KB.

The sentences below were written for this benchmark in the styles of wire,
ISW, state-media, tabloid and translated reporting; each article draws a
different mix of them (seeded, so the corpus is the same on every machine),
with its own dateline. Run ``python benchmarks/make_corpus.py`` to rewrite
``benchmarks/corpus/``; the files are committed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

OUT = Path(__file__).parent / "corpus"

PLACES = [
    "Kupyansk", "Kupiansk", "Kharkov", "Kharkiv", "Zaporozhye", "Zaporizhzhia", "Pokrovsk",
    "Krasnoarmeysk", "Myrnohrad", "Mirnograd", "Bakhmut", "Artemovsk", "Chasiv Yar",
    "Toretsk", "Sloviansk", "Slavyansk", "Kramatorsk", "Kostiantynivka", "Izium", "Izyum",
    "Lyman", "Siversk", "Vovchansk", "Kherson", "Odesa", "Odessa", "Dnipro", "Sumy",
    "Velyka Novosilka", "Huliaipole", "Orikhiv", "Robotyne", "Avdiivka", "Avdeyevka",
    "Kupiansk-Vuzlovyi", "Borova", "Lyptsi", "Kreminna", "Siverskodonetsk", "Lysychansk",
]  # fmt: skip
REGIONS = [
    "Donetsk region", "Kharkiv region", "Zaporizhzhia region", "Kherson Oblast",
    "Dnipropetrovsk Oblast", "Sumy region", "Luhansk region", "Kursk region",
    "Belgorod region", "Odesa region",
]  # fmt: skip
PEOPLE = [
    "Ukrainian commander-in-chief Oleksandr Syrskyi", "President Volodymyr Zelensky",
    "Governor Oleh Syniehubov", "Russian milblogger Yevgeny Poddubny",
    "the General Staff", "Kremlin spokesman Dmitry Peskov", "Mayor Ihor Terekhov",
    "the regional military administration", "ISW", "the Russian Defense Ministry",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOUNS = ["drones", "missiles", "soldiers", "civilians", "people", "troops", "tanks",
         "servicemen", "settlements", "villages", "residents", "shells", "guided bombs"]  # fmt: skip
AMOUNTS = ["about 300", "more than 1,500", "nearly 500", "at least 34", "up to 205",
           "several hundred", "dozens of", "hundreds of", "two", "seven", "a dozen", "93",
           "1.2 million", "some 10,000", "between 20 and 30", "fewer than 7,000"]  # fmt: skip
DISTANCES = ["about 10 km (6 miles)", "four miles", "some 20 kilometres", "up to 35 kilometres",
             "a few kilometres", "more than 3,000 square kilometers (1,160 square miles)",
             "50 kilometers (31 miles)", "a 30-mile front", "8.6 km", "within six miles",
             "about 1,000 square kilometres", "1,200 metres", "a 10-km stretch"]  # fmt: skip
PERCENTS = ["roughly 19 percent", "85%", "about 60 per cent", "4.5 percentage points",
            "just under 20%", "between 10 and 15 percent", "nearly 7%", "19,5 percent"]  # fmt: skip
DATES = ["on Monday", "last week", "on Nov. 10", "three years ago", "yesterday", "overnight",
         "earlier this month", "since the beginning of the year", "in recent days",
         "in February 2022", "on 24 February 2022", "for more than a year",
         "about seven months", "the past 24 hours", "in the coming weeks", "late last year",
         "this morning", "overnight into Saturday", "in 2014", "since 10 October"]  # fmt: skip

TEMPLATES = [
    "{P1}, {N} {P2}, {WHO} said {D}.",
    "Russian forces launched {A} {NOUN} against {PLACE} {D}, {WHO} said.",
    "Fighting raged around {PLACE}, {DIST} to the southeast, where troops have held out {DUR}.",
    "{WHO} said {D} that {A} {NOUN} remained inside {PLACE}.",
    "Russia controls {PCT} of Ukraine, up from {PCT2} at the start of 2025.",
    "Geolocated footage published {D} indicates that Russian forces advanced near {PLACE} "
    "in the {REGION}.",
    "Ukrainian air defences shot down {A} {NOUN} over the {REGION} {D}.",
    "The city, which Russian authorities call {PLACE}, lies {DIST} from the front line.",
    "Moscow's defence ministry claimed {D} that its units controlled {PCT} of {PLACE}, "
    "a claim that could not be verified.",
    "Electricity output is down {PCT} from a year ago, officials said, while {A} {NOUN} "
    "were repaired in {PLACE}.",
    "A Russian strike on {PLACE} killed {A} {NOUN} and injured {A2} {NOUN2} {D}.",
    "Residents of {PLACE} said the shelling had lasted {DUR}, and that {A} {NOUN} had left.",
    "KYIV, {DATELINE} - Troops pushed into the outskirts of {PLACE}, a railway hub on the "
    "Oskil River, {WHO} said {D}.",
    "The front line stretches for roughly 1,000 km (620 miles), from the {REGION} to the "
    "{REGION2}.",
    "In {PLACE}, where the pre-war population was about 60,000, fewer than 7,000 people remain.",
    "The 1486th Motorized Rifle Regiment and elements of the 5th Combined Arms Army were "
    "seen near {PLACE} {D}.",
    "Ukraine's army said it had retaken {DIST} around {PLACE} {D}.",
    "Officials said {A} {NOUN} were evacuated from border districts of the {REGION} "
    "{D} as Mi-8 helicopters and S-300 systems were moved.",
    "The Kyiv Post and the Kyiv Independent reported that {WHO} visited {PLACE} {D}.",
    "Glide bombs weighing up to 1,500kg hit {PLACE} {D}, leaving {A} {NOUN} without power.",
    "Between {D2} and now, Russia has lost around 972,000 servicemen, the General Staff said.",
    "Convoys moved at 40 km/h along a road {DIST} north of {PLACE}.",
    "Prices rose by 12 percent and grain exports through {PLACE} fell to 2.5 million tonnes.",
    "{PLACE} and {PLACE2} came under fire {D}; {A} {NOUN} were reported.",
    "Talks are due to resume next Tuesday in Istanbul, Turkey, diplomats in Berlin said.",
]


def _fill(rng: random.Random, template: str, dateline: dt.date) -> str:
    def pick(xs: list[str]) -> str:
        return rng.choice(xs)

    return template.format(
        P1=pick(PLACES), P2=pick(REGIONS), N="in the", WHO=pick(PEOPLE), D=pick(DATES),
        D2=pick(DATES), A=pick(AMOUNTS), A2=pick(AMOUNTS), NOUN=pick(NOUNS), NOUN2=pick(NOUNS),
        PLACE=pick(PLACES), PLACE2=pick(PLACES), REGION=pick(REGIONS), REGION2=pick(REGIONS),
        DIST=pick(DISTANCES), DUR=pick(["for more than a year", "about seven months",
        "for 10 days", "for weeks"]), PCT=pick(PERCENTS), PCT2=pick(PERCENTS),
        DATELINE=dateline.strftime("%b %d"),
    )  # fmt: skip


def main() -> None:
    """Write the corpus files, each named with its dateline."""
    rng = random.Random(20251113)  # noqa: S311 - a fixed corpus, not security
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    start = dt.date(2022, 2, 24)
    for i in range(48):
        dateline = start + dt.timedelta(days=rng.randrange(0, 1400))
        target = rng.choice([1_000, 2_000, 3_000, 5_000, 7_500])
        paragraphs, size = [], 0
        while size < target:
            sentences = [
                _fill(rng, rng.choice(TEMPLATES), dateline) for _ in range(rng.randint(2, 5))
            ]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        text = "\n\n".join(paragraphs) + "\n"
        (OUT / f"{dateline.isoformat()}-article-{i:02d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
