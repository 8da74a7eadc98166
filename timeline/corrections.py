"""Corrections by the user: an event's type and title set by hand, kept by event id and applied over the typer's.

A correction is keyed by the event's stable id (the same document gives the same ids on every rebuild and re-add),
so it outlives rebuilds: the store keeps its corrections in their own table and applies them when events are read;
a `build` folder keeps them in DIR/corrections.json, applied by every `build` into that folder. A corrected event
carries `corrected=True` and the typer's own `original_type` and `original_title`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from timeline.events import event_from_dict, event_to_dict, write_json_atomic
from timeline.model import Event
from timeline.taxonomy import Taxonomy

CORRECTIONS_FILE = "corrections.json"
MAX_TITLE = 300
_FIELDS = ("type", "title")


class CorrectionError(ValueError):
    """A correction that cannot be made or read; the message is one line that names the event or file."""


@dataclass(frozen=True)
class Correction:
    """What the user set for one event: a type, a title or both (None keeps the typer's)."""

    event_id: str
    type: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, str]:
        """The corrections.json entry: only the fields that are set."""
        return {k: v for k, v in (("type", self.type), ("title", self.title)) if v is not None}


def check_correction(correction: Correction, taxonomy: Taxonomy) -> Correction:
    """The correction with its title tidied, or CorrectionError: an unknown type, an empty or overlong title."""
    if correction.type is None and correction.title is None:
        raise CorrectionError(f"{correction.event_id}: a correction needs a type or a title")
    if correction.type is not None and correction.type not in taxonomy.types:
        raise CorrectionError(f"{correction.event_id}: unknown type {correction.type!r} "
                              f"(the taxonomy in use has: {', '.join(taxonomy.types)})")
    title = correction.title
    if title is not None:
        title = " ".join(title.split())  # a title is one line
        if not title:
            raise CorrectionError(f"{correction.event_id}: the title is empty")
        if len(title) > MAX_TITLE:
            raise CorrectionError(f"{correction.event_id}: the title is longer than {MAX_TITLE} characters")
    return replace(correction, title=title)


def member_ids(unmerged: Sequence[Event]) -> dict[tuple[str, int], str]:
    """Which event each mention belongs to before merging, so a merged event knows the ids it was made of."""
    return {(m.doc, m.char_start): event.id for event in unmerged for m in event.mentions}


def apply_corrections(events: Sequence[Event], corrections: Mapping[str, Correction],
                      members: Mapping[tuple[str, int], str] | None = None) -> list[Event]:
    """The events with the user's type and title where they were corrected.

    A merged event takes the correction of its own id, else of the first of the events it was merged from
    (`members`, from member_ids of the events before merging): the one the user saw may have been any of them.
    """
    if not corrections:
        return list(events)
    members = members or {}
    out = []
    for event in events:
        ids = [event.id, *(members[key] for m in event.mentions if (key := (m.doc, m.char_start)) in members)]
        correction = next((corrections[i] for i in ids if i in corrections), None)
        out.append(event if correction is None else corrected_event(event, correction))
    return out


def corrected_event(event: Event, correction: Correction) -> Event:
    """One event with a correction applied, remembering what the typer said."""
    original_type = event.original_type if event.corrected else event.type
    original_title = event.original_title if event.corrected else event.title
    return replace(
        event,
        type=correction.type if correction.type is not None else original_type,
        title=correction.title if correction.title is not None else original_title,
        corrected=True,
        original_type=original_type,
        original_title=original_title,
    )


def parse_corrections(data: Any, source: str, taxonomy: Taxonomy) -> dict[str, Correction]:
    """Corrections from their JSON form, {"EVENT_ID": {"type": ..., "title": ...}}, each checked."""
    if not isinstance(data, dict):
        raise CorrectionError(f"{source}: expected a JSON object of event id -> {{\"type\", \"title\"}}")
    corrections = {}
    for event_id, entry in data.items():
        if not isinstance(entry, dict):
            raise CorrectionError(f"{source}: {event_id}: expected an object with \"type\" and/or \"title\"")
        unknown = sorted(set(entry) - set(_FIELDS))
        if unknown:
            raise CorrectionError(f"{source}: {event_id}: unknown field {unknown[0]!r} (known: type, title)")
        if any(not isinstance(entry.get(k, ""), str) for k in _FIELDS):
            raise CorrectionError(f"{source}: {event_id}: type and title must be strings")
        try:
            corrections[event_id] = check_correction(
                Correction(event_id, entry.get("type"), entry.get("title")), taxonomy)
        except CorrectionError as exc:
            raise CorrectionError(f"{source}: {exc}") from None
    return corrections


def load_corrections_file(path: Path, taxonomy: Taxonomy) -> dict[str, Correction]:
    """DIR/corrections.json if it exists (else no corrections); CorrectionError names the file and the reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionError(f"{path}: cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorrectionError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    return parse_corrections(data, str(path), taxonomy)


def corrections_to_json(corrections: Mapping[str, Correction]) -> dict[str, dict[str, str]]:
    """The corrections.json form, sorted by event id."""
    return {event_id: corrections[event_id].to_dict() for event_id in sorted(corrections)}


# ---- build folders: DIR/corrections.json next to DIR/events.json ---------------------------------------------------


def _read_build_events(folder: Path) -> list[dict[str, Any]]:
    path = folder / "events.json"
    try:
        events = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorrectionError(f"{path}: not found (build one with: python -m timeline build ARTICLES --out "
                              f"{folder})") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorrectionError(f"{path}: cannot be read ({exc})") from None
    if not isinstance(events, list):
        raise CorrectionError(f"{path}: expected a JSON array of events")
    return events


def _uncorrected(event: Event) -> Event:
    if not event.corrected:
        return event
    return replace(event, type=event.original_type, title=event.original_title, corrected=False, original_type="",
                   original_title="")


def _rewrite_build(folder: Path, event_id: str, corrections: Mapping[str, Correction]) -> None:
    """Write DIR/corrections.json, then DIR/events.json with the event's correction set or cleared (each
    atomically; a later `build` into DIR applies corrections.json again)."""
    records = _read_build_events(folder)
    index = next((i for i, r in enumerate(records) if isinstance(r, dict) and r.get("id") == event_id), None)
    if index is None:
        raise CorrectionError(f"{event_id}: no such event in {folder / 'events.json'}")
    try:
        event = _uncorrected(event_from_dict(records[index]))
    except (KeyError, ValueError, TypeError) as exc:
        raise CorrectionError(f"{folder / 'events.json'}: event {event_id} is malformed ({exc})") from None
    if event_id in corrections:
        event = corrected_event(event, corrections[event_id])
    records[index] = event_to_dict(event)
    write_json_atomic(folder / CORRECTIONS_FILE, corrections_to_json(corrections))
    write_json_atomic(folder / "events.json", records)


def correct_build(folder: Path, event_id: str, type: str | None, title: str | None,
                  taxonomy: Taxonomy) -> Correction:
    """Set the user's type and/or title of an event of a `build` folder (None keeps the earlier correction's or
    the typer's), in DIR/corrections.json and at once in DIR/events.json."""
    corrections = load_corrections_file(folder / CORRECTIONS_FILE, taxonomy)
    earlier = corrections.get(event_id, Correction(event_id))
    correction = check_correction(Correction(event_id, type if type is not None else earlier.type,
                                             title if title is not None else earlier.title), taxonomy)
    _rewrite_build(folder, event_id, {**corrections, event_id: correction})
    return correction


def clear_build_correction(folder: Path, event_id: str, taxonomy: Taxonomy) -> bool:
    """Forget the correction of an event of a `build` folder; False if it has none."""
    corrections = load_corrections_file(folder / CORRECTIONS_FILE, taxonomy)
    if event_id not in corrections:
        return False
    _rewrite_build(folder, event_id, {k: v for k, v in corrections.items() if k != event_id})
    return True
