"""Event typing: the type of what a clause reports, with a second type and a confidence.

The words are read as lemmas; the predicate the date attaches to (the verb of its clause, or the event noun of a
light verb: "the election was held") weighs far above the other words; a word with two senses takes the one its
form and neighbours point to (sense rules); the other sentences of the article are a prior, so a sentence that says
little on its own takes its article's type. Ties go by the taxonomy's explicit precedence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from timeline.lemmas import lemmas, word_classes
from timeline.taxonomy import (
    NO_TYPE,
    Keyword,
    SenseRule,
    SenseTest,
    Taxonomy,
    WordEntry,
    default_taxonomy,
    word_group_table,
)
from timeline.typer_model import TyperModel, default_model, learned_on
from timeline.typer_model import features as model_features

PREDICATE_WEIGHT = 3.0  # the predicate the date attaches to
VERB_WEIGHT = 1.5  # any other content verb (an event told by a verb is the clause's news)
EVENT_NOUN_WEIGHT = 2.0  # the hit nearest the date when the predicate itself points nowhere
PRIOR_WEIGHT = 1.2  # the whole article's evidence, as a share spread over the types
DISTANCE_SCALE = 8.0  # a hit 8 words from the date counts half
OFFICE_WEIGHT = 0.1  # a one-word office of who travels, meets, speaks or writes ("the governor flew home")
HEAD_DEATH_TYPE = "politics"  # a head of state or government dying in office: a succession
HEAD_DEATH_WEIGHT = 2.0  # as much as an event noun; a cause of death named ("of cancer") outweighs it
PAST_POST_WEIGHT = 0.3  # a word of a post the person no longer holds ("the former finance minister")
PAST_POST_REACH = 4  # the post's last word (a person's title: "minister", "governor") is at most this far on
EVENT_NOUN_REACH = 8  # the event noun is at most this many words from the predicate
SPEAKER_WEIGHT = 0.3  # a word of who tells the news, of another field than the predicate's ("the health minister said")
SPEAKER_WORDS = 5  # a speaker who tells the news is named in at most this many words ("a police spokesman")
# an earlier event named as a point in time ("their best harvest since the war") counts this much when the clause's
# event is another word; a cause ("because of the virus") is never the event noun while the clause names something
# else, and when it names nothing else, the cause is the event noun and counts this much (the article may outweigh it)
BACKGROUND_WEIGHT = 0.3
BACKGROUND_REACH = 5  # such a phrase runs at most this many words after its cue
FRONTED_WORDS = 4  # a date or place before the subject, "On Tuesday," "Earlier this month," has at most this many words
# a word of two senses that no sense rule settled ("the probe was launched") takes the sense its article is about
# when the article points this strongly (share of the prior) to a type one of its sense rules names
ARTICLE_SENSE_SHARE = 0.5
# a word of two senses stays in its keyword's sense, whatever its article is about, when the clause's words that the
# article cannot move give that type more than this (any of them: "fighters attacked", "signed the treaty")
AGREEING = 1e-9
# a sense rule lighter than this only leans: an article clearly about one of the word's other senses settles it
WEAK_SENSE = 0.5
# a word never ends with a hyphen: "Covid-19" is "covid", "pre- and post-war" "pre" (not "covid-", "pre-")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*(?<!-)")
# the same words in the text once lowered with "’" as "'" (a shorter class: this pattern reads every text typed)
_LOWER_WORD = re.compile(r"[a-z][-'a-z]*(?<!-)")
_INITIALS = re.compile(r"(?<![A-Za-z'’-])[A-Za-z]")  # the first letter of each word


@dataclass(frozen=True)
class Typing:
    """The type of an event, the runner-up (or "" when nothing else points anywhere) and a confidence in [0, 1]."""

    type: str
    second: str
    confidence: float


@lru_cache(maxsize=1)
def word_groups() -> dict[str, frozenset[str]]:
    """The closed word classes of resources/typing_words.tsv, validated (read once, by timeline.taxonomy)."""
    return word_group_table()


@dataclass(frozen=True, slots=True)
class _WordInfo:
    """What the dictionary and the word lists say of one lower-case word, looked up once."""

    lemmas: frozenset[str]
    can_verb: bool
    can_noun: bool
    adjective_only: bool
    plain: bool  # auxiliary, reporting or light: never the predicate
    not_verb: bool
    noun_cue: bool
    verb_cue: bool
    object: bool
    agent: bool  # a person named by post or role: not the event noun when the predicate's subject
    person_event: bool  # a verb that tells what happened to a person ("died", "married"): the person is the news
    may_be_predicate: bool  # a content verb where it reads as a verb
    saying: bool  # a verb of saying, or one before a hyphen or apostrophe ("said-"): where a speaker may be named
    entry: WordEntry | None  # the taxonomy's sense rules and keywords that may start at the word (None: most words)


class _WordInfos(dict[str, _WordInfo]):
    """Word -> _WordInfo for one taxonomy, worked out on first look-up (a dict, so that looking up every word of a
    text is cheap; one look-up a word tells both what the dictionary says and what the taxonomy has there)."""

    MAX_WORDS = 200_000

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.taxonomy = taxonomy

    def __missing__(self, word: str) -> _WordInfo:
        groups = word_groups()
        classes = word_classes(word)
        forms = lemmas(word)
        plain = not _plain_verbs().isdisjoint(forms)
        can_verb = "VERB" in classes or "AUX" in classes
        not_verb = word in groups["not_verb"]
        info = _WordInfo(forms, can_verb, "NOUN" in classes or "PROPN" in classes, classes == {"ADJ"}, plain,
                         not_verb, word in groups["noun_cue"], word in groups["verb_cue"], word in groups["object"],
                         not groups["agent"].isdisjoint(forms), not groups["person_event"].isdisjoint(forms),
                         can_verb and not plain and not not_verb, _saying(word), self.taxonomy.entries[word])
        if len(self) < self.MAX_WORDS:
            self[word] = info
        return info


def _saying(word: str) -> bool:
    """Whether a lower-case text word is a verb of saying as _speaker_pattern() finds one: the word itself, or its
    letters before a hyphen or an apostrophe (the pattern's verb ends at a word boundary; the text's word goes on)."""
    forms = {word}
    forms.update(word[:i] for i, c in enumerate(word) if c in "-'")
    return not word_groups()["saying"].isdisjoint(forms)


_WORD_TABLES: dict[int, _WordInfos] = {}  # id of a taxonomy -> its words (the table holds the taxonomy: ids stay)


def _word_infos(taxonomy: Taxonomy) -> _WordInfos:
    """The word table of `taxonomy`."""
    table = _WORD_TABLES.get(id(taxonomy))
    if table is None:
        if len(_WORD_TABLES) >= 8:  # a taxonomy per call (a test, a user's file read anew): keep a few only
            _WORD_TABLES.clear()
        table = _WORD_TABLES[id(taxonomy)] = _WordInfos(taxonomy)
    return table


@lru_cache(maxsize=1)
def _plain_verbs() -> frozenset[str]:
    """The auxiliary, reporting and light verbs: never the predicate."""
    groups = word_groups()
    return groups["auxiliary"] | groups["reporting"] | groups["light"]


class _Clause:
    """The words of a clause as plain arrays (lower-case words, what the dictionary says of each, their offsets);
    whether a word reads as a verb here is worked out when first asked, once."""

    __slots__ = ("words", "infos", "table", "_starts", "_lowered", "_verbs", "text", "_written", "_title_case",
                 "_lemmas", "unsettled", "ruled", "predicate_at")

    def __init__(
        self,
        words: list[str],
        lowered: str,
        starts: list[int] | None,
        text: str,
        table: _WordInfos,
        infos: list[_WordInfo] | None = None,  # the words' infos, when already looked up
    ) -> None:
        self.words = words
        self.infos = list(map(table.__getitem__, words)) if infos is None else infos
        self.table = table
        self._lowered = lowered
        self._starts = starts
        self._verbs = bytearray(len(words))  # 0: not asked yet, 1: not a verb here, 2: a verb (no list to collect)
        self.text = text or lowered
        self._written: list[str] | None = None  # the words as written, found when first asked
        self._title_case: bool | None = None
        self._lemmas: frozenset[str] | None = None  # every lemma of the clause, gathered when first asked
        # the words of two senses that no sense rule settled: token -> the types their sense rules name
        self.unsettled: dict[int, frozenset[str]] | None = None
        # of those, the words a weak sense rule or one open to the article read (not their keyword's default sense)
        self.ruled: set[int] | None = None
        # (character offset of the date, the predicate's token) as clause_scores found it: the learned typer reuses it
        self.predicate_at: tuple[int | None, int | None] | None = None

    def all_lemmas(self) -> frozenset[str]:
        """Every lemma of every word of the clause (what a sense rule's in: test looks in)."""
        if self._lemmas is None:
            self._lemmas = frozenset().union(*(info.lemmas for info in self.infos))
        return self._lemmas

    def written_upper(self, i: int) -> bool:
        """Whether word i is written in capitals in the text ("WHO", not "who")."""
        start = self.starts[i]
        return self.text[start : start + len(self.words[i])].isupper()

    def name(self, i: int) -> bool:
        """Whether word i is written with a capital inside a sentence that is not in title case: a name ("Hector",
        "Rush"), not a verb; the first word, and every word of a headline in title case, may be anything, except a
        first word that opens a name of several capitalised words ("United Nations peacekeepers patrolled ...")."""
        if not i:
            return len(self.words) > 1 and self._capital(0) and self._capital(1) and self.name(1)
        return self._capital(i) and self._not_title_case()

    def _capital(self, i: int) -> bool:
        """Whether word i is written with a capital."""
        if self._starts is not None:  # offsets known: look at the word's first letter
            if not self.text[self._starts[i]].isupper():
                return False
        elif self.text.isascii():  # the lowered text's words are the text's, at the same offsets: find word i
            lowered = self._lowered
            words = self.words
            start = 0
            for k in range(i):  # each word is the next place its letters occur (no letter lies between two words)
                start = lowered.find(words[k], start) + len(words[k])
            if not self.text[lowered.find(words[i], start)].isupper():
                return False
        else:
            if self._written is None:  # every word of the text was kept: the same pattern finds them as written
                self._written = _WORD.findall(self.text)
            if not self._written[i][0].isupper():
                return False
        return True

    def _not_title_case(self) -> bool:
        """Whether the text is not a headline in title case."""
        if self._title_case is None:  # "Roadside Bomb Kills Three": a headline in title case
            capitals = sum(1 for c in _INITIALS.findall(self.text) if c.isupper())
            self._title_case = capitals * 2 > len(self.words)
        return not self._title_case

    def __len__(self) -> int:
        return len(self.words)

    @property
    def starts(self) -> list[int]:
        """Each word's character offset in the text (found when first asked: reading a sentence for the prior
        never needs them)."""
        if self._starts is None:  # every word of the text was kept (see _tokens)
            self._starts = [match.start() for match in _LOWER_WORD.finditer(self._lowered)]
        return self._starts

    def words_before(self, offset: int) -> int:
        """How many words start before character `offset`."""
        if self._starts is None:  # every word of the text was kept: the words found in the text up to there
            return len(_LOWER_WORD.findall(self._lowered, 0, offset))
        return bisect_left(self._starts, offset)

    def verb(self, i: int) -> bool:
        """Whether word i is a verb here: by what the dictionary allows, then by its neighbours."""
        known = self._verbs[i]
        if not known:
            known = self._verbs[i] = 2 if self._reads_as_verb(i) else 1
        return known == 2

    def content_verb(self, i: int) -> bool:
        """Word i is a verb that can be the predicate (not auxiliary, reporting or light)."""
        info = self.infos[i]
        return info.can_verb and not info.plain and self.verb(i)

    def _reads_as_verb(self, i: int) -> bool:
        info = self.infos[i]
        if not info.can_verb or info.not_verb:
            return False
        previous = self.infos[i - 1] if i else None
        if previous is not None and (previous.noun_cue or previous.adjective_only):
            return False  # "the storm", "an ambiguous call"
        if not info.can_noun or (previous is not None and previous.verb_cue):
            return True
        if info.agent and not self.words[i].endswith("ed"):
            return False  # a title is a noun unless told otherwise ("appointed him as finance minister")
        if self.words[i].endswith("ed"):
            return True
        return i + 1 < len(self.words) and self.infos[i + 1].object


def _words(text: str) -> tuple[list[str], str, list[int] | None]:
    """The lower-case words of `text`, the text in lower case, and the words' offsets (None when every word of the
    text is kept: the offsets are found when first asked)."""
    # same length: offsets stay those of `text` ("İ".lower() is two characters: read as "I", as the tagger does)
    lowered = text.replace("İ", "I").lower().replace("’", "'")
    words = _LOWER_WORD.findall(lowered)
    months = _months()
    if months.isdisjoint(words):  # the usual case: no offsets needed to tell "March 3" from "a march"
        return words, lowered, None
    kept: list[str] = []
    starts: list[int] = []
    for match in _LOWER_WORD.finditer(lowered):
        lower = match.group(0)
        start = match.start()
        if lower in months and text[start].isupper():
            continue  # "March 3" is a date, not a march
        kept.append(lower)
        starts.append(start)
    return kept, lowered, starts


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """The month names (a capitalised one in a text is a date's)."""
    return word_groups()["month"]


@lru_cache(maxsize=1)
def _date_names() -> frozenset[str]:
    """The names of the days and months (a capitalised word that names no person or state)."""
    return word_groups()["date_name"]


def _tokens(text: str, taxonomy: Taxonomy | None = None) -> _Clause:
    words, lowered, starts = _words(text)
    return _Clause(words, lowered, starts, text, _word_infos(taxonomy or default_taxonomy()))


# words before "'s" that own nothing: "It's", "That's", "Here's" open a sentence with a capital
_NOT_OWNERS = frozenset({"it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "how", "why",
                         "let", "this", "one", "everyone", "nobody", "everything", "something", "nothing"})


def _passes(test: SenseTest, tokens: _Clause, i: int) -> bool:
    kind = test.kind
    if kind == "verb":
        return tokens.verb(i)
    if kind == "noun":
        return not tokens.verb(i)
    if kind == "attr":  # "the final tests", "the final report": a modifier of the noun after it
        following = i + 1
        if following >= len(tokens):
            return False
        info = tokens.infos[following]  # a noun there, whatever else it may be ("the final checks")
        return info.can_noun and not info.plain and not info.verb_cue
    if kind == "article":  # no condition: the article may settle the word (SenseRule.open)
        return True
    if kind == "named":  # "phoned Vladimir Putin": a name (not a day's or a month's) among the 4 words after
        dates = _date_names()
        for j in range(i + 1, min(i + 5, len(tokens))):
            if tokens.name(j) and tokens.words[j] not in dates:
                return True
        return False
    if kind == "owned":  # "Iceland's premier flew to ...": a capitalised name in the possessive before the word
        dates = _date_names()  # (not "Monday's talks", nor a capitalised "It's" or "That's" opening the sentence)
        for j in range(i):
            word = tokens.words[j]
            if (word.endswith("'s") or word.endswith("\u2019s")) and word[:-2] not in _NOT_OWNERS \
                    and word[:-2] not in dates and tokens._capital(j):
                return True
        return False
    if kind == "pair":  # "the ruling party": two words side by side anywhere in the clause
        return _pair_in(test.words, tokens)
    if kind == "next":
        lo, hi = i + 1, i + 4
    elif kind == "prev":
        lo, hi = i - 3, i
    elif kind == "in":
        return not test.words.isdisjoint(tokens.all_lemmas())
    elif kind == "after":  # the other side of a call or letter: anywhere after the word
        lo, hi = i + 1, len(tokens)
    elif kind == "before":  # the subject's side: the first word before this one with a type or sense rules of its
        # own decides ("riots after the flood left two dead": the riots'; "a car bomb ... left": the bomb's)
        infos = tokens.infos
        for j in range(i):
            if not test.words.isdisjoint(infos[j].lemmas):
                return True
            if infos[j].entry is not None and infos[j + 1].entry is None:  # ("a car bomb": the bomb's)
                return False
        return False
    else:  # near
        lo, hi = i - 4, i + 5
    words = test.words
    for info in tokens.infos[max(0, lo) : hi]:  # (plain loops here: a generator a rule costs more than the test)
        if not words.isdisjoint(info.lemmas):
            return True
    return False


def _pair_in(pairs: frozenset[str], tokens: _Clause) -> bool:
    """Whether one of `pairs` ("a+b") is two side-by-side words of the clause, by their lemmas."""
    infos = tokens.infos
    for pair in pairs:
        first, second = pair.split("+")
        for j in range(len(infos) - 1):
            if first in infos[j].lemmas and second in infos[j + 1].lemmas:
                return True
    return False


def _sense(rules: Iterable[SenseRule], tokens: _Clause, i: int) -> SenseRule | None:
    """The first rule whose every test passes at word i."""
    for rule in rules:
        for test in rule.tests:
            if not _passes(test, tokens, i):
                break
        else:
            return rule
    return None


class _Hit(NamedTuple):
    """A keyword or sense hit (a tuple: hits are made by the thousand; the hot loops read its fields by index:
    0 last, 1 span, 2 type, 3 weight)."""

    last: int  # the token the hit's last word is on
    span: tuple[int, int]
    type: str
    weight: float


def _keyword_at(keyword: Keyword, tokens: _Clause, i: int, first_matched: bool = False) -> bool:
    """Whether the keyword starts at token i (`first_matched`: its first word is known to be a form of token i's)."""
    kwords = keyword.words
    n = len(kwords)
    if n == 1 and not keyword.pos and first_matched and not keyword.upper:
        return True
    words = tokens.words
    if i + n > len(words):
        return False
    if keyword.pos and n == 1 and tokens.verb(i) != (keyword.pos == "v"):
        return False
    if keyword.upper and (" ".join(kwords).upper() not in tokens.text
                          or not all(tokens.written_upper(i + k) for k in range(n))):
        return False
    infos = tokens.infos
    stem = n - 1 if keyword.prefix else n  # a last word written with * matches as a prefix
    for k in range(1 if first_matched else 0, n):
        if k == stem:
            if not words[i + k].startswith(kwords[k]):
                return False
        elif words[i + k] != kwords[k] and kwords[k] not in infos[i + k].lemmas:
            return False
    return True


def _hits(tokens: _Clause, taxonomy: Taxonomy, start: int = 0) -> list[_Hit]:
    """Keyword and sense-rule hits, longest keyword first; a word inside a longer keyword is not read again.
    `start`: the hits of the words from there on (no keyword of an earlier word reaching past it)."""
    hits: list[_Hit] = []
    covered = -1
    if tokens.table.taxonomy is taxonomy:
        entries = list(map(_ENTRY, tokens.infos))
    else:  # read for another taxonomy
        entries = list(map(taxonomy.entries.__getitem__, tokens.words))
    if start:
        entries[:start] = [None] * start
    for i in compress(range(len(entries)), entries):  # the few words where a rule or keyword may start
        if i <= covered:
            continue
        entry = entries[i]
        assert entry is not None
        if entry.only_plain:  # the usual case: one-word keywords only
            span = (i, i)
            for kind, weight in entry.plain:
                hits.append(_new_hit(_Hit, (i, span, kind, weight)))
            continue
        rule = _sense(entry.rules, tokens, i) if entry.rules else None
        if rule is not None:
            if rule.type != NO_TYPE:
                hits.append(_Hit(i, (i, i), rule.type, rule.weight))
                # a weak sense (a temperature read), or a rule open to the article: the article may settle it
                if rule.weight < WEAK_SENSE or rule.open:
                    if tokens.unsettled is None:
                        tokens.unsettled = {}
                    tokens.unsettled[i] = entry.rule_types
                    if tokens.ruled is None:
                        tokens.ruled = set()
                    tokens.ruled.add(i)
            continue
        keywords = entry.keywords
        seconds = entry.seconds
        if seconds is not None and (i + 1 >= len(entries) or seconds.isdisjoint(tokens.infos[i + 1].lemmas)):
            keywords = entry.single  # the next word is not the second word of any longer keyword
        found = [k for k in keywords if _keyword_at(k, tokens, i, not k.prefix)]  # first word by its lemma
        # a word of two senses: its one-word keywords, or its keywords read as a noun or a verb ("the next draw")
        if entry.rules and (entry.plain or found) and not any(len(k.words) > 1 for k in found):
            if tokens.unsettled is None:
                tokens.unsettled = {}
            tokens.unsettled[i] = entry.rule_types
        if not found:  # the one-word keywords that hold for any form, as in the usual case
            span = (i, i)
            for kind, weight in entry.plain:
                hits.append(_new_hit(_Hit, (i, span, kind, weight)))
            continue
        longest = max((len(k.words) for k in found), default=1)
        best = dict(entry.plain) if longest == 1 else {}  # one word counts once per type: its heaviest keyword
        for keyword in found:
            if len(keyword.words) == longest:
                best[keyword.type] = max(best.get(keyword.type, 0.0), keyword.weight)
        end = i + longest - 1
        hits.extend(_Hit(end, (i, end), kind, weight) for kind, weight in best.items())
        covered = end
    return hits


def _predicate(tokens: _Clause, centre: int | None) -> int | None:
    """The verb the date attaches to: the content verb nearest the date (after it, on a tie); without a date, the
    first content verb outside a relative clause ("the man who stabbed three people was jailed"), else the first.
    A word written with a capital inside a sentence is a name ("Hector"), not a verb."""
    verb = tokens.verb
    infos = tokens.infos
    if centre is None:
        first = None
        for i in compress(range(len(infos)), map(_MAY_BE_PREDICATE, infos)):
            if verb(i) and not tokens.name(i) and not _reduced_relative(tokens, i):
                if not _in_relative_clause(tokens, i):
                    return i
                first = i if first is None else first
        return first
    candidates = list(compress(range(len(infos)), map(_MAY_BE_PREDICATE, infos)))
    # outwards from the date, the word after it first on a tie
    after = bisect_left(candidates, centre)
    before = after - 1
    while after < len(candidates) or before >= 0:
        if before < 0 or after < len(candidates) and candidates[after] - centre <= centre - candidates[before]:
            i = candidates[after]
            after += 1
        else:
            i = candidates[before]
            before -= 1
        if verb(i) and not tokens.name(i) and not _reduced_relative(tokens, i):
            return i
    return None


def _reduced_relative(tokens: _Clause, i: int) -> bool:
    """Whether verb i is a participle that tells of the noun before it, right before the clause's own verb in the
    past ("the relatives of the people killed marched on Sunday", "the men arrested faced a judge"): both end in
    -ed, the next word is a content verb here, and no noun follows it (not "shelled suspected rebel positions", where
    the second is an adjective of the noun after it)."""
    words = tokens.words
    j = i + 1
    if not (j < len(words) and words[i].endswith("ed") and words[j].endswith("ed")):
        return False
    infos = tokens.infos
    after = j + 1
    if not infos[j].may_be_predicate or after < len(words) and infos[after].can_noun:
        return False
    starts = tokens.starts  # nothing but a space between the two ("the bill passed, backed by most members": a comma)
    if not tokens.text[starts[i] + len(words[i]) : starts[j]].isspace():
        return False
    return tokens.verb(j) and not tokens.name(j)


_MAY_BE_PREDICATE = attrgetter("may_be_predicate")
_SAYING = attrgetter("saying")
_ENTRY = attrgetter("entry")


def _in_relative_clause(tokens: _Clause, i: int) -> bool:
    """Whether verb i follows a relative pronoun by at most 3 words ("the gunman who opened fire", "the man who was
    stabbed"): it tells of the noun before the pronoun."""
    return not _relative_words().isdisjoint(tokens.words[max(0, i - 3) : i])


@lru_cache(maxsize=1)
def _relative_words() -> frozenset[str]:
    """The relative pronouns ("who", "which")."""
    return word_groups()["relative"]


_new_hit = tuple.__new__  # a _Hit made without NamedTuple's Python-level constructor: hits are made by the thousand


class ReadText(NamedTuple):
    """A text read once: its words and its keyword and sense hits (the same sentence may be read as a clause and
    as evidence for the prior)."""

    clause: _Clause
    hits: list[_Hit]


def read_text(text: str, taxonomy: Taxonomy) -> ReadText:
    """The words of `text` and their hits."""
    clause = _Clause(*_words(text), text, _word_infos(taxonomy))
    return _new_read(ReadText, (clause, _hits(clause, taxonomy)))


_new_read = tuple.__new__  # a ReadText made without NamedTuple's Python-level constructor (one per text read)


def clause_scores(
    text: str, centre_offset: int | None, taxonomy: Taxonomy, read: ReadText | None = None
) -> dict[str, float]:
    """The evidence of one clause per type: keyword and sense hits, the predicate weighing most, nearer words
    (to character `centre_offset`, if given) more than farther ones. `read`: `text` already read."""
    tokens, hits = read or read_text(text, taxonomy)
    if not hits:
        return {}
    centre = None
    if centre_offset is not None:
        centre = min(tokens.words_before(centre_offset), len(tokens) - 1)  # the first word from there on
    predicate = _predicate(tokens, centre)
    tokens.predicate_at = (centre_offset, predicate)
    on_predicate = [] if predicate is None else [h for h in hits if h[1][0] <= predicate <= h[1][1]]
    # who tells the news ("..., the transport ministry said") never outvotes what its verb tells, nor is its event
    speaker = _speaker_words(tokens) if len(hits) > 1 else None  # one hit is the event whoever says it
    behind, times = _background_words(tokens) or (frozenset(), frozenset())  # a cause or a point in time
    # the predicate, or the word after it, is a verb of being shut ("has been closed since the attack")
    shut = bool(behind) and predicate is not None and _closing_verb(tokens, predicate)
    if speaker and on_predicate:
        told = {h[2] for h in on_predicate if h[3] >= 1}  # a weak verb ("targeted") tells too little to outvote
        if told:  # the speaker's field weighs less, yet still breaks a tie of generic verbs
            hits = [h if h[1][0] not in speaker or h[2] in told else h._replace(weight=h[3] * SPEAKER_WEIGHT)
                    for h in hits]
    infos = tokens.infos
    event_noun = -1  # the token of the event noun, when the predicate points nowhere
    if not on_predicate:
        # "the hearing is set for June", "the election was held": the event noun nearest the date is the event
        # a verb that points nowhere itself ("declared", "called") takes its object as the event: the first hit after it
        # a weak word ("million", "price") is not the event, nor an adjective ("financial" damage: the damage is)
        candidates = [h for h in hits if h[1][0] not in speaker] or hits if speaker else hits
        places = _places()  # where the event is, not what ("several towns in the region"): a one-word place hit
        candidates = [h for h in candidates if h[1][0] != h[0] or places.isdisjoint(infos[h[0]].lemmas)]
        if behind:  # a count of harm beside its cause or an earlier event takes the counted event's type
            tallies = _tallies()
            candidates = [h for h in candidates if tallies.isdisjoint(infos[h[0]].lemmas)] or candidates
        if (times and candidates and predicate is not None
                and (shut
                     or all(h[1][1] > predicate or h[1][0] in times for h in candidates))
                and _nearest_hit(candidates, infos, predicate, centre)[1][0] in times):
            # a place shut since an earlier event ("the school has been closed since the attack"): that event is
            # what the clause tells of, no mere point in time; nothing else stands in for it. So too when the
            # subject names no type of its own. Not a figure with a type of its own that changed since then
            # ("exports have halved since the war"): the change is the news
            behind, times = behind - times, frozenset()
        if behind:  # a cause or a point in time is not the event ("put off because of the virus") ...
            # ... unless the clause names nothing else ("trains were suspended because of the strike")
            candidates = [h for h in candidates if h[1][0] not in behind] or candidates
        light = _light_verb(tokens) if predicate is None and centre is None and len(candidates) > 1 else None
        nearest = _event_noun_hit(candidates, infos, predicate, centre, _as_clause(tokens, predicate), light)
        # a word far from the predicate belongs to another clause: no event noun of this one (without a predicate,
        # the date may end the sentence while the event noun opens it: no limit)
        if nearest is not None and (predicate is None or abs(nearest[1][0] - predicate) <= EVENT_NOUN_REACH):
            event_noun = nearest[0]
    only_background = bool(behind) and not on_predicate and all(h[1][0] in behind for h in hits)
    # the event noun names a field of its own, and the predicate shuts nothing ("the market was closed because of
    # the bombing" tells of the bombing)
    typed_event = bool(behind) and any(h[0] == event_noun and h[2] != taxonomy.fallback and h[1][0] not in behind
                                        for h in hits) and not shut
    unsettled = tokens.unsettled
    past = _past_post_words(tokens)
    # "the governor flew to his home town", "the president spoke by phone with the family": a verb of travelling,
    # meeting, speaking or writing tells what a person did; a public office of its subject says who, not what the
    # news is (a post whose work is the travel, "doctors flew in", "envoys will travel", keeps its type, and so
    # does a post of several words that names its field, "foreign minister")
    # so too a verb of death: "the first president died in hospital" is a death, the office who died
    dies = predicate is not None and not _death_verbs().isdisjoint(infos[predicate].lemmas)
    subject_end = (predicate if predicate is not None
                   and (dies or not _contact_verbs().isdisjoint(infos[predicate].lemmas)) else 0)
    # "the funeral of the former president", "the late former mayor was buried": a rite of mourning for who held a
    # post is a death, the post says who (a post still held is the news: README, dying in office)
    lemmas = tokens.all_lemmas()
    mourns = not _mourning_words().isdisjoint(lemmas) or {"memorial", "service"} <= lemmas
    scores: dict[str, float] = {} if unsettled is None else ClauseScores()
    verb = tokens.verb
    office_only = 0.0  # what the one-word offices of who travels or meets gave: the fallback type gets twice that
    for last, (first, end), kind, weight in hits:
        office = False
        if predicate is not None and first <= predicate <= end:
            role = PREDICATE_WEIGHT
        elif last == event_noun:
            role = EVENT_NOUN_WEIGHT
        elif infos[last].may_be_predicate and verb(last):  # a content verb
            role = VERB_WEIGHT
        else:
            role = 1.0
        if only_background:  # a cause is the news only with nothing else in the clause, and then it says little of
            role = BACKGROUND_WEIGHT  # its own, event noun or not: the article may outweigh it
        elif first in (behind if typed_event else times) and role != PREDICATE_WEIGHT:
            # a point in time beside the clause's event is not the news, nor a cause beside an event of a field
            # ("traders were hit hard due to the blockade"); beside a word of no field ("schools were shut due to
            # flooding") or a place shut the cause says what the news is about
            role *= BACKGROUND_WEIGHT
        mourned = (mourns and past is not None and first in past and not _offices().isdisjoint(infos[last].lemmas))
        subject_office = mourned or (
            last < subject_end and (first == last or last == first + 1 and tokens.words[first] in _ranks())
            and not _offices().isdisjoint(infos[last].lemmas))  # "the governor", "the prime minister"
        if past and first in past and not (subject_office and (dies or mourned)):
            role *= PAST_POST_WEIGHT
        elif subject_office and dies and not mourned and _head_in_office(tokens, first, last, past) \
                and HEAD_DEATH_TYPE in taxonomy.types:
            # "the king died", "the prime minister died in office": a head of state or government dying in office is
            # a succession (README of tests/typing), whatever the office's own keyword says
            kind, weight, role = HEAD_DEATH_TYPE, HEAD_DEATH_WEIGHT, 1.0
        elif subject_office:  # (a former office too when its holder died: "the former president died" is a death)
            role *= OFFICE_WEIGHT  # who travels or meets: the second type when nothing else in the clause has one
            office = True
        if centre is None:
            score = weight * role
        else:
            distance = min(abs(first - centre), abs(end - centre))
            score = weight * role / (1 + distance / DISTANCE_SCALE)
        scores[kind] = scores.get(kind, 0.0) + score
        if office:
            office_only += score
        if speaker and first in speaker and isinstance(scores, ClauseScores):
            scores.spoken[kind] = scores.spoken.get(kind, 0.0) + score
        if unsettled is not None and first in unsettled:
            assert isinstance(scores, ClauseScores)
            scores.unsettled.append((kind, score, unsettled[first]))
            if tokens.ruled is None or first not in tokens.ruled:
                scores.defaulted += score
    if office_only:  # "the governor flew home": a person's doings, of no field; the office names the second type
        scores[taxonomy.fallback] = scores.get(taxonomy.fallback, 0.0) + 2 * office_only
    if on_predicate or not taxonomy.needs_event_types.isdisjoint(scores):
        background = _weigh_by_event(scores, on_predicate, event_noun, hits, predicate, taxonomy)
        if background and background.issuperset(scores):
            return {}  # only words named in passing ("paid at the shop"): the clause points nowhere of its own
    return scores


def _speaker_words(tokens: _Clause) -> range | None:
    """The words that name who tells what the clause reports: the subject of a verb of saying after a comma or a
    quote ("..., the transport ministry said", "...," a police spokesman said): they say who speaks, not what
    happened. Not after a fronted date or place ("On Tuesday, hostages said they had been beaten": the subject is
    the news). None when the clause has none."""
    if not any(map(_SAYING, tokens.infos)):  # no verb of saying: the pattern cannot match (the usual case)
        return None
    lowered = tokens._lowered
    for match in _speaker_pattern().finditer(lowered):
        before = lowered[: match.start()].split()
        if before and len(before) <= FRONTED_WORDS and before[0] in _fronting_words():
            continue
        speaker = match.lastgroup  # the one named group of the alternative that matched: "comma" or "end"
        assert speaker is not None
        return range(tokens.words_before(match.start(speaker)), tokens.words_before(match.end(speaker)))
    return None


@lru_cache(maxsize=1)
def _speaker_pattern() -> re.Pattern[str]:
    """A speaker of at most SPEAKER_WORDS words right before a verb of saying, after a comma or a quote."""
    saying = "|".join(sorted(word_groups()["saying"]))
    # or, at the end of a clause whose date was cut out with its comma ("cases could keep rising the ministry
    # warned"), a speaker named with "the" or "a" right before the clause's last word, a verb of saying
    return re.compile(rf"(?:[,;:][\"'”]?\s+|[\"”]\s+)(?P<comma>(?:[a-z][-'a-z]*\s+){{1,{SPEAKER_WORDS}}}?)"
                      rf"(?:{saying})\b"
                      rf"|\s(?P<end>(?:the|a)\s+(?:[a-z][-'a-z]*\s+){{0,{SPEAKER_WORDS - 1}}}?)(?:{saying})[.!]?\s*$")


@lru_cache(maxsize=1)
def _fronting_words() -> frozenset[str]:
    """The first words of a date or place put before the sentence's subject ("On Tuesday, ...", "Last week, ...")."""
    return word_groups()["fronting"]


def _holds_a_cue(tokens: _Clause, cues: Iterable[str]) -> bool:
    """Whether the clause's lower-cased text holds one of `cues` anywhere: a search of the text for each cue, cheaper
    than looking up every word, before the words are looked at."""
    lowered = tokens._lowered
    return any(cue in lowered for cue in cues)


def _past_post_words(tokens: _Clause) -> frozenset[int] | None:
    """The words of a post a person no longer holds, "former" up to the person's title ("a former central bank
    governor", "the former defence minister"): they say who the person is, not what the clause reports. None when
    the clause has none (the usual case)."""
    cues = _past_post_cues()
    if not _holds_a_cue(tokens, cues):
        return None
    words = tokens.words
    infos = tokens.infos
    found: set[int] = set()
    for i, word in enumerate(words):
        if word in cues:
            for j in range(i + 1, min(i + 1 + PAST_POST_REACH, len(words))):
                if infos[j].agent:
                    found.update(range(i + 1, j + 1))
                    break
    return frozenset(found) or None


def _background_words(tokens: _Clause) -> tuple[frozenset[int], frozenset[int]] | None:
    """The words of a cause ("because of the pandemic", "owing to a fault", "due to the strike") or of an earlier
    event named as a point in time ("their largest harvest since the eruption"), up to BACKGROUND_REACH words after
    the cue, and of those the points in time. "due to" before a verb tells of a plan ("due to visit"), not a cause
    (_plan_verb). None when the clause has none (the usual case)."""
    cues = _background_cues()
    if not _holds_a_cue(tokens, cues):
        return None
    causes, anchors = word_groups()["cause"], word_groups()["anchor"]
    words = tokens.words
    found: set[int] = set()
    times: set[int] = set()
    for i, word in enumerate(words):
        start = -1
        if word in anchors:
            start = i + 1
        elif word in causes and i + 2 < len(words) and words[i + 1] in ("of", "to"):
            if words[i + 1] == "of" or not _plan_verb(tokens, i):
                start = i + 2
        if start >= 0:
            end = min(start + BACKGROUND_REACH, len(words))
            # the phrase ends at a comma, semicolon, colon or dash: "Since the vote, the leader has been under
            # house arrest": the words after it are the clause's own
            stop = _PHRASE_END.search(tokens.text, tokens.starts[i])
            if stop is not None:
                end = min(end, tokens.words_before(stop.start()))
            span = range(start, end)
            found.update(span)
            if word in anchors:
                times.update(span)
    return (frozenset(found), frozenset(times)) if found else None


_PHRASE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")  # where a cause or a point in time ends at the latest


def _plan_verb(tokens: _Clause, cue: int) -> bool:
    """Whether the word after "due to" at word `cue` is the verb of a plan ("the minister is due to visit", "the
    talks, due to begin on Monday") rather than a cause ("cancelled due to fog", "due to strikes", "due to
    flooding"): a verb in its base form, and no noun after a participle ("delayed due to rain")."""
    info = tokens.infos[cue + 2]
    if not info.can_verb or info.lemmas != {tokens.words[cue + 2]}:  # "strikes", "flooding": no verb after "to"
        return False
    return not (info.can_noun and cue > 0 and tokens.words[cue - 1].endswith("ed"))


def _closing_verb(tokens: _Clause, predicate: int) -> bool:
    """Whether the predicate, or the word after it ("stayed shut", "remained closed"), is a verb of being shut or
    stopped (typing_words.tsv's closing group)."""
    closing = word_groups()["closing"]
    infos = tokens.infos
    return any(not closing.isdisjoint(infos[i].lemmas) or tokens.words[i] in closing
               for i in (predicate, predicate + 1) if i < len(tokens))


def _tallies() -> frozenset[str]:
    """Counts of harm ("toll", "casualty", "fatality"): typed by the event they count."""
    return word_groups()["tally"]


def _places() -> frozenset[str]:
    """The words that say where ("region", "country"): never the event noun."""
    return word_groups()["place"]


@lru_cache(maxsize=1)
def _background_cues() -> tuple[str, ...]:
    """The words that start a cause or a point in time (typing_words.tsv's cause and anchor groups)."""
    return tuple(sorted(word_groups()["cause"] | word_groups()["anchor"]))


@lru_cache(maxsize=1)
def _contact_verbs() -> frozenset[str]:
    """The verbs of travelling, meeting, speaking and writing ("flew", "met", "spoke")."""
    return word_groups()["contact"]


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """The public offices named by one word ("governor", "president"): who a person is, not what the news is, when
    the person travels, meets, speaks or writes."""
    return word_groups()["office"]


def _head_in_office(tokens: _Clause, first: int, last: int, past: frozenset[int] | None) -> bool:
    """Whether words first..last name a head of state or government still in office: "the king", "the president",
    "the prime minister" (a one-word head, or "prime" before "minister"), with no "former" before it."""
    if past is not None and first in past or first > 0 and tokens.words[first - 1] in word_groups()["second_rank"]:
        return False  # "the former king", "the deputy prime minister", "the vice president"
    words = tokens.words
    if words[last].endswith(("'s", "\u2019s")) or not _head_of_state_side(tokens, first - 1) \
            or not _head_alone_after(tokens, last + 1):
        return False  # "the king's mother", "the club president", "the queen mother", "the president of the club"
    before = first - 1 if first > 0 and words[first - 1] in word_groups()["head_determiner"] else first
    if before > 0 and words[before - 1] == "of":
        return False  # "the uncle of the queen died": the relative died, the queen is who he was
    lemmas = tokens.infos[last].lemmas
    heads = word_groups()["head"]
    if first == last:
        return "minister" not in lemmas and not heads.isdisjoint(lemmas)
    return tokens.words[first] == "prime" and last == first + 1 and "minister" in lemmas


_HEAD_DESCRIBERS = 3  # words that describe an office looked past before it ("the club's long-serving president")


def _holder_of_field(tokens: _Clause, i: int) -> bool:
    """Whether word i (a possessive's "'s" dropped) is a common noun that names a body of its own, not a state:
    "club", "company's", "university" before or after a head's office say it heads that body ("the club president",
    "the president of the university"); a state's word ("the country's king"), a name ("the French president",
    "Brazil's president", "the president of France") or an adjective ("the ailing king") leaves a head of state."""
    word = tokens.words[i]
    possessive = False
    for ending in ("'s", "\u2019s", "'"):
        if word.endswith(ending):
            word = word[: -len(ending)]
            possessive = True
            break
    if word in word_groups()["polity"] or tokens.name(i):
        return False
    classes = word_classes(word)
    if possessive:  # "the firm's president", "the carmaker's president": only a noun takes "'s" ("Kenya's president"
        return i > 0 or "NOUN" in classes  # first in the sentence may be a name: then a known noun only)
    return "NOUN" in classes and "ADJ" not in classes


def _describes(tokens: _Clause, i: int) -> bool:
    """Whether word i only describes the office after it ("long-serving", "ailing", "reigning", "opera" in "opera
    house"): an adjective, a hyphened word or a participle, not a determiner, a possessive or a name."""
    word = tokens.words[i]
    if word in word_groups()["head_determiner"] or word.endswith(("'s", "\u2019s", "'")) or tokens.name(i):
        return False
    classes = word_classes(word)
    return "ADJ" in classes or "-" in word or classes == {"VERB"} and word.endswith(("ing", "ed"))


def _head_of_state_side(tokens: _Clause, before: int) -> bool:
    """Whether the words before a head's office (the last at index `before`, -1 for none) leave it a head of state or
    government: not a noun of another body ("the club president", "the company's president"), also past the words
    that only describe the office ("the club's long-serving president", "the opera house president"); not a post
    the head has left ("the exiled king", "the deposed president", "the ex-king")."""
    groups = word_groups()
    for _ in range(_HEAD_DESCRIBERS):
        if before < 0:
            return True
        if tokens.words[before] in groups["past_head"] or tokens.words[before].startswith("ex-"):
            return False
        if not _describes(tokens, before):
            break
        before -= 1
    return before < 0 or tokens.words[before] in groups["head_determiner"] \
        or not _holder_of_field(tokens, before)


def _head_alone_after(tokens: _Clause, after: int) -> bool:
    """Whether the words from `after` leave the office before them a head of state or government: its verb, an
    adverb, or "of" a state ("the premier of the province", "the president of France"); not a noun that makes the
    office part of another name ("the queen mother") nor "of" another body ("the chancellor of the university")."""
    words = tokens.words
    if after >= len(words) or words[after] in word_groups()["head_follower"]:
        return True
    if words[after] == "of":
        for k in range(after + 1, len(words)):
            if tokens.verb(k) and tokens.infos[k].may_be_predicate or words[k] in ("who", "whose", "and"):
                break
            if _holder_of_field(tokens, k):
                return False
        return True
    classes = word_classes(words[after])
    return not ("NOUN" in classes and not classes & {"ADV", "AUX"} and not tokens.verb(after))


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """The words before a one-word office that name no field of their own ("prime", "deputy"): "the prime
    minister" is an office as "the premier" is, unlike "the foreign minister"."""
    return word_groups()["rank"]


@lru_cache(maxsize=1)
def _past_post_cues() -> frozenset[str]:
    """The words before a post a person no longer holds ("former")."""
    return word_groups()["past_post"]


class ClauseScores(dict[str, float]):
    """A clause's scores per type, with what its words of two senses that no sense rule settled gave: (the type
    their keyword gave, how much, the types their sense rules name)."""

    def __init__(self) -> None:
        super().__init__()
        self.unsettled: list[tuple[str, float, frozenset[str]]] = []
        self.defaulted = 0.0  # what those of them that no sense rule read at all gave (their keyword's sense)
        self.spoken: dict[str, float] = {}  # what the words of who tells the news gave ("..., the air force said")


def only_unsettled(scores: dict[str, float]) -> bool:
    """Whether every point of a clause's scores comes from words of two senses that none of their sense rules read
    (the keyword's default sense: "killed" with no agent, cause or weapon named; not a rule open to the article,
    "a state of emergency", whose story settles it)."""
    if not isinstance(scores, ClauseScores) or not scores.defaulted:
        return False
    return scores.defaulted >= sum(scores.values()) - 1e-9


def article_settles(scores: dict[str, float], prior: dict[str, float]) -> bool:
    """Whether the article (its `prior`) is clearly about one of the senses (ARTICLE_SENSE_SHARE) of one of the
    clause's words of two senses that no sense rule settled: the sense its keyword gave, or one it moves it to
    (_article_senses)."""
    if not isinstance(scores, ClauseScores) or not scores.unsettled or not prior:
        return False
    topic = max(prior, key=prior.__getitem__)
    return prior[topic] >= ARTICLE_SENSE_SHARE and any(
        kind == topic or topic in senses for kind, _score, senses in scores.unsettled)


def _article_senses(scores: dict[str, float], prior: dict[str, float]) -> dict[str, float]:
    """The scores with each unsettled word's share moved to the type its article is about, when the article points
    there strongly (ARTICLE_SENSE_SHARE) and one of the word's senses is that type ("the probe was launched" in a
    story about a moon landing; "the winner" in a story about an election). Not when a word the article cannot move
    points where the word's keyword does: the clause's own words say which sense it is ("fighters attacked the
    village" in a story about an outbreak, "the ministers signed the treaty" in one about trade); who tells the news
    says nothing of it ("Russia fired 40 missiles, the air force said" in a story about a war is an attack)."""
    if not isinstance(scores, ClauseScores) or not scores.unsettled or not prior:
        return scores
    topic = max(prior, key=prior.__getitem__)
    if prior[topic] < ARTICLE_SENSE_SHARE:
        return scores
    moved = dict(scores)
    movable: dict[str, float] = {}  # what the words the article may move gave each type
    for kind, score, senses in scores.unsettled:
        if topic in senses:
            movable[kind] = movable.get(kind, 0.0) + score
    for kind, score, senses in scores.unsettled:
        if kind != topic and topic in senses and (
                scores.get(kind, 0.0) - movable[kind] - scores.spoken.get(kind, 0.0) <= AGREEING):
            taken = min(score, moved.get(kind, 0.0))
            moved[kind] -= taken
            moved[topic] = moved.get(topic, 0.0) + taken
    return {k: v for k, v in moved.items() if v > 0}


def _event_noun_hit(
    candidates: list[_Hit], infos: list[_WordInfo], predicate: int | None, centre: int | None,
    opening: int | None = None, light: int | None = None,
) -> _Hit | None:
    """The hit of `candidates` that is the clause's event noun (None with no candidates): the one hit, or the nearest
    (_nearest_hit), and of a compound its last noun ("the terrorism threat level")."""
    if len(candidates) <= 1:  # the usual case: the one hit is the nearest, whichever way it is looked for
        return candidates[0] if candidates else None
    nearest = _nearest_hit(candidates, infos, predicate, centre, opening, light)
    by_start = {h[1][0]: h for h in candidates}
    while nearest[1][1] + 1 in by_start:
        nearest = by_start[nearest[1][1] + 1]
    return nearest


def _nearest_hit(
    hits: list[_Hit], infos: list[_WordInfo], predicate: int | None, centre: int | None, opening: int | None = None,
    light: int | None = None,
) -> _Hit:
    """The hit that is the clause's event when its predicate points nowhere: the first strong hit (weight 1 or
    more, not an adjective) just after the predicate, else the one nearest the predicate (or the date; the one
    after it on a tie), else, with neither, the strongest."""
    # a person named by post before the predicate is its subject, who does the event ("the prime minister arrived
    # for a visit"), unless the predicate tells of the person ("the former president died"); without a predicate, a
    # person, nor the post before the title, is the event noun ("the first meeting of their defence ministers": the
    # meeting is the event)
    subject_end = -1 if predicate is None or infos[predicate].person_event else predicate
    strong = [h for h in hits if h.weight >= 1 and not infos[h.last].adjective_only
              and not ((infos[h.last].agent or (h.last + 1 < len(infos) and infos[h.last + 1].agent))
                       and (predicate is None or h.last < subject_end))]
    if predicate is not None:
        # a word after a clause of its own ("talks collapsed after the army stayed away") is no object of the
        # predicate: the words before that clause are looked at first. Not after a verb of what befell a person
        # ("the retired judge died after a fall"): the person is who, the clause after it what happened
        stop = len(infos) if infos[predicate].person_event else _clause_opening(infos, predicate)
        if opening is not None and not infos[predicate].person_event:  # "... dwindled as fighting dragged on"
            stop = min(stop, opening)
        for h in strong:
            if 0 < h.span[0] - predicate <= 4 and h.span[0] < stop:
                return h
        if stop < len(infos):  # not a person named by post ("the retired judge died after a fall"): who, not what
            inside = [h for h in (strong or hits) if h.span[0] < stop and not infos[h.last].agent]
            if inside:
                return min(inside, key=lambda h: (abs(h.span[0] - predicate), h.span[0] < predicate))
    elif centre is None:  # nothing to be near: the strongest word of the sentence ...
        if light is not None:  # ... after a light verb, the strong word it takes ("will go on trial", "held talks",
            for h in hits:  # "will go hungry": an adjective too)
                if h.weight >= 1 and 0 < h.span[0] - light <= LIGHT_OBJECT_REACH:
                    return h
        return max(strong or hits, key=lambda h: (h.weight, -h.span[0]))  # not who did it ("a nurse won ...")
    anchor = centre if predicate is None else predicate
    assert anchor is not None
    return min(strong or hits, key=lambda h: (abs(h.span[0] - anchor), h.span[0] < anchor))


LIGHT_OBJECT_REACH = 3  # the event noun a light verb takes is at most this many words after it ("go on trial")


def _light_verb(tokens: _Clause) -> int | None:
    """The token of the clause's first light verb read as a verb ("go" in "the manager will go on trial"), or None.
    A light verb followed by "as" judges, it takes no event ("the pull-out was seen as a defeat"): no light verb."""
    light = _light_words()
    words = tokens.words
    for i, info in enumerate(tokens.infos):
        if info.plain and not light.isdisjoint(info.lemmas) and tokens.verb(i) and not tokens.name(i):
            if i + 1 < len(words) and words[i + 1].lower() == "as":
                return None
            return i
    return None


@lru_cache(maxsize=1)
def _light_words() -> frozenset[str]:
    """The light verbs ("hold", "go", "take"): the event noun they take is the event."""
    return word_groups()["light"]


AS_CLAUSE_REACH = 5  # a clause opened by "as" has its verb at most this many words after it


def _as_clause(tokens: _Clause, predicate: int | None) -> int | None:
    """The token of an "as" after the predicate that opens a clause of its own, with a verb of its own in the
    AS_CLAUSE_REACH words after it ("visitors have dwindled as fighting dragged on": a time or a cause, not the
    predicate's object), or None. Not "as" before a post ("sworn in as president", "served as coach": no verb
    follows), nor "such as", "as well as"; an -ing form after it may be a noun ("as fighting ..."), not its verb."""
    if predicate is None:
        return None
    words = tokens.words
    not_opening = word_groups()["as_not_opening"]
    for j in range(predicate + 1, len(words) - 1):
        if words[j] != "as" or words[j - 1] in not_opening or words[j + 1] in not_opening:
            continue
        for k in range(j + 1, min(j + 1 + AS_CLAUSE_REACH, len(words))):
            if (tokens.verb(k) and tokens.infos[k].may_be_predicate and not words[k].endswith("ing")
                    and not tokens.name(k)):
                return j
    return None


def _clause_opening(infos: list[_WordInfo], predicate: int) -> int:
    """The token of the first word after the predicate that opens a clause of its own ("after", "because",
    typing_words.tsv's subordinate group), or the clause's length when none does."""
    opening = _subordinate_words()
    for j in range(predicate + 1, len(infos)):
        if not opening.isdisjoint(infos[j].lemmas):
            return j
    return len(infos)


@lru_cache(maxsize=1)
def _subordinate_words() -> frozenset[str]:
    """The words that open a clause of its own after the predicate ("after", "because", "while")."""
    return word_groups()["subordinate"]


@lru_cache(maxsize=1)
def _mourning_words() -> frozenset[str]:
    """The rites of mourning ("funeral", "burial"): held for who held a post, the post says who they were."""
    return word_groups()["mourning"]


@lru_cache(maxsize=1)
def _death_verbs() -> frozenset[str]:
    """The verbs of a person's death ("died"): the office of who died says who, not what the news is."""
    return word_groups()["death"]


def _weigh_by_event(
    scores: dict[str, float],
    on_predicate: list[_Hit],
    event_noun: int,
    hits: list[_Hit],
    predicate: int | None,
    taxonomy: Taxonomy,
) -> set[str]:
    """The taxonomy's @discount and @needs-event lines: where the predicate is a strong word of a type, the words
    of the other types it discounts count less ("was sentenced for the bombing": the bombing is what the trial is
    about); a type that needs to be the event counts less when none of its words is before the predicate (its
    subject) nor a strong word (weight 1 or more) that is the predicate or the event noun ("buys milk at the
    store" is no shop news). Returns those background types."""
    factors: dict[str, float] = {}
    acts = {h[2] for h in on_predicate if h[3] >= 1}  # "accused the ministry of neglect" is no trial
    for kind in acts:
        for other, factor in taxonomy.discount_factors.get(kind, {}).items():
            if other not in acts and other in scores:
                factors[other] = min(factors.get(other, 1.0), factor)
    subject_end = -1 if predicate is None else predicate  # the words before the predicate: its subject
    background: set[str] = set()
    for kind, factor in taxonomy.needs_event:
        if kind in scores:
            for h in hits:
                if h[2] == kind and (h[1][1] < subject_end or h[0] == event_noun or h in on_predicate):
                    break
            else:
                factors[kind] = factors.get(kind, 1.0) * factor
                background.add(kind)
    for kind, factor in factors.items():
        scores[kind] *= factor
    return background


def _shares(scores: dict[str, float]) -> dict[str, float]:
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()} if total else {}


def sentence_shares(sentence: str, taxonomy: Taxonomy, read: ReadText | None = None) -> dict[str, float]:
    """One sentence's evidence as shares per type (summing to 1; empty when it points nowhere): its keyword and
    sense hits, without finding its predicate (the prior says what the article is about, not what it reports).
    `read`: the sentence already read."""
    scores: dict[str, float] = {}
    for _last, _span, kind, weight in (read or read_text(sentence, taxonomy)).hits:
        scores[kind] = scores.get(kind, 0.0) + weight
    return _shares(scores)


def evidence_shares(sentence: str, taxonomy: Taxonomy) -> dict[str, float]:
    """sentence_shares(sentence), read faster when it can be: when every word's hits are its one-word keywords or
    its sense rule (no longer keyword starting there, nor one bound to a reading), they are added up word by word,
    without finding every keyword of the sentence as a clause."""
    found = _words(sentence)
    words = found[0]
    entries = list(map(taxonomy.entries.__getitem__, words))  # what the word table holds, without the rest
    table: _WordInfos | None = None  # looked up at the first word that needs more than its one-word keywords
    scores: dict[str, float] = {}
    last = len(words) - 1
    clause: _Clause | None = None  # made when a sense rule is first tested (its tests read the neighbours)
    for i in compress(range(len(entries)), entries):  # the same order as _hits: the sums are the same to the bit
        entry = entries[i]
        assert entry is not None
        if not entry.only_plain:
            if table is None:
                table = _word_infos(taxonomy)
            if entry.rules:  # as in _hits: the first rule that holds decides the word's hit
                if clause is None:
                    clause = _Clause(*found, sentence, table)
                rule = _sense(entry.rules, clause, i)
                if rule is not None:
                    if rule.type != NO_TYPE:
                        scores[rule.type] = scores.get(rule.type, 0.0) + rule.weight
                    continue
            seconds = entry.seconds
            if entry.single or seconds is None or (i < last and not seconds.isdisjoint(table[words[i + 1]].lemmas)):
                # a keyword to check against the clause (a longer one may cover words): the rest is read as _hits
                # reads it, its hits added in the same order (no earlier word's hit covers a word)
                if clause is None:
                    clause = _Clause(*found, sentence, table)
                for _last, _span, kind, weight in _hits(clause, taxonomy, i):
                    scores[kind] = scores.get(kind, 0.0) + weight
                break
        for kind, weight in entry.plain:
            scores[kind] = scores.get(kind, 0.0) + weight
    if not scores:  # most sentences point nowhere
        return {}
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()}


def article_prior(sentences: Sequence[str], taxonomy: Taxonomy) -> dict[str, float]:
    """The article's evidence as shares per type: each sentence's shares, averaged over the sentences that point
    anywhere."""
    return prior_from([evidence_shares(s, taxonomy) for s in sentences])


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


class ArticleEvidence:
    """Every sentence's shares per type, summed once, so that each sentence's prior (the article without it) costs
    one subtraction instead of a pass over the article."""

    def __init__(self, evidence: Sequence[dict[str, float]]) -> None:
        self.evidence = list(evidence)
        self.total: dict[str, float] = {}
        self.count = 0
        for shares in self.evidence:
            if shares:
                self.count += 1
                for kind, share in shares.items():
                    self.total[kind] = self.total.get(kind, 0.0) + share

    def prior_without(self, index: int) -> dict[str, float]:
        """prior_from(every sentence but sentence `index`)."""
        own = self.evidence[index]
        count = self.count - (1 if own else 0)
        if count <= 0:
            return {}
        prior = {k: (v - own.get(k, 0.0)) / count for k, v in self.total.items()}
        return {k: v for k, v in prior.items() if v > 1e-12}


def decide(
    scores: dict[str, float],
    prior: dict[str, float],
    taxonomy: Taxonomy,
    read: ReadText | None = None,
    centre: int | None = None,
    learned: bool | None = None,
) -> Typing:
    """The type, second type and confidence from a clause's scores and its article's prior; ties go by the
    taxonomy's precedence; the fallback type only when nothing points anywhere. With the clause read (`read`, the
    date at character `centre`), the packaged taxonomy and the learned typer switched on (timeline.typer_model),
    the model weighs the rules' answer with the clause's words and decides. `learned`: learned_applies(taxonomy)
    when the caller knows it (the event builder asks once per document); None: asked here."""
    rule = _decide_by_rules(scores, prior, taxonomy)
    if read is None or not (learned_applies(taxonomy) if learned is None else learned):
        return rule
    model = default_model(taxonomy.types)
    predicate, words = _clause_lemmas(read, centre)
    probabilities = model.clause_probabilities(scores, prior, rule.type, rule.second, rule.confidence, predicate,
                                               words)
    points = bool(prior) or any(map(_POSITIVE, scores.values()))  # features() gives an s: or p: feature
    return _learned_typing(model, probabilities, points, rule, taxonomy)


def learned_applies(taxonomy: Taxonomy) -> bool:
    """Whether decide() weighs a clause with the learned typer: it is switched on (learned_on) and `taxonomy` is the
    packaged one (the model's types)."""
    return learned_on() and packaged(taxonomy)


def learned_decision(model: TyperModel, found: dict[str, float], rule: Typing, taxonomy: Taxonomy) -> Typing:
    """The model's type, second type and confidence for a clause's features (`found`), whose rules' answer is
    `rule`: the rules' fallback answer (no second type, no confidence) when nothing points anywhere."""
    probabilities = model.probabilities(found)
    points = any(name.startswith(("s:", "p:")) for name in found)
    return _learned_typing(model, [probabilities[k] for k in model.types], points, rule, taxonomy)


def _learned_typing(
    model: TyperModel, probabilities: list[float], points: bool, rule: Typing, taxonomy: Taxonomy
) -> Typing:
    """learned_decision() from the model's probabilities (in model.types order) and whether the clause has an s:
    or p: feature (`points`): the two most probable types, ties going by the taxonomy's precedence."""
    types = model.types
    first = second = -1
    top = high = -1.0
    for index in _precedence_order(model, taxonomy):  # an earlier type first on equal probabilities
        value = probabilities[index]
        if value > top:
            second, high, first, top = first, top, index, value
        elif value > high:
            second, high = index, value
    kind = types[first]
    if not points and kind == taxonomy.fallback:
        return rule  # nothing points anywhere, neither a keyword, nor the article, nor a word the model knows
    runner_up = types[second]
    if high < SECOND_MIN:  # the model is sure: the rules' runner-up, as without the model
        runner_up = next((k for k in (rule.type, rule.second) if k and k != kind and rule.confidence), "")
    return _typing(kind, runner_up, round(top, 3))


_ORDERS: dict[tuple[int, int], tuple[TyperModel, Taxonomy, tuple[int, ...]]] = {}


def _precedence_order(model: TyperModel, taxonomy: Taxonomy) -> tuple[int, ...]:
    """The indices of the model's types in the taxonomy's order of precedence (worked out once per model and
    taxonomy object)."""
    key = (id(model), id(taxonomy))
    found = _ORDERS.get(key)
    if found is None or found[0] is not model or found[1] is not taxonomy:
        if len(_ORDERS) >= 8:
            _ORDERS.clear()
        rank = taxonomy.rank
        order = tuple(sorted(range(len(model.types)), key=lambda i: rank[model.types[i]]))
        found = _ORDERS[key] = (model, taxonomy, order)
    return found[2]


def _clause_lemmas(read: ReadText, centre: int | None) -> tuple[frozenset[str], Iterable[frozenset[str]]]:
    """The lemmas of the clause's predicate (the verb nearest character `centre`, as clause_scores found it when it
    did) and of each of its words."""
    tokens = read.clause
    if not tokens.words:
        return frozenset(), ()
    found = tokens.predicate_at
    if found is not None and found[0] == centre:
        index = found[1]
    else:
        at = None if centre is None else min(tokens.words_before(centre), len(tokens) - 1)
        index = _predicate(tokens, at)
    return (frozenset() if index is None else tokens.infos[index].lemmas), map(_LEMMAS, tokens.infos)


_LEMMAS = attrgetter("lemmas")
_POSITIVE = (0.0).__lt__  # v > 0


_PACKAGED: dict[int, tuple[Taxonomy, bool]] = {}  # id of a taxonomy -> (it, whether it equals the packaged one)


def packaged(taxonomy: Taxonomy) -> bool:
    """Whether `taxonomy` is the packaged one, or a copy of it (a Dask worker gets the taxonomy pickled): the
    learned typer's types. Compared once per taxonomy object."""
    default = default_taxonomy()
    if taxonomy is default:
        return True
    found = _PACKAGED.get(id(taxonomy))
    if found is None or found[0] is not taxonomy:
        if len(_PACKAGED) >= 8:
            _PACKAGED.clear()
        found = _PACKAGED[id(taxonomy)] = (taxonomy, taxonomy == default)
    return found[1]


SECOND_MIN = 0.1  # the model's runner-up is the second type when it has at least this probability


def _model_features(
    scores: dict[str, float], prior: dict[str, float], rule: Typing, read: ReadText, centre: int | None
) -> dict[str, float]:
    """The model's features of a clause: the rules' answer and evidence, the lemmas of its predicate and words."""
    predicate, words = _clause_lemmas(read, centre)
    return model_features(scores, prior, rule.type, rule.second, rule.confidence, sorted(predicate),
                          sorted(set().union(*words)))


def clause_features(
    text: str, context: Sequence[str] | str = (), centre: int | None = None
) -> tuple[dict[str, float], Typing]:
    """The learned typer's features of `text` in its article (`context`), as classify() would read it with the
    packaged taxonomy, and the rules' answer (scripts/train_typer.py trains on these)."""
    taxonomy = default_taxonomy()
    sentences = (context,) if isinstance(context, str) else tuple(context)
    read = read_text(text, taxonomy)
    scores = clause_scores(text, centre, taxonomy, read)
    prior = article_prior(sentences, taxonomy)
    rule = _decide_by_rules(scores, prior, taxonomy)
    return _model_features(scores, prior, rule, read, centre), rule


def model_inputs(
    scores: dict[str, float], prior: dict[str, float], taxonomy: Taxonomy, read: ReadText, centre: int | None
) -> tuple[dict[str, float], Typing]:
    """What decide() gives the learned typer for a clause (its features) and the rules' answer: what
    scripts/train_typer.py records of the clauses the event builder types."""
    rule = _decide_by_rules(scores, prior, taxonomy)
    return _model_features(scores, prior, rule, read, centre), rule


def _decide_by_rules(scores: dict[str, float], prior: dict[str, float], taxonomy: Taxonomy) -> Typing:
    """decide() by the rules alone."""
    final = dict(_article_senses(scores, prior))
    for kind, share in prior.items():
        final[kind] = final.get(kind, 0.0) + PRIOR_WEIGHT * share
    first, second = _first_two(final, taxonomy.rank)
    if not first:
        return _typing(taxonomy.fallback, "", 0.0)
    if first in taxonomy.outranked:
        for stronger, weaker, ratio in taxonomy.outranks:  # in file order; each moves the stronger type first
            if first == weaker and final.get(stronger, 0.0) >= ratio * final[weaker]:
                first, second = stronger, first
    best = final[first]
    share = best / sum(final.values())
    confidence = share * best / (best + 1.0)
    return _typing(first, second, round(confidence, 3))


_TYPINGS: dict[tuple[str, str, float], Typing] = {}  # (type, second, confidence) -> the one Typing of those values


def _typing(kind: str, second: str, confidence: float) -> Typing:
    """Typing(kind, second, confidence), made once for each set of values (a frozen dataclass costs more to make
    than to look up; a few types and a rounded confidence make few sets)."""
    key = (kind, second, confidence)
    found = _TYPINGS.get(key)
    if found is None:
        if len(_TYPINGS) >= 100_000:
            _TYPINGS.clear()
        found = _TYPINGS[key] = Typing(kind, second, confidence)
    return found


TIE = 1e-8  # scores closer than this may be equal once rounded to 9 places (float noise), and go by precedence


def _first_two(final: dict[str, float], rank: dict[str, int]) -> tuple[str, str]:
    """The two types of highest positive score ("" where there is none), scores rounded to 9 places and ties going
    by precedence (`rank`). Ranked by the plain scores, and rounded only when two of the three highest are near."""
    # the three highest in one pass, an earlier type first on equal scores (as a stable sort from the highest)
    first = second = third = ""
    top = high = low = float("-inf")
    for kind, value in final.items():
        if value > top:
            third, low, second, high, first, top = second, high, first, top, kind, value
        elif value > high:
            third, low, second, high = second, high, kind, value
        elif value > low:
            third, low = kind, value
    if second and top - high < TIE or third and high - low < TIE:
        ranked = sorted([(-round(v, 9), rank[k], k) for k, v in final.items() if v > 0])
        return (ranked[0][2] if ranked else "", ranked[1][2] if len(ranked) > 1 else "")
    if not first or top <= 0:
        return "", ""
    return first, second if second and high > 0 else ""


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
    read = read_text(text, taxonomy)
    return decide(clause_scores(text, centre, taxonomy, read), article_prior(sentences, taxonomy), taxonomy, read,
                  centre)
