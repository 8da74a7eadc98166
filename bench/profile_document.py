"""Where the per-document work goes: cProfile over analyse_document on generated articles.

    python bench/profile_document.py [--articles 2000] [--top 15]

Prints the share of tagging (timeline.tagger.tag), sentence splitting (split_sentences), boilerplate marking and
event building (everything else in analyse_document: clauses, titles, typing, merging mentions; the typing of the
clauses is also given on its own), articles per second on one core without the profiler, and the functions with the
most own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate_corpus  # noqa: E402

from timeline.events import analyse_document  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.taxonomy import default_taxonomy  # noqa: E402

STAGES = [("tagging", "tagger.py", "tag"), ("sentence splitting", "sentences.py", "split_sentences"),
          ("boilerplate marking", "documents.py", "boilerplate_spans")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(5)
    docs = []
    for i in range(args.articles):
        record = generate_corpus.article(i, rng)
        docs.append(Document(record["id"], record["text"], date.fromisoformat(record["published"]), record["title"]))
    taxonomy = default_taxonomy()
    for doc in docs[:50]:  # one-time costs out of the timed pass: rules compiled, word lists and the lemmatiser's
        analyse_document(doc, taxonomy)  # tables loaded (one article does not reach every lazy load)
    start = time.process_time()
    for doc in docs:
        analyse_document(doc, taxonomy)
    plain = time.process_time() - start
    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        analyse_document(doc, taxonomy)
    profile.disable()
    stats = pstats.Stats(profile)
    raw = stats.stats  # type: ignore[attr-defined]
    total = next(v[3] for k, v in raw.items() if k[2] == "analyse_document")
    print(f"{args.articles:,} generated articles, one core: {args.articles / plain:,.0f} articles per CPU second "
          f"without the profiler ({plain / args.articles * 1000:.2f} ms an article)")
    print("| stage | share of analyse_document |")
    print("|---|---:|")
    rest = total
    for name, filename, function in STAGES:
        spent = sum(v[3] for k, v in raw.items() if k[0].endswith(filename) and k[2] == function)
        rest -= spent
        print(f"| {name} | {spent / total:.0%} |")
    print(f"| event building (clauses, titles, types, mentions) | {rest / total:.0%} |")
    # the typing of clauses is called from event building (events.py _Typer.type); its share is part of the row above
    typing = sum(v[3] for k, v in raw.items() if k[0].endswith("events.py") and k[2] == "type")
    print(f"| of which typing the clauses (`_Typer.type`) | {typing / total:.0%} |")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    at = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
    print(f"top {args.top} functions by own time (profiled run):")
    for line in lines[at:]:
        print("    " + line.replace(str(Path(__file__).resolve().parents[1]) + "/", ""))


if __name__ == "__main__":
    main()
