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
    ("The country's oldest newspaper printed its last edition on Saturday.", {"other"}),
    ("The country's oldest oak was brought down by the gale on Saturday.", {"disaster"}),
    ("The country's oldest man, a retired fisherman, died at home on Friday aged 113.", {"other"}),
    ("The region's longest bridge will open in May.", {"other"}),
    # a record of longevity is no sports record
    ("She entered Guinness World Records in 2019 as the oldest living woman.", {"other"}),
    # a weather superlative is weather: "other" while it harms no one (labelling rule 11)
    ("Last month was the driest March since 1953.", {"other"}),
    # "sank" of prices and markets is economy (sink-market), of a boat a disaster (sink-ship, before it, so that
    # "low" or a ship's name is no market word); of hopes and chances, nothing (sink-abstract)
    ("Wheat futures sank on Monday as rain fell across the plains.", {"economy"}),
    ("The rupee sank to an all-time low against the dollar on Thursday.", {"economy"}),
    ("The airline's stock sank on Wednesday when its pilots voted to strike.", {"economy"}),
    ("The mayor's hopes of re-election sank when the audit was published on Friday.", {"politics"}),
    ("The car ferry sank in low cloud and heavy swell on Monday, killing 12.", {"disaster"}),
    ("The tour boat Northern Spirit sank on Sunday, and three people drowned.", {"disaster"}),
    # pumping oil or money is economy (pump-money), pumping water out of a flood a disaster; gas pumped by soldiers
    # or police is theirs (pump-gas-force)
    ("The state company pumped a million barrels of crude a day in March.", {"economy"}),
    ("The central bank pumped cash into the banking system on Monday.", {"economy"}),
    ("The government pumped 20 billion euros into the ailing lender on Tuesday.", {"economy"}),
    ("Riot police pumped tear gas into the square on Monday to break up the crowd.", {"security"}),
    ("Soldiers pumped gas into the tunnels where the rebels hid on Sunday.", {"attack"}),
    # a candidate vaccine or drug is health, not an election (candidate-drug)
    ("A candidate vaccine against dengue will enter human trials in May.", {"health"}),
    ("The candidate drug cut deaths by a third in the trial, the company said.", {"health"}),
    # a conference of a trade or a field is no diplomacy (conference-field); a bare conference about a country is
    # (its keyword), and so is a donors' one
    ("An academic conference on soil chemistry opens in Kyoto on Friday.", {"other"}),
    ("A trade conference for furniture makers opens in Milan in April.", {"economy"}),
    ("The coach told a press conference on Sunday that the captain would miss the final.", {"sports"}),
    ("A conference on rebuilding Ukraine opens in London on Wednesday.", {"diplomacy"}),
    # a party's conference is politics even with the party far from the word (conference-party-in)
    ("The party picked a woman as its leader at a conference in Glasgow in March.", {"politics"}),
    ("A donors' conference for Sudan raised 900 million dollars on Monday.", {"diplomacy"}),
    # donors of blood or organs are health, not aid donors
    ("Blood donations fell by a fifth over the summer, the transfusion service said.", {"health"}),
    ("The number of organ donors rose by a tenth last year.", {"health"}),
    # forces handing over a post keep order (hand-over-security), no suspect handed to the police
    ("Foreign forces handed over the garrison at the pass to local police in March.", {"security"}),
    # "beaten" by someone with another act of violence is an assault, no match (beat-assault, beat-assault-passive);
    # beating a charge or rivals to a prize is neither (beat-charge, beat-prize)
    ("The shopkeeper was beaten and stabbed in his shop late on Monday.", {"attack"}),
    ("A pensioner was kicked and beaten in his garden by burglars on Sunday.", {"attack"}),
    ("A shop owner was beaten and knifed in a robbery on Sunday night.", {"attack"}),
    ("He beat the murder charge in 2019 and walked free.", {"justice"}),
    ("A thriller about a murder in Oslo beat three other films to win the jury prize on Saturday.", {"culture"}),
    # strangling a person is an attack; strangling trade or growth is economy (strangle-figurative)
    ("The pensioner was strangled with a cord in his garage, detectives said on Friday.", {"attack"}),
    ("Tighter credit will strangle growth in the building trade next year, the lenders warned.", {"economy"}),
    ("A customs blockade strangled exports from the port for six months in 2017.", {"economy"}),
    # armour sent somewhere is a deployment (tank-deploy, vehicle-armoured); an armoured van robbed is a crime
    ("Forty tanks will be stationed in the Baltic states from spring, the alliance said.", {"security"}),
    ("Armoured personnel carriers were deployed to the capital's streets on Tuesday.", {"security"}),
    ("An armoured vehicle carrying cash was robbed on the motorway on Tuesday.", {"justice"}),
    # heat that kills is a disaster, as cold is (kill-disaster)
    ("The hottest day of the year killed two farmers in the valley on Sunday.", {"disaster"}),
    ("The heat killed 140 people in the capital during the hottest week of July.", {"disaster"}),
    # a quarrel between states is diplomacy (quarrel-states); torch relays belong to the Games
    ("Their quarrel over the border has kept the crossings shut since March.", {"diplomacy"}),
    ("Crowds lined the streets of the port to watch the torch relay on Tuesday.", {"sports"}),
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
    ("Foreign ministers of the six powers resumed their conference in Vienna on Monday.", {"diplomacy"}),
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
