"""The small frozen values that flow through the pipeline: documents, time expressions, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class TimexType(StrEnum):
    """The TIMEX3 type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How coarse a resolved date is: the unit its interval covers."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    OPEN = "open"  # an interval with no natural unit: "since 2017", "in the coming weeks"


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, with its TIMEX3 value and resolved interval."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    rule: str
    first_day: date | None = None
    last_day: date | None = None
    granularity: Granularity | None = None
    mod: str | None = None
    range_id: int | None = None  # both ends of "from July 26 to August 11" carry the same number
    # what the value was resolved against: "dct", "previous" (a date earlier in the text), "adjacent" (the day written
    # right next to a clock time: "11 a.m. on 11 November 1918") or "none"
    anchor: str = "dct"

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the batch CLI."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "granularity": self.granularity.value if self.granularity else None,
            "mod": self.mod,
            "range_id": self.range_id,
            "anchor": self.anchor,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Document:
    """An article: its text, its publication date (the anchor) and where it came from."""

    id: str
    text: str
    published: date | None
    title: str = ""
    source: str = ""
    url: str = ""
    path: str = ""


@dataclass(frozen=True)
class Mention:
    """One place in one document that refers to an event."""

    doc: str
    expression: str
    char_start: int  # offsets of the expression in the document text
    char_end: int
    sentence: str
    sentence_start: int  # offset of the sentence in the document text


@dataclass(frozen=True)
class Event:
    """Something that happened (or will), dated by an interval and typed, with its source sentence."""

    id: str
    doc: str
    doc_title: str
    start: date
    end: date
    granularity: str
    value: str
    approximate: bool
    expression: str
    sentence: str
    context: str
    title: str
    type: str
    rule: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    sources: tuple[str, ...] = field(default_factory=tuple)
    second_type: str = ""  # the runner-up type ("" when nothing else points anywhere); the filter uses `type`
    confidence: float = 0.0  # how sure the typer is of `type`, in [0, 1]
    # set by the user's correction (timeline.corrections): type and title above are then the user's, these the typer's
    corrected: bool = False
    original_type: str = ""
    original_title: str = ""
