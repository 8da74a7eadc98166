"""The review of round 32's tagger changes (reviews/tagger32.md): each fix a row that failed before it, with guards that
passed before and must still pass: what the tagger finds in a sentence (text and value of every expression), told on a
given day. Sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

THU = date(2025, 3, 6)  # a Thursday

CASES = [
    # R1: a question that asks what lies ahead is one wherever it stands in the text, not only at its end (the
    # sentence's bounds stop before its "?")
    (THU, "Can fans buy tickets at the door on Saturday? The club has not said.", [("Saturday", "2025-03-08")]),
    (THU, "Organisers met. Does the ferry sail on Tuesday? Nobody knows yet.", [("Tuesday", "2025-03-11")]),
    # guards: a guess about the past stays behind, and a "Can" with no "?" is no question
    (THU, "Could the blaze have started on Monday? Police think so.", [("Monday", "2025-03-03")]),
    (THU, "Did the ferry sail on Tuesday? Nobody knows yet.", [("Tuesday", "2025-03-04")]),
    # R2: a clock time next to a part of a day ("the evening of 29 January", "Tuesday morning") is on that day; a
    # night's small hours on the day after it
    (THU, "The blaze began on the evening of 29 January at 8pm.",
     [("the evening of 29 January", "2025-01-29TEV"), ("8pm", "2025-01-29T20:00")]),
    (THU, "Shots rang out on the night of 14 February at 2am.",
     [("the night of 14 February", "2025-02-14TNI"), ("2am", "2025-02-15T02:00")]),
    (THU, "Shots rang out on the night of 14 February at 11pm.",
     [("the night of 14 February", "2025-02-14TNI"), ("11pm", "2025-02-14T23:00")]),
    # guard: a clock next to a plain date took its day before
    (THU, "The blaze began on 29 January at 8pm.", [("29 January", "2025-01-29"), ("8pm", "2025-01-29T20:00")]),
    # R3: "do not forget" or "remember" what happened looks back, no warning of what lies ahead
    (THU, "Do not forget the flood on Sunday.", [("Sunday", "2025-03-02")]),
    # guards: a warning and a reminder of what to do stay ahead
    (THU, "Do not forget to vote on Sunday.", [("Sunday", "2025-03-09")]),
    (THU, "Do not drive through the ford on Sunday.", [("Sunday", "2025-03-09")]),
    # R4: a start time with "about" before its clock is set ahead as one without it
    (THU, "The hearing is at about 1400 on Tuesday.", [("about 1400", "2025-03-11T14:00"), ("Tuesday", "2025-03-11")]),
    # R5: a journey or a return told in the present after "they" or "we", a plural subject with no -s, is a timetable's,
    # ahead as after "fans" or "pupils" (tense.journey_present)
    (THU, "The squad lost. They fly home on Saturday.", [("Saturday", "2025-03-08")]),
    (THU, "We go back to school on Monday, the pupils said.", [("Monday", "2025-03-10")]),
    # guards: the past and the negated past stay behind
    (THU, "They flew home on Saturday.", [("Saturday", "2025-03-01")]),
    (THU, "They did not go back to school on Monday.", [("Monday", "2025-03-03")]),
    # R6: a season in a title-case headline with a small word after it that no surname is ("For Summer On Friday") is
    # the season; a preposition before it no longer keeps it one (neg.season_first_name now reads after "for")
    (THU, "Schools Break Up For Summer On Friday", [("Summer", "2025-SU"), ("Friday", "2025-03-07")]),
    # guards: a name in a title-case headline stays a name
    (THU, "Interview With Summer Okafor", []),
    (THU, "Letter From Autumn Reyes On Friday", [("Friday", "2025-02-28")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review32b_rows(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
