"""Typer data for regressions a review of round 27's typer changes found in everyday news: a physical attack that
loots or burns computers, or a machete attack ("hacking ... to death"), read as a cyberattack; a hospital's or a
museum's scanner read as a security measure; a race decided "N kilometres from the finish" read as a mere distance; a
funeral, a burial or a minute of silence outweighing the attack, crash or match it belongs to (tests/typing/README.md:
an attack's aftermath in an attack story stays attack); a tournament seed read as a plant's by a sponsor's bank or
oil; talks among a country's own army and navy chiefs read as diplomacy; a war memorial's restoration missing from
the art words; and the death of an office holder that starts a succession, or of a former one. Every sentence is our
own; each row of FIXED failed before these rules (with the rules alone, and all but two with the learned typer
too); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

RAID = [
    "Gunmen opened fire on worshippers at a church on Sunday, killing nine.",
    "Survivors said the attackers fled on motorbikes.",
]
FIXED = [
    # an attack with blades, guns or looting is an attack, whatever computers it hits or carries off
    ("Armed men attacked the farming settlement on Tuesday, hacking five villagers to death.", (), {"attack"}),
    ("Bandits attacked the council offices on 3 March and made off with laptops and computers.", (), {"attack"}),
    ("Rebels attacked the clinic on Friday night and set its computers on fire.", (), {"attack"}),
    ("Rioters attacked the headquarters of a software firm on Wednesday, smashing its doors.", (), {"attack"}),
    ("Gunmen attacked the offices of a software company on Tuesday, killing a guard.", (), {"attack"}),
    # a scanner in a hospital or a museum is no security measure
    ("The clinic unveiled a new MRI scanner on 8 April.", (), {"health"}),
    ("Curators used a laser scanner to record the carvings of the temple on Monday.", (), {"culture"}),
    # a race decided a few kilometres from the finish or the line is sports news, with no race story around it
    ("The lone rider was caught four kilometres from the line on Thursday.", (), {"sports"}),
    ("The favourite punctured six kilometres from the finish on Saturday.", (), {"sports"}),
    # a rite of mourning belongs to what it mourns: a match day, an attack, a crash
    ("A minute of silence was observed before kick-off on Saturday.", (), {"sports"}),
    ("The victims were laid to rest in a joint funeral on Thursday.", RAID, {"attack"}),
    ("A memorial service for the passengers of the ferry disaster will be held on 2 May.", (), {"disaster"}),
    # a tournament seed with a sponsoring bank or oil firm is still a seed of the draw
    ("The top seed, sponsored by an oil company, went out in the first round on Monday.", (), {"sports"}),
    # the chiefs of a country's own forces talking: no second side, no diplomacy
    ("Army and air force commanders held talks on Tuesday about recruitment.", (), {"security", "politics"}),
    # a war memorial restored is heritage work
    ("The town restored its war memorial in time for the anniversary in November.", (), {"culture"}),
    # a head of state's death that starts a succession is politics; a former office holder's death is a death
    ("The king died on Friday, leaving the country in a succession crisis.", (), {"politics"}),
    ("The former governor died on Sunday aged 84.", (), {"other", "health"}),
]
KEPT = [
    # cyberattacks stay security
    ("Hackers attacked the airline's booking servers on Monday night.", (), {"security"}),
    ("The attack on the council's computer systems began on 2 June.", (), {"security"}),
    ("A ransomware attack on the port operator halted loading on Friday.", (), {"security"}),
    # an email or data after an attack says how it was claimed or counted: no cyberattack
    ("The attack on the clinic was claimed in an email on Tuesday.", (), {"attack"}),
    # a scanner at a port or an airport stays security
    ("Airports will bring in new scanners for hand luggage from September.", (), {"security"}),
    # a distance from a border stays no race
    ("The shell landed three kilometres from the border on Tuesday.", (), {"attack"}),
    # a funeral with nothing else in the clause stays other
    ("The singer's funeral will be held in her home town on Friday.", (), {"other", "culture"}),
    # a plant's seed stays no tournament's
    ("Gardeners will swap seeds of rare vegetables at the fair on Saturday.", (), {"other", "culture", "economy"}),
    # talks with an army and a second side stay diplomacy
    ("The army and the rebels began talks in Doha on Monday.", (), {"diplomacy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...] | list[str], types: set[str]) -> None:
    assert classify(sentence, context).type in types
