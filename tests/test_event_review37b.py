"""Round 37's second builder changes. Each table's rows fail on the code before the fix they come with, except the
look-alikes, which guard what the builder's rules must still do."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# an hour with no day of its own that tells no event of its own: the clock time a live report's entry opens with
# (when the entry has a date of its own), an hour in a participle's clause after a date of the same day, an hour in
# a past sentence after the story's last day told (of that day, not of the publication day)
# (publication date, text, the events' spans, sorted; 8 March 2024 is a Friday)
HOURS = [
    (date(2024, 3, 8), "HALIFAX (Live) — Ferries to the island will sail again on Saturday.\n"
     "10:40 The harbour office said two boats had been damaged in March 2021.",
     [(date(2021, 3, 1), date(2021, 3, 31)), (date(2024, 3, 9), date(2024, 3, 9))]),
    (date(2024, 3, 8), "Snow closed the pass overnight.\n16:20 Ploughs will clear it on Monday.",
     [(date(2024, 3, 7), date(2024, 3, 7)), (date(2024, 3, 11), date(2024, 3, 11))]),
    (date(2024, 3, 8), "A Dutch crew won the ocean race early this morning, reaching the harbour at 4:12 a.m.",
     [(date(2024, 3, 8), date(2024, 3, 8))]),
    (date(2024, 3, 8), "Rebels raided a village in the north on Tuesday, the army said on Thursday.\n"
     "Witnesses said the rebels came at about 3 a.m. and left before dawn.",
     [(date(2024, 3, 5), date(2024, 3, 5))]),
    # look-alikes: an entry with no other date; a time after "At" opening a new thing; a new clause with a subject
    # of its own; an hour ahead; a new thing at an hour after the day told
    (date(2024, 3, 8), "Snow closed the pass overnight.\n16:20 Ploughs cleared the road.",
     [(date(2024, 3, 7), date(2024, 3, 7)), (date(2024, 3, 8), date(2024, 3, 8))]),
    (date(2024, 3, 8), "At 10:05 a second ferry sank, and the port will reopen on Saturday.",
     [(date(2024, 3, 8), date(2024, 3, 8)), (date(2024, 3, 9), date(2024, 3, 9))]),
    (date(2024, 3, 8), "A Dutch crew won the ocean race early this morning, and a second boat reached the harbour "
     "at 6 a.m.", [(date(2024, 3, 8), date(2024, 3, 8)), (date(2024, 3, 8), date(2024, 3, 8))]),
    (date(2024, 3, 8), "Rebels raided a village in the north on Tuesday.\nThe army will hold a briefing at 3 p.m.",
     [(date(2024, 3, 5), date(2024, 3, 5)), (date(2024, 3, 8), date(2024, 3, 8))]),
    (date(2024, 3, 8), "Rebels raided a village in the north on Tuesday.\nA second blast shook the town at 3 p.m.",
     [(date(2024, 3, 5), date(2024, 3, 5)), (date(2024, 3, 8), date(2024, 3, 8))]),
    # (lead's review) a day that owns a noun dates no verb: the stamp's entry is still the day's news
    (date(2024, 3, 8), "Snow closed the pass overnight.\n14:35 The cost of Tuesday's avalanche rose to $2 million.",
     [(date(2024, 3, 5), date(2024, 3, 5)), (date(2024, 3, 7), date(2024, 3, 7)),
      (date(2024, 3, 8), date(2024, 3, 8))]),
]


@pytest.mark.parametrize("published, text, spans", HOURS, ids=[s[1][:40] for s in HOURS])
def test_an_hour_that_tells_no_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# a season told with "that" is of the year of the date its sentence told before it, not of the publication date's;
# a season right after "a" or "an" is a kind of season ("a forecast of an early spring"), no date
SEASONS = [
    (date(2024, 3, 8), "The bridge reopened on October 2, 2015, and the ferry had stopped running that spring.",
     [(date(2015, 3, 1), date(2015, 5, 31)), (date(2015, 10, 2), date(2015, 10, 2))]),
    (date(2024, 3, 8), "The pond froze in January 2019 and thawed late that winter.",
     [(date(2018, 12, 1), date(2019, 2, 28)), (date(2019, 1, 1), date(2019, 1, 31))]),
    (date(2024, 3, 8), "The almanac predicted an early spring last year.", [(date(2023, 1, 1), date(2023, 12, 31))]),
    # look-alikes: "that spring" with the date in the sentence before; "this spring"; a season after an adjective
    (date(2024, 3, 8), "The bridge reopened on October 2, 2015. The ferry will run again this spring.",
     [(date(2015, 10, 2), date(2015, 10, 2)), (date(2024, 3, 1), date(2024, 5, 31))]),
    (date(2024, 3, 8), "Frost killed the vines after a cold and wet spring.", [(date(2024, 3, 1), date(2024, 5, 31))]),
]


@pytest.mark.parametrize("published, text, spans", SEASONS, ids=[s[1][:40] for s in SEASONS])
def test_a_season_told_back_or_as_a_kind(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# a day of the year with no year written, told "every year", "each year" or "annually" after it, comes back each
# year: no event of its own (the state since a year stays)
YEARLY = [
    (date(2024, 3, 8), "The town has held a torch parade on New Year's Eve every year since 1962.",
     [(date(1962, 1, 1), date(2024, 3, 8))]),
    (date(2024, 3, 8), "The lighthouse is opened to visitors on June 21 each year.", []),
    # look-alikes: a day of a year told; a day then a count of a year
    (date(2024, 3, 8), "The lighthouse opened to visitors on June 21 last year.",
     [(date(2023, 6, 21), date(2023, 6, 21))]),
    (date(2024, 3, 8), "The lighthouse opened to visitors on June 21, a year after the storm.",
     [(date(2022, 1, 1), date(2022, 12, 31)), (date(2023, 6, 21), date(2023, 6, 21))]),
]


@pytest.mark.parametrize("published, text, spans", YEARLY, ids=[s[1][:40] for s in YEARLY])
def test_a_day_told_every_year(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# a season of the south ("the southern winter", "the austral summer") has the months of the north's opposite season,
# on the same side of the publication date as the season read (by the tense when that one is under way)
# (11 July 2023: the north's summer under way)
SOUTHERN = [
    (date(2023, 7, 11), "In Chile the southern winter brings a peak in chest infections.",
     [(date(2023, 6, 1), date(2023, 8, 31))]),
    (date(2023, 7, 11), "Fires raged in Australia through the austral summer.",
     [(date(2022, 12, 1), date(2023, 2, 28))]),
    (date(2024, 1, 15), "In Chile last southern winter was the driest on record.",
     [(date(2023, 6, 1), date(2023, 8, 31))]),
    # look-alikes: a season with no word of the south; a "southern" that is a place's
    (date(2023, 7, 11), "Fires raged in Greece through the summer.", [(date(2023, 6, 1), date(2023, 8, 31))]),
    (date(2023, 7, 11), "Fires will spread across southern Europe this winter.",
     [(date(2023, 12, 1), date(2024, 2, 29))]),
]


@pytest.mark.parametrize("published, text, spans", SOUTHERN, ids=[s[1][:40] for s in SOUTHERN])
def test_a_southern_season(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
