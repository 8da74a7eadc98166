"""Write a synthetic news corpus for the build benchmarks: N articles as .jsonl files of 2,000 lines each.

    python bench/generate_corpus.py OUT_DIR [--articles 100000] [--seed 3]

Each article is bench_store.py's generated article (dated sentences: weekdays, days of a month, years, "last week",
"next month", "a year earlier", "since 2012", ranges "from May 3 to June 9") with a few more wordings, over six
event kinds. Files stay under the 5 MB a file the local build accepts, so both engines read the same input.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store  # noqa: E402  (the shared article generator)

EXTRA = [
    "Two days ago, {org} inspectors closed the {thing} after cracks were found.",
    "The {org} expects the {thing} to reopen in early {month}, a spokesman said.",
    "Between {year} and {year2}, the {region} lost a third of its farms to drought.",
    "Voters in the {region} go to the polls on {weekday}, three weeks after the {thing} vote.",
    "The {thing} trial is set to last from {month} {day} until the end of {month2}.",
    "Police arrested {num} people on {weekday} night after clashes near the {thing}.",
    "By the end of the decade, the {org} wants the {thing} paid for in full.",
]
PER_FILE = 2000


def article(i: int, rng: random.Random) -> dict[str, str]:
    text = bench_store.article(i, rng)
    head, body = text.split("---\n", 2)[1:]
    published = head.split("published: ")[1].strip()
    extra = []
    for _ in range(rng.randint(0, 3)):
        fields = {k: rng.choice(v) for k, v in bench_store.WORDS.items()}
        year = rng.randint(1990, 2012)
        fields.update(day=rng.randint(1, 28), year=year, year2=year + rng.randint(1, 8), num=rng.randint(2, 90))
        extra.append(rng.choice(EXTRA).format(**fields))
    sentences = body.strip().split(". ")
    for sentence in extra:
        sentences.insert(rng.randrange(len(sentences) + 1), sentence.rstrip("."))
    return {"id": f"a{i:07d}", "title": f"Generated article {i}", "published": published,
            "text": ". ".join(s.rstrip(".") for s in sentences) + "."}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    size = 0
    for first in range(0, args.articles, PER_FILE):
        lines = [json.dumps(article(i, rng), ensure_ascii=False)
                 for i in range(first, min(args.articles, first + PER_FILE))]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        size += len(data)
        (args.out / f"corpus-{first // PER_FILE:04d}.jsonl").write_bytes(data)
    print(f"{args.articles:,} articles, {size / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
