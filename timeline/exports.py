"""Downloads of the (filtered) events: CSV, JSON in the events.json schema, and TimelineJS JSON.

Dates are written at their granularity (a year as "2015", "since 2015" as "2015/2024-03-28", with the reader's
form beside it); CSV cells that a spreadsheet would run as a formula are neutralised (OWASP's CSV injection advice).
"""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

from timeline.timeline_data import open_side, when_iso, when_text

CSV_COLUMNS = ["date", "start", "end", "type", "title", "approximate", "expression", "value", "doc", "doc_title",
               "sentence", "context", "corrected", "original_type", "original_title"]
_CORRECTION_KEYS = ("corrected", "original_type", "original_title")
# a spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, may shift it into one)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, prefixed with a quote so it stays text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    records = []
    for row in frame.to_dict(orient="records"):
        row["date"] = when_text(row)
        row["start"] = row["start"].date().isoformat()
        row["end"] = row["end"].date().isoformat()
        if not row.get("corrected"):  # as in events.json, only a corrected event has the correction keys
            row = {k: v for k, v in row.items() if k not in _CORRECTION_KEYS}
        records.append({k: v for k, v in row.items() if not k.startswith("_")})
    return records


def to_csv(frame: pd.DataFrame) -> bytes:
    """One row an event: its date as a reader writes it, start and end in ISO 8601 at their granularity ("2015",
    "2024-03", "2024-03-22"); UTF-8 with a BOM so spreadsheet programs read accents right."""
    table = frame[[c for c in CSV_COLUMNS if c in frame.columns and c not in ("start", "end")]].copy()
    records = frame.to_dict(orient="records")
    iso = [when_iso(row).split("/") for row in records]
    table.insert(0, "date", [when_text(row) for row in records])
    table.insert(1, "start", [parts[0] for parts in iso])
    table.insert(2, "end", [parts[-1] for parts in iso])
    table = table[CSV_COLUMNS]
    for column in table.columns:
        if table[column].dtype == object:
            table[column] = table[column].map(neutralise)
    text: str = table.to_csv(index=False, lineterminator="\r\n")  # RFC 4180; quotes a CR inside a cell
    return text.encode("utf-8-sig")


def to_json(frame: pd.DataFrame) -> bytes:
    """The events as a JSON array in the events.json schema, with `date` as a reader writes it."""
    return json.dumps(_records(frame), ensure_ascii=False, indent=1).encode("utf-8")


def _date_parts(day: pd.Timestamp, granularity: str) -> dict[str, str]:
    parts = {"year": str(day.year)}
    if granularity in ("year", "decade", "century"):
        return parts
    parts["month"] = str(day.month)
    if granularity in ("month", "quarter", "season", "half"):
        return parts
    parts["day"] = str(day.day)
    return parts


def to_timelinejs(frame: pd.DataFrame, title: str = "Timeline") -> dict[str, Any]:
    """The Knight Lab TimelineJS format: events[] with start_date/end_date (no finer than the text),
    display_date, text.headline, text.text and group.

    TimelineJS renders text as HTML, so every source text is escaped.
    """
    events = []
    for row in frame.to_dict(orient="records"):
        granularity = str(row.get("granularity") or "day")
        side = open_side(row)
        iso = when_iso(row).split("/")
        start_granularity = _granularity_of_iso(iso[0]) if side == "since" else granularity
        end_granularity = _granularity_of_iso(iso[-1]) if side == "until" else granularity
        if side == "since":
            end_granularity = "day"
        if side == "until":
            start_granularity = "day"
        event: dict[str, Any] = {
            "start_date": _date_parts(row["start"], start_granularity),
            "display_date": html.escape(when_text(row)),
            "text": {
                "headline": html.escape(str(row["title"])),
                "text": html.escape(str(row["sentence"]))
                + (f"<br><br><i>{html.escape(str(row['doc_title'] or row['doc']))}</i>" if row.get("doc") else "")
                + (f"<br><i>corrected by hand (typed {html.escape(str(row.get('original_type') or ''))}, titled "
                   f"{html.escape(str(row.get('original_title') or ''))})</i>" if row.get("corrected") else ""),
            },
            "group": str(row["type"]),
            "unique_id": str(row["id"]),
        }
        if row.get("corrected"):
            event["corrected"] = True  # TimelineJS ignores it; other readers of the file can tell
        if row["end"] != row["start"]:
            event["end_date"] = _date_parts(row["end"], end_granularity)
        events.append(event)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def _granularity_of_iso(text: str) -> str:
    """The granularity an ISO 8601 date written by when_iso says: "2015" a year, "2024-03" a month."""
    return {2: "century", 3: "decade", 4: "year", 7: "month"}.get(len(text), "day")


def to_timelinejs_bytes(frame: pd.DataFrame, title: str = "Timeline") -> bytes:
    """to_timelinejs as UTF-8 JSON bytes for a download button."""
    return json.dumps(to_timelinejs(frame, title), ensure_ascii=False, indent=1).encode("utf-8")
