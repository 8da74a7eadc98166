"""Typer data for the regressions a review of the round-26 typer changes found in ordinary news, and a few older
errors of the same words: a clause whose only typed word is a labour cause ("halted because of a walkout") left
with no event at all, so the labour news it tells was lost; a building shut since an attack or a fire read as the
building's news ("the library has stayed shut since the flood"); "the holiday season" read as a holiday's
celebration; a launch company's business news read as space news; a blockade lifted to restore relations read as a
security measure; every tourist's misfortune given economy as its second type; the harvest moon read as farming;
"due to storms" read as a plan; a strike by airport staff read as an air strike; results that beat forecasts read
as a sports win. Every sentence is our own; each row of FIXED fails on the code before this change (with the rules
alone and with the learned typer), in its type or, where the type was already right, in the second type it must
not have; each row of KEPT is typed right before and after: the other reading of the same words."""

from __future__ import annotations

import pytest

from timeline.typing import classify

DOCK_STRIKE = [
    "Dock workers walked out on Monday in a row over pay.",
    "Their union said the stoppage would last two days.",
]
SPACE = ["A Japanese rocket put a navigation satellite into orbit on Sunday."]
# (sentence, context, acceptable types, a type the second type must not be or None)
FIXED: list[tuple[str, tuple[str, ...] | list[str], set[str], str | None]] = [
    # a clause that names nothing but its cause: the cause is its event, weakly (a labour cause stays labour news)
    ("Ferry crossings were halted because of a walkout by crews.", (), {"economy"}, None),
    ("Post deliveries were delayed owing to the strike by sorting staff.", (), {"economy"}, None),
    # the earlier event the predicate points to is the news, not the building shut since then
    ("The library has stayed shut since the flood.", (), {"disaster"}, None),
    ("The mosque has been closed since the shooting.", (), {"attack"}, None),
    ("The arena has been shut since the riot.", (), {"security", "politics"}, None),
    # the holiday season is a time of year, not a holiday's celebration
    ("The holiday season was marked by a string of stabbings.", (), {"attack"}, None),
    ("The holiday season was marked by a rise in burglaries.", (), {"justice"}, None),
    # a launch company's business is business news, with no space reading beside it
    ("The launch company laid off 200 workers.", (), {"economy"}, "other"),
    ("The launch provider's shares fell 8 percent.", (), {"economy"}, "other"),
    # a blockade ended to restore relations is between states
    ("Both countries lifted the blockade and restored diplomatic relations.", (), {"diplomacy"}, None),
    # a tourist hurt is no tourism news; the harvest moon is no harvest
    ("A tourist was stabbed outside the hotel.", (), {"attack"}, "economy"),
    ("Three tourists drowned when their boat capsized.", (), {"disaster"}, "economy"),
    ("The harvest moon will be visible on Friday.", (), {"other"}, "economy"),
    # "due to" before a noun that could be a verb is still a cause after a participle
    ("The festival was called off due to storms.", (), {"culture"}, None),
    # a strike by staff is labour's even with "air" near it; results beat forecasts, not rivals
    ("Hundreds of flights were grounded by a strike by baggage handlers.", (), {"economy"}, None),
    ("Sales beat analysts' expectations in the third quarter.", (), {"economy"}, None),
    # a figure with a type of its own that changed since an earlier event: the change is the news (review 26b item 1)
    ("Car exports have halved since the war began.", (), {"economy"}, None),
    ("Ticket sales have doubled since the pandemic.", (), {"economy"}, None),
    ("Unemployment has fallen since the last election.", (), {"economy"}, None),
    # a bare strike that cancels, suspends or shuts services is a stoppage of work; one that destroys is an attack
    ("Ferry crossings were cancelled because of the strike.", (), {"economy"}, None),
    ("Because of the strike, no trams ran on Friday.", (), {"economy"}, None),
    ("The port stayed shut owing to the strike.", (), {"economy"}, None),
    ("Tram services were suspended because of the strike.", (), {"economy"}, None),
    ("The strike destroyed a bus depot.", (), {"attack"}, None),
    # a cause beside an event of a field of its own weighs as little as a point in time does
    ("Fruit traders have struggled because of the blockade.", (), {"economy"}, None),
    # a count of harm beside the event it counts takes that event's type (lead's pass after the review's fixes)
    ("The death toll has risen to 61 since the tremor.", (), {"disaster"}, None),
    ("The toll has climbed to 18 since the mudslide.", (), {"disaster"}, None),
]
KEPT: list[tuple[str, tuple[str, ...] | list[str], set[str], str | None]] = [
    # a cause beside the clause's own news is still not its event; a labour cause with a labour article
    ("Exports were held up because of the walkout.", DOCK_STRIKE, {"economy"}, None),
    ("Schools were closed because of the flooding.", (), {"disaster"}, None),
    # a point in time beside another event noun stays a point in time
    ("Farmers brought in their largest harvest since the floods.", (), {"economy"}, None),
    ("Police have arrested five men since the bombing in March.", (), {"justice"}, None),
    ("The number of fatalities rose sharply because of the heatwave.", (), {"disaster"}, None),
    ("The case has been adjourned since the arrest of a second suspect.", (), {"justice"}, None),
    # "due to" before a verb is a plan
    ("The minister is due to visit the flooded towns on Monday.", (), {"disaster", "politics"}, None),
    ("The court is due to rule on the appeal next week.", (), {"justice"}, None),
    # seasons of sport; air strikes; a striker's beating; a naval blockade; a launch company's flights
    ("The club ended a poor season with a win.", (), {"sports"}, None),
    ("A missile strike by the army hit a fuel depot.", (), {"attack"}, None),
    ("The striker beat two defenders and scored.", (), {"sports"}, None),
    ("The navy imposed a blockade on the rebel port.", (), {"security", "attack"}, None),
    ("The launch company's next mission is set for June.", SPACE, {"other"}, None),
    ("Tourist arrivals climbed 8 percent in July.", (), {"economy"}, None),
    ("The launch company agreed to carry cargo for the ESA.", (), {"other"}, None),
    # a point in time fronted before a comma ends there: the clause's own words after it are its news
    ("Since the coup, the former president has been under house arrest.", (), {"justice"}, None),
    # a place shut since an earlier event tells of that event; a figure fronted after its since phrase keeps its type
    ("The library has been closed since the bombing.", (), {"attack"}, None),
    ("The stadium has stayed shut since the earthquake.", (), {"disaster"}, None),
    ("Since the war began, car exports have halved.", (), {"economy"}, None),
    # a strike from the air that stops flights or trains is still an attack
    ("Hundreds of flights were cancelled after an air strike on the airport.", (), {"attack"}, None),
    ("Train services were halted after the drone strike.", (), {"attack"}, None),
    # a place shut because of an event, or a cause beside a word of no field, still tells of the cause
    ("Because of the shelling, the bazaar was closed for days.", (), {"attack"}, None),
    ("Classes were shut due to flooding.", (), {"disaster"}, None),
]


@pytest.mark.parametrize(("sentence", "context", "types", "not_second"), FIXED + KEPT)
def test_type(
    learned: bool, sentence: str, context: tuple[str, ...] | list[str], types: set[str], not_second: str | None
) -> None:
    typed = classify(sentence, context)
    assert typed.type in types
    if not_second is not None:
        assert typed.second != not_second
