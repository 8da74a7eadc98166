"""Split text into sentences with character offsets, without a model: abbreviations (a data file) don't split,
a line break always does (a heading or a standfirst ends at its line)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# a candidate end: . ! ? (or …), then closing quotes/brackets, then space, then what may start a sentence. The stops
# are written "[.!?…][.!?…]*", not "[.!?…]+": a pattern that starts with a class lets the engine leap from one stop
# to the next instead of trying each place of the text (the same matches)
_CANDIDATE_END = re.compile(r"([.!?…][.!?…]*)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_FOLLOWER = re.compile(r"\s+[\"'“‘(]?([A-Za-z]+)")  # the word after an abbreviation's period
_LINE = re.compile(r"[^\n]+")
_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I But And In On At This That These Those His Her Their Its Our Mr Mrs Ms Dr "
    "After Before When While However Meanwhile Police Officials There Some Many".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its offsets in the text (end exclusive) and its text."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The abbreviations of resources/abbreviations.tsv."""
    text = (resources.files("timeline") / "resources" / "abbreviations.tsv").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    key = word.lower().rstrip(".")
    if key in abbreviations():
        follower = _FOLLOWER.match(text[dot + 1 : dot + 30])
        # "in the U.S. The president ..." ends a sentence; "U.S. officials" does not
        if "." in key and follower and follower.group(1) in _SENTENCE_STARTERS:
            return False
        return True
    return False


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    begin = start
    for match in _CANDIDATE_END.finditer(text, start, end):
        dot = match.start(1)
        if match.group(1) == "." and _is_abbreviation(text, dot):
            continue
        pieces.append((begin, match.end(2)))
        begin = match.end(3)
    pieces.append((begin, end))
    return pieces


MAX_SENTENCE = 1000  # longer runs without a sentence end are cut at a space: no real sentence is that long


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, with offsets; whitespace around them is not part of them."""
    sentences = []
    for line in _LINE.finditer(text):
        for sentence_start, sentence_end in _split_line(text, line.start(), line.end()):
            for start, end in _bounded(text, sentence_start, sentence_end):
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    sentences.append(Sentence(start, end, text[start:end]))
    return sentences
