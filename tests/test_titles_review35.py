"""Review of round 35's titles (our own sentences, other places and numbers): a reader must tell what happened from
the title alone. Each row of TITLES fails on the code before the fix (main at aec6747); KEPT are look-alikes that
guard what the fixes leave alone. The fixes are the reader's repairs: the typer reads the titles made without them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import assert_repairs_change_the_title_alone, title_of

PUBLISHED = date(2025, 3, 12)  # a Wednesday

# (text, the event's date as written, its title)
TITLES = [
    # a dateline's place and desk are no part of what happened, with a date right after it or a title cut short
    ("BRINDISI, Italy (Features) — Twenty years ago today, the old ferry terminal at the port of Brindisi burned "
     "down in the small hours of a Sunday, and its 300 workers were sent home the next morning.",
     "Twenty years ago today",
     "The old ferry terminal at the port of Brindisi burned down in the small hours…"),
    ("TROMSO, Norway (Wire) — Cod landings in the northern ports fell 9 percent in the first 20 days of May from "
     "the same period of April, the fisheries board said on Friday.", "April",
     "Cod landings in the northern ports fell 9 percent in the first 20 days of May…"),
    # a subject with a plan about it between commas ("due on Sunday"): what became of the plan is its verb, and the
    # subject stays (in a clause after ", and" too)
    ("The county's rugby final, due on Sunday, has been called off.", "Sunday",
     "The county's rugby final has been called off"),
    ("Fuel prices rose again last week, and the island's only ferry, due on Friday, has been held in port by gales.",
     "Friday", "The island's only ferry has been held in port by gales"),
    # (a subject too long for a title is told by its words before its first preposition)
    ("The yearly boat race against the navy crews, due to be held there in May, was called off.", "May",
     "The yearly boat race due to be held there"),
    # a subject told with words after its noun ("set up under ..."), its verb opening the title: the subject's head
    ("A relief fund set up under the 1990 treaty with Spain ran dry in 2009.", "2009", "A relief fund ran dry"),
    # a post held since the date, told between commas: the subject has been in it
    ("Its head coach, in charge since 2019, will step down at the end of the season.", "2019",
     "Its head coach has been in charge"),
    ("The club's coach, in charge since March, won his first match on Saturday.", "March",
     "The club's coach has been in charge"),
    # a place and a date between commas after the subject: what happened is the subject's verb
    ("The first case in Chile, in Santiago in March 2020, was a man back from Italy.", "March 2020",
     "The first case in Chile was a man back from Italy"),
    # words about the clause's object between commas hold the date: the clause without them
    ("A Kenyan won the marathon, the last race of the month, by four seconds.", "the month",
     "A Kenyan won the marathon"),
    ("Fog seldom stops a race: the last to be called off, a relay in March 2009, was halted at the second leg.",
     "March 2009", "The last to be called off was halted at the second leg"),
    # a relative clause's verb that does not agree with the noun right before it tells of the phrase that noun ends
    ("Flats on the estate, which were to be sold in March, will now be let to nurses.", "March",
     "Flats on the estate were to be sold"),
    # the object of a relative clause is the noun it tells of
    ("The port raised the fees that the minister then put off until June.", "June",
     "The minister then put off the fees"),
    ("Trade held up until May, when buyers stopped ordering ahead of tolls that the minister then put off until "
     "June 1.", "June 1", "The minister then put off tolls"),
    # a relative clause's verb takes its noun, without the verb after "and" that is the main clause's
    ("The mill has cut its order for the season that begins in early May and has told farmers to plant less.",
     "early May", "The season begins"),
    # a particle before "within" and the date stays with its verb
    ("The new mayor must be sworn in within 30 days, and she then names a cabinet.", "30 days",
     "The new mayor must be sworn in"),
    # a count of time left in front of a date found without it ("a week | today")
    ("The new bridge opens in the old quarter a fortnight today.", "today", "The new bridge opens in the old quarter"),
    # the noun a date owns takes its verb, past the words about it and up to another date
    ("The quarter's market guild, which has run the stalls since 1990, will meet the mayor on Tuesday week.",
     "The quarter", "The market guild will meet the mayor"),
    # a title that is the date itself is the clause's words before it
    ("Floods killed 40 people on the weekend of March 3 last year.", "the weekend of March 3",
     "Floods killed 40 people"),
]

# look-alikes: right before the fix and after it
KEPT = [
    # a dateline followed by the subject, the date later
    ("OSLO (Wire) — Ferry traffic on the western fjords was cut by half on Monday after a storm, the road agency "
     "said.", "Monday", "Ferry traffic on the western fjords was cut by half after a storm"),
    # a plan told with words of its own is told as those words (round 33)
    ("The county derby, due to be played at the stadium in April, was postponed.", "April",
     "The county derby due to be played at the stadium"),
    # a long subject whose verb follows the words about it keeps its words
    ("A plan to decide whether the two towns should merge, approved in a 2018 vote, was due in June 2020 and never "
     "went ahead.", "June 2020", "A plan to decide whether the two towns should merge was due and never went ahead"),
    # words about the subject holding the date, with a verb of their own
    ("The bridge, opened in 1931, has been closed for repairs since May.", "1931", "The bridge opened"),
    # a relative clause whose verb agrees with the noun before it, or tells no number
    ("The mayor of Lyon, who took office in 2020, will stand again.", "2020", "The mayor of Lyon took office"),
    ("The yearly boat race against the navy, due to be held there in May, was called off.", "May",
     "The yearly boat race against the navy due to be held there"),
    # a subject with words after its noun that the title has already
    ("A fund for farmers ran dry in 2009.", "2009", "A fund for farmers ran dry"),
    ("The farmers who set up the fund in 1990 ran out of money in 2009.", "2009", "The farmers ran out of money"),
    # a count held by a preposition is no part of the date
    ("Flights will be grounded for 48 hours from Monday.", "Monday", "Flights will be grounded for 48 hours"),
    ("The runner was banned from racing for two years last month.", "last month",
     "The runner was banned from racing for two years"),
    # the noun a date owns with its verb already; a date's noun inside the subject is not the subject's head
    ("Last year's harvest, hit by a long drought, fell by a third.", "Last year", "The harvest fell by a third"),
    ("The bill for last month's repairs rose to 3 million on Friday.", "last month", "The repairs"),
    # the date alone, no time words after it
    ("Floods killed 40 people on the weekend of March 3.", "the weekend of March 3", "Floods killed 40 people"),
]


@pytest.mark.parametrize("text, expression, title", TITLES + KEPT, ids=[f"{s[2]} ({s[1]})" for s in TITLES + KEPT])
def test_title(text: str, expression: str, title: str) -> None:
    assert title_of(text, expression, PUBLISHED) == title


@pytest.mark.parametrize("text", [s[0] for s in TITLES + KEPT])
def test_the_repairs_change_the_title_alone(text: str) -> None:
    assert_repairs_change_the_title_alone(text, PUBLISHED)
