"""Typer data for round 37 (second typer): a decision of a deliberative body of government (a parliament, a council,
a cabinet, lawmakers) about a hazard was typed by the hazard: "the city council approved a flood barrier plan" read
as a flood. The event is the decision, the predicate the date attaches to; the flood is what it is about. Following
tests/typing/README.md (politics: "parliaments and their votes, governments, cabinets, ... laws passed"; disaster:
hazards that happen, their rescue and toll), such a decision is politics, while a hazard that strikes a council's
offices stays a disaster, a regulator approving a drug stays health, a central bank's rate cut economy, a sports
body's ban sports and a court's ruling justice. A decision of the UN's organs stays diplomacy.
Every sentence is our own; each row of FIXED failed before (with the rules alone or with the learned typer); each row
of KEPT guards a look-alike the new rules must leave alone."""

from __future__ import annotations

import pytest

from timeline.typing import classify

FIXED = [
    ("The city council on Tuesday approved a flood barrier plan.", (), {"politics"}),
    ("The town council approved on Monday a plan to raise the sea wall against storm surges.", (), {"politics"}),
    ("The cabinet adopted a landslide prevention programme for mountain villages on Monday.", (), {"politics"}),
    ("The provincial government rejected on Friday a proposal to rebuild the dam damaged in the 2019 floods.", (),
     {"politics"}),
    ("Congress must renew the federal hurricane insurance programme by the end of September.", (), {"politics"}),
    ("Ministers approved 20 million euros on Wednesday for a new harbour wall damaged in the storm.", (),
     {"politics", "economy"}),
]

KEPT = [
    # the hazard happens: disaster, whatever body is named
    ("The river burst its banks on Tuesday, flooding the council offices.", (), {"disaster"}),
    ("Floods swept through the valley on Tuesday after the council's barrier gave way.", (), {"disaster"}),
    ("An earthquake struck the capital on Monday while parliament was in session.", (), {"disaster"}),
    ("The council offices were evacuated on Friday as the wildfire approached the town.", (), {"disaster"}),
    ("Flood waters reached the town hall on Wednesday, the council said.", (), {"disaster"}),
    # decisions already typed by their body or by the thing decided
    ("The senate approved on Tuesday a plan to rebuild the flood defences along the river.", (), {"politics"}),
    ("Parliament passed the budget on Wednesday by 201 votes to 150.", (), {"politics"}),
    ("The city council voted on Tuesday to rename the square after a local poet.", (), {"politics"}),
    ("The regulator approved a new flu vaccine for children on Wednesday.", (), {"health"}),
    ("The central bank cut interest rates by a quarter point on Thursday.", (), {"economy"}),
    ("Regulators approved the merger of the two grocery chains on Monday.", (), {"economy"}),
    ("The federation banned the cyclist for two years on Friday after a failed test.", (), {"sports"}),
    ("The supreme court ruled on Tuesday that the flood levy was unlawful.", (), {"justice"}),
    ("The Security Council adopted a text on Thursday calling for a truce in the border war.", (), {"diplomacy"}),
    # a body's decision about something other than a hazard keeps the type of the thing decided
    ("Ministers approved free flu jabs for all over-50s on Monday.", (), {"health"}),
    ("Parliament adopted a ban on smoking in cars carrying children on Tuesday.", (), {"health"}),
    ("Lawmakers approved a tax cut for small firms on Friday.", (), {"economy"}),
    ("The city council rejected plans for a new museum of modern art on Monday.", (), {"culture"}),
    ("The council renewed the festival's licence on Tuesday.", (), {"culture"}),
    ("The General Assembly approved on Monday a new fund for island states hit by cyclones.", (), {"diplomacy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
