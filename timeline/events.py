"""Turn documents into dated, typed events: every date that dates something happening in a sentence makes one.

documents -> sentences -> time expressions (the tagger) -> events, then the events of all documents are merged
where they say the same thing. Pure functions; no Streamlit, no clock.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from timeline.documents import boilerplate_spans
from timeline.lemmas import lemmas, word_classes
from timeline.model import Document, Event, Granularity, Mention, Timex, TimexType
from timeline.prefilter import may_hold
from timeline.resolve import SEASONS, interval_of, weekday_from, weekday_number
from timeline.sentences import Sentence, split_sentences
from timeline.tagger import FINITE_VERB_AFTER, sentence_tense, tag
from timeline.taxonomy import Taxonomy, default_taxonomy
from timeline.typing import (
    ArticleEvidence,
    ReadText,
    Typing,
    article_settles,
    clause_scores,
    decide,
    evidence_shares,
    learned_applies,
    only_unsettled,
    prior_from,
    read_text,
    sentence_shares,
)

APPROXIMATE_MODS = frozenset(
    {"APPROX", "START", "MID", "END", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
)
VAGUE_VALUES = frozenset({"PAST_REF", "FUTURE_REF"})
TITLE_LIMIT = 80


@lru_cache(maxsize=4096)
def _pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from a sentence's or a title's own words, compiled once: a build makes some thousand of them,
    more than the 512 that re's own cache holds, which then compiled each of them anew at every call."""
    return re.compile(source, flags)

# The reader's repairs of a title (round 32: a subject carried from elsewhere in the sentence, a time phrase cut
# whole, no word left dangling): the typer reads the title as it was without them (the learned typer's weights and
# the rules were made on those titles), so a draft whose title a repair changed is typed from its title made with
# the repairs off (_draft). _REPAIRING is off while that title is made; _REPAIRED tells that a repair was made.
_REPAIRING: ContextVar[bool] = ContextVar("_REPAIRING", default=True)
_REPAIRED: ContextVar[bool] = ContextVar("_REPAIRED", default=False)


def _repair() -> bool:
    """Whether a repair that applies is made (it is, unless a title without repairs is being made); noted."""
    if not _REPAIRING.get():
        return False
    _REPAIRED.set(True)
    return True


def _signal_words() -> dict[str, frozenset[str]]:
    text = (resources.files("timeline") / "resources" / "events_signals.tsv").read_text(encoding="utf-8")
    groups: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[1].strip():
            raise ValueError(f"timeline/resources/events_signals.tsv:{number}: expected GROUP <TAB> WORD")
        groups.setdefault(cells[0].strip(), set()).add(cells[1].strip().lower())
    for required in ("since", "until", "reporting", "preposition", "forward", "after", "since_earlier", "negation",
                     "ending", "beginning", "lasting", "deadline", "deadline_end", "period_noun", "timetable_present",
                     "at_a_point", "imposing", "opening", "span_noun", "arranged", "modal", "bound",
                     "noun_preposition", "relative", "once_each"):
        if required not in groups:
            raise ValueError(f"timeline/resources/events_signals.tsv: no {required!r} words")
    return {k: frozenset(v) for k, v in groups.items()}


SIGNALS = _signal_words()
_PERIOD_NOUNS = SIGNALS["period_noun"]
_SPAN_NOUNS = SIGNALS["span_noun"]
(_SINCE, _UNTIL, _FORWARD, _AFTER, _PREPOSITIONS, _REPORTING, _SINCE_EARLIER, _NEGATIONS, _ENDING, _BEGINNING,
 _LASTING, _DEADLINE, _DEADLINE_END) = (
    SIGNALS[group] for group in ("since", "until", "forward", "after", "preposition", "reporting", "since_earlier",
                                 "negation", "ending", "beginning", "lasting", "deadline", "deadline_end")
)
_BE = frozenset({"be", "been", "being"})
# the words that open a clause's verb phrase
_AUXILIARIES = frozenset("is are was were be been has have had will would can could may might shall should do does did "
                         "'s ’s".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a comma, semicolon, colon or closing bracket, or spaces before "that", a dash or an opening bracket: the three
# kinds that begin with spaces share them (a third sooner than trying each at every space; the same breaks)
_SEGMENT_BREAK = re.compile(r"\s+(?:that\s+|[—–]\s+|\()|,[\"”’']?\s+|;\s+|:\s+|\)")
_STOP = frozenset(
    "a an the of in on at to for from by with and or but is are was were be been has have had it its this that "
    "these those their his her he she they we as which who will would said says".split()
)


class _Dated(NamedTuple):
    """One dated thing in a sentence before it becomes an event: a date expression, or the two ends of a range.

    (A named tuple rather than a frozen dataclass: one is made for every date of every document, and a frozen
    dataclass sets each of its eleven fields through object.__setattr__, four times the cost.)"""

    start: int  # offsets of the expression as written (a range covers both ends)
    end: int
    first_day: date
    last_day: date
    granularity: str
    value: str
    approximate: bool
    rule: str
    forward: bool = False  # "three months away": points at an event told elsewhere
    clause_from: int | None = None  # where the words that say what happened begin and end, if not the sentence
    clause_to: int | None = None
    earlier: bool = False  # "the strongest since 2007": the date of an earlier event, not of a state to now
    since: bool = False  # "since 2017": a state from the date to the publication date
    counted_from_dct: bool = False  # "days after X": X counted back from the publication date
    until: bool = False  # "until March": a state from the publication date to the date
    within: bool = False  # "will pay within 30 days": a deadline from the publication date, told by a count
    into: bool = False  # "the fighting went on into Monday": a thing going on since a day told before, to the date
    words_from: int | None = None  # where the item's words begin at the earliest (after a habit's clause left out)

    @property
    def plain(self) -> bool:
        """Told as a date of its own: no state since or until it, no pointer ahead, no earlier event's date, not
        counted back from the publication date."""
        return not (self.since or self.until or self.forward or self.earlier or self.counted_from_dct)


@dataclass
class _Draft:
    """An event being built for one document."""

    dated: _Dated
    sentence: Sentence
    clause: tuple[int, int]
    title: str
    typed: _TypeRequest  # what is typed, once the document's drafts are all made
    context: str
    mentions: list[Mention] = field(default_factory=list)


class _TypeRequest(NamedTuple):
    """A draft's clause to type: _Typer.type(text, centre, fallback), asked when the document's drafts are made (a
    draft that joins another is never typed, and the typing of a document runs in one go)."""

    typer: _Typer
    text: str
    centre: int | None
    fallback: tuple[str, int | None] | None

    def typing(self) -> Typing:
        """The draft's type."""
        return self.typer.type(self.text, self.centre, self.fallback)


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _word_before(text: str, position: int) -> str:
    """The last word of the 40 characters before `position`, in lower case ("" if none)."""
    words = _WORD.findall(text, max(0, position - 40), position)
    return words[-1].lower() if words else ""


_DURATION = re.compile(r"P(\d+|X)([DWMY])")
_AFTER_BEFORE = re.compile(r"\s+(after|before)\s+")


def _duration_days(timex: Timex) -> tuple[int, int] | None:
    """The fewest and most days a duration may mean: P3D -> (3, 3), PXD "days" -> (2, 7), P2W -> (14, 14)."""
    match = _DURATION.fullmatch(timex.value)
    if not match:
        return None
    per = {"D": 1, "W": 7, "M": 30, "Y": 365}[match.group(2)]
    if match.group(1) == "X":
        return 2 * per, 7 * per if per == 1 else 3 * per
    return int(match.group(1)) * per, int(match.group(1)) * per


_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DECADES_AGO = re.compile(r"(a|one|two|three|four|five)\s+decades?\s+ago", re.IGNORECASE)
_LATER_WORD = re.compile(r"\s+(?:later|earlier|on)\b")
_THAN = re.compile(r"\s+than\b")
_CLOCK_RULES = frozenset({"time.clock", "time.clock_24", "time.noon"})  # "8 p.m.", "14:30", "noon": an hour alone
_HEDGE = re.compile(r"\b([A-Za-z]+)\s+at\s+(?:the\s+)?(?:least|latest|earliest|most)\s+$", re.IGNORECASE)
# "the term ends on", "its licence expires in": a thing whose end "until" waits for, before the end's date
_A_THING_ENDS = (r"(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){1,3}"
                 r"(?:ends|end|expires|expire|runs\s+out|run\s+out|is\s+over)\s+(?:on|in)\s+")
# "until the term ends on", "until its licence expires in": the date of the thing whose end "until" waits for
_UNTIL_A_THING_ENDS = re.compile(r"\b(until|till)\s+" + _A_THING_ENDS + "$", re.IGNORECASE)
_THE_END_OF = re.compile(r"(?:the\s+)?end\s+of\b", re.IGNORECASE)  # "before the end of the year": a deadline
_OWNER = re.compile(r"['’]s\b")  # "hit by Friday's storm": "by" names who did it, not a deadline
# "a gunfight that went on into the early hours of Monday", "talks dragged on into Thursday": the thing was going on
# before the day named, since a day the story told just before
_GOING_ON_INTO = re.compile(r"\b(?:(?:went|go|goes|going|gone|carried|carries|carry|carrying|dragged|drags|drag"
                            r"|dragging|ran|run|runs|running)\s+on|continued|continues|continuing|lasted|lasts|lasting"
                            r"|stretched|stretches|stretching|raged|rages|raging|spilled|spills|spilling)"
                            r"\s+(?:well\s+|late\s+|deep\s+)?into\s+(?:the\s+(?:early\s+|small\s+|wee\s+)?"
                            r"(?:hours|morning|night)\s+of\s+)?$", re.IGNORECASE)
# "before the month is out" (is over, ends): as "before the end of the month". Named apart from the titles'
# _DEADLINE_OUT further down the module (under one name, one had replaced the other at import)
_A_UNIT_IS_OUT = re.compile(r"\s+(?:(?:is|are)\s+(?:out|over|up|through|done)\b|(?:ends|closes|runs\s+out)\b"
                            r"(?!\s+(?:with|in|on|at)\b))", re.IGNORECASE)
# "before the year was out", "before the month ended": a past, the unit itself, no deadline
_A_UNIT_WAS_OUT = re.compile(r"\s+(?:(?:was|were)\s+(?:out|over|up|through|done)\b|(?:ended|closed|ran\s+out)\b)",
                             re.IGNORECASE)
# a year written out ("in 2010", "By 2012"): a past narrated about that year
_A_WRITTEN_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b(?!\s*(?:%|per\b|people|men|women|jobs|homes))")
_A_PRESENT_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't)\b|['’]ve\b", re.IGNORECASE)


# "over the past year", "in the last week": a span of twelve months (seven days) back from the publication date
_THE_PAST_UNIT = re.compile(r"the\s+(?:past|last)\s+(year|week)", re.IGNORECASE)
# "in the past seven days", "over the last 14 days": a count of days back to the publication date
_THE_PAST_DAYS = re.compile(r"the\s+(?:past|last)\s+", re.IGNORECASE)
_A_SPAN_BEFORE = re.compile(r"\b(?:over|in|during|throughout|for)\s+$", re.IGNORECASE)
_LONGEST_PAST_YEARS = 50  # "over the past 50 years" is a span to the news; a longer count is history, no span


# a base of comparison: "a profit over the same months a year earlier" (the earlier period is no event of its own:
# README conventions, "a year earlier" is none; "compared with a year earlier" is left an event, as round 24's title
# cases read it)
_SAME_PERIOD = re.compile(r"\bthe\s+same\s+(?:months?|period|quarter|weeks?|days?|time|stage|point|season|half)\b",
                          re.IGNORECASE)


# "up from 21 million in the previous year", "down from 9 percent the year before": a figure's base told by a unit
# counted back from the one the sentence tells, no date of its own (as "a year earlier" is none)
_THE_UNIT_BEFORE = re.compile(r"the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|season)|"
                              r"the\s+(?:year|quarter|month|season)\s+before", re.IGNORECASE)
_UP_FROM_A_FIGURE = re.compile(r"\b(?:up|down|rising|falling|climbing)\s+from\s+[^,;:.!?()—–\n]{1,40}?"
                               r"\s+(?:in\s+|for\s+|over\s+)?$", re.IGNORECASE)


def _a_base_of_comparison(text: str, timex: Timex) -> bool:
    """Whether a count back ("a year earlier") is the base a figure is compared with: its sentence sets "the same
    months" (period, quarter) against it."""
    lo = _last_stop_before(text, timex.start) or 0
    stop = _SENTENCE_STOP.search(text, timex.end)
    hi = stop.start() if stop else len(text)
    return _SAME_PERIOD.search(text, lo, hi) is not None


_ON_IN = frozenset({"on"})
# an agreement or a measure in force (the subject, perhaps with an aside after it) that ends, expires, lapses
_AN_ACCORD_ENDS = re.compile(
    r"\b(?:deal|agreement|accord|pact|treaty|contract|lease|licen[cs]e|permit|mandate|concession|ceasefire|truce|"
    r"moratorium|waiver|exemption|subsidy|arrangement|memorandum)s?(?:,\s+[^,;:.!?()—–\n]{1,100},)?\s+"
    r"(?:ends|expires|lapses|runs\s+out)\s+on\s+$", re.IGNORECASE)


# a noun after these is no subject ("Voting on the new contract ends on Friday": the vote ends)
_PREPOSITION = frozenset("on of over for about against under to with from into by in at".split())


def _an_accord_ends(text: str, at: int) -> bool:
    """Whether the clause before `at` tells an agreement or a measure in force, as its subject, that ends ("the ferry
    contract expires on"); not one named after a preposition ("voting on the new contract ends on")."""
    opened = max(_last_stop_before(text, at) or 0, at - 160)
    match = _AN_ACCORD_ENDS.search(text, opened, at)
    if match is None:
        return False
    head = text[opened : match.start()]
    head = head[max((m.end() for m in _PIECE_BREAK.finditer(head)), default=0):]
    return _PREPOSITION.isdisjoint(head.lower().split()[-3:])


def _dated_from_timex(text: str, timex: Timex, dct: date | None) -> _Dated | None:
    """The interval a single expression dates, reading the words around it ("since 2017", "days after ...")."""
    if timex.type == TimexType.SET or timex.value == "PRESENT_REF":
        return None
    if timex.value == "FUTURE_REF" and not _told_will_before(text, timex):
        # "more slides are likely in the coming weeks", "they plan to reopen embassies in the coming months": a
        # hope or a likelihood with no time a reader can put on a timeline (a thing that "will" be done in the
        # coming weeks is announced, an approximate span from the publication date)
        return None
    if timex.type == TimexType.DURATION:
        if timex.anchor == "previous" and timex.first_day and timex.last_day:
            # "two weeks later" is a day; "a month later" after a month is that month (the tagger's granularity);
            # the word that counts on is part of the expression (and of no title)
            unit = timex.granularity.value if timex.granularity else "day"
            first, last = timex.first_day, timex.last_day
            if unit in ("day", "month", "week") and _WHOLE_COUNT.fullmatch(timex.value) and timex.value.endswith("Y"):
                # "two years later" after "in March 2019": a count of whole years dates a year (a reader cannot
                # tell the month two years on), the count's own unit
                first, last, unit = date(first.year, 1, 1), date(first.year, 12, 31), "year"
            told = first.isoformat()[: {"month": 7, "year": 4}.get(unit, 10)]
            later = _LATER_WORD.match(text, timex.end)
            if later and _THAN.match(text, later.end()):
                return None  # "a day later than usual", "two weeks earlier than planned": a comparison, no date
            if later and later.group(0).strip().lower() == "earlier" and _a_base_of_comparison(text, timex):
                return None  # "a profit over the same months a year earlier": the base a figure is set against
            return _Dated(timex.start, later.end() if later else timex.end, first, last, unit,
                          told, False, timex.rule)
        after = _AFTER_BEFORE.match(text[timex.end : timex.end + 10])
        spread = _duration_days(timex)
        right_before = _WORD_RIGHT_BEFORE.search(text, max(0, timex.start - 20), timex.start)
        span_word = right_before.group(1).lower() if right_before else ""
        if dct and span_word == "within":
            return _within_a_count(text, timex, dct)
        past = _WHOLE_COUNT.fullmatch(timex.value)
        if (dct and past is not None and _THE_PAST_DAYS.match(timex.text)
                and _A_SPAN_BEFORE.search(text, max(0, timex.start - 12), timex.start)):
            # "police made 80 arrests in the past seven days": the days counted back to the publication date; "over
            # the past two years", "for the past six months": from the same day that many years (months) before
            n, unit = int(past.group(1)), past.group(2)
            back = None
            if unit in "DW" and 0 < n * (7 if unit == "W" else 1) <= 366:
                back = dct - timedelta(days=n * (7 if unit == "W" else 1))
            elif unit in "MY" and 0 < n * (12 if unit == "Y" else 1) <= 12 * _LONGEST_PAST_YEARS:
                try:
                    back = _months_back(dct, n * (12 if unit == "Y" else 1))
                except OverflowError:
                    back = None
            if back is not None and _narrated_about_an_earlier_year(text, timex, back):
                return None  # "In 2010 he said he had lived in Paris for the past two years": not back from the news
            if back is not None:
                return _Dated(timex.start, timex.end, back, dct, "open", _span_value(back, dct), False, timex.rule)
        if dct and span_word == "in" and _in_a_count_ahead(text, timex):
            if _AT_MOST.search(timex.text):
                # "will be held in ten days or less": a deadline, as "within ten days" is
                return _deadline_counted_on(timex, dct)
            # "the teams move to Montreal in two weeks": the day that many days on from the publication date
            match = _WHOLE_COUNT.fullmatch(timex.value)
            if match is not None and match.group(2) in "DW" and 0 < int(match.group(1)) <= 60:
                day = dct + timedelta(days=int(match.group(1)) * (7 if match.group(2) == "W" else 1))
                return _Dated(timex.start, timex.end, day, day, "day", day.isoformat(), False, timex.rule)
        if dct and _THE_NEXT.match(timex.text) and _plan_before_within(text, timex) is not None:
            # "the satellite will spend the next three months in tests": a span from the publication date, the
            # count's length on (not "within": no deadline, the whole span is the event's)
            ahead = _within_a_count(text, timex, dct)
            return None if ahead is None else ahead._replace(within=False)
        if (dct and _GIVEN_A_COUNT.search(text, max(0, timex.start - 30), timex.start)
                and _TO_ACT.match(text, timex.end)):
            # "he has ten days to lodge an appeal": a deadline from the publication date, as "within ten days" is
            return _deadline_counted_on(timex, dct)
        if (after and dct and spread and after.group(1) in _AFTER and span_word not in _A_SPAN_OF_TIME
                and not _NOT_CALENDAR_DAYS.search(text, timex.start, timex.end)):
            # "the news comes just days after Paris raised the threat level": that happened days before the news
            # (not "the third fire in two weeks after ...": a duration after "in" is a span, not a count back)
            clause_from = timex.end + after.end()
            years = _whole_units_back(timex.value, dct)
            if years is not None:  # "the bridge opened 40 years after the ferry sank": that year
                first, last, unit, value = years
                return _Dated(timex.start, timex.end, first, last, unit, value, False, timex.rule,
                              clause_from=clause_from, counted_from_dct=True)
            lo, hi = spread
            try:
                first, last = dct - timedelta(days=hi), dct - timedelta(days=lo)
            except OverflowError:
                return None  # "730120 days after" reaches before the calendar's first day
            value = _span_value(first, last)
            return _Dated(timex.start, timex.end, first, last, "day" if first == last else "open", value,
                          lo != hi, timex.rule, clause_from=clause_from, counted_from_dct=True)
        return None
    if timex.first_day is None or timex.last_day is None:
        return None
    if timex.text.lower().endswith(" earlier") and _a_base_of_comparison(text, timex):
        return None  # "A year earlier the group had made a profit over the same months": the base, no event
    if (_THE_UNIT_BEFORE.fullmatch(timex.text) is not None
            and _UP_FROM_A_FIGURE.search(text, max(0, timex.start - 80), timex.start) is not None):
        return None  # "a profit of 38 million in the year to June, up from 21 million in the previous year": the base
    past_unit = _THE_PAST_UNIT.fullmatch(timex.text) if dct and timex.rule == "rel.unit_shift" else None
    if (dct and past_unit is not None and timex.granularity is not None
            and timex.granularity.value == past_unit.group(1).lower()
            and _A_SPAN_BEFORE.search(text, max(0, timex.start - 10), timex.start)):
        # "prices have fallen over the past year", "arrests rose over the past week": the twelve months (the seven
        # days) to the publication date, not the calendar year (week) before it ("last year" is that year)
        if timex.granularity is Granularity.WEEK:
            back = dct - timedelta(days=7)
        else:
            try:
                back = dct.replace(year=dct.year - 1)
            except ValueError:  # (February 29)
                back = dct - timedelta(days=365)
        return _Dated(timex.start, timex.end, back, dct, "open", _span_value(back, dct), False, timex.rule)
    first, last = timex.first_day, timex.last_day
    granularity = timex.granularity.value if timex.granularity else "day"
    value = timex.value
    approximate = (timex.mod in APPROXIMATE_MODS) or value in VAGUE_VALUES
    decades = _DECADES_AGO.fullmatch(timex.text)
    if decades and dct and dct.year > 10 * _COUNT_WORDS.get(decades.group(1).lower(), 99):
        # "who joined a decade ago": a round count of years back from the publication year, not the whole decade
        # the year falls in (the 2010s for an article of 2024)
        year = dct.year - 10 * _COUNT_WORDS[decades.group(1).lower()]
        first, last, granularity, value, approximate = date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}", True
    if timex.mod in _PART_MODS and granularity in _WHOLE_UNITS:
        # "mid-July", "late November", "early next year": a reader cannot tell which days; the event is dated to the
        # whole unit the value names (the month, week or year), approximate
        whole = interval_of(value, dct)
        if whole is not None:
            first, last = whole[0], whole[1]
    elif timex.rule == "date.half_of_month":
        # "the second half of November" is told as "late November" is: a part of the month a reader cannot place
        # day by day; the whole month, approximate (a half of a year is a reporting period of its own and stays)
        whole = interval_of(value, dct)
        if whole is not None:
            first, last, granularity, approximate = whole[0], whole[1], "month", True
    earlier = since = until = False
    start, end = timex.start, timex.end
    if dct:  # "since 2017", "until March" open the interval at the document's date
        before = _word_before(text, timex.start)
        # (every match ends with "least", "latest", "earliest" or "most" and spaces: the pattern, tried at every
        # position, is tried only after a word ending in "t")
        window = text[max(0, timex.start - 40) : timex.start]
        head = window.rstrip()
        hedged = (_HEDGE.search(text, max(0, timex.start - 40), timex.start)
                  if len(head) < len(window) and head.endswith(("t", "T")) else None)
        if hedged:  # "until at least the end of the week", "by the end of May at the latest": the word before counts
            before = hedged.group(1).lower()
        since_at = timex.start
        words = (timex.start, timex.end)
        event_since = None
        if text.find("ince ", max(0, timex.start - 100), timex.start) >= 0:
            # "since the ministry banned seasonal visas in 2019": a clause's date, a state from it when the
            # sentence tells a state
            event_since = (_SINCE_AN_EVENT.search(text, max(0, timex.start - 60), timex.start)
                           or _SINCE_A_CLAUSE.search(text, max(0, timex.start - 100), timex.start)
                           or (_SINCE_A_CLAUSE_BARE.search(text, max(0, timex.start - 100), timex.start)
                               if _TOLD_WITHOUT_A_PREPOSITION.match(timex.text) else None))
            if (event_since and event_since.re is not _SINCE_AN_EVENT
                    and not _a_state_since(text, event_since.start())):
                event_since = None
        end_of = (_END_OF_A_NOUN.search(text, max(0, timex.start - 80), timex.start)
                  if before == "in" and text.find(" of ", max(0, timex.start - 80), timex.start) >= 0 else None)
        if before in ("on", "in"):
            ends = _UNTIL_A_THING_ENDS.search(text, max(0, timex.start - 60), timex.start)
            if ends:  # "until the school term ends on June 3": "until" that day, as "until June 3" is
                before = ends.group(1).lower()
        if end_of:
            # "by the end of his term in 2026", "until the end of the crop season in March": the word before "the
            # end of" says what the date is, as it does before "the end of the year"
            before = end_of.group(1).lower()
        if (event_since and event_since.group(1).lower() in _SINCE
                and (event_since.group(0).split()[-1].lower() in ("in", "of", "on")
                     or event_since.re is _SINCE_A_CLAUSE_BARE
                     or ((_WRITTEN_YEAR.fullmatch(timex.text) is not None
                          or timex.granularity in _NAMED_BEFORE_A_NOUN)
                         and _NOUN_AFTER.match(text, timex.end) is not None))):
            # "in office since a vote in June 2020": the state runs from the event's date, which is told only here;
            # so does "since the 2019 vote", "without a government since the February election" (a year, a month,
            # a season or a day qualifying the event's noun)
            before, since_at = event_since.group(1).lower(), event_since.start()
            noun = _NOUN_AFTER.match(text, timex.end)
            if event_since.group(0).split()[-1].lower() not in ("in", "of", "on") and noun is not None:
                words = (since_at, noun.end())
        elif (before in _SINCE and timex.granularity in _NAMED_BEFORE_A_NOUN
              and _DETERMINER_FIRST.match(timex.text) is not None and _NOUN_AFTER.match(text, timex.end) is not None):
            # "since the autumn storms": the season's words take in "the", the noun it qualifies is the event's, as
            # in "since the February election"
            since_word = _SINCE_WORD_BEFORE.search(text, max(0, timex.start - 20), timex.start)
            if since_word is not None:
                since_at = since_word.start()
                words = (since_at, _NOUN_AFTER.match(text, timex.end).end())  # type: ignore[union-attr]
        noun = _NOUN_AFTER.match(text, timex.end) if timex.granularity in _NAMED_BEFORE_A_NOUN else None
        if (noun is not None and _FINITE_VERB_AFTER.match(text, noun.end()) is not None
                and (before in _SINCE or (event_since is not None and event_since.group(0).split()[-1].lower()
                                          not in ("in", "of", "on")))):
            # "Since the March deadline has passed, ...": the noun after the date has a verb of its own, so "since"
            # opens a clause (a causal "since", as "because"): no state runs from the date
            before, since_at, words = "", timex.start, (timex.start, timex.end)
        if words[0] < timex.start:
            ever = _EVER_BEFORE.search(text, max(0, words[0] - 8), words[0])
            if ever is not None:  # "ever since the March storms": "ever" goes with "since", out of the title
                since_at = ever.start()
                words = (since_at, words[1])
        if (before in _DEADLINE and last < dct and timex.granularity is Granularity.MONTH
                and _WRITTEN_YEAR.search(timex.text) is None
                and (promised := _PROMISED_BEFORE.search(
                    text, max(_last_stop_before(text, timex.start) or 0, timex.start - 100), timex.start)) is not None
                and ((dct - last).days > _A_DEADLINE_JUST_GONE
                     or _PROMISE_NOW.search(text, max(0, promised.start() - 8), promised.end()) is not None)):
            # "has promised the island a new ferry by June" (in January): what is promised "by" a month is still to
            # come, the coming June (the past of the promise read it back a year); a month just gone, told with a
            # past ("promised a ferry by June, and it came" in July), is the deadline passed, met or missed
            next_one = interval_of(f"{first.year + 1:04d}-{first.month:02d}", None)
            if next_one is not None and next_one[1] >= dct:
                first, last = next_one[0], next_one[1]
        if before in _SINCE and first <= dct:
            if _since_tells_earlier(text, since_at):
                earlier = True  # "the strongest storm since 2007": the event is the earlier one, 2007
            else:
                since = True
                last, granularity, value = dct, "open", f"{first.isoformat()}/{dct.isoformat()}"
                # the state's words are the title ("Kosovo has been without a government"), not the noun the date
                # qualifies ("the February election"): the words from "since" to that noun are the expression's
                start, end = words
        elif before in _UNTIL and dct <= last:
            until = True
            first, granularity, value = dct, "open", f"{dct.isoformat()}/{last.isoformat()}"
        elif (before in _ON_IN and dct < first and timex.granularity is Granularity.DAY
              and _an_accord_ends(text, timex.start)):
            # "The ferry contract, signed with a Greek firm, expires on June 30": an agreement or a measure in force
            # that ends on a day ahead is a state from the publication date to that day (as "runs until June 30"),
            # not a one-day event of its lapsing
            until = True
            first, granularity, value = dct, "open", f"{dct.isoformat()}/{last.isoformat()}"
        elif (before in _DEADLINE_END and timex.text.lower().startswith("the ")
              and _A_UNIT_WAS_OUT.match(text, timex.end) is not None
              and _narrated_about_an_earlier_year(text, timex, first)):
            return None  # "In 2015 the strike ended before the year was out": that year's, told already
        elif (before in _DEADLINE_END and timex.granularity in (Granularity.MONTH, Granularity.YEAR) and dct < first
              and not timex.text.lower().startswith("the ")
              and _BOUND_TO_BEFORE.search(text, max(_last_stop_before(text, timex.start) or 0, timex.start - 100),
                                          timex.start) is not None):
            # "Members must settle a new tax before April" (in December), "must be done before 2030": a duty with a
            # deadline, from the publication date to the last day before that month or year, not the month itself
            last = first - timedelta(days=1)
            first, granularity, value = dct, "open", f"{dct.isoformat()}/{last.isoformat()}"
        elif ((before in _DEADLINE or (before in _DEADLINE_END and (_THE_END_OF.match(timex.text) or end_of
                                                                     or _a_unit_is_out(text, timex))))
              and dct <= last and not _OWNER.match(text, timex.end)):
            # "plans to close two plants by the end of the year": a deadline, from the publication date to the end
            # of what it names (not a state that some later beginning starts: "until" does that); "before November
            # is out" is "before the end of November"
            first, granularity, value = dct, "open", f"{dct.isoformat()}/{last.isoformat()}"
            out = _A_UNIT_IS_OUT.match(text, timex.end) if _a_unit_is_out(text, timex) else None
            if out is not None and before in _DEADLINE_END:
                end = out.end()  # ("is out" is the expression's, no title word)
    forward = timex.rule in _FORWARD
    if forward:
        approximate = True
    into = (first == last and not (earlier or since or until or forward)
            and may_hold(text, max(0, timex.start - 80), timex.start, ("into",))  # (in every match of:)
            and _GOING_ON_INTO.search(text, max(0, timex.start - 80), timex.start) is not None)
    return _Dated(start, end, first, last, granularity, value, approximate, timex.rule, forward,
                  earlier=earlier, since=since, until=until, into=into)


# a duty, then no clause break, before "before" a month: "must settle a tax before", "has to be paid before" (not
# the "must have" of a guess about the past: "she must have known before April")
_PARTICIPLE = (r"(?:been|had|done|gone|known|seen|made|left|sunk|begun|run|come|won|hit|put|set|cut|lost|got|"
               r"[a-z]+(?:ed|en|wn))")
_BOUND_TO_BEFORE = re.compile(r"\b(?:must(?!\s+(?:not\s+|never\s+)?have\s+" + _PARTICIPLE + r"\b)|"
                              r"has\s+to|have\s+to|needs?\s+to|ought\s+to|(?:is|are)\s+(?:due\s+)?to)\s"
                              r"[^,;:.!?()—–\n]*?\s+$", re.IGNORECASE)


# a verb of promising, then no clause break, before a deadline: "has promised the island a ferry by June"
_PROMISED_BEFORE = re.compile(r"\b(?:promised?|promises|pledged?|pledges|vowed?|vows|guaranteed?|guarantees)\b"
                              r"[^,;:.!?()—–\n]*?\s+$", re.IGNORECASE)


# a promise told now, in the present or the perfect ("has promised", "pledges"): what it is for lies ahead
_PROMISE_NOW = re.compile(r"\b(?:(?:has|have|['’]ve)\s+(?:[a-z]+ly\s+)?(?:promised|pledged|vowed|guaranteed)|"
                          r"promises|pledges|vows|guarantees)\b", re.IGNORECASE)
# days after the end of a month read back within which a past promise "by" it tells the deadline passed (about a
# quarter): "promised a ferry by June" in a July story is this June gone, in a January story the coming one
_A_DEADLINE_JUST_GONE = 92


_THIS_YEAR = re.compile(r"this\s+year", re.IGNORECASE)
_AND_ANOTHER = re.compile(r";|\s(?:and|but|while|whereas)\s")


def _a_unit_is_out(text: str, timex: Timex) -> bool:
    """Whether a unit is told "is out" (over, ends) right after it ("before November is out"): a deadline ahead;
    "before the year was out" is a past, the unit itself (or the year already told), no deadline from the news."""
    return _A_UNIT_IS_OUT.match(text, timex.end) is not None


def _narrated_about_an_earlier_year(text: str, timex: Timex, before: date) -> bool:
    """Whether the sentence of a count back ("the past two years", "the year") writes a year earlier than the span it
    would make and tells no present perfect: a past narrated about that year ("By 2012 the firm had shed 400 jobs
    over the past two years"), not a count back from the publication date ("has risen over the past two years")."""
    lo = _last_stop_before(text, timex.start) or 0
    stop = _SENTENCE_STOP.search(text, timex.end)
    hi = stop.start() if stop else len(text)
    sentence = text[lo:hi]
    if _A_PRESENT_PERFECT.search(sentence):
        return False
    return any(int(m.group(1)) < before.year for m in _A_WRITTEN_YEAR.finditer(sentence))


_FUTURE = re.compile(r"\b(?:will|shall|won't|is\s+to|are\s+to|going\s+to)\b|['’]ll\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s|\n")


def _last_stop_before(text: str, pos: int) -> int | None:
    """Where the sentence holding `pos` starts: the end of the last sentence stop in the 200 characters before it;
    None when there is none."""
    return max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, pos - 200), pos)), default=None)


_A_CLAUSE_BEFORE = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas)\s")


# the comma after a time phrase that opens its clause, and a reporting aside after it ("In the coming weeks, officials
# said, more troops will arrive")
_SET_OFF_BY_A_COMMA = re.compile(r"\s*,\s+(?:[\w'’-]+\s+){1,3}?(?:said|says|say|added|warned|told\s+\w+)\s*,\s+|\s*,\s",
                                 re.IGNORECASE)


def _told_will_before(text: str, timex: Timex) -> bool:
    """Whether the clause of a vague time ahead tells a future ("checks will be stepped up in the coming weeks"); a
    "will" of another clause does not ("experts expect more ash in the coming weeks and will fly over the
    crater on Wednesday": the expectation places nothing)."""
    lo = _last_stop_before(text, timex.start) or max(0, timex.start - 200)
    breaks = [m.end() for m in _A_CLAUSE_BEFORE.finditer(text, lo, timex.start)]
    stop = _SENTENCE_STOP.search(text, timex.end, timex.end + 200)
    hi = stop.start() if stop else min(len(text), timex.end + 200)
    # ("In the coming weeks the army will ...": after it; "In the coming weeks, the council will vote": a time phrase
    # that opens its clause is set off by its comma, the clause goes on after it)
    start = breaks[-1] if breaks else lo
    opens = len(text[start : timex.start].split()) <= 1  # nothing but its preposition before it ("In", "Over")
    comma = _SET_OFF_BY_A_COMMA.match(text[timex.end :]) if opens else None
    after = _A_CLAUSE_BEFORE.search(text, timex.end + (comma.end() if comma else 0), hi)
    return _FUTURE.search(text, breaks[-1] if breaks else lo, after.start() if after else hi) is not None


def _in_a_future_sentence(text: str, timex: Timex) -> bool:
    """Whether the sentence of a count tells a future ("The election will be held two years after the war ends"):
    what it counts from is then ahead too, never that many back from the publication date."""
    lo = _last_stop_before(text, timex.start) or max(0, timex.start - 200)
    stop = _SENTENCE_STOP.search(text, timex.end, timex.end + 200)
    return _FUTURE.search(text, lo, stop.start() if stop else min(len(text), timex.end + 200)) is not None


# the words before a duration that make it a span of time, not a count back: "the third fire in two weeks after ..."
_WORD_RIGHT_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_A_SPAN_OF_TIME = frozenset({"in", "within", "over", "for", "during", "past", "last", "next", "first"})
_WHOLE_COUNT = re.compile(r"P(\d+)([DWMY])")  # a whole count of days, weeks, months or years
_THE_NEXT = re.compile(r"the\s+(?:next|coming)\s", re.IGNORECASE)  # "the next three months", "the coming two weeks"


# "in two weeks" ends its clause ("in ten days, the ministry said"): a count from now ("in two weeks' time" is left
# to what the tagger reads of it)
_COUNT_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[.,;:!?]|$)")
_PERFECT_OR_PAST_AUX = re.compile(r"\b(?:has|have|had|was|were|did)\b", re.IGNORECASE)


def _in_a_count_ahead(text: str, timex: Timex) -> bool:
    """Whether "in" and a count of days or weeks that ends its clause tells a day ahead of the news ("The teams
    move to Montreal in two weeks", "the vote will be held in ten days"): the clause before it has a present or a
    future verb and no past one ("three ships sank in two weeks", "prices have doubled in ten days" tell a span of
    time)."""
    if _COUNT_ENDS_ITS_CLAUSE.match(text, timex.end) is None or timex.text.lower().startswith(("the ", "a few")):
        return False
    lo = max(0, timex.start - 160)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, timex.start))
    if breaks:
        lo = breaks[-1].end()
    if _PERFECT_OR_PAST_AUX.search(text, lo, timex.start) is not None:
        return False
    words = _LOWER_WORD.findall(text, lo, timex.start)
    if _FUTURE.search(text, lo, timex.start) is not None:
        # only a thing that happens at a point ("will be held", "will resume", "will step down"), not the time a
        # work or a change takes ("will build the hospital in ten days", "prices will double in ten days")
        return any(not _HAPPENS_AT_A_POINT.isdisjoint(lemmas(word)) for word in words)
    return not _TIMETABLE_PRESENT.isdisjoint(words)


def _in_a_count_ahead_from_dct(text: str, timex: Timex, single: _Dated, dct: date) -> bool:
    """Whether `single` is the day "in ten days" counts on from the publication date (as _dated_from_timex reads
    it)."""
    if timex.type is not TimexType.DURATION or single.granularity != "day" or single.first_day <= dct:
        return False
    right_before = _WORD_RIGHT_BEFORE.search(text, max(0, timex.start - 20), timex.start)
    return right_before is not None and right_before.group(1).lower() == "in"


# a reporting verb and the few words that may stand between it and its date: "said on March 2", "told reporters on
# Monday", "said in a statement on Friday", "told Reuters late on Tuesday"
_REPORTED_THEN_DAY = re.compile(
    r"\b(?i:said|told|announced|stated|added|reported|declared|confirmed|promised|pledged)\s+"
    r"(?:(?:reporters|journalists|parliament|lawmakers|legislators|the\s+press|the\s+media|[A-Z][\w'’-]+"
    r"|(?:in|at)\s+an?\s+(?:statement|interview|(?:news\s+|press\s+)?(?:release|conference|briefing)))\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$")
# a report's date opening its sentence, "On March 2 the coach said", "In a statement on Friday, the club said"
_DAY_OPENS_THE_REPORT = re.compile(
    r"\s*(?:(?:in|at)\s+an?\s+(?:statement|interview|(?:news\s+|press\s+)?(?:release|conference|briefing))\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$", re.IGNORECASE)
_RIGHT_BEFORE_REPORTED = re.compile(r"\s+(?:said|told|announced|stated|reported|declared|confirmed)\b")
_THEN_REPORTED = re.compile(r",?\s+(?:[\w'’-]+\s+){0,4}?(?:said|told|announced|stated|added|reported|declared"
                            r"|confirmed|promised|pledged)\b")


def _dates_the_report(text: str, other: Timex, opened: int, count: Timex) -> bool:
    """Whether the date `other` is the day of the report that tells `count`: right after its reporting verb ("said
    on March 2", "told reporters on Monday"), right before it ("the minister on Monday said"), or opening the
    sentence with the verb a few words on ("On March 2 the coach said")."""
    if _REPORTED_THEN_DAY.search(text, max(opened, other.start - 60), other.start) is not None:
        return True
    if other.end > count.start:
        return False
    if _RIGHT_BEFORE_REPORTED.match(text, other.end) is not None:
        return True
    return (_THEN_REPORTED.match(text, other.end, count.start) is not None
            and _DAY_OPENS_THE_REPORT.fullmatch(text, opened, other.start) is not None)


def _in_a_count_from_its_report(text: str, timex: Timex, timexes: Sequence[Timex], single: _Dated,
                                dct: date) -> _Dated | None:
    """"On March 2 the minister said the vote will be held in ten days": a count told in a report that carries a
    date of its own counts from that day (March 12), not from the publication date; a report dated coarser than a
    day ("last year the company said") leaves no day (None). Without a dated report, `single` as it is."""
    stop = _last_stop_before(text, timex.start)
    opened = 0 if stop is None else stop
    ends = _SENTENCE_STOP.search(text, timex.end)
    closed = len(text) if ends is None else ends.start()
    others = [o for o in timexes if o is not timex and o.first_day is not None and opened <= o.start < closed
              and o.type in (TimexType.DATE, TimexType.TIME)]
    for other in sorted(others, key=lambda o: abs(o.start - timex.start)):
        # the date of the report itself: told with its reporting verb ("said on March 2", "on March 2 said", "On
        # March 2 the coach said"), not any date of the sentence near a verb of reporting ("the bridge, damaged on
        # March 2, will reopen in ten days, officials said": the count is from the news)
        if not _dates_the_report(text, other, opened, timex):
            continue
        said_on = other.first_day
        if (said_on is None or other.granularity is not Granularity.DAY or said_on != other.last_day
                or said_on > dct):
            return None
        day = said_on + (single.first_day - dct)
        return single._replace(first_day=day, last_day=day, value=day.isoformat())
    return single


# a present that tells a coming step of a timetable: "the teams move to Montreal in two weeks", "talks resume in ten
# days"
_TIMETABLE_PRESENT = SIGNALS["timetable_present"]
# verbs of a scheduled happening, a thing done at a point in time: "in ten days" after them is the day it happens
_HAPPENS_AT_A_POINT = SIGNALS["at_a_point"]
# "in ten days or less", "in two weeks at most": a deadline, not a day
_AT_MOST = re.compile(r"\b(?:or\s+(?:less|fewer|sooner|earlier)|at\s+(?:the\s+)?(?:most|latest))\b", re.IGNORECASE)


def _whole_units_back(duration: str, dct: date) -> tuple[date, date, str, str] | None:
    """"the bridge opened 40 years after the ferry sank", "six months after the vote": the whole year (or month)
    that many before the publication date's, with its granularity and value (a count of years or months is told in
    those units, not as 14,600 days back to one day, as "a month later" after a month is that month); None for days
    and weeks, or out of the calendar."""
    match = _WHOLE_COUNT.fullmatch(duration)
    if match is None or match.group(2) not in "MY":
        return None
    months = dct.year * 12 + dct.month - 1 - int(match.group(1)) * (12 if match.group(2) == "Y" else 1)
    if not 12 <= months < 10000 * 12:
        return None
    value = f"{months // 12:04d}" if match.group(2) == "Y" else f"{months // 12:04d}-{months % 12 + 1:02d}"
    whole = interval_of(value, None)
    return None if whole is None else (whole[0], whole[1], whole[2].value, value)


# a future or an obligation before "within": "will sign the deal within six months", "has pledged to leave within a
# year" (a past "collapsed within six months" counts from something else the sentence names, not from the news; a
# hedge, "could fall within weeks", "said they would appeal within 30 days", places no plan on a timeline)
_AHEAD_BEFORE_WITHIN = re.compile(
    r"\b(?:will|shall|'ll|’ll|must|(?:due|expected|set|going|has|have|needs?|plans?|aims?|pledged|promised|vowed|"
    r"agreed|ordered|told|asked|given|intends?)\s+to"
    # (a wish told of a group by a relative clause is no plan: "Residents who want to leave within a week must")
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:hopes?|hoping|wants?|seeks?|expects?)\s+to"
    # (the day of the pledge may come between: "agreed on Friday to reopen embassies within two months")
    r"|(?:pledged|promised|vowed|agreed|decided|voted)\s+(?:on|in|at|last)\s+(?:[\w'’-]+\s+){1,2}?to)\b",
    re.IGNORECASE,
)
_OF_OR_AFTER = re.compile(r"\s+(?:of|after|from)\b")
# where the clause of a "within" begins: the last sentence or clause break before it (a plan told in another
# sentence, "promised to fix it. It did so within six months", or another clause, "Last March, police cleared the
# camp within two weeks", plans nothing of this one)
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n—–]")
# no deadline is longer than this many days: "the comet will return within 5000 years" is no span on a timeline
_LONGEST_WITHIN = 100 * 366
_DAYS_PER = {"D": 1, "W": 7, "M": 31, "Y": 366}


def _plan_before_within(text: str, timex: Timex) -> re.Match[str] | None:
    """The future or obligation word ("will", "must", "pledged to") before a "within" in its own clause, or None."""
    lo = max(0, timex.start - 120)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, timex.start))
    if breaks:
        lo = breaks[-1].end()
    plan = _AHEAD_BEFORE_WITHIN.search(text, lo, timex.start)
    if plan is not None and _A_PAST_CLAUSE_BETWEEN.search(text, plan.end(), timex.start) is not None:
        return None  # "will impose a curfew after six people were shot dead within a week": the past clause's count
    if plan is not None and _a_simple_past_clause_between(text, plan.end(), timex.start):
        return None  # "will ration water after reservoirs fell to record lows within a month": the same, active
    return plan


# a clause of its own opened after the plan: the conjunction and the words of its subject and verb
_A_CLAUSE_OPENED = re.compile(r"\b(?:after|because|when|since|as|before)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
                              re.IGNORECASE)


def _a_simple_past_clause_between(text: str, lo: int, hi: int) -> bool:
    """Whether a clause opened after the plan (from `lo` to `hi`) tells a thing in a simple past: "after sales fell",
    "because two bridges collapsed" (its first verb a past; "after repairs are finished" is none)."""
    opened = _A_CLAUSE_OPENED.search(text, lo, hi)
    if opened is None:
        return False
    for word in opened.group(1).split():
        if not word.islower():
            continue
        if word in _AUXILIARIES or word in _MODALS:
            return False
        if _past_form(word):
            return True
    return False


# a clause of its own in a past, opened after the plan and before the "within": "after six people were shot"
_A_PAST_CLAUSE_BETWEEN = re.compile(r"\b(?:after|because|when|since|as|before)\s+(?:[\w'’-]+\s+){0,4}?"
                                    r"(?:was|were|had)\b", re.IGNORECASE)


def _within_a_count(text: str, timex: Timex, dct: date) -> _Dated | None:
    """"The firm will sign the deal within six months": from the publication date to the same day that many units
    on (a deadline), when a future or an obligation comes before it in its own clause and nothing after it names
    what it counts from ("within a year of taking office" counts from that); no span over a hundred years."""
    if _OF_OR_AFTER.match(text, timex.end) or _plan_before_within(text, timex) is None:
        return None
    return _deadline_counted_on(timex, dct)


def _counted_from_its_report(text: str, timex: Timex, later: Sequence[Timex], dct: date) -> _Dated | None:
    """"The firm has 30 days to respond, the regulator said on Monday": a deadline told in a report with its own
    day counts from that day, not from the publication date; None when no such report follows in the clause."""
    report = next((o for o in later if o.start - timex.end < 120), None)
    if (report is None or report.first_day is None or report.granularity is not Granularity.DAY
            or report.first_day > dct or "\n" in text[timex.end : report.start]):
        return None
    said = (_REPORTER_SAID.search(text, timex.end, report.start)
            if may_hold(text, timex.end, report.start, _REPORTER_WORDS) else None)
    if said is None or said.group("lead") != "," or "." in text[timex.end : said.start()]:
        return None
    return _deadline_counted_on(timex, report.first_day)


def _deadline_counted_on(timex: Timex, dct: date) -> _Dated | None:
    """A deadline from the publication date to the same day a whole count of days (weeks, months, years) on ("within
    six months", "has ten days to appeal"); None for a count that is no whole number of calendar units or that runs
    over a hundred years."""
    match = _COUNT.fullmatch(timex.value)
    if match is None or int(match.group(1)) * _DAYS_PER[match.group(2)] > _LONGEST_WITHIN:
        return None
    n, unit = int(match.group(1)), match.group(2)
    try:
        if unit in "DW":
            last = dct + timedelta(days=n * (7 if unit == "W" else 1))
        else:
            months = dct.year * 12 + dct.month - 1 + n * (12 if unit == "Y" else 1)
            year, month = months // 12, months % 12 + 1
            day = min(dct.day, (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day)
            last = date(year, month, day)
    except (OverflowError, ValueError):
        return None
    value = f"{dct.isoformat()}/{last.isoformat()}"
    return _Dated(timex.start, timex.end, dct, last, "open", value, False, timex.rule, within=True)


# a count of time someone has to do something: "has ten days to appeal", "are given 30 days to leave" (a present
# tense: the count runs from the publication date; "had ten days to" told of the past counts from something else)
_GIVEN_A_COUNT = re.compile(r"\b(?:has|have|(?:is|are|has\s+been|have\s+been)\s+given|gets?)\s+(?:only\s+|just\s+)?$",
                            re.IGNORECASE)
# (not "to May 1"; nor time that is left, no deadline to act: "the lease has five years to run", "has two weeks to
# go", "has six months to live", "has minutes to spare")
_TO_ACT = re.compile(
    r"\s+(?:in\s+which\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|next|mid|early|late|run|go|live|spare|elapse|expiry|maturity)\b)"
    r"[a-z]+\b"
)


def _plan_told_in_the_past(text: str, timex: Timex, items: list[_Dated], dct: date) -> bool:
    """Whether the plan before a "within" was told on a date well before the publication date ("In 2019 the
    government pledged to build 100 homes within a year"): its count runs from then, not from the news."""
    plan = _plan_before_within(text, timex)
    return plan is not None and any(
        other.end <= plan.end()  # (the day may be inside the plan)
        # (or a past month or year, whose day is unknown: "agreed last year to hold a vote within two years", told
        # in January, counts from some day of last year, not from the news)
        and (other.last_day < dct - timedelta(days=31) or (other.granularity in ("month", "year")
                                                           and other.last_day < dct))
        and not _ANOTHER_CLAUSE.search(text, other.end, plan.start())  # ("closed in March, and will reopen ...")
        for other in items
    )


_ANOTHER_CLAUSE = re.compile(r";|\s(?:and|but|while|whereas|although|though|because)\s")


# "since" a one-word event dated right after it: "since a takeover in October 2019", "since the election of May 2021"
# ... or a whole clause, up to ten words with no punctuation nor a word opening another clause ("since the ministry
# banned seasonal visas in 2019"), or the date inside the noun phrase ("since a 1920 treaty", "since the 2019 vote")
_SINCE_AN_EVENT = re.compile(
    r"\b([Ss]ince)\s+(?:(?:a|an|the|its|their|his|her|last|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+['’]s\s+)?(?:[a-z-]+\s+){1,2}"
    r"(?:of\s+(?:(?:the|a|an|its|their)\s+)?[A-Za-z-]+\s+)?(?:in|of|on)\s+"
    r"|(?:a|an|the|its|their|his|her)\s+)$"
)
_SINCE_A_CLAUSE = re.compile(
    r"\b([Ss]ince)\s+(?:(?!(?:and|but|or|while|when|whereas|after|before|because|although|though|until|which|who|"
    r"where|than|since|then)\s)[A-Za-z'’-]+\s+){1,10}(?:in|of|on)\s+$"
)
# ... or a clause whose date is told with no preposition, one that points back to a date told before ("since a law
# passed later that year", "since the mine shut that same month")
_SINCE_A_CLAUSE_BARE = re.compile(
    r"\b([Ss]ince)\s+(?:(?!(?:and|but|or|while|when|whereas|after|before|because|although|though|until|which|who|"
    r"where|than|since|then|in|of|on)\s)[A-Za-z'’-]+\s+){2,10}$"
)
_TOLD_WITHOUT_A_PREPOSITION = re.compile(r"(?:later|earlier)\s+that\s|that\s+(?:same\s+)?(?:year|month|week)\b|"
                                         r"the\s+(?:same|following|next)\s", re.IGNORECASE)
_STATE_VERBS = SIGNALS.get("state", frozenset())
_DETERMINER_FIRST = re.compile(r"(?:the|this|last)\s", re.IGNORECASE)
_SINCE_WORD_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
_EVER_BEFORE = re.compile(r"\bever\s+$", re.IGNORECASE)
# a finite verb right after the noun a date qualifies ("since the May deadline is close"): the noun is a subject
_FINITE_VERB_AFTER = FINITE_VERB_AFTER


def _a_state_since(text: str, since_at: int) -> bool:
    """Whether the clause before "since" tells a state ("estates have been short of pickers since the government
    froze hiring in 2016", "the two sides have quarrelled since ..."): "been" before no participle, or a verb of a
    state. A clause that tells things done or changed since ("attacks have risen since the truce collapsed in May",
    "the fifth cabinet since she took office in 2022", "has been filed since the offer was launched on May 2")
    leaves the date to the clause after "since", an event of its own."""
    piece = text[max(0, since_at - 120) : since_at]
    breaks = list(_PIECE_BREAK.finditer(piece))
    if breaks:
        last = breaks[-1]
        if not piece[last.end() :].strip() and last.group(0) == ",":
            # ", since ..." right after a comma: the clause the since-clause hangs on is the piece before the comma
            piece = piece[breaks[-2].end() if len(breaks) > 1 else 0 : last.start()]
        else:
            piece = piece[last.end() :]
    if _A_STATE_PHRASE_BEFORE.search(piece):
        return True  # "the drive, under way since ...", "a curfew in force since ..."
    words = [w.lower() for w in _WORD.findall(piece)]
    for k, word in enumerate(words):
        if word == "been" and k + 1 < len(words) and (not _participle(words[k + 1])
                                                      or words[k + 1] in _STATE_PARTICIPLES):
            return True
        if word == "had" and k > 0 and words[k - 1] in ("has", "have"):
            return True  # "have had no doctor since ...": what one has is a state
        if not _STATE_VERBS.isdisjoint(lemmas(word)) and "VERB" in word_classes(word):
            return True
    return False


# the participles of a passive that tell a state kept since, not a thing done since ("has been banned since a law
# passed", "have been shut since the floods hit"; not "has been filed since the offer was launched")
_STATE_PARTICIPLES = frozenset("banned barred closed shut suspended frozen detained jailed held blocked sealed halted "
                               "occupied abandoned deserted empty exiled outlawed forbidden prohibited".split())
# a state told by a phrase, right before "since" ("under way since", "in force since", "on strike since")
_A_STATE_PHRASE_BEFORE = re.compile(
    r"\b(?:under\s*way|in\s+(?:place|force|effect|power|office|exile|custody|hiding|operation|service)|"
    r"on\s+(?:strike|hold))\s*$", re.IGNORECASE)


def _participle(word: str) -> bool:
    """Whether a word after "been" is a passive participle ("been filed", "been built"), not an adjective or a
    preposition ("been short of", "been in power")."""
    return word.endswith("ed") or (word.endswith("en") and "VERB" in word_classes(word))
_PART_MODS = frozenset({"START", "MID", "END"})
# the dates that qualify a noun after "since the": "since the 2019 vote", "since the February election"
_NAMED_BEFORE_A_NOUN = frozenset({Granularity.YEAR, Granularity.MONTH, Granularity.SEASON, Granularity.DAY})
# "by the end of his term in", "until the close of the main crop season in": the word before it (a deadline's,
# "until") and a noun phrase of one to three words between "of" and "in"
_END_OF_A_NOUN = re.compile(
    r"\b([a-z]+)\s+the\s+(?:end|close|start|beginning)\s+of\s+(?:the|a|an|its|their|his|her|this|our)\s+"
    r"(?:[a-z-]+\s+){1,3}in\s+$", re.IGNORECASE
)


def _whole_unit(timex: Timex, dct: date | None) -> tuple[date, date, Granularity] | None:
    """The whole month, week or year of which an expression names a part ("late November", "early next year"), or
    None."""
    if timex.mod in _PART_MODS and timex.granularity and timex.granularity.value in _WHOLE_UNITS:
        return interval_of(timex.value, dct)
    return None
# (a season too: "earlier this autumn", "in early spring" date the whole season, as "earlier this year" the year)
_WHOLE_UNITS = frozenset({"month", "week", "year", "decade", "season"})
# where the words before "since" begin: the last clause break of the sentence
_PIECE_BREAK = re.compile(r"[,;:.!?()\n—–]")


def _since_tells_earlier(text: str, since_at: int) -> bool:
    """Whether the words before "since" make its date that of an earlier event rather than the start of a state
    lasting to now: a superlative or "first"/"only" ("the strongest storm since 2007", "the first win since
    October"), a comparison with any other ("more than in any year since 2017"), or a negated verb ("had not lost a
    match since 2021": the last loss); not a negated "be" ("has not been open since March" is a state)."""
    lo = max(0, since_at - 160)
    piece = text[lo:since_at]
    breaks = list(_PIECE_BREAK.finditer(piece))
    if breaks:
        piece = piece[breaks[-1].end() :]
    words = [w.lower() for w in _WORD.findall(piece)]
    if words and words[-1] in _SINCE:
        words.pop()
    # a superlative, "first", "only" tells an earlier event only after the clause's verb: in its subject it only
    # names the thing ("the only road has been shut since May" is a state); with no verb before "since" the words
    # are all of a noun phrase ("the deadliest storm since 2007")
    # (an infinitive is no clause's verb: "the first troops to be based there since 2005" is a noun phrase)
    verb = next((k for k, word in enumerate(words) if not _in_an_infinitive(words, k)
                 and (word in _AUXILIARIES or (_plainly_verb(word) and not _reduced_relative(words, k)))), -1)
    clause = _first_clause(words[verb + 1 :])
    if words and words[0] in _NO and (any(word in _MORE_FEWER for word in clause)
                                      or any(word in ("so", "as") and after in ("many", "much")
                                             for word, after in zip(clause, clause[1:], strict=False))):
        return True  # "no storm had done more damage since 2012", "no attack had killed so many since 2015": the last
        # that did is 2012's, 2015's
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if k > verb and (word in _SINCE_EARLIER or _superlative(word)
                         or (word in ("most", "least") and k and words[k - 1] == "the")
):
            if _a_level_held(words, k):
                continue  # "has been at its highest alert level since March": a state from March
            return True
        if word == "any" and "than" in words[:k]:
            return True
        if (word in _NEGATIONS or word.endswith(("n't", "n’t"))) and after not in _BE:
            if ((word in ("hadn't", "hadn’t") or (k and words[k - 1] == "had" and word in ("not", "never")))
                    and _DEGREE.isdisjoint(words[k + 1 :])):
                continue  # "had not ridden a winner since 2011": a past-perfect state of a thing not done, from
                # 2011 to the past the story tells (sets 9, 13, 14 and 17), not the last win ("had not seen such
                # crowds since 1990" compares with 1990's)
            return True
    return False


def _in_an_infinitive(words: list[str], k: int) -> bool:
    """Whether words[k] is of an infinitive: "to be", "to be based", "to have won"."""
    return (k > 0 and words[k - 1] == "to") or (k > 1 and words[k - 2] == "to" and words[k - 1] in _AUXILIARIES)


_NO = frozenset({"no", "none"})
# words of a degree compared: "had not seen such crowds since", "had not fallen so far since", "as many"
_DEGREE = frozenset({"such", "so", "as", "this", "more", "fewer", "less", "worse", "better", "higher",
                     "lower", "bigger", "larger"})
_PERFECT = frozenset({"has", "have", "had", "'s", "’s"})
_HELD = frozenset({"been", "stayed", "remained", "stood", "sat", "held"})
_LEVEL_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})


def _a_level_held(words: list[str], k: int) -> bool:
    """Whether the superlative at words[k] names a level a perfect verb says was held since the date ("the river
    has been at its highest flood stage since March", "the alert has stayed at its top level since May"): "at" or
    "on", a determiner, then the superlative, after "has/have/had" (a plain "prices are at their highest since
    2008" or "fell to their lowest since 2015" compares with 2008's, 2015's)."""
    return (k >= 4 and words[k - 1] in _LEVEL_DETERMINERS and words[k - 2] in ("at", "on")
            and words[k - 3] in _HELD and not _PERFECT.isdisjoint(words[max(0, k - 5) : k - 3]))
# the words that open another clause after a verb: what it says of "more" is not said of the "no ..." subject
_CLAUSE_OPENERS = frozenset("and but or while whereas yet though although because that which who".split())


def _first_clause(words: list[str]) -> list[str]:
    """The words up to the next clause's opening word: "no ferry has sailed and fuel has become more costly since
    2019" compares nothing with the ferries (a state since 2019), "no storm had done more damage since" does."""
    end = next((k for k, word in enumerate(words) if word in _CLAUSE_OPENERS), len(words))
    return words[:end]
_MORE_FEWER = frozenset({"more", "fewer", "less", "worse", "better", "bigger", "larger", "higher", "greater"})
# what follows a participle that qualifies the noun before it ("the brightest comet seen from here since 1997")
_AFTER_REDUCED_RELATIVE = frozenset("at in on from by over across along near since anywhere here there".split())


def _reduced_relative(words: list[str], k: int) -> bool:
    """Whether the k-th word is a participle qualifying the noun before it, not the clause's verb: no auxiliary
    before it, a noun before it and a preposition (or "since") after it ("the first comet seen from the coast since
    1910", "the deepest well drilled in the region since"); "the settlers farmed the hills" keeps its verb."""
    if k == 0 or any(word in _AUXILIARIES for word in words[:k]):
        return False
    after = words[k + 1] if k + 1 < len(words) else "since"
    if after not in _AFTER_REDUCED_RELATIVE or "NOUN" not in word_classes(words[k - 1]):
        return False
    return _passive_participle(words[k], "")


def _superlative(word: str) -> bool:
    """An adjective in -est whose dictionary lemma is another word ("strongest" -> strong, "deadliest"); not
    "honest", "west", "interest"."""
    return word.endswith("est") and "ADJ" in word_classes(word) and len(lemmas(word)) > 1


_WRITTEN_YEAR = re.compile(r"\d{4}")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
# "from April 7 to June 18 last year": the year is told in words right after the range
_YEAR_TOLD_AFTER = re.compile(r",?\s+(?:of\s+)?(?:last|next|this|that|the\s+previous|the\s+following)\s+year\b",
                              re.IGNORECASE)


def _range_dated(text: str, first: Timex, second: Timex, dct: date | None) -> _Dated | None:
    if not (first.first_day and second.first_day and second.last_day):
        return None
    if second.last_day < first.first_day or (_A_YEAR_WORD.search(second.text) is not None
                                             and first.first_day.year != second.first_day.year):
        moved = _in_the_year_of_the_end(text, first, second)
        if moved is None and second.last_day < first.first_day:
            return None
        first = moved or first
    if first.first_day is None:
        return None
    approximate = first.mod in APPROXIMATE_MODS or second.mod in APPROXIMATE_MODS
    start, end = first.first_day, second.last_day
    # "from early January to late February": each end a part of a unit dates from the whole unit, as a single date does
    whole = _whole_unit(first, dct)
    start = whole[0] if whole is not None else start
    whole = _whole_unit(second, dct)
    end = whole[1] if whole is not None else end
    if (dct and not (start <= dct <= end) and not _WRITTEN_YEAR.search(text, first.start, second.end)
            and not _YEAR_TOLD_AFTER.match(text, second.end) and not _A_YEAR_WORD.search(second.text)):
        # "to travel between April 14 and May 2" in an article of April 18: with no year written, a range that
        # holds the publication date a year nearer is the one meant, not the next (or last) year's, whatever the
        # tense says of its ends
        step = -1 if start > dct else 1
        try:
            nearer = start.replace(year=start.year + step), end.replace(year=end.year + step)
        except ValueError:  # February 29
            nearer = start, end
        if nearer[0] <= dct <= nearer[1]:
            start, end = nearer
    value = f"{start.isoformat()}/{end.isoformat()}"
    told = _YEAR_TOLD_AFTER.match(text, second.end)  # the year's words are part of the range's expression
    return _Dated(first.start, told.end() if told else second.end, start, end, "open", value, approximate, first.rule)

# an end that tells its year in words: "October last year", "May next year"
_A_YEAR_WORD = re.compile(r"\byears?\b", re.IGNORECASE)


def _in_the_year_of_the_end(text: str, first: Timex, second: Timex) -> Timex | None:
    """"shut from March to October last year": a first end with no year written (read on the publication date's
    year) takes the year the second end tells, or the year before it when its month comes later ("from November to
    February 2020": November 2019); None when the first end has a year of its own or is no month or day."""
    if (first.granularity not in (Granularity.DAY, Granularity.MONTH) or first.first_day is None
            or first.last_day is None or second.first_day is None or _WRITTEN_YEAR.search(first.text) is not None
            or first.anchor != "dct"):
        return None
    year = second.first_day.year
    for candidate in (year, year - 1):
        try:
            moved = first.first_day.replace(year=candidate), first.last_day.replace(year=candidate)
        except ValueError:  # February 29
            return None
        if moved[0] <= second.first_day:
            return replace(first, first_day=moved[0], last_day=moved[1])
    return None


def _plainly_verb(word: str, adjective_too: bool = False) -> bool:
    """Whether a lower-case word reads as a verb wherever it stands: a form in -ed, or a word the dictionary knows as
    a verb and not as a noun (nor as an adjective, with `adjective_too`)."""
    if word.endswith("ed"):
        return True
    classes = word_classes(word)
    return "VERB" in classes and "NOUN" not in classes and not (adjective_too and "ADJ" in classes)


_SEASONS = frozenset("spring summer autumn fall winter".split())
# the word after a season that qualifies a noun ("their largest winter exercise"): a lower-case word that is neither
# a preposition, a conjunction nor a verb form that would make the season the subject or the object
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|was|were|is|are|has|have|had|will|would|when|as|that|"
    r"which|before|after|months?|season|term|break|holidays?|recess)\b)[a-z][a-z-]+\b"
)
_PLAIN_WORD_BEFORE = re.compile(
    r"(?<!\S)(?!(?:in|on|at|during|this|last|next|the|that|through|since|until|by|from|early|late|mid|of|over|"
    r"before|after|throughout|each|every)\s)[a-z][a-z-]*\s+$"
)


_NOUN_AFTER_DETERMINER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|was|were|is|are|has|have|had|will|would|when|as|that|"
    r"which|before|after|months?|days?|weeks?)\b)([a-z][a-z-]+)\b"
)
# a determiner before a season, after a word that does not frame a date ("of the", "from its", "lost the"), not
# after "in", "during", "over", ... ("during the summer break" is a date)
_UNFRAMED_DETERMINER = re.compile(
    r"(?<!\S)(?!(?:in|on|at|during|through|throughout|over|since|until|till|by|before|after|across|into|within|"
    r"all|this|last|next|early|late|mid)\s)[a-z][a-z-]*\s+(?:the|its|their|his|her|our)\s+$"
)

# "of" after a word that places a time within a span frames a date ("ahead of the winter freeze", "at the height of
# the summer season", "the last week of the summer term"); after any other word ("a third of the spring barley")
# the season names a kind of thing
_A_TIME_OF = re.compile(
    r"(?<![\w-])(?:ahead|height|peak|start|beginning|end|middle|midst|depths?|heart|onset|close|eve|run-up|course|"
    r"rest|remainder|days?|weeks?|weekends?|months?)\s+of\s+(?:the|its|their|his|her|our)\s+$",
    re.IGNORECASE,
)

# the word after a holiday's name that makes it a date still ("Christmas week", "the Easter weekend")
_HOLIDAY_UNIT = re.compile(
    r"\s+(?:day|eve|week|weekend|period|holidays?|break|season|morning|night|evening|afternoon|time|recess|vacation)\b"
)


def _season_as_modifier(text: str, timex: Timex) -> bool:
    """Whether the expression is a bare season word qualifying the noun after it, after a word that does not frame a
    date ("their largest winter exercise", "a record summer harvest"): a kind of thing, not a date. The same for a
    holiday's bare name before a noun ("a Christmas market", "the Easter parade", after any word: "the Christmas"
    frames no date) and for a date joined by a hyphen to the noun it qualifies ("a seventeenth-century chapel", "a
    1970s-style hall")."""
    written = text[timex.start : timex.end]
    if written.lower().endswith("-century"):
        # "a 16th-century chapel", "a 16th-century Flemish altarpiece": joined by its hyphen, the century qualifies
        # the noun phrase after it (a common or a proper adjective)
        return _NOUN_AFTER.match(text, timex.end) is not None or _CAPITAL_AFTER.match(text, timex.end) is not None
    if _HYPHEN_AFTER.match(text, timex.end):
        return True
    if timex.rule == "date.holiday" and " " not in written and written[:1].isupper():
        after = _NOUN_AFTER.match(text, timex.end)
        return (after is not None and not _HOLIDAY_UNIT.match(text, timex.end)
                and _LOWER_WORD_BEFORE.search(text, max(0, timex.start - 30), timex.start) is not None
                and _noun_after_holiday(after.group(0).strip()))
    if written.lower().startswith("the ") and written.lower()[4:] in _SEASONS:
        # "sowed the winter wheat", "closed for the summer holidays" (the tagger takes "the" in)
        return _season_before_a_noun(text, timex.start + 4, timex.end)
    if written.lower() not in _SEASONS:
        return False
    after = _NOUN_AFTER.match(text, timex.end)
    if after is None or not _PLAIN_WORD_BEFORE.search(text, max(0, timex.start - 30), timex.start):
        # "sowed the spring wheat", "back from its summer recess", "closed for the summer holidays": after a
        # determiner that no word of time frames, the season names a kind of thing, whatever the noun
        return _season_before_a_noun(text, timex.start, timex.end)
    # "a wet summer ruined crops", "a harsh winter killed sheep": a verb after the season makes it the subject
    return not _plainly_verb(after.group(0).strip())


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+time\s+for|before|after)\s+(?:the\s+)?$", re.IGNORECASE)


def _a_seasons_work_ahead(text: str, timex: Timex) -> bool:
    """Whether the expression is a season naming the work or the time of year after it, after "ahead of", "before"
    or "after": "ahead of spring sowing", "before the autumn harvest", "ahead of the spring planting season"."""
    written = text[timex.start : timex.end].lower()
    season = written[4:] if written.startswith("the ") else written
    if season not in _SEASONS:
        return False
    noun = _NOUN_AFTER_DETERMINER.match(text, timex.end)
    return (noun is not None and _AHEAD_OF.search(text, max(0, timex.start - 20), timex.start + len(written)
                                                  - len(season)) is not None
            and noun.group(1).lower() in _A_SEASONS_WORK)


# the work or the weather a season brings, which a clause dated otherwise names as a reference point; an event the
# season dates ("ahead of the spring elections", "before the autumn budget") is not among them and stays an event
_A_SEASONS_WORK = frozenset({
    "sowing", "planting", "ploughing", "plowing", "harvest", "harvests", "harvesting", "lambing", "calving",
    "shearing", "grazing", "haymaking", "pruning", "crop", "crops", "thaw", "melt", "rains", "floods", "freeze",
    "migration", "spawning", "grain"})


def _season_before_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the season word at start..end follows a determiner that no word of time frames and comes before a
    noun: "sowed the spring wheat", "back from its summer recess", "closed for the summer holidays" name a kind of
    thing ("during the summer break", "in the winter months" stay dates)."""
    noun = _NOUN_AFTER_DETERMINER.match(text, end)
    return (noun is not None and _UNFRAMED_DETERMINER.search(text, max(0, start - 40), start) is not None
            and not _A_TIME_OF.search(text, max(0, start - 40), start)
            and "NOUN" in word_classes(noun.group(1)) and not _plainly_verb(noun.group(1)))


# words that may be nouns in the dictionary but after a holiday's name open a phrase of their own ("before
# Christmas amid a row", "until Easter next year", "after Easter while talks went on")
_NOT_A_NOUN_AFTER = frozenset(
    "next last this that these those while since until till through throughout despite amid amidst among during "
    "without within against toward towards unless though although because so yet then now again too also still "
    "only even just".split()
)


def _noun_after_holiday(word: str) -> bool:
    """Whether the word after a holiday's bare name is a noun it qualifies ("a Christmas market", "the Easter
    parade"): a word the dictionary knows as a noun, not a verb form, nor a word opening a phrase of its own
    ("before Christmas amid a row", "until Easter next year")."""
    return (word not in _NOT_A_NOUN_AFTER and "NOUN" in word_classes(word) and not _plainly_verb(word))


# a hyphen joining the date to a word after it: "1970s-style", "2010-era" (not a range: "2015-16")
_HYPHEN_AFTER = re.compile(r"-[a-z]")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z][a-z-]*\s+$")


_DETERMINER_WORD = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those)\b", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _object_of(piece: str) -> str:
    """What a piece is about once its subject and verb are left out: from the first determiner after its last verb
    ("Police in the city reopened an old inquiry" -> "an old inquiry"); the piece itself when no verb or no
    determiner after it is found (the news of "found the weapons near the port that burned" is the port's fire, not
    the finding)."""
    verb_end = -1
    for word in _LOWER_WORD.finditer(piece):
        if _plainly_verb(word.group(0), adjective_too=True):
            verb_end = word.end()
    if verb_end < 0:
        return piece
    determiner = _DETERMINER_WORD.search(piece, verb_end)
    return piece[determiner.start() :] if determiner else piece


_MONTHS_OF = re.compile(r"the\s+(first|last|final)\s+(\w+)\s+months", re.IGNORECASE)
_MONTH_COUNTS = {word: k for k, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven".split()) if k > 1}


def _months_of_year(duration: Timex, year: Timex) -> _Dated | None:
    """"the first three months of the year", "the last two months of 2022": those months of that year."""
    match = _MONTHS_OF.fullmatch(duration.text)
    if match is None or year.first_day is None:
        return None
    count = _MONTH_COUNTS.get(match.group(2).lower()) or (int(match.group(2)) if match.group(2).isdigit() else 0)
    if not 1 < count < 12:
        return None
    first_month = 1 if match.group(1).lower() == "first" else 13 - count
    first = date(year.first_day.year, first_month, 1)
    whole = interval_of(f"{year.first_day.year:04d}-{first_month + count - 1:02d}", None)
    if whole is None:
        return None
    value = f"{first.isoformat()}/{whole[1].isoformat()}"
    return _Dated(duration.start, year.end, first, whole[1], "open", value, False, duration.rule)


_COUNT = re.compile(r"P(\d+)([DWMY])")
_COUNT_STARTING = re.compile(r"\s+(?:of\s+(?:[a-z-]+\s+){1,3})?(?:starting|beginning)\s+(?:on\s+|from\s+|in\s+)?")
# "the 15-day meet began on July 10", "the three-day summit opens on Monday", "ten days of mourning began on
# Friday": a thing told by its length as the subject of a verb of beginning, then the day it begins, runs that many
# days from the day (the count opens the clause, or follows the article that does; no other determiner between it
# and the verb, but in a phrase after a preposition: "five days of talks on the border began")
_COUNTED_THING_BEGAN = re.compile(
    r"[\w-]+?(?:-(?:day|week)|\s+(?:days|weeks)\s+of)\s+"
    r"(?:(?!(?:after|before|and|but|in|since|when|as|the|a|an|this|that|these|those|its|their|his|her)\s)[a-z'’-]+"
    r"(?:,\s+(?:which|that))?\s+"
    r"|(?:of|on|in|for|over|by|at|with|between|against|to)\s+(?:the|a|an|its|their|his|her)\s+){1,4}"
    r"(?:(?:has|have|had|will|is|are|was|were)\s+)?"
    r"(?:" + "|".join(sorted(_BEGINNING | {"begun"}, key=len, reverse=True))
    + r"|kicked\s+off|kicks\s+off|got\s+under\s+way)"
    r"\s+(?:on\s+|in\s+)?", re.IGNORECASE)
# "came at the end of five days of talks in Beijing that began on Monday": a count of days of a thing that a
# relative clause tells begun on the day (wherever the count stands: the relative clause is the counted thing's)
_COUNTED_THING_THAT_BEGAN = re.compile(
    r"[\w-]+\s+(?:days|weeks)\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:that|which)\s+(?:had\s+)?"
    r"(?:began|started|opened|kicked\s+off|got\s+under\s+way)\s+(?:on\s+)?", re.IGNORECASE)
# the count is the clause's subject: at the sentence's or a clause's opening, or right after its article
_COUNT_OPENS_A_CLAUSE = re.compile(r"(?:^|[.!?;:,][\"'”’)]*\s+|\b(?:that|and|but|while)\s+)(?:(?:the|a|an)\s+)?$",
                                   re.IGNORECASE)
# "began on Monday but collapsed on Wednesday": the end of the counted thing is told; its count is no span
_TOLD_ENDED_AFTER = re.compile(r"[^.;!?]*?\b(?:but|and|then)((?:\s+[a-z'’-]+){1,4})", re.IGNORECASE)


def _counted_thing_began(text: str, count: Timex, day: Timex) -> bool:
    """"The three-day summit opened on Monday": the count is the length of the subject begun on the day (not of
    another noun: "after a 10-day delay the trial began"), and no end of it is told after ("but collapsed on
    Wednesday")."""
    if day.first_day != day.last_day:
        return False
    if not _COUNTED_THING_THAT_BEGAN.fullmatch(text, count.start, day.start) and (
            not _COUNTED_THING_BEGAN.fullmatch(text, count.start, day.start)
            or _COUNT_OPENS_A_CLAUSE.search(text, max(0, count.start - 40), count.start) is None):
        return False
    ended = _TOLD_ENDED_AFTER.match(text, day.end)
    return ended is None or _ENDING.isdisjoint(ended.group(1).lower().split())


# "declared 30 days of mourning on Monday": a count of something on a day, after a verb that declares or starts it
_COUNT_OF_ON = re.compile(r"\s+of\s+(?:[a-z-]+\s+){1,3}(?:on|from)\s+")
_DECLARING = SIGNALS.get("declaring", frozenset())
_COUNT_DETERMINER = re.compile(r"(?:\s+(?:a|an|another|a\s+further|the|its|their|his|her))?\s*$", re.IGNORECASE)


def _declared(text: str, count: Timex) -> bool:
    """Whether the word before a count (past a determiner: "ordered a further 30 days") is a verb that declares or
    starts what is counted ("imposed 60 days of curfew on Monday", "began ten days of talks on Friday"): the count
    then runs from the day (a count that was served or completed on a day ends there: "finished 30 days of
    fasting on Sunday")."""
    before = text[max(0, count.start - 60) : count.start]
    determiner = _COUNT_DETERMINER.search(before)
    words = _WORD.findall(before[: determiner.start()] if determiner else before)
    return bool(words) and not _DECLARING.isdisjoint(lemmas(words[-1].lower()))


# "(closed) for two weeks from Monday", "for 36 hours from Sunday night": a count that runs from the day named
_COUNT_FROM = re.compile(r"\s+from\s+(?:on\s+)?")
_FOR_RIGHT_BEFORE = re.compile(
    # "for 36 hours from", "drew crowds over four days from Thursday", and a verb of lasting without "for" ("will
    # last 48 hours from Monday", "runs five days from", "stays shut two weeks from"): the count runs from the date
    # ("over" as "more than", "delays of over two days", "by just over", is no span word)
    r"\b(?:for|(?<!\bof\s)(?<!\bby\s)(?<!\bthan\s)(?<!\bjust\s)(?<!\bwell\s)over"
    r"|last|lasts|lasted|run|runs|ran|continue|continues|continued"
    r"|(?:stay|stays|stayed|remain|remains|remained)\s+(?:shut|closed))\s+"
    r"(?:(?:a|an|another|the\s+next|the\s+following)\s+)?$", re.IGNORECASE)
_OVER_RIGHT_BEFORE = re.compile(r"\bover\s+(?:(?:a|an|another|the\s+next|the\s+following)\s+)?$", re.IGNORECASE)
_HOURS = re.compile(r"PT(\d+)H")
# the hour a time of day starts at: a clock hour ("T21:00") or a part of the day ("TNI" night, "TEV" evening)
_START_HOUR = re.compile(r"T(?:(\d\d)|(MO|AF|EV|NI|MI))")
_PART_OF_DAY_HOUR = {"MO": 8, "MI": 12, "AF": 14, "EV": 19, "NI": 21}
_MIDDAY = 12  # the hour a day told without a time of day is counted from
_COUNT_ENDING = re.compile(r"\s+(?:to|until|till|through|ending(?:\s+on|\s+in)?)\s+")
# a date that opens a range told to its end: "from Thursday to Sunday", "from April 2 through April 9" (the told end
# beats any count before it: "rain fell over four days from Thursday to Sunday", "a two-week curfew from Saturday to
# Friday")
_A_TOLD_END = re.compile(r"\s*(?:to|until|till|through|thru|-|–)\s*(?:(?:next|this|last|on|the)\s+)?"
                         r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                         r"|dec|\d)", re.IGNORECASE)


# an apposition that says which months a fiscal year covers: ", which for the company runs from"
_DEFINED_AS = re.compile(r",?\s+which\s+(?:[\w'’-]+\s+){0,5}(?:runs|ran|run|covers|covered|spans|spanned|lasts|is|was)"
                         r"\s+(?:from\s+)?", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|over|during|for)\s+$", re.IGNORECASE)


_NOT_CALENDAR_DAYS = re.compile(r"\b(?:trading|business|working|school|sitting|market)\s+days?\b", re.IGNORECASE)


# "began on May 3 and lasted for 12 days", "erupted on May 3, and lava flowed over 85 days": a length told after a
# day, in a clause joined by "and" (no word that dates it from something else between)
_LENGTH_WORD_BEFORE = re.compile(r"\b(?:for|over|lasted|lasting)\s+(?:(?:about|nearly|almost|some)\s+)?$",
                                 re.IGNORECASE)
_DAY_THEN_LENGTH = re.compile(r",?\s+and\s+(?P<next>[A-Za-z0-9'’-]+)\b[^;:.!?()—–]*$")
_NOT_FROM_THE_DAY = re.compile(r"\b(?:after|before|since|until|when|while|because|within|ago|earlier|later|each|"
                               r"every|per|a|the|in|than|more|less|up)\s+$|\b(?:after|before|since|until|when|while|"
                               r"because|but|or|who|which|that|will|would|could|may|might|shall|can|is|are|am|now|"
                               r"still)\b", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"\s+(?:of|after|from|later|earlier|ago|before|each|a|an|in|to)\b", re.IGNORECASE)
_A_NEW_SUBJECT = frozenset("the a an its their his her this these those our some many most all no he she it they we i "
                           "you there".split())
# ", in a drive that will run for", ", in a campaign that lasts for": the day opens a thing that runs on
_IN_A_THING_THAT_RUNS = re.compile(r",?\s+(?:in|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+"
                                   r"(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)?(?:run|runs|last|lasts)\s+(?:for\s+)?"
                                   r"(?:(?:about|nearly|almost|some)\s+)?", re.IGNORECASE)
_GOES_ON = frozenset({"last", "run"})  # "... began on May 3 and lasted for 12 days", "opens on June 4 and runs for"


# "Five years ago to the day": the count back lands on the very day of the publication date's calendar
# (or "ten years ago today", the publication date's day of that year)
# (not "ten years ago, today the town thrives" nor "ten years ago today's leaders")
_TO_THE_DAY = re.compile(r",?\s+to\s+the\s+(?:very\s+)?day\b|\s+today\b(?!['’]s)", re.IGNORECASE)


def _ago_to_the_day(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"Five years ago to the day, the island lost its parliament" (told on July 1, 2021): July 1, 2016, the day
    the count of years or months back from the publication date lands on, not the whole year (which is then no
    event of its own beside the day's). Only a plain count back ("ago") whose year or month is read from the
    publication date."""
    if dct is None:
        return items
    out: list[_Dated] = []
    swallowed: list[tuple[int, int]] = []  # where a "today" read into the count back is
    for item in items:
        if any(lo <= item.start < hi for lo, hi in swallowed):
            continue
        told = _TO_THE_DAY.match(text, item.end)
        if (told is not None and item.plain and item.rule == "rel.ago" and item.granularity in ("year", "month")):
            year, month = item.first_day.year, (item.first_day.month if item.granularity == "month" else dct.month)
            day = date(year, month, min(dct.day, monthrange(year, month)[1]))
            item = item._replace(end=told.end(), first_day=day, last_day=day, granularity="day",
                                 value=day.isoformat())
            swallowed.append((told.start(), told.end()))
            out = [o for o in out if not told.start() <= o.start < told.end()]
        out.append(item)
    # "A year ago to the day, on September 2, 2023, ...": the date told beside the count is the same day, one event
    # and "Thirty years ago today, the tower fell in the early hours of a Sunday": the weekday of that past day (read
    # so by _flashback_reanchored) is the same day told again, the words about it the event's
    return [item for k, item in enumerate(out)
            if not (item.rule == "rel.ago" and item.granularity == "day" and k + 1 < len(out)
                    and out[k + 1].first_day == item.first_day == out[k + 1].last_day
                    and (_BESIDE.fullmatch(text, item.end, out[k + 1].start) is not None
                         or (out[k + 1].rule in ("rel.weekday", "rel.weekday_pod") and out[k + 1].plain)))]


_BESIDE = re.compile(r",\s+(?:on\s+)?")


_DAY_ORDINALS = {word: n for n, word in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
    " sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=2)}
_NTH_DAY = (r"for\s+(?:a|the)\s+(?P<n>[a-z]+|\d+(?:st|nd|rd|th))\s+"
            r"(?:(?:straight|consecutive|successive|running)\s+)?days?(?:\s+running|\s+in\s+a\s+row)?")
# "dug through the mud for a fourth day on Friday": the count of days before the day it dates
_NTH_DAY_BEFORE = re.compile(_NTH_DAY + r"\s+on\s+$", re.IGNORECASE)
# "shut on Friday for a third straight day"
_NTH_DAY_AFTER = re.compile(r"\s*,?\s*" + _NTH_DAY + r"\b", re.IGNORECASE)


# what counts its days on working days only: a market's trading, a court's sitting
_WORKING_DAYS = re.compile(
    r"\b(?:shares|stocks?|equities|bonds?|index|indices|indexes|markets?|bourses?|exchanges?|trading|traders|"
    r"investors|currency|currencies|dollar|euro|yen|pound|sterling|yuan|rupee|futures|jury|jurors|court|trial|"
    r"judges?|lawmakers|parliament|senators|MPs)\b", re.IGNORECASE)


def _nth_day_running(text: str, items: list[_Dated]) -> list[_Dated]:
    """"Rescuers dug through mud for a fourth day on Friday", "smog hung over the city for a third straight day":
    the n-th day of a thing going on is its last; the thing is one event from its first day (n - 1 days before) to
    that day, not that day alone (the reading of set 16's "for a second day on Monday" and set 17's). Only a plain
    day (a weekday, a date, or the day a "third straight day" is read on)."""
    out = []
    told: list[tuple[int, int]] = []  # where the counts read beside another day are
    for item in items:
        if item.plain and item.granularity == "day" and item.first_day == item.last_day:
            if item.rule == "rel.nth_straight_unit":
                if any(lo <= item.start < hi for lo, hi in told) or any(
                        other.start > item.end and re.fullmatch(r"\s+on\s+", text[item.end : other.start])
                        for other in items):
                    continue  # ("shut on Friday for a third straight day": the count is the Friday's, told once)
                count = (_NTH_DAY_AFTER.match(text, item.start - 4)
                         if text[max(0, item.start - 4) : item.start].lower() == "for " else None)
            else:
                count = (_NTH_DAY_BEFORE.search(text, max(0, item.start - 60), item.start)
                         or _NTH_DAY_AFTER.match(text, item.end))
            if count is not None:
                word = count.group("n").lower()
                n = int(word[:-2]) if word[:1].isdigit() else _DAY_ORDINALS.get(word, 0)
                if 1 < n <= 60:
                    told.append((count.start(), count.end()))
                    first = item.last_day - timedelta(days=n - 1)
                    at = _last_stop_before(text, item.start) or 0
                    if item.last_day.weekday() < 5 and _WORKING_DAYS.search(text, at, min(len(text), item.end + 80)):
                        # "stocks fell for a third day on Monday", "the jury deliberated for a fourth day on
                        # Tuesday": markets and courts count their working days, not the weekend between
                        first, left = item.last_day, n - 1
                        while left:
                            first -= timedelta(days=1)
                            left -= first.weekday() < 5
                    item = item._replace(first_day=first, granularity="open", value=_span_value(first, item.last_day))
        out.append(item)
    return out


def _a_length_after_a_day(text: str, count: Timex, items: list[_Dated]) -> _Dated | None:
    """The span a length of days or weeks told after a day gives, from that day, when the two are joined by "and"
    with nothing between that dates the length from something else and no perfect ("had been missing for five days"
    counts back from the day, not on). Only a thing begun on the day that lasts or runs ("The strike began on May 3
    and lasted for 12 days": May 3 to 14) makes the day one span; a clause with a subject of its own and a past verb
    ("erupted on May 3, and lava flowed for 12 days") is a span beside the day's event. A point event's day ("was
    injured on Sunday and is out for six weeks", "was arrested on June 3 and held for 12 days") keeps its event
    alone. None otherwise."""
    match = _WHOLE_COUNT.fullmatch(count.value) if count.type is TimexType.DURATION else None
    if match is None or match.group(2) not in "DW" or not items:
        return None
    day = items[-1]
    n = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    if (not 1 < n <= 400 or not day.plain or day.granularity != "day" or day.end > count.start
            or _LENGTH_WORD_BEFORE.search(text, max(0, count.start - 24), count.start) is None
            or _LENGTH_AFTER.match(text, count.end) or _NOT_CALENDAR_DAYS.search(text, count.start, count.end)):
        return None
    between = text[day.end : count.start]
    if _IN_A_THING_THAT_RUNS.fullmatch(between):
        # "will start vaccinating on July 22, in a drive that will run for three weeks": the thing the day begins
        # runs that long from it (weeks counted to the same weekday, as "for two weeks from Tuesday")
        last = day.first_day + timedelta(days=n if match.group(2) == "W" else n - 1)
        return day._replace(end=count.end, last_day=last, granularity="open", value=_span_value(day.first_day, last))
    joined = _DAY_THEN_LENGTH.search(between)
    if (joined is None or _NOT_FROM_THE_DAY.search(between[joined.start() :]) or len(between) > 160
            or _PERFECT_AUX.search(between)):
        return None
    last = day.first_day + timedelta(days=n - 1)
    span = day._replace(end=count.end, last_day=last, granularity="open", value=_span_value(day.first_day, last))
    following = joined.group("next")
    after = _FIRST_WORD.match(between, joined.end("next"))
    new_subject = (following.lower() in _A_NEW_SUBJECT or not following[0].islower()
                   or not (_past_form(following) or "VERB" in word_classes(following))
                   or (after is not None and (_past_form(after.group(1)) or _plainly_verb(after.group(1)))))
    if not new_subject and not _IMPOSING.isdisjoint(lemmas(following.lower())) and _past_form(following):
        # "shut the schools on Tuesday and banned gatherings for two weeks": a second measure imposed that day, in
        # force beside the day's event to the day the term reaches (as "a 14-day ban on Tuesday" is)
        last = day.first_day + timedelta(days=n)
        return span._replace(start=count.start, clause_from=day.end + joined.start("next"), last_day=last,
                             value=_span_value(day.first_day, last))
    if not new_subject:
        opening = text[max(0, day.start - 80) : day.start]
        clause = opening[max((m.end() for m in _PIECE_BREAK.finditer(opening)), default=0) :].lower().split()
        if _GOES_ON.isdisjoint(lemmas(following.lower())) or _BEGINNING.isdisjoint(clause):
            return None  # ("was sentenced on Monday and jailed for 30 days": the day's event only)
        if match.group(2) == "W" and n > 7:  # ("opens on May 3 and runs for two weeks": to May 17, weeks counted to
            last = day.first_day + timedelta(days=n)  # the same weekday, as in a thing that runs above)
            span = span._replace(last_day=last, value=_span_value(day.first_day, last))
        return span  # "began ... and lasted", "opens ... and runs": the day's subject goes on
    if not any(_past_form(word) for word in _LOWER_WORD.findall(between, joined.start("next"))):
        return None  # (", and he is out for six weeks": no past told from the day)
    return span._replace(start=count.start)


# a count told as a measure's term ("a 30-day state of emergency", "a two-week ban"), then the day it was declared
_TERM_COUNT = re.compile(r"[\w-]+-(?:day|week)", re.IGNORECASE)
_HOURS_TERM = re.compile(r"[\w-]+-hours?", re.IGNORECASE)
_TERMS_OF_MEASURES = ("state|emergency|curfew|ban|moratorium|ceasefire|truce|lockdown|quarantine|suspension|closure"
                      "|embargo|blockade|freeze|pause|halt|amnesty|extension|deal|agreement|mandate|restrictions?"
                      "|shutdown|blackout")
_A_TERM_ON = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + _TERMS_OF_MEASURES + r")"
                        r"(?:\s+(?:of|on|in|for)\s+(?:the\s+)?[a-z-]+)*\s+"
                        r"(?:(?:early|late)\s+)?(?:on|from)\s+", re.IGNORECASE)
# a measure counted in hours "from" a day, what it covers perhaps of two words: "a 48-hour shutdown of the hill
# districts from Friday"
_A_TERM_FROM = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + _TERMS_OF_MEASURES + r")"
                          r"(?:\s+(?:of|on|in|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z]+)?)*\s+from\s+", re.IGNORECASE)

# the measure's own start told after the day it was declared: "approved a 30-day ban on Monday, which starts on April
# 1", "a 14-day deal on Monday that runs from May 1", "a ban on Friday that took effect in January": the term runs
# from that start, not from the day
_ITS_OWN_START = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:[\w'’-]+\s+){0,2}?(?:starts?|started|begins?|began|runs?|ran|kicks?\s+in|kicked\s+in"
    r"|(?:takes?|took|taken|come|comes|came|goes|go|went|enters?|entered)\s+(?:effect|into\s+(?:force|effect)|in\s+force))"
    r"|(?:effective|starting|beginning|backdated|back-dated|running)\b)", re.IGNORECASE)


# "imposed a curfew on Friday and will keep it for 14 days": the measure told on the day is kept for that term
_KEPT_FOR = re.compile(r"(?:[^,;:.!?()—–\n]{0,80}?),?\s+and\s+(?:(?:will|would|plans\s+to|plan\s+to)\s+)?"
                       r"(?:keep|keeps|maintain|maintains)\s+(?:it|them|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+"
                       r"(?:in\s+(?:place|force)\s+)?for\s+$", re.IGNORECASE)

# a measure kept in force: its noun ("the curfew", "the curbs") or a verb that imposes one ("closed the bridge")
_A_MEASURE = re.compile(r"\b(?:" + _TERMS_OF_MEASURES + r"|curbs|barriers|measures|controls|limits|checkpoints"
                        r"|roadblocks|sanctions|tariffs?|levy|cap)\b", re.IGNORECASE)
_IMPOSING = SIGNALS["imposing"]


def _kept_for_a_term(text: str, count: Timex, items: list[_Dated]) -> _Dated | None:
    """The span of a measure told on a day and kept for a count of days or weeks after "and" ("restricted travel
    from Monday and will keep the curbs for 21 days": that Monday to the day 21 days on, a term as "a 21-day ban"
    is); None otherwise."""
    told = _a_day_then_a_term(text, count, items)
    if told is None or _KEPT_FOR.fullmatch(text, told[0].end, count.start) is None:
        return None
    day, n = told
    opening = text[max(0, day.start - 120) : day.start]
    clause = opening[max((m.end() for m in _PIECE_BREAK.finditer(opening)), default=0) :]
    if (_A_MEASURE.search(clause) is None and _A_MEASURE.search(text, day.end, count.start) is None
            and all(_IMPOSING.isdisjoint(lemmas(word.lower())) for word in _LOWER_WORD.findall(clause))):
        return None  # "raised rates on Thursday and will keep them for six weeks": no measure kept in force
    return _a_term_from_the_day(day, count, n)


def _a_day_then_a_term(text: str, count: Timex, items: list[_Dated]) -> tuple[_Dated, int] | None:
    """The plain day told last before a count of days or weeks and the count in days, when the count is a term of its
    own (not "for 21 days after the vote"); None otherwise."""
    match = _WHOLE_COUNT.fullmatch(count.value) if count.type is TimexType.DURATION else None
    if match is None or match.group(2) not in "DW" or not items:
        return None
    day = items[-1]
    n = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    if (not 0 < n <= 400 or not day.plain or day.granularity != "day" or day.end > count.start
            or _LENGTH_AFTER.match(text, count.end)):
        return None
    return day, n


def _a_term_from_the_day(day: _Dated, count: Timex, n: int) -> _Dated:
    """The span from the day to the day a count of `n` days reaches (a term, as "a 21-day ban"), the count's words
    part of it."""
    last = day.first_day + timedelta(days=n)
    return day._replace(end=count.end, last_day=last, granularity="open", value=_span_value(day.first_day, last))


# "were ordered on Tuesday to stay at home for 21 days": an order told on a day, its term after the infinitive
_ORDERED_ON = re.compile(r"\b(?:ordered|told|instructed|required|forced|obliged)\s+(?:on\s+)?$", re.IGNORECASE)
_TO_DO_FOR = re.compile(r"\s+to\s+[a-z][^,;:.!?()—–\n]{0,60}?\s+for\s+(?:(?:another|a\s+further)\s+)?$",
                        re.IGNORECASE)


def _ordered_on_a_day_for_a_term(text: str, count: Timex, items: list[_Dated]) -> _Dated | None:
    """"160 contacts were ordered on Tuesday to keep to their homes for 21 days": the order's term, from that day to
    the day the count reaches (as "a 21-day ban"), one span in place of the day; None otherwise."""
    told = _a_day_then_a_term(text, count, items)
    if (told is None or _ORDERED_ON.search(text, max(0, told[0].start - 24), told[0].start) is None
            or _TO_DO_FOR.fullmatch(text, told[0].end, count.start) is None):
        return None
    return _a_term_from_the_day(told[0], count, told[1])


# "Monday was the first of three days of mourning", "Friday is the first of five days of talks"
_THE_FIRST_OF = re.compile(r"\s+(?:was|is|will\s+be|marks|marked|marking)\s+the\s+(?:first|opening)\s+(?:day\s+)?"
                           r"(?:of|in)\s+(?:a\s+|an\s+|the\s+)?", re.IGNORECASE)


def _the_first_of_a_count(text: str, day: Timex, count: Timex) -> _Dated | None:
    """"Monday was the first of three days of mourning": the count of days (weeks) runs from the day named, that day
    to the last day the count reaches, as "three days of mourning starting on Monday" does; None otherwise."""
    match = _WHOLE_COUNT.fullmatch(count.value)
    if (match is None or match.group(2) not in "DW" or day.first_day is None or day.first_day != day.last_day
            or _THE_FIRST_OF.fullmatch(text, day.end, count.start) is None):
        return None
    n = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    if not 1 < n <= 400:
        return None
    last = day.first_day + timedelta(days=n - 1)
    return _Dated(day.start, count.end, day.first_day, last, "open", _span_value(day.first_day, last), False,
                  day.rule)


_ORDERING = frozenset({"order", "ban", "bar", "impose", "sentence", "forbid"})


def _an_order_for_a_term(text: str, at: int) -> bool:
    """Whether the clause before `at` tells an order, a ban or a sentence ("was ordered to stay in port", "banned
    fishing", "barred from office") whose term the count after it is."""
    opened = max(_last_stop_before(text, at) or 0, at - 100)
    piece = text[opened:at]
    piece = piece[max((m.end() for m in _PIECE_BREAK.finditer(piece)), default=0):]
    words = re.findall(r"[a-z]+", piece.lower())
    for k, word in enumerate(words):
        if ((word.endswith(("ed", "s")) or word == "forbade") and not _ORDERING.isdisjoint(lemmas(word))
                and (k == 0 or words[k - 1] not in _DETERMINER_WORDS)):
            # the order's verb, with no other verb told in the past after it ("the mayor ordered an inquiry and the
            # festival ran for ten days": the festival's own days)
            return not any(_past_form(later) for later in words[k + 1:])
    return False


def _span_of_a_count(text: str, count: Timex, day: Timex) -> _Dated | None:
    """A count of days, weeks or months joined to a date: "four days of talks starting on Friday" runs from that
    Monday for three days, "the four weeks to Sunday" and "the 12 months to March" end with that date, "two days
    after Christmas" is December 27."""
    hours = _HOURS.fullmatch(count.value)
    if _A_TOLD_END.match(text, day.end) is not None:
        return None  # "over four days from Thursday to Sunday": the range told is the span
    # "delays of over two days from Friday's storm": after "over" (which may mean "more than") a day that names a
    # thing starts no count; after "for" or a verb of lasting it does ("power was out for three days from Sunday's
    # storm": Sunday to Tuesday)
    counted_from = _COUNT_FROM.fullmatch(text, count.end, day.start) is not None and not (
        _OWNER.match(text, day.end) and _OVER_RIGHT_BEFORE.search(text, max(0, count.start - 24), count.start))
    if (hours is not None and day.first_day is not None and day.first_day == day.last_day
            and ((counted_from and _FOR_RIGHT_BEFORE.search(text, max(0, count.start - 24), count.start) is not None)
                 or (_HOURS_TERM.fullmatch(count.text) and _A_TERM_FROM.fullmatch(text, count.end, day.start)
                     and _declared(text, count) and _ITS_OWN_START.match(text, day.end) is None))):
        # (or a measure of so many hours declared "from" or "on" a day: "called a 48-hour strike from Friday")
        # "closed the road for 36 hours from Sunday night": from that day to the one the hours reach, counted from
        # the time of day told; a day alone is counted from its middle, so that the hours end on the day they name
        # to a reader ("shut for 48 hours from Tuesday" reopens on Thursday, as "given 24 hours" on a Wednesday
        # runs to the Thursday)
        n = int(hours.group(1))
        if not 0 < n <= 24 * 400:
            return None
        clock = _START_HOUR.search(day.value)
        hour = (int(clock.group(1)) if clock.group(1) else _PART_OF_DAY_HOUR.get(clock.group(2), 0)) if clock \
            else _MIDDAY
        try:
            last = day.first_day + timedelta(days=(hour + n - 1) // 24)
        except OverflowError:
            return None
        return _Dated(day.start, day.end, day.first_day, last, "open" if last != day.first_day else "day",
                      _span_value(day.first_day, last), False, day.rule)
    match = _COUNT.fullmatch(count.value)
    if (match is None or day.first_day is None or day.last_day is None
            or not (day.type is TimexType.DATE or (day.type is TimexType.TIME and day.first_day == day.last_day))):
        return None  # (a time of a day, "on Monday night", is that day)
    n, unit = int(match.group(1)), match.group(2)
    if not 0 < n <= 400:
        return None
    between = text[count.end : day.start]
    months = n * (12 if unit == "Y" else 1)
    counted = _AFTER_BEFORE.fullmatch(between)
    if (counted and unit in "DW" and day.first_day == day.last_day
            and not _NOT_CALENDAR_DAYS.search(text, count.start, count.end)):
        # (not "eight trading days after Oct. 12": trading, business, working days are no calendar count)
        # "two days after Christmas", "a week before May 3": that day, counted from the day named
        shift = timedelta(days=n * (7 if unit == "W" else 1)) * (1 if counted.group(1) == "after" else -1)
        try:
            moved = day.first_day + shift
        except OverflowError:
            return None
        # "held three days after Monday's debate": the words are those before the count (the day only names the
        # debate, and the "'s" left alone would make a title of "the debate")
        opened = max(text.rfind(stop, 0, count.start) for stop in ".!?\n")
        words_to = count.start if _OWNER.match(text, day.end) and text[opened + 1 : count.start].strip() else None
        return _Dated(count.start, day.end, moved, moved, "day", moved.isoformat(), False, day.rule,
                      clause_to=words_to)
    if (unit in "DW" and day.first_day == day.last_day and _A_TERM_ON.fullmatch(between)
            and _TERM_COUNT.fullmatch(count.text) and _declared(text, count)
            and _ITS_OWN_START.match(text, day.end) is None):
        # "approved a 30-day state of emergency on Sunday": a measure in force from the day for that many days, to
        # the day they reach (as "given 24 hours" on a Wednesday runs to the Thursday)
        try:
            last = day.first_day + timedelta(days=n * (7 if unit == "W" else 1))
        except OverflowError:
            return None
        return _Dated(day.start, day.end, day.first_day, last, "open", _span_value(day.first_day, last), False,
                      day.rule)
    try:
        if (_COUNT_STARTING.fullmatch(between) or (_COUNT_OF_ON.fullmatch(between) and _declared(text, count))
                or _counted_thing_began(text, count, day)
                or (counted_from
                    and _FOR_RIGHT_BEFORE.search(text, max(0, count.start - 24), count.start) is not None)):
            first = day.first_day
            if unit in "DW":
                if day.first_day != day.last_day:
                    return None
                # ("for three days from June 4": June 4 to 6, the days counted with the first; "for two weeks from
                # Tuesday": to the Tuesday two weeks on, weeks counted to the same weekday, as a reader does, though
                # "for a week from Monday" is that one week, Monday to Sunday; "a two-week strike began on Monday"
                # is its fourteen days)
                weeks_on = unit == "W" and n > 1 and counted_from and not _COUNT_STARTING.fullmatch(between)
                last = first + timedelta(days=n * 7 if weeks_on else n * (7 if unit == "W" else 1) - 1)
                if unit == "D" and counted_from and _an_order_for_a_term(text, count.start):
                    # "was ordered to stay in port for 20 days from Saturday": a term an authority sets runs to the
                    # day the count reaches (as "a 30-day state of emergency on Sunday"), not its days counted
                    last = first + timedelta(days=n)
            else:
                end_month = first.year * 12 + first.month - 1 + months - 1
                whole = interval_of(f"{end_month // 12:04d}-{end_month % 12 + 1:02d}", None)
                if whole is None:
                    return None
                last = whole[1]
        elif _COUNT_ENDING.fullmatch(between) and count.text.lower().startswith("the "):
            last = day.last_day
            if unit in "DW":
                first = last - timedelta(days=n * (7 if unit == "W" else 1) - 1)
            else:
                start_month = last.year * 12 + last.month - 1 - months + 1
                first = date(start_month // 12, start_month % 12 + 1, 1)
        else:
            return None
    except (OverflowError, ValueError):
        return None
    # the count stays in the title of a span it opens ("held four days of talks starting"), not of one it
    # ends ("rainfall in the four weeks to Sunday": "Rainfall was ...")
    start = day.start
    if last == day.last_day:
        preposition = _PREPOSITION_BEFORE.search(text, max(0, count.start - 10), count.start)
        start = preposition.start() if preposition else count.start
    return _Dated(start, day.end, first, last, "open", f"{first.isoformat()}/{last.isoformat()}", False, day.rule)


def _a_count_restating(text: str, counted: _Dated, count_start: int, day: Timex, items: list[_Dated]) -> bool:
    """Whether a day counted from another ends a sentence right after the clause of the day it restates, a comma
    apart ("agreed on Tuesday, two days after Sunday's election."): the count only says how the two days stand
    apart, and the day counted from is read on its own. A count with words of the sentence after it ("On Tuesday,
    two days after Sunday's vote, the opposition conceded") keeps its title and clause."""
    told = items[-1] if items else None
    return (told is not None and counted.granularity == "day" and counted.start == count_start
            and told.granularity == "day" and told.plain
            and (told.first_day, told.last_day) == (counted.first_day, counted.last_day)
            and _COMMA_ONLY.fullmatch(text, told.end, count_start) is not None
            and _OWNER_TO_THE_END.match(text, day.end) is not None)


# the rest of the day's clause, then the comma before the count ("on Tuesday to open talks, two days after ...",
# "on Tuesday, just two days after ...")
_COMMA_ONLY = re.compile(r"(?:(?!\b(?:and|but|or|while|as|then)\b)[^,;:.!?()—–\n]){0,80},\s*"
                         r"(?:(?:just|only|barely|nearly|almost|exactly|some)\s+)?", re.IGNORECASE)
# "Sunday's election.", "Monday's walkout by union leaders at the plant.": the owned noun and its words, then the
# sentence ends, or goes on with the day's subject's next verb (", and flew to Paris")
_OWNER_TO_THE_END = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,9}[A-Za-z-]+\s*(?:[.!?]|$|,\s+and\b)")


_JUST_OVER_DAYS = 7
_DAY_AFTER_RULES = frozenset({"rel.next_day"})  # "the next day" (counted from a day the tagger was not told)


def _run_just_over(text: str, count: Timex, day: Timex, span: _Dated, dct: date) -> _Dated:
    """"The festival lasts five days from October 28" published on November 2: a present verb read the day as a
    timetable's, next year's; but this year's run reached (or ended within a week of) the publication date, so it is
    this year's. Only for a day written without a year, in a sentence with no word of the future."""
    if (span.first_day <= dct or not _COUNT_FROM.fullmatch(text, count.end, day.start)
            or _WRITTEN_YEAR.search(text, day.start, day.end) is not None or _in_a_future_sentence(text, day)):
        return span
    try:
        first = span.first_day.replace(year=span.first_day.year - 1)
        last = first + (span.last_day - span.first_day)
    except (ValueError, OverflowError):
        return span
    if not first <= dct <= last + timedelta(days=_JUST_OVER_DAYS):
        return span
    return span._replace(first_day=first, last_day=last, value=_span_value(first, last) if first != last
                         else first.isoformat())


# a source named after a preposition with the date it came out, a reduced relative ("ranked last in the world
# rankings published in July", "according to figures released on Monday"): the date says when the source was out,
# what the clause tells is dated by its own words (not the subject, "A report published in May found ...", nor a
# source told being published, "the data were released on Monday")
_PUBLISHED_WORDS = ("published", "released", "issued", "compiled", "updated")  # one is in every match of:
_PUBLISHED_REPORT_BEFORE = re.compile(
    r"\b(?:in|of|by|to|from|on|under)\s+(?:(?:the|its|their|a|an|his|her|this)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:rankings?|report|survey|figures|data|statistics|study|index|list|poll|table|league\s+table|census|estimates?)"
    r"\s+(?:published|released|issued|compiled|updated)\s+(?:(?:on|in|at|last|this|early|late)\s+)?$", re.IGNORECASE)


# ", the year he was suspended": "the year" set beside a year just told, then the clause of what happened in it
_APPOSED_THE_YEAR = re.compile(r",\s+")
_A_CLAUSE_AFTER = re.compile(r"\s+(?:when\s+|in\s+which\s+)?(?:he|she|it|they|we|i|the|a|an|its|his|her|their)\s+[a-z]",
                             re.IGNORECASE)


# a relative clause right after a date, set off by a comma, that tells of the thing the date is of: "the referendum
# in March, in which islanders voted to stay", "the storm in August, which flooded the port"; its first verb
_RELATIVE_AFTER = re.compile(r",\s+(?:in\s+which|at\s+which|during\s+which|when|which|where)\s+"
                             r"((?:[\w'’-]+\s+){0,4}[\w'’-]+)")
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# a past that arranges (or moves, or calls off) a thing to come, which may still be ahead: "the summit in June, which
# was announced last week", "the concert in April, which was postponed twice", "which was called by the premier"
# ("called", "set", "put", "brought" only with the word that makes them so: "which brought record rain" is a past)
# (the single words are events_signals.tsv's arranged group; the phrases stay here)
_ARRANGED = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, SIGNALS["arranged"]), key=lambda w: (-len(w), w)))
                       + r"|sold\s+out|brought\s+forward|(?:pushed|put)\s+(?:back|off)|called\s+(?:off|by|for)"
                       r"|set\s+(?:for|up|by))\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()—–\n]")
# verbs that move a date: "moved the vote from May 3 to the end of June" tells the old date and the new, no span
_MOVING_A_DATE = re.compile(r"\b(?:moved?|moving|postpone[sd]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|"
                            r"push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+back|br(?:ing|ings|ought)\s+forward|"
                            r"reschedul(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|chang(?:e|es|ed|ing)|"
                            r"extend(?:s|ed|ing)?|advanc(?:e|es|ed|ing))\b", re.IGNORECASE)


def _back_by_its_relative_past(text: str, timex: Timex, item: _Dated, dct: date,
                               later: Sequence[Timex] = ()) -> _Dated:
    """"The referendum in March, in which islanders voted to remain, will be marked next month" (told in December):
    a month or a day written without its year, read ahead because the sentence's verb is a future, is of the thing
    the relative clause right after it tells in a simple past: the last one before the publication date.
    `later`: the sentence's expressions after this one; a clause that dates its past itself in another month ("which
    the city won the right to host in 2017", "which was agreed on Monday") tells when the thing was brought about,
    not the thing, and leaves the month ahead."""
    if (item.rule not in ("date.month", "date.md") or _WRITTEN_YEAR.search(text, timex.start, timex.end)
            or item.first_day > dct + timedelta(days=366)):
        return item
    clause = _RELATIVE_AFTER.match(text, timex.end)
    if clause is None:
        return item
    verb = next((word for word in clause.group(1).split()
                 if word.islower() and (word in _AUXILIARIES or _past_form(word) or _plainly_verb(word))), None)
    if verb is None or (verb not in _PAST_AUXILIARIES and (verb in _AUXILIARIES or not _past_form(verb))):
        return item  # ("the vote in March, in which islanders will choose a mayor": ahead)
    ends = _CLAUSE_END.search(text, clause.start(1))
    end = ends.start() if ends else len(text)
    if _ARRANGED.search(text, clause.start(1), end):
        return item  # ("the final in March, which was moved from Cardiff, will be played": a past that arranged it)
    year = item.first_day.year - 1
    first = date(year, item.first_day.month, min(item.first_day.day, monthrange(year, item.first_day.month)[1]))
    last = date(year, item.last_day.month, min(item.last_day.day, monthrange(year, item.last_day.month)[1]))
    if item.first_day.year != item.last_day.year or last > dct:
        return item
    if any(clause.start(1) <= other.start < end and other.first_day is not None and other.last_day is not None
           and other.first_day.month != item.first_day.month and (other.last_day < first or other.first_day > last)
           for other in later):
        return item  # ("the games in August, which the city won the right to host in 2017, will open": ahead)
    return item._replace(first_day=first, last_day=last,
                         value=first.isoformat()[: 7 if item.granularity == "month" else 10])


# a window of hours kept each day, past or not: "sat from 10 a.m. to 4 p.m. on each day of the hearing"
_EACH_DAY = re.compile(r"\b(?:(?:each|every)\s+(?:single\s+)?(?:day|night|morning|evening|weekday))\b",
                       re.IGNORECASE)
# a sentence opened by a thing not told before: "A second bomb went off at 4 p.m.", "Another fire broke out ..."
_OPENED_BY_A_NEW_THING = re.compile(r"[\"“]?(?:a|an|another)\s", re.IGNORECASE)
_WAS_WERE = frozenset({"was", "were"})
_MODALS = SIGNALS["modal"]  # ("must" reads as a past)


def _told_in_a_past(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` hold a simple past or "was"/"were": "Power was cut", "Gunmen held"."""
    return any(word in _WAS_WERE or (word not in _MODALS and _past_form(word))
               for word in re.findall(r"[a-z]+", text[start:end]))


_THE_FOLLOWING = re.compile(r"the\s+(?:following|next|subsequent)\s", re.IGNORECASE)
_UNIT_OF_A_COUNT = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def _the_following_count(text: str, count: Timex, told_before: Sequence[_Dated], lo: int, hi: int) -> _Dated | None:
    """"Police seized it in March 2021. It spent the following eleven months in a workshop": told in the past, a
    count of "the following" (next) days, months or years runs from the unit after the last date of the count's own
    unit told just before (in its sentence or the one before): April 2021 to February 2022. None when nothing of that
    unit was told, or when the sentence tells what will be (a plan's "next three months" run from the news)."""
    match = _WHOLE_COUNT.fullmatch(count.value)
    if match is None or _FUTURE.search(text, lo, hi) is not None or not _told_in_a_past(text, lo, hi):
        return None
    told = next((item for item in reversed(told_before)
                 if item.plain and item.end <= count.start and item.granularity == _UNIT_OF_A_COUNT[match.group(2)]),
                None)
    if told is None:
        return None
    n = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    try:
        if told.granularity == "day":
            if not 0 < n <= 366:
                return None
            first, last = told.last_day + timedelta(days=1), told.last_day + timedelta(days=n)
        else:
            months = n * (12 if told.granularity == "year" else 1)
            if not 0 < months <= 1200:
                return None
            first = told.last_day + timedelta(days=1)
            end = _months_back(first, -months) - timedelta(days=1)
            last = end
    except (OverflowError, ValueError):
        return None
    return _Dated(count.start, count.end, first, last, "open", _span_value(first, last), False, count.rule)


_IN_BETWEEN = re.compile(r",?\s+in\s+")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _a_date_in_a_year(text: str, timex: Timex, year: Timex, dct: date | None) -> Timex | None:
    """"cut from its frame on Christmas Eve in 1982", "on May 4 in 1998": a day or a month written without a year,
    followed by "in" and a year written out, is that day (month) of that year, as "Christmas Eve 1982" is (read by
    the tagger from the two written together); not a date told from another ("on Monday in 1982" names no week, "last
    July in 1990" is told from the news), nor a year that owns a noun ("in July in 2019's heat")."""
    if (timex.granularity not in (Granularity.DAY, Granularity.MONTH) or timex.range_id is not None
            or year.granularity is not Granularity.YEAR or year.range_id is not None
            or _FOUR_DIGITS.fullmatch(year.text) is None or _WRITTEN_YEAR.search(timex.text) is not None
            or (not timex.rule.startswith("date.") and _NOT_A_CALENDAR_DATE.search(timex.text) is not None)
            or _IN_BETWEEN.fullmatch(text, timex.end, year.start) is None or _OWNER.match(text, year.end)):
        return None
    joined = [t for t in tag(f"{timex.text} {year.text}", dct)]
    if (len(joined) != 1 or joined[0].granularity is not timex.granularity or joined[0].first_day is None
            or joined[0].first_day.year != int(year.text)):
        return None
    return replace(joined[0], start=timex.start, end=year.end, text=text[timex.start : year.end])


# "A storm closed the port a year ago": one year back told alone is the same month a year before (the held-out
# sets' reading since set 6), not the whole year; "more than a year ago", "about a year ago" stay rough (the year)
_A_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+ago", re.IGNORECASE)
# ("a year ago in March", "a year ago on Friday", "a year ago this month": the date after it tells which part)
_TOLD_FINER_AFTER = re.compile(r"\s+(?:in|on|this|last|next)\s", re.IGNORECASE)
_ROUGHLY_BEFORE = re.compile(r"\b(?:more|less|fewer)\s+than\s+$|\b(?:over|under|almost|nearly|about|around|roughly|"
                             r"some|barely|just|only|little|well|at\s+least)\s+$", re.IGNORECASE)


def _a_year_ago_month(item: _Dated, dct: date) -> _Dated:
    first = date(dct.year - 1, dct.month, 1)
    last = date(first.year, first.month, monthrange(first.year, first.month)[1])
    return item._replace(first_day=first, last_day=last, granularity="month", value=first.isoformat()[:7])


# "The new production opens a week today" (or "a week tomorrow"): British usage for the same day a week on
# (not after a preposition: "closed for a week today", "rose for the first time in a week today")
_A_WEEK_BEFORE = re.compile(r"(?<!\bfor\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bthan\s)"
                            r"\b(?:a|one)\s+week\s+$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r",?\s+since\b", re.IGNORECASE)


def _a_week_today(text: str, timex: Timex, item: _Dated, lo: int) -> _Dated:
    """"opens in the old theatre a week today" (told on a Thursday): the Thursday seven days on, the words "a week"
    part of the date; not a length up to today ("closed for a week today", "it is a week today since the fire",
    "has been shut a week today")."""
    week = _A_WEEK_BEFORE.search(text, max(lo, timex.start - 12), timex.start)
    if (week is None or _SINCE_AFTER.match(text, timex.end) or _PERFECT_OR_PAST_AUX.search(text, lo, week.start())):
        return item
    day = item.first_day + timedelta(days=7)
    return item._replace(start=week.start(), first_day=day, last_day=day, value=day.isoformat())


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AFTER_BETWEEN = re.compile(r"\s+(?:after|following)\s+")


def _a_weekday_after_a_holiday(text: str, timex: Timex, holiday: Timex) -> Timex | None:
    """"the Tuesday after Easter", "the Monday following Christmas": the first such weekday after the holiday's day
    (the holiday only a reference point); None for anything else."""
    word = text[timex.start : timex.end].lower()
    if (word not in _WEEKDAY_NAMES or not holiday.rule.startswith("date.holiday") or holiday.first_day is None
            or holiday.granularity is not Granularity.DAY
            or _THE_BEFORE.search(text, max(0, timex.start - 6), timex.start) is None
            or _AFTER_BETWEEN.fullmatch(text, timex.end, holiday.start) is None):
        return None
    day = weekday_from(holiday.first_day + timedelta(days=1), weekday_number(word), 1)
    return replace(timex, first_day=day, last_day=day, value=day.isoformat(), end=holiday.end,
                   text=text[timex.start : holiday.end])


def dated_items(text: str, timexes: Sequence[Timex], dct: date | None,
                told_before: _Dated | None = None, told_after: Sequence[Timex] = (),
                sentence: tuple[int, int] | None = None, earlier_told: Sequence[_Dated] = ()) -> list[_Dated]:
    """The dated things among a sentence's expressions, ranges joined into one, coarser dates that only frame a
    finer one in the same clause ("This year's Olympics will run from July 26 to August 11") left out.
    `told_before`: the last date of the sentence just before, if it had one ("The war ended in 1995. Two years
    after the war ended, ..." counts from 1995); `told_after`: the expressions of the sentence just after;
    `sentence`: where the sentence begins and ends in `text` (split_sentences'; the whole text when not given);
    `earlier_told`: all the dates of the sentence just before (told_before is its last)."""
    lo, hi = sentence if sentence is not None else (0, len(text))
    items: list[_Dated] = []
    used: set[int] = set()
    habit_cut: int | None = None  # where the words after a habit's clause left out begin
    for i, timex in enumerate(timexes):
        if i in used:
            continue
        if (may_hold(text, max(0, timex.start - 100), timex.start, _PUBLISHED_WORDS)
                and _PUBLISHED_REPORT_BEFORE.search(text, max(0, timex.start - 100), timex.start) is not None):
            continue  # "ranked last in the world rankings published in July": when a source came out, no event
        if _reported_on(text, timex.start) and _TELLS_NO_HAPPENING.match(text, timex.end) is not None:
            continue  # "said on Monday it was too early to say": a report that tells nothing done, no event
        if timex.type is TimexType.DURATION and _THE_FOLLOWING.match(timex.text):
            following = _the_following_count(text, timex, [*(earlier_told or ([told_before] if told_before else [])),
                                                           *items], lo, hi)
            if following is not None:  # "seized in March ... It spent the following eleven months in a workshop"
                items.append(following)
                continue
        if i + 1 < len(timexes):
            in_its_year = _a_date_in_a_year(text, timex, timexes[i + 1], dct)
            if in_its_year is not None:  # "on Christmas Eve in 1982": December 24, 1982
                timex = in_its_year
                used.add(i + 1)
        if i + 1 < len(timexes):
            after_holiday = _a_weekday_after_a_holiday(text, timex, timexes[i + 1])
            if after_holiday is not None:  # "on the Tuesday after Easter": that Tuesday, no event for Easter
                timex = after_holiday
                used.add(i + 1)
        if (i + 1 < len(timexes) and timex.range_id is None
                and timexes[i + 1].granularity is Granularity.YEAR and _OF.fullmatch(text, timex.end,
                                                                                    timexes[i + 1].start)):
            earlier = next((timexes[j] for j in range(i - 1, -1, -1) if timexes[j].first_day is not None), None)
            within = _in_year_of(text, timex, timexes[i + 1], earlier)
            if within is not None:  # "March of that year", "May of last year": the month of that year
                timex = within
                used.add(i + 1)
        if (timex.type is TimexType.DURATION and i + 1 < len(timexes) and timexes[i + 1].granularity is Granularity.YEAR
                and _OF.fullmatch(text, timex.end, timexes[i + 1].start)):
            months = _months_of_year(timex, timexes[i + 1])
            if months is not None:  # "the first three months of the year": January to March of that year
                used.add(i + 1)
                items.append(months)
                continue
        if (timex.rule == "date.fiscal" and i + 2 < len(timexes) and timexes[i + 1].range_id is not None
                and timexes[i + 2].range_id == timexes[i + 1].range_id
                and _DEFINED_AS.fullmatch(text, timex.end, timexes[i + 1].start)):
            # "in fiscal 2025, which for the group runs from April 2024 to March 2025": the range says which months
            # the fiscal year is; one event over them, the words that define it left out of the title
            joined = _range_dated(text, timexes[i + 1], timexes[i + 2], dct)
            if joined:
                used.update((i + 1, i + 2))
                preposition = _PREPOSITION_BEFORE.search(text, max(0, timex.start - 10), timex.start)
                items.append(joined._replace(start=preposition.start() if preposition else timex.start))
                continue
        if i + 1 < len(timexes) and timexes[i + 1].type is TimexType.DURATION:
            first_of = _the_first_of_a_count(text, timex, timexes[i + 1])
            if first_of is not None:  # "Monday was the first of three days of mourning": Monday to Wednesday
                used.add(i + 1)
                items.append(first_of)
                continue
        if timex.type is TimexType.DURATION and i + 1 < len(timexes):
            counted = _span_of_a_count(text, timex, timexes[i + 1])
            if counted is not None and dct is not None:
                counted = _a_span_set_for_ahead(text, timex, _run_just_over(text, timex, timexes[i + 1], counted,
                                                                            dct), dct, told_after)
            if counted is not None and _a_count_restating(text, counted, timex.start, timexes[i + 1], items):
                # "agreed on Tuesday, two days after Sunday's vote": Tuesday told again; the day counted from is read
                # on its own, and the day's words end at the comma before the count ("a day" is no part of them)
                comma = items[-1].end + text.rfind(",", items[-1].end, timex.start) - items[-1].end
                told = items[-1]
                items[-1] = told._replace(clause_to=comma if told.clause_to is None else min(comma, told.clause_to))
                continue
            if counted is not None:  # "four days of talks starting on Friday", "the four weeks to Sunday"
                used.add(i + 1)
                items.append(counted)
                continue
        partner = None if timex.range_id is None else next(
            (j for j in range(i + 1, len(timexes)) if timexes[j].range_id == timex.range_id), None
        )
        if (partner is not None and timex.rule in _CLOCK_RULES and timexes[partner].rule in _CLOCK_RULES
                and not (_told_in_a_past(text, lo, timex.start)
                         and not any(o.rule not in _CLOCK_RULES and o.first_day for o in timexes)
                         and not _EACH_DAY.search(text, lo, hi))):
            # "must stay indoors between 10 p.m. and 5 a.m.": two hours with no day of their own bound a window of
            # each day (a curfew's, a shop's), no event; but one a past tells, with no other date in its sentence,
            # is a thing that happened on the day the news reads it ("power was cut between 2 a.m. and 6 a.m.")
            used.add(partner)
            continue
        if partner is None and timex.rule in _CLOCK_RULES and _EACH_DAY.search(text, lo, hi):
            continue  # "the museum stays open until 10 p.m. every day": the hour of a habit, no day of its own
        if (partner is None and timex.rule in _CLOCK_RULES and timex.anchor == "dct" and told_before is not None
                and told_before.plain and told_before.first_day == told_before.last_day == timex.first_day
                and not any(o.granularity is Granularity.DAY for o in timexes)
                and not _OPENED_BY_A_NEW_THING.match(text, lo)):
            # (a sentence opened by a new thing, "A second bomb went off at 4 p.m.", tells an event of its own)
            # "A quake shook the island early on Saturday. It struck at 4.12 a.m.": an hour with no day of its own,
            # read on the day the sentence before just told, is the hour of what that sentence told
            continue
        if (partner is None and timex.rule in _CLOCK_RULES and timex.anchor == "dct" and told_before is not None
                and dct is not None and timex.first_day == dct and told_before.plain
                and told_before.first_day == told_before.last_day
                and dct - timedelta(days=7) < told_before.first_day < dct
                and not any(o is not timex and o.first_day for o in timexes)
                and not _OPENED_BY_A_NEW_THING.match(text, lo)
                and _told_in_a_past(text, lo, hi)):
            # "The warning was issued on Monday. At 6 a.m. residents were told to leave" (told on Tuesday): a past
            # going on with the story the sentence before dated is of that day, not of the news day; an hour of it
            continue
        if partner is not None:
            used.add(partner)
            if timexes[partner].text.endswith("May") and _MONTH_DAY_HOLIDAY.match(text, timexes[partner].end):
                continue
            if _a_habit_of_months(text, timex, timexes[partner]):
                continue
            joined = _range_dated(text, timex, timexes[partner], dct)
            if joined:
                items.append(joined)
                continue
        if timex.anchor == "adjacent" and any(
            (o.first_day, o.last_day) == (timex.first_day, timex.last_day) for o in timexes if o is not timex
        ):
            # "planned for August 23 at 6 p.m.": a clock time read on the day written next to it is part of that
            # day's date, not an event of its own
            continue
        if timex.granularity in _PERIOD_OWNERS and _owns_a_period_noun(text, timex) and any(
            (o.granularity is Granularity.DAY
             or (o.granularity is Granularity.MONTH and timex.granularity is Granularity.YEAR))
            and o.first_day is not None and not _OWNER.match(text, o.end)
            and not _CLAUSE_SPLIT.search(
                _APPOSED_PLAN.sub(" ", text[min(o.end, timex.end) : max(o.start, timex.start)]))
            and not _reported_on(text, o.start)
            for o in timexes
        ):
            # "the assembly must approve next year's budget by December 2": the budget is of next year, the event
            # is the approval (a day's "target" is what happened that day; a day the report was made on, "..., the
            # ministry said on June 3", dates no approval)
            continue
        if timex.rule in _CLOCK_RULES and timex.anchor == "dct" and any(
            o.type is TimexType.DATE and o.first_day is not None and o.granularity is Granularity.DAY
            and not _CLAUSE_SPLIT.search(text, min(o.end, timex.end), max(o.start, timex.start))
            and not _OWNER.match(text, o.end) and not _in_a_relative_clause(text, o.end)
            for o in timexes
        ):
            # "bars have had to close at 8 p.m. since Friday": a clock time with no day beside it, in a clause that
            # dates its verb by a day, is an hour of that day; a year or a month ("the tower built in 1974", "the
            # market that reopened in March") or a day owning a noun ("Thursday's quake") dates another thing
            continue
        if _season_as_modifier(text, timex) or _comparison_base(text, timex):
            continue
        if _a_seasons_work_ahead(text, timex) and any(o is not timex and o.first_day is not None for o in timexes):
            # "cut rates on Monday ahead of spring sowing", "before the winter ploughing season": the season's work is
            # a reference point of a clause dated otherwise, no event of its own
            continue
        habit_break = (None if items or i + 1 == len(timexes) or timex.first_day is None
                       else _HABIT_THEN_A_BREAK.match(text, timex.end, timexes[i + 1].start))
        if (not items and _a_habit(text, timex) and (i + 1 == len(timexes) or habit_break is not None)
                ) or _a_habit_aside(text, timex):
            # (a sentence's one date, one set off by commas, or one whose clause a comma or a semicolon ends before
            # the next date's: "usually publishes them in January, but this year they came out on March 2", the
            # habit's words left out of the other's title; with no break they would go into it, and it stays)
            if habit_break is not None and not _a_habit_aside(text, timex):
                habit_cut = habit_break.end()
            continue
        if timex.rule.startswith("date.holiday") and any(
            o.granularity is Granularity.DAY and o.first_day is not None
            and _HOLIDAY_THEN_ON.fullmatch(text, timex.end, o.start) is not None
            for o in timexes
        ):
            # "runs through the Bastille Day holiday on Monday", "reopen after the Easter break on April 17", "halted
            # for Orthodox Easter on April 16": a holiday with a day of its clause right after it names a reference
            # point, the day is the date (one event, the day's: not also the holiday, which the calendar may put in
            # another year)
            continue
        if (timex.rule.startswith("date.holiday") or (timex.rule == "date.md" and _EVERY_YEAR_AFTER.match(
                text, timex.end))) and not _AS_EVERY_YEAR_BEFORE.search(
                text, max(0, timex.start - 60), timex.start) and (
                (timex.rule != "date.md" and _EVERY_YEAR_BEFORE.search(text, max(0, timex.start - 30), timex.start))
                or _EVERY_YEAR_AFTER.match(text, timex.end)
                or (timex.rule != "date.md" and _EVERY_BEFORE.search(text, max(0, timex.start - 80), timex.start)
                    and _SINCE_A_YEAR_AFTER.match(text, timex.end))):
            # "every year on New Year's Day", "opens on Boxing Day every year", "for every baby born on Christmas Day
            # since 1985": a day coming back each year, no event of its own (the state since the year stays)
            continue
        if timex.rule == "date.holiday" and _MARKED_BEFORE.search(text, max(0, timex.start - 30), timex.start) and any(
            o.granularity is Granularity.DAY and o.first_day is not None
            and _ON_RIGHT_AFTER.fullmatch(text, timex.end, o.start) is not None
            for o in timexes
        ):
            # "the group marked Eid al-Adha on Thursday": the holiday is what was marked, the day right after it
            # when (a day the calendar may put elsewhere: one event, the day's; not a day of other words of the
            # clause: "will celebrate New Year's Eve with fireworks ... on December 30 in a rehearsal")
            continue
        if (timex.first_day is None and timex.anchor == "previous" and timex.rule in _DAY_AFTER_RULES and items
                and items[-1].plain and items[-1].granularity in ("month", "year")
                and not _a_label(text, items[-1].start)
                and not _a_label(text, items[-1].start, _MONTH_LABEL)):
            # "arrested in October 2023 and suspended the next day": a day after a day the sentence does not tell,
            # taken as in that month (or year), the span a reader can tell it is in; not after a year that only
            # labels a noun ("the 2019 report was leaked, and the next day ...": no day of it is told)
            items.append(items[-1]._replace(start=timex.start, end=timex.end, approximate=True, rule=timex.rule))
            continue
        told_year = timexes[i - 1].last_day if i > 0 and timexes[i - 1].granularity is Granularity.YEAR else None
        if (timex.rule == "rel.the_unit" and timex.granularity is Granularity.YEAR and told_year is not None
                and _APPOSED_THE_YEAR.fullmatch(text, timexes[i - 1].end, timex.start) is not None
                and _A_CLAUSE_AFTER.match(text, timex.end) is not None):
            # "took bribes between 2011 and 2014, the year he was suspended": the year just told, named again for
            # what else happened in it (not the publication date's year)
            year = told_year.year
            items.append(_Dated(timex.start, timex.end, date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}",
                                False, timex.rule, clause_from=timex.end))
            continue
        told_month = timexes[i - 1] if i > 0 and timexes[i - 1].granularity is Granularity.MONTH else None
        if (timex.rule == "rel.the_unit" and timex.granularity is Granularity.MONTH and told_month is not None
                and told_month.first_day is not None and told_month.last_day is not None
                and _APPOSED_THE_YEAR.fullmatch(text, told_month.end, timex.start) is not None
                and _A_CLAUSE_AFTER.match(text, timex.end) is not None):
            # "lodged the appeal in October, the month the rules changed": the month just told, as the year is
            first, last = told_month.first_day, told_month.last_day
            items.append(_Dated(timex.start, timex.end, first, last, "month", first.isoformat()[:7], False, timex.rule,
                                clause_from=timex.end))
            continue
        lasted = (_kept_for_a_term(text, timex, items) or _ordered_on_a_day_for_a_term(text, timex, items)
                  or _a_length_after_a_day(text, timex, items))
        if lasted is not None:
            if lasted.start == items[-1].start:  # "began on May 3 and lasted for 12 days": the span replaces the day
                items[-1] = lasted
            else:  # "erupted on May 3, and lava flowed for 12 days": a span beside the day
                items.append(lasted)
            continue
        single = _dated_from_timex(text, timex, dct)
        if single and dct and timex.rule in ("rel.today", "rel.tomorrow"):
            single = _a_week_today(text, timex, single, lo)
        if single and dct and _in_a_count_ahead_from_dct(text, timex, single, dct):
            single = _in_a_count_from_its_report(text, timex, timexes, single, dct)
            if single is None:
                continue  # "last year the company said it will open the plant in ten days": no day a reader can tell
        if single and single.within and dct and _plan_told_in_the_past(text, timex, items, dct):
            continue  # a deadline set on a past date: counted from that date, not from the news
        if single and single.within and dct:
            single = _counted_from_its_report(text, timex, timexes[i + 1 :], dct) or single
        elif single and dct and single.first_day == dct and _THE_NEXT.match(timex.text):
            # "will spend the next two weeks exploring the crater, NASA said on Tuesday": from the report's day, as
            # "within" is
            reported = _counted_from_its_report(text, timex, timexes[i + 1 :], dct)
            single = single if reported is None else reported._replace(within=False)
        if single and _EARLIER_THAN.match(text, timex.end) and timex.text[-5:].lower() in ("rlier", "later"):
            continue  # "opened on Monday, two days earlier than planned": a comparison, no date of its own
        day_before = items[-1] if items else told_before
        if single and dct and timex.rule == "rel.ago" and day_before is not None:
            single = _earlier_than_the_day_before(timex, day_before, single, dct)
        if single and single.counted_from_dct and items and dct:
            single = _counted_from_the_date_before(text, items, single, dct)
        elif single and timex.anchor == "previous" and i > 0:
            single = _later_in_whole_units(timex, timexes[i - 1], single)
        if single and single.counted_from_dct and dct:
            single = _counted_on_from_a_date_told(text, items, single, told_before, dct)
        if single and single.counted_from_dct and _in_a_future_sentence(text, timex):
            continue  # "will be held two years after the war ends": nothing counted back from the news
        if single and items and _restates_the_date(text, single, items):
            continue  # "rose by a third last year, making 2023 the worst year": the same year told again
        if single and dct and single.rule == "rel.weekday" and single.first_day < dct:
            single = _a_day_set_for_ahead(text, single, dct)
        if single and dct and single.plain and single.first_day > dct:
            single = _back_by_its_relative_past(text, timex, single, dct, timexes[i + 1:])
        if single and dct:
            single = _begun_and_going_on(text, single, dct)
        if (single and dct and single.plain and timex.rule == "rel.ago" and single.granularity == "year"
                and _A_YEAR_AGO.fullmatch(timex.text) and not _ROUGHLY_BEFORE.search(text, max(0, timex.start - 16),
                                                                                     timex.start)
                and not _TOLD_FINER_AFTER.match(text, timex.end)):
            single = _a_year_ago_month(single, dct)
        if single:
            single = _year_ending(text, items, single)
            items.append(single)
    if habit_cut is not None:
        items = [item._replace(words_from=habit_cut) if item.start >= habit_cut else item for item in items]
    items = _counts_of_dated_things(text, items, dct)
    items = _from_then_until_joined(
        text, _from_until_joined(text, lo, _either_or_both_joined(text, _adjacent_joined(
            text, _months_joined(text, _into_the_next_day_joined(text, _time_of_day_joined(
            text, _year_shared_by_months(text, items)))), lo))))
    items = _begins_and_ends_joined(text, items, dct)
    items = _nth_day_running(text, _ago_to_the_day(text, items, dct))
    items = _aside_state_ended(text, _until_from_the_verb_before(text, items, dct), dct)
    items = _state_end_told(text, _ended_thing_spans(text, _relative_state_ended(
        text, _past_perfect_state_ended(text, items, told_before, dct))), dct)
    if len(items) < 2:  # nothing else to be framed by
        return items
    items = _into_the_opening_year(text, _into_the_owners_year(text, items, dct), dct, lo, hi)
    kept = []
    for item in items:
        framed = item.granularity != "open" and any(  # a span from or to the publication date frames nothing
            other is not item
            and item.first_day <= other.first_day
            and other.last_day <= item.last_day
            and (other.first_day, other.last_day) != (item.first_day, item.last_day)
            and (not _CLAUSE_SPLIT.search(text[min(item.end, other.end) : max(item.start, other.start)])
                 # ("the festival, held online this year, was due to open on February 4": the year told is the
                 # one the finer date has, a frame whatever clause it is told in)
                 or (_THIS_YEAR.fullmatch(text, item.start, item.end) is not None and other.plain
                     and not _reported_on(text, other.start)
                     and not _AND_ANOTHER.search(text, min(item.end, other.end), max(item.start, other.start)))
                 or (item.end <= other.start and _OWNER.match(text, item.end) is not None
                     and (past := _past_the_owned_aside(text, item)) > item.end and past <= other.start
                     and _owns_an_event(text, item)
                     and not _CLAUSE_SPLIT.search(text, past, other.start))
                 or _ORDINAL_COUNT.search(text, max(0, item.start - 40), item.start) is not None
                 or (other.end < item.start and _DAY_OF.fullmatch(text, other.end, item.start) is not None)
                 or (other.end < item.start and other.granularity == "day"
                     and _OWNED_THING_OF.fullmatch(text, other.end, item.start) is not None))
            and not other.forward
            for other in items
        )
        if not framed:
            kept.append(item)
    return kept


# nothing but a sentence's or a clause's opening before a date: the thing it owns is the clause's subject
_OPENS_A_CLAUSE = re.compile(r"(?:^|[.!?;:,][\"'”’)]*\s+|\s(?:and|but|while|whereas)\s+)$")


# things that happen at a time of their own, which a year may own as the subject of a date's clause ("next year's
# pilgrimage is expected to fall in June"): not a role ("last year's champion"), a thing ("next year's tickets") or
# a period a plan is made for ("next year's budget", presented the year before)
_OWNED_EVENTS = frozenset(
    "pilgrimage hajj election elections referendum census summit conference congress convention festival carnival "
    "fair regatta games olympics paralympics championship championships tournament cup race marathon final parade "
    "ceremony exhibition expo biennale contest competition season tour jubilee celebrations festivities "
    "eclipse edition".split())
# the owned words up to the verb of their clause: "'s summit will", "'s Winter Olympics start"
# (an aside set off by commas may come between: "next year's race, run from the coast, will start on June 3")
_OWNED_SUBJECT = re.compile(r"['’]s((?:\s+[\w-]+){1,3}?)(,\s+[a-z][^,;:.!?()—–\n]{0,60},)?\s+([a-z]+)\b")
_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE)
_NOT_A_CALENDAR_DATE = re.compile(r"\b(?:next|last|this|coming|past|previous|monday|tuesday|wednesday|thursday"
                                  r"|friday|saturday|sunday|today|tomorrow|yesterday)\b", re.IGNORECASE)
# an owned event set for a date as the object of a plan: "organisers set next year's fair for May" (the "for" date
# is when the owned event is to happen; "cancelled next year's fair in May" tells when it was cancelled); or told "on"
# a day of its own ("at next year's race on March 7")
_OWNED_SET_FOR = re.compile(r"['’]s((?:\s+[\w-]+){1,3}?)\s+(for|on)\s+")
# verbs (other than the auxiliaries) that tell when an owned event happens
_HAPPENING_VERBS = frozenset("falls fall fell takes take took runs run ran lasts lasted ends ended".split())


def _owns_an_event(text: str, owner: _Dated) -> bool:
    """Whether "next year's" or "last year's" owns an event that is the subject of its clause: the owned words'
    last is an event noun and a verb follows it ("next year's summit will open", "next year's Olympics start";
    not "next year's festival tickets go", "last year's champion lost")."""
    if text[owner.start : owner.end].lower().startswith("this"):
        return False  # ("this year's Christmas market closes on January 5": the year told is the one the date has)
    owned = _OWNED_SUBJECT.match(text, owner.end)
    if owned is None:
        return False
    head, verb = owned.group(1).split()[-1].lower(), owned.group(3)
    return (head in _OWNED_EVENTS
            and (verb in _AUXILIARIES or verb in _BEGINNING or verb in _ENDING or verb in _HAPPENING_VERBS))


def _past_the_owned_aside(text: str, owner: _Dated) -> int:
    """Where the clause of an owned event goes on after its owner: past an aside set off by commas after the owned
    words ("Next year's race, run from the coast, will start ..."), else right after the owner."""
    owned = _OWNED_SUBJECT.match(text, owner.end)
    return owned.end(2) if owned is not None and owned.group(2) else owner.end


def _into_the_owners_year(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"Next year's pilgrimage is expected to fall in mid-June": a month or a day of a month, written without a
    year, in the clause of a year that owns its subject, an event ("next year's pilgrimage"), is of that year (then
    the year only frames it; not a year owning an object: "annulled last year's vote on Monday" is this Monday's;
    nor a weekday or a date counted from the publication date, nor a date told as coming moved into the past)."""
    owners = [item for item in items if item.granularity == "year" and item.plain and _OWNER.match(text, item.end)
              and _OPENS_A_CLAUSE.search(text, max(0, item.start - 200), item.start) is not None
              and _owns_an_event(text, item)]
    set_for = {}  # where the date of an owned event set "for" a date starts -> its owner
    # ... and those told "on" a date ("will defend his title at next year's race on March 7"): a date this year
    # already past is when something was done to the owned event ("announced next year's race on March 7"), not its own
    on_a_day: set[int] = set()
    for item in items:
        if item.granularity == "year" and item.plain and not text[item.start : item.end].lower().startswith("this"):
            owned = _OWNED_SET_FOR.match(text, item.end)
            if owned is not None and owned.group(1).split()[-1].lower() in _OWNED_EVENTS:
                set_for[owned.end()] = item
                if owned.group(2) == "on":
                    on_a_day.add(owned.end())
    if not owners and not set_for:
        return items
    moved = []
    for item in items:
        owner = next((o for o in owners if o.end <= item.start
                      and not _CLAUSE_SPLIT.search(text, _past_the_owned_aside(text, o), item.start)),
                     set_for.get(item.start))
        written = text[item.start : item.end]
        if (owner is not None and item.plain and item.granularity in ("month", "day")
                and not (item.start in on_a_day and (item.granularity != "day" or dct is None or item.first_day < dct))
                and _MONTH_NAMED.search(written) is not None and _NOT_A_CALENDAR_DATE.search(written) is None
                and _WRITTEN_YEAR.search(written) is None):
            shifted = _in_year(item, owner.first_day.year)
            if dct is None or not (item.first_day >= dct > shifted.first_day):
                item = shifted
        moved.append(item)
    return moved


def _in_year(item: _Dated, year: int) -> _Dated:
    """A month or a day written without a year, moved into that year (its value too); as it was for February 29 of a
    year without one."""
    try:
        return item._replace(first_day=item.first_day.replace(year=year), last_day=item.last_day.replace(year=year),
                             value=item.value.replace(f"{item.first_day.year:04d}", f"{year:04d}"))
    except ValueError:
        return item


# the comma after a year that opens its sentence ("In 2018, the firm ...")
_OPENING_YEAR_COMMA = re.compile(r"\s*,")


def _into_the_opening_year(text: str, items: list[_Dated], dct: date | None, lo: int, hi: int) -> list[_Dated]:
    """"Last year the disease killed 94 people between June and October": months (days of a month) and seasons
    written without a year, in the clause a year opens, are of that year, which then only frames them (not the
    publication year's); not a winter, which spans two years, nor a weekday or a date counted from the news, nor one
    a sentence that tells what will be would move into the past."""
    opening = next((item for item in items if item.granularity == "year" and item.plain
                    and item.start - lo <= 8 and text[lo : item.start].strip().lower() in ("", "in", "during")
                    and not _OWNER.match(text, item.end)), None)  # ("Next year's fair passes go on sale in May")
    if opening is None or dct is None:
        return items
    after = _OPENING_YEAR_COMMA.match(text, opening.end)
    clause_from = after.end() if after else opening.end
    year = opening.first_day.year
    future = _FUTURE.search(text, lo, hi) is not None
    moved = []
    for item in items:
        written = text[item.start : item.end]
        if (item is not opening and item.plain and item.start >= clause_from
                and (item.granularity in ("month", "day", "open") and _MONTH_NAMED.search(written) is not None
                     or item.granularity == "season")  # ("In 2019 the river flooded in spring")
                and item.first_day.year == item.last_day.year != year
                and _NOT_A_CALENDAR_DATE.search(written) is None
                and _WRITTEN_YEAR.search(written) is None and not _CLAUSE_SPLIT.search(text, clause_from, item.start)):
            shifted = _in_year(item, year)
            if not (future and shifted.first_day < dct <= item.first_day):
                item = shifted
        moved.append(item)
    return moved


# "a cold snap that began on Saturday has killed 20 people": a thing begun on a date, told going on by the main verb
_BEGAN_BEFORE = re.compile(r"\b(?:that|which)\s+(?:began|started|broke\s+out|erupted)\s+(?:on\s+|in\s+|at\s+)?$",
                           re.IGNORECASE)
# the main verb after the date tells it going on or its effect ("has killed", "has shut", "continues", "is in its
# third day"), never its end or a pause ("has ended", "has been called off", "is over", "is adjourned")
# ("are continuing", "is still burning", "is ongoing", "is still under way", "has been extended", "is expected to last
# weeks"), never its end or a pause ("has ended", "has been called off", "is over", "is adjourned", "is winding down")
_GOING_ON_AFTER = re.compile(
    r"\s+(?:(?:has|have)\s+(?:now\s+|already\s+)?(?!been\b)([a-z]+)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?in\s+(?:its|their)\s+[a-z]+\s+(?:day|week|month|year)s?\b"
    r"|(?:is|are)\s+still\s+(?:going\s+on|raging|spreading|growing|running)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?(?:ongoing|under\s*way|in\s+progress|in\s+full\s+swing)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?([a-z]+ing)\b(?!\s+to\b)"
    r"|(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:extended|prolonged|renewed|widened|expanded|stepped\s+up"
    r"|intensified|escalated)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|likely|set|due)\s+to\s+(?:last|continue|go\s+on|drag\s+on"
    r"|run|persist)\b"
    r"|(?:remains|remain|continues|continue)\b(?!\s+(?:suspended|adjourned|on\s+hold|halted|stopped|paused)\b))")
_ENDED_OR_PAUSED = frozenset("ended finished concluded halted stopped ceased collapsed subsided eased faded fizzled "
                             "petered abated ebbed lifted dissolved broken split died cooled".split())
# "is ending", "are winding down", "is drawing to a close": told going on, but toward its end or a pause
_ENDING_OR_PAUSING = frozenset("ending finishing concluding winding wrapping drawing closing halting stopping ceasing "
                               "pausing collapsing subsiding easing fading fizzling petering abating ebbing dying "
                               "cooling nearing approaching coming being".split())


def _goes_on_after(text: str, end: int) -> bool:
    going = _GOING_ON_AFTER.match(text, end)
    if going is None:
        return False
    verb, doing = going.group(1), going.group(2)
    if doing is not None:
        return doing not in _ENDING_OR_PAUSING and "VERB" in word_classes(doing)
    return verb is None or (verb not in _ENDED_OR_PAUSED and verb not in _ENDING and "VERB" in word_classes(verb))


def _begun_and_going_on(text: str, item: _Dated, dct: date) -> _Dated:
    """"A cold snap that began on Saturday has killed 20 people": what began on the date is told in the present
    (perfect) by the main verb right after it, so it still goes on: a state from that date to the publication date,
    as "since Saturday" is ("a strike that began on Monday ended on Friday" keeps its day)."""
    if (not item.plain or item.granularity == "open"
            or item.first_day > dct or not _goes_on_after(text, item.end)
            or _BEGAN_BEFORE.search(text, max(0, item.start - 40), item.start) is None):
        return item
    return item._replace(last_day=dct, granularity="open", value=_span_value(item.first_day, dct), since=True)


def _counts_of_dated_things(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"..., three months after the storm lashed the coast on July 3": the thing a count is counted back to tells its
    own date, so the count is not counted back from the publication date. With a date of its own before it ("the
    minister said on Tuesday, three months after ...") the count dates nothing more; with none ("The port reopened
    two weeks after floods swamped it on September 30") it dates the words before it, counted on from that date."""
    if len(items) < 2 or dct is None:
        return items
    def told_of(item: _Dated) -> int | None:
        return next((j for j, other in enumerate(items) if item.clause_from is not None
                     and item.rule.startswith("dur.") and other is not item and item.clause_from <= other.start
                     and not (other.since or other.until or other.forward or other.earlier)
                     and _word_before(text, other.start) not in _PLANNED_FOR  # ("called off the vote set for May 5")
                     and not _PIECE_BREAK.search(text, item.clause_from, other.start)), None)

    items = list(items)
    for item in list(items):
        j = told_of(item)
        if j is not None and items[j].last_day > dct and item.counted_from_dct:
            # "Six months after the election on March 2, the parliament has yet to meet" (October): what the count
            # runs on from lies behind; a date without a written year read ahead is the year before's
            items[j] = _a_year_back(text, items[j], dct) or items[j]
    kept: list[_Dated] = []
    for item in items:
        j = told_of(item)
        told = items[j] if j is not None else None
        if told is None:
            kept.append(item)
            continue
        if told.last_day > dct and item.counted_from_dct:
            continue  # counted on from a date still ahead: no date for a clause told in the past or the present
        if any(other.end <= item.start for other in items):
            # the clause before the count has its own date; its words end before the count ("The port reopened on
            # Monday, two weeks after ...": not "The port reopened two weeks")
            if kept and kept[-1].end <= item.start and kept[-1].clause_to is None:
                kept[-1] = kept[-1]._replace(clause_to=item.start)
            continue
        if not item.counted_from_dct or (item.granularity not in ("year", "month")
                                         and told.first_day != told.last_day):
            kept.append(item)
            continue
        if item.granularity in ("year", "month"):
            months = (dct.year - item.first_day.year) * 12 + dct.month - item.first_day.month
            if item.granularity == "year":
                months -= months % 12
            on = told.first_day.year * 12 + told.first_day.month - 1 + months
            whole = interval_of(f"{on // 12:04d}" if item.granularity == "year"
                                else f"{on // 12:04d}-{on % 12 + 1:02d}", None) if 12 <= on < 10000 * 12 else None
            if whole is None:
                continue
            first, last = whole[0], whole[1]
        else:
            try:
                first = told.first_day + (dct - item.last_day)
                last = told.first_day + (dct - item.first_day)
            except OverflowError:
                continue
        kept.append(item._replace(first_day=first, last_day=last, value=_span_value(first, last),
                                  granularity="day" if first == last else item.granularity,
                                  clause_from=None, clause_to=item.start, counted_from_dct=False))
    return kept


def _a_year_back(text: str, item: _Dated, dct: date) -> _Dated | None:
    """The same day or month a year earlier, when its year is not written and that one is not after `dct`."""
    if item.granularity not in ("day", "month") or _WRITTEN_YEAR.search(text, item.start, item.end) is not None:
        return None
    try:
        first = item.first_day.replace(year=item.first_day.year - 1)
    except ValueError:
        return None  # February 29 or the calendar's first year
    last = first
    if item.granularity == "month":
        whole = interval_of(f"{first.year:04d}-{first.month:02d}", None)
        if whole is None:
            return None
        last = whole[1]
    if last > dct:
        return None
    return item._replace(first_day=first, last_day=last,
                         value=first.isoformat() if item.granularity == "day" else first.isoformat()[:7])


# a participle that says what the clause's news made of its date: "..., making 2023 the worst year on record"
_MAKING_BEFORE = re.compile(r"\b(?:making|leaving|which\s+made|which\s+makes)\s+$", re.IGNORECASE)
_THE_AFTER = re.compile(r"\s+(?:the|its|their|his|her)\s+")


def _restates_the_date(text: str, item: _Dated, items: list[_Dated]) -> bool:
    """Whether an item only restates a date the sentence has already told, as what the news made of it: "Thefts
    rose by a third last year, making 2023 the worst year on record" tells one thing of 2023 (a "making 2023 the
    ..." whose year no other date of the sentence gives is an event of its own)."""
    return (_MAKING_BEFORE.search(text, max(0, item.start - 20), item.start) is not None
            and _THE_AFTER.match(text, item.end) is not None
            and any((other.first_day, other.last_day) == (item.first_day, item.last_day) for other in items))



# "the year to March", "the fiscal year that ends on July 16", "the 12 months ending June 30": a year-long span that
# ends with the date; "fiscal 2024, the year to June 30" tells one span (the fiscal year named, then defined)
# "the week to Tuesday", "the week ending Friday", "the month to March 15", "the quarter to June": a span of that
# unit ending with the date, as the year is
_YEAR_ENDING = re.compile(
    r"(?P<the>\bthe\s+)?(?P<kind>(?:fiscal|financial|business|tax|school|academic)\s+)?"
    r"(?:\byear|(?P<months>\b12\s+months|\btwelve\s+months)|\b(?P<unit>week|fortnight|month|quarter))"
    r"\s+(?:to|ending|ended|(?:that|which)\s+(?:ends|ended|will\s+end))(?:\s+on|\s+in)?\s+$",
    re.IGNORECASE,
)
_YEAR_ENDING_TAIL = re.compile(r"\s(?:to|ending|ended|ends|end)(?:\s+on|\s+in)?\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s*")
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)\b")


def _year_ending(text: str, items: list[_Dated], item: _Dated) -> _Dated:
    """A date that ends "the year to ..." dates the year up to it: "sales fell 5 percent in the year to March" (of
    2021) runs from April 2020 to March 2021. The words "the year" (tagged as a date of their own) and a fiscal year
    right before, in apposition, are the same span and are dropped from `items`."""
    if item.since or item.until or item.forward or item.granularity == "open":
        return item
    # (the pattern, tried at every position of the 60 characters before the date, is tried only where the year or
    # the months are named and the words every match ends with end them)
    begin = max(0, item.start - 60)
    before = text[begin : item.start].lower()
    if (not any(unit in before for unit in ("year", "month", "week", "fortnight", "quarter"))
            or not _YEAR_ENDING_TAIL.search(text, begin, item.start)):
        return item
    phrase = _YEAR_ENDING.search(text, begin, item.start)
    if (phrase is None or not (phrase.group("the") or phrase.group("kind") or phrase.group("months"))
            or item.last_day.year <= 1):  # ("a year to June 30": a time given to do something, below)
        return item
    unit = (phrase.group("unit") or "year").lower()
    if unit != "year" and not phrase.group("the"):
        return item  # ("a week to Friday", "a month to March 1": a time given or a count, no span named)
    to_do = _TO_VERB.match(text, item.end)
    if to_do and "VERB" in word_classes(to_do.group(1)):  # "has the year to June 30 to file": a deadline
        return item
    last = item.last_day
    start = phrase.start()
    while items and items[-1].start >= phrase.start():  # "the year" of "the year to March"
        items.pop()
    if items and items[-1].granularity == "year" and _APPOSITION.fullmatch(text, items[-1].end, phrase.start()):
        named = items.pop()  # "fiscal 2023, the year to June 30": the span ends in the year named
        start = named.start
        if named.last_day.year > 1:
            try:
                last = last.replace(year=named.last_day.year)
            except ValueError:  # February 29
                last = date(named.last_day.year, 2, 28)
    try:
        if unit in ("week", "fortnight"):  # the seven (fourteen) days ending with the date
            first = last - timedelta(days=(7 if unit == "week" else 14) - 1)
        elif unit in ("month", "quarter"):  # "the quarter to June": April to June; "the month to May 15": from April 16
            first = _months_back(last + timedelta(days=1), 1 if unit == "month" else 3)
        else:
            first = last.replace(year=last.year - 1) + timedelta(days=1)
    except ValueError:  # February 29
        first = date(last.year - 1, 3, 1)
    except OverflowError:  # the first days of the calendar
        return item
    return item._replace(start=start, first_day=first, last_day=last, granularity="open",
                         value=_span_value(first, last))


def _months_back(day: date, months: int) -> date:
    """The day `months` months before `day`, held to the last day of a shorter month (April 31 is April 30)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    if year < 1:
        raise OverflowError("before the calendar")
    return date(year, month, min(day.day, monthrange(year, month)[1]))


_AND_NEXT = re.compile(r"\s+and\s+")
_JOINABLE = frozenset({"day"})
_RESPECTIVELY = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)
# what may stand between the second day and the verb of a new clause it dates: "and on Monday the army retook it"
_NEW_SUBJECT = re.compile(r"\s*,?\s*(?:the|a|an|its|his|her|their|this|these|those|they|we|he|she|it)"
                          r"\s+(?:[a-z][\w'’-]*\s+)?")


def _tensed_verb_at(text: str, at: int) -> bool:
    """Whether the words at `at` begin with a tensed verb that is no auxiliary ("saw the first flights")."""
    first = _FIRST_WORD.match(text, at)
    return first is not None and first.group(1) not in _AUXILIARIES and _opens_with_finite_verb(text[at:])


def _verb_before(text: str, start: int, lo: int = 0) -> bool:
    """Whether the clause has a tensed verb before `start` ("The storm hit the coast| on May 4"): the words after
    the next day then begin a new clause, not the verb of a subject the days qualify ("Talks on Monday and Tuesday
    ended without a deal"). `lo`: where the sentence begins (a verb of the sentence before is no verb of this
    clause's)."""
    splits = [m.end() for m in _CLAUSE_SPLIT.finditer(text, lo, start)]
    words = _WORD.findall(text, splits[-1] if splits else lo, start)
    return any(w in _AUXILIARIES or _plainly_verb(w) or _past_form(w) for w in words if w.islower())


def _opens_a_clause(text: str, end: int) -> bool:
    """Whether the words after a day begin a clause of their own, the day its subject or its opening adjunct: "...
    on May 4 and May 5 saw the first flights", "... on Sunday and Monday the army retook it" ("Monday and Tuesday
    were cancelled": an auxiliary after the day more often goes on the sentence's subject)."""
    if _tensed_verb_at(text, end):
        return True
    subject = _NEW_SUBJECT.match(text, end)
    if subject is None or subject.group(0).strip() == "" or not _tensed_verb_at(text, subject.end()):
        return False
    # "..., the army said.": a report of what the days tell, after a comma, is no clause of its own
    report = _FIRST_WORD.match(text, subject.end())
    return report is None or report.group(1) not in _REPORTING or "," not in subject.group(0)


def _adjacent_joined(text: str, items: list[_Dated], lo: int = 0) -> list[_Dated]:
    """Two days, one right after the other and joined by "and", tell one thing over both: "talks in Geneva on Monday
    and Tuesday" is one span, whatever the sentence before it told (`lo`: where this sentence begins). Days apart
    stay two events; two years are read by _either_or_both_joined (one span unless told of a yearly thing)."""
    return _ends_joined(items, lambda before, item: (
        before.granularity == item.granularity and item.granularity in _JOINABLE
        and before.plain
        and item.plain
        and item.first_day == before.last_day + timedelta(days=1)
        and _AND_NEXT.fullmatch(text, before.end, item.start) is not None
        and not _OWNER.match(text, item.end) and not _RESPECTIVELY.match(text, item.end)
        and not (_opens_a_clause(text, item.end) and _verb_before(text, before.start, lo))))


# "the breeding season of 2017 and 2018": one period's noun, then "of" (the noun is read right before the first year)
_SPAN_NOUN_OF = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+of\s+$", re.IGNORECASE)
_OR_NEXT = re.compile(r"\s+or\s+")


def _either_or_both_joined(text: str, items: list[_Dated]) -> list[_Dated]:
    """"The vote will be held in 2027 or 2028" tells one event a reader can place only across both years: two plain
    dates of the same unit, one right after the other, joined by "or", are one span. So are two years (or months)
    joined by "and" after the noun of one period that crosses from one into the next ("the breeding season of 2017
    and 2018", "the winter of 1962 and 1963"), and two months running told under one "in", "during" or "over"
    ("sales in January and February rose": a thing of each month would take a preposition of its own, "in January
    and in February"), and two years running told under one "in" or "during" of anything but a thing told of each
    year on its own ("staged on the lake in 2017 and 2018", "a drought in 1998 and 1999"); the edition of a yearly
    event, a title won or a thing that happens at a point stays two ("the fair was cancelled in 2020 and 2021", "won
    the league in 2016 and 2017", "was arrested in 2014 and 2015")."""
    return _ends_joined(items, lambda before, item: (
        before.granularity == item.granularity and item.granularity in ("day", "month", "year")
        and before.plain and item.plain
        and item.first_day == before.last_day + timedelta(days=1)
        and (_OR_NEXT.fullmatch(text, before.end, item.start) is not None
             or (item.granularity != "day" and _AND_NEXT.fullmatch(text, before.end, item.start) is not None
                 and (noun := _SPAN_NOUN_OF.search(text, max(0, before.start - 60), before.start)) is not None
                 and noun.group(1).lower() in _SPAN_NOUNS)
             or (item.granularity == "month" and _AND_NEXT.fullmatch(text, before.end, item.start) is not None
                 and (_SPAN_PREPOSITION_BEFORE.search(text, max(0, before.start - 12), before.start) is not None
                      or _SPENT_BEFORE.search(text, max(0, before.start - 30), before.start) is not None))
             or (item.granularity == "year" and _AND_NEXT.fullmatch(text, before.end, item.start) is not None
                 and _SPAN_PREPOSITION_BEFORE.search(text, max(0, before.start - 12), before.start) is not None
                 and not _tells_a_yearly_thing(text, before.start, item.end)))))


# what is told of each of two years on its own: an edition of a yearly event ("the fair was cancelled in 2020 and
# 2021"), a title won ("won the league in 2016 and 2017"), a thing that happens at a point ("was arrested in 2014 and
# 2015", "quakes struck in 2018 and 2019"): lemmas, the data file's "once_each" words
_ONCE_EACH = SIGNALS["once_each"]
_SENTENCE_EDGE = re.compile(r"[.!?;\n]")


def _tells_a_yearly_thing(text: str, start: int, end: int) -> bool:
    """Whether the sentence's words around two years (from `start` to `end`) name a thing told of each year on its
    own, one that comes once a year or happens at a point ("was arrested in 2014 and 2015"); two years running told
    of anything else ("staged in 2017 and 2018", "a drought in 1998 and 1999") are one stretch over both."""
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - 120), start)]
    after = _SENTENCE_EDGE.search(text, end, end + 120)
    words = _WORD.findall(text, edges[-1] if edges else max(0, start - 120), after.start() if after else end + 120)
    return any(w.lower() in _OWNED_EVENTS or not _ONCE_EACH.isdisjoint(lemmas(w.lower())) for w in words)


# "the firm spent February and March moving its pens": months that are the object of "spend" are one stretch of time
# the doing filled, as "in February and March" is
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:all|most|much|part)\s+(?:of\s+)?)?$",
                           re.IGNORECASE)
# "in March and April 2003": the year written on the second of two months joined by "and" is the first one's too
_AND_A_MONTH_OF_A_YEAR = re.compile(r"\s+and\s+(?:in\s+)?$", re.IGNORECASE)


def _year_shared_by_months(text: str, items: list[_Dated]) -> list[_Dated]:
    """A month told without a year, then "and" and a later month with its year written ("killed 38 people in March
    and April 2003"), is in that year: the year is written once for both (read against the publication date, the
    first month would land in the wrong year)."""
    out = list(items)
    for k in range(len(out) - 1):
        before, item = out[k], out[k + 1]
        if (before.granularity == "month" and item.granularity == "month" and before.plain and item.plain
                and _WRITTEN_YEAR.search(text, before.start, before.end) is None
                and _WRITTEN_YEAR.search(text, item.start, item.end) is not None
                and before.first_day.month < item.first_day.month
                and _AND_A_MONTH_OF_A_YEAR.fullmatch(text, before.end, item.start) is not None):
            out[k] = _in_year(before, item.first_day.year)
    return out


_JUST_ON = re.compile(r"\s+on\s+")
# "more snow from Wednesday night into Thursday", "rain on Saturday night into Sunday": a day (or its night) and the
# next one (or a later one in the same week), joined by "into", are the two ends of one spell
_FROM_OR_ON_BEFORE = re.compile(r"\b(?:from|on)\s+$", re.IGNORECASE)
_JUST_INTO = re.compile(r"\s+(?:and\s+)?into\s+(?:early\s+|late\s+)?", re.IGNORECASE)


def _into_the_next_day_joined(text: str, items: list[_Dated]) -> list[_Dated]:
    """"Forecasters expect more snow from Wednesday night into Thursday" tells one spell, that Wednesday to the
    Thursday: a day or a time of a day after "from" or "on", then "into" and the day after it, is one span (not an
    event on each day)."""
    return _ends_joined(items, lambda before, item: (
        before.granularity in ("day", "time") and item.granularity in ("day", "time")
        and before.plain and item.plain
        and timedelta(days=1) <= item.first_day - before.first_day < timedelta(days=7)
        and _JUST_INTO.fullmatch(text, before.end, item.start) is not None
        and _FROM_OR_ON_BEFORE.search(text, max(0, before.start - 6), before.start) is not None))


def _time_of_day_joined(text: str, items: list[_Dated]) -> list[_Dated]:
    """"before dawn on Friday": a time of day and the day it is "on", tagged apart, are one date, that day (not two
    events of the same day)."""
    if len(items) < 2:
        return items
    joined: list[_Dated] = [items[0]]
    for item in items[1:]:
        before = joined[-1]
        if (before.granularity == "time" and item.granularity == "day" and before.plain and item.plain
                and before.first_day == item.first_day and _JUST_ON.fullmatch(text, before.end, item.start)):
            joined[-1] = item._replace(start=before.start)
            continue
        joined.append(item)
    return joined


# "the July to September quarter", "over the May-June period": two months joined by "to" or a dash, after "the" or
# before a noun of a period, name one span (with no "from" the tagger links no range)
_MONTH_JOINER = re.compile(r"\s*(?:to|through|until|-|–|—)\s*", re.IGNORECASE)
_THE_RIGHT_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PERIOD_NOUN_AFTER = re.compile(  # (one adjective may come first: "the June to August dry season")
    r"\s+(?:[a-z]+\s+)?(?:quarter|period|season|window|months|term|half|spell|stretch)\b", re.IGNORECASE)


def _months_joined(text: str, items: list[_Dated]) -> list[_Dated]:
    """"Farm output fell in the July to September quarter" tells one span, July 1 to September 30: two months
    joined by "to" (or a dash) after "the" or before a noun of a period are the two ends of one thing. The second
    month lies after the first ("the November to January period" ends in the next year); the words "the" and the
    noun belong to the expression, so the title keeps neither."""
    if len(items) < 2:
        return items
    joined: list[_Dated] = [items[0]]
    folded = -1
    for k, item in enumerate(items[1:], 1):
        before = joined[-1]
        if k == folded:
            continue  # a year folded into the months before it ("the March to May period of last year")
        if (before.granularity == "month" and item.granularity == "month"
                and before.plain
                and item.plain
                and _MONTH_JOINER.fullmatch(text, before.end, item.start) is not None):
            the = _THE_RIGHT_BEFORE.search(text, max(0, before.start - 5), before.start)
            noun = _PERIOD_NOUN_AFTER.match(text, item.end)
            if the is not None or noun is not None:
                end = noun.end() if noun else item.end
                year = None
                if _WRITTEN_YEAR.search(text, item.start, item.end) is not None:
                    year = item.first_day.year  # "the March to May 2024 period": the year written on the second
                told = items[k + 1] if k + 1 < len(items) else None
                if noun is not None and told is not None and _year_told_after(text, noun.end(), told):
                    # "the March to May period of last year", "the June to August period of 2023"
                    year, end, folded = told.first_day.year, told.end, k + 1
                first_day = before.first_day
                if year is not None:
                    first = interval_of(f"{year - (before.first_day.month > item.first_day.month):04d}"
                                        f"-{before.first_day.month:02d}", None)
                    second = interval_of(f"{year:04d}-{item.first_day.month:02d}", None)
                    if first is None or second is None:
                        joined.append(item)
                        continue
                    first_day, last = first[0], second[1]
                elif item.first_day <= before.last_day:  # "the November to January period": the next January
                    whole = interval_of(f"{item.first_day.year + 1:04d}-{item.first_day.month:02d}", None)
                    if whole is None:
                        joined.append(item)
                        continue
                    last = whole[1]
                else:
                    last = item.last_day
                joined[-1] = before._replace(
                    start=the.start() if the is not None else before.start, end=end, first_day=first_day,
                    last_day=last, granularity="open", value=_span_value(first_day, last),
                    approximate=before.approximate or item.approximate)
                continue
        joined.append(item)
    return joined


# "the March to May period of last year", "..., of 2023": the year of the joined months, told after their noun
_YEAR_OF_BETWEEN = re.compile(r"\s+(?:of|in)\s+", re.IGNORECASE)


def _year_told_after(text: str, at: int, told: _Dated | None) -> bool:
    """Whether `told` is a whole year told right after the joined months' noun ("of last year", "of 2023")."""
    return (told is not None and told.granularity == "year" and told.first_day.month == 1
            and told.last_day.month == 12 and told.start >= at
            and told.plain
            and _YEAR_OF_BETWEEN.fullmatch(text, at, told.start) is not None)


_PERIOD_OWNERS = frozenset({Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH})
_ON_RIGHT_AFTER = re.compile(r",?\s+on\s+")
# a holiday's own noun, then its day: "the Easter break on April 17", "the Christmas holiday on December 25"
_HOLIDAY_THEN_ON = re.compile(r"(?:\s+(?:holidays?|break|weekend|recess|vacation|festival|celebrations?))?,?\s+on\s+")
# a yearly day: "every year on", "each year at", "annually on"
_EVERY_YEAR_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually|yearly)\s+(?:on|at|over)\s+(?:the\s+)?$",
                                re.IGNORECASE)
# a yearly day told after the day: "on Boxing Day every year", "on May 1 each year", "on June 21 annually"
_EVERY_YEAR_AFTER = re.compile(r",?\s+(?:(?:every|each)\s+year|annually|yearly)\b",
                               re.IGNORECASE)
# an aside on the custom before this year's news: "As it does every year on Christmas Day, the king spoke", "As every
# year on Bastille Day, troops paraded" (the holiday dates the news)
_AS_EVERY_YEAR_BEFORE = re.compile(r"(?:^|[,;:.\n\"“]\s*)[Aa]s\s+(?:[a-z]+\s+){0,4}?(?:every|each)\s+year\s+"
                                   r"(?:on|at|over)\s+(?:the\s+)?$", re.MULTILINE)
# "every couple married on" (no clause break between): with "since YEAR" after the holiday, a yearly day
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+[^,;:.]*\bon\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_A_YEAR_AFTER = re.compile(r"\s+since\s+\d{4}\b")
# a verb whose object is a holiday it marks: "marked Eid al-Adha", "will celebrate Christmas"
_MARKED_BEFORE = re.compile(r"\b(?:mark|marks|marked|marking|celebrate|celebrates|celebrated|celebrating|observe"
                            r"|observes|observed|observing)\s+(?:the\s+)?$", re.IGNORECASE)
# a relative clause of a habit, its own subject and a bare verb in the present simple right before a range of
# months: "sap, which villagers collect from December to April", "the lagoon, where eels spawn between May and August"
_HABIT_CLAUSE = re.compile(r",\s+(?:which|that|where|when)\s+((?:[a-z]+\s+){1,3})([a-z]+)\s+(?:from|between)\s+$")
def _a_verb_base(word: str) -> bool:
    """Whether a lower-case word is a verb's base form ("lay", "nest"; not "struck", "fought"), and not one whose
    simple past is written the same ("hit", "shut", "put", "set", "read": "rebels, who hit the town from May to July"
    tells a past as well as a habit)."""
    from lemminflect import getAllLemmas, getInflection  # (imported when first needed, as in timeline.lemmas)

    return word in getAllLemmas(word).get("VERB", ()) and word not in getInflection(word, "VBD")


# ... or whose pronoun is the subject of a bare plural verb ("turtles, which lay their eggs on the beach from")
_DOERS_HABIT = re.compile(r",\s+(?:which|who|that)\s+([a-z]+)\s+(?:[\w'’-]+\s+){0,7}?(?:from|between)\s+$")
# verbs of a timetable, whose present tells a coming run, not a habit ("the show, which runs from May to June")
_TIMETABLE_VERBS = frozenset("run runs last lasts open opens close closes start starts begin begins end ends is are "
                             "take takes".split())
# words that may stand before the subject of the habit ("which the villagers collect", "which local fishermen net")
_SUBJECT_OPENERS = frozenset("the its their our his her many most some local".split())


# a relative clause set aside whose pronoun is the subject, right before a range of months ("..., which runs from"),
# and the habit the main clause tells right after the aside (", usually brings")
_A_RUN_ASIDE = re.compile(r",\s+(?:which|that)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:from|between)\s+$")
_THEN_A_HABIT = re.compile(r",\s+(?:usually|normally|typically|generally|often)\s+([a-z]+)\b")


def _a_habit_of_months(text: str, first: Timex, second: Timex) -> bool:
    """Whether a range of two months written without a year is the season of a habit told in a relative clause
    with a subject of its own and a bare verb in the present simple ("date palm sap, which villagers collect from
    December to April"): no event. Any other clause keeps the range an event, above all one whose relative pronoun
    is the subject ("the fair, which takes place from May to July", "the ban, which applies from June to August")."""
    if (first.granularity is not Granularity.MONTH or second.granularity is not Granularity.MONTH
            or _WRITTEN_YEAR.search(text, first.start, second.end) is not None):
        return False
    if (_A_RUN_ASIDE.search(text, max(0, first.start - 40), first.start) is not None
            and (habit := _THEN_A_HABIT.match(text, second.end)) is not None
            and "VERB" in word_classes(habit.group(1)) and not habit.group(1).endswith(("ed", "ing"))):
        # "The rainy season, which runs from November to April, usually brings floods": the months of a thing the
        # sentence then tells a habit of, a season that comes back every year, no event
        return True
    doers = _DOERS_HABIT.search(text, max(0, first.start - 90), first.start)
    if (doers is not None and doers.group(1) not in _TIMETABLE_VERBS and doers.group(1) not in _AUXILIARIES
            and not doers.group(1).endswith("s") and _a_verb_base(doers.group(1))):
        # "Sea turtles, which nest on these beaches from March to June": things (plural) doing what they do every
        # year, the pronoun their subject and a bare verb of the present simple, not a timetable's
        return True
    clause = _HABIT_CLAUSE.search(text, max(0, first.start - 60), first.start)
    if clause is None:
        return False
    words, verb = clause.group(1).split(), clause.group(2)
    subject, openers = words[-1], words[:-1]
    if (verb in _TIMETABLE_VERBS or verb.endswith(("ed", "ing")) or (verb.endswith("s") and not verb.endswith("ss"))
            or "VERB" not in word_classes(verb) or any(w not in _SUBJECT_OPENERS for w in openers)):
        return False
    # the subject is a noun: one that is also a verb ("which takes place", "which affects services") only after a
    # word that opens a noun phrase
    classes = word_classes(subject)
    return subject not in _AUXILIARIES and "NOUN" in classes and ("VERB" not in classes or bool(openers))


# what a report on its day says when it tells nothing done: that it is too early to tell ("said on Monday it was too
# early to put a figure on it"), that nothing was found ("said on Friday they had found no sign of ..."), or that
# its speakers will only weigh a thing or go on as they are ("said on Tuesday that they would study the plan", "that
# his government would carry on")
_TELLS_NO_HAPPENING = re.compile(
    r",?\s+(?:that\s+)?(?:(?:it|this)\s+(?:was|is|would\s+be)\s+(?:still\s+)?too\s+(?:early|soon)\s+to\b"
    r"|(?:[\w'’-]+\s+){1,3}?(?:had|has|have)\s+(?:so\s+far\s+)?found\s+(?:no|nothing)\b"
    r"|(?:[\w'’-]+\s+){1,3}?(?:would|will)\s+(?:now\s+)?(?:study|consider|weigh|examine|carry\s+on|stay\s+on"
    r"|press\s+on)\b(?!\s+(?:on|in|from|until|by)\s+[A-Z0-9]))")
# a reporting verb right before a date's preposition: "the ministry said on June 3"
_REPORTED_ON = re.compile(r"\b([a-z]+)\s+(?:(?:on|in)\s+)?$")


def _reported_on(text: str, start: int) -> bool:
    """Whether the date starting at `start` is a reporting verb's ("..., the ministry said on June 3")."""
    verb = _REPORTED_ON.search(text, max(0, start - 30), start)
    return verb is not None and verb.group(1) in _REPORTING


# ", due in parliament in October": a phrase set off by commas that tells when the noun before it is planned (no
# clause of its own between the noun's date and the plan's)
_APPOSED_PLAN = re.compile(r",\s+(?=(?:due|set|expected|scheduled|planned|slated)\s)")
_OWNED_WORDS = re.compile(r"['’]s((?:\s+[a-z-]+){1,3})")


def _owns_a_period_noun(text: str, timex: Timex) -> bool:
    """"next year's budget", "this year's growth forecast": the date names the period a plan or a count covers
    (one of the three words after the "'s")."""
    owned = _OWNED_WORDS.match(text, timex.end)
    return owned is not None and not _PERIOD_NOUNS.isdisjoint(owned.group(1).split())


# "from 1996 until a peace deal in 2006": the end of a span told as the date of the thing that ended it
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNTIL_A_THING_IN = re.compile(
    r"\s+(?:until|till|to)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}(?:in|on)\s+", re.IGNORECASE
)


# "from January 2031 to the end of 2035": the two ends of a span the tagger did not link (the second a part of a unit)
_FROM_TO_BETWEEN = re.compile(r"\s+(?:to|until|till|through)\s+", re.IGNORECASE)


def _from_until_joined(text: str, lo: int, items: list[_Dated]) -> list[_Dated]:
    """"The rebels fought the army from 1996 until a peace deal in 2006" tells one span, 1996 to 2006: a date after
    "from" and one that dates what ended it, "until" a thing "in" or "on" a date, make one span. So do two plain
    dates right after "from" and "to" ("will run from March 2031 to the end of 2035"): the whole span, not its two
    ends as two events; not when a verb that moves a date opens the sentence (from `lo`) before them."""
    return _ends_joined(items, lambda before, item: (
        before.granularity != "open" and item.granularity != "open" and before.last_day < item.first_day
        and not (before.forward or item.forward or before.earlier or item.earlier)
        and _FROM_BEFORE.search(text, max(0, before.start - 6), before.start) is not None
        and (_UNTIL_A_THING_IN.fullmatch(text, before.end, item.start) is not None
             or (before.plain and item.plain
                 and _FROM_TO_BETWEEN.fullmatch(text, before.end, item.start) is not None
                 and not _MOVING_A_DATE.search(text, lo, before.start)))))


_UNTIL_BETWEEN = re.compile(r"\s+(?:until|till|through)\s+(?:" + _A_THING_ENDS + ")?",
                            re.IGNORECASE)  # ("until the race ends on Sunday" is "until Sunday")


def _from_then_until_joined(text: str, items: list[_Dated]) -> list[_Dated]:
    """"Rebates apply from March 1 until the end of the decade" is one span, March 1 to the end of 2029: a date after
    "from" and a state "until" a date right after it (which alone would run from the publication date) make one
    span from the first date. "From Monday until the race ends on Sunday": the weekday after "until" is the first
    after the one after "from" (each alone is the nearest to the publication date)."""
    items = [_weekday_after_from(text, items[i - 1], item) if i else item for i, item in enumerate(items)]
    return _ends_joined(items, lambda before, item: (
        item.until and before.granularity != "open" and before.first_day <= item.last_day
        and not (before.forward or before.earlier or before.since or before.until or item.forward)
        and _FROM_BEFORE.search(text, max(0, before.start - 6), before.start) is not None
        and _UNTIL_BETWEEN.fullmatch(text, before.end, item.start) is not None))


# "declared an alert on Wednesday and closed schools until November 25": a second past verb of the same subject,
# right after "and", whose state runs "until" a date
_AND_A_VERB_UNTIL = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?and\s+(?:then\s+|also\s+)?([a-z]+)\s+(?:[\w'’-]+\s+){0,5}?"
                               r"(?:until|till)\s+$")


# "... on Wednesday and will stay until", "and is to remain there until": the subject stays on from that day
_AND_WILL_STAY = re.compile(r"\s+and\s+(?:will|is\s+to|are\s+to|plans\s+to|plan\s+to)\s+(?:stay|remain)\s+"
                            r"(?:(?:there|on|in\s+the\s+\w+)\s+)?(?:until|till)\s+", re.IGNORECASE)
_ASKING = frozenset("asked urged called demanded warned promised vowed pledged agreed decided voted".split())
_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|must|should|shall|to)\b", re.IGNORECASE)


def _until_from_the_verb_before(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"The government declared a red alert on Wednesday and closed schools until November 25": the schools closed
    on Wednesday too, so the state "until" runs from that day, not from the publication date (the day of the first
    verb stays an event of its own). Only a past day, and a verb in a simple past with no subject of its own."""
    if dct is None or len(items) < 2:
        return items
    out = list(items)
    for k in range(len(out) - 1, 0, -1):
        item, before = out[k], out[k - 1]
        if (item.until and before.plain and before.granularity == "day" and before.first_day <= item.last_day
                and _AND_WILL_STAY.fullmatch(text, before.end, item.start) is not None):
            # "flew into the capital on Wednesday and will stay until next Friday": one stay, from the arrival's day
            out[k - 1] = before._replace(end=item.end, last_day=item.last_day, granularity="open",
                                         value=_span_value(before.first_day, item.last_day))
            del out[k]
    for k in range(1, len(out)):
        item, before = out[k], out[k - 1]
        if not ((item.until or (item.plain and item.granularity in ("day", "month")))
                and before.plain and before.granularity == "day" and before.last_day < dct):
            continue  # (a past "until April 20" is a plain day: "entered on April 3 and stayed until April 20")
        verb = _AND_A_VERB_UNTIL.fullmatch(text, before.end, item.start)
        if (verb is None or not _past_form(verb.group(1)) or verb.group(1) in _REPORTING
                or verb.group(1) in _ASKING or _MODAL.search(text, verb.end(1), item.start)):
            continue  # ("spoke on Monday and said talks would go on until Friday": a thing said, not done)
        last = _first_after(text, item, before.first_day)
        if last is None or last <= before.first_day:
            continue
        out[k] = item._replace(first_day=before.first_day, last_day=last, granularity="open", until=False,
                               value=_span_value(before.first_day, last))
    return out


# "lines, cut since 1998, were restored on Sunday": a state told in an aside between commas ("since" its start,
# no verb of its own), then the verb of the clause it sits in, one that ends the state, and that verb's date
_ASIDE_SINCE = re.compile(r",\s+((?:[\w'’-]+\s+){1,6}?)since\s+$", re.IGNORECASE)
_ASIDE_THEN_VERB = re.compile(r"\s*,\s+(?:(?:was|were|had\s+been)\s+)?([a-z]+)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+")
_FINITE_AUXILIARIES = frozenset("is are was were has have had been be will would".split())
# past verbs that put an end to a state told before them: what was cut is restored, what was shut reopened, what
# was stored blew up, who was in office resigned or died ("drove the attackers back" ends no deployment)
_ENDING_VERBS = frozenset(
    "restored reopened resumed reconnected lifted ended scrapped repealed removed released freed demolished destroyed "
    "exploded blew collapsed closed quit resigned retired died dissolved sold abolished".split())


# what may follow an active verb of ending that has no object: a preposition, a word of time, a day's or month's
# name, a clause's end ("resigned on Sunday", "died last week", "collapsed, killing ..."); "ended" may take the
# subject's own thing ("ended their strike")
_NO_OBJECT_AFTER = re.compile(
    r"(?:\s+(?:down|up))?(?:\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|after|before|during|following|amid|when|and|last|"
    r"this|as|from|of|to|for|with|early|late|overnight|yesterday|aged|[a-z]+ly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+$", re.IGNORECASE)
_OWN_THING = re.compile(r"\s+(?:their|its|his|her)\s+([a-z]+)")
# what a thing reopened or resumed may be that is its own running: "resumed flights", "reopened its doors"
_OWN_RUNNING = re.compile(r"\s+(?:its\s+|their\s+)?(?:flights|trading|services?|operations|production|traffic|"
                          r"doors|work|classes|sailings|deliveries)\b")
# a close that ends nothing: a market's ("closed at a record", "closed higher", "closed down 2%"), or an advance
# ("closed in on the capital")
_CLOSED_NOT_SHUT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:in\s+on|at\s+(?:a|an|its|\$?\d)|higher|lower|flat|(?:up|down)\s+[\d.]+)\b")
# a state a sale does not end: a condition of the thing ("idle since 2019, was sold"), not its owner's hold on it
_CONDITIONS = frozenset("idle closed shut empty derelict disused vacant abandoned unused mothballed".split())
# a state of activity that an outburst goes on with rather than ends ("active since March, exploded on Monday")
_ACTIVE = frozenset("active erupting rumbling burning smouldering".split())
# an ending verb whose subject is another's, in a clause of its own after ", and": "..., and talks resumed on Monday"
_AND_ANOTHER_SUBJECT = re.compile(
    r",\s+and\s+(?!(?:then|was|were|had|has|have|later|finally|eventually|he|she|it|they)\b)[^\s,;:.!?]+\s+"
    r"[^,;:.!?]*$")
_DOWN = re.compile(r"\s+down\b")  # "stepped down"
_FROM_CARE = re.compile(r"\s+from\s+(?:a\s+|the\s+)?(?:hospital|clinic)\b", re.IGNORECASE)


def _ends_its_subject(text: str, start: int, end: int, state: str = "") -> bool:
    """Whether the verb at text[start:end] ends the state of its own subject: one of the verbs of ending in the
    passive ("the curfew was lifted", "the hostages were freed"; not "was released from hospital", which ends no
    office), or in the active with no object ("resigned on Sunday", "died", "stepped down", "ended their strike");
    an active one with an object ends the object ("released 200 prisoners", "dissolved parliament"). `state`, the
    words that tell the state, rules out a sale of a thing in a condition ("idle since 2019, was sold": still idle),
    an outburst of one active ("active since March, exploded") and "ended his X" of an X it does not name."""
    verb = text[start:end]
    words = set(_LOWER_WORD.findall(state.lower()))
    if (verb == "sold" and not words.isdisjoint(_CONDITIONS)) or (verb in ("exploded", "blew")
                                                                   and not words.isdisjoint(_ACTIVE)):
        return False
    if _PASSIVE_BEFORE.search(text, max(0, start - 12), start) is not None:
        return verb in _ENDING_VERBS and _FROM_CARE.match(text, end) is None
    if verb == "stepped":
        return _DOWN.match(text, end) is not None
    if verb not in _ENDING_VERBS or (verb == "closed" and _CLOSED_NOT_SHUT.match(text, end) is not None):
        return False
    own = _OWN_THING.match(text, end)
    return (_NO_OBJECT_AFTER.match(text, end) is not None
            or (verb in ("resumed", "reopened", "restored") and _OWN_RUNNING.match(text, end) is not None)
            or (verb == "ended" and own is not None
                and (not state or own.group(1) in _TERMS
                     or any(not lemmas(own.group(1)).isdisjoint(lemmas(word)) for word in words))))


# what a holder of a post or a place ends of their own: "ended his term", "ended her exile"
_TERMS = frozenset("term tenure reign career rule exile stay spell strike protest boycott fast".split())


def _state_ended(item: _Dated, last_day: date) -> _Dated:
    """A "since" state that a later day ended: from its start to that day, no longer running to the publication
    date."""
    return item._replace(last_day=last_day, granularity="open", since=False,
                         value=_span_value(item.first_day, last_day))


def _aside_state_ended(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"Telephone lines, cut since 1998, were restored on Sunday": the state in the aside ran from 1998 until the
    verb after it ended it, Sunday, not to the publication date (the restoring stays an event of its own). Only an
    aside with no finite verb, and a past verb of ending right after it dated by a plain date after the state's
    start ("troops, deployed since 2021, drove the rebels back on Sunday" are still deployed)."""
    if dct is None or len(items) < 2:
        return items
    out = list(items)
    for k in range(len(out) - 1):
        item, after = out[k], out[k + 1]
        if not (item.since and after.plain and item.first_day < after.first_day and after.last_day <= dct):
            continue
        aside = _ASIDE_SINCE.search(text, max(0, item.start - 60), item.start)
        verb = _ASIDE_THEN_VERB.fullmatch(text, item.end, after.start)
        if (aside is None or verb is None
                or not _ends_its_subject(text, verb.start(1), verb.end(1), aside.group(1))
                or not _FINITE_AUXILIARIES.isdisjoint(aside.group(1).lower().split())):
            continue
        out[k] = _state_ended(item, after.last_day)
    return out


# a state told in a relative clause of the thing a verb of the sentence ends or loses: ", ending a feudal order that
# had lasted since", "lost the parliament it had run since", "abolished a tax which had been levied since"
_RELATIVE_STATE_ENDED = re.compile(
    r"\b(?:ending|ended|ends|abolishing|abolished|scrapping|scrapped|dissolving|dissolved|lost|losing|loses|"
    r"closing|closed|lifting|lifted|breaking|broke|toppling|toppled|overthrowing|overthrew|giving\s+up|gave\s+up|"
    r"sold|selling|sells|handed\s+over|handing\s+over)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:that|which|it|they|he|she|we)\s+had\s+(?:[a-z]+\s+){1,3}?since\s+$", re.IGNORECASE)


def _relative_state_ended(text: str, items: list[_Dated]) -> list[_Dated]:
    """"held its first election in 2008, ending a feudal order that had lasted since 1565", "Five years ago to the
    day, the island lost the parliament it had run since 1979": a past-perfect state told of the thing the
    sentence's verb ends or loses ran until that verb's date, told before it in the sentence (2008; the day five
    years back), not to the publication date. Only a plain date after the state's start."""
    out = list(items)
    for k, item in enumerate(out):
        if not item.since or _RELATIVE_STATE_ENDED.search(text, max(0, item.start - 120), item.start) is None:
            continue
        owner = next((o for o in reversed(out[:k]) if o.plain and o.granularity != "open"), None)
        if owner is not None and item.first_day < owner.first_day and not _CLAUSE_BREAK_STRONG.search(
                text, owner.end, item.start):
            out[k] = _state_ended(item, owner.last_day)
            continue
        after = out[k + 1] if k + 1 < len(out) else None
        if (after is not None and after.plain and after.granularity != "open" and item.first_day < after.first_day
                and _THE_VERBS_DATE_AFTER.fullmatch(text, item.end, after.start) is not None):
            # "lost the painting it had owned since 1930 in a fire on Sunday": the verb's date told after the state
            out[k] = _state_ended(item, after.last_day)
    return out


# a short phrase of the verb's manner or place, with no clause break, then the preposition of its date: " in a fire
# on", " at auction in", " on"
_THE_VERBS_DATE_AFTER = re.compile(r"(?:\s+(?:in|at|to|after|during)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
                                   r"\s+(?:on|in)\s+", re.IGNORECASE)
# what parts one sentence's clauses for good: a semicolon, a dash, a colon
_CLAUSE_BREAK_STRONG = re.compile(r"[;:—–]")


# "jailed them on Wednesday, ending a trial that opened in February": the thing the day ended and when it began
_ENDING_A_THING_BEGUN = re.compile(  # (or "..., at the close of a trial that had started in January")
    r",\s+(?:ending|closing|concluding|capping|settling|resolving|(?:at|on)\s+the\s+(?:close|end|conclusion)\s+of)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|broke\s+out)\s+(?:on|in)\s+$", re.IGNORECASE)

# "found him guilty on May 29 after a trial that began in March": the thing begun ran until the day told right before
# (or "in" it: "convicted her on June 12 in a trial that had opened on April 3"; the thing may be counted, "won on
# Sunday after four rounds that began on Thursday", and an aside set off by commas may come first, "won on Sunday,
# two shots clear, after four rounds that began on Thursday")
_AFTER_A_THING_BEGUN = re.compile(
    r"(?:,\s+[^,;:.!?()—–\n]{1,60},)?,?\s+(?P<prep>after|in)\s+(?:a|an|the|its|their|his|her|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2})\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:on|in)\s+", re.IGNORECASE)


# the begun date ends the relative clause: "after a trial that began in March." (not "... began in March 2024 ended
# in a conviction", whose own verb tells its end)
# (a short phrase of place or cause may close it: "began in February in Paris.", "began on Sunday under heavy rain.",
# "began in January over pay.")
_ENDS_ITS_CLAUSE = re.compile(r"(?:\s+(?:in|at|under|over|amid|near|outside|inside|across|with)"
                              r"(?:\s+[\w'’-]+){1,3})?\s*(?:[.;:!?,)—–\n]|$)")


def _ended_thing_spans(text: str, items: list[_Dated]) -> list[_Dated]:
    """"The court jailed five men on Wednesday, ending a trial that opened in February": the trial is one span, from
    February to that Wednesday, not a month of its own; the day of the jailing stays an event. So is a thing begun
    that the day's event came right "after" ("convicted her on June 12 after a trial that began in April")."""
    out = list(items)
    for k in range(1, len(out)):
        item, before = out[k], out[k - 1]
        if not (item.plain and before.plain and before.granularity == "day" and item.first_day < before.first_day
                and ((_ENDING_A_THING_BEGUN.search(text, max(0, item.start - 80), item.start) is not None
                      # (an aside set off by commas may come between: "signed a treaty on Tuesday dividing the
                      # island, a bare rock, settling a quarrel that began in 1973")
                      and 1 <= text.count(",", before.end, item.start) <= 3)
                     or ((begun := _AFTER_A_THING_BEGUN.fullmatch(text, before.end, item.start)) is not None
                         and _ENDS_ITS_CLAUSE.match(text, item.end) is not None
                         # ("died on Sunday in a hospital that had opened in 1980": a place or body that began
                         # a year back is no thing the day ended; "in" a trial begun that day or month is)
                         and (begun.group("prep").lower() == "after" or item.granularity in ("day", "month"))))):
            continue
        out[k] = item._replace(last_day=before.last_day, granularity="open",
                               value=_span_value(item.first_day, before.last_day))
    return out


# a past perfect in a state's clause, right before its "since": "had been treated there since", "had grown since"
_HAD_SINCE = re.compile(r"(?<!has\s)(?<!have\s)\bhad\s+(?!to\b)[^,;:.!?()—–\n]*\bsince\s+$", re.IGNORECASE)


# the rest of the sentence before and the opening of the next, a pronoun for the subject the sentence before told
_PRONOUN_SUBJECT = re.compile(r"[^.!?]*[.!?][\"'”’)]*\s+(?:He|She|They|It)\s+had\b")


def _an_ending_verb_in(text: str, start: int, end: int, state: str = "") -> bool:
    """Whether text[start:end] holds a past verb that ends its subject's state ("died", "resigned", "was
    restored"; not "released 200 prisoners", nor one of another subject after ", and": "..., and talks resumed")."""
    return any(_ends_its_subject(text, m.start(), m.end(), state)
               and _AND_ANOTHER_SUBJECT.search(text, start, m.start()) is None
               for m in _LOWER_WORD.finditer(text, start, end))


# ", and the alert was lifted at": the thing of a state, told again as the subject of a passive that ends it
_AND_THE_THING_ENDED = re.compile(r",?\s+and\s+the\s+([a-z-]+)\s+(?:was|were)\s+([a-z]+)\s+(?:at|by)\s+$",
                                  re.IGNORECASE)


def _state_end_told(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"The island had been on red alert since Thursday night, and the alert was lifted at noon": an hour of the
    publication date that dates the end of the state just told (its noun told again, a verb of ending) is the
    state's end, which the state already reaches: no event of its own."""
    if dct is None or len(items) < 2:
        return items
    out: list[_Dated] = []
    for item in items:
        before = out[-1] if out else None
        ended = (None if before is None or not before.since or before.last_day != dct
                 or item.rule not in _CLOCK_RULES or item.first_day != dct
                 else _AND_THE_THING_ENDED.fullmatch(text, before.end, item.start))
        if (ended is not None and before is not None and ended.group(2).lower() in _ENDING
                and _pattern(rf"\b{re.escape(ended.group(1))}\b", re.IGNORECASE).search(
                    text[max(0, before.start - 80) : before.start])):
            continue
        out.append(item)
    return out


# the words from a dated thing to a "since" in a relative clause of it: "'s election, which had been put off twice"
# (no other clause break between: one noun phrase and its relative clause)
_A_WHICH_CLAUSE = re.compile(r"[^,;:.!?()—–\n]{0,60},\s+which\s+[^,;:.!?()—–\n]*", re.IGNORECASE)


def _past_perfect_state_ended(text: str, items: list[_Dated], told_before: _Dated | None,
                              dct: date | None) -> list[_Dated]:
    """"She died on Friday. She had been treated there since late April": a state told in the past perfect ran until
    the past the article tells, not to the publication date: to the next day the sentence tells after it ("a curfew
    that had been in force since May was lifted on Saturday"), or, with none, to the day the sentence before told
    last when the state's sentence opens with a pronoun for its subject ("She had ..."). Only a plain day after the
    state's start and not after the publication date, told with a verb that ends a state ("died", "resigned")."""
    if dct is None:
        return items
    out = list(items)
    for k, item in enumerate(out):
        if not item.since or _HAD_SINCE.search(text, max(0, item.start - 80), item.start) is None:
            continue
        owner = out[k - 1] if k else None
        if (owner is not None and owner.plain and owner.granularity == "day" and owner.first_day == owner.last_day
                and item.first_day < owner.first_day <= dct
                and _A_WHICH_CLAUSE.fullmatch(text, owner.end, item.start) is not None):
            # "on Saturday for the election, which had been put off twice since 2014": the relative clause tells a
            # state of the thing the day before it dates; the state ran until that day
            out[k] = _state_ended(item, owner.last_day)
            continue
        later = out[k + 1] if k + 1 < len(out) else told_before
        if later is None:
            continue
        if k + 1 < len(out):
            opening = _last_stop_before(text, item.start) or 0
            if not _an_ending_verb_in(text, item.end, later.start, text[opening:item.start]):
                continue  # ("had lived abroad since 2001, her agent said on Friday": the report's day ends nothing)
        else:
            opening = _last_stop_before(text, later.start) or 0
            if (_PRONOUN_SUBJECT.match(text, later.end, item.start) is None
                    or not _an_ending_verb_in(text, opening, later.end)):
                continue  # ("named a successor on Tuesday. She had held the job since 2022": her job ended before;
                # "A shed collapsed on Sunday. The pier had drawn anglers since 1988": another thing)
        if (not later.plain or later.granularity != "day" or later.first_day != later.last_day
                or not item.first_day < later.first_day <= dct):
            continue
        out[k] = _state_ended(item, later.last_day)
    return out


def _first_after(text: str, item: _Dated, start: date) -> date | None:
    """The last day of the date an "until" names counted on from the day a state began, not from the publication
    date: "shut on Monday and kept closed until Wednesday" is the Wednesday after that Monday, "seized on April 2
    and held until May 1" that year's May 1. A weekday is the first one after the start, a month or a day of a month
    with no year written the first one that ends after it; any other date as it was read (None out of the
    calendar)."""
    last = item.last_day
    if item.rule == "rel.weekday":
        return weekday_from(start + timedelta(days=1), last.isoweekday(), 1)  # the first one after the start
    if item.rule not in ("date.md", "date.month") or _WRITTEN_YEAR.search(text, item.start, item.end):
        return last
    try:
        for year in (start.year, start.year + 1):
            moved = last.replace(year=year)
            if moved > start:
                return moved
    except ValueError:  # (February 29 of a year without one)
        return None
    return None


def _weekday_after_from(text: str, before: _Dated, item: _Dated) -> _Dated:
    """The state "until" a weekday, a week on when the day falls before the weekday "from" right before it."""
    if not (item.until and before.rule == item.rule == "rel.weekday" and before.first_day == before.last_day
            and item.last_day < before.first_day <= item.last_day + timedelta(days=7)
            and _FROM_BEFORE.search(text, max(0, before.start - 6), before.start) is not None
            and _UNTIL_BETWEEN.fullmatch(text, before.end, item.start) is not None):
        return item
    last = item.last_day + timedelta(days=7)
    return item._replace(last_day=last, value=f"{item.first_day.isoformat()}/{last.isoformat()}")


def _ends_joined(items: list[_Dated], ends_of_one: Callable[[_Dated, _Dated], bool]) -> list[_Dated]:
    """The items with each pair that `ends_of_one` says are the two ends of one thing made one span, from the first
    one's first day to the second one's last."""
    if len(items) < 2:
        return items
    joined: list[_Dated] = [items[0]]
    for item in items[1:]:
        before = joined[-1]
        if ends_of_one(before, item):
            joined[-1] = before._replace(end=item.end, last_day=item.last_day, granularity="open",
                                         value=_span_value(before.first_day, item.last_day),
                                         approximate=before.approximate or item.approximate)
            continue
        joined.append(item)
    return joined


# "a tour that starts in Oslo on May 1 and ends in Rome a week later": one thing told by its two ends
_BEGINS_BEFORE = re.compile(r"\b(?:starts|begins|opens|start|begin|open|started|began|opened)\s+(?:[\w'’-]+\s+){0,3}"
                            r"(?:on|in)\s+$", re.IGNORECASE)
# (the end may be told as hoped or due: "began picking in October and expect to finish by late January")
_AND_ENDS = re.compile(r"\s+and\s+(?:(?:expects?|hopes?|plans?|(?:is|are)\s+(?:due|expected|set))\s+to\s+)?"
                       r"(?:ends|finishes|closes|end|finish|close)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:on|in|by)\s+)?",
                       re.IGNORECASE)


# "the show opened on May 4 and runs until June 30": a thing begun on a date that goes on "until" another
# (a past beginning only: an opening still ahead, "the fair opens on June 3 and runs until June 9", is news of its
# own day beside the span)
# (a clock time may come first before a day: "opened at 7 a.m. on Thursday and ran until 8 p.m."; not before a month,
# "opened at 10 a.m. in March", whose clock time is no day of the month)
_BEGUN_THEN_RUNS = re.compile(r"\b(?:started|began|opened|kicked\s+off|opens?|starts?|begins?)\s+(?:[\w'’-]+\s+){0,3}"
                              r"(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)?\s*on|on|in)\s+$",
                              re.IGNORECASE)
# (an aside set off by commas may tell what happened at the start: "started late on Thursday, when guards stormed
# the cells, and lasted until Friday morning")
# (or "into" the end's day: "opened on Monday and ran late into Tuesday night", "dragged on into Friday")
_AND_RUNS_UNTIL = re.compile(r"(?:,\s+(?:when|as|with)\s+[^,;:.!?()—–\n]{1,160},)?"
                             r"\s+and\s+(?:runs|lasts|continues|goes\s+on|drags\s+on|stretches|run|last|continue|(ran|lasted|continued|"
                             r"went\s+on|dragged\s+on|stretched))\s+"
                             r"(?:[\w'’-]+\s+){0,3}?(?:until|till|through|into)\s+", re.IGNORECASE)


def _end_after_its_start(text: str, before: _Dated, item: _Dated, dct: date | None) -> _Dated:
    """"began picking in mid-November and expect to finish by late February": a month (or day) written without its
    year that ends a thing begun just before it is after the start, the next year's when the tense read it back.
    Only a month written out is rolled a year (a weekday, "began on Friday and expect to finish by Wednesday", is
    the first one after the start), and only from a start no later than the news (a start read after it, "began
    tests on March 2", is the misreading, not the end); the span stays under a year."""
    if (not before.plain or not item.plain or item.granularity not in ("month", "day", "time")
            or item.last_day >= before.first_day or _WRITTEN_YEAR.search(text, item.start, item.end) is not None
            or _BEGINS_BEFORE.search(text, max(0, before.start - 40), before.start) is None
            or _AND_ENDS.fullmatch(text, before.end, item.start) is None):
        return item
    weekday = (item.rule in ("rel.weekday", "rel.weekday_pod") and item.first_day == item.last_day
               and before.first_day == before.last_day)
    if dct is not None and before.first_day > dct and not weekday:
        return item
    if weekday:
        # (a weekday after a start still ahead too: "the games open on Saturday and end on Friday night")
        ahead = weekday_from(before.first_day + timedelta(days=1), item.last_day.isoweekday(), 1)
        return item._replace(first_day=ahead, last_day=ahead, value=ahead.isoformat())
    if _MONTH_NAME.search(text, item.start, item.end) is None:
        return item  # (any other date told without its year is left as it was read)
    try:
        first = item.first_day.replace(year=item.first_day.year + 1)
        last = (item.last_day + timedelta(days=1)).replace(year=item.last_day.year + 1) - timedelta(days=1)
    except (ValueError, OverflowError):
        return item
    if last < before.first_day or last > before.first_day + timedelta(days=366):
        return item
    return item._replace(first_day=first, last_day=last, value=first.isoformat()[:7 if item.granularity == "month"
                                                                                    else 10])


# "and ends on Sunday with a concert", "... with closing speeches": the end's day told by a thing held on it (a
# bare plural too; not "with no ...", which tells nothing held)
_ENDS_WITH_A_THING = re.compile(r"\s+with\s+(?:(?:a|an|the|its|their)\b|(?!no\b)(?:[a-z]+\s+)?[a-z]+s\b)",
                                re.IGNORECASE)


def _begins_and_ends_joined(text: str, items: list[_Dated], dct: date | None) -> list[_Dated]:
    """"The tour starts in Oslo on May 1 and ends in Rome two weeks later" is one span, May 1 to May 15: a date
    after a verb of beginning and one after "and ends" in the same clause are the two ends of one thing. So are a
    date a thing began (in the past) and the one it "runs until" after "and": "the fair opened on July 3 and runs
    until August 30" is July 3 to August 30 (the "until" alone would run from the publication date). In the past
    ("kicked off on April 2 and ran until April 20") the "until" is the first such date after the start, not the
    one counted on from the publication date."""
    ran = [_ran_until_from_its_start(text, items[k - 1], item) if k else item for k, item in enumerate(items)]
    items = [item for item in ran if item is not None]
    items = [_end_after_its_start(text, items[k - 1], item, dct) if k else item for k, item in enumerate(items)]
    joined = _ends_joined(items, lambda before, item: (
        before.last_day < item.last_day and not (before.since or before.until or item.since)
        and not (before.forward or item.forward or before.earlier or item.earlier)
        and ((not item.until and before.last_day < item.first_day
              and _BEGINS_BEFORE.search(text, max(0, before.start - 40), before.start) is not None
              and _AND_ENDS.fullmatch(text, before.end, item.start) is not None)
             or (_AND_RUNS_UNTIL.fullmatch(text, before.end, item.start) is not None
                 and _BEGUN_THEN_RUNS.search(text, max(0, before.start - 40), before.start) is not None))))
    out: list[_Dated] = []
    for span in joined:
        end = next((item for item in items if item.end == span.end), None) if span not in items else None
        begun = next((item for item in items if item.start == span.start), None)
        if (end is not None and begun is not None and _ENDS_WITH_A_THING.match(text, end.end) is not None
                and _AND_ENDS.fullmatch(text, begun.end, end.start) is not None):
            # "opened on Friday and ends on Sunday with a concert": the span, titled by its opening, and the
            # closing thing, news of its own day
            out += [span._replace(end=begun.end), end]
            continue
        out.append(span)
    return out


def _ran_until_from_its_start(text: str, before: _Dated, item: _Dated) -> _Dated | None:
    """The "until" of "began on Monday and continued until Thursday" counted on from the day the thing began: the
    Thursday after that Monday (alone it is read from the publication date, maybe a week or a year ahead); "until
    the end of the month" the end of the start's month. None when it ends no later than the start's own unit: a
    time of day ("opened on Thursday and ran until 8 p.m." is that Thursday's, whatever day the news is)."""
    runs = _AND_RUNS_UNTIL.fullmatch(text, before.end, item.start)
    if (runs is None or runs.group(1) is None or before.since or before.until
            or _BEGUN_THEN_RUNS.search(text, max(0, before.start - 40), before.start) is None):
        return item
    if item.rule.startswith("time."):
        return None
    end_of = _END_OF_THE_UNIT.fullmatch(text, item.start, item.end)
    if end_of is not None:
        start = before.first_day
        ends = {"week": start + timedelta(days=7 - start.isoweekday()), "year": date(start.year, 12, 31),
                "month": date(start.year, start.month, monthrange(start.year, start.month)[1])}[end_of.group(1).lower()]
        return None if ends <= before.last_day else item._replace(last_day=ends)
    last = _first_after(text, item, before.first_day)
    if last is None or last <= before.last_day or last == item.last_day:
        return item
    return item._replace(last_day=last)


# "until the end of the month" after a start: the end of the start's unit, not of the publication date's
_END_OF_THE_UNIT = re.compile(r"the\s+(?:very\s+)?end\s+of\s+the\s+(week|month|year)", re.IGNORECASE)

# a date told again as a part of a longer one, after a comma: "by June 30, the last day of the fiscal year"
_DAY_OF = re.compile(r",\s+the\s+(?:[a-z-]+\s+){0,2}(?:day|week|weekend|month|date|eve|start|end|anniversary)"
                     r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|next\s+|last\s+)?")
# "won Sunday's slalom, the last race of the weekend": a thing a day owns, set beside as a part of a period (the
# period only frames the day's thing)
_OWNED_THING_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+"
                             r"(?:(?:its|their|this|next|last)\s+)?")
# "12 to 15 May Day marchers": the month's name begins the name of a holiday qualifying a noun, not a date
_MONTH_DAY_HOLIDAY = re.compile(r"\s+Day\b")

# what may stand between a date and the "days after" that follows it: "on Sunday, (just) two days after ..."
_RIGHT_AFTER_A_DATE = re.compile(r"[\s,]*(?:(?:just|only|barely|some|about|nearly|almost)\s+)?")


# ... or the rest of the date's clause, its object told after the date, up to the comma before the count: "will
# debate on Monday evening a bill to delay the poll, two days after ..." (no word opening another clause between)
_NOT_OF_THE_CLAUSE = r"(?!(?:and|but|or|while|whereas|although|though|because|as|when|after|before|since|said|says)\b)"
_REST_OF_THE_CLAUSE = re.compile(
    rf"\s+(?:{_NOT_OF_THE_CLAUSE}[^\s,;:.!?()\n—–\"“”]+\s+){{0,14}}?{_NOT_OF_THE_CLAUSE}[^\s,;:.!?()\n—–\"“”]+,\s*"
    r"(?:(?:just|only|barely|some|about|nearly|almost)\s+)?")


def _counted_from_the_date_before(text: str, items: list[_Dated], item: _Dated, dct: date) -> _Dated:
    """"sacked the coach on Sunday, two days after the team lost": the loss is counted back from Sunday, the day
    the sentence has just named, not from the publication date. A date the sentence gives a planned thing ("called
    a vote for June 20, three days after ...") is not what is counted from: the clause's own day before it is ("...
    resigned on Monday and called a vote for June 20"), or the publication date when there is none."""
    before = items[-1]
    if not (_RIGHT_AFTER_A_DATE.fullmatch(text, before.end, item.start)
            or _REST_OF_THE_CLAUSE.fullmatch(text, before.end, item.start)):
        return item
    if _word_before(text, before.start) in _PLANNED_FOR:
        if len(items) >= 2:
            before = items[-2]
        elif before.first_day > dct and _tells_a_past(text, item):
            # "called a vote for June 20, three days after the council censured her": a past thing is not
            # counted back from a day still ahead; with no day of the clause's own, from the publication date
            return item
        # else "called a vote for June 20, three days after the summit": the summit is counted from June 20
    if before.counted_from_dct or before.since or before.until:
        return item
    if item.granularity in ("year", "month") and before.granularity in ("day", "month", item.granularity):
        # whole years or months back ("sold in 2010, 40 years after it was founded"): the same count from the
        # year or month of the date before
        count = ((dct.year - item.first_day.year) if item.granularity == "year"
                 else (dct.year - item.first_day.year) * 12 + dct.month - item.first_day.month)
        whole = _whole_units_back(f"P{count}{item.granularity[0].upper()}", before.first_day)
        return item if whole is None else item._replace(first_day=whole[0], last_day=whole[1], value=whole[3],
                                                        counted_from_dct=False)
    if before.first_day != before.last_day:
        return item
    moved = _moved_back(item, dct - before.first_day)
    return item if moved is None else moved._replace(counted_from_dct=False)


# a past verb that sets a day for a thing, the thing, and "for": "declared a day of mourning for", "set the vote for"
_SET_FOR = re.compile(r"(?<!,\s)\b(?:declared|called|set|scheduled|fixed|announced|ordered)\s+(?:[\w'’-]+\s+){1,5}?"
                      r"for\s+$", re.IGNORECASE)
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?]|and\b|$)")


# a verb that sets a measure, then the measure counted from a day: "called a 48-hour shutdown ... from", "ordered a
# three-day curfew ... from"
_SET_A_COUNT = re.compile(r"(?<!,\s)\b(?:declared|called|set|scheduled|announced|ordered|imposed)\s+(?:a|an)\s+$",
                          re.IGNORECASE)


def _a_span_set_for_ahead(text: str, count: Timex, item: _Dated, dct: date, told_after: Sequence[Timex] = ()) -> _Dated:
    """"Tribal leaders called a 48-hour shutdown from Friday", in a Thursday story: a measure set in the past and
    counted from a weekday starts on the coming one when, read back, it would be over before the news (the past verb
    read the weekday back a week), as "declared a day of mourning for Monday" is; one still running at the news
    ("imposed a two-week curfew from Saturday", in a Monday story) began on the day read back."""
    if (item.rule != "rel.weekday" or item.last_day >= dct or item.first_day + timedelta(days=7) <= dct
            or _SET_A_COUNT.search(text, max(0, count.start - 30), count.start) is None
            or not _FROM_DAY_AFTER.search(text, count.end, item.end)):
        return item
    if any(t.granularity is Granularity.DAY and t.first_day is not None
           and item.first_day < t.first_day <= item.last_day and t.first_day < dct
           for t in told_after):
        # "The army imposed a 24-hour curfew from Sunday. Shops reopened on Monday" (told on Tuesday): the story
        # goes on, in the next sentence, to a later day of the measure read back: it has been
        return item
    shift = timedelta(days=7)
    first, last = item.first_day + shift, item.last_day + shift
    return item._replace(first_day=first, last_day=last, value=_span_value(first, last) if first != last
                         else first.isoformat())


_FROM_DAY_AFTER = re.compile(r"\sfrom\s", re.IGNORECASE)


def _a_day_set_for_ahead(text: str, item: _Dated, dct: date) -> _Dated:
    """"The government declared a day of mourning for Monday", in a Saturday story: the weekday a thing was set for is
    the coming one, though the verb that set it is past (its tense read the weekday back a week). So is a weekday
    after a "will" of its own clause with no past between ("Rangers will set traps at the huts on Monday to see how
    far the virus has spread"): a perfect or a past told after the day, in a clause of purpose, does not move it."""
    if not _will_right_before_a_day(text, item) and (
            _SET_FOR.search(text, max(0, item.start - 60), item.start) is None
            or _CLAUSE_ENDS_AFTER.match(text, item.end) is None):
        return item
    day = item.first_day + timedelta(days=7)
    if day <= dct:
        return item
    return item._replace(first_day=day, last_day=day, value=day.isoformat())


# a clause break between a "will" and the weekday after it: the "will" is then another clause's
_A_BREAK_OR_RELATIVE = re.compile(r"[,;:()—–]|\b(?:and|but|or|while|who|which|that|after|since|when|because)\b",
                                  re.IGNORECASE)


def _will_right_before_a_day(text: str, item: _Dated) -> bool:
    """Whether the weekday's own clause tells a future before it: "will" (or "is to", "going to") in the 80
    characters before the day, with no clause break and no simple past or participle in -ed between them."""
    lo = max(_last_stop_before(text, item.start) or 0, item.start - 80)
    futures = list(_FUTURE.finditer(text, lo, item.start))
    if not futures:
        return False
    between = text[futures[-1].end() : item.start]
    if _A_BREAK_OR_RELATIVE.search(between):
        return False
    return not any(w.endswith("ed") or _past_form(w) for w in _WORD.findall(between) if w.islower())


_EARLIER_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


def _earlier_than_the_day_before(timex: Timex, before: _Dated, item: _Dated, dct: date) -> _Dated:
    """"won their semi-final on Sunday, and the others won theirs a day earlier": days counted back with "earlier"
    (not "ago") from the day told right before them (in the sentence, or last in the sentence before when the
    sentence has none), Saturday, not from the publication date."""
    if not (item.granularity == "day" and before.plain and before.granularity == "day"
            and before.first_day == before.last_day and timex.text[-7:].lower() == "earlier"):
        return item
    day = before.first_day - (dct - item.first_day)
    return item._replace(first_day=day, last_day=day, value=day.isoformat())


def _tells_a_past(text: str, item: _Dated) -> bool:
    """Whether the words after a count's "after" (up to the next break) hold a verb in a simple past form."""
    if item.clause_from is None:
        return False
    piece = _PIECE_BREAK.split(text[item.clause_from : item.clause_from + 80], maxsplit=1)[0]
    return any(word.islower() and _past_form(word) for word in _WORD.findall(piece))


# what opens a count that goes on from the date just told: "... in 1970 and ten years after it opened, it closed"
_AND_THEN = re.compile(r"\s*,?\s*and\s+(?:then\s+)?")
_OPENS_A_SENTENCE = re.compile(r"[\"“‘'(\s]*")


def _counted_on_from_a_date_told(text: str, items: list[_Dated], item: _Dated, told: _Dated | None,
                                 dct: date) -> _Dated | None:
    """"The war ended in 1995. Two years after the war ended, the country voted": a count of whole years or months
    that opens a sentence, or a clause after "and" following a date, goes on from that date (1997), and dates the
    words after the comma that ends "after ..."; one that ends its sentence with the thing the sentence before told
    ("A bomb went off in October 1995. He was back at work three months after the blast") goes on from that
    sentence's last date and dates the words before it, and None when that sentence never told the thing (the count
    has no date to go on from); as told else (counted back from the publication date)."""
    before = None
    last_words = False  # "He was back at work three months after the blast.": the count ends the sentence
    if items and _AND_THEN.fullmatch(text, items[-1].end, item.start):
        before = items[-1]
    elif not items and told is not None:
        stop = _last_stop_before(text, item.start)
        if stop is not None and stop >= told.end and _OPENS_A_SENTENCE.fullmatch(text, stop, item.start):
            before = told
        elif stop is not None and stop >= told.end and item.clause_from is not None:
            thing = _THE_THING_TO_THE_END.match(text, item.clause_from)
            told_from = _last_stop_before(text, told.start) or 0
            if thing is not None and not any(_past_form(word) for word in _LOWER_WORD.findall(thing.group(0))):
                # (not "... after the owners went bankrupt": an event of its own)
                noun = _LOWER_WORD.findall(thing.group(0))[-1]
                if noun not in _ANY_EVENT and not _names_the_event(noun, text[told_from:stop]):
                    return None  # ("Exports rose in March. The firm was founded two years after the war.": a
                    # thing the article never dated, so the count dates nothing; not N years before the news)
                before, last_words = told, True
    if (before is None or item.clause_from is None or item.granularity not in ("year", "month")
            or before.granularity not in ("year", "month", "day") or not before.plain
            or (item.granularity == "month" and before.granularity == "year")):
        return item
    comma = text.find(",", item.clause_from, item.clause_from + 80)
    ends = _SENTENCE_STOP.search(text, item.clause_from)
    if last_words:
        comma = -1  # (the words before the count are what it dates)
    elif comma < 0 or (ends is not None and ends.start() < comma):
        return item
    months = ((dct.year - item.first_day.year) * 12 if item.granularity == "year"
              else (dct.year - item.first_day.year) * 12 + dct.month - item.first_day.month)
    on = before.first_day.year * 12 + before.first_day.month - 1 + months
    if not 12 <= on < 10000 * 12:
        return item
    value = f"{on // 12:04d}" if item.granularity == "year" else f"{on // 12:04d}-{on % 12 + 1:02d}"
    whole = interval_of(value, None)
    if whole is None:
        return item
    if last_words:
        return item._replace(first_day=whole[0], last_day=whole[1], value=value, clause_from=None,
                             counted_from_dct=False)
    return item._replace(first_day=whole[0], last_day=whole[1], value=value, clause_from=comma + 1,
                         counted_from_dct=False)


# nouns that name whatever event was just told ("The storm killed 40 people in 2022. ... a year after the disaster.")
_ANY_EVENT = frozenset("disaster disasters tragedy incident accident crisis ordeal unrest violence".split())

# what a count is "after" when it is a thing the sentence before told, up to the sentence's end: "... after the blast."
_THE_THING_TO_THE_END = re.compile(r"(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*[.!?]")

# the words before a date of a planned thing: "called a vote for June 20", "set a deadline of May 1"
_PLANNED_FOR = frozenset({"for", "until", "till", "by"})


def _span_value(first: date, last: date) -> str:
    """The value of a day or of a span of days: "2024-05-02", "2024-05-02/2024-05-04"."""
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _moved_back(item: _Dated, shift: timedelta) -> _Dated | None:
    """`item` counted back by `shift` (from another day than the one it was counted from); None before the year 1
    (the date is then left as told)."""
    try:
        first, last = item.first_day - shift, item.last_day - shift
    except OverflowError:
        return None
    return item._replace(first_day=first, last_day=last, value=_span_value(first, last))


_LATER_UNIT = re.compile(r"P(\d+)([MY])")


def _later_in_whole_units(timex: Timex, before: Timex, item: _Dated) -> _Dated:
    """"arrested in August 2020 and released a month later": months or years counted from a month or a year (the
    date just before in the sentence) date the whole month or year that many on (September 2020), not one day."""
    unit = _LATER_UNIT.fullmatch(timex.value)
    if unit is None or before.first_day is None or timex.first_day is None or before.type is not TimexType.DATE:
        return item
    count = int(unit.group(1)) * (1 if timex.first_day >= before.first_day else -1)
    if before.granularity is Granularity.YEAR and unit.group(2) == "Y":
        value = f"{before.first_day.year + count:04d}"
    elif before.granularity is Granularity.MONTH and unit.group(2) == "Y":
        # "taken in May 2019 and returned two years later": a count of years dates the year it reaches, the
        # count's own unit (a reader cannot tell the month)
        value = f"{timex.first_day.year:04d}"
    elif before.granularity is Granularity.MONTH:
        months = before.first_day.year * 12 + before.first_day.month - 1 + count * (12 if unit.group(2) == "Y" else 1)
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        return item
    whole = interval_of(value, None)
    if whole is None:
        return item
    return item._replace(first_day=whole[0], last_day=whole[1], granularity=whole[2].value, value=value)


# a comparison word and any figures or "the same month (of)" between it and the date: "from 4 % a year earlier",
# "compared with the same month last year", "than in 2019"
# (the words are found first, the figures between them and the date then matched from the last one only: the
# pattern is not tried at every position of the window)
_COMPARISON_WORD = re.compile(r"\b(?P<word>from|than|on|compared\s+(?:with|to)|versus|vs\.?|against)\s+",
                              re.IGNORECASE)
_BETWEEN_COMPARED = re.compile(
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|in|the\s+same\s+[a-z]+(?:\s+of)?|[$€£]?\d[\d.,]*|%|"
    r"percent|per\s+cent|points?|million|billion|trillion)\s*)*",
    re.IGNORECASE,
)
# a figure the date may be the base of: "1.6 percent", "4 %", "3 billion"
_FIGURE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b|points?\b|million\b|billion\b|trillion\b)", re.IGNORECASE)
# any figure, with or without a unit ("more than $2 billion", "more than 300 in 2025")
_FIGURE_OR_AMOUNT = re.compile(r"\d")
# a date counted back from another ("a year earlier", "the previous month", "last year", "the same quarter")
_COUNTED_BACK = re.compile(r"\b(?:earlier|ago|before|previous|prior|preceding|last|same)\b", re.IGNORECASE)
# a comparative or "the level of" right before a date counted back: what it is compared with, figure or none
_COMPARED_TO_A_COUNT_BACK = re.compile(
    r"\b(?:(?:higher|lower|bigger|smaller|larger|greater|stronger|weaker|cheaper|dearer|faster|slower)\s+than|"
    r"(?:the\s+)?(?:level|levels|rate|pace|figure|total)\s+of|(?:that|those)\s+of)\s+$",
    re.IGNORECASE,
)
_COMPARISON_TOKENS = frozenset({"than", "compared", "versus", "vs", "vs.", "against"})
_BASE_TOKENS = frozenset({"from", "on"})  # comparison words only before a date counted back
_NOT_A_BASE = frozenset({"later", "earlier", "sooner", "no", "rather", "other"})  # "no later than March 1"


@lru_cache(maxsize=65536)
def _counted_back(expression: str) -> bool:
    """Whether a date expression is counted back from another ("a year earlier", "last month"); kept per wording,
    as the same few wordings come back in every article."""
    return _COUNTED_BACK.search(expression) is not None


def _comparison_base(text: str, timex: Timex) -> bool:
    """Whether the date only says what a figure is compared with ("prices rose 2 % from a year earlier", "sales were
    5 percent higher than last year", "down 3 % compared with the same month last year"): no event of its own. After
    "than", "compared with", "versus" any date is a base (after "than" only with no figure between: "rose more than
    5 % in October" dates the news); after "from" or "on" only a date counted back ("from a year
    earlier"; "a raise of 9 percent from July" says when it starts). A figure must come before it in the sentence."""
    window = text[max(0, timex.start - 60) : timex.start]
    counted_back = _counted_back(timex.text)
    # (every match of the pattern, tried at every position of the window, ends with "than" or "of" and spaces)
    if counted_back and window.rstrip().endswith(("n", "N", "f", "F")) and _COMPARED_TO_A_COUNT_BACK.search(window):
        return True  # "a third higher than a year earlier", "the pace of a year earlier": no figure needed
    last_words = window.lower().rsplit(None, 6)[-6:]
    if _COMPARISON_TOKENS.isdisjoint(last_words) and not (counted_back and _BASE_TOKENS.intersection(last_words)):
        return False  # (no comparison word among the last words: the patterns below are not tried)
    compared = max(_COMPARISON_WORD.finditer(window), key=lambda m: m.start(), default=None)
    if compared is None or _BETWEEN_COMPARED.fullmatch(window, compared.end()) is None:
        return False
    word = compared.group("word").lower()
    if word in _BASE_TOKENS and not counted_back:
        return False
    if word == "than" and _word_before(window, compared.start()) in _NOT_A_BASE:
        return False
    if word == "than" and _FIGURE_OR_AMOUNT.search(window, compared.end()):
        return False  # "rose more than 5 % in October": the figure after "than" is the news's own, the date its day
    before = text[max(0, timex.start - 200) : timex.start]
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    return (_FIGURE.search(before, sentence_start + 1) is not None
            or _SHARE_FIGURE.search(before, sentence_start + 1) is not None)


# "normally", "usually", "typically" right before the finite verb of the date's own clause, in the present simple
# ("the rainy season normally ends in late November", "ferries usually stop running in October") or a present passive
# ("the fair is usually held in May"): what happens as a rule, no event. Not before an adjective or a participle ("the
# normally quiet square", "the usually crowded market"), not in a relative clause ("the bridge that usually carries
# ...") and not set off by commas ("the fair, usually held in May, was cancelled in March")
_HABIT_ADVERB = re.compile(r"(?:\b(?P<aux>is|are)\s+)?\b(?:normally|usually|typically)\s+(?P<verb>[a-z]+)\b",
                           re.IGNORECASE)
# the rest of a habit's clause up to a comma or a semicolon that ends it, before the next date
_HABIT_THEN_A_BREAK = re.compile(r"[^,;:.!?()—–\n]{0,60}[,;]\s*(?:(?:but|and|while|whereas|though|although|yet)\s+)?",
                                 re.IGNORECASE)
_HABIT_CLAUSE_BREAK = re.compile(
    r"\s(?:and|but|or|while|whereas|although|though|because|when|if|that|who|which|where)\s", re.IGNORECASE)
_HABIT_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our)\s+$", re.IGNORECASE)


def _a_bare_verb_at(text: str, at: int) -> bool:
    """Whether the word at `at` is a verb in the present with no subject of its own: not a determiner or a pronoun,
    not a past, and not followed by another verb ("and tail off", not "and prices rise")."""
    words = _WORD.findall(text, at, min(len(text), at + 40))
    if not words:
        return False
    word = words[0].lower()
    following = words[1].lower() if len(words) > 1 else ""
    return (word not in _A_NEW_SUBJECT and "VERB" in word_classes(word) and not word.endswith("ed")
            and not _past_form(word) and not (following and "VERB" in word_classes(following)
                                              and following not in ("off", "up", "down", "out", "back")))


def _a_habit(text: str, timex: Timex) -> bool:
    """Whether the date's clause tells a habit: a habit adverb right before its finite verb in the present simple
    ("usually reaches", "are typically held"), with no break of the clause or relative pronoun before the adverb and
    no verb in the past between it and the date."""
    window = text[max(0, timex.start - 80) : timex.start]
    piece = max((m.end() for m in _PIECE_BREAK.finditer(window)), default=0)
    breaks = list(_HABIT_CLAUSE_BREAK.finditer(window, piece))
    # ("cases usually climb in July and tail off by November": a verb joined by "and" shares the habit's subject and
    # adverb, so its clause goes back past the "and")
    while (breaks and breaks[-1].group(0).strip().lower() in ("and", "or")
           and _a_bare_verb_at(window, breaks[-1].end())):
        breaks.pop()
    clause = breaks[-1].end() - 1 if breaks else piece
    adverb = _HABIT_ADVERB.search(window, clause)
    if adverb is None or _HABIT_DETERMINER.search(window, max(clause, adverb.start() - 8), adverb.start()):
        return False  # ("the normally quiet square")
    verb = adverb.group("verb")
    if adverb.group("aux"):  # "is usually held", "are normally opened": a present passive
        if not (verb.endswith(("ed", "en")) or _past_form(verb)):
            return False
    else:
        classes = word_classes(verb)
        if "VERB" not in classes or "ADJ" in classes or verb.endswith(("ed", "ing")) or verb in _AUXILIARIES:
            return False  # "normally quiet", "usually crowded", "would normally"
    # no verb in a past after it ("the river that usually runs dry flooded on Sunday": the habit is not the date's)
    # and no clause of its own ("analysts usually expect the bank to raise rates in June": the date is the raise's)
    words = _LOWER_WORD.findall(window, adverb.end())
    return not any((_past_form(word) and word not in _PRESENT_TOO)
                   or (k > 0 and words[k - 1] == "to" and "VERB" in word_classes(word))
                   or word in ("that", "who", "which", "whether", "if") for k, word in enumerate(words))


# ", usually held in May,": a habit told aside, between commas, of the thing before it
_HABIT_ASIDE = re.compile(r",\s+(?:normally|usually|typically)\s+([a-z]+)\s+(?:in|on|from|during|around)\s+$",
                          re.IGNORECASE)


def _a_habit_aside(text: str, timex: Timex) -> bool:
    """Whether the date closes a habit told aside by a participle between commas ("The fair, normally held in May,
    was called off in March"): the habit's date is no event."""
    aside = _HABIT_ASIDE.search(text, max(0, timex.start - 40), timex.start)
    return (aside is not None and (aside.group(1).endswith(("ed", "en")) or _past_form(aside.group(1)))
            and text.startswith(",", timex.end))


_PRESENT_TOO = frozenset("set put cut hit shut cost let spread".split())  # a past that is also a present form


# a change told as a share in words: "fell by almost half", "rose by a quarter", "doubled" (a figure with no digit)
_SHARE_FIGURE = re.compile(
    r"\bby\s+(?:(?:almost|nearly|about|around|roughly|some|over|more\s+than|less\s+than)\s+)?"
    r"(?:half|a\s+(?:third|quarter|fifth|tenth)|one[- ](?:third|quarter|fifth|tenth)|two[- ]thirds|three[- ]quarters)\b"
    r"|\b(?:halved|doubled|tripled|trebled)\b",
    re.IGNORECASE,
)


_OF = re.compile(r"\s+of\s+")


_YEAR_STEP = re.compile(r"the\s+(?:year\s+(?:before|earlier)|(?:previous|prior|preceding)\s+year|"
                        r"(?P<on>(?:following|next)\s+year|year\s+after))", re.IGNORECASE)


def _in_year_of(text: str, timex: Timex, after: Timex, earlier: Timex | None) -> Timex | None:
    """A month or day followed by "of" and a year ("March of that year", "June 4 of last year") as one date, in that
    year ("that year": the year of the `earlier` date of the sentence, when there is one); None when the two are not
    written so."""
    if (after.granularity is not Granularity.YEAR or after.first_day is None or timex.first_day is None
            or timex.last_day is None or timex.granularity not in (Granularity.MONTH, Granularity.DAY)
            or _OF.fullmatch(text, timex.end, after.start) is None):
        return None
    year = after.first_day.year
    if after.rule == "rel.that_unit" and earlier is not None and earlier.first_day is not None:
        year = earlier.first_day.year  # "in 2019 ... in April of that year": the year told before the month
    elif (after.anchor == "previous" and earlier is not None and earlier.first_day is not None
          and earlier.granularity is Granularity.YEAR and (step := _YEAR_STEP.fullmatch(after.text)) is not None):
        # "a slump in 2009, after a bank failed in September of the year before": the year counted from the year
        # just told (2008), not from the month (which the tagger read against the publication date)
        year = earlier.first_day.year + (1 if step.group("on") else -1)
    try:
        if timex.granularity is Granularity.MONTH:
            value = f"{year:04d}-{timex.first_day.month:02d}"
            whole = interval_of(value, None)
            if whole is None:
                return None
            first, last = whole[0], whole[1]
        else:
            first = last = timex.first_day.replace(year=year)
            value = first.isoformat()
    except ValueError:  # February 29 of a year without one
        return None
    return replace(timex, end=after.end, text=text[timex.start : after.end], value=value, first_day=first,
                   last_day=last)


# an ordinal counting things within the date after it: "the second rate cut this year", "its third strike of the
# month" (the date frames the count, even past a comma, when it holds the sentence's finer date)
_ORDINAL_COUNT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    # ("the first nine months of 2023" is a date, not a count)
    r"(?!(?:[a-z-]+\s+)?(?:days?|weeks?|months?|quarters?|half|years?|seasons?)\b)"
    r"(?:[a-z-]+\s+){0,2}(?:of\s+|in\s+)?$",
    re.IGNORECASE,
)


def _split_points(text: str, items: list[_Dated]) -> list[int]:
    """Where the words of each of a sentence's dated items end and the next one's begin (_split_point), found once
    for the two items on either side."""
    return [_split_point(text, items[k].end, items[k + 1].start) for k in range(len(items) - 1)]


# a dateline opening an article's first sentence: a place in capitals ("LA PAZ", "OSLO, Norway"), the agency in
# brackets and a dash ("(Wire) —", "(Reuters) -"), or the place and a long dash alone ("KYIV — ")
_DATELINE = re.compile(
    r"[\"“]?(?-i:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"(?:(?P<agency>\s*\([^()\n]{1,40}\)\s*[—–-]{1,2})|\s+[—–])\s+"
)
_DASH = re.compile(r"\s[—–]\s")


def _after_dateline(sentence: Sentence, end: int) -> int:
    """Where the sentence's own words begin before `end` (an offset in the text): after a dateline that opens it
    ("LA PAZ (Wire) — "), as in _clause_bounds; the sentence's start without one."""
    dateline = _DATELINE.match(sentence.text, 0, max(0, end - sentence.start))
    if (dateline is None or (dateline.group("agency") is None and _DASH.search(sentence.text, dateline.end()))
            or not _repair()):
        return sentence.start
    return sentence.start + dateline.end()


def _clause_bounds(sentence: Sentence, items: list[_Dated], index: int, splits: list[int]) -> tuple[int, int]:
    """The part of the sentence whose words belong to item `index`: split between neighbouring dates at a comma,
    a semicolon or a conjunction, else halfway (`splits`: the sentence's _split_points)."""
    item = items[index]
    lo, hi = sentence.start, sentence.end
    dateline = _DATELINE.match(sentence.text, 0, max(0, item.start - sentence.start))
    if dateline is not None and dateline.group("agency") is None and _DASH.search(sentence.text, dateline.end()):
        dateline = None  # "NATO — the alliance founded in 1949 — met": a dash that opens an aside, no dateline
    if dateline is not None:  # "LA PAZ (Wire) — ": where and from whom, never the subject of a title
        lo = sentence.start + dateline.end()
    if item.clause_from is not None:
        lo = item.clause_from
    if item.clause_to is not None:
        hi = item.clause_to
    if item.words_from is not None:
        lo = max(lo, item.words_from)
    if index > 0 and not _one_clause_with_a_deadline(sentence.text, sentence.start, items[index - 1], item):
        lo = max(lo, splits[index - 1])
    if (index < len(splits) and splits[index] > lo
            and not _one_clause_with_a_deadline(sentence.text, sentence.start, item, items[index + 1])):
        # (a split before where the item's words begin, "two days after| the premier called off the poll set for
        # March 3", leaves them whole)
        hi = min(hi, splits[index])
    return lo, hi


def _one_clause_with_a_deadline(text: str, offset: int, left: _Dated, right: _Dated) -> bool:
    """Whether two dates are of one clause, the second a "within" deadline ("The regulator said on Monday that
    banks must repay the fees within 30 days"): both keep the whole clause as their words, not a half each."""
    return right.within and not _CLAUSE_SPLIT.search(text, left.end - offset, right.start - offset)


_CLAUSE_SPLIT = re.compile(r";|,|\s(?:and|while|after|before|when|but|whereas)\s")
_PHRASE_SPLIT = re.compile(r"\s(?:over|for|following|about|against|with|ahead of|of|since)\s")


_SPACE = re.compile(r"\s")


def _split_point(text: str, left: int, right: int) -> int:
    """Where the words of one date end and the next date's begin: the last clause break between them, else the
    first preposition ("convicted three men | over the bombing ... on March 3"), else the space nearest halfway."""
    between = text[left:right]
    clause_breaks = [m for m in _CLAUSE_SPLIT.finditer(between)  # (not the comma of a figure: "1,200 homes")
                     if not (m.group(0) == "," and _THOUSANDS.match(between, max(0, m.start() - 1)))]
    # (not a comma or an "and" inside a list, "in Lyon, Lille and Nice", nor the commas around an aside with no verb,
    # "their next game, against Chile, is on")
    clause_breaks = [m for m in clause_breaks if not _inside_a_noun_phrase(between, m, clause_breaks)]
    if clause_breaks:
        # an "and" after a stronger break more often joins two nouns than two clauses ("..., after lawmakers had
        # approved taxes on transfers and fuel in a first reading the previous week"): the stronger break wins
        strong = [m for m in clause_breaks if m.group(0).strip() != "and"]
        return left + (strong or clause_breaks)[-1].start()
    if _AUXILIARY_OPENS.match(between) and _participle_subject_before(text, left):
        # "The fisherman detained on Sunday| was charged with smuggling on Tuesday": an auxiliary right after the
        # first date is the subject's verb; it and what follows are the other date's words, whatever preposition
        # comes later (without one the split falls there already, below)
        return left
    phrase = _PHRASE_SPLIT.search(between)
    opener = _clause_opener(between) if _SAID_BEFORE.search(text, max(0, left - 80), left) else None
    if opener is not None and (phrase is None or opener <= phrase.start()):
        # "said last week| that it would hold talks with rebels in June", "said on Monday| it will ... by May": what
        # was said, a clause with its own subject and verb opened before any preposition, is the other date's (the
        # saying is no news; an announcement is, and keeps the words of what it announced)
        return left + opener
    if phrase:
        # "A fund set up under the 1986 compact with the United States| ran dry in 2009": a preposition whose
        # object runs into a verb ends the noun phrase before the verb; the verb begins the other date's words
        verb = _verb_after_object(between, phrase)
        return left + (verb if verb is not None else phrase.start())
    if _LEAD_IN.match(between) or (_opens_with_finite_verb(between) and _in_a_relative_clause(text, left)):
        # "The officers who seized power in January have promised to hand power back by July": the first date
        # ends a clause about the subject; the verb after it begins the other date's words
        return left
    middle = len(between) // 2
    spaces = [m.start() for m in _SPACE.finditer(between)]
    if not spaces:
        return left + middle
    return left + min(spaces, key=lambda p: abs(p - middle))


_THOUSANDS = re.compile(r"\d,\d")
_AUXILIARY_OPENS = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\s+[a-z]")


def _participle_subject_before(text: str, left: int) -> bool:
    """Whether the date that ends at `left` closes a participle phrase about the subject of its clause ("The
    fisherman detained on Sunday"), no auxiliary or verb before the participle."""
    piece = text[max(0, left - 120) : left]
    found = _PARTICIPLE_SUBJECT.search(piece)
    if found is None:
        return False
    words = _LOWER_WORD.findall(found.group(0))
    return not any(w in _AUXILIARIES or w in _BE for w in words)


# a report's verb before a date, with no clause break after it: "the ministry said on Monday"
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells)\b[^,;:.]{0,50}$")
# a word that opens a reported clause with its own subject: "that" before a subject, or a subject pronoun
_CLAUSE_OPENER = re.compile(r"\s(?:that\s+(?P<subject>[a-z]+)|(?P<pronoun>it|he|she|they|we))\s+(?P<next>[a-z]+)\b")
_BOUND_WORDS = SIGNALS["bound"]
# prepositions whose phrase qualifies the noun before them (never a clause's conjunction): "a truce with two groups"
_NOUN_PREPOSITIONS = SIGNALS["noun_preposition"]
_PHRASE_WORD = re.compile(r"\s+([A-Za-z0-9][\w'’-]*)")


_LIST_REST = re.compile(r"\s+((?:[\w'’-]+\s+){0,3}?)(?:and|or)\s+[\w'’-]")
_LIST_BEFORE = re.compile(r",\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)$")


def _verbless(piece: str) -> bool:
    """Whether a piece holds words and no verb nor clause word ("the island's biggest employer", "against Chile")."""
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", piece) if word == word.lower()]
    return bool(piece.strip()) and not any(word in _BOUND_WORDS or _tensed_verb(word) or _plainly_verb(word)
                                           for word in words)


def _inside_a_noun_phrase(between: str, mark: re.Match[str], marks: list[re.Match[str]]) -> bool:
    """Whether a clause break between two dates is inside a noun phrase: a comma or the "and" of a list of nouns
    ("by road, rail and sea"), or a bare comma that opens or closes an aside with no verb between two commas
    ("Lima, the capital, ...")."""
    word = mark.group(0).strip()
    if word in ("and", "or"):
        before = _LIST_BEFORE.search(between, 0, mark.start())
        return before is not None and _verbless(before.group(1))
    if word != ",":
        return False
    listed = _LIST_REST.match(between, mark.end())
    if listed is not None and _verbless(listed.group(1)):
        return True
    commas: list[re.Match[str] | None] = [m for m in marks if m.group(0) == ","]
    commas.append(None)  # (the end of the piece: no comma after the last)
    at = commas.index(mark)
    nxt = commas[at + 1]
    if nxt is not None and _an_aside(between, mark, nxt, commas[at + 2]):
        return True  # the comma that opens the aside
    prev = commas[at - 1] if at > 0 else None
    return prev is not None and _an_aside(between, prev, mark, nxt)  # the comma that closes it


def _an_aside(between: str, opening: re.Match[str], closing: re.Match[str], after: re.Match[str] | None) -> bool:
    """Whether two commas hold an aside with no verb inside a clause that goes on after it: with the clause's verb
    ("their next game, against Chile, is on") or a phrase with no verb (", the capital, in 1997")."""
    if not _verbless(between[opening.end() : closing.start()]) or _opens_a_clause_word(between, closing):
        return False
    rest = between[closing.end() : after.start() if after is not None else len(between)]
    first = _FIRST_WORD.match(rest)
    return first is not None and (_tensed_verb(first.group(1))
                                  or (first.group(1) in _PREPOSITIONS and _verbless(rest)))


def _opens_a_clause_word(between: str, comma: re.Match[str]) -> bool:
    """Whether a conjunction follows a comma (", and the army ..."): a clause's break, never an aside's edge."""
    after = _FIRST_WORD.match(between, comma.end())
    return after is not None and after.group(1) in _BOUND_WORDS


def _tensed_verb(word: str) -> bool:
    """Whether a lower-case word can only be a clause's tensed verb: an auxiliary or modal ("was", "would"), or a
    simple past that is no participle ("ran", "began"; not "held", "awarded", which also follow a noun)."""
    if word in _MAIN_AUXILIARIES or word in _MODALS:
        return True
    if word.endswith("ed") or word in _PRESENT_TOO or not _past_form(word):
        return False
    from lemminflect import getInflection  # (as in _past_form)

    return not any(word in getInflection(lemma, "VBN") for lemma in lemmas(word))


def _clause_opener(between: str) -> int | None:
    """Where, between two dates, a reported clause with its own subject and tensed verb begins, written as "that"
    and a subject ("that the museum would ...", not the relative "that has been closed") or a subject pronoun
    right after the first date ("said on Monday it would ..."); None when there is none."""
    for opener in _CLAUSE_OPENER.finditer(between):
        if opener.group("pronoun") is not None:
            if between[: opener.start()].strip() or not _tensed_verb(opener.group("next")):
                continue
            return opener.start()
        subject = opener.group("subject")
        if subject in _BOUND_WORDS or _tensed_verb(subject):
            continue
        rest = between[opener.start("subject") :].lower().split()
        if any(_tensed_verb(word) for word in rest[:8]):
            return opener.start()
    return None


def _verb_after_object(between: str, phrase: re.Match[str]) -> int | None:
    """Where the tensed verb that follows a preposition's object begins ("with two of the groups| was extended"):
    the preposition and its object are of the noun before them; None when the object runs to the next date with no
    such verb, or a clause word or a comma comes first."""
    if phrase.group(0).strip() not in _NOUN_PREPOSITIONS:
        return None
    for count, word in enumerate(_PHRASE_WORD.finditer(between, phrase.end() - 1)):
        lower = word.group(1).lower()
        if count > 8 or lower in _BOUND_WORDS or "," in between[phrase.end() : word.start()]:
            return None
        if count > 0 and word.group(1) == lower and _tensed_verb(lower):
            return word.start()
        if count > 0 and word.group(1) == lower and _plainly_verb(lower):
            return None  # another verb form ("contracts awarded in"): not a plain noun phrase
    return None


_RELATIVE_VERB = re.compile(r"\s(?:that|who|which)\s+([a-z]+)\s")


def _in_a_relative_clause(text: str, position: int) -> bool:
    """Whether `position` (the end of a date) is inside a relative clause opened, with its verb, before the date
    in the same piece ("The strike that began in March| ended on Monday")."""
    begin = max(0, position - 100)
    cut = max(text.rfind(mark, begin, position) for mark in ",;:()")
    piece_start = cut + 1 if cut >= 0 else begin
    last = None
    for relative in _RELATIVE_VERB.finditer(text, piece_start, position):
        last = relative
    return last is not None and "VERB" in word_classes(last.group(1))


def _opens_with_finite_verb(piece: str) -> bool:
    """Whether a piece begins with a lower-case verb in a tensed form ("ended on Monday", "left three dead")."""
    first = _FIRST_WORD.match(piece)
    if first is None or first.group(1) in _PREPOSITIONS or first.group(1) in _FUNCTION_WORDS:
        return False
    return _plainly_verb(first.group(1)) or _past_form(first.group(1))


_POSSESSIVE = re.compile(r"^['’]s\b")
_APPOSITIVE_THEN_VERB = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+[^,;:()]{1,60}?,\s+(?=[a-z])")
_PAIRED_POSSESSIVE = re.compile(r"\s+(?:and|or)\s+(?:[\w-]+\s+)?[\w-]+['’]s\s+(?=[a-z])")
_OWNED_NOUN = re.compile(r"\s+[a-z0-9]")
_SPACES = re.compile(r"\s{2,}")


# "before November is out", "by the time the month is over": a deadline told as a clause; the date is its subject,
# and the whole time phrase goes with it (cutting the date alone left "promised a programme before is out")
_OWNER_BEFORE = re.compile(r"[a-z]['’]s\s+$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till|ere)\s+(?:the\s+time\s+)?$", re.IGNORECASE)
# (a name of its own: the dating code's _A_UNIT_IS_OUT, "before the month is out" as a deadline's expression, is
# another)
_DEADLINE_OUT = re.compile(r"\s+(?:is|was|are|were|has\s+ended|had\s+ended)\s+(?:out|over|up|through|done)\b|"
                           r"\s+(?:ends|ended|closes|closed|runs\s+out|ran\s+out)\b(?!\s+(?:with|in|on|at)\b)",
                           re.IGNORECASE)


def _strip_expression(segment: str, expr_start: int, expr_end: int) -> str:
    """The segment without the date expression and the preposition that introduces it ("on Thursday")."""
    head = segment[:expr_start]
    tail = segment[expr_end:]
    if (_OWNER_BEFORE.search(head, max(0, expr_start - 4)) and expr_end > expr_start
            and (_PREDICATE.match(tail.lstrip()) or _opens_with_finite_verb(tail)) and _repair()):
        # "when the moon's last quarter brings the smallest tides": the words owned are the verb's subject, no date
        # to cut out of the clause ("the moon's brings")
        return _SPACES.sub(" ", segment).strip()
    deadline = _DEADLINE_BEFORE.search(head, max(0, expr_start - 20)) if expr_end > expr_start else None
    out = _DEADLINE_OUT.match(tail) if deadline is not None else None
    if deadline is not None and out is not None and _repair():
        return _SPACES.sub(" ", head[: deadline.start()] + tail[out.end() :]).strip()
    if tail.startswith(("'s", "’s")):
        # "Last year's festival", "died in Sunday's crash": the date qualifies the noun, which keeps its
        # preposition and takes "the" for the date
        owned = _POSSESSIVE.sub("", tail)
        paired = _PAIRED_POSSESSIVE.match(owned)
        if paired:  # "Sunday's and Monday's rains": the noun is after the second date
            owned = owned[paired.end() :]
        elif not owned.strip() or (" " not in segment[expr_start:expr_end].strip() and not _OWNED_NOUN.match(owned)):
            # "Friday's" alone, "Friday's Restaurant": no noun the date qualifies, or a name after one word that
            # may be a name's too ("this year's Motor Show" is the show's date); the words as written
            return _SPACES.sub(" ", segment).strip()
        if head.strip().lower() in _PREPOSITIONS:  # "at this year's conference" alone: the conference
            head = ""
        return _SPACES.sub(" ", head + "the " + owned.lstrip()).strip()
    head_end = head.rstrip()
    space = head_end.rfind(" ")  # the word before the expression begins after the last space, if any
    word_before = head_end[space + 1 :].lower()
    if word_before in _PREPOSITIONS or (word_before in ("over", "throughout")
                                        # ("Heavy rain over the past three days flooded 200 homes")
                                        and _THE_PAST_DAYS.match(segment, expr_start) is not None):
        head = head_end[:space] + " " if space >= 0 else ""
        # "late on Monday", "early on Tuesday": the word of the time of day goes with the date's preposition
        before = head.rstrip()
        cut = before.rfind(" ")
        if before[cut + 1 :].lower() in ("late", "early") and before[: max(cut, 0)].strip():
            head = before[:cut] + " "
    return _SPACES.sub(" ", (head + tail)).strip()


_LEADING_FILLER = frozenset(
    "and but however while also so then later earlier afterwards meanwhile after before when as over of for about "
    # ("..., where work was halted on Tuesday": the clause after "where" has its own subject)
    "following against with where".split()
)


_LINK_WORDS = (r"from|over|in|on|at|by|to|for|since|until|till|of|during|through|and|or|with|as of|before|after|within"
               r"|around|towards|toward"  # ("expected traffic to recover around (the turn of the year)")
               # "declared three days of mourning starting (on Friday)": a word that only opened the date
               r"|starting|beginning|effective")
_TRAILING_LINK = re.compile(rf"(?:\s+(?:{_LINK_WORDS}))+$", re.IGNORECASE)
# what every match of _TRAILING_LINK ends with, looked for in the title's last characters only: the costly pattern
# (tried at every position of the title) runs only on the titles it can change
_ENDS_WITH_LINK = re.compile(rf"\s(?:{_LINK_WORDS})$", re.IGNORECASE)


_SPACE_BEFORE_STOP = re.compile(r"\s+([,;:.])")
# words a title does not end with: a determiner or a word opening a clause, its words cut off
_DANGLING = frozenset("every each the a an so that which who whose whom where while because if than".split())


# "until the season is over", "once the war was over": "over" after a form of "be" says a thing has ended, no
# preposition left hanging
_OVER_AS_DONE = re.compile(r"\b(?:is|are|was|were|be|been|is\s+all|was\s+all)\s+over$", re.IGNORECASE)


# a title opening with the end of the thing it tells: "At the close of a trial had started" (the date of the close
# is another item's)
_AT_THE_CLOSE_OF = re.compile(r"(?:at|on)\s+the\s+(?:close|end|conclusion)\s+of\s+(?=(?:a|an|the|its|their|his|her)\s+"
                              r"(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:began|begun|started|opened|broke\s+out)$)",
                              re.IGNORECASE)


# the words a title cut at TITLE_LIMIT does not end with: they lead into the words cut off
_CUT_BEFORE = frozenset(
    "the a an its their his her our this that these those of for to in on at by with from into about over and or but "
    "nor as than which who whose when where while after before since until during between against amid because "
    "although though if unless whether despite following including like via per".split())


def _without_cut_lead_in(title: str) -> str:
    """A title cut at TITLE_LIMIT without the words at the cut that only lead into the words cut off ("... to help
    enhance security for the…" -> "... to help enhance security…"); done once the title is typed (the typer reads
    the cut title with the rest of its clause, _uncut)."""
    if not title.endswith("…"):
        return title
    words = title[:-1].split(" ")
    while len(words) > 3 and words[-1].lower() in _CUT_BEFORE:
        words.pop()
    return " ".join(words).rstrip(" ,;:-–—") + "…"


def _tidy(title: str) -> str:
    title = title.strip(" ,;:.-–—\"'“”‘’()")
    if _SPACE_BEFORE_STOP.search(title):  # (sub with a template costs a call into the re module even with no match)
        title = _SPACE_BEFORE_STOP.sub(r"\1", title)
    for _ in range(2):  # "and later, ...": leading linking words say nothing of what happened
        space = title.find(" ")
        if (title if space < 0 else title[:space]).lower().strip(",") not in _LEADING_FILLER:
            break  # (the title is left as it is: a second look would find the same first word)
        title = title[space + 1 :].lstrip(" ,") if space >= 0 else ""
    title = title.strip(" ,;:.-–—\"'“”‘’()")
    close = _AT_THE_CLOSE_OF.match(title)
    if close is not None:  # "at the close of a trial had started": the trial had started
        title = title[close.end() :]
    # "... look at data over": a preposition left hanging where the date was cut out goes too
    if _ENDS_WITH_LINK.search(title, max(0, len(title) - 12)) and not _OVER_AS_DONE.search(title):
        title = _TRAILING_LINK.sub("", title)
    title = title.rstrip(" ,;:.-–—")
    words = title.split(" ")
    if len(words) > 2 and words[-1].lower() in _DANGLING and _repair():
        # "will stay open every (day ...)", "in a trial that (had opened ...)", "until the end of June so that": a
        # word that only leads into words cut off says nothing; it goes, with a preposition left before it
        while len(words) > 2 and words[-1].lower() in _DANGLING:
            words.pop()
        title = " ".join(words).rstrip(" ,;:.-–—")
        if _ENDS_WITH_LINK.search(title, max(0, len(title) - 12)) and not _OVER_AS_DONE.search(title):
            title = _TRAILING_LINK.sub("", title)
    if not title:
        return ""
    title = title[0].upper() + title[1:]
    if len(title) > TITLE_LIMIT:
        cut = title[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
        title = cut + "…"
    return title


_APPOSITIVE = re.compile(r"^(?:part of|which|who|whose|where|including|such as|a |an |one of)", re.IGNORECASE)
_PREDICATE = re.compile(
    r"^(?:will|would|has|have|had|is|are|was|were|be|been|can|could|should|may|might|must|did|does)\b",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_DATE_AS_MODIFIER = re.compile(
    # ("in the first ten days of June from the same period": a preposition after the date is no noun it qualifies)
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|since|until|than|was|were|is|are|has|have|had|will|would"
    r"|when|after|before)\b)"
    r"[a-z][a-z-]+(?:\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|since|until|than|was|were|is|are|has|have"
    r"|had|will|would|when)\b)"
    r"(?![a-z]+ed\b)[a-z][a-z-]+)?"
)
# words that open a clause or tell how often, never a noun a date qualifies: "until the end of June so that ..."
_NO_NOUN_AFTER = re.compile(r"\s+(?:so|as|because|while|if|unless|though|although|that|which|who|where|every|each|"
                            r"then|once)\b")
_RELATIVE_START = re.compile(r"^(?:who|which|whose)\s+", re.IGNORECASE)
_CONJUNCTION_OPENS = re.compile(r"\s*(?:and|but|or|yet)\b", re.IGNORECASE)
# a clause's subject and its verb: a capital word or a determiner, then an auxiliary or a past within three words
_A_SUBJECT_AND_VERB = re.compile(r"\s*(?:[A-Z][\w'’-]*|the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\b")
_SCHEDULED_OBJECT = re.compile(
    r"\b(?:called|set|scheduled|planned|announced|fixed|slated)\s+(?P<object>(?:a|an|the)\s+[^,;]{3,60}?)\s+for\s*$",
    re.IGNORECASE,
)


# "the poll set for March 3", "a vote planned for May": a thing planned for the date, named right before the
# participle (with a be or have between, "the vote was set for June 12", the participle is the clause's verb and the
# clause is the title as any other)
_PLANNED_OBJECT = re.compile(
    r"\b(?P<object>(?:a|an|the|its|their|his|her)(?:\s+(?!(?:is|are|was|were|be|been|being|has|have|had|will|"
    r"would|shall|should|may|might|must|can|could|now|still|also|already|not)\b)[a-z-]+){1,3}?)\s+"
    r"(?:set|planned|scheduled|slated|due|fixed|earmarked)\s+for\s*$", re.IGNORECASE)
_LEADING_THAT = re.compile(r"^that\s+")


def _without_report(segment: str) -> str:
    """A segment without a leading "X said (that)": "The organisers said the 1960s retrospective" -> the rest."""
    words = list(_WORD.finditer(segment))
    for k, word in enumerate(words):
        if word.group(0).lower() in _REPORTING:
            rest = segment[word.end() :].strip()
            rest = _LEADING_THAT.sub("", rest)
            return rest
        if k > 6:
            break
    return segment.strip()


def _segments(clause: str) -> list[tuple[int, int, str]]:
    """The clause cut at commas, semicolons, dashes, brackets and "that": (start, end, separator before it)."""
    pieces = []
    begin, separator = 0, ""
    for match in _SEGMENT_BREAK.finditer(clause):
        start, end = match.span()
        if start > begin:
            pieces.append((begin, start, separator))
        begin, separator = end, clause[start:end].strip()
    if len(clause) > begin:
        pieces.append((begin, len(clause), separator))
    return pieces


_FIRST_WORD = re.compile(r"\s*([a-z]+)\b")


def _opens_with_verb(piece: str) -> bool:
    """Whether a piece begins with a lower-case word that reads as a verb wherever it stands ("conceded defeat")."""
    first = _FIRST_WORD.match(piece)
    return first is not None and _plainly_verb(first.group(1))


_CUT_MARKS = re.compile(r"[,;:()]")
_INNER_BREAK = re.compile(r"[,;:()]|(?<=\s)that(?=\s)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))
_THE = re.compile(r"the\s", re.IGNORECASE)
# "(profit for) the year to March 31 (rose)": a span's own words, no date qualifying the noun after it
_A_YEAR_TO = re.compile(
    r"the\s+(?:[a-z]+\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|end(?:s|ed|ing)?|that|which)\b", re.IGNORECASE
)


_DATE_SUBJECT_VERB = re.compile(r"(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?=\S)")
_LAST_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those)\s", re.IGNORECASE)


_HEAD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on|about|over|against|between)\s+$")


def _last_noun_phrase(piece: str, of_too: bool = False) -> str:
    """The noun phrase a piece ends with: from its last determiner not after "of" ("She will sing at the festival"
    -> "the festival"; "the opening of the museum" whole from "the opening"), or after it too with `of_too`; the
    piece when it has none."""
    starts = [m.start() for m in _LAST_DETERMINER.finditer(piece)]
    for start in reversed(starts):
        if of_too or not piece[:start].rstrip().lower().endswith(" of"):
            # "resume talks on the boundaries of ...": a noun before "on" heads the phrase
            headed = _HEAD_BEFORE.search(piece, 0, start)
            if headed and "NOUN" in word_classes(headed.group(1)) and not headed.group(1).endswith("ed"):
                return piece[headed.start(1) :]
            return piece[start:]
    return piece


# "A storm that hit the coast on Monday left three dead": a noun phrase that opens the clause, a relative pronoun,
# the relative clause, then the clause's own verb; the date belongs to one of the two clauses, and the title is the
# noun phrase with that clause's words ("A storm hit the coast", "The strike ended")
_SUBJECT_RELATIVE = re.compile(
    r"(?P<subject>(?:[A-Za-z0-9][\w'’-]*\s+){0,5}?[A-Za-z0-9][\w'’-]*)(?P<comma>,)?\s+(?P<pronoun>that|who|which)\s+"
    r"(?=[a-z])"
)


def _subject_relative(clause: str, at: int = 0) -> re.Match[str] | None:
    """_SUBJECT_RELATIVE matched at `at`; tried only on a clause that holds one of its pronouns (most hold none)."""
    if "that" in clause or "who" in clause or "which" in clause:
        return _SUBJECT_RELATIVE.match(clause, at)
    return None


_SUBJECT_OPENER = frozenset("the a an its his her their this these those our".split())
_NOT_IN_A_SUBJECT = frozenset(
    "and or but while whereas after before when as if since until because so than of to in on at by for with from "
    "over into about against during".split()
)
_FUNCTION_WORDS = _NOT_IN_A_SUBJECT | _SUBJECT_OPENER | frozenset("not no also still then there it he she they".split())
_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
_MAIN_AUXILIARIES = frozenset("is are was were has have had will would could can may might must should".split())


@lru_cache(maxsize=65536)
def _past_form(word: str) -> bool:
    """Whether a lower-case word is a verb's simple past ("left", "hit", "began"), whatever else it may be (kept per
    word: lemminflect's getInflection builds its answer anew on every call)."""
    from lemminflect import getInflection  # (imported when first needed, as in timeline.lemmas)

    return any(word in getInflection(lemma, "VBD") for lemma in lemmas(word) if "VERB" in word_classes(word))


# a possessive date after these words qualifies a noun the clause's verb does not happen at: "survivors of last
# month's floods", "rallies ahead of Sunday's vote", "the council closed the beach after Tuesday's storm"
_NOUN_ONLY_BEFORE = re.compile(
    r"\b(?:of|after|before|since|following|amid|despite|over|about|against|from|for|until|into|toward|towards)\s+$",
    re.IGNORECASE,
)
_OWNER_MARK = re.compile(r"['’]s\s+")
_NOUN_PHRASE_END = frozenset("and or but that which who whose where when while as because than to by with".split())


def _owned_noun_title(clause: str, expr_start: int, expr_end: int) -> str | None:
    """The title of a possessive date ("last month's floods") after a word that leaves the clause's verb out of its
    time ("survivors of", "ahead of", "after"): the noun phrase the date qualifies, "the floods"; None otherwise."""
    owner = _OWNER_MARK.match(clause, expr_end)
    if owner is None or not _NOUN_ONLY_BEFORE.search(clause, max(0, expr_start - 12), expr_start):
        return None
    words: list[re.Match[str]] = []
    for word in _TOKEN.finditer(clause, owner.end()):
        text = word.group(0)
        between = clause[words[-1].end() : word.start()] if words else clause[owner.end() : word.start()]
        abbreviation = bool(words) and words[-1].group(0)[0].isupper() and len(words[-1].group(0)) <= 4
        if (_CUT_MARKS.search(between) or ("." in between and not abbreviation) or text.lower() in _NOUN_PHRASE_END
                or (words and (text in _AUXILIARIES or _plainly_verb(text)
                               # "the cost of last year's floods rose": the clause's verb, never the noun's
                               or (words[-1].group(0).lower() not in _FUNCTION_WORDS and _past_form(text))))
                or len(words) == 8):
            break
        words.append(word)
    # the phrase ends with its noun ("last year's fully diluted ..." has none before the figure)
    while words and (words[-1].group(0).lower() in _FUNCTION_WORDS | _PREPOSITIONS
                     or not (words[-1].group(0)[0].isupper() or "NOUN" in word_classes(words[-1].group(0)))):
        words.pop()
    if not words:
        return None
    title = _tidy("the " + clause[words[0].start() : words[-1].end()])
    return title if _two_words(title) else None


def _tells_what_was_said(piece: str) -> bool:
    """Whether a piece opens with a reporting verb and goes on with what was said ("said its plant would close"),
    not only who said it ("said on Monday")."""
    words = _WORD.findall(piece)
    return len(words) >= 4 and words[0].lower() in _REPORTING


def _relative_clause_end(clause: str, begin: int, end: int, expr_start: int, expr_end: int) -> int | None:
    """Where the clause's own verb begins after a relative clause that starts at `begin` (after its pronoun and its
    first verb), or None when none is found before `end`: the first finite verb not right after a determiner, a
    preposition or an auxiliary ("who had been held since 2019 was freed": "was"); a word that may be a verb right
    after the date is one when the date sits in the relative clause ("on Monday left three dead")."""
    words = list(_TOKEN.finditer(clause, begin, end))
    for k, word in enumerate(words[1:], 1):
        text = word.group(0)
        if not text[0].islower() or text in _FUNCTION_WORDS or text in _PREPOSITIONS:
            continue
        previous = words[k - 1].group(0).lower()
        if previous in _FUNCTION_WORDS or previous in _AUXILIARIES or previous in _PREPOSITIONS:
            continue
        if previous in _REPORTING:
            return None  # "who said on Monday that ...": what follows was said, no verb of the clause's own
        if text in _MAIN_AUXILIARIES or _plainly_verb(text) or _past_form(text):
            return word.start()
        if (k >= 2 and k + 1 < len(words) and words[k + 1].group(0) in _SUBJECT_OPENER and text.endswith("s")
                and _present_form(text)):
            # "who has scored 20 goals since January leads the table": a verb's -s form before its object
            return word.start()
        if (expr_start < expr_end <= word.start() and not clause[expr_end : word.start()].strip()
                and "VERB" in word_classes(text)):
            return word.start()
    return None


@lru_cache(maxsize=65536)
def _present_form(word: str) -> bool:
    """Whether a lower-case word is a verb's third-person present ("leads", "faces"), whatever else it may be (kept
    per word, as _past_form)."""
    from lemminflect import getInflection  # (imported when first needed, as in timeline.lemmas)

    return "VERB" in word_classes(word) and any(word in getInflection(lemma, "VBZ") for lemma in lemmas(word))


# "The drought that began in 2022 and the floods that followed ...": a second subject with a relative clause of
# its own; which verb is whose is not read
_SECOND_RELATIVE_SUBJECT = re.compile(
    r"\band\s+(?:the|a|an|its|his|her|their|this|these|those|our)\s+(?:[\w'’-]+\s+){0,3}?(?:that|who|which)\s",
    re.IGNORECASE,
)


def _title_past_a_relative(clause: str, expr_start: int, expr_end: int, main_undated: bool = False) -> str | None:
    """The title of a date in a clause that opens with "<noun phrase> that/who/which <verb> ... <verb> ...": the
    noun phrase with the words of the part the date is in; None when the clause has no such shape. With
    `main_undated` (no later date in the sentence), a date only in a restrictive relative clause dates the clause's
    own verb, the news."""
    opening = _subject_relative(clause, len(clause) - len(clause.lstrip()))
    if opening is None or opening.end() > expr_start:
        return None
    subject = opening.group("subject")
    words = subject.lower().split()
    first = subject.split()[0]
    if not (words[0] in _SUBJECT_OPENER or first[0].isupper() or first[0].isdigit()):
        return None
    if any(w in _NOT_IN_A_SUBJECT or w in _REPORTING or w in _AUXILIARIES
           or (k > 0 and words[k - 1] not in _SUBJECT_OPENER and (_plainly_verb(w) or _past_form(w)))
           for k, w in enumerate(words)):
        # "Police arrested a man who ...", "Heavy rain set off mudslides that ...": the relative tells of an
        # object, not of the subject (a verb's form right after a determiner is an adjective: "the armed men")
        return None
    verb = _WORD.match(clause, opening.end())
    if verb is None or "VERB" not in word_classes(verb.group(0)):
        return None  # "the plan that the council approved": the relative has a subject of its own
    second = _WORD.match(clause, verb.end() + 1)
    if second is not None and second.group(0).lower() in _REPORTING:
        return None  # "a man who police said was armed": "police" is the relative's own subject
    stop = _CUT_MARKS.search(clause, opening.end())
    limit = stop.start() if stop else len(clause)
    if opening.group("comma"):
        # "The storm, which killed 12 people on Friday, moved north on Saturday": the clause between the commas
        # tells of the subject; the verb after the second comma is the subject's own
        if stop is None or stop.group(0) != "," or not _opens_with_finite_verb(clause[stop.end() :]):
            return None
        main = stop.end()
        if expr_start >= main and _CUT_MARKS.search(clause, main, expr_start):
            return None  # the date is in a later piece than the verb's own ("said ..., up from seven a year ago")
    else:
        found = _relative_clause_end(clause, opening.end(), limit, expr_start, expr_end)
        if found is None and expr_start >= limit:
            return None
        main = limit if found is None else found
        if _SECOND_RELATIVE_SUBJECT.search(clause, opening.end(), main):
            return None
        if main_undated and found is not None and expr_end <= main:
            # "Protesters who gathered on Monday were dispersed with tear gas": the date is only in the relative
            # clause and the clause's own verb has no date of its own: that verb is the news; the relative clause
            # is cut out whole
            reduced = subject + " " + clause[main:]
            return make_title(reduced, len(subject) + 1, len(subject) + 1, relative_read=True)
    if expr_end <= main:  # the date is in the relative clause: its verb and what it acts on
        part, offset = clause[opening.end() : main], opening.end()
    elif expr_start >= main:  # the date is the clause's own: its verb and the rest
        part, offset = clause[main:], main
    else:
        return None
    reduced = subject + " " + part
    shift = len(subject) + 1 - offset
    return make_title(reduced, expr_start + shift, expr_end + shift, relative_read=True)


# "in the June to August dry season", "over the week to Sunday": a span the clause before happened in, not a noun's
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:in|over|during|throughout|across)\s+$", re.IGNORECASE)


_A_COUNT = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s",
                     re.IGNORECASE)
_SPEND_BEFORE = re.compile(r"\b(?:spend|spends|spent|spending)\s+$", re.IGNORECASE)


# the common irregular past participles, which open a phrase about a subject told before them as a regular one in
# -ed does ("The stadium, built by ...", "A camp, put up in August, ...", "shut since November")
# (_PARTICIPLE_PHRASE adds "overthrown", _MORE_ABOUT_A_SUBJECT "shut")
_IRREGULAR_PARTICIPLES = (r"built|grown|chosen|taken|given|held|made|known|shown|seen|written|driven|sold|told|found|"
                          r"brought|bought|caught|kept|sent|spent|paid|laid|struck|stolen|frozen|broken|spoken|beaten|"
                          r"born|sworn|drawn|thrown|flown|withdrawn|begun|fought|taught|sought|won|led|hit|cut|set|put|"
                          r"shot|hidden")


# "in January and February", "on Saturday and on Sunday": a date named beside the title's own by "and"/"or" is cut
# out with it (else "Shipments and February rose" is left); a month or weekday name, with its day and year if told
# ("May" too: these are matched case-sensitively after "and"/"or", where the modal is written small)
_DATE_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
              r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?")
# (a year after "and" only where it ends the phrase: "in 2002 and 2013, when", not "the 2015 and 2016 budgets")
_PAIRED_YEAR = r"(?:1[89]|20)\d\d(?=\s*[,.;:)]|\s*$|\s+(?:and|when|after|before|but)\b)"
_PAIRED_DATE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:(?:on|in)\s+)?(?:" + _DATE_NAME + r"\b|" + _PAIRED_YEAR + ")")
_PAIRED_DATE_BEFORE = re.compile(r"\b(?:" + _DATE_NAME + r"|(?:1[89]|20)\d\d)\s+(?:and|or)\s+(?:(?:on|in)\s+)?$")
# "A camp for 800 people, put up in August, is full": a participle with its particle opens a phrase about the
# subject told before it, as a bare one does ("set up", "shut down", "called off")
_PARTICIPLE_WITH_PARTICLE = re.compile(
    r"(?:(?:last|first|once|recently|newly|previously|already|originally)\s+)?"
    r"(?-i:[a-z]{2,}ed|built|set|put|cut|shut|laid|held|taken|brought|sold|sent|kept|drawn|thrown|torn|worn|shot)"
    r"\s+(?:up|down|off|out|back|over|aside|away)\s+(?:by|in|on|at|from|as|for|with|under|near|after|since|last)\b")


_INDEFINITE_SUBJECT = re.compile(r"(?:A|An)\s+(?!(?:\w+\s+)?of\b)")


# a subject told with a participle phrase before the date: "The fisherman detained (on Sunday)", "Two guards injured
# in the blast (in May)"; the phrase opens the sentence or a clause, and has no verb of its own before the participle
_PARTICIPLE_SUBJECT = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:and|but)\s+)(?:(?:the|a|an|two|three|four|five|six|some|several|many|\d+)\s+"
    r"|[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?(?-i:[a-z]{2,}ed|" + _IRREGULAR_PARTICIPLES + r")\s+"
    r"(?:by|in|on|at|from|near|after|during|last|early|late|this)\b[^,;:.!?]{0,60}$", re.IGNORECASE)


_LAST_PREPOSITION = re.compile(r".*\b(?:from|for|of|in|on|at|to|by|with|about|over|after|before|into)\s+", re.DOTALL)
_DATE_OWNER = re.compile(r"(?:(?:last|next|this)\s+)?" + _DATE_NAME + r"['’]s\s+|(?:last|next|this)\s+(?:year|"
                         r"week|month|season)['’]s\s+", re.IGNORECASE)


def _after_last_preposition(piece: str) -> str:
    """The words after a piece's last preposition, without a date that owns them ("from Saturday's presidential
    election" -> "presidential election"); "" when they are more than five words or the piece has no preposition."""
    found = _LAST_PREPOSITION.match(piece)
    if found is None:
        return ""
    rest = piece[found.end() :].strip()
    owner = _DATE_OWNER.match(rest)
    if owner is not None:
        rest = rest[owner.end() :]
    return rest if 0 < len(rest.split()) <= 5 else ""


def _without_trailing_report(text: str) -> str:
    """A sentence without who reported it at its end ("..., the office said"); as it is when that leaves too little or
    the report is a passive ("The first cases were reported")."""
    if not _REPORT_VERB.search(text) or _a_passive_report(text):
        return text
    cut = _TRAILING_REPORT.sub("", text.rstrip(" .")) if "," in text else text
    return cut if len(cut.split()) >= 3 else text


# a phrase about the subject told before it that _describes_subject does not take: a participle after a prefix or
# before a word of time ("re-elected last month", "shut since November", "sold mostly in Japan"), a post held ("in
# office since 2015", "in the post since May")
_MORE_ABOUT_A_SUBJECT = re.compile(
    r"(?:(?:last|first|once|recently|newly|previously|already|originally)\s+)?"
    r"(?-i:(?:(?:re|co|pre|un|over|under)-)[a-z]{2,}ed\b|(?:[a-z]{2,}ed|shut|" + _IRREGULAR_PARTICIPLES + r")"
    r"(?=\s+(?:since|until|last|this|earlier|again|twice|mostly|largely|only|first|jointly|partly)\b))"
    r"|in\s+(?:office|power|charge|post|the\s+post|the\s+job|the\s+role)\b", re.IGNORECASE)
# where the subject lies, told after it ("The volcano, 450 kilometres north of the capital, has been rumbling", "The
# village, some 20 miles from the border, was shelled"): a distance is no subject
_A_PLACE_ASIDE = re.compile(
    r"(?:(?:about|some|nearly|almost|roughly|around|just|only|more\s+than|less\s+than)\s+)?[\d,.]+\s*-?\s*"
    r"(?:kilometres|kilometers|km|miles|metres|meters)\s+(?:[a-z]+\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|"
    r"from|off|outside|inland|away|upstream|downstream|offshore|beyond|of)\b", re.IGNORECASE)
# an appositive noun phrase after the subject ("Tourist arrivals, the other main source of hard currency, climbed"):
# a determiner and words none of which is a verb's form
_A_PREPOSITION_ASIDE = re.compile(r"(?:in|at|near|under|outside|inside|off)\s+[\w'’-]", re.IGNORECASE)
_APPOSITIVE_PHRASE = re.compile(r"(?:the|a|an|its|their|his|her|home\s+to)\s", re.IGNORECASE)


def _about_a_subject(piece: str, k: int, relative_too: bool, noun_phrase: bool = True) -> bool:
    """Whether the k-th piece of a clause tells of a subject told before it (_describes_subject, or a phrase it does
    not take); with `noun_phrase`, a noun phrase too when it is not the clause's first piece."""
    piece = piece.strip()
    if k == 0 and _INDEFINITE_SUBJECT.match(piece):
        return False  # "A temporary bridge, put up in March, was washed away": the clause's first piece, its subject
    if (_describes_subject(piece, relative_too) or _MORE_ABOUT_A_SUBJECT.match(piece)
            or _PARTICIPLE_WITH_PARTICLE.match(piece) or (k > 0 and _A_PLACE_ASIDE.match(piece) and _repair())):
        return True
    if k > 0 and _A_PREPOSITION_ASIDE.match(piece) and _repair():
        # "A second mill, in Tampere, opens ...", "The bridge, under repair, will ...", "The vote, in which farmers
        # backed the plan, will ...": where or in what state the subject is, or a clause about it opened by a
        # preposition, is no subject of the verb after it (a phrase with a verb of its own, "in a deal that ...", is
        # left alone)
        words = _WORD.findall(piece)
        return (len(words) > 1 and words[1].lower() in ("which", "whom")) or (len(words) <= 6 and not any(
            w in _AUXILIARIES or (w.islower() and (_plainly_verb(w) or _past_form(w))) for w in words[1:]))
    if not noun_phrase or k == 0 or not _APPOSITIVE_PHRASE.match(piece):
        return False
    words = _WORD.findall(piece)
    return len(words) <= 10 and not any(
        w in _AUXILIARIES or (w.islower() and (_plainly_verb(w) or _past_form(w))) for w in words[1:])


_PREPOSITION_TO_DATE = re.compile(r"\s+(?:(?:on|in|at|from|until|by)\s+)?")


# where a clause after a date ends: a comma, semicolon or colon, or "and"/"but" before words of its own
_NEXT_CLAUSE = re.compile(r"\s*[,;:]|\s+(?:and|but)\s+", re.IGNORECASE)


def _paired_date_span(clause: str, expr_start: int, expr_end: int) -> tuple[int, int]:
    """The span of the date with a date named beside it by "and"/"or" ("January and February": both), so that the
    title leaves out both."""
    after = _PAIRED_DATE_AFTER.match(clause, expr_end)
    if after is not None:
        expr_end = after.end()
    before = _PAIRED_DATE_BEFORE.search(clause, max(0, expr_start - 40), expr_start)
    if before is not None:
        expr_start = before.start()
    return expr_start, expr_end


def make_title(clause: str, expr_start: int, expr_end: int, relative_read: bool = False,
               main_undated: bool = True) -> str:
    """A short phrase saying what happened: the part of the clause around the date, without the date itself.

    The clause is cut at commas, brackets and "that"; the piece holding the date is used. A piece that only says
    who reported it ("AFP reported on Thursday") gives way to what was reported; a piece that starts with its verb
    ("will be tightened in the coming weeks") takes its subject from the piece before.
    """
    the_next = _THE_NEXT.match(clause, expr_start) if 0 <= expr_start < expr_end <= len(clause) else None
    if the_next is not None and _SPEND_BEFORE.search(clause, max(0, expr_start - 16), expr_start):
        # "will spend the next three years rebuilding": the count is what is spent, kept ("will spend three years
        # rebuilding"), "the next" goes; with no count ("the next decade") the words stay whole
        if _A_COUNT.match(clause, the_next.end()):
            return make_title(clause[:expr_start] + clause[the_next.end() :], expr_start, expr_start, relative_read,
                              main_undated)
        return make_title(clause, expr_end, expr_end, relative_read, main_undated)
    if not relative_read and 0 <= expr_start <= expr_end <= len(clause):
        past_relative = _title_past_a_relative(clause, expr_start, expr_end, main_undated)
        if past_relative:
            return past_relative
        owned = _owned_noun_title(clause, expr_start, expr_end)
        if owned:
            return owned
    if 0 <= expr_start < expr_end <= len(clause):
        expr_start, expr_end = _paired_date_span(clause, expr_start, expr_end)
    # the date itself may hold a comma or "that" ("March 22, 2024", "April of that year"): it is never cut
    expression = clause[expr_start:expr_end]
    masked = (clause if 0 <= expr_start <= expr_end <= len(clause) and not _INNER_BREAK.search(expression)
              else clause[:expr_start] + _INNER_BREAK.sub(_blank, expression) + clause[expr_end:])
    if expression[:5].lower() == "that " and 0 <= expr_start and _repair():
        # "drew their border that year but ...": a date opening with "that" is no clause opened by "that"
        masked = masked[:expr_start] + "    " + masked[expr_start + 4 :]
    segments = _segments(masked)
    if not segments:
        return ""
    home = 0
    for k, (s, e, _) in enumerate(segments):
        if s <= expr_start < e or s < expr_end <= e:
            home = k
            break
    s, e, _ = segments[home]
    closed_relative = False
    if (home > 0 and segments[home][2] == "that" and s <= expr_start and expr_end < e
            and _opens_with_verb(clause[s:expr_start]) and _verb_follows(clause, expr_end)):
        # "A dry spell that lasted from May to August ruined the crop": the date closes the "that" clause and the
        # sentence's own verb follows; the date's event is the "that" clause, what follows is another
        e, closed_relative = expr_end, True
    own = _strip_expression(clause[s:e], max(0, expr_start - s), max(0, min(e, expr_end) - s))
    before = clause[s:max(s, expr_start)]
    # (the pattern ends with "for": tried only on a piece that does, as it is tried at every position)
    scheduled = _SCHEDULED_OBJECT.search(before) if before.rstrip()[-3:].lower() == "for" else None
    if scheduled:
        # "called a snap election for March 10": what happens on that date is the snap election
        return _tidy(scheduled.group("object"))
    planned = _PLANNED_OBJECT.search(before) if before.rstrip()[-3:].lower() == "for" else None
    if planned:
        # "called off the poll set for March 3", "postponed the vote planned for May": the date is the planned
        # thing's (whatever was done to it is told elsewhere or on its own date)
        return _tidy(planned.group("object"))
    # (matched in place from where clause[expr_end:] begins, the tail not copied)
    after = expr_end if expr_end >= 0 else max(0, len(clause) + expr_end)
    modified = _DATE_AS_MODIFIER.match(clause, after)
    if modified and _NO_NOUN_AFTER.match(clause, after) and _repair():
        modified = None  # ("open until the end of June so that visitors ...": a clause's opener is no noun)
    determiner = _DETERMINER_BEFORE.search(clause[:expr_start]) if modified else None
    if modified and (determiner or (_THE.match(expression) and not _A_YEAR_TO.match(expression)
                                    and not _THE_NEXT.match(expression)  # ("will serve the next two years as ...")
                                    and not _SPAN_PREPOSITION_BEFORE.search(clause, max(0, expr_start - 12),
                                                                            expr_start))):
        # "the 2015 attacks", "the 1960s retrospective": the noun the date qualifies is the event
        begin = determiner.start() if determiner else expr_start
        return _tidy(clause[begin : expr_end + modified.end() - after])
    relative = _RELATIVE_START.match(own)
    if relative and home > 0:
        # "Assefa, who won the same race last year": the relative pronoun stands for the phrase before it
        antecedent = _without_report(clause[segments[home - 1][0] : segments[home - 1][1]])
        if relative.group(0).lower().startswith("which"):
            # "She will sing at the city's festival, which runs ...": a thing, the last noun phrase before "which"
            antecedent = _last_noun_phrase(antecedent)
        elif len(antecedent) > 60:
            # "... took over from the founder's grandson, who had led the group": a person, the last noun phrase
            antecedent = _last_noun_phrase(antecedent, of_too=True)
        if len(antecedent) > 60:
            # "... counting ballots from Saturday's presidential election, which had been put off": no determiner
            # opens the phrase; the words after the last preposition name it
            antecedent = _after_last_preposition(antecedent)
        if antecedent and len(antecedent) <= 60:
            return _tidy(antecedent + " " + own[relative.end() :])
    if home > 0 and (_PARTICIPLE_START.match(own)
                     # ("..., opened in September, ...": the date left the participle alone; after a comma only)
                     or (segments[home][2] == "," and _PARTICIPLE_START.match(clause[s:e].lstrip()))
                     or _PARTICIPLE_WITH_PARTICLE.match(clause[s:e].lstrip())
                     or _MORE_ABOUT_A_SUBJECT.match(clause[s:e].lstrip())):
        # "The new stadium, approved by the council in March, ...": the phrase tells of the subject before it
        # (not the words after a "that" before it: "The group that built it, founded in 2011, ...")
        described = (_without_report(clause[segments[home - 1][0] : segments[home - 1][1]])
                     if segments[home - 1][2] != "that" else "")
        # (a clause's first piece opening with "a"/"an" is its subject, "A camp for 800 people, put up in August")
        if described and len(described) <= 60 and (not _describes_subject(described, relative_too=True)
                                                    or (home == 1 and _INDEFINITE_SUBJECT.match(described))):
            return _tidy(described + " " + own)
    if not clause[s:max(s, expr_start)].strip():
        # "Thursday marks two years since the storming", "Friday is the deadline for bids": the date is the
        # subject; what it is or marks is the event
        own = _DATE_SUBJECT_VERB.sub("", own.lstrip(), count=1)
    if (len(segments) > 1 and not _REPORTING.isdisjoint(map(str.lower, _WORD.findall(own)))
            and not _PREDICATE.match(own)):  # ("was confirmed on June 18": a passive, whose subject is before)
        reported = next((k for k in range(home + 1, len(segments)) if segments[k][2] == "that"), None)
        if len(own) >= 30:
            # a named speaker: "Polish Defense Minister X announced on X"; the reported content follows if room
            if reported is not None:
                own = own + " that " + clause[segments[reported][0] : segments[reported][1]]
        elif reported is not None:
            own = clause[segments[reported][0] : segments[reported][1]]
        elif not _tells_what_was_said(own):
            first = 0 if home != 0 else 1
            own = clause[segments[first][0] : segments[first][1]]
    elif _PREDICATE.match(own) or (home > 0 and (_opens_with_verb(own) or _opens_with_finite_verb(own))
                                   and _about_a_subject(clause[segments[home - 1][0] : segments[home - 1][1]],
                                                        home - 1, relative_too=True)):
        # "will be tightened ...", and a verb after a phrase about the subject ("The vice president, who ran for
        # the ruling party, conceded defeat"): the subject is the piece before, past any such phrase
        relative_too = not _PREDICATE.match(own)
        subject = next(
            (_without_report(clause[segments[k][0] : segments[k][1]]) for k in range(home - 1, -1, -1)
             if not _about_a_subject(clause[segments[k][0] : segments[k][1]], k, relative_too)),
            None,
        )
        if not subject and closed_relative:
            # "a dry spell that lasted ...": the phrase "that" stands for is the subject, whatever it opens with
            subject = _without_report(clause[segments[home - 1][0] : segments[home - 1][1]])
            subject = subject if len(subject) <= 60 else ""
        if subject:
            own = subject + " " + own
    elif ((len(own) < 25 or (len(own) <= 50 and _opens_with_finite_verb(own) and _repair()))
          # ("... in a gunfight that went on into the early hours": the verb's subject is the noun before "that",
          # whatever the verb's words)
          and home > 0 and segments[home][2] == "that"
          and len(clause[segments[home - 1][0] : segments[home - 1][1]]) > 40
          and _REPORTING.isdisjoint(map(str.lower, _WORD.findall(clause[: segments[home][0]])))):
        # "the arrests followed a months-long investigation that began in May": "that" stands for the noun before
        # it, what began (a short piece before is joined to it below: "repairs that began" -> "Repairs began")
        antecedent = clause[segments[home - 1][0] : segments[home - 1][1]].strip()
        if len(own) < 25:
            own = _object_of(antecedent) + " that " + own
        else:  # (a verb with words of its own: the noun phrase right before "that" is what did it, "a gunfight")
            starts = [m.start() for m in _LAST_DETERMINER.finditer(antecedent)
                      if not antecedent[: m.start()].rstrip().lower().endswith(" of")]
            own = (antecedent[starts[-1] :] if starts else _object_of(antecedent)) + " " + own
    elif len(own) < 25 and home > 0 and len(clause[segments[home - 1][0] : segments[home - 1][1]]) <= 40:
        # "Costa, in office since 2015, said ...": the short piece describes the name before it
        before_piece = clause[segments[home - 1][0] : segments[home - 1][1]].strip()
        if segments[home][2] == "that" and _GERUND.match(before_piece[:1].upper() + before_piece[1:]):
            # "ending a row that began in March": "that" stands for what the verb before acts on ("a row began")
            determiner = _DETERMINER_WORD.search(before_piece, before_piece.find(" ") + 1)
            before_piece = before_piece[determiner.start() if determiner else before_piece.find(" ") + 1 :]
        own = before_piece + " " + own
    elif len(own) < 25 and home + 1 < len(segments):
        nxt = clause[segments[home + 1][0] : segments[home + 1][1]]
        verb_at = next((k for k in range(home + 1, len(segments))
                        if not _about_a_subject(clause[segments[k][0] : segments[k][1]], k, relative_too=True)),
                       None)
        if (verb_at is not None and verb_at > home + 1 and len(_tidy(own).split()) >= 2
                and _opens_with_finite_verb(clause[segments[verb_at][0] : segments[verb_at][1]]) and _repair()):
            # "On Tuesday the mayor, a former judge, opened the new bridge": the subject's verb is after the words
            # about it
            nxt = clause[segments[verb_at][0] : segments[verb_at][1]]
        if not (own and _two_words(own) and _ends_with_report_verb(nxt.strip(" .,;"))) and not (
                # ("The bridge was closed in 2015, and ever since, ferries have ...": a clause with its verb keeps
                # to itself; the next opens with its conjunction)
                _CONJUNCTION_OPENS.match(nxt) and _A_SUBJECT_AND_VERB.match(own) and _repair()):
            # (", the ministry said" after "The road should reopen by Friday" tells who said it, not what happened)
            own = (own + " " + nxt).strip() if own else nxt
    opening = _FIRST_WORD.match(own)
    if home > 0 and opening is not None and opening.group(1) in _REPORTING:
        # "Jim Smith, the group's chairman, said it would ...": who said it is told before the reporting verb
        speaker = next((clause[segments[k][0] : segments[k][1]].strip() for k in range(home - 1, -1, -1)
                        # (a noun phrase between a name and "said" is the speaker too: "Ana Ruiz, the port's
                        # director, said" keeps "the port's director")
                        if not _about_a_subject(clause[segments[k][0] : segments[k][1]], k, relative_too=True,
                                                noun_phrase=False)), "")
        speaker_words = _WORD.findall(speaker)
        if len(speaker_words) >= 2 and len(speaker) <= 40 and _REPORTING.isdisjoint(map(str.lower, speaker_words)):
            own = speaker + " " + own.lstrip()
    return _tidy(own)


def _event_id(doc_id: str, first: date, last: date, char_start: int) -> str:
    digest = hashlib.sha1(f"{doc_id}|{first.isoformat()}|{last.isoformat()}|{char_start}".encode()).hexdigest()
    return digest[:12]


def _content_words(title: str) -> set[str]:
    return {w for w in map(str.lower, _WORD.findall(title)) if w not in _STOP and len(w) > 2}


def titles_agree(a: str, b: str) -> bool:
    """Whether two titles say the same thing: they share at least half of the smaller one's content words."""
    return _words_agree(a, _content_words(a), b, _content_words(b))


def _words_agree(a: str, wa: set[str], b: str, wb: set[str]) -> bool:
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return len(wa & wb) >= max(1, min(len(wa), len(wb)) / 2)


@dataclass(frozen=True)
class Analysis:
    """A document's events, with how many sentences and time expressions it has (for documents.json)."""

    events: tuple[Event, ...]
    sentences: int
    timexes: int


# "Thirty-five years ago today, the dam burst": a count of whole years back read to the very day (_TO_THE_DAY) opens
# a flash-back; the bare weekdays and month-days after it tell that past, not the news's days around it
def _flashback_reanchored(text: str, timexes: list[Timex], dct: date | None) -> list[Timex]:
    """"Thirty-five years ago today, the reactor blew up in the early hours of a Saturday, and the town was told the
    next afternoon to leave. ... Officials only admitted it on April 28" (told on April 26, 2021): an anniversary
    feature narrates the day of that year; its bare weekdays, month-days with no year written and the days counted on
    from them ("the next afternoon") are of the narrated year (April 26 to 28, 1986), not of the days around the
    news. The narrative ends at the first other date (a year written, "last year", "on Monday" read as the news's own
    day, a day read ahead of it as in "will gather on Saturday"): the text is back in the present."""
    if dct is None:
        return timexes
    out = list(timexes)
    k = 0
    while k < len(out):
        opener = out[k]
        k += 1
        told = _TO_THE_DAY.match(text, opener.end)
        if (opener.rule != "rel.ago" or opener.granularity is not Granularity.YEAR or told is None
                or opener.first_day is None or not _WRITTEN_YEAR.fullmatch(opener.value)):
            continue
        year = opener.first_day.year
        past = date(year, dct.month, min(dct.day, monthrange(year, dct.month)[1]))
        shift: timedelta | None = None
        while k < len(out):
            timex = out[k]
            if timex.start < told.end() or timex.type is TimexType.DURATION:
                k += 1
                continue
            day = timex.first_day
            if day is None or timex.last_day != day or (timex.anchor == "dct" and day > dct):
                break  # (a day read ahead of the news, "will gather on Saturday": the text is back in the present)
            if timex.anchor == "previous" and shift is not None:
                moved = day + shift
            elif timex.anchor == "dct" and timex.rule in ("rel.weekday", "rel.weekday_pod") and day != dct:
                moved = past + timedelta(days=(day.weekday() - past.weekday()) % 7)
            elif (timex.anchor == "dct" and timex.rule == "date.md"
                  and not _WRITTEN_YEAR.search(text, timex.start, timex.end)):
                try:
                    moved = day.replace(year=year)
                except ValueError:
                    break
            else:
                break
            shift = moved - day
            out[k] = replace(timex, first_day=moved, last_day=moved,
                             value=moved.isoformat() + timex.value[10:])
            k += 1
    return out


_THAT_SEASON = re.compile(r"(?:^|\s)that\s", re.IGNORECASE)
# "a forecast of an early spring", "hopes for a mild winter": a season after an indefinite article is a kind of season
_A_KIND_OF_SEASON = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _seasons_told_back(text: str, timexes: list[Timex], dct: date | None) -> list[Timex]:
    """"The bridge reopened on October 2, 2015, and the ferry had stopped running that spring": a season told with
    "that" points back at the last date its sentence told before it, and is of that date's year (a winter
    of that date's January or February is the winter before, as a winter is counted by its December), not the season
    the publication date gives. "The almanac predicted an early spring": a season after "a" or "an" is a kind of
    season, no date."""
    out: list[Timex] = []
    for timex in timexes:
        if timex.rule.startswith("date.season") and timex.value[-2:] in SEASONS:
            if _A_KIND_OF_SEASON.search(text, max(0, timex.start - 4), timex.start):
                continue
            if _THAT_SEASON.search(timex.text) and out and timex.anchor == "dct":
                back = out[-1]
                season = timex.value[-2:]
                lo = max(text.rfind(".", 0, back.start), 0)
                if (back.first_day is not None and back.granularity in _GRAINS_OF_A_YEAR
                        and "." not in text[back.end:timex.start].replace(".m.", "")
                        and not text[lo:back.start].count("\n")):
                    year = back.first_day.year - (season == "WI" and back.first_day.month <= 2)
                    value = f"{year:04d}-{season}"
                    span = interval_of(value, None)
                    if value != timex.value and span is not None:
                        timex = replace(timex, value=value, first_day=span[0], last_day=span[1], anchor="previous")
            south = _SOUTHERN_BEFORE.search(text, max(0, timex.start - 40), timex.start + _season_word_at(timex.text))
            if timex.anchor == "dct" and dct is not None and south is not None:
                timex = _the_southern_season(text, timex, dct)
                if south.start() < timex.start and _A_PREPOSITION_BEFORE.search(text, max(0, south.start() - 20),
                                                                                 south.start()):
                    # ("through the austral summer": the expression takes in its word, which the title then leaves
                    # out with it; a subject, "The southern winter brings ...", keeps its words in the title)
                    timex = replace(timex, start=south.start(), text=text[south.start():timex.end])
        out.append(timex)
    return out


# "the southern winter", "the southern hemisphere's summer", "the austral spring": a season of the south, months
# of the north's opposite season
_SOUTHERN_BEFORE = re.compile(r"\b(?:southern(?:[- ]hemisphere(?:['’]s)?)?|austral)\s+$", re.IGNORECASE)
_SEASON_WORD = re.compile(r"spring|summer|autumn|fall|winter", re.IGNORECASE)
_A_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|through|throughout|over|since|until|till|before|after|by)\s+(?:the\s+|this\s+|last\s+|next\s+)?$",
    re.IGNORECASE)


def _season_word_at(phrase: str) -> int:
    """Where the season's word begins in the expression ("the winter": 4)."""
    word = _SEASON_WORD.search(phrase)
    return 0 if word is None else word.start()


def _the_southern_season(text: str, timex: Timex, dct: date) -> Timex:
    """The southern season for the north's one the tagger read (its months are the opposite season's), on the same
    side of the publication date: a season ahead stays ahead (or under way), one past stays past (the north's season
    under way goes by the tense: "raged through the austral summer" told in July is the one past)."""
    number = int(timex.value[:4]) * 4 + SEASONS.index(timex.value[-2:])
    current = (dct.year - 1) * 4 + 3 if dct.month <= 2 else dct.year * 4 + (dct.month - 3) // 3
    if number < current or (number == current and sentence_tense(text, timex.start, timex.end) == "past"):
        south = max(n for n in (number - 2, number + 2) if n <= current)
    else:
        south = min(n for n in (number - 2, number + 2) if n >= current)
    value = f"{south // 4:04d}-{SEASONS[south % 4]}"
    span = interval_of(value, None)
    return timex if span is None else replace(timex, value=value, first_day=span[0], last_day=span[1])



_GRAINS_OF_A_YEAR = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR, Granularity.TIME})


def events_for_document(doc: Document, taxonomy: Taxonomy | None = None) -> list[Event]:
    """The events of one document, with their mentions; the same event told twice in it is one event."""
    return list(analyse_document(doc, taxonomy).events)


def analyse_document(doc: Document, taxonomy: Taxonomy | None = None) -> Analysis:
    """events_for_document, with the document's counts."""
    taxonomy = taxonomy or default_taxonomy()
    text = doc.text
    excluded = boilerplate_spans(text)
    sentences = split_sentences(text)
    timexes = list(tag(text, doc.published))
    if " ago " in text:  # (seldom: an anniversary's flash-back)
        timexes = _flashback_reanchored(text, timexes, doc.published)
    if "that " in text or "an " in text or "a " in text or "southern" in text or "austral" in text:
        timexes = _seasons_told_back(text, timexes, doc.published)
    if excluded:  # (most articles have no boilerplate: nothing to look up then)
        sentences = [s for s in sentences if not _inside(s.start, s.end, excluded)]
        timexes = [t for t in timexes if not _inside(t.start, t.end, excluded)]
    by_sentence: dict[int, list[Timex]] = {}
    starts = [s.start for s in sentences]
    for timex in timexes:
        index = bisect_right(starts, timex.start) - 1
        if index >= 0 and timex.start < sentences[index].end:
            by_sentence.setdefault(index, []).append(timex)
    dated_sentences = {i for i, ts in by_sentence.items() if any(t.first_day for t in ts)}
    drafts: list[_Draft] = []
    article = _Article(doc.title, [s.text for s in sentences], taxonomy)
    since_then = _sentences_since_then(text, sentences, starts, dated_sentences) if doc.published else []
    last_told: tuple[int, _Dated] | None = None  # the last date of the last dated sentence, and its index
    last_items: list[_Dated] = []  # all the dates of that sentence
    for index in sorted(set(chain(by_sentence, since_then))):  # the sentences with a time expression, in order
        if index in by_sentence:
            told_before = last_told[1] if last_told and last_told[0] == index - 1 else None
            earlier_told = last_items if last_told and last_told[0] == index - 1 else []
            items = dated_items(text, by_sentence[index], doc.published, told_before, by_sentence.get(index + 1, ()),
                                (sentences[index].start, sentences[index].end), earlier_told)
        else:
            items = []
        if not items and index in since_then:  # (a sentence whose only expressions date nothing: "a 64-year-old")
            items = (_since_then_items(text, sentences[index], drafts, doc.published)
                     or _since_the_event_items(text, sentences[index], drafts, doc.published))
        elif index in since_then:  # "will open a road on October 1, replacing one cut since the eruption"
            items = sorted(items + [since for since in _since_the_event_items(text, sentences[index], drafts,
                                                                              doc.published)
                                    if not any(o.start <= since.start < o.end for o in items)],
                           key=lambda o: o.start)
        if items and doc.published and "since" in sentences[index].text:
            items = sorted(items + _bare_since_items(text, sentences[index], items, doc.published),
                           key=lambda o: o.start)
        if len(items) > 1 and doc.published and "had " in sentences[index].text:
            items = _had_until_from_its_start(text, items, doc.published)
        if items and any(item.rule in _CLOCK_RULES or item.rule in _PARTS_OF_A_DAY or item.rule == "time.clock_24_line"
                         for item in items):
            items = [item for item in items if not _an_hour_of_a_day_told(text, sentences[index], item, drafts)
                     and not _a_part_of_a_day_told_before_it(text, item, items)
                     and not _a_live_stamp(text, sentences[index], item, items)
                     and not _an_hour_of_its_clause_day(text, item, items)
                     and not _a_past_hour_of_the_day_told(text, sentences[index], item, drafts, doc.published)]
        if not items:
            continue
        last_told, last_items = (index, items[-1]), items
        sentence = sentences[index]
        context = _context(text, sentences, index, dated_sentences)
        typer = _Typer(taxonomy, article, index)
        splits = _split_points(text, items) if len(items) > 1 else []
        for k in range(len(items)):
            drafts.extend(_drafts_for_item(doc, text, sentence, items, k, splits, context, typer))
    drafts = _join_year_labels(text, _join_forward_references(_counts_told_elsewhere(text, drafts)))
    if any(d.dated.into for d in drafts):  # (seldom)
        drafts = _going_on_from_the_day_before(drafts)
    if any(d.dated.since or d.dated.until or d.dated.counted_from_dct for d in drafts):
        # (seldom: the passes are skipped otherwise)
        drafts = _count_from_the_news(_begin_begun_states(_end_ended_states(drafts, doc.published), doc.published),
                                      text, doc.published)
        drafts = _past_perfect_to_the_lead(text, drafts, doc.published)
    if any((d.dated.granularity == "year" and (d.dated.rule == "rel.ago" or d.dated.counted_from_dct))
           or (d.dated.granularity == "month" and d.dated.rule == "rel.ago") for d in drafts):
        drafts = _years_back_told_finer(drafts)
    if any(d.dated.earlier and d.dated.granularity == "year" for d in drafts):
        drafts = _earlier_years_told_finer(text, drafts)
    if "began" in text or "opened" in text or "started" in text:
        drafts = _begun_processes_to_the_lead(text, drafts, doc.published)
    typings = [d.typed.typing() for d in drafts]
    events = sorted(map(partial(_to_event, doc), drafts, typings),
                    key=lambda e: (e.start, e.end, e.mentions[0].char_start))
    return Analysis(tuple(events), len(sentences), len(timexes))


def _an_hour_of_a_day_told(text: str, sentence: Sentence, item: _Dated, drafts: list[_Draft]) -> bool:
    """"A skier won the race on Sunday. ... About 15,000 skiers started at 8 a.m.": an hour (or a part of a day,
    "that evening", "overnight") with no day of its own
    (read on the publication day) on a day an earlier sentence of the story already dated as an event of its own is
    the hour of that day's story, no event of its own (a sentence opened by a new thing, "A second bomb went off at 4
    p.m.", still tells one)."""
    if not (item.rule in _CLOCK_RULES or item.rule in _PARTS_OF_A_DAY) or not item.plain:
        return False
    # "overnight" after a day's news is the night into the next day
    days = (item.first_day, item.first_day - timedelta(days=1)) if item.rule == "time.overnight" else (item.first_day,)
    return (item.first_day == item.last_day and _OPENED_BY_A_NEW_THING.match(text, sentence.start) is None
            and not _a_new_thing_after_an_opening_time(text, sentence, item)
            and any(d.sentence.start < sentence.start and d.dated.plain
                    and d.dated.first_day == d.dated.last_day and d.dated.first_day in days for d in drafts))


def _a_part_of_a_day_told_before_it(text: str, item: _Dated, items: list[_Dated]) -> bool:
    """"Gunmen stormed the hotel at 6 a.m. on Friday, and the siege ended that evening": a part of a day with no day
    of its own on the day an earlier date of its sentence told is that day's story again, no event of its own (a
    clause opened by a new thing, "..., and a second bomb went off that evening", still tells one)."""
    return (item.rule in _PARTS_OF_A_DAY and item.rule != "time.overnight" and item.plain
            and item.first_day == item.last_day
            and any(o.start < item.start and o.plain and o.first_day == o.last_day == item.first_day
                    and _A_NEW_THING_CLAUSE.search(text, o.end, item.start) is None for o in items))


# a live report's entry opened by the clock time it was posted at ("09:40 Ferries will sail again on Saturday"): a
# 24-hour time, then a capital
_LIVE_STAMP = re.compile(r"(?:[01]\d|2[0-3])[:.][0-5]\d\s+(?-i:[A-Z\"“])")


def _a_live_stamp(text: str, sentence: Sentence, item: _Dated, items: list[_Dated]) -> bool:
    """"09:40 Ferries to the island will sail again on Saturday": the clock time that opens a live report's entry
    (after a dateline, if any) tells when the entry was posted, not when what it tells happened; where the entry
    has a date of its own that date tells it, and the stamp is no event of its own (an entry with no other date is
    still the day's news)."""
    opening = _after_dateline(sentence, item.start)
    return ((item.rule in _CLOCK_RULES or item.rule == "time.clock_24_line") and len(items) > 1
            and item.start == opening + _run_at(_BLANKS, text, opening)
            and _LIVE_STAMP.match(text, item.start) is not None
            # ("11.05 The toll of Saturday's landslide rose to 12": a day that owns a noun dates no verb; the stamp
            # still tells when the rise was told)
            and any(other is not item and not text.startswith(("'s", "’s"), other.end) for other in items))


_BLANKS = re.compile(r"\s*")
# the words between a date and an hour after it that open a clause of a participle with no tensed verb of its own:
# ", crossing the line", ", reaching the port"
_A_PARTICIPLE_CLAUSE = re.compile(r"\s*,\s+(?:[a-z]+ly\s+)?[a-z]+ing\s(?P<rest>[^,;]*)$")


def _run_at(pattern: re.Pattern[str], text: str, at: int) -> int:
    """The length of what `pattern` (a run that may be empty: blanks, a comma and blanks) matches at `at`."""
    run = pattern.match(text, at)
    return 0 if run is None else run.end() - at


def _an_hour_of_its_clause_day(text: str, item: _Dated, items: list[_Dated]) -> bool:
    """"A crew won the race early this morning, reaching the harbour at 4:12 a.m.": an hour with no day of its own
    in a participle's clause after a date of its sentence on that same day is the hour of what that date told, no
    event of its own (", and a second boat reached the harbour at 6 a.m." is a new clause: an event)."""
    if item.rule not in _CLOCK_RULES or not item.plain or item.first_day != item.last_day:
        return False
    for other in items:
        if (other.end <= item.start and other.plain and other.first_day == other.last_day == item.first_day
                and other.rule not in _CLOCK_RULES):
            clause = _A_PARTICIPLE_CLAUSE.search(text, other.end, item.start)
            if clause is not None and not any(_tensed_verb(w) for w in _WORD.findall(clause.group("rest"))):
                return True
    return False


def _a_past_hour_of_the_day_told(text: str, sentence: Sentence, item: _Dated, drafts: list[_Draft],
                                 dct: date | None) -> bool:
    """"Rebels raided a village on Tuesday. ... Witnesses said they came at about 3 a.m." (told on Friday): an hour
    with no day of its own, read on the publication day, in a sentence told in the past after the story's last day
    told (one day before the publication day) is an hour of that day's story, no event of the publication day (a
    sentence opened by a new thing, "A second bomb went off at 4 p.m.", or told ahead, "will meet at 3 p.m.", keeps
    its own)."""
    if (dct is None or item.rule not in _CLOCK_RULES or not item.plain or item.first_day != dct
            or item.last_day != dct or not drafts):
        return False
    told = [d for d in drafts if d.sentence.start < sentence.start and d.dated.plain
            and d.dated.first_day == d.dated.last_day and d.dated.granularity == "day"]
    if not told or told[-1].dated.first_day >= dct or any(d.dated.first_day == dct for d in told):
        return False
    return (_OPENED_BY_A_NEW_THING.match(text, sentence.start) is None
            and not _a_new_thing_after_an_opening_time(text, sentence, item)
            and sentence_tense(text, item.start, item.end) == "past")


def _a_new_thing_after_an_opening_time(text: str, sentence: Sentence, item: _Dated) -> bool:
    """Whether the time opens its sentence (a word or two before it at most) and a new thing follows it: "That
    evening, a bomb exploded", "At 4 p.m. a second landslide buried the road", "Then in the evening, an earthquake"."""
    return (_A_FEW_OPENING_WORDS.fullmatch(text, sentence.start, item.start) is not None
            and _OPENED_BY_A_NEW_THING.match(text, item.end + _run_at(_COMMA_SPACE, text, item.end)) is not None)


_A_FEW_OPENING_WORDS = re.compile(r"(?:[A-Za-z]+\s+){0,3}")
_COMMA_SPACE = re.compile(r",?\s*")
_A_NEW_THING_CLAUSE = re.compile(r"[,;]\s*(?:and\s+|but\s+|while\s+)?(?:a|an|another)\s", re.IGNORECASE)


# a part of a day with no day of its own ("that evening", "in the evening", "after dusk", "overnight"): like an hour
# alone, the part of a day an earlier sentence already told ("Militants seized a hotel on Thursday. The standoff ended
# that evening"), no event of its own
_PARTS_OF_A_DAY = frozenset({"rel.that_pod", "rel.in_the_pod", "rel.at_dawn", "time.pod_alone", "time.overnight"})


def _earlier_years_told_finer(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """"the deadliest attack on the city since 2003 ... Bombs at its airport killed 38 people in March and April
    2003": the earlier event a superlative reaches back to is the one the story dates finer in that year elsewhere,
    told again: one event, the finer one (only when the year holds one such event: with two, which is meant is not
    told; a year that labels a noun, "since the 2022 floods", is left to the label's own reading)."""
    kept = []
    for draft in drafts:
        item = draft.dated
        if (item.earlier and item.granularity == "year" and _FOUR_DIGITS.fullmatch(text, item.start, item.end)
                and _A_WORD_AFTER.match(text, item.end) is None):
            finer = [d for d in drafts if d is not draft and d.sentence.start != draft.sentence.start and d.dated.plain
                     and d.dated.granularity in ("day", "month", "open")
                     and item.first_day <= d.dated.first_day <= d.dated.last_day <= item.last_day]
            if len(finer) == 1:
                finer[0].mentions.extend(draft.mentions)
                continue
        kept.append(draft)
    return kept


_A_WORD_AFTER = re.compile(r"\s+[a-z]")


def _years_back_told_finer(drafts: list[_Draft]) -> list[_Draft]:
    """"An altarpiece stolen 40 years ago was hung back on Friday. It was cut from its frame on Christmas Eve in
    1982": a year reached by a round count of years back from the news ("40 years ago", "five years after the
    blast") only tells roughly how long ago the thing was; when the sentence right before or after it dates a day or
    a month in that year, that is the thing told again with its own date: one event, the finer one."""
    starts = sorted({d.sentence.start for d in drafts})
    kept = []
    for draft in drafts:
        item = draft.dated
        # (and a month so reached: "a year ago" is that month a year back, "three months ago")
        if ((item.granularity == "year" and (item.rule == "rel.ago" or item.counted_from_dct))
                or (item.granularity == "month" and item.rule == "rel.ago" and item.plain)):
            at = starts.index(draft.sentence.start)
            near = {starts[k] for k in (at - 1, at + 1) if 0 <= k < len(starts)}
            finer = next((d for d in drafts if d.sentence.start in near and d.dated.plain
                          and d.dated.granularity in ("day", "month")
                          and item.first_day <= d.dated.first_day <= d.dated.last_day <= item.last_day), None)
            if finer is not None:
                finer.mentions.extend(draft.mentions)
                continue
        kept.append(draft)
    return kept


_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+", re.IGNORECASE)


def _had_until_from_its_start(text: str, items: list[_Dated], dct: date) -> list[_Dated]:
    """"A copy, painted in 1985, had filled the empty frame until Friday": a state told in the past perfect "until" a
    past date began at the date its own sentence told before it (the thing's making), not on the day it ended: one span
    from 1985 to that Friday (the earlier date keeps its own event)."""
    out = list(items)
    for k in range(1, len(out)):
        item, before = out[k], out[k - 1]
        if (item.plain and before.plain and item.last_day < dct and before.last_day < item.first_day
                and _word_before(text, item.start) in _UNTIL
                and _HAD_DONE.search(text, before.end, item.start) is not None):
            out[k] = item._replace(first_day=before.first_day, granularity="open",
                                   value=_span_value(before.first_day, item.last_day))
    return out


# how far back the day a thing "went on into" a day may be: an overnight fight, talks into a second or third day
_GOING_ON_REACH = timedelta(days=3)


def _going_on_from_the_day_before(drafts: list[_Draft]) -> list[_Draft]:
    """"Gunmen attacked a police post on Sunday evening. The gunfight went on into the early hours of Monday": what
    went on into a day was going on already, since the last day the story told just before it (earlier in its own
    sentence, or in the sentence before), when that day is a few days before at most: one span, Sunday to Monday, not
    an event on Monday alone. The day before keeps its own event (the attack)."""
    for k, draft in enumerate(drafts):
        item = draft.dated
        if not item.into:
            continue
        before = [d for d in drafts[:k] if d.sentence.start <= draft.sentence.start]
        if not before:
            continue
        latest = max(d.sentence.start for d in before)
        if latest < draft.sentence.start:  # the sentence just before (the last one with an event)
            before = [d for d in before if d.sentence.start == latest]
        else:
            before = [d for d in before if d.sentence.start == latest and d.dated.start < item.start]
        days = [d.dated.first_day for d in before if d.dated.plain and not d.dated.into
                and d.dated.first_day == d.dated.last_day
                and timedelta(0) < item.first_day - d.dated.first_day <= _GOING_ON_REACH]
        if days:
            day = days[-1]
            draft.dated = item._replace(first_day=day, granularity="open", value=_span_value(day, item.last_day))
    return drafts


# a negated past perfect before "since" in a state's clause: "had not raced since crashing", "had never played since"
_HAD_NOT_THEN_SINCE = re.compile(r"\bhad\s+(?:not|never)\s[^,;:.!?()—–\n]*\bsince\b", re.IGNORECASE)

# what tells, between a state of a thing not done and a later day, that the thing was done again on that day:
# "before it woke on", "until a hiker filmed one on", "but it did on" (not "and was dropped on")
_DONE_AGAIN = re.compile(r"\b(?:before|until|till|but|finally|ended|ending|broke|snapped)\b", re.IGNORECASE)

# talks or a quarrel told in the past perfect before "since": "mediators had held talks on the name since", "the two
# had quarrelled over the border since", "had negotiated since"
_HAD_TALKS_SINCE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:(?:held|conducted|led|pursued)\s+(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations)|"
    r"negotiated|quarrell?ed|feuded|wrangled|(?:been\s+)?(?:in\s+)?(?:talks|negotiations|dispute|at\s+odds))"
    r"\b[^,;:.!?()—–\n]*\bsince\b", re.IGNORECASE)
# a lead that tells talks or a quarrel settled: "signed an agreement", "reached a deal", "a ceasefire was agreed",
# "settled their dispute" (not any signing: "signed autographs", "signed the budget", "signed for the club")
_A_DEAL = r"(?:deal|agreement|accord|treaty|pact|settlement|truce|ceasefire|cease-fire|compromise|contract|fee|terms)s?"
_SETTLING = re.compile(
    r"\b(?:signed|sealed|struck|reached|clinched|agreed|concluded)\s+(?:[\w'’-]+\s+){0,3}?" + _A_DEAL + r"\b"
    r"|\b" + _A_DEAL + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:signed|sealed|struck|reached|clinched|agreed|concluded)\b"
    r"|\bsettled\s+(?:[\w'’-]+\s+){0,2}?(?:dispute|row|quarrel|feud|differences|case)\b", re.IGNORECASE)
# talks or a quarrel told as going on still after its state: "the two had feuded since 2016, and still do"
_STILL_GOING = re.compile(r"[^.;!?]*?\bstill\b|[^.;!?]*?,?\s+(?:and|but)\s+(?:they|it|these|those|the\s+two)\s+"
                          r"(?:still\s+)?(?:continue|go\s+on|persist|remain)", re.IGNORECASE)


def _past_perfect_to_the_lead(text: str, drafts: list[_Draft], dct: date | None) -> list[_Draft]:
    """"The Belgian won the race on Sunday, after four stages that began on Thursday ... He had not raced since
    crashing out of the Tour on March 31": a state of a thing not done, told in the past perfect, that no day of its
    own sentence ended, ran until the past the story tells, the first day its lead (the first sentence with an
    event) dates after the state's start (he raced again), not to the publication date. So are talks or a quarrel
    told in the past perfect ("mediators had held talks on the name since 1994") when the lead tells a deal signed,
    reached or agreed: the deal ended them. Only a lead day before the publication date; a state told in the lead
    itself is left as it was. (A state of a thing done, "had held the job
    since 2022", is left to the publication date: the story seldom tells what ended it.)"""
    if dct is None or not drafts:
        return drafts
    lead_at = min(d.sentence.start for d in drafts)
    lead_days = [d.dated.first_day for d in drafts if d.sentence.start == lead_at
                 and not (d.dated.since or d.dated.until or d.dated.forward or d.dated.counted_from_dct)]
    lead_text = next(d.sentence.text for d in drafts if d.sentence.start == lead_at)
    out = []
    for draft in drafts:
        told = draft.dated
        if told.since and told.last_day == dct:
            not_done = _HAD_NOT_THEN_SINCE.search(text, max(draft.sentence.start, told.start - 160), told.start)
            # "the volcano had not erupted since 1902 before it woke on Sunday": a day its own sentence tells after
            # the state, later than its start, is when the thing was done again
            own = [d.dated.first_day for d in drafts if d.sentence.start == draft.sentence.start
                   and d.dated.start >= told.end and told.first_day < d.dated.first_day < dct
                   and _DONE_AGAIN.search(text, told.end, d.dated.start) is not None
                   and not (d.dated.since or d.dated.until or d.dated.forward or d.dated.counted_from_dct)]
            if not_done is not None and own:
                draft = replace(draft, dated=_state_ended(told, min(own)))
            elif draft.sentence.start != lead_at:
                ends = [day for day in lead_days if told.first_day < day < dct]
                had = not_done or (
                    _HAD_TALKS_SINCE.search(text, max(draft.sentence.start, told.start - 160), told.start)
                    if _SETTLING.search(lead_text) and not _STILL_GOING.match(text, told.end) else None)
                if ends and had is not None:
                    draft = replace(draft, dated=_state_ended(told, min(ends)))
        out.append(draft)
    return out


# talks that open their sentence as the subject of "began", "opened" or "started", dated right after the verb:
# "Negotiations began in May 2021 and took eight rounds"; a trial or a hearing only with its length told after the
# date ("The hearing opened in March and sat for 30 days"): one told as opened and what it heard ("opened in March and
# heard 30 witnesses") is the opening only, as the earlier sets read it
_A_PROCESS_BEGAN = re.compile(
    r"(?:(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2})?(?P<noun>talks|negotiations|trial|hearings?|inquiry|"
    r"inquest)\s+(?:had\s+)?(?:began|opened|started)\s+(?:in|on)\s+$", re.IGNORECASE)
# (the days it sat, spread over the months to the verdict; not "lasted three weeks", a length that ends it early)
_AND_ITS_LENGTH = re.compile(r"\s+and\s+sat\s+(?:for\s+)?(?:\d+|[a-z]+)\s+(?:days|weeks|months)\b", re.IGNORECASE)
# a length that ends the process early ("began in February and lasted for 12 weeks"): not run to the lead's day
_AND_A_LENGTH_THAT_ENDS = re.compile(r"\s+and\s+(?:lasted|ran|went\s+on)\s+(?:for\s+)?(?:\d+|[a-z]+)\s+"
                                     r"(?:days|weeks|months)\b", re.IGNORECASE)
# what the clause after the date tells may not be the process's own end ("and ended in March", "but collapsed")
_AND_ITS_END = re.compile(r"\s+(?:and|but)\s+(?:then\s+)?(?:ended|closed|finished|concluded|collapsed|broke\s+down|"
                          r"stalled|was\s+(?:halted|suspended|adjourned|abandoned))\b", re.IGNORECASE)

# what the process did over a length after its opening: "opened on October 4 and heard 30 witnesses over six weeks"
_AND_SPREAD_OVER = re.compile(
    r"\s+and\s+(?:heard|took|examined|questioned|called|saw|sat)\s+(?:[\w'’,-]+\s+){0,5}?(?:over|across|during|"
    r"in|for)\s+(?P<n>\d+|[a-z]+)\s+(?P<unit>days|weeks|months)\b", re.IGNORECASE)
_SPREAD_COUNTS = {word: n for n, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)}


def _spread_to_a_lead_day(text: str, told: _Dated, lead_days: list[date]) -> bool:
    """Whether a trial or a hearing told as opened and doing its work "over five weeks" from its opening reaches the
    day its lead tells (the verdict), within ten days: then it ran to that day. A length that falls well
    short of the lead's day ends it early (left as the opening alone)."""
    spread = _AND_SPREAD_OVER.match(text, told.end)
    if spread is None:
        return False
    word = spread.group("n").lower()
    n = int(word) if word.isdigit() else _SPREAD_COUNTS.get(word, 0)
    days = n * {"days": 1, "weeks": 7, "months": 30}[spread.group("unit").lower()]
    # (an opening told by its month reaches anywhere from its first day's count to its last day's)
    earliest, latest = told.first_day + timedelta(days=days - 10), told.last_day + timedelta(days=days + 10)
    return 0 < days and any(earliest <= day <= latest for day in lead_days)


def _begun_processes_to_the_lead(text: str, drafts: list[_Draft], dct: date | None) -> list[_Draft]:
    """"A court convicted him on Wednesday ... His trial opened in January and sat for 41 days": talks, or a trial or
    a hearing with its length told, told as begun on a date in a sentence of their own, with no end told, ran until
    the story's news, the first day its lead (the first sentence with an event) dates after that beginning (the
    verdict, the agreement), or to the publication date when the lead dates none: one span, not the month of the
    opening alone (as "a trial that opened in January" does within the lead's own sentence). A beginning more than
    three years back is history."""
    if dct is None or len(drafts) < 2:
        return drafts
    lead_at = min(d.sentence.start for d in drafts)
    lead_days = [d.dated.first_day for d in drafts if d.sentence.start == lead_at and d.dated.plain
                 and d.dated.first_day == d.dated.last_day]
    out = []
    for draft in drafts:
        told = draft.dated
        if (draft.sentence.start != lead_at and told.plain and told.granularity in ("day", "month")
                and told.last_day < dct and (dct - told.first_day).days <= 3 * 366
                and (lo := max(draft.sentence.start, told.start - 80)) >= 0
                and (begun := _A_PROCESS_BEGAN.search(text, lo, told.start)) is not None
                and (begun.start() == draft.sentence.start
                     or not text[draft.sentence.start : begun.start()].strip())
                and _AND_ITS_END.match(text, told.end) is None
                and _AND_A_LENGTH_THAT_ENDS.match(text, told.end) is None
                and (begun.group("noun").lower() in ("talks", "negotiations")
                     or _AND_ITS_LENGTH.match(text, told.end) is not None
                     or _spread_to_a_lead_day(text, told, lead_days))
                and sum(1 for d in drafts if d.sentence.start == draft.sentence.start) == 1):
            ends = [day for day in lead_days if told.last_day < day <= dct]
            last = min(ends) if ends else dct
            draft = replace(draft, dated=told._replace(last_day=last, granularity="open",
                                                       value=_span_value(told.first_day, last)))
        out.append(draft)
    return out


# a count set off by a comma after the date it is counted back from: "closed the port on May 9, four days after";
# one that opens its clause counts ahead to what the clause tells ("Two months after the sale, its founder quit")
_SET_BESIDE_A_DATE = re.compile(r",\s+(?:(?:nearly|almost|about|some|roughly|around|just|only|exactly|barely|"
                                r"more\s+than|less\s+than)\s+)?$", re.IGNORECASE)


def _counts_told_elsewhere(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """"The border closed on February 22, three days after the links were cut": the day counted back is that of an
    event the article dates in another sentence ("The links have been shut since February 19, when ..."), told
    again by a count, not a second event of that day; so is a month counted back ("nearly three months after it cut
    them") that holds such a day. Only a count right before "after" or "before", dating the clause after it."""
    out = []
    for draft in drafts:
        told = draft.dated
        if (told.rule.startswith("dur.") and told.plain and told.granularity in ("day", "month")
                and _AFTER_BEFORE.match(text, told.end) is not None
                and _SET_BESIDE_A_DATE.search(text, max(0, told.start - 20), told.start) is not None
                and any(other.sentence.start != draft.sentence.start
                        and other.dated.first_day == other.dated.last_day
                        and not (other.dated.forward or other.dated.counted_from_dct)
                        and told.first_day <= other.dated.first_day and other.dated.last_day <= told.last_day
                        for other in drafts)):
            continue
        out.append(draft)
    return out


_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.IGNORECASE)


def _sentences_since_then(
    text: str, sentences: list[Sentence], starts: list[int], dated: Iterable[int]
) -> list[int]:
    """The sentences without a date of their own that tell a state "since then" or "since the collapse" (seldom:
    found by one search; `starts`: the sentences' start offsets)."""
    found: list[int] = []
    if "then" not in text.lower() and not any(since in text for since in _SINCE_A_THING):
        return found  # (no "then" in most articles: the case-blind pattern is not run over the whole text)
    for match in chain(_SINCE_THEN.finditer(text), _SINCE_THE_EVENT.finditer(text)):
        index = bisect_right(starts, match.start()) - 1
        if (index > 0 and (index not in dated or match.re is _SINCE_THE_EVENT) and match.start() < sentences[index].end
                and index not in found):
            found.append(index)
    return found


# "has been missing since the collapse", "have searched villages since the bombing": a state since an event the
# article has told, named by one noun that ends the phrase (a noun with a date or more words after it is dated there)
_SINCE_A_THING = ("ince the", "ince his", "ince her", "ince their", "ince its")  # ("since"/"Since" + the words below)
_SINCE_THE_EVENT = re.compile(r"\b[Ss]ince\s+(?:the|his|her|their|its)\s+([a-z]{4,})(?=\s*[.,;]|\s+(?:and|but)\s)")
_PERFECT_AUX = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


def _since_the_event_items(text: str, sentence: Sentence, drafts: list[_Draft], dct: date | None) -> list[_Dated]:
    """"A glacier collapsed on Wednesday ... A shepherd has been missing since the collapse": a state from the day
    of the event the noun names (the nearest event told before whose title has a word of the noun's lemma: the
    bombing of "a bomb killed two", the collapse of "the glacier collapsed") to the publication date. Only in a
    sentence whose verb before "since" is a perfect ("has been missing"), or after "since the ..." that opens the
    sentence ("Since the flood, two men have been missing"), and not a superlative's "since"."""
    match = _SINCE_THE_EVENT.search(text, sentence.start, sentence.end)
    if match is None or dct is None:
        return []
    if text[sentence.start : match.start()].strip():
        perfect = _PERFECT_AUX.search(text, sentence.start, match.start())
    else:  # "Since the collapse, a shepherd has been missing": the perfect in the clause after the phrase
        split = _CLAUSE_SPLIT.search(text, match.end() + 1, sentence.end)
        perfect = _PERFECT_AUX.search(text, match.end(), split.start() if split else sentence.end)
    if perfect is None or _since_tells_earlier(text, match.start()):
        return []
    named = [d for d in drafts if d.sentence.start < sentence.start and d.dated.plain
             and d.dated.first_day <= dct and _names_the_event(match.group(1), d.title)]
    if not named:
        return []
    told = max(named, key=lambda d: d.sentence.start).dated
    value = f"{told.first_day.isoformat()}/{dct.isoformat()}"
    return [_Dated(match.start(), match.end(), told.first_day, dct, "open", value, told.approximate, "since_event",
                   since=True)]


# "since" with nothing after it, ending its clause: "broke away in 1992, and troops have been stationed there since"
# (not a question: "what has she done since?")
# (or before who said so: "and has continued since, the UN said")
_BARE_SINCE = re.compile(r"\b(?:ever\s+)?since(?:\s+then)?(?=\s*(?:[.;!\"”’)]|$|,\s+(?:[\w.'’-]+\s+){1,5}?"
                         r"(?:said|says|reported|added)\s*[.;!\"”’)]))", re.IGNORECASE)
# the clause of the state, joined to the date's by "and": ", and troops have been", " and has lain"
_AND_THEN_PERFECT = re.compile(r",?\s+and\s+(?:[\w'’-]+\s+){0,4}?(?:has|have|had)\b[^,;:.!?()—–]*$", re.IGNORECASE)
# an adverb of a rare or a last time: "has rarely been that high since", "have barely spoken since" (no state)
# or of none at all: "no cases have been reported since", "has not reopened since" (no state)
_SELDOM = re.compile(r"\b(?:rarely|barely|hardly|seldom|scarcely|never|no|not|none|nothing|nobody|no\s+one)\b|n['’]t\b",
                     re.IGNORECASE)


def _bare_since_items(text: str, sentence: Sentence, items: list[_Dated], dct: date) -> list[_Dated]:
    """"The region broke away in a war in 1992, and troops have been stationed there since": a state from the date
    the sentence told right before the bare "since" to the publication date, when the state's clause is a perfect
    joined to that date's by "and" ("has been", "have stayed"); no state from a date after the publication date or
    from a state, in a question, or after a negated or a seldom verb ("has not run since", "has rarely been that
    high since": the date's event only)."""
    match = _BARE_SINCE.search(text, sentence.start, sentence.end)
    if match is None or text[sentence.start : sentence.end].rstrip(" \"”’)").endswith("?"):
        return []
    told = [item for item in items if item.end <= match.start()]
    if not told or not told[-1].plain or told[-1].first_day > dct:
        return []
    item = told[-1]
    if (_AND_THEN_PERFECT.fullmatch(text, item.end, match.start()) is None
            or _SELDOM.search(text, item.end, match.start()) or _since_tells_earlier(text, match.start())):
        return []  # ("... in May and has not reopened since": May's is the event, no state)
    value = f"{item.first_day.isoformat()}/{dct.isoformat()}"
    return [_Dated(match.start(), match.end(), item.first_day, dct, "open", value, item.approximate, "since_then",
                   since=True)]


def _since_then_items(text: str, sentence: Sentence, drafts: list[_Draft], dct: date | None) -> list[_Dated]:
    """"The protests began on June 16 ... At least nine people have been killed since then": a state from the
    event just told (the latest in time of the nearest sentence before with one: "closed in 2015 and reopened in
    2020. Since then ..." runs from 2020; "broke down in March, after a row last year" from March) to the
    publication date, if that event is no state and not after the publication date."""
    match = _SINCE_THEN.search(text, sentence.start, sentence.end)
    before = [d for d in drafts if d.sentence.start < sentence.start]
    if match is None or dct is None or not before or _since_tells_earlier(text, match.start()):
        return []  # ("has not been rebuilt since then": the event just told, the last time, is the news)
    last_sentence = max(d.sentence.start for d in before)
    told = max((d for d in before if d.sentence.start == last_sentence),
               key=lambda d: (d.dated.first_day, d.dated.start)).dated
    if told.first_day > dct or told.since or told.until:
        return []
    value = f"{told.first_day.isoformat()}/{dct.isoformat()}"
    return [_Dated(match.start(), match.end(), told.first_day, dct, "open", value, told.approximate, "since_then",
                   since=True)]


def _context(text: str, sentences: list[Sentence], index: int, dated: set[int]) -> str:
    """The next sentence, when it goes on in the same paragraph without a date of its own."""
    if index + 1 >= len(sentences) or index + 1 in dated:
        return ""
    nxt = sentences[index + 1]
    if "\n" in text[sentences[index].end : nxt.start]:
        return ""  # another paragraph
    return nxt.text


_REPORT_WORDS = ("said", "says", "reported", "told", "announced", "added", "stated")
_REPORT_VERBS = rf"(?:{'|'.join(_REPORT_WORDS)})\b"
# a report's verbs when the report is all a clause says, and figures that "showed" something are a report too
_DATE_REPORT_VERBS = rf"(?:{'|'.join(_REPORT_WORDS + ('showed', 'shows'))})\b"
_REPORT_CLAUSE = re.compile(r"[\s,;]*(?:[A-Z][\w.'-]*\s+){0,4}[\w.'-]*\s*" + _DATE_REPORT_VERBS + r"[\s.,;]*",
                            re.IGNORECASE)


_LAST_REPORT_VERB = re.compile(_DATE_REPORT_VERBS + r"\Z", re.IGNORECASE)
# where a report was said, right after its verb: "said in its yearly report", "told in a statement"
_IN_A_REPORT = re.compile(r"\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|review|"
                          r"survey|bulletin|update|letter|note|speech|interview)(?=[\s.,;]*\Z)", re.IGNORECASE)


def _without_report_medium(rest: str) -> str:
    """A report's clause without where it was said at its end ("the ministry said in its yearly report" is "the
    ministry said"), so that it reads as a report as "the ministry said" does."""
    return _IN_A_REPORT.sub("", rest, count=1) if "in " in rest else rest
_REPORT_VERB_WORD = re.compile(r"\b" + _DATE_REPORT_VERBS, re.IGNORECASE)


def _trailing_report(text: str, sentence: Sentence, item: _Dated) -> bool:
    """Whether a sentence's only date sits in the report that ends it, after a comma, with the news before it ("...,
    a local official said on Tuesday.", "..., figures showed last week."): the date of the report. An announcement is
    news of its own ("..., the company announced on Monday") and stays an event."""
    comma = text.rfind(",", sentence.start, item.start)
    if comma < 0 or text.count(" ", sentence.start, comma) < 2 or not _REPORT_VERB_WORD.search(text, comma,
                                                                                               sentence.end):
        return False
    rest = _without_report_medium(_strip_expression(text[comma : sentence.end], item.start - comma,
                                                    item.end - comma))
    return (_ends_with_report_verb(rest) and _REPORT_CLAUSE.fullmatch(rest) is not None
            and "announced" not in rest.lower())


def _ends_with_report_verb(text: str) -> bool:
    """Whether `text` ends with a reporting verb once the spaces, stops, commas and semicolons after it are left out
    (what every match of _REPORT_CLAUSE ends with)."""
    end = text
    while True:
        stripped = end.rstrip().rstrip(".,;")
        if stripped == end:
            break
        end = stripped
    return _LAST_REPORT_VERB.search(end, max(0, len(end) - 12)) is not None


# a participle that opens a phrase about the subject told before it: "the stadium, approved by the council in March,"
# (a regular participle, or one of the common irregular ones: a mere ending would take "women", "seven", "town")
_PARTICIPLE_PHRASE = (
    r"(?-i:[a-z]{2,}ed|overthrown|" + _IRREGULAR_PARTICIPLES + r")"
    r"(?=\s+(?:by|in|on|at|from|as|for|with|under|near|after)\b)"
)
_LEAD_IN = re.compile(
    r"[\s,;]*(?P<word>which|who|will|would|has|have|had|is|are|was|were|" + _PARTICIPLE_PHRASE + r")\b",
    re.IGNORECASE,
)
# (after an adverb of time: "Elections, last held in 2014, are due")
_PARTICIPLE_START = re.compile(r"(?:(?:last|first|once|recently|newly|previously|already|originally)\s+)?"
                               + _PARTICIPLE_PHRASE)
_ABOUT_SUBJECT = re.compile(r"\s(?:who|which|that|whose)\s|\s" + _PARTICIPLE_PHRASE)


def _describes_subject(piece: str, relative_too: bool = False) -> bool:
    """Whether a piece of a sentence describes a subject told before it rather than being one: an appositive ("one
    of ...", "including ...") or a participle phrase ("The vaccine, made by a firm in Pune, was approved"), and with
    `relative_too` a relative clause ("who ...")."""
    piece = piece.strip()
    return bool(_APPOSITIVE.match(piece) or _PARTICIPLE_START.match(piece)
                or (relative_too and _RELATIVE_START.match(piece)))


# a title whose words all took their keyword's default sense is typed from its clause or sentence when there the words
# that no sense rule read give less than this share of the scores
UNREAD_SHARE = 0.5
LEAD_SENTENCES = 4  # news says what a story is about in its headline and first paragraphs


class _Article:
    """What an article is about, for typing its clauses: the evidence of its headline and lead sentences (the
    prior), and of any sentence that names a given thing, each sentence read once and only when needed."""

    def __init__(self, title: str, sentences: list[str], taxonomy: Taxonomy) -> None:
        self.title = title
        self.sentences = sentences
        self.taxonomy = taxonomy
        self._evidence: dict[int, dict[str, float]] = {}
        self._lead: ArticleEvidence | None = None
        self._whole_lead: dict[str, float] | None = None  # the prior of every sentence after the lead
        self._lead_priors: dict[int, dict[str, float]] = {}
        self._lead_offset = 1 if title else 0  # the headline comes first in the lead
        self._read: dict[str, ReadText] = {}
        self.learned = learned_applies(taxonomy)  # whether decide() weighs the clauses with the learned typer

    def read(self, text: str) -> ReadText:
        """A sentence or clause of the article, read; kept only while it may still be read as evidence for the prior
        (a headline or lead sentence read before the prior is first asked for): a clause is seldom typed twice, and
        readings kept to the end of the article only give the garbage collector more to walk."""
        found = self._read.get(text)
        if found is None:
            found = read_text(text, self.taxonomy)
            if self._lead is None and (text == self.title or text in self.sentences[:LEAD_SENTENCES]):
                self._read[text] = found
        return found

    def evidence(self, index: int) -> dict[str, float]:
        """Sentence `index`'s shares per type (-1: the headline)."""
        found = self._evidence.get(index)
        if found is None:
            text = self.title if index < 0 else self.sentences[index]
            read = self._read.get(text)
            found = self._evidence[index] = (evidence_shares(text, self.taxonomy) if read is None
                                             else sentence_shares(text, self.taxonomy, read))
        return found

    def prior(self, index: int) -> dict[str, float]:
        """The headline and lead sentences' evidence, without sentence `index` itself."""
        if self._lead is None:
            lead = range(-1 if self.title else 0, min(LEAD_SENTENCES, len(self.sentences)))
            self._lead = ArticleEvidence([self.evidence(i) for i in lead])
        if index < LEAD_SENTENCES:
            if index not in self._lead_priors:  # every clause of a sentence has the same prior
                self._lead_priors[index] = self._lead.prior_without(index + self._lead_offset)
            return self._lead_priors[index]
        if self._whole_lead is None:
            self._whole_lead = prior_from(self._lead.evidence)
        return self._whole_lead

    def naming(self, names: set[str], index: int) -> list[dict[str, float]]:
        """The evidence of the other sentences that contain one of `names`."""
        return [self.evidence(j) for j, other in enumerate(self.sentences)
                if j != index and any(n in other for n in names)]


@dataclass(frozen=True)
class _Typer:
    """Types the clauses of one sentence: their own evidence, with the article as the prior."""

    taxonomy: Taxonomy
    article: _Article
    index: int

    def type(self, text: str, centre: int | None, fallback: tuple[str, int | None] | None = None) -> Typing:
        """The clause's type; when the clause points nowhere, the `fallback` text (the whole clause) is read, and
        when that points nowhere too, the sentences that name the same thing ("the Vigil Plan") are the prior."""
        article = self.article
        taxonomy = self.taxonomy
        read = article.read(text)
        scores = clause_scores(text, centre, taxonomy, read)
        if (fallback is not None and only_unsettled(scores) and _opens_with_a_verb(read)
                and not article_settles(scores, article.prior(self.index))):
            # "[landslides before dawn on Tuesday] buried three villages and killed 300 people": a title that opens
            # with its verb (its subject cut off with the date) and whose words are all of two senses that none of
            # their sense rules settled (a killing whose agent went with the subject), in an article not clearly about
            # one of their senses: the whole clause, else the sentence, says which when it reads them
            scores = self._settled(fallback) or scores
        if not scores and fallback is not None:
            text, centre = fallback
            read = article.read(text)
            scores = clause_scores(text, centre, taxonomy, read)
            if not scores:
                # "Talks between the two sides, stalled since May, | are due to resume next month": a clause that
                # opens with its verb is told of the sentence's subject, whose words are then its evidence
                subject = _subject_of_a_bare_verb(article.sentences[self.index], text)
                subject_read = article.read(subject) if subject else None
                subject_scores = clause_scores(subject, None, taxonomy, subject_read) if subject_read else {}
                if subject_scores:
                    return decide(subject_scores, article.prior(self.index), taxonomy, read, centre, article.learned)
        if not scores:  # the sentences naming the same thing, when there are some: the lead is not read then
            names = {_DETERMINER.sub("", m.group(0)) for m in _NAME.finditer(fallback[0] if fallback else text)}
            names = {n for n in names if " " in n}
            prior = prior_from(article.naming(names, self.index)) if names else {}
            if prior:
                return decide(scores, prior, taxonomy, read, centre, article.learned)
        return decide(scores, article.prior(self.index), taxonomy, read, centre, article.learned)

    def _settled(self, fallback: tuple[str, int | None]) -> dict[str, float] | None:
        """The scores of the clause `fallback` (its text and the date's offset in it), else of the whole sentence
        (the date where the clause puts it), the first of them that points somewhere and whose words of two senses
        that no sense rule read give less than half its scores; None when neither does."""
        clause, at = fallback
        sentence = self.article.sentences[self.index]
        start = sentence.find(clause)
        texts = [fallback]
        if clause != sentence and start >= 0:
            texts.append((sentence, None if at is None else start + at))
        for text, centre in texts:
            found = clause_scores(text, centre, self.taxonomy, self.article.read(text))
            if found and getattr(found, "defaulted", 0.0) < UNREAD_SHARE * sum(found.values()):
                return found
        return None


def _opens_with_a_verb(read: ReadText) -> bool:
    """Whether the text read opens with a content verb ("Killed 41 people in two hamlets"): its subject is elsewhere."""
    clause = read.clause
    return bool(clause.words) and clause.infos[0].may_be_predicate and clause.verb(0)


# a clause that opens with its verb, after a comma or "and"/"but" (", are due to resume", " but remain below"): its
# subject is told before it
_BARE_VERB = re.compile(r"[\s,;]*(?:(?:and|but)\s+)?(?P<verb>[a-z]+)\b")
# where the subject that opens a sentence ends: a comma, a dash or a parenthesis (an aside about it follows)
_SUBJECT_END = re.compile(r"\s*[,;:()—–]")
_RELATIVE_WORDS = SIGNALS["relative"]  # a relative clause about the subject follows


def _subject_of_a_bare_verb(sentence: str, clause: str) -> str:
    """The subject that opens `sentence` when `clause`, a later part of it, opens with a verb of its own (",
    remain", " but remain", ", has been pushed back"): the words after any dateline, up to the first verb, comma or
    dash; "" when the clause has a subject of its own, is not found after the sentence's start, or the subject is
    not short."""
    at = sentence.find(clause)
    opening = _BARE_VERB.match(clause)
    if at <= 0 or opening is None:
        return ""
    verb = opening.group("verb")
    if verb in _REPORTING or (verb not in _AUXILIARIES and not _is_verb_word(verb)):
        return ""  # (", said rebuilding would take years": the subject is a speaker, not what is told)
    dateline = _DATELINE_END.search(sentence, 0, min(at, 60))
    begin = dateline.end() if dateline else 0
    end = at
    cut = _SUBJECT_END.search(sentence, begin, at)
    if cut is not None:
        end = cut.start()
    for word in _LOWER_WORD.finditer(sentence, begin, end):
        if word.group(0) in _AUXILIARIES or word.group(0) in _RELATIVE_WORDS or _is_verb_word(word.group(0)):
            end = word.start()
            break
    subject = sentence[begin:end].strip()
    return subject if subject and len(_WORD.findall(subject)) <= 8 else ""


# a name of two or more capitalised words ("Crocus City Hall", "the Vigil Plan"): what a clause is about
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'-]+)+")
_DETERMINER = re.compile(r"^(?:The|A|An|This|That)\s+")  # not part of the name


_WHEN = re.compile(r",?\s+when\s+")
# a participle before "as" names a role taken ("was hired as coach", "was sworn in as president")
_A_ROLE_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|chosen|sworn\s+in|taken\s+on|kept\s+on|" + _IRREGULAR_PARTICIPLES
                            + r")\s+$")
# a word that opens a clause inside the sentence: a verb after "and" may then be that clause's ("repairs that began
# in May and ended in June"), not the sentence subject's
_OF_AFTER = re.compile(r"\s+of\b")
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whose|after|before|when|while|because|as|if|since|until|where)\b",
                          re.IGNORECASE)
# "since December 2019", "until early June", "after 2020": a preposition before a date, no clause of its own
_BEFORE_A_DATE = re.compile(r"\s+(?:[A-Z0-9]|(?:early|late|mid|last)\b)")
_DATE_PREPOSITION_WORDS = frozenset({"since", "until", "after", "before"})


def _opens_a_subordinate(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word that opens a subordinate clause ("that", "when", "because", "since
    the war began"); "since", "until", "after" and "before" followed by a date ("since December 2019") do not."""
    for match in _SUBORDINATE.finditer(text, start, end):
        if match.group(0).lower() in _DATE_PREPOSITION_WORDS and _BEFORE_A_DATE.match(text, match.end()):
            continue
        if (match.group(0).lower() == "as" and _A_ROLE_BEFORE.search(text, max(start, match.start() - 30),
                                                                      match.start()) and _repair()):
            continue  # "was hired as manager in 2018 and won ...": a role, no clause
        if match.group(0).lower() == "because" and _OF_AFTER.match(text, match.end()) and _repair():
            continue  # "closed in March because of the floods and will reopen ...": a preposition, no clause
        return True
    return False


# "similar sightings were reported on Saturday": a passive report tells the thing reported, dated that day; an
# impersonal one (", it was reported on Sunday") is only the date of a report, as ", officials said on Sunday" is
_PASSIVE_REPORT = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:first\s+|also\s+)?reported(?:\s+(?:late\s+|early\s+)?(?:on|in))?"
    r"\W*$", re.IGNORECASE)
_IMPERSONAL = re.compile(r"\bit\s+(?:has\s+|had\s+)?(?:was|is|been)\s+(?:first\s+|also\s+)?reported\b", re.IGNORECASE)


def _a_passive_report(rest: str) -> bool:
    """Whether a clause ends in a passive report of a thing ("tremors were reported"), not an impersonal one."""
    found = _PASSIVE_REPORT.search(rest)
    return found is not None and _IMPERSONAL.search(rest, max(0, found.start() - 12)) is None


# a clause that begins with "and" and a verb of the sentence's subject: "and extended them", "and plan a march"
_BUT_VERB = re.compile(r"[\s,]*but\s+(?P<verb>[a-z]+)\b(?P<object>\s+(?:a|an|the|their|its|his|her|them|it)\b)?")
_AND_VERB = re.compile(r"[\s,]*and\s+(?P<verb>[a-z]+)\b(?P<object>\s+(?:a|an|the|their|its|his|her|them|it)\b)?")


# "said on Sunday after talks in Washington last week": the words from a report's day to a dated thing after it
_AFTER_A_DATED_THING = re.compile(r"\s+(?:after|following)\s+[^,;:.!?()—–\n]{1,80}?\s+(?:in|on|at|during)?\s*")


def _drafts_for_item(
    doc: Document, text: str, sentence: Sentence, items: list[_Dated], k: int, splits: list[int], context: str,
    typer: _Typer,
) -> list[_Draft]:
    item = items[k]
    lo, hi = _clause_bounds(sentence, items, k, splits)
    # (an "open" item only: "when" is then looked for right after the expression, in place)
    when = _WHEN.match(text, item.end, hi) if item.granularity == "open" or item.earlier else None
    if when and item.earlier:
        # "the strongest storm since 2007, when a cyclone killed 3,000": the when-clause tells the earlier event
        return [_draft(doc, text, sentence, item, (when.end(), hi), context, typer, title_from_clause=True)]
    # "in January 2022, when the Socialists won": one event, told by the main clause
    main_hi = when.start() if when else hi
    # (the costly report pattern is tried only where it can matter, a sentence with another dated item, and only on
    # a clause that ends with a reporting verb as every match does)
    # (a date of an earlier event, "the highest since 1991", is no other news date: it leaves the news date its own)
    if sum(1 for other in items if not other.earlier) > 1:
        rest = _without_report_medium(_strip_expression(text[lo:main_hi], item.start - lo, item.end - lo))
        if _ends_with_report_verb(rest) and _REPORT_CLAUSE.fullmatch(rest) and not _a_passive_report(rest):
            return []  # ", officials said on Monday" dates the report of another dated event, not an event
        told_after = items[k + 1] if k + 1 < len(items) else None
        comma = text.rfind(",", lo, item.start)
        if (told_after is not None and comma > lo
                and _AFTER_A_DATED_THING.fullmatch(text, item.end, told_after.start) is not None):
            # "..., the premier said on Sunday after talks in Washington last week": the day after the report verb
            # is the report's, the talks are the dated event the sentence tells (the news before the comma has no
            # day of its own)
            report = _without_report_medium(_strip_expression(text[comma:item.end], item.start - comma,
                                                              item.end - comma))
            if _ends_with_report_verb(report) and _REPORT_CLAUSE.fullmatch(report) and "announced" not in report:
                return []
    elif _trailing_report(text, sentence, item):
        return []  # "Sixty people died, an official said on Tuesday": the date of the report, not of the deaths
    if not item.earlier and _only_the_report_date(text, sentence, items, k):
        return []  # "The utility said on Friday that power would be back by Monday": Friday dates the report only
    main = _draft(doc, text, sentence, item, (lo, main_hi), context, typer,
                  pair=_listed_with(text, sentence, items, k, splits, lo))
    drafts = [main]
    if when:
        # "since 2015, when France faced a series of attacks": the when-clause is an event of 2015 itself
        first = text[item.start : item.end]
        owns = [t for t in tag(first, doc.published) if t.first_day]
        # ("from May 2022 until January, when repairs ended": after a range's two ends the when-clause tells the
        # second, the one it is written right after)
        own = (owns[-1] if not item.since else owns[0]) if owns else None
        if own is not None and item.last_day == doc.published and _THE_PAST_DAYS.match(first):
            # ("over the past week, when the fighting came closer": the days counted back to the news, not the
            # calendar week the date alone is tagged as)
            own = None
        base = item._replace(
            first_day=own.first_day if own and own.first_day else item.first_day,
            last_day=own.last_day if own and own.last_day else item.last_day,
            granularity=own.granularity.value if own and own.granularity else item.granularity,
            value=own.value if own else item.value,
        )
        if item.since and own is not None:
            base = _since_when_unit(item, own, base)
        elif own is not None and len(owns) > 1 and (_A_PROGRESSIVE_CLAUSE.match(text, when.end(), hi)
                                                    or (_A_PRESENT_STATE_CLAUSE.match(text, when.end(), hi)
                                                        and not (_WILL_BE.search(text, lo, item.start)
                                                                 and _DONE_BY_THEN.match(text, when.end(), hi)))
                                                    or (not _WILL_BE.search(text, lo, item.start)
                                                        and not (doc.published is not None and item.first_day
                                                                 is not None and item.first_day > doc.published)
                                                        and _a_present_habit_clause(text, when.end(), hi))):
            # "between October and January, when the birds were nesting": a thing going on over the whole span,
            # the range's own time, no event of its second end; so is a state that holds each year over it ("from
            # May to July, when the roads are usually dry") and a habit told in the present simple after a main
            # clause that is no plan ("rose over the festival from August 20 to 24, when farmers bring their crops
            # to town")
            return drafts
        elif own is not None and len(owns) > 1:
            base = _range_end_unit(item, own, base)
        base = _when_a_count_began(text, when.end(), hi, base, doc.published)
        clause = (when.end(), hi)
        drafts.append(_draft(doc, text, sentence, base, clause, context, typer, title_from_clause=True))
    since_clause = _SINCE_A_TOLD_CLAUSE.search(text, max(lo, item.start - 100), item.start) if item.since else None
    if since_clause is not None and not when:
        # "had been out on bail since he was arrested in February 2015": the clause after "since" is an event of
        # the date itself (the arrest), beside the state it began, as "since Thursday, when ..." is
        owns = [t for t in tag(text[item.start : item.end], doc.published) if t.first_day and t.last_day]
        own_last = owns[0].last_day if owns else None
        if own_last is not None and owns[0].first_day == item.first_day:
            own = owns[0]
            point = item._replace(last_day=own_last, since=False, value=own.value,
                                  granularity=own.granularity.value if own.granularity else "day")
            drafts.append(_draft(doc, text, sentence, point, (since_clause.start(1), item.start), context, typer,
                                 title_from_clause=True))
    since_noun = (_SINCE_A_NAMED_EVENT.search(text, max(lo, item.start - 80), item.start)
                  if item.since and since_clause is None and not when else None)
    if since_noun is not None and doc.published is not None and item.first_day < doc.published:
        # "have been offered the vaccine since a campaign in 2006", "closed since a fire in March 2019": the noun
        # after "since" names a thing that happened at the date (the campaign, the fire), an event of its own beside
        # the state it began, as "since he was arrested in ..." is
        owns = [t for t in tag(text[item.start : item.end], doc.published) if t.first_day and t.last_day]
        if owns and owns[0].first_day == item.first_day and owns[0].last_day is not None:
            own = owns[0]
            point = item._replace(last_day=owns[0].last_day, since=False, value=own.value,
                                  granularity=own.granularity.value if own.granularity else "day")
            drafts.append(_draft(doc, text, sentence, point, (since_noun.start(1), item.start), context, typer,
                                 title_from_clause=True))
    not_since = (_NOT_SINCE_DOING.search(text, max(lo, item.start - 120), item.start)
                 if item.plain and item.granularity in ("day", "month") and doc.published is not None else None)
    if not_since is not None and doc.published is not None and item.last_day < doc.published:
        # "He had not raced since crashing out of the Tour on March 31": the crash, and the state it began (no race)
        # from that day on, its words those before "since"
        state = item._replace(last_day=doc.published, granularity="open", since=True,
                              value=_span_value(item.first_day, doc.published))
        drafts.append(_draft(doc, text, sentence, state, (lo, not_since.start(1)), context, typer,
                             title_from_clause=True))
    return drafts


# "had not raced since crashing out of the Tour on", "has not worked since being hurt in": a negated perfect, then
# "since" and a gerund of the event that began the state, up to the date's preposition
_NOT_SINCE_DOING = re.compile(r"\b(?:had|has|have)\s+(?:not|never)\s+[a-z]+\b(?:\s+[\w'’-]+){0,5}?(\s+since)\s+"
                              r"(?:being\s+)?[a-z]+(?:ing|ed|en)\b(?:\s+[\w'’-]+){0,6}?\s+(?:on|in)\s+$",
                              re.IGNORECASE)


# "since he was arrested in", "since the plant was shut on": "since", a subject and a passive of its own, up to the
# date's preposition
# (a participle not in -ed or -en too: "since he was let out of custody in", "since the dykes were built in")
_SINCE_A_TOLD_CLAUSE = re.compile(
    r"\bsince\s+((?:he|she|they|it|we|(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+"
    r"(?:was|were|had\s+been)\s+(?:[a-z]+(?:ed|en)|let|built|put|set|cut|shut|held|kept|sent|brought|caught|sold|"
    r"found|made|laid|struck|hit)\b(?:\s+[\w'’-]+){0,4}?\s+(?:in|on)\s+)$", re.IGNORECASE)


# "since a campaign in", "since the flood of", "since last year's election in": "since", a determiner, at most two
# words qualifying it, and a noun naming a thing that happens at a time, apart from the state it began (not "a coup",
# "an election", "his arrest", "a ruling" or "the closure", which begin the very state told: "in power since a coup in
# July 2023", "in office since an election in June 2020" are the state only), up to the date's preposition
_SINCE_A_NAMED_EVENT = re.compile(
    r"\bsince\s+((?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:campaign|fire|blaze|flood|floods|flooding|earthquake|quake|storm|cyclone|hurricane|typhoon|tsunami|eruption|"
    r"landslide|war|attack|bombing|explosion|blast|crash|collapse|invasion|raid|"
    r"massacre|strike|riot|riots|disaster|spill|outbreak|epidemic|fall|injury)"
    r"\s+(?:in|on|of)\s+)$", re.IGNORECASE)


# a when-clause in a past progressive: "when the birds were nesting", "when the ship was being repaired"
_A_PROGRESSIVE_CLAUSE = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:was|were)\s+(?:being\s+)?[a-z]+ing\b", re.IGNORECASE)
# a when-clause telling a state in the present: "when the sea is calmer", "when the passes are usually open"
# (not a past told as hearsay: "when they are said to have withdrawn", "when she is believed to have died")
# (nor, after a main clause in the future, a thing done by then: "will be shut from June to August, when the bridge is
# rebuilt", "... when the work is finished")
_A_PRESENT_STATE_CLAUSE = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:is|are)\b(?!\s+(?:to|due|set|expected)\b)"
                                     r"(?!\s+(?:[\w'’-]+\s+){1,2}?to\s+have\b)", re.IGNORECASE)
_NOT_A_PRESENT = frozenset("was were had did would could will might should shall".split())


def _a_present_habit_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause at text[start:end] tells a habit in the present simple: a subject, then a verb that is no
    past and no '-ing', with no past, modal or future among its first words ("millions of families visit their home
    towns"; not "rain fell on the hills", "the council will vote", "police shut the road").
    A range still to come is no habit's span either: its present is a thing to come ("The summit runs from May 20 to
    23, when leaders sign the accord"), as after a plan."""
    piece = text[start:end].split(",", 1)[0]
    words = _LOWER_WORD.findall(piece)[:6]
    # (a verb whose past is its present, "when police shut it", "when it hit the coast", tells no habit for sure)
    if len(words) < 2 or any(w in _NOT_A_PRESENT or w in _PRESENT_TOO or _past_form(w) for w in words):
        return False
    return any("VERB" in word_classes(w) and not w.endswith(("ed", "ing")) and w not in _AUXILIARIES
               for w in words[1:])


_WILL_BE = re.compile(r"\b(?:will|(?:is|are)\s+(?:to|due\s+to|set\s+to))\b", re.IGNORECASE)
_DONE_BY_THEN = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:is|are)\s+(?:fully\s+)?(?:re[a-z]+(?:ed|t)|rebuilt|completed|"
                           r"finished|done|signed|sealed)\b", re.IGNORECASE)


# "since Wednesday, when three days of heavy rain began": a count of days or weeks of a thing begun on the day
_COUNT_BEGAN_WHEN = re.compile(r"(?P<count>[\w-]+\s+(?:days|weeks))\s+of\s+(?:[a-z'’-]+\s+){1,3}?"
                               r"(?:began|started|broke\s+out|set\s+in)\b", re.IGNORECASE)


def _when_a_count_began(text: str, start: int, end: int, base: _Dated, published: date | None) -> _Dated:
    """The when-clause's date when the clause opens with a count of a thing begun ("since Wednesday, when three days
    of heavy rain began"): that many days from the day (May 14 to 16), as "three days of rain began on Wednesday"
    is; `base` otherwise."""
    told = _COUNT_BEGAN_WHEN.match(text, start, end)
    if told is None or base.granularity != "day" or base.first_day != base.last_day:
        return base
    count = next((t for t in tag(told.group("count"), published) if t.type is TimexType.DURATION), None)
    match = _WHOLE_COUNT.fullmatch(count.value) if count is not None else None
    if match is None or match.group(2) not in "DW":
        return base
    n = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    if not 1 < n <= 400:
        return base
    last = base.first_day + timedelta(days=n - 1)
    return base._replace(last_day=last, granularity="open", value=_span_value(base.first_day, last))


_YEAR_LED_VALUE = re.compile(r"(\d{4})((?:-\d\d){0,2}|-(?:SP|SU|FA|Q[1-4]|H[12]))")


def _range_end_unit(item: _Dated, own: Timex, base: _Dated) -> _Dated:
    """The date of the when-clause of "from Monday until Wednesday, when ...": the range's own last day, in the unit
    of its second end (the second end tagged alone has no tense and may land a week or a year ahead: "from October
    until March, when ..." in May is the March just gone). `base` when that unit is no day, month or year."""
    last = item.last_day
    unit = own.granularity.value if own.granularity else None
    value = {"day": last.isoformat(), "month": f"{last.year:04d}-{last.month:02d}", "year": f"{last.year:04d}"}.get(
        unit or "")
    whole = interval_of(value, None) if value else None
    if value is None or whole is None or whole[1] != last:
        return base
    return base._replace(first_day=whole[0], last_day=whole[1], granularity=whole[2].value, value=value)


def _since_when_unit(item: _Dated, own: Timex, base: _Dated) -> _Dated:
    """The date of the when-clause of "since X, when ...": X as the state's start read it (the expression alone,
    tagged out of its sentence, has no tense and may land a year ahead: "since January, when ..." in September is
    last January), and the whole unit of a part ("since mid-August, when ..." is August). `base` when X cannot be
    put on the state's start so."""
    shape = _YEAR_LED_VALUE.fullmatch(own.value)
    if shape is None:
        return base
    value = f"{item.first_day.year:04d}{shape.group(2)}"
    whole = interval_of(value, None)
    if whole is None or whole[0] != item.first_day:
        return base
    return base._replace(first_day=whole[0], last_day=whole[1], granularity=whole[2].value, value=value)


# who reported, then the reporting verb and the date's preposition, right before a date: "the ministry said on",
# "the minister told lawmakers on" (a subject of up to six words, no clause break among them)
_REPORTER_WORDS = ("said", "says", "reported", "added", "stated", "told")  # one is in every match of:
_REPORTER_SAID = re.compile(
    r"(?P<lead>^|,)\s*(?:[\w.'’&-]+\s+){1,6}?(?:said|says|reported|added|stated|told(?:\s+[\w'’-]+){0,2})\s+"
    r"(?:(?:late|early)\s+)?(?:on|in)?\s*$",
    re.IGNORECASE,
)
# news told as a plan, with no day of its own: "Haiti will spend ...", "The port is to close", "plans to build"
# in the news's own clause: not in a relative clause about a word of it before ("laid off workers who will ...", "a
# deal that will cut ..."), nor the noun "the will of"
_A_PLAN = re.compile(r"\b(?:will(?!\s+(?:of|to)\b)|won['’]t|is\s+to|are\s+to|plans?\s+to|intends?\s+to|aims?\s+to"
                     r"|(?:is|are)\s+set\s+to)\s", re.IGNORECASE)
_A_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b|\sthat\b", re.IGNORECASE)
# a plan word told by a relative clause: "staff who will lose", "a bill that will", "workers whose pay will fall"
_RELATIVE_RIGHT_BEFORE = re.compile(r"(?:\b(?:who|whom|which)|\sthat|\bwhose\s+[a-z]+)\s+(?:[a-z]+\s+)?$",
                                    re.IGNORECASE)


def _a_plan_of_its_own(news: str) -> bool:
    """Whether the news is a plan in its own clause ("The port will close", "Doctors who treated the victims will
    testify", "The firm that built the bridge will pay"), not a plan word in a relative clause about news that
    happened ("sacked staff who will lose ...", "passed a bill that will ...", "The insurer, which will list ...,
    bought") nor the noun "the will of"."""
    news = re.split(r"[;:]", news, maxsplit=1)[0]
    relative = _A_RELATIVE.search(news)
    if relative is not None and _told_in_a_past(news, 0, relative.start()):
        return False  # the news's own verb is told before the relative clause: "sacked 60 staff who will ..."
    return any(_RELATIVE_RIGHT_BEFORE.search(news, max(0, m.start() - 40), m.start()) is None
               for m in _A_PLAN.finditer(news))


def _only_the_report_date(text: str, sentence: Sentence, items: list[_Dated], k: int) -> bool:
    """Whether a date only says when something was reported, the report told with its date in the sentence's own
    words: in mid-sentence after the news, when the news has a date of its own ("Output fell in May, the industry
    group said on Tuesday, as chip shortages dragged on"; "..., the ministry said on Wednesday, urging ...") or is a
    plan with none ("The country will build 40 clinics, the ministry said on Tuesday, after ..."): the day a plan was
    told dates no step of it (the held-out sets' reading: report dates are no events); or opening the sentence before
    what was said when the reported clause dates its verb ("The operator said on Monday that the line would reopen on
    June 20"). News that happened, with no date of its own, is dated by its report ("Two soldiers were killed, the
    army said on Tuesday, after ..."; "The governor said on Monday that the curfew would end", also before a side
    clause with its own date: "..., two days after the vote on Wednesday"). (An announcement never matches: it is
    news.)"""
    item = items[k]
    head = text[sentence.start : item.start]
    dateline = _DATELINE_END.search(head, 0, 60)
    if dateline is not None:
        head = head[dateline.end() :]
    said = _REPORTER_SAID.search(head) if may_hold(head, 0, len(head), _REPORTER_WORDS) else None
    if said is None or _a_passive_report(head):
        return False
    if said.group("lead") == ",":
        news = head[: said.start()]
        news_end = item.start - len(head) + said.start()
        return bool(_two_words(news)) and (
            _a_plan_of_its_own(news)
            or any(sentence.start <= o.start and o.end <= news_end and _dates_the_news(o) for o in items))
    # the reported clause: from the report's date to the first clause break after its first words ("that, from June
    # 1, fares will rise" keeps its date)
    clause_break = _CLAUSE_BREAK.search(text, min(sentence.end, item.end + 8), sentence.end)
    clause_end = clause_break.start() if clause_break else sentence.end
    return any(item.end < o.start < clause_end and _dates_the_news(o) for o in items)


def _dates_the_news(other: _Dated) -> bool:
    """Whether a date beside a report's date dates the news itself: not an earlier event's ("the highest since
    1991"), a deadline counted from the publication date ("within 30 days") nor a pointer to another event."""
    return not (other.earlier or other.within or other.forward or other.counted_from_dct)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s$")  # "a cut by": a noun, not a participle
_GERUND = re.compile(r"[A-Z][a-z]+ing\s")
_DATELINE_END = re.compile(r"[—–]\s+")
_SUBJECT_CUT = re.compile(r"\s(?:on|in|at|late|early|last|this)\s")


def _is_verb_word(word: str) -> bool:
    """Whether a lower-case word reads as a verb wherever it stands (a predicate of the signals, or plainly a verb):
    where a title's or a sentence's subject ends."""
    return bool(_PREDICATE.fullmatch(word)) or _plainly_verb(word)


def _subject_before_appositives(text: str, start: int, end: int) -> str:
    """The subject that opens text[start:end] when every piece after it tells of it ("The president, re-elected in
    October," -> "The president"): a first piece of at most six words with no verb's form (after any dateline);
    "" otherwise."""
    dateline = _DATELINE_END.search(text, start, min(end, start + 60))
    begin = dateline.end() if dateline else start
    part = text[begin:end]
    pieces = [part[a:b] for a, b, _ in _segments(part)]
    if not pieces or "," not in part or not all(_about_a_subject(piece, k, True)
                                                for k, piece in enumerate(pieces[1:], 1)):
        return ""
    subject = pieces[0].strip()
    words = _WORD.findall(subject)
    if not words or len(words) > 6 or not (words[0][0].isupper() or words[0].lower() in _SUBJECT_OPENER):
        return ""
    for k, word in enumerate(words):
        if word in _AUXILIARIES or word in _REPORTING or (word.islower() and (
                _plainly_verb(word) or (_past_form(word) and words[k - 1].lower() not in _SUBJECT_OPENER))):
            return ""
    return subject


def _sentence_subject(text: str, start: int, end: int) -> str:
    """The words before the first verb of text[start:end], after any dateline ("ROME (Wire) — "), up to a
    preposition ("Spain's court on Tuesday upheld" -> "Spain's court"); "" when there is no short one."""
    dateline = _DATELINE_END.search(text, start, min(end, start + 60))
    begin = dateline.end() if dateline else start
    for word in _LOWER_WORD.finditer(text, begin, end):
        if _is_verb_word(word.group(0)):
            subject = text[begin : word.start()]
            cut = _SUBJECT_CUT.search(subject)
            subject = (subject[: cut.start()] if cut else subject).strip()
            if subject and len(_WORD.findall(subject)) <= 6 and not _CUT_MARKS.search(subject):
                return subject
            return ""
    return ""


# verbs told of a person's own doing in news, never passive ("was ... and died", "and resigned", "and retired")
_NEVER_PASSIVE = frozenset("died resigned retired returned arrived emigrated quit fled vanished disappeared "
                           "collapsed survived".split())


def _passive_participle(verb: str, first_verb: str) -> bool:
    """Whether a second verb joined by "and" after "was <first verb>" reads as a passive participle that takes the
    "was" too ("was arrested in May and freed on Monday"): not after "was born" (what follows is the person's own
    doing: "was born in 1950 and died in 2021") nor a simple past unlike its participle ("rose", not "risen")."""
    if first_verb == "born":
        return False
    if verb in _NEVER_PASSIVE and _repair():
        return False  # "was sworn in as president in 2016 and resigned in 2019": no one "was resigned"
    from lemminflect import getAllLemmas, getInflection  # (imported when first needed, as in timeline.lemmas)

    for lemma in getAllLemmas(verb).get("VERB", ()):
        if verb not in getInflection(lemma, "VBN"):
            return False
    return True


def _noun_before_verb(clause_text: str, joined: re.Match[str]) -> bool:
    """Whether the word after "and" is the subject of a verb right after it ("and fighting resumed", "and shelling
    spread"): a noun, with no object after it, before a word that reads as a verb wherever it stands."""
    if joined.group("object") or joined.group("verb") in _AUXILIARIES:
        return False
    return _verb_follows(clause_text, joined.end("verb"))


def _verb_follows(text: str, at: int) -> bool:
    """Whether the word at `at` reads as a finite verb and not an adjective: one that is a verb wherever it stands,
    or a verb's "-ed" form ("resumed", "erupted")."""
    following = _FIRST_WORD.match(text, at)
    if following is None:
        return False
    word = following.group(1)
    classes = word_classes(word)  # ("closing unchanged": an adjective after the gerund leaves it a verb)
    return "VERB" in classes and "ADJ" not in classes and (word.endswith("ed") or _plainly_verb(word))


_ARTICLE_AT_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
# "in 2019, 2021 and 2023", "on May 3 and May 10": dates listed one after the other, told of one thing
# (", and" only after a list's comma, "in 2016, 2019, and 2022": "fell in May, and in June they rose" is two clauses)
_LIST_GAP = re.compile(r"(?:\s*,\s*(?P<comma_and>(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:in|on)\s+)?")


def _listed_with(
    text: str, sentence: Sentence, items: list[_Dated], k: int, splits: list[int], lo: int,
) -> tuple[int, int, int] | None:
    """For a date listed with others ("Strikes hit the mines in 2019, | 2021 and 2023", "was raised in 1990 | and
    2005"): the start of the first listed date's clause and the span of the whole list, so that the title of each
    is that clause's words, all the list left out. None for a date not in a list (a list has an "and"/"or" in it:
    "on Saturday, December 2," is one day told twice)."""
    def joined(a: int) -> re.Match[str] | None:
        left, right = items[a], items[a + 1]
        if left.earlier or right.earlier or left.since or right.since or left.within or right.within:
            return None
        return _LIST_GAP.fullmatch(text, left.end, right.start)

    first = k
    while first > 0 and joined(first - 1):
        first -= 1
    last = k
    while last + 1 < len(items) and joined(last):
        last += 1
    gaps = [(gap.group(0), bool(gap.group("comma_and"))) for a in range(first, last) if (gap := joined(a))]
    if any(comma_and and (n == 0 or "," not in gaps[n - 1][0] or gaps[n - 1][1])
           for n, (_, comma_and) in enumerate(gaps)):
        return None
    if first == last or not any(re.search(r"\b(?:and|or)\b", text[items[a].end : items[a + 1].start])
                                for a in range(first, last)):
        return None
    start = lo if first == k else _clause_bounds(sentence, items, first, splits)[0]
    return start, items[first].start, items[last].end


_AN_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|them|it)\b")
_A_FIGURE_COMMA = re.compile(r"(?<=\d),(?=\d)")
_A_PARTICLE = re.compile(r"\s+(?:up|down|off|out|aside|back)\b")
_A_PLACE_NEXT = re.compile(r"\s+(?:home|abroad|overseas|to|into|from)\b")
_BREAK_OPENS = re.compile(r"\s*(?:[,;:]\s*)?(?:and|but|while|whereas|yet)\s", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*[\w'’-]+")
_A_PREPOSITION_OPENS = re.compile(r"\s*(?:in|at|on|near|across|to|for|with|of|among|inside|outside)\s", re.IGNORECASE)
_BREAK_BEFORE = re.compile(r"(?:[,;:.!?()—–]|\b(?:and|but|or|while|whereas|then))\s*$")
# (a word right after a preposition is a noun, no past: "The cost of rent in the cities rose ... and will rise")
_A_PREPOSITION_AT_END = re.compile(r"\b(?:of|in|on|at|for|from|with|by|to|near|across|into)\s+$", re.IGNORECASE)
_AN_ASIDE_COMMA = re.compile(r",(?!\d)")  # (a figure's comma, "8,000", opens no words about the subject)
_HEAD_PREPOSITION = re.compile(r"\s(?:from|of|for|at|in|with|on|near|across|outside)\s")
# a split between two dates right after a word that opens a noun phrase ("every | day", "the | month")
_A_PHRASE_CUT = re.compile(r"\b(?:every|each|the|a|an|this|these|those|its|their|his|her|our)\s*$", re.IGNORECASE)
# (or a figure before its noun: "killed 94 | people", not "in 2019 | and sank")
_A_FIGURE_CUT = re.compile(r"\d\s*$")
_A_NOUN_NEXT = re.compile(r"\s*(?!(?:and|but|or|nor|in|on|at|to|for|from|by|of|after|before|since|until|when|while|as|"
                          r"than|with|that|which|who|is|are|was|were|has|have|had|will|would)\b)[a-z]")


def _phrase_cut_at(text: str, start: int, at: int) -> bool:
    """Whether a split at `at` falls inside a noun phrase: right after a word that opens one, or after a figure
    before the noun it counts."""
    return (_A_PHRASE_CUT.search(text, start, at) is not None
            or (_A_FIGURE_CUT.search(text, start, at) is not None and _A_NOUN_NEXT.match(text, at) is not None))


def _draft(
    doc: Document,
    text: str,
    sentence: Sentence,
    item: _Dated,
    clause: tuple[int, int],
    context: str,
    typer: _Typer,
    title_from_clause: bool = False,
    pair: tuple[int, int, int] | None = None,
) -> _Draft:
    lo, hi = clause
    _REPAIRED.set(False)
    if pair is not None and pair[0] < lo and not (title_from_clause or item.clause_from is not None):
        lo = pair[0]  # ("was raised in 1990 | and 2005": the words of the list's first date are the later's too)
    clause_text = text[lo:hi]
    typed_title = ""  # the title as typed, when the reader's title has words the typer is not given
    if title_from_clause or item.clause_from is not None:
        title = _tidy(_RELATIVE_OR_SEMICOLON.split(clause_text, maxsplit=1)[0])
        # what _Typer.type reads (text, centre, fallback): typed once, at the end, when the title is settled
        typed: tuple[str, int | None, tuple[str, int | None] | None] = (title, None, (clause_text, None))
    else:
        # (a clause cut before the sentence's end leaves a later date to the words after it)
        main_undated = not text[hi : sentence.end].strip(" .,;:!?\"'”’")
        broken = (lo > sentence.start
                  and (_phrase_cut_at(text, max(sentence.start, lo - 8), lo)
                       # ("Last year the virus infected 300 people | in the province between May and September": a
                       # phrase with no verb, split from its clause's verb with no break before it)
                       or (_A_PREPOSITION_OPENS.match(clause_text) is not None
                           # (words of its own beside the date: " on Monday." alone is titled by the sentence)
                           and len(_WORD.findall(clause_text)) - len(_WORD.findall(text[item.start : item.end])) > 2
                           and not any(_is_verb_word(w.group(0)) or _past_form(w.group(0))
                                       for w in _LOWER_WORD.finditer(clause_text))
                           and not _BREAK_BEFORE.search(text, max(sentence.start, lo - 8), lo)))
                  and _repair())
        next_word = (_NEXT_WORD.match(text, hi, sentence.end)
                     if hi < sentence.end and _phrase_cut_at(text, max(lo, hi - 8), hi) else None)
        if broken:
            # the words of two dates split inside a phrase ("open until 10 p.m. every | day until the end of June"):
            # the title takes the sentence's words from its start, the other date's as they are
            title_lo = _after_dateline(sentence, lo)
            title = make_title(text[title_lo:hi], item.start - title_lo, item.end - title_lo, main_undated=main_undated)
        elif next_word is not None and _repair():
            # (the date before such a split: its phrase ends with the word after the split, "killed 94 | people")
            title = make_title(text[lo : next_word.end()], item.start - lo, item.end - lo, main_undated=main_undated)
        else:
            title = make_title(clause_text, item.start - lo, item.end - lo, main_undated=main_undated)
        # "Rescuers who reached the village on Sunday found 12 bodies": a title told by the clause's own verb, not
        # the relative clause the date is in, is typed with the whole sentence (both tell what happened)
        whole_typed = (lo == sentence.start and main_undated and _subject_relative(clause_text) is not None
                       and title != make_title(clause_text, item.start - lo, item.end - lo, main_undated=False))
        paired_after = _PAIRED_DATE_AFTER.match(text, item.end, sentence.end) if hi < sentence.end else None
        if pair is not None:
            # "Strikes hit the mines in 2019, 2021 and 2023", "and was raised in 1990 and 2005": the words of the
            # list's clause, up to the next clause, all the listed dates left out
            next_clause = _NEXT_CLAUSE.search(text, pair[2], sentence.end)
            title = make_title(text[lo : next_clause.start() if next_clause else sentence.end], pair[1] - lo,
                               pair[2] - lo, main_undated=main_undated)
        elif ((lo > sentence.start and _PAIRED_DATE_BEFORE.search(text, max(sentence.start, item.start - 40),
                                                               item.start))
                or paired_after is not None):
            # (the first date of a pair after a clause's break, "Prices rose in May | but fell in June and July",
            # keeps its clause's own words: the break is no pair's)
            pair_start = (lo if lo > sentence.start and paired_after is not None and _BREAK_OPENS.match(clause_text)
                          and _repair() else sentence.start)
            # "Shipments in January | and February rose ...": the date is named beside one in the other clause, and
            # the words of both clauses are its title (both dates left out), up to the next clause ("losses in 2022
            # and 2023 | and expects a profit this year", "in 2019 and 2021, | and a storm struck")
            pair_end = paired_after.end() if paired_after is not None else item.end
            next_clause = _NEXT_CLAUSE.search(text, pair_end, sentence.end)
            title = make_title(text[pair_start : next_clause.start() if next_clause else sentence.end],
                               item.start - pair_start, item.end - pair_start, main_undated=main_undated)
        if lo > sentence.start:
            # "The strike that began in March | ended on Monday": the clause's subject opens the sentence, before
            # a relative clause the other date belongs to
            past_relative = _title_past_a_relative(text[sentence.start : hi], item.start - sentence.start,
                                                   item.end - sentence.start)
            if past_relative:
                title = past_relative
        else:
            past_relative = None
            appositive = (_APPOSITIVE_THEN_VERB.match(text, hi, sentence.end)
                          if text.startswith(("'s", "’s"), item.end) and not text[lo : item.start].strip() else None)
            if appositive and _opens_with_finite_verb(text[appositive.end() : sentence.end]):
                # "Thursday's quake, the strongest since 1999, killed 30 people": the noun the date qualifies is
                # the subject of the verb after the words about it
                verb_title = make_title(text[appositive.end() : sentence.end], 0, 0, relative_read=True)
                title = _tidy(title + " " + verb_title[:1].lower() + verb_title[1:])
        mid_sentence = lo > sentence.start and past_relative is None and not broken
        lead = _LEAD_IN.match(clause_text) if mid_sentence else None
        joined = _AND_VERB.match(clause_text) if lead is None and mid_sentence else None
        if joined is None and lead is None and mid_sentence:
            # "The club was sold in 2016 but was bought back in 2021": a verb after "but" takes the subject too
            joined = _BUT_VERB.match(clause_text)
            if joined is not None and not _repair():
                joined = None
        if (joined and (_plainly_verb(joined.group("verb")) or joined.group("object")
                        or joined.group("verb") in _AUXILIARIES
                        # "The games open on Saturday and end on Friday": a verb's form right before the date
                        or ("VERB" in word_classes(joined.group("verb"))
                            and _PREPOSITION_TO_DATE.fullmatch(clause_text, joined.end("verb"), item.start - lo)
                            # (not a noun, the subject of a verb after the date: "destroyed crops, and floods in
                            # October ruined the harvest")
                            and not _opens_with_finite_verb(clause_text[item.end - lo :].lstrip(" ,"))))
                and not _noun_before_verb(clause_text, joined)
                and not _opens_a_subordinate(text, sentence.start, lo)):
            # "Germany tightened checks in May and extended them last week": the second verb's subject is the
            # sentence's, the words before its first verb
            subject_start, subject_end, auxiliary_at, first_verb = _after_dateline(sentence, lo), None, None, ""
            semicolon = text.rfind("; ", subject_start, lo)
            if semicolon >= 0 and _repair():
                # ("Police charged a man on Monday; he appeared in court on Tuesday and was held ...": the verbs
                # after the semicolon are of its clause, whose subject opens it)
                subject_start = semicolon + 2
            for word in _LOWER_WORD.finditer(text, subject_start if semicolon >= 0 else sentence.start, lo):
                if subject_end is not None:  # "He was arrested ... and freed": "He was" is the second verb's too
                    if word.group(0) in _BE:
                        subject_end = word.end()
                        continue
                    first_verb = word.group(0)
                    break
                if word.group(0) in _REPORTING:
                    # "Officials said protesters blocked roads ... and burned tyres": the subject is the reported
                    # clause's, after the reporting verb (and its "that")
                    after = re.match(r"\s+that\b", text[word.end() : lo])
                    subject_start = word.end() + (after.end() if after else 0)
                    continue
                if _PREDICATE.fullmatch(word.group(0)):
                    subject_end, auxiliary_at = word.end(), word.start()
                elif ((_plainly_verb(word.group(0))
                       # ("The two sides set up a panel in 2018 and had hoped ...": a past like its present, before
                       # its particle)
                       or (word.group(0) in _PRESENT_TOO and _A_PARTICLE.match(text, word.end()) is not None
                           and _repair())
                       # ("Prices rose in May but fell in June": a simple past that is a noun too, after the
                       # subject's words)
                       or (word.start() > subject_start and _past_form(word.group(0))
                           and not _A_PREPOSITION_AT_END.search(text, max(subject_start, word.start() - 8),
                                                                word.start())
                           and _repair())
                       # ("He starts the job in August and will chair ...": a present before its object)
                       or (word.start() > subject_start and _present_form(word.group(0))
                           and (_AN_OBJECT_NEXT.match(text, word.end()) or _A_PARTICLE.match(text, word.end())
                                # ("The choir sails home on Thursday and will sing ...": a present before "home"
                                # or a place's preposition, the later verb an auxiliary's)
                                or (joined.group("verb").lower() in _AUXILIARIES
                                    and _A_PLACE_NEXT.match(text, word.end()) is not None))
                           and _repair()))
                      # (a word right after an article is a noun: "The dam was finished in 1970 and ...")
                      and not _ARTICLE_AT_END.search(text, max(subject_start, word.start() - 5), word.start())
                      # (nor a participle inside words about the subject, after their opening comma: "The company,
                      # based in Oslo, was founded in 1990 and sold ...": the subject's verb is "was")
                      and not (len(_AN_ASIDE_COMMA.findall(text, subject_start, word.start())) % 2 == 1
                               and _repair())) or (
                        item.since and item.rule == "since_then"
                                                       and word.start() > subject_start and _past_form(word.group(0))):
                    # ("Prices rose in 2022 and have fallen since": a past that is a noun too ends the subject of
                    # a state told by a bare "since")
                    subject_end = word.start()
                    break
            if (auxiliary_at is not None and subject_end is not None
                    # ("She was charged in 2016 and had lived there since": an auxiliary brings its own tense)
                    and (joined.group("verb").lower() in _AUXILIARIES
                         # "was named coach in 2019 and led the team to titles": a verb with its object is active
                         or joined.group("object")
                         or not _passive_participle(joined.group("verb"), first_verb)
                         # "Inflation has fallen since March and stood at 2 percent in April": a dated simple
                         # past takes the subject without "has"
                         or (text[auxiliary_at:subject_end].lower() in ("has", "have")
                             and _past_form(joined.group("verb"))))):
                subject_end = auxiliary_at  # "Smith was born in 1950 and died in 2021": "died" takes no "was"
            subject = text[subject_start:subject_end].strip() if subject_end is not None else ""
            # ("The island of about 8,000 people recorded ... and has counted": a figure's comma cuts nothing)
            marks = (_A_FIGURE_COMMA.sub("", subject) if _A_FIGURE_COMMA.search(subject) and _repair()
                     else subject)
            if _CUT_MARKS.search(marks):
                # "The mayor, a retired nurse, has run the town since 2015 and won ...": the subject before the words
                # about it
                kept = auxiliary_at is not None and subject_end is not None and subject_end > auxiliary_at
                verb_at = (auxiliary_at if kept else subject_end) or subject_start
                # (the verb right after the words about the subject, not one inside them: "The drill, the strongest
                # ever made, ...")
                before_asides = (_subject_before_appositives(text, subject_start, verb_at)
                                 if text[subject_start:verb_at].rstrip().endswith(",") else "")
                if before_asides and _repair():
                    # (with the auxiliary the verb takes: "The camera, the largest ever built, was shipped in May
                    # and installed in August")
                    subject = before_asides + (" " + text[auxiliary_at:subject_end] if kept else "")
            head = _HEAD_PREPOSITION.search(subject) if len(_WORD.findall(subject)) > 6 else None
            if head is not None and 2 <= len(_WORD.findall(subject[: head.start()])) <= 6 and _repair():
                # "A team from the national centre for disease control flew in on Monday and will stay": a long
                # subject is told by its head, the words before its first preposition ("A team will stay"); a head
                # with "of" keeps the noun it is of, within six words ("The price of bread in the capital rose ...
                # and will rise": "The price of bread will rise", not "The price will rise")
                cut = head.start()
                if head.group(0).strip().lower() == "of":
                    then = _HEAD_PREPOSITION.search(subject, head.end() - 1)
                    if then is not None and len(_WORD.findall(subject[: then.start()])) <= 6:
                        cut = then.start()
                subject = subject[:cut]
            marks = _A_FIGURE_COMMA.sub("", subject) if marks != subject else subject
            if (subject and len(_WORD.findall(subject)) <= 6 and not _CUT_MARKS.search(marks)
                    # ("... and called an early election for April 12": the title told of the date is the thing
                    # called, no verb the subject goes with)
                    and not (not title.lower().startswith(joined.group("verb")) and _repair())):
                verb = joined.group("verb")
                rest = verb + title[len(verb) :] if title.lower().startswith(verb) else title
                title = _tidy(subject + " " + rest)
        elif lead:
            # the clause begins mid-sentence with "which ..." or "will ...": its subject is told before it
            # (after any dateline: "NAPLES (Culture Desk) — A painting stolen in 1980 | was hung back" is the
            # painting's, not the desk's)
            opening = _after_dateline(sentence, lo)
            earlier = [seg for seg in _segments(text[opening:lo])]
            subject = next(
                (_without_report(text[opening + a : opening + b])
                 for k, (a, b, _) in reversed(list(enumerate(earlier)))
                 if not _about_a_subject(text[opening + a : opening + b], k, relative_too=True)),
                "",
            )
            rest = title[len(lead.group("word")) :] if title.lower().startswith(lead.group("word").lower()) else title
            if not subject and lead.group("word").lower() not in ("which", "who"):
                subject = text[opening:lo]  # the words before: a subject with a clause about it
            about = _ABOUT_SUBJECT.search(subject, 1)
            if lead.group("word").lower() in ("which", "who") and len(subject) > 60:
                # "... took over from the founder's grandson, who had led the group": the noun phrase before it
                subject = _last_noun_phrase(subject, of_too=lead.group("word").lower() == "who")
                if len(subject) > 60:  # ("from Saturday's presidential election, which ...": no determiner)
                    subject = _after_last_preposition(subject)
            elif about:
                # "The officers who seized power in January | have promised ...", "A painting stolen from the
                # museum in 1991 | was handed back ...": the subject is the noun phrase before the words about it
                subject = subject[: about.start()]
            if subject and len(subject) <= 60:
                title = _tidy(subject + " " + (rest.strip() if lead.group("word").lower() in ("which", "who")
                                                else lead.group("word").lower() + rest))
        elif (mid_sentence and _GERUND.match(title) and "VERB" in word_classes(title.split(" ", 1)[0].lower())
              and clause_text.lstrip(" ,;").lower().startswith(title.split(" ", 1)[0].lower())
              # "and fighting resumed on Monday": a gerund before a verb is that verb's subject, not a verb
              and not _verb_follows(title, len(title.split(" ", 1)[0]))
              and not any(not _ARTICLE_BEFORE.search(text, lo, m.start() + 1)
                          for m in _ABOUT_SUBJECT.finditer(text, lo + 2, item.start))):
            # (not when the date tells of a noun inside the clause: "rejecting an appeal lodged in 2022", "ending a
            # row that began in March")
            # "Spain withdrew its envoy on Tuesday, deepening a row ...": the -ing clause's subject is the sentence's
            subject = _sentence_subject(text, sentence.start, lo)
            if subject:
                title = _tidy(subject + " " + title[0].lower() + title[1:])
        elif mid_sentence and title and _opens_with_finite_verb(clause_text.lstrip(" ,;")):
            # "The president, re-elected in October, | visited the wounded on Monday": the verb's subject opens the
            # sentence, before the words about it
            subject = _subject_before_appositives(text, sentence.start, lo)
            first = title.split(" ", 1)[0].lower()
            # (the title opens with the clause's verb, or with the verb after the words about the subject)
            if subject and (clause_text.lstrip(" ,;").lower().startswith(first) or first in _AUXILIARIES):
                # (typed as the clause's own words were before: the subject is for the reader)
                typed_title = title
                title = _tidy(subject + " " + title[0].lower() + title[1:])
        # the title is the clause's news without who reported it; else the clause, the date's words weighing most
        typed = (typed_title or title, None, (clause_text, item.start - lo))
        if item.words_from is not None:  # ("but this year it was moved to June": the habit's clause says of what)
            typed = (title, None, (sentence.text, item.start - sentence.start))
        if whole_typed:
            typed = (sentence.text, None, (title, None))
    # (a title without a reporting verb has no report to cut: the costly pattern is tried only on those that do)
    # ("The first cases were reported": a passive report tells the thing reported, its title as any other passive's)
    reported = (_TRAILING_REPORT.sub("", title) if _REPORT_VERB.search(title) and not _a_passive_report(title)
                else title)
    if not _two_words(reported):
        # the clause says too little ("from 3.4% in April"): the sentence without this date tells what happened
        # ("Shipments in January | and February rose ..., the office said": a date named beside it goes too, and
        # who said it)
        whole = _tidy(_without_trailing_report(_strip_expression(
            sentence.text, *_paired_date_span(sentence.text, item.start - sentence.start, item.end - sentence.start))))
        if _two_words(whole):
            title = whole
            typed = (sentence.text, item.start - sentence.start, None)
    if (typed[0] is title or typed[0] is typed_title) and typed[0].endswith("…"):
        # a title cut at TITLE_LIMIT is typed whole: the words after the cut are the clause's too
        typed = (_uncut(typed[0], clause_text), typed[1], typed[2])
    if item.earlier and typed[2] is not None and not _content_words(_SUPERLATIVE_WORDS.sub("", title)):
        # "Arrivals reached 6 million last year, the most since 2019": the earlier event's clause ("The most") says
        # nothing of what it was; the sentence does
        typed = (sentence.text, item.start - sentence.start, None)
    mention = Mention(doc.id, text[item.start : item.end], item.start, item.end, sentence.text, sentence.start)
    request = _TypeRequest(typer, *typed)
    if _REPAIRED.get() and _REPAIRING.get():
        # the reader's repairs changed the title: typed as the title made without them (_REPAIRING)
        token = _REPAIRING.set(False)
        try:
            request = _draft(doc, text, sentence, item, clause, context, typer, title_from_clause, pair).typed
        finally:
            _REPAIRING.reset(token)
            _REPAIRED.set(False)
    return _Draft(item, sentence, clause, _without_cut_lead_in(title or _tidy(sentence.text)), request, context,
                  [mention])


_SUPERLATIVE_WORDS = re.compile(r"\b(?:most|least|highest|lowest|largest|biggest|smallest|worst|best|first|only|"
                                r"since|level|ever)\b", re.IGNORECASE)


def _uncut(title: str, clause_text: str) -> str:
    """A title cut at TITLE_LIMIT with the rest of its clause after it: the text that is typed. The clause is
    found again from the cut title's last three words (the title is the clause tidied, its date left out); the
    cut title alone when they are not found."""
    head = title[:-1].rstrip()
    last = head.split()[-3:]
    if not last:
        return head
    ends = [m.end() for m in _pattern(r"\s+".join(map(re.escape, last)), re.IGNORECASE).finditer(clause_text)]
    if not ends:
        return head
    rest = clause_text[ends[-1] :]
    background = _BACKGROUND.search(rest)  # "... following the deadly attack in Moscow": what came before, not it
    return head + (rest[: background.start()] if background else rest)


# where the rest of a cut clause turns to background: a comma, a relative, a phrase of cause or time
_BACKGROUND = re.compile(r"[,;:(]|\s(?:following|after|amid|despite|because|since|before|which|who|when|while)\s",
                         re.IGNORECASE)


_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")


def _two_words(title: str) -> bool:
    """Whether the title has at least two words of two letters or more (found one after the other, without listing
    them all)."""
    first = _TITLE_WORD.search(title)
    return first is not None and _TITLE_WORD.search(title, first.end()) is not None
_REPORT_VERB = re.compile(_REPORT_VERBS, re.IGNORECASE)
_RELATIVE_OR_SEMICOLON = re.compile(r",\s+(?:which|who|where)\s+|;")
# "..., the statistics office said": who reported it is not what happened
_TRAILING_REPORT = re.compile(r"[\s,;]*(?:[\w.'’-]+\s+){0,4}" + _REPORT_VERBS + r"(?:\s+\S+){0,2}\s*$", re.IGNORECASE)


def _end_ended_states(drafts: list[_Draft], dct: date | None) -> list[_Draft]:
    """A state told since a date ("the strike had shut 200 factories since April 18") runs to the publication date,
    unless the article tells it ended ("workers ended the strike on Tuesday"): then it runs to that day. The ending
    is another event of the article, on a single day before the publication date, whose title has a verb of ending
    and tells of the state's subject ("the curfew") or shares more than one content word with the state's title."""
    if dct is None:
        return drafts
    states = [d for d in drafts if d.dated.since]
    if not states:
        return drafts
    endings = [(d, _content_words(d.title)) for d in drafts
               if not d.dated.since and d.dated.first_day == d.dated.last_day < dct and _tells_an_end(d.title)]
    for draft in states:
        item = draft.dated
        words = _content_words(draft.title)
        head = _subject_head(draft.title)
        # the ending tells of the state's own subject ("the curfew had been in force" / "lifted the curfew"), or
        # shares more than one word with it: one shared word ("strike") may be another group's strike
        ended = [e for e, e_words in endings if item.first_day <= e.dated.first_day
                 and (head in e_words or len(words & e_words) > 1)]
        if ended:
            day = min(e.dated.first_day for e in ended)
            draft.dated = item._replace(last_day=day, value=f"{item.first_day.isoformat()}/{day.isoformat()}")
    return drafts


# what a collapse ends (talks, a truce, a government, a structure), unlike a price, a currency or a market that
# collapses and goes on ("the rand collapsed on Tuesday": its fall since March is no state that ended)
_ENDED_BY_COLLAPSING = frozenset(
    "talk negotiation ceasefire truce strike deal agreement pact accord coalition alliance government cabinet regime "
    "union merger bid plan process peace bridge building pier dam roof tower wall house block mine tunnel stand "
    "stadium glacier hotel factory school church company firm bank airline business".split())
_COLLAPSE_WORDS = frozenset({"collapsed", "collapses", "collapse"})


def _tells_an_end(title: str) -> bool:
    """Whether an event's title has a verb of ending; a collapse only of a thing that a collapse ends (a word before
    the verb names it)."""
    words = [w.lower() for w in _WORD.findall(title)]
    told = _ENDING.intersection(words)
    if not told:
        return False
    if not told <= _COLLAPSE_WORDS:
        return True
    before = words[: min(words.index(w) for w in told)]
    return any(not _ENDED_BY_COLLAPSING.isdisjoint(lemmas(w)) for w in before)


# a sentence opening with a definite subject that may refer back to the sentence before ("The stoppage ...")
_DEFINITE_OPENING = re.compile(r"\s*(?:The|This|That)\s")
# the verbs of beginning that do not also tell a place opening its doors ("the clinic opened on Friday")
_BEGINNING_NOT_OPENING = _BEGINNING - SIGNALS["opening"]


def _subject_head(title: str) -> str:
    """The last content word before a title's first verb ("Rail workers have been on strike" -> "workers"); "" when
    there is none."""
    head = ""
    for word in _LOWER_WORD.finditer(title.lower()):
        if _is_verb_word(word.group(0)):
            return head
        if word.group(0) not in _STOP and len(word.group(0)) > 2:
            head = word.group(0)
    return ""


def _begin_begun_states(drafts: list[_Draft], dct: date | None) -> list[_Draft]:
    """A state "until" a date runs from the publication date, unless the article tells when it begins: "the festival
    opens on June 3 ... and runs until June 9" runs from June 3. The beginning is an event of the article on a single
    day before the state's end (after the publication date, or on or before it: "opened on Friday night ... runs
    until August 11", told on the Saturday, is one event from the Friday, the opening no event of its own), whose
    title has a verb of beginning (the nearest such day before the end), told in the same sentence, or before it
    when the state's sentence tells a span ("runs", "lasts") and the beginning shares a content word with the
    state."""
    if dct is None:
        return drafts
    states = [d for d in drafts if d.dated.until]
    if not states:
        return drafts
    # each beginning with the lemmas of its title's content words
    # (a beginning on the publication date too: "the show opened on Thursday (today) and will run until October 4"
    # is one showing; "went back on show" begins one as "opens" does)
    beginnings = [(d, {lemma for word in _content_words(d.title) for lemma in lemmas(word)}) for d in drafts
                  if not d.dated.until and not d.dated.since and d.dated.first_day == d.dated.last_day
                  and d.dated.plain
                  and (not _BEGINNING.isdisjoint(map(str.lower, _WORD.findall(d.title)))
                       or _ON_SHOW.search(d.title) is not None)]
    for draft in states:
        item = draft.dated
        words = set(map(str.lower, _WORD.findall(draft.sentence.text)))
        if _LASTING.isdisjoint(words):  # "a ban is in force until June 9" tells no span of a thing that begins
            words = set()
        # a beginning told in another sentence must tell of the same thing: a content word of the state's title
        # ("The new bridge opens on Friday. Roadworks will continue until March": the roadworks do not begin Friday)
        own = {lemma for word in _content_words(draft.title) for lemma in lemmas(word)}
        # ... or the state's sentence opens with a definite subject right after the beginning's sentence, which it
        # refers back to ("... will open the cup on July 20. The tournament runs until August 20.")
        refers_back = _DEFINITE_OPENING.match(draft.sentence.text) is not None
        begun = [b for b, b_lemmas in beginnings
                 if (b.sentence.start == draft.sentence.start
                     or (words and b.sentence.start < draft.sentence.start
                         and ((refers_back and 0 <= draft.sentence.start - b.sentence.end <= 2
                               # (a past opening goes into the span and is no event of its own: "opened" tells a
                               # place opening its doors as often as a thing begun, so it must name the state's thing
                               # ("The clinic opened on Friday. The vaccination drive runs until August 20" keeps the
                               # clinic's day; "The strike began on Monday. The stoppage lasts until Friday" is one))
                               and (b.dated.first_day >= dct or not _BEGINNING_NOT_OPENING.isdisjoint(
                                   map(str.lower, _WORD.findall(b.title)))))
                              or not own.isdisjoint(b_lemmas))))
                 and b.dated.first_day <= item.last_day
                 # (a past beginning only of a state told lasting: "the hearing that began on Monday is adjourned
                 # until March" is a pause, no span from Monday)
                 and (words or b.dated.first_day >= dct)]
        if begun:
            later = [b for b in begun if b.dated.first_day > dct]
            beginning = max(later or begun, key=lambda b: b.dated.first_day)
            day = beginning.dated.first_day
            draft.dated = item._replace(first_day=day, value=f"{day.isoformat()}/{item.last_day.isoformat()}")
            if day <= dct and beginning in drafts:
                # a beginning on or before the publication date is the span's start, not news of its own: one event
                # from it ("the festival opened on Friday night ... runs until August 11", told on the Saturday)
                drafts.remove(beginning)
                draft.mentions.extend(beginning.mentions)
    return drafts


# "went back on show", "goes on display", "was put on view": a showing begins
_ON_SHOW = re.compile(r"\b(?:go|goes|went|gone|going|come|comes|came|put|placed)\s+(?:back\s+)?on\s+"
                      r"(?:show|display|view)\b", re.IGNORECASE)


# a past tense before "a day after": what came after is the story's news, told in the past ("The ruling came")
_CAME = re.compile(r"\b(?:came|happened|followed|occurred|was|were)\b", re.IGNORECASE)
_COMES = re.compile(r"\b(?:comes|come|is|are)\b", re.IGNORECASE)


# how long before publication the lead's day may be and still be the article's news (a week: the news of a daily
# or weekly paper)
_NEWS_REACH = timedelta(days=7)


def _count_from_the_news(drafts: list[_Draft], text: str, dct: date | None) -> list[_Draft]:
    """"The ruling came a day after thousands marched": told in the past tense, what came after is the news of the
    article's lead (its first event, a single day in the week before the publication date), so the march is counted
    back from that day, not from the publication date ("the news comes days after ...", in the present, still is)."""
    if dct is None or not any(d.dated.counted_from_dct for d in drafts):
        return drafts
    lead = min(drafts, key=lambda d: (d.sentence.start, d.dated.start)).dated
    if lead.counted_from_dct or lead.first_day != lead.last_day or lead.last_day >= dct:
        return drafts
    if dct - lead.last_day > _NEWS_REACH:
        return drafts  # a lead long before publication is background ("the factory opened in 2025"), not the news
    shift = dct - lead.last_day
    for draft in drafts:
        item = draft.dated
        if not item.counted_from_dct:
            continue
        told = text[draft.sentence.start : item.start]
        if not _CAME.search(told) or _COMES.search(told):
            continue
        moved = _moved_back(item, shift)
        if moved is not None:
            draft.dated = moved
    return drafts


def _join_forward_references(drafts: list[_Draft]) -> list[_Draft]:
    """"With the event just three months away" is a mention of the event told elsewhere ("the Olympics will run
    from July 26"), when one starts within the reach of that vague distance."""
    if not any(d.dated.forward for d in drafts):
        return drafts  # (most documents have no such mention: nothing to sort then)
    kept = []
    exact = sorted((d for d in drafts if not d.dated.forward and not d.dated.approximate),
                   key=lambda d: d.dated.first_day)
    exact_starts = [d.dated.first_day for d in exact]
    for draft in drafts:
        if not draft.dated.forward:
            kept.append(draft)
            continue
        target = draft.dated.first_day + (draft.dated.last_day - draft.dated.first_day) / 2
        reach = max(timedelta(days=31), (draft.dated.last_day - draft.dated.first_day) * 1.5)
        # the exact event starting nearest the target, if within reach: its neighbours in start order
        i = bisect_left(exact_starts, target)
        near = [exact[k] for k in (i - 1, i) if 0 <= k < len(exact)]
        near = [d for d in near if abs(d.dated.first_day - target) <= reach]
        if near:
            best = min(near, key=lambda o: abs(o.dated.first_day - target))
            best.mentions.extend(draft.mentions)
        else:
            kept.append(draft)
    return kept


# "the 2021 eruption", "since the 2019 floods": a year written before the noun of an event, only its label
_YEAR_LABEL = re.compile(r"\d{4}\s+([a-z]{4,})\b")
_YEAR_BEFORE_LABEL = re.compile(r"\b(?:the|its|their|this|that)\s+$", re.IGNORECASE)


_MONTH_LABEL = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)\s+[a-z]{4,}\b")


def _a_label(text: str, start: int, label: re.Pattern[str] = _YEAR_LABEL) -> bool:
    """Whether the date written at `start` labels the noun after it: a year ("the 2019 report", "its 2021 budget"),
    or with `label` _MONTH_LABEL a month ("the March report", "its June budget")."""
    return (label.match(text, start) is not None
            and _YEAR_BEFORE_LABEL.search(text, max(0, start - 8), start) is not None)


def _names_the_event(noun: str, title: str) -> bool:
    """Whether a title tells the event a noun names: a word of the title shares a lemma with it ("the collapse",
    "the dam collapsed"), or a verb's lemma and a suffix that makes a noun of it give the noun ("the eruption", "the
    volcano erupted"; "the election", "voters elected")."""
    nouns = lemmas(noun) | _TOLD_ALSO_BY.get(noun, frozenset())
    for word in _content_words(title):
        told = lemmas(word)
        if not nouns.isdisjoint(told) or any(
                len(lemma) >= 4 and (_noun_of_the_verb(noun, lemma) or (len(noun) >= 4 and lemma.endswith(noun)))
                for lemma in told):
            return True
    return False


def _noun_of_the_verb(noun: str, verb: str) -> bool:
    """Whether a noun is a verb's with a suffix that makes a noun of it: erupt-ion, settle-ment, merg(e)-er."""
    return any(noun.startswith(stem) and noun[len(stem) :] in _NOUN_OF_A_VERB
               for stem in ({verb, verb[:-1]} if verb.endswith("e") else {verb}))


_NOUN_OF_A_VERB = frozenset({"ion", "ions", "ment", "ments", "er", "ers"})  # erupt-ion, settle-ment, merg-er
# nouns of an event that news tells with another verb: an arrest is told "detained", a capture "seized"
_TOLD_ALSO_BY = {"arrest": frozenset({"detain"}), "arrests": frozenset({"detain"}),
                 "blast": frozenset({"explode", "explosion", "bomb"}), "explosion": frozenset({"explode", "bomb"}),
                 "flood": frozenset({"burst", "flooding"}), "floods": frozenset({"burst", "flooding"}),
                 # an election is told by its winner, a vote by its kind or what it passed or chose ("won a
                 # majority", "approved the budget")
                 "election": frozenset({"poll", "vote", "win", "elect"}),
                 "vote": frozenset({"poll", "ballot", "referendum", "plebiscite", "approve", "pass", "elect", "win"}),
                 "detention": frozenset({"detain", "arrest"}), "capture": frozenset({"seize"}),
                 # a change of owner is told by the buying; a coup by power seized
                 "takeover": frozenset({"buy", "acquire"}), "acquisition": frozenset({"buy", "acquire"}),
                 "coup": frozenset({"seize", "overthrow", "topple", "oust"}),
                 "referendum": frozenset({"vote", "plebiscite", "poll", "ballot"}),
                 "invasion": frozenset({"invade"}), "listing": frozenset({"public", "float"}),
                 "takeovers": frozenset({"buy", "acquire"}),
                 "attack": frozenset({"kill", "shoot", "bomb", "stab", "gunman", "gunmen", "attacker"})}
# a title whose subject is the noun itself: "The floods swept the delta", "Its eruption buried two villages"
_TITLE_OF_THE_NOUN = re.compile(r"(?:the|its|their)\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?\b", re.IGNORECASE)
# a verb's helper after a word that may be a noun or a verb shows it is the noun the subject ends with ("The election
# results were announced": of the results, not the election)
_HELPER = frozenset("is are was were has have had will would could can may might must".split())


def _the_title_is_of(noun: str, title: str) -> bool:
    """Whether a title opens with the noun a year labels, as its subject ("The floods swept the delta" for "the 2022
    floods"): the same word or its plural, not a verb of its stem ("the river flooded") and not a noun of another
    thing that only shares it ("the season opener", "a revised budget")."""
    opening = _TITLE_OF_THE_NOUN.match(title)
    if opening is None:
        return False
    head, after = opening.group(1).lower(), (opening.group(2) or "").lower()
    same = head == noun or head in (noun + "s", noun + "es") or noun in (head + "s", head + "es")
    compound = after and (word_classes(after) == frozenset({"NOUN"})
                          or ("NOUN" in word_classes(after) and (opening.group(3) or "").lower() in _HELPER))
    return same and not compound


def _join_year_labels(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """"shipped their largest harvest since the 2021 floods ... The floods swept the delta on September 19, 2021":
    the year only labels an event the article dates more exactly within that year, so it is a mention of that event,
    not a year-long event of its own. Only the nearest such event of the year, and only when its title's subject is
    the labelled noun itself; a year label with no such event stays one ("He lost the 2020 election. He won the
    primary on June 2, 2020" keeps both), and so does the label of a period ("the 2022 budget", "the 2022 season")."""
    kept = []
    for draft in drafts:
        item = draft.dated
        label = _YEAR_LABEL.match(text, item.start) if item.granularity == "year" else None
        if (label is None or not _a_label(text, item.start)
                or label.group(1).lower() in _PERIOD_NOUNS or label.group(1).lower() in _LABELLED_PERIODS):
            kept.append(draft)
            continue
        exact = [d for d in drafts if d is not draft and d.dated.plain and d.dated.granularity in ("day", "month")
                 and item.first_day <= d.dated.first_day and d.dated.last_day <= item.last_day]
        nearest = min(exact, key=lambda d: abs(d.dated.start - item.start), default=None)
        if nearest is not None and _the_title_is_of(label.group(1).lower(), nearest.title):
            nearest.mentions.extend(draft.mentions)
        else:
            kept.append(draft)
    return kept


_LABELLED_PERIODS = frozenset("season seasons term session sessions year years edition campaign census".split())


# The reader's last repairs of a title, made once every draft is dated and typed (round 33): they read the title's
# sentence and change the title alone (the typer, the passes over the drafts and the dates read the title as it was).
_A_PAUSE = re.compile(r",\s")  # (a figure's comma, "1,500", has no space after it)
_SPENDING = re.compile(r"\b(spent|spend|spends|spending)\s+([\w'’-]+)", re.IGNORECASE)
# words a title does not end with besides _TRAILING_LINK's: a preposition whose object was the date ("expects
# delays into (Sunday)"), a share of a span whose "of" and date were cut ("was shut for most (of 1998)")
_INTO_WORDS = ("into", "onto", "through", "across", "beyond", "via", "amid", "toward")  # one is in every match of:
_INTO_A_DATE = re.compile(r"(?:\s+(?:into|onto|through|throughout|across|beyond|via|amid|toward|towards))+$",
                          re.IGNORECASE)
# (at the end, "fell for most"; before the title's next words with "for", "was shut for most while ...")
_A_SHARE_OF = re.compile(r"\s+(?:for\s+)?(?:most|much|part|the\s+rest)$|\s+for\s+(?:most|much|part|the\s+rest)"
                         r"(?=\s+(?!of\b)[a-z])", re.IGNORECASE)
_DETERMINER_WORDS = frozenset("the a an its their his her this that these those".split())
# prepositions that open a phrase of place or time before the subject ("Across Europe, prices, ..."), beyond the
# typer's signal list (_PREPOSITIONS, which the typer reads and is left as it is)
_OPENING_PREPOSITIONS = _PREPOSITIONS | frozenset(
    "across after before under near within throughout along around among amid beyond over through inside outside "
    "behind above below beside despite without with against into toward towards upon like unlike via following "
    "according".split())


def _for_the_reader(draft: _Draft) -> str:
    """The title a reader sees: the draft's title with the repairs that need its sentence (the time spent on a
    thing, a date's own clause, a subject told before words about it, a word left hanging)."""
    title = draft.title
    if not title or not _REPAIRING.get():  # (the titles made without repairs have none of these either)
        return title
    sentence = draft.sentence
    repaired = _without_the_dateline(title, sentence)
    repaired = _what_the_comparison_tells(repaired, sentence, draft.dated)
    repaired = _without_the_opening_phrase(repaired, sentence)
    repaired = _with_the_subject_of_its_aside(repaired, sentence, draft.dated)
    repaired = _with_the_subject_past_its_aside(repaired, sentence, draft.dated)
    repaired = _with_what_was_ordered(repaired, sentence, draft.dated)
    repaired = _without_the_aside_after_its_date(repaired, sentence, draft.dated)
    repaired = _with_the_object_the_relative_told(repaired, sentence, draft.dated)
    repaired = _with_the_noun_of_its_relative(repaired, sentence, draft.dated)
    repaired = _with_the_head_of_a_long_subject(repaired, sentence)
    repaired = _without_a_count_before_the_date(repaired, sentence, draft.dated)
    repaired = _with_the_verb_of_the_dates_noun(repaired, sentence, draft.dated)
    repaired = _in_place_of_the_date_itself(repaired, sentence, draft.dated)
    repaired = _without_words_about_the_object(repaired, sentence, draft.dated)
    repaired = _with_the_time_spent(repaired, sentence, draft.dated)
    repaired = _with_the_words_the_cut_broke(repaired, sentence, draft.dated)
    repaired = _with_the_antecedent_that_agrees(repaired, sentence)
    repaired = _in_place_of_a_fragment(repaired, sentence, draft.dated)
    repaired = _without_a_clause_of_the_date(repaired, sentence)
    repaired = _with_the_subject_told_before(repaired, sentence, draft.dated)
    repaired = _with_the_owner_of_its(repaired, sentence)
    repaired = _with_the_owner_of_whose(repaired, sentence)
    repaired = _with_the_planner(repaired, sentence)
    repaired = _without_a_copula_of_the_date(repaired)
    repaired = _without_the_word_opening_its_clause(repaired, sentence)
    repaired = _without_a_hanging_end(repaired, sentence)
    repaired = title if repaired == title else _without_cut_lead_in(_tidy(repaired))
    return _with_its_particle(repaired, sentence, draft.dated)


# Round 35: a dateline the title kept, a subject lost before words about it, a relative clause's antecedent or
# object lost, a count of time left from a date the tagger found without it.
_A_BARE_COUNT_AT_END = re.compile(r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                  r"(?:days?|weeks?|fortnights?|months?|years?)$", re.IGNORECASE)
_A_CLAUSE_OPENS = re.compile(r"(?:,\s+(?:and|but)\s+|;\s+|:\s+)")
_PLAN_WORDS = frozenset("due set scheduled planned expected".split())
_PLURAL_VERBS = frozenset("are were have do".split())
_SINGULAR_VERBS = frozenset("is was has does".split())
_PLURAL_NOUNS = frozenset("people police men women children cattle".split())


def _plural(noun: str) -> bool:
    """Whether a noun is plural by its form ("schools", "people"; not "press", "bus", "crisis")."""
    noun = noun.lower()
    return noun in _PLURAL_NOUNS or (len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def _as_written(phrase: str) -> str:
    """A pattern for a title's words as its sentence has them: the first letter in either case, any spaces."""
    head = f"[{re.escape(phrase[:1].lower())}{re.escape(phrase[:1].upper())}]" if phrase[:1].isalpha() else re.escape(
        phrase[:1])
    return head + re.escape(phrase[1:]).replace(r"\ ", r"\s+")


# Round 37: a comparison's title ("The highest", "The lowest since the province first voted"), a title opened by a
# preposition ("Under a law passed by parliament").
_A_RANK = r"(?:[a-z]+est|most|least|first|only|last|second|third|fourth|fifth|sixth|biggest|worst|best)"
# ", the highest since 2008", ", its lowest in 20 years since ...": the words about a figure told before the comma
_A_COMPARISON = re.compile(r"(?:(?P<preposition>in|at)\s+)?"
                           r"(?P<words>(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,1}?" + _A_RANK +
                           r"(?:\s+(?!since\b)[\w'’-]+){0,5}?)\s+since\s+(?P<since>[^,;:.!?]*)$", re.IGNORECASE)
_BETWEEN_AT_END = re.compile(r"\s+between\s*$", re.IGNORECASE)
_A_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|when|where)\b", re.IGNORECASE)
_PRONOUN_SUBJECTS = frozenset("it he she they we i you this that there".split())


def _what_the_comparison_tells(title: str, sentence: Sentence, dated: _Dated) -> str:
    """The title of the date a comparison is told against. With a clause after "since" ("Turnout fell to 70
    percent, the lowest since the province first voted in 1948"), what happened at the date is that clause ("The
    province first voted"), which says who did what where "The lowest since ..." said nothing. With the date alone
    after "since" the title is left as made ("The highest"): the figure's clause would be read as what happened at
    that date."""
    text = sentence.text
    if "since" not in text:  # (most sentences hold no comparison: the patterns are tried on those that may)
        return title
    start = dated.start - sentence.start
    comma = text.rfind(", ", 0, start)
    if comma < 0:
        return title
    told = _A_COMPARISON.match(text, comma + 2, start)
    if told is None or _CUT_MARKS.search(text, comma + 2, start):
        return title
    # (the title is the comparison's words, as made: "The highest", "The largest deposit since the vault opened")
    opening_words = [w.lower() for w in _A_TOKEN.findall(told.group(0))][:2]
    if [w.lower() for w in _A_TOKEN.findall(title)][:2] != opening_words:
        return title
    since = _DATE_PREPOSITION_AT_END.sub("", _BETWEEN_AT_END.sub("", told.group("since"))).strip()
    if since:  # ("in the first vote since a court case was settled in June": the clause is the date's news)
        words = since.split()
        if (len(words) < 2 or words[0].lower() in _PRONOUN_SUBJECTS
                or not any(w in _AUXILIARIES or (w.islower() and _a_verb_form(w)) for w in words[1:6])):
            return title  # ("since it opened": who "it" is is told elsewhere; "since the war": no clause)
        return _within_the_limit(since, False)
    # with the date alone after "since" ("Exports rose 9 percent last year, the highest since 2014") the title stays
    # the comparison's words: the figure's clause at 2014 would tell of 2014 what happened last year
    return title


# prepositions opening a phrase of place or occasion (not of time: "Since his arrival, the director has ..." is
# the date's own clause)
_PLACE_OR_OCCASION = frozenset("in at on under during amid with across near inside outside among within throughout "
                               "around".split())


def _without_the_opening_phrase(title: str, sentence: Sentence) -> str:
    """"At a rally in Lyon the candidate promised lower taxes" of "At a rally in Lyon on Sunday, the candidate
    promised lower taxes" -> "The candidate promised lower taxes": a phrase of place or occasion that opens the
    sentence before its comma says where, not who did what; the title opens with the clause's subject."""
    space = title.find(" ")
    first = title[:space] if space > 0 else title
    if first.lower() not in _PLACE_OR_OCCASION:
        return title
    text = sentence.text
    opening = _after_dateline(sentence, sentence.end) - sentence.start
    if not text[opening:].lower().startswith(first.lower() + " "):
        return title
    comma = _A_PAUSE.search(text, opening)
    if comma is None:
        return title
    rest = text[comma.end() :]
    words = rest.split()[:3]
    if len(words) < 3 or not (words[0].lower() in _SUBJECT_OPENER or words[0][0].isupper()
                              # (a plural noun with its verb next: "In Paris on Monday, farmers blocked ...")
                              or (words[0].isalpha() and words[0].lower() not in _FUNCTION_WORDS
                                  and not _a_verb_form(words[0]) and _a_verb_form(words[1]))):
        return title
    at = title.find(" " + " ".join(words))
    told = title[at + 1 :] if at > 0 else ""
    told_words = told.rstrip("…").split()
    if len(told_words) < 3 or not any(w in _AUXILIARIES or (w.islower() and _a_verb_form(w)) for w in told_words[1:6]):
        return title
    phrase = title[len(first) + 1 : at].strip()
    if any(w.islower() and (w.endswith("ed") or _past_form(w)) for w in phrase.split()[1:]):
        # "Under a deal signed on Friday, the port ...": the date is the phrase's own, a thing done then
        return _within_the_limit(phrase, False) if len(phrase.split()) >= 2 else title
    return told[:1].upper() + told[1:]


def _without_the_dateline(title: str, sentence: Sentence) -> str:
    """"PRIPYAT, Ukraine (Features) —, reactor number four ..." -> "Reactor number four ...": the place and desk of
    a dateline are no part of what happened (a date right after the dateline left the title opening with them)."""
    dateline = _DATELINE.match(sentence.text)
    if dateline is None or (dateline.group("agency") is None and _DASH.search(sentence.text, dateline.end())):
        return title
    opening = sentence.text[: dateline.end()].rstrip()
    if not title.startswith(opening):
        return title
    whole = _uncut(title, sentence.text) if title.endswith("…") else title
    rest = whole[len(opening) :].lstrip(" ,;:—–-")
    return _within_the_limit(rest, False) if _two_words(rest) else title


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` of a sentence's text begins: after the last ", and" / ", but" / ";" /
    ":" before it, or the sentence's start."""
    starts = [m.end() for m in _A_CLAUSE_OPENS.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def _after_its_noun(word: str, k: int) -> bool:
    """Whether a subject's word `k` (not its first) opens words about its noun: a preposition ("A referendum on
    ...") or a participle after a noun ("A relief fund set up under ..."; not right after a determiner, "The armed
    forces", "the leading party")."""
    return word.lower() in _OPENING_PREPOSITIONS or (k >= 2 and word.islower() and (
        _past_form(word) or word.endswith("ing")) and "VERB" in word_classes(word))


def _head_of(subject: str, long: bool = False) -> str:
    """A long subject told by its words before the first words about its noun (a preposition, a participle), when
    it is `long` (its verb told after it), longer than a title's subject or a clause of its own follows ("A
    referendum on whether the town should merge" -> "A referendum"); the whole subject otherwise, and when a verb
    comes first."""
    words = subject.split(" ")
    for k, w in enumerate(words[1:], 1):
        if _after_its_noun(w, k):
            if long or len(words) > 6 or any(
                    v in _AUXILIARIES or v.lower() in ("whether", "that", "which", "who", "if")
                    or (v.islower() and _plainly_verb(v)) for v in words[k + 1 :]):
                return " ".join(words[:k])  # (or a subject too long for a title: "The yearly match against ...")
            return subject
        if w in _AUXILIARIES or (w.islower() and _plainly_verb(w)):
            return subject  # (a verb before any words about the noun: no head to tell)
    return subject


def _an_adjective_after(words: list[str], k: int) -> bool:
    """Whether word `k` in -ing right after a determiner is an adjective ("the outgoing president", "its ruling
    party")."""
    return words[k].endswith("ing") and words[k - 1].lower() in _DETERMINER_WORDS


class _Aside(NamedTuple):
    """A clause's subject with words about it between commas, and the clause's words after them up to the next
    comma ("Their last meeting | , in September 2024, | broke up after two hours")."""

    subject: str  # its head when long (_head_of)
    opened: re.Match[str]
    closed: re.Match[str]
    aside: str
    main: str


def _asides(sentence: Sentence) -> Iterable[_Aside]:
    """Each subject of one of the sentence's clauses followed by words about it between commas: a noun phrase of at
    most six words (told by its head when long), with no verb, not a date's words."""
    text = sentence.text
    pauses = list(_A_PAUSE.finditer(text))
    for opened, closed in zip(pauses, pauses[1:], strict=False):
        begin = max(_clause_start(text, opened.start()),
                    _after_dateline(sentence, sentence.start + opened.start()) - sentence.start)
        if begin > opened.start() or _A_CLAUSE_OPENS.match(text, closed.start()):
            continue
        full = text[begin : opened.start()].strip()
        subject = _head_of(full)
        words = _WORD.findall(subject)
        if (not words or len(words) > 6 or not (words[0][0].isupper() or words[0].lower() in _DETERMINER_WORDS)
                or words[0].lower() in _OPENING_PREPOSITIONS or words[-1].lower() in _TIME_WORDS
                or all(w.isupper() for w in words) or "," in full
                or any(w in _AUXILIARIES or w in _REPORTING or (w.islower() and (_plainly_verb(w) or _past_form(w))
                                                                 and not _an_adjective_after(words, k))
                       for k, w in enumerate(words[1:], 1))):
            continue
        main_end = _A_PAUSE.search(text, closed.end())
        main = text[closed.end() : main_end.start() if main_end else len(text)].rstrip(" .;:")
        yield _Aside(subject, opened, closed, text[opened.end() : closed.start()], main)


def _with_the_subject_of_its_aside(title: str, sentence: Sentence, dated: _Dated) -> str:
    """A subject with words about it between commas ("the derby, due on Saturday, has been put off"), in a clause
    after ", and" too, or told by its head when long ("A vote on whether to merge" -> "A vote"): a title that lost
    the subject takes it ("Due has been put off" -> "The derby has been put off"; "Was due" -> "A vote was due"); a
    title of the subject and the words about it holding the date is those words ("The cinema opened has closed" ->
    "The cinema opened"), but for words of a plan ("due": what was planned is the clause's verb) and a place ("in
    Lima": what happened is the verb), or a post held since the date ("in charge since 2019" -> "has been in
    charge")."""
    if title.endswith("…"):
        return title
    text = sentence.text
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    for subject, opened, closed, aside, main in _asides(sentence):
        aside_words, main_words = _WORD.findall(aside.lower()), _WORD.findall(main.lower())
        if (not aside_words or len(main_words) < 2 or main_words[0] in _REPORTING and "since" not in aside_words
                or any(w in ("which", "who", "whom", "whose", "that") for w in aside_words)):
            continue  # (a clause of its own inside the words about the subject: "part of which collapsed")
        verb = main_words[0]
        if not (verb in _AUXILIARIES or _a_verb_form(verb)):
            continue
        lower = title.lower()
        starts_subject = lower.startswith(subject.lower() + " ")
        body = title[len(subject) + 1 :] if starts_subject else title
        body_words = _WORD.findall(body.lower())
        if not body_words:
            continue
        in_aside = opened.end() <= d_start < d_end <= closed.start()
        if not in_aside:  # (a title opening with the clause's verb, the date after the words about the subject)
            if body_words[0] != verb or starts_subject or d_start <= closed.start():
                continue
            told = body
        elif body_words[0] != aside_words[0]:
            continue
        else:
            date_words = set(_WORD.findall(text[d_start:d_end].lower()))
            about = [w for w in aside_words if w not in date_words]
            plan = aside_words[0] == "due" or (aside_words[0] in _PLAN_WORDS and aside_words[1:2] in (["to"], ["for"]))
            at_main = _pattern(rf"\b{re.escape(main_words[0])}\s+{re.escape(main_words[1])}\b", re.IGNORECASE).search(
                body)
            if plan and (len(about) == 1 or (len(about) == 2 and about[1] in _OPENING_PREPOSITIONS | {"for"})):
                # (a plan alone, "due on Saturday": what became of it is the clause's verb; a plan told with words
                # of its own, "due to be played at the stadium", is told as those words)
                told = body[at_main.start() :] if at_main is not None else main
            elif at_main is not None and at_main.start() > 0:
                told = body[: at_main.start()].rstrip(" ,")  # (the words about the subject, their date's)
            elif aside_words[0] in _OPENING_PREPOSITIONS and body_words == about[: len(body_words)]:
                if "since" in _WORD.findall(text[opened.end() : d_start].lower()):  # (a post held since the date)
                    words = _WORD.findall(subject)
                    noun = next((words[j - 1] for j in range(1, len(words)) if words[j].lower() in
                                 _OPENING_PREPOSITIONS | {"of"}), words[-1])  # (the noun heading the subject)
                    told = ("have been " if _plural(noun) else "has been ") + body[:1].lower() + body[1:]
                else:
                    told = main  # (a place: what happened is the clause's verb)
            elif not starts_subject and aside_words[0] not in _DETERMINER_WORDS:
                told = body
            else:
                continue
        told = told.strip()
        if not told or told.lower() == body.lower() and starts_subject:
            return title
        subject = subject[:1].upper() + subject[1:]
        opening = _WORD.match(told)
        if opening is not None and _pattern(rf"\b{re.escape(opening.group(0).lower())}\b").search(text) is not None:
            told = told[:1].lower() + told[1:]  # (a word written in small letters in the sentence)
        return _within_the_limit(subject + " " + told, False)
    return title


# Round 36: words about a subject between commas that are a date, a number or a noun phrase of their own (no verb):
# a title that kept the subject without its verb, or those words without the subject, is told as the subject and
# the clause's verb.
_A_TOKEN = re.compile(r"[\w'’.-]*\w")
_DATE_LINKS = _OPENING_PREPOSITIONS | frozenset({"to", "and", "or", "until", "till"})  # ("from May to July")
_NOT_A_VERB_ASIDE = frozenset("due which who whom whose that when where while since".split())


def _with_the_subject_past_its_aside(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"Their last meeting" of "Their last meeting, in September 2024, broke up after two hours" -> "Their last
    meeting broke up after two hours"; "The match the last of the season" of "Friday's match, the last of the
    season, ended in a draw" -> "The match ended in a draw"; "58 admitted the charges" of "The woman, 58, admitted
    the charges in February" -> "The woman admitted the charges". Words about the subject between commas with no
    verb of their own (a date, a number, a noun phrase) tell neither who nor what: the title is the subject and the
    clause's verb. Words about the subject with a date of their own and more than a date ("Olympic champions in
    2016") are the date's and left as they are."""
    if title.endswith("…"):
        return title
    text = sentence.text
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    for subject, opened, closed, aside, main in _asides(sentence):
        aside_tokens = [w.lower() for w in _A_TOKEN.findall(aside)]
        written = [w for w in _A_TOKEN.findall(aside) if w.islower()]  # (not "May", a month)
        if not aside_tokens or any(w in _AUXILIARIES or w in _NOT_A_VERB_ASIDE or w in _REPORTING or (
                w.isalpha() and (_plainly_verb(w) or _past_form(w)) and (k == 0 or written[k - 1] not in
                                                                          _DETERMINER_WORDS))
                for k, w in enumerate(written)) or any(
                w == "to" and _a_verb_base(v) for w, v in zip(written, written[1:], strict=False)):
            continue  # (words of their own about the subject: "opened in 1931", "due to be played", "part of which")
        main_words = _WORD.findall(main)
        if (len(main_words) < 2 or main_words[0] in _REPORTING or not (
                main_words[0] in _AUXILIARIES or _a_verb_form(main_words[0])
                or (main_words[0].endswith("s") and _present_form(main_words[0])))):
            continue  # ("offers" right after the words about the subject is its verb)
        if d_start >= closed.end():  # the date in the clause: a title that lost the subject for the aside's words
            at = _pattern(rf"(?:^|\s){re.escape(main_words[0])}\s+{re.escape(main_words[1])}\b").search(title)
            if at is None or at.start() == 0:
                continue
            head = [w.lower() for w in _A_TOKEN.findall(title[: at.start()])]
            if not head or any(w not in aside_tokens for w in head):
                continue
            return _within_the_limit(subject[:1].upper() + subject[1:] + " " + title[at.start() :].strip(), False)
        if d_end > opened.start():  # the date between the commas: only a date, or a noun phrase about the subject
            date_words = {w.lower() for w in _A_TOKEN.findall(text[d_start:d_end])}
            rest = [w for w in aside_tokens if w not in date_words]
            while rest and rest[-1] in _DATE_LINKS:
                rest.pop()
            if d_start < opened.end() or (rest and aside_tokens[0] not in _DETERMINER_WORDS - {"that", "this"}
                                          and any(w not in _DATE_LINKS for w in rest)):
                continue
        else:
            rest = [w for w in aside_tokens]
        title_tokens = [w.lower() for w in _A_TOKEN.findall(title)]
        if rest and title_tokens[-len(rest) :] == rest:
            title_tokens = title_tokens[: -len(rest)]
        subject_tokens = [w.lower() for w in _A_TOKEN.findall(subject)]
        if not title_tokens or title_tokens[-1] != subject_tokens[-1] or len(title_tokens) > len(subject_tokens):
            continue  # (the title is the subject, as told, and no more)
        dates = [t for t in tag(main, None) if t.type != TimexType.DURATION]  # ("broke up after two hours" stays)
        told = _DATE_PREPOSITION_AT_END.sub("", main[: dates[0].start] if dates else main).rstrip(" ,;:.")
        if len(told.split(" ")) < 2:
            continue
        kept = " ".join(title.split(" ")[: len(title_tokens)])
        return _within_the_limit(kept + " " + told, False)
    return title


def _without_the_aside_after_its_date(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The man arrested a 34-year-old from Leeds" of "The man arrested on Friday, a 34-year-old from Leeds,
    appeared in court": words about the subject between commas right after the date, with no verb of their own,
    read as the object of a verb before the date; the title is told without them ("The man arrested")."""
    if title.endswith("…"):
        return title
    text = sentence.text
    d_end = dated.end - sentence.start
    opened = _A_PAUSE.match(text, d_end)
    closed = _A_PAUSE.search(text, opened.end()) if opened is not None else None
    if opened is None or closed is None:
        return title
    aside = [w.lower() for w in _A_TOKEN.findall(text[opened.end() : closed.start()])]
    if (not aside or len(aside) > 6 or not (aside[0] in _DETERMINER_WORDS or aside[0][0].isdigit())
            or any(w in _AUXILIARIES or w in _NOT_A_VERB_ASIDE or w in _REPORTING or (
                w.isalpha() and (_plainly_verb(w) or _past_form(w)) and aside[k - 1] not in _DETERMINER_WORDS)
                for k, w in enumerate(aside[1:], 1))):
        return title  # (a noun phrase about the subject: "a 34-year-old from Leeds", "the last of the season")
    words = title.split(" ")
    tokens = [[t.lower() for t in _A_TOKEN.findall(w)] for w in words]
    for k in range(len(words) - 1, 1, -1):
        told = [t for ts in tokens[k:] for t in ts]
        if len(told) >= 2 and told == aside[: len(told)]:  # (the aside, or its first words where the title stops)
            return _within_the_limit(" ".join(words[:k]).rstrip(" ,;:"), False)
    return title


_TO_DO = re.compile(r"\s+(to\s+[a-z]+\b.*)$", re.DOTALL)
# what every match of _TO_DO holds: a span without it needs no tagging to tell it has nothing ordered
_TO_DO_HELD = re.compile(r"\sto\s")


def _with_what_was_ordered(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"160 people were ordered" of "160 people were ordered on Tuesday to keep to their homes for 21 days", the
    day and the count of days dated as one span: a title ending with the verb before the span takes the words the
    span holds between its dates ("... were ordered to keep to their homes"), what the verb was told to do."""
    if title.endswith("…"):
        return title
    last = title.split(" ")[-1]
    if not (last.islower() and _past_form(last) or last.endswith("ed")):
        return title
    expression = sentence.text[dated.start - sentence.start : dated.end - sentence.start]
    if _TO_DO_HELD.search(expression) is None:
        return title  # (no "to" between words: _TO_DO cannot match, whatever the span's pieces)
    pieces = tag(expression, None)
    if len(pieces) < 2 or pieces[0].start != 0 or pieces[-1].end != len(expression):
        return title
    between = _TO_DO.match(expression, pieces[0].end, pieces[-1].start)
    if between is None or not _a_verb_base(between.group(1).split()[1]):
        return title
    done = _DATE_PREPOSITION_AT_END.sub("", between.group(1).rstrip()).rstrip(" ,;:")
    return _within_the_limit(title + " " + done, False)


_A_SUBORDINATOR_OPENS = re.compile(r"(?:ever\s+)?(?:since|though|although|because|once|after|before|when|until|"
                                   r"while)\s+(?=\S)", re.IGNORECASE)


def _without_the_word_opening_its_clause(title: str, sentence: Sentence) -> str:
    """"Since records began" of "December was the warmest since records began in 1767" -> "Records began": a title
    that is a clause opened by "since", "after", "though" ... tells what happened at the date without the word. A
    title that runs on past the comma closing that clause in the sentence ("Until the ban was lifted fans could not
    travel") is the clause alone ("The ban was lifted"), and is left as it is when the clause has no verb before
    the comma ("Since her election the mayor has cut taxes": the verb is the main clause's)."""
    opener = _A_SUBORDINATOR_OPENS.match(title)
    if opener is None:
        return title
    rest = title[opener.end() :]
    words = rest.rstrip("…").split(" ")
    first = words[0]
    if len(words) < 2 or (first.islower() and (first in _AUXILIARIES or _a_verb_form(first) or first.endswith("ing"))):
        return title  # (no subject of its own: "Since taking office", "After winning the cup")
    text = sentence.text
    at = re.search(rf"\b{re.escape(opener.group(0).rstrip())}\s+{re.escape(first)}\b", text, re.IGNORECASE)
    closed = _A_PAUSE.search(text, at.end()) if at is not None else None
    if at is not None and closed is not None:  # (the clause as the sentence writes it, to its comma: how many of
        # the title's words it holds)
        clause = [w.lower() for w in _A_TOKEN.findall(text[at.start() : closed.start()])][1:]
        k = 0
        inside = 0
        for w in words:
            tokens = [t.lower() for t in _A_TOKEN.findall(w)]
            for t in tokens:
                while k < len(clause) and clause[k] != t:
                    k += 1
                k += 1
            if k > len(clause):
                break
            inside += 1
        words = words[:inside]
        if inside < len(rest.rstrip("…").split(" ")):
            rest = " ".join(words)
    if not any(w in _AUXILIARIES or (w.islower() and _a_verb_form(w)) for w in words[1:6]):
        return title  # (no verb: "After the storm", "Since the war"; "Since her election, the mayor has ...")
    return rest[:1].upper() + rest[1:]


def _with_the_antecedent_that_agrees(title: str, sentence: Sentence) -> str:
    """"The district were to open" of "Schools in the district, which were to open ...": a relative clause's verb
    that does not agree with the noun right before it is told of the noun phrase it heads ("Schools in the
    district")."""
    if title.endswith("…"):
        return title
    told = re.match(r"(?P<np>(?:[\w'’-]+\s+){0,4}?(?P<head>[\w'’-]+))(?:,?\s+(?:which|who|that))?,?\s+"
                    r"(?P<verb>are|were|have|do|is|was|has|does)\b", title)
    if told is None or any(w in _AUXILIARIES or w in ("which", "who", "that") or (w.islower() and _plainly_verb(w))
                           for w in told.group("np").split(" ")[1:]):
        return title
    plural = told.group("verb") in _PLURAL_VERBS
    if _plural(told.group("head")) == plural:
        return title
    found = _pattern(rf"{_as_written(told.group('np'))},?\s+(?:which|who|that)\s+{told.group('verb')}\b").search(
        sentence.text)
    if found is None:
        return title
    fuller = re.search(r"(?:^|,\s|;\s)(?P<head>[A-Z]?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:in|of|at|on|from|near|around|"
                       r"across|along)\s+$", sentence.text[: found.start()])
    if fuller is None or _plural(fuller.group("head").split()[-1]) != plural:
        return title
    phrase = sentence.text[fuller.start("head") : found.start()] + sentence.text[found.start() :][: len(
        told.group("np"))]
    phrase = phrase[:1].upper() + phrase[1:]
    return _within_the_limit(phrase + title[told.start("verb") - 1 :], False)


def _with_the_object_the_relative_told(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The minister then put off" of "... the fees that the minister then put off until June": a relative clause
    whose object is the noun it tells of takes that noun back ("The minister then put off the fees")."""
    if title.endswith("…"):
        return title
    words = title.split(" ")
    last = words[-1]
    if (len(words) < 2 or not last.islower() or not (last in _A_PARTICLE_WORD or _a_verb_form(last))
            or words[0].lower() in _AUXILIARIES or _plainly_verb(words[0].lower()) or _past_form(words[0].lower())):
        return title
    text = sentence.text
    d_start = dated.start - sentence.start
    found = _pattern(rf"\b(?:that|which)\s+{_as_written(title)}\s+(?:(?:in|on|at|until|till|by|from|since|"
                     r"before|after)\s+)?$").search(text[:d_start])
    if found is None:
        return title
    before = text[: found.start()].rstrip()
    if before.endswith(","):
        return title
    noun = _last_noun_phrase(before[_clause_start(before, len(before)) :])
    bare = re.search(r"(?:^|\s)((?:(?:the|a|an|its|their|his|her)\s+)?([a-z][\w'’-]*))$", before)
    if len(noun.split(" ")) > 4 and bare is not None and "NOUN" in word_classes(bare.group(2)) and not (
            _a_verb_form(bare.group(2)) or bare.group(2) in _OPENING_PREPOSITIONS):
        noun = bare.group(1)  # ("ahead of tariffs that ...": the noun right before "that" when no phrase is told)
    noun_words = noun.split(" ")
    if not 1 <= len(noun_words) <= 4 or any(w in _AUXILIARIES or (w.islower() and _plainly_verb(w))
                                            for w in noun_words):
        return title
    if noun_words[0] not in _DETERMINER_WORDS and noun_words[0].islower() and len(noun_words) > 1:
        return title
    return _within_the_limit(title + " " + noun, False)


def _with_the_noun_of_its_relative(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"Begins and has told farmers to plant less" of "The mill has cut its order for the season that begins in
    early May and has told farmers ...": a title opening with a relative clause's verb takes the noun the clause
    tells of ("The season begins"), without the verb after "and" that is the clause's before it ("has cut ... and
    has told")."""
    if title.endswith("…"):
        return title
    first = _WORD.match(title)
    opening = first.group(0).lower() if first is not None else ""
    if not opening or not (opening in _AUXILIARIES or _plainly_verb(opening) or _present_form(opening)
                           or _past_form(opening)) or (
            re.search(r"\b(?:when|after|as|once|because|while|before|until)\b", title)):
        return title  # (a clause opened inside it: the date is that clause's, _with_the_words_the_cut_broke)
    text = sentence.text
    d_start = dated.start - sentence.start
    found = None
    for m in _pattern(rf"\s(?:that|which|who)\s+({re.escape(opening)})\b").finditer(text[:d_start]):
        found = m
    if found is None or text[: found.start()].rstrip().endswith(","):
        return title
    before = text[: found.start()]
    begin = _clause_start(text, found.start())
    noun = _last_noun_phrase(before[begin:])
    noun_words = noun.split(" ")
    if (noun == before[begin:] or not 2 <= len(noun_words) <= 4 or noun_words[0].lower() not in _DETERMINER_WORDS
            or any(w in _AUXILIARIES or (w.islower() and _plainly_verb(w)) for w in noun_words[1:])):
        return title
    told = title[:1].lower() + title[1:]
    joined = re.search(r"\s+and\s+([a-z]+)\b", told)
    if joined is not None and _pattern(rf"\b{re.escape(joined.group(1))}\b").search(
            before[begin : len(before) - len(noun)]):
        told = told[: joined.start()]  # (the verb after "and" is the one before the noun's: "has cut ... has told")
    return _within_the_limit(noun[:1].upper() + noun[1:] + " " + told, False)


def _words_up_to_a_date(piece: str) -> str:
    """The words of a piece before the first date in it, without the preposition that led into it, nor a comma
    after."""
    times = tag(piece, None)
    cut = piece[: times[0].start] if times else piece
    cut = _DATE_PREPOSITION_AT_END.sub("", cut.rstrip())
    return cut.split(", ", 1)[0].rstrip(" ,;:.")


def _with_the_verb_of_the_dates_noun(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The market guild" / "The market guild will" of "The quarter's market guild, which has run the stalls since
    1990, will meet the mayor on Tuesday week": a title of the noun a date owns, without a verb or with its
    auxiliary alone, takes the noun's verb and what follows it up to another date ("The market guild will meet
    the mayor")."""
    if title.endswith("…") or not title.startswith("The "):
        return title
    text = sentence.text
    d_end = dated.end - sentence.start
    owned = re.match(r"['’]s\s+", text[d_end:])
    d_start = dated.start - sentence.start
    if owned is None or text[max(_clause_start(text, d_start), _after_dateline(sentence, dated.start)
                                 - sentence.start) : d_start].strip():
        return title  # (the noun of a date inside the subject, "The bill for last month's repairs", is not its head)
    words = title[4:].split(" ")
    dangling = words[-1] in _AUXILIARIES
    noun = words[:-1] if dangling else words
    if not noun or any(w in _AUXILIARIES or w in ("which", "who", "that") or (w.islower() and _plainly_verb(w))
                       for w in noun):
        return title
    at = d_end + owned.end()
    if not _pattern(_as_written(" ".join(noun)) + r"\b").match(text[at:]):
        return title
    after = at + len(" ".join(noun))
    rest = text[after:]
    aside = re.match(r",\s[^,]*,\s", rest)
    if aside is not None:
        rest = rest[aside.end() :]
    elif rest.startswith(","):
        return title
    verb = _WORD.match(rest.lstrip())
    if verb is None or not (verb.group(0) in _AUXILIARIES or _a_verb_form(verb.group(0))):
        return title
    told = _words_up_to_a_date(rest.strip())
    if len(told.split(" ")) < 2 + (verb.group(0) in _AUXILIARIES):
        return title
    return _within_the_limit("The " + " ".join(noun) + " " + told, False)


def _in_place_of_the_date_itself(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The weekend of March 3 last year" of "Floods killed 40 people on the weekend of March 3 last year": a title
    that is the date itself (and words of time after it) is the clause's words before the date."""
    text = sentence.text
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    expression = text[d_start:d_end]
    body = title.rstrip("…")
    if not body.lower().startswith(expression.lower()) or len(expression.split(" ")) < 2:
        return title
    left = body[len(expression) :].strip()
    if left and not any(t.start == 0 and t.end == len(left) for t in tag(left, None)):
        return title  # (words of their own after the date: not the date alone)
    begin = max(_clause_start(text, d_start), _after_dateline(sentence, dated.start) - sentence.start)
    before = _DATE_PREPOSITION_AT_END.sub("", text[begin:d_start].rstrip()).rstrip(" ,;:")
    before_words = before.split(" ")
    if len(before_words) < 3 or not any(w in _AUXILIARIES or (w.islower() and _a_verb_form(w))
                                        for w in before_words[1:]):
        return title
    return _within_the_limit(_tidy(before), False)


_WORDS_FOR_ALL_OF_THEM = frozenset({"both", "all", "each"})  # ("two men, both in their twenties, in Leeds")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "off", "at"})  # (in small letters: "In" opens a sentence)


def _without_words_about_the_object(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The last match by two sets" of "A Spaniard won Saturday's final, the last match of the season, by two
    sets": a title of the words about the clause's object between commas, holding the date or closed before it
    ("won the marathon, the last race of the season, by four seconds on Sunday"), is the clause without them ("A
    Spaniard won Saturday's final by two sets")."""
    if title.endswith("…"):
        return title
    text = sentence.text
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    before_date = list(_A_PAUSE.finditer(text, 0, d_start))
    opened = before_date[-1] if before_date else None
    closed = _A_PAUSE.search(text, d_end)
    resumed = _WORD.match(text, opened.end()) if opened is not None else None
    if len(before_date) >= 2 and (opened is not None and opened.end() == d_start or resumed is not None
                                  and resumed.group(0).lower() in _OPENING_PREPOSITIONS | {"by"}):
        # (the words about the object closed before the date, and the clause goes on to it: "won the marathon, the
        # last race of the season, by four seconds on Sunday"; "hit the suburbs, a mile from the port, last week")
        opened, closed = before_date[-2], before_date[-1]
    if opened is None or closed is None:
        return title
    aside = text[opened.end() : closed.start()]
    aside_words = _WORD.findall(aside)
    resumed_alone = closed.end() <= d_start and _WORD.findall(title.lower()) == _WORD.findall(
        _DATE_PREPOSITION_AT_END.sub("", text[closed.end() : d_start].rstrip()).lower())  # ("At the stadium")
    a_place = bool(aside_words) and aside_words[0] in _PLACE_PREPOSITIONS and len(aside_words) <= 5 and not any(
        w.endswith("ed") for w in aside_words)  # ("killed 20 people at a hotel in Bamako, in northern Mali, in May")
    opening = aside_words[0].lower() if aside_words else ""
    if (not aside_words or (opening not in _DETERMINER_WORDS - {"that"} | _WORDS_FOR_ALL_OF_THEM and not a_place)
            or not (resumed_alone or _pattern(rf"(?:^|\s){re.escape(' '.join(aside_words[:2]).lower())}\b").search(
                title.lower()))
            or any(w in _AUXILIARIES or w in ("which", "who", "since") or (
                w.islower() and _plainly_verb(w) and not (a_place and w.endswith("ing"))
                and (k == 0 or aside_words[k - 1].lower() not in _DETERMINER_WORDS))
                   for k, w in enumerate(aside_words))):
        return title  # (nor words comparing with an earlier date: "the highest since 2017"; "the third" is no verb)
    begin = max(_clause_start(text, opened.start()), _after_dateline(sentence, dated.start) - sentence.start)
    before = text[begin : opened.start()].strip()
    before_words = before.split(" ")
    if len(before_words) < 3 or "," in before or not any(
            w in _AUXILIARIES or (w.islower() and _a_verb_form(w)) for w in before_words[1:]):
        return title
    if closed.end() <= d_start:  # (the rest of the clause up to its own date: "by four seconds" is no date)
        after = _DATE_PREPOSITION_AT_END.sub("", text[closed.end() : d_start].rstrip()).rstrip(" ,;:")
    else:
        after = _words_up_to_a_date(text[closed.end() :])
    after_words = after.split(" ")
    if after_words and after_words[0].lower() not in _OPENING_PREPOSITIONS | {"by", "to", "for"} and not (
            after_words[0] in _AUXILIARIES or _a_verb_form(after_words[0])):
        after = ""  # (a clause of its own after the words about the object; a verb after them is the clause's)
    return _within_the_limit(_tidy(before + (" " + after if after else "")), False)


def _with_the_head_of_a_long_subject(title: str, sentence: Sentence) -> str:
    """"Ran dry" of "A relief fund set up under the 1990 treaty with Spain ran dry in 2009": a title opening with the
    verb of a subject told with words after its noun ("set up under ...") takes the subject's head ("A relief fund
    ran dry")."""
    if title.endswith("…"):
        return title
    first = _WORD.match(title)
    if first is None:
        return title
    verb = first.group(0).lower()
    if not (verb in _AUXILIARIES or ((_past_form(verb) or (_present_form(verb) and verb.endswith("s")))
                                     and "NOUN" not in word_classes(verb))):
        return title  # (a noun that may be a verb, "Repairs began", opens its own subject)
    text = sentence.text
    begin = _after_dateline(sentence, sentence.end) - sentence.start
    found = _pattern(rf"\s{re.escape(verb)}\b").search(text[begin:])
    if found is None:
        return title
    subject = text[begin : begin + found.start()]
    words = subject.split(" ")
    if ("," in subject or len(words) < 4 or words[0].lower() not in _NOUN_PHRASE_OPENS - {"this", "these", "those"}
            or any(w in _AUXILIARIES or w in _REPORTING or w.lower() in ("that", "which", "who", "and", "but")
                   for w in words)):
        return title
    head = _head_of(subject, long=True).split(" ")
    if not 2 <= len(head) <= 4 or len(head) == len(words):
        return title
    return _within_the_limit(" ".join(head) + " " + verb + title[first.end() :], False)


def _without_a_count_before_the_date(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"... opens in the festival house a week" of "... a week today" (the date found as "today" alone): a count of
    time right before the date, with no word to hold it, is the date's."""
    if title.endswith("…"):
        return title
    count = _A_BARE_COUNT_AT_END.search(title)
    if count is None:
        return title
    held = title[: count.start()].split(" ")[-1].lower()
    if held in _OPENING_PREPOSITIONS or held in ("for", "to", "every", "each", "per", "of", "than", "last", "next"):
        return title
    told = re.escape(count.group(0).strip()).replace(r"\ ", r"\s+")
    if _pattern(rf"\b{told}\s+$", re.IGNORECASE).search(sentence.text[: dated.start - sentence.start]) is None:
        return title
    cut = title[: count.start()]
    return cut if _two_words(cut) else title


# Round 34: a cut that broke the sentence's grammar where the title joins words the sentence kept apart. The title's
# words are found in its sentence in order; the first place where two of them stand apart there is the join.
_TITLE_TOKEN = re.compile(r"[\w'’-]+")
_DATE_PREPOSITION_AT_END = re.compile(r"(?:\b(?:in|on|at|since|from|until|till|by|during|before|after|for|"
                                      r"through|throughout|over)\s*)+$", re.IGNORECASE)
# the words the cut took out between the two, once the date (and a preposition before it) is left aside: a relative
# pronoun alone ("a rivalry that had lasted"), or one with its verb and a conjunction opening a clause of its own
# with its subject ("a dispute that began when Belize won ...")
_A_LOST_RELATIVE = re.compile(r"\s*(,)?\s*(that|which|who)\s*$", re.IGNORECASE)
_A_LOST_WHEN_CLAUSE = re.compile(r"\s*,?\s*(?:that|which|who)\s+[a-z]+\s+(?:when|after|as|once|because|while)\s+"
                                 r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:the|its|their|his|her)\s+"
                                 r"[a-z-]+(?:\s+[a-z-]+)?)\s*$")
# two dates of two clauses joined by "and" ("closed the bridge until Tuesday and on Sunday banned lorries")
_AND_ANOTHER_DATE = re.compile(r"\s+and\s+(?:(?:in|on|at|from|by|since|until)\s+)?(?:[A-Z0-9][\w'’-]*|(?:last|next|"
                               r"this|that|early|late)\s+[\w'’-]+)(?:\s+[\w'’-]+){0,2}?\s*$")
_A_DATE_AND = re.compile(r"\s*(?:(?:in|on|at|from|by|since|until)\s+)?(?:[A-Z0-9][\w'’-]*|(?:last|next|this|that|early|"
                         r"late)\s+[\w'’-]+)(?:\s+[\w'’-]+){0,2}?\s+and\s+(?:(?:in|on|at|from|by|since|until)\s+)?")
_A_COUNT_OF_TIME = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:days?|weeks?|months?|years?|hours?)", re.IGNORECASE)
# a date that opens a clause whose verb follows it ("until the rainy season is over")
_A_DATE_CLAUSE_OPENS = re.compile(r"\b(?:until|till|before|after|once|when|as\s+soon\s+as)\s*$", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|"
                           r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_A_RELATIVE_WITH_ITS_VERB = re.compile(r"\b(?:that|which|who|whom|whose)\s+\S", re.IGNORECASE)
_A_DATE_CLAUSE_INSIDE = re.compile(r"\b(?:until|till|before|after|once|when)\s", re.IGNORECASE)
# verbs whose object a count of time is ("has ten days in which to appeal", "gave the club seven days")
_HOLDING_A_SPAN = frozenset("has have had having gets get got given gives give gave takes take took taken needs "
                            "need needed allows allow allowed".split())
_NOUN_PHRASE_OPENS = frozenset("a an the its their his her our this these those".split())


def _title_in_sentence(title: str, text: str) -> list[re.Match[str]] | None:
    """The sentence's words the title's words are, in order (None when one is not there)."""
    words = [w.lower() for w in _TITLE_TOKEN.findall(title)]
    found: list[re.Match[str]] = []
    for token in _TITLE_TOKEN.finditer(text):
        if len(found) == len(words):
            break
        if token.group(0).lower() == words[len(found)]:
            found.append(token)
    return found if len(found) == len(words) else None


def _plainly_a_verb_form(word: str) -> bool:
    """A finite verb or auxiliary that is no noun nor preposition ("closed", "began", "has"; not "dam", "left",
    "ends", "over")."""
    return word in _AUXILIARIES or (not word.endswith("ing") and word not in _OPENING_PREPOSITIONS and (
        _plainly_verb(word) or (
        _past_form(word) and "NOUN" not in word_classes(word))))


def _a_noun_phrase_alone(words: list[str], tail: str) -> bool:
    """Whether the words up to a join are a subject alone ("The festival", "The feast of Santa Rosalia"): no verb
    form before the last word (the noun the cut relative clause told of, whatever else it may be: "The dam"), no
    gerund first, and no verb of the subject's own after the relative clause's ("A court challenge over 212 postal
    ballots arrived late is due": the ballots arrived, the challenge is due)."""
    if words and words[0].lower().endswith("ing") and "VERB" in word_classes(words[0].lower()):
        return False
    if any(w.islower() and (_plainly_a_verb_form(w)
                            # (a present before its object's determiner: "The deal ends a row")
                            or (words[k + 2].lower() in _NOUN_PHRASE_OPENS
                                and (_present_form(w) or _a_verb_form(w))))
           for k, w in enumerate(words[1:-1])):
        return False
    after = tail.split(" ")
    return not any(w in _AUXILIARIES and after[k - 1] not in _AUXILIARIES and after[k - 1] not in ("and", "or", "but")
                   and not after[k - 1].endswith(",") for k, w in enumerate(after) if k >= 2)


def _subject_of(words: list[str]) -> list[str]:
    """The words before the first verb form ("The police chief" of "The police chief closed the bridge"); none when
    they are more than six or none, or when a verb of another clause follows the first ("Officials said the firm
    closed the plant": whose the next verb is, the words do not tell)."""
    for k, w in enumerate(words):
        if w.islower() and _plainly_a_verb_form(w):
            if any(v.islower() and _plainly_a_verb_form(v) and words[j - 1].lower() not in _IN_ONE_VERB_GROUP
                   and words[j - 1] not in _AUXILIARIES for j, v in enumerate(words[k + 1 :], k + 1)):
                return []
            return words[:k] if 1 <= k <= 6 else []
    return []


# words after which a verb is the same clause's ("has been closed", "did not close", "decided to close")
_IN_ONE_VERB_GROUP = frozenset("not never also already just still to n't".split())


def _with_the_words_the_cut_broke(title: str, sentence: Sentence, dated: _Dated) -> str:
    """Where the cut of the date joined words the sentence kept apart and the join is no English, the title keeps
    what the grammar needs: "The merger ended a rivalry had lasted" -> "The merger ended a rivalry that had lasted"
    (a relative pronoun), "A border dispute won independence" -> "Belize won independence" (the clause the date is
    in), "Her lawyer has to lodge an appeal" -> "... has fourteen days to lodge an appeal" (a count of time that is
    the verb's object), "... each morning is over" -> "... each morning" (the verb of the date's own clause), "closed
    the bridge banned lorries" -> "closed the bridge" (two clauses' dates joined by "and"), "after a cold and dry" ->
    "after a cold and dry spring" (a season that was the noun of its adjectives)."""
    body = title.rstrip("…")
    cut_short = body != title
    text = sentence.text
    found = _title_in_sentence(body, text)
    if not found:
        return title
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    if not 0 <= d_start < d_end <= len(text):
        return title
    expression = text[d_start:d_end]
    tokens = list(_TITLE_TOKEN.finditer(body))
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = text[a.end() : b.start()]
        if not gap.strip() or re.fullmatch(r"[\s,'’]*", gap):
            continue
        in_gap = a.end() <= d_start and d_end <= b.start()
        words_before = [t.group(0) for t in tokens[: k + 1]]
        head, tail = body[: tokens[k].end()], body[tokens[k + 1].start() :]
        if in_gap:
            pre, post = text[a.end() : d_start], text[d_end : b.start()]
            left = _DATE_PREPOSITION_AT_END.sub("", pre)
        else:
            pre = post = left = gap
        lost = (_A_LOST_RELATIVE.fullmatch(left + " " + post) if in_gap else _A_LOST_RELATIVE.fullmatch(gap))
        if (lost is not None and not (in_gap and post.strip() and left.strip()) and b.group(0).islower()
                and _a_verb_form(b.group(0))):
            if _a_noun_phrase_alone(words_before, tail):
                # ("The festival, which runs until ...": "The festival runs", the subject's own; "Refugees who
                # arrived in May are living in tents" for May: "Refugees are living in tents", the clause's own
                # verb with no date of its own is the news, as make_title tells it when the relative clause is cut
                # whole)
                main = next((j for j in range(k + 2, len(found)) if found[j].start() >= d_end > b.start()
                             and tokens[j].group(0) in _AUXILIARIES
                             and tokens[j - 1].group(0) not in _AUXILIARIES | {"and", "or", "but"}), None)
                if main is None:
                    return title
                return _within_the_limit(head + " " + body[tokens[main].start() :], cut_short)
            first = words_before[0].lower()
            if (first.endswith("ing") and "VERB" in word_classes(first) and len(words_before) > 2
                    and words_before[1].lower() in _NOUN_PHRASE_OPENS and (b.start() <= d_start or not post.strip())
                    and _a_noun_phrase_alone(words_before[1:], tail)):
                # "Ending a feudal order that had lasted since 1565": what the gerund acted on is what lasted
                kept = body[tokens[1].start() :]
                kept = kept[:1].upper() + kept[1:]
                return _within_the_limit(kept[: tokens[k].end() - tokens[1].start()] + " " + tail, cut_short)
            comma = "," if lost.group(1) else ""
            return _within_the_limit(f"{head}{comma} {lost.group(2).lower()} {tail}", cut_short)
        when = _A_LOST_WHEN_CLAUSE.fullmatch(gap) if not in_gap and b.start() < d_start else None
        if when is not None:
            tail_words = _TITLE_TOKEN.findall(tail)
            later = next((j for j, w in enumerate(tail_words) if j >= 1 and w.islower() and _plainly_a_verb_form(w)),
                         None)
            if later is not None:
                # the title goes on past the when-clause to the verb of the subject before it ("The strike cut pay
                # in March ended" for Friday of "The strike that started when the firm cut pay in March ended on
                # Friday"): the subject's own verb is the title, the when-clause's words are not the date's
                if (tail_words[later - 1] in ("and", "or", "but") or not _a_noun_phrase_alone(words_before, "")):
                    return title
                at_verb = list(_TITLE_TOKEN.finditer(tail))[later].start()
                if found[k + 1 + later].start() < d_start:
                    return _within_the_limit(head + " " + tail[at_verb:], cut_short)
                # (the date before that verb is the when-clause's: its subject and its words, "The brothers split
                # the farm" for 1990)
                tail = _DATE_PREPOSITION_AT_END.sub("", tail[:at_verb].rstrip(" ,")).rstrip(" ,")
                if not _two_words(tail):
                    return title
            # (the date after the verb is the when-clause's: "that began when Belize won independence in 1981")
            subject = when.group(1)
            return _within_the_limit(subject[:1].upper() + subject[1:] + " " + tail, cut_short)
        if not in_gap:
            continue
        if not pre.strip() and not post.strip():
            if a.group(0).lower() in _HOLDING_A_SPAN and _A_COUNT_OF_TIME.fullmatch(expression):
                return _within_the_limit(f"{head} {expression} {tail}", cut_short)  # the count is what is held
            if _an_adjective_before(words_before, expression):
                return _within_the_limit(f"{head} {expression} {tail}", cut_short)
        if (not post.strip() and _a_verb_form(b.group(0)) and b.group(0).islower()
                and (_A_DATE_CLAUSE_OPENS.search(pre) or _A_DATE_CLAUSE_INSIDE.search(expression))
                # (not after a relative clause's own verb: "The troops who arrived before dawn seized the airport",
                # the verb after the date is the subject's)
                and _A_RELATIVE_WITH_ITS_VERB.search(pre) is None):
            # "... each morning until the rainy season is over": the verb after the date is its clause's; the
            # clause goes with it, up to its end
            clause_end = next((m.start() for m in _A_CLAUSE_MARK.finditer(text, b.end())), len(text))
            rest = next((t for t, f in zip(tokens[k + 1 :], found[k + 1 :], strict=True) if f.start() >= clause_end),
                        None)
            kept = head + ("" if rest is None else " " + body[rest.start() :])
            return _within_the_limit(kept, cut_short and rest is not None) if _two_words(kept) else title
        if not (b.group(0).islower() and _plainly_a_verb_form(b.group(0))):
            return title
        if ((not pre.strip() or _DATE_PREPOSITION_AT_END.fullmatch(pre.strip()))
                and _AND_ANOTHER_DATE.fullmatch(post)):
            # "closed the bridge until Tuesday and on Sunday banned lorries": the first date's title is its clause
            return _within_the_limit(head, False) if _two_words(head) else title
        if not post.strip() and _A_DATE_AND.fullmatch(pre):
            # (the second date's, the subject and the second clause: "The police chief banned lorries")
            subject = _subject_of(words_before)
            if subject:
                return _within_the_limit(" ".join(subject) + " " + tail, cut_short)
        return title
    if found[-1].end() < d_start and not text[found[-1].end() : d_start].strip() and not cut_short:
        # the title ends right before the date: a season that was the noun of the title's last adjectives
        if _an_adjective_before([t.group(0) for t in tokens], expression):
            return _within_the_limit(f"{body} {expression}", cut_short)
    return title


# a phrase of the date's own after it, before a comma ("Ten years ago to the day, ..."; "a week or so, ...")
_AFTER_THE_DATE = re.compile(r"\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?),\s")
# a date left at the end of a clause taken whole for the title ("... the parliament it had run since 1979")
_A_DATE_AT_THE_END = re.compile(r"\s+(?:since|in|on|from|until|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
                                r"\d{1,4}(?:,?\s+\d{4})?$")
_A_CLAUSE_MARK = re.compile(r"[,;:()—–]")
# a title of a verb and the when-clause after it ("Began when the team lost to Leeds")
_A_VERB_THEN_WHEN = re.compile(r"[A-Z][a-z]+\s+(?:when|once|after)\s+((?:the|a|an|its|their)\s+[\w'’ -]+|"
                               r"[A-Z][\w'’ -]+)$")
# "and" and the preposition of a date right after it ("and early on", "and by dawn on")
_AND_THEN_A_DATE = re.compile(r"\s+and\s+(?:(?:early|late|by|on|in|at|from|since|until|then)\s+)*$")
_A_PARTICLE_WORD = frozenset("over up off out down back away in".split())
# the subject of a clause opened by a conjunction, told before the date ("where landslides before dawn on Tuesday
# buried ...", "and a ferry on Monday ran aground")
_SUBJECT_BEFORE_A_DATE = re.compile(r"\b(?:where|when|while|as|after|because|and)\s+((?:the\s+|a\s+|an\s+)?[a-z-]+"
                                    r"(?:\s+[a-z-]+)?)\s+(?:before|on|in|at|during|early|late|last|this)\b")


def _in_place_of_a_fragment(title: str, sentence: Sentence, dated: _Dated) -> str:
    """A title that is no clause in place of one: the words between two commas before the date ("The Harbour Trust"
    of "Residents elected five councillors to the island's board, the Harbour Trust, on Tuesday") give way to the
    clause before them; a phrase of the date's own ("To the day" of "Ten years ago to the day, the island voted")
    goes; a particle the cut left behind comes back ("Its new director took" -> "... took over"); a verb opening the
    title takes its subject ("Spread to the hills" -> "The fire spread to the hills")."""
    if title.endswith("…"):
        return title
    text = sentence.text
    d_start, d_end = dated.start - sentence.start, dated.end - sentence.start
    if not 0 <= d_start < d_end <= len(text):
        return title
    own_at = _after_dateline(sentence, sentence.end) - sentence.start
    words = _TITLE_TOKEN.findall(title)
    verbless = not any(w.islower() and _plainly_a_verb_form(w) for w in words)
    lower = text.lower()
    if verbless and len(words) <= 6:
        between = lower.find(", " + title.lower() + ",", own_at)
        after = between + len(title) + 3 if between >= 0 else -1
        if (between >= 0 and _DATE_PREPOSITION_AT_END.sub("", text[after:d_start]).strip() == ""
                and after <= d_start):
            before = text[own_at:between]
            before_words = _TITLE_TOKEN.findall(before)
            if (2 <= len(before_words) <= 16 and "," not in before and not re.search(r"\d", before)
                    and before_words[0][0].isupper()
                    and any(w.islower() and _plainly_a_verb_form(w) for w in before_words)
                    and not any(w.lower() in _TIME_WORDS for w in before_words)):
                return _tidy(before)
    phrase = _AFTER_THE_DATE.match(text, d_end)
    if (phrase is not None and title.lower().startswith(phrase.group(1).lower())
            # (a phrase opening with a preposition or "or": "to the day", "at the latest", "or so"; not a subject,
            # "On Tuesday the mayor, a former judge, opened ...")
            and phrase.group(1).split(" ", 1)[0] in _OPENING_PREPOSITIONS | {"to", "at", "or"}
            # (a place is the event's, not the date's: "Last week in Geneva, the talks collapsed")
            and not _a_place_in(phrase.group(1))
            and not any(w.islower() and _plainly_a_verb_form(w) for w in _TITLE_TOKEN.findall(phrase.group(1)))):
        # "Ten years ago to the day, the island voted ...": the phrase tells of the date, not of what happened
        rest = title[len(phrase.group(1)) :].lstrip(" ,")
        if not rest:
            clause = _A_CLAUSE_MARK.split(text[phrase.end() :], maxsplit=1)[0]
            clause = re.split(r",?\s+and\s+(?=[a-z]+\s)|\s+(?:because|after|when|while)\s", clause, maxsplit=1)[0]
            rest = _A_DATE_AT_THE_END.sub("", clause.strip().rstrip("."))
        if _two_words(rest):
            return rest[:1].upper() + rest[1:]
    first = _TITLE_TOKEN.match(title)
    if first is None or not first.group(0)[:1].isupper():
        return title
    verb = first.group(0).lower()
    told_when = _A_VERB_THEN_WHEN.match(title)
    if told_when is not None and _a_verb_form(verb) and verb not in _AUXILIARIES:
        # "Began when the team lost to Leeds" (of "a run that began when the team lost to Leeds in October"): the
        # date is the when-clause's, and so is the title
        clause = told_when.group(1)
        at_when = lower.find(" " + told_when.group(0)[len(first.group(0)) :].strip().lower(), own_at)
        if 0 <= at_when < d_start and any(w.islower() and _a_verb_form(w) for w in _TITLE_TOKEN.findall(clause)):
            return clause[:1].upper() + clause[1:]
    at = _pattern(rf"(?<![\w'’-]){re.escape(verb)}\b").search(text, own_at)
    if at is None or not _a_verb_form(verb) or verb in _AUXILIARIES:
        return title
    before_verb = text[max(own_at, at.start() - 6) : at.start()]
    if d_end <= at.start() and not text[d_end : at.start()].strip():
        # (the date between "and" and the verb: "battered the coast overnight and early on Monday reached ...")
        before_verb = _AND_THEN_A_DATE.sub(" and ", text[max(own_at, d_start - 30) : d_start])
    if re.search(r"(?:^|[^,])\s+and\s+$", before_verb) is not None:
        # "The fire started on Monday and spread to the hills": the verb after "and" shares the sentence's subject
        # (its own words before its first verb, with no date, comma or other clause among them)
        subject = _subject_of(_TITLE_TOKEN.findall(text[own_at : at.start()]))
        told = " ".join(subject)
        if (subject and subject[0][0].isupper() and text[own_at:].startswith(told)
                # (not when the "and" is inside a clause of its own or a report: "Police said the men who fled in
                # March and surrendered on Monday were armed")
                and _SUBORDINATE.search(text, own_at, at.start()) is None
                and _REPORTING.isdisjoint(w.lower() for w in _TITLE_TOKEN.findall(text[own_at : at.start()]))
                and not any(w.lower() in _TIME_WORDS or w.lower() in _OPENING_PREPOSITIONS for w in subject)):
            return told + " " + title[:1].lower() + title[1:]
        return title
    opener = _SUBJECT_BEFORE_A_DATE.search(text, max(own_at, d_start - 60), d_start + 1)
    if (opener is not None and opener.end(1) < d_start and d_end <= at.start()
            and not re.search(r"[,;:]", text[opener.end(1) : at.start()])
            and not any(_plainly_a_verb_form(w) for w in opener.group(1).split())
            # (its last word a noun: not "early" of "and early on Monday reached the capital")
            and "NOUN" in word_classes(opener.group(1).split()[-1].lower())):
        # "where landslides before dawn on Tuesday buried three villages": the subject before the date
        doer = opener.group(1)
        return doer[:1].upper() + doer[1:] + " " + title[:1].lower() + title[1:]
    return title


def _a_place_in(phrase: str) -> bool:
    """Whether a phrase after a date names something of its own ("in Geneva", "at the White House"): a capitalised
    word that is no month, day or time word, nor in a time expression of the phrase ("at Easter")."""
    named = [m for m in _TITLE_TOKEN.finditer(phrase) if m.group(0)[:1].isupper()
             and m.group(0).lower() not in _TIME_WORDS and not _MONTH_OR_DAY.fullmatch(m.group(0))]
    if not named:
        return False
    times = tag(phrase, None)
    return any(not any(t.start <= m.start() and m.end() <= t.end for t in times) for m in named)


def _with_its_particle(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"Its new director took" of "Its new director, who took over in January, ...": a particle the cut of the
    date took with its preposition comes back ("took over"; the tidying of titles drops a final "over" as the
    preposition of a date cut out, "a look at data over")."""
    last = _TITLE_TOKEN.findall(title)[-1:] if not title.endswith("…") else []
    if not last or not last[0].islower() or not _a_verb_form(last[0]) or last[0].endswith("ing"):
        return title
    d_start = dated.start - sentence.start
    particle = _pattern(rf"(?<![\w'’-]){re.escape(last[0])}\s+([a-z]+)\s+(?:in|on|at|since|from|by|until|within)\s+$"
                          ).search(sentence.text, 0, max(0, d_start))
    if particle is None or particle.group(1) not in _A_PARTICLE_WORD:
        return title
    return title + " " + particle.group(1)


def _an_adjective_before(words: list[str], expression: str) -> bool:
    """Whether the words end with adjectives after a determiner and the date is one bare word of time that was their
    noun ("a cold and dry | spring")."""
    if not re.fullmatch(r"[a-z]+", expression) or expression not in _TIME_WORDS:
        return False
    last = words[-1]
    if not last.islower() or "ADJ" not in word_classes(last):
        return False
    for w in reversed(words[:-1]):
        if w.lower() in _NOUN_PHRASE_OPENS:
            return True
        if not w.islower() or w in _AUXILIARIES or not ("ADJ" in word_classes(w) or w in ("and", "or")):
            return False
    return False


def _within_the_limit(title: str, cut_short: bool) -> str:
    """A repaired title cut at TITLE_LIMIT as make_title cuts (a title cut before keeps its mark)."""
    title = title.strip()
    title = title[:1].upper() + title[1:]
    if len(title) > TITLE_LIMIT:
        return title[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return title + ("…" if cut_short else "")


def _with_the_time_spent(title: str, sentence: Sentence, dated: _Dated) -> str:
    """"The crew spent mapping the reef" -> "The crew spent June and July mapping the reef": the time spent is the
    verb's object, not a date to leave out (a count after "the next" is told by make_title: the date must lie
    wholly between the verb and the word after it in the title)."""
    spent = _SPENDING.search(title)
    if spent is None:
        return title
    told = _pattern(rf"\b{spent.group(1)}\s+(.{{1,40}}?)\s+{re.escape(spent.group(2))}\b", re.IGNORECASE).search(
        sentence.text)
    if told is None or not (sentence.start + told.start(1) <= dated.start < dated.end
                            <= sentence.start + told.end(1)):
        return title
    return title[: spent.start(2)] + told.group(1) + " " + title[spent.start(2) :]


def _without_a_clause_of_the_date(title: str, sentence: Sentence) -> str:
    """"The 90 days the permit" (of "must sell the grain within the 90 days the permit allows"): a date with a clause
    of its own after it, whose verb the title lost, qualifies no noun; the title is the words before the date."""
    body = title.rstrip("…")
    words = body.split(" ")
    if (len(words) < 4 or words[0].lower() not in _DETERMINER_WORDS or words[-2].lower() not in _DETERMINER_WORDS
            or any(w in _AUXILIARIES or (w.islower() and (_plainly_verb(w) or _past_form(w))) for w in words)):
        return title
    at = sentence.text.lower().find(body.lower())
    if at <= 0:
        return title
    verb = _WORD.match(sentence.text, at + len(body) + 1)
    if verb is None or not verb.group(0).islower() or not (verb.group(0).endswith("s") or _past_form(verb.group(0))):
        return title
    before = _tidy(sentence.text[_after_dateline(sentence, sentence.end) - sentence.start : at])
    return before if _two_words(before) else title


def _with_the_subject_told_before(title: str, sentence: Sentence, dated: _Dated) -> str:
    """A title that opens inside the words about the sentence's subject (between its two commas), or with the
    subject's verb after them, takes the subject: "The old lighthouse, on the rocks off the cape, has been closed
    since 2019" titled "On the rocks off the cape has been closed" -> "The old lighthouse has been closed"; "The
    village fair, held indoors this year, ..." titled "Held indoors" -> "The village fair held indoors"; "... and
    have seats on its board until 2028" titled "Have seats on its board" -> "The two founders have seats ..."."""
    begin = _after_dateline(sentence, sentence.end)
    own = sentence.text[begin - sentence.start :]
    pauses = [m.start() for m in _A_PAUSE.finditer(own)][:3]
    if len(pauses) < 2:
        return title
    lead = own[: pauses[0]].strip()
    lead_words = _WORD.findall(lead)
    if (len(pauses) == 3 and lead_words and lead_words[0].lower() in _OPENING_PREPOSITIONS and len(lead_words) <= 5
            and not any(_a_verb_form(w) for w in lead_words if w.islower())):
        # "In the north, the museum, shut since March, will reopen": a phrase of place or time opens the sentence;
        # the subject follows it
        pauses = pauses[1:]
        subject = own[: pauses[0]].strip()[len(lead) + 1 :].strip()
        subject = subject[:1].upper() + subject[1:]
        after_lead = title[len(lead) + 1 :] if title.lower().startswith(lead.lower() + " ") else ""
        if after_lead and _a_verb_form(after_lead.split(" ", 1)[0]):
            return subject + " " + after_lead  # ("In the north will reopen": the phrase was taken for the subject)
    else:
        subject = lead
    aside, rest = own[pauses[0] + 1 : pauses[1]], own[pauses[1] + 1 :].strip()
    owned = _A_DATES_OWN.match(subject)
    if owned is not None:  # ("Monday's blast, the worst in years, ...": the date's noun, as make_title tells it)
        subject = "The " + subject[owned.end() :]
    words = _WORD.findall(subject)
    told = title[len(subject) + 2 :] if title.startswith(subject + ", ") else ""
    close = told.find(", ")
    if close > 0 and _WORD.findall(told[:close])[:1] == _WORD.findall(aside)[:1]:
        # "The union, angry at the offer, called a strike": the title keeps no commas of words about its subject;
        # the words about it when the date is theirs ("Schools, closed on Thursday, reopen ..." titled for
        # Thursday: "Schools closed"), its verb and what follows otherwise ("The union called a strike")
        in_aside = begin + pauses[0] < dated.start < begin + pauses[1]
        about = told[:close]
        joined = aside.rfind(" and ")
        if in_aside and joined >= 0 and begin + pauses[0] + 1 + joined < dated.start and " and " in about:
            # ("The bridge, opened in 1932 and repaired in 1990, ..." for 1990: "The bridge repaired", not "The
            # bridge opened in 1932 and repaired", told of the other date)
            about = about[about.rfind(" and ") + 5 :]
        return subject + " " + (about if in_aside else told[close + 2 :])
    if (not words or len(words) > 6 or not (words[0][0].isupper() or words[0].lower() in _SUBJECT_OPENER)
            or words[0].lower() in _LEADING_FILLER or words[0].lower() in _OPENING_PREPOSITIONS
            or words[-1].lower() in _TIME_WORDS  # ("Yesterday, at the conference, ...": a date opens it)
            or all(w.isupper() for w in words)  # (a dateline's place in capitals)
            or any(w in _AUXILIARIES or w in _REPORTING or (w.islower() and (_plainly_verb(w) or _past_form(w)))
                   for w in words[1:])):
        return title  # (no subject: a clause of its own, a phrase of time or place, a linking word)
    first = _WORD.match(title)
    if first is None or first.group(0).lower() == words[0].lower():
        return title
    opening = first.group(0).lower()
    if _pattern(rf"\b{re.escape(opening)}\b", re.IGNORECASE).search(aside) is not None and _pattern(
            rf"\b{re.escape(opening)}\b", re.IGNORECASE).search(rest) is None:
        rest_words = _WORD.findall(rest)
        then = (_pattern(rf"\b{re.escape(rest_words[0])}\s+{re.escape(rest_words[1])}\b", re.IGNORECASE).search(title)
                if len(rest_words) >= 2 else None)
        if then is None and rest_words and _a_verb_form(rest_words[0]):
            # ("opened Monday with a speech" titled "... opened with a speech": the verb alone)
            then = _pattern(rf"\b{re.escape(rest_words[0])}\b").search(title)
        if then is not None and then.start() > 0:
            return subject + " " + title[then.start() :]  # the aside goes; the subject takes its verb
        # (the aside alone, told of the subject: a title opening where the aside or a part of it joined by "and"
        # opens, with a word as written, no name's and no determiner's: "built in 1990 and raised in 2005")
        if (opening not in _DETERMINER_WORDS and rest_words
                and _pattern(rf"\s*(?:(?:\S+\s+){{0,12}}?(?:and|or|but)\s+)?{re.escape(opening)}\b").match(aside)):
            return subject + " " + opening + title[first.end() :]
        return title
    # (a present that is a noun too, "returns", "marks", is the subject's verb right after the words about it; after
    # "and" it may be a noun of its own, "..., and talks on their pay are due")
    if ((_a_verb_form(opening)
         and _pattern(rf"(?:^|\b(?:and|but|then)\s+){re.escape(opening)}\b").search(rest) is not None
         or (_present_form(opening) and _pattern(rf"{re.escape(opening)}\b").match(rest) is not None))
            and _pattern(rf"\b{re.escape(opening)}\b", re.IGNORECASE).search(subject) is None):
        return subject + " " + opening + title[first.end() :]  # the subject's verb, after the words about it
    return title


# words of time that end no subject ("Yesterday, at the summit, ..."; "Next year's race" ends with the race)
_TIME_WORDS = frozenset("yesterday today tomorrow tonight now then year month week day night morning evening afternoon "
                        "monday tuesday wednesday thursday friday saturday sunday january february march april may "
                        "june july august september october november december spring summer autumn winter".split())


# a subject opening with a date's possessive: "Monday's blast", "Next year's race"
_A_DATES_OWN = re.compile(r"(?:(?:next|last|this)\s+)?(?:" + "|".join(sorted(_TIME_WORDS)) + r")['’]s\s+(?=[a-z])",
                          re.IGNORECASE)


def _a_verb_form(word: str) -> bool:
    """Whether a word is a finite verb's or an auxiliary (not a gerund: "after winning the cup")."""
    word = word.lower()
    return word in _AUXILIARIES or (not word.endswith("ing") and (_plainly_verb(word) or _past_form(word)))


# a clause of the sentence opening with "its" after the sentence's first clause: "..., and its car ferries sailed",
# "..., when its roof leaked", "... after its board agreed"
_ITS_AFTER_A_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|when|where|after|before|but|while|until|since|as)\s+its\s+",
                                 re.IGNORECASE)
# "One of the city's libraries": one thing of many, "the library"
_ONE_OF_MANY = re.compile(r"One\s+of\s+(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?([a-z-]{3,}[^s\W])s$")
_PLURAL_IES = re.compile(r"ie$")
# "Hundreds of passengers at Dover port": a plural head, then the one place they are at or of
_MANY_AT_A_PLACE = re.compile(r"(?:[\w'’-]+\s+){0,3}?[a-z-]+[^s\W]s\s+(?:at|in|of|from)\s+"
                              r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+[a-z-]+)?)$")


def _with_the_owner_of_its(title: str, sentence: Sentence) -> str:
    """"Its car ferries sailed again" of "Hundreds of passengers at Dover port waited ..., and its car ferries sailed
    again": a title opening with "its", of a clause after the sentence's first, names what "its" stands for there:
    the thing a plural subject is at ("Dover port's car ferries"), the one of many ("One of the city's libraries ...,
    when its roof leaked" -> "The library's roof"), or a short subject of its own ("The mill's main buyer")."""
    if not title.startswith("Its "):
        return title
    own = sentence.text[_after_dateline(sentence, sentence.end) - sentence.start :]
    its = next((m for m in _ITS_AFTER_A_CLAUSE.finditer(own)
                if own[m.end() :].lower().startswith(title[4:].split(" ", 1)[0].lower())), None)
    if its is None:
        return title
    subject_words: list[str] = []
    subject_end = 0
    for word in re.finditer(r"[^\s;:()]+", own[: its.start()]):
        w = word.group(0)
        if w.endswith(","):  # (the subject ends at the words about it: "One of the city's schools, near ...")
            subject_words.append(w[:-1])
            subject_end = word.end()
            break
        if w in _AUXILIARIES or (w.islower() and (_plainly_verb(w) or _past_form(w))):
            break
        subject_words.append(w)
        subject_end = word.end()
    else:
        return title  # (no verb before "its": no clause of its own before it)
    subject = " ".join(subject_words)
    if not subject:
        return title
    if own[subject_end - 1 : subject_end] == ",":  # (the words about the subject, "..., near Calheta,", are its)
        subject_end = max(subject_end, own.find(",", subject_end) + 1)
    between = _A_REPORTING_ASIDE.sub(",", own[subject_end : its.start()])
    if _A_RIVAL_OWNER.search(between) is not None:
        # ("The mayor visited Toyota on Monday, and its chief resigned"; "The government sold the railway ..., and
        # its trains were late": another named or definite thing before "its" may be what it stands for)
        return title
    one = _ONE_OF_MANY.match(subject)
    place = _MANY_AT_A_PLACE.fullmatch(subject) if one is None else None
    if one is not None:
        owner = "The " + _PLURAL_IES.sub("y", one.group(1))  # ("libraries": "The library")
    elif place is not None:
        owner = place.group(1)
    elif (len(subject_words) <= 5 and not subject_words[-1].lower().endswith("s")
          and (subject_words[0] in ("The", "A", "An") or subject_words[0][0].isupper())
          and _PREPOSITIONS.isdisjoint(map(str.lower, subject_words))
          and subject_words[0].lower() not in ("it", "he", "she", "they", "we", "this", "that")
          and not _A_PERSON.search(subject)):
        owner = subject
    else:
        return title
    return _possessive(owner) + " " + title[4:]


# a thing before "its" other than the subject that "its" may stand for: a name (not a day's or a month's) or a
# noun with "the" ("... sold the railway in 1994, and its trains")
_A_RIVAL_OWNER = re.compile(
    r"\bthe\s+(?!(?:" + "|".join(sorted(_TIME_WORDS)) + r"|weekend|quarter|season|past|next|last|first|second|"
    r"third|fourth|end|start|beginning|middle|rest)\b)[a-z]|(?<=\s)(?!(?i:" + "|".join(sorted(_TIME_WORDS))
    + r")\b)[A-Z][a-z]")
# a reporting aside, ", the company said on Wednesday,": its speaker is no other thing "its" may stand for
_A_REPORTING_ASIDE = re.compile(r",\s+(?:the\s+)?[\w'’ -]{1,40}?\s+(?:said|says|told|added|announced)\b[^,]*(?:,|$)")
# a subject that is a person, whom "its" never stands for: a title before a name, a name of two words without "The",
# a noun of a person's role ("The company's founder": "its" is the company's)
_A_PERSON = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\b\.?(?!\s+[A-Z][\w-]*['’]s?\s)|^(?!The\b|A\b|An\b)[A-Z][a-z]+\s+[A-Z][a-z]+$"
    r"|\b(?:minister|president|premier|chancellor|mayor|governor|senator|king|queen|prince|princess|pope|leader|chief|"
    r"founder|owner|chairman|chairwoman|director|manager|coach|singer|actor|actress|player|man|woman|boy|girl|judge|"
    r"officer|spokesman|spokeswoman|reporter|author|writer|doctor|teacher|priest|bishop|general|captain|driver|pilot|"
    r"lawyer|mother|father|wife|husband|son|daughter)$")


def _possessive(owner: str) -> str:
    """"The Beatles'" (a plural's "s" takes the apostrophe alone), "The Red Cross's", "Madeira's"."""
    last = owner.rsplit(" ", 1)[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "os")) and len(last) > 3:
        return owner + "'"
    return owner + "'s"


# the name or noun phrase "whose" is told of: "by sea from Madeira, whose", "the old mill, whose"
_BEFORE_WHOSE = re.compile(r"((?:the\s+[a-z-]+(?:\s+[a-z-]+)?)|(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}))"
                           r",\s+whose\s+$")


def _with_the_owner_of_whose(title: str, sentence: Sentence) -> str:
    """"Whose airport was shut" of "Visitors arrive by sea from Madeira, whose airport was shut in 2016" ->
    "Madeira's airport was shut": "whose" stands for the name or noun phrase right before it; so when the title
    joined that phrase to the words after "whose" ("Visitors arrive by sea from Madeira airport was shut")."""
    for whose in re.finditer(r",\s+whose\s+([\w'’-]+)", sentence.text):
        owner = _BEFORE_WHOSE.search(sentence.text, max(0, whose.start() - 60), whose.start(1))
        if owner is None:
            continue
        name = owner.group(1)
        owned = whose.group(1)
        before = sentence.text[: owner.start()]
        if name[0].isupper() and re.search(r"\bthe\s+$", before) is not None:
            name = "the " + name  # ("He thanked the Red Cross, whose staff": "The Red Cross's staff")
        if title.lower().startswith("whose " + owned.lower()):
            return _possessive(name[0].upper() + name[1:]) + " " + title[6:]
        joined = _pattern(rf"\b{re.escape(name.split()[-1])}\s+{re.escape(owned)}\b").search(title)
        if joined is not None and _pattern(rf"\b{re.escape(name.split()[-1])}\s+{re.escape(owned)}\b").search(
                                            sentence.text) is None:
            return _possessive(name[0].upper() + name[1:]) + " " + title[joined.end() - len(owned) :]
    return title


def _with_the_planner(title: str, sentence: Sentence) -> str:
    """"A visit to Oslo" of "The minister has cancelled a visit to Oslo planned for Monday" -> "The minister's visit
    to Oslo": a thing planned for the date, told as the object of the sentence's subject, is the subject's."""
    article = re.match(r"(?:A|An)\s+", title)
    if article is None or title.endswith("…"):
        return title
    words = title.lower().split()
    if any(w in _AUXILIARIES or _plainly_verb(w) or _past_form(w) for w in words[1:]):
        return title
    own = sentence.text[_after_dateline(sentence, sentence.end) - sentence.start :]
    told = _pattern(rf"\b{re.escape(title.lower())}\s+(?:planned|set|scheduled|slated|due)\s+for\b").search(
        own.lower())
    if told is None:
        return title
    subject: list[str] = []
    subject_end = 0
    for word in re.finditer(r"[^\s,;:()]+", own[: told.start()]):
        if word.group(0) in _AUXILIARIES or (word.group(0).islower() and (_plainly_verb(word.group(0))
                                                                          or _past_form(word.group(0)))):
            break
        subject.append(word.group(0))
        subject_end = word.end()
    if (_OWN_PLAN_VERB.fullmatch(own[subject_end : told.start()].strip()) is None
            or re.search(r"\bby\b", own[told.end() :]) is not None):
        # (only a plan of the subject's own that it calls off, puts off or makes: "The mayor criticised a visit
        # ... planned for Monday by the foreign minister", "The reporter joined a trip" are others')
        return title
    if (not 1 <= len(subject) <= 4 or not (subject[0] == "The" or subject[0][0].isupper())
            or subject[0].lower() in ("it", "he", "she", "they", "we") or subject[-1].lower().endswith("s")
            or not _PREPOSITIONS.isdisjoint(map(str.lower, subject))):
        return title
    return " ".join(subject) + "'s " + title[article.end() :]


# the verbs by which a subject calls off, puts off or makes a plan of its own, after any auxiliaries
_OWN_PLAN_VERB = re.compile(
    r"(?:(?:has|have|had|will|would|is|are|was|were|to|be|been|not|also|now)\s+)*"
    r"(?:cancel(?:s|led|ed|ling)?|postpone(?:s|d)?|delay(?:s|ed)?|call(?:s|ed)?\s+off|put(?:s)?\s+off|"
    r"scrap(?:s|ped)?|abandon(?:s|ed)?|drop(?:s|ped)?|reschedule(?:s|d)?|make|makes|made|announce(?:s|d)?|"
    r"confirm(?:s|ed)?|cut(?:s)?\s+short)", re.IGNORECASE)


# a title whose last word is a copula, its date cut after it ("The province's last case was (in 2009)")
_COPULA_AT_END = re.compile(r"\s+(?:was|is|were|are)$")


def _without_a_copula_of_the_date(title: str) -> str:
    """"The town's last big fire was" (of "... was in 1952"): what the date was told of, without the copula left
    hanging."""
    copula = _COPULA_AT_END.search(title) if not title.endswith("…") else None
    if copula is None:
        return title
    cut = title[: copula.start()]
    return cut if len(cut.split()) >= 3 else title


def _without_a_hanging_end(title: str, sentence: Sentence) -> str:
    """"The ferry company expects delays into", "The museum was shut for most": the words that led into a date cut
    out go."""
    if title.endswith("…"):
        return title
    hanging = _INTO_A_DATE.search(title) if may_hold(title, 0, len(title), _INTO_WORDS) else None
    if hanging is None:
        share = _A_SHARE_OF.search(title)
        # (a share only where the sentence has it before "of": "for most of 1998")
        if share is None or _pattern(rf"\b{re.escape(share.group(0).strip())}\s+of\b", re.IGNORECASE).search(
                                      sentence.text) is None:
            return title
        hanging = share
    cut = title[: hanging.start()] + title[hanging.end() :]
    if len(_tidy(cut).split()) < len(cut.split()):
        return title  # ("The war went on beyond": tidied, "The war went on" would lose its particle too)
    return cut if _two_words(cut) else title


def _to_event(doc: Document, draft: _Draft, typing: Typing) -> Event:
    first = draft.mentions[0]
    mentions = (tuple(draft.mentions) if len(draft.mentions) == 1
                else tuple(sorted(draft.mentions, key=lambda m: m.char_start)))
    return Event(
        id=_event_id(doc.id, draft.dated.first_day, draft.dated.last_day, first.char_start),
        doc=doc.id,
        doc_title=doc.title,
        start=draft.dated.first_day,
        end=draft.dated.last_day,
        granularity=draft.dated.granularity,
        value=draft.dated.value,
        approximate=draft.dated.approximate,
        expression=first.expression,
        sentence=draft.sentence.text,
        context=draft.context,
        title=_for_the_reader(draft),  # (the draft's title is the typer's; the reader's is made here)
        type=typing.type,
        rule=draft.dated.rule,
        mentions=mentions,
        sources=(doc.id,),
        second_type=typing.second,
        confidence=typing.confidence,
    )


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Events of several documents with the same interval and type whose titles say the same thing become one,
    keeping every mention and source; the result is sorted by start."""
    ordered = sorted(events, key=lambda e: (e.start, e.end, e.doc, e.mentions[0].char_start if e.mentions else 0))
    merged: list[Event] = []
    for group in merge_groups([((e.start, e.end, e.type), e.doc, e.title) for e in ordered]):
        base = ordered[group[0]]
        if len(group) == 1:
            merged.append(base)
            continue
        # the merged event is built once, not copied at every addition
        mentions, sources, approximate = list(base.mentions), list(base.sources), base.approximate
        seen = set(sources)  # a story told by thousands of documents: looking each source up in the list was quadratic
        for i in group[1:]:
            event = ordered[i]
            mentions.extend(event.mentions)
            new = [s for s in event.sources if s not in seen]
            sources.extend(new)
            seen.update(new)
            approximate = approximate and event.approximate
        merged.append(replace(base, mentions=tuple(mentions), sources=tuple(sources), approximate=approximate))
    return merged


def merge_groups(items: Sequence[tuple[Hashable, str, str]]) -> list[list[int]]:
    """Which events become one: `items` are (key, document, title) of each event in merge order (sorted by start,
    end, document, offset); each group lists the positions of the events merged together, the one the others join
    first, and the groups come in the order of their first event. An event joins the first earlier group of its key
    (start, end, type) whose first event is of another document and whose title says the same thing
    (titles_agree)."""
    groups: list[list[int]] = []
    firsts: list[tuple[str, str]] = []  # each group's first event: its document and title
    words: list[set[str] | None] = []  # the content words of each group's first title, once needed
    index: dict[Hashable, list[int]] = {}
    known: dict[str, set[str]] = {}  # content words by title: a story many documents tell repeats its titles
    for position, (key, doc, title) in enumerate(items):
        candidates = index.get(key)
        if candidates is None:
            index[key] = [len(groups)]
            groups.append([position])
            firsts.append((doc, title))
            words.append(None)
            continue
        target = None
        own: set[str] | None = None
        for i in candidates:
            base_doc, base_title = firsts[i]
            if base_doc == doc:
                continue
            if own is None:
                own = known.get(title)
                if own is None:
                    own = known[title] = _content_words(title)
            theirs = words[i]
            if theirs is None:
                theirs = words[i] = known.get(base_title) or _content_words(base_title)
            if _words_agree(base_title, theirs, title, own):
                target = i
                break
        if target is None:
            candidates.append(len(groups))
            groups.append([position])
            firsts.append((doc, title))
            words.append(None)
        else:
            groups[target].append(position)
    return groups


def build_timeline(documents: Sequence[Document], taxonomy: Taxonomy | None = None) -> list[Event]:
    """All events of the documents, merged across documents, sorted by start."""
    events = [e for doc in documents for e in events_for_document(doc, taxonomy)]
    return merge_events(events)


# ---- JSON ----------------------------------------------------------------------------------------------------


def event_to_dict(event: Event) -> dict[str, Any]:
    """The JSON object of an event (the events.json schema)."""
    return {
        "id": event.id,
        "doc": event.doc,
        "doc_title": event.doc_title,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "granularity": event.granularity,
        "value": event.value,
        "approximate": event.approximate,
        "expression": event.expression,
        "sentence": event.sentence,
        "context": event.context,
        "title": event.title,
        "type": event.type,
        "rule": event.rule,
        "mentions": [
            {"doc": m.doc, "expression": m.expression, "char_start": m.char_start, "char_end": m.char_end,
             "sentence": m.sentence, "sentence_start": m.sentence_start}
            for m in event.mentions
        ],
        "sources": list(event.sources),
        "second_type": event.second_type,
        "confidence": event.confidence,
        # only a corrected event has these keys, so events.json of uncorrected events keeps its schema
        **({"corrected": True, "original_type": event.original_type, "original_title": event.original_title}
           if event.corrected else {}),
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    """An event from its JSON object; raises KeyError/ValueError on a malformed one."""
    return Event(
        id=str(data["id"]),
        doc=str(data["doc"]),
        doc_title=str(data.get("doc_title", "")),
        start=date.fromisoformat(data["start"]),
        end=date.fromisoformat(data["end"]),
        granularity=str(data.get("granularity", "day")),
        value=str(data.get("value", "")),
        approximate=bool(data.get("approximate", False)),
        expression=str(data.get("expression", "")),
        sentence=str(data.get("sentence", "")),
        context=str(data.get("context", "")),
        title=str(data.get("title", "")),
        type=str(data.get("type", "other")),
        rule=str(data.get("rule", "")),
        mentions=tuple(
            Mention(str(m["doc"]), str(m["expression"]), int(m["char_start"]), int(m["char_end"]),
                    str(m["sentence"]), int(m["sentence_start"]))
            for m in data.get("mentions", [])
        ),
        sources=tuple(str(s) for s in data.get("sources", [data["doc"]])),
        second_type=str(data.get("second_type", "")),
        confidence=float(data.get("confidence", 0.0)),
        corrected=bool(data.get("corrected", False)),
        original_type=str(data.get("original_type", "")),
        original_title=str(data.get("original_title", "")),
    )


# ---- rows: events as plain tuples, for carrying between processes --------------------------------------------
#
# A worker process hands its events to the parent (or a Dask partition carries them) as plain tuples of str, int,
# float and bool: pickling and unpickling those costs a third of what the Event and Mention dataclasses with their
# dates cost, and nothing of the event is lost (event_from_row(event_to_row(e)) == e).

EventRow = tuple[Any, ...]


def event_to_row(event: Event) -> EventRow:
    """An event as a plain tuple (dates as ordinals, mentions as tuples), in the field order of Event."""
    return (event.id, event.doc, event.doc_title, event.start.toordinal(), event.end.toordinal(), event.granularity,
            event.value, event.approximate, event.expression, event.sentence, event.context, event.title, event.type,
            event.rule,
            tuple([(m.doc, m.expression, m.char_start, m.char_end, m.sentence, m.sentence_start)
                   for m in event.mentions]),
            event.sources, event.second_type, event.confidence, event.corrected, event.original_type,
            event.original_title)


ROW_SOURCES = 15  # where an event row holds the event's sources


def event_from_row(row: EventRow) -> Event:
    """The event of event_to_row."""
    return Event(row[0], row[1], row[2], date.fromordinal(row[3]), date.fromordinal(row[4]), row[5], row[6], row[7],
                 row[8], row[9], row[10], row[11], row[12], row[13], tuple([Mention(*m) for m in row[14]]), row[15],
                 row[16], row[17], row[18], row[19], row[20])


def document_to_dict(doc: Document, events: Sequence[Event], timex_count: int, sentence_count: int) -> dict[str, Any]:
    """The documents.json entry of a document; `events` are the merged events of the build."""
    return document_entry(doc, sum(1 for e in events if doc.id in e.sources), timex_count, sentence_count)


def count_sources(sources: Iterable[Iterable[str]]) -> dict[str, int]:
    """How many merged events each document is a source of, given each event's sources: counted in one pass, not by
    looking each document up in every event's sources (quadratic when thousands of documents tell one story)."""
    return Counter(chain.from_iterable(sources))


def document_entry(doc: Document, event_count: int, timex_count: int, sentence_count: int) -> dict[str, Any]:
    """The documents.json entry of a document that is a source of `event_count` merged events of the build."""
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "source": doc.source,
        "url": doc.url,
        "path": doc.path,
        "counts": {"sentences": sentence_count, "timexes": timex_count, "events": event_count},
    }


class _NotPlain(Exception):
    """A value _put_json leaves to the json module (a non-string key, an unknown type)."""


def _put_json(value: Any, level: int, out: list[str]) -> None:
    """Append the text json.dumps(value, ensure_ascii=False, indent=1) gives, at nesting `level`.

    The json module formats indented output in pure Python, one generator per nested value; the builds write
    hundreds of thousands of events this way, so the plain types they hold get this shorter path (strings still go
    through the json module's own C escaping). The text is the same, character for character."""
    kind = type(value)
    if kind is str:
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(float.__repr__(value) if value == value and value not in (_INF, -_INF) else json.dumps(value))
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = "\n" + " " * (level + 1)
        separator = "[" + inner
        for item in value:
            out.append(separator)
            separator = "," + inner
            if type(item) is str:
                out.append(_encode_str(item))
            else:
                _put_json(item, level + 1, out)
        out.append("\n" + " " * level + "]")
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = "\n" + " " * (level + 1)
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out.append(separator)
            separator = "," + inner
            out.append(_encode_str(key))
            out.append(": ")
            if type(item) is str:
                out.append(_encode_str(item))
            else:
                _put_json(item, level + 1, out)
        out.append("\n" + " " * level + "}")
    else:
        raise _NotPlain


_encode_str: Any = json.encoder.encode_basestring
_INF = float("inf")


def json_text(data: Any) -> str:
    """json.dumps(data, ensure_ascii=False, indent=1), sooner for the plain values of events and documents."""
    out: list[str] = []
    try:
        _put_json(data, 0, out)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=1)
    return "".join(out)


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a crash leaves the old file or the new one, never half of one."""
    write_text_atomic(path, (json_text(data), "\n"))


def write_text_atomic(path: Path, chunks: Iterable[str]) -> None:
    """Write a file from its text in pieces so that a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_build(out_dir: Path, events: Sequence[Event], documents: Sequence[dict[str, Any]]) -> None:
    """Write DIR/events.json (sorted by start) and DIR/documents.json, each atomically."""
    ordered = sorted(events, key=lambda e: (e.start, e.end, e.doc, e.id))
    write_json_atomic(out_dir / "events.json", [event_to_dict(e) for e in ordered])
    write_json_atomic(out_dir / "documents.json", list(documents))
