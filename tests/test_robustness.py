"""No string makes the tagger or the event builder raise; adversarial text is handled (timing is in bench/)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import events_for_document
from timeline.model import Document

PIECES = ["from", "to", "since", "until", "when", "-", "–", ",", ".", "\n", "Read more", "\n---\n", "Monday", "May",
          "March 22", "2024", "1999-2000", "3-5", "the 1990s", "next week", "two weeks later", "days after",
          "three months away", "0000", "99999999", "'s", "which", "who", "will", "said", "<b>", "&amp;", "“", "”",
          "Q3", "H1", "a.m.", "U.S.", " ", "Christmas", "the following day", "Thursday,"]
texts = st.one_of(st.text(max_size=500), st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join))
anchors = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=texts, published=anchors)
def test_events_for_any_text(text: str, published: date | None) -> None:
    events = events_for_document(Document("d", text, published))
    for event in events:
        assert event.start <= event.end
        assert len(event.title) <= 80
        for mention in event.mentions:
            assert text[mention.char_start : mention.char_end] == mention.expression
            assert text[mention.sentence_start : mention.sentence_start + len(mention.sentence)] == mention.sentence


def test_a_duration_before_the_calendar_starts() -> None:
    """Found by the property test above: "730120 DAY after" in a text of 2000 reached before year 1."""
    assert events_for_document(Document("d", "730120 DAY after ", date(2000, 1, 1))) == []
