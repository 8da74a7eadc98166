"""The event typer, by the kinds of error it must not make (all sentences written for this test)."""

from __future__ import annotations

import pytest

from timeline.taxonomy import TaxonomyError, default_senses, default_taxonomy, parse_senses, parse_taxonomy
from timeline.typing import _hits, _sense, _tokens, classify

# (sentence, acceptable types)
WORD_FORMS = [
    ("Two bombings shook the market district.", {"attack"}),
    ("Militiamen slaughtered dozens of villagers overnight.", {"attack"}),
    ("The navy launched missiles at the coastal radar sites.", {"attack"}),
    ("Demonstrations spread to three more cities.", {"politics"}),
    ("Shelling went on through the night.", {"attack"}),
    ("Two gunmen opened fire in the lobby.", {"attack"}),
    ("Voters elected a new mayor.", {"politics"}),
    ("The airstrikes destroyed a depot.", {"attack"}),
]
SENSES = [
    ("Troops stormed the parliament building.", {"attack"}),
    ("The storm flattened crops across the plain.", {"disaster"}),
    ("Gunboats fired on the harbour.", {"attack"}),
    ("A fire broke out in a textile warehouse.", {"disaster"}),
    ("The club fired its coach after five straight defeats.", {"sports"}),
    ("The carmaker fired 300 workers at its plant.", {"economy"}),
    ("Dock workers went on strike over pay.", {"economy"}),
    ("A drone strike hit the convoy.", {"attack"}),
    ("The earthquake struck before dawn.", {"disaster"}),
    ("The presidential race narrowed after the debate.", {"politics"}),
    ("She suffered a heart attack at home.", {"health"}),
    ("According to the statement, prices rose.", {"economy"}),
    ("Bookings fell ten percent.", {"economy"}),
    # 'charge': a legal charge only with legal words near; a fee or a battery's charge is no justice event
    ("Drivers will pay more at public charging points from April.", {"other", "economy"}),
    ("Entry to the city's museums will be free of charge for children over the summer.", {"culture", "other"}),
    ("Energy suppliers will raise their standing charges in April.", {"economy"}),
    ("He faces charges of fraud and money laundering, his lawyer said on Monday.", {"justice"}),
    ("Prosecutors dropped all charges against the journalist in June.", {"justice"}),
    ("The defendant pleaded not guilty to all charges on Tuesday.", {"justice"}),
    ("The reporter was held for two years on spying charges.", {"justice", "security"}),
    ("Drivers can charge their cars for free at the new station from June.", {"other", "economy"}),
    # 'in order to pay' is no court order; an operation near a hospital is not surgery; a waiting list is no health news
    ("Many families borrowed money in order to pay their energy bills this winter.", {"economy", "politics"}),
    ("A court ordered the landlord to pay the tenants back.", {"justice"}),
    ("The army launched an operation near the hospital on Monday.", {"security", "attack"}),
    ("The hospital cancelled 200 knee operations last week.", {"health"}),
    ("The waiting list for social housing grew to 4,000 families in May.", {"other", "politics", "economy"}),
    # 'scene' and 'series' are as common in shooting stories as in film news: no film sense without film words
    ("Police sealed off the scene of the shooting on Saturday night.", {"attack"}),
    ("The attack was the latest in a series of shootings in the city this year.", {"attack"}),
    # third held-out set (press): hostages freed are a rescue; a coach on a road is a vehicle; a film's score is
    # music; wedding guests are people at a meal; soldiers searching homes keep order, rescuers searching rubble
    # are a disaster's aftermath
    ("Special forces freed three hostages held in a farmhouse on Tuesday.", {"security"}),
    ("A coach taking schoolchildren home skidded off the road and overturned on Friday.", {"disaster"}),
    ("The composer of many film scores died on Friday aged 91.", {"culture"}),
    ("A bad batch of mussels sent 30 wedding guests to hospital.", {"health"}),
    ("Soldiers searched homes in the border town for hidden weapons on Monday.", {"security"}),
    ("Rescue teams searched the collapsed building for survivors through the night.", {"disaster"}),
    # leaders meeting are diplomacy, a party's or a union's meeting is not; fans storming the pitch are sports; a
    # no-fly zone is security; a working team (rescue, medical, negotiating) is no sports team
    ("The two prime ministers met at the border crossing on Friday.", {"diplomacy"}),
    ("Delegates of the ruling coalition met on Friday to agree a budget.", {"politics"}),
    ("Hundreds of fans stormed the pitch after the final whistle on Saturday.", {"sports"}),
    # ... but a court building or a field hospital stormed is no match, and leaders meeting victims, reporters or
    # workers are not diplomacy
    ("Protesters stormed the court building in the capital on Monday.", {"attack", "security", "politics"}),
    ("Soldiers stormed a field hospital held by the rebels at dawn.", {"attack"}),
    ("The head coach met reporters on Monday before the cup final.", {"sports"}),
    ("The queen met flood victims in the stricken town on Tuesday.", {"disaster"}),
    ("A no-fly zone will cover the city centre during the summit next week.", {"security"}),
    ("The negotiating team flew home on Sunday without a deal on tariffs.", {"economy", "diplomacy"}),
    # a rescue team is no sports team
    ("Rescue teams dug through the rubble of the school on Thursday.", {"disaster"}),
    ("A mountain rescue team brought two stranded climbers down on Sunday.", {"disaster"}),
]
WRONG_WORD = [
    ("Six protesters were killed by security forces.", {"attack"}),
    ("A family was killed by government artillery.", {"attack"}),
    ("Police detained four suspects after a raid.", {"justice"}),
    ("The floods killed eleven people in the valley.", {"disaster"}),
    # (a state of emergency keeps order, security, unless a hazard or its story says disaster: round 31)
    ("The regional government declared a state of emergency.", {"security", "disaster"}),
    ("The court sentenced the bomber to life in prison.", {"justice"}),
    # a word that names where news was told, or a common verb, points to no type of its own
    ("The rebels relayed their demands to the negotiators after the ambush.", {"attack"}),
    ("The general spoke on state television after the coup attempt.", {"politics"}),
    ("The sirens were out of order when the bomb went off.", {"attack"}),
    ("The runners won the relay in record time.", {"sports"}),
    ("Factory orders fell for a third month.", {"economy"}),
    # "fire" next to a weapon is shooting, even when the verb could be a disaster's
    ("Sniper fire killed four civilians near the market.", {"attack"}),
    ("The warehouse fire killed two night guards.", {"disaster"}),
    # "battle" with a blaze is a disaster, with an illness is health, otherwise fighting
    ("Volunteers battled a wildfire above the village all weekend.", {"disaster"}),
    ("The former senator is battling a rare cancer.", {"health"}),
    ("Rebels battled government troops for the airport.", {"attack"}),
    ("Pirates hijacked a cargo ship in the Gulf of Aden.", {"attack"}),
    ("Hailstones flattened vineyards across the valley.", {"disaster"}),
    # "defence" in a courtroom is the accused's side, not the army
    ("Under cross-examination, the officer admitted he had not seen the car.", {"justice"}),
    ("The defence rested its case on Tuesday after two witnesses.", {"justice"}),
]
# the predicate decides between a legal act and the violence it is about; money named in passing is not the event
# the post names the kind of news (issue 12, second round); a few people losing their jobs is not economy news
PEOPLE = [
    ("The committee appointed a former striker as head coach.", {"sports"}),
    ("The prime minister sacked his interior minister on Friday.", {"politics"}),
    ("The chief executive of the airline stepped down after the strike.", {"economy"}),
    ("Two senior aides lost their jobs on Friday.", {"other", "politics"}),
    ("Some 1,500 workers will lose their jobs when the mill shuts.", {"economy"}),
    ("The duchess gave birth to a son on Tuesday.", {"other"}),
    ("The actor married his co-star in a small ceremony.", {"other"}),
    ("Astronauts docked with the space station on Monday.", {"other"}),
    ("The union's members voted to strike over pay.", {"economy"}),
    ("Arsonists set fire to the mayor's car overnight.", {"attack"}),
    ("Strong winds fanned the flames toward the village.", {"disaster"}),
    ("The family won their lawsuit against the drugmaker.", {"justice"}),
    ("Police stormed an apartment where the suspects were hiding.", {"security", "justice"}),
    ("Prosecutors charged the bank's former chairman with fraud.", {"justice"}),
    ("The roof of a crowded market collapsed, killing nine people.", {"disaster"}),
    ("The crypto lender collapsed, wiping out its customers' savings.", {"economy"}),
    ("Unions called a general strike against the pension reform.", {"politics"}),
    ("The war crimes trial of a former militia leader reopened in The Hague.", {"justice"}),
]
EVENT_OVER_TOPIC = [
    ("The driver who rammed the crowd was sentenced to life on Friday.", {"justice"}),
    ("A jury convicted the two men of bombing the rail depot.", {"justice"}),
    ("The suspect was tried in absentia for the shootings.", {"justice"}),
    ("The escaped convict was caught at a motorway services after a week on the run.", {"justice"}),
    ("Gunmen killed a prosecutor outside the courthouse.", {"attack"}),
    ("Militants attacked a police station, killing four officers.", {"attack"}),
    ("The blast caused damage estimated at 12 million dollars.", {"attack"}),
    ("The flood destroyed harvests worth 80 million euros.", {"disaster"}),
    ("The company's shares fell sharply after the explosion at its refinery.", {"economy"}),
    ("Officers searched two flats and a garage in the town centre.", {"security"}),
    ("Police arrested nine people in raids across the region.", {"justice", "security"}),
    # a name written with a capital is not a verb; "who" is a pronoun, WHO the health agency
    ("General Rush Brand was detained at the airport.", {"justice"}),
    ("The man who was shot by a sniper died in hospital.", {"attack"}),
    ("The soldier who opened fire on the crowd was charged on Monday with murder.", {"justice"}),
    ("The WHO declared the outbreak over.", {"health"}),
]
# words of general news that pointed nowhere or to the wrong type (third held-out set, press): science and the
# sky, religion and its calendar, schools, transport openings; work stoppages, stoppage time; cyber security
VOCABULARY = [
    ("Hackers targeted the water utility, the cyber security agency said on Thursday.", {"security"}),
    ("Tram drivers will hold a 24-hour stoppage on Friday.", {"economy"}),
    ("The visitors equalised in stoppage time on Saturday.", {"sports"}),
    ("A tour bus slid into a ravine after its brakes failed on Sunday.", {"disaster"}),
    ("The soundtrack sold a million copies in its first week.", {"culture"}),
    ("Crowds gathered on the beach to watch the eclipse on Saturday.", {"other"}),
    ("The comet passed over the capital on Friday night.", {"other"}),
    ("Skies should be clear for the meteor shower on Tuesday night, forecasters said.", {"other"}),
    ("A black hole swallowing a star was observed by a European team on Wednesday.", {"other"}),
    ("The probe will leave the solar system in the 2030s, the mission team said.", {"other"}),
    ("Scientists at the hospital's laboratory published the genome of the coral on Monday.", {"other"}),
    ("The priest who sheltered refugees during the war will be beatified on Sunday.", {"other"}),
    ("The synod will debate the church's finances on Monday.", {"other"}),
    ("Diwali celebrations lit up the city on Sunday night.", {"other"}),
    ("Jewish families across the country will celebrate Passover from Friday evening.", {"other"}),
    ("Graduation ceremonies at the police academy were held on Friday.", {"other"}),
    ("The school year will begin on Monday, the education minister announced.", {"other"}),
    ("The king announced his abdication in a televised address on Monday.", {"other"}),
    ("The clocks go forward on Sunday as daylight saving time begins.", {"other"}),
    ("The new railway station, built at a cost of 90 million euros, opened on Sunday.", {"other"}),
    # ... but only as a noun: to eclipse a record is no sky
    ("Quarterly sales eclipsed two billion dollars for the first time.", {"economy"}),
    ("Her time eclipsed the old world record by half a second.", {"sports"}),
]
# (sentence, the other sentences of its article, acceptable types)
CONTEXT = [
    ("The hearing is set for June.", ["The former mayor denies the bribery charges.",
                                      "Prosecutors say he took cash for contracts."], {"justice"}),
    ("The gallery had closed.", ["The exhibition of Dutch landscapes drew large crowds.",
                                 "The museum lent two paintings to the show."], {"culture"}),
    ("The water rose above the quay.", ["Heavy rain swelled the river for a week.",
                                        "Residents were evacuated as the flood spread."], {"disaster"}),
    ("Entries close on Friday.", ["The city marathon returns in spring.",
                                  "Last year's race drew eight thousand runners."], {"sports"}),
    ("The minister resigned.", [], {"politics"}),
    ("The launch is set for dawn.", ["The weather satellite was built by students at the university."], {"other"}),
]


@pytest.mark.parametrize("text, types", WORD_FORMS + SENSES + WRONG_WORD + EVENT_OVER_TOPIC + PEOPLE
                         + VOCABULARY,
                         ids=lambda v: str(sorted(v) if isinstance(v, set) else v)[:40])
def test_sentence_type(text: str, types: set[str]) -> None:
    assert classify(text).type in types


@pytest.mark.parametrize("text, context, types", CONTEXT, ids=lambda v: str(v)[:40])
def test_article_is_the_prior(text: str, context: list[str], types: set[str]) -> None:
    typed = classify(text, context)
    assert typed.type in types
    assert 0.0 < typed.confidence <= 1.0


@pytest.mark.parametrize(
    "text", ["He bought a coffee and walked home.", "It was a quiet afternoon.", ""],
)
def test_other_only_when_nothing_points_anywhere(text: str) -> None:
    assert classify(text) == classify(text, [])
    typed = classify(text)
    assert (typed.type, typed.second, typed.confidence) == ("other", "", 0.0)


def test_weak_sentence_keeps_its_own_type_second_from_context() -> None:
    typed = classify("Troops stormed the stadium.", ["The cup final was postponed."])
    assert (typed.type, typed.second) == ("attack", "sports")


@pytest.mark.parametrize(
    "taxonomy, expected",
    [
        ("a\tx\nb\tx\n", "a"),  # no precedence line: the order the types first appear in, as the header says
        ("a\tx\nb\tx\n@precedence\tb\ta\n", "b"),
    ],
)
def test_ties_go_by_the_explicit_precedence(taxonomy: str, expected: str) -> None:
    typed = classify("x", taxonomy=parse_taxonomy(taxonomy, "t.tsv"))
    assert typed.type == expected and typed.second == ({"a", "b"} - {expected}).pop()


def test_default_taxonomy_has_precedence_for_every_type_and_hundreds_of_terms() -> None:
    taxonomy = default_taxonomy()
    assert set(taxonomy.precedence) == set(taxonomy.types)
    for kind in taxonomy.types:
        if kind != "other":
            assert sum(1 for k in taxonomy.keywords if k.type == kind) >= 100, kind


@pytest.mark.parametrize(
    "word",
    ["vigipirate", "canine", "detect explosives", "terror acts", "terror plots", "golden lion", "retrospective"],
)
def test_no_keyword_taken_from_our_own_articles(word: str) -> None:
    assert all(" ".join(k.words) != word for k in default_taxonomy().keywords)


@pytest.mark.parametrize("rule", default_senses(), ids=lambda r: r.id)
def test_each_sense_rule_fires_on_its_example(rule) -> None:  # type: ignore[no-untyped-def]
    tokens = _tokens(rule.example)
    senses = default_taxonomy().senses_by_lemma
    from timeline.lemmas import lemmas

    fired = {_sense([r for f in sorted(lemmas(w)) for r in senses.get(f, [])], tokens, i)
             for i, w in enumerate(tokens.words) if rule.lemma in lemmas(w)}
    assert rule in fired, [r.id if r else None for r in fired]
    if rule.type != "-":
        assert any(h.type == rule.type for h in _hits(tokens, default_taxonomy()))


@pytest.mark.parametrize(
    "text, problem",
    [
        ("x\tstorm\tverb\tattack\n", "expected ID"),
        ("a\tstorm\tsideways\tattack\t2\tThey stormed it.\n", "test 'sideways'"),
        ("a\tstorm\tverb\tAttack\t2\tThey stormed it.\n", "lower-case name"),
        ("a\tstorm\tverb\tattack\t2\t\n", "needs an example"),
        ("a\tstorm\tverb\tattack\t2\tx\na\tfire\tnoun\tdisaster\t1\ty\n", "used twice"),
    ],
)
def test_sense_file_is_validated(text: str, problem: str) -> None:
    with pytest.raises(TaxonomyError, match=problem):
        parse_senses(text, "s.tsv")


@pytest.mark.parametrize(
    "text, problem",
    [
        ("a\tx\n@precedence\ta\tb\n", "@precedence must list each type once"),
        ("a\tx\t1\tadj\n", "POS 'adj' must be n or v"),
        ("a\tx\n@outranks\ta\tb\t0.5\n", "both must be types"),
        ("a\tx\nb\ty\n@outranks\ta\tb\t2\n", "at most 1"),
        ("a\tx\nb\ty\n@outranks\ta\tb\n", "expected @outranks"),
        ("a\tx\nb\ty\n@discount\ta\tb\n", "expected @discount"),
        ("a\tx\nb\ty\n@discount\ta\tc\t0.5\n", "two different types"),
        ("a\tx\nb\ty\n@discount\ta\ta\t0.5\n", "two different types"),
        ("a\tx\nb\ty\n@discount\ta\tb\t1.5\n", "at most 1"),
        ("a\tx\nb\ty\n@needs-event\tc\t0.5\n", "not a type"),
        ("a\tx\nb\ty\n@needs-event\ta\n", "expected @needs-event"),
        ("a\tx\nb\ty\n@needs-event\ta\t0\n", "positive"),
    ],
)
def test_taxonomy_precedence_and_pos_are_validated(text: str, problem: str) -> None:
    with pytest.raises(TaxonomyError, match=problem):
        parse_taxonomy(text, "t.tsv")


def test_a_users_taxonomy_gets_the_sense_rules_of_its_own_types_only() -> None:
    mine = parse_taxonomy("elections\tvote\nelections\tballot\nweather\train\nother\n", "mine.tsv", default_senses())
    assert classify("The storm cut power.", taxonomy=mine).type == "other"  # storm-noun points to a type it lacks
    assert classify("Voters cast their ballots.", taxonomy=mine).type == "elections"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("y and x", "a"),  # a scores 1 against b's 2 (the first word is the event noun): half, so a outranks b
        ("y and y and x", "b"),  # 1 against 3: below half, b keeps it
    ],
)
def test_a_stronger_type_outranks_a_weaker_one_where_they_overlap(text: str, expected: str) -> None:
    taxonomy = parse_taxonomy("a\tx\nb\ty\n@outranks\ta\tb\t0.5\n", "t.tsv")
    assert classify(text, taxonomy=taxonomy).type == expected


@pytest.mark.parametrize(
    "taxonomy, text, expected",
    [
        # a verb of type a, a noun of type b twice as heavy: without a discount b wins; with it the act decides
        ("a\tact\t1\tv\nb\tthing\t2\n", "They act on the thing and the thing.", "b"),
        ("a\tact\t1\tv\nb\tthing\t2\n@discount\ta\tb\t0.2\n", "They act on the thing and the thing.", "a"),
        # a weak predicate (weight under 1) discounts nothing
        ("a\tact\t0.5\tv\nb\tthing\t2\n@discount\ta\tb\t0.2\n", "They act on the thing and the thing.", "b"),
    ],
)
def test_the_predicates_type_discounts_the_types_it_is_about(taxonomy: str, text: str, expected: str) -> None:
    assert classify(text, taxonomy=parse_taxonomy(taxonomy, "t.tsv")).type == expected


@pytest.mark.parametrize(
    "text, line, expected",
    [
        ("Rebels burn the depot and the coin, the coin and the coin.", "", "b"),  # 9 against 6
        ("Rebels burn the depot and the coin, the coin and the coin.", "@needs-event\tb\t0.3\n", "a"),  # 2.7
        ("The coin and the coin fell as rebels burn.", "@needs-event\tb\t0.3\n", "b"),  # the subject counts fully
    ],
)
def test_a_type_that_needs_the_event_counts_less_elsewhere(text: str, line: str, expected: str) -> None:
    taxonomy = parse_taxonomy("a\tburn\t2\tv\nb\tcoin\t3\n" + line, "t.tsv")
    assert classify(text, taxonomy=taxonomy).type == expected


@pytest.mark.parametrize(
    "text, line, expected",
    [
        # the only words of a type that needs the event, named in passing far from the predicate: the clause points
        # nowhere of its own (no context here, so the fallback type)
        ("Rebels marched past the depot and the river and the hills and the fields to the coin.",
         "@needs-event\tb\t0.3\n", "other"),
        ("Rebels marched past the depot and the river and the hills and the fields to the coin.", "", "b"),
        ("Rebels marched to the coin.", "@needs-event\tb\t0.3\n", "b"),  # near the predicate: the event noun
        ("The coin fell as rebels marched past the river and the hills.", "@needs-event\tb\t0.3\n", "b"),  # subject
    ],
)
def test_a_type_named_only_in_passing_is_no_event(text: str, line: str, expected: str) -> None:
    taxonomy = parse_taxonomy("a\tburn\t2\tv\nb\tcoin\t3\nother\n" + line, "t.tsv")
    assert classify(text, taxonomy=taxonomy).type == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # no predicate: the event noun may be far from a date that ends the sentence
        ("The coin of the rebels at the depot by the river in the hills of the north a year ago.", "a year ago", "b"),
        # a predicate: a word far from it is no event noun
        ("The rebels marched a year ago past the depot and the river and the hills and the fields to the coin.",
         "a year ago", "other"),
    ],
)
def test_the_event_noun_is_near_the_predicate(text: str, date: str, expected: str) -> None:
    taxonomy = parse_taxonomy("a\tburn\t2\tv\nb\tcoin\t3\nother\n@needs-event\tb\t0.3\n", "t.tsv")
    assert classify(text, centre=text.index(date), taxonomy=taxonomy).type == expected


def test_words_named_in_passing_leave_the_type_to_the_article() -> None:
    taxonomy = parse_taxonomy("a\tburn\t2\tv\nb\tcoin\t3\nother\n@needs-event\tb\t0.3\n", "t.tsv")
    text = "Rebels marched past the depot and the river and the hills and the fields to the coin."
    assert classify(text, ["Rebels burn the depot."], taxonomy=taxonomy).type == "a"


@pytest.mark.parametrize("text, expected", [("The WHO met.", "health"), ("The man who met us.", "other")])
def test_a_keyword_in_capitals_matches_only_words_in_capitals(text: str, expected: str) -> None:
    taxonomy = parse_taxonomy("health\tWHO\t2\nother\n", "t.tsv")
    assert classify(text, taxonomy=taxonomy).type == expected


# "İ" (dotted capital I) lower-cases to two characters: the typer must read the words of such a text in step with
# the text as written (it once raised IndexError in the middle of an article, and the article was lost)
DOTTED_I = [
    ("The İstanbul council met on May 2 and ministers won the race in March.", "politics"),
    ("The İstanbul city council voted on May 2 to raise local taxes.", "politics"),
    ("Police in İzmir arrested two men on Monday over the bombing.", "justice"),
    ("Officials in Istanbul and İzmir said on Friday the earthquake destroyed 40 buildings.", "disaster"),
]


@pytest.mark.parametrize("text, expected", DOTTED_I, ids=lambda v: str(v)[:30])
def test_dotted_capital_i_is_read_in_step(text: str, expected: str) -> None:
    from datetime import date

    from timeline.events import analyse_document
    from timeline.model import Document

    assert classify(text).type == expected
    # the same as with a plain I: the letter changes no word's reading
    assert classify(text) == classify(text.replace("İ", "I"))
    events = analyse_document(Document("ist", text, date(2024, 3, 28)), default_taxonomy()).events
    plain = analyse_document(Document("ist", text.replace("İ", "I"), date(2024, 3, 28)), default_taxonomy()).events
    assert events and [(e.start, e.type, e.second_type) for e in events] == [(e.start, e.type, e.second_type)
                                                                              for e in plain]
