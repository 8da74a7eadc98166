"""`python -m timeline add | remove | list`: the corpus store from the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

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
        parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                            help="worker processes (default: all cores)")
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
        with Store(args.db) as store:
            if args.store_command == "remove":
                missing = [doc_id for doc_id in args.ids if not store.remove(doc_id)]
                for doc_id in missing:
                    print(f"error: {doc_id}: no such document in {store.path}", file=sys.stderr)
                return 1 if missing else 0
            for doc in store.documents():
                print(f"{doc['id']}\t{doc['published'] or '-'}\t{doc['counts']['events']} events\t{doc['title']}")
            return 0
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
