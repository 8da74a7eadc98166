"""Adding articles to the store: articles per second and the store's size.

    python bench/bench_store.py [--articles 10000]

Writes N generated news-like articles (about 1 KB each, several dates each) as .txt files, then times
`python -m timeline add DIR --db NEW.sqlite` (all cores) and, on a tenth of them, the same with --jobs 1.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = [
    "The {org} said on {weekday} that it would {verb} the {thing} by {month} {day}.",
    "Talks on the {thing} collapsed last week, {days} days after the {org} walked out.",
    "Floods hit the {region} on {month} {day}, {year}, and rescuers worked through the night.",
    "The court will rule on the {thing} next month; the trial opened in {year}.",
    "Since {year}, the {org} has doubled its budget, officials said on {weekday}.",
    "The festival runs from {month} {day} to {month2} {day2} and expects record crowds.",
    "Prices rose {num} percent in the third quarter, a year earlier they had fallen.",
]
WORDS = {
    "org": ["council", "ministry", "union", "league", "central bank", "commission"],
    "verb": ["close", "review", "approve", "suspend", "reopen"],
    "thing": ["bridge", "budget", "treaty", "stadium", "merger", "ceasefire"],
    "region": ["north", "south-west", "valley", "coast"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "month": ["January", "March", "May", "July", "September", "November"],
    "month2": ["February", "April", "June", "August", "October", "December"],
}


def article(i: int, rng: random.Random) -> str:
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
    lines = []
    for _ in range(rng.randint(5, 9)):
        fields = {k: rng.choice(v) for k, v in WORDS.items()}
        fields.update(day=rng.randint(1, 28), day2=rng.randint(1, 28), year=rng.randint(1990, 2014),
                      days=rng.randint(2, 30), num=rng.randint(1, 9))
        lines.append(rng.choice(TEMPLATES).format(**fields))
    return f"---\ntitle: Generated article {i}\npublished: {published.isoformat()}\n---\n" + " ".join(lines) + "\n"


def add(folder: Path, db: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "add", str(folder), "--db", str(db), "--jobs", str(jobs)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        size = 0
        for i in range(args.articles):
            text = article(i, rng)
            size += len(text.encode())
            (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        small = Path(tmp) / "small"
        small.mkdir()
        for path in sorted(folder.iterdir())[: max(1, args.articles // 10)]:
            (small / path.name).write_bytes(path.read_bytes())
        cores = os.cpu_count() or 1
        all_cores = add(folder, Path(tmp) / "all.sqlite", cores)
        one_core = add(small, Path(tmp) / "one.sqlite", 1)
        store_mb = sum(p.stat().st_size for p in Path(tmp).glob("all.sqlite*")) / 1e6
    n_small = max(1, args.articles // 10)
    print(f"{args.articles:,} generated articles, {size / 1e6:.1f} MB of text; whole `python -m timeline add` runs")
    print("| run | articles | seconds | articles/s |")
    print("|---|---:|---:|---:|")
    print(f"| all {cores} cores | {args.articles:,} | {all_cores:.1f} | {args.articles / all_cores:,.0f} |")
    print(f"| --jobs 1 | {n_small:,} | {one_core:.1f} | {n_small / one_core:,.0f} |")
    print(f"store size: {store_mb:.1f} MB for {args.articles:,} articles ({store_mb * 1e6 / args.articles / 1e3:.1f} "
          "KB an article, text and events)")


if __name__ == "__main__":
    main()
