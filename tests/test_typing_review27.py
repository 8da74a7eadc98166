"""Typer data for kinds of error found reading the dev half of tests/heldout_articles10 (round 27): a cyberattack read
as a violent attack (the taxonomy files hacking and breaches under security); a war that did not happen ("without a
war") read as one; an end to hostilities read by the article's court words; a march by relatives of people killed
read by the killing; a distance ("kilometres from the port") read as a race; a plant's seed read as a tournament
seed, and a gene or food bank as a lender; power, phone lines or ties restored read as an art restoration; talks
between a government and its army or rebels read by the army, and a word after a clause of its own ("collapsed
after the army stayed away") taken as the predicate's object; a prime minister who lands or arrives read by the
office; a funeral, a minute of silence, a scanner at a port, a ruling coalition without words of their own; and the
office of a person who died read as what the news is about. Every sentence is our own; each row of FIXED failed
before the rules it tests (with the rules alone and with the learned typer); each row of KEPT is typed right before
and after: the other reading of the same words."""

from __future__ import annotations

import pytest

from timeline.typing import classify

COURT = [
    "A regional court in the capital heard the case of the border villages on Monday.",
    "Judges ruled that the disputed strip belongs to the northern state.",
    "Lawyers for both governments had argued the case for three years.",
]
SIEGE = [
    "Government forces shelled the rebel-held city on Sunday, killing 14 people.",
    "Rebels say they will not leave the city.",
    "Aid convoys have been blocked for a month.",
]
FIXED = [
    # a cyberattack is security news, not an attack with weapons
    ("Hackers kept up their attacks on the ministry's servers for a week in May.", (), {"security"}),
    ("The attack on the utility's computer network began on Sunday night.", (), {"security"}),
    # a war that did not happen is no attack: the article (or nothing) decides
    ("The province left the federation without a war in 1991.", (), {"other", "politics"}),
    # an end to hostilities is peace-making, whatever the article's court words
    ("The two states declared an end to a decade of hostility on Friday.", COURT, {"diplomacy"}),
    # a distance says where the news is, not a race
    ("The village lies twelve kilometres from the frontier.", (), {"other"}),
    # a plant's seed, a gene bank, a food bank
    ("Farmers sowed the new wheat seed in the spring.", (), {"other", "economy"}),
    ("The food bank handed out parcels to 300 families on Saturday.", (), {"other"}),
    ("Botanists sent 2,000 seed samples to the national gene bank on Monday.", (), {"other"}),
    # lines, links and ties restored are not an art restoration
    ("The rail link between the two towns was restored after eight years.", (), {"other", "economy", "diplomacy"}),
    # talks between a government and its army, warring sides or a junta are diplomacy, and what comes after
    # "after" is another clause's news, not the talks' object
    ("Talks in Geneva broke down after the army refused to attend.", SIEGE, {"diplomacy"}),
    # a funeral, a minute of silence: a rite, weaker than the killing it mourns: the victims' funeral in an attack
    # story is the attack's aftermath (tests/typing/README.md), a minute of silence with nothing else is other
    ("The funeral of the victims will be held on Friday in the city.", SIEGE, {"attack"}),
    ("A minute of silence will be observed in the city at noon on Monday.", SIEGE, {"other"}),
    # a scanner at a port or an airport is a security measure
    ("Customs will put a new cargo scanner into service at the port in May.", (), {"security"}),
    # the office of who died says who the person was; the death is the news. Round 29 settled the convention
    # (tests/typing/README.md): a head of state or government named by the office alone, with no "former", died in
    # office, and that is politics (a succession follows); a former one's death stays other
    ("The president died on Friday at the age of 91.", (), {"politics"}),
    ("The former president died on Friday at the age of 91.", (), {"other", "health"}),
    # a participle before the clause's own verb tells of the noun before it: the march is the news, not the killing
    ("Relatives of the 40 passengers killed marched to the ministry on Sunday.", (), {"politics"}),
    # a prime minister, like a premier, who lands or arrives somewhere: the office says who, not what the news is
    ("The prime minister landed in the capital on Tuesday evening.", (), {"other", "diplomacy"}),
    ("The deputy mayor arrived at the scene on Monday.", (), {"other"}),
]
KEPT = [
    ("Rebels attacked an army post near the border on Sunday.", (), {"attack"}),
    ("The town was taken without a fight after the army withdrew.", SIEGE, {"attack", "security"}),
    ("Hostilities resumed on Monday after a week of calm.", SIEGE, {"attack"}),
    ("The marathon course was cut to 30 kilometres because of the heat.", (), {"sports"}),
    ("The top seed was knocked out in the second round on Tuesday.", (), {"sports"}),
    ("The central bank raised its main rate on Thursday.", (), {"economy"}),
    ("The cathedral's painted ceiling will be restored over two summers.", (), {"culture"}),
    ("The two neighbours restored diplomatic relations in March.", (), {"diplomacy"}),
    ("Talks between the rail union and the operator broke down over pay on Friday.", (), {"economy"}),
    ("The court's ruling on the border will be read on Monday.", COURT, {"justice"}),
    ("The ruling coalition lost its majority in the upper house on Tuesday.", (), {"politics"}),
    ("Three soldiers died in an ambush near the border on Monday.", (), {"attack"}),
    ("Neighbours of the families evicted protested outside the town hall on Monday.", (), {"politics"}),
    # a participle after a comma is no reduced relative: the verb before it is the predicate
    ("Thousands of farmers marched, escorted by riot police, on Monday.", (), {"politics"}),
    ("The army shelled suspected rebel positions on Sunday.", (), {"attack"}),
    ("Gunmen killed 12 villagers and burned their houses on Sunday.", (), {"attack"}),
    ("The foreign minister landed in Kigali on Monday for two days of talks.", (), {"diplomacy"}),
    ("The prime minister called a snap election on Monday.", (), {"politics"}),
    ("Shares in the carmaker fell 6 percent after the recall on Tuesday.", (), {"economy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...] | list[str], types: set[str]) -> None:
    assert classify(sentence, context).type in types
