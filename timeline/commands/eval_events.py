"""`python -m timeline eval-events DIR`: build DIR's articles as `build` does and score the events against
DIR/expected.tsv (dated right, dated and typed right, extra events), per article and in total."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.documents import load_documents
from timeline.event_scoring import DocumentScore, ExpectedError, Outcome, half_of, read_expected, score_documents
from timeline.events import build_timeline
from timeline.model import Event
from timeline.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy

EXPECTED_FILE = "expected.tsv"


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `eval-events`."""
    parser.add_argument("folder", type=Path, help=f"a folder of articles with {EXPECTED_FILE} (DOC, START, END, TYPE)")
    parser.add_argument("--errors", action="store_true",
                        help="list each expected event not dated and typed right, and each extra event")
    parser.add_argument("--half", choices=("dev", "test"),
                        help="only the documents whose id begins with an odd (dev) or even (test) number")
    parser.add_argument("--taxonomy", help="event-type file to use instead of the built-in one")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def _span(start: object, end: object) -> str:
    return str(start) if start == end else f"{start}..{end}"


def _print_table(scores: list[DocumentScore]) -> None:
    print("| article | expected | dated right | dated and typed right | extra |")
    print("|---|---:|---:|---:|---:|")
    for s in scores:
        print(f"| {s.doc} | {len(s.matches)} | {s.dated} | {s.typed} | {len(s.extra)} |")
    expected = sum(len(s.matches) for s in scores)
    dated = sum(s.dated for s in scores)
    typed = sum(s.typed for s in scores)
    extra = sum(len(s.extra) for s in scores)
    print(f"| total | {expected} | {dated} | {typed} | {extra} |")
    print(f"expected events         {expected}")
    print(f"dated right             {dated} ({_percent(dated, expected)})")
    print(f"dated and typed right   {typed} ({_percent(typed, expected)})")
    print(f"extra events            {extra} (built, not expected)")


def _event_line(event: Event) -> str:
    return f"{_span(event.start, event.end)} {event.type}: {event.title}"


def _print_errors(scores: list[DocumentScore], events: dict[str, list[Event]]) -> None:
    for s in scores:
        for m in s.matches:
            span = _span(m.expected.start, m.expected.end)
            wanted = f"{s.doc}:{m.expected.line}: {span} {'|'.join(m.expected.types)}"
            if m.outcome is Outcome.DATED and m.event is not None:
                print(f"type   {wanted}: got {m.event.type}: {m.event.title}")
            elif m.outcome is Outcome.MISSED:
                near = [e for e in events[s.doc] if e.start <= m.expected.end and m.expected.start <= e.end]
                print(f"date   {wanted}: no event with these dates"
                      + "".join(f"\n         overlapping: {_event_line(e)}" for e in near))
        for event in s.extra:
            print(f"extra  {s.doc}: {_event_line(event)} ({event.expression!r})")


def score_folder(folder: Path, taxonomy: Taxonomy, half: str | None = None
                 ) -> tuple[list[DocumentScore], dict[str, list[Event]]]:
    """Build the folder's articles as `build` does (each document's events, merged across documents) and match them
    to its expected.tsv: the scores and the events of each document; ExpectedError `PATH: reason` for bad input."""
    if not folder.is_dir():
        raise ExpectedError(f"{folder}: no such folder")
    expected = read_expected(folder / EXPECTED_FILE, taxonomy.types)
    result = load_documents([folder])
    if result.errors:
        raise ExpectedError(result.errors[0].removeprefix("error: "))
    documents = sorted(result.documents, key=lambda d: d.id)
    known = {d.id for d in documents}
    unknown = next((e for e in expected if e.doc not in known), None)
    if unknown is not None:
        raise ExpectedError(f"{folder / EXPECTED_FILE}:{unknown.line}: no article {unknown.doc!r} in {folder}")
    if half:
        documents = [d for d in documents if half_of(d.id) == half]
        expected = [e for e in expected if half_of(e.doc) == half]
        if not documents:
            raise ExpectedError(f"{folder}: no article id begins with a number, so there is no {half} half")
    if not expected:
        raise ExpectedError(f"{folder / EXPECTED_FILE}: no expected events")
    events: dict[str, list[Event]] = {d.id: [] for d in documents}
    for event in build_timeline(documents, taxonomy):
        for source in event.sources:
            events[source].append(event)
    return score_documents(expected, events), events


def run(args: argparse.Namespace) -> int:
    """Build, match and print; a bad folder, file or line is one `error:` line and exit status 1."""
    try:
        taxonomy: Taxonomy = load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()
        scores, events = score_folder(args.folder, taxonomy, args.half)
    except (TaxonomyError, ExpectedError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    half = f" ({args.half} half)" if args.half else ""
    print(f"{args.folder}{half}: {len(scores)} articles")
    _print_table(scores)
    if args.errors:
        _print_errors(scores, events)
    return 0
