"""Typer data for kinds of error found reading the dev half of tests/heldout_articles9 (round 26): a clause whose only
typed word is its cause ("put off because of the pandemic") read as the cause, not as the article's event; an earlier
event named as a point in time ("the biggest crop since the earthquake") read as the news; a word that says where
("in the region", "from 19 countries") taken as the event noun, so a weak diplomacy word outvoted the article; a
rainy or dry season read as a sports season; transport and farm unions read as the European kind; words of
agriculture, tourism, music and epidemics the vocabulary lacked (growers, harvest, tourist arrivals, cellists, an
epidemiological alert); a launch company read as any company; a road across a lava field read as the eruption; a
blockade of towns or roads typed by nothing. Every sentence is our own; each row of FIXED failed before the rules
it tests (with the rules alone and with the learned typer); each row of KEPT is typed right before and after: the
other reading of the same words."""

from __future__ import annotations

import pytest

from timeline.typing import classify

VIOLIN = [
    "The violin competition in Genoa crowned a 19-year-old winner on Sunday.",
    "Finalists played with the city's symphony orchestra.",
    "The jury heard 40 violinists over three weeks.",
]
QUAKE = [
    "Three years after the earthquake, the town's olive growers are selling abroad again.",
    "The quake killed 300 people and destroyed the old centre.",
    "Many families still live in containers.",
]
DROUGHT = [
    "Maize farmers in the south have lost most of their crop to the drought, the farm ministry said.",
    "The dams that supply the capital are at a third of their level.",
    "Water rationing began in the city on Monday.",
]
SPACE = [
    "A Japanese rocket put a navigation satellite into orbit on Sunday.",
    "The launch had been delayed twice by high winds.",
    "The satellite will start sending signals in April.",
]
RAID = [
    "Gunmen killed 12 farmers in a village in the north on Sunday, local officials said.",
    "The attackers also burned the village granary and stole cattle.",
    "Aid agencies say 5,000 people have fled to camps near the regional capital.",
]
FIXED = [
    # a cause is why, not what: a clause that names nothing but its cause says little of its own, and the article
    # (a competition, a festival) tells what was put off
    ("Usually staged every four years, it was postponed because of the pandemic.", VIOLIN, {"culture"}),
    ("Held each spring, it was cancelled owing to the outbreak.", VIOLIN, {"culture"}),
    # an earlier event named as a point in time is not the news
    ("The olive growers sold their biggest crop since the earthquake last autumn.", QUAKE, {"economy"}),
    ("Tourist arrivals have grown since the start of the year.", QUAKE, {"economy"}),
    ("Visitor numbers and tourism income have recovered since the spring.", QUAKE, {"economy"}),
    # a word that says where is never the event noun: the article outweighs it
    ("The group has cut off several villages in the region since April.", RAID, {"attack", "security"}),
    ("It began on May 3 with 60 cellists from 19 countries.", VIOLIN, {"culture"}),
    # a rainy or dry season is the weather's, not a league's
    ("The rainy season usually ends in October.", DROUGHT, {"disaster", "other"}),
    ("The dry season normally starts in May.", (), {"other", "disaster"}),
    # transport and farm unions are labour's
    ("Taxi unions suspended services across the city on Monday.", (), {"economy"}),
    # growers, harvests, an epidemiological alert, a launch company
    ("Coffee growers expect a smaller harvest this year.", (), {"economy"}),
    ("The ministry issued an epidemiological alert for three provinces on Monday.", (), {"health"}),
    ("The launch company's next mission is set for June.", SPACE, {"other"}),
    # a road across a lava field is the road's news; protesters blockading roads are politics
    ("The council will build a road across the old lava field in March.", (), {"politics", "economy"}),
    ("Farmers blockaded the motorway with tractors on Monday.", (), {"politics"}),
]
KEPT = [
    # a cause with something else in the clause keeps its weight: schools shut by a flood are the flood's news
    ("Schools were closed because of the flooding.", (), {"disaster"}),
    # "due to" before a verb is a plan, not a cause; arrests since a bombing are the arrests' news
    ("The court is due to rule on the appeal next week.", (), {"justice"}),
    ("Police have arrested five men since the bombing in March.", (), {"justice"}),
    ("Rebels have besieged two towns near the coast since May.", RAID, {"attack"}),
    ("The club ended the season in third place.", (), {"sports"}),
    ("Bus unions called off the stoppage on Friday.", (), {"economy"}),
    ("The European Union agreed new sanctions on Monday.", (), {"diplomacy"}),
    ("Lava flows buried the village in September.", (), {"disaster"}),
    ("Militants have blockaded the highway to the capital since June.", (), {"security", "attack"}),
    ("Tourist arrivals climbed 8 percent in July.", (), {"economy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...] | list[str], types: set[str]) -> None:
    assert classify(sentence, context).type in types
