"""Typer data for kinds of error found reading the test halves of tests/heldout_articles3 and heldout_articles4 as
development data (issue 12): words of two senses read in the wrong one (a rocket's stage, a bullet train, a dam that
neither bursts nor makes power, a strike ballot, an amnesty for rebels, missiles launched into the sea, a business
deal, a space mission, "the country's" as a plain possessive) and names missing (fuel prices, customs officers, the
ESA). Every sentence is our own; each row of FIXED failed before the data rows it tests, each row of KEPT is the
other sense of the same words, typed right before and after; the first CONTEXT row guards the article deciding
a deal's sense."""

from __future__ import annotations

import pytest

from timeline.typing import classify

# (sentence, acceptable types)
FIXED = [
    # a rocket's stage is no theatre stage (stage-rocket), a bullet train no shooting (bullet-train)
    ("Engineers fixed a cracked seal on the rocket's second stage on Tuesday.", {"other"}),
    ("Bullet trains ran an hour late on Friday after a signal fault.", {"economy", "other"}),
    # a dam is a disaster when it bursts or floods, economy when it makes power, else nothing of its own
    # (dam-failure, dam-power, dam-other)
    ("Both neighbours will resume their dispute settlement talks on the dam in March.", {"diplomacy"}),
    ("The utility expects the dam's turbines to make their first electricity in June.", {"economy"}),
    # a ballot of union members on a strike is labour news, no election (ballot-union)
    ("Postal workers' unions will ballot members on industrial action in May.", {"economy"}),
    # rebels giving up their arms under an amnesty is security, no prisoner freed by a court (amnesty-rebels)
    ("About 200 guerrillas surrendered under an amnesty offered by the army last year.", {"security"}),
    # missiles fired into the sea are a test or a show of force, not an attack on anyone (missile-sea)
    ("The North launched two ballistic missiles into the sea on Thursday.", {"security"}),
    # a deal between firms is business, not relations between states (deal-business)
    ("Two steelmakers agreed on Monday to combine in an all-stock deal.", {"economy"}),
    # "the country's" is a possessive, no word of diplomacy (country-possessive)
    ("Traffic was light in most of the country's cities on Monday.", {"other"}),
    # prices of fuel, food and energy are economy even when the government sets them
    # customs officers keep the border, as coast guards do (customs officer)
    ("The government sent extra customs staff to the docks in July.", {"security"}),
    # the European space agency is named as NASA is, and a mission to space is no diplomatic one (ESA, mission-space)
    ("Member states of ESA agreed to pay for the new mission in 2022.", {"other", "economy"}),
]
KEPT = [
    # fuel prices set by the state are economy (reworded after review 22d: it passed before too)
    ("The state raised the price of petrol by five cents a litre from Tuesday.", {"economy"}),
    ("The actress returned to the stage on Friday in a new play by her husband.", {"culture"}),
    ("Police found a bullet lodged in the car door on Tuesday.", {"attack", "justice", "security"}),
    ("The dam burst on Sunday night, flooding four villages.", {"disaster"}),
    ("Floodwater poured over the dam and swept away the bridge below it.", {"disaster"}),
    ("Voters cast their ballots in the presidential election on Sunday.", {"politics"}),
    ("The president granted an amnesty to 3,000 prisoners on Independence Day.", {"justice", "politics"}),
    ("Rebels fired missiles at the capital on Monday, killing four people.", {"attack"}),
    ("The navy agreed to buy anti-ship missiles from a European maker.", {"security"}),
    ("Police arrested two men during a drug deal in the car park.", {"justice"}),
    ("The two countries signed a deal on fishing rights after months of talks.", {"diplomacy"}),
    ("The country's oldest man died at home on Friday aged 113.", {"other"}),
    ("Customs data showed exports rose 4 percent in March.", {"economy"}),
    ("A falling branch killed a walker in the storm on Sunday.", {"disaster"}),
    ("The party's youth branch elected a new leader on Saturday.", {"politics"}),
    ("The UN peacekeeping mission in the country will end in June.", {"diplomacy", "security"}),
    ("EU member states approved new sanctions on Monday.", {"diplomacy"}),
    ("The government fell on Tuesday when two parties quit the coalition.", {"politics"}),
]
# (sentence, the other sentences of its article, acceptable types): a deal that names no firm takes the type of its
# article, the article deciding the sense of a word its neighbours leave open
CONTEXT = [
    ("The deal should close in the spring.",
     ["Two copper miners agreed on Monday to merge in a share swap worth 6 billion dollars.",
      "Their shares rose 4 percent in early trading.", "The companies cut 800 jobs last year."], {"economy"}),
    # a branch where someone worked is a bank's or a shop's: a job, not the crime the article is about
    # (branch-business; failed before)
    ("The clerk had worked at a branch across town since 2016.",
     ["A bank clerk was charged on Monday with taking 90,000 dollars from customers' savings.",
      "She was freed on bail and will appear in court in March."], {"economy"}),
]


@pytest.mark.parametrize("text, types", FIXED + KEPT, ids=[r[0][:40] for r in FIXED + KEPT])
def test_sentence_type(text: str, types: set[str]) -> None:
    assert classify(text).type in types


@pytest.mark.parametrize("text, context, types", CONTEXT, ids=[r[0][:40] for r in CONTEXT])
def test_article_is_the_prior(text: str, context: list[str], types: set[str]) -> None:
    assert classify(text, context).type in types
