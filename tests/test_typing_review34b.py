"""Typer data for the review of round 34's typer rules: look-alikes the new rules caught. The assembly of parts or
vehicles read as a legislature, and the World Health Assembly as politics; a hunger or a hunger for gold read as want
of food; a fever over a deal read as an illness; raising a banner or the death toll read as a price rise; cutting the
ribbon on a power line read as an outage; a motorcycle banned from a race read as a security measure. Every sentence is
our own; each row of FIXED failed before these rules (with the rules alone or with the learned typer); each row of KEPT
is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

PLANT = ("Carmaker to build electric lorries in the north",
         "The carmaker said on Tuesday it would spend 3 billion euros on a new factory near the coast.")
STOCKS = ("Shares jump as buyers chase mining stocks",
          "Stock markets rose for a fourth day on Thursday as investors piled into copper miners.")
STORM = ("Gales leave thousands without power",
         "Winds of 130 km/h tore along the coast on Sunday night, felling trees across the region.")
FIGHTING = ("Fighting spreads in the east",
            "Army units shelled rebel positions on Monday as fighting reached two more districts.")
FANS = ("Supporters queue overnight for final tickets",
        "Thousands of fans waited outside the ground on Thursday for the last tickets to the cup final.")
DROUGHT = ("Dry season leaves millions short of food",
           "Two failed rainy seasons have withered crops across the plateau, aid groups said on Tuesday.")

FIXED = [
    # the assembly of parts, vehicles or furniture is building them; the World Health Assembly is the health agency's
    ("Workers will start assembly of the first lorries in April.", PLANT, {"economy"}),
    ("The engine parts arrive for assembly in Spain in June.", PLANT, {"economy"}),
    ("Flat-pack furniture assembly took the couple four hours on Sunday.", (), {"other", "economy"}),
    ("The World Health Assembly meets in Geneva next week.", (), {"health", "diplomacy"}),
    # a hunger for something is a craving, no want of food
    ("Hunger for silver lifted prices to a high on Tuesday.", STOCKS, {"economy"}),
    # a fever over a deal is excitement
    ("The index dropped 3% on Friday as fever over the bid cooled.", STOCKS, {"economy"}),
    # raising a banner or the death toll is no price rise
    ("The fans raised a banner about season ticket prices on Sunday.", FANS, {"sports"}),
    ("Rescuers raised the death toll to 45 on Monday.", STORM, {"disaster"}),
    ("Officials raised the death toll from the shelling to 18 on Tuesday.", FIGHTING, {"attack"}),
    # cutting the ribbon on a line opens it
    ("The minister cut the ribbon on the new power line on Friday.", (), {"economy", "other", "politics"}),
    # rebels fighting a government over land or a right are an insurgency, unless in court
    ("Separatist rebels have fought the government over the oil fields since 1999.", (), {"attack", "security"}),
    # a light verb followed by "as" judges, it takes no event: the strongest word is the event
    ("The withdrawal of the inspectors was seen as a defeat for the agency.", (), {"diplomacy", "security"}),
    # a motorcycle banned from a race is a sports ruling
    ("The stewards banned his motorcycle from Sunday's grand prix.", (), {"sports"}),
]

KEPT = [
    ("The state assembly approved the water bill on Tuesday.", (), {"politics"}),
    ("Workers on the assembly line stopped work on Monday.", PLANT, {"economy"}),
    ("The provincial assembly was dissolved on Friday.", (), {"politics"}),
    ("Two million people face hunger this winter, the agency said on Monday.", DROUGHT, {"health", "disaster"}),
    ("The children went hungry for weeks in March.", (), {"health", "other"}),
    ("Relief groups say a million people will go hungry in the spring.", DROUGHT, {"health", "disaster"}),
    ("The prisoners began a hunger strike on Tuesday.", (), {"politics", "justice"}),
    ("Yellow fever killed three herders in the hills in May.", (), {"health"}),
    ("Cup fever gripped the town before the final on Saturday.", FANS, {"sports"}),
    ("The bakers raised bread prices on Monday.", DROUGHT, {"economy"}),
    ("The ferry line will raise its fares in June.", (), {"economy"}),
    ("The state raised the bridge toll to 9 dollars on Monday.", (), {"economy", "politics"}),
    ("Saboteurs cut the signal cables on the rail line on Friday night.", (), {"attack", "security"}),
    ("A trawler's anchor cut the undersea power cable on Saturday.", (), {"disaster", "other"}),
    ("Police banned motorcycles in the district after the ambush on Friday.", FIGHTING, {"security"}),
    ("The governor banned motorcycle taxis from the city centre on Monday.", (), {"security", "politics", "economy"}),
    ("The fishermen fought the government in court over the quotas in 2021.", (), {"justice", "politics", "economy"}),
    ("The opposition fought the government over the fuel tax in March.", (), {"politics", "economy"}),
    ("The embassy's closure was seen as a loss for the envoys.", (), {"diplomacy"}),
    ("Villagers held a feast for the returning soldiers on Sunday.", (), {"other"}),
    ("The racing carnival's first meeting is on Saturday.", (), {"sports"}),
    ("Famine killed half a million people in 1974.", (), {"disaster"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
