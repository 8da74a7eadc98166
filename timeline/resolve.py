"""Resolve unresolved values against the anchor date, using tense: the one place that pins expressions to a date.

A recognised expression carries a ValueSpec ("weekday w=Thursday", "rel u=year shift=last", ...). `resolve_value`
turns it into a TIMEX3 value string; `interval_of` turns a value into the inclusive interval of days it covers.
Nothing here reads the clock: with no anchor, relative values stay unresolved (``XXXX-...``).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import cached_property, lru_cache

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import TH, relativedelta
from dateutil.relativedelta import weekdays as WEEKDAYS

from timeline.model import Granularity
from timeline.rules import ValueSpec, WordLists, load_holiday_table

PAST, PRESENT, FUTURE = "past", "present", "future"

SHIFT_WORDS = {
    "this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1, "this past": -1,
    "the past": -1, "next": 1, "coming": 1, "upcoming": 1, "following": 1, "this coming": 1, "preceding": -1,
}
SEASONS = ("SP", "SU", "FA", "WI")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# "nightly" is the night of each day, TNI, as TimeML writes "every night" and "Tuesday nights" (XXXX-WXX-2TNI)
SET_ADVERBS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "TNI", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "semiannual": "P6M",
    "biannual": "P6M",
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9, "noughties": 10,
}
# how long after its period ends a company's period report comes out, at most, give or take ("half-year results")
REPORT_LAG_DAYS = 90
# horizon of a vague reference ("the coming weeks"): how far the interval reaches, in days per unit word
VAGUE_HORIZON_DAYS = {"days": 7, "weeks": 28, "months": 90, "years": 730, "decades": 3650}


@dataclass(eq=False)  # not frozen: one is made for every expression, and a frozen one took five times as long
class Context:
    """What the resolver knows besides the expression: the anchor, the tense around it, earlier dates."""

    dct: date | None
    tense_cue: str | None | Callable[[], str | None]  # the tense, or how to find it (only done when needed)
    previous_day: date | None = None  # first day of the nearest date before this one in the text
    year_hint: int | None = None  # the year written on the other end of a range
    previous_value: str | None = None  # value of the nearest date before this one in the text
    focus_quarter: str | None = None  # the quarter or half the text speaks of ("the third quarter" -> 1989-Q3)
    # whether a past verb stands right before the expression ("visited in April"), or how to find out
    event_cue: bool | Callable[[], bool] = False
    focus_in_sentence: bool = False  # the date in focus was written earlier in the same sentence
    focus_day: date | None = None  # the last date written to the day ("on Friday") before this one
    # the day of a past report this expression is told in ("In January the firm said it must repay by March"), or
    # how to find it: a date ahead of that report lies ahead of it, not of the anchor
    report_cue: date | None | Callable[[], date | None] = None
    # "earlier" compares with the period reported ("profit rose from a year earlier"), or the date before it stands
    # in an aside ("The firm, founded in 1998, ..."): "a year earlier" counts back from the anchor, not that date
    earlier_from_anchor: bool = False
    # the expression comes right after "before", "ahead of", "in the run-up to" or "in time for" (the time leading up
    # to it): the days the span told is counted back from it ("the week before Easter": 7; "before Easter": 0); None
    # without such a signal
    ahead_offset: int | None = None
    # the first day of what the nearest date before told, when it ends a range or a pair of days ("on March 1-3",
    # "on Thursday and Friday"): "Two days earlier," opening the next sentence counts back from that start
    previous_start: date | None = None

    @cached_property
    def past_event(self) -> bool:
        """A past verb right before the expression: it dates a past event, not a deadline in a past report."""
        return self.event_cue() if callable(self.event_cue) else self.event_cue

    @cached_property
    def report_day(self) -> date | None:
        """The last day of the date a past report in the sentence is dated by, when that is before the anchor."""
        return self.report_cue() if callable(self.report_cue) else self.report_cue

    @cached_property
    def tense(self) -> str | None:
        """PAST, PRESENT, FUTURE or None: the tense of the sentence around the expression."""
        return self.tense_cue() if callable(self.tense_cue) else self.tense_cue


class Unresolvable(ValueError):
    """The match does not denote a real date (e.g. 30 February); it is dropped."""


def to_number(text: str, words: WordLists) -> float | None:
    """"two" -> 2, "twenty-four" -> 24, "2 1/2" -> 2.5, "a" -> 1; None for vague counts ("several")."""
    text = text.strip().lower()
    if text in ("a", "an", "one"):
        return 1.0
    half = 0.0
    if text.endswith("1/2"):
        text, half = text[:-3].strip(), 0.5
    if text.endswith("and a half"):
        text, half = text[: -len("and a half")].strip(), 0.5
    try:
        return float(text.replace(",", "")) + half
    except ValueError:
        pass
    vague = words.lookup("vague", text)
    if vague is not None:
        return None if vague == "X" else float(vague) + half
    whole = words.lookup("numword", text)
    if whole is not None:
        return float(whole) + half
    # words added, except that "hundred" multiplies the group before it and "thousand" all before it ("three hundred"
    # 300, "two hundred and fifty" 250, "a hundred and ten" 110, "two thousand five hundred" 2500, "twenty-four" 24)
    total = group = 0.0
    for part in re.split(r"[- ]+", text):
        if part.lower() == "and":
            continue
        value = 1 if part.lower() == "a" else words.lookup("numword", part)
        if value is None:
            return None
        if float(value) == 100.0:
            group = (group or 1.0) * 100.0
        elif float(value) == 1000.0:
            total += (group or 1.0) * 1000.0
            group = 0.0
        else:
            group += float(value)
    return total + group + half


def _ordinal(text: str, words: WordLists) -> int | None:
    text = text.lower()
    found = words.lookup("ordinal", text)
    if found is not None:
        return -1 if found == "L" else int(found)
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else None


def _month(text: str, words: WordLists) -> int:
    if text.isdigit():
        return int(text)
    found = words.lookup("Month", text.rstrip(".")) or words.lookup("Month", text)
    if found is None:
        raise Unresolvable(f"not a month: {text}")
    return int(found)


# a weekday's first three letters, Monday first
_SHORT_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday(text: str, words: WordLists) -> int:
    """The weekday (1 = Monday) as written in full ('Wednesday', 'Fridays') or short ('Wed', 'Tues', 'Thurs')."""
    found = words.lookup("Weekday", text) or words.lookup("weekdays", text.lower())
    if found is not None:
        return int(found)
    return weekday_number(text)


def weekday_number(text: str) -> int:
    """The weekday (1 = Monday) of a weekday's name by its first three letters ('Thursday', 'thurs', 'Sun')."""
    prefix = text[:3].lower()
    if prefix not in _SHORT_WEEKDAYS:
        raise Unresolvable(f"not a weekday: {text}")
    return _SHORT_WEEKDAYS.index(prefix) + 1


def two_digit_year(yy: int, anchor: date | None) -> int:
    """The year of "'98" or "FY24": the one in the anchor's century, unless that is more than 20 years ahead of the
    anchor (then the century before); with no anchor, 1950-2049."""
    if anchor is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    year = anchor.year // 100 * 100 + yy
    return year - 100 if year > anchor.year + 20 else year


def _year(text: str, words: WordLists) -> int:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text == "the year two thousand" or text == "two thousand":
        return 2000
    if text.startswith("nineteen"):
        rest = to_number(text[len("nineteen") :].strip(" -"), words)
        if rest is None:
            raise Unresolvable(text)
        return 1900 + int(rest)
    if text.startswith("nineteen") is False and text.startswith("two thousand"):
        rest = to_number(text[len("two thousand") :].replace("and", "").strip(" -"), words)
        return 2000 + int(rest or 0)
    raise Unresolvable(f"not a year: {text}")


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) `months` months after (year, month); Unresolvable beyond the calendar."""
    try:
        shifted = plus(date(year, month, 1), relativedelta(months=months))
    except (ValueError, OverflowError) as exc:  # dateutil says "year 10000 is out of range" as a ValueError
        raise Unresolvable(f"beyond the calendar: {year}-{month:02d} + {months} months") from exc
    return shifted.year, shifted.month


def iso_week(day: date) -> str:
    """The TIMEX3 week value of a day: 2024-W13."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    """1..4."""
    return (day.month - 1) // 3 + 1


def _season_number(year: int, season: str) -> int:
    return year * 4 + SEASONS.index(season)


def _current_season_number(day: date) -> int:
    if day.month in (1, 2):
        return _season_number(day.year - 1, "WI")
    return day.year * 4 + (day.month - 3) // 3


# A past-tense report may name a date just ahead (a dividend payable, a vote set): up to one quarter ahead, the
# span companies and governments announce dated steps for, a date without a year is this year's, not last year's.
NEAR_DEADLINE_DAYS = 92
# how far ahead a movable feast told after "before" in a past sentence may be to be this year's: the run-up to a feast
# is told in the weeks before it, not a season ahead
NEAR_FEAST_DAYS = 42
# how many days a feast of several days lasts from the first day holiday_dates.tsv gives (Passover and Sukkot seven
# days as kept in Israel, Hanukkah eight, Rosh Hashanah two); other holidays are one day
FEAST_LENGTH_DAYS = {"TABLE:PASSOVER": 7, "TABLE:SUKKOT": 7, "TABLE:HANUKKAH": 8, "TABLE:ROSHHASHANAH": 2}


def pick_year_by_tense(month: int, day_of_month: int | None, ctx: Context) -> int | None:
    """The year of a date written without one: the past or future occurrence by tense, else the nearest."""
    if ctx.year_hint is not None:
        return ctx.year_hint
    if ctx.dct is None:
        return None
    dct = ctx.dct
    if not MINYEAR < dct.year < MAXYEAR:
        return dct.year  # an anchor in the calendar's first or last year has no year before or after it
    future, past, nearest, near_deadline = _year_by_tense(dct, month, day_of_month)
    if future == past == nearest and (not near_deadline or past == dct.year):
        return future  # every tense gives this year: the sentence need not be read
    if ctx.tense == FUTURE:
        if ctx.report_day is not None and MINYEAR < ctx.report_day.year < MAXYEAR:
            return _year_by_tense(ctx.report_day, month, day_of_month)[0]  # ahead of the report, not the anchor
        return future
    if ctx.tense == PAST:
        # a past-tense sentence may still name a near deadline ("declared a dividend payable Dec. 15")
        if near_deadline and not ctx.past_event:
            return dct.year
        return past
    return nearest


@lru_cache(maxsize=4096)
def _year_by_tense(dct: date, month: int, day_of_month: int | None) -> tuple[int, int, int, bool]:
    """pick_year_by_tense's choices for an anchor (not in the calendar's first or last year), all worked out: the
    year of the next occurrence (future tense), of the last one (past tense), of the nearest one (no tense), and
    whether this year's lies within NEAR_DEADLINE_DAYS ahead (in the past tense, this year's unless a past event).
    Cached: it depends on these three alone, and the articles of a day name the same months and days again and
    again (it built nine dates for each)."""
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        last = calendar.monthrange(year, month)[1]
        first_day = date(year, month, min(day_of_month or 1, last))
        last_day = date(year, month, min(day_of_month or last, last))
        candidates.append((year, first_day, last_day))
    future = next(c for c in candidates if c[2] >= dct)[0]
    past = [c for c in candidates if c[1] <= dct][-1][0]
    # the nearest occurrence: the one that contains the anchor, else the one closest to it
    nearest = min(candidates, key=lambda c: 0 if c[1] <= dct <= c[2] else min(abs((c[1] - dct).days),
                                                                              abs((c[2] - dct).days)))[0]
    return future, past, nearest, 0 < (candidates[1][1] - dct).days <= NEAR_DEADLINE_DAYS


def plus(day: date, delta: relativedelta) -> date:
    """`day` moved by a dateutil relativedelta (typed: dateutil has no type information)."""
    moved: date = day + delta
    return moved


def movable_feast(rule: str, year: int) -> date:
    """The date of a holiday given by rule: EASTER, EASTER+1, EASTER-2, THANKSGIVING (US, 4th Thursday of
    November), THANKSGIVING+1 (Black Friday), MM/W/N: the Nth weekday W (1 = Monday) of month MM, N = -1 the last,
    HIJRIMM-DD: the first such day of the Islamic calendar in the year, or LUNARNEWYEAR+N: N days from the Lunar
    New Year (LUNARNEWYEAR-1, its eve), or TABLE:KEY: the day holiday_dates.tsv gives for KEY in the year (a Hindu or
    Hebrew feast), or INAUGURATION: a US president's inauguration (20 January, 4 March before 1937, of a year after a
    presidential vote; Unresolvable in other years). Unresolvable where the day falls outside
    the calendar (Easter or Eid near year 1 or 9999)."""
    try:
        return _movable_feast(rule, year)
    except Unresolvable:
        raise
    except (ValueError, OverflowError) as exc:  # date() or dateutil past the calendar's first or last year
        raise Unresolvable(f"beyond the calendar: {rule} in {year}") from exc


# a holiday rule of the Islamic calendar: "HIJRI10-01" (Eid al-Fitr), "HIJRI12-10" (Eid al-Adha)
_HIJRI_RULE = re.compile(r"HIJRI(\d\d)-(\d\d)")


@lru_cache(maxsize=1)
def _holiday_table() -> dict[str, tuple[date, ...]]:
    return load_holiday_table()


def _movable_feast(rule: str, year: int) -> date:
    if rule.startswith("TABLE:"):  # "TABLE:DIWALI": its day in that year from holiday_dates.tsv, if the table has it
        days = [d for d in _holiday_table().get(rule[6:], ()) if d.year == year]
        if not days:
            raise Unresolvable(f"no day of {rule} in {year}")
        return days[0]
    if rule.startswith("EASTER"):
        offset = int(rule[6:] or 0)
        sunday: date = easter(year)
        return sunday + timedelta(days=offset)
    if rule.startswith("ORTHODOXEASTER"):  # by the Julian reckoning, as a Gregorian date
        offset = int(rule[14:] or 0)
        orthodox: date = easter(year, EASTER_ORTHODOX)
        return orthodox + timedelta(days=offset)
    if rule.startswith("LUNARNEWYEAR"):  # "LUNARNEWYEAR-1": the eve of the Lunar New Year
        return lunar_new_year(year) + timedelta(days=int(rule[12:] or 0))
    if rule == "INAUGURATION":  # a US president's first day: the year after a leap year's vote; 4 March before 1937
        if year % 4 != 1 or year < 1789:
            raise Unresolvable(f"no presidential inauguration in {year}")
        return date(year, 1, 20) if year >= 1937 else date(year, 3, 4)
    nth = re.fullmatch(r"(\d\d)/([1-7])/(-1|[1-5])", rule)
    if nth:  # "09/1/1": the first Monday of September; "05/1/-1": the last Monday of May
        month, weekday, n = int(nth.group(1)), int(nth.group(2)), int(nth.group(3))
        found = plus(date(year, month, 1), relativedelta(day=1 if n > 0 else 31, weekday=WEEKDAYS[weekday - 1](n)))
        if found.month != month:
            raise Unresolvable(f"no such day: {rule} in {year}")
        return found
    if rule.startswith("THANKSGIVING"):
        offset = int(rule[12:] or 0)  # THANKSGIVING+1: Black Friday
        return plus(date(year, 11, 1), relativedelta(weekday=TH(4))) + timedelta(days=offset)
    hijri = _HIJRI_RULE.fullmatch(rule)
    if hijri:  # "HIJRI12-10": Eid al-Adha, the 10th of the 12th month of the Islamic year that falls in this year
        month, day = int(hijri.group(1)), int(hijri.group(2))
        first_guess = islamic_year_of(date(year, 1, 1))
        for islamic_year in range(max(1, first_guess - 1), first_guess + 3):
            found = hijri_day(islamic_year, month, day)
            if found.year == year:
                return found
        raise Unresolvable(f"no such day: {rule} in {year}")
    raise Unresolvable(f"unknown holiday rule {rule}")


def _new_moon(k: int) -> float:
    """The Julian Ephemeris Day of new moon number k counted from 6 January 2000 (Meeus, Astronomical Algorithms,
    ch. 49, the main periodic terms: within a few minutes over these centuries)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t
    m = math.radians(2.5534 + 29.10535670 * k)  # the sun's mean anomaly
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)  # the moon's
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t)  # the moon's argument of latitude
    omega = math.radians(124.7746 - 1.56375588 * k)
    return jde + (
        -0.40720 * math.sin(mp) + 0.17241 * e * math.sin(m) + 0.01608 * math.sin(2 * mp)
        + 0.01039 * math.sin(2 * f) + 0.00739 * e * math.sin(mp - m) - 0.00514 * e * math.sin(mp + m)
        + 0.00208 * e * e * math.sin(2 * m) - 0.00111 * math.sin(mp - 2 * f) - 0.00057 * math.sin(mp + 2 * f)
        + 0.00056 * e * math.sin(2 * mp + m) - 0.00042 * math.sin(3 * mp) + 0.00042 * e * math.sin(m + 2 * f)
        + 0.00038 * e * math.sin(m - 2 * f) - 0.00024 * e * math.sin(2 * mp - m) - 0.00017 * math.sin(omega)
    )


_JD_2000 = 2451544.5  # the Julian Day of 1 January 2000, 0h UT
_CHINA_OFFSET = 8 / 24  # the Chinese calendar counts days in Beijing time, UTC+8


def lunar_new_year(year: int) -> date:
    """The first day of the Chinese calendar's year that starts in `year` (Lunar New Year): the day, in Beijing
    time, of the second new moon after the day of the December solstice (the solstice falls in the eleventh month);
    a leap month between (once in some centuries, as in 2033-34) is not reckoned."""
    if not 1600 <= year <= 2400:
        raise Unresolvable(f"no Lunar New Year computed for {year}")
    solstice = date(year - 1, 12, 22)  # the day of the December solstice in Beijing time (21 or 22 December)
    k = math.floor((year - 1 - 2000) * 12.3685 + 11.5)  # a new moon in December of the year before
    found: list[date] = []
    while len(found) < 2:
        day = date(2000, 1, 1) + timedelta(days=math.floor(_new_moon(k) - _JD_2000 + _CHINA_OFFSET))
        if day > solstice:
            found.append(day)
        k += 1
    return found[1]


def islamic_year_of(day: date) -> int:
    """The year of the tabular Islamic calendar a day falls in, give or take one (0 or less before 622)."""
    return (day.toordinal() - 227014) * 30 // 10631 + 1  # 10631 days in a cycle of 30 Islamic years


# the days the two Eids were kept on in Saudi Arabia and most other countries, as announced after the moon was sighted
# (1 Shawwal: Eid al-Fitr; 10 Dhu al-Hijjah: Eid al-Adha), where they fell a day after the tabular calendar's day (a
# month may begin a day later than the arithmetic gives, never a day earlier); outside these years the tabular day
_OBSERVED_EID_DAYS: dict[tuple[int, int, int], date] = {
    (1431, 10, 1): date(2010, 9, 10), (1433, 10, 1): date(2012, 8, 19), (1434, 10, 1): date(2013, 8, 8),
    (1439, 10, 1): date(2018, 6, 15), (1441, 10, 1): date(2020, 5, 24), (1442, 10, 1): date(2021, 5, 13),
    (1445, 10, 1): date(2024, 4, 10),
    (1433, 12, 10): date(2012, 10, 26), (1434, 12, 10): date(2013, 10, 15), (1436, 12, 10): date(2015, 9, 24),
    (1441, 12, 10): date(2020, 7, 31), (1442, 12, 10): date(2021, 7, 20),
}


def hijri_day(year: int, month: int, day: int) -> date:
    """A day of the Islamic calendar, by the tabular (arithmetic) calendar: within a day of the date set by sighting
    the moon (1 Shawwal 1444 is 21 April 2023, 10 Dhu al-Hijjah 1445 is 16 June 2024); an Eid of a recent year on the
    day it was kept (_OBSERVED_EID_DAYS: 1 Shawwal 1445 was 10 April 2024, the tabular day the 9th)."""
    observed = _OBSERVED_EID_DAYS.get((year, month, day))
    if observed is not None:
        return observed
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(days + 227013)  # day 1 of 1 Muharram 1 is 16 July 622 (Julian calendar)


def resolve_weekday(weekday: int, shift: int | None, ctx: Context) -> date | None:
    """The date of a weekday (1 = Monday) near the anchor: by an explicit shift ("last Friday") or by tense."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    if shift is not None and shift != 0:  # "last Friday", "next Friday": never the anchor's own day
        return weekday_from(dct + timedelta(days=-1 if shift < 0 else 1), weekday, shift)
    if shift == 0:  # "this Friday": the one in the anchor's week
        return dct + timedelta(days=weekday - dct.isoweekday())
    if dct.isoweekday() == weekday:
        return dct  # the anchor's own weekday: the same day ahead or back, whatever the tense
    # by tense: the next one from the anchor on ahead (from the day of a past report it is told in), else the last
    # one up to the anchor
    if ctx.tense == FUTURE:
        report = ctx.report_day
        return weekday_from(dct if report is None else report + timedelta(days=1), weekday, 1)
    return weekday_from(dct, weekday, -1)


def weekday_from(day: date, weekday: int, direction: int) -> date:
    """The first `weekday` (1 = Monday) from `day` on (`direction` 1) or back (-1), `day` itself if it is one: what
    dateutil's relativedelta(weekday=WEEKDAY(±1)) gives, worked out without building one (this runs for every
    weekday of every text)."""
    if direction > 0:
        return day + timedelta(days=(weekday - day.isoweekday()) % 7)
    return day + timedelta(days=-((day.isoweekday() - weekday) % 7))


def _shift(word: str | None) -> int | None:
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in ("early", "late"):
        return None
    return SHIFT_WORDS.get(word)


UNIT_CODES = frozenset({"Y", "M", "W", "D", "DE", "CE", "ML", "TH", "TM", "TS", "Q", "FN", "WE", "H"})


def _unit(text: str, words: WordLists) -> str:
    if text in UNIT_CODES:
        return text
    found = words.lookup("unit", text.lower()) or words.lookup("calunit", text.lower())
    if found is None:
        raise Unresolvable(f"not a unit: {text}")
    return found


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: (2, "Y") -> P2Y, (None, "W") -> PXW, (1.5, "Y") -> P1Y6M, (3, "TH") -> PT3H."""
    if unit == "X":
        return "PXX"
    time_unit = unit.startswith("T")
    letter = {"DE": "DE", "CE": "CE", "ML": "ML", "Q": "Q", "FN": "FN", "WE": "WE", "H": "H"}.get(unit, unit[-1])
    prefix = "PT" if time_unit else "P"
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "FN": (2, "W"), "H": (6, "M")}
    if count is None:
        # ISO 8601 has no decade or century designator: "two decades" is P20Y, so "decades" is some years, PXY
        return f"{prefix}X{scale[unit][1] if unit in scale else letter}"
    if unit in scale:
        factor, letter = scale[unit]
        count *= factor
    if count == int(count):
        return f"{prefix}{int(count)}{letter}"
    smaller = {"H": (60, "M"), "M": (60, "S"), "D": (24, "H")}
    if letter in smaller and (time_unit or letter == "D"):
        # "a minute and a half" is PT1M30S; "a day and a half" is P1DT12H
        factor, small = smaller[letter]
        whole, rest = int(count), round((count - int(count)) * factor)
        head = f"{prefix}{whole}{letter}" if whole else prefix
        return f"{head}{'' if time_unit else 'T'}{rest}{small}"
    if letter == "Y" and not time_unit and (count * 12) == int(count * 12):
        whole, months = int(count), int(round((count - int(count)) * 12))
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    return f"{prefix}{count:g}{letter}"


_FINER_THAN = {  # the forms of an earlier date's value precise enough to count days, weeks, months, quarters from
    "D": re.compile(r"\d{4}-\d\d-\d\d.*"),
    "W": re.compile(r"\d{4}-(?:\d\d-\d\d|W\d\d).*"),
    "M": re.compile(r"\d{4}-(?:\d\d|W\d\d).*"),
    "Q": re.compile(r"\d{4}-(?:\d\d|W\d\d|Q\d).*"),
}


def _fine_enough(previous_value: str | None, unit: str) -> bool:
    """Whether a date written earlier is precise enough to count `unit`s from ("the next day" after "1987": no)."""
    pattern = _FINER_THAN.get(unit)
    return pattern is None or (previous_value is not None and pattern.fullmatch(previous_value) is not None)


def year_value(year: int) -> str:
    """A year's TIMEX3 value: four digits, and for a year before year 1 (counted with a year 0, as date arithmetic
    does: 0 is 1 BC) TimeML's "BC" and the year before Christ in four digits ("3,000 years ago" said in 2024 ->
    "BC0977"), not a minus sign."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def shift_value(dct: date, unit: str, n: int) -> str:
    """The value of the calendar unit `n` units from the anchor: ("Y", -1) -> last year, ("W", 0) -> this week."""
    if unit == "Y":
        return year_value(dct.year + n)
    if unit == "M":
        year, month = shift_months(dct.year, dct.month, n)
        return f"{year:04d}-{month:02d}"
    if unit in ("W", "FN"):
        return iso_week(dct + timedelta(weeks=n * (2 if unit == "FN" else 1)))
    if unit == "WE":
        return iso_week(dct + timedelta(weeks=n)) + "-WE"
    if unit in ("D", "TH", "TM", "TS"):
        return (dct + timedelta(days=n if unit == "D" else 0)).isoformat()
    if unit == "Q":
        year, quarter = divmod(dct.year * 4 + quarter_of(dct) - 1 + n, 4)
        return f"{year}-Q{quarter + 1}"
    if unit == "H":
        year, half = divmod(dct.year * 2 + (dct.month - 1) // 6 + n, 2)
        return f"{year}-H{half + 1}"
    if unit == "DE":
        return f"{dct.year // 10 + n:03d}"
    if unit == "CE":
        return f"{dct.year // 100 + n:02d}"
    raise Unresolvable(f"no calendar unit {unit}")


def _fill(spec: ValueSpec, groups: dict[str, str | None]) -> dict[str, str]:
    """The spec's arguments with {group} references replaced by the matched text ('' when the group is empty)."""
    filled = {}
    for key, alone, parts in _templates(spec.args):
        if alone is not None:
            filled[key] = (groups.get(alone) or "").strip()  # "{y}": the group alone, the common case
        else:
            filled[key] = "".join(part if i % 2 == 0 else groups.get(part) or ""
                                  for i, part in enumerate(parts)).strip()
    return filled


_GROUP_REF = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1024)
def _templates(args: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str | None, tuple[str, ...]], ...]:
    """A spec's arguments, each as (key, the group it is alone or None, its parts): the parts are the texts between
    its {group} references and the group names, in turn. Worked out once per spec, not once per expression."""
    found = []
    for key, raw in args:
        parts = tuple(_GROUP_REF.split(raw))
        found.append((key, parts[1] if len(parts) == 3 and not parts[0] and not parts[2] else None, parts))
    return tuple(found)


def _date_value(year: int | None, month: int | None, day: int | None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y
    if day is None:
        return f"{y}-{month:02d}"
    if year is not None:
        try:
            date(year, month, day)
        except ValueError:
            raise Unresolvable(f"no such day: {year}-{month}-{day}") from None
    elif day > calendar.monthrange(2000, month)[1]:
        raise Unresolvable(f"no such day: {month}-{day}")
    return f"{y}-{month:02d}-{day:02d}"


def _pod(text: str, words: WordLists) -> str:
    return words.lookup("partofday", text.lower()) or "XX"


def _clock(hour_text: str, ampm: str) -> str:
    hour_text = hour_text.lower()
    if hour_text in ("noon", "midday"):
        return "12:00"
    if hour_text == "midnight":
        return "24:00"
    hour_text, _, seconds = hour_text.partition(":") if hour_text.count(":") == 2 else (hour_text, "", "")
    if seconds:  # "17:29:50": the hour, then the minute and second after it
        hour_text, seconds = f"{hour_text}:{seconds[:2]}", seconds[3:]
    digits = re.sub(r"[:.]", "", hour_text)
    if len(digits) <= 2:
        hour, minute = int(digits), 0
    else:
        hour, minute = int(digits[:-2]), int(digits[-2:])
    ampm = ampm.lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        raise Unresolvable(f"no such time: {hour_text}")
    return f"{hour:02d}:{minute:02d}" + (f":{seconds}" if seconds else "")


def _day_of(filled: dict[str, str], words: WordLists, ctx: Context) -> str | None:
    """The date part of a time: a weekday, today/yesterday/tomorrow, a month and day, else the anchor itself."""
    if filled.get("w"):
        found = resolve_weekday(_weekday(filled["w"], words), None, ctx)
        return found.isoformat() if found else "XXXX-XX-XX"
    if filled.get("dw"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[filled["dw"].lower()]
        return (ctx.dct + timedelta(days=offset)).isoformat() if ctx.dct else "XXXX-XX-XX"
    if filled.get("m") and filled.get("d"):
        month, day = _month(filled["m"], words), int(re.sub(r"\D", "", filled["d"]))
        return _date_value(pick_year_by_tense(month, day, ctx), month, day)
    return ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"


def _month_day(day: int, ctx: Context, named: bool = False) -> str:
    """"On the 24th": that day of the month the text was speaking of, else of the anchor's month by tense; but not
    a day of that month which the tense puts on the wrong side of the anchor ("the troops left in December 2024.
    Talks are due to open on the 20th", told in March 2025: the coming 20th), unless the month is named ("the 9th of
    that month")."""
    # a month written in an earlier sentence lends its month too ("The strike began in August. On the 12th, ...")
    if ctx.previous_value and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", ctx.previous_value):
        year, month = int(ctx.previous_value[:4]), int(ctx.previous_value[5:7])
        value = _date_value(year, month, day)
        if named or ctx.dct is None or ctx.tense not in (PAST, FUTURE):
            return value
        if (value >= ctx.dct.isoformat()) == (ctx.tense == FUTURE):
            return value
    if ctx.dct is None:
        return f"XXXX-XX-{day:02d}"
    dct = ctx.dct
    months = [divmod(dct.year * 12 + dct.month - 1 + shift, 12) for shift in (-2, -1, 0, 1, 2)]
    days = [date(y, m + 1, day) for y, m in months if day <= calendar.monthrange(y, m + 1)[1]]
    if ctx.tense == PAST:
        chosen = max((d for d in days if d <= dct), default=None)
    elif ctx.tense == FUTURE:
        chosen = min((d for d in days if d >= dct), default=None)
    else:
        chosen = next((d for d in days if (d.year, d.month) == (dct.year, dct.month)), None)
    if chosen is None:
        raise Unresolvable(f"no day {day} near {dct}")
    return chosen.isoformat()


def resolve_value(spec: ValueSpec, groups: dict[str, str | None], words: WordLists, ctx: Context) -> str:
    """The TIMEX3 value of one recognised expression; Unresolvable if it names no real date or one beyond the
    calendar ("30 February", "9999999 days ago"). Any other error is a bug and is raised as it is."""
    try:
        return _resolve_kind(spec, groups, words, ctx)
    except OverflowError as exc:
        raise Unresolvable(f"beyond the calendar: {exc}") from exc


def _value_date(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A date as written (year, month, day); a missing year comes from the tense: '22 March 2024', 'March 22'."""
    dct = ctx.dct
    year = _year(f["y"], words) if f.get("y") else None
    if year is not None and f.get("bc"):
        return year_value(1 - year)  # "in 390 BC": TimeML's BC and four digits (year_value)
    if year is not None and f.get("ad"):
        return year_value(year)  # "AD 43": the year as written, never a two-digit year of the anchor's century
    if year is not None and year < 100:
        year = two_digit_year(year, ctx.dct)  # "5/6/09" in 2009 is 2009, in 1999 it is 1909
    if f.get("yy"):
        year = two_digit_year(int(f["yy"]), dct)
    month = _month(f["m"], words) if f.get("m") else None
    day = _day_of_month(f["d"], words) if f.get("d") else None
    if year is None and month is not None:
        year = pick_year_by_tense(month, day, ctx)
        if f.get("w") and day is not None and year is not None and ctx.year_hint is None:
            year = _year_of_weekday(year, month, day, _weekday(f["w"], words), ctx.dct)
    value = _date_value(year, month, day)
    if f.get("pod") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return f"{value}T{_pod(f['pod'], words)}"  # "the evening of 29 January": the day and its part, one TIME
    if f.get("week") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        # "the week of March 24", "the week beginning 7 April": the week the date falls in
        iso_year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if f.get("weekend") and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        # "the weekend of March 9": the weekend nearest that date, the one just before a Monday or Tuesday, the one
        # after a Thursday or Friday, and around a Wednesday the one the tense points to
        named = date.fromisoformat(value)
        weekday = named.weekday()
        if weekday < 2 or (weekday == 2 and ctx.tense == PAST):
            named = plus(named, relativedelta(days=-(weekday + 1)))  # the Sunday before
        return iso_week(named) + "-WE"
    return value


def _year_of_weekday(year: int, month: int, day: int, weekday: int, dct: date | None) -> int:
    """'Wednesday 26 March' written without a year: the year the tense chose if the day falls on that weekday
    there, else the year next to it where it does, if that puts the date within half a year of the anchor (a date
    written with its weekday is a near one: the tense may have put it on the wrong side of the anchor); else the
    tense's year."""
    try:
        if dct is None or date(year, month, day).isoweekday() == weekday:
            return year
    except ValueError:  # 29 February of a common year, 31 April
        return year
    for candidate in (year - 1, year + 1):
        try:
            written = date(candidate, month, day)
        except ValueError:
            continue
        if written.isoweekday() == weekday and abs((written - dct).days) <= WEEKDAY_DATE_REACH_DAYS:
            return candidate
    return year


WEEKDAY_DATE_REACH_DAYS = 183  # how far from the anchor a weekday-and-date may be moved to make its weekday right


def _value_newyear(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """'The new year': the year whose 1 January is the one the tense points to (ahead in a future sentence, the
    last one in a past sentence, else the nearest); after a date written earlier in its sentence ("from December
    2019 into the new year"), the year that date's 1 January nearest to it begins: a year written alone turns into
    the next, a date in the second half of its year too, one in the first half is already in its new year."""
    previous = ctx.previous_value or ""
    if ctx.focus_in_sentence and re.match(r"\d{4}(?!\d)", previous) and ctx.previous_day is not None:
        written = int(previous[:4])
        return f"{written + 1 if len(previous) == 4 or ctx.previous_day.month >= 7 else written:04d}"
    year = pick_year_by_tense(1, 1, ctx)
    return "XXXX" if year is None else f"{year:04d}"


def _day_of_month(text: str, words: WordLists) -> int:
    """The day as written: '22', '22nd' or a word ('March eighth', 'the fifth of May')."""
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    day = _ordinal(text, words)
    if day is None or day < 1:
        raise Unresolvable(text)
    return day


def _value_monthday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A bare day of the month, 'the 22nd': in the anchor's month or the one next to it."""
    return _month_day(int(re.sub(r"\D", "", f["d"])), ctx, named=bool(f.get("that")))


def _value_decade(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A decade: 'the 1990s' is 199, 'the '80s' the nearest past 80s. A year of a past century ending in 00 with
    its 's' names that century, as people use it ('the 1500s', 'the early 1900s': 15, 19); 'the 2000s' stays the
    decade (200), as news uses it for the years 2000 to 2009; grain=decade keeps the decade where a rule sees it paired
    with a decade ('the 1900s and 1910s': 190)."""
    dct = ctx.dct
    if f.get("y"):
        if f["y"].endswith("00") and f["y"] < "2000" and f.get("grain") != "decade":
            return f["y"][:2]
        return f["y"][:3]
    if f.get("yy"):
        tens = int(f["yy"]) // 10
        century = 19
        if dct is not None and (dct.year // 100) * 100 + tens * 10 <= dct.year:
            century = dct.year // 100
        return f"{century}{tens}"
    return str(190 + DECADE_WORDS[f["word"].lower()])  # "the noughties" (2000s) is 200


def _value_century(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A century: 'the 20th century' is 19."""
    number = _ordinal(f["n"], words)
    if number is None or number < 1:
        raise Unresolvable(f["n"])
    if f.get("bc"):
        return f"BC{number - 1:02d}"  # "the 5th century BC" (500 to 401 BC): the hundreds of its years, before Christ
    return f"{number - 1:02d}"


def _value_quarter_half(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A quarter or half year: '2024-Q3', 'the first half of last year'."""
    dct = ctx.dct
    key = "q" if kind == "quarter" else "h"
    number = _ordinal(f[key], words)
    per_year = 4 if kind == "quarter" else 2
    if number is None or number == -1:
        number = per_year
    letter = "Q" if kind == "quarter" else "H"
    year_text = f.get("y") or f.get("y2")  # "1990's first quarter", "the first quarter of 1990"
    if year_text:
        return f"{_year(year_text, words)}-{letter}{number}"
    if f.get("yrel") and dct is not None:
        return f"{dct.year + (SHIFT_WORDS.get(f['yrel'].lower()) or 0)}-{letter}{number}"
    months_per = 12 // per_year
    if ctx.year_hint is not None:
        return f"{ctx.year_hint}-{letter}{number}"
    if dct is None:
        return f"XXXX-{letter}{number}"
    if f.get("ty"):
        # "the final quarter of the year": of the year in focus (a year written before it in the sentence), else, told
        # ahead, of the anchor's year however far ahead; otherwise last year's until it has begun, as a bare quarter
        if ctx.focus_in_sentence and ctx.previous_day is not None:
            return f"{ctx.previous_day.year}-{letter}{number}"
        begun = (number - 1) * months_per + 1 <= dct.month
        return f"{dct.year if begun or ctx.tense == FUTURE else dct.year - 1}-{letter}{number}"
    # a period is talked about once it has begun: "the fourth quarter" in January is last year's; but a sentence
    # that looks ahead ("rates could fall in the second half") speaks of this year's, which has not begun
    start_month = (number - 1) * months_per + 1
    # (within half a year: in January, "will report fourth-quarter results" is still last year's quarter)
    # (the tense is read only when it can tell: a begun period is this year's whatever the tense) ... but a sentence
    # that looks ahead to a period over for more than a quarter, whose next one begins within half a year ("will
    # launch in the first quarter" told in November), speaks of next year's ("will report first-quarter results" told
    # in May is still this year's, just ended)
    end_month = start_month + months_per - 1
    if start_month <= dct.month:
        if dct.month - end_month > 3 and start_month + 12 - dct.month <= 6 and ctx.tense == FUTURE:
            return f"{dct.year + 1}-{letter}{number}"
        return f"{dct.year}-{letter}{number}"
    ahead = start_month - dct.month <= 6 and ctx.tense == FUTURE
    year = dct.year if ahead else dct.year - 1
    return f"{year}-{letter}{number}"


def _value_season(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A season, by its shift word or the tense: 'last summer', 'in the spring'."""
    dct = ctx.dct
    season = words.lookup("season", f["s"].lower()) or "SU"
    if f.get("y"):
        return f"{_year(f['y'], words)}-{season}"
    if f.get("yy"):
        return f"{two_digit_year(int(f['yy']), dct)}-{season}"  # "the summer of '89"
    if dct is None:
        return f"XXXX-{season}"
    if ctx.year_hint is not None:  # "In 2019 the club closed before the autumn": the year in focus
        return f"{ctx.year_hint}-{season}"
    if f.get("yrel"):  # "the autumn of next year", "the spring of last year": that year's season
        counted = dct.year + (SHIFT_WORDS.get(f["yrel"].lower()) or 0)
        if MINYEAR <= counted <= MAXYEAR:
            return f"{counted}-{season}"
    current = _current_season_number(dct)
    shift = _shift(f.get("shift"))
    # the calendar's first and last years have no year before or after them: no candidate outside them, and where
    # none is left the season of the anchor's own year (as pick_year_by_tense keeps the anchor's year)
    own_year = _season_number(dct.year, season)
    candidates = [_season_number(y, season) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
                  if MINYEAR <= y <= MAXYEAR]
    word = (f.get("shift") or "").lower()
    if shift == 0:
        # "this winter" told in January or February is the winter under way, counted (as TimeML counts a winter)
        # by the year of its December: the year before the anchor's
        number = current if SEASONS[current % 4] == season else own_year
        if ctx.tense == PAST and SEASONS[(current - 1) % 4] == season:
            number = current - 1  # "this winter was the mildest yet" told in March: the season just ended
    elif word in ("last", "next") and season != "WI":
        # "last spring" told in October is last year's, "next autumn" told in May next year's: the season named with
        # "last" or "next" is the one of the year before or after (a winter, which spans two years, goes by order)
        year = dct.year + shift if shift is not None else None
        number = (current if year is None else _season_number(year, season) if MINYEAR <= year <= MAXYEAR
                  else own_year)
    elif shift is None and ctx.tense == PAST and ctx.ahead_offset is not None and any(
            current <= c <= current + 1 for c in candidates if SEASONS[c % 4] == season):
        # "cut rates on Monday ahead of the spring elections", "hired pickers before the autumn harvest": what a past
        # clause did in the run-up to a season under way or next is before that one, not the one a year back (a
        # season further ahead, "closed before the summer break" told in February, is last year's)
        number = min(c for c in candidates if current <= c <= current + 1)
    elif shift is not None and shift < 0 or (shift is None and ctx.tense == PAST):
        number = max((c for c in candidates if (c < current if shift else c <= current)), default=own_year)
    elif shift is not None and shift > 0 or (shift is None and ctx.tense == FUTURE):
        number = min((c for c in candidates if (c > current if shift else c >= current)), default=own_year)
    else:  # the nearest; of two as near, the one ahead ("the plan is for the autumn" told in spring)
        number = min(candidates, key=lambda c: (abs(c - current), c < current))
    number += 4 * int(f.get("skip") or 0)  # "the summer before last": a year before last summer
    return f"{number // 4:04d}-{SEASONS[number % 4]}"


def _value_yearend(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """The end of the year: this year's, or last year's in a past sentence before December."""
    dct = ctx.dct
    if dct is None:
        return "XXXX-12-31"
    return f"{dct.year - 1 if ctx.tense == PAST and dct.month < 12 else dct.year}-12-31"


def _value_day(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A day by its offset from the anchor: today, yesterday, tomorrow (with a part of the day)."""
    dct = ctx.dct
    offset = int(f["off"]) if f.get("off") else None
    if offset is None and f["word"].lower() == "overnight":
        offset = -1 if ctx.tense == PAST else 0  # "fell overnight": the night before; "expected overnight": tonight
    if offset is None:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[f["word"].lower()]
    pod = f.get("pod")
    suffix = f"T{pod if len(pod) == 2 else _pod(pod, words)}" if pod else ""
    return ((dct + timedelta(days=offset)).isoformat() if dct else "XXXX-XX-XX") + suffix


def _value_weekday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A weekday by shift word or tense: 'on Tuesday', 'next Friday', 'the previous Monday'."""
    weekday = _weekday(f["w"], words)
    shift_word = (f.get("shift") or "").lower()
    if f.get("any"):  # "on a Sunday": some such day, none near the anchor
        return f"XXXX-WXX-{weekday}" + (f"T{_pod(f['pod'], words)}" if f.get("pod") else "")
    if f.get("week") and ctx.dct is not None:
        # "Thursday next week", "on Monday last week": that day of the week before or after the anchor's
        week_shift = _shift(f["week"]) or 0
        monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1) + timedelta(weeks=week_shift)
        return (monday + timedelta(days=weekday - 1)).isoformat()
    if f.get("plus") and ctx.dct is not None:
        # "Tuesday week", "a week on Friday" (British): a week after the coming one
        coming = weekday_from(ctx.dct + timedelta(days=1), weekday, 1)
        return (coming + timedelta(days=int(f["plus"]))).isoformat()
    if shift_word in ("previous", "preceding", "following") and ctx.previous_day is not None:
        # "the previous Friday": the one before the date the text was speaking of, not before the anchor
        found = resolve_weekday(weekday, -1 if shift_word != "following" else 1,
                                Context(ctx.previous_day, ctx.tense))
    else:
        found = resolve_weekday(weekday, _shift(f.get("shift")), ctx)
    suffix = f"T{_pod(f['pod'], words)}" if f.get("pod") else ""
    return (found.isoformat() if found else f"XXXX-WXX-{weekday}") + suffix


def _value_rel(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A calendar unit shifted from the anchor's: 'last week', 'this year', 'the weekend'."""
    dct = ctx.dct
    unit = _unit(f["u"], words)
    n = int(f["n"]) if f.get("n") else _shift(f.get("shift"))
    if n is None:
        raise Unresolvable(f"no shift in {f}")
    if dct is None:
        return "XXXX" if unit == "Y" else "XXXX-XX"
    if unit == "WE" and n == 0:
        # "the weekend": the one just past in a past-tense sentence, else the coming one
        saturday = dct + timedelta(days=6 - dct.isoweekday())
        if ctx.tense == PAST and dct.isoweekday() < 6:
            saturday -= timedelta(weeks=1)
        return iso_week(saturday) + "-WE"
    if f.get("report") and ctx.tense == FUTURE:
        # "will present its half-year results": a report comes out within some three months after its period
        # ends, so the one to come covers the last period ended by then, not the last ended before the anchor
        dct += timedelta(days=REPORT_LAG_DAYS)
    return shift_value(dct, unit, n)


def _value_monthrel(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A month with a shift word: 'last March', 'this May', 'next January'; or a day of the anchor's month shifted
    ('the 21st of this month', 'the fifth of next month')."""
    dct = ctx.dct
    if f.get("mshift"):
        day = _day_of_month(f["d"], words)
        if f.get("focus") == "month":  # "the first day of the month": of the month in focus, as "the 12th" is
            previous = ctx.previous_value or ""
            if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", previous):
                return _date_value(int(previous[:4]), int(previous[5:7]), day)
            if ctx.tense == PRESENT:  # "pensions are paid on the first day of the month": a habit, no one day
                raise Unresolvable("a day of every month")
        if dct is None:
            return _date_value(None, None, None) + f"-XX-{day:02d}"
        shifted_year, shifted_month = shift_months(dct.year, dct.month, SHIFT_WORDS[f["mshift"].lower()])
        return _date_value(shifted_year, shifted_month, day)
    month = _month(f["m"], words)
    shift_word = re.sub(r"\s+", " ", (f.get("shift") or "").lower())
    shift = _shift(shift_word.removeprefix("the ")) if shift_word not in ("that", "the same") else None
    focus = ctx.previous_day if re.match(r"\d{4}", ctx.previous_value or "") else None
    if f.get("d"):  # "November 10 that year": that day in the year in focus, else by tense
        day = _day_of_month(f["d"], words)
        year_of_day = focus.year if focus is not None else pick_year_by_tense(month, day, ctx)
        return _date_value(year_of_day, month, day)
    if f.get("fshift"):
        # "September of the year before", "May the following year": in the year before or after the one in focus
        # (the year before or after the anchor's without one)
        step = -1 if re.search(r"before|earlier|previous|preceding|prior", f["fshift"], re.IGNORECASE) else 1
        base = focus.year if focus is not None else dct.year if dct is not None else None
        return f"XXXX-{month:02d}" if base is None else _date_value(base + step, month, None)
    if (f.get("focus") == "year" or shift_word in ("that", "the same")) and focus is not None:
        return f"{focus.year:04d}-{month:02d}"  # "that May", "June of that year": in the year in focus
    if shift_word.startswith("the ") and focus is not None and shift:
        # "the following May": the first May after the month in focus; "the previous March": the last before it
        if shift > 0:
            return f"{focus.year if month > focus.month else focus.year + 1:04d}-{month:02d}"
        return f"{focus.year if month < focus.month else focus.year - 1:04d}-{month:02d}"
    if dct is None:
        return f"XXXX-{month:02d}"
    year: int | None
    if f.get("yshift"):
        year = dct.year + (SHIFT_WORDS.get(f["yshift"].lower()) or 0)
    elif shift is None:
        year = pick_year_by_tense(month, None, ctx)
    elif shift == 0:
        year = dct.year
    elif shift < 0:
        year = dct.year if month < dct.month else dct.year - 1
    else:
        year = dct.year if month > dct.month else dct.year + 1
    return f"{year}-{month:02d}"


def _value_ago_away(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A count of units back or ahead of the anchor: 'three years ago', 'two weeks from now'."""
    dct = ctx.dct
    unit = _unit(f["u"], words)
    raw = f["n"]
    sign = -1
    if raw.startswith("-"):
        raw, sign = raw[1:], 1
    if kind == "away":
        sign = 1
    count = to_number(raw, words)
    if count is None:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if dct is None:
        return "XXXX"
    if unit == "FN":  # "a fortnight ago" counts back two weeks, to a day
        unit, count = "W", count * 2
    if count != int(count):
        unit, count = ("M", count * 12) if unit == "Y" else (unit, round(count))
    if unit == "Y" and count == 1 and ctx.focus_quarter:
        # "a year earlier" in a report on "the third quarter" (or "the first half"): that period a year before
        period = re.match(r"^(\d{4})-([QH][1-4])$", ctx.focus_quarter)
        if period:
            return f"{int(period.group(1)) + sign * int(count)}-{period.group(2)}"
    previous = ctx.previous_value or ""
    if (f.get("dir", "").lower() == "earlier" and (ctx.focus_in_sentence or f.get("opens"))
            and not ctx.earlier_from_anchor and ctx.previous_day is not None and re.match(r"\d{4}", previous)
            and _fine_enough(previous, unit)
            and (unit in ("Y", "DE", "CE", "M", "Q")
                 or (f.get("opens") and unit in ("D", "W")
                     and (dct is None or ctx.previous_day <= dct or ctx.tense == FUTURE)))):
        # "the mill closed in 1985; a decade earlier": counted back from the date told before it in its sentence (or
        # the one before, when it opens its own), not from the anchor; a week or a day earlier keeps to the anchor
        # ("a week earlier" compares with last week's figure) unless it opens its sentence ("The court met on
        # Friday. Two days earlier, ...": the Wednesday), from the first day of a range or pair of days told ("on
        # March 1-3. Two days earlier": February 27); a day ahead of the anchor is a day of a plan, which no past
        # told "earlier" counts back from ("said on Friday the bridge would reopen on April 10. Two days earlier,
        # inspectors had approved it")
        dct = (ctx.previous_start or ctx.previous_day) if unit in ("D", "W") else ctx.previous_day
    if unit == "W" and f.get("grain") != "unit":
        # a week is no calendar label as a month or a year is: "two weeks ago" counts back to a day (written on a
        # Wednesday, the Wednesday fourteen days before), not to the ISO week that day falls in; but "the
        # week-earlier figure" of a weekly report (grain=unit) is last week's
        day = dct + timedelta(weeks=sign * int(count))
        if count >= 4 and f.get("dir", "").lower() == "ago" and dct == ctx.dct and not f.get("exact"):
            # "five weeks ago", "six weeks ago": counted back a month or more from the anchor, the count is a round
            # one and tells the week, not a day (TimeML's 1998-W02); a week, two or three ago keep their day, and so
            # does a count to the day ("four weeks ago today", "six weeks ago to the day")
            return iso_week(day)
        return day.isoformat()
    return shift_value(dct, unit, sign * int(count))


def _value_after(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A unit shifted from the date in focus: 'the following year', 'that day', 'the next morning'."""
    dct = ctx.dct
    unit = _unit(f["u"], words)
    base = ctx.previous_day or dct
    if ctx.previous_day is not None and not _fine_enough(ctx.previous_value, unit):
        base = None  # "that day" after "in 1987": the text never said which day
    if f.get("focus") == "day" and ctx.focus_day is not None:
        base = ctx.focus_day  # "ended the day" after "on Friday ... jobs lost in March": the trading day, Friday
    suffix = f"T{_pod(f['pod'], words)}" if f.get("pod") else ""
    if unit == "Q" and f["n"] == "0" and ctx.focus_quarter:
        return ctx.focus_quarter  # "that quarter": the one the text was speaking of
    focus = re.match(r"^(\d{4})-Q([1-4])$", ctx.focus_quarter or "")
    if unit == "Q" and focus and f["n"].lower() in ("following", "next", "previous", "preceding"):
        # "the previous quarter" in a report on the third quarter: the second
        step_q = 1 if f["n"].lower() in ("following", "next") else -1
        quarters = int(focus.group(1)) * 4 + int(focus.group(2)) - 1 + step_q
        return f"{quarters // 4}-Q{quarters % 4 + 1}"
    if base is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit, "XXXX") + suffix
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
    n_text = f["n"].lower()
    if step.get(n_text) == -1 and ctx.tense == PAST and dct is not None and base > dct:
        base = dct  # "rallied the previous weekend" after a date still ahead: what is past lies before the anchor
    return shift_value(base, unit, step[n_text] if n_text in step else int(n_text)) + suffix


def _value_yearperiod(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A year named as a period: the quarter in focus of that year, else the year."""
    year = _year(f["y"], words)
    period = re.match(r"^\d{4}-([QH][1-4])$", ctx.focus_quarter or "")
    if period:
        return f"{year}-{period.group(1)}"
    return f"{year}"


# how recent a feast must be for "this year" told in the past to mean it although the calendar year has turned
JUST_GONE_DAYS = 45


def _value_holiday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A holiday: a fixed day ('Christmas') or a movable feast ('Easter', 'Thanksgiving'); its year is the one written
    after it, or after the noun it names ('the Ash Wednesday fire of 1983': `yof`), or counted from the anchor ('Easter
    last year', 'Christmas next year': `yrel`; unknown without an anchor). `list` names the word list the day is
    looked up in ('holiday' unless given: 'solstice' for the solstices and equinoxes)."""
    if f.get("pod"):  # "Good Friday morning": that part of the feast's day
        feast_day = _value_holiday({**f, "pod": ""}, words, ctx, kind)
        return (f"{feast_day}T{_pod(f['pod'], words)}" if re.fullmatch(r"\d{4}-\d\d-\d\d", feast_day)
                else feast_day)
    rule = words.lookup(f.get("list") or "holiday", f["h"]) or ""
    written = f.get("y") or f.get("yof")
    year = _year(written, words) if written else None
    if f.get("yrel"):
        if ctx.dct is None:
            return "XXXX-XX-XX" if not re.fullmatch(r"\d\d-\d\d", rule) else f"XXXX-{rule}"
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[f["yrel"].lower()]
        if f["yrel"].lower() == "this" and ctx.tense == PAST:
            # "sales over Christmas this year were flat" told in early January: the feast just gone (within
            # JUST_GONE_DAYS), not this calendar year's, still ahead of a sentence told in the past
            def feast(in_year: int) -> str:
                return (_date_value(in_year, int(rule[:2]), int(rule[3:5])) if re.fullmatch(r"\d\d-\d\d", rule)
                        else _movable_by_tense(rule, in_year, ctx))
            gone = feast(year - 1)
            if (feast(year) > ctx.dct.isoformat() and re.fullmatch(r"\d{4}-\d\d-\d\d", gone)
                    and (ctx.dct - date.fromisoformat(gone)).days <= JUST_GONE_DAYS):
                year -= 1
    if re.fullmatch(r"\d\d-\d\d", rule):  # a fixed day, "12-25"
        month, day = int(rule[:2]), int(rule[3:5])
        if year is None:
            year = pick_year_by_tense(month, day, ctx)
        return _date_value(year, month, day)
    return _movable_by_tense(rule, year, ctx)


def _value_counted(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A count of days or weeks before or after a day written with it ("two days after Christmas", "a week before
    3 May"): that day moved by the count. Without a year written, the year is the one whose moved day the tense
    points to ("will end ten days after March 5" written on March 10: this year's March 15, still ahead), the nearest
    without tense; Unresolvable for a count that is no whole number or a day that is no date."""
    count = to_number(f["n"], words)
    if count is None or count != int(count) or count < 0:
        raise Unresolvable(f"no whole count of days: {f['n']}")
    days = int(count) * (7 if f["u"].lower().startswith("week") else 1) * (1 if f["dir"].lower() == "after" else -1)
    value = _value_holiday if f.get("h") else _value_date
    dct = ctx.dct
    if f.get("y") or ctx.year_hint is not None or dct is None or not MINYEAR + 1 < dct.year < MAXYEAR - 1:
        base = value(f, words, ctx, kind)
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", base):
            raise Unresolvable(f"no day to count from: {base}")
        return plus(date.fromisoformat(base), relativedelta(days=days)).isoformat()
    options = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            base = value({**f, "y": str(year)}, words, ctx, kind)
        except Unresolvable:
            continue  # "February 29" in a year that has none
        if re.fullmatch(r"\d{4}-\d\d-\d\d", base):
            options.append(plus(date.fromisoformat(base), relativedelta(days=days)))
    if not options:
        raise Unresolvable("no day to count from")
    if ctx.tense == PAST and any(d <= dct for d in options):
        return max(d for d in options if d <= dct).isoformat()
    if ctx.tense == FUTURE and any(d >= dct for d in options):
        return min(d for d in options if d >= dct).isoformat()
    return min(options, key=lambda d: abs((d - dct).days)).isoformat()


def _movable_by_tense(rule: str, year: int | None, ctx: Context) -> str:
    """A day given by a movable_feast rule, in the year written, else in the anchor's year, the one before or the
    one after, whichever the tense points to (the nearest without tense)."""
    dct = ctx.dct
    if year is not None:
        return movable_feast(rule, year).isoformat()
    if dct is None:
        return "XXXX-XX-XX"
    options = _feast_options(rule, dct)
    # a past-tense sentence may tell of the run-up to a feast close ahead ("shops reported a run on flour before Shrove
    # Tuesday" a week before it): this year's, as a fixed day close ahead is (pick_year_by_tense); without such a
    # signal a past verb keeps the last one ("five days after Easter break began")
    # (a span counted back from it, "the day before Easter", must have begun by the anchor: the feast no further
    # ahead than the span's length)
    reach = min(NEAR_FEAST_DAYS, ctx.ahead_offset) if ctx.ahead_offset else NEAR_FEAST_DAYS
    near = [d for d in options if d.year == dct.year and 0 < (d - dct).days <= reach]
    if ctx.tense == PAST and near and ctx.ahead_offset is not None:
        chosen = near[0]
    elif ctx.tense == PAST:
        chosen = max(d for d in options if d <= dct) if any(d <= dct for d in options) else options[0]
    elif ctx.tense == FUTURE and any(d <= dct < d + timedelta(days=FEAST_LENGTH_DAYS.get(rule, 1)) for d in options):
        # a feast of several days under way at the anchor ("Sukkot ends on Friday" told on its fifth day): this one
        chosen = max(d for d in options if d <= dct)
    elif ctx.tense == FUTURE:
        chosen = min(d for d in options if d >= dct) if any(d >= dct for d in options) else options[-1]
    else:
        chosen = min(options, key=lambda d: abs((d - dct).days))
    return chosen.isoformat()


def _feast_options(rule: str, dct: date) -> list[date]:
    """Every day the movable_feast rule gives in the anchor's year, the one before and the one after, in order; an
    Islamic feast can fall twice in one year (its year is 11 days shorter: Eid al-Fitr on 7 January and 27 December
    2000), so its days come from the Islamic years around the anchor, not one per year. Days outside the calendar are
    left out; Unresolvable if none is left (an anchor in year 1 has no Islamic year before it)."""
    # a day that comes once in four years (a US inauguration) is looked for four years either way
    reach = 4 if rule == "INAUGURATION" else 1
    years = range(dct.year - reach, dct.year + reach + 1)
    found: list[date] = []
    hijri = _HIJRI_RULE.fullmatch(rule)
    if hijri:
        month, day = int(hijri.group(1)), int(hijri.group(2))
        near = islamic_year_of(dct)
        for islamic_year in range(max(1, near - 2), near + 3):  # the Islamic year is 354 or 355 days long
            try:
                found.append(hijri_day(islamic_year, month, day))
            except (ValueError, OverflowError):
                continue  # before year 1 or after 9999
    else:
        for year in years:
            try:
                found.append(movable_feast(rule, year))
            except Unresolvable:
                continue  # no such day that year, or a year outside the calendar
    options = sorted(d for d in found if d.year in years)
    if not options:
        raise Unresolvable(f"no day for {rule} near {dct}")
    return options


def _value_nth_weekday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """'The first Sunday in October', 'the last Friday of June 2025': that weekday of the month, the year by tense;
    'the first Friday of next month': that weekday of the month shifted from the anchor's."""
    n = _ordinal(f["n"], words)
    if n is None or not (n == -1 or 1 <= n <= 5):
        raise Unresolvable(f"not an ordinal of a weekday in a month: {f['n']}")
    if f.get("mshift"):
        # "the first Friday of next month", "the last Monday of this month": in the month the shift names from the
        # anchor's, whatever the tense; a fifth weekday the month lacks keeps the month, as below
        if ctx.dct is None:
            raise Unresolvable("a month counted from no anchor")
        shifted_year, shifted_month = shift_months(ctx.dct.year, ctx.dct.month, SHIFT_WORDS[f["mshift"].lower()])
        try:
            return movable_feast(f"{shifted_month:02d}/{_weekday(f['w'], words)}/{n}", shifted_year).isoformat()
        except Unresolvable:
            return _date_value(shifted_year, shifted_month, None)
    month = _month(f["m"], words)
    rule = f"{month:02d}/{_weekday(f['w'], words)}/{n}"
    year = _year(f["y"], words) if f.get("y") else None
    if n != 5:
        return _movable_by_tense(rule, year, ctx)
    # a fifth weekday is in some months only: its year is the month's (by tense, as a month written alone), and where
    # that month has four ("the fifth Monday in February": miscounted, or the last meant) no day is made up, but the
    # month is kept
    if year is None:
        year = pick_year_by_tense(month, None, ctx)
    if year is None:
        return _date_value(None, month, None)
    try:
        return movable_feast(rule, year).isoformat()
    except Unresolvable:
        return _date_value(year, month, None)


def _value_ref(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A fixed reference value: PRESENT_REF, PAST_REF, FUTURE_REF."""
    return f["v"]


def _value_clock(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A clock time on the day written next to it or the anchor's day; Z for UTC/GMT."""
    zone = "Z" if f.get("tz", "").upper() in ("UTC", "GMT", "Z") else ""  # ISO 8601: Z marks UTC
    if f.get("mn") or f.get("oc"):
        f = {**f, "h": _spelled_clock(f["h"], f.get("mn", ""), f.get("rel", ""), words)}
    ap = f.get("ap", "")
    spelled = bool(f.get("mn") or f.get("oc"))  # "quarter to eight tonight": a clock in words is of the evening too
    part = f.get("pod", "").lower() or ("evening" if f.get("dw", "").lower() == "tonight" and ("." in f["h"] or spelled)
                                        else "")
    after_midnight = False
    if not ap and part:  # "at 7.45 tonight", "at 11.40 at night": the half of the day the part names
        hour = int(re.split(r"[:.]", f["h"])[0])
        # "12.15 at night" is a quarter past midnight, not noon; "half past twelve tonight", "twelve o'clock on Friday
        # night" the small hours after that night's midnight, on the next day
        after_midnight = hour == 12 and (
            (not f.get("pod") and f.get("dw", "").lower() == "tonight")
            or (part == "night" and bool(f.get("w") or f.get("dw"))))
        ap = "a.m." if part == "morning" or after_midnight or (part == "night" and (hour < 5 or hour == 12)) else "p.m."
    if ap and f.get("h2"):  # "from 10 to 2 p.m.": a first hour above the second is on the other side of noon
        first, second = int(re.split(r"[:.]", f["h"])[0]), int(f["h2"])
        if first > second and first != 12:
            ap = "p.m." if ap.lower().startswith("a") else "a.m."
    day = _day_of(f, words, ctx)
    if after_midnight and day is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return f"{day}T{_clock(f['h'], ap)}{zone}"


def _whole_in(text: str, words: WordLists, low: int, high: int, error: str) -> int:
    """The whole number `text` writes (in figures or words), if it lies from `low` to `high`; else Unresolvable."""
    number = to_number(text, words)
    if number is None or not number.is_integer() or not low <= number <= high:
        raise Unresolvable(error)
    return int(number)


def _spelled_clock(hour_text: str, minutes_text: str, rel: str, words: WordLists) -> str:
    """A clock time told in words, as "H:MM" on a twelve-hour dial: "ten past four" 4:10, "quarter to six" 5:45,
    "half past noon" 12:30, "five past midnight" 0:05, "7 o'clock" 7:00 (the part of the day, if any, picks the half
    of the day afterwards)."""
    lower = hour_text.lower()
    hour = {"noon": 12, "midday": 12, "midnight": 0}.get(lower)
    if hour is None:
        hour = _whole_in(lower, words, 1, 12, f"no such hour: {hour_text}")
    minutes_word = re.sub(r"^an?\s+|\s+minutes?$", "", minutes_text.lower())
    minutes = {"": 0, "half": 30, "quarter": 15}.get(minutes_word)
    if minutes is None:
        minutes = _whole_in(minutes_word, words, 1, 59, f"no such minute: {minutes_text}")
    if rel.lower() == "to" and minutes:
        hour, minutes = (hour - 1) % 24, 60 - minutes
        if lower == "midnight":
            return f"23:{minutes:02d}"
    return f"{hour}:{minutes:02d}"


def _value_dur(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A duration: 'three years' is P3Y, 'a few weeks' PXW."""
    unit = "X" if f["u"] == "X" else _unit(f["u"], words)
    count = None if f["n"] == "X" else to_number(f["n"], words)
    if count is not None and f.get("half"):
        count += 0.25 if f["half"].endswith("quarter") else 0.5  # "a year and a half", "an hour and a quarter"
    value = duration_value(count, unit)
    if not f.get("u2"):
        return value
    # "three years and six months", "eight days, five hours and 12 minutes": the values in one, the date parts, then
    # the time parts; each unit smaller than the one before it ("two hours, three days and a minute" is no one span)
    tails = [(f["n2"], f["u2"])] + ([(f["n3"], f["u3"])] if f.get("u3") else [])
    units = [unit] + [_unit(u, words) for _, u in tails]
    ranks = [_UNIT_RANK.get(u, -1) for u in units]
    if -1 in ranks or any(a >= b for a, b in zip(ranks, ranks[1:], strict=False)):
        raise Unresolvable(f"units out of order: {' '.join(units)}")
    values = [value] + [duration_value(to_number(n, words), u) for (n, _), u in zip(tails, units[1:], strict=True)]
    date_part = "".join(v[1:].partition("T")[0] for v in values)
    time_part = "".join(v.partition("T")[2] for v in values)
    return f"P{date_part}{'T' + time_part if time_part else ''}"


# the units a duration of several parts may join, largest first
_UNIT_RANK = {u: i for i, u in enumerate(("Y", "M", "W", "D", "TH", "TM", "TS"))}


def _value_set(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A set: 'every week' is P1W, 'weekly', 'every other day'."""
    if f.get("v"):
        return SET_ADVERBS[f["v"].lower()]
    unit = _unit(f["u"], words)
    n_text = f.get("n", "")
    if unit == "WE" and not n_text:
        return "XXXX-WXX-WE"  # "every weekend"
    count = 2.0 if n_text.lower() == "other" else (to_number(n_text, words) if n_text else 1.0)
    return duration_value(count or 1.0, unit)


def _value_setweekday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A weekday that recurs: 'on Fridays' is XXXX-WXX-5."""
    suffix = f"T{_pod(f['pod'], words)}" if f.get("pod") else ""
    return f"XXXX-WXX-{_weekday(f['w'], words)}{suffix}"


def _value_setmonth(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A month that recurs: 'every March' is XXXX-03."""
    return f"XXXX-{_month(f['m'], words):02d}"


def _value_setholiday(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A holiday that recurs: 'every Christmas Eve' is XXXX-12-24; a movable feast ('each Easter') has no fixed day."""
    rule = words.lookup("holiday", f["h"]) or ""
    return f"XXXX-{rule}" if re.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX"


def _value_setseason(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A season that recurs: 'every summer' is XXXX-SU."""
    return f"XXXX-{words.lookup('season', f['s'].lower()) or 'XX'}"


def _value_setpod(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A part of the day that recurs: 'mornings' is TMO."""
    return f"T{_pod(f['p'], words)}"


def _value_monthweek(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A week of a month: 'the first week of March' is the ISO week of 1 March, 'the last week of June' that of
    30 June; the year as written, else by tense; 'the first week of next month' in the month the shift names from
    the anchor's."""
    year: int | None
    if f.get("mshift"):
        if ctx.dct is None:
            raise Unresolvable("a month counted from no anchor")
        year, month = shift_months(ctx.dct.year, ctx.dct.month, SHIFT_WORDS[f["mshift"].lower()])
    else:
        month = _month(f["m"], words)
        year = _year(f["y"], words) if f.get("y") else pick_year_by_tense(month, None, ctx)
    number = _ordinal(f["n"], words)
    if year is None:
        return "XXXX-WXX"
    last = calendar.monthrange(year, month)[1]
    if number is None or number == -1:
        return iso_week(date(year, month, last))
    if not 1 <= number <= 5:
        raise Unresolvable(f"no week {number} in a month")
    return iso_week(date(year, month, min(last, 1 + 7 * (number - 1))))


# the months after a year's end before its full-year results are out: a full-year outlook then is unsure
_FULL_YEAR_REPORTING_MONTHS = 2


def _value_focusyear(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """A whole year said of the date in focus: 'the whole year' after 'Q3 2006' in the same sentence is 2006,
    else the anchor's year. A firm's full-year outlook ('ahead') told in January or February with no year in focus is
    most often about the year just ended, whose results are not out yet: too unsure to tag."""
    if ctx.focus_in_sentence and ctx.previous_day is not None:
        return f"{ctx.previous_day.year:04d}"
    if f.get("ahead") and ctx.dct is not None and ctx.dct.month <= _FULL_YEAR_REPORTING_MONTHS:
        raise Unresolvable("a full-year outlook early in the year may be the year just ended")
    return f"{ctx.dct.year:04d}" if ctx.dct is not None else "XXXX"


def _value_focusunit(f: dict[str, str], words: WordLists, ctx: Context, kind: str) -> str:
    """The day, week, month... said of the date in focus in the same sentence, else the anchor's: 'fell on Friday
    for a third straight day' is that Friday, 'rose for a fourth week in a row' with no date before it this week."""
    unit = _unit(f["u"], words)
    if ctx.focus_in_sentence and ctx.previous_day is not None and _fine_enough(ctx.previous_value, unit):
        return shift_value(ctx.previous_day, unit, 0)
    if ctx.dct is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit, "XXXX")
    return shift_value(ctx.dct, unit, 0)


# The value kinds of tagger_rules.tsv, each resolved by one small function.
VALUE_RESOLVERS: dict[str, Callable[[dict[str, str], WordLists, Context, str], str]] = {
    "date": _value_date,
    "monthday": _value_monthday,
    "decade": _value_decade,
    "century": _value_century,
    "quarter": _value_quarter_half,
    "half": _value_quarter_half,
    "season": _value_season,
    "yearend": _value_yearend,
    "day": _value_day,
    "weekday": _value_weekday,
    "rel": _value_rel,
    "monthrel": _value_monthrel,
    "ago": _value_ago_away,
    "away": _value_ago_away,
    "after": _value_after,
    "yearperiod": _value_yearperiod,
    "holiday": _value_holiday,
    "counted": _value_counted,
    "nthweekday": _value_nth_weekday,
    "ref": _value_ref,
    "clock": _value_clock,
    "dur": _value_dur,
    "set": _value_set,
    "setweekday": _value_setweekday,
    "setmonth": _value_setmonth,
    "setholiday": _value_setholiday,
    "setseason": _value_setseason,
    "newyear": _value_newyear,
    "setpod": _value_setpod,
    "monthweek": _value_monthweek,
    "focusyear": _value_focusyear,
    "focusunit": _value_focusunit,
}


def _resolve_kind(spec: ValueSpec, groups: dict[str, str | None], words: WordLists, ctx: Context) -> str:
    resolver = VALUE_RESOLVERS.get(spec.kind)
    if resolver is None:
        raise Unresolvable(f"unknown kind {spec.kind}")
    return resolver(_fill(spec, groups), words, ctx, spec.kind)


_VALUE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)(T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d\d)(-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d\d)$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
)


def interval_of(value: str, dct: date | None, horizon_days: int = 28) -> tuple[date, date, Granularity] | None:
    """The inclusive interval of days a DATE/TIME value covers, or None when it is not pinned to the calendar."""
    if value == "PRESENT_REF":
        return (dct, dct, Granularity.OPEN) if dct else None
    if value == "FUTURE_REF":
        return (dct, _shift_days(dct, horizon_days), Granularity.OPEN) if dct else None
    if value == "PAST_REF":
        return (_shift_days(dct, -horizon_days), dct, Granularity.OPEN) if dct else None
    return _calendar_interval(value)


@lru_cache(maxsize=4096)
def _calendar_interval(value: str) -> tuple[date, date, Granularity] | None:
    """interval_of for a value written on the calendar (a day, week, month... not a reference to the anchor): cached
    by the value alone, which is all it depends on, so that texts of different dates share what they name alike (a
    text names the same years and months again and again, and each value tried up to nine patterns)."""
    for pattern, form in _VALUE_FORMS:
        match = pattern.match(value)
        if not match:
            continue
        try:
            return _interval_from_match(match, form)
        except (ValueError, OverflowError):
            return None
    return None


def _shift_days(day: date, days: int) -> date:
    """`day` moved by `days`, held at the ends of the calendar (year 1 and 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _interval_from_match(match: re.Match[str], form: str) -> tuple[date, date, Granularity]:
    a = int(match.group(1))
    if form == "day":
        day = date(a, int(match.group(2)), int(match.group(3)))
        return day, day, Granularity.TIME if match.group(4) else Granularity.DAY
    if form == "week":
        monday = date.fromisocalendar(a, int(match.group(2)), 1)
        if match.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6), Granularity.WEEK
        return monday, monday + timedelta(days=6), Granularity.WEEK
    if form == "month":
        month = int(match.group(2))
        return date(a, month, 1), date(a, month, calendar.monthrange(a, month)[1]), Granularity.MONTH
    if form in ("quarter", "half"):
        months = 3 if form == "quarter" else 6
        first_month = (int(match.group(2)) - 1) * months + 1
        last_month = first_month + months - 1
        last = date(a, last_month, calendar.monthrange(a, last_month)[1])
        return date(a, first_month, 1), last, Granularity.QUARTER if form == "quarter" else Granularity.HALF
    if form == "season":
        start_month = SEASON_START_MONTH[match.group(2)]
        end_year, end_month = shift_months(a, start_month, 2)
        end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        return date(a, start_month, 1), end, Granularity.SEASON
    if form == "year":
        return date(a, 1, 1), date(a, 12, 31), Granularity.YEAR
    if form == "decade":
        return date(max(a * 10, 1), 1, 1), date(a * 10 + 9, 12, 31), Granularity.DECADE
    return date(max(a * 100, 1), 1, 1), date(a * 100 + 99, 12, 31), Granularity.CENTURY


def part_of_month(first: date, last: date, part: str, count: float | None, unit: str) -> tuple[date, date, str] | None:
    """The days of a month (first..last) that "the first 15 days of April", "the last two weeks of May" or "the second
    half of June" name, and the TIMEX3 mod (START or END); None if the count does not fit in the month. A half is
    the first 15 days (14 of February), or the rest."""
    days = (last - first).days + 1
    at_start = part in ("first", "opening")
    if unit == "half":
        n = days // 2 if at_start else days - days // 2
    elif count is None or count != int(count):
        return None
    else:
        n = int(count) * (7 if unit.startswith("week") else 1)
    if not 0 < n < days:
        return None
    if at_start:
        return first, first + timedelta(days=n - 1), "START"
    return last - timedelta(days=n - 1), last, "END"


def narrow_by_mod(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """Early/mid/late keep the first, middle or last third of an interval ("early 2019" is January to April)."""
    if mod not in ("START", "MID", "END"):
        return first, last  # most expressions: no modifier, nothing to work out
    span = (last - first).days + 1
    if span < 3:
        return first, last
    third = span // 3
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)
