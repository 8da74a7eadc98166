"""Typer data for kinds of error round 35 found in news typed by the event builder: migrants landing or reaching a
coast by boat read as politics (the labelling rules file migrants brought ashore under security), and a mob driving
migrants out as a protest; a victim of an outbreak who "fell ill" read as a fall; a count of trees, a plant listed
as endangered, a tree nursery and botanists read as the storm around them; a race with no election near read as
nothing, and the war that cost some years of it as the event; a reactor or a boiler that blew up read as an attack;
a trade body meeting a minister read as diplomacy; mobile signals cut after a bombing read as the attack; "United"
opening "United Nations peacekeepers" read as the verb; aid agencies who warn of hunger read as the event. Every
sentence is our own; each row of FIXED failed before these rules (with the rules alone or with the learned typer);
each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

CHOLERA = ("Cholera has killed 14 people in the port since June, the health ministry said on Monday.",)
CYCLONE = ("A cyclone flattened the coastal forest on Monday, tearing up thousands of trees.",)
LANDINGS = ("Hundreds of migrants came ashore at the harbour on Friday, and the coast guard picked up two more boats "
            "at night.",)
CAR_BOMB = ("A car bomb killed nine people outside the governor's office on Wednesday.",)
TALLY = ("Voters chose a new mayor on Sunday.",)
BORDER_TALKS = ("The two countries agreed on Thursday to hold talks on the disputed region next month.",)

FIXED = [
    # migrants landing, reaching a coast or arriving by boat: border news
    ("Nearly 900 migrants landed on the island in rubber dinghies on Saturday.", (), {"security"}),
    ("Some 2,300 migrants reached the Greek islands by boat last week.", (), {"security"}),
    ("Boat arrivals on the southern coast have tripled since March.", (), {"security"}),
    # a mob or riots driving migrants out: violence against them
    ("A mob drove dozens of migrants from their camp on Sunday night.", (), {"attack", "security"}),
    ("Riots drove hundreds of refugees out of the town last summer.", (), {"attack", "security"}),
    # falling ill is an illness, even beside "the dead"
    ("Two of the herders fell ill after eating the meat on Friday.", (), {"health"}),
    ("The youngest of the dead, a farmer's son, fell ill on June 2.", CHOLERA, {"health"}),
    # botany and conservation: nature news, whatever storm the article tells of
    ("Botanists will publish the survey of the orchids next year.", CYCLONE, {"other"}),
    ("The palm has been listed as endangered since 2004.", CYCLONE, {"other"}),
    ("A tree nursery run by villagers has grown 5,000 seedlings since 2018.", CYCLONE, {"other"}),
    ("Rangers counted 800 old oaks in the forest in May.", CYCLONE, {"other"}),
    ("The tree has been on the red list since 1998.", CYCLONE, {"other"}),
    ("The botanists flew to the island on Tuesday.", CYCLONE, {"other"}),
    # a race with no election near is a contest; years lost to a war are not the war
    ("The race was held on Sunday.", (), {"sports"}),
    ("The races have been held every summer since 1920, except in years lost to war.", (), {"sports"}),
    # a machine or plant that blew up by itself: an accident
    ("A boiler at the paper mill blew up on Tuesday, killing two workers.", (), {"disaster"}),
    ("The reactor blew up during a safety test in 1986.", (), {"disaster"}),
    ("A tanker blew up on the motorway on Monday.", (), {"disaster"}),
    # a trade body meeting a minister: business lobbying
    ("The shopkeepers' association will meet the trade minister on Thursday.", (), {"economy", "politics"}),
    # mobile signals cut by the authorities: keeping order
    ("Mobile phone signals will be cut in the city centre on Friday.", CAR_BOMB, {"security"}),
    # a name of several capitalised words opening a sentence is no verb ("United Nations ...")
    ("United Nations peacekeepers have patrolled the buffer zone since 1974.", BORDER_TALKS, {"security"}),
    ("United Nations troops patrolled the border on Monday.", (), {"security"}),
    # an agency is who warns or acts, not the event: what it warns of is
    ("Aid agencies have warned of hunger in the north since March.", (), {"health", "other"}),
]

KEPT = [
    ("Arrivals have tripled since March.", LANDINGS, {"security"}),
    ("Forty migrants drowned when their boat capsized off Libya on Monday.", (), {"disaster"}),
    ("Parliament passed a law to cut migrant numbers on Tuesday.", (), {"politics"}),
    ("Migrants protested outside the parliament on Monday against the new asylum law.", (), {"politics"}),
    ("The coastguard rescued 40 migrants off the island.", (), {"security"}),
    ("The first patient fell ill on June 2.", CHOLERA, {"health"}),
    ("Shares in the carmaker fell sharply on Monday.", (), {"economy"}),
    ("The storm felled 300 trees in the park on Sunday.", (), {"disaster"}),
    ("Volunteers counted 300 fallen trees on the roads after the storm on Sunday.", (), {"disaster"}),
    ("The presidential race tightened on Monday.", (), {"politics"}),
    ("The race for mayor was held in May.", (), {"politics"}),
    ("The race is too close to call, the pollster said on Monday.", TALLY, {"politics"}),
    ("The 300 runners set off at dawn and the race ended at noon.", (), {"sports"}),
    ("Rescuers raced to reach the trapped miners on Monday.", (), {"disaster"}),
    ("Rescue teams were in a race against time to reach the village on Monday.", (), {"disaster"}),
    ("The festival has run every summer since 1950, apart from the years lost to war.", (), {"culture"}),
    ("The army lost the war in 1975.", (), {"attack"}),
    ("The country went to war in 1914.", (), {"attack"}),
    ("Militants blew up a gas pipeline on Sunday.", (), {"attack"}),
    ("Insurgents blew up a bridge near the border on Monday.", (), {"attack"}),
    ("The bomb blew up outside the station on Friday.", (), {"attack"}),
    ("Rebels blew up the power plant on Monday.", (), {"attack"}),
    ("The two presidents met on the border on Thursday.", (), {"diplomacy"}),
    ("The storm cut phone lines to the valley on Sunday.", (), {"disaster"}),
    ("The storm cut mobile signals across the valley on Sunday.", (), {"disaster"}),
    ("United fans celebrated the title on Sunday.", (), {"sports"}),
    ("The United Nations Security Council voted on the resolution on Friday.", (), {"diplomacy"}),
    ("United Airlines cut 300 jobs on Monday.", (), {"economy"}),
    ("Aid agencies flew food to the flooded villages on Monday.", (), {"disaster"}),
    ("The space agency launched a weather satellite on Friday.", (), {"other"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
