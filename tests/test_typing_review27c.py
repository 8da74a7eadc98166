"""Typer data for cases a second review of round 27's typer changes found in everyday news: the funeral, burial or
memorial service of a former office holder read as politics (tests/typing/README.md: a former office holder's death
is other, and a rite of mourning is filed by what it mourns); talks between a union and a firm, a ministry or an
employers' body read by the other side instead of as a labour dispute; a "cyber cafe" or "cyber command" somewhere in
the clause making a gun attack a cyberattack; an attack on a council's IT systems or an airline's booking system read
as an armed attack; seed prices, seed makers and seed funding read as tournament seeding; a rider attacking or
crashing near the finish; a club's succession crisis read as politics; and the military chiefs of two countries
talking read as security; talks that collapsed read as a disaster. Every sentence is our own; each row of FIXED
failed before these rules with the rules alone; each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

FIXED = [
    # a rite of mourning for a former office holder is a death, of no field
    ("The former prime minister will be buried in his home village on 12 June.", {"other"}),
    ("Mourners packed the funeral of the former governor on Saturday.", {"other"}),
    ("A memorial service for the former senator takes place on 9 October.", {"other"}),
    # a union is one side of labour talks
    ("The nurses' union and the private clinic group held talks on Thursday.", {"economy"}),
    ("Taxi unions and the transport ministry resumed talks on Wednesday.", {"economy"}),
    ("The union and the steelmaker resumed talks on Monday.", {"economy"}),
    # a cyber cafe or a cyber unit elsewhere in the clause: the gun attack stays an attack
    ("Gunmen attacked a cyber cafe in the town on Monday and stole phones.", {"attack"}),
    ("Insurgents attacked the border post on 7 May, the army's cyber unit said.", {"attack"}),
    # an attack on IT, booking or payment systems is a cyberattack
    ("The attack on the university's IT systems started on 11 November.", {"security"}),
    ("The attack on the airport's booking system began on 2 March.", {"security"}),
    # seed as a business: prices, makers, start-up money
    ("Seed prices jumped on 2 May after the poor harvest.", {"economy"}),
    ("The family-owned seed maker was bought by a chemicals group on 1 June.", {"economy"}),
    ("Two seed producers merged on 5 May to cut costs.", {"economy"}),
    # a rider attacking or crashing a few kilometres from the finish is racing
    ("The sprinter attacked six kilometres from the finish on Sunday and held on to win.", {"sports"}),
    ("The defending champion crashed five kilometres from the finish on Friday and lost time.", {"sports"}),
    ("The breakaway riders attacked again on Tuesday on the final descent.", {"sports"}),
    # a succession crisis at a club is the club's news
    ("The football club was plunged into a succession crisis after its owner died on 3 March.", {"sports"}),
    # the military chiefs of two countries talking: a second side, diplomacy
    ("Military commanders of the two countries held talks about the frontier on 6 June.", {"diplomacy"}),
    # talks that collapse: no disaster, however many words name their sides
    ("Talks between the bus drivers' union and the operator collapsed on Friday.", {"economy"}),
]
KEPT = [
    # cyberattacks by hackers stay security
    ("Hackers attacked the water company's servers on Sunday.", {"security"}),
    # talks of the European or African Union stay diplomacy
    ("Talks between the European Union and India on a trade pact resumed on Monday.", {"diplomacy", "economy"}),
    ("The African Union held talks with both generals on Sunday.", {"diplomacy"}),
    # tournament seeds stay sports
    ("The second seed was knocked out in the third round on Wednesday.", {"sports"}),
    # a funeral with nothing else in the clause stays other
    ("The poet's funeral will take place in the village church on Friday.", {"other", "culture"}),
    # a distance from a town or a summit is no race
    ("Gunmen attacked a bus 12 kilometres from the town on 3 May.", {"attack"}),
    ("A minibus crashed eight kilometres from the summit of the pass on 4 May.", {"disaster"}),
    # a head of state's death that starts a succession stays politics
    ("The death of the president on 3 May sparked a succession crisis.", {"politics"}),
    # an army's own chiefs talking stay no diplomacy
    ("Army and navy commanders held talks on Monday about pay.", {"security", "politics", "economy"}),
    # a building that collapses stays a disaster
    ("The old cinema collapsed on 4 June, trapping three workers.", {"disaster"}),
    # an attack on a country's power system with missiles stays an attack
    ("Missiles struck the power system of the eastern region overnight on 3 March.", {"attack"}),
]


@pytest.mark.parametrize(("sentence", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, types: set[str]) -> None:
    assert classify(sentence).type in types
