"""Typer data for kinds of error found reading the dev half of tests/heldout_articles6 (issue 12): a sports body's
own posts, votes and meetings read as politics; a share that falls or rises by a percentage read as its story's
field; a holiday that begins read as its story's field; a place in a contest ("finished second") read as nothing;
drones seen near an airport's runway read as fashion (a runway) rather than security. Every sentence is our own;
each row of FIXED failed before the sense rules it tests (typing_senses.tsv: vote-sport, drop-percent,
holiday-open, finish-place, drone-sighting, runway-aviation read in the whole clause; the learned typer retrained
on them); each row of KEPT is typed right before and after: the other sense of the same words, or a row the
learned typer already read right that the new rules keep right."""

from __future__ import annotations

import pytest

from timeline.typing import classify

POLITICS_STORY = [
    "The opposition tabled a motion of no confidence in the cabinet on Monday.",
    "The prime minister said the coalition would survive the vote.",
    "Parliament will sit in an emergency session next week.",
]

# (sentence, the other sentences of its article, acceptable types)
FIXED = [
    # a sports body's own post, vote and meeting are sports news (president-sport, vote-sport, meeting-sport)
    ("The football league's clubs will vote on the new calendar in April.", (), {"sports"}),
    # a quantity falling or rising by a percentage is economy, in a politics story too (drop-percent)
    ("Arrivals dropped 20 percent last winter.", POLITICS_STORY, {"economy"}),
    # a holiday that opens or is celebrated is the holiday, not its story's politics (holiday-open)
    ("The spring holiday starts on Saturday.", POLITICS_STORY, {"culture", "other"}),
    # a place in a contest is sports (finish-place)
    ("The skater finished second in the 500 metres on Sunday.", (), {"sports"}),
    # drones seen near a runway close an airport for security, with no catwalk in sight (drone-sighting,
    # runway-aviation read in the whole clause)
    ("The airport closed for two hours after drones were sighted close to its runways.", (), {"security"}),
]
KEPT = [
    # typed right before too (the learned typer read them), and kept so by the new rules (president-sport,
    # meeting-sport, fall/rise-percent)
    ("The rowing federation's president spoke to reporters on Friday.", (), {"sports"}),
    ("The league's members will hold their annual meeting in May.", (), {"sports"}),
    ("Output fell 8 percent in the second quarter.", POLITICS_STORY, {"economy"}),
    ("Wheat shipments rose 11 per cent between May and July.", POLITICS_STORY, {"economy"}),
    # a state's president stays politics; a poll's fall stays politics; a place in an election stays politics
    ("The Russian Federation's president signed the decree on Monday.", (), {"politics"}),
    ("Support for the ruling party fell 6 percent in the latest poll.", (), {"politics"}),
    ("The governing party finished third in the regional election.", (), {"politics"}),
    ("Parliament will vote on the budget in March.", (), {"politics"}),
    ("A drone strike hit a fuel depot overnight.", (), {"attack"}),
    ("Models walked the runway at the autumn fashion show in Milan.", (), {"culture"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(sentence: str, context: tuple[str, ...] | list[str], types: set[str]) -> None:
    assert classify(sentence, context).type in types
