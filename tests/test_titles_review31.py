"""Event titles found reading the titles of the seeds, meantime-dev and the dev halves of tests/heldout_articles*
(round 31; our own sentences, other situations): a title names who did what, the date's words cut out cleanly. Each
row fails on the code before the fix it comes with, except the look-alikes, which guard what the fix must leave
alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import events_for_document, make_title
from timeline.model import Document

PUBLISHED = date(2024, 6, 14)  # a Friday

# (text, the event's first day, its title)
TITLES = [
    # a date named beside another by "and"/"or" goes with it, whichever of the two the event is
    ("Ferry bookings in March and April fell by a quarter, the port authority said.", (2024, 3, 1),
     "Ferry bookings fell by a quarter"),
    # (March and April running are one span since the merge of round 31's builder: the second, two months apart)
    ("Ferry bookings in March and May fell by a quarter, the port authority said.", (2024, 5, 1),
     "Ferry bookings fell by a quarter"),
    ("Strikes at the depot were held on Tuesday and on June 4.", (2024, 6, 4), "Strikes at the depot were held"),
    # (look-alike: the first of the two, titled so before too)
    ("The harbour wall was rebuilt in 1998 and 2011, after storms breached it.", (1998, 1, 1),
     "The harbour wall was rebuilt"),
    ("The harbour wall was rebuilt in 1998 and 2011, after storms breached it.", (2011, 1, 1),
     "The harbour wall was rebuilt"),
    # look-alike: a date before "and" with no date after it keeps the words after "and"
    ("The dam was inspected in March and found sound.", (2024, 3, 1), "The dam was inspected and found sound"),
    # a participle with its particle after the subject ("set up", "shut down") is about the subject; "A"/"An" opens
    # the clause's subject, no appositive
    ("A tent camp for 300 families, put up in May, is already overcrowded.", (2024, 5, 1),
     "A tent camp for 300 families put up"),
    ("A temporary bridge over the river, put up in March, was washed away on Monday.", (2024, 6, 10),
     "A temporary bridge over the river was washed away"),
    # (look-alike: the participle's own date, titled so before too)
    ("The old ferry terminal, shut down in January, was sold to a developer on Monday.", (2024, 1, 1),
     "The old ferry terminal shut down"),
    ("The old ferry terminal, shut down in January, was sold to a developer on Monday.", (2024, 6, 10),
     "The old ferry terminal was sold to a developer"),
    # a participle before a word of time, or after a prefix, is about the subject too
    ("The smelter, closed since February for lack of power, is expected to restart in August.", (2024, 8, 1),
     "The smelter is expected to restart"),
    ("The mayor, re-elected in April, opened the new library on Thursday.", (2024, 6, 13),
     "The mayor opened the new library"),
    # a post held ("in office since", "in the post since") tells of the speaker before it
    ("The harbour master, in the post since 2019, said he expected the channel to reopen around the end of July.",
     (2024, 7, 1), "The harbour master said he expected the channel to reopen"),
    # a noun phrase between the subject and its verb is about the subject
    ("Cruise arrivals, the island's second source of income, rose to 2 million in 2023.", (2023, 1, 1),
     "Cruise arrivals rose to 2 million"),
    # "and" then a verb's form right before the date: the verb takes the sentence's subject
    ("The show opened last month and ends on Sunday evening with a parade through the town.", (2024, 6, 16),
     "The show ends with a parade through the town"),
    # "which" after a noun phrase with no determiner: the words after the last preposition name it
    ("Officials in the northern provinces began counting votes from Sunday's regional election, which had been "
     "delayed twice since 2021.", (2021, 1, 1), "Regional election had been delayed twice"),
    # "where" opens a clause with a subject of its own
    ("The council bought the old mill by the river, where work on flats is due to begin next year.", (2025, 1, 1),
     "Work on flats is due to begin"),
]


@pytest.mark.parametrize("text, day, title", TITLES, ids=[f"{s[2]} ({s[1][1]})" for s in TITLES])
def test_title(text: str, day: tuple[int, int, int], title: str) -> None:
    events = events_for_document(Document("x", text, PUBLISHED))
    event = next(e for e in events if e.start == date(*day))
    assert event.title == title, [(e.start, e.title) for e in events]


# a title cut at its length limit ends with a word that says something, not one that only leads into the words cut off
CUT = [
    # look-alike: a cut after a word of its own stays where it is
    "The regional transport authority has asked its neighbouring councils to help pay for the new bus lanes on "
    "Monday.",
    "The country's biggest mobile operator agreed with the competition regulator to sell some of its masts because "
    "of the merger on Monday.",
]


@pytest.mark.parametrize("text", CUT, ids=[t[:40] for t in CUT])
def test_a_cut_title_ends_with_a_word_of_its_own(text: str) -> None:
    event = next(iter(events_for_document(Document("x", text, PUBLISHED))))
    assert event.title.endswith("…"), event.title
    last = event.title[:-1].split()[-1].lower()
    assert last not in {"the", "a", "an", "of", "for", "to", "because", "its", "on", "and"}, event.title


def test_make_title_cuts_a_paired_date() -> None:
    clause = "Sales in April and June rose by a tenth."
    start = clause.index("June")
    assert make_title(clause, start, start + 4) == "Sales rose by a tenth"


# Review of the round (builder31.md): titles the round's changes left wrong or newly reached.
# - a paired date's title takes the words of the pair's clause only, up to the next clause ("losses in 2021 and 2022
#   | and hopes to ...", "in 2018 and 2020, | and a flood struck"), not the rest of the sentence;
# - "May" is a month beside another ("in March and May": "Ticket sales fell", not "Ticket sales");
# - "and had" after "was": the auxiliary brings its own tense ("The singer had been in custody", not "was had");
# - a noun after ", and" before a date is no verb taking the sentence's subject ("and frost in October");
# - "over the past two days" goes with its date ("Strong winds toppled 300 trees", not "Strong winds over toppled").
# (publication date, text, the event's first day, its title)
REVIEW_TITLES = [
    (date(2024, 5, 20), "The club lost money in 2021 and 2022 and hopes to break even this year.", (2021, 1, 1),
     "The club lost money"),
    (date(2024, 5, 20), "Fires burned the hills in 2018 and 2020, and a flood struck in 2022.", (2018, 1, 1),
     "Fires burned the hills"),
    (date(2024, 6, 14), "Ticket sales in March and May fell by a third.", (2024, 3, 1), "Ticket sales fell by a third"),
    (date(2024, 4, 10), "The singer was arrested in 2019 and had been in custody since 2020.", (2020, 1, 1),
     "The singer had been in custody"),
    (date(2024, 11, 20), "Hail in June and July wrecked the vineyards, and frost in October killed the vines.",
     (2024, 10, 1), "Frost killed the vines"),
    (date(2024, 5, 10), "Strong winds over the past two days toppled 300 trees.", (2024, 5, 8),
     "Strong winds toppled 300 trees"),
    # look-alikes: "was ... and freed" keeps "was"; a verb after ", and" with nothing after its date takes the subject
    (date(2024, 6, 12), "The fair opened on Friday, and ends on Sunday.", (2024, 6, 16), "The fair ends"),
    (date(2024, 4, 10), "The singer was arrested in 2019 and freed in 2021.", (2021, 1, 1), "The singer was freed"),
]


@pytest.mark.parametrize("published, text, day, title", REVIEW_TITLES, ids=[s[3] for s in REVIEW_TITLES])
def test_review_title(published: date, text: str, day: tuple[int, int, int], title: str) -> None:
    events = events_for_document(Document("x", text, published))
    event = next(e for e in events if e.start == date(*day))
    assert event.title == title, [(e.start, e.title) for e in events]


# Second review of the round (builder31b.md): dates listed one after the other ("in 2011, 2015 and 2020", "in 1955 and
# 1987") are told of one thing: each takes the words of the list's first clause, the whole list left out (the pair's
# whole-sentence title repeated the subject, "The pier The pier was built in 1901 and was extended"); a word right
# after an article is no verb ending the subject ("The dam was ..."); a verb with its object after "was ... and" is
# active ("was hired in 2018 and led the team").
# (publication date, text, the event's first day, its title)
SECOND_REVIEW_TITLES = [
    (date(2024, 6, 20), "Riots broke out in 2011, 2015 and 2020.", (2015, 1, 1), "Riots broke out"),
    (date(2024, 6, 20), "Riots broke out in 2011, 2015, and 2020, police said.", (2020, 1, 1), "Riots broke out"),
    (date(2024, 6, 20), "The pier was built in 1901 and was extended in 1955 and 1987.", (1955, 1, 1),
     "The pier was extended"),
    (date(2024, 6, 20), "The pier was built in 1901 and was extended in 1955 and 1987.", (1987, 1, 1),
     "The pier was extended"),
    (date(2024, 6, 20), "The dam was finished in 1971 and was raised in 1993.", (1993, 1, 1), "The dam was raised"),
    (date(2024, 6, 20), "Ana Ruiz was named coach in 2017 and led the side to titles in 2019 and 2021.", (2021, 1, 1),
     "Ana Ruiz led the side to titles"),
    # look-alikes: ", and" with no list before it opens a clause; a participle with no object takes the "was"
    (date(2024, 8, 10), "Prices fell in May, and in June and July they rose again.", (2024, 6, 1), "They rose again"),
    (date(2024, 6, 20), "The canal was dug in 1820 and widened in 1905.", (1905, 1, 1), "The canal was widened"),
    (date(2024, 6, 20), "The treaty was signed in June 1990, and five years later it collapsed.", (1995, 1, 1),
     "It collapsed"),
]


@pytest.mark.parametrize("published, text, day, title", SECOND_REVIEW_TITLES,
                         ids=[f"{s[1][:30]} ({s[2][0]})" for s in SECOND_REVIEW_TITLES])
def test_second_review_title(published: date, text: str, day: tuple[int, int, int], title: str) -> None:
    events = events_for_document(Document("x", text, published))
    event = next(e for e in events if e.start == date(*day))
    assert event.title == title, [(e.start, e.title) for e in events]
