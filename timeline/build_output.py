"""The local build's events as JSON text made where they are found, merged and written by the parent process.

A worker process turns each event into an `EventText`: what the cross-document merge reads (interval, type,
document, offset, title, sources) and the event's text in events.json, with where the three fields a merge changes
(approximate, mentions, sources) stand in it. The parent merges by these few fields and writes the text as it came,
splicing only the events that several documents tell: it never rebuilds an event or formats JSON. On a 2-core
machine every CPU second of the parent is one the workers do not get, and its share after they finish is paid in
full. The files are byte for byte those of `write_build` over `merge_events` (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from timeline.events import Analysis, _encode_str, _put_json, event_to_dict, merge_groups
from timeline.model import Event

# An event of one document as a plain tuple (tuples sort and pickle faster than named ones), in this order:
#   start, end   ordinals of its first and last day
#   doc, offset  its document and where its first mention starts there
#   rank         its place among its document's events
#   type, id, title, approximate, sources
#   text         its JSON object as it stands in events.json when nothing merges into it
#   cuts         where the values of approximate, mentions and sources start and end in text (six offsets)
# The first five fields are merge_events' order, made total by the rank (a build's document ids are unique): the
# tuples sort as they are.
EventText = tuple[int, int, str, int, int, str, str, str, bool, tuple[str, ...], str, tuple[int, ...]]

# the members of an event's JSON object a merge changes, in the order event_to_dict gives them
_MERGED_FIELDS = ("approximate", "mentions", "sources")
_ITEMS_BEFORE, _ITEMS_BETWEEN, _ITEMS_AFTER = "[\n   ", ",\n   ", "\n  ]"  # a list's items at level 2
WRITE_BATCH = 2000  # events joined into one write: fewer calls, never the whole file in memory twice


def _json(value: Any, level: int) -> str:
    out: list[str] = []
    _put_json(value, level, out)
    return "".join(out)


def event_text(event: Event, rank: int) -> EventText:
    """An event as the merge reads it, with its JSON text; `rank` is its place among its document's events."""
    data = event_to_dict(event)
    pieces = ["{"]
    cuts: list[int] = []
    length = 1
    for number, (key, value) in enumerate(data.items()):
        member = (",\n  " if number else "\n  ") + _encode_str(key) + ": "
        text = _json(value, 2)
        pieces += (member, text)
        length += len(member)
        if key in _MERGED_FIELDS:
            cuts += (length, length + len(text))
        length += len(text)
    pieces.append("\n }")
    if len(cuts) != 2 * len(_MERGED_FIELDS) or cuts != sorted(cuts):
        raise ValueError(f"event_to_dict must give {', '.join(_MERGED_FIELDS)} once each, in that order")
    return (event.start.toordinal(), event.end.toordinal(), event.doc,
            event.mentions[0].char_start if event.mentions else 0, rank, event.type, event.id, event.title,
            event.approximate, event.sources, "".join(pieces), tuple(cuts))


# what a worker hands back for one document: its events as text, its sentence and time-expression counts
DocumentText = tuple[tuple[EventText, ...], int, int]


def analysis_text(analysis: Analysis) -> DocumentText:
    """A document's analysis as a worker sends it to the parent (the shape given to parallel.analyse_each)."""
    return (tuple([event_text(e, rank) for rank, e in enumerate(analysis.events)]), analysis.sentences,
            analysis.timexes)


# one event of the build (several documents' events merged, or one's alone): its place in events.json (start, end,
# document, id), its sources and its text
MergedText = tuple[tuple[int, int, str, str], tuple[str, ...], str]


def merge_texts(events: Sequence[EventText]) -> list[MergedText]:
    """merge_events over events as text: the same groups (merge_groups), each group's text as write_build writes
    the merged event, in the order of merge_events."""
    ordered = sorted(events)
    merged: list[MergedText] = []
    for group in merge_groups([((e[0], e[1], e[5]), e[2], e[7]) for e in ordered]):
        start, end, doc, _, _, _, event_id, _, approximate, sources, text, cuts = ordered[group[0]]
        if len(group) > 1:
            text, sources = _spliced([ordered[i] for i in group])
        merged.append(((start, end, doc, event_id), sources, text))
    return merged


def _spliced(group: list[EventText]) -> tuple[str, tuple[str, ...]]:
    """The text and sources of the event the group's first event becomes when the others merge into it."""
    text, cuts = group[0][10], group[0][11]
    sources = list(group[0][9])
    seen = set(sources)
    approximate = group[0][8]
    items = []
    for event in group:
        mentions = event[10][event[11][2]:event[11][3]]
        if mentions != "[]":
            items.append(mentions[len(_ITEMS_BEFORE):-len(_ITEMS_AFTER)])
        if event is not group[0]:
            new = [s for s in event[9] if s not in seen]
            sources.extend(new)
            seen.update(new)
            approximate = approximate and event[8]
    return "".join((text[:cuts[0]], "true" if approximate else "false", text[cuts[1]:cuts[2]], _items(items),
                    text[cuts[3]:cuts[4]], _items([_encode_str(s) for s in sources]), text[cuts[5]:])), tuple(sources)


def _items(items: Sequence[str]) -> str:
    """A JSON list of items already written, as a member of an event in the events.json list (level 2)."""
    return _ITEMS_BEFORE + _ITEMS_BETWEEN.join(items) + _ITEMS_AFTER if items else "[]"


def events_json_chunks(merged: Sequence[MergedText]) -> Iterable[str]:
    """The text of events.json (the events sorted by start, end, document and id), a batch of events at a time."""
    ordered = sorted(merged, key=itemgetter(0))  # stable: ties keep merge_events' order, as in write_build
    if not ordered:
        yield "[]\n"
        return
    yield "[\n "
    for first in range(0, len(ordered), WRITE_BATCH):
        yield (",\n " if first else "") + ",\n ".join([m[2] for m in ordered[first:first + WRITE_BATCH]])
    yield "\n]\n"
