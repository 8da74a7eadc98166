"""The typer's shortcuts give what the long way gives: the word table kept across clauses, the article's evidence
added up word by word, the event noun of a clause with one hit, the @outranks lines skipped for a type none names.
Sentences written for this test."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

import pytest

from timeline.events import LEAD_SENTENCES, _Article, _Typer
from timeline.taxonomy import Taxonomy, default_senses, default_taxonomy, parse_taxonomy
from timeline.typer_model import TyperModel, default_model
from timeline.typing import (
    _clause_lemmas,
    _Hit,
    _hits,
    _nearest_hit,
    _predicate,
    _speaker_words,
    _tokens,
    _WordInfos,
    article_prior,
    clause_scores,
    decide,
    evidence_shares,
    model_inputs,
    prior_from,
    read_text,
    sentence_shares,
)

SENTENCES = [
    "Nothing much happened in the village that week.",
    "Rebels stormed the radio station before dawn.",
    "A storm tore the roofs off two schools.",
    "Gunboats fired on the harbour while a fire spread through the docks.",
    "The government declared a state of emergency after the floods.",
    "An air strike hit the depot on the edge of town.",
    "Thousands will march in the capital in March.",
    "The WHO said who would lead the vaccine trial.",
    "Residents were evacuated as the river rose above the quay.",
    "The minister’s resignation came a day after the vote.",
    "Police detained four suspects after a raid on a flat.",
    "Shares of the carmaker fell sharply after it fired 300 workers.",
    "Voters cast their ballots at the polling station near the rally.",
    "The striker scored twice as the club won the cup final.",
    "The court sentenced the bomber to life for the market bombing.",
    "PROTESTERS MARCHED ON THE PALACE",
    "Candidates for the mayoralty debated on television.",
    "The gallery reopened its sculpture hall with a retrospective of a painter's work.",
]

USER_TAXONOMY = (
    "elections\tballot\t2\nelections\tpolling station\t2\nelections\tvote\t1\tv\nelections\tcandida*\n"
    "protests\tprotester\t2\nprotests\tmarch\t1\tv\nprotests\tRALLY\nprotests\tsit in\n"
    "weather\tstorm\nweather\tflood\nother\n@outranks\tprotests\telections\t0.8\n"
)


def _taxonomies() -> list[Taxonomy]:
    return [default_taxonomy(), parse_taxonomy(USER_TAXONOMY, "mine.tsv", default_senses())]


def _read_anew(which: int) -> Taxonomy:
    """The same taxonomy read again: its word tables start empty."""
    text = (resources.files("timeline") / "resources" / "taxonomy.tsv").read_text(encoding="utf-8")
    return parse_taxonomy(USER_TAXONOMY if which else text, "again.tsv", default_senses())


@pytest.mark.parametrize("which", [0, 1], ids=["built-in", "user"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_table_says_what_a_fresh_one_says(which: int, sentence: str) -> None:
    taxonomy = _taxonomies()[which]
    clause = _tokens(sentence, taxonomy)
    fresh = _WordInfos(_read_anew(which))
    assert clause.infos == [fresh[w] for w in clause.words]


@pytest.mark.parametrize("which", [0, 1], ids=["built-in", "user"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_articles_evidence_word_by_word_is_the_full_reading_to_the_bit(which: int, sentence: str) -> None:
    taxonomy = _taxonomies()[which]
    assert evidence_shares(sentence, taxonomy) == sentence_shares(sentence, taxonomy)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("centre", [None, 0, 4])
def test_a_clause_with_one_hit_has_it_as_its_event_noun(sentence: str, centre: int | None) -> None:
    taxonomy = default_taxonomy()
    clause = _tokens(sentence, taxonomy)
    for hit in _hits(clause, taxonomy):
        for predicate in (None, _predicate(clause, centre), 0, len(clause) - 1):
            assert _nearest_hit([hit], clause.infos, predicate, centre) is hit


@pytest.mark.parametrize(
    "scores, prior",
    [
        ({"elections": 1.0, "protests": 0.9}, {}),  # elections first, protests near enough: protests
        ({"elections": 1.0, "protests": 0.5}, {}),  # too far below: elections stays
        ({"protests": 1.0, "elections": 0.9}, {}),  # protests first: no line names it as the weaker
        ({"weather": 2.0}, {"elections": 0.5, "protests": 0.5}),
        ({}, {"elections": 0.6, "protests": 0.4}),
        ({}, {}),
    ],
)
def test_outranks_lines_skipped_for_a_first_type_they_do_not_name(
    scores: dict[str, float], prior: dict[str, float]
) -> None:
    taxonomy = parse_taxonomy(USER_TAXONOMY, "mine.tsv", default_senses())
    typing = decide(scores, prior, taxonomy)
    final = dict(scores)
    for kind, share in prior.items():
        final[kind] = final.get(kind, 0.0) + 1.2 * share
    ranked = sorted((t for t in final if final[t] > 0), key=lambda t: (-final[t], taxonomy.rank[t]))
    expected = ranked[0] if ranked else taxonomy.fallback
    if expected == "elections" and final.get("protests", 0.0) >= 0.8 * final["elections"]:
        expected = "protests"
    assert typing.type == expected


def _full_hits_start_at(hits: list[_Hit], start: int) -> bool:
    """No hit of the full reading spans from before word `start` onto it (so nothing covers it)."""
    return all(not (h.span[0] < start <= h.span[1]) for h in hits)


@pytest.mark.parametrize("which", [0, 1], ids=["built-in", "user"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_hits_read_from_a_word_on_are_the_full_readings_from_there(which: int, sentence: str) -> None:
    taxonomy = _taxonomies()[which]
    clause = _tokens(sentence, taxonomy)
    full = _hits(clause, taxonomy)
    starts = [i for i in range(len(clause)) if _full_hits_start_at(full, i)]
    assert starts
    for start in starts:
        assert _hits(clause, taxonomy, start) == [h for h in full if h.span[0] >= start]


# an article of my own: a headline, lead sentences that name things again and clauses typed several times
ARTICLE_TITLE = "Storm Cuts Power To The Harbour District"
ARTICLE = [
    "A storm tore the roofs off two schools in the Harbour District on Monday.",
    "Rebels stormed the radio station before dawn.",
    "The Harbour District council said the polling station would open late.",
    "Police detained four suspects after a raid on a flat.",
    "Thousands will march in the capital in March.",
    "The Harbour District reopened its market on Friday.",
    "Nothing much happened in the village that week.",
]


def _requests() -> list[tuple[int, str, int | None, tuple[str, int | None] | None]]:
    """(sentence index, text, centre, fallback) as the event builder asks them: a clause, a clause that says
    nothing with its sentence as the fallback, the whole sentence with a date inside, each asked twice."""
    asked: list[tuple[int, str, int | None, tuple[str, int | None] | None]] = []
    for index, sentence in enumerate(ARTICLE):
        asked.append((index, sentence, None, None))
        asked.append((index, "Nothing much happened", None, (sentence, len(sentence) // 2)))
        asked.append((index, sentence.split(" in ")[0], None, (sentence, None)))
        asked.append((index, sentence, 5, None))
    return asked + asked[::-1]


@pytest.mark.parametrize("which", [0, 1], ids=["built-in", "user"])
@pytest.mark.parametrize("title", [ARTICLE_TITLE, ""], ids=["headline", "no-headline"])
def test_an_article_typed_clause_after_clause_types_as_a_fresh_article_does(which: int, title: str) -> None:
    taxonomy = _taxonomies()[which]
    shared = _Article(title, ARTICLE, taxonomy)
    for index, text, centre, fallback in _requests():
        fresh = _Typer(taxonomy, _Article(title, ARTICLE, taxonomy), index).type(text, centre, fallback)
        assert _Typer(taxonomy, shared, index).type(text, centre, fallback) == fresh
    # the same typing from the scores and the prior found the long way
    checked = 0
    for index, text, centre, fallback in _requests()[:8]:
        scores = clause_scores(text, centre, taxonomy)
        read, at = text, centre  # the clause decide() reads (the learned typer's words): the one scored
        if not scores and fallback is not None:
            scores = clause_scores(fallback[0], fallback[1], taxonomy)
            read, at = fallback
        if scores:
            lead = ([title] if title else []) + ARTICLE[:LEAD_SENTENCES]
            own = index + (1 if title else 0)
            prior = prior_from([sentence_shares(s, taxonomy) for k, s in enumerate(lead) if k != own])
            assert _Typer(taxonomy, shared, index).type(text, centre, fallback) == decide(
                scores, prior, taxonomy, read_text(read, taxonomy), at)
            checked += 1
    assert checked >= 4


# _speaker_words skips its pattern when no word of the clause is a verb of saying (_WordInfo.saying): the pattern's
# verb ends at a word boundary, so a text word that goes on after a hyphen or an apostrophe ("said-") must count as
# one. (clause, whether the clause names a speaker)
SPEAKER_CLAUSES = [
    ("The river crested on Friday, county officials said.", True),
    ("The river crested on Friday, county officials said-the highest in a decade.", True),
    ("The river crested on Friday, county officials said' in a statement.", True),
    ("“The river crested on Friday,” county officials said’s notice read.", True),
    ("The river crested on Friday.", False),
    ("County officials said the river crested on Friday.", False),  # no comma or quote before the speaker
    ("On Friday, officials said the river crested.", False),  # a fronted date: the subject is the news
    ("The river crested on Friday, sayings aside.", False),
]


@pytest.mark.parametrize("clause, names_a_speaker", SPEAKER_CLAUSES, ids=[c[0][-30:] for c in SPEAKER_CLAUSES])
def test_the_speaker_is_found_whether_or_not_the_pattern_is_skipped(clause: str, names_a_speaker: bool) -> None:
    tokens = _tokens(clause)
    found = _speaker_words(tokens)
    forced = _tokens(clause)  # the same clause with every word taken for a verb of saying: the pattern always runs
    forced.infos = [replace(info, saying=True) for info in forced.infos]
    assert found == _speaker_words(forced)
    assert (found is not None) is names_a_speaker


# The learned typer's fast path (TyperModel.clause_probabilities) finds what the model knows of each word's lemmas
# once per set of lemmas (_KnownLemmas); a clause read with the look-ups not yet made and once they are kept gives
# the training path's probabilities to the bit. (clause, the date's character offset or None, article context)
MODEL_CLAUSES = [
    ("Firefighters battled a blaze at a paint factory on Sunday, and two workers were hurt.", 52, ()),
    ("Shares fell sharply on Monday after the carmaker cut its forecast.", 20,
     ("Investors sold car stocks across the region.",)),
    ("The striking dockers voted on Thursday to return to work.", 32, ()),
    ("Voters in the district elect a new mayor in April.", 42, ("The campaign has been bitter.",)),
    ("Nothing much happened that week.", None, ()),
]


@pytest.mark.parametrize("clause, centre, context", MODEL_CLAUSES, ids=[c[0][:30] for c in MODEL_CLAUSES])
def test_the_models_known_lemmas_kept_or_not_give_the_training_paths_probabilities(
    clause: str, centre: int | None, context: tuple[str, ...]
) -> None:
    taxonomy = default_taxonomy()
    packaged = default_model(taxonomy.types)
    fresh = TyperModel(packaged.types, packaged.weights)  # nothing looked up yet
    prior = article_prior(context, taxonomy)
    read = read_text(clause, taxonomy)
    scores = clause_scores(clause, centre, taxonomy, read)
    found, rule = model_inputs(scores, prior, taxonomy, read, centre)
    slow = fresh.probabilities(found)
    predicate, words = _clause_lemmas(read, centre)
    words = list(words)
    assert any(f.startswith("w:") for f in found)  # the clause has words the model knows
    for _ in range(2):  # the look-ups made, then kept
        fast = fresh.clause_probabilities(scores, prior, rule.type, rule.second, rule.confidence, predicate, words)
        assert fast == [slow[k] for k in fresh.types]
