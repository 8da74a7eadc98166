"""The faster paths of the build give what the plain ones give: rows of events, the JSON text, the merge."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from timeline.events import event_from_row, event_to_row, json_text, merge_events, titles_agree
from timeline.model import Event, Mention
from timeline.parallel import CHUNK_MOST, chunk_size


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
