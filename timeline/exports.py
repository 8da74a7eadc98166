"""Downloads of the (filtered) events: CSV, JSON in the events.json schema, and TimelineJS JSON."""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

CSV_COLUMNS = ["start", "end", "type", "title", "approximate", "expression", "value", "doc", "doc_title", "sentence",
               "context", "corrected", "original_type", "original_title"]
_CORRECTION_KEYS = ("corrected", "original_type", "original_title")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    records = []
    for row in frame.to_dict(orient="records"):
        row = dict(row)
        row["start"] = row["start"].date().isoformat()
        row["end"] = row["end"].date().isoformat()
        if not row.get("corrected"):  # as in events.json, only a corrected event has the correction keys
            row = {k: v for k, v in row.items() if k not in _CORRECTION_KEYS}
        records.append({k: v for k, v in row.items() if not k.startswith("_")})
    return records


def to_csv(frame: pd.DataFrame) -> bytes:
    """One row an event, dates as YYYY-MM-DD, UTF-8 with a BOM so spreadsheet programs read accents right."""
    table = frame[CSV_COLUMNS].copy()
    table["start"] = table["start"].dt.strftime("%Y-%m-%d")
    table["end"] = table["end"].dt.strftime("%Y-%m-%d")
    text: str = table.to_csv(index=False)
    return text.encode("utf-8-sig")


def to_json(frame: pd.DataFrame) -> bytes:
    """The events as a JSON array in the events.json schema."""
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
    """The Knight Lab TimelineJS format: events[] with start_date/end_date, text.headline, text.text and group.

    TimelineJS renders text as HTML, so every source text is escaped.
    """
    events = []
    for row in frame.to_dict(orient="records"):
        granularity = str(row.get("granularity") or "day")
        event: dict[str, Any] = {
            "start_date": _date_parts(row["start"], granularity),
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
            event["end_date"] = _date_parts(row["end"], granularity)
        events.append(event)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def to_timelinejs_bytes(frame: pd.DataFrame, title: str = "Timeline") -> bytes:
    """to_timelinejs as UTF-8 JSON bytes for a download button."""
    return json.dumps(to_timelinejs(frame, title), ensure_ascii=False, indent=1).encode("utf-8")
