"""Review of round 36's article prior (branch s36-prior): a word of two senses that no sense rule settled took the
sense its article is about even when the clause's other words, which the article cannot move, already pointed to the
word's own sense ("fighters attacked the village" in a story about an outbreak was typed health, "the ministers
signed the treaty" in a story about airline losses economy): the clause's own evidence says which sense it is, and
the article settles only a word nothing in its clause reads. Every sentence and article is our own; each row of FIXED
failed before (with the rules alone and with the learned typer); each row of KEPT is typed right before and after:
the article still settles a word its clause leaves open ("the virus attacked", "the probe was launched", "the winner
was declared") and still types a sentence that says little of its own."""

from __future__ import annotations

import pytest

from timeline.typing import classify

OUTBREAK = ("A measles outbreak has infected 40 people on the island, doctors said on Monday.",
            "Vaccines and a medical team are being flown in to contain the epidemic.")
AIRLINES = ("Airlines cancelled 40 flights on Tuesday and the airport lost 2 million dollars in fees.",
            "Shares in the national carrier fell 6 percent as ticket sales slumped.")
RELAY = ("Norway won the world relay title on Sunday, beating Sweden by four seconds.",
         "The team's coach praised the young anchor who sprinted to the line.")
ELECTION = ("Voters in the province elect a new parliament on Sunday.",
            "The governing party is trailing in the polls after a row over taxes.")
LANDING = ("The space agency's lander touched down on the moon on Friday.",
           "Engineers cheered as the first pictures of the crater arrived.")
TRIAL = ("A former mayor went on trial on Monday accused of taking bribes from builders.",
         "Prosecutors say he took 200,000 euros in kickbacks; he denies the charges.")
SHELLING = ("Artillery shelled the port city for a third night, killing four people.",
            "Rescuers dug through the rubble of a school.")
FLOOD = ("Floods swept through the town last week, killing six people and destroying hundreds of homes.",
         "Rescuers are still pumping water out of flooded cellars.")

FIXED = [
    # who attacked is named by a word of one sense: an attack, whatever the story is about
    ("Fighters attacked the village in 2019.", OUTBREAK, {"attack"}),
    ("Troops attacked the town on Sunday.", OUTBREAK, {"attack"}),
    ("Armed men attacked a clinic on Monday.", OUTBREAK, {"attack"}),
    # what was signed is a treaty or an accord between states
    ("The ministers signed the treaty in 1995.", AIRLINES, {"diplomacy"}),
    ("The two presidents signed a peace accord in 2008.", RELAY, {"diplomacy"}),
]

KEPT = [
    # the clause leaves the word open: the article settles it
    ("The virus attacked his lungs in March.", OUTBREAK, {"health"}),
    ("The team attacked from the first minute on Sunday.", RELAY, {"sports"}),
    ("The opposition attacked the budget on Tuesday.", ELECTION, {"politics"}),
    ("The probe was launched in 2019.", LANDING, {"other"}),
    ("The mission was launched in 2019.", LANDING, {"other"}),
    ("The winner was declared on Monday.", ELECTION, {"politics"}),
    ("The race was won by a former mayor on Sunday.", ELECTION, {"politics"}),
    ("The striker signed a new contract in May.", RELAY, {"sports"}),
    ("The club signed him in 2019.", RELAY, {"sports"}),
    ("The firm signed the contract in May.", AIRLINES, {"economy"}),
    ("The foreign ministers signed the pact on Tuesday.", OUTBREAK, {"diplomacy"}),
    ("Militants attacked the border post in March.", AIRLINES, {"attack"}),
    # who tells the news does not settle a word of two senses: the article does
    ("The enemy launched 30 missiles at dawn, the air force said.", SHELLING, {"attack"}),
    # a sentence that says little of its own takes its article's type
    ("The hearing is set for June.", TRIAL, {"justice"}),
    ("Two more cases were reported on Tuesday.", OUTBREAK, {"health"}),
    ("The water level peaked on Sunday.", FLOOD, {"disaster"}),
    # strong evidence of another type outweighs the article
    ("Voters elected a new council in October.", OUTBREAK, {"politics"}),
    ("The club won the league in 2010.", FLOOD, {"sports"}),
    ("Protesters marched on parliament in June.", FLOOD, {"politics"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
