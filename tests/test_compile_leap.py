"""compile_pattern's search leap (the characters a search may start a match at, from a rule's first-character
look-ahead) is built from the ASCII characters alone plus one range for everything beyond ASCII: the set it leaps to
must be exactly those characters, and a rule compiled with it must find what the plain compile finds."""

from __future__ import annotations

import re

import pytest

from timeline.rules import compile_pattern, default_ruleset

# every character of the first planes' sample, surrogates left out (a str may hold them, a text never does), and a
# few beyond the BMP
_ALL = "".join(chr(c) for c in (*range(0x3000), *range(0xE000, 0xE100), 0xFB01, 0xFF21, 0xFFFD, 0x10400, 0x1F600))

# a pattern that matches any one character and has no leap of its own: the leap alone decides where it matches
_ANY = r"(?=[\s\S])[\s\S]"


def _firsts() -> list[str]:
    found = {rule.first for rule in default_ruleset().rules if rule.first}
    return sorted(found) + [r"(?=[\dmt])", r"(?=[aeiou'])", r"(?=\d)", r"(?=[^\w\s])", r"(?=[A-Z])", r"(?=k)"]


def test_the_rules_have_look_aheads_to_check() -> None:
    assert len(_firsts()) > 20


@pytest.mark.parametrize("first", _firsts())
def test_a_search_leaps_to_exactly_the_look_aheads_ascii_and_everything_beyond(first: str) -> None:
    opening = re.compile(first, re.IGNORECASE)
    expected = [i for i, c in enumerate(_ALL) if ord(c) >= 128 or opening.match(c)]
    leaping = compile_pattern(_ANY, first)
    assert [m.start() for m in leaping.finditer(_ALL)] == expected


def test_a_look_ahead_that_lets_no_ascii_through_leaps_to_everything_beyond() -> None:
    leaping = compile_pattern(_ANY, r"(?=é)")
    assert [m.start() for m in leaping.finditer("abc é 1ü")] == [4, 7]


# (a rule compiled with the leap finds what the plain compile finds: tests/test_matching_speedups.py checks every rule,
# upper and lower case and beyond ASCII)


_TRIGGER_TEXTS = [
    "The 1990s ended; by 2004 the firm was 12 years old, and at 08:30 on the 3rd it met at 7.45pm, then 19.05.",
    "Prices were set PER unit in Q3 and q3; a man of 40 years OF AGE left at 11 P.M. on 1.2.3 and '98.",
    "Nothing here but words, and a 2100-page report, 23:59, 24:00, 9.60, 1.000 and 12.30.5",
    "Ünïcödé text with ٣ digits, the 2ⁿᵈ and 1st of May, ２０２０, per\u00a0head, Per\tday",
]


@pytest.mark.parametrize("text", _TRIGGER_TEXTS)
def test_the_trigger_patterns_find_what_a_plain_compile_finds(text: str) -> None:
    patterns = {rule.triggers.pattern for rule in default_ruleset().rules if rule.triggers.pattern is not None}
    assert len(patterns) > 5
    for pattern in patterns:
        plain = re.compile(pattern.pattern, re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern.pattern


def test_the_trigger_texts_hold_matches_of_most_trigger_patterns() -> None:
    patterns = {rule.triggers.pattern for rule in default_ruleset().rules if rule.triggers.pattern is not None}
    found = {p for p in patterns if any(p.search(text) for text in _TRIGGER_TEXTS)}
    assert len(found) >= len(patterns) - 1
