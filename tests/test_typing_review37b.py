"""Review of round 37's typer rules: where they fired on look-alikes, and what the capitals list missed.
A leader's trip to a capital: "It's" or "That's" opening a sentence is no owner in the possessive; "male" (the
Maldives' capital unaccented) is a common word; capitals of several words are tokens ("The Hague", "Abu Dhabi",
"Phnom Penh", "Buenos Aires"); a leader flying back or home to a capital goes home. Sealing: an air strike or a
general strike earlier in the sentence is no striker (troops or police seal it). An office's race: "presidential"
beside a medal or a golf cup wins nothing political. A mutiny: a ship's crew members are no party, a squad's mutiny
is sport's, a shareholders' the company's. A hotel's guests are in every hotel story (a fire, a siege): no trade.
Residents forced to leave by rents, a landlord or a road are evicted, no evacuation; citizens flown home after an
eruption are the disaster's; a diplomat flown home and a national team stay with their other words.
Every sentence is our own; each row of FIXED failed before (rules alone or with the learned typer); each row of KEPT
guards a look-alike."""

from __future__ import annotations

import pytest

from timeline.typing import classify

FIXED = [
    ("It's likely the president will travel to Warsaw next week.", {"other", "politics"}),
    ("The Saudi king will travel with male relatives to his summer palace in June.", {"other"}),
    ("The Mexican president flew to Tegucigalpa on Monday.", {"diplomacy"}),
    ("The Spanish king flew to The Hague on Tuesday.", {"diplomacy"}),
    ("The Turkish president flew to Abu Dhabi on Monday.", {"diplomacy"}),
    ("The Thai prime minister flew to Phnom Penh on Monday.", {"diplomacy"}),
    ("Chile's president will travel to Buenos Aires on Monday.", {"diplomacy"}),
    ("The French president flew back to Paris on Sunday.", {"other", "politics"}),
    ("After the air strike, troops sealed the border on Monday.", {"security", "attack"}),
    ("After the general strike, police sealed the square on Monday.", {"security"}),
    ("The golfer won the Presidential Cup in 2019.", {"sports"}),
    ("Crew members mutinied on the cargo ship on Monday.", {"security", "other"}),
    ("Players staged a mutiny against the coach in May.", {"sports"}),
    ("Rising rents forced residents to leave the old quarter in the 1990s.", {"economy"}),
    ("The landlord ordered the residents to leave by March.", {"other", "economy", "justice"}),
    ("The council ordered households to leave to make way for the new motorway.", {"politics", "economy", "other"}),
    ("The diplomat flew home for Christmas on Monday.", {"diplomacy", "other"}),
    ("The airline flew 300 stranded citizens home from the island after the volcano erupted.", {"disaster"}),
]

# the first type is right before and after; the runner-up the round's rules gave was wrong
NOT_SECOND = [
    ("A fire at the hotel forced 200 guests out on Monday.", "economy"),
    ("Gunmen stormed the hotel and took guests hostage on Friday.", "economy"),
    ("A shareholder mutiny forced the chief executive out in June.", "politics"),
    ("The national team flew home on Monday after their World Cup exit.", "security"),
]

KEPT = [
    ("The Dutch premier flew to Rome for the summit on Friday.", {"diplomacy"}),
    ("Hungary's prime minister flew to Minsk on Tuesday.", {"diplomacy"}),
    ("That's why Norway's prime minister will travel to Helsinki.", {"diplomacy"}),
    ("Warsaw's mayor flew to Berlin on Tuesday.", {"other", "politics"}),
    ("The premier flew to Rome on holiday in August.", {"other", "politics"}),
    ("He won the mayoral race in 2019.", {"politics"}),
    ("She won the presidential race in 2019.", {"politics"}),
    ("She won the marathon in 2019.", {"sports"}),
    ("Sailors mutinied aboard the warship on Monday.", {"security"}),
    ("Hotel occupancy rates fell to 40 percent in June.", {"economy"}),
    ("Officials ordered residents of the coast to leave before the hurricane on Friday.", {"disaster"}),
    ("Rebels ordered villagers to leave on Monday.", {"security", "attack"}),
    ("The embassy flew its citizens out of the country as fighting spread on Monday.", {"security"}),
    ("Strikers sealed the port on Monday.", {"politics", "economy"}),
    ("Striking dockers sealed the harbour entrance with their boats on Tuesday.", {"politics", "economy"}),
    ("Militants blew up a bridge on Monday.", {"attack"}),
]


@pytest.mark.parametrize(("sentence", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, types: set[str]) -> None:
    assert classify(sentence).type in types


@pytest.mark.parametrize(("sentence", "wrong"), NOT_SECOND)
def test_no_wrong_second_type(learned: bool, sentence: str, wrong: str) -> None:
    assert classify(sentence).second != wrong
