"""Round 31's tagger fixes, each a row that failed before its fix, with guards that passed before and must still pass:
what the tagger finds in a sentence (text and value of every expression), told on a given day. Sentences in our own
words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_script
from timeline.rules import load_holiday_table
from timeline.tagger import tag

ROOT = Path(__file__).resolve().parent.parent
TUE = date(2025, 3, 4)  # a Tuesday
FRI = date(2024, 11, 8)  # a Friday

CASES = [
    # F1: a clock time written in 24 hours with its zone ("0900 GMT", "1430 hrs") before "on" and a weekday, in a
    # present-simple timetable, lies ahead as "at 9am on" does (_AT_CLOCK_ON)
    (TUE, "The agency releases its jobs data at 0930 GMT on Friday.",
     [("0930 GMT", "2025-03-07T09:30Z"), ("Friday", "2025-03-07")]),
    (TUE, "The regulator publishes its decision at 1400 hrs on Thursday.",
     [("1400 hrs", "2025-03-06T14:00"), ("Thursday", "2025-03-06")]),
    # guards: the past and a headline's present stay behind
    (TUE, "The agency released its jobs data at 0930 GMT on Friday.",
     [("0930 GMT", "2025-02-28T09:30Z"), ("Friday", "2025-02-28")]),
    (TUE, "Tanker catches fire at 0300 GMT on Sunday",
     [("0300 GMT", "2025-03-02T03:00Z"), ("Sunday", "2025-03-02")]),
    # F2: "can" with a verb lets something be done ahead, as "could" and "may" do
    (TUE, "Supporters can buy tickets at the gate on Saturday.", [("Saturday", "2025-03-08")]),
    (TUE, "Listeners can hear the debate on the radio on Thursday evening.", [("Thursday evening", "2025-03-06TEV")]),
    # guards: what "can" tells of the past, and the noun, keep the past
    (TUE, "Officials can confirm the arrest of a suspect on Sunday.", [("Sunday", "2025-03-02")]),
    (TUE, "She found a can of petrol in the shed on Monday.", [("Monday", "2025-03-03")]),
    # F3: a timetable's base form after "and", "which" or "that" gives its own date's direction, whatever the other
    # verb's tense (tense.plural_timetable)
    (TUE, "The talks, which started on Saturday and close on Friday, are tense.",
     [("Saturday", "2025-03-01"), ("Friday", "2025-03-07")]),
    (TUE, "The hearings began on Monday and finish on Friday.",
     [("Monday", "2025-03-03"), ("Friday", "2025-03-07")]),
    # guards: "run until" was ahead already, and "end" as a noun keeps the past
    (TUE, "The exhibitions opened on Sunday and run until Thursday.",
     [("Sunday", "2025-03-02"), ("Thursday", "2025-03-06")]),
    (TUE, "The siege came to an end on Friday.", [("Friday", "2025-02-28")]),
    # F4: movable holidays of the Hindu and Hebrew calendars, their days from holiday_dates.tsv, nearest the anchor or
    # by tense as other holidays
    (date(2022, 3, 20), "Streets filled with colour for Holi.", [("Holi", "2022-03-18")]),
    (date(2022, 10, 20), "Markets are busy ahead of Diwali.", [("Diwali", "2022-10-24")]),
    (date(2025, 9, 20), "Many offices will shut for Yom Kippur.", [("Yom Kippur", "2025-10-02")]),
    (date(2025, 4, 20), "Families gathered for Passover.", [("Passover", "2025-04-13")]),
    (date(2023, 12, 1), "The square will light a menorah for Hanukkah.", [("Hanukkah", "2023-12-08")]),
    (date(2024, 9, 1), "Rosh Hashanah 2024 drew big crowds.", [("Rosh Hashanah 2024", "2024-10-03")]),
    # guard: "holiday" and "holidays" are no Holi
    (TUE, "The holiday season was quiet.", []),
    # F5: "this time next year" is the next year, the whole phrase, as "this time last year" is the year before
    (TUE, "The stadium should be finished this time next year.", [("this time next year", "2026")]),
    (TUE, "Prices were lower this time last year.", [("this time last year", "2024")]),
    # F6: a day of the month said of each month is a set, the whole phrase
    (TUE, "Members pay their dues on the first of every month.", [("the first of every month", "P1M")]),
    (TUE, "The council meets on the 12th of each month.", [("the 12th of each month", "P1M")]),
    # F6b: "monthly", "weekly" before the noun they qualify are sets, as MEANTIME marks "weekly"
    (TUE, "Tenants struggle with the monthly payments.", [("monthly", "P1M")]),
    (TUE, "The index posted its biggest weekly fall since June.", [("weekly", "P1W"), ("June", "2024-06")]),
    # guards: the adjectives TimeBank leaves unmarked before a noun stay unmarked, and a weekly paper is no set
    (TUE, "The firm raised its quarterly dividend.", []),
    (TUE, "Shareholders met at the annual meeting.", []),
    (TUE, "She writes for the weekly in Leeds.", []),
    # F7: a quarter or three quarters of a unit is that share of it, the whole phrase
    (TUE, "The feud has run for a quarter of a century.", [("a quarter of a century", "P25Y")]),
    (TUE, "The hearing paused for a quarter of an hour.", [("a quarter of an hour", "PT15M")]),
    (TUE, "The crossing took three quarters of an hour.", [("three quarters of an hour", "PT45M")]),
    # guards: half a unit stays as it was
    (TUE, "The wall stood for half a century.", [("half a century", "P50Y")]),
    (TUE, "The flight was delayed by half an hour.", [("half an hour", "PT30M")]),
    # F8: a year of a past century ending in 00 with its "s" names the century
    (TUE, "The chapel dates from the 1600s.", [("the 1600s", "16")]),
    (TUE, "Mills spread along the river in the early 1800s.", [("the early 1800s", "18")]),
    # guards: the decades stay decades, and "the 2000s" stays the decade news means by it
    (TUE, "Prices soared in the 1970s.", [("the 1970s", "197")]),
    (TUE, "The band peaked in the 2000s.", [("the 2000s", "200")]),
    # review of the round's changes (s31-rt), each row failing on the merged round and passing after its fix.
    # R1: "can" before a verb that looks back at an event named with its day (pointing to it, crediting, thanking,
    # blaming, looking back, still remembering) lets nothing be done ahead; the day stays the past one
    (TUE, "Supporters can point to the victory on Saturday as a turning point.", [("Saturday", "2025-03-01")]),
    (TUE, "The coach can take credit for the comeback on Sunday.", [("Sunday", "2025-03-02")]),
    (TUE, "Residents can thank the volunteers for the clean-up on Sunday.", [("Sunday", "2025-03-02")]),
    (TUE, "Farmers say they can blame the frost on Monday for the lost crop.", [("Monday", "2025-03-03")]),
    (TUE, "Traders can look back on the slump on Monday with some calm.", [("Monday", "2025-03-03")]),
    (TUE, "Locals can still recall the flood on Sunday in detail.", [("Sunday", "2025-03-02")]),
    # R1b: what a recording shows ("can be seen on camera", "can be heard in a video") happened before it
    (TUE, "The suspect can be seen on CCTV on Monday entering the shop.", [("Monday", "2025-03-03")]),
    # guards: "can" before a verb that lets something be done stays ahead, with an adverb too; "point out" is no
    # pointing back
    (TUE, "Stewards can point out the exits on Saturday.", [("Saturday", "2025-03-08")]),
    (TUE, "Shoppers can also collect parcels at the depot on Saturday.", [("Saturday", "2025-03-08")]),
    (TUE, "Stargazers can be seen in the park on Friday night.", [("Friday night", "2025-03-07TNI")]),
    # R2: a 24-hour figure before a currency is a price, no clock: the day keeps the present's reading as before
    (FRI, "Oil trades at 1250 EUR on Tuesday.", [("Tuesday", "2024-11-05")]),
    # guard: before a time zone it is still the clock of a timetable
    (TUE, "The agency releases its jobs data at 0930 UTC on Friday.",
     [("0930 UTC", "2025-03-07T09:30Z"), ("Friday", "2025-03-07")]),
    # R3: a holiday that names a war after "the" ("the Yom Kippur War") is no date, as "the Easter Rising" is none
    (TUE, "Her grandfather fought in the Yom Kippur War.", []),
    # R3b: lower-case "war" after "the" (a year between perhaps), and "War" without "the", name the war too
    (TUE, "Tanks crossed the canal in the Yom Kippur war.", []),
    (TUE, "A memorial to the 1973 Yom Kippur War opened.", [("1973", "1973")]),
    (TUE, "Yom Kippur War veterans laid wreaths.", []),
    # guard: the feast itself keeps its date
    (TUE, "Offices were closed for Yom Kippur.", [("Yom Kippur", "2024-10-12")]),
    # R6: "start and finish", "open and close" are nouns after their pair: no timetable verb of a plural subject
    (FRI, "The marathon had a start and finish at the harbour on Sunday.", [("Sunday", "2024-11-03")]),
    # guard: the base form after "and" joined to a past verb still points ahead
    (FRI, "The hearings opened on Monday and close on Wednesday.",
     [("Monday", "2024-11-04"), ("Wednesday", "2024-11-13")]),
    # R4: "Weekly"/"Monthly" capitalised after a word is a title, and "the monthly" before its verb a publication
    (TUE, "A review in Publishers Weekly praised the novel.", []),
    (TUE, "The Weekly reported the merger first.", []),
    (TUE, "The monthly has folded after forty issues.", []),
    # guards: the adjective before its noun stays a set, at the start of a sentence too
    (TUE, "Weekly sales fell sharply.", [("Weekly", "P1W")]),
    (TUE, "The monthly bill went up.", [("monthly", "P1M")]),
    # R5: a quarter (three quarters) of a century or a quarter of an hour "ago" is the date that far back, the
    # whole phrase, not a duration that leaves "ago" out
    (TUE, "The club was founded a quarter of a century ago.", [("a quarter of a century ago", "2000")]),
    (TUE, "Three quarters of a century ago, the dam was built.", [("Three quarters of a century ago", "1950")]),
    (TUE, "The shop closed a quarter of an hour ago.", [("a quarter of an hour ago", "2025-03-04")]),
    # guard: without "ago" it stays the duration
    (TUE, "The strike has lasted a quarter of a century.", [("a quarter of a century", "P25Y")]),
    # second review of the round's changes (s31-rt2), each row failing on the merged round and passing after its fix.
    # S1: a 24-hour clock before any time zone the tagger names (CEST, JST, SAST, EDT ... not only GMT/UTC/CET/BST) is
    # a time, never the year it looks like; in a timetable before "on <weekday>" it lies ahead as "0930 GMT" does
    (TUE, "The ferry leaves at 2115 CEST on Thursday.",
     [("2115 CEST", "2025-03-06T21:15"), ("Thursday", "2025-03-06")]),
    (TUE, "The tremor struck at 0442 JST.", [("0442 JST", "2025-03-04T04:42")]),
    (TUE, "Counting began at 1900 SAST on Sunday.", [("1900 SAST", "2025-03-02T19:00"), ("Sunday", "2025-03-02")]),
    # guards: a year or a count without a zone stays as it was
    (TUE, "By 2100 the coastline will have moved.", [("2100", "2100")]),
    (TUE, "Some 2100 workers were laid off.", []),
    # S2: a year ending in 00 with its "s" paired with a later decade of its century, or before "decade", is the decade
    (TUE, "Trams ran here through the 1800s and 1810s.", [("the 1800s", "180"), ("1810s", "181")]),
    (TUE, "The 1900s decade closed with a panic.", [("The 1900s", "190")]),
    # guard: paired with another century it stays the century
    (TUE, "Trade grew from the 1700s to the 1900s.", [("the 1700s", "17"), ("the 1900s", "19")]),
    # S3: a year before "was", "is", "has" is no count of things ("2000 soldiers"): the year stands, also where a
    # holiday before it has no day in the table for that year
    (TUE, "2018 was a bad year for growers.", [("2018", "2018")]),
    (TUE, "Holi 2011 is remembered for the rain.", [("2011", "2011")]),
    # guards: a count before a plural noun stays no date, and a flight's number after its airline's code is none
    (TUE, "Some 1500 soldiers were sent.", []),
    (TUE, "The jet on flight KL 2009 turned back.", []),
    # S3b: a year-like count before "people", "men", "staff" (no plural "s") is a count as "2000 soldiers" is
    (TUE, "About 1800 people queued outside the clinic.", []),
    (TUE, "The plant employs 1900 staff.", []),
    # guard: after "in" it stays the year
    (TUE, "In 1990 people were poorer.", [("1990", "1990")]),
    # S4: a feast of several days under way at the anchor is the one under way, in the present too
    (date(2025, 4, 16), "Passover ends on Saturday.", [("Passover", "2025-04-13"), ("Saturday", "2025-04-19")]),
    # S5: a holiday after "last year's", "next year's" is that year's
    (date(2025, 11, 27), "Last year's Diwali drew record crowds.", [("Last year", "2024"), ("Diwali", "2024-10-31")]),
    # ("on a Saturday" is some Saturday since round 35, rel.weekday_any; it was the one before the anchor)
    (TUE, "Next year's Passover falls on a Saturday.",
     [("Next year", "2026"), ("Passover", "2026-04-02"), ("Saturday", "XXXX-WXX-6")]),
    # S6: "weekly" before "and monthly" and their noun is a set as "monthly" is; not the two nouns of publications
    (TUE, "The weekly and monthly tallies rose.", [("weekly", "P1W"), ("monthly", "P1M")]),
    (TUE, "The weekly and monthly were both sold.", []),
    # S7: "can" before describing or reliving an event told with its day leaves the day in the past
    (TUE, "Onlookers can describe the collapse on Sunday.", [("Sunday", "2025-03-02")]),
    (TUE, "Fans can relive the final on Saturday on a big screen.", [("Saturday", "2025-03-01")]),
    # S8: every holiday of the table names a historical event after "the", as the older holidays do
    (TUE, "Survivors of the Purim Massacre met.", []),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review31_rows(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


def _script() -> ModuleType:
    """scripts/make_holiday_table.py as a module (its functions, without running it)."""
    return load_script("make_holiday_table")


def test_holiday_table_is_what_the_script_writes() -> None:
    """holiday_dates.tsv is the holidays package's days, never edited by hand: the script writes it byte for byte."""
    stored = (ROOT / "timeline" / "resources" / "holiday_dates.tsv").read_text(encoding="utf-8")
    assert _script().table_text() == stored


def test_every_table_holiday_has_days() -> None:
    """Every holiday of tagger_words.tsv resolved by TABLE:KEY names a key of the table, with a day in most years of
    this century (a typo in a key would leave the holiday without a date)."""
    words = (ROOT / "timeline" / "resources" / "tagger_words.tsv").read_text(encoding="utf-8")
    keys = set(re.findall(r"^holiday\t[^\t]+\tTABLE:([A-Z]+)$", words, re.MULTILINE))
    table = load_holiday_table()
    assert keys and keys <= set(table)
    for key in keys:
        years = {d.year for d in table[key]}
        assert len(years & set(range(2001, 2036))) >= 30, key
