"""Tagging and event building on adversarial text: 1 MB and 10 MB, to show the cost grows linearly.

    python bench/bench_adversarial.py [--mb 1]

The text repeats digits, long digit runs, month and weekday words, ranges ("from ... to"), partial dates and
sentences without full stops — the inputs that make regular expressions backtrack or pairings go quadratic.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.events import events_for_document  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.tagger import tag  # noqa: E402

PIECES = [
    "1999", "2024", "12", "3", "31", "0" * 40, "9" * 200, "1234567890" * 5, "May", "March", "June", "Monday", "Friday",
    "from", "to", "between", "and", "since", "until", "-", "–", "/", ",", "the", "of", "last", "next", "week", "year",
    "ago", "later", "days", "three months away", "the 1990s", "Q3", "a.m.", "10:35", "'80s", "mid-", "early", "fiscal",
    "July 26 to August 11", "1998-99", "3-5 March", "every", "Tuesday nights", "Christmas",
]


def adversarial(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(PIECES)
        sep = rng.choice([" ", " ", " ", ", ", ". ", "\n"])
        parts.append(piece + sep)
        length += len(piece) + len(sep)
    return "".join(parts)[:size]


def timed(text: str) -> tuple[float, float, int, int]:
    start = time.perf_counter()
    timexes = tag(text, date(2024, 3, 28))
    tagging = time.perf_counter() - start
    start = time.perf_counter()
    events = events_for_document(Document("adversarial", text, date(2024, 3, 28)))
    building = time.perf_counter() - start
    return tagging, building, len(timexes), len(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    small = adversarial(int(args.mb * 1_000_000))
    large = adversarial(int(args.mb * 10_000_000))
    rows = [(f"{len(small) / 1e6:g} MB", *timed(small)), (f"{len(large) / 1e6:g} MB", *timed(large))]
    print("| adversarial text | tag (s) | build events (s) | expressions | events |")
    print("|---|---:|---:|---:|---:|")
    for label, tagging, building, timexes, events in rows:
        print(f"| {label} | {tagging:.2f} | {building:.2f} | {timexes:,} | {events:,} |")
    print(f"10x the text: tagging takes {rows[1][1] / rows[0][1]:.1f}x the time, "
          f"building events {rows[1][2] / rows[0][2]:.1f}x")


if __name__ == "__main__":
    main()
