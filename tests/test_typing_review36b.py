"""Review of round 36's typer rules (branch s36-typerrev): the home-visit rule took a visit between states for a visit
at home when the visitor's nationality stood further back than three words ("the Canadian secretary of state", "the
Indian premier arrived ... for a visit to the island") or when the visit was for talks with another leader; and
"shipment" or "consignment" as trade outweighed a seizure of arms or drugs. Every sentence is our own; each row of
FIXED failed before (with the rules alone or with the learned typer); each row of KEPT is typed right before and
after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

FIXED = [
    # the visitor's nationality on the subject's side, further back than three words
    ("The American secretary of state visited the military base in Bahrain on Thursday.", (), {"diplomacy"}),
    ("The Kenyan president landed in Dar es Salaam on Monday for a three-day visit to the port.", (), {"diplomacy"}),
    # a visit for talks, a summit or a treaty with another state's leader
    ("The chancellor will visit the islands to hold talks with their president on fishing.", (), {"diplomacy"}),
    # a shipment or a consignment seized, or of arms or drugs: no trade
    ("Police seized a shipment of pistols at the harbour on Wednesday.", (), {"security", "justice"}),
    ("Customs officers seized a consignment of heroin hidden in furniture.", (), {"security", "justice"}),
]

KEPT = [
    # a visit at home stays home news
    ("The interior minister will visit the border to inspect the new fence on Tuesday.", (), {"politics", "security"}),
    ("The defence minister visited the naval base on Monday.", (), {"security", "politics"}),
    ("The premier will visit the island to chair a cabinet meeting.", (), {"politics", "other"}),
    ("The minister met Chinese investors before a visit to the mine on Friday.", (), {"economy", "politics", "other"}),
    ("Chinese tourists visited the island in record numbers in May.", (), {"other", "economy"}),
    ("The French president visited the flooded region on Monday.", (), {"diplomacy"}),
    # shipments as trade
    ("Oil shipments through the strait fell by half in April.", (), {"economy"}),
    ("Grain consignments from the port rose by a quarter in June.", (), {"economy"}),
    ("The first shipment of vaccines reached the capital on Saturday.", (), {"health"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
