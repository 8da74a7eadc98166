"""Bugs found in review, each pinned by a table: windowed scans, offsets after lower-casing, errors, rule data."""

from __future__ import annotations

import re
from datetime import date
from re import _parser as re_parser  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.tagger as tagger_module
from timeline.rules import RuleError, load_ruleset, parse_rules, parse_words, prefix_barrier
from timeline.tagger import tag

DCT = date(2024, 3, 28)

# Pieces a generator strings together: time words, hyphenated number words, long runs of white space and
# characters whose lower case is longer than themselves ("İ" -> "i̇").
PIECES = [
    "two", "twenty-four", "thirty-one", "and a half", "to", "years", "days", "weeks", "ago", "later", "Monday",
    "Times", "Sunday", "March 22, 2020", "May", "2019", "the", "last", "next", "week", "of", "morning", "in",
    "İ", "İİİİ", "ß", "Σ", " " * 60, "\n" * 3, "\t " * 20, "-", ",", ".", "every", "quarter", "third", "from",
    "a", "year", "one", "hundred", "old",
]
text_with_traps = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=text_with_traps)
def test_windowed_scan_equals_full_scan(text: str) -> None:
    assert tag(text, DCT) == tag(text, DCT, use_triggers=False)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They waited two" + " " * 60 + "years.", "two" + " " * 60 + "years"),
        ("twenty-four and a half to twenty-four and a half years", None),
        ("The " + "İ" * 200 + " deal of March 22, 2020 held.", "March 22, 2020"),
    ],
)
def test_windowed_scan_keeps_what_full_scan_finds(text: str, expected: str | None) -> None:
    windowed = tag(text, DCT)
    assert windowed == tag(text, DCT, use_triggers=False)
    if expected is not None:
        assert expected in [t.text for t in windowed]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trigger of several words ("before now", "from now", "week of") with other white space between them
        ("The firm said it closed the plant two weeks before  now.", "two weeks before  now"),
        ("The talks resume two days from\nnow.", "two days from\nnow"),
        ("The shop stays shut for the time   being.", "the time   being"),
        ("Prices fell in the first week\tof May.", "the first week\tof May"),
        ("Traders sold heavily late in  the day.", "late in  the day"),
        ("Sales rose for the third month in  a\trow.", None),
        ("The town has changed over\n\nthe years.", None),
    ],
)
def test_a_trigger_of_several_words_holds_with_any_white_space(text: str, expected: str | None) -> None:
    windowed = tag(text, DCT)
    assert windowed == tag(text, DCT, use_triggers=False)
    if expected is not None:
        assert expected in [t.text for t in windowed]


@pytest.mark.parametrize("space", ["  ", "\t", "\n", " " * 70])
def test_every_rule_example_with_wider_space_inside_its_triggers_scans_alike(space: str) -> None:
    """Each packaged rule whose triggers hold several words: its example with other white space between them."""
    checked = 0
    for rule in load_ruleset().rules:
        example = rule.example.replace("[[", "").replace("]]", "")
        for word in (w for w in rule.triggers.words if " " in w and w in example.lower()):
            at = example.lower().index(word)
            text = example[:at] + example[at : at + len(word)].replace(" ", space) + example[at + len(word) :]
            assert tag(text, DCT) == tag(text, DCT, use_triggers=False), (rule.id, text)
            checked += 1
    assert checked > 0  # the packaged rules have such triggers: the loop ran


@pytest.mark.parametrize(
    "pattern, inside, outside",
    [
        # what a match can hold before its trigger group: word characters, white space, the signs written there
        (r"(?P<n>\d+(?:\.\d+)?)-?\s+(?P<u>days?)", "7 .-\t", ",;:()'"),
        (r"(?:(?P<n>\w+),\s+)?(?P<u>days?)", "a ,", ".-("),
        (r"(?<!,)(?=\d)(?P<n>\d+)\s+(?P<u>days?)", "7 ", ",-"),  # look-arounds consume nothing
        # anything may stand before the group: no barrier
        (r"(?P<n>.+)\s+(?P<u>days?)", None, None),
        (r"(?P<n>[^x]+)\s+(?P<u>days?)", None, None),
        (r"(?P<u>days?)\s+later", None, None),  # nothing before the group
        (r"(?:(?P<u>days?)|weeks)\s+later", None, None),  # the group inside a branch: no bound at all
    ],
)
def test_prefix_barrier(pattern: str, inside: str | None, outside: str | None) -> None:
    """Which characters a window may start after: those no match holds before the trigger group (one each)."""
    flags = int(re.IGNORECASE)
    barrier = prefix_barrier(re_parser.parse(pattern, flags), re.compile(pattern, flags).groupindex["u"])
    if inside is None:
        assert barrier is None
        return
    assert barrier is not None and outside is not None
    assert [c for c in inside if barrier.match(c)] == []
    assert [c for c in outside if not barrier.match(c)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales, after two, weeks of talks, ended; three, four and five days later it reopened.",
        "It took (twenty-four) hours: then 3.5 days, 2 1/2 weeks - and 10, 11 months.",
        "The fund lost 4% in the year to March, 2020 and, 12 days later, 5%.",
    ],
)
def test_windows_that_start_after_a_barrier_scan_alike(text: str) -> None:
    assert tag(text, DCT) == tag(text, DCT, use_triggers=False)


def test_a_negative_rule_across_a_long_space_run_still_removes() -> None:
    text = "The Monday" + " " * 60 + "Times printed it."
    assert tag(text, DCT) == tag(text, DCT, use_triggers=False)


def test_offsets_survive_text_whose_lower_case_is_longer() -> None:
    text = "İ" * 200 + " It ended on March 22, 2020."
    found = [t for t in tag(text, DCT)]
    assert [(t.text, t.value) for t in found] == [("March 22, 2020", "2020-03-22")]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_a_resolver_error_surfaces(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> str:
        raise KeyError("a bug in the resolver")

    monkeypatch.setattr(tagger_module, "resolve_value", broken)
    with pytest.raises(KeyError):
        tag("It ended on March 22, 2020.", DCT)


WORDS = parse_words("unit\tdays?\tD\n", "words")


@pytest.mark.parametrize(
    "value, error",
    [
        ("dur n={n} u={unit}", "unknown group"),  # {unit}: the pattern names its group u
        ("dur n={count} u={u}", "unknown group"),
    ],
)
def test_a_value_naming_a_group_the_pattern_lacks_fails_on_load(value: str, error: str) -> None:
    line = f"dur.x\tDURATION\t{value}\tday\t(?P<n>\\d+)\\s+(?P<u>%unit%)\t3 days\n"
    with pytest.raises(RuleError, match=error):
        parse_rules(line, "rules", WORDS)


@pytest.mark.parametrize(
    "text, expected_mod",
    [
        ("The talks lasted nearly three hours.", "LESS_THAN"),
        ("It rained for about a week.", "APPROX"),
        ("It began in early 2019.", "START"),
        ("The plant closed at the end of 2019.", "END"),
    ],
)
def test_modifiers_come_from_the_word_file(text: str, expected_mod: str) -> None:
    [timex] = tag(text, DCT)
    assert timex.mod == expected_mod


def test_the_word_file_is_the_only_source_of_modifiers() -> None:
    ruleset = load_ruleset()
    premod = dict(ruleset.words.entries["premod"])
    approx = dict(ruleset.words.entries["approx"])
    assert premod and approx
    assert not hasattr(tagger_module, "_DATE_MODS") and not hasattr(tagger_module, "_DURATION_MODS")


# "N units on" is "N units later" only where "on" ends the phrase ("Two years on, the town has rebuilt"); before a
# noun ("spent 14 months on trial") the units are a plain duration, not a stretch counted from the date before
@pytest.mark.parametrize(
    "text, expression, rule",
    [
        ("He was arrested in May 2020 and spent 14 months on remand.", "14 months", "dur.count_unit"),
        ("The crew worked in March 2019 and spent six weeks on the repairs.", "six weeks", "dur.count_unit"),
        ("The dam burst in June 2015. Two years on, the valley has been replanted.", "Two years", "dur.later"),
        ("The dam burst in June 2015. Three years on from the disaster, it reopened.", "Three years", "dur.later"),
        ("The dam burst in June 2015. Five years later it reopened.", "Five years", "dur.later"),
    ],
)
def test_units_on_count_from_the_date_before_only_where_on_ends_the_phrase(
    text: str, expression: str, rule: str
) -> None:
    found = [t for t in tag(text, DCT) if t.text == expression]
    assert [t.rule for t in found] == [rule]


# "N units later" counts from the date before it, and is told no finer than that date: after a month, "a month later"
# is the next month, "a year later" the same month a year on; after a year, "two years later" is a year; after a day,
# or a count that does not fall on whole months or years of that date, it stays a day
@pytest.mark.parametrize(
    "text, expression, first, last",
    [
        ("The bank froze deposits in June 2022 and collapsed a month later.", "a month",
         date(2022, 7, 1), date(2022, 7, 31)),
        ("The mine opened in March 2015 and flooded a year later.", "a year", date(2016, 3, 1), date(2016, 3, 31)),
        ("The mine opened in 2015 and shut two years later.", "two years", date(2017, 1, 1), date(2017, 12, 31)),
        ("The mine opened in November 2015 and shut three months later.", "three months",
         date(2016, 2, 1), date(2016, 2, 29)),
        ("The mine opened on March 3, 2015 and shut a month later.", "a month", date(2015, 4, 2), date(2015, 4, 2)),
        ("The mine opened in 2015 and shut six months later.", "six months", date(2015, 6, 30), date(2015, 6, 30)),
    ],
)
def test_units_later_are_told_as_finely_as_the_date_before(text: str, expression: str, first: date, last: date) -> None:
    found = [(t.first_day, t.last_day) for t in tag(text, DCT) if t.text == expression]
    assert found == [(first, last)]
