"""What a text search matches, said once for every backend of the page.

A search's words are its runs of letters and digits, lower-cased ("Harbour-railway 50%" has the words harbour,
railway and 50). An event matches when each of them begins a word of its title, sentence or context (in any order,
in any of the three): "harb rail" finds "the harbour railway closed" and "a railway to the harbour", not
"shipyard-harbour"'s "arbour". A search without a letter or digit filters nothing.

Words, not substrings, so that an index of words can answer a search over millions of events without reading them
(timeline.query); the in-memory page and the SQL backends use the same rule, tested against each other.
"""

from __future__ import annotations

import re

import pandas as pd

# a word: letters and digits of any script (Unicode categories L and N; the SQL side says [\pL\pN]+)
WORD = re.compile(r"[^\W_]+")
# the same in RE2 (DuckDB), for the scan when there is no index
SQL_WORD = r"[\pL\pN]"
TEXT_FIELDS = ("title", "sentence", "context")


def fold(text: str) -> str:
    """Lower case as pandas and DuckDB give it: Python lower-cases a dotted capital I ("İstanbul") to "i" and a
    combining dot, which would end the word after its "i"; they give "i"."""
    return text.replace("İ", "I").lower()


def search_words(text: str) -> list[str]:
    """The distinct words of a search text, lower-cased, in order of first appearance."""
    return list(dict.fromkeys(WORD.findall(fold(text))))


def word_pattern(word: str) -> re.Pattern[str]:
    """A pattern finding `word` (lower case) at the start of a word of a lower-cased text."""
    return re.compile(r"(?<![^\W_])" + re.escape(word))


def matches(texts: tuple[str | None, ...], words: list[str]) -> bool:
    """Whether every word begins a word of one of the texts."""
    joined = fold(" ".join(t for t in texts if isinstance(t, str)))
    return all(word_pattern(w).search(joined) for w in words)


def text_mask(frame: pd.DataFrame, text: str) -> pd.Series:
    """The rows of an events table whose title, sentence or context hold every word of the search."""
    words = search_words(text)
    mask = pd.Series(True, index=frame.index)
    if not words:
        return mask
    fields = [frame[name].fillna("").astype(str) for name in TEXT_FIELDS]
    joined = (fields[0] + " " + fields[1] + " " + fields[2]).str.lower()
    for word in words:
        mask &= joined.str.contains(word_pattern(word).pattern, regex=True)
    return mask
