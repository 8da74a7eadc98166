"""The dashboard's data layer: load a build (events.json, documents.json) into a table and filter it.

Filters are declared once in FILTERS (datasette style): each knows how to narrow the table; the dashboard only
collects their values. Nothing here imports Streamlit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from pandas.api.types import infer_dtype

REQUIRED_KEYS = ("id", "doc", "start", "end", "type", "title", "sentence")
COLUMNS = [
    "id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate", "expression", "sentence",
    "context", "title", "type", "rule", "mentions", "sources", "second_type", "confidence",
]


class TimelineDataError(ValueError):
    """A build folder that cannot be shown; the message says which file and why, in one line."""


@dataclass(frozen=True)
class Build:
    """A loaded build: the events as a table (one row an event) and the documents."""

    events: pd.DataFrame
    documents: tuple[dict[str, Any], ...]


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise TimelineDataError(f"{path}: not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineDataError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise TimelineDataError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def events_frame(records: Sequence[dict[str, Any]], source: str = "events") -> pd.DataFrame:
    """A table of events from their JSON objects, with dates parsed; a malformed event is named in the error."""
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise TimelineDataError(f"{source}: event {index} is not an object")
        missing = [k for k in REQUIRED_KEYS if k not in record]
        if missing:
            raise TimelineDataError(f"{source}: event {index} has no {', '.join(missing)}")
    # plain Python objects, not Arrow strings: several times faster to build for 100,000 events, and cheap to
    # iterate when the figure is made
    frame = pd.DataFrame(list(records), columns=COLUMNS, dtype=object)
    try:
        frame["start"] = pd.to_datetime(frame["start"], format="%Y-%m-%d")
        frame["end"] = pd.to_datetime(frame["end"], format="%Y-%m-%d")
    except (ValueError, TypeError) as exc:
        raise TimelineDataError(f"{source}: a start or end is not a YYYY-MM-DD date ({exc})") from None
    frame["approximate"] = frame["approximate"].fillna(False).astype(bool)
    for name in ("doc_title", "expression", "context", "granularity", "value", "rule", "title", "sentence", "type",
                 "doc", "id"):
        column = frame[name]
        if infer_dtype(column, skipna=False) != "string":  # a C-speed check; the slow repair only when needed
            frame[name] = pd.Series([v if isinstance(v, str) else ("" if v is None or v != v else str(v))
                                     for v in column], index=frame.index, dtype=object)
    for name in ("mentions", "sources"):
        missing = frame[name].isna()
        if missing.any():
            frame.loc[missing, name] = pd.Series([[] for _ in range(int(missing.sum()))],
                                                 index=frame.index[missing], dtype=object)
    return frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def load_build(folder: str | Path) -> Build:
    """Read DIR/events.json and DIR/documents.json as written by `python -m timeline build`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TimelineDataError(f"{folder}: no such folder (build one with: python -m timeline build ARTICLES --out "
                                f"{folder})")
    events = _read_json(folder / "events.json")
    if not isinstance(events, list):
        raise TimelineDataError(f"{folder / 'events.json'}: expected a JSON array of events")
    documents_path = folder / "documents.json"
    documents = _read_json(documents_path) if documents_path.exists() else []
    if not isinstance(documents, list):
        raise TimelineDataError(f"{documents_path}: expected a JSON array of documents")
    return Build(events_frame(events, str(folder / "events.json")), tuple(d for d in documents if isinstance(d, dict)))


def load_store(path: str | Path) -> Build:
    """Everything in the corpus store (see timeline.store), as a Build."""
    from timeline.store import Store, StoreError

    try:
        with Store(path) as store:
            return Build(events_frame(store.event_dicts(), str(path)), tuple(store.documents()))
    except StoreError as exc:
        raise TimelineDataError(str(exc)) from None


def store_revision(path: str | Path) -> int:
    """The store's revision number (changes with every addition or removal); -1 if it cannot be read."""
    from timeline.store import Store, StoreError

    try:
        with Store(path) as store:
            return store.revision()
    except StoreError:
        return -1


# ---- filters ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see. Empty or None means: no restriction."""

    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    documents: tuple[str, ...] = ()
    text: str = ""
    include_approximate: bool = True


@dataclass(frozen=True)
class Filter:
    """One declared filter: whether it is set, and how it narrows the table (a boolean mask)."""

    name: str
    is_set: Callable[[Filters], bool]
    mask: Callable[[pd.DataFrame, Filters], pd.Series]


def _text_mask(frame: pd.DataFrame, f: Filters) -> pd.Series:
    needle = re.escape(f.text.strip())
    return (frame["title"].str.contains(needle, case=False, regex=True)
            | frame["sentence"].str.contains(needle, case=False, regex=True))


FILTERS: tuple[Filter, ...] = (
    Filter("type", lambda f: bool(f.types), lambda df, f: df["type"].isin(f.types)),
    # an event is kept when its interval overlaps the chosen range
    Filter("from", lambda f: f.date_from is not None, lambda df, f: df["end"] >= pd.Timestamp(f.date_from)),
    Filter("to", lambda f: f.date_to is not None, lambda df, f: df["start"] <= pd.Timestamp(f.date_to)),
    Filter("document", lambda f: bool(f.documents), lambda df, f: df["doc"].isin(f.documents)),
    Filter("text", lambda f: bool(f.text.strip()), _text_mask),
    Filter("approximate", lambda f: not f.include_approximate, lambda df, f: ~df["approximate"]),
)


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass every filter that is set."""
    mask = pd.Series(True, index=frame.index)
    for item in FILTERS:
        if item.is_set(filters):
            mask &= item.mask(frame, filters)
    return frame[mask]


def type_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Events per type, most first (for the type filter's labels)."""
    counts = frame["type"].value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def date_bounds(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The first start and the last end, or None for no events."""
    if frame.empty:
        return None
    return frame["start"].min().date(), frame["end"].max().date()


@dataclass(frozen=True)
class Detail:
    """What the details panel shows for one event: the sentence in three parts around the date expression."""

    before: str
    expression: str
    after: str
    context: str
    mentions: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def event_detail(row: pd.Series) -> Detail:
    """Split the sentence around the first mention's expression (falling back to a plain search)."""
    sentence = str(row["sentence"])
    mentions = tuple(m for m in row["mentions"] if isinstance(m, dict))
    expression = str(row["expression"])
    at = -1
    first = mentions[0] if mentions else None
    if first and first.get("sentence") == sentence:
        at = int(first.get("char_start", 0)) - int(first.get("sentence_start", 0))
        if sentence[at : at + len(expression)] != expression:
            at = -1
    if at < 0:
        at = sentence.find(expression) if expression else -1
    if at < 0:
        return Detail(sentence, "", "", str(row["context"]), mentions)
    return Detail(sentence[:at], expression, sentence[at + len(expression) :], str(row["context"]), mentions)
