"""Typer data for kinds of error the review of round 32 found in the round's own rules: a bill passed by a
parliament read as a household bill because it is about energy or water; "seized on" (a remark, a chance) read as
stolen goods seized; shops selling out before a storm, and weapons, drugs or tainted goods sold, read as trade;
protesters marching over an animal cull read as animals on the move; police or customs tightening checks on firms
read as no security; skiers visiting a resort caught by an avalanche read as sports. Every sentence is our own; each
row of FIXED failed before these rules (with the rules alone or with the learned typer); each row of KEPT is typed
right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

RATES = ("The central bank raised interest rates for the fourth time this year on Thursday.",
         "Shares in the big lenders fell.")
STORM = ("Forecasters said the hurricane would reach the coast by Friday night.",
         "Schools and offices will close on Thursday.")

FIXED = [
    ("The fuel bill passed the lower house on Monday.", (), {"politics"}),
    ("The water bill passed the upper house on Friday.", RATES, {"politics"}),
    ("The auction house seized on the collector's doubts about the painting's age.", (), {"culture"}),
    ("Shops along the coast sold out of plywood and candles on Wednesday.", STORM, {"disaster"}),
    ("Smuggled rifles sold in the bazaars armed the militias in the hills.", (), {"attack", "security", "justice"}),
    ("Members of the gang sold stolen laptops to buyers in the city market.", (), {"justice"}),
    ("Activists marched to the parliament against the killing of foxes.", (), {"politics"}),
    ("Border police tightened controls on firms shipping scrap metal.", (), {"security"}),
    ("Police tightened checks on companies employing migrants.", RATES, {"security", "justice"}),
    ("Two skiers visiting the valley were buried by an avalanche on Sunday.", (), {"disaster"}),
]

KEPT = [
    ("Heating bills for an average family rose by a fifth this winter.", (), {"economy"}),
    ("Police seized a stolen sculpture from a dealer's warehouse.", (), {"justice"}),
    ("The bakery's bread is sold in supermarkets across the region.", (), {"economy"}),
    ("Hundreds of penguins marched up the beach to their nests on Monday.", (), {"other"}),
    ("Regulators tightened the rules on lenders' mortgage checks.", (), {"economy"}),
    ("Tourists visiting the old town must pay a fee from May.", (), {"economy", "other"}),
    ("Rebels seized the airport after two days of fighting.", (), {"attack"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
