"""Write a synthetic build folder: N events over 50 years and 11 types, for the dashboard benchmark.

    python bench/generate_events.py OUT_DIR [--events 100000] [--documents 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

TYPES = ["attack", "security", "disaster", "politics", "diplomacy", "justice", "sports", "culture", "economy",
         "health", "other"]
WORDS = ("council minister flood court election summit festival market hospital bridge storm treaty verdict "
         "museum vaccine strike police rescue league budget").split()


def make_events(count: int, documents: int, seed: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rng = random.Random(seed)
    first = date(1975, 1, 1)
    docs = [{"id": f"doc-{d}", "title": f"Generated article {d}", "published": None, "source": "bench", "url": "",
             "path": "", "counts": {"sentences": 0, "timexes": 0, "events": 0}} for d in range(documents)]
    events = []
    for i in range(count):
        start = first + timedelta(days=rng.randrange(50 * 365))
        kind = rng.random()
        end = start if kind < 0.7 else start + timedelta(days=rng.choice([6, 30, 90, 364, 800]))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))
        sentence = f"On {start.isoformat()}, the {words} happened, officials said, in a sentence of ordinary length."
        doc = docs[i % documents]
        events.append({
            "id": f"e{i:06d}", "doc": doc["id"], "doc_title": doc["title"], "start": start.isoformat(),
            "end": end.isoformat(), "granularity": "day" if start == end else "open",
            "value": start.isoformat(), "approximate": rng.random() < 0.1, "expression": start.isoformat(),
            "sentence": sentence, "context": "", "title": words.capitalize(), "type": rng.choice(TYPES),
            "rule": "bench", "mentions": [], "sources": [doc["id"]],
        })
    events.sort(key=lambda e: (e["start"], e["end"]))
    return events, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    events, docs = make_events(args.events, args.documents, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "events.json").write_text(json.dumps(events), encoding="utf-8")
    (args.out / "documents.json").write_text(json.dumps(docs), encoding="utf-8")
    print(f"{len(events):,} events, {len(docs):,} documents -> {args.out}")


if __name__ == "__main__":
    main()
