"""Typer data for round 36, kinds of error that recurred across the development halves of the article sets: a
minister's or a leader's visit to a place at home (an island, a base, the border, a mine, the wounded) read as a visit
between states, since only a few home destinations were known to the visit rule (a trip knew more); soldiers or troops
handing out food, water or blankets read as fighting; a furnace or a boiler that blew up read as an attack when the
machine was more than three words before the verb; a contest that "heated up" read as a heatwave, and the race for a
mayoralty or a governorship as a sports race. Every sentence is our own; each row of FIXED failed before (with the
rules alone or with the learned typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

HURRICANE = ("The hurricane flattened hundreds of homes along the coast on Tuesday night.",)
FIGHTING = ("Rebels attacked an army post in the hills on Monday, killing nine soldiers.",)

FIXED = [
    # a visit at home: not between states; the visitor's office or the place decides
    ("The defence minister will visit the naval base on Friday.", (), {"security", "politics"}),
    ("The interior minister visited the island on Monday.", (), {"politics", "security"}),
    ("The prime minister will visit the islands next week.", (), {"politics", "other"}),
    ("The president will visit the border on Monday.", (), {"politics", "security"}),
    ("The health minister visited the mine on Tuesday.", (), {"health", "economy", "politics"}),
    # relief handed out by soldiers or troops
    ("Soldiers handed out rations to families in the valley on Sunday.", (), {"security", "disaster"}),
    ("Troops gave out bottled water to the villagers on Monday.", (), {"security", "disaster"}),
    # a machine that blew up, named further from the verb
    ("The boiler in the school's basement blew up on Friday.", (), {"disaster"}),
    ("The old furnace at the foundry blew up on Wednesday night.", (), {"disaster"}),
    # a contest heating up; the race for an office
    ("The contest for the governorship heated up in April.", (), {"politics"}),
    ("The race for the mayoralty heated up in March.", (), {"politics"}),
]

KEPT = [
    ("The emir begins an official visit to Paris on Monday.", (), {"diplomacy"}),
    ("The Japanese premier will visit Canberra in May.", (), {"diplomacy"}),
    ("The chancellor will visit Warsaw next week for talks with her counterpart.", (), {"diplomacy"}),
    ("The minister visited the flooded village on Sunday.", (), {"disaster"}),
    ("The president travelled to Warsaw on Wednesday.", (), {"other"}),
    ("Soldiers opened fire on the crowd outside the palace on Friday.", (), {"attack"}),
    ("Troops shelled the rebel positions on Tuesday.", (), {"attack"}),
    ("Soldiers fought the rebels for the town all day on Monday.", FIGHTING, {"attack"}),
    ("Saboteurs at the refinery blew up two tanks on Monday.", (), {"attack"}),
    ("Militants blew up a gas pipeline on Sunday.", (), {"attack"}),
    ("A boiler at the paper mill blew up on Tuesday, killing two workers.", (), {"disaster"}),
    ("The heat killed 40 people in the city on Monday.", (), {"disaster"}),
    ("The rivalry between the two clubs heated up on Sunday.", (), {"sports"}),
    ("The 10km race was won by a teenager on Sunday.", (), {"sports"}),
    ("Soldiers handed out blankets and food at the school on Saturday.", HURRICANE, {"disaster", "security"}),
    ("The presidential race tightened on Monday.", (), {"politics"}),
]

# second part: a place hosting a contest or a show read as a host of state guests; shipments and consignments had no
# type; a border named before it was shut, and land or border crossings closed, read as relations or politics; a
# visit to inspect or chair something at home read as a visit between states; talks with armed groups lost to
# the government's politics
SWIM = ("The swimming championships ended on Sunday with a world record in the relay.",)
FESTIVAL = ("The film festival closed on Saturday with a gala screening of the winning film.",)
FIXED += [
    # a place hosting a contest or a show: what is hosted is the event
    ("The city will host the next edition.", SWIM, {"sports"}),
    ("Riga will host the next edition in 2028.", FESTIVAL, {"culture"}),
    # shipments and consignments: trade
    ("Shipments of coffee to Europe fell by a third in May.", (), {"economy"}),
    ("Grain consignments from the port doubled in June.", (), {"economy"}),
    # a border shut, land crossings closed
    ("The border with its northern neighbour was shut on Thursday.", (), {"security"}),
    ("The government shut all land crossings on Friday.", (), {"security"}),
    ("The country sealed its border crossings on Monday.", (), {"security"}),
    # a visit to chair or inspect: home business
    ("The president will visit Kandahar to inspect the police academy on Monday.", (), {"security", "politics"}),
    # talks with armed groups
    ("The government opened talks with armed groups in the north on Monday.", (), {"diplomacy"}),
]
KEPT += [
    ("The emir hosted the French president at his palace on Sunday.", (), {"diplomacy"}),
    ("The country will host the summit of foreign ministers in May.", (), {"diplomacy"}),
    ("The city will host the 2032 games.", (), {"sports"}),
    ("The country closed its border with its eastern neighbour on Sunday.", (), {"security"}),
    ("The funeral of the former president was held on Monday.", (), {"other"}),
    ("The chancellor will visit Paris to review the treaty with her counterpart.", (), {"diplomacy"}),
    ("The Japanese premier will visit Canberra in May.", (), {"diplomacy"}),
    ("Armed groups attacked the village on Monday.", (), {"attack"}),
    ("Exports of coffee fell by a third in May.", (), {"economy"}),
    ("Arms shipments to the rebels were seized at the port on Monday.", (), {"security", "attack"}),
]

# third part: a visitor from another state or a bloc of states goes on a visit between states, even to a place at home
FIXED += [
    ("The French president visited the flooded region on Monday.", (), {"diplomacy"}),
]
KEPT += [
    ("The head of the African Union will visit the border town on Monday.", (), {"diplomacy"}),
    ("Chinese tourists visited the island in record numbers in May.", (), {"other", "economy"}),
    ("The minister visited the flooded village on Sunday.", (), {"disaster"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
