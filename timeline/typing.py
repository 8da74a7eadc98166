"""Event typing: the type of what a clause reports, with a second type and a confidence.

The words are read as lemmas; the predicate the date attaches to (the verb of its clause, or the event noun of a
light verb: "the election was held") weighs far above the other words; a word with two senses takes the one its
form and neighbours point to (sense rules); the other sentences of the article are a prior, so a sentence that says
little on its own takes its article's type. Ties go by the taxonomy's explicit precedence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from timeline.lemmas import lemmas, word_classes
from timeline.taxonomy import NO_TYPE, Keyword, SenseRule, SenseTest, Taxonomy, TaxonomyError, default_taxonomy

PREDICATE_WEIGHT = 3.0  # the predicate the date attaches to
VERB_WEIGHT = 1.5  # any other content verb (an event told by a verb is the clause's news)
EVENT_NOUN_WEIGHT = 2.0  # the hit nearest the date when the predicate itself points nowhere
PRIOR_WEIGHT = 1.2  # the whole article's evidence, as a share spread over the types
DISTANCE_SCALE = 8.0  # a hit 8 words from the date counts half
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Typing:
    """The type of an event, the runner-up (or "" when nothing else points anywhere) and a confidence in [0, 1]."""

    type: str
    second: str
    confidence: float


@dataclass(frozen=True)
class _Token:
    lower: str
    start: int
    verb: bool  # read as a verb here
    content_verb: bool  # a verb that can be the predicate (not auxiliary, reporting or light)
    light: bool


@lru_cache(maxsize=1)
def word_groups() -> dict[str, frozenset[str]]:
    """The closed word classes of resources/typing_words.tsv, validated."""
    source = "timeline/resources/typing_words.tsv"
    text = (resources.files("timeline") / "resources" / "typing_words.tsv").read_text(encoding="utf-8")
    groups: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not re.fullmatch(r"[a-z']+", cells[1].strip()):
            raise TaxonomyError(f"{source}:{number}: expected GROUP <TAB> WORD (lower case)")
        groups.setdefault(cells[0].strip(), set()).add(cells[1].strip())
    for required in ("noun_cue", "verb_cue", "object", "auxiliary", "reporting", "light", "not_verb", "month"):
        if required not in groups:
            raise TaxonomyError(f"{source}: no {required!r} words")
    return {k: frozenset(v) for k, v in groups.items()}


def _reads_as_verb(words: list[str], i: int) -> bool:
    """Whether word i is a verb here: by what the dictionary allows, then by its neighbours."""
    groups = word_groups()
    classes = word_classes(words[i])
    can_verb = "VERB" in classes or "AUX" in classes
    can_noun = "NOUN" in classes or "PROPN" in classes
    if not can_verb or words[i] in groups["not_verb"]:
        return False
    previous = words[i - 1] if i else ""
    following = words[i + 1] if i + 1 < len(words) else ""
    if previous in groups["noun_cue"] or word_classes(previous) == {"ADJ"}:
        return False  # "the storm", "an ambiguous call"
    if not can_noun or previous in groups["verb_cue"]:
        return True
    if words[i].endswith("ed"):
        return True
    return following in groups["object"]


def _tokens(text: str) -> list[_Token]:
    groups = word_groups()
    matches = [m for m in _WORD.finditer(text)
               if not (m.group(0)[0].isupper() and m.group(0).lower() in groups["month"])]  # "March 3" is a date
    words = [m.group(0).lower().replace("’", "'") for m in matches]
    tokens = []
    for i, match in enumerate(matches):
        verb = _reads_as_verb(words, i)
        forms = lemmas(words[i])
        light = bool(forms & groups["light"])
        plain = bool(forms & (groups["auxiliary"] | groups["reporting"])) or light
        tokens.append(_Token(words[i], match.start(), verb, verb and not plain, light))
    return tokens


def _passes(test: SenseTest, tokens: list[_Token], i: int) -> bool:
    if test.kind == "verb":
        return tokens[i].verb
    if test.kind == "noun":
        return not tokens[i].verb
    lo, hi = {"next": (i + 1, i + 4), "prev": (i - 3, i), "near": (i - 4, i + 5)}[test.kind]
    return any(lemmas(t.lower) & test.words for t in tokens[max(0, lo) : hi])


def _sense(rules: Iterable[SenseRule], tokens: list[_Token], i: int) -> SenseRule | None:
    return next((r for r in rules if all(_passes(t, tokens, i) for t in r.tests)), None)


@dataclass(frozen=True)
class _Hit:
    index: int  # the token the hit's last word is on
    span: tuple[int, int]
    type: str
    weight: float


def _keyword_at(keyword: Keyword, tokens: list[_Token], i: int) -> bool:
    n = len(keyword.words)
    if i + n > len(tokens):
        return False
    if keyword.pos and n == 1 and tokens[i].verb != (keyword.pos == "v"):
        return False
    return all(keyword.word_matches(k, tokens[i + k].lower) for k in range(n))


def _hits(tokens: list[_Token], taxonomy: Taxonomy) -> list[_Hit]:
    """Keyword and sense-rule hits, longest keyword first; a word inside a longer keyword is not read again."""
    exact, stems = taxonomy.index
    senses = taxonomy.senses_by_lemma
    hits: list[_Hit] = []
    covered = -1
    for i, token in enumerate(tokens):
        if i <= covered:
            continue
        forms = lemmas(token.lower)
        rules = [r for form in sorted(forms) for r in senses.get(form, [])]
        rule = _sense(rules, tokens, i) if rules else None
        if rule is not None:
            if rule.type != NO_TYPE:
                hits.append(_Hit(i, (i, i), rule.type, rule.weight))
            continue
        candidates = [k for form in forms for k in exact.get(form, [])] + stems.get(token.lower[:3], [])
        found = [k for k in candidates if _keyword_at(k, tokens, i)]
        if not found:
            continue
        longest = max(len(k.words) for k in found)
        best: dict[str, float] = {}
        for keyword in found:
            if len(keyword.words) == longest:  # one word counts once per type: its heaviest keyword
                best[keyword.type] = max(best.get(keyword.type, 0.0), keyword.weight)
        end = i + longest - 1
        hits.extend(_Hit(end, (i, end), kind, weight) for kind, weight in best.items())
        covered = end
    return hits


def _predicate(tokens: list[_Token], centre: int | None) -> int | None:
    """The verb the date attaches to: the content verb nearest the date (after it, on a tie); without a date, the
    first content verb."""
    verbs = [i for i, t in enumerate(tokens) if t.content_verb]
    if not verbs:
        return None
    if centre is None:
        return verbs[0]
    return min(verbs, key=lambda i: (abs(i - centre), i < centre))


def clause_scores(text: str, centre_offset: int | None, taxonomy: Taxonomy) -> dict[str, float]:
    """The evidence of one clause per type: keyword and sense hits, the predicate weighing most, nearer words
    (to character `centre_offset`, if given) more than farther ones."""
    tokens = _tokens(text)
    if not tokens:
        return {}
    centre = None
    if centre_offset is not None:
        centre = next((i for i, t in enumerate(tokens) if t.start >= centre_offset), len(tokens) - 1)
    hits = _hits(tokens, taxonomy)
    if not hits:
        return {}
    predicate = _predicate(tokens, centre)
    on_predicate = [h for h in hits if predicate is not None and h.span[0] <= predicate <= h.span[1]]
    event_noun: set[int] = set()
    if not on_predicate:
        # "the hearing is set for June", "the election was held": the event noun nearest the date is the event
        # a verb that points nowhere itself ("declared", "called") takes its object as the event: the first hit after it
        after = [h for h in hits if predicate is not None and 0 < h.span[0] - predicate <= 4 and h.weight >= 1]
        anchor = predicate if predicate is not None else (centre or 0)
        nearest = after[0] if after else min(hits, key=lambda h: (abs(h.span[0] - anchor), h.span[0] < anchor))
        by_start = {h.span[0]: h for h in hits}
        while nearest.span[1] + 1 in by_start:  # "the terrorism threat level": a compound's head is its last noun
            nearest = by_start[nearest.span[1] + 1]
        event_noun = {nearest.index}
    scores: dict[str, float] = {}
    for hit in hits:
        role = 1.0
        if hit in on_predicate:
            role = PREDICATE_WEIGHT
        elif hit.index in event_noun:
            role = EVENT_NOUN_WEIGHT
        elif tokens[hit.index].content_verb:
            role = VERB_WEIGHT
        distance = 0 if centre is None else min(abs(hit.span[0] - centre), abs(hit.span[1] - centre))
        scores[hit.type] = scores.get(hit.type, 0.0) + hit.weight * role / (1 + distance / DISTANCE_SCALE)
    return scores


def _shares(scores: dict[str, float]) -> dict[str, float]:
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()} if total else {}


def sentence_shares(sentence: str, taxonomy: Taxonomy) -> dict[str, float]:
    """One sentence's evidence as shares per type (summing to 1; empty when it points nowhere)."""
    return _shares(clause_scores(sentence, None, taxonomy))


def article_prior(sentences: Sequence[str], taxonomy: Taxonomy) -> dict[str, float]:
    """The article's evidence as shares per type: each sentence's shares, averaged over the sentences that point
    anywhere."""
    return prior_from([sentence_shares(s, taxonomy) for s in sentences])


def prior_from(evidence: Iterable[dict[str, float]]) -> dict[str, float]:
    """Shares per type averaged over the sentences (each given as its shares) that point anywhere."""
    total: dict[str, float] = {}
    count = 0
    for shares in evidence:
        if not shares:
            continue
        count += 1
        for kind, share in shares.items():
            total[kind] = total.get(kind, 0.0) + share
    return {k: v / count for k, v in total.items()} if count else {}


def decide(scores: dict[str, float], prior: dict[str, float], taxonomy: Taxonomy) -> Typing:
    """The type, second type and confidence from a clause's scores and its article's prior; ties go by the
    taxonomy's precedence; the fallback type only when nothing points anywhere."""
    final = dict(scores)
    for kind, share in prior.items():
        final[kind] = final.get(kind, 0.0) + PRIOR_WEIGHT * share
    ranked = sorted((k for k, v in final.items() if v > 0), key=lambda k: (-round(final[k], 9), taxonomy.rank[k]))
    if not ranked:
        return Typing(taxonomy.fallback, "", 0.0)
    best = final[ranked[0]]
    share = best / sum(final.values())
    confidence = share * best / (best + 1.0)
    return Typing(ranked[0], ranked[1] if len(ranked) > 1 else "", round(confidence, 3))


def classify(
    text: str,
    context: Sequence[str] | str = (),
    centre: int | None = None,
    taxonomy: Taxonomy | None = None,
) -> Typing:
    """The type of the event `text` tells (the words nearest character `centre` weighing most, if given), with the
    other sentences of its article (`context`) as a prior. The event builder uses the same scores and decision."""
    taxonomy = taxonomy or default_taxonomy()
    sentences = (context,) if isinstance(context, str) else tuple(context)
    return decide(clause_scores(text, centre, taxonomy), article_prior(sentences, taxonomy), taxonomy)
