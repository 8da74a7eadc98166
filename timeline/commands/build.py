"""`python -m timeline build PATH... --out DIR`: articles in, DIR/events.json and DIR/documents.json out."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from timeline.corrections import CORRECTIONS_FILE, CorrectionError, apply_corrections, load_corrections_file, member_ids
from timeline.documents import InputError, load_documents, parse_date
from timeline.events import document_to_dict, merge_events, write_build
from timeline.model import Event
from timeline.parallel import analyse_all
from timeline.progress import progress
from timeline.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `build`."""
    parser.add_argument("paths", nargs="+", help="article files (.txt, .json, .jsonl, .tml) or folders of them")
    parser.add_argument("--out", required=True, type=Path, help="folder to write events.json and documents.json to")
    parser.add_argument("--published", help="publication date (2024-03-28, 28 March 2024...) if a document has none")
    parser.add_argument("--taxonomy", help="event-type file to use instead of the built-in one")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")


def run(args: argparse.Namespace) -> int:
    """Build; bad inputs are reported one line each and the good ones are still written (exit status 1)."""
    try:
        published = parse_date(args.published, "--published")
        taxonomy: Taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()
    except (InputError, TaxonomyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    result = load_documents(args.paths, published)
    for line in result.warnings:
        print(line, file=sys.stderr)
    for line in result.errors:
        print(line, file=sys.stderr)
    per_document = []
    all_events: list[Event] = []
    docs = list(result.documents)
    for doc, analysis in progress(analyse_all(docs, taxonomy, args.jobs), len(docs), "doc"):
        all_events.extend(analysis.events)
        per_document.append((doc, analysis.timexes, analysis.sentences))
    merged = merge_events(all_events)
    # the user's corrections kept in the output folder apply to every build into it
    corrections_path = args.out / CORRECTIONS_FILE
    try:
        corrections = load_corrections_file(corrections_path, taxonomy)
    except CorrectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if corrections:
        merged = apply_corrections(merged, corrections, member_ids(all_events))
        applied = sum(1 for e in merged if e.corrected)
        print(f"{applied} events corrected by {corrections_path}", file=sys.stderr)
        unmatched = sorted(set(corrections) - {e.id for e in all_events})
        if unmatched:
            print(f"warning: {corrections_path}: {len(unmatched)} corrections match no event: "
                  f"{', '.join(unmatched[:5])}{' ...' if len(unmatched) > 5 else ''}", file=sys.stderr)
    documents = [document_to_dict(doc, merged, timexes, sentences) for doc, timexes, sentences in per_document]
    try:
        write_build(args.out, merged, documents)
    except OSError as exc:
        print(f"error: {args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"{len(result.documents)} documents, {len(merged)} events -> {args.out}/events.json", file=sys.stderr)
    return 1 if result.errors else 0
