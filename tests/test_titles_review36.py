"""Review of round 36's titles (our own sentences, other places and numbers): a reader must tell who did what from
the title alone. Each row of TITLES fails on the code before the fix (main at 8a9a68c); KEPT are look-alikes that
guard what the fixes leave alone. The fixes are the reader's repairs: the typer reads the titles made without them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import assert_repairs_change_the_title_alone, title_of

PUBLISHED = date(2025, 3, 12)  # a Wednesday

# (text, the event's date as written, its title)
TITLES = [
    # words about the subject between commas that are its date alone: the subject keeps the clause's verb
    ("Their first concert, in May 2011, sold out within an hour.", "May 2011",
     "Their first concert sold out within an hour"),
    ("The club's only relegation, from 1998 to 2000, cost it its stadium.", "1998 to 2000",
     "The club's only relegation cost it its stadium"),
    ("The next auction, on Thursday, offers a painting by a local master.", "Thursday",
     "The next auction offers a painting by a local master"),
    # ... a noun phrase about the subject, the date in it or in the subject
    ("Sunday's final, the last of the season, ended in a draw.", "Sunday", "The final ended in a draw"),
    ("The opening stage, a short loop from Bruges on Sunday, went to a German sprinter.", "Sunday",
     "The opening stage went to a German sprinter"),
    # ... a number or a phrase with one: the title had kept it and lost the subject
    ("The nurse, 41, admitted the theft on Tuesday.", "Tuesday", "The nurse admitted the theft"),
    ("The ferry, with about 300 people on board, had left Split on Friday evening.", "Friday evening",
     "The ferry had left Split"),
    ("The jackpot, 45 million euros, was claimed by a bus driver in March.", "March",
     "The jackpot was claimed by a bus driver"),
    # words about the object that open with "both", "all" or "each"
    ("Customs officers held three lorries, all of them Polish, at Calais on Sunday.", "Sunday",
     "Customs officers held three lorries at Calais"),
    # a post held since the date between commas: the subject has been in it, whatever the clause's verb says (a
    # word of saying too), and after an adjective in -ing
    ("The manager, in charge since June 2021, told reporters the club would appeal.", "June 2021",
     "The manager has been in charge"),
    ("The outgoing governor, in office since May 2016, will not stand in the autumn.", "May 2016",
     "The outgoing governor has been in office"),
    # words about the object's place between commas ("in northern ...", "a few miles from ..."), the date after
    ("Bandits had kidnapped 12 pupils from a school in Kaduna, in northern Nigeria, in March.", "March",
     "Bandits had kidnapped 12 pupils from a school in Kaduna"),
    ("Floods cut off three villages near Tete, in central Mozambique, in January.", "January",
     "Floods cut off three villages near Tete"),
    ("Air strikes hit the northern suburbs, a few miles from the airport, last week.", "last week",
     "Air strikes hit the northern suburbs"),
    # a title that is a clause opened by "since": what happened at the date, without the word
    ("January was the wettest in Wales since records began in 1862.", "1862", "Records began"),
    ("For two years the valley has had no doctor but a weekly bus, since storms shut the clinic in June 2023.",
     "June 2023", "Storms shut the clinic"),
    # a span of a day and a count of days holding what the verb told people to do
    ("About 75 guests at the hotel were told on Friday to stay in their rooms for five days.",
     "Friday to stay in their rooms for five days", "75 guests at the hotel were told to stay in their rooms"),
]

# look-alikes: right before the fix and after it
KEPT = [
    # the same kinds the titles told right already
    ("Saturday's derby, the last of the spring, ended goalless.", "Saturday", "The derby ended goalless"),
    ("The third leg, a flat run along the coast on Monday, went to a Dutch rider.", "Monday",
     "The third leg went to a Dutch rider"),
    ("The driver, 64, denied the charge in court on Tuesday.", "Tuesday", "The driver denied the charge in court"),
    # words about the subject with a verb of their own hold their own date
    ("The new stand, built in 2019, holds 8,000 fans.", "2019", "The new stand built"),
    # words about the subject that are more than its date, told with a date of their own
    ("The relay team, world champions in 2017, will race in Oslo this summer.", "2017",
     "The relay team world champions"),
    # a word of saying after the words about the subject holding no post since a date; an adjective in -ing the
    # titles told right already
    ("The ruling mayor, in office since May 2016, will not stand in the autumn.", "May 2016",
     "The ruling mayor has been in office"),
    ("The manager, in Spain last week, said the club would appeal.", "last week", "The manager in Spain"),
    # a post held since the date: has been in it (round 35)
    ("The club's coach, in charge since March, won his first match on Saturday.", "March",
     "The club's coach has been in charge"),
    # the date in the clause after the words about the subject, the title with its subject already
    ("The bridge, opened in 1931, has been closed for repairs since May.", "May",
     "The bridge has been closed for repairs"),
    # words about the object with a verb of their own
    ("The council sacked two wardens, both hired in 2019, on Monday.", "Monday",
     "The council sacked two wardens, both hired in 2019"),
    # words about the object told as a clause of their own stay; a place told already kept as it was
    ("Rebels shelled a market in Goma, in what officials called a massacre, on Sunday.", "Sunday",
     "In what officials called a massacre"),
    ("Troops shelled the town, in the north of the country, on Sunday.", "Sunday", "Troops shelled the town"),
    ("A storm flattened the fish market, a few streets from the cathedral, last winter.", "last winter",
     "A storm flattened the fish market"),
    # "since" inside the title, or with no subject of its own after it
    ("The town has had no rail link since floods washed away the bridge in 2019.", "2019",
     "The town has had no rail link since floods washed away the bridge"),
    ("The club has struggled since losing its coach in May.", "May", "The club has struggled since losing its coach"),
    # a span of a day and a count with no "to" to give back
    ("About 75 guests at the hotel were moved on Friday for five days.", "Friday",
     "75 guests at the hotel were moved for five days"),
]


@pytest.mark.parametrize("text, expression, title", TITLES + KEPT, ids=[f"{s[2]} ({s[1]})" for s in TITLES + KEPT])
def test_title(text: str, expression: str, title: str) -> None:
    assert title_of(text, expression, PUBLISHED) == title


@pytest.mark.parametrize("text", [s[0] for s in TITLES + KEPT])
def test_the_repairs_change_the_title_alone(text: str) -> None:
    assert_repairs_change_the_title_alone(text, PUBLISHED)
