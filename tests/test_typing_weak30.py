"""Typing a clause that has no evidence of its own and opens with its verb (round 30): the sentence's subject, told
before the clause, is its evidence before the article's lead is ("Peace talks ..., stalled since March, | are due to
resume"). Our own made-up articles; each of the first rows was typed by the flood article's lead before."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.documents import Document
from timeline.events import _subject_of_a_bare_verb, events_for_document

# an article whose lead is a flood: what a clause with no evidence of its own was typed by before
LEAD = ("Floods swept through the river valley on Monday, killing four people and cutting off dozens of villages. "
        "Rescue teams reached the last flooded hamlets on Tuesday.")

# (later sentence, the title's first words, type)
ROWS = [
    # the subject before an aside, then ", are due to resume": talks between two sides
    ("Peace talks between the government and the rebels, stalled since March, are due to resume in Geneva "
     "next month.", "Peace talks between the government and the rebels stalled", "diplomacy"),
    # the subject before an aside, then ", has been pushed back": a sports season
    # (round 33: the reader's title takes the subject before the aside, "Due to start" before; typed as before)
    ("The football league's new season, due to start on Saturday, has been pushed back to October 3.",
     "The football league's new season due to start", "sports"),
    # "and are expected to": the subject of the first verb is the second's too
    # (round 32: the title carries the subject for the reader, "Copper exports are expected ..."; typed as before)
    ("Copper exports rose in the first quarter and are expected to climb again in July.",
     "Copper exports are expected", "economy"),
]


@pytest.mark.parametrize("learned", ["1", "0"])
@pytest.mark.parametrize("sentence, title, kind", ROWS, ids=[r[1] for r in ROWS])
def test_bare_verb_typed_by_the_subject(monkeypatch: pytest.MonkeyPatch, learned: str, sentence: str, title: str,
                                        kind: str) -> None:
    monkeypatch.setenv("TIMELINE_LEARNED_TYPER", learned)
    events = events_for_document(Document("x", LEAD + " " + sentence, date(2024, 5, 8)))
    found = [e for e in events if e.sentence == sentence and e.title.startswith(title)]
    assert found, [e.title for e in events]
    assert found[0].type == kind


# (sentence, clause, subject read: "" when the clause has a subject of its own or the subject is a speaker)
SUBJECTS = [
    ("Hotel bookings have recovered since the spring but remain below their level of 2019.",
     " but remain below their level of 2019.", "Hotel bookings"),
    ("ROME (Wire) — Ferry crossings, halted since the strike, will restart on Friday.",
     ", will restart on Friday.", "Ferry crossings"),
    # a clause with a subject of its own ("when prices rose")
    ("Bread sales fell in May, when flour prices rose.", "flour prices rose.", ""),
    # a speaker is no subject of what is told
    ("The mayor, visiting the flooded streets, said rebuilding would take years.",
     ", said rebuilding would take years.", ""),
    # the subject ends before the verb of a relative clause about it
    ("The panel of judges that oversees the contest, meeting in private, will report in June.",
     ", will report in June.", "The panel of judges"),
]


@pytest.mark.parametrize("sentence, clause, subject", SUBJECTS, ids=[r[1][:30] for r in SUBJECTS])
def test_subject_of_a_bare_verb(sentence: str, clause: str, subject: str) -> None:
    assert _subject_of_a_bare_verb(sentence, clause) == subject
