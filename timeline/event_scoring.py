"""Score built events against the events a reader expects: dated right (same start and end) and typed right.

An expected events file is tab-separated, one event a line: DOC, START, END, TYPE (acceptable types as "a|b");
further columns are ignored, lines starting with "#" and blank lines skipped. Each expected event is matched to at
most one built event of its document and each built event to at most one expected event; among the events with
its dates, the matching first pairs as many as possible with a right type, then the rest by dates alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from timeline.model import Event


class ExpectedError(ValueError):
    """A bad line of an expected events file: the message is `PATH:LINE: reason`."""


@dataclass(frozen=True)
class Expected:
    """One event a reader expects on a document's timeline."""

    doc: str
    start: date
    end: date
    types: tuple[str, ...]  # the acceptable types, the reader's first choice first
    line: int = 0


class Outcome(Enum):
    """What became of an expected event."""

    TYPED = "dated and typed right"
    DATED = "dated right, wrong type"
    MISSED = "not dated right"


@dataclass(frozen=True)
class Match:
    """An expected event and the built event matched to it (None when none has its dates)."""

    expected: Expected
    event: Event | None
    outcome: Outcome


@dataclass(frozen=True)
class DocumentScore:
    """The matches of one document's expected events, and its built events that match none."""

    doc: str
    matches: tuple[Match, ...]
    extra: tuple[Event, ...]

    @property
    def dated(self) -> int:
        """Expected events with a built event of the same start and end."""
        return sum(1 for m in self.matches if m.outcome is not Outcome.MISSED)

    @property
    def typed(self) -> int:
        """Expected events with a built event of the same start and end and an acceptable type."""
        return sum(1 for m in self.matches if m.outcome is Outcome.TYPED)


HEADER = ("DOC", "START", "END", "TYPE")  # an optional header row's first cells


def _day(cell: str, column: str, where: str) -> date:
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise ExpectedError(f"{where}: {column} {cell!r} is not a date (YYYY-MM-DD)") from None


def parse_expected(text: str, path: str, types: Iterable[str]) -> list[Expected]:
    """The expected events of a file's text; ExpectedError naming the line for a bad one (too few columns, a date
    that is not YYYY-MM-DD or ends before it starts, a type the taxonomy does not have)."""
    known = set(types)
    rows = []
    first = True
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if first and [c.upper() for c in cells[:4]] == list(HEADER):
            first = False
            continue  # a header row naming the columns, before the first event
        first = False
        if len(cells) < 4 or not all(cells[:4]):
            raise ExpectedError(f"{path}:{number}: expected DOC <TAB> START <TAB> END <TAB> TYPE")
        doc, start_text, end_text, type_text = cells[:4]
        start, end = (_day(cell, column, f"{path}:{number}")
                      for column, cell in (("START", start_text), ("END", end_text)))
        if end < start:
            raise ExpectedError(f"{path}:{number}: END {end_text} is before START {start_text}")
        kinds = tuple(t.strip() for t in type_text.split("|"))
        unknown = [t for t in kinds if t not in known]
        if unknown:
            raise ExpectedError(f"{path}:{number}: unknown type {unknown[0]!r}")
        rows.append(Expected(doc, start, end, kinds, number))
    return rows


def read_expected(path: Path, types: Iterable[str]) -> list[Expected]:
    """parse_expected on a file; ExpectedError `PATH: reason` if it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExpectedError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExpectedError(f"{path}: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_expected(text, str(path), types)


def _augment(edges: Sequence[Sequence[int]], left: int, owner: list[int | None], seen: set[int]) -> bool:
    """Kuhn's augmenting path from `left` (owner[right] is the left side it is matched to)."""
    for right in edges[left]:
        if right in seen:
            continue
        seen.add(right)
        held = owner[right]
        if held is None or _augment(edges, held, owner, seen):
            owner[right] = left
            return True
    return False


def _max_matching(edges: Sequence[Sequence[int]], rights: int) -> list[int | None]:
    """A maximum matching: for each right-hand item, the left-hand item it is paired with (or None)."""
    owner: list[int | None] = [None] * rights
    for left in range(len(edges)):
        _augment(edges, left, owner, set())
    return owner


def score_document(doc: str, expected: Sequence[Expected], events: Sequence[Event]) -> DocumentScore:
    """Match one document's expected events to its built events (see the module docstring)."""
    outcome: dict[int, tuple[Event | None, Outcome]] = {}
    used: set[int] = set()
    by_dates: dict[tuple[date, date], list[int]] = {}
    for j, event in enumerate(events):
        by_dates.setdefault((event.start, event.end), []).append(j)
    wanted: dict[tuple[date, date], list[int]] = {}
    for i, item in enumerate(expected):
        wanted.setdefault((item.start, item.end), []).append(i)
    for key, lefts in wanted.items():
        rights = by_dates.get(key, [])
        typed_edges = [[r for r, j in enumerate(rights) if events[j].type in expected[i].types] for i in lefts]
        owner = _max_matching(typed_edges, len(rights))
        for r, left in enumerate(owner):
            if left is not None:
                outcome[lefts[left]] = (events[rights[r]], Outcome.TYPED)
                used.add(rights[r])
        free = [j for j in rights if j not in used]
        for i in lefts:
            if i in outcome:
                continue
            if free:
                j = free.pop(0)
                used.add(j)
                outcome[i] = (events[j], Outcome.DATED)
            else:
                outcome[i] = (None, Outcome.MISSED)
    matches = tuple(Match(item, *outcome[i]) for i, item in enumerate(expected))
    extra = tuple(e for j, e in enumerate(events) if j not in used)
    return DocumentScore(doc, matches, extra)


def score_documents(expected: Sequence[Expected], events: Mapping[str, Sequence[Event]]) -> list[DocumentScore]:
    """score_document for each document of `events` (in its order), with the expected events that name it."""
    grouped: dict[str, list[Expected]] = {}
    for item in expected:
        grouped.setdefault(item.doc, []).append(item)
    return [score_document(doc, grouped.get(doc, []), doc_events) for doc, doc_events in events.items()]


_NUMBER = re.compile(r"\d+")


def half_of(doc: str) -> str | None:
    """"dev" for a document whose id begins with an odd number, "test" for an even one, None without a number."""
    number = _NUMBER.match(doc)
    if number is None:
        return None
    return "dev" if int(number.group()) % 2 else "test"
