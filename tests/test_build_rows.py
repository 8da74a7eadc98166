"""The faster paths of the build give what the plain ones give: rows of events, the JSON text, the merge, events
written as text by the workers and merged by the parent, the pool of worker processes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.build_output import analysis_text, event_text, events_json_chunks, merge_texts
from timeline.events import (
    Analysis,
    document_entry,
    event_from_row,
    event_to_row,
    json_text,
    merge_events,
    titles_agree,
    write_build,
    write_text_atomic,
)
from timeline.model import Document, Event, Mention
from timeline.parallel import CHUNK_MOST, WorkerError, analyse_each, chunk_size
from timeline.taxonomy import default_taxonomy


def _event(doc: str, title: str, start: date, char_start: int = 5, type_: str = "politics",
           approximate: bool = False, **extra: Any) -> Event:
    mention = Mention(doc, "on Monday", char_start, char_start + 9, f"{title} on Monday.", 0)
    return Event(f"{doc}-{char_start}", doc, f"Story {doc}", start, start, "day", start.isoformat(), approximate,
                 "on Monday", f"{title} on Monday.", "", title, type_, "weekday", (mention,), (doc,), **extra)


@pytest.mark.parametrize("event", [
    _event("a", "The council approved the harbour budget", date(2024, 3, 4)),
    _event("b", "Grève à l’usine — «non»", date(1, 1, 1), approximate=True, second_type="economy", confidence=0.25),
    _event("c", "<b>markup</b> & *stars*", date(9999, 12, 31), corrected=True, original_type="other",
           original_title="Old title"),
])
def test_event_row_round_trip(event: Event) -> None:
    row = event_to_row(event)
    assert all(isinstance(v, (str, int, float, bool, tuple)) for v in row)
    assert event_from_row(row) == event


@pytest.mark.parametrize("data", [
    [], {}, "plain", 7, -0.0, 1e300, 0.1, float("nan"), float("inf"), -float("inf"), True, False, None,
    ["é\n\"\\ \u2028 <tag> &amp;", {"a": [], "b": {}, "c": [[]], "d": ()}],
    {"counts": {"sentences": 3, "timexes": 0}, "published": None, "tuple": (1, (2, "x"))},
    {1: "an int key: left to the json module"}, [{"nested": {2.5: "float key"}}],
])
def test_json_text_is_json_dumps(data: Any) -> None:
    assert json_text(data) == json.dumps(data, ensure_ascii=False, indent=1)


def _plain_merge(events: list[Event]) -> list[Event]:
    """merge_events as it was written first: one copy of the merged event per addition."""
    from dataclasses import replace

    merged: list[Event] = []
    index: dict[tuple[date, date, str], list[int]] = {}
    for event in sorted(events, key=lambda e: (e.start, e.end, e.doc, e.mentions[0].char_start)):
        key = (event.start, event.end, event.type)
        target = next((i for i in index.get(key, [])
                       if merged[i].doc != event.doc and titles_agree(merged[i].title, event.title)), None)
        if target is None:
            index.setdefault(key, []).append(len(merged))
            merged.append(event)
            continue
        base = merged[target]
        merged[target] = replace(base, mentions=base.mentions + event.mentions,
                                 sources=base.sources + tuple(s for s in event.sources if s not in base.sources),
                                 approximate=base.approximate and event.approximate)
    return merged


MONDAY = date(2024, 3, 4)


@pytest.mark.parametrize(("events", "count"), [
    ([], 0),
    # three documents tell the same vote, one of them twice; a fourth tells another thing that day
    ([_event("a", "Parliament votes on the harbour budget", MONDAY, approximate=True),
     _event("b", "The harbour budget vote in parliament", MONDAY),
     _event("b", "Harbour budget: parliament votes", MONDAY, char_start=90),
     _event("c", "Parliament votes harbour budget", MONDAY, approximate=True),
     _event("d", "A storm closes the airport", MONDAY)], 2),
    # the same title on another day or of another type stays apart
    ([_event("a", "Strike at the port", MONDAY), _event("b", "Strike at the port", date(2024, 3, 5)),
     _event("c", "Strike at the port", MONDAY, type_="economy")], 3),
    # titles without content words agree only when equal
    ([_event("a", "It is", MONDAY), _event("b", "it is ", MONDAY), _event("c", "So it was", MONDAY)], 2),
])
def test_merge_events_as_plain_merge(events: list[Event], count: int) -> None:
    merged = merge_events(events)
    assert merged == _plain_merge(events)
    assert len(merged) == count


@pytest.mark.parametrize(("documents", "jobs", "expected"), [
    (16, 2, 1), (1000, 2, 31), (20000, 2, CHUNK_MOST), (20000, 64, 19),
])
def test_chunk_size(documents: int, jobs: int, expected: int) -> None:
    assert chunk_size(documents, jobs) == expected


def _with(event: Event, doc: str, char_start: int, **changes: Any) -> Event:
    """The event told again by another document (or elsewhere in the same one)."""
    from dataclasses import replace

    mention = replace(event.mentions[0], doc=doc, char_start=char_start, char_end=char_start + 9)
    fields: dict[str, Any] = {"mentions": (mention,), "sources": (doc,), **changes}
    return replace(event, id=f"{doc}-{char_start}", doc=doc, doc_title=f"Story {doc}", **fields)


VOTE = _event("a", "Parliament votes on the harbour budget", MONDAY, approximate=True)
STRIKE = _event("e", "Grève à l’usine — «non» <b>markup</b> & *stars*", date(2024, 3, 5), type_="economy",
                second_type="politics", confidence=0.5)


@pytest.mark.parametrize("events", [
    [],
    [STRIKE],
    # three documents tell the vote, one of them twice; approximate only while every teller says so
    [_with(VOTE, "c", 40), VOTE, _with(VOTE, "b", 7, approximate=False), _with(VOTE, "b", 90), STRIKE],
    [VOTE, _with(VOTE, "b", 7), _with(VOTE, "c", 8, approximate=False)],
    # an event without mentions, another with two, merged; the same document told by two events of another type
    [_with(VOTE, "b", 3, mentions=()), VOTE, _with(VOTE, "c", 4, mentions=VOTE.mentions * 2),
     _with(VOTE, "a", 5, type="economy"), _with(VOTE, "d", 5, type="economy")],
    # one document, two events at the same place and interval: equal ids, kept in their order
    [_event("f", "Floods close the airport", MONDAY), _event("f", "Floods close the airport", MONDAY,
                                                             type_="disaster")],
])
def test_events_as_text_merge_and_write_as_events(events: list[Event], tmp_path: Path) -> None:
    """merge_texts over the workers' event texts writes the bytes write_build writes over merge_events."""
    write_build(tmp_path / "plain", merge_events(events), [])
    ranks: dict[str, int] = {}
    texts = []
    for event in events:
        texts.append(event_text(event, ranks.setdefault(event.doc, 0)))
        ranks[event.doc] += 1
    merged = merge_texts(texts)
    write_text_atomic(tmp_path / "text" / "events.json", events_json_chunks(merged))
    assert (tmp_path / "text" / "events.json").read_bytes() == (tmp_path / "plain" / "events.json").read_bytes()
    assert sorted(m[1] for m in merged) == sorted(e.sources for e in merge_events(events))


def test_a_text_write_that_fails_half_way_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "events.json"
    write_text_atomic(target, ["[]\n"])

    def chunks() -> Iterator[str]:
        yield "[\n {"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, chunks())
    assert target.read_text(encoding="utf-8") == "[]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]


def _die(analysis: Analysis) -> int:
    os._exit(3)


def _fail(analysis: Analysis) -> int:
    raise ValueError("cannot shape this")


def _count(analysis: Analysis) -> int:
    return len(analysis.events)


DOCS = [Document(f"d{i}", f"The council met on Monday. Floods hit the north in {2000 + i}.", date(2024, 3, 1))
        for i in range(40)]


@pytest.mark.parametrize(("shape", "raised"), [(_die, WorkerError), (_fail, ValueError)])
def test_a_worker_that_dies_or_fails_stops_the_build(shape: Any, raised: type[Exception]) -> None:
    with pytest.raises(raised):
        list(analyse_each(DOCS, default_taxonomy(), 2, shape))


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_workers_give_every_document_in_order(jobs: int) -> None:
    got = list(analyse_each(DOCS, default_taxonomy(), jobs, _count))
    assert [d for d, _ in got] == DOCS
    assert [n for _, n in got] == [len(analysis_text(Analysis(*_analysed(d)))[0]) for d in DOCS]


def _analysed(doc: Document) -> tuple[tuple[Event, ...], int, int]:
    from timeline.events import analyse_document

    analysis = analyse_document(doc, default_taxonomy())
    return analysis.events, analysis.sentences, analysis.timexes


def test_document_entry_counts_as_document_to_dict() -> None:
    from timeline.events import document_to_dict

    doc = DOCS[0]
    events = [_event("d0", "A", MONDAY), _event("x", "B", MONDAY), _with(VOTE, "d0", 3)]
    assert document_to_dict(doc, events, 4, 2) == document_entry(doc, 2, 4, 2)
