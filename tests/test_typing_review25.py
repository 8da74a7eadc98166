"""Typer data for kinds of error found reading the dev half of tests/heldout_articles8 (round 25): a missile launched,
tested or flown over a country, an alert to take cover, missiles fired with nothing hit, read as an attack; a song
contest's final, semi-finals, contest and title read as sports; cases of "Covid-19" read as court cases (the word
was read as "covid-", which names nothing); a lockdown eased "in stages" read as theatre; the latest victim of an
outbreak read as an attack's; peace talks in an insurgency story read as the insurgency; joint committees meeting on
water read as a flood; migrants straining towns read as a virus strain; the next auction of a commodity read as an
art sale; athletes' withdrawals over an outbreak read as a treaty's; the days a court story gives to appeal read as
an appeal for help. Every sentence is our own; each row of FIXED failed before the rules it tests (with the rules
alone, and most with the learned typer too); each row of KEPT is typed right before and after: the other sense of
the same words."""

from __future__ import annotations

import pytest

from timeline.typing import classify

LAUNCH = [
    "South Korea put its forces on alert after the North launched a ballistic missile on Sunday.",
    "The missile landed in the sea off the east coast, the joint chiefs of staff said.",
    "Pyongyang has carried out a string of weapons tests this year.",
]
WAR = [
    "Russian strikes killed 12 people in Kharkiv on Monday.",
    "Rescuers pulled bodies from a destroyed apartment block.",
    "The war is in its third year.",
]
SONG = [
    "Malmo will host next year's Eurovision Song Contest, the Swedish broadcaster said on Monday.",
    "Sweden earned the right to stage the show when its singer won this year's contest in Liverpool.",
    "Around 160 million people watch the event on television.",
]
FOOTBALL = [
    "Real Madrid beat Bayern Munich 2-1 on Wednesday to reach the Champions League final.",
    "The striker scored twice in the second half.",
    "The coach said his players were tired after a long season.",
]
OUTBREAK = [
    "Health officials have confirmed 14 cases of cholera in the district since March, four of them fatal.",
    "Most patients had drunk water from a contaminated well.",
    "Doctors are tracing everyone who was in contact with the sick.",
]
INSURGENCY = [
    "Gunmen killed three soldiers in an ambush in the north on Monday, the army said.",
    "Rebels have fought for independence in the region since 1999.",
    "A bomb hit a market in the regional capital last month.",
]
WOOL = [
    "Prices at the weekly wool auction in Melbourne fell 5 percent on Tuesday, brokers said.",
    "Exporters blamed weaker demand from China.",
    "Farmers sold 40,000 bales, fewer than a year ago.",
]
LIBEL = [
    "A judge ordered a newspaper on Tuesday to pay 300,000 pounds in damages to a former mayor.",
    "The paper had accused him of taking bribes from builders.",
    "The trial lasted three weeks in March.",
]
TENNIS = [
    "The world number one won the Madrid Open on Sunday, beating her rival in three sets.",
    "Four players pulled out of the tournament after testing positive for the flu.",
    "The next event starts in Rome on Wednesday.",
]
FIXED = [
    # a missile launched, tested or flown over a country, with nothing hit, is military news; so is an alert to take
    # cover or shelter while it flies
    ("Residents of two border islands were told to take shelter on Sunday after the North launched a missile.", (),
     {"security"}),
    ("Japan told people in Okinawa to take cover on Monday after a missile launch by the North.", (), {"security"}),
    ("A North Korean missile flew over Japan in October.", (), {"security"}),
    ("The North fired what looked like a short-range ballistic missile on Tuesday.", (), {"security"}),
    ("North Korea has fired more than 20 missiles since January.", (), {"security"}),
    ("The missile came down in the sea on Tuesday.", LAUNCH, {"security"}),
    ("North Korea fired at least two ballistic missiles off its east coast on Sunday.", (), {"security"}),
    ("The army test-fired a new cruise missile on Monday.", (), {"security"}),
    # a song, dance or talent contest is culture: its final, semi-finals, title and winner
    ("The grand final is on May 11.", SONG, {"culture"}),
    ("The first semi-final takes place on May 7.", SONG, {"culture"}),
    ("The singer won the song contest in Turin in May.", (), {"culture"}),
    ("It is the fourth time the country has hosted the contest, after 1975 and 1992.", SONG, {"culture"}),
    ("The talent show's final will be broadcast live on Saturday.", (), {"culture"}),
    ("The semi-finals of the dance competition begin on Friday.", (), {"culture"}),
    # a party's leadership contest is politics
    ("The leadership contest ends on September 5.", (), {"politics"}),
    ("The presidential contest will be decided on November 5.", (), {"politics"}),
    ("The band won a battle of the bands contest in 2019.", (), {"culture"}),
    # "Covid-19" is Covid; a lockdown eased in stages is health news
    ("Covid-19 killed 40 people in the province last month.", (), {"health"}),
    ("The town confirmed its first local cases of Covid-19 on May 2.", (), {"health"}),
    ("Two new cases of COVID-19 were found among sailors on Friday.", (), {"health"}),
    # the victim of an outbreak died of the disease
    ("The latest victim, a farmer aged 60, died on Tuesday.", OUTBREAK, {"health"}),
    # talks with rebels are a way out of the fighting, not more of it
    ("Talks between the government and the rebels, stalled since April, will resume in Oslo next month.",
     INSURGENCY, {"diplomacy", "politics"}),
    ("Negotiations with the rebel movement broke down in March.", INSURGENCY, {"diplomacy", "politics"}),
    # joint committees of two states meet on water and borders: diplomacy; migrants straining towns: not a virus
    ("The two countries set up joint committees on fishing, water and border crossings, which will first meet in "
     "June.", (), {"diplomacy"}),
    ("Migrants arriving from the south have strained border towns since March.", (), {"security", "politics"}),
    ("The arrival of thousands of migrants has strained local services since January.", (), {"security", "politics"}),
    # the auction of a commodity is trade
    ("The next auction is on April 2.", WOOL, {"economy"}),
    ("The cattle auction on Friday drew buyers from three states.", (), {"economy"}),
    ("The treasury will hold its next gilt auction on Tuesday.", (), {"economy"}),
    ("The spectrum auction raised 4 billion dollars in May.", (), {"economy"}),
    # athletes' withdrawals are sports news
    ("They were the first such withdrawals since 2020.", TENNIS, {"sports"}),
    # an appeal in a court story is the court case's (a bare "appeal" the article settles)
    ("The paper has 30 days in which to appeal.", LIBEL, {"justice"}),
]
KEPT = [
    # missiles that hit something, or are fired at a target, are an attack; taking cover from rockets that hit
    ("A missile hit an apartment block in the city on Monday, killing six people.", (), {"attack"}),
    ("Rebels fired two missiles at a cargo ship on Wednesday.", (), {"attack"}),
    ("Russia fired dozens of missiles at power stations overnight.", (), {"attack"}),
    ("Missiles struck the port on Friday.", (), {"attack"}),
    ("The navy test-fired two missiles into the sea on Friday.", (), {"security"}),
    ("Residents took cover in basements as rockets hit the town on Monday.", (), {"attack"}),
    ("Ukraine fired long-range missiles into Russia on Tuesday.", (), {"attack"}),
    ("Russia has fired more than 3,000 missiles since the invasion began in 2022.", (), {"attack"}),
    ("Russia fired 40 missiles and 60 drones overnight, the air force said.", WAR, {"attack"}),
    ("Residents were told to take shelter as the hurricane approached on Sunday.", (), {"disaster"}),
    # a sports final, semi-final, title and contest
    ("The final was played in Madrid on Saturday.", (), {"sports"}),
    ("The final will be held on Sunday.", FOOTBALL, {"sports"}),
    ("The semi-finals will be played on Tuesday and Wednesday.", (), {"sports"}),
    ("The final takes place at Wembley on Saturday.", (), {"sports"}),
    ("The Wimbledon semi-finals are on Friday.", (), {"sports"}),
    ("She won her first world title in Doha in March.", (), {"sports"}),
    # court cases; a stage play; an attack's victim; a virus strain; art auctions; troops and treaties withdrawn
    ("The court heard 300 cases last year.", (), {"justice"}),
    ("The play will be staged in London in May.", (), {"culture"}),
    ("The latest victim of the gang, a shopkeeper, was shot dead on Tuesday.", (), {"attack"}),
    ("A new strain of the virus was found in May.", (), {"health"}),
    ("A painting by Monet sold at auction for 40 million dollars on Tuesday.", (), {"culture"}),
    ("Cash withdrawals were limited to 300 euros a day from Monday.", (), {"economy"}),
    ("Peace talks on the conflict opened in Addis Ababa on Monday.", INSURGENCY, {"diplomacy", "politics"}),
    ("Rebels attacked an army post on Monday.", INSURGENCY, {"attack"}),
    ("Flood water reached the town on Monday.", (), {"disaster"}),
    ("The ruling can be appealed until June 30.", (), {"justice"}),
    ("The mayor appealed for calm on Sunday.", (), {"politics", "diplomacy", "security"}),
    ("The club will appeal against the striker's red card.", (), {"sports"}),
    # already right before: a title near a song word, a virus's victim, a commodity's auction with its prices,
    # players' withdrawals
    ("His ballad took the title in Turin in May.", SONG, {"culture"}),
    ("The third victim of the virus died in hospital on Friday.", (), {"health"}),
    ("Tea prices rose at Tuesday's auction in Mombasa.", (), {"economy"}),
    ("The withdrawals of three players on Monday left the draw thin.", (), {"sports"}),
]


# a review of the rules above (round 25) found them too broad for ordinary news: a ruling party's appeal for calm, an
# appeal for social justice or to judge a record, an appeal to fund a drug trial read as a court's; missiles launched
# or flying over a city at war, falling on it or sheltered from, read as a test launch, a fire at a missile plant as
# an attack, a missile fired into the sea as an attack; rebels who break a truce and attack read as talks; any
# withdrawal near a general word (a defeat, a team) read as sports, and one from an election race; rising water
# cutting off access read as a water dispute; a boxer's title near a dance read as culture; fans at a stage read as
# sports; a baking or singing contest's final and a talent show's winner read as sports; a musician contesting a
# seat read as culture. Every sentence is our own; each row of FIXED_REVIEW failed before (rules alone and learned).
WAR_CITY = [
    "Russian drones hit a power station in Odesa on Sunday, killing two workers.",
    "The invasion began in February 2022.",
    "Cities across the country are shelled every week.",
]
CYCLING = [
    "The Tour de France resumed on Tuesday after its first rest day.",
    "The race leader kept the yellow jersey in the mountains.",
]
FIXED_REVIEW = [
    # an appeal is a court's only near a court's words: not a ruling party's, not for justice, not to judge a record,
    # not for a drug trial
    ("The ruling coalition appealed for national unity after the vote on Sunday.", (), {"politics"}),
    ("The governor appealed for racial justice at a rally on Saturday.", (), {"politics"}),
    ("The senator appealed to voters to judge her on her work in office.", (), {"politics"}),
    ("The foundation launched an appeal to pay for a clinical trial of the drug in March.", (), {"health", "other"}),
    # missiles launched or flying over a country at war are the war's; falling on a city, sheltered from: an attack;
    # a fire at a missile plant is a fire; a missile fired into the sea is a test
    ("Russia launched 25 cruise missiles overnight, the air force said.", WAR_CITY, {"attack"}),
    ("Sirens sounded as missiles flew over the city on Monday night.", WAR_CITY, {"attack"}),
    ("Missiles fell on the port before dawn as people took shelter in the metro.", (), {"attack"}),
    ("Families took cover from the missiles in cellars overnight.", WAR_CITY, {"attack"}),
    ("A fire broke out at the missile plant on Tuesday.", (), {"disaster"}),
    ("The missile was fired into the sea at dawn, the defence ministry said.", (), {"security"}),
    # rebels who fight are fighting, whatever truce or talks there were
    ("The rebels broke the truce and attacked a police station on Sunday.", (), {"attack"}),
    ("Rebels seized a border post on Monday despite a ceasefire agreed in April.", (), {"attack"}),
    # a withdrawal is sports only near a sports word; from a race, politics; water cutting off access, a flood
    ("The withdrawal of the monitors was seen as a defeat for the mission.", (), {"diplomacy", "security"}),
    ("His withdrawal from the race came on Tuesday.", (), {"politics"}),
    ("Rising water cut off access to four farms on Monday.", (), {"disaster"}),
    # a fighter's title is sports, whatever he danced; fans at a stage, a concert's; a cycling stage's finish, sports
    ("The wrestler danced for the crowd after defending his title on Sunday.", (), {"sports"}),
    ("Fans surged at the stage as the rapper walked on on Friday.", (), {"culture"}),
    ("The favourites were caught at the stage finish on Sunday.", CYCLING, {"sports"}),
    # a baking or singing contest, a talent show, a violin competition: culture; a musician contesting a seat: politics
    ("The final of the baking contest drew eight million viewers on Sunday.", (), {"culture"}),
    ("She reached the final of the singing contest on Friday.", (), {"culture"}),
    ("The talent show's winner was crowned on Sunday.", (), {"culture"}),
    ("The pop musician contested the ward for the Greens in 2018.", (), {"politics"}),
    ("The cellist came second in the violin competition in June.", (), {"culture"}),
]
KEPT_REVIEW = [
    ("The government said on Monday it would appeal the ruling.", (), {"justice"}),
    ("The party said on Monday it would appeal the ruling.", (), {"justice"}),  # "ruling" is no party's here
    ("The judge gave him leave to appeal on Friday.", (), {"justice"}),
    ("His lawyers will appeal once the trial ends in May.", (), {"justice"}),
    ("People on the island were told to stay indoors when the missile alert sounded on Friday.", (), {"security"}),
    ("A missile slammed into a market in the city on Tuesday.", (), {"attack"}),
    ("North Korea fired a ballistic missile that came down off its east coast on Monday.", (), {"security"}),
    ("Rebel fighters shelled the city on Friday, days after peace talks broke down.", (), {"attack"}),
    ("The rebels agreed to a truce on Tuesday.", (), {"diplomacy"}),
    ("The withdrawal of the team of UN monitors from the town was completed on Friday.", (), {"diplomacy", "security"}),
    ("Her withdrawal from the tournament with an ankle injury came on Monday.", (), {"sports"}),
    ("The two states signed a treaty on sharing river water in 1998.", (), {"diplomacy"}),
    ("The pop star took the title at the song contest in May.", (), {"culture"}),
    ("At this stage no one knows when the line will reopen.", (), {"other"}),
    ("The rider won the stage by five seconds on Friday.", (), {"sports"}),
    ("The leadership contest ends on October 3.", (), {"politics"}),
]


# the same, typed as the event builder types a clause: the words nearest the date (at the marker) weigh most
CENTRED = [
    ("A lockdown imposed the same week has been eased in stages since early May.", (), {"health"}, "since"),
    ("Schools reopened in stages from Monday after the outbreak.", (), {"health"}, "from"),
]
CENTRED_KEPT = [
    ("The band returned to the stage on Saturday after a break of ten years.", (), {"culture"}, "on"),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT + FIXED_REVIEW + KEPT_REVIEW)
def test_type(learned: bool, sentence: str, context: tuple[str, ...] | list[str], types: set[str]) -> None:
    assert classify(sentence, context).type in types


@pytest.mark.parametrize(("sentence", "context", "types", "marker"), CENTRED + CENTRED_KEPT)
def test_type_near_the_date(learned: bool, sentence: str, context: tuple[str, ...], types: set[str],
                            marker: str) -> None:
    assert classify(sentence, context, sentence.index(marker)).type in types


# a second review of the rules above (round 25): a missile that lands or falls during a test or drill read as an
# attack; a title near a general sports word (a player's book, a driver's film) read as sports; a stage near a
# finish, a sprint or a climb (a concert's, a show's) read as cycling; a council's band read as a tax band; the verb
# "quiz" read as a quiz show, so a competition watchdog's questions read as culture; rebel lawmakers, councillors and
# shareholders who fight, clash or attack a bill read as armed rebels; a fine contested in a high or federal court read
# as a match. Every sentence is our own; each row of FIXED_SECOND failed before (rules alone and learned); KEPT_SECOND
# holds the other sense.
FIXED_SECOND = [
    ("A missile fell on a sandbank during the test on Wednesday, the navy said.", (), {"security"}),
    ("Two missiles landed on a firing range during the drill on Monday.", (), {"security"}),
    ("The former rider's memoir, titled Home Truths, comes out in May.", (), {"culture"}),
    ("Crowds rushed the stage at the finish of the gig on Saturday.", (), {"culture"}),
    ("The comedian's tour will finish with a stage show in Leeds in June.", (), {"culture"}),
    ("The city council's band played at the ceremony on Friday.", (), {"culture"}),
    ("The competition regulator will quiz the heads of the three mobile networks in March.", (), {"economy"}),
    ("Rebel MPs fought the welfare bill at its second reading on Tuesday.", (), {"politics"}),
    ("Rebel shareholders will fight the chairman's bonus at the meeting in June.", (), {"economy"}),
    ("Rebel senators clashed with the party leadership over the spending bill on Monday.", (), {"politics"}),
    # contesting a fine or a decision in a named court is a court case, not a match
    ("The airline contested the fine at the federal court in Brussels on Monday.", (), {"justice"}),
    ("The mayor contested the council's decision in the high court last week.", (), {"justice"}),
]
KEPT_SECOND = [
    ("Missiles fell on the city centre before dawn on Sunday.", (), {"attack"}),
    ("A missile landed on a block of flats, killing three people.", (), {"attack"}),
    ("The boxer kept his title in Manchester on Saturday.", (), {"sports"}),
    ("The champion will defend her title in Paris next month.", (), {"sports"}),
    ("The cyclist won the stage by four seconds on Tuesday.", (), {"sports"}),
    ("The sprinter took his second stage win on Friday.", (), {"sports"}),
    ("Earners in the top tax band will pay more from April.", (), {"economy"}),
    ("Rebels fought government troops near the border on Sunday.", (), {"attack"}),
    ("Rebel fighters attacked an army base on Thursday.", (), {"attack"}),
    ("The tennis player contested the final on the centre court on Sunday.", (), {"sports"}),
    ("Ten teams will contest the cup in Lyon next month.", (), {"sports"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED_SECOND + KEPT_SECOND)
def test_type_second_review(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
