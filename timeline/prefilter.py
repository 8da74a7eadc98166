"""A cheap test run before a case-insensitive pattern whose every match holds one of a few words: when the stretch of
text holds none of them, the pattern cannot match and is not run (the same answer, without the regular expression
engine trying each place of the stretch)."""

from __future__ import annotations


def may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] may hold a match of a case-insensitive pattern every match of which holds one of `words`
    (lower case, ASCII): True when one of them is there, or when the stretch is not ASCII (the engine's case
    folding then reaches beyond str.lower: "ſ" matches "s", the Kelvin sign "k")."""
    part = text[lo:hi]
    if not part.isascii():
        return True
    part = part.lower()
    for word in words:
        if word in part:
            return True
    return False
