"""Sentence splitting: offsets are exact, abbreviations don't split, line breaks do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("U.S. officials met on Aug. 5 at 10 a.m. in Washington.",
         ["U.S. officials met on Aug. 5 at 10 a.m. in Washington."]),
        ("Col. Smith and Dr. Jones spoke. Mr. Brown did not.",
         ["Col. Smith and Dr. Jones spoke.", "Mr. Brown did not."]),
        ("John F. Kennedy was shot in Dallas. The nation mourned.",
         ["John F. Kennedy was shot in Dallas.", "The nation mourned."]),
        ("Prices rose 3.5 percent. Analysts were surprised.", ["Prices rose 3.5 percent.", "Analysts were surprised."]),
        ("\u201cWe won,\u201d he said. \u201cNow we rest.\u201d",
         ["\u201cWe won,\u201d he said.", "\u201cNow we rest.\u201d"]),
        ("Headline without a period\nThe body starts here. It goes on.",
         ["Headline without a period", "The body starts here.", "It goes on."]),
        ("It was built in the U.S. The plant closed later.", ["It was built in the U.S.", "The plant closed later."]),
        ("Is it true? Yes! Really.", ["Is it true?", "Yes!", "Really."]),
        ("The No. 2 seed lost.", ["The No. 2 seed lost."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start : s.end] == s.text


@given(st.text(max_size=400))
def test_offsets_are_always_exact_and_in_order(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last
        last = s.end
