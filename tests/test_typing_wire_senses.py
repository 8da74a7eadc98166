"""Typer data found reading the dev half of tests/heldout_articles: senses of "fire", "kill", "poll", "missile",
"final" and "demand" in general news usage (our own sentences; each of the first rows failed before its data line)."""

from __future__ import annotations

import pytest

from timeline.typing import classify

# (sentence, type)
ROWS = [
    # firing an engine is no shot (sense rule fire-engine)
    ("Pilots will fire the thrusters to lift the station's orbit.", "other"),
    ("Engineers fired the lander's main engine for six minutes.", "other"),
    # rain that kills is a disaster (kill-disaster near rain)
    ("Torrential rain killed eleven people in the hill villages.", "disaster"),
    # "economists polled by" is how wires quote forecasts, not an opinion poll (poll-economists)
    ("Economists polled by the newspaper expect inflation to ease.", "economy"),
    ("Analysts polled last month forecast slower growth.", "economy"),
    # buying or selling missiles is defence news, not an attack (missile-trade)
    ("The navy will buy twelve cruise missiles from a French maker.", "security"),
    ("The ministry signed a contract for 200 anti-tank missiles.", "security"),
    # "final" before guidance, report, ruling... is no match final (final-adjective)
    ("The health watchdog will issue its final guidance in May.", "health"),
    # "demand" as a verb is not economic demand (economy demand: nouns only)
    ("Rome demanded a formal apology from Vienna.", "other"),
    # what the same words still mean
    ("Demand for copper fell in the second quarter.", "economy"),
    ("Gunmen fired rockets at the army base.", "attack"),
    ("Rebels fired missiles at the port.", "attack"),
    ("The fire crew pumped water from the cellars.", "disaster"),
    ("Monsoon downpours have killed dozens across the region.", "disaster"),
    ("A poll of voters put the opposition ahead.", "politics"),
    ("Spain beat Italy in the final.", "sports"),
    ("The final will be played in Berlin on July 14.", "sports"),
]


@pytest.mark.parametrize("sentence, kind", ROWS, ids=[r[0][:40] for r in ROWS])
def test_sense(sentence: str, kind: str) -> None:
    assert classify(sentence).type == kind
