"""Typer data for the review of round 35's typer change: kinds of error its new rules brought or left. A price, jobs
or a budget cut by a mobile or internet firm read as a signal cut (security); a gas cylinder or a battery that blew
up read as an attack (the machine words carry no type, so the test of the subject's side never held), and a tyre or
an engine blowing up in a race as a disaster; an association of doctors or growers meeting a minister read as
diplomacy, and a plural possessive ("the retailers' federation") had no lemma at all; a conservation word (young
trees, seedlings, an endangered animal) outweighed the fire or hail that struck it. Every sentence is our own; each
row of FIXED failed before (with the rules alone or with the learned typer); each row of KEPT is typed right before
and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

STORM = ("A storm tore across the hills on Sunday, ripping roofs off houses.",)
BOMBING = ("A suicide bomber killed 12 people at a market in the city on Thursday.",)

FIXED = [
    # money cut by a phone or internet firm: business news
    ("The operator cut the price of mobile contracts on Monday.", (), {"economy"}),
    ("The internet company cut its profit forecast on Wednesday.", (), {"economy"}),
    ("Ministers cut the budget for mobile phone masts in rural areas on Tuesday.", (), {"economy", "politics"}),
    # a machine that blew up by itself; a tyre or engine blowing up in a race
    ("A gas cylinder blew up in a restaurant kitchen on Saturday, injuring five.", (), {"disaster"}),
    ("A phone battery blew up in a passenger's bag on the train on Wednesday.", (), {"disaster"}),
    ("The tyre blew up on lap 3 and he retired from the race.", (), {"sports"}),
    ("His engine blew up on lap 12 of the Grand Prix on Sunday.", (), {"sports"}),
    # a body of a field meeting a minister; a plural possessive is its word
    ("The medical association met the health minister on Friday.", (), {"health", "politics"}),
    ("A cooperative of growers met the minister on Tuesday.", (), {"economy", "politics"}),
    ("The retailers' federation will meet the prime minister next week.", (), {"economy"}),
    ("The migrants' boat landed at dawn on Monday.", (), {"security"}),
    # a conservation word beside a hazard: the hazard is the news
    ("The wildfire destroyed 500 young trees planted by the council last year.", (), {"disaster"}),
    ("Two endangered leopards died in the forest fire on Sunday.", (), {"disaster"}),
    ("Hail destroyed thousands of seedlings at the farm on Tuesday.", (), {"disaster"}),
]

KEPT = [
    ("The mobile operator cut 500 jobs on Tuesday.", (), {"economy"}),
    ("Internet access was cut across the province for a week on Friday.", BOMBING, {"security"}),
    ("Mobile networks were cut in the capital during the military parade on Sunday.", (), {"security"}),
    ("The storm cut internet to 20,000 homes on Sunday.", (), {"disaster"}),
    ("Militants blew up the oil pipeline near the border on Sunday.", (), {"attack"}),
    ("A bomb hidden near the oil tank blew up on Monday, killing three soldiers.", (), {"attack"}),
    ("Saboteurs blew up a transformer at the substation on Tuesday.", (), {"attack"}),
    ("Rebels said they blew up the refinery on Monday.", (), {"attack"}),
    ("Two boilers blew up at the textile factory in 2010.", (), {"disaster"}),
    ("A fuel tanker blew up after it overturned on the highway on Friday.", (), {"disaster"}),
    ("The trade minister met her Chinese counterpart on Monday.", (), {"diplomacy"}),
    ("The Association of Southeast Asian Nations met in Jakarta on Friday.", (), {"diplomacy"}),
    ("The chamber of commerce met the finance minister on Monday to discuss taxes.", (), {"economy"}),
    ("Workers' wages rose by 3 percent last year.", (), {"economy"}),
    ("Conservationists planted 400 young trees along the river on Saturday.", (), {"other"}),
    ("Volunteers planted 2,000 saplings on the hillside on Saturday.", STORM, {"other"}),
    ("The gale uprooted 40 trees along the river on Sunday.", (), {"disaster"}),
    ("Twelve migrants drowned after their boat sank off the island on Thursday.", (), {"disaster"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
