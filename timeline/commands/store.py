"""`python -m timeline add | remove | list`: the corpus store from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.commands import all_cores, at_least_one
from timeline.documents import InputError, load_documents, parse_date
from timeline.parallel import DocumentError, WorkerError, analyse_all
from timeline.progress import progress
from timeline.store import Store, StoreError, default_path
from timeline.taxonomy import TaxonomyError, default_taxonomy, load_taxonomy


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of add, remove and list."""
    parser.add_argument("--db", type=Path, help=f"the store (default: $TIMELINE_DB or {default_path()})")
    if name == "add":
        parser.add_argument("paths", nargs="+", help="article files (.txt, .md, .json, .jsonl, .tml) or folders")
        parser.add_argument("--published", help="publication date (2024-03-28, 28 March 2024...) if a file has none")
        parser.add_argument("--taxonomy", help="event-type file to use instead of the built-in one")
        parser.add_argument("--jobs", type=at_least_one, default=all_cores(),
                            help="worker processes, 1 or more (default: all cores)")
    elif name == "remove":
        parser.add_argument("ids", nargs="+", help="document ids (see `list`)")
    parser.set_defaults(store_command=name)


def run_add(args: argparse.Namespace) -> int:
    """Add documents: one transaction each, duplicates skipped, bad inputs reported and the others added."""
    try:
        published = parse_date(args.published, "--published")
        taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()
    except (InputError, TaxonomyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    result = load_documents(args.paths, published)
    for line in (*result.warnings, *result.errors):
        print(line, file=sys.stderr)
    added = skipped = 0
    with Store(args.db) as store:
        docs = list(result.documents)
        failed: list[DocumentError] = []

        def report(exc: DocumentError) -> None:  # the document is left out, the others go on
            print(f"error: {exc}", file=sys.stderr)
            failed.append(exc)

        stopped = False
        try:
            for doc, analysis in progress(analyse_all(docs, taxonomy, args.jobs, report), len(docs), "doc"):
                outcome = store.add(doc, analysis.events)
                if outcome.added:
                    added += 1
                else:
                    skipped += 1
                    print(f"skipped: {doc.path}: {outcome.message}", file=sys.stderr)
        except WorkerError as exc:  # a worker process ended holding documents: what was added stays
            print(f"error: {exc}; the add stopped there, the documents added before it are kept", file=sys.stderr)
            stopped = True
    print(f"{added} added, {skipped} skipped as duplicates, {len(result.errors) + len(failed)} rejected -> "
          f"{store.path}", file=sys.stderr)
    return 1 if result.errors or failed or stopped else 0


def run(args: argparse.Namespace) -> int:
    """Dispatch add, remove and list; a store that cannot be opened is one error line."""
    try:
        if args.store_command == "add":
            return run_add(args)
        # list and remove make no store: a --db that names none is a mistyped path (the default store is made
        # with the seed articles on first use, as the dashboard does)
        with Store(args.db, create=args.db is None) as store:
            if args.store_command == "remove":
                return _remove(store, args.ids)
            for doc in store.documents():
                print(f"{doc['id']}\t{doc['published'] or '-'}\t{doc['counts']['events']} events\t{doc['title']}")
            return 0
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _remove(store: Store, ids: list[str]) -> int:
    """Remove documents, saying what went (as `add` says what came) and which ids name none."""
    removed = events = 0
    missing = []
    for doc_id in dict.fromkeys(ids):  # an id given twice is removed once
        count = store.remove_counted(doc_id)
        if count is None:
            missing.append(doc_id)
            print(f"error: {doc_id}: no such document in {store.path}", file=sys.stderr)
        else:
            removed += 1
            events += count
    if removed:
        print(f"{removed} removed ({events} events), {len(missing)} not found -> {store.path}", file=sys.stderr)
    return 1 if missing else 0
