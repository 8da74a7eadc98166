"""Where a sentence with two dates is cut into one clause per date (events._split_point), found reading the clause
titles of the readable dev halves (round 30; /work/reviews/typing_weak30.md, its cross-cut row). Our own sentences.
Each row marks with "|" where the first date's words end and the second's begin; the rows of each table fail on the
code before the change they come with, except the look-alikes, which guard what it must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import _split_point, events_for_document
from timeline.model import Document


def _check_split(marked: str, first: str, second: str) -> None:
    """The split between the end of `first` and the start of `second` (each written once in the sentence) falls
    where the "|" stands."""
    expected = marked.index("|")
    text = marked.replace("|", "", 1)
    left = text.index(first) + len(first)
    right = text.index(second, left)
    got = _split_point(text, left, right)
    assert got == expected, f"{text[:got]} | {text[got:]}"


# A preposition's phrase whose object runs into a tensed verb ends the noun phrase before that verb: the preposition
# and its object stay with the noun before them ("a ceasefire ... with three militias"), the verb begins the other
# date's words. (sentence, first date, second date)
OBJECT_THEN_VERB = [
    ("A ceasefire agreed in June 2019 with three of the militias| was renewed last week for another year.",
     "June 2019", "last week"),
    ("A pension scheme set up in 1998 with the city's unions| ran out of money in 2016.", "1998", "2016"),
    ("A loan signed in 2011 with the state bank| had been repaid by 2020.", "2011", "2020"),
    # look-alikes: the object has no verb after it (the preposition begins the other date's words); a participle
    # after the object is no tensed verb
    ("The court on Monday convicted two officials| over the collapse of a bridge on May 3, 2019.", "Monday",
     "May 3, 2019"),
    ("The firm was fined on Friday| over contracts worth 3 million euros awarded in 2018.", "Friday", "2018"),
]


@pytest.mark.parametrize("marked, first, second", OBJECT_THEN_VERB, ids=[r[0][:40] for r in OBJECT_THEN_VERB])
def test_a_prepositions_object_before_a_verb_stays_with_its_noun(marked: str, first: str, second: str) -> None:
    _check_split(marked, first, second)


# After "said"/"told" and a date, what was said, a clause with its own subject and tensed verb ("that the company
# would ...", "it would ..."), is the other date's whole: no cut inside it at a preposition or halfway. An
# announcement is news of its own and keeps its words as before; a relative "that" with no subject of its own opens
# no reported clause.
REPORTED_CLAUSE = [
    ("The agency said on Monday| that the ferry company would open a route with two new boats in July.",
     "Monday", "July"),
    ("The regulator said last week| it would launch an inquiry into ticket prices at the airports in June.",
     "last week", "June"),
    ("The mayor told reporters on Tuesday| that most schools should reopen by Friday.", "Tuesday", "Friday"),
    # look-alikes: an announcement; a relative "that" right before its verb
    ("The minister announced in May that museum entry would be free| for students in October.", "May", "October"),
    ("Both sides agreed on Tuesday to reopen a road| over the pass that has been shut since 2015.", "Tuesday",
     "2015"),
]


@pytest.mark.parametrize("marked, first, second", REPORTED_CLAUSE, ids=[r[0][:40] for r in REPORTED_CLAUSE])
def test_what_was_said_is_the_other_dates_whole(marked: str, first: str, second: str) -> None:
    _check_split(marked, first, second)


# A comma or an "and" inside a list of nouns ("in Lyon, Lille and Nice"), or the commas around an aside with no verb
# inside a clause that goes on after it ("its final concert, in the old bullring, is on"; "Chartres, the region's
# main town, in 1998"), is no clause break: the split is at the clause's own break.
NOUN_PHRASE_COMMAS = [
    ("The tour opens in Madrid on Saturday|, and its final concert, in the old bullring, is on August 9.",
     "Saturday", "August 9"),
    ("The abbey burned in 1820|, and pilgrims came back to Chartres, the region's main town, in 1998.", "1820",
     "1998"),
    ("Police arrested two men on Friday in Lyon, Lille and Nice| and charged them on Sunday.", "Friday", "Sunday"),
    # look-alikes: a report after an aside (its comma is a clause break); a participle clause
    ("Two men claimed a lottery prize on Monday, the biggest this year|, the operator said on Tuesday.", "Monday",
     "Tuesday"),
    ("The storm hit the coast on Friday, killing four people|, the agency said on Sunday.", "Friday", "Sunday"),
    ("Output fell in May|, the lowest since 2009.", "May", "2009"),
]


@pytest.mark.parametrize("marked, first, second", NOUN_PHRASE_COMMAS, ids=[r[0][:40] for r in NOUN_PHRASE_COMMAS])
def test_no_split_at_a_comma_inside_a_noun_phrase(marked: str, first: str, second: str) -> None:
    _check_split(marked, first, second)


# What a user sees: the titles of the two events of such sentences. (publication date, text, titles, sorted by date)
TITLES = [
    (date(2024, 5, 10), "A ceasefire agreed in June 2019 with three of the militias was renewed last week for "
     "another year.", ["A ceasefire agreed with three of the militias", "A ceasefire was renewed for another year"]),
    (date(2024, 5, 10), "The agency said on Monday that the ferry company would open a route with two new boats in "
     "July.", ["The ferry company would open a route with two new boats"]),
    (date(2024, 5, 10), "The tour opens in Madrid on Saturday, and its final concert, in the old bullring, is on "
     "August 9.", ["The tour opens in Madrid", None]),
]


@pytest.mark.parametrize("published, text, titles", TITLES, ids=[r[1][:40] for r in TITLES])
def test_titles_of_split_sentences(published: date, text: str, titles: list[str | None]) -> None:
    events = sorted(events_for_document(Document("x", text, published)), key=lambda e: e.start)
    assert len(events) == len(titles), [(e.start, e.title) for e in events]
    for event, title in zip(events, titles, strict=True):
        if title is not None:  # (None: a title this change does not decide)
            assert event.title == title, [(e.start, e.title) for e in events]
