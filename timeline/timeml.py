"""Read TimeML (.tml) files: the raw text of <TEXT>, its creation date (<DCT>) and the gold TIMEX3 spans."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path


class TimeMLError(ValueError):
    """A file is not the TimeML this reader understands; the message says why."""


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 annotation: its span in the raw text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: id, creation date, raw text (tags removed) and gold expressions."""

    id: str
    dct: date | None
    text: str
    gold: tuple[GoldTimex, ...]


def _walk(element: ET.Element, parts: list[str], gold: list[GoldTimex], offset: int) -> int:
    """Append the text under `element` to parts, recording TIMEX3 spans; returns the new offset."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        start = offset
        offset = _walk(child, parts, gold, offset)
        if tag == "TIMEX3":
            covered = "".join(parts)[start:offset]
            gold.append(GoldTimex(start, offset, covered, child.get("type", ""), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def parse_timeml(data: str, name: str) -> TimeMLDocument:
    """Parse one TimeML document given as a string."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise TimeMLError(f"not well-formed XML ({exc})") from None
    text_element = next((e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "TEXT"), None)
    if text_element is None:
        raise TimeMLError("no <TEXT> element")
    dct: date | None = None
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "DCT":
            timex = next((t for t in element.iter() if t.tag.rsplit("}", 1)[-1] == "TIMEX3"), None)
            if timex is not None and timex.get("value"):
                try:
                    dct = date.fromisoformat(timex.get("value", "")[:10])
                except ValueError:
                    raise TimeMLError(f"bad DCT value {timex.get('value')!r}") from None
            break
    parts: list[str] = []
    gold: list[GoldTimex] = []
    _walk(text_element, parts, gold, 0)
    docid = next((e.text for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "DOCID" and e.text), None)
    return TimeMLDocument((docid or name).strip(), dct, "".join(parts), tuple(gold))


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one .tml file."""
    return parse_timeml(path.read_text(encoding="utf-8"), path.stem)
