"""The tagger's held-out set: tests/tagger_heldout.tsv (expressions) and tests/tagger_heldout_negative.tsv
(look-alikes), written in our own words in registers our tables covered thinly (business press, sports, liveblogs and
wire datelines, British/Indian/Australian date forms, holidays, tense-decided weekdays and months, vague references,
durations, sets, clock times), and committed (a8a6df0) before the tagger was run on them.

Each file is cut in two by line order, counting expression lines only: odd lines are the dev half (its errors were
read and the rules fixed in general terms), even lines the test half (only its figures were read). The measure is the
share of expressions found with exactly the marked span and the gold value (and the share of look-alikes left alone);
the floors sit a little below the figures measured last, so that the measure can go up and a change that makes the
tagger clearly worse on such news fails here. Figures, from `python3 -m tests.test_tagger_heldout --test` (the
test half read only before the first fix and after the last):

    expressions found (exact span, gold value)    dev half (133)   test half (132)
    before the fixes (a8a6df0)                     0.827            0.795
    after the dev-half fixes (2bcfe4a)             0.955            0.818
    after the tense fixes (0bf71d3)                0.992            0.841
    after the test halves were read too (s20)      0.992            0.955
    look-alikes left alone                         dev (12)         test (11)
    before / after                                 0.833 / 1.000    0.909 / 0.909
    after the test halves were read too (s20)      1.000            1.000

A second set, tests/tagger_heldout2.tsv and tests/tagger_heldout2_negative.tsv, written independently in registers
the first covers thinly (court and legal news, obituaries, science and health, local news and weather, elections,
financial calendars, travel and sport, headlines and datelines, ranges, tense-decided dates) and committed (dc9f9ec)
before the tagger was run on it, is cut and measured the same way (FLOORS2):

    expressions found (exact span, gold value)    dev half (111)   test half (111)
    before the fixes (dc9f9ec)                     0.874            0.928
    after the dev-half fixes                       0.964            0.928
    after a review narrowed the tense cues          0.955            0.928
    after the test halves were read too (s20)      0.982            0.991
    look-alikes left alone                         dev (12)         test (12)
    before / after                                 0.833 / 1.000    0.833 / 0.833
    after the test halves were read too (s20)      1.000            1.000

From round 20 on, the test halves of both sets were read as development data too (a new held-out set, not in this
repository, took their place as the measure that nobody tuned on): their figures since then are no longer held out.

(two dev-half gold lines were corrected after the first run, see the file's header; the "before" dev figure was
measured with them as first written.)

A third set, tests/tagger_heldout3.tsv and tests/tagger_heldout3_negative.tsv, written independently in registers the
first two cover thinly (broadcast transcripts, opinion and analysis, fiscal calendars, sports seasons, historical
background, relative chains, durations, sets, clock times and parts of the day, ranges with both ends marked,
tense-decided weekdays and months, date forms outside the US) and committed before the tagger was run on it, is cut and
measured the same way (FLOORS3). Its first measurement (the tagger of b56580f, before any change made after the set
was written) printed dev 0.836 / test 0.845 expressions found, 0.917 / 0.917 look-alikes left alone; after round 20
dev 0.936 / test 0.882 (the test half's errors never read); the floors sit a little below.

A fourth set, tests/tagger_heldout4.tsv and tests/tagger_heldout4_negative.tsv (round 21: sports, courts, markets,
earnings, fiscal calendars, weather, elections, listings, obituaries, timetables, holidays, ranges across years), was
committed before the tagger ran on it and is measured the same way (FLOORS4); its first measurement (the tagger of
5d5718a) printed dev 0.909 / test 0.918 expressions found, 0.692 / 0.917 look-alikes left alone. Its test half is held
out like set 3's.

`python3 -m tests.test_tagger_heldout --dev-errors` lists the dev half's misses, `--errors` both halves' (the test
halves of sets 1 and 2 are development data since round 20); set 3 is held out, so `--errors` refuses its test half and
prints only set 3's dev-half misses, with or without `--set` (HELD_OUT); `--set 3` (or `--set 1`, `--set 2`) limits the
figures or the misses to one set.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TypeVar

import pytest

from tests.test_tagger_cases import CASES as TUNED
from tests.test_tagger_cases import Case, _rows, _unmark, check_case
from timeline.tagger import tag

HELDOUT = "tagger_heldout.tsv"
NEGATIVE = "tagger_heldout_negative.tsv"
HELDOUT2 = "tagger_heldout2.tsv"
NEGATIVE2 = "tagger_heldout2_negative.tsv"
HELDOUT3 = "tagger_heldout3.tsv"
NEGATIVE3 = "tagger_heldout3_negative.tsv"
HELDOUT4 = "tagger_heldout4.tsv"
NEGATIVE4 = "tagger_heldout4_negative.tsv"
HELDOUT5 = "tagger_heldout5.tsv"
NEGATIVE5 = "tagger_heldout5_negative.tsv"
HELDOUT6 = "tagger_heldout6.tsv"
NEGATIVE6 = "tagger_heldout6_negative.tsv"
HELDOUT7 = "tagger_heldout7.tsv"
NEGATIVE7 = "tagger_heldout7_negative.tsv"
HELDOUT8 = "tagger_heldout8.tsv"
NEGATIVE8 = "tagger_heldout8_negative.tsv"
HELDOUT9 = "tagger_heldout9.tsv"
NEGATIVE9 = "tagger_heldout9_negative.tsv"
HELDOUT10 = "tagger_heldout10.tsv"
NEGATIVE10 = "tagger_heldout10_negative.tsv"
HELDOUT11 = "tagger_heldout11.tsv"
NEGATIVE11 = "tagger_heldout11_negative.tsv"
HELDOUT12 = "tagger_heldout12.tsv"
NEGATIVE12 = "tagger_heldout12_negative.tsv"
HELDOUT13 = "tagger_heldout13.tsv"
NEGATIVE13 = "tagger_heldout13_negative.tsv"
HELDOUT14 = "tagger_heldout14.tsv"
NEGATIVE14 = "tagger_heldout14_negative.tsv"
HELDOUT15 = "tagger_heldout15.tsv"
NEGATIVE15 = "tagger_heldout15_negative.tsv"
HELDOUT16 = "tagger_heldout16.tsv"
NEGATIVE16 = "tagger_heldout16_negative.tsv"
HELDOUT17 = "tagger_heldout17.tsv"
NEGATIVE17 = "tagger_heldout17_negative.tsv"
HELDOUT18 = "tagger_heldout18.tsv"
NEGATIVE18 = "tagger_heldout18_negative.tsv"
HELDOUT19 = "tagger_heldout19.tsv"
NEGATIVE19 = "tagger_heldout19_negative.tsv"
HELDOUT20 = "tagger_heldout20.tsv"
NEGATIVE20 = "tagger_heldout20_negative.tsv"
T = TypeVar("T")
FLOORS = {("found", "dev"): 0.98, ("found", "test"): 0.94, ("clean", "dev"): 0.95, ("clean", "test"): 0.95}
FLOORS2 = {("found", "dev"): 0.97, ("found", "test"): 0.98, ("clean", "dev"): 0.95, ("clean", "test"): 0.95}
# set 3, committed before the tagger ran on it: 0.836 / 0.845 at b56580f, 0.936 / 0.882 after round 20
# sets whose test half is held out: its misses are never printed, only its figures
HELD_OUT = {"3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
FLOORS3 = {("found", "dev"): 0.91, ("found", "test"): 0.86, ("clean", "dev"): 0.85, ("clean", "test"): 0.85}
# set 4, committed before the tagger ran on it (round 21): 0.909 / 0.918 found, 0.692 / 0.917 clean at 5d5718a
# after round 21 (its dev half read and fixed against): 0.973 / 0.927 found, 0.769 / 0.917 clean
FLOORS4 = {("found", "dev"): 0.95, ("found", "test"): 0.90, ("clean", "dev"): 0.69, ("clean", "test"): 0.83}
# set 5, committed before the tagger ran on it (round 22): 0.849 / 0.824 found, 0.600 / 0.600 clean at 3b961ef;
# after round 22 (its dev half read and fixed against): 1.000 / 0.916 found, 1.000 / 0.600 clean
FLOORS5 = {("found", "dev"): 0.95, ("found", "test"): 0.88, ("clean", "dev"): 0.93, ("clean", "test"): 0.53}
# set 6, committed before the tagger ran on it (round 23): 0.885 / 0.885 found, 0.667 / 0.800 clean at 8afc2dc
# after round 23 (its dev half read and fixed against, its test half not): 0.959 / 0.926 found, 0.800 / 0.867 clean
FLOORS6 = {("found", "dev"): 0.93, ("found", "test"): 0.90, ("clean", "dev"): 0.73, ("clean", "test"): 0.80}
# set 7, committed before the tagger ran on it (round 24): 0.923 / 0.969 found, 0.733 / 0.400 clean at 7e76f0e;
# after round 24 (its dev half read and fixed against, its test half not): 0.985 / 0.984 found, 1.000 / 0.400 clean
FLOORS7 = {("found", "dev"): 0.95, ("found", "test"): 0.95, ("clean", "dev"): 0.93, ("clean", "test"): 0.33}
# set 8, committed before the tagger ran on it (round 25): 0.969 / 0.960 found, 0.667 / 0.667 clean at 3c25904
FLOORS8 = {("found", "dev"): 0.93, ("found", "test"): 0.92, ("clean", "dev"): 0.60, ("clean", "test"): 0.60}
# set 9, committed before the tagger ran on it (round 26): 0.959 / 0.934 found, 0.733 / 0.800 clean at f8dd999
FLOORS9 = {("found", "dev"): 0.93, ("found", "test"): 0.90, ("clean", "dev"): 0.66, ("clean", "test"): 0.73}
# set 10, committed before the tagger ran on it (round 27): 0.900 / 0.917 found, 0.750 / 0.688 clean at 8eeeb8c
FLOORS10 = {("found", "dev"): 0.87, ("found", "test"): 0.88, ("clean", "dev"): 0.68, ("clean", "test"): 0.62}
# set 11, committed before the tagger ran on it (round 28): 0.933 / 0.958 found, 0.647 / 0.875 clean at 9a6f8b0
FLOORS11 = {("found", "dev"): 0.90, ("found", "test"): 0.92, ("clean", "dev"): 0.58, ("clean", "test"): 0.81}
# set 12, committed before the tagger ran on it (round 29): 0.967 / 0.959 found, 0.750 / 0.812 clean at 662ea88
FLOORS12 = {("found", "dev"): 0.94, ("found", "test"): 0.93, ("clean", "dev"): 0.68, ("clean", "test"): 0.75}
# set 13 (round 30): first measure at 6cdd17f, before any change: dev 0.962 / 0.625, test 0.985 / 0.812
FLOORS13 = {("found", "dev"): 0.94, ("found", "test"): 0.96, ("clean", "dev"): 0.56, ("clean", "test"): 0.75}
# set 14 (round 31): first measure at 6448f3c, before any change: dev 0.918 / 1.000, test 0.925 / 0.875
FLOORS14 = {("found", "dev"): 0.89, ("found", "test"): 0.90, ("clean", "dev"): 0.87, ("clean", "test"): 0.81}
# set 15 (round 32): first measure at 96a5ab3, before any change: dev 0.963 / 0.875, test 0.962 / 0.875
FLOORS15 = {("found", "dev"): 0.93, ("found", "test"): 0.93, ("clean", "dev"): 0.81, ("clean", "test"): 0.81}
# set 16 (round 33): first measure at 1717574, before any change: dev 0.970 / 0.938, test 0.963 / 0.875
FLOORS16 = {("found", "dev"): 0.94, ("found", "test"): 0.93, ("clean", "dev"): 0.87, ("clean", "test"): 0.81}
# set 17 (round 34): first measure at 39b1d4d, before any change: dev 0.937 / 0.750, test 0.901 / 0.875
FLOORS17 = {("found", "dev"): 0.91, ("found", "test"): 0.87, ("clean", "dev"): 0.68, ("clean", "test"): 0.81}
# set 18 (round 35): first measure at aec6747, before any change: dev 0.965 / 0.938, test 0.972 / 0.688
FLOORS18 = {("found", "dev"): 0.94, ("found", "test"): 0.95, ("clean", "dev"): 0.87, ("clean", "test"): 0.62}
# set 19 (round 36): first measure at f9d8998, before any change: dev 0.972 / 0.875, test 0.922 / 0.812
FLOORS19 = {("found", "dev"): 0.94, ("found", "test"): 0.89, ("clean", "dev"): 0.81, ("clean", "test"): 0.75}
# set 20 (round 37): first measure at a4e1a07, before any change: dev 0.915 / 0.688, test 0.929 / 0.688
FLOORS20 = {("found", "dev"): 0.88, ("found", "test"): 0.89, ("clean", "dev"): 0.62, ("clean", "test"): 0.62}


def load_heldout(name: str = HELDOUT) -> list[Case]:
    cases = []
    for group, marked, dct, timex_type, value in _rows(name):
        text, start, end = _unmark(marked)
        cases.append(Case(group, text, start, end, date.fromisoformat(dct), timex_type, value))
    return cases


def load_negatives(name: str = NEGATIVE) -> list[tuple[str, str, int, int]]:
    return [(group, *_unmark(marked)) for group, marked in _rows(name)]


def half(rows: list[T], name: str) -> list[T]:
    """The dev half (1st, 3rd, ... line) or the test half (2nd, 4th, ...)."""
    return rows[0::2] if name == "dev" else rows[1::2]


def found_share(cases: list[Case]) -> float:
    """The share of cases whose expression the tagger finds with exactly the marked span and the gold value."""
    return sum(_found(c) for c in cases) / len(cases)


def _found(case: Case) -> bool:
    return any((t.start, t.end, t.value) == (case.start, case.end, case.value) for t in tag(case.text, case.dct))


def clean_share(negatives: list[tuple[str, str, int, int]], dct: date = date(2024, 3, 28)) -> float:
    """The share of look-alikes where the tagger finds nothing overlapping the marked part."""
    return sum(not any(t.start < end and start < t.end for t in tag(text, dct))
               for _, text, start, end in negatives) / len(negatives)


CASES = load_heldout()
NEGATIVES = load_negatives()
CASES2 = load_heldout(HELDOUT2)
NEGATIVES2 = load_negatives(NEGATIVE2)
CASES3 = load_heldout(HELDOUT3)
NEGATIVES3 = load_negatives(NEGATIVE3)
CASES4 = load_heldout(HELDOUT4)
NEGATIVES4 = load_negatives(NEGATIVE4)
CASES5 = load_heldout(HELDOUT5)
NEGATIVES5 = load_negatives(NEGATIVE5)
CASES6 = load_heldout(HELDOUT6)
NEGATIVES6 = load_negatives(NEGATIVE6)
CASES7 = load_heldout(HELDOUT7)
NEGATIVES7 = load_negatives(NEGATIVE7)
CASES8 = load_heldout(HELDOUT8)
NEGATIVES8 = load_negatives(NEGATIVE8)
CASES9 = load_heldout(HELDOUT9)
NEGATIVES9 = load_negatives(NEGATIVE9)
CASES10 = load_heldout(HELDOUT10)
NEGATIVES10 = load_negatives(NEGATIVE10)
CASES11 = load_heldout(HELDOUT11)
NEGATIVES11 = load_negatives(NEGATIVE11)
CASES12 = load_heldout(HELDOUT12)
NEGATIVES12 = load_negatives(NEGATIVE12)
CASES13 = load_heldout(HELDOUT13)
NEGATIVES13 = load_negatives(NEGATIVE13)
CASES14 = load_heldout(HELDOUT14)
NEGATIVES14 = load_negatives(NEGATIVE14)
CASES15 = load_heldout(HELDOUT15)
NEGATIVES15 = load_negatives(NEGATIVE15)
CASES16 = load_heldout(HELDOUT16)
NEGATIVES16 = load_negatives(NEGATIVE16)
CASES17 = load_heldout(HELDOUT17)
NEGATIVES17 = load_negatives(NEGATIVE17)
CASES18 = load_heldout(HELDOUT18)
NEGATIVES18 = load_negatives(NEGATIVE18)
CASES19 = load_heldout(HELDOUT19)
NEGATIVES19 = load_negatives(NEGATIVE19)
CASES20 = load_heldout(HELDOUT20)
NEGATIVES20 = load_negatives(NEGATIVE20)
SETS = {"1": (CASES, NEGATIVES), "2": (CASES2, NEGATIVES2), "3": (CASES3, NEGATIVES3), "4": (CASES4, NEGATIVES4),
        "5": (CASES5, NEGATIVES5), "6": (CASES6, NEGATIVES6),
        "7": (CASES7, NEGATIVES7), "8": (CASES8, NEGATIVES8), "9": (CASES9, NEGATIVES9),
        "10": (CASES10, NEGATIVES10), "11": (CASES11, NEGATIVES11),
        "12": (CASES12, NEGATIVES12),
        "13": (CASES13, NEGATIVES13),
        "14": (CASES14, NEGATIVES14),
        "15": (CASES15, NEGATIVES15),
        "16": (CASES16, NEGATIVES16),
        "17": (CASES17, NEGATIVES17),
        "18": (CASES18, NEGATIVES18),
        "19": (CASES19, NEGATIVES19),
        "20": (CASES20, NEGATIVES20)}


def measure(measure_name: str, half_name: str, set_name: str = "1") -> float:
    cases, negatives = SETS[set_name]
    if measure_name == "found":
        return found_share(half(cases, half_name))
    return clean_share(half(negatives, half_name))


def test_the_set_is_large_balanced_and_covers_every_register() -> None:
    assert len(CASES) >= 200 and len(NEGATIVES) >= 20
    groups = {c.group for c in CASES}
    assert {"business", "sports", "liveblog", "intl", "holiday", "relative", "tense", "vague", "duration", "set",
            "time"} <= groups
    for group in groups:  # each register lands in both halves
        lines = [i for i, c in enumerate(CASES) if c.group == group]
        assert any(i % 2 == 0 for i in lines) and any(i % 2 == 1 for i in lines), group


def test_the_second_set_is_large_balanced_and_covers_its_registers() -> None:
    assert len(CASES2) >= 200 and len(NEGATIVES2) >= 20
    groups = {c.group for c in CASES2}
    assert {"court", "obituary", "science", "weather", "local", "election", "finance", "sport", "travel", "dateline",
            "headline", "range", "tense"} <= groups
    for group in groups:
        lines = [i for i, c in enumerate(CASES2) if c.group == group]
        assert any(i % 2 == 0 for i in lines) and any(i % 2 == 1 for i in lines), group


def test_the_third_set_is_large_balanced_and_covers_its_registers() -> None:
    assert len(CASES3) >= 200 and len(NEGATIVES3) >= 20
    groups = {c.group for c in CASES3}
    assert {"broadcast", "opinion", "fiscal", "season", "history", "chain", "duration", "set", "time", "range", "tense",
            "intl"} <= groups
    for group in groups:
        lines = [i for i, c in enumerate(CASES3) if c.group == group]
        assert any(i % 2 == 0 for i in lines) and any(i % 2 == 1 for i in lines), group


def test_no_line_is_in_the_tuned_table() -> None:
    tuned = {c.text for c in TUNED}
    assert len(tuned) > 300 and not [c.text for c in CASES + CASES2 + CASES3 if c.text in tuned]


def test_the_second_set_shares_no_line_with_the_first() -> None:
    assert not {c.text for c in CASES} & {c.text for c in CASES2}


def test_the_third_set_shares_no_line_with_the_first_two() -> None:
    assert not {c.text for c in CASES3} & {c.text for c in CASES + CASES2}
    assert not {t for _, t, _, _ in NEGATIVES3} & {t for _, t, _, _ in NEGATIVES + NEGATIVES2}


@pytest.mark.parametrize("set_name", [str(n) for n in range(4, 21)])
def test_a_later_set_shares_no_line_with_the_earlier_ones(set_name: str) -> None:
    cases, negatives = SETS[set_name]
    earlier = [SETS[name] for name in SETS if int(name) < int(set_name)]
    assert not {c.text for c in cases} & ({c.text for other, _ in earlier for c in other} | {c.text for c in TUNED})
    assert not {t for _, t, _, _ in negatives} & {t for _, others in earlier for _, t, _, _ in others}


FLOORS_BY_SET = {"1": FLOORS, "2": FLOORS2, "3": FLOORS3, "4": FLOORS4, "5": FLOORS5, "6": FLOORS6, "7": FLOORS7,
                 "8": FLOORS8, "9": FLOORS9, "10": FLOORS10,
                 "11": FLOORS11, "12": FLOORS12, "13": FLOORS13, "14": FLOORS14, "15": FLOORS15, "16": FLOORS16,
                 "17": FLOORS17, "18": FLOORS18, "19": FLOORS19, "20": FLOORS20}


@pytest.mark.parametrize(("set_name", "measure_name", "half_name"),
                         [(name, *key) for name, floors in sorted(FLOORS_BY_SET.items()) for key in sorted(floors)])
def test_the_tagger_stays_above_its_floor(set_name: str, measure_name: str, half_name: str) -> None:
    assert measure(measure_name, half_name, set_name) >= FLOORS_BY_SET[set_name][measure_name, half_name]


@pytest.mark.parametrize(("cases", "expected"), [
    ([Case("probe", "The pier reopened on Friday.", 21, 27, date(2024, 3, 28), "DATE", "2024-03-22")], 1.0),
    ([Case("probe", "The pier reopened on Friday.", 21, 27, date(2024, 3, 28), "DATE", "2024-03-29")], 0.0),
    ([Case("probe", "The pier reopened on Friday.", 18, 27, date(2024, 3, 28), "DATE", "2024-03-22")], 0.0),
    ([Case("probe", "The pier reopened on Friday.", 21, 27, date(2024, 3, 28), "DATE", "2024-03-22"),
      Case("probe", "Nothing here.", 0, 7, date(2024, 3, 28), "DATE", "2024")], 0.5),
])
def test_the_measure_can_fail(cases: list[Case], expected: float) -> None:
    """A wrong value, a wrong span or a missing expression counts as a miss."""
    assert found_share(cases) == expected


@pytest.mark.parametrize(("negatives", "expected"), [
    ([("probe", "The pier reopened on Friday.", 19, 25)], 0.0),
    ([("probe", "The pier reopened on Friday.", 0, 8), ("probe", "Page 24.", 0, 7)], 1.0),
])
def test_the_negative_measure_can_fail(negatives: list[tuple[str, str, int, int]], expected: float) -> None:
    assert clean_share(negatives) == expected


def test_the_halves_alternate() -> None:
    assert half([1, 2, 3, 4, 5], "dev") == [1, 3, 5] and half([1, 2, 3, 4, 5], "test") == [2, 4]


def error_halves(set_name: str, argv: list[str]) -> list[str]:
    """The halves whose misses main() prints: the dev half, and with --errors the test half unless it is held out."""
    return ["dev", "test"] if "--errors" in argv and set_name not in HELD_OUT else ["dev"]


@pytest.mark.parametrize(("set_name", "argv", "expected"), [
    ("3", ["--errors"], ["dev"]),
    ("3", ["--errors", "--set", "3"], ["dev"]),
    ("3", ["--dev-errors"], ["dev"]),
    ("1", ["--errors"], ["dev", "test"]),
    ("2", ["--dev-errors"], ["dev"]),
])
def test_errors_never_show_a_held_out_test_half(set_name: str, argv: list[str], expected: list[str]) -> None:
    assert error_halves(set_name, argv) == expected


def main(argv: list[str]) -> None:
    """Print each set's dev-half figures (with --test, the test half's too; with --set 1 to 6, one set's only);
    with --dev-errors, the dev half's misses; with --errors, both halves' (each line led by its half) except for a
    held-out set (sets 3, 4, 5 and 6), whose test-half misses are refused: only its dev half's are printed."""
    set_names = [argv[argv.index("--set") + 1]] if "--set" in argv else sorted(SETS, key=int)
    for set_name in set_names:
        cases, negatives = SETS[set_name]
        if "--dev-errors" in argv or "--errors" in argv:
            if "--errors" in argv and set_name in HELD_OUT:
                print(f"set {set_name}: test half held out, its misses are not printed (dev half only)")
            for half_name in error_halves(set_name, argv):
                for case in half(cases, half_name):
                    if not _found(case):
                        print(f"{set_name}{half_name}\t{case.group}\t{case.text}\t{case.dct}\t{case.value}\t"
                              f"{check_case(case)}")
                for group, text, start, end in half(negatives, half_name):
                    hits = [(t.text, t.rule) for t in tag(text, date(2024, 3, 28)) if t.start < end and start < t.end]
                    if hits:
                        print(f"{set_name}{half_name}\tnegative {group}\t{text}\t{hits}")
            continue
        halves = ["dev", "test"] if "--test" in argv else ["dev"]  # the test half only at the start and the end
        print(f"set {set_name}  " + "  ".join(
            f"{name}: expressions {measure('found', name, set_name):.3f} ({len(half(cases, name))}), look-alikes "
            f"left alone {measure('clean', name, set_name):.3f} ({len(half(negatives, name))})" for name in halves))

if __name__ == "__main__":
    main(sys.argv[1:])
