"""Review of round 34's tagger changes: rows that the merged changes got wrong (each failing before its fix here),
with look-alike guards the fix must leave alone: what the tagger finds in a sentence (text, type and value of every
expression), told on a given day. Sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

WED = date(2024, 3, 13)  # a Wednesday

CASES = [
    # R1: 'likely' before a noun phrase is 'probably' ('is likely a badger'): no forecast, the clause's own verb tells
    # (tense.likely_present only before a preposition, a time word or the clause's end)
    (WED, "The intruder is likely a badger that dug in on Saturday night.",
     [("Saturday night", "TIME", "2024-03-09TNI")]),
    # guards: a forecast's likelihood before a preposition stays ahead
    (WED, "Sleet is likely on Saturday.", [("Saturday", "DATE", "2024-03-16")]),
    (WED, "Gales are possible later on Sunday.", [("Sunday", "DATE", "2024-03-17")]),
    # R2: after a clock time, a plural subject's verb whose simple past is its base form tells no timetable: the past
    # is told as plainly (timeline.tagger._plural_subject_verb, timeline.lemmas.simple_past)
    (WED, "The raiders cut the power at 1am on Sunday.",
     [("1am", "TIME", "2024-03-10T01:00"), ("Sunday", "DATE", "2024-03-10")]),
    (WED, "The pickets read out a letter at noon on Monday.",
     [("noon", "TIME", "2024-03-11T12:00"), ("Monday", "DATE", "2024-03-11")]),
    (WED, "The strikers quit the site at 4pm on Monday.",
     [("4pm", "TIME", "2024-03-11T16:00"), ("Monday", "DATE", "2024-03-11")]),
    # guards: a base form with a past of its own is still a timetable's present
    (WED, "The trams run at 5am on Sunday.", [("5am", "TIME", "2024-03-17T05:00"), ("Sunday", "DATE", "2024-03-17")]),
    (WED, "The coaches leave at 8am on Saturday.",
     [("8am", "TIME", "2024-03-16T08:00"), ("Saturday", "DATE", "2024-03-16")]),
    # R3: the days or years 'ahead of' a named thing are the time before it, no future (ref.future); 'ahead of us' is
    (WED, "The days ahead of the launch were hectic.", []),
    (WED, "The years ahead of us look bright.", [("The years ahead", "DATE", "FUTURE_REF")]),
    (WED, "The months ahead will be hard.", [("The months ahead", "DATE", "FUTURE_REF")]),
    # R4: a holiday before a capitalised street word after a preposition of time that opens the sentence is the
    # sentence's date (neg.holiday_street, as neg.month_street and neg.weekday_place)
    (WED, "By Easter Square cafes had reopened.", [("Easter", "DATE", "2023-04-09")]),
    (WED, "Since Christmas Lane has been shut.", [("Christmas", "DATE", "2023-12-25")]),
    # guards: an island after such a preposition, a street or a ground inside a sentence stay names
    (WED, "After Christmas Island detainees rioted, guards were hired.", []),
    (WED, "Fans packed Easter Road on Saturday.", [("Saturday", "DATE", "2024-03-09")]),
    # R5: an institution after a weekday or a holiday in a title-case headline, where the capital tells no name, is
    # the day (neg.weekday_institution, neg.holiday_institution left out in title case)
    (WED, "Friday School Closures Announced By Council", [("Friday", "DATE", "2024-03-08")]),
    (WED, "Easter School Holidays Begin", [("Easter", "DATE", "2024-03-31")]),
    # guards: inside a sentence they stay names
    (WED, "Pupils of the Sunday School sang.", []),
    (WED, "The choir of Easter College sang.", []),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES, ids=[text for _, text, _ in CASES])
def test_review34b(dct: date, text: str, want: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type.value, t.value) for t in tag(text, dct)] == want


def test_simple_past_of_a_base_form() -> None:
    from timeline.lemmas import simple_past

    assert simple_past("cut") and simple_past("quit") and simple_past("sailed")
    assert not simple_past("sail") and not simple_past("run")
