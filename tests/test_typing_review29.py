"""Typer data for kinds of error round 29 found in news typed by the event builder: soldiers beating back an assault
read as a match won; troops or peacekeepers coming under fire read as a blaze; a peacekeeping force's mandate read
as a politician's; a rebel alliance or coalition read as a pact between states or parties; a lander's ascent stage
lifting off read as a theatre's stage; a hydrogen or atomic bomb set off in a test read as an attack (weapons tests
are security: test-weapon); a compact between states read as nothing; a fund running dry read as a drought;
emergency rule read as government; an issue raised at the UN read by the issue; schools shut in an outbreak read
alone; a law held up read as a court's; tourist arrivals dwindling read by the fighting of the clause after "as";
a king or a president dying in office read as a private death (tests/typing/README.md now says: politics, a succession
follows); a cyberattack on a hospital read as health news; protesters spilling into the streets read as a spill; a
war memorial unveiled read as fighting. The review of these rules (/work/reviews/typer29.md) added rows for a head's
relative or horse, or the head of a club, a firm or a university, read as a head of state dying; a town council
raising a tax read as the UN; a compact disc or a governors' compact read as a pact between states; and old senses of
"mandate", "dry" and "law" that the new rules had left for the article to take over; its second read added a firm's
or a sports federation's president, the head of a body behind words that describe the office ("the club's
long-serving president") and an exiled or deposed head read as a head of state dying in office, and money raised at
a summit read as a matter raised.
Every sentence is our own; each row of FIXED failed before these rules
(with the rules alone or with the learned typer); each row of KEPT is typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

CHOLERA = ("Cholera has killed 60 people in the region since July, the health ministry said.",
           "Clinics are running out of beds.")
MEASLES = ("A measles outbreak has spread to four districts.", "Health workers began vaccinating children.")
FLOODS = ("Floods swept the low-lying coast last week, destroying hundreds of homes.",
          "Seawater covered the only runway.")
SLIDE = ("A landslide buried part of a hillside village on Tuesday, killing at least 30 people.",
         "Rescuers dug through the mud by hand.")

GOALS = ("The home side won the derby 2-0 on Saturday.", "The striker scored twice in the second half.")
TALKS = ("The foreign ministers of the two neighbours met in Vienna on Monday.",
         "They agreed to reopen their embassies.")
RESULTS = ("The carmaker reported a quarterly loss on Tuesday.", "Its shares fell 8 per cent in early trading.")
ELECTION = ("The governing party lost its majority in Sunday's election.",
            "Coalition talks are expected to last weeks.")

FIXED = [
    # soldiers beating back or off an assault: fighting, not a win
    ("Soldiers beat back an assault on the border post overnight.", (), {"attack", "security"}),
    # peacekeepers and camps under fire are attacked
    ("UN peacekeepers came under fire near the border town on Tuesday.", (), {"attack"}),
    ("The army camp came under fire shortly after midnight.", (), {"attack"}),
    ("A patrol of peacekeepers came under heavy fire on Monday.", (), {"attack"}),
    # a peacekeeping force's mandate, voted on by the Security Council
    ("The Security Council must renew the mission's mandate by the end of June.", (), {"diplomacy", "security"}),
    ("The Security Council will vote on extending the force's mandate on Friday.", (), {"diplomacy", "security"}),
    # an alliance or a coalition of rebels seizing a city
    ("A rebel alliance seized the capital on Sunday.", (), {"attack", "politics"}),
    # a lander's ascent stage lifting off: space
    ("The ascent stage lifted off from the lunar surface with the rock samples on Friday.", (), {"other"}),
    ("The lander's ascent stage lifted off from the moon on 3 December.", (), {"other"}),
    # a nuclear test, not an attack
    ("France set off its largest nuclear device over the atoll in 1968.", (), {"security", "other"}),
    ("The United States detonated a hydrogen bomb over the Pacific atoll in 1954.", (), {"security", "other"}),
    # a compact between states
    ("The 1986 compact gave the islands free association with the United States.", (), {"diplomacy"}),
    # a fund running dry
    ("The relief fund ran dry in March.", (), {"economy", "justice"}),
    # emergency rule after floods
    ("The government put the islands under emergency rule on Friday.", FLOODS, {"security", "disaster"}),
    # an issue raised at the UN
    ("The president will raise the flooding at the UN General Assembly in September.", FLOODS, {"diplomacy"}),
    # public health measures in an outbreak's story
    ("Authorities shut schools and banned public gatherings on Monday.", CHOLERA, {"health"}),
    ("Schools in the district will close for two weeks from Monday.", MEASLES, {"health"}),
    # a law held up in parliament
    ("A new mining law has been held up for two years.", (), {"politics"}),
    # tourism dwindling while a war goes on next door: the clause after "as" is not the object of "dwindled"
    ("Tourist arrivals have dwindled as fighting in the north dragged on.", (), {"economy"}),
    # a head of state or government dying in office: a succession (tests/typing/README.md)
    ("The king died on Sunday.", (), {"politics"}),
    ("The queen died peacefully at the palace on Thursday.", (), {"politics"}),
    ("The prime minister died on Sunday at the age of 70.", (), {"politics"}),
    # a cyberattack on a hospital is a cyberattack
    ("A cyberattack on the hospital crippled its computers on Monday.", (), {"security"}),
    # protesters spilling into the streets: a protest
    ("Protesters spilled into the streets on Saturday.", (), {"politics"}),
    ("Thousands of protesters spilled onto the streets of the capital on Friday.", (), {"politics"}),
    ("Fans spilled onto the streets to celebrate the title on Sunday.", (), {"sports"}),
    # a war memorial unveiled is a monument
    ("The president unveiled a war memorial in the square on Sunday.", (), {"culture", "other"}),
    # review of round 29 (/work/reviews/typer29.md): a head dying in office is the head named alone, not one whose
    # relative, horse or second died, nor the head of a club, a firm, a university or a festival
    ("The king's mother died on Sunday.", (), {"other", "health"}),
    ("The prime minister's father died on Sunday, his office said.", (), {"other", "health"}),
    ("The queen mother died at the age of 101.", (), {"other", "health"}),
    ("The club president died on Sunday.", (), {"sports"}),
    ("The company's president died suddenly on Monday.", (), {"economy", "other"}),
    ("The chancellor of the university died on Friday.", (), {"other"}),
    ("The president of the football federation died on Friday.", ELECTION, {"sports"}),
    ("The wife of the president died on Tuesday.", (), {"other", "health"}),
    ("Prince Albert, the uncle of the queen, died at the palace on Sunday.", (), {"other", "health"}),
    # a mask or vaccine mandate is a public health measure
    ("The mask mandate on trains was lifted on Monday.", (), {"health"}),
    # a town council raising a tax is no UN council
    ("The council raised council tax by 4 per cent.", (), {"economy"}),
    # a compact car or disc is small; governors' compact is home politics
    ("The compact disc went on sale in 1982.", (), {"other", "economy", "culture"}),
    ("The governors signed a compact on water sharing on Tuesday.", (), {"politics"}),
    # a word's new sense must not let the article take the old one over
    ("The vaccine mandate for care workers was dropped.", TALKS, {"health"}),
    ("The river ran dry for the first time in 50 years.", RESULTS, {"disaster"}),
    ("He broke the law by driving without a licence, the court said.", ELECTION, {"justice"}),
    # second read: a firm's president (a possessive noun, though "firm" is also an adjective) and a sports
    # federation's president head their own bodies; money raised at a summit is fund-raising, not a matter raised
    ("The firm's president died suddenly on Wednesday.", (), {"economy"}),
    ("The federation president died on Friday.", GOALS, {"sports"}),
    ("The start-up raised $5m from investors at the summit.", (), {"economy"}),
    # a body's head past the words that describe the office; a head who has left office, as "former" says
    ("The club's long-serving president died on Friday.", (), {"sports"}),
    ("The opera house president died on Monday.", (), {"culture"}),
    ("The exiled king died in Rome on Sunday.", (), {"other", "health"}),
]
KEPT = [
    ("The president of the Russian Federation died on Monday.", (), {"politics"}),
    ("The company raised 2 billion euros from a UN fund.", (), {"economy"}),
    ("Kenya's long-serving president died on Monday.", (), {"politics"}),
    ("The champions beat their rivals 3-1 on Sunday.", (), {"sports"}),
    ("The retailer beat forecasts with a rise in quarterly profit.", (), {"economy"}),
    ("The minister came under fire over his remarks on Tuesday.", (), {"politics"}),
    ("The garrison beat off a militant raid on Sunday.", (), {"attack", "security"}),
    ("The militia coalition seized the northern capital in 2012.", (), {"attack", "politics"}),
    ("A fire broke out in a warehouse on Sunday.", (), {"disaster"}),
    ("Rebels seized the capital in March 2013.", (), {"attack"}),
    ("Customs officers seized 2 tonnes of cocaine at the port on Monday.", (), {"security"}),
    ("The army seized power in a coup in 2021.", (), {"politics", "attack"}),
    ("Armed groups signed a peace deal in Rome on Thursday.", (), {"diplomacy"}),
    ("The rebel movements signed a peace agreement in Doha in 2020.", (), {"diplomacy"}),
    ("The two countries formed a military alliance in 1949.", (), {"diplomacy"}),
    ("The ruling coalition collapsed on Tuesday.", (), {"politics"}),
    ("The play opened on the main stage of the national theatre on Friday.", (), {"culture"}),
    ("The rocket lifted off from the launch pad at dawn.", (), {"other"}),
    ("The atomic bomb dropped on the city killed tens of thousands.", (), {"attack"}),
    ("A car bomb exploded outside the ministry on Monday.", (), {"attack"}),
    ("The country carried out its sixth nuclear test on Sunday.", (), {"security"}),
    ("Wells ran dry across the province during the drought.", (), {"disaster"}),
    ("The central bank will raise interest rates on Thursday.", (), {"economy"}),
    ("The government placed the atolls under a state of emergency on Monday.", FLOODS, {"disaster", "security"}),
    ("The supreme court will rule on the case next month.", (), {"justice"}),
    ("Schools reopened on Monday after the summer holidays.", (), {"other"}),
    ("The earthquake destroyed 40 schools in the province on Sunday.", (), {"disaster"}),
    ("Funerals for the dead of the landslide will be held on Friday.", SLIDE, {"disaster"}),
    ("He was charged under the new anti-terror law on Monday.", (), {"justice"}),
    ("The court struck down the law on Friday.", (), {"justice", "politics"}),
    ("Parliament passed the law on Tuesday.", (), {"politics"}),
    ("He was sworn in as president on Monday.", (), {"politics"}),
    ("Visitors to the museum rose by a fifth last year.", (), {"culture"}),
    ("Exports have slumped as fighting along the border dragged on.", (), {"economy"}),
    ("Hotel bookings slumped as the war raged on.", (), {"economy"}),
    ("The former president died on Friday at the age of 91.", (), {"other", "health"}),
    ("The deputy prime minister died on Sunday.", (), {"other", "health"}),
    ("The king died of cancer on Sunday.", (), {"health", "politics"}),
    ("The king died on Friday, leaving the country in a succession crisis.", (), {"politics"}),
    ("Hackers launched a cyberattack on the city hospital on Tuesday.", (), {"security"}),
    ("The hospital treated 40 patients for burns on Sunday.", (), {"health"}),
    ("An oil spill fouled 20 kilometres of beaches on Monday.", (), {"disaster"}),
    ("The fighting spilled over into two border villages on Tuesday.", (), {"attack"}),
    ("The war broke out in the summer of 1914.", (), {"attack"}),
    ("A memorial for the victims of the bombing was held at the stadium on Sunday.", (), {"attack"}),
    ("The French president died on Sunday.", (), {"politics"}),
    ("The president's mandate expires next year.", CHOLERA, {"politics"}),
    ("The country's king died on Sunday at the age of 88.", (), {"politics"}),
    ("The premier of the province died on Sunday.", (), {"politics"}),
    ("She raised the matter at the UN General Assembly on Tuesday.", (), {"diplomacy"}),
    ("The 1986 compact gave the islands free association with the United States.", (), {"diplomacy"}),
    ("The relief fund ran dry in March.", RESULTS, {"economy"}),
    ("A new mining law has been held up for two years.", (), {"politics"}),
]


@pytest.mark.parametrize(("sentence", "context", "types"), FIXED + KEPT)
def test_type(learned: bool, sentence: str, context: tuple[str, ...], types: set[str]) -> None:
    assert classify(sentence, context).type in types
