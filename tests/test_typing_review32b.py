"""Typer data for kinds of error the review of round 32 found in the round's own rules: a bill passed by a
parliament read as a household bill because it is about energy or water; "seized on" (a remark, a chance) read as
stolen goods seized; shops selling out before a storm, and weapons, drugs or tainted goods sold, read as trade;
protesters marching over an animal cull read as animals on the move; police or customs tightening checks on firms
read as no security; skiers visiting a resort caught by an avalanche read as sports; a story about a ski race, or
about talks between states, settling a snowstorm that strands drivers, a protest of farmers or residents, or a quarrel
of a mayor and a governor, as the race's or the states' news. Every sentence is our own; each
row of FIXED failed before these rules (with the rules alone or with the learned typer); each row of KEPT is typed
right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

RATES = ("The central bank raised interest rates for the fourth time this year on Thursday.",
         "Shares in the big lenders fell.")
SKI = ("The Austrian won the downhill on Saturday by a tenth of a second.", "She now leads the World Cup standings.")
TALKS = ("The foreign ministers of Chile and Peru held talks in Lima on Tuesday.",
         "Both embassies said a treaty on fishing rights could be signed by March.")
ENVOYS = ("The foreign ministers of the two neighbours met in Geneva on Monday.",
          "They agreed to send their ambassadors back by June.")
STORM = ("Forecasters said the hurricane would reach the coast by Friday night.",
         "Schools and offices will close on Thursday.")

FIXED = [
    ("The fuel bill passed the lower house on Monday.", (), {"politics"}),
    ("The water bill passed the upper house on Friday.", RATES, {"politics"}),
    ("The auction house seized on the collector's doubts about the painting's age.", (), {"culture"}),
    ("Shops along the coast sold out of plywood and candles on Wednesday.", STORM, {"disaster"}),
    ("Rifles sold abroad ended up in the hands of the militias.", (), {"attack", "security", "justice"}),
    ("Members of the gang sold stolen laptops to buyers in the city market.", (), {"justice"}),
    ("Activists marched to the parliament against the killing of foxes.", (), {"politics"}),
    ("Border police tightened controls on firms shipping scrap metal.", (), {"security"}),
    ("Police tightened checks on companies employing migrants.", RATES, {"security", "justice"}),
    ("Two skiers visiting the valley were buried by an avalanche on Sunday.", (), {"disaster"}),
    # a story of another sense (a ski race, talks between states) settled a bare snowstorm, protest or quarrel
    ("Two drivers died when a snowstorm hit the mountain road on Sunday.", SKI, {"disaster"}),
    ("A blizzard trapped 40 hikers in a hut below the pass.", SKI, {"disaster"}),
    ("The visit drew a protest from farmers outside the hotel.", TALKS, {"politics"}),
    ("Hundreds joined a protest from the harbour to the town hall.", TALKS, {"politics"}),
    ("The quarrel between the capital's mayor and the governor deepened.", ENVOYS, {"politics"}),
]

KEPT = [
    ("Heating bills for an average family rose by a fifth this winter.", (), {"economy"}),
    ("Police seized a stolen sculpture from a dealer's warehouse.", (), {"justice"}),
    ("The bakery's bread is sold in supermarkets across the region.", (), {"economy"}),
    ("Hundreds of penguins marched up the beach to their nests on Monday.", (), {"other"}),
    ("Regulators tightened the rules on lenders' mortgage checks.", (), {"economy"}),
    ("Tourists visiting the old town must pay a fee from May.", (), {"economy", "other"}),
    ("Rebels seized the airport after two days of fighting.", (), {"attack"}),
    ("The race went ahead in a snowstorm.", SKI, {"sports"}),
    ("The minister's visit to the disputed islets drew a protest from Moscow.", (), {"diplomacy"}),
    ("The two countries have quarrelled over the islet for a century.", TALKS, {"diplomacy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
