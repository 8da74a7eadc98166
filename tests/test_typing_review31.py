"""Typer data for kinds of error round 31 found in news typed by the event builder: a natural cause killing a crop, a
reef or fish read as an attack; the victims of a fraud read as an attack's; a power company reconnecting homes after a
storm read as business news; an industry's plant wanted by a government read as home politics; a state of emergency
in a story of militants read as a disaster; a raid that left people dead read as a police raid; a leader meeting his
own chiefs, or a regional leader meeting a minister of the same country, read as relations between states; rescuers
of migrants in a migration story read as a disaster's; fish catches falling read as nothing; an exhibition opening
on a feast day read as the feast; a territory in free association with a state read as nothing; relations
established between states read weakly and a sports hall paid for read as a sports event.
Every sentence is our own; each row of FIXED failed before these rules (with the rules alone or with the learned
typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

FRAUD = ("A former accountant was jailed for six years on Friday for defrauding his clients.",
         "He took 3 million pounds from the savings of 40 clients between 2012 and 2018.")
STORM = ("A cyclone swept across the island on Sunday, killing one man and cutting power to 90,000 homes.",
         "Gusts of 170 km/h tore roofs off houses along the coast.")
INSURGENCY = ("Militants attacked an army post on Saturday, killing six soldiers.",
              "The army said it had killed nine of the gunmen in air strikes the next day.")
MIGRANTS = ("More than 900 migrants reached the islands in small boats this week, the coastguard said on Friday.",
            "The government will send more patrol vessels and police to the islands.")
BIENNALE = ("The city's art biennale will open on December 10, a month late after floods damaged two of its venues.",)

FIXED = [
    # a natural cause killing a crop, a reef or fish: no attacker
    ("A late frost killed much of the grape harvest in 2021.", (), {"disaster", "economy"}),
    ("Warm seas killed large parts of the coral reef in 2016.", (), {"disaster", "other"}),
    ("The drought killed thousands of cattle in 2022.", (), {"disaster", "economy"}),
    # the victims of a fraud or a theft
    ("Victims are being paid back out of a fund set up in 2020.", FRAUD, {"justice", "economy"}),
    # power reconnected after a storm is the storm's aftermath
    ("The power company hopes to reconnect every home by Thursday.", STORM, {"disaster", "other"}),
    # an industry's plant is business, whoever wants it
    ("The government wants a fish processing plant built by the end of 2027.", (), {"economy"}),
    # a state of emergency keeps order unless a hazard or an epidemic is the story
    ("The province has been under a state of emergency since March 2019.", INSURGENCY, {"security"}),
    ("The government declared a state of emergency on Friday.", (), {"security"}),
    ("A state of emergency was declared on Monday over the cholera outbreak.", (), {"health"}),
    # a raid or an ambush that left people dead is an attack
    ("A raid on a border post in May left 12 soldiers dead.", (), {"attack"}),
    # meeting one's own chiefs; a regional leader meeting a minister at home
    ("The president met his military chiefs on Monday.", INSURGENCY, {"security", "politics"}),
    ("The prime minister met her security chiefs on Sunday.", (), {"security", "politics"}),
    ("The provincial governor will meet the prime minister in the capital on Thursday.", (), {"politics"}),
    # rescuers of migrants: migrants brought ashore are security (tests/typing/README.md)
    ("Rescuers took 150 people off three dinghies on Thursday night.", MIGRANTS, {"security"}),
    ("Rescuers brought 70 migrants ashore on Tuesday.", (), {"security"}),
    # fish catches are a fishing industry's output
    ("Tuna catches fell by a third in 2023.", (), {"economy"}),
    # a show opening on a feast day is the show's news in an art story
    ("A corner given over to work by children will open on Christmas Day.", BIENNALE, {"culture"}),
    # a territory in free association with a state governs itself
    ("The atoll has been in free association with Australia since 1983.", (), {"politics", "diplomacy"}),
    # relations established between states; a sports hall paid for is no sports event
    ("Japan established relations with the island in 2009 and paid for a sports hall.", (), {"diplomacy"}),
]

KEPT = [
    ("Victims of the scam will be repaid from a fund set up in 2020.", (), {"justice", "economy"}),
    ("An ambush on the convoy on Tuesday left four policemen dead.", (), {"attack"}),
    ("Sardine catches off the coast began to shrink in 2018.", (), {"economy"}),
    ("Taiwan established relations with the kingdom in 1995.", (), {"diplomacy"}),
    ("Victims of the investment fraud will be repaid in full by June.", (), {"justice", "economy"}),
    ("Gunmen killed two farmers and burned their crops on Sunday.", (), {"attack"}),
    ("Bird flu has killed 4,000 hens on a farm since Friday.", (), {"health"}),
    ("Victims of the bombing were still in hospital on Monday.", (), {"attack"}),
    ("The third victim of the virus died on Friday.", (), {"health"}),
    ("The power company reported a 9 percent rise in profit on Tuesday.", (), {"economy"}),
    ("A state of emergency was declared on Monday after the floods.", (), {"disaster"}),
    ("A state of emergency was declared in the province on Friday after a wave of gang killings.", (), {"security"}),
    ("Police raided 20 homes in the city on Tuesday.", (), {"security"}),
    ("The two presidents met on the border on Thursday.", (), {"diplomacy"}),
    ("The president met his French counterpart in Paris on Monday.", (), {"diplomacy"}),
    ("Coastguards rescued 30 fishermen after their trawler sank on Monday.", (), {"disaster"}),
    ("Rescuers pulled three survivors from the rubble on Sunday.", (), {"disaster"}),
    ("Police caught the escaped prisoner near the border on Friday.", (), {"justice"}),
    ("Pilgrims crowded into the church of the Nativity on Christmas Eve.", (), {"other", "culture"}),
    ("Christmas was celebrated quietly in the city on Sunday.", (), {"other"}),
    ("A fire broke out at the chemical plant on Monday.", (), {"disaster"}),
    ("The national team will play in the new stadium on Sunday.", (), {"sports"}),
    ("The two countries restored relations in March after a three-year rift.", (), {"diplomacy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types


# Review of round 31 (s31-ry): near misses the round's rules took. Each row of REVIEW_FIXED failed at the round's
# merge (main 5ab3c17) with the learned typer or the rules alone; REVIEW_KEPT guards the fixes' edges.
SIEGE = ("Jihadists overran a garrison town on Wednesday, killing 30 soldiers.",
         "Air strikes on their positions followed on Thursday.")
REVIEW_FIXED = [
    # a raid over a death is an inquiry; police raids in an attack story keep order
    ("Detectives raided two flats in the inquiry into the death of a teenager.", (), {"security", "justice"}),
    ("Police raided three homes in the capital on Friday.", SIEGE, {"security", "justice"}),
    # a raid by police that left no one hurt keeps order
    ("A night raid by detectives on the warehouse ended with no injuries.", SIEGE, {"security", "justice"}),
    # a fire at a plant named by what it makes is the fire's news
    ("Fire gutted the bottling plant on the edge of town overnight.", (), {"disaster"}),
    # relations of a firm, a church, a club or a singer are no states' relations
    ("The brewer cut relations with its Belgian distributor in May.", (), {"economy"}),
    ("The federation severed relations with the striker's agent.", (), {"sports"}),
    ("The rapper broke off relations with his record label.", (), {"culture", "other"}),
    # bare water before "killed" is a thing fetched, no cause of death
    ("Families waiting for water were killed in an air strike on Sunday.", (), {"attack"}),
    # a fishing boat caught in a gale is no catch
    ("A fishing boat was caught in a gale off the headland.", (), {"disaster"}),
    # a state of emergency after a spill or a breach is a disaster's; "state emergency officials" are no state of
    # emergency
    ("A state of emergency was declared after the toxic spill on the river.", (), {"disaster"}),
    ("A state of emergency was declared after the levee breach.", (), {"disaster"}),
    ("State emergency officials said the floodwaters would peak on Friday.", (), {"disaster"}),
    # rescuers after floods or an earthquake are the hazard's, whoever they reach
    ("Rescuers dug through the rubble of the refugee camp after the quake.", (), {"disaster"}),
    # a state refunding victims of a storm: the storm's news
    ("The state will refund hailstorm victims for their damaged roofs.", (), {"disaster", "economy"}),
    # free association as a right or a method; a body's own affairs; meddling in another state's own affairs
    ("Dockers have a right to free association, the court said.", (), {"economy", "justice", "politics"}),
    ("The diocese will manage its own affairs from January.", (), {"other"}),
    ("Ankara told Brussels not to interfere in its own affairs.", (), {"diplomacy"}),
]
REVIEW_KEPT = [
    ("Officials said militants raided the outpost, killing four guards.", (), {"attack"}),
    ("Nicaragua broke off relations with the Vatican after a priest was jailed.", (), {"diplomacy"}),
    ("The carmaker will build a battery plant in Hungary.", (), {"economy"}),
    ("Gunmen raided a police station in the north, wounding two officers.", (), {"attack"}),
    ("Officers raided the house of the murdered banker's nephew on Monday.", (), {"security", "justice"}),
    ("The poet wrote her new collection by free association.", (), {"culture"}),
    ("Bandits raided the market town on Friday, killing six traders.", (), {"attack"}),
    ("A raid on the camp in June left nine refugees dead.", (), {"attack"}),
    ("The sea killed four bathers over the holiday weekend.", (), {"disaster"}),
    ("Warm water killed much of the coral off the island in 2020.", (), {"disaster", "other"}),
    ("Trawlers caught 30,000 tonnes of mackerel in 2024.", (), {"economy"}),
    ("Herring catches fell by half in the Baltic.", (), {"economy"}),
    ("The two states restored relations in 2021 after a decade.", (), {"diplomacy"}),
    ("The atolls are in free association with New Zealand.", (), {"diplomacy", "politics"}),
    ("The island has run its own affairs since 1974.", (), {"politics"}),
    ("A state of emergency was declared after a week of looting.", (), {"security"}),
    ("Rescuers brought 45 migrants ashore on Sunday.", (), {"security"}),
    ("Victims of the swindle will be repaid by the bank.", (), {"justice", "economy"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), REVIEW_FIXED + REVIEW_KEPT)
def test_review_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types


# Second review of round 31 (s31-ry2): neighbours of the round's rules that the merged round (main 6185b7d) still
# typed wrong. Each row of SECOND_FIXED failed there with the learned typer and with the rules alone; SECOND_KEPT
# guards the fixes' edges (right before and after).
SECOND_FIXED = [
    # troops or rebels seizing a plant named by what it makes: the fighting's news
    ("Rebels captured the cement plant after a week of fighting.", (), {"attack"}),
    # parties restoring relations are home politics, no states
    ("The two coalition parties restored relations after the budget row.", (), {"politics"}),
    # a state of emergency over snow, a blizzard or a rising river is a disaster's; a hospital's is health care's
    ("The governor declared a state of emergency as heavy snowfall cut off mountain villages.", (), {"disaster"}),
    ("A state of emergency was declared in the north after a three-day blizzard.", (), {"disaster"}),
    ("The town declared a state of emergency on Tuesday as the river rose.", (), {"disaster"}),
    ("Two hospitals in the city declared a state of emergency on Monday as beds ran short.", (), {"health"}),
    # a state of siege is a state of emergency, no siege laid
    ("The army proclaimed a state of siege in four provinces.", (), {"security"}),
    # soldiers raiding and killing are attackers (tests/typing/README.md: "killed by security forces")
    ("Troops raided the hamlet at dawn, killing eleven men.", (), {"attack"}),
    # relations between states cut or broken off, the verb after them
    ("Relations between the two neighbours were broken off after the border shooting.", (), {"diplomacy"}),
    # a sports centre used as a shelter is no sports event
    ("The sports centre became a shelter for families after the tornado.", (), {"disaster"}),
    # meeting a country's local leaders is home business
    ("The prime minister met municipal leaders to discuss housing.", (), {"politics", "economy"}),
    # migrants rescued are brought ashore (security, as rescuers of migrants)
    ("The navy rescued 60 migrants from a drifting dinghy.", (), {"security"}),
    # a raid by guards or rangers keeps order, settled: an attack story does not take it
    ("Park rangers raided a poachers' camp on Friday.", INSURGENCY, {"security", "justice"}),
]
SECOND_KEPT = [
    ("The coastguard rescued 25 refugees after their boat capsized in a gale.", (), {"disaster", "security"}),
    ("The president met the Turkish army chief in Ankara.", (), {"diplomacy", "security"}),
    ("The health minister declared a state of emergency over the fuel shortage.", (), {"security", "economy"}),
    ("Hospitals in the capital declared a state of emergency after the earthquake.", (), {"disaster", "health"}),
    ("Police and soldiers raided the district and arrested 40 people.", (), {"justice", "security"}),
    ("Public relations staff were cut by a third.", (), {"economy"}),
    ("A state of emergency was declared after migrants crossed the river.", (), {"security", "politics"}),
    ("The sports hall will host the judo finals.", (), {"sports"}),
    ("The two countries restored relations after the war.", (), {"diplomacy"}),
    ("Militants seized the town after a week of fighting.", (), {"attack"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), SECOND_FIXED + SECOND_KEPT)
def test_second_review_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
