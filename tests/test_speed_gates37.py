"""Round 37's speed gate: `_with_what_was_ordered` tags the dated span only when it holds "to" between words
(_TO_DO_HELD), the one thing every match of _TO_DO holds. The gate must give the same title as the ungated path on
every row, including spans whose dates hide behind unusual forms, and must skip the tagging where it can."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import events
from timeline.events import _Dated, _with_what_was_ordered
from timeline.sentences import Sentence
from timeline.tagger import tag

# (sentence, the dated span as written in it, the title before the repair): every row ends its title with a past
# verb, so each reaches the span's check
ROWS = [
    ("Ferry crews were ordered on Monday to stay in port for three days.", "Monday to stay in port for three days",
     "Ferry crews were ordered"),
    ("The shop was closed at noon to let the inspectors in for two hours.",
     "at noon to let the inspectors in for two hours", "The shop was closed"),
    ("Yesterday the striking nurses were told to return within a fortnight.",
     "Yesterday the striking nurses were told to return within a fortnight", "The striking nurses were told"),
    ("Sales of vinyl records peaked in the 1990s.", "in the 1990s", "Sales of vinyl records peaked"),
    ("The clinic was booked for a fortnight.", "for a fortnight", "The clinic was booked"),
    ("Profits jumped in Q3 to a record.", "in Q3", "Profits jumped"),
    ("Repairs were delayed until mid-March to spare the nesting birds.", "until mid-March", "Repairs were delayed"),
    ("The bridge was reopened at 3pm to traffic from the north.", "at 3pm", "The bridge was reopened"),
    ("Pupils were sent home Tuesday-Wednesday to stay away from the smoke.", "Tuesday-Wednesday",
     "Pupils were sent home"),
    ("Residents were ordered on Friday to boil water for ten days.", "Friday to boil water for ten days",
     "Residents were ordered"),
    ("Miners were evacuated on 4 June\tto\tclear the shaft over 48 hours.",
     "4 June\tto\tclear the shaft over 48 hours", "Miners were evacuated"),
    ("Talks stalled from May to June.", "from May to June", "Talks stalled"),
    ("Flights were grounded from 9am to noon.", "from 9am to noon", "Flights were grounded"),
    ("Voters were asked today to choose within a week.", "today to choose within a week", "Voters were asked"),
    ("The plant was shut in the autumn of 2019.", "in the autumn of 2019", "The plant was shut"),
]


def _repair(sentence: str, span: str, title: str) -> str:
    start = sentence.index(span)
    dated = _Dated(start, start + len(span), date(2024, 1, 1), date(2024, 1, 1), "day", "2024-01-01", False, "test")
    return _with_what_was_ordered(title, Sentence(0, len(sentence), sentence), dated)


@pytest.mark.parametrize(("sentence", "span", "title"), ROWS)
def test_the_gate_gives_the_ungated_title(sentence: str, span: str, title: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _repair(sentence, span, title)
    monkeypatch.setattr(events, "_TO_DO_HELD", re.compile(""))  # matches every span: the path before the gate
    assert _repair(sentence, span, title) == gated


def test_the_rows_reach_both_outcomes() -> None:
    # (the table is no check if the repair never fires: rows where the ordered action is added, and rows left alone)
    repaired = [row for row in ROWS if _repair(*row) != row[2]]
    assert len(repaired) >= 2 and len(repaired) < len(ROWS)
    assert _repair(*ROWS[0]) == "Ferry crews were ordered to stay in port"


# the unusual forms: the dates behind them are still found in their spans (the gate skips a tagging only where its
# answer cannot matter, not the tagging of the document)
@pytest.mark.parametrize(("text", "expression"), [
    ("at noon to let the inspectors in", "noon"),
    ("Yesterday the nurses were told", "Yesterday"),
    ("in the 1990s", "the 1990s"),
    ("within a fortnight", "a fortnight"),
    ("in Q3", "Q3"),
    ("until mid-March", "mid-March"),
    ("at 3pm", "3pm"),
    ("Tuesday-Wednesday", "Tuesday"),
])
def test_unusual_forms_are_still_tagged(text: str, expression: str) -> None:
    assert any(expression in t.text for t in tag(text, date(2024, 5, 15)))


@pytest.mark.parametrize(("sentence", "span", "title", "tagged"), [
    ("Sales of vinyl records peaked in the 1990s.", "in the 1990s", "Sales of vinyl records peaked", False),
    ("Pupils were sent home Tuesday-Wednesday to stay away.", "Tuesday-Wednesday", "Pupils were sent home", False),
    ("Flights were grounded from 9am to noon.", "from 9am to noon", "Flights were grounded", True),
    ("Ferry crews were ordered on Monday to stay in port for three days.",
     "Monday to stay in port for three days", "Ferry crews were ordered", True),
])
def test_the_span_is_tagged_only_when_it_holds_to(sentence: str, span: str, title: str, tagged: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str, dct: date | None) -> list[object]:
        calls.append(text)
        return list(tag(text, dct))

    monkeypatch.setattr(events, "tag", counting)
    _repair(sentence, span, title)
    assert bool(calls) is tagged


# Round 37's second gate: a quarter or half year written without its year reads the sentence's tense only when the
# period has not begun at the anchor (begun: this year's, whatever the tense)
@pytest.mark.parametrize(("text", "dct", "value"), [
    ("Profits rose in Q3.", date(2024, 10, 2), "2024-Q3"),  # begun, past
    ("Profits will rise in Q3.", date(2024, 10, 2), "2024-Q3"),  # begun, future
    ("Profits rose in Q3.", date(2024, 7, 1), "2024-Q3"),  # begun on the anchor's month
    ("Profits rose in Q3.", date(2024, 2, 10), "2023-Q3"),  # not begun, past: last year's
    ("Profits will rise in Q3.", date(2024, 2, 10), "2024-Q3"),  # not begun, ahead within half a year
    ("The firm will report fourth-quarter results.", date(2024, 1, 20), "2023-Q4"),  # more than half a year ahead
    ("Sales slowed in the second half.", date(2024, 3, 5), "2023-H2"),
    ("Sales should pick up in the second half.", date(2024, 3, 5), "2024-H2"),
    ("Sales picked up in the second half.", date(2024, 8, 5), "2024-H2"),
    ("Output fell in the first quarter.", date(2024, 1, 3), "2024-Q1"),
])
def test_quarters_by_tense(text: str, dct: date, value: str) -> None:
    assert [t.value for t in tag(text, dct) if t.value.endswith(value[-2:])] == [value]


@pytest.mark.parametrize(("text", "dct", "read"), [
    ("Profits rose in Q3.", date(2024, 10, 2), False),
    ("Output fell in the first quarter.", date(2024, 1, 3), False),
    ("Profits rose in Q3.", date(2024, 2, 10), True),
])
def test_a_begun_quarter_does_not_read_the_tense(text: str, dct: date, read: bool,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import tagger
    calls: list[int] = []
    real = tagger.sentence_tense

    def counting(text: str, start: int, end: int) -> str | None:
        calls.append(start)
        return real(text, start, end)

    monkeypatch.setattr(tagger, "sentence_tense", counting)
    tag(text, dct)
    assert bool(calls) is read
