"""Typer errors fixed by kind (issue 12, round of the dev sets news_sentences and news_sentences2): each kind in
general terms, with sentences of our own (none copied or paraphrased from any dev or held-out file); every row of
the tables failed before the data line or code it names."""

from __future__ import annotations

import pytest

from timeline.taxonomy import TaxonomyError, parse_senses
from timeline.typing import classify

# (sentence, accepted types): each failed before its data line or code
ROWS = [
    # an accident kills or injures: a fall, a cave-in, a derailment, a tree, a runway (kill-accident, fall-death,
    # fall-from, injure-accident); a killing with an attacker stays an attack (kill-weapon comes first)
    ("A hiker was killed on Saturday after a fall on a scree slope.", "disaster"),
    ("Two labourers died in a fall from a crane at the port on Monday.", "disaster"),
    ("The retired judge died on Friday after falling down the stairs at home.", "disaster"),
    ("Nine people were killed when their coach came off the rails at a bend.", "disaster"),
    ("A cyclist was injured when a tree fell across the lane on Sunday.", "disaster"),
    ("A cargo plane overshot the runway in heavy rain on Thursday, injuring the crew.", "disaster"),
    # a call or a letter between leaders of two states is diplomacy: a leader's post with a nationality, a country,
    # a counterpart or leaders on both sides (call-leaders, write-leaders, phone-leader and the @nation group);
    # a leader's call to a family is not ("by phone" alone is no longer a diplomacy keyword)
    ("The two prime ministers held a call on Thursday about fishing rights.", "diplomacy"),
    ("The chancellor wrote to the Greek prime minister about the islands on Monday.", "diplomacy"),
    ("The mayor phoned the mother of the lost child on Friday.", "other"),
    # "foreign" before money or people is no diplomacy (foreign-money)
    ("Foreign buyers snapped up flats in the old town last year.", "economy"),
    # travelling, meeting, speaking and writing by a person named by one post are other in themselves (contact
    # verbs); an envoy's travels and a body's meetings stay news (KEPT below)
    ("The senator flew to his brother's ranch on Saturday for a rest.", "other"),
    ("The governor spent Sunday at the seaside with her grandchildren.", "other"),
    ("The governor met the imam on Friday to discuss the mosque repairs.", "other"),
    # a word of another sense than the usual: blast off and blast furnace, a human chain, markets that rally, a
    # doctor struck off, a trial with a placebo, a stolen thing recovered, the scene of a death, a finance director,
    # producers of goods, a rocket that hits, masked men, shot in the head, without a shot, the ruling party
    # winning, a device going off, pleading for calm
    ("Three astronauts blasted off at dawn on Tuesday.", "other"),
    ("The steel mill shut its last blast furnace in May, cutting 400 jobs.", "economy"),
    ("Villagers linked arms in a human chain across the bridge on Sunday against the new motorway.", "politics"),
    ("Bank shares rallied on Wednesday after the rate decision.", "economy"),
    ("A dentist was struck off the register on Monday for treating patients while drunk.", "justice"),
    ("In the trial, half the volunteers were given a placebo and half the new pill.", "health"),
    ("The stolen violin was recovered from a locker at the station on Friday.", "other|culture|justice"),
    ("The cashier was pronounced dead at the scene on Monday afternoon.", "other"),
    ("Coffee producers agreed on Monday to hold back part of the harvest.", "economy"),
    ("A rocket launched from across the river struck a grain store on Sunday, wounding a guard.", "attack"),
    ("Masked men set fire to a union office overnight.", "attack"),
    ("Police found a taxi driver shot in the head in his cab on Tuesday.", "attack"),
    ("Commandos freed four hostages from the ship without a shot being fired.", "security"),
    ("The ruling party won every seat in the capital on Sunday.", "politics"),
    ("Another device went off inside the car park of the mosque as worshippers were leaving.", "attack"),
    ("The boy's father pleaded for calm at a vigil on Tuesday.", "other"),
    # an object recovered is no recovery from illness (recover-object); a stadium for a concert (stadium-concert);
    # a firm's rival (rival-company); an air strike that hits homes (strike-hit)
    ("Police recovered a rucksack from the river on Tuesday.", "security|justice|other"),
    ("The rapper will play a stadium show in Rome on 3 July.", "culture"),
    ("The insurer lost its biggest client to a rival.", "economy"),
    ("The strike flattened two houses in the village overnight, residents said.", "attack"),
    # missing words and phrases: run aground, housing starts, a shipyard, a statue, airspace, a rector, make safe,
    # overrun
    ("A cargo ship ran aground off the cape on Friday.", "disaster"),
    ("Housing starts rose for a third month in March.", "economy"),
    ("The shipyard will shut down next year, its owner said.", "economy"),
    ("A marble statue of the founder was put up in the park on Friday.", "culture"),
    ("The island closed its airspace on Friday as the fighter jets gathered offshore.", "security"),
    ("The academy appointed a historian as its new rector on Monday.", "other"),
    ("Army engineers made safe a wartime shell found on the beach on Tuesday.", "security"),
    ("Fighters overran the border post before dawn, the interior ministry said.", "attack"),
    # posts: a minister named by a head of government is politics news, whatever the ministry (name-minister); a
    # player's contract is sports (sign-sport near a captain); a university's head is other (appoint-academic)
    ("The premier named a retired economist as finance minister on Thursday.", "politics"),
    ("The captain signed a two-year extension on Friday.", "sports"),
    ("The college appointed a chemist as dean of admissions on Tuesday.", "other"),
    # an attacker who kills or wounds: the victim's field does not make it their news (@discount attack sports and
    # culture); people fleeing armed men flee an attack (flee-fighting); crews fight a blaze (fight-blaze); police
    # fire tear gas or rubber bullets to keep order (fire-crowd); troops evacuate an embassy (evacuate-embassy);
    # kidnapped people freed by police (kidnap-rescue)
    ("Farmers fled as armed men set fire to the granaries on Thursday.", "attack"),
    ("Firefighters were still fighting the blaze at the tyre depot on Tuesday night.", "disaster"),
    ("Riot police fired rubber bullets at the crowd outside the palace on Saturday.", "security|politics"),
    ("Soldiers evacuated the consulate by boat on Friday as the fighting neared.", "security|diplomacy"),
    ("Police freed three kidnapped children from a cellar on Friday.", "security"),
]


@pytest.mark.parametrize(("sentence", "accepted"), ROWS, ids=lambda v: str(v)[:40])
def test_type_of_sentence(sentence: str, accepted: str) -> None:
    assert classify(sentence).type in accepted.split("|")


# who tells the news: "..., the X said" never outvotes the event its verb tells, and stays evidence when the event's
# verb points nowhere or to the speaker's own field
SPEAKER = [
    ("The quake damaged 200 homes, the finance ministry said.", "disaster"),
    ("Fighters seized two villages on Sunday, the defence ministry said.", "attack"),
]


# what the same words still mean (these passed before too): an attack with or without an accident word, the
# speaker of the event's own field, leaders of two states on the phone, an envoy's travel, money after "foreign"
KEPT = [
    # (the first two reworded after review 22d, in other words than a dev row's: they passed before too)
    ("The brewer promoted its head of sales to chief executive on Thursday.", "economy"),
    ("Two men on a motorbike shot a referee outside his flat, the football federation said on Wednesday.", "attack"),
    ("Gunmen killed two guards outside the mine on Friday.", "attack"),
    ("A lorry plunged into a ravine on Tuesday, killing its driver.", "disaster"),
    ("The outbreak spread to four more farms, the agriculture ministry said.", "health"),
    ("Shares in the brewer fell 8 % on Friday, the stock exchange said.", "economy"),
    ("Rebels shelled the port on Friday, the club said.", "attack"),
    ("The king spoke by phone with the Danish prime minister on Friday.", "diplomacy"),
    ("Envoys of the two neighbours will travel to the border next week to settle the dispute.", "diplomacy"),
    ("Foreign investors sold bonds on Friday.", "economy"),
]


@pytest.mark.parametrize(("sentence", "accepted"), KEPT, ids=lambda v: str(v)[:40])
def test_what_the_same_words_still_mean(sentence: str, accepted: str) -> None:
    assert classify(sentence).type in accepted.split("|")


@pytest.mark.parametrize(("sentence", "accepted"), SPEAKER, ids=lambda v: str(v)[:40])
def test_the_speaker_does_not_outvote_the_event(sentence: str, accepted: str) -> None:
    assert classify(sentence).type == accepted


def test_a_sense_test_may_name_a_word_group() -> None:
    rules = parse_senses("a\tcall\tin:@nation\tdiplomacy\t1\tThe call with the Dutch premier.\n", "s.tsv")
    assert "dutch" in rules[0].tests[0].words and "@nation" not in rules[0].tests[0].words
    with pytest.raises(TaxonomyError, match="no word group 'nowhere'"):
        parse_senses("a\tcall\tin:@nowhere\tdiplomacy\t1\tx\n", "s.tsv")


def test_a_pair_test_needs_its_two_words_side_by_side() -> None:
    from timeline.typing import _passes, _tokens

    rule = parse_senses("a\tappeal\tpair:ruling+party\t-\t1\tThe ruling party appealed for calm.\n", "s.tsv")[0]
    test = rule.tests[0]
    assert test.kind == "pair" and test.words == frozenset({"ruling+party"})
    side_by_side = _tokens("The ruling party appealed for calm.")
    apart = _tokens("The party will appeal the ruling.")
    assert _passes(test, side_by_side, side_by_side.words.index("appealed"))
    assert not _passes(test, apart, apart.words.index("appeal"))
    with pytest.raises(TaxonomyError, match="test 'pair:ruling'"):
        parse_senses("a\tappeal\tpair:ruling\t-\t1\tx\n", "s.tsv")
