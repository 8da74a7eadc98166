"""Typer data for kinds of error found reading the dev half of tests/heldout_articles5 (issue 12): a ranking word
read as diplomacy, words of two senses read in the wrong one, compounds missing, and an article about a long life
whose prior came from weak words of other types. Every sentence is our own; each row of FIXED failed before the
data rows it tests, each row of KEPT is the other sense of the same words, typed right before and after."""

from __future__ import annotations

import pytest

from timeline.typing import classify

# (sentence, acceptable types)
FIXED = [
    # "the world's / country's / nation's / region's" + a superlative ranks a thing: no word of relations between
    # states (sense rules world-superlative, country-superlative, nation-superlative, region-superlative)
    ("The world's largest cruise ship left port on its first voyage on Sunday.", {"other"}),
    ("The world's busiest airport closed for six hours on Friday after a drone sighting.", {"other", "security"}),
    ("The country's oldest newspaper printed its last edition on Saturday.", {"other", "culture", "economy"}),
    ("The country's oldest man, a retired fisherman, died at home on Friday aged 113.", {"other"}),
    ("The region's longest bridge will open in May.", {"other"}),
    # a record of longevity is no sports record
    ("She entered Guinness World Records in 2019 as the oldest living woman.", {"other"}),
    # a weather superlative is weather: "other" while it harms no one (labelling rule 11)
    ("Last month was the driest March since 1953.", {"other"}),
    # "sank" of prices and markets is economy, of a ship a disaster (sink-market); of hopes, nothing (sink-abstract)
    ("Copper futures sank to a two-year low on Tuesday.", {"economy"}),
    ("The peso sank to a record low against the dollar on Friday.", {"economy"}),
    ("Shares in the carmaker sank 9 percent after it cut its forecast on Tuesday.", {"economy"}),
    ("Hopes of a deal sank on Thursday when the talks broke up.", {"diplomacy", "other"}),
    # pumping oil or money is economy, pumping water out of a flood a disaster (pump-money)
    ("The firm pumped oil from three offshore fields last year.", {"economy"}),
    ("The central bank pumped cash into the banking system on Monday.", {"economy"}),
    # a candidate vaccine or drug is health, not an election (candidate-drug)
    ("A candidate vaccine against dengue will enter human trials in May.", {"health"}),
    ("The candidate drug cut deaths by a third in the trial, the company said.", {"health"}),
    # a conference is diplomacy only with summits, leaders, ministers, nations near (conference-*)
    ("The dentists' conference opens in Leeds on Thursday.", {"other", "health"}),
    ("The minister told a news conference on Monday that the bridge would reopen.", {"politics", "other"}),
    # donors of blood or organs are health, not aid donors
    ("Hospitals appealed for blood donors after the crash on Monday.", {"health", "disaster"}),
    ("The number of organ donors rose by a tenth last year.", {"health"}),
    # troops handing over security keep order (hand-over-security), no suspect handed to the police
    ("The troops will hand over security to the police in June.", {"security"}),
    # "beaten" with another act of violence is an assault, no match (beat-assault); strangling is an attack
    ("The shopkeeper was beaten and stabbed in his shop late on Monday.", {"attack"}),
    ("The woman was beaten and strangled in her flat, police said on Wednesday.", {"attack"}),
    # armour moved to a border is a deployment (tank-deploy, armoured vehicle)
    ("Armoured vehicles were sent to the frontier on Sunday.", {"security"}),
    ("The army moved tanks to the frontier on Sunday.", {"security"}),
    # a ministry acting in its field is news of that field, as the health and foreign ministries are
    ("The culture ministry reached a deal with the heirs on Tuesday.", {"culture"}),
    ("She carried the Olympic torch through her home town in May.", {"sports"}),
]
KEPT = [
    ("The ferry sank off the island on Tuesday with 40 people aboard.", {"disaster"}),
    ("Firefighters pumped water out of flooded cellars all night.", {"disaster"}),
    ("The opposition candidate conceded defeat on Sunday night.", {"politics"}),
    ("The party conference opens in Brighton on Sunday.", {"politics"}),
    ("Foreign ministers of twelve nations open a peace conference in Geneva on Monday.", {"diplomacy"}),
    ("The two leaders will hold a joint news conference on Friday after their talks.", {"diplomacy"}),
    ("Donor countries pledged 3 billion dollars for the refugees on Tuesday.", {"diplomacy"}),
    ("World leaders gathered in Paris on Sunday for the climate summit.", {"diplomacy"}),
    ("The region's leaders met in Lima on Monday.", {"diplomacy"}),
    ("The World Cup's biggest upset came on Sunday when the hosts lost.", {"sports"}),
    ("She set a new world record in the 400 metres on Saturday.", {"sports"}),
    ("Spain beat Italy 2-1 in the final on Sunday.", {"sports"}),
    ("The champions were beaten in their first stab at the title.", {"sports"}),
    ("Tanks crossed the border at dawn and shelled the town.", {"attack"}),
    ("Civilians died at the hands of government troops in the town, witnesses said.", {"attack"}),
    ("The culture minister resigned on Friday over the expenses row.", {"politics"}),
    ("The heatwave peaked on Tuesday, the hottest day on record, and two farm workers died.", {"disaster", "health"}),
    ("The driest spring on record ruined the wheat harvest across the plains.", {"disaster"}),
    ("The new musical is the hottest ticket in town this summer.", {"culture"}),
    ("Unemployment rose to its highest level since records began in 1971.", {"economy"}),
    ("Thousands attended the funeral of the slain journalist on Friday.", {"attack"}),
]
# (sentence, the other sentences of its article, acceptable types): an article about a long life and a natural
# death has words of its own ("oldest", "centenarian"), so a sentence that says little takes "other", not the
# type of a ranking word; in a story of wildfires the same weather superlative is the disaster's
CONTEXT = [
    ("Mourners filed past the coffin on Monday.",
     ["The world's oldest woman died in her sleep on Friday, aged 116.",
      "She was born on a farm in 1909 and ran a grocery with her sister until she was 80."], {"other"}),
    ("The burial will take place in his home village on Friday.",
     ["The country's oldest man, a retired miner, died in his sleep on Sunday.",
      "He was born in 1911 and outlived four wives.", "He became a centenarian in 2011."], {"other"}),
    ("The summer was the driest on record, the fire service said on Monday.",
     ["Wildfires have burned 30,000 hectares in the south.", "Firefighters battled the blazes for a week."],
     {"disaster"}),
]


@pytest.mark.parametrize("text, types", FIXED + KEPT, ids=[r[0][:40] for r in FIXED + KEPT])
def test_sentence_type(text: str, types: set[str]) -> None:
    assert classify(text).type in types


@pytest.mark.parametrize("text, context, types", CONTEXT, ids=[r[0][:40] for r in CONTEXT])
def test_article_is_the_prior(text: str, context: list[str], types: set[str]) -> None:
    assert classify(text, context).type in types
