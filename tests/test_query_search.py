"""What a search matches (timeline.search): each word of the search begins a word of the title, sentence or
context. One table, asked of the row-by-row check, the table mask and the page's filter."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.search import matches, search_words, text_mask
from timeline.timeline_data import Filters, apply_filters

# (search text, title, sentence, context, matches?)
CASES = [
    ("ferry", "Ferry strike", "The ferry crews walked out.", "", True),
    ("FERRY", "Ferry strike", "", "", True),
    ("fer str", "Ferry strike", "", "", True),
    ("strike ferry", "Ferry strike", "", "", True),
    ("ferry strike", "Strike called", "The ferry crews walked out.", "", True),
    ("erry", "Ferry strike", "The ferry crews walked out.", "", False),
    ("ferry bus", "Ferry strike", "The ferry crews walked out.", "", False),
    ("walked out", "Ferry strike", "", "Crews walked out at dawn.", True),
    ("crews-walked", "", "The ferry crews walked out.", "", True),
    ("zÜrich", "Zürich fares", "", "", True),
    ("ürich", "Zürich fares", "", "", False),
    ("istanbul", "İstanbul talks", "", "", True),
    ("İSTANBUL", "Talks in Istanbul", "", "", True),
    ("stanbul", "İstanbul talks", "", "", False),
    ("50%", "", "Fares fell by 50% on Monday.", "", True),
    ("5", "", "Fares fell by 50% on Monday.", "", True),
    ("0", "", "Fares fell by 50% on Monday.", "", False),
    ("2024-03", "", "It opened on 2024-03-15.", "", True),
    ("under_score", "", "An under score here.", "", True),
    ("ferry", "Ferries strike", "", "", False),
    ("", "Anything", "", "", True),
    ("?!", "Anything", "", "", True),
]


@pytest.mark.parametrize(("text", "title", "sentence", "context", "expected"), CASES)
def test_what_a_search_matches(text: str, title: str, sentence: str, context: str, expected: bool) -> None:
    words = search_words(text)
    assert matches((title, sentence, context), words) is expected
    frame = pd.DataFrame({"title": [title, "nothing here"], "sentence": [sentence, ""], "context": [context, None]})
    assert text_mask(frame, text).tolist()[0] is expected
    assert bool(text_mask(frame, text).tolist()[1]) is (not words)


@pytest.mark.parametrize(("text", "words"), [
    ("Harbour-railway 50%", ["harbour", "railway", "50"]),
    ("  the THE the ", ["the"]),
    ("Zürich, São Paulo", ["zürich", "são", "paulo"]),
    ("İstanbul", ["istanbul"]),
    ("a_b", ["a", "b"]),
    ("%_!", []),
])
def test_search_words(text: str, words: list[str]) -> None:
    assert search_words(text) == words


def test_the_page_filter_uses_the_same_rule() -> None:
    frame = pd.DataFrame({"title": [c[1] for c in CASES], "sentence": [c[2] for c in CASES],
                          "context": [c[3] for c in CASES]})
    for text, *_ in CASES:
        expected = [matches((c[1], c[2], c[3]), search_words(text)) for c in CASES]
        kept = apply_filters(frame, Filters(text=text)).index.tolist()
        assert kept == [i for i, e in enumerate(expected) if e], text
