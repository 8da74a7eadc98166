"""Event types as data: keywords per type (as lemmas), the precedence between types, and the sense rules that
tell one reading of an ambiguous word from another. Every file is validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from timeline.lemmas import lemmas

FALLBACK_TYPE = "other"
NO_TYPE = "-"  # a sense rule whose reading points to no type ("fired" an employee: the other words decide)
_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_POS = frozenset({"n", "v"})


class TaxonomyError(ValueError):
    """A typing data file is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True, slots=True)
class Keyword:
    """One keyword: its words as lemmas (lower case), its type and weight; it matches any inflected form of its
    words ("bomb": bombs, bombed), or any word starting with it when written with a * ("evacuat*"); `pos` "n" or
    "v" restricts a one-word keyword to a noun or a verb reading ("book" the noun, not "booked")."""

    words: tuple[str, ...]
    type: str
    weight: float
    prefix: bool = False
    pos: str = ""
    upper: bool = False  # written in capitals in the file ("WHO"): matches only words written in capitals

    def word_matches(self, k: int, word: str) -> bool:
        """Whether the lower-case text word is a form of the keyword's k-th word."""
        if self.prefix and k == len(self.words) - 1:
            return word.startswith(self.words[k])
        return self.words[k] in lemmas(word)


@dataclass(frozen=True)
class SenseTest:
    """One condition of a sense rule: the word's reading ("verb", "noun", "attr": a modifier before a noun, as "final"
    in "the final tests"; "named": a name among the 4 words after, "phoned Vladimir Putin"; "owned": a name in the
    possessive before it, "Iceland's premier"), or a word among `words`
    (lemmas) in the `where` window: "next" (3 words after), "prev" (3 before), "near" (4 either side), "in"
    (anywhere in the clause), "after" (anywhere after the word), "before" (the subject's side: the first word before it
    with a type or rules of its own, or a compound of such words), or "pair" (two words side by side anywhere in the
    clause, each of `words` written "a+b": "ruling+party")."""

    kind: str
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SenseRule:
    """When a word with lemma `lemma` passes every test, it points to `type` (NO_TYPE: to none) with `weight`,
    instead of what its keywords say. Rules are tried in file order; the first that holds decides."""

    id: str
    lemma: str
    tests: tuple[SenseTest, ...]
    type: str
    weight: float
    example: str
    # a test "article": the rule holds with its full weight, yet the article may settle the word as a weak sense
    # does (the type of a story about one of the word's other senses takes it over)
    open: bool = False


@dataclass(frozen=True, slots=True)
class WordEntry:
    """What may start at one text word: its sense rules, the one-word keywords that hold for any form of it (as
    each type's heaviest weight), and the keywords still to check against the clause (longer ones, prefixes, and
    those bound to a noun or verb reading)."""

    rules: tuple[SenseRule, ...]
    plain: tuple[tuple[str, float], ...]
    keywords: tuple[Keyword, ...]
    only_plain: bool = False  # no sense rule and no keyword to check: the usual case, settled without the clause
    single: tuple[Keyword, ...] = ()  # the keywords still to check that are one word long
    # the second words of the longer keywords (None when one of them is a prefix): when the next word of the text is
    # none of them, no longer keyword can start here
    seconds: frozenset[str] | None = None
    # the types its sense rules name (a rule of no type left out): what the word may mean when no rule settles it
    rule_types: frozenset[str] = frozenset()

    @staticmethod
    def of(word: str, rules: tuple[SenseRule, ...], keywords: tuple[Keyword, ...]) -> WordEntry | None:
        """The entry of `word`, with these sense rules and these keywords found by its lemmas or first letters (a
        one-word prefix keyword is settled here, the word being known); None when nothing may start there."""
        plain: dict[str, float] = {}
        rest: list[Keyword] = []
        for keyword in keywords:
            one_word_prefix = keyword.prefix and len(keyword.words) == 1
            if one_word_prefix and not keyword.word_matches(0, word):
                continue
            if len(keyword.words) == 1 and not keyword.pos and not keyword.upper:
                plain[keyword.type] = max(plain.get(keyword.type, 0.0), keyword.weight)
            else:
                rest.append(keyword)
        if not rules and not plain and not rest:
            return None
        longer = [k for k in rest if len(k.words) > 1]
        seconds = None if any(k.prefix and len(k.words) == 2 for k in longer) else frozenset(k.words[1] for k in longer)
        return WordEntry(rules, tuple(plain.items()), tuple(rest), not rules and not rest,
                         tuple(k for k in rest if len(k.words) == 1), seconds,
                         frozenset(r.type for r in rules if r.type != NO_TYPE))


@dataclass(frozen=True)
class Taxonomy:
    """The event types, their keywords, the precedence that breaks a tie between types, and the sense rules."""

    types: tuple[str, ...]
    keywords: tuple[Keyword, ...]
    precedence: tuple[str, ...] = ()
    senses: tuple[SenseRule, ...] = ()
    # (stronger, weaker, ratio): where the two overlap, `stronger` wins while its score is at least `ratio` times
    # the weaker's ("a killing by security forces" is an attack, whoever else is named)
    outranks: tuple[tuple[str, str, float], ...] = ()
    # (event type, other type, factor): in a clause whose event (its predicate, else its event noun) points to the
    # event type, the other type's words count `factor` times ("was sentenced for the bombing" is news of the trial)
    discounts: tuple[tuple[str, str, float], ...] = ()
    # type -> factor: the type's words count `factor` times in a clause where none of them is the event or its
    # subject (a sum of money or a shop named in a story of a bombing is not economic news)
    needs_event: tuple[tuple[str, float], ...] = ()

    @property
    def fallback(self) -> str:
        """The type of an event nothing points to: "other", else the last type of the file."""
        return FALLBACK_TYPE if FALLBACK_TYPE in self.types else self.types[-1]

    @cached_property
    def rank(self) -> dict[str, int]:
        """Each type's place in the precedence (lower wins a tie); without a precedence line, the file order."""
        order = list(self.precedence) + [t for t in self.types if t not in self.precedence]
        return {t: i for i, t in enumerate(order)}

    @cached_property
    def index(self) -> tuple[dict[str, list[Keyword]], dict[str, list[Keyword]]]:
        """Keywords by the lemma of their first word, and prefix keywords by their first three letters."""
        exact: dict[str, list[Keyword]] = {}
        stems: dict[str, list[Keyword]] = {}
        for keyword in self.keywords:
            if keyword.prefix and len(keyword.words) == 1:
                stems.setdefault(keyword.words[0][:3], []).append(keyword)
            else:
                exact.setdefault(keyword.words[0], []).append(keyword)
        for found in exact.values():
            found.sort(key=lambda k: -len(k.words))  # the longest keyword is tried first
        return exact, stems

    @cached_property
    def outranked(self) -> frozenset[str]:
        """The weaker types of the @outranks lines: a type first by its score that none names stays first."""
        return frozenset(weaker for _, weaker, _ in self.outranks)

    @cached_property
    def discount_factors(self) -> dict[str, dict[str, float]]:
        """Event type -> other type -> the factor its words count in a clause about an event of the event type."""
        factors: dict[str, dict[str, float]] = {}
        for event, other, factor in self.discounts:
            factors.setdefault(event, {})[other] = factor
        return factors

    @cached_property
    def needs_event_types(self) -> frozenset[str]:
        """The types of the @needs-event lines."""
        return frozenset(kind for kind, _ in self.needs_event)

    @cached_property
    def senses_by_lemma(self) -> dict[str, list[SenseRule]]:
        """The sense rules that apply (their type is one of ours, or none), by lemma, in file order."""
        rules: dict[str, list[SenseRule]] = {}
        for rule in self.senses:
            if rule.type == NO_TYPE or rule.type in self.types:
                rules.setdefault(rule.lemma, []).append(rule)
        return rules

    @cached_property
    def entries(self) -> _Entries:
        """The WordEntry of each lower-case text word (None when no rule or keyword may start there: most words),
        as a dict filled as words are first met: `entries[word]`."""
        return _Entries(self)

    def word_lookup(self, word: str) -> WordEntry | None:
        """The sense rules (in file order) and the keywords that may start at a lower-case text word, by its
        lemmas (None when there are neither: most words); remembered per word."""
        return self.entries[word]

    def classify(self, text: str, centre_offset: int | None = None) -> str:
        """The best type for `text` alone (see timeline.typing.classify)."""
        from timeline.typing import classify

        return classify(text, (), centre_offset, self).type


class _Entries(dict[str, "WordEntry | None"]):
    """Word -> WordEntry, worked out on first look-up (a dict, so that looking up every word of a text is cheap)."""

    MAX_WORDS = 200_000

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.taxonomy = taxonomy

    def __missing__(self, word: str) -> WordEntry | None:
        forms = sorted(lemmas(word))
        senses = self.taxonomy.senses_by_lemma
        exact, stems = self.taxonomy.index
        rules = tuple(r for form in forms for r in senses.get(form, []))
        keywords = tuple(k for form in forms for k in exact.get(form, [])) + tuple(stems.get(word[:3], []))
        found = WordEntry.of(word, rules, keywords)
        if len(self) < self.MAX_WORDS:
            self[word] = found
        return found


def _fraction(cells: list[str], where: str, usage: str, what: str) -> float:
    """The last cell of a directive line whose cells are as `usage` lists them: a weight of at most 1."""
    if len(cells) != usage.count(",") + 1:
        raise TaxonomyError(f"{where}: expected {usage}")
    value = _weight(cells[-1], where)
    if value > 1:
        raise TaxonomyError(f"{where}: {what} is at most 1")
    return value


def _weight(cell: str, where: str) -> float:
    try:
        weight = float(cell)
    except ValueError:
        raise TaxonomyError(f"{where}: weight {cell!r} is not a number") from None
    if weight <= 0:
        raise TaxonomyError(f"{where}: weight must be positive")
    return weight


def parse_taxonomy(text: str, source: str, senses: tuple[SenseRule, ...] = ()) -> Taxonomy:
    """Parse a taxonomy file: TYPE, KEYWORD, optional WEIGHT and POS per line, an optional precedence line
    (`@precedence` then the types, best first), `@outranks STRONGER WEAKER RATIO`, `@discount EVENT OTHER FACTOR`
    and `@needs-event TYPE FACTOR` lines, rejecting malformed lines."""
    types: list[str] = []
    keywords: list[Keyword] = []
    precedence: tuple[str, ...] = ()
    outranks: list[tuple[str, str, float]] = []
    discounts: list[tuple[str, str, float]] = []
    needs_event: list[tuple[str, float]] = []
    seen: dict[tuple[str, tuple[str, ...]], str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{source}:{number}"
        if cells[0] == "@precedence":
            precedence = tuple(cells[1:])
            continue
        if cells[0] == "@outranks":
            ratio = _fraction(cells, where, "@outranks, STRONGER, WEAKER, RATIO", "an @outranks ratio")
            outranks.append((cells[1], cells[2], ratio))
            continue
        if cells[0] == "@discount":
            factor = _fraction(cells, where, "@discount, EVENT TYPE, OTHER TYPE, FACTOR", "a @discount factor")
            discounts.append((cells[1], cells[2], factor))
            continue
        if cells[0] == "@needs-event":
            factor = _fraction(cells, where, "@needs-event, TYPE, FACTOR", "a @needs-event factor")
            needs_event.append((cells[1], factor))
            continue
        type_name = cells[0]
        if not _TYPE_NAME.match(type_name):
            raise TaxonomyError(f"{where}: type {type_name!r} must be a lower-case name")
        if type_name not in types:
            types.append(type_name)
        if len(cells) == 1:
            continue
        if len(cells) > 4:
            raise TaxonomyError(f"{where}: expected TYPE, KEYWORD, and optional WEIGHT and POS, tab-separated")
        upper = cells[1].isupper() and len(cells[1].replace(" ", "")) >= 2
        keyword = cells[1].lower()
        prefix = keyword.endswith("*")
        keyword = keyword.rstrip("*")
        if not keyword or not all(_WORD.fullmatch(w) for w in keyword.split()):
            raise TaxonomyError(f"{where}: keyword {cells[1]!r} must be words (the last may end with *)")
        if prefix and len(keyword.split()) == 1 and len(keyword) < 3:
            raise TaxonomyError(f"{where}: a stem written with * needs at least 3 letters, {cells[1]!r} has fewer")
        weight = _weight(cells[2], where) if len(cells) >= 3 else 1.0
        pos = cells[3] if len(cells) == 4 else ""
        if pos and pos not in _POS:
            raise TaxonomyError(f"{where}: POS {pos!r} must be n or v")
        words = tuple(keyword.split())
        key = (type_name, words)
        if key in seen:
            raise TaxonomyError(f"{where}: keyword {keyword!r} is listed twice for {type_name}")
        seen[key] = keyword
        keywords.append(Keyword(words, type_name, weight, prefix, pos, upper))
    if not types:
        raise TaxonomyError(f"{source}: no types")
    unknown = [t for t in precedence if t not in types]
    if unknown or len(set(precedence)) != len(precedence):
        raise TaxonomyError(f"{source}: @precedence must list each type once, not {unknown or 'a type twice'}")
    for stronger, weaker, _ in outranks:
        if stronger not in types or weaker not in types:
            raise TaxonomyError(f"{source}: @outranks {stronger} {weaker}: both must be types of the file")
    for event, other, _ in discounts:
        if event not in types or other not in types or event == other:
            raise TaxonomyError(f"{source}: @discount {event} {other}: two different types of the file")
    for kind, _ in needs_event:
        if kind not in types:
            raise TaxonomyError(f"{source}: @needs-event {kind}: not a type of the file")
    _reject_forms_listed_twice(keywords, source)
    return Taxonomy(tuple(types), tuple(keywords), precedence, senses, tuple(outranks), tuple(discounts),
                    tuple(needs_event))


def _reject_forms_listed_twice(keywords: list[Keyword], source: str) -> None:
    """A word must not count twice for one type: "attacks" is already a form of "attack"."""
    by_type: dict[str, dict[str, str]] = {}
    for keyword in keywords:
        if len(keyword.words) > 1 or keyword.prefix:
            continue
        word = keyword.words[0]
        known = by_type.setdefault(keyword.type, {})
        for form in lemmas(word) - {word}:
            if form in known and not word.endswith("ing"):
                raise TaxonomyError(f"{source}: keyword {word!r} of {keyword.type} is already a form of {form!r}")
        for other in known:
            if word in lemmas(other) and not other.endswith("ing"):
                raise TaxonomyError(f"{source}: keyword {other!r} of {keyword.type} is already a form of {word!r}")
        known[word] = word


_SENSE_TEST = re.compile(
    r"^(?:(?P<reading>verb|noun|attr|named|owned|article)|(?P<where>next|prev|near|in|after|before):(?P<words>[@a-z'|-]+)|pair:(?P<pairs>[a-z'-]+\+[a-z'-]+(?:\|[a-z'-]+\+[a-z'-]+)*))$")


def parse_senses(text: str, source: str) -> tuple[SenseRule, ...]:
    """Parse a sense-rule file: ID, LEMMA, TESTS (joined by " & "), TYPE (or -), WEIGHT, EXAMPLE per line."""
    rules: list[SenseRule] = []
    ids: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{source}:{number}"
        if len(cells) != 6:
            raise TaxonomyError(f"{where}: expected ID, LEMMA, TESTS, TYPE, WEIGHT, EXAMPLE, tab-separated")
        rule_id, lemma, tests_text, type_name, weight_text, example = cells
        if rule_id in ids:
            raise TaxonomyError(f"{where}: rule id {rule_id!r} is used twice")
        ids.add(rule_id)
        if not _WORD.fullmatch(lemma) or lemma != lemma.lower():
            raise TaxonomyError(f"{where}: lemma {lemma!r} must be one lower-case word")
        tests = []
        for part in tests_text.split(" & "):
            match = _SENSE_TEST.match(part.strip())
            if not match:
                raise TaxonomyError(
                    f"{where}: test {part!r} must be verb, noun, attr, named, owned, article, next:a|b, prev:a|b,"
                    " near:a|b, in:a|b after:a|b, before:a|b or pair:a+b|c+d")
            if match.group("reading"):
                tests.append(SenseTest(match.group("reading")))
            elif match.group("pairs"):
                tests.append(SenseTest("pair", frozenset(match.group("pairs").split("|"))))
            else:
                tests.append(SenseTest(match.group("where"), _test_words(match.group("words"), where)))
        if type_name != NO_TYPE and not _TYPE_NAME.match(type_name):
            raise TaxonomyError(f"{where}: type {type_name!r} must be a lower-case name or -")
        if not example:
            raise TaxonomyError(f"{where}: rule {rule_id} needs an example")
        rules.append(SenseRule(rule_id, lemma, tuple(tests), type_name, _weight(weight_text, where), example,
                               any(t.kind == "article" for t in tests)))
    return tuple(rules)


def _test_words(cell: str, where: str) -> frozenset[str]:
    """The words of a sense test: "a|b", where "@group" stands for every word of that group of typing_words.tsv
    (a list several rules share, such as the nationality words of "@nation")."""
    words: set[str] = set()
    for word in cell.split("|"):
        if word.startswith("@"):
            group = word_group_table().get(word[1:])
            if group is None:
                raise TaxonomyError(f"{where}: no word group {word[1:]!r} in typing_words.tsv")
            words |= group
        elif word:
            words.add(word)
    return frozenset(words)


# the groups the typer reads by name (timeline.typing): a file without one is rejected on load
REQUIRED_WORD_GROUPS = ("noun_cue", "verb_cue", "object", "auxiliary", "reporting", "light", "not_verb", "month",
                        "relative", "agent", "person_event", "past_post", "nation", "leader", "monarch", "contact",
                        "office", "date_name", "saying", "fronting", "second_rank", "head_determiner", "polity",
                        "past_head", "head_follower", "as_not_opening")


@lru_cache(maxsize=1)
def word_group_table() -> dict[str, frozenset[str]]:
    """GROUP -> words of resources/typing_words.tsv, validated: GROUP <TAB> WORD (lower case, hyphens inside
    allowed) a line, and every group of REQUIRED_WORD_GROUPS present."""
    source = "timeline/resources/typing_words.tsv"
    groups: dict[str, set[str]] = {}
    for number, line in enumerate(_resource("typing_words.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not re.fullmatch(r"[a-z']+(?:-[a-z']+)*", cells[1].strip()):
            raise TaxonomyError(f"{source}:{number}: expected GROUP <TAB> WORD (lower case)")
        groups.setdefault(cells[0].strip(), set()).add(cells[1].strip())
    for required in REQUIRED_WORD_GROUPS:
        if required not in groups:
            raise TaxonomyError(f"{source}: no {required!r} words")
    return {k: frozenset(v) for k, v in groups.items()}


def _resource(name: str) -> str:
    return (resources.files("timeline") / "resources" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def default_senses() -> tuple[SenseRule, ...]:
    """The packaged sense rules (resources/typing_senses.tsv)."""
    return parse_senses(_resource("typing_senses.tsv"), "timeline/resources/typing_senses.tsv")


def load_taxonomy(path: str | Path) -> Taxonomy:
    """A user's taxonomy file; the packaged sense rules apply to the types it shares with ours."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)  # the path said once
        raise TaxonomyError(f"{path}: cannot read ({reason})") from None
    return parse_taxonomy(text, str(path), default_senses())


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The packaged taxonomy (resources/taxonomy.tsv) with the packaged sense rules."""
    return parse_taxonomy(_resource("taxonomy.tsv"), "timeline/resources/taxonomy.tsv", default_senses())
