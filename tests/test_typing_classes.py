"""Kinds of news wording the typer reads by sense, by the predicate's object rather than its subject, or by the
clause as a whole (sentences of our own, across topics): both senses of a word are tested side by side."""

import pytest

from timeline.typing import classify

CASES = [
    # soldiers who hand power to civilians make political news; handing over a stadium's keys does not
    ('The army rulers vowed to hand power to an elected government within two years.', 'politics'),
    ('The generals agreed a return to civilian rule by the end of next year.', 'politics'),
    ('Officials handed the keys of the new stadium to the club on Sunday.', 'sports|other'),
    # a temperature reading is weather, not a disaster; the heat that kills is one
    ('The old record of 12.4 degrees dated from 1961.', 'other'),
    ('The mercury climbed to 47 degrees and the heatwave killed nine farm workers.', 'disaster'),
    # the storming of a parliament is political news; a storm over the coast is a disaster
    ('Three years after the storming of the congress, the trials are still going on.', 'politics|justice'),
    ('A storm swept over the coast on Friday and cut power to thousands.', 'disaster'),
    # a title after its noun is a noun, not a verb: the appointment is the news, not the post's field
    ('The president appointed a former bank executive as trade minister on Tuesday.', 'politics'),
    ('The finance minister raised the tax on fuel on Tuesday.', 'economy'),
    # troops leaving a country is security news; troops firing on a village is an attack
    ('The remaining UN troops are due to leave the province in the spring.', 'security|diplomacy'),
    ('The government ordered the peacekeeping troops to depart within six months.', 'security|diplomacy'),
    ('Troops opened fire on villagers near the market on Sunday.', 'attack'),
    # ships colliding in a disputed sea is a security incident; a collision of two ferries in fog a disaster
    ('A trawler and a naval patrol boat collided on Monday near the contested reef.', 'security|diplomacy'),
    ('Two passenger ferries collided in thick fog off the harbour, killing four.', 'disaster'),
    # a meeting of two countries' foreign ministers or envoys is diplomacy; a cabinet meeting is politics, a central
    # bank's meeting economy whatever else is foreign in the sentence; the post of who meets is not the event
    ('The meeting between the two foreign secretaries was cut short on Monday.', 'diplomacy'),
    ('The meeting with his Chinese counterpart lasted two hours on Friday.', 'diplomacy'),
    ('Rome will host a meeting of foreign and interior ministers from ten countries next month.', 'diplomacy'),
    ("The central bank's policy meeting on Thursday held interest rates as foreign funds pulled money out.",
     'economy'),
    ('The monetary policy meeting on Wednesday raised rates to defend the currency against foreign selling.',
     'economy'),
    ('The cabinet meeting of ministers on Monday approved the budget.', 'politics|economy'),
    ('The new economy minister said exports would grow 4 percent next year.', 'economy'),
    ('The new economy minister resigned on Monday after a row over the budget.', 'politics'),
    ('The European probe will reach the orbit of Jupiter in 2031.', 'other'),
    ('The robotic probe is due to enter orbit around Venus in 2029.', 'other'),
    ('The unmanned probe sent back its first pictures of the asteroid on Friday.', 'other'),
    ("Prosecutors opened a probe into the bank's lending on Monday.", 'justice'),
    ('A police probe into the death of the teenager was closed in May.', 'justice'),
    ("The ethics committee launched a probe into the senator's expenses.", 'justice'),
    ('Inspectors carried out final checks on the new ferry before its maiden voyage.', 'other'),
    ('The carmaker will run final tests on the prototype in the desert.', 'other|economy'),
    ('The final vote on the bill is due on Thursday.', 'politics'),
    ('Spain beat England in the final on Sunday.', 'sports'),
    ('The cup final was moved to a new stadium.', 'sports'),
    ('The final kicks off at 8 pm on Sunday.', 'sports'),
    ('North Korea carried out a nuclear test on Sunday, seismologists said.', 'security|attack'),
    ('The army test-fired a new cruise missile over the sea on Friday.', 'security|attack'),
    ('All patients will be offered a blood test from April.', 'health'),
    ('Pakistan won the second test by six wickets on Monday.', 'sports'),
    ('The rocket lifted off from the spaceport with a weather satellite on board.', 'other'),
    ('Rebels fired rockets at the border town overnight.', 'attack'),
    ('The tennis star lost in three sets on the centre court on Monday.', 'sports'),
    ('Play on the outside courts resumed after the drizzle cleared.', 'sports'),
    ('The court will hear the appeal in October.', 'justice'),
    ('A team of inspectors from the agency will visit the plant next week.', 'other|economy'),
    ('A team of doctors flew to the island to treat the injured.', 'health|disaster'),
    ('The team lost its third game in a row on Saturday.', 'sports'),
    ('Viewers can vote for their favourite song until Friday.', 'culture|other'),
    ('Parliament voted on the budget on Wednesday.', 'politics|economy'),
    ('The sale included two drawings by Italian old masters.', 'culture'),
    ('He won the Masters at Augusta in April.', 'sports'),
    ('The telecom group made a hostile bid for its main rival.', 'economy'),
    ('The insurer agreed to be bought by a larger rival for 3 billion pounds.', 'economy'),
    ('The champion beat her old rival in straight sets.', 'sports'),
    ('The furniture maker entered administration after talks with lenders failed.', 'economy'),
    ('The fashion retailer went into administration last week, putting 3,000 jobs at risk.', 'economy'),
    ('The Trump administration announced new tariffs on steel.', 'politics|economy'),
    ('The steelmaker sought bankruptcy protection from its creditors in June.', 'economy'),
    ('Qatar brokered a prisoner swap between the two sides.', 'diplomacy'),
    ('The deal was brokered by Qatar after weeks of talks.', 'diplomacy'),
    ('The bank was rescued in a takeover brokered by the regulator.', 'economy'),
    ('Nurses walked out of three hospitals on Thursday in a row over staffing.', 'health|economy'),
    ("Canada's premier landed in Seoul for a two-day visit.", 'diplomacy'),
    ('The French president will travel to Brazil in March for talks with his counterpart.', 'diplomacy'),
    ('The Italian premier flew to Ottawa for a meeting with the prime minister.', 'diplomacy'),
    ('The foreign minister spoke by phone with his Chinese counterpart on Friday.', 'diplomacy'),
    ('The queen will pay a state visit to Japan in April.', 'diplomacy'),
    ('The king visited the flooded town to console residents.', 'other|disaster'),
    ('The country expelled three diplomats on Monday.', 'diplomacy'),
    ('A gas leak caused an explosion that destroyed a bakery and injured four.', 'disaster'),
    ('A freight train and a passenger train collided in the fog, injuring a dozen people.', 'disaster'),
    ('A lorry carrying farm workers plunged off a mountain road, killing nine.', 'disaster'),
    ('Scaffolding toppled onto a pavement, injuring two pedestrians.', 'disaster'),
    ('Two children died in a crush as crowds pushed towards the gates.', 'disaster'),
    ('The landslide that buried the village on Tuesday killed at least forty people.', 'disaster'),
    ('A strong earthquake in the east of the island killed 41 people and flattened dozens of homes.', 'disaster'),
    ('A suicide bomber killed twelve people at a market on Friday.', 'attack'),
    ('Gunmen stormed a hotel and killed six guests, the army said.', 'attack'),
    ('A gunman injured four people outside a nightclub.', 'attack'),
    ('Shoppers were evacuated from the mall when a suspicious bag was spotted near the tills.', 'security'),
    ('Thousands were evacuated as the river burst its banks.', 'disaster'),
    ('Sappers removed landmines from the grounds of the school.', 'security'),
    ('Demining teams worked through the orchards behind the village.', 'security'),
    ('Bomb disposal experts defused a device near the bridge on Friday.', 'security'),
    ('A rucksack left at the station was destroyed in a controlled explosion by army experts.', 'security'),
    ('Officials tightened security at ports and airports after the warning.', 'security'),
    ('Passport checks at the ferry port were stepped up after the alert.', 'security'),
    ('Armed guards now ride on every night bus in the city.', 'security'),
    ('The border region was put under a state of emergency after a wave of drug gang shootings.', 'security'),
    ('A state of emergency was declared in the province as the floods spread.', 'disaster'),
    ('Protesters demonstrated outside parliament against the pension reform on Saturday.', 'politics'),
    ('Four priests were ordained at a service in the cathedral in Seville.', 'other'),
    ('The cathedral reopened after a five-year restoration.', 'culture'),
    ('The finance minister and her husband welcomed twin daughters last week.', 'other'),
    ('The singer and her husband welcomed a baby girl on Monday.', 'other'),
    ('A former interior minister who led the party for a decade died on Friday.', 'politics|other'),
    ('The dance company called off its autumn season for lack of money.', 'culture'),
    ('The theatre company opens its new season in September.', 'culture'),
    ('The firm posted record profits for the third quarter.', 'economy'),
    ('She broke the world record in the 400 metres on Saturday.', 'sports'),
    ('The man had a long criminal record, police said.', 'justice'),
    ('Counting of the postal ballots went on into the night.', 'politics'),
    ('The vote count will finish on Tuesday morning.', 'politics'),
    ('The incumbent conceded defeat just after midnight.', 'politics'),
    ("Investigators recovered bribes hidden in a relative's bank accounts.", 'justice'),
    ('Civil protection teams moved 300 people from riverside homes.', 'disaster'),
    ('The region was placed under a state of calamity on Monday.', 'disaster'),
    ('Ports began screening arriving crews for symptoms of the virus.', 'health'),
    ("The labour minister met the steelmaker's executives to discuss the job cuts.", 'economy'),
    ('Temperatures will dip to two degrees in the hills tonight.', 'other'),
    ('Temperatures soared to 46 degrees as the heatwave killed dozens of people.', 'disaster'),
    ('The chancellor will take questions from MPs about the spending plans.', 'politics'),
    ('Detectives uncovered a plot to attack a power station, the ministry said.', 'security'),
    ('Insurgents attacked an army post in the hills overnight.', 'attack'),
    ('Hospital cleaners walked out on Monday in a dispute over pay.', 'economy|health'),
    ('The coalition partner walked out of the government after the vote.', 'politics'),
    ('The army sent 4,000 troops to the northern border on Sunday.', 'security'),
    ('Troops opened fire on the convoy, killing three.', 'attack'),
    ('A jeweller was beaten to death in his shop during a robbery.', 'attack'),
    ('The home side beat the champions 3-1 on Saturday.', 'sports'),
    ('Gunfire erupted outside the courthouse as the verdict was read.', 'attack|justice'),
    ('The volcano erupted on Sunday, sending ash eight kilometres high.', 'disaster'),
    ('A light aircraft came down in a wheat field on Sunday.', 'disaster'),
    ('An oil tanker ran aground on the reef, spilling fuel into the bay.', 'disaster'),
    ('Customs officers found a cache of explosives in a lorry at the port.', 'security|justice'),
    ("Two explosives-laden cars blew up outside the governor's office.", 'attack'),
    ('It was the sunniest spring on record, the weather service said.', 'other'),
    ('Fishermen demonstrated outside the ministry against the new quotas.', 'politics'),
    ('The trial demonstrated that the drug cuts the risk of a second stroke.', 'health'),
    ('The chipmaker opened a new plant in Arizona on Tuesday.', 'economy'),
    ('The exhibition of textiles opened at the national museum.', 'culture'),
    ('A jury cleared the former mayor and two of his aides of fraud.', 'justice'),
    ('The regulator cleared the merger of the two telecom groups.', 'economy'),
    ('The cardinal resigned after the church inquiry reported.', 'other|justice'),
    ('The environment minister resigned on Friday over the leak.', 'politics'),
    ('Talks between the airline and its pilots over pay broke down.', 'economy'),
    ('Coalition talks between the conservatives and the greens collapsed.', 'politics'),
    ('The two presidents held talks on the disputed islands in Geneva.', 'diplomacy'),
    ("Train drivers' leaders are negotiating a new pay deal with the operator.", 'economy'),
    ('The two governments negotiated a treaty on fishing rights.', 'diplomacy'),
    ('Vaccination teams are racing to contain the spread of measles.', 'health'),
    ('The wildfire spread to the outskirts of the town overnight.', 'disaster'),
    ('The winner of the presidential runoff will be sworn in next month.', 'politics'),
    ('The winner of the fiction prize was announced at a dinner in London.', 'culture'),
    ('The winner of the marathon crossed the line in two hours and five minutes.', 'sports'),
    ("The government's budget bill was defeated in parliament by four votes.", 'politics|economy'),
    ('The champions suffered their first defeat of the season on Sunday.', 'sports'),
    ('The opposition claimed victory in the parliamentary election.', 'politics'),
    ('Hackers sent phishing emails to thousands of council staff.', 'security'),
    ('Police installed CCTV cameras along the seafront.', 'security'),
    ('Patients waited up to 14 hours in emergency departments last winter.', 'health'),
    ('The chamber of commerce reported a slowdown in exports.', 'economy'),
    ('The new housing plan drew criticism from opposition MPs.', 'politics'),
    ('The match ended in a 1-1 draw.', 'sports'),
    ('Creditors agreed a rescue package for the shipyard.', 'economy'),
    ('Rescue workers pulled two survivors from the rubble.', 'disaster'),
    ('The army toppled the elected president in a coup.', 'politics'),
    ('High winds toppled a crane onto a row of parked cars.', 'disaster'),
    ('The government announced a ban on fishing in the bay.', 'other|economy|politics'),
    # personnel and business news: the post or the firm decides when the verb is generic
    ('The carmaker named a former banker as its new chief executive on Monday.', 'economy'),
    ('The club named the former striker as head coach.', 'sports'),
    ('The president named a new defence minister on Friday.', 'politics'),
    ('The orchestra named a young Finnish conductor as music director.', 'culture'),
    ('The chief executive of the retailer stepped down after the profit warning.', 'economy'),
    ('The health minister stepped down on Tuesday.', 'politics|health'),
    ('The manager was sacked after a run of six defeats.', 'sports'),
    ('The bank sacked two senior traders over the losses.', 'economy'),
    ('The new governor took office on Monday.', 'politics'),
    ('The new chairman took over at the brewer in January.', 'economy'),
    ('The coach left the club by mutual consent.', 'sports'),
    ('The telecom group will cut 4,000 jobs over two years.', 'economy'),
    ('The chipmaker agreed to acquire a smaller rival for 9 billion dollars.', 'economy'),
    ('The two airlines will merge next year.', 'economy'),
    ('The fund bought a 10 percent stake in the utility.', 'economy'),
    ('The shoe maker filed for bankruptcy on Monday.', 'economy'),
    ('The delivery firm plans to list its shares in New York this autumn.', 'economy'),
    ('The startup raised 50 million dollars from investors.', 'economy'),
    ('Ghana will get a 3 billion dollar bailout from the International Monetary Fund.', 'economy|diplomacy'),
    ('The club paid a record fee for the winger.', 'sports'),
    ('The insurer will lay off 800 staff.', 'economy'),
    ('The finance minister presented the budget to parliament.', 'economy|politics'),
    ('Shareholders approved the merger on Thursday.', 'economy'),
    ('The mayor met residents to discuss the new bus routes.', 'other|politics'),
    ('The spokesman said the talks had gone well.', 'diplomacy|other'),
    ('The prime minister said on Monday that the election would be held in May.', 'politics'),
    ('The former president of the football federation was elected to the IOC.', 'sports'),
    ('The central bank appointed a new governor on Friday.', 'economy'),
    ("The museum's director resigned after the row over the loaned statue.", 'culture'),
    ('Their veteran goalkeeper has signed a one-year extension, the Italian side announced.', 'sports'),
    ('The union elected a new general secretary.', 'economy|politics'),
    ('The party elected a new leader on Saturday.', 'politics'),
    ("A storm delayed the lander's touchdown by a day.", 'other|disaster'),
    ('The quarterback ran in a touchdown in the final minute.', 'sports'),
    # words of several senses in everyday news: run, bid, deal, seizure, launch, target, battle, execution, hit...
    ('The senator will run for president next year.', 'politics'),
    ('The museum is run by a private foundation.', 'culture'),
    ('The mayor announced a bid for a third term.', 'politics'),
    ('The city launched a bid to host the 2036 Olympics.', 'sports'),
    ('The tech giant made a takeover bid for the chip designer.', 'economy'),
    ('The lawyers lost their bid to overturn the conviction.', 'justice'),
    ('The airline signed a deal to buy 40 jets.', 'economy'),
    ('The coalition reached a deal on the budget late on Sunday.', 'politics|economy'),
    ('The two countries signed a deal on gas supplies.', 'diplomacy|economy'),
    ('Customs officers made a record seizure of cocaine at the port.', 'justice|security'),
    ('The boy suffered a seizure at school and was taken to hospital.', 'health'),
    ('The party launched its election campaign on Monday.', 'politics'),
    ('The airline launched a new route to Lima.', 'economy'),
    ('The rocket was launched from the coast at dawn.', 'other'),
    ('The bank missed its inflation target again.', 'economy'),
    ('The militants targeted a police station with a car bomb.', 'attack'),
    ('The two firms are locked in a legal battle over the patent.', 'justice|economy'),
    ('Troops battled rebels for control of the airport.', 'attack'),
    ('The execution of the plan was delayed by the strikes.', 'other|economy'),
    ('The convicted murderer was executed by lethal injection.', 'justice'),
    ('Gunmen executed six villagers in the square.', 'attack'),
    ('The film was a box-office bomb.', 'culture'),
    ('The car hit a tree and the driver died.', 'disaster'),
    ('The song hit number one in May.', 'culture'),
    ('A missile hit a school in the city overnight.', 'attack'),
    # a sense rule's context held to words that mark that sense: a strike that stops work is no weapon, drivers hit by
    # a tax are no road accident, tests run on a drug are no cricket, a signed order may be a decree, a club's rival
    # in a transfer deal, a football manager, talks on a contract between leaders, counting the dead, a church dinner
    ('A national strike hit ports and airports on Thursday.', 'economy'),
    ('The new tax on diesel will hit drivers from April.', 'economy'),
    ('The drugmaker will run tests of its vaccine on children in March.', 'health|economy'),
    ('The mayor signed an order banning cars from the old town on Sunday.', 'politics'),
    ('The midfielder moved to rivals Ajax in a deal worth 30 million euros on Tuesday.', 'sports'),
    ('The Chelsea manager met the players after the defeat on Saturday.', 'sports'),
    ('The prime ministers held talks on a pipeline contract in Ankara on Tuesday.', 'diplomacy'),
    ('Officials were still counting the dead as the cyclone pushed ahead towards the coast.', 'disaster'),
    ('The health secretary resigned over a gaffe at a church charity dinner.', 'politics'),
    ('The boxer landed a heavy shot in the third round.', 'sports'),
    ('Shots rang out in the square and two men fell wounded.', 'attack'),
    ('The film shoot moved to Morocco in July.', 'culture'),
    ('The cup was presented by the prince.', 'sports'),
    ('The ministry launched a cyberattack warning system.', 'security'),
    ('He suffered a heart attack during the match.', 'health|sports'),
    ("The company's hackers were accused of a cyberattack on the ministry.", 'security|justice'),
    ('The judge sentenced him to nine years in prison.', 'justice'),
    ('The stock market crash wiped out savings.', 'economy'),
    ('The plane crashed shortly after take-off.', 'disaster'),
    ('The player was sent off for a late strike on the keeper.', 'sports'),
    ('The fire destroyed a warehouse on the edge of town.', 'disaster'),
    ('The broadcaster fired its chief presenter.', 'culture|economy'),
    ('A storm brought down power lines across the county.', 'disaster'),
    ('Police stormed the flat at dawn.', 'security'),
    ('Ambulance waiting times hit a record high in January.', 'health'),
    ('The number of visitors hit a record in August.', 'other|economy|culture'),
    ('Gunmen opened fire on a minibus outside the police headquarters.', 'attack'),
    ('The bank opened a new branch in the old town.', 'economy'),
    ('Dock workers walked out on Monday in a row over pay.', 'economy'),
    # contact between leaders: hosting, receiving, calling
    ('The king hosted the Japanese prime minister at the palace on Monday.', 'diplomacy'),
    ('The club hosted the champions in front of a full stadium.', 'sports'),
    ('The premier received the Chinese foreign minister in Canberra.', 'diplomacy'),
    ('The hospital received forty patients from the crash site.', 'disaster|health'),
    ('The president spoke by phone with his Brazilian counterpart on Sunday.', 'diplomacy'),
    ('The two leaders held a telephone call about the border dispute.', 'diplomacy'),
    # case: a count of the sick, or a matter before a court
    ('Officials counted 300 new cases of the disease in a week.', 'health'),
    ('The region has recorded 2,000 suspected cases and 40 deaths since January.', 'health'),
    ('Measles cases doubled in the north during the outbreak.', 'health'),
    ('Doctors are isolating six suspected cases at the clinic.', 'health'),
    ('Prosecutors dropped the case against the former mayor.', 'justice'),
    ('The court will hear the case of the two bankers in June.', 'justice'),
    # transfer: a player's move, a show's move, or neither
    ("The club paid a record fee for the striker's transfer.", 'sports'),
    ('The midfielder will transfer to a rival club in January.', 'sports'),
    ('The musical will transfer to a bigger theatre in the spring.', 'culture'),
    ('The exhibition of her sculptures transfers to Berlin in the autumn.', 'culture'),
    # record: the weather's, a sport's, a firm's
    ('It was the hottest July on record in the city.', 'other|disaster'),
    ('Temperatures in the valley broke the record set in 1983.', 'other|disaster'),
    ('The swimmer set a national record in the heats of the relay.', 'sports'),
    ('The sprinter broke the world record in the final.', 'sports'),
    ('The firm posted record profits for the third year.', 'economy'),
    # a play, a production, a prize: the stage or the field
    ('The one-act play about two sisters won the drama award at the festival.', 'culture'),
    ("The writer's first comedy won the audience prize on Saturday.", 'culture'),
    ('The new production of the opera opens in Vienna in March.', 'culture'),
    ('The team played its last home game of the season on Sunday.', 'sports'),
    ('The home side won the cup final on penalties.', 'sports'),
    # appoint: a coach, a minister, a chief executive
    ('The federation appointed a new national coach on Tuesday.', 'sports'),
    ('The president appointed a former central bank governor as finance minister.', 'politics'),
    ('The airline appointed a new chief executive in May.', 'economy'),
    # someone's past trade is no event
    ('Before entering parliament, she worked as a nurse for ten years.', 'politics'),
    ('The author worked as a doctor before writing crime novels.', 'culture'),
    ('Nurses at the hospital will strike over pay on Monday.', 'economy|health'),
    # freeze: money or weather
    ('The exchange froze customer withdrawals after the hack.', 'economy'),
    ('The bank froze the accounts of the firm\'s owners.', 'economy'),
    ('The government will freeze public sector pay next year.', 'economy'),
    ('The canals froze for the first time in a decade.', 'disaster|other'),
    ('The army completed the withdrawal of its troops from the border.', 'diplomacy|security'),
    # camps for displaced people as the place, not the event
    ('Children in the camps for displaced families will be vaccinated against measles.', 'health'),
    ('Aid agencies are feeding displaced families in the camps near the border.', 'disaster|other'),
    ('The floods displaced 20,000 people in the south.', 'disaster'),
    # agree: two states, or one government
    ('The presidents of the two republics agreed to reopen the border crossing.', 'diplomacy'),
    ('The prime ministers of the two countries agreed a deal on fishing rights.', 'diplomacy'),
    ('The ministers agreed to raise the fuel tax.', 'economy|politics'),
    # the capital as a city, or as money
    ('It was the coldest night of the year in the capital.', 'disaster|other'),
    ('The bank raised fresh capital from investors in June.', 'economy'),
    # storm: a crowd's protest, or troops' assault
    ('Angry protesters stormed the town hall over the tax rise.', 'politics'),
    ('Special forces stormed the hijacked plane before dawn.', 'attack|security'),
    # a seat as a size, or a seat won
    ('The comedy opened in a 90-seat theatre near the harbour.', 'culture'),
    ('The airline ordered twenty 180-seat jets from the maker.', 'economy'),
    ('The party won a seat in the chamber for the first time.', 'politics'),
    # a post the person no longer holds says who the person is, not what happened
    ('The former finance minister was arrested at the airport on Sunday.', 'justice'),
    ('The finance minister presented the budget to parliament on Wednesday.', 'politics|economy'),
    ('The president appointed a former bank chief as interior minister on Monday.', 'politics'),
    ('A former health minister was taken into custody on Friday.', 'justice'),
    ('The health minister ordered all clinics to reopen on Friday.', 'health|politics'),
    # killed: by a hazard, by arms; under fire: in combat, in criticism
    ('An avalanche killed three soldiers on a mountain patrol.', 'disaster'),
    ('Two soldiers were killed when their patrol came under fire on Monday.', 'attack'),
    ('A reporter was killed when a tank fired on the hotel.', 'attack'),
    ('A civilian was killed by coalition fire on Thursday.', 'attack'),
    ('The blaze at the warehouse killed two workers.', 'disaster'),
    ('The minister came under fire over his remarks on Tuesday.', 'politics'),
    # executed: by the law, by captors, a plan
    ('The prisoner was executed by hanging at dawn on Thursday.', 'justice'),
    ('The winger executed a clever back-heel volley to level the score.', 'sports'),
    ('The gymnast executed a double somersault to win the floor final on Sunday.', 'sports'),
    ('The inmate was executed by lethal injection on Wednesday.', 'justice'),
    ('The militants executed two hostages on Sunday.', 'attack'),
    # pounded: by arms, by weather
    ('Warplanes pounded rebel positions on Thursday.', 'attack'),
    ('Heavy rain pounded the coast on Friday.', 'disaster'),
    # a reading: of a bill, of a book
    ('Lawmakers approved the bill in a first reading on Tuesday.', 'politics'),
    ('The author gave a reading from her new novel at the festival.', 'culture'),
    # fled, displaced: by fighting, by a hazard
    ('Thousands fled the fighting in the north last week.', 'attack|security'),
    ('Villagers fled the lava flows on Monday.', 'disaster'),
    ('The fighting has displaced 40,000 people since June.', 'attack|security'),
    ('The floods displaced 40,000 people in June.', 'disaster'),
    # an air raid is an attack; a police raid is not
    ('Air raids destroyed the refinery on Thursday.', 'attack'),
    ('Police raided the flat on Thursday.', 'security'),
    ('Residents carried their livestock to higher ground as the river rose.', 'disaster'),
    # won: an election's term, a race's title
    ('The prime minister won a third term in the election on Sunday.', 'politics'),
    ('The cyclist claimed a second Olympic gold in the velodrome on Thursday.', 'sports'),
    # crashed: by attackers, by accident
    ('The hijackers crashed the airliner into the tower.', 'attack'),
    ('A crop-spraying plane came down in an orchard minutes into its flight.', 'disaster'),
    # overturned: a ruling, a vehicle
    ('The appeals court overturned the ruling on Monday.', 'justice'),
    ('A lorry overturned on the motorway on Monday, blocking two lanes.', 'disaster'),
    ('He spent eleven years behind bars before his release.', 'justice'),
    # marines: the troops, or the sea's life
    ('The Marines landed on the beach at dawn on Thursday.', 'security|attack'),
    ('Divers counted the marine life on the reef in May.', 'other'),
    # murder: the killing, or the charge a court deals with
    ('The journalist was murdered outside her home in 2001.', 'attack'),
    ('Jurors found the pharmacist guilty of murder after a six-week trial.', 'justice'),
    ('He was charged with the murder of his neighbour on Friday.', 'justice'),
    ('He was handed a life term for the killings.', 'justice'),
    # handed over: a suspect to the law, or goods to people
    ('Mexico agreed to hand over the cartel boss to US authorities.', 'justice'),
    ('Volunteers handed over food parcels to the families on Sunday.', 'other|disaster|economy'),
    # collapsed: a bank or a truce, or a building
    ('The bank collapsed in 2008 under its bad loans.', 'economy'),
    ('The cease-fire between the two armies was signed in Geneva.', 'diplomacy'),
    ('The old footbridge collapsed under the weight of the crowd.', 'disaster'),
    ('The new governor took office on January 1.', 'politics'),
    ('The singer wed her longtime partner in Rome in June.', 'other'),
    # fought: by armed men, or in a campaign
    ('Hostilities resumed along the border on Friday.', 'attack'),
    ('The two armies fought for control of the mountain pass.', 'attack'),
    ('The two candidates fought a bitter campaign for the governorship.', 'politics'),
    ('Four officers died in a shootout with the gang on Tuesday.', 'attack'),
    ('A mob lynched two men accused of theft on Sunday.', 'attack'),
    ('The soldier was convicted of rape by a military court.', 'justice'),
    ('The bank will lend 2 billion dollars to the state.', 'economy'),
    ('The charity received a donation of a million pounds.', 'economy'),
    # fire at/on: a weapon fired at something, or a blaze at a place
    ('The fire at the warehouse started on Monday evening.', 'disaster'),
    ('A fire on the third floor killed two residents.', 'disaster'),
    ('Police fired at the car as it sped away.', 'attack'),
    ('Soldiers opened fire on the crowd on Friday.', 'attack'),
    # an inquiry a leader orders or promises is no court's act; one prosecutors open is
    ('The minister visited the site and promised an inquiry into the state of the tracks.', 'politics|disaster'),
    ('The mayor ordered an inquiry into the flooding of the metro on Tuesday.', 'disaster|politics'),
    ('Prosecutors ordered an inquiry into the bank\'s accounts on Monday.', 'justice'),
    # signed: a law at home, a treaty abroad
    ('The president signed the law on Friday.', 'politics'),
    ('The two countries signed a border treaty on Friday.', 'diplomacy'),
    # approved: a medicine, a deal
    ('Regulators approved the new malaria vaccine in August.', 'health'),
    ('Shareholders approved the merger on Tuesday.', 'economy'),
    # celebrated: a holiday, a title
    ('Christians around the world celebrated Easter on Sunday.', 'other'),
    ('Fans celebrated the league title in the streets on Saturday.', 'sports'),
    # shot: a person, a ball or a round, a price
    ('A gunman shot two guards outside the bank on Friday.', 'attack'),
    ('The singer shot a video for her new single in Nairobi on Tuesday.', 'culture'),
    ('The fashion photographer shot the autumn collection in Milan last week.', 'culture'),
    ('They shot him in the head outside his shop.', 'attack'),
    ('The golfer shot a final round of 66 to win by a stroke.', 'sports'),
    ('Shares in the chipmaker shot up 20 percent on Monday.', 'economy'),
    # captured: a person by the law, a town by arms
    ('The former dictator was captured in December.', 'justice'),
    ('Rebels captured the port city on Friday.', 'attack'),
    ('The utility filed for Chapter 11 protection in December.', 'economy'),
    ('A court ordered the publisher to pay damages to the singer.', 'justice'),
    # defeated: an army in war, a team in a match, a party at the polls
    ('The rebels were defeated after a week of fighting in the hills.', 'attack'),
    ('The champions were defeated 2-0 by the league leaders.', 'sports'),
    # took control: by arms, or of a company
    ('Rebel forces took control of the airport on Sunday.', 'attack'),
    ('Police regained control of the prison yard after a night of searches.', 'security|justice'),
    ('The board took control of the company in May.', 'economy'),
    # a post given by a political act is politics, whatever the post's field
    ('The premier appointed a former bank economist as finance minister on Tuesday.', 'politics'),
    ('The finance minister raised the tax on fuel on Tuesday.', 'economy|politics'),
    ('Lawmakers passed the bill in a second reading on Thursday.', 'politics'),
    # bodies found: the news is how they died, not health
    ('The bodies of two men were found in a car park on Monday.', 'other|attack'),
    ('The bodies of four hikers were found after the avalanche on Monday.', 'disaster'),
    # the UN as the source of a figure, or as the actor
    ('The UN says the fighting has driven 40,000 people from their homes.', 'attack|security'),
    ('The United Nations estimates that the floods have displaced 30,000 families.', 'disaster'),
    ('The UN Security Council agreed on Thursday to renew the monitors\' mandate.', 'diplomacy'),
    # a change of post filed by the post: a firm's chief, a lawmaker, a club's staff
    ('The chief executive was ousted by shareholders in July.', 'economy'),
    ('The opposition leader was ousted in a party vote on Tuesday.', 'politics'),
    ('The bank named a new chairman on Friday.', 'economy'),
    ('The club named its former striker as head coach on Monday.', 'sports'),
    ("The bank's chairman will retire at the end of the year.", 'economy'),
    ('The veteran senator will retire from politics next year.', 'politics'),
    ('The virus killed 300 people in the city in the spring.', 'health'),
    ('He was ordered to forfeit 20 million dollars in profits.', 'justice'),
    # beaten: by a mob, or in a match
    ('He was dragged from his car and beaten by a mob on Sunday.', 'attack'),
    ('The drag queen beat ten rivals to win the comedy contest on Friday.', 'culture|sports'),
    ('The champions were beaten 3-1 by a side from the second division.', 'sports'),
    # injured: by a weapon, or in a fall (no attack)
    ('The singer was injured in a fall on stage on Saturday.', 'culture'),
    ('A soldier was injured when a roadside bomb exploded.', 'attack'),
    ('The body was flown home for burial on Friday.', 'other'),
    # a hunger strike is a protest; a strike over pay is labour news
    ('The jailed activist began a hunger strike on Monday.', 'politics|justice'),
    ('Dock workers went on strike over pay on Monday.', 'economy'),
]


@pytest.mark.parametrize(("sentence", "accepted"), CASES)
def test_type_of_sentence(sentence: str, accepted: str) -> None:
    assert classify(sentence).type in accepted.split("|")


# the same sentence, its one word of two senses unsettled by its own words, in articles about different things
SPACE = ["The lunar lander entered orbit around the moon.", "The space agency will try to land near the pole."]
INQUIRY = ["Regulators are looking into the bank's accounts.", "Prosecutors say the fraud ran for years."]
ELECTION = ["Voters chose between two candidates in the runoff.", "The commission counted ballots overnight."]
BOOKS = ["Six novels are on the shortlist for the fiction prize.", "The judges read 150 books this year."]
TENNIS = ["The top seed plays her semi-final on Friday.", "Rain has delayed matches at the tournament all week."]
TRIAL = ["The jury heard from the defendant's brother.", "The judge warned reporters about contempt."]


@pytest.mark.parametrize(
    ("sentence", "context", "expected"),
    [
        ("The probe was launched on Tuesday.", SPACE, "other"),
        ("The probe was launched on Tuesday.", INQUIRY, "justice"),
        ("The winner will be announced on Friday.", ELECTION, "politics"),
        ("The winner will be announced on Friday.", BOOKS, "culture"),
        ("The court was packed on Saturday.", TENNIS, "sports"),
        ("The court was packed on Saturday.", TRIAL, "justice"),
    ],
)
def test_the_article_settles_a_word_of_two_senses(sentence: str, context: list[str], expected: str) -> None:
    assert classify(sentence, context).type == expected


# typed around the date (as the event builder types a clause): a title after its noun is a noun, not the predicate,
# so the appointment is the news, not the post's field; a meeting of two countries' ministers is diplomacy
@pytest.mark.parametrize(
    ("sentence", "date", "accepted"),
    [
        ("The president appointed a veteran banker as finance minister on Friday.", "Friday", "politics"),
        ("The central bank chief raised the main interest rate on Friday.", "Friday", "economy"),
        ("Both countries' foreign ministers last met in Lisbon in October 2019.", "October", "diplomacy"),
        ("Party leaders last met in May 2021 to settle the coalition deal.", "May", "politics"),
    ],
)
def test_type_around_the_date(sentence: str, date: str, accepted: str) -> None:
    assert classify(sentence, centre=sentence.index(date)).type in accepted.split("|")


# a word of two senses gives no second type in its other sense: the crop is no crime, the moral high ground no flood
@pytest.mark.parametrize(
    ("sentence", "expected", "not_second"),
    [
        ("Oilseed rape fetched a record price at the grain market on Tuesday.", "economy", "attack"),
        ("The man was jailed for the rape of a teenager.", "justice", ""),
        ("The party's leader said her rivals had given up the moral higher ground.", "politics", "disaster"),
        ("Villagers climbed to higher ground as the river burst its banks.", "disaster", ""),
    ],
)
def test_no_second_type_from_the_other_sense(sentence: str, expected: str, not_second: str) -> None:
    found = classify(sentence)
    assert found.type == expected
    if not_second:
        assert found.second != not_second
