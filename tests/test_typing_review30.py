"""Typer data for kinds of error round 30 found in news typed by the event builder: relations between states told with
weak verbs (a state closing its border with another, cutting or restoring its sea and air links with one, a
government accusing a neighbour, a state sending a minister abroad) read as nothing, as an attack or as home
politics; a territory's self-government read as relations between states ("country" leans to diplomacy); counts and
censuses of birds and animals read as economy or politics by their numbers ("2 million pairs"), and a nature story
taking an oil company over as a space story's launch company; seizures of goods at a border read as a medical
seizure or tobacco as health; teams of workers read as sports teams; a clash of dates read as a fight; shelters from
the cold or the heat read as a firm's premises; a regional leader's visit to a place of the same country read as a
state visit; land bought by a government read as home politics; a place reopening to tourists read as nothing; a
refinery read as nothing.
The review of these rules (REVIEW_FIXED, REVIEW_KEPT; /work/reviews/typer30.md) found the new senses reaching too far: a
drill of the navy near gas fields read as oil drilling; a border closed by snow or an epidemic, or air links halted
by an ash cloud, read as an act between states; a minister sent to a disaster or a strike in a named town, or a
club's or firm's delegation sent to a named city, read as an envoy abroad; seizures at night read as goods seized;
wildlife products or a festival's tourists read as nature news or the tourist trade; and a word given a new sense
(drill, stamp, accuse) taken over by the article's type when none of its rules held (a fire drill or a postage stamp
in a business story, prosecutors' accusations in a diplomacy story).
A second review (SECOND_FIXED, SECOND_KEPT; /work/reviews/typer30b.md) found a school's lockdown drill read as an
outbreak's lockdown, a drill that "went well" read as an oil well, a squad's drills taken over by a business story,
and, as before the round, crews named by their task (vaccination or spraying teams) read as sports sides and teams,
coaches or boxers clashing in a contest read as a fight.
Every sentence is our own; each row of FIXED failed before these rules (with the rules alone or with the learned
typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

PUFFINS = ("The number of puffins nesting on the island has fallen by a third since 2012.",
           "Volunteers counted every burrow on the cliffs in June.")
QUAKE = ("An earthquake shook the island on Saturday, damaging 200 houses.",
         "Ferries to the island were halted after the quake.")

FIXED = [
    # a state closing its border with another, cutting or restoring its links with one
    ("In 1994 Algeria sealed its border with Morocco.", (), {"security", "diplomacy"}),
    ("Kenya shut its border with Somalia in 2011.", (), {"security", "diplomacy"}),
    ("Senegal restored its air links with Gambia on Monday.", (), {"diplomacy"}),
    ("Ethiopia resumed flights and rail links with Eritrea in 2018, ending two decades of enmity.", (),
     {"diplomacy"}),
    # a government accusing a neighbour or another state
    ("The Ghanaian government accused its neighbour of arming the rebels on Friday.", (), {"diplomacy"}),
    ("Pakistan's foreign ministry accused Afghan forces of firing across the frontier on Sunday.", (),
     {"diplomacy"}),
    # a state sending a minister to a named place abroad
    ("Brazil will send a minister to Asuncion next week to end the row.", (), {"diplomacy"}),
    # a territory's self-government is its constitution, not relations between states
    ("Greenland has been a self-governing territory within the Danish realm since 1979.", (), {"politics"}),
    ("The island became a self-governing country within the federation in 1983.", (), {"politics"}),
    # a regional leader visiting a place of the same country
    ("The state governor will visit Lombok on Tuesday to see the damage.", QUAKE, {"politics", "disaster"}),
    ("The regional president will visit the islands on Monday.", QUAKE, {"politics", "disaster"}),
    # counts and censuses of birds and animals are nature news
    ("The tiger census in the reserve found 60 animals in 2022.", (), {"other"}),
    ("The lake's flamingos fell to 2 million pairs by 1990.", PUFFINS, {"other"}),
    # goods seized at a border or a port; tobacco smuggled or seized is contraband
    ("The airport's seizures of heroin doubled in 2024.", (), {"security"}),
    ("Seizures of heroin by airport customs doubled in 2024.", (), {"security"}),
    # teams of workers
    ("Teams will disinfect the school buses over the weekend.", (), {"health", "other"}),
    ("Teams will fumigate the market halls on Friday.", (), {"health", "other", "economy"}),
    # a clash of dates or fixtures
    ("A scheduling clash forced the organisers to move the final to Sunday.", (), {"sports"}),
    ("The vote was moved to avoid a clash with the holiday on Friday.", (), {"politics"}),
    # land bought by a government is a property deal
    ("The government agreed to buy 5,000 hectares of farmland in Tanzania in 2010.", (), {"economy", "diplomacy"}),
    # a place reopening to tourists
    ("The resort will reopen to tourists in June.", (), {"economy"}),
    # a refinery or a smelter is an industry's plant
    ("The refinery will close in 2027.", (), {"economy"}),
    # shelters from a cold snap or a heatwave are emergency relief, as evacuation centres are
    ("Cooling centres in four libraries opened on Monday for older residents.", (), {"disaster", "health"}),
    ("Volunteers staffed the warming centre at the bus depot overnight.", (), {"disaster"}),
    # a stamp as a tax
    ("Stamp duty will rise in April.", (), {"economy"}),
]
BUSINESS = ("The steelmaker posted a first-half loss on Thursday.", "Its shares dropped 6 per cent by midday.")
TALKS = ("The two foreign ministers held talks in Vienna on Wednesday.",
         "They agreed to restore their ambassadors within a month.")
AMBUSH = ("Gunmen stormed a bus station on Tuesday, killing 11 people.",
          "The police said the attackers escaped on motorbikes.")
COALITION = ("The ruling coalition collapsed on Monday after a row over the budget.",
             "An early election is now expected in the spring.")

# each fails at 28d104e (the round's rules) and passes after the review's fixes
REVIEW_FIXED = [
    # a drill of the forces is an exercise wherever it is held; a fire drill is practice
    ("The navy held a drill in the gas fields off the coast.", (), {"security"}),
    ("The army held drills near the oilfields on Monday.", (), {"security"}),
    ("Pupils took part in a fire drill at the school.", BUSINESS, {"other"}),
    # a postage stamp, a rubber stamp: no tax in a business story
    ("The post office issued a stamp to mark the anniversary.", BUSINESS, {"other"}),
    ("Parliament acted as a rubber stamp for the president's budget.", BUSINESS, {"politics"}),
    # a border closed or links halted by weather, ash or an epidemic: the cause decides
    ("Heavy snow closed the border crossing with Austria on Monday.", (), {"disaster", "other"}),
    ("Western Australia closed its border with Victoria because of the outbreak.", (), {"health"}),
    ("The volcano's ash cloud halted air links with Iceland for a week.", (), {"disaster"}),
    # a minister sent to a disaster or a strike at home; a delegation of a club or a firm
    ("The premier sent a minister to Kandahar after the earthquake.", (), {"disaster", "politics"}),
    ("The government will send a minister to Lampedusa after the migrant boat sank.", (), {"disaster", "security"}),
    ("The government sent a minister to Goma after the outbreak of cholera.", (), {"health", "politics"}),
    ("The government sent a minister to Manchester to meet the striking dock workers.", (), {"economy", "politics"}),
    ("The rugby club sent a delegation to Dublin to present its bid for the final.", (), {"sports"}),
    ("The firm sent a delegation to Shanghai to sign the supply deal.", BUSINESS, {"economy"}),
    # a medical seizure at night is no seizure of goods
    ("The child had frequent seizures at night.", (), {"health"}),
    # a self-governing school or trust governs itself: no territory's self-rule
    ("The self-governing school opened in September.", COALITION, {"other"}),
    ("The self-governing hospital trust cut 300 jobs.", COALITION, {"economy", "health"}),
    # accusations at home stay settled in a diplomacy story
    ("Prosecutors accused the former mayor of taking bribes.", TALKS, {"justice"}),
    ("The minister accused the state broadcaster of bias.", TALKS, {"politics"}),
    # wildlife products are contraband; a festival's tourists are the festival's
    ("Police seized wildlife products worth 2 million dollars at the port.", (), {"security"}),
    ("The festival attracted tourists from across Europe.", (), {"culture"}),
]
REVIEW_KEPT = [
    ("Seizures of heroin at the airport doubled last year.", (), {"security"}),
    ("The patient's seizures stopped after the surgery.", (), {"health"}),
    ("Moscow suspended air links with Tbilisi in 2019.", (), {"diplomacy"}),
    ("The king sent an envoy to Riyadh on Monday.", (), {"diplomacy"}),
    ("The president sent an envoy to Kyiv after the outbreak of war.", (), {"diplomacy"}),
    ("Japan sent a minister to Jakarta after the tsunami.", (), {"diplomacy", "disaster"}),
    # only a minister, an envoy or a delegation sent is told by what it was sent after (troops sent are not)
    ("Troops sent to the valley found the burnt-out lorry and three injured survivors.", AMBUSH,
     {"attack", "security"}),
    ("Police officers sent to the village found the bodies of two victims.", AMBUSH, {"security", "attack"}),
    ("Russia cut its rail links with Georgia after the collapse of the talks.", (), {"diplomacy"}),
    ("The football club sent a delegation to Madrid to sign the striker.", (), {"sports"}),
    ("Drilling for gas off the coast began in March.", (), {"economy"}),
    ("The navy will hold a drill off the coast on Monday.", (), {"security"}),
    ("Stamp duty receipts fell in March.", (), {"economy"}),
    ("The government accused the Chinese embassy of spying on dissidents.", (), {"diplomacy"}),
    ("Activists accused the French army of killing civilians.", TALKS, {"diplomacy", "attack", "politics"}),
    ("Israel closed its border with Egypt after gunmen crossed it.", (), {"security", "attack"}),
]
KEPT = [
    ("The country closed its borders to travellers in March because of the virus.", (), {"health"}),
    ("The government will send troops to the border on Monday.", (), {"security"}),
    ("The government will send a minister to the flooded province on Monday.", (), {"politics", "disaster"}),
    ("The government accused the opposition of lying on Friday.", (), {"politics"}),
    ("The minister accused British firms of dodging tax on Monday.", (), {"economy"}),
    ("The interior minister accused Nigerian gangs of running the trade on Sunday.", (), {"justice"}),
    ("The Chinese president will visit Paris on Monday.", (), {"diplomacy"}),
    ("The chief minister will visit the camp on Saturday.", (), {"politics"}),
    ("The provincial governor will visit Kandy on Friday.", (), {"politics"}),
    ("The former colony gained independence in 1975.", (), {"politics"}),
    ("Volunteers will count the swans on the lake in July.", (), {"other"}),
    ("The vote count in the capital finished overnight.", (), {"politics"}),
    ("The number of puffins nesting on the island has risen by a fifth since 2010.", (), {"other"}),
    # a firm of a named industry stays a firm in a nature story (no launch company of a space story)
    ("A mining company plans to dig for copper near the cliffs in 2026.", PUFFINS, {"economy"}),
    ("An oil company plans to start drilling off the island in 2026, which bird groups oppose.", PUFFINS,
     {"economy"}),
    ("Customs officers seized 3 tonnes of smuggled tobacco from a lorry on Friday.", (), {"security", "justice"}),
    ("The derby was put back a week because of a fixture clash with the cup final.", (), {"sports"}),
    ("Bird flu has killed 3,000 chickens on a farm since Monday.", (), {"health"}),
    ("The floods have affected 2 million people since June.", (), {"disaster"}),
    ("The firm lost 2 million dollars in 2023.", (), {"economy"}),
    ("The launch company said its next flight would carry two satellites in May.", (), {"other"}),
    ("The girl suffered a seizure on Monday.", (), {"health"}),
    ("Smokers will pay more for tobacco from January.", (), {"health", "economy"}),
    ("The team will play its first match on Sunday.", (), {"sports"}),
    ("Rescue teams searched the rubble through the night on Tuesday.", (), {"disaster"}),
    ("Rival groups clashed in the city centre on Saturday.", (), {"attack"}),
    ("The festival will move to June to avoid a clash with the World Cup.", (), {"sports", "culture"}),
    ("The museum reopened to tourists on Monday.", (), {"culture"}),
    ("A fire broke out at the refinery on Monday.", (), {"disaster"}),
    ("A drone hit the refinery on Monday.", (), {"attack"}),
    ("The navy held a drill off the coast on Monday.", (), {"security"}),
    ("The army will buy 40 tanks from Germany in 2025.", (), {"security", "attack"}),
    ("The anniversary will be marked with a stamp in May.", (), {"other"}),
    ("The puffin colony on the cliffs has doubled since 2014.", (), {"other"}),
]

SHOP = ("The grocer's profits slipped by a tenth in the spring quarter.", "Analysts had expected a steeper fall.")
MATCH = ("The champions were held to a goalless draw at home on Saturday.", "Their keeper saved a late penalty.")

SECOND_FIXED = [
    # a lockdown or evacuation drill is practice, no outbreak's lockdown nor a hazard's evacuation
    ("Teachers ran a lockdown drill at the primary school on Wednesday.", (), {"other", "security"}),
    ("The airport will run an evacuation drill overnight.", (), {"other", "security"}),
    # a drill that went well is no oil well; a squad's drills are training, whatever the article
    ("The first drill of the term went well, the head teacher said.", (), {"other", "security"}),
    ("The squad drilled corners for an hour on Friday.", SHOP, {"sports"}),
    # crews named by their task are no sports side
    ("Vaccination teams will visit every village in the district in March.", (), {"health"}),
    ("Spraying teams will treat the ponds against mosquito larvae in June.", (), {"health", "other"}),
    # sides, coaches and boxers clashing meet in a contest
    ("Both unbeaten sides clash in the semi-final on Wednesday.", (), {"sports"}),
    ("The managers clashed on the touchline after the penalty.", (), {"sports"}),
    ("The two boxers clashed at Friday's weigh-in.", (), {"sports"}),
    # seizures of newborns are a medical matter
    ("Seizures in newborns can be hard to spot.", (), {"health"}),
]

SECOND_KEPT = [
    ("Troops clashed with rebels near the border on Sunday.", MATCH, {"attack"}),
    ("Students clashed with police outside the university on Monday.", (), {"politics", "security", "attack"}),
    ("The cup final clashes with the general election this year.", (), {"sports", "politics", "other"}),
    ("Drilling of two new wells in the gas field will begin in May.", (), {"economy"}),
    ("The navy held live-fire drills off the coast on Friday.", MATCH, {"security"}),
    ("The school closed for a week because of the measles outbreak.", (), {"health"}),
    ("The health ministry sent a team to investigate the cholera cases.", (), {"health"}),
    ("Seizures of heroin at the border rose after the new scanners arrived.", (), {"security"}),
    ("The navy's seizure of two fishing boats angered Manila.", (), {"diplomacy", "security"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT + REVIEW_FIXED + REVIEW_KEPT + SECOND_FIXED
                         + SECOND_KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
