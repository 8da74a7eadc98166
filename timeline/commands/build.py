"""`python -m timeline build PATH... --out DIR`: articles in, DIR/events.json and DIR/documents.json out."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from timeline.build_output import EventText, analysis_text, events_json_chunks, merge_texts
from timeline.commands import all_cores, at_least_one
from timeline.corrections import (
    CORRECTIONS_FILE,
    Correction,
    CorrectionError,
    apply_corrections,
    load_corrections_file,
    member_ids,
)
from timeline.documents import InputError, load_documents, parse_date
from timeline.events import (
    count_sources,
    document_entry,
    event_to_dict,
    merge_events,
    write_build,
    write_json_atomic,
    write_text_atomic,
)
from timeline.model import Document, Event
from timeline.parallel import DocumentError, WorkerError, analyse_all, analyse_each
from timeline.progress import progress
from timeline.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `build`."""
    parser.add_argument("paths", nargs="+", help="article files (.txt, .md, .json, .jsonl, .tml) or folders of them")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the build to: events.json "
                        "and documents.json, or with --format parquet events.parquet/ and documents.parquet/")
    parser.add_argument("--published", help="publication date (2024-03-28, 28 March 2024...) if a document has none")
    parser.add_argument("--taxonomy", help="event-type file to use instead of the built-in one")
    parser.add_argument("--jobs", type=at_least_one, help="with the local engine: worker processes, 1 or more "
                        "(default: all cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: a process pool on this machine (default); dask: a Dask cluster")
    parser.add_argument("--scheduler", help="with --engine dask: the address of a running Dask scheduler "
                        "(tcp://HOST:8786); without it a LocalCluster is started on this machine's cores")
    parser.add_argument("--workers", type=at_least_one, help="with --engine dask and no --scheduler: worker "
                        "processes of the LocalCluster, 1 or more (default: all cores)")
    parser.add_argument("--format", choices=("json", "parquet"), default=None,
                        help="json: events.json and documents.json (default for the local engine); parquet: "
                        "events.parquet/ and documents.parquet/ folders of parts (default for the Dask engine)")


def run(args: argparse.Namespace) -> int:
    """Build; bad inputs are reported one line each and the good ones are still written (exit status 1)."""
    try:
        published = parse_date(args.published, "--published")
        taxonomy: Taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()
    except (InputError, TaxonomyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # the user's corrections kept in the output folder apply to every build into it
    corrections_path = args.out / CORRECTIONS_FILE
    try:
        corrections = load_corrections_file(corrections_path, taxonomy)
    except CorrectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.engine == "dask":
        if args.jobs is not None:  # ignored, the cluster would use all its cores without a word
            print("error: --jobs: not with --engine dask (--workers sets the LocalCluster's worker processes)",
                  file=sys.stderr)
            return 1
        return _run_dask(args, taxonomy, published, corrections)
    for option, value in (("--scheduler", args.scheduler), ("--workers", args.workers)):
        if value is not None:  # ignored, the build would run locally without a word
            print(f"error: {option}: only with --engine dask", file=sys.stderr)
            return 1
    args.jobs = args.jobs or all_cores()
    result = load_documents(args.paths, published)
    for line in result.warnings:
        print(line, file=sys.stderr)
    for line in result.errors:
        print(line, file=sys.stderr)
    docs = list(result.documents)
    if result.errors and not docs:
        # nothing could be read: the build already in the output folder stays as it was
        print(f"error: {args.out}: no document could be read; the folder is left as it was", file=sys.stderr)
        return 1
    failed: list[DocumentError] = []

    def report(exc: DocumentError) -> None:  # the document is left out, the others go on
        print(f"error: {exc}", file=sys.stderr)
        failed.append(exc)

    try:
        if args.format == "parquet" or corrections:
            count = _build_events(args, docs, taxonomy, corrections, corrections_path, report)
        else:
            count = _build_texts(args, docs, taxonomy, report)
    except WorkerError as exc:  # a worker process ended holding documents: their results are lost
        print(f"error: {exc}; the build stopped and left {args.out} as it was", file=sys.stderr)
        return 1
    except DocumentError as exc:  # the output folder is left as it was
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    target = "events.parquet/" if args.format == "parquet" else "events.json"
    print(f"{len(result.documents) - len(failed)} documents, {count} events -> {args.out}/{target}", file=sys.stderr)
    return 1 if result.errors or failed else 0


def _none_built(args: argparse.Namespace) -> DocumentError:
    return DocumentError(f"{args.out}: no document could be analysed; the folder is left as it was")


def _build_texts(args: argparse.Namespace, docs: list[Document], taxonomy: Taxonomy,
                 on_error: Callable[[DocumentError], None]) -> int:
    """events.json and documents.json from events the workers wrote as text (build_output): the parent only
    merges by a few fields and writes. The number of events written."""
    per_document = []
    all_events: list[EventText] = []
    # the parent holds millions of tuples and strings and makes no reference cycles: the cyclic collector, run
    # every few hundred allocations over a growing heap, cost it a sixth of its time; worker processes collect as
    # usual, and with --jobs 1 the documents' own cycles wait for the end (30,000 articles: peak memory the same)
    collecting = gc.isenabled()
    gc.disable()
    try:
        analysed = analyse_each(docs, taxonomy, args.jobs, analysis_text, on_error)
        for doc, (events, sentences, timexes) in progress(analysed, len(docs), "doc"):
            all_events.extend(events)
            per_document.append((doc, timexes, sentences))
        if docs and not per_document:
            raise _none_built(args)
        merged = merge_texts(all_events)
        del all_events
    finally:
        if collecting:
            gc.enable()
    documents = _document_entries(per_document, (sources for _, sources, _ in merged))
    write_text_atomic(args.out / "events.json", events_json_chunks(merged))
    write_json_atomic(args.out / "documents.json", documents)
    return len(merged)


def _document_entries(per_document: list[tuple[Document, int, int]],
                      sources: Iterable[Iterable[str]]) -> list[dict[str, Any]]:
    """documents.json's entries: each document with its counts, its events counted among the merged events'
    sources (one of them for each merged event)."""
    counts = count_sources(sources)
    return [document_entry(doc, counts.get(doc.id, 0), timexes, sentences) for doc, timexes, sentences in per_document]


def _build_events(args: argparse.Namespace, docs: list[Document], taxonomy: Taxonomy,
                  corrections: Mapping[str, Correction], corrections_path: Path,
                  on_error: Callable[[DocumentError], None]) -> int:
    """The build through Event values: with the user's corrections (applied to merged events) or to Parquet.
    The number of events written."""
    per_document = []
    all_events: list[Event] = []
    for doc, analysis in progress(analyse_all(docs, taxonomy, args.jobs, on_error), len(docs), "doc"):
        all_events.extend(analysis.events)
        per_document.append((doc, analysis.timexes, analysis.sentences))
    if docs and not per_document:
        raise _none_built(args)
    merged = merge_events(all_events)
    if corrections:
        merged = apply_corrections(merged, corrections, member_ids(all_events))
        applied = sum(1 for e in merged if e.corrected)
        print(f"{applied} events corrected by {corrections_path}", file=sys.stderr)
        unmatched = sorted(set(corrections) - {e.id for e in all_events})
        if unmatched:
            print(f"warning: {corrections_path}: {len(unmatched)} corrections match no event: "
                  f"{', '.join(unmatched[:5])}{' ...' if len(unmatched) > 5 else ''}", file=sys.stderr)
    documents = _document_entries(per_document, (e.sources for e in merged))
    if args.format == "parquet":
        from timeline.distributed import write_parquet_build
        from timeline.query import write_summaries

        write_parquet_build(args.out, [event_to_dict(e) for e in sorted(merged, key=lambda e: (
            e.start, e.end, e.doc, e.id))], documents)
        if merged:
            write_summaries(args.out)  # the dashboard's first page reads them
    else:
        write_build(args.out, merged, documents)
    return len(merged)


def _run_dask(args: argparse.Namespace, taxonomy: Taxonomy, published: date | None,
              corrections: Mapping[str, Correction]) -> int:
    from timeline.distributed import SchedulerAddressError, build_dask

    fmt = args.format or "parquet"
    try:
        result = build_dask(args.paths, args.out, taxonomy=taxonomy, published=published, fmt=fmt,
                            scheduler=args.scheduler, workers=args.workers, corrections=corrections)
    except SchedulerAddressError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = args.scheduler or args.out
        print(f"error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not result.written:
        for line in result.warnings + result.errors:
            print(line, file=sys.stderr)
        # as the local build says: nothing read, or (documents read) none analysed
        print(f"error: {args.out}: no document could be {'analysed' if result.analysis_failed else 'read'}; the "
              "folder is left as it was", file=sys.stderr)
        return 1
    if fmt == "parquet" and result.events:
        from timeline.query import write_summaries

        write_summaries(args.out)  # the dashboard's first page reads them
    for line in result.warnings + result.errors:
        print(line, file=sys.stderr)
    target = "events.parquet/" if fmt == "parquet" else "events.json"
    print(f"{result.documents} documents, {result.events} events -> {args.out}/{target}", file=sys.stderr)
    return 1 if result.errors else 0
