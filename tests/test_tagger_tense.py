"""sentence_tense finds the cues of a sentence once for all its expressions (timeline.tagger._tense_cues, cached by
text and bounds): texts with the same bounds never share their cues, and each expression still takes its own
nearest cue."""

from __future__ import annotations

import pytest

from timeline.resolve import FUTURE, PAST, PRESENT
from timeline.tagger import sentence_tense

# (text, the expression, its tense): the first four are the same length with the date at the same place, so their
# sentences have the same bounds; asked in turn, each must give its own tense
ROWS = [
    ("The mayor met the board on Monday.", "Monday", PAST),
    ("The mayor'll see the board Monday.", "Monday", FUTURE),
    ("The mayor says the board is ready.", "board", PRESENT),
    ("The mayor visited the board today.", "today", PAST),
    ("Ships sailed on Friday and will return on Sunday.", "Friday", PAST),
    ("Ships sailed on Friday and will return on Sunday.", "Sunday", FUTURE),
    ("On Tuesday, the club is to vote on the plan.", "Tuesday", FUTURE),
    ("Snow on Tuesday.", "Tuesday", None),
]


@pytest.mark.parametrize("rounds", [1, 2])
def test_each_text_and_expression_takes_its_own_tense(rounds: int) -> None:
    for _ in range(rounds):  # the second round asks again what is cached: the same answers
        for text, expression, expected in ROWS:
            start = text.index(expression)
            assert sentence_tense(text, start, start + len(expression)) == expected, (text, expression)


@pytest.mark.parametrize("text, expression, expected", ROWS)
def test_the_same_sentence_in_a_new_string(text: str, expression: str, expected: str | None) -> None:
    """A text equal to one seen before but built anew (another object) gives the same tense."""
    copy = "".join(list(text))
    start = copy.index(expression)
    assert sentence_tense(copy, start, start + len(expression)) == expected
