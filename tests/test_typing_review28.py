"""Typer data for kinds of error round 28 found in news typed by the event builder: an assembly or a parliament
elected read by its article's field (a business story); a lander, an orbiter or a probe crashing, launched or
touching down read as an accident, a handicraft or a court's probe (space is other, tests/typing/README.md);
museums lending works of art read as credit; a currency made legal tender read as a court's news; an investment
conference read as a summit; checks on travellers at a border read as relations between neighbours; the oil
income of a state read by its article (politics); ports blockaded by warships read by an article about talks; a
museum inaugurated read as a swearing-in; an idea "born" read as a birth; schools kept shut in a flood story read
alone; people killed by a volcano's pyroclastic flow read as an attack; troops surrounding a district read as an
assault rather than a deployment; a war that ended read as fighting; a minister walking out read as a strike; parties
agreeing to merge read as a business deal; the venue of a funeral or a memorial (a stadium, an arena, a
cathedral, a theatre) read as what is mourned; "in neighbouring Togo" read as relations between states; fighting
that spills into a place read as a spill; troops combing an area for gunmen read by the gunmen;
hackers targeting hospitals read as a violent attack. Every sentence is
our own; each row of FIXED failed before these rules with the rules alone; each row of KEPT is typed right before
and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

TRADE = ("Cocoa exports rose by a third in the first half of the year, the trade ministry said on Monday.",)
CABINET = ("The prime minister survived a vote of no confidence in parliament on Tuesday.",
           "The opposition called for an early election.")
TALKS = ("The foreign ministers of both countries met in Geneva on Friday.", "Talks will resume next week.")
FLOOD = ("The river burst its banks on Thursday and flooded the lower town.",
         "Rescuers lifted hundreds of people from roofs.")
SHOOTING = ("Gunmen opened fire on a crowded market on Saturday, killing 14 people.",
            "The army said it had killed two of the attackers.")

FIXED = [
    # an assembly elected is politics, whatever the article is about
    ("The regional assembly, elected in May, will sit until 2029.", TRADE, {"politics"}),
    ("Its congress, elected last November, has a new speaker.", TRADE, {"politics"}),
    # spacecraft crashing, launched, touching down: space news
    ("A Japanese lander crashed on the Moon on Tuesday after losing contact.", (), {"other"}),
    ("The orbiter crashed into the surface of Venus on 4 March, ending the mission.", (), {"other"}),
    ("The small craft will be launched on 2 April.", (), {"other"}),
    ("The probe touched down on 12 November after a flight of seven months.", (), {"other"}),
    # museums and collectors lending works of art
    ("Two museums in Vienna will lend 120 works to the show from March.", (), {"culture"}),
    ("A private collector lent the portrait to the city museum on 3 May.", (), {"culture"}),
    # a currency made legal tender
    ("The government made the dollar legal tender in 2001.", (), {"economy"}),
    # an investment conference
    ("The city will host an energy investment conference on 4 June.", (), {"economy"}),
    # checks on travellers are border security, whoever the neighbour is
    ("Austria stepped up checks on travellers from its eastern neighbour on Thursday.", (), {"security"}),
    # a state's oil income
    ("Oil income fell sharply last year.", CABINET, {"economy"}),
    # a naval blockade is security, whatever the article is about
    ("Warships have kept the harbour blockaded since March.", TALKS, {"security"}),
    # a museum inaugurated
    ("The queen and the visiting president inaugurated the new national museum on Friday.", (), {"culture"}),
    # an idea that was born
    ("The idea of the festival was born in a village bar.", (), {"culture"}),
    # schools shut in a flood story: the flood's aftermath
    ("Schools in the valley will stay shut until Monday.", FLOOD, {"disaster"}),
    # killed by a volcano
    ("A pyroclastic flow killed two farmers on the slopes on 3 June.", (), {"disaster"}),
    # troops surrounding a district: a deployment
    ("Soldiers surrounded the slum district on Sunday night.", (), {"security"}),
    # a war that ended: the peace is no fighting
    ("The region has been calm since the war ended in 1999.", (), {"politics", "security", "other"}),
    # a minister walking out
    ("The justice minister walked out over a row about prison funding on Thursday.", (), {"politics"}),
    # parties merging
    ("The two small parties of the left said on Saturday they would merge.", (), {"politics"}),
    # a funeral's venue is no match, show or work of art
    ("The funeral will be held at the national stadium on Saturday.", (), {"other"}),
    ("Mourners filled the cathedral for the funeral on Friday.", (), {"other"}),
    ("The memorial service takes place at the arena on 4 May.", (), {"other"}),
    ("The funeral of the fisherman is at the village theatre on Sunday.", (), {"other"}),
    # a neighbour after a preposition of place says where
    ("Something similar happened in neighbouring Togo in June.", SHOOTING, {"attack"}),
    # fighting that spills over spreads
    ("The fighting spilled into neighbouring Lebanon on Sunday.", (), {"attack"}),
    ("Clashes spilled over into the capital's suburbs on Friday.", (), {"attack"}),
    # combing an area is a search
    ("Troops combed the valley for the gunmen on Monday.", (), {"security"}),
    ("The operation ended at nightfall.",
     ("Troops combed the valley on Monday for gunmen who had slipped across from the neighbouring province.",),
     {"security"}),
    # hackers who target a place attack its computers
    ("Hackers targeted two hospitals on Friday.", (), {"security"}),
    ("Pro-government hackers targeted the websites of three airports on Tuesday.", (), {"security"}),
]
KEPT = [
    ("Shareholders elected a new chairman of the board on Monday.", (), {"economy"}),
    ("The conclave elected the new pope on its second day.", (), {"other"}),
    ("Voters elected a new mayor on Sunday.", (), {"politics"}),
    ("A cargo plane crashed on landing at the airport on Sunday, killing three crew.", (), {"disaster"}),
    ("Stocks crashed on Monday after the bank failed.", (), {"economy"}),
    ("Police opened a probe into the deaths on Monday.", (), {"justice"}),
    ("The bank will lend 2 billion dollars to the carmaker.", (), {"economy"}),
    ("The band launched its new album on Friday.", (), {"culture"}),
    ("Foreign ministers met at a peace conference in Geneva on Monday.", (), {"diplomacy"}),
    ("Border guards checked every lorry at the crossing on Friday.", (), {"security"}),
    ("Its neighbour tightened checks on visitors at the frontier on 2 June.", (), {"security"}),
    ("The party will hold its annual conference in October.", (), {"politics"}),
    ("Crafts from the region are on show at the fair until Sunday.", (), {"culture"}),
    ("Protesters blockaded the port for three days.", (), {"politics"}),
    ("The new president will be inaugurated on 20 January.", (), {"politics"}),
    ("Twins were born to the couple on Sunday.", (), {"other"}),
    ("The school reopened after the summer holidays on Monday.", (), {"other"}),
    ("Floods damaged 120 schools in the province last week.", (), {"disaster"}),
    ("Gunmen killed two farmers on the slopes of the volcano.", (), {"attack"}),
    ("Rebels surrounded the garrison and shelled it for a week.", (), {"attack"}),
    ("The war broke out in the summer of 1914.", (), {"attack"}),
    ("He was charged with war crimes on Monday.", (), {"justice"}),
    ("Bus drivers walked out over pay on Friday.", (), {"economy"}),
    ("The two banks agreed on Monday to merge.", (), {"economy"}),
    ("The funeral of the former striker will be held at the club's stadium on Saturday.", (), {"sports", "other"}),
    ("The funeral of the actress will be held at the national theatre on Monday.", (), {"culture", "other"}),
    ("A memorial for the victims of the bombing was held at the stadium on Sunday.", (), {"attack"}),
    ("The final will be played at the national stadium on Sunday.", (), {"sports"}),
    ("The cathedral's restored organ was played for the first time on Sunday.", (), {"culture"}),
    ("The bishop was enthroned in the cathedral on Sunday.", (), {"other"}),
    ("A minute of silence was held before the match at the stadium on Saturday.", (), {"sports"}),
    ("The two neighbours restored relations on Monday.", (), {"diplomacy"}),
    ("In neighbouring Niger, rebels burned a market on Sunday.", (), {"attack"}),
    ("Floods also hit villages in neighbouring Malawi on Friday.", (), {"disaster"}),
    ("An oil spill fouled 20 kilometres of beaches on Monday.", (), {"disaster"}),
    ("Chemicals spilled into the river after the tanker overturned on Friday.", (), {"disaster"}),
    ("Police combed the woods for the missing girl on Sunday.", (), {"security"}),
    ("Gunmen killed four soldiers who were combing the hills on Thursday.", (), {"attack"}),
    ("Auditors combed through the accounts in March.", (), {"other", "economy"}),
    ("Gunmen targeted a police station on Monday.", (), {"attack"}),
    ("Air strikes targeted a fuel depot on Sunday.", (), {"attack"}),
]


# Round 28b: regressions a review found in the rules above on ordinary news, fixed by narrowing them (a launch is space
# news only when the launched thing is; a boat launched is no spacecraft; travellers checked need a border or an entry;
# money lent is credit; an office holder inaugurated is sworn in wherever; combing is security only for police or
# troops after people or weapons; troops attacked while guarding; a school's reputation, shelling or holidays; a war as
# a time or a war that ended is no fighting and no politics; elections of sports bodies and academies; a Moon
# festival; a probe on a desk; a WTO conference; a drone that kills). Each row of FIXED_REVIEW failed at 7989e8a (with
# the rules alone or with the learned typer); each row of KEPT_REVIEW passes before and after.
BIZ = ("Shares in the carmaker rose 4 per cent on Monday.", "The company reported record profits for the quarter.")
SPORT = ("The club won the league title on Saturday.", "The coach praised his players.")
RAIN = ("Heavy rain flooded the lower town on Thursday.", "Rescuers lifted people from roofs.")
FIXED_REVIEW = [
    # R1 a campaign, an inquiry, an airline or a book launched is no space launch
    ("The former cosmonaut launched a campaign for governor on Monday.", (), {"politics"}),
    ("Prosecutors launched an investigation into the satellite maker's accounts on Friday.", (), {"justice"}),
    ("A retired astronaut launched a budget airline in March.", (), {"economy"}),
    ("The astronaut launched his memoir at a bookshop on Thursday.", (), {"culture"}),
    # R2 a rescue boat launched is no spacecraft
    ("The coast guard launched a rescue craft as the trawler sank on Sunday.", (), {"disaster"}),
    # R3 travellers screened for a disease, passengers checked for injuries, checking in: no border control
    ("Travellers arriving at the border will be checked for measles from Monday.", (), {"health"}),
    ("Paramedics checked the passengers for injuries after the coach overturned.", (), {"disaster"}),
    ("The ministry checked visitor numbers for its tourism report on Friday.", (), {"economy", "other"}),
    # R4 money lent to a museum or a collector is credit
    ("The bank will lend 30 million euros for work on the tram line.", (), {"economy"}),
    ("A state bank lent the museum 4 million euros for its new wing.", (), {"economy"}),
    # R5 an office holder inaugurated is sworn in, whatever the venue
    ("The new governor was inaugurated at the city museum on Tuesday.", (), {"politics"}),
    ("The inauguration of the new president will be held at the national stadium on Sunday.", (), {"politics"}),
    # R6 combing a place for wreckage or survivors is no security operation
    ("Divers combed the seabed for wreckage of the airliner on Monday.", (), {"disaster"}),
    ("Scientists combed the data for signs of a signal.", (), {"other"}),
    # R7 troops guarding a place who are attacked: the attack decides
    ("Troops guarding the oil pipeline were attacked by rebels on Monday.", (), {"attack"}),
    ("Troops cordoned off the village and opened fire on residents on Sunday.", (), {"attack"}),
    # R9 a school's reputation, a school shelled in a flood story, schools back after the holidays
    ("The school damaged its reputation with the exam scandal.", (), {"other"}),
    ("The school was damaged by shelling on Tuesday.", RAIN, {"attack"}),
    ("Schools reopened on Monday after the summer holidays.", FLOOD, {"other"}),
    # R10 a war named as a time is no fighting
    ("The idea for the opera was born during the war.", (), {"culture", "other"}),
    # R11 the end of a war is history
    ("The war ended in 1945.", (), {"other"}),
    ("Veterans gathered on Sunday to mark the end of the war.", (), {"other"}),
    # R12 an athletics congress or an academy electing its officers
    ("The world athletics congress elected him president in 2015.", BIZ, {"sports"}),
    ("The academy's general assembly elected three painters as members.", BIZ, {"culture"}),
    # R13 a festival or a hotel named after the Moon, a probe that lands on a desk, a drone that kills
    ("The bus crashed on its way to the Moon Festival, killing seven.", (), {"disaster"}),
    ("The inspectors' probe landed on his desk on Monday.", (), {"justice"}),
    ("The trade conference of WTO members opened in Geneva on Monday.",
     ("The foreign ministers of both countries met on Friday.", "Talks will resume next week."), {"diplomacy"}),
    ("The drone targeted a hacker group's leader, killing him.", (), {"attack"}),
]
KEPT_REVIEW = [
    ("The weather satellite was launched from the spaceport on Sunday.", (), {"other"}),
    ("The rocket carrying two astronauts launched from the spaceport at dawn.", (), {"other"}),
    ("Border guards checked the passports of travellers at the crossing on Friday.", (), {"security"}),
    ("The city museum will lend six paintings to a gallery in Rome.", (), {"culture"}),
    ("The new mayor was sworn in on 2 January.", (), {"politics"}),
    ("The king inaugurated the new wing of the national gallery on Friday.", (), {"culture"}),
    ("Police combed the woods for the escaped prisoner on Sunday.", (), {"security"}),
    ("Troops sealed off the town centre on Monday.", (), {"security"}),
    ("The president flew to neighbouring Kenya for talks on Monday.", (), {"diplomacy"}),
    ("The earthquake destroyed 40 schools in the province on Sunday.", (), {"disaster"}),
    ("The war broke out in the summer of 1914.", (), {"attack"}),
    ("Lawmakers elected a new speaker of the assembly on Tuesday.", BIZ, {"politics"}),
    ("A cargo plane crashed on landing at the airport on Sunday, killing three crew.", (), {"disaster"}),
    ("The probe touched down on the far side of the Moon on Friday.", (), {"other"}),
    ("Hackers targeted the port's booking system on Sunday.", (), {"security"}),
    ("The clashes spread to neighbouring Niger on Sunday.",
     ("The foreign ministers of both countries met on Friday.", "Talks will resume next week."), {"attack"}),
    ("The chamber of commerce elected a new president on Tuesday.", BIZ, {"economy"}),
    ("The players elected their goalkeeper captain for the new season.", SPORT, {"sports"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT + FIXED_REVIEW + KEPT_REVIEW)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
