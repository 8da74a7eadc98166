"""Typer data for kinds of error round 32 found in news typed by the event builder: animals killing, attacking,
marching or being counted in a nature story read as attacks, protests or business; a story's prior (a pandemic)
swamping sentences of their own evidence (goods sold, a population's peak); a disease killing people after floods
read as the floods; a volcano rumbling or its aviation alert raised; tourists visiting read as a state visit;
relations between states (a protest from another capital, a quarrel over an islet, flags planted on a disputed
rock) read as home politics, police work or nothing; guards at places of worship and the funerals of policemen after
an attack read as worship or police work; stolen goods seized read as police work; a law taking effect read as the
crime behind it; household bills read as legislation; a place closed to visitors read as a museum; a mob storming a
place hunting people read as a protest; a race run in a snowstorm read as the storm; a mild winter read as nothing.
Every sentence is our own; each row of FIXED failed before these rules (with the rules alone or with the learned
typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

WILDEBEEST = ("Millions of wildebeest began crossing the river into the reserve on Monday, weeks later than usual.",
              "Rangers said the rains had come late this year.")
TURTLES = ("Thousands of green turtles came ashore on the beaches of the atoll on Monday to nest.",
           "Volunteers counted the nests at dawn.")
CLOSED = ("The island has been closed to visitors since March because of the coronavirus pandemic.",
          "No cases of the virus have been found there.",
          "A doctor is sent out from the mainland every year.")
FLOODS = ("Floods have covered hundreds of villages in the state since June.",
          "Hospitals are filling with patients.")
MARATHON = ("A Kenyan won the city marathon on Sunday in two hours and six minutes.",
            "More than 30,000 runners started.")
ALTARPIECE = ("A stolen altarpiece was hung back in the village church on Friday, 30 years after thieves took it.",
              "It had turned up in a flat in Paris.")
MOSQUES = ("Gunmen attacked two mosques and an army post in the north on Friday, killing 15 people.",
           "The army said it had killed four of the attackers.")

FIXED = [
    # animals killing, attacking, marching or counted: nature news (other), no attack, protest or business
    ("Rats brought by ships killed most of the island's seabirds in the 1990s.", WILDEBEEST, {"other"}),
    ("Beetles were released in 2019 to attack the weed that chokes the lake.", WILDEBEEST, {"other"}),
    ("Thousands of turtles began their march up the beach on Tuesday.", (), {"other"}),
    ("A survey from the air found 2 million flamingos on the lake in 2021.", (), {"other"}),
    ("Rangers closed two roads on Friday so the toads could reach the lake.",
     ("Millions of toads began crossing to the lake on Monday, weeks later than usual.",), {"other"}),
    # a story's prior does not outweigh a sentence's own evidence: goods sold, a population's peak
    ("Wine from the valley has been sold in German supermarkets since 2012.", CLOSED, {"economy"}),
    ("The island's population peaked at 400 in 1950.", CLOSED, {"other"}),
    # a place closed to visitors says nothing of what it is (a museum, a gallery): the story decides
    ("The island has been closed to visitors since March.",
     ("On Tristan, the island waits out the pandemic.", "The population peaked at 300 in 1960.",
      "Its school has 12 pupils."), {"health", "other"}),
    # a disease killing people after floods is health news
    ("Dengue fever has killed 12 people since the floods began.", FLOODS, {"health"}),
    ("Japanese encephalitis has killed 20 children in the district since May.", (), {"health"}),
    # a volcano's rumbling and aviation alert are the volcano's
    ("The crater has been rumbling since early July, when the aviation alert was raised to red.", (), {"disaster"}),
    # tourists visiting are tourism, no state visit
    ("The number of tourists visiting the islands has doubled since 2012.", (), {"economy"}),
    # a protest from another capital; a quarrel over an islet; officers of two states planting flags on it
    ("A visit by Japan's defence minister to the islands drew a protest from Beijing in 2012.", (), {"diplomacy"}),
    ("Athens and Ankara settled their quarrel over the islet in 1996.", (), {"diplomacy"}),
    ("Soldiers of the two countries took turns planting flags on the disputed island.", (), {"diplomacy"}),
    ("From 1990 Greek and Turkish officers took turns landing on the islet, planting their flags.", (),
     {"diplomacy"}),
    # the funerals of policemen killed in an attack are the attack's aftermath, no police work
    ("The funerals of the two policemen will be held on Wednesday.", MOSQUES, {"attack", "other"}),
    # guards at places of worship after an attack keep order: the guarding is the news
    ("Guards will stand at every church and synagogue in the region until the end of July.", MOSQUES,
     {"security"}),
    # stolen goods seized from whoever held them are the theft's case
    ("French police seized it from the collector's family in 2019.", ALTARPIECE, {"justice", "culture"}),
    # a law passed or taking effect is legislation; household bills are prices
    ("A law tightening checks on fund managers, passed after the thefts came to light, takes effect on January 1.",
     (), {"politics", "economy"}),
    ("Heating bills rose by a quarter between March and June.", (), {"economy"}),
    # a mob storming a place to hunt people is violence, no protest
    ("A mob stormed the hotel in May hunting for foreign guests.", (), {"attack", "security"}),
    # a race run in a snowstorm is the race's news
    ("The last time the marathon was run in a blizzard was 2010.", MARATHON, {"sports"}),
]

KEPT = [
    ("Cholera has killed 30 people in the province since June.", FLOODS, {"health"}),
    ("The floods have killed 40 people since June.", FLOODS, {"disaster"}),
    ("Gunmen killed two farmers and burned their crops on Sunday.", (), {"attack"}),
    ("A tiger killed a villager near the reserve on Sunday.", (), {"other", "disaster", "attack"}),
    ("Poachers killed three rhinos in the park in March.", (), {"justice", "attack", "other"}),
    ("A survey from the air counted 12,000 elephants in 2021.", WILDEBEEST, {"other"}),
    ("The females will lay their eggs in the sand next week.", TURTLES, {"other"}),
    ("Thousands of farmers marched on parliament on Tuesday.", (), {"politics"}),
    ("Angry protesters stormed the town hall over the tax rise.", (), {"politics"}),
    ("Troops stormed the building at dawn.", (), {"attack"}),
    ("Tourist numbers fell by a third in 2020.", (), {"economy"}),
    ("The president will pay a state visit to Brazil in May.", (), {"diplomacy"}),
    ("The prime minister visited the flooded town on Sunday.", FLOODS, {"disaster", "politics"}),
    ("The club sold its top scorer to a Spanish side in August.", (), {"sports"}),
    ("A snowstorm cut power to 40,000 homes on Tuesday.", (), {"disaster"}),
    ("Gunmen attacked two churches and a police station in the city on Sunday.", (), {"attack"}),
    ("Armed guards will be posted at every mosque in the region until the end of the month.", MOSQUES,
     {"security"}),
    ("A law passed after the scandal takes effect in January.", (), {"politics"}),
    ("The government's population census will start in April.", (), {"other", "politics"}),
    ("After the mildest winter on record, the slopes had little snow in January.", (), {"other", "disaster"}),
    ("Iceland's prime minister, who attended the signing, will travel to Tokyo in the autumn.",
     ("The foreign ministers of Japan and Iceland signed a fishing treaty in Reykjavik on Monday.",), {"diplomacy"}),
    ("The president travelled to Warsaw on Wednesday.", (), {"other"}),
    ("The bill was passed by parliament on Tuesday.", (), {"politics"}),
    ("Police raided a church in the capital on Sunday.", (), {"security"}),
    ("The pope prayed at the church on Sunday.", (), {"other"}),
    ("The museum reopened to visitors on Tuesday after a year of repairs.", (), {"culture"}),
    ("Fishermen of the two villages quarrelled over the catch on Sunday.", (), {"economy", "other"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
