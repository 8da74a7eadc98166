"""The data layer on big data: a Parquet build of 10,000,000 events (DuckDB) and a store of 1,000,000 (SQLite).

    python bench/bench_query.py OUT_DIR [--events 10000000] [--store-events 1000000]

Writes the Parquet build directly with pyarrow (10 parts; not through the tagger: only the query side is measured
here) and, if asked, a store with the same kind of events (measured twice: the first open after a change writes the
store's merged view, a later one reads it), then measures in a fresh process each what the
dashboard asks: the first overview (total, type counts, date bounds, counts per time bin and type, the first table
page), a change of the type filter, a text search, and one event with its mentions; and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.distributed import DOCUMENT_SCHEMA, EVENT_SCHEMA, write_part  # noqa: E402
from timeline.query import SORTED, SORTED_FILE, _sorted_fresh, _words_fresh, write_sorted, write_word_index  # noqa: E402
from timeline.timeline_data import Filters  # noqa: E402

TYPES = ["attack", "security", "disaster", "politics", "diplomacy", "justice", "sports", "culture", "economy",
         "health", "other"]
WORDS = ("council minister flood court election summit festival market hospital bridge storm treaty verdict museum "
         "vaccine strike police rescue league budget harbour railway drought tariff border senate mayor union "
         "airport wildfire protest ceasefire merger stadium pension refinery shipyard cathedral").split()
DOCUMENTS = 1_000_000
PART = 1_000_000


def _columns(first: int, count: int, rng: np.random.Generator) -> dict[str, object]:
    day0 = date(1975, 1, 1)
    offsets = rng.integers(0, 50 * 365, count)
    lengths = np.where(rng.random(count) < 0.7, 0, rng.choice([6, 30, 90, 364, 800], count))
    starts = [day0 + timedelta(days=int(o)) for o in offsets]
    ends = [s + timedelta(days=int(n)) for s, n in zip(starts, lengths, strict=True)]
    picks = rng.integers(0, len(WORDS), (count, 5))
    titles = [" ".join(WORDS[j] for j in row[: 3 + i % 3]).capitalize() for i, row in enumerate(picks)]
    docs = [f"doc-{d}" for d in rng.integers(0, DOCUMENTS, count)]
    ids = [f"e{first + i:09d}" for i in range(count)]
    sentences = [f"Officials said the {t.lower()} was reported on {s.isoformat()}, in a sentence of ordinary length."
                 for t, s in zip(titles, starts, strict=True)]
    return {
        "id": ids, "doc": docs, "doc_title": [f"Article {d[4:]}" for d in docs], "start": starts, "end": ends,
        "granularity": ["day" if s == e else "open" for s, e in zip(starts, ends, strict=True)],
        "value": [s.isoformat() for s in starts], "approximate": (rng.random(count) < 0.1).tolist(),
        "expression": [s.isoformat() for s in starts], "sentence": sentences, "context": [""] * count,
        "title": titles, "type": [TYPES[k] for k in rng.integers(0, len(TYPES), count)], "rule": ["bench"] * count,
        "mentions": [[{"doc": d, "expression": s.isoformat(), "char_start": 40, "char_end": 50, "sentence": x,
                       "sentence_start": 0}] for d, s, x in zip(docs, starts, sentences, strict=True)],
        "sources": [[d] for d in docs],
        "second_type": [TYPES[k] for k in rng.integers(0, len(TYPES), count)],
        "confidence": rng.random(count).round(2).tolist(),
        "corrected": [None] * count, "original_type": [None] * count, "original_title": [None] * count,
    }


def write_parquet(out: Path, events: int) -> None:
    """Part 0 is generated row by row; the others are part 0 with new ids, dates moved by up to 25 years either
    way and types drawn again (vectorised: ten million rows in Python would take most of an hour here)."""
    import pyarrow.compute as pc

    rng = np.random.default_rng(1)
    # each part sorted by (start, end, id), as the build writes them: the row groups' start ranges then let a
    # query for a date range or a page skip most of the file
    order = [("start", "ascending"), ("end", "ascending"), ("id", "ascending")]
    base = pa.Table.from_pydict(_columns(0, min(PART, events), rng), schema=EVENT_SCHEMA)
    write_part(base.sort_by(order), str(out / "events.parquet"), 0)
    for index, first in enumerate(range(PART, events, PART), 1):
        part = base.slice(0, min(PART, events - first))
        count = part.num_rows
        ids = pa.array([f"e{first + i:09d}" for i in range(count)])
        shift = pa.array(rng.integers(-25 * 365, 25 * 365, count).astype("int32"))
        start = pc.add(part["start"].combine_chunks().cast(pa.int32()), shift).cast(pa.date32())
        end = pc.add(part["end"].combine_chunks().cast(pa.int32()), shift).cast(pa.date32())
        kinds = pa.array(TYPES).take(pa.array(rng.integers(0, len(TYPES), count)))
        approximate = pa.array(rng.random(count) < 0.1)
        for name, column in (("id", ids), ("start", start), ("end", end), ("type", kinds),
                             ("approximate", approximate)):
            part = part.set_column(part.schema.get_field_index(name), name, column)
        write_part(part.sort_by(order), str(out / "events.parquet"), index)
    ids = [f"doc-{d}" for d in range(DOCUMENTS)]
    docs = {"id": ids, "title": [f"Article {d}" for d in range(DOCUMENTS)], "published": [None] * DOCUMENTS,
            "source": ["bench"] * DOCUMENTS, "url": [""] * DOCUMENTS, "path": [""] * DOCUMENTS,
            "counts": [{"sentences": 0, "timexes": 0, "events": 0}] * DOCUMENTS}
    write_part(pa.Table.from_pydict(docs, schema=DOCUMENT_SCHEMA), str(out / "documents.parquet"), 0)


def write_store(path: Path, events: int) -> None:
    from timeline.store import SCHEMA, SCHEMA_VERSION

    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(SCHEMA)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('seeded', '1')")
    rng = np.random.default_rng(2)
    docs = events // 10
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents (id, title, published, source, url, path, text, content_hash, "
                     "event_count, added_at) VALUES (?, ?, NULL, 'bench', '', '', '', ?, 0, '')",
                     ((f"doc-{d}", f"Article {d}", f"h{d}") for d in range(docs)))
    for first in range(0, events, PART):
        columns = _columns(first, min(PART, events - first), rng)
        rows = []
        for i in range(len(columns["id"])):  # type: ignore[arg-type]
            record = {k: v[i] for k, v in columns.items()  # type: ignore[index]
                      if k not in ("corrected", "original_type", "original_title")}
            record["doc"] = f"doc-{int(record['doc'][4:]) % docs}"
            record["sources"] = [record["doc"]]
            record["start"], record["end"] = record["start"].isoformat(), record["end"].isoformat()
            rows.append((record["doc"], record["id"], record["start"], record["end"], record["type"],
                         json.dumps(record)))
        conn.executemany('INSERT INTO events (doc, id, start, "end", type, data) VALUES (?, ?, ?, ?, ?, ?)', rows)
    conn.execute("COMMIT")
    conn.close()


def measure(location: str, no_writer: bool = False) -> None:
    """In a fresh process: open the source and ask what the dashboard asks, one step at a time. `no_writer`: a
    Parquet build opened without its background writers (a sorted page, with no sort file, would start one)."""
    from timeline.query import ParquetSource, open_source

    steps = []

    def step(name: str, action):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = action()
        steps.append((name, time.perf_counter() - start, result))

    holder = {}
    step("open", lambda: holder.setdefault("s", ParquetSource(location, index_words=False) if no_writer
                                           else open_source(location)) and "")
    source = holder["s"]

    def overview(f: Filters) -> str:
        counts = source.type_counts(f)
        bins = source.bins(f)
        page = source.events(f, limit=200)
        return f"{sum(counts.values()):,} events, {len(bins.counts):,} {bins.unit} bins, page of {len(page.rows)}"

    step("first overview (total, type counts, bounds, bins, first page)",
         lambda: f"total {source.total():,}; bounds {source.bounds(Filters())}; " + overview(Filters()))
    step("type filter: politics", lambda: overview(Filters(types=("politics",))))
    step("type filter: politics + justice, no approximate",
         lambda: overview(Filters(types=("politics", "justice"), include_approximate=False)))
    step("search 'harbour railway'", lambda: overview(Filters(text="harbour railway")))
    step("search + one decade", lambda: overview(Filters(text="cathedral", date_from=date(1990, 1, 1),
                                                         date_to=date(1999, 12, 31))))
    step("page 1 of the table, sorted by title", lambda: f"{len(source.events(Filters(), 200, 0, 'title').rows)} rows")
    step("page 1 sorted by document, descending",
         lambda: f"{len(source.events(Filters(), 200, 0, 'doc', True).rows)} rows")
    step("page 500 of the table, sorted by title",
         lambda: f"{len(source.events(Filters(), 200, 100_000, 'title').rows)} rows")
    step("page 101 sorted by title, descending, one type",
         lambda: f"{len(source.events(Filters(types=('politics',)), 200, 20_000, 'title', True).rows)} rows")
    step("page 500 sorted by document", lambda: f"{len(source.events(Filters(), 200, 100_000, 'doc').rows)} rows")
    step("one event with its mentions", lambda: f"{len((source.event('e000123456') or {}).get('mentions', []))} "
         "mentions")
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent at fork and exec, so the
    # parent's memory (it may just have written the build) would show as this process's
    rss = next((int(line.split()[1]) / 1024 for line in Path("/proc/self/status").read_text().splitlines()
                if line.startswith("VmHWM:")), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps({"steps": [[n, s, r] for n, s, r in steps], "rss_mb": rss}))


def run_measure(location: Path, no_writer: bool = False) -> dict[str, object]:
    result = subprocess.run([sys.executable, __file__, "--measure", str(location), *(["--no-writer"] if no_writer
                                                                                    else [])],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def report(title: str, measured: dict[str, object]) -> None:
    print(title)
    print("| step | seconds | answer |")
    print("|---|---:|---|")
    for name, seconds, answer in measured["steps"]:  # type: ignore[attr-defined]
        print(f"| {name} | {seconds:.2f} | {answer} |")
    print(f"peak RSS of the querying process: {measured['rss_mb']:,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--store-events", type=int, default=0)
    parser.add_argument("--sort-files", choices=("written", "absent"), default="written",
                        help="write the table's sort files for the sorts measured first (the page's later pages), "
                             "or remove them (its first page sorted that way)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--no-writer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.no_writer)
        return
    random.seed(1)
    build = args.out / "parquet"
    if not (build / "events.parquet").is_dir():
        start = time.perf_counter()
        write_parquet(build, args.events)
        print(f"wrote {args.events:,} events in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if not _words_fresh(build):
        start = time.perf_counter()
        write_word_index(build)
        print(f"wrote the word index in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    # the table's sort files: the page writes one in the background when its sort is first asked; here they are
    # either written first (the pages after that first one) or removed (that first page, the events sorted)
    asked = ("title", "doc")  # the sorts the steps below ask for
    if args.sort_files == "written":
        stale = [s for s in asked if not _sorted_fresh(build, s)]
        if stale:
            start = time.perf_counter()
            write_sorted(build, stale)
            print(f"wrote the table's sort files for {', '.join(stale)} first, as the page does after the first "
                  f"page sorted that way, in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        held = "with the sort files for title and document"
    else:
        for sort in SORTED:
            (build / SORTED_FILE.format(sort)).unlink(missing_ok=True)
        print("removed the table's sort files: the sorted pages are the first ones, before any sort file",
              file=sys.stderr)
        held = "no sort files (the sorted pages sort the events; no background writer)"
    size = sum(p.stat().st_size for p in build.rglob("*.parquet")) / 1e6
    report(f"Parquet build: {args.events:,} events, {size:,.0f} MB on disk with the summary and word index, {held}; "
           "DuckDB, 2 cores, memory limit 1 GB",
           run_measure(build, args.sort_files == "absent"))
    if args.store_events:
        store = args.out / "store.sqlite"
        if not store.exists():
            start = time.perf_counter()
            write_store(store, args.store_events)
            print(f"wrote the store in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        # the first open after the store's events changed writes the merged view (timeline.store_view); later
        # opens read it: both are measured, the first with the view removed
        from timeline.store_view import view_path

        view = view_path(store)
        view.unlink(missing_ok=True)
        first = run_measure(store)
        size = f"{store.stat().st_size / 1e6:,.0f} MB, its merged view {view.stat().st_size / 1e6:,.0f} MB"
        report(f"SQLite store: {args.store_events:,} events, {size}; first open after a change (writes the merged "
               "view)", first)
        report(f"SQLite store: {args.store_events:,} events; a later open (the merged view written)",
               run_measure(store))


if __name__ == "__main__":
    main()
