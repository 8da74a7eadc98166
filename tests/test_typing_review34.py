"""Typer data for kinds of error round 34 found in news typed by the event builder: a fever's cases read as court
cases, and a story about an outbreak whose headline said "cases" spreading that wrong sense to its victims and its
counts; an assembly meeting read as the story around it; a light verb's event ("will go on trial") lost to the
strongest word elsewhere; an armed group fighting a government read as politics; motorcycles banned after an attack
read as politics; going hungry read as the aid agencies' disaster; a power link cut read as the story around it;
raising a fee read as nothing; a racing carnival read as culture; a saint's feast read as the story around it; and a
killing whose agent the title cut off ("[mudslides ... ] killed 41 people") read as an attack. Every sentence is our
own; each row of FIXED failed before these rules (with the rules alone or with the learned typer); each row of KEPT
is typed right before and after."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import events_for_document
from timeline.model import Document
from timeline.typing import classify

LASSA = ("Port city counts 25 cases of Lassa fever this year",
         "Lassa fever has spread through four districts of the port since January, three of them fatal, health "
         "officials said on Monday.")
FLOOD = ("Floods sweep through the river valley",
         "Rivers burst their banks across the valley on Monday, and thousands of homes were flooded.")
RAID = ("Rebels kill 20 in raid on army post",
        "Rebels stormed an army post in the hills on Sunday, killing 20 soldiers.")
LIZARDS = ("Rangers count the rare lizards on the outer islands", "The lizards live only on three small islands.")
TRACK = ("Local sprinter wins the big handicap at the track",
         "A four-year-old mare won the sprint handicap by a neck on Saturday.")
WEAVER = ("A weaver in the glens sells a record number of scarves",
          "The weaver sold 20,000 scarves last year, most of them abroad.")

FIXED = [
    # a fever is an illness: its cases are a disease's; a story about it settles its victims and its counts
    ("Three cases of scarlet fever were counted at the school last week.", (), {"health"}),
    ("The island counted 30 cases of West Nile fever in August.", (), {"health"}),
    ("The oldest victim, a retired teacher, died on Sunday.", LASSA, {"health"}),
    ("The district had four cases in 2022.", LASSA, {"health"}),
    # an assembly is a legislature: its sitting is politics, whatever the story
    ("The provincial assembly sits in a special session next week.", FLOOD, {"politics"}),
    # a light verb takes its event noun ("go on trial"), not the strongest word anywhere ("the bank")
    ("The bank's former treasurer will go on trial in the spring.", (), {"justice"}),
    # an armed group fighting a government is an insurgency; fighting it in court is a lawsuit
    ("The separatist movement has fought the government since 1998.", (), {"attack", "security"}),
    ("The tribe has fought the government in court over the dam since 2015.", (), {"justice", "politics"}),
    # raising a fee, a toll or a price is money
    ("The council will raise the museum's entry fee next year.", LIZARDS, {"economy", "politics"}),
    ("The city will raise the bridge toll for lorries in June.", LIZARDS, {"economy", "politics"}),
    # going hungry is want of food, not the violence around it
    ("Relief groups warn that two million people will go hungry this winter.", RAID, {"health", "other"}),
    ("Half the children in the camps go hungry every day, a charity said in March.", RAID, {"health", "other"}),
    # a famine's deaths are a disaster's, no attack's
    ("The famine killed 300,000 people in 1998.", (), {"disaster"}),
    # a power line or cable cut is an outage
    ("The island's power line to the mainland was cut for two weeks in 2019.", RAID, {"disaster", "other"}),
    # motorcycles banned from a city's streets: keeping order
    ("The governor banned motorcycles from the city's streets on Monday.", RAID, {"security"}),
    # a racing carnival is a season of race meetings
    ("The spring racing carnival opens at the track in March.", TRACK, {"sports"}),
    ("The summer carnival returns in February.", TRACK, {"sports"}),
    # a feast is a holy day
    ("Pilgrims crowded the cathedral for the feast on Sunday.", (), {"other"}),
]

KEPT = [
    ("Election fever gripped the capital on the last day of the campaign.", (), {"politics"}),
    ("Excitement reached fever pitch before the final on Sunday.", (), {"sports"}),
    ("Yellow fever killed two farmers in the hills in March.", (), {"health"}),
    ("The judge adjourned the case until March.", (), {"justice"}),
    ("The court heard two cases of fraud on Monday.", (), {"justice"}),
    ("The victim was stabbed outside a bar on Friday.", (), {"attack"}),
    ("Workers on the assembly line walked out on Friday.", (), {"economy"}),
    ("The UN General Assembly opens in New York next week.", (), {"diplomacy"}),
    ("The headteacher told pupils at a school assembly on Monday.", (), {"other"}),
    ("The national assembly will debate the budget on Tuesday.", (), {"politics"}),
    ("The election was held in the city's schools.", (), {"politics"}),
    ("The company will hold its annual meeting in the capital.", (), {"economy"}),
    ("Two directors of the insurer will stand trial in June.", (), {"justice"}),
    ("The militia fought the state for a decade after 2005.", (), {"attack", "security"}),
    ("Firefighters fought the blaze for six hours on Tuesday.", (), {"disaster"}),
    ("The central bank will raise interest rates in May.", (), {"economy"}),
    ("The foreign minister will raise the dispute at the UN next week.", (), {"diplomacy"}),
    ("The ferry company will raise its fares by a fifth in April.", (), {"economy"}),
    ("The jailed activist began a hunger strike on Monday.", (), {"politics", "justice"}),
    ("A power cut hit 20,000 homes after the storm on Sunday.", (), {"disaster"}),
    ("Saboteurs cut the power cable to the army base on Sunday night.", (), {"attack", "security"}),
    ("Pupils gathered for a morning assembly in the hall on Monday.", (), {"other"}),
    ("The government cut spending on roads by a tenth in 2021.", (), {"economy", "politics"}),
    ("The city banned smoking in parks in 2018.", (), {"health", "politics", "other"}),
    ("The carnival's parade drew a million people on Sunday.", (), {"culture"}),
    ("The fashion week opens in Milan on Tuesday.", (), {"culture"}),
    ("A French fashion group bought a stake in the weaver in 2020.", WEAVER, {"economy"}),
    ("An Italian fashion chain's offer for the mill goes before its owners next week.", WEAVER, {"economy"}),
    ("Gunmen killed five villagers in the north on Friday.", (), {"attack"}),
    ("The derby was a feast of goals for the home fans.", (), {"sports"}),
    ("The feast of the town's patron saint falls on Sunday.", (), {"other"}),
    ("A state of emergency was declared over the cholera outbreak.", (), {"health"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types


# A title cut after the date loses the clause's subject ("... where mudslides before dawn on Monday | killed 41
# people"): a killing with no agent named is read by the whole clause or sentence, when the article is not clearly
# about one of the word's senses. The look-alike names rebels: an attack.
SEARCH = ("Search teams dug through the mud for a third day on Thursday near Kandy, where {} before dawn on Monday "
          "killed 41 people in two hamlets.\nSoldiers and police joined the search on Wednesday.\nThe prime "
          "minister will visit the camps on Friday.\nThe tea estates stay shut.")


@pytest.mark.parametrize(("agent", "kind"), [("mudslides", "disaster"), ("rebels", "attack")])
def test_a_killing_whose_agent_the_title_cut_off(learned: bool, agent: str, kind: str) -> None:
    events = events_for_document(Document("x", SEARCH.format(agent), date(2024, 8, 1),
                                          "Search goes on in the hills of Kandy"))
    killed = [e for e in events if "41 people" in e.title]
    assert [e.type for e in killed] == [kind], [(e.title, e.type) for e in events]
