"""Read and write TimeML (.tml) files: the raw text of <TEXT>, its creation date (<DCT>) and inline TIMEX3s."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.model import Timex


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


_HEADER = (
    '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    # characters XML 1.0 cannot hold become spaces, one for one, so offsets into the text still hold (xml.sax's
    # escape would do the rest, but importing it costs every `tag` run more than this line)
    return _NOT_XML.sub(" ", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return '"' + _xml_text(value).replace('"', "&quot;") + '"'



def write_timeml(doc_id: str, dct: date | None, text: str, timexes: Sequence[Timex]) -> str:
    """A TimeML document (as the TempEval-3 scorer reads it): DOCID, the DCT as a CREATION_TIME TIMEX3, and the
    text with each expression inline as <TIMEX3 tid type value [mod]>. Expressions must not overlap."""
    parts = [_HEADER, f"<DOCID>{_xml_text(doc_id)}</DOCID>\n"]
    if dct is not None:
        day = dct.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    at = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if timex.start < at:
            raise ValueError(f"expressions overlap at character {timex.start}")
        attributes = f'tid="t{number}" type="{timex.type.value}" value={_attribute(timex.value)}'
        if timex.mod:
            attributes += f" mod={_attribute(timex.mod)}"
        parts.append(_xml_text(text[at : timex.start]))
        parts.append(f"<TIMEX3 {attributes}>{_xml_text(text[timex.start : timex.end])}</TIMEX3>")
        at = timex.end
    parts.append(_xml_text(text[at:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
