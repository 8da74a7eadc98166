"""Typer data for round 37, kinds of error that recurred across the development halves of the article sets and the
brief's open list: a row, a scandal or a dispute that "blew up" read as a blast; strikers or protesters sealing a
border read as border security; a leader whose state is named travelling or flying to a foreign capital read as a
plain journey; a mutiny (and its mutineers) had no type, so the article decided; winning a mayoralty or another
office read as sports; "reelected" written as one word had no type; a full or booked hotel had none; residents told
to leave (an evacuation) read as the teller's politics, and citizens flown out of a country as a trip.
Every sentence is our own; each row of FIXED failed before (with the rules alone or with the learned typer); each row
of KEPT guards a look-alike the new rules must leave alone."""

from __future__ import annotations

import pytest

from timeline.typing import classify

CLINIC = ("The clinic on the island treated 40 patients for a stomach virus last month.",
          "Two nurses were flown in to help the island's only doctor.")

FIXED = [
    # a row or scandal blowing up flares; no blast
    ("The scandal over the minister's expenses blew up in October.", (), {"politics", "other"}),
    ("The row over the presenter's remarks blew up on Friday.", (), {"other", "culture", "politics"}),
    # strikers or protesters sealing a border: their protest
    ("Striking truckers sealed the border crossing with Austria on Thursday.", (), {"politics", "economy"}),
    # a leader whose state is named, to a foreign capital
    ("Norway's prime minister will travel to Helsinki on Monday.", (), {"diplomacy"}),
    ("The Estonian president flew to Vilnius on Tuesday.", (), {"diplomacy"}),
    # a mutiny, in a story about something else
    ("The mutiny on the frigate broke out in 1797.", CLINIC, {"security"}),
    ("Soldiers at the northern garrison mutinied over unpaid pay in May.", CLINIC, {"security"}),
    ("The mutineers gave themselves up on Sunday.", CLINIC, {"security"}),
    # an office won
    ("The former teacher won the mayoralty in 2018.", (), {"politics"}),
    ("She won the gubernatorial race in November.", (), {"politics"}),
    # re-election in one word
    ("She was reelected on Tuesday.", (), {"politics"}),
    # hotels and bookings
    ("Hotels along the bay are fully booked for the summer.", (), {"economy"}),
    # residents told to leave; foreign citizens flown out
    ("The council told all residents of the river district to leave before dark on Thursday.", (),
     {"disaster", "security"}),
    ("Several governments flew their citizens out of the besieged capital on Sunday.", (), {"security"}),
]

KEPT = [
    ("Protesters sealed the frontier post for six hours on Sunday.", (), {"politics"}),
    ("The senator was reelected on Tuesday.", (), {"politics"}),
    ("Insurgents blew up a railway bridge on Monday.", (), {"attack"}),
    ("A gas tank at the bakery blew up on Friday, injuring the baker.", (), {"disaster"}),
    ("Soldiers sealed off the village after the ambush on Sunday.", (), {"security", "attack"}),
    ("Police sealed the border on Friday.", (), {"security"}),
    ("The president travelled to Warsaw on Wednesday.", (), {"other"}),
    ("The premier flew to his home town on Friday.", (), {"other", "politics"}),
    ("The pop star flew to Paris on Monday.", (), {"culture"}),
    ("A mutiny of backbenchers forced the party leader out in June.", (), {"politics"}),
    ("She won the race in May.", (), {"sports"}),
    ("The mayor won the city marathon in April.", (), {"sports"}),
    ("Gunmen stormed a hotel in the capital on Friday.", (), {"attack"}),
    ("A fire broke out at the hotel on Sunday.", (), {"disaster"}),
    ("The summit was held at a hotel in Geneva in May.", (), {"diplomacy"}),
    ("The cardinals elected a new pope on Thursday.", (), {"other"}),
    ("A tourist was robbed outside the hotel on Monday.", (), {"justice", "security", "attack"}),
    ("The landlord told the tenant to leave the flat in March.", (), {"other", "economy", "justice"}),
    ("The coach told the players to leave their phones at home.", (), {"sports"}),
    ("The airline flew the team home on Monday.", (), {"sports"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
