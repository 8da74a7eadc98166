"""`python -m timeline correct EVENT_ID [--type T] [--title "..."] [--clear] [--db FILE | --out DIR]`: the user's
type and title of an event in the store, or in a `build` folder, kept through rebuilds and re-adds (see
timeline.corrections)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.corrections import CORRECTIONS_FILE, Correction, CorrectionError, clear_build_correction, correct_build
from timeline.store import Store, StoreError, default_path
from timeline.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `correct`."""
    parser.add_argument("event_id", help="the event's id (the `id` of events.json, the dashboard's table)")
    parser.add_argument("--type", dest="event_type", help="the event's type, one of the taxonomy in use")
    parser.add_argument("--title", help="the event's title")
    parser.add_argument("--clear", action="store_true", help="forget the correction: the typer's type and title apply")
    parser.add_argument("--taxonomy", help="event-type file in use, if not the built-in one (checks --type)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, help=f"the store (default: $TIMELINE_DB or {default_path()})")
    where.add_argument("--out", type=Path, help="a `build` output folder instead of the store: the correction goes "
                       "to DIR/corrections.json, which every build into DIR applies, and into DIR/events.json at once")


def run(args: argparse.Namespace) -> int:
    """Set or clear one correction; an unknown event id or type is one error line and status 1."""
    if args.clear == (args.event_type is not None or args.title is not None):
        print("error: correct: give --type and/or --title, or --clear alone", file=sys.stderr)
        return 1
    try:
        taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()
        if args.out is not None:
            return _run_on_build(args, taxonomy)
        with Store(args.db, create=args.db is None) as store:  # a mistyped --db: no new store
            if args.clear:
                if not store.clear_correction(args.event_id):
                    print(f"error: {args.event_id}: no correction to clear in {store.path}", file=sys.stderr)
                    return 1
                print(f"{args.event_id}: correction cleared", file=sys.stderr)
                return 0
            correction = store.set_correction(args.event_id, args.event_type, args.title, taxonomy)
    except (TaxonomyError, StoreError, CorrectionError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _report(args.event_id, correction)
    return 0


def _report(event_id: str, correction: Correction) -> None:
    told = ", ".join(f"{k} {v!r}" for k, v in correction.to_dict().items())
    print(f"{event_id}: corrected ({told})", file=sys.stderr)


def _run_on_build(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    if args.clear:
        if not clear_build_correction(args.out, args.event_id, taxonomy):
            print(f"error: {args.event_id}: no correction to clear in {args.out / CORRECTIONS_FILE}", file=sys.stderr)
            return 1
        print(f"{args.event_id}: correction cleared", file=sys.stderr)
        return 0
    _report(args.event_id, correct_build(args.out, args.event_id, args.event_type, args.title, taxonomy))
    return 0
