"""Typer data for kinds of error round 33 found in news typed by the event builder: "won" in senses that are no match
(a right, citizenship, asylum or compensation won from a court or a government); troops and soldiers who build, dig,
help after a disaster or face another army along a border read as an attack, and soldiers or a war remembered read
as fighting; a leader naming his executive council read as business; a declared state of lawlessness read as
nothing; a leader's trip abroad read as home politics; visitor numbers rising or falling read as the story around
them; a power cut that held up a show or a match read as a disaster; an island or a valley settled long ago read as
security. Every sentence is our own; each row of FIXED failed before these rules (with the rules alone or with the
learned typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

SNOW = ("Heavy snow closed every road into the town on Sunday.",
        "Two drivers were found dead in their cars on Monday.")
FLOOD = ("Floods swept through the delta on Monday, killing 40 people.",
         "Thousands of families are sleeping in schools.")
WALK = ("Thousands of walkers set off on Sunday on the four-day hike across the moor.",
        "The fastest finished in record time.")
OPERA = ("The opera house opened its season on Friday with a new staging of a Verdi opera.",
         "The soprano drew long applause.")
PARK = ("Rangers closed the park's lakeside campsites on Tuesday after two hikers caught a tick-borne virus.",
        "Doctors in the town are treating both of them.",
        "The health ministry will send a team of specialists.")
ATOLL = ("The atoll's only airstrip closed in March.", "Supplies now come by ship.")
TREATY = ("The two governments signed a treaty on fishing rights in the strait on Thursday.",
          "The foreign ministers will meet again in the spring.")

FIXED = [
    # a right, citizenship or asylum won from a court or a government: no match
    ("Former miners won the right to a state pension in 2009 after a long fight.", (), {"justice", "politics"}),
    ("Islanders living abroad, who won the right to citizenship in 1998, will gather in the capital on Sunday.", TREATY,
     {"justice", "politics"}),
    # troops or soldiers helping after a disaster, building or facing another army: the army's work, no attack
    ("Soldiers will join the work of clearing the snow from the motorway on Tuesday.", SNOW,
     {"disaster", "security"}),
    ("Engineers and troops built the harbour's long pier in 1943.", (), {"security", "other"}),
    ("Troops of the two states have faced each other on the glacier since 1984.",
     ("Tourists will be allowed to visit the glacier's lower slopes from June.",), {"security"}),
    # soldiers or a war remembered: history, the story decides
    ("The hike was first held in 1950 to remember soldiers who died in the war.", WALK, {"sports", "other"}),
    # a leader naming a council, cabinet or government: politics, though the council is an executive one
    ("The new governor is to name his executive council by Friday.", (), {"politics"}),
    # a leader's trip abroad is a visit between states
    ("The prime minister has called off a trip to Lima planned for Friday.", (), {"diplomacy"}),
    # a declared state of lawlessness keeps order
    ("The government declared a state of lawlessness in the southern provinces on Friday.", (), {"security"}),
    # visitor numbers rising or falling: tourism's count
    ("Visitors to the lakes rose by a fifth last year to 90,000.", PARK, {"economy", "other"}),
    # a power cut that held up a show: the show's
    ("A power cut at the opera house on Tuesday held up the first night by an hour.", OPERA, {"culture", "other"}),
    # settling an island long ago: history
    ("The navy first settled the atoll in 1820.", ATOLL, {"other"}),
]

KEPT = [
    ("The city won the right to host the 2030 games.", (), {"sports"}),
    ("The club won the right to play in the top division next season.", (), {"sports"}),
    ("She won the final in straight sets on Sunday.", (), {"sports"}),
    ("The family won their case against the council in the high court.", (), {"justice"}),
    ("Troops opened fire on the crowd and killed 12 people on Friday.", (), {"attack"}),
    ("Gunmen attacked soldiers who were building a road in the north on Monday.", (), {"attack"}),
    ("Soldiers were killed when their patrol was hit by a roadside bomb.", (), {"attack"}),
    ("The government sent 500 troops to the border region.", (), {"security"}),
    ("The war broke out in the summer of 1991.", (), {"attack"}),
    ("The bank named a new chief executive on Tuesday.", (), {"economy"}),
    ("The government declared a state of emergency on Friday.", (), {"security"}),
    ("The foreign minister begins a three-day trip to Asia on Monday.", (), {"diplomacy"}),
    ("The president's trip to the flooded province was put off until Friday.", (), {"disaster", "politics"}),
    ("Visitors to the museum rose to a record 3 million last year.", (), {"culture", "economy"}),
    ("A power cut hit 20,000 homes after the storm on Sunday.", (), {"disaster"}),
    ("Soldiers will hand out food and water in the flooded villages from Wednesday.", FLOOD,
     {"disaster", "security"}),
    ("Portuguese sailors first settled the island in 1502.", (), {"other"}),
    ("The two firms settled their lawsuit for 20 million dollars.", (), {"justice"}),
]

# The review of round 33's rules: near misses the new senses took (the right to vote or to a referendum read as justice,
# broadcast rights as a court's, a trip named in passing, paid for by a donor, to a games or to an army base or a
# disaster zone read as a visit between states, ash settling as a land settled, a firm's panel as a cabinet) and
# general ones of the same words (a contract or a pay rise won read as a match, a scout troop as an army, a salute
# fired as a shot, a human rights prize as a right won, a fair's visitors as tourism's). Each row of REVIEW_FIXED failed
# before the review (with the rules alone and with the learned typer); each row of REVIEW_KEPT is typed right before
# and after.
QUAKE = ("A strong earthquake struck the mountain province on Saturday.", "Rescuers are still searching the rubble.")

REVIEW_FIXED = [
    ("Tenant farmers won the right to vote in 1885.", (), {"politics", "other"}),
    ("The separatists won the right to hold a referendum on leaving the union.", (), {"politics"}),
    ("A streaming firm won the rights to the trilogy for 30 million dollars.", (), {"culture", "economy"}),
    ("The builder won a contract to repair the harbour wall.", (), {"economy"}),
    ("Bus drivers won a pay rise of 4 % on Thursday.", (), {"economy"}),
    ("The interior minister's trip to Rome was paid for by a property developer.", (), {"politics", "justice"}),
    ("After a trip to Lisbon, the finance minister cut the growth forecast.", (), {"economy", "politics"}),
    ("The president's trip to an army base in the north was put off.", (), {"security", "politics"}),
    ("The president's trip to the earthquake zone was his third.", QUAKE, {"disaster", "politics"}),
    ("The sports minister will make a trip to the games in Milan next month.", (), {"sports", "politics"}),
    ("Volcanic ash settled over the coast for three days.", (), {"disaster"}),
    ("A scout troop helped clean up the beach on Saturday.", (), {"other"}),
    ("The airline named a council of pilots to advise on safety.", (), {"economy", "other"}),
    ("Sailors fired a salute as the admiral's coffin was carried ashore.", (), {"other", "culture"}),
    ("The journalist won a human rights prize in Geneva on Thursday.", (), {"culture", "other"}),
    ("The president's trip to the cyclone-hit coast was his first since the election.", (), {"disaster", "politics"}),
    ("The craft fair drew a record 80,000 visitors over four days.", (), {"culture"}),
]

# a right to host won at a vote stays the contest's (a near miss of the review's own rule for the right to vote)
REVIEW_KEPT_HOST = [
    ("The town won the right to stage the regatta after a vote of the sailing federation.", (), {"sports"}),
]

REVIEW_KEPT = [
    ("The prime minister flew to Oslo on a three-day trip to sign the gas treaty.", (), {"diplomacy"}),
    ("The emir begins a trip to Europe on Sunday.", (), {"diplomacy"}),
    ("The king's trip to Japan will be his first state visit.", (), {"diplomacy"}),
    ("Troops fired on protesters outside the palace.", (), {"attack"}),
    ("The club won the right to play in the cup final.", (), {"sports"}),
    ("The bishop won the right to appeal in the supreme court.", (), {"justice"}),
    ("Settlers attacked farmers in the olive groves on Tuesday.", (), {"attack"}),
    ("Shepherds first settled the plain in the 1700s.", (), {"other"}),
    ("The prime minister named his cabinet on Thursday.", (), {"politics"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT + REVIEW_FIXED + REVIEW_KEPT + REVIEW_KEPT_HOST)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
