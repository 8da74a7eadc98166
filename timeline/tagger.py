"""The temporal tagger: recognise time expressions with the data-file rules, then resolve them against the anchor.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in tag("AFP reported on Thursday.", date(2024, 3, 28))]
    [('Thursday', '2024-03-28')]
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

from timeline.lemmas import lemmas_as, simple_past, word_classes
from timeline.model import Granularity, Timex, TimexType
from timeline.prefilter import may_hold
from timeline.resolve import (
    FUTURE,
    PAST,
    PRESENT,
    VAGUE_HORIZON_DAYS,
    Context,
    Unresolvable,
    interval_of,
    narrow_by_mod,
    part_of_month,
    resolve_value,
    shift_months,
    to_number,
    weekday_from,
    weekday_number,
)
from timeline.rules import (
    Rule,
    RuleSet,
    Triggers,
    ValueSpec,
    WordLists,
    boundary_first_union,
    code_word_lists,
    compile_pattern,
    default_ruleset,
    factor_alternatives,
    first_characters,
    load_tense_cues,
    needs_text,
)

# the word lists of tagger_words.tsv that this module's code reads (its header tells each), read once
_CODE_WORDS = code_word_lists("forecast", "participle", "statement", "timetable")


class Candidate(NamedTuple):
    """A recognised span before resolution: the rule that found it and the groups it captured. A named tuple, not a
    frozen dataclass: recognise makes one for every match of every text, and a tuple is made in a fraction of the
    time a frozen dataclass takes (it sets each field through object.__setattr__)."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str | None]
    order: int


_ModPattern = tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]
# by the identity of the list (an lru_cache hashed its thirty forms for each expression); the list is kept with its
# pattern, so that its id is not another's
_MOD_PATTERNS: dict[int, tuple[tuple[tuple[str, str], ...], _ModPattern]] = {}


def _mod_pattern(forms: tuple[tuple[str, str], ...]) -> _ModPattern:
    """A pattern for a modifier list of tagger_words.tsv (premod, approx; each form a regex) right at the end of
    a text, and each form compiled with its TIMEX3 mod, longest first."""
    cached = _MOD_PATTERNS.get(id(forms))
    if cached is not None and cached[0] is forms:
        return cached[1]
    if len(_MOD_PATTERNS) >= 8:
        _MOD_PATTERNS.clear()  # word lists loaded again and again (tests): bounded
    ordered = sorted(forms, key=lambda f: len(f[0]), reverse=True)
    # the forms as a tree of their shared beginnings (factor_alternatives): the same matches, fewer tries a place
    pattern = re.compile(factor_alternatives(r"(?<![\w-])(" + "|".join(f for f, _ in ordered) + r")[\s]*$"),
                         re.IGNORECASE)
    found = pattern, tuple((re.compile(f, re.IGNORECASE), mod) for f, mod in ordered)
    _MOD_PATTERNS[id(forms)] = (forms, found)
    return found


_RANGE_JOINER = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*$", re.IGNORECASE)
_RANGE_JOINER_TIGHT = re.compile(r"^\s*(?:-|–|—)\s*$")
_RANGE_OPENER = re.compile(r"(?:from|between)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n")

# the verbs after "can" that look back at an event told with its day ("critics can point to the defeat on Sunday", "the
# mayor can take credit for the rescue on Sunday", "they can blame the storm on Sunday", "witnesses can describe the
# crash on Sunday", "fans can relive the win on Saturday", "the club can reflect on the win on Saturday"), or a
# recording that shows what happened ("he can be seen on camera on Monday")
_CAN_LOOKS_BACK = (
    r"(?:confirm|say|reveal|report|tell|disclose|remember|recall|prove|show|point\s+to|look\s+back|thank|blame|credit|"
    r"cite|attribute|describe|recount|relive|reflect\s+on|"
    r"take\s+(?:credit|comfort|heart|pride|solace)|draw\s+(?:comfort|confidence|heart|solace)|"
    r"be\s+(?:seen|heard)\s+(?:on|in)\s+(?:the\s+|a\s+)?(?:camera|video|footage|cctv|clip|film|recording|images?|"
    r"photos?|pictures?))"
)
# the words that open a question asked of what lies ahead, as written ("Can fans travel on Saturday?"): a future cue
# (_FUTURE_CUES), only with the "?" that ends their sentence (_QUESTION_OPENER in _tense_cues)
_QUESTION_OPENERS = r"Can|Could|Should|Might|Shall|Do|Does"
# the tense cues, as patterns: only their union (_TENSE_CUES) is compiled
_FUTURE_CUES = (
    r"\b(?:will|'ll|shall|won't|going\s+to|plans?\s+to|planning\s+to|expected\s+to|expects\s+to|scheduled|"
    r"set\s+to|due\s+to|is\s+to|are\s+to|would|to\s+be\s+held|next|upcoming|intends?\s+to|hopes?\s+to|"
    r"(?-i:may|might|could|should)\s+(?!have\b)(?:be\s+|still\s+|yet\s+)?[a-z]+|"
    # "viewers can watch the final on Saturday": what "can" lets be done lies ahead; not what it can tell or recall
    # of the past ("police can confirm the arrest on Saturday"), nor the noun ("a can of paint", "the bin can")
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bone\s)(?<!\beach\s)(?<!\bper\s)(?<!\bempty\s)(?<!\btrash\s)(?<!\bgarbage\s)"
    r"(?<!\bwatering\s)(?<!\bspray\s)(?<!\bbeer\s)(?-i:can)\s+"
    # ... nor, after an adverb too ("can still remember"), a verb that looks back at an event told with its day
    # (_CAN_LOOKS_BACK)
    r"(?!(?:(?:now|also|still|only|already)\s+)?(?:have|of|and|or|" + _CAN_LOOKS_BACK + r")\b)"
    r"(?:(?:now|also|still|only|already)\s+)?[a-z]+|"
    # a question opened by "Can", "Could", "Should", "Might" or "Shall", its subject after it ("Can fans buy tickets on
    # Monday?", "Could the strike end on Tuesday?"): it asks what may be done or happen, ahead as "can" with a verb is;
    # so does one opened by "Do" or "Does", the present simple of a timetable asked about ("Does the ferry sail on
    # Tuesday?"; the past asks with "Did"); not what it asks to be told or recalled ("Can the club confirm the arrest
    # on Monday?", "Do you remember the storm on Sunday?"), nor a perfect ("Could the fire have started on Monday?": a
    # guess about the past). The sentence's bounds stop before its "?", so the look-ahead may reach their end, where
    # _tense_cues looks for the "?" (_QUESTION_OPENER)
    r"(?-i:" + _QUESTION_OPENERS + r")(?=\s[^.!?]*(?:\?|$))(?![^.!?]*?\b(?:have\s+(?:been|[a-z]+(?:ed|en|wn)|done|made|"
    r"set|put|hit|left|met|won|lost|had|got|gone|seen)|" + _CAN_LOOKS_BACK + r")\b)|"
    r"aims?\s+to|effective|"
    # a scheduled event told in the present: "the law comes into force on 1 July", "the vote closes on Friday"
    r"comes\s+into|takes\s+effect|begins|starts|restarts|opens|reopens|runs\s+until|ends|expires|closes|meets|"
    r"resumes|arrives|kicks\s+off|goes\s+on\s+sale)\b"
)
_PAST_WORDS = (
    r"was|were|had|did|ago|said|told|met|came|went|took|made|gave|got|left|began|fell|rose|won|lost|held|"
    r"saw|sent|spent|struck|brought|bought|sold|led|paid|ran|became|found|put|set|hit|shot|fought|thought|"
    r"knew|wrote|spoke|broke|chose|drove|flew|grew|threw|wore|tore|swore|stole|froze|last|earlier|"
    r"sat|stood|kept|heard|built|sought|caught|felt|fled|drew|"
    r"[a-z]{2,}ed"
)
_PAST_CUES = rf"\b(?:{_PAST_WORDS})\b"
# a past verb right before the date ("visited in April", "met on Tuesday", "began in March"): the date is when the
# past event happened, not a deadline named in a past report ("warned of a cutback in September")
# the preposition that may stand between a verb and its date
_DATE_PREPOSITION = r"(?:(?:in|on|during|since|from|through|throughout)\s+)?"
_PAST_VERB_RIGHT_BEFORE = re.compile(
    factor_alternatives(rf"\b({_PAST_WORDS})\s+{_DATE_PREPOSITION}$"),
    re.IGNORECASE,
)
# verbs whose object is the date itself ("named June 3 as the cut-off date"): no past event happened on it
_DATE_AS_OBJECT = frozenset({"set", "fixed", "named", "chose", "picked", "targeted", "slated", "marked", "designated",
                             "declared", "earmarked", "pencilled", "penciled", "put", "moved", "extended", "ago",
                             "last", "earlier"})
_NOT_PAST = frozenset(
    {"need", "needed", "speed", "red", "bed", "feed", "seed", "hundred", "indeed", "expected", "scheduled",
     "based", "united", "proposed", "planned", "related", "limited", "advanced", "interested", "supposed",
     "concerned", "detailed", "armed", "shed", "bred", "wed", "sled", "breed", "greed", "deed", "weed",
     "exceed", "proceed", "succeed", "embed", "led"}
)
_NOT_A_PAST_EVENT = _NOT_PAST | _DATE_AS_OBJECT
# a past verb, its short object, then the date ("sold its unit in December", "raised prices on Monday"): the date is
# when that happened too; not after a word that puts the event off ("a cutback in", "payable", "to close in")
_OBJECT_WORD = r"(?!(?:of|for|to|by|until|that|which|would|will|could|should|may|might|payable|due|effective|and|or|" \
               r"but|as|at|from|with|on|in|during)\b)[\w'-]+"
_PAST_VERB_OBJECT_BEFORE = re.compile(
    factor_alternatives(rf"\b({_PAST_WORDS})\s+(?:{_OBJECT_WORD}\s+){{1,4}}(?:in|on|during)\s+$"), re.IGNORECASE
)
# the date between a subject and its past verb ("the minister in May told MPs"): not a participle describing the noun
# before the date ("a vote on December 6 called by the opposition"), nor "provided"/"based" opening a condition
_PAST_VERB_RIGHT_AFTER = re.compile(factor_alternatives(rf"\s+(?!(?:provided|based|given|compared)\b)({_PAST_WORDS})\b"
                                                        r"(?!\s+(?:by|as)\b)"), re.IGNORECASE)
_IN_ON_BEFORE = re.compile(r"\b(?:in|on|during)\s+$", re.IGNORECASE)


def _ends_with(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[:end] may end with one of `words` (lower case) and then white space: the one place a pattern
    written "...(?:words)\\s+$" can match, searched backwards from `end`. Asked before such a search, which tries every
    place of its stretch of text (a search of 60 characters took some ten microseconds; most dates have no such word
    before them). True where the ending is not plain ASCII: the search then decides (case folding beyond ASCII)."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == end:
        return False  # no white space right before `end`
    tail = text[max(0, i - 10) : i]
    return not tail.isascii() or tail.lower().endswith(words)


_PREPOSITION_BEFORE = ("in", "on", "during")
_DATE_PREPOSITIONS = ("in", "on", "during", "since", "from", "through", "throughout")
# the words _PAST_VERB_RIGHT_BEFORE ends with: a past word ("-ed" for the regular ones) or a preposition after one
_PAST_WORD_ENDINGS = tuple("ed" if word == "[a-z]{2,}ed" else word for word in _PAST_WORDS.split("|")) \
    + _DATE_PREPOSITIONS
# a relative clause whose past verb the date follows ("that ran from", "who fled in"): the date is that verb's
_RELATIVE_PAST_BEFORE = re.compile(factor_alternatives(
    rf"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?({_PAST_WORDS})\s+(?:in|on|from|since|during)\s+$"), re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|to)\b(?![^.!?]*[.!?]\s)", re.IGNORECASE)
# "shops untouched by the flood", "an unexpected fall": an un- participle is an adjective, not a past verb; but
# the un- verbs that undo an action ("unveiled", "uncovered") and words that only start with "un" are verbs
_UN_ADJECTIVE = re.compile(r"un(?!der|it|if|ion|veil|cover|leash|lock|earth|fold|load|pack|seat|settle|ravel|mask|"
                           r"seal|block|plug|wrap|tie|do|roll|hook|zip|button|burden|nerv|dergo)[a-z]{3,}ed",
                           re.IGNORECASE)
# "agreed to buy the chain in May", "announced a plan to sell it in June": the date belongs to the event the
# infinitive names, which lies after the agreement or plan, not to the past verb that reports it
_INTENT_TO = re.compile(
    r"\b(?:agreed|agreement|agreements|deal|pact|plan|plans|planned|offer|offered|proposal|proposed|promised|"
    r"pledged|vowed|bid|intention|commitment|committed)\s+to\s+(?!be\b|have\b)[a-z]+\b(?:[^.;:!?]|\.(?!\s+[A-Z]))*$",
    re.IGNORECASE,
)
# "to be completed" is not past, nor is "a still unspecified date": an -ed word after these is no past verb; nor is
# a word after a modal ("will last", "could set", "would hit"), a base form that looks like a past one
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|being|is|are|to|a|an|the|this|that|its|his|her|their|our|still|already|newly|jointly|widely|"
    r"remain|remains|stay|stays|become|becomes|get|gets|seem|seems|keep|keeps|"
    r"will|'ll|would|could|can|might|should|shall|must|(?-i:may))\s+$",
    re.IGNORECASE,
)
_PAST_OF_FUTURE = re.compile(r"\b(?:was|were|had\s+been|had)\s+$", re.IGNORECASE)
# the words the patterns above that end at a cue ("...\s+$") end with: looked for before each is searched (_ends_with)
_PASSIVE_ENDINGS = ("be", "being", "is", "are", "to", "a", "an", "the", "this", "that", "its", "his", "her", "their",
                    "our", "still", "already", "newly", "jointly", "widely", "remain", "remains", "stay", "stays",
                    "become", "becomes", "get", "gets", "seem", "seems", "keep", "keeps", "will", "'ll", "would",
                    "could", "can", "might", "should", "shall", "must", "may")
_PAST_OF_FUTURE_ENDINGS = ("was", "were", "been", "had")
_PRESENT_CUES = r"\b(?:is|are|am|says|say|has|have|remains|continues)\b"


# a report told in the past: what it says lies ahead lies ahead of the day it was made
_PAST_REPORT_VERBS = r"\b(?:said|told|announced|stated|wrote|reported|warned|added)"
_PAST_REPORT = re.compile(_PAST_REPORT_VERBS + r"\b", re.IGNORECASE)
_PAST_REPORT_BEFORE = re.compile(_PAST_REPORT_VERBS + r"\s+(?:\w+\s+)?(?:on|in|at|during)?\s*$", re.IGNORECASE)
_REPORTING = frozenset({"said", "says", "say", "told", "added", "reported", "announced", "stated", "wrote"})
# the verbs of a report that may follow its news after a comma ("bin collections change this weekend, the council
# reminded residents"): their tense is the report's, not the news's
_REPORTING_AFTER = _REPORTING | frozenset({
    "reminded", "reminds", "warned", "warns", "urged", "urges", "noted", "notes", "explained", "explains", "insisted",
    "insists", "confirmed", "confirms", "cautioned", "claimed", "argued", "admitted", "revealed", "stressed",
    "suggested", "acknowledged", "replied", "predicted", "tweeted", "posted", "advised", "advises"})

_OPENING_ADVERBIAL = re.compile(
    r"\s*[\"'`(]*\s*(?:(?:in|on|at|by|during|over|since|until|from|early|late|later|earlier)\s+)*", re.IGNORECASE
)
_CLAUSE_START = re.compile(r"\b(?:that|which|who|because|while|although|though|unless|whether)\b|,\s*(?:and|but)\b",
                           re.IGNORECASE)  # "began buying in July, and holds 5%": a verb after ", and" is its own
# "sat in February and will resume in June", "broke down in May before it adjourned": a verb phrase joined after the
# date (a joining word, perhaps a pronoun, then a verb or an auxiliary) has its own tense, which is not the date's
_JOINED_VERB_AFTER = re.compile(
    r"\b(?:and|but|or|before|after|then|so)\s+(?:(?:it|they|he|she|we|you|i)\s+)?"
    r"(?:will|would|shall|must|may|might|could|should|can|is|are|was|were|has|have|had|'ll|[a-z]+ed)\b",
    re.IGNORECASE,
)
# a cue that ends in "until" ("was adjourned until", "remanded in custody until") looks ahead only for the day after
# it; to a date before it ("the hearing on Friday was adjourned until Monday") it tells only that the putting off
# is told in the past (or, after "is"/"are", in the present)
_UNTIL_CUE_END = re.compile(r"\buntil$")

SENTENCE_REACH = 250  # how far a tense cue is looked for; bounded so that no input makes this quadratic


# where a sentence ends: a line break, or a full stop, question or exclamation mark before a space and a word that
# does not go on in lower case; not the stop of "a.m."/"p.m." or of an initial ("at 9 p.m. on Friday", "J. Smith").
# Written to start with the class of the characters it ends at, so the engine leaps from one to the next instead of
# trying each place; the look-behinds then take in the stop just read. The same matches as
# r"\n|(?<!\b[ap]\.m)(?<![\s.][A-Z])[.?!](?=\s+(?![a-z]))" (tests/test_matching_speedups.py)
_SENTENCE_END = re.compile(r"[\n.?!](?:(?<=\n)|(?<!\b[ap]\.m.)(?<![\s.][A-Z].)(?=\s+(?![a-z])))")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    floor, ceiling = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left = floor - 1
    for left_end in _SENTENCE_END.finditer(text, floor, start):
        left = left_end.start()
    right_end = _SENTENCE_END.search(text, end, ceiling)
    return left + 1, right_end.start() if right_end else ceiling


# the cue words written as trees of their shared beginnings (timeline.rules.factor_alternatives): the same matches,
# without trying each of some hundred words at every word boundary
# and the cues of timeline/resources/tagger_tense.tsv, each after the ones written here for its tense
_DATA_CUES = load_tense_cues()


# the verbs whose past is written as their base ('shut', 'cut', 'quit', 'shed'), a past only after a singular subject
# (tagger_tense.tsv, tense.bare_past_singular): with a short object before the date ("the carmaker cut 900 jobs in
# March" told in February) the date is when that was done, as "axed 900 jobs in March" is
_BARE_PAST_SINGULAR = re.compile(next(cue.pattern for cue in _DATA_CUES if cue.id == "tense.bare_past_singular"),
                                 re.IGNORECASE)
_BARE_PAST_OBJECT_BEFORE = re.compile(
    rf"\b(shut|cut|quit|shed)\s+(?:{_OBJECT_WORD}\s+){{1,4}}(?:in|on|during)\s+$", re.IGNORECASE)


def _with_data_cues(tense: str, cues: str) -> list[str]:
    # each data cue behind a look-ahead for the characters it can start with (first_characters): the same matches
    # (a look-ahead consumes nothing and no match starts with another character), but a word no cue of the data
    # starts like is turned down by each cue at one look instead of after its look-behinds ("(?<!\bdid\s)...")
    return [cues] + [rf"\b(?:{first_characters(cue.pattern) or ''}(?:{cue.pattern}))\b" for cue in _DATA_CUES
                     if cue.tense == tense]


# each cue is a word (between word boundaries): the boundary is checked once a place for them all, then the letters a
# cue can start with (boundary_first_union), which turns down most places of a sentence at one look
_TENSE_CUES = compile_pattern(
    boundary_first_union([(FUTURE, _with_data_cues(FUTURE, _FUTURE_CUES)), (PAST, _with_data_cues(PAST, _PAST_CUES)),
                          (PRESENT, _with_data_cues(PRESENT, _PRESENT_CUES))]),
)
# "the returns in April", "its rises": a present-simple cue after a determiner is a plural noun, no verb
_PRESENT_VERB_FORM = re.compile(r"[a-z]+s", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those|of|for|no|many|some|several)\s+$",
    re.IGNORECASE,
)
_DETERMINER_ENDINGS = ("the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "these",
                       "those", "of", "for", "no", "many", "some", "several")


# a participle (an -ed word, or an irregular one that is also a past form) and the future clause it may stand in:
# a modal before it, no comma (but in a number), clause word or sentence end between
_PARTICIPLE = re.compile(r"[a-z]{2,}ed|kept|held|built|sold|paid|made|found|put|set|led|sent|spent|bought|brought|"
                         r"caught|hit|shot|left|given|taken|seen|grown|known|shown|drawn|written|done")
_FUTURE_CLAUSE_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|won't)\s+(?:(?!\b(?:who|whom|which|that|because|when|after|before|while|since|where|"
    r"although|though|but|as)\b)[^,;:.!?]|[.,](?=\d))*$", re.IGNORECASE)
# a past verb that ends right before the date, but for a particle and a preposition ("signed in", "handed down on")
_RIGHT_BEFORE_GAP = re.compile(
    r"\s+(?:(?:down|up|out|off|back|over|away)\s+)?" + _DATE_PREPOSITION,
    re.IGNORECASE)
_BY_RIGHT_BEFORE = re.compile(r"\b(?:by|before)\s+$", re.IGNORECASE)
# a comma that sets off a clause, not one inside a number ("1,400 towns")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# a relative clause set off by a comma: a cue before it is in another clause, and says nothing of a date after it
_RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)


def _inside_relative_clause(text: str, cue_end: int, start: int) -> bool:
    """Whether a relative clause set off by a comma opens between a cue and the date and is still open at the date
    ("..., which the city marks this weekend"); a comma after it closes it, and the date is back in the cue's clause
    ("will face Rovers, who beat them in the final, on Saturday")."""
    if text.find(",", cue_end, start) < 0:
        return False  # an opener starts with a comma: none here (a look for one character, not a regex scan)
    openers = list(_RELATIVE_OPENER.finditer(text, cue_end, start))  # the last one: the clause the date may be in
    return bool(openers) and _CLAUSE_COMMA.search(text, openers[-1].end(), start) is None


def _in_closed_relative_clause(text: str, lo: int, cue_start: int, cue_end: int, start: int) -> bool:
    """Whether a cue at text[cue_start:cue_end] stands in a relative clause set off by a comma that a comma closes
    before the date ("the bank, which expects a loss, cut jobs Monday"): the clause's verb says nothing of the date
    after it, which is the main clause's."""
    if text.find(",", cue_end, start) < 0 or text.find(",", lo, cue_start) < 0:
        return False
    openers = list(_RELATIVE_OPENER.finditer(text, lo, cue_start))
    return bool(openers) and _CLAUSE_COMMA.search(text, openers[-1].end(), cue_start) is None and (
        _CLAUSE_COMMA.search(text, cue_end, start) is not None)


_OTHER_CLAUSE = 2 * SENTENCE_REACH  # more than any distance inside the window a cue is looked for in


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """The tense around an expression, from the nearest tense cue in its sentence (no parser needed)."""
    lo, hi = _sentence_bounds(text, start, end)
    lo, hi = max(lo, start - 200), min(hi, end + 200)
    best: tuple[int, str | None] | None = None
    # "In September, it announced": a date that opens its sentence tells when the verb after the comma happened
    opening = _OPENING_ADVERBIAL.fullmatch(text, lo, start) is not None
    cues = _tense_cues(text, lo, hi)
    for cue_start, cue_end, cue_tense, cue in cues:
        if cue_start < end and cue_end > start:
            continue  # a cue inside the expression itself ("last", "next") is not the verb's tense
        if best is not None and cue_start - end >= best[0]:
            break  # the cues after the expression come in order, each further away: none can be nearer
        if cue_start >= end and (
            (cue in _REPORTING_AFTER and "," in text[end:cue_start] and not opening)
            or _CLAUSE_START.search(text, end, cue_start)
            or _JOINED_VERB_AFTER.search(text, end, cue_end)
        ):
            continue  # "shut until Monday, officials said", "warned on Monday that it could": another clause
        if cue_start >= end and cue_tense == FUTURE and cue in _FORECAST_VERBS and not opening:
            continue  # "the bank cut rates Tuesday and forecasts slower growth", "told reporters Thursday he expects a
            # deal", "a poll taken Sunday predicts": a forecast foretells what follows it, a day before it is another
            # verb's or the telling's ("On Sunday, expect snow": a date opening its sentence may be what is foretold)
        if cue_end <= start and _DEFERRED_TO.search(cue) and _OLD_DATE_GAP.search(text, cue_end, start):
            continue  # "put back to June from March", "delayed to a later date after storms in March": not the new date
        if (cue_end <= start and cue_tense == FUTURE and cue in _FORECAST_VERBS
                and _OTHER_EVENT_BEFORE_DAY.search(text, max(cue_end, start - 80), start)):
            continue  # "insurers expect claims from the floods on Sunday": the day is the floods', no forecast's
        if (cue_end <= start and cue_tense == FUTURE and cue in _FORECAST_VERBS
                and _in_closed_relative_clause(text, lo, cue_start, cue_end, start)):
            continue  # "the bank, which expects a loss, cut jobs Monday": the forecast is the clause's, the day the
            # main verb's
        if cue_end <= start and _inside_relative_clause(text, cue_end, start):
            continue  # "families travel home for the holiday, which they celebrate this weekend": its own clause
        if (cue_tense == PAST and cue_start >= end and _PARTICIPLE.fullmatch(cue)
                and _REDUCED_RELATIVE_AFTER.match(text, cue_end)):
            continue  # "appears in court on Monday charged with theft": the participle describes the person
        if cue_start >= end and cue_tense == FUTURE and _UNTIL_CUE_END.search(cue):
            first_word = cue.split(None, 1)[0]
            if first_word in ("be", "been", "runs"):
                continue  # "will be remanded until": the tense is the auxiliary's, a cue of its own; "will open
                # on Friday and runs until Sunday": the run's end, nothing said of the day before it
            cue_tense = PRESENT if first_word in ("is", "are") else PAST
        # the nearest cue on either side: "met on Tuesday", "on Tuesday, police arrested"
        distance = start - cue_end if cue_end <= start else cue_start - end
        between = text[cue_end:start] if cue_end <= start else text[end:cue_start]
        if ";" in between or ("," in between and _CLAUSE_COMMA.search(between)):
            # "the stadium, approved in March, is due to open": a cue past a comma is in another clause than the
            # date, and a cue in the date's own clause wins over it; so is one past a semicolon ("stormed the hall
            # on May 3; the trial opens in June": the trial's present says nothing of the storming's day)
            distance += _OTHER_CLAUSE
        right_before = cue_end <= start and _RIGHT_BEFORE_GAP.fullmatch(text, cue_end, start) is not None
        if (cue_tense == PAST and not right_before and _PARTICIPLE.fullmatch(cue)
                and _FUTURE_CLAUSE_BEFORE.search(text, max(lo, cue_start - 120), cue_start)):
            continue  # "will give shots to pupils enrolled in 300 schools from Monday", "will be tightened from
            # Monday and kept in place": a participle in a future clause describes a noun or goes on with the future
            # verb; no past verb (but "will appeal the ruling handed down on Friday": the date is the participle's)
        if cue_tense == PAST and cue_end <= start and _INTENT_TO.search(text, cue_start, start):
            # "agreed to acquire it in January": ahead of the agreement, so by nearness; "promised to reopen the pool
            # by Saturday": a deadline set by a promise lies ahead
            cue_tense = FUTURE if (_ends_with(text, start, ("by", "before"))
                                   and _BY_RIGHT_BEFORE.search(text, max(lo, start - 12), start)) else None
        if cue_tense == PAST and right_before and cue not in _NOT_A_PAST_EVENT:
            distance = -1  # "a pact the two sides signed in October takes effect": the verb right before the date
        elif cue_end <= start and _planned_event_clause(text, cue, cue_end, start, cues):
            distance = -1  # "a derby due to be played on Sunday has been moved": the planned derby's date
        if best is None or distance < best[0]:
            best = (distance, cue_tense)
    if best is not None and best[1] == PAST and _hypothetical_if(text, lo, start, end, hi):
        return FUTURE  # "if the dam burst on Friday, the valley would flood": a past form of a condition ahead
    if best is not None and best[1] == PAST and _present_passive_condition(text, lo, start):
        return FUTURE  # "the cover ends if the fee is not paid by Monday": a condition in the present lies ahead
    if best is not None and best[1] == FUTURE and _after_gerund_day(text, lo, start, cues):
        return PAST  # "will face Rovers in the final after beating them on Sunday": what the final follows is done
    if (best is not None and best[1] == FUTURE and _after_possessive_day(text, lo, start, end)
            and (_OUTCOME_NOUN_AFTER.match(text, end) or not _WILL.search(text, lo, hi))):
        return PAST  # "plays again on Saturday after Tuesday's defeat": the event a weekday owns is told as done
        # (but "fans will gather after Saturday's final": a fixture after which the future is told lies ahead)
    relative = _RELATIVE_PAST_BEFORE.search(text, max(lo, start - 60), start) if best and best[1] != PAST else None
    if relative is not None and relative.group(1).lower() not in _NOT_A_PAST_EVENT:
        return PAST  # "talks that ran from 30 November are expected to end": the date is the relative clause's
    if best is None and _headline_infinitive(text, lo, start):
        return FUTURE  # "Union to strike on Friday", "Storm to hit coast Thursday": a headline's "to" tells what is due
    if best is None and _timetable_present(text, lo, start):
        return FUTURE  # "the relay sets off at 10am on Saturday": a timetable told in the present simple
    return best[1] if best else None


# "if" (or "unless", "even if", "supposing") opening a condition whose clause runs to the date with no comma, semicolon
# or colon; and a bare modal of the main clause, after the condition's comma (the main clause's subject right after
# it: not a relative or a coordinated clause, ", which could", ", and charges could") or before the "if", with no
# "have" (a past never met: "if the dam burst on Friday, it would have flooded the valley"; "could not have fired")
_IF_BEFORE = re.compile(r"\b(?:if|unless|supposing)\b[^,;:]*$", re.IGNORECASE)
_MODAL_AFTER_CONDITION = re.compile(
    r"[^.;:!?]*?,\s*(?!(?:which|and|but|though|although|who|as|while|where|when|so|or)\b)(?:[\w'’-]+\s+){0,6}?"
    r"(?:would|could|might)(?:n['’]t|\s+not)?\s+(?!(?:not\s+|never\s+)?(?:have\b|['’]ve\b))[a-z]",
    re.IGNORECASE)
# what opens a condition's clause right before "if": the sentence's start, a comma, or a joining word ("and if", "even
# if", "only if"); after any other word "if" asks whether ("investigators are examining if the brakes failed"), or
# compares ("as if"), unless a bare modal stands before it ("the strike would go ahead if the talks failed")
_CONDITION_OPENS = re.compile(
    r"(?:^|[,;:(—–.!?\"“‘']|\b(?:and|but|so|or|even|only|then|that|because|yet))\s*$", re.IGNORECASE)
# a condition told in the past perfect ("if the dam had burst on Friday") is a past never met, the date past; and a
# main clause of now ("would be in Paris by now", "would now top the table") or one told as fact ("as reported")
# keeps the condition's time past
_CONDITION_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:not\s+|never\s+|\w+ly\s+)?(?:been|\w+(?:ed|en|wn|ne|t))\b", re.IGNORECASE)
_MAIN_CLAUSE_NOW = re.compile(
    r"\b(?:now|by\s+now|already|so\s+far|at\s+present|as\s+(?:reported|expected|claimed|alleged|planned|it\s+did))\b",
    re.IGNORECASE)
# a verb of asking, knowing or checking right before "if": "if" asks whether (a past event), no condition
_ASKS_IF = re.compile(
    r"\b(?:ask|asks|asked|asking|know|knows|knew|known|say|says|said|tell|tells|told|see|saw|seen|check|checks|checked|"
    r"checking|confirm|confirms|confirmed|wonder|wonders|wondered|unclear|clear|sure|determine|establish|investigate|"
    r"investigating|question|questioned)\s+$", re.IGNORECASE)
_MODAL_BEFORE_IF = re.compile(
    r"\b(?:would|could|might)(?:n['’]t|\s+not)?\s+(?!(?:not\s+|never\s+)?(?:have\b|['’]ve\b))[a-z][^,;:]*?"
    r"\b(?:if|unless)\b", re.IGNORECASE)


def _hypothetical_if(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether a date whose nearest cue is past stands in a condition told with a past form and a bare modal in its
    main clause ("If the dam burst on Friday, the valley would flood", "the strike could go ahead if the talks failed
    on Monday", "if the vote were held on Thursday, the bill might pass"): the past form is the mood of a condition,
    not a past time, and the date lies ahead. Not a past never met ("would have flooded"), nor "if" asking whether
    something happened ("asked if the dam burst on Friday": no modal)."""
    if "if" not in text[lo:start].lower() and "unless" not in text[lo:start].lower():
        return False
    condition = _IF_BEFORE.search(text, lo, start)
    if condition is None or _ASKS_IF.search(text, max(lo, condition.start() - 40), condition.start()):
        return False  # "did not say if the dam burst on Friday, but it could": a question whether it happened
    if _CONDITION_PAST_PERFECT.search(text, condition.start(), start):
        return False  # "if the dam had burst on Friday, the valley would be under water": a past never met
    modal_before = _MODAL_BEFORE_IF.search(text, lo, condition.end()) is not None
    opens = (not text[lo : condition.start()].strip()
             or _CONDITION_OPENS.search(text, max(lo, condition.start() - 30), condition.start()) is not None)
    if not modal_before and not opens:
        return False  # "examining if the brakes failed on Friday", "looked as if the bridge collapsed": no condition
    modal_after = _MODAL_AFTER_CONDITION.match(text, end, hi)
    if modal_after is not None and _MAIN_CLAUSE_NOW.search(text, end, _sentence_bounds(text, start, end)[1]):
        return False  # "if he left on Monday, he would be in Paris by now": the condition's time is past
    return modal_after is not None or modal_before


# a passive in the present right before the date ("is not paid by", "are signed on"), the participle being the nearest
# cue: not a past event but a present form
_PRESENT_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|isn['’]t|aren['’]t)\s+(?:(?:not|never|still|yet|fully|all)\s+)*(?:" + _PARTICIPLE.pattern
    + r")\s+(?:(?:in|on|by|before|until|till|from)\s+)?$", re.IGNORECASE)


# a participle after the date that opens a reduced relative clause about a person ("charged with theft", "accused of
# fraud", "wanted over a killing", "suspected of"): no verb of the date's clause
_REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:with|of|over|in\s+connection\s+with)\b", re.IGNORECASE)


def _present_passive_condition(text: str, lo: int, start: int) -> bool:
    """Whether a date whose nearest cue is past stands in a condition told in the present passive ("the policy lapses
    if premiums are not paid by Friday", "unless the form is signed on Monday"): the participle is no past time, and
    a condition in the present (the first conditional) is about what lies ahead. Not "if" asking whether something
    happened ("asked if the fee is paid on Monday" keeps the sentence's tense), nor a past form of "be" ("if it was
    paid on Monday")."""
    condition = _IF_BEFORE.search(text, lo, start)
    if condition is None or _ASKS_IF.search(text, max(lo, condition.start() - 40), condition.start()):
        return False
    return _PRESENT_PASSIVE_BEFORE.search(text, condition.end() - len(condition.group()), start) is not None


# a weekday owning an event after "after", "since" or "following" ("after Tuesday's defeat", "days after Monday's vote")
_AFTER_POSSESSIVE_BEFORE = re.compile(r"\b(?:after|since|following)\s+$", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# a plain future modal of the sentence ("will gather after Saturday's final"), and the nouns of an outcome or a mishap
# a weekday may own ("after Monday's defeat", "after Sunday's flood"): done whatever the sentence looks ahead to
_WILL = re.compile(r"\b(?:will|shall|going\s+to)\b|'ll\b", re.IGNORECASE)
_OUTCOME_NOUN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:defeat|loss|win|victory|draw|thrashing|crash|collapse|flood|floods|flooding|storm|"
    r"fire|blaze|blast|explosion|attack|attacks|shooting|stabbing|riot|riots|violence|derailment|outage|death|deaths|"
    r"resignation|sacking|arrest|arrests|verdict|ruling|result|results|upset|exit|walkout|strike|rout|meltdown|"
    r"crackdown|raid|raids|quake|earthquake|accident|incident|disaster|clash|clashes)\b", re.IGNORECASE)


def _after_possessive_day(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the date is a weekday in the possessive after "after", "since" or "following" ("the team plays again on
    Saturday after Tuesday's defeat"): the event it owns is told as done, whatever the clause's verb looks ahead to."""
    return (text[end : end + 2] in ("'s", "’s") and _WEEKDAY_WORD.fullmatch(text, start, end) is not None
            and _AFTER_POSSESSIVE_BEFORE.search(text, max(lo, start - 12), start) is not None)


# a gerund after "after" or "following" and the words up to the date, with no comma or clause word ("after beating
# the holders by four points on", "following a win on" is no gerund)
_AFTER_GERUND = re.compile(
    r"\b(?:after|following)\s+(?P<verb>[a-z]{3,}ing)\b(?:\s+(?!(?:and|or|but|that|which|who|when|while|before|"
    r"until|because|so)\b)[\w'’%-]+){0,8}?\s+(?:on|in|at|during|from|last)?\s*$", re.IGNORECASE)
# the gerunds of a contest's result and of an injury, with no sense of a plan's step: what a fixture or a team's plan
# follows from is done ("will face Leeds after beating Derby on Sunday", "will miss the derby after suffering a knock on
# Saturday"); "losing" only before "to", a score or the date ("after losing to Derby", "after losing 2-1 on Sunday"),
# not before its object ("after losing the vote on Monday" may be a plan's outcome).
# Not a plan's own steps ("after meeting his cabinet on Monday", "after receiving royal assent on Thursday", "after
# opening on Saturday"), nor a gerund with another sense ("after drawing lots", "after picking up the award", "after
# sealing the deal on Friday"), which lie ahead with the future verb
_RESULT_GERUNDS = frozenset({"beating", "defeating", "losing", "winning", "thrashing", "suffering"})
# "picking up" an injury or a booking, a harm done in a match ("will miss the final after picking up a knock on Sunday")
_PICKING_UP_HARM = re.compile(
    r"\s+up\s+(?:a|an|another|his|her|their|a\s+second)\s+(?:[a-z]+\s+)?(?:knock|injury|strain|yellow|red|booking|card|"
    r"suspension|ban)\b", re.IGNORECASE)
_LOSING_TO = re.compile(r"\s+(?:to|on|in|at|away|again)\b|\s+\d", re.IGNORECASE)
# a word of a plan between the gerund and the date ("after losing the confidence vote due on Monday"): the date is the
# plan's
_PLAN_WORD = re.compile(r"\b(?:due|set|scheduled|expected|planned|slated|next|coming)\b", re.IGNORECASE)
# a condition anywhere in the sentence ("will only be promoted after winning on Saturday", "will be top after beating
# Wales on Thursday, provided they avoid defeat"): the result is one hoped for, ahead
_CONDITION_WORD = re.compile(r"\b(?:only|if|provided|providing|unless)\b", re.IGNORECASE)


def _after_gerund_day(text: str, lo: int, start: int, cues: tuple[tuple[int, int, str | None, str], ...]) -> bool:
    """Whether a date whose nearest cue is a future one stands in a gerund phrase of a result (_RESULT_GERUNDS) after
    "after" or "following", told after the future verb, with no cue or word of a plan of its own ("X will face Y in
    the final after beating Z on Sunday", "will miss the derby following suffering a knock on Saturday"): news tells
    what a fixture follows from to explain it, something done, so the date lies behind; the future verb is the
    plan's. A gerund phrase before the future verb ("After arriving in Tokyo on Monday, the president will") is a
    step of the plan, ahead; so is one in a sentence with a condition (_CONDITION_WORD)."""
    gerund = _AFTER_GERUND.search(text, max(lo, start - 120), start)
    verb = "" if gerund is None else gerund.group("verb").lower()
    if gerund is None or verb not in _RESULT_GERUNDS and verb != "picking":
        return False
    if verb == "losing" and not _LOSING_TO.match(text, gerund.end("verb")):
        return False
    if verb == "picking" and not _PICKING_UP_HARM.match(text, gerund.end("verb")):
        return False  # "after picking up the award on Friday": a plan's step; "picking up a knock": a harm done
    if _PLAN_WORD.search(text, gerund.end("verb"), start):
        return False
    if _CONDITION_WORD.search(text, lo, _sentence_bounds(text, start, start)[1]):
        return False  # "the title will be theirs after beating Leeds on Saturday, if City slip": a hope, ahead
    if not any(cue_end <= gerund.start() and tense == FUTURE for _, cue_end, tense, _ in cues):
        return False  # no future verb before the phrase: a plan's step, not what it follows from
    return not any(gerund.start() <= cue_start < start for cue_start, _, _, _ in cues)


# a signal of the time leading up to a feast right before it ("before Easter", "ahead of Diwali", "in the run-up to
# Christmas", "in time for Thanksgiving"); _AHEAD_SIGNAL_ENDS: the last words it can end with, asked first
_AHEAD_SIGNAL = re.compile(
    r"\b(?:before|ahead\s+of|(?:run|lead)[- ]?up\s+to|in\s+time\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
_AHEAD_SIGNAL_ENDS = ("before", "of", "to", "for", "the")
# a span counted back from the feast before "before" ("the day before Easter", "two weeks before Diwali"): what is
# told of it in the past began that long before the feast; the count (a number or a word; one without) and the unit
# ("in the days before Easter", a plural without a count, is the run-up of no set length)
_AHEAD_OFFSET = re.compile(
    r"\b(?:(?P<n>\d{1,2}|one|two|three|four|five|six|a\s+few|several|a\s+couple\s+of)\s+)?(?P<u>days?|nights?|weeks?|weekends?|fortnights?|months?)"
    r"\s+(?:just\s+|right\s+)?before\s+(?:the\s+)?$", re.IGNORECASE)
_OFFSET_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "weekend": 7, "fortnight": 14, "month": 30}
# "a few days before Easter" is about three: a span that began before the feast, not the run-up of no set length
_OFFSET_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a few": 3, "several": 3,
                  "a couple of": 2}
# another year named in the sentence ("before Easter last year", "a year ago", "in 2024", "last spring"): the feast
# is that year's, not the one ahead
_OTHER_YEAR_NAMED = re.compile(
    r"\b(?:(?:last|previous|past)\s+(?:year|spring|summer|autumn|fall|winter)|(?:a|one|two|three|\d+)\s+years?\s+"
    r"(?:ago|earlier|before)|(?P<year>(?:1[89]|20)\d\d))\b(?![,.]\d)", re.IGNORECASE)


def _ahead_offset(text: str, start: int, dct: date | None) -> int | None:
    """Days a feast at `start` is counted back from when a signal of the time leading up to it stands right before
    it ("before Easter": 0, "the week before Eid": 7); None without such a signal or when the sentence names another
    year."""
    if not _ends_with(text, start, _AHEAD_SIGNAL_ENDS):
        return None
    signal = _AHEAD_SIGNAL.search(text, max(0, start - 30), start)
    if signal is None:
        return None
    lo, hi = _sentence_bounds(text, start, start)
    for named in _OTHER_YEAR_NAMED.finditer(text, lo, hi):
        if named.group("year") is None or dct is None or int(named.group("year")) != dct.year:
            return None
    offset = _AHEAD_OFFSET.search(text, max(0, signal.start() - 30), signal.end())
    if offset is None or offset.end() != signal.end():
        return 0
    unit = offset.group("u").lower()
    count = offset.group("n")
    if count is None and unit.endswith("s"):
        return 0  # "in the days before Easter": the run-up, of no set length
    unit = unit.rstrip("s")
    number = 1 if count is None else int(count) if count.isdigit() else _OFFSET_COUNTS[" ".join(count.lower().split())]
    return number * _OFFSET_UNIT_DAYS[unit]


# a clock time right before "on" and the date ("at 10am on Saturday", "at about 14:20 GMT on Monday", "at 0700 GMT on
# Thursday"): an hour set for a day
_AT_CLOCK_ON = re.compile(
    r"\bat\s+(?:(?:about|around|approximately|roughly|exactly|precisely)\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
    # ... or a 24-hour clock with a zone or "hrs" ("at 0700 GMT on Thursday")
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:(?-i:GMT|UTC|Z|[ECMP][SD]?T|BST|CES?T|EES?T|MSK|A[ECW][SD]T|NZ[SD]T|JST|KST|HKT|SGT|IST"
    # (a time zone, as the taggers' @tz names them, not a currency: "oil trades at 1250 USD on Tuesday")
    r"|SAST|WAT|EAT|PKT|WIB)|hrs)\b)(?:\s*hrs)?|noon|midday|midnight)"
    r"(?:\s*(?-i:[A-Z]{2,4}))?(?:\s+local\s+time)?\s+on\s+$", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[A-Za-z]+")
# a sentence or a line told as such, not as a headline: it ends with closing punctuation, a full stop, a question or
# exclamation mark, or a colon or a semicolon that goes on below (a closing quote or bracket perhaps after it); not an
# ellipsis, which trails off a headline as often as a sentence ("Lorry ploughs into bus shelter at 7am on Thursday…")
_CLOSED = re.compile(r"[.!?:;][\"'\u2019\u201d)]*\s*$")


def _mostly_capitalised(words: list[str], least: int) -> bool:
    """Whether at least `least` words are given and most of them are capitalised: a line in title case."""
    return len(words) >= least and sum(word[0].isupper() for word in words) * 2 > len(words)


# negative rules left out in a sentence written in title case, where every word has a capital ("Wet Winter Leaves
# Farmers Counting Cost"): a capital there tells nothing of a name (each with its own test of the words around:
# _season_in_title_case, _date_word_before_noun)
_NOT_IN_TITLE_CASE = frozenset({
    "neg.season_first_name", "neg.date_word_name", "neg.single_quoted_title_case", "neg.month_street",
    "neg.title_case_clock", "neg.weekday_given_name", "neg.titled_day_possessive", "neg.feast_name",
    "neg.publication_title", "neg.weekday_institution", "neg.holiday_institution", "neg.title_case_count_unit"})
# ... those of them left out in any title-case sentence, with no test of their own ("Polls Close At Half Past Nine",
# "Deaths Fell In March Road Safety Week", "Council Scraps Tomorrow's Vote", "Bells Ring On Epiphany Morning": a time, a
# month and a day, no title, no street, no church)
_LEFT_OUT_IN_TITLE_CASE = frozenset({"neg.month_street", "neg.title_case_clock", "neg.weekday_given_name",
                                     "neg.titled_day_possessive", "neg.feast_name", "neg.publication_title",
                                     "neg.weekday_institution", "neg.holiday_institution",
                                     "neg.title_case_count_unit"})
# a month or a weekday after a preposition of time that opens its sentence ("In May Road Safety Week was held", "On 10
# May Street traders protested", "By Monday Boulevard traffic had eased"): the date the sentence is set in, a name after
# it, no street (neg.month_street, neg.weekday_place), and so a holiday ("By Easter Park visitors had doubled",
# neg.holiday_street); a weekday after "In" or "At" may be a place's ("In Friday Harbor"), a holiday after "At", "On",
# "In" or "From" too ("At Easter Road, the home side won"); an island is one after any ("After Christmas Island
# detainees rioted")
_OPENING_TIME_PREPOSITION = {
    "neg.month_street": re.compile(
        r"(?:^|[.!?\n]\s*|^\s+)(?:(?:early|late|later|earlier)\s+)?(?:in|on|by|since|until|till|during|from|before|"
        r"after|through|throughout)\s+$", re.IGNORECASE),
    "neg.weekday_place": re.compile(
        r"(?:^|[.!?\n]\s*|^\s+)(?:on|by|since|until|till|from|before|after)\s+$", re.IGNORECASE),
    "neg.holiday_street": re.compile(
        r"(?:^|[.!?\n]\s*|^\s+)(?:by|since|until|till|before|after|during|throughout)\s+$", re.IGNORECASE)}
_OPENING_TIME_PREPOSITION["neg.weekday_institution"] = _OPENING_TIME_PREPOSITION["neg.weekday_place"]
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "his", "her", "its", "their", "who", "this",
                       "that"})
_DATE_WORDS = frozenset({"christmas", "easter", "noon", "midnight", "winter", "summer", "autumn", "spring"})
_NAME_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b(?!['’-])")


_MID_SENTENCE_BEFORE = re.compile(r"[a-z,]\s$")


_NAME_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)\s+$")
_TITLE_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s")


def _surname_in_full_name(text: str, start: int, end: int) -> bool:
    """Whether the given name before a weekday (neg.weekday_surname: "Kate Wednesday, who", "Tom Friday said") is
    itself the surname of a full name ("Sen. Lindsey Graham Tuesday said", "Justice Clarence Thomas Monday wrote"): a
    capitalised word before it that the dictionary does not know is a given name, and the weekday after the full name
    is a wire date; a title or a calling before it ("Coach Emma Thursday said") is a dictionary word."""
    if _TITLE_WORD.match(text, start) or text[start].islower() or len(text[start:end].split()) != 2:
        return False  # "Mr Friday", "striker Jaden Monday": the title or the calling tells
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and not word_classes(before.group(1).lower())


def _year_before_noun(text: str, start: int, end: int) -> bool:
    """Whether the word after "The 1975" opening a sentence (neg.year_band) can only be a noun ("The 2016 referendum
    the party called"): the year then dates it; a word the dictionary knows as a verb ("The 1975 headline the
    festival", "play the arena") makes the year the subject, a band's name. In mid-sentence the capital tells."""
    if _MID_SENTENCE_BEFORE.search(text, max(0, start - 2), start):
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None or not after.group(1).islower():
        return False
    return "VERB" not in word_classes(after.group(1)) or _REDUCED_RELATIVE_OBJECT.match(text, after.end()) is not None


# a clause with its verb in the past after the word that follows "The 1975" ("The 2008 crash the banks caused cost
# billions", "The 1975 vote the country held was close", "the reckless big banks caused"): that word is a noun the
# clause describes, the year dates it; a band's verb has its object there and no past verb after it ("The 1975 play
# the arena on Friday", "The 1975 love the crowd the city gave them": no second determiner inside the subject)
_REDUCED_RELATIVE_OBJECT = re.compile(
    r"\s+(?:the|a|an|their|its|his|her|this|that)\s+(?:(?!(?:the|a|an|their|its|his|her|this|that)\s)[a-z]+\s+){0,2}"
    r"(?!(?:the|a|an|their|its|his|her|this|that)\s)[a-z]+\s+(?:" + _PARTICIPLE.pattern
    + r"|ran|saw|took|had|won|lost|gave|began|fought|chose|wrote|drew|threw|got|came|went|rode|flew|struck|told|"
    r"heard|met|felt|faced|fell|rose|broke|stole|swept|shook)\s+[a-z]", re.IGNORECASE)


def _date_word_before_noun(text: str, start: int, end: int) -> bool:
    """Whether the date word ending a name-like span at text[start:end] ("Father Ted Christmas", "Coach Christmas")
    modifies the noun after it ("the Father Ted Christmas special", "a General Motors Christmas shutdown"): a feast or
    a season, no surname. The noun is in lower case, or capitalised in a title-case headline ("Coach Christmas Party
    Cancelled"); a word that is only a verb ("Mr Noon said"), a verb in -s or -ed that may be a noun ("Captain Winter
    leads"), or no English word ("Noon Phromma") keeps the name."""
    last = text[start:end].split()[-1]
    if last.lower() not in _DATE_WORDS:
        return False
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word[0].isupper() and not _title_case_sentence(text, start, end):
        return False
    classes = word_classes(word.lower())
    if "NOUN" not in classes or word.lower() in _PRONOUNS:
        return False  # "told Judge Winter he had arrived": a pronoun opens a clause
    if "VERB" not in classes or not word.lower().endswith(("s", "ed")) or word.lower().endswith("ss"):
        return True  # "-ss" is no -s form: "Senator Summer Recess Begins", "the Major Winter Dress sale"
    # a feast before a plural noun in a headline ("Nurse Christmas Shifts Row Grows"): the feast's shifts, far more
    # often than a Christmas by name doing something (a season stays a name: "Captain Winter Leads Side Out")
    return (last.lower() in ("christmas", "easter") and word.lower().endswith("s") and not word.lower().endswith("ss")
            and word[0].isupper())


# the names of the weekdays and the months, written with a capital in any sentence
_ALWAYS_CAPITALISED = frozenset((
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December"))


def _title_case_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] is written in title case: outside that span, two words of three
    letters or more at least ("Dry Summer Leaves Reservoirs Low"), every word of four letters or more capitalised (a
    sentence of names has a verb or a noun in lower case: "Winter Okafor and Summer Reyes spoke"; short words such as
    "for", "and" may stay in lower case in a headline), and one such word at least: a short sentence of short words
    ("She was on Tomorrow's World.") tells nothing of title case. A weekday's or a month's name has its capital in
    any sentence and is not counted ("The Friday Club met on Friday." is prose, "Friday Club Folds On Monday" title
    case)."""
    lo, hi = _sentence_bounds(text, start, end)
    words = [word for word in _CLAUSE_WORD.findall(text, lo, start) + _CLAUSE_WORD.findall(text, end, hi)
             if len(word) > 2 and word not in _ALWAYS_CAPITALISED]
    long_words = [word for word in words if len(word) > 3]
    return len(words) >= 2 and bool(long_words) and all(word[0].isupper() for word in long_words)


# the nouns a season names a time of in a headline ("Winter Storm Knocks Out Power", "Summer Signing Impresses"): a
# season before one is a season, not a first name before a surname
_SEASON_NOUNS = frozenset({
    "storm", "storms", "heat", "heatwave", "holiday", "holidays", "sale", "sales", "season", "term", "break",
    "festival", "festivals", "olympics", "games", "signing", "signings", "statement", "budget", "collection",
    "collections", "camp", "school", "schools", "fair", "tour", "series", "league", "transfer", "window", "weather",
    "wave", "flu", "crisis", "fuel", "energy", "bills", "menu", "fashion", "reading", "travel", "rush", "getaway",
    "spending", "deals", "solstice", "show", "concert", "concerts", "programme", "schedule", "timetable"})
# the small words that follow a season in a title-case headline ("Schools Break Up For Summer On Friday", "Lawns Brown
# As Summer Heat Builds", "Ready By Winter Or Sooner"): a season, no given name, as no surname is one of them
_FUNCTION_WORDS_AFTER_SEASON = frozenset({
    "on", "in", "at", "as", "and", "or", "amid", "after", "before", "with", "to", "from", "for", "by", "of", "is",
    "was", "are", "were", "will", "has", "had"})
_SEASON_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_SEASON_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _season_in_title_case(text: str, start: int, end: int) -> bool:
    """Whether a season before a capitalised word at text[start:end] ("Summer Okafor") is a season in a title-case
    sentence, where the capital tells nothing of a name: only when the word after it is a noun a season names a time
    of ("Winter Storm", "Summer Signing", see _SEASON_NOUNS) or a small word no surname is ("For Summer On Friday",
    _FUNCTION_WORDS_AFTER_SEASON) or an adjective stands before the season ("Costly Winter
    Ahead", "Dry Summer Leaves"); a word after it that is no English word ("Summer Okafor Wins") keeps it a name, and
    so does a title-case byline or caption ("Photo: Summer Okafor/AFP", "Interview With Summer Okafor")."""
    if not _title_case_sentence(text, start, end):
        return False
    season_end = start + len(text[start:end].split(None, 1)[0])
    after = _SEASON_WORD_AFTER.match(text, season_end)
    if after is None:
        return False
    following = after.group(1).lower()
    if following in _SEASON_NOUNS or following in _FUNCTION_WORDS_AFTER_SEASON:
        return True
    if not word_classes(following):
        return False  # "Summer Okafor": no English word after the season, a surname
    before = _SEASON_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and "ADJ" in word_classes(before.group(1).lower())


def _in_headline(text: str, start: int) -> bool:
    """Whether `start` lies in a headline: a sentence with no closing punctuation ("Lorry ploughs into bus shelter at
    7am on Thursday") or with most of its words of four letters or more capitalised ("Mill Burns Down At 4am On
    Monday."), or the text's first line that holds anything, when more lines follow it and it has no closing
    punctuation (as timeline.documents takes the first line for a title). A headline tells a past event in the
    present simple ("Man dies at 3am on Sunday"), so its present verb says nothing of the date's side."""
    lo, hi = _sentence_bounds(text, start, start)
    if not (_CLOSED.search(text, lo, hi) or text[hi : hi + 1] in (".", "!", "?")):
        return True
    if _mostly_capitalised([word for word in _CLAUSE_WORD.findall(text, lo, hi) if len(word) > 3], 3):
        return True
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 or start >= line_end or not text[line_end:].strip():
        return False
    return _CLOSED.search(text, first, line_end) is None


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """The cardinals written as words (tagger_words.tsv, numword: "two", "dozens")."""
    return frozenset(form.lower() for form, _ in default_ruleset().words.entries["numword"])


def _plural_noun_after(before: str, word: str) -> bool:
    """Whether an -s word reads as a plural noun by the word before it: a number ("three rescues", "2 collisions") or
    an adjective that is no noun ("violent gusts", "sudden floods"); there a verb's -s form would be a headline's noun
    phrase, not a clause's verb."""
    lower = before.lower()
    if before.isdigit() or lower in _number_words():
        return True
    classes = word_classes(lower)
    return "ADJ" in classes and "NOUN" not in classes and _inflected_as(word, "NOUN")


@lru_cache(maxsize=8192)
def _inflected_as(word: str, upos: str) -> bool:
    """Whether a lower-case word is an inflected form of a lemma of part of speech `upos` in lemminflect's dictionary:
    a noun's plural ("rescues", "gusts"), a verb's -s form ("sets", "makes"; not "bus", "process", "news"), its -ing
    form or a participle ("leaving")."""
    return any(lemma != word for lemma in lemmas_as(word, upos))


def _participle_or_gerund(word: str) -> bool:
    """Whether a lower-case word is a verb's -ing form or a participle ("leaving", "hitting", "emptied", "held"): a
    verb of its own between a present verb and a clock time ("footage shows a van reversing into the gate at 10pm on
    Thursday"), whose time is the one the clock tells."""
    if _PARTICIPLE.fullmatch(word):
        return True
    return word.endswith("ing") and _inflected_as(word, "VERB")


def _timetable_present(text: str, lo: int, start: int) -> bool:
    """Whether a date with no tense cue in its sentence is told in the present simple of a timetable, so lies ahead:
    after a clock time ("at 10am on Saturday") in a clause whose verb is an -s form after a word that is no determiner
    ("the relay sets off at 10am on Saturday", "the eclipse reaches totality at 14:20 GMT on Monday"), after "from" in
    such a clause ("the new fares apply from Monday": what starts "from" a day is set ahead; a headline's past event is
    told "on" its day), or after a bare "on" in a full sentence whose verb is one of a timetable's (see
    _scheduled_on_day). A past event told with its hour has a past verb, a cue of its own. Not in a headline, which
    tells past news in the present ("Lorry ploughs into bus shelter at 7am on Thursday"); not a plural noun after a
    number or an adjective ("violent gusts at 2am on Thursday"); not a verb with an -ing form or a participle of its
    own between it and the clock ("footage shows a van reversing into the gate at 10pm on Thursday"). After a clock,
    a plural subject's base form is such a verb too ("the ferries sail at 6am on Monday": _plural_subject_verb)."""
    clock = None
    if _ends_with(text, start, ("from",)):
        clause_end = len(text[:start].rstrip()) - len("from")
    elif _ends_with(text, start, ("on",)):
        if _in_headline(text, start):
            return False
        clock = _AT_CLOCK_ON.search(text, max(lo, start - 40), start)
        if clock is None:
            return _scheduled_on_day(text, lo, start)
        clause_end = clock.start()
    else:
        return False
    clause_lo = max(lo, text.rfind(",", lo, clause_end) + 1, text.rfind(";", lo, clause_end) + 1)
    words = _CLAUSE_WORD.findall(text, clause_lo, clause_end)
    for i in range(len(words) - 1, 0, -1):
        before, word = words[i - 1], words[i]
        if word.islower() and _participle_or_gerund(word):
            return False  # the verb nearest the clock is an -ing form or a participle: its own time
        if _present_s_verb(before, word) or (clock is not None and _plural_subject_verb(words[:i], word)):
            return True
    return False


def _plural_subject_verb(before: list[str], word: str) -> bool:
    """Whether `word` reads as a verb's base form after a plural subject that opens the clause ("the ferries sail at
    6am on Monday", "both sides kick off at 3pm on Saturday"): an article, a possessive or "both" (or nothing), at most
    one word more (no count: "the three vans crash at 7am on Monday" is a caption's), then a lower-case plural noun
    that is no verb's base form itself, then the verb. Not a verb whose simple past is its base form ("the thieves cut
    the fence at 3am on Monday", "the workers quit at noon on Monday": a past told as plainly as a present)."""
    if not (word.islower() and _verb_base_form(word)) or not 1 <= len(before) <= 3 or simple_past(word):
        return False
    noun = before[-1]
    opener = [w.lower() for w in before[:-1]]
    if opener and (opener[-1].isdigit() or opener[-1] in _number_words()):
        return False  # "the three vans crash at 7am on Monday": a count before the noun, a caption's noun phrase
    return (noun.islower() and noun.endswith("s") and not noun.endswith("ss") and _inflected_as(noun, "NOUN")
            and not _verb_base_form(noun)
            and (not opener or opener[0] in _PLURAL_SUBJECT_OPENERS))


_PLURAL_SUBJECT_OPENERS = frozenset({"the", "its", "his", "her", "their", "our", "both", "all", "these", "those"})


def _present_s_verb(before: str, word: str) -> bool:
    """Whether `word` reads as a verb's -s form by itself and by the word before it: lower case, not a word in -ss
    ("process"), no determiner before it ("the sets"), and no plural noun after a number or an adjective ("violent
    gusts")."""
    return (len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith("ss")
            and before.lower() not in _DETERMINER_ENDINGS and _inflected_as(word, "VERB")
            and not _plural_noun_after(before, word))


# a sentence that opens with a subject after an article or a possessive, then a verb's -s form and what follows it up to
# "on" and the date, with no comma, semicolon or colon ("The team travels to Leeds on", "Her new play opens in the
# round on")
_SUBJECT_THEN_VERB = re.compile(
    r"[\s\"'(\u201c\u2018]*(?:the|a|an|its|his|her|their|our|this)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?P<verb>[a-z]{3,}s)\b(?P<rest>[^,;:]*?)\s+on\s+$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)
# the verbs of a timetable or a calendar, in their -s form: what opens, starts or is hosted on a day ahead ("the
# museum reopens on Friday", "the club hosts Leeds on Saturday"), and a journey's set departure or arrival ("the
# prime minister lands in Delhi on Sunday", "the squad leaves for Madrid on Saturday", "the ferry sails on Friday").
# A caption, a market wrap or a report in the historic present tells a past day with any other verb ("a firefighter
# battles a blaze on Tuesday", "the Dow drops 500 points on Monday", "the move follows a vote on Monday"), and so do
# "visits", "meets" and "arrives", captions' commonest verbs; those are left to the other cues
# (tagger_words.tsv: timetable)
_TIMETABLE_VERBS = _CODE_WORDS["timetable"]
# ... but a journey's verb in another sense, by what follows it up to the date: "leaves" with more than its one-word
# object or a place ("the storm leaves thousands without power", "the defeat leaves the club bottom", "the team leaves
# it late", against "leaves for Madrid", "leaves port", "leaves the club", "leaves Heathrow"), "lands" with an object
# ("the club lands a new sponsor": wins it), "sails" through, past, over or into ("the bill sails through the
# Commons", "the ball sails over the bar"): a report's historic present of a state or a feat, no timetable
_JOURNEY_NOT_GOING = {
    "leaves": re.compile(r"(?!\s+(?:for|from|at|to)\b|(?:\s+(?:(?:the|its|his|her|their|our)\s+)?[\w'’-]+|"
                         r"(?:\s+(?-i:[A-Z])[\w'’-]*)+)\s*$)\s+\S", re.IGNORECASE),
    "lands": re.compile(r"\s+(?:a|an|the|his|her|its|their|another|\d)\b", re.IGNORECASE),
    "sails": re.compile(r"\s+(?:through|past|over|into)\b", re.IGNORECASE),
}
_NEVER = re.compile(r"(?!)")
# ... and an arrival told with "in" ("the new rule comes in on Monday")
_ARRIVES_IN = frozenset({"rolls", "blows", "comes"})
# verbs that captions and court reports use for a day just past as often as a timetable does for one ahead ("the jury
# hears evidence from a pathologist on Tuesday", "the mayor welcomes refugees at the station on Tuesday", "a woman sits
# among the rubble on Tuesday", "a storm moves in over the city on Tuesday", "a heatwave sweeps in on Monday"): ahead
# only with a word of a schedule in the sentence ("the court hears the appeal again on Monday", "the senate sits
# again on Monday after the recess")
_CAPTION_TIMETABLE_VERBS = frozenset({"hears", "welcomes", "sits"})
_CAPTION_ARRIVES_IN = frozenset({"sweeps", "moves"})
_SCHEDULE_WORD = re.compile(r"\b(?:again|next|due|scheduled|expected|later|upcoming|resumes?)\b", re.IGNORECASE)


def _scheduled_on_day(text: str, lo: int, start: int) -> bool:
    """Whether a date after "on" with no tense cue in its sentence is told in the present simple of a full sentence with
    a timetable's verb: a subject after an article or a possessive, then one of _TIMETABLE_VERBS ("The team travels to
    Leeds on Friday", "The museum reopens to visitors on Friday") or of _ARRIVES_IN with "in" right after it, or one of
    _CAPTION_TIMETABLE_VERBS or _CAPTION_ARRIVES_IN with a word of a schedule in the sentence ("the inquiry hears
    evidence again on Tuesday"). News tells a past event in the past, and a schedule in the present: the day lies ahead.
    A headline tells past news in the present, without an article ("Storm hits coast on Monday"), and is left to the
    other cues (see _timetable_present); so is a clause with "that" after the day ("the minister insists on Monday
    that"), and a verb with an -ing form or a participle of its own between the timetable's verb and the date ("the side
    travels home after losing on Sunday")."""
    match = _SUBJECT_THEN_VERB.fullmatch(text, lo, start)
    if match is None or _THAT_AFTER.match(text, _date_end_after(text, start)):
        return False
    verb, rest_text = match.group("verb"), match.group("rest")
    arrives_in = re.match(r"\s+in\b", rest_text) is not None
    if not (verb in _TIMETABLE_VERBS or (verb in _ARRIVES_IN and arrives_in)):
        if not (verb in _CAPTION_TIMETABLE_VERBS or (verb in _CAPTION_ARRIVES_IN and arrives_in)):
            return False
        if not _SCHEDULE_WORD.search(text, lo, _sentence_bounds(text, start, start)[1]):
            return False  # "the jury hears evidence on Tuesday": a court report's or a caption's day just past
    if _JOURNEY_NOT_GOING.get(verb, _NEVER).match(rest_text):
        return False  # "the storm leaves thousands without power on Monday", "the club lands a sponsor": no journey
    rest = _CLAUSE_WORD.findall(rest_text)
    return not any(word.islower() and _participle_or_gerund(word) and not _noun_in_ing(before, word)
                   for before, word in zip(["", *rest], rest, strict=False))


def _noun_in_ing(before: str, word: str) -> bool:
    """Whether an -ing word reads as a noun by the word before it: a determiner or an adjective ("a late sailing", "its
    first showing"), not a noun or a preposition ("a van reversing", "after losing")."""
    lower = before.lower()
    return word.endswith("ing") and lower not in _GERUND_OPENERS and (
        lower in _DETERMINER_ENDINGS or "ADJ" in word_classes(lower))


# the prepositions and conjunctions a gerund follows ("after losing", "before sailing"): the dictionary gives some of
# them as adjectives ("after")
_GERUND_OPENERS = frozenset({"after", "before", "since", "while", "when", "by", "for", "from", "on", "in", "at",
                             "without", "with", "of", "following", "about", "upon", "through", "into", "despite"})


_WORD_AT = re.compile(r"[\w'’-]+")


def _date_end_after(text: str, start: int) -> int:
    """The end of the word at `start` (the date's first word: a weekday)."""
    word = _WORD_AT.match(text, start)
    return word.end() if word else start


# a cue of an event put off or moved "to" a new date (tagger_tense.tsv, tense.deferred_to, tense.moved_to), and what,
# between it and a date after it, makes that date the old one or a cause's rather than the new one ("to June from
# March", "after storms in")
_DEFERRED_TO = re.compile(
    r"(?:postponed|deferred|back|rescheduled|delayed|moved|forward|switched|shifted)(?:\s+[a-z'’]+)*\s+to$")
_OLD_DATE_GAP = re.compile(r"\b(?:from|after|following|since|because)\b", re.IGNORECASE)


# a cue that opens an infinitive of what is planned ("due to", "set to", "expected to", "scheduled to"), and the
# infinitive clause up to the date: "be" and a participle, or a verb, then a few words with no comma or clause word
_PLANNED_CUE = re.compile(r"(?:due|set|expected|scheduled|slated|planned)(?:\s+to)?")
_PLANNED_CLAUSE = re.compile(
    r"\s+(?:to\s+)?(?P<be>be\s+)?(?P<verb>[a-z]+)(?:\s+(?!(?:and|or|but|that|which|who|when|while|after|before|"
    r"because)\b)[\w'’-]+){0,5}?\s+(?:on|in|at|for|from|by|until|during)?\s*")


def _planned_event_clause(text: str, cue: str, cue_end: int, start: int,
                          cues: tuple[tuple[int, int, str | None, str], ...]) -> bool:
    """Whether the date stands in the infinitive clause a plan cue opens ("a derby due to be played at the old ground
    on Sunday has been moved", "the fair, set to open in May"): the date is the planned event's, and takes the cue's
    direction (ahead, or behind for "was due to"), not the main verb's that follows. No tense cue but the
    infinitive's own ("expected to resume") stands between; after "due to" (a plan, not a cause: _due_to_cause)
    the word must be "be" or a verb's base form ("a strike due to start on Friday", not "delays due to strikes")."""
    if not _PLANNED_CUE.fullmatch(cue):
        return False
    clause = _PLANNED_CLAUSE.fullmatch(text, cue_end, start)
    if clause is None or any(cue_end <= c[0] < start and c[2] != FUTURE for c in cues):
        return False
    verb = clause.group("verb").lower()
    if cue.startswith("due") and not clause.group("be"):
        return _verb_base_form(verb)
    return True


# what stands before a "due to" of cause ("postponed due to waterlogging", "closed off due to snow", "Due to the
# storm, ...", "partly due to"): a participle or particle, a clause's start or an adverb of degree
_CAUSE_BEFORE = re.compile(
    r"(?:^|[.!?;:,(])\s*$|\b(?:(?-i:[a-z]+ed)|shut|cut|hit|held|kept|put|set|off|out|down|up|back|away|over|partly|"
    r"largely|mainly|mostly|primarily|partially|entirely|only|probably|possibly|directly|part|not)\s+$",
    re.IGNORECASE)
# "is due to": a plan before a verb ("is due to open"), a cause before anything else ("was due to higher costs")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|now|originally|initially|also|still)\s+$|['’]s\s+$",
                        re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?:to\s+)?([a-z]+)\b")


def _due_to_cause(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a "due to" gives a cause, not a plan, told by what stands before it: a noun before it is the planned
    thing ("a strike due to start on Friday"), a participle, a clause's start or an adverb a cause ("the match was
    postponed due to waterlogging on Saturday"); after "is"/"was" the word after it tells (a verb: a plan)."""
    before = text[max(0, cue_start - 40) : cue_start]
    if _CAUSE_BEFORE.search(before):
        return True
    if _BE_BEFORE.search(before):
        after = _WORD_AFTER.match(text, cue_end if text[cue_start:cue_end].lower().endswith("to") else cue_end)
        return after is None or not (after.group(1) == "be" or _verb_base_form(after.group(1)))
    return False


# an infinitive with no finite verb in its sentence (a headline's or a caption's "to"): a short noun phrase opening
# the sentence, "to" and a verb ("Bus drivers to walk out Thursday"); not before a determiner or a pronoun, where "to"
# is a preposition ("a trip to the coast on Friday")
_BARE_INFINITIVE = re.compile(
    r"(?P<subject>[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,4}?)\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|"
    r"that|these|those|them|him|us|me|it|date|day|mid|early|late|next|last)\b)(?P<verb>[a-z]+)\b")


@lru_cache(maxsize=4096)
def _verb_base_form(word: str) -> bool:
    """Whether a lower-case word is a verb's base form in lemminflect's dictionary ("strike", "walk"; not "homes",
    "investors", "parliament")."""
    return word in lemmas_as(word, "VERB")


def _headline_infinitive(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] is a headline's "X to VERB" ("Union to strike on Friday", "Storm to hit coast"): the
    sentence opens with a short noun phrase, then "to" and a verb's base form. A verb right before "to" but for the
    first word is the sentence's own present verb ("Protesters march to court"), unless it points ahead ("ought to",
    "need to"); a noun after "to" makes it a preposition ("Damage to homes on Monday", "A blow to investors")."""
    match = _BARE_INFINITIVE.match(text, lo + len(text[lo:start]) - len(text[lo:start].lstrip()), start)
    if match is None or not _verb_base_form(match.group("verb")):
        return False
    words = match.group("subject").split()
    before = words[-1].lower()
    return len(words) == 1 or before in _AHEAD_BEFORE_TO or not _verb_base_form(before)


# a verb before "to" that itself points ahead ("Margins ought to widen", "Councils need to decide by Friday")
_AHEAD_BEFORE_TO = frozenset(("ought", "need", "have", "want", "hope", "aim", "intend", "plan", "expect", "vow",
                              "pledge", "promise", "seek", "prepare", "try"))


# the past phrases of tagger_tense.tsv ("hear from anyone", "appeal for witnesses"): a phrase of these stays a past
# cue after "to" ("want to hear from anyone who was in the lane"), where a lone -ed word is no past verb
_DATA_PAST_PHRASES = re.compile("|".join(f"(?:{cue.pattern})" for cue in _DATA_CUES if cue.tense == PAST) or "(?!)",
                                re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _no_past_verb_after(text: str, match: re.Match[str]) -> bool:
    """Whether a past cue stands where it is no past verb: after "be", a determiner or a modal ("to be completed",
    "will last", "police will appeal for witnesses"); the one exemption is a past phrase of tagger_tense.tsv after
    "to" ("want to hear from anyone": the appeal is about what happened)."""
    lo = max(0, match.start() - 10)
    if not (_ends_with(text, match.start(), _PASSIVE_ENDINGS) and _PASSIVE_BEFORE.search(text, lo, match.start())):
        return False
    return not (_TO_BEFORE.search(text, lo, match.start()) and _DATA_PAST_PHRASES.fullmatch(match.group(0)))


# a question's opener (_QUESTION_OPENERS) is a cue only with the "?" that ends its sentence, which the sentence's
# bounds leave out
_QUESTION_OPENER = re.compile(_QUESTION_OPENERS)
# "last" in the moon's "last quarter", a phase named a few words after "moon" (tagger_rules.tsv: neg.moon_quarter)
_QUARTER_AFTER = re.compile(r"[- ]quarter\b", re.IGNORECASE)
_MOON_BEFORE = re.compile(r"\bmoon(?:['’]s)?\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _tense_cues(text: str, lo: int, hi: int) -> tuple[tuple[int, int, str | None, str], ...]:
    """The tense cues of text[lo:hi] as (start, end, tense, the cue in lower case), without the words that only look
    like past verbs. What a cue is does not depend on the expression, so the expressions of one sentence (the same
    bounds) find them once."""
    cues = []
    # one scan for all three kinds of cue; where two kinds start at the same word, future wins, then past
    for match in _TENSE_CUES.finditer(text, lo, hi):
        tense = match.lastgroup or PRESENT
        word = match.group(0)
        lower = word.lower()
        at = match.start()
        if tense == PAST and (lower in _NOT_PAST or _UN_ADJECTIVE.fullmatch(word) or _no_past_verb_after(text, match)):
            continue
        if tense == FUTURE and _QUESTION_OPENER.fullmatch(word) and text.find("?", at, hi + 1) < 0:
            continue  # "Can fans travel on Saturday": a question's opener only when a "?" ends its sentence
        if (tense == PAST and lower == "last" and _QUARTER_AFTER.match(text, match.end())
                and _MOON_BEFORE.search(text, max(0, at - 40), at)):
            continue  # "the moon reaches its last quarter on Friday": the moon's phase, no past (neg.moon_quarter)
        if (tense == FUTURE and _PRESENT_VERB_FORM.fullmatch(word) and _ends_with(text, at, _DETERMINER_ENDINGS)
                and _DETERMINER_BEFORE.search(text, max(0, at - 10), at)):
            continue
        if (tense == FUTURE and lower in _FORECAST_VERBS
                and _DID_IN_CLAUSE_BEFORE.search(text, max(lo, at - 60), at)):
            continue  # "Did anyone expect the storm on Monday?", "why did nobody predict the flood": asked after it
        if tense == FUTURE and lower.startswith("due") and _due_to_cause(text, *match.span()):
            continue  # "postponed due to waterlogging": a cause, nothing planned ahead
        if (tense == PRESENT and _ends_with(text, at, _FUTURE_AUXILIARY_ENDINGS)
                and _FUTURE_AUXILIARY_BEFORE.search(text, max(0, at - 20), at)):
            continue  # "will have a scan on Thursday", "will remain shut": the verb of the future, no present
        if (tense == FUTURE and lower.split(None, 1)[0] in ("go", "come")
                and _CAUSED_BASE.search(text, max(0, at - 50), at)):
            continue  # "organisers let the race go ahead on Sunday": a base form after its object, no present
        cue_tense: str | None = tense
        if tense == PAST and _ends_with(text, at, ("have",)) and _PERFECT_AHEAD.search(text, max(0, at - 30), at):
            cue_tense = FUTURE  # "hope to have vaccinated every adult by the autumn": done by a day ahead
        if (tense == FUTURE and _ends_with(text, at, _PAST_OF_FUTURE_ENDINGS)
                and _PAST_OF_FUTURE.search(text, max(0, at - 14), at)):
            cue_tense = PAST  # "had been due to close on Sunday", "was expected to end Monday": a past plan
        cues.append((at, match.end(), cue_tense, lower))
    # "have promised", "has already sold": a perfect tells of what is done, its participle's past; the auxiliary is
    # no present cue of its own
    perfect = {i for i in range(len(cues) - 1) if cues[i][3] in ("has", "have") and cues[i + 1][2] == PAST
               and _PERFECT_GAP.fullmatch(text, cues[i][1], cues[i + 1][0]) is not None}
    return tuple(cue for i, cue in enumerate(cues) if i not in perfect)


# the verbs of a forecast or an expectation in the present (tagger_tense.tsv: tense.forecast_present,
# tense.expect_object_to): what they foretell lies ahead, but not what is asked about with "did" before the subject
# ("Did analysts predict the crash on Tuesday?"), nor a day that belongs to another event named between the verb and
# the day: after a preposition of cause or sequence ("expect answers after the crash on Sunday", "the death toll from
# the earthquake on Monday", "aftershocks following the quake on Wednesday"), in a relative clause ("a report on the
# fire that broke out on Tuesday", "the front that arrived Sunday": wire style drops the "on"; not one told in the
# present, "a verdict that comes Friday", the expected thing itself), after an irregular
# past participle that names another event ("the roadworks begun on Monday"; one in -ed is a past cue of its own), or
# the day of the statement that tells it ("said it expects a loss in a filing on Monday")
# (tagger_words.tsv: forecast; the statement nouns and the irregular past participles are its statement and
# participle lists)
_FORECAST_VERBS = _CODE_WORDS["forecast"]
_DID_IN_CLAUSE_BEFORE = re.compile(r"\bdid(?:n['’]t)?\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_OTHER_EVENT_BEFORE_DAY = re.compile(
    r"\b(?:(?:after|following|from|since|about|over|amid|despite)\s+(?:the|a|an|this|that|its|their|his|her|our|last)"
    r"\s+(?:(?!to\b)[\w'’-]+\s+){0,3}|(?:that|which|who)\s+(?!(?:will|would|could|may|might|shall|is|are|to)\b)"
    r"(?!(?!(?:was|has)\b)[a-z]+s\b)"
    r"(?:(?!to\b)[\w'’-]+\s+){1,6}|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(_CODE_WORDS["statement"])) + r")\s+|(?:" + "|".join(sorted(_CODE_WORDS["participle"]))
    + r")\s+)"
    r"(?:(?:on|at|in)\s+)?$", re.IGNORECASE)
# a future auxiliary right before a present cue's word ("will have", "'ll say", "shall remain", "will still have"):
# the word is the future verb's base form, no present of its own
_FUTURE_AUXILIARIES = ("will", "'ll", "shall", "won't")
_FUTURE_ADVERBS = ("not", "also", "still", "only", "now", "then", "again", "probably", "likely", "certainly")
_FUTURE_AUXILIARY_BEFORE = re.compile(
    "(?:" + "|".join(("\\b" if word[0].isalpha() else "") + re.escape(word) for word in _FUTURE_AUXILIARIES)
    + r")\s+(?:(?:" + "|".join(_FUTURE_ADVERBS) + r")\s+)?$", re.IGNORECASE)
_FUTURE_AUXILIARY_ENDINGS = _FUTURE_AUXILIARIES + _FUTURE_ADVERBS  # the words _FUTURE_AUXILIARY_BEFORE may end with
# a verb of letting, making or seeing and its object before a base form ("let the race go ahead", "made the results
# come out"): the base form is no present verb of its own (tagger_tense.tsv, tense.release_present)
_CAUSED_BASE = re.compile(r"\b(?:let|lets|letting|make|makes|made|making|saw|see|sees|seen|watch|watched|watching|"
                          r"help|helps|helped)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# a perfect infinitive after a hope, a plan or "will": what it names is done by a time ahead
_PERFECT_AHEAD = re.compile(
    r"\b(?:(?:will|'ll|shall)\s+have|(?:hopes?|hoping|hoped|plans?|planning|aims?|aiming|expects?|expected|intends?|"
    r"wants?|due|set|likely|needs?)\s+to\s+have)\s+$", re.IGNORECASE)
_PERFECT_GAP = re.compile(r"\s+(?:(?:also|already|just|since|now|not|never|recently|finally|\w+ly)\s+)?")


def lower_keeping_offsets(text: str) -> str:
    """The text in lower case, one character for one ("İ" lowers to two characters; here to "i", as the regex
    engine's case-insensitive match does), so offsets found in it hold in the original."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower  # lower-casing never shortens a character, so no character changed length
    return "".join(c.lower()[0] for c in text)


_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")  # the units a rule's reach is counted in (timeline.rules.token_reach)


class _TokenSteps:
    """Where the tokens of one text start (found once, then bisected by _TriggerIndex.windows): `count` tokens back
    from a position is the start of token k - count, or k - count + 1 when the position is inside token k rather than
    at its start (that token counts as one); `count` tokens on is the start of token k + count, or the text's end."""

    def __init__(self, text: str) -> None:
        self.size = len(text)
        # token lengths summed: the same starts as [m.start() for m in finditer], without a match object each
        self.starts = list(accumulate(map(len, _TOKENS.findall(text)), initial=0))
        self.starts.pop()  # the sum after the last token is the text's end, not a token's start


class _TriggerIndex:
    """Where each trigger occurs in one text, found once and shared by the rules that use it."""

    def __init__(self, text: str, ruleset: RuleSet) -> None:
        self.text = text
        self.lower = lower_keeping_offsets(text)
        self._scan = ruleset.trigger_scan
        self._steps: _TokenSteps | None = None  # made when a first trigger is found
        # every place each trigger word starts, by word: one pass over the text for all of them (RuleSet.trigger_scan)
        words = self._starting(self._scan.lower, self.lower)
        cased = self._starting(self._scan.cased, text)
        self._patterns: dict[str, list[tuple[int, int]]] = {}
        # the spans of the trigger words of each set, in no order, for the sets a word of which is here: each word
        # found (of several words, its stand-in) hands its spans to the sets that name it
        self._found: dict[int, list[tuple[int, int]]] = {}
        phrases, lower = self._scan.phrases, self.lower
        for present, by_word in ((words, self._scan.by_root), (cased, self._scan.cased_by_root)):
            for scanned, starts in present.items():
                for kind, word, numbers in by_word.get(scanned, ()):
                    places = starts
                    phrase = phrases.get(word) if kind != 2 else None
                    if phrase is not None:
                        places = [m.start() for m in phrase.finditer(lower)]  # the words, any white space between
                    if kind == 1:  # at a word's start only
                        places = [p for p in places if p == 0 or not lower[p - 1].isalpha()]
                    if places:
                        size = len(word)
                        spans = [(p, p + size) for p in places]
                        for number in numbers:
                            found = self._found.get(number)
                            if found is None:
                                self._found[number] = spans[:]
                            else:
                                found += spans
        # the trigger sets that may hold a trigger here: a word of theirs was found, or they have a pattern
        self.maybe = self._scan.with_pattern.union(self._found)

    @staticmethod
    def _starting(scan: Any, text: str) -> dict[str, list[int]]:
        """Where each word of the automaton `scan` (TriggerScan) starts in `text`, in order."""
        found: dict[str, list[int]] = {}
        if scan is not None:
            for end, word in scan.iter(text):
                found.setdefault(word, []).append(end + 1 - len(word))
        return found

    def _pattern(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        found = self._patterns.get(pattern.pattern)
        if found is None:
            found = [m.span() for m in pattern.finditer(self.text)]
            self._patterns[pattern.pattern] = found
        return found

    def trigger_spans(self, triggers: Triggers, number: int) -> list[tuple[int, int]]:
        """Where the triggers of set `number` (RuleSet.plan) stand in the text, in order; none: no rule of the set
        can match (a match always holds one)."""
        if number not in self.maybe:
            return []  # no word of the set was found, and it has no pattern
        found = self._found.get(number, [])
        if triggers.pattern is not None:
            found = found + self._pattern(triggers.pattern)
        found.sort()
        return found

    def windows(
        self, spans: list[tuple[int, int]], before: int, after: int, from_start: bool, barrier: re.Pattern[str] | None
    ) -> list[tuple[int, int]]:
        """Stretches of the text that hold every match of a rule whose triggers stand at `spans` (trigger_spans, not
        empty) with these bounds (RuleSet.plan): `before` and `after` tokens (in timeline.rules' sense) either side
        of each trigger, or, when the trigger starts one group, before and from that group; merged. `barrier`
        (Rule.barrier): characters no match holds before its trigger group, so that a window starts after the last
        one before the trigger."""
        if before < 0:
            return [(0, len(self.text))]  # a rule whose matches have no bound
        steps = self._steps
        if steps is None:
            steps = self._steps = _TokenSteps(self.text)
        merged: list[tuple[int, int]] = []
        # a cluster of triggers whose windows overlap: its end is `after` tokens past its furthest trigger. A token
        # holds a character or more, so that end lies `reach` characters or more past it: a trigger that near joins
        # the cluster without the end being worked out (one token more each way than the bound: the token the
        # trigger starts in may be shared)
        reach = after + 1
        # the steps back and on (_TokenSteps) written out: they run for every trigger of every group of rules
        starts, size = steps.starts, steps.size
        count = len(starts)
        text = self.text
        lo, far = -1, -1
        for start, end in spans:
            point = start if from_start else end
            if lo >= 0:
                if start <= far + reach:
                    if point > far:
                        far = point
                    continue
                k = bisect_right(starts, far) - 1
                last = (k if k > 0 else 0) + reach
                hi = starts[last] if last < count else size
                if start <= hi:
                    if point > far:
                        far = point
                    continue
                merged.append((lo, hi))
            k = bisect_right(starts, start) - 1  # the token holding the trigger's start
            if k < 0:
                lo = 0
            else:
                first = k - before - 1 if starts[k] == start else k - before
                lo = starts[first if first > 0 else 0]
            far = point
            if barrier is not None and (last_barrier := barrier.match(text, lo, start)):
                lo = last_barrier.end()  # a match starts after the last barrier before its trigger
        if lo >= 0:
            k = bisect_right(starts, far) - 1
            last = (k if k > 0 else 0) + reach
            merged.append((lo, starts[last] if last < count else size))
        # windows of two clusters may still touch: join them
        joined: list[tuple[int, int]] = []
        for window in merged:
            if joined and window[0] <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(window[1], joined[-1][1]))
            else:
                joined.append(window)
        return joined


def recognise(text: str, ruleset: RuleSet, use_triggers: bool = True,
              left_out: frozenset[tuple[str, int, int]] = frozenset()) -> list[Candidate]:
    """All positive matches that no negative rule covers, with overlaps settled: longest first, then rule order.

    Each pattern runs only near its rule's triggers; `use_triggers=False` scans the whole text with every rule
    (slow; the tests use it to show that the triggers lose nothing). `left_out` names matches (rule id, start, end)
    to leave out before overlaps are settled: compounds that could not be resolved, whose pieces then stand.
    """
    positives: list[Candidate] = []
    negatives: list[tuple[int, int]] = []
    heads: set[int] = set()  # where odds told in words start (neg.odds_in_words)
    index = _TriggerIndex(text, ruleset)
    everything = [(0, len(text))]
    maybe = index.maybe
    # the needed words (Rule.needs) the text holds: a rule, or a group of rules, none of whose words is here cannot
    # match and is not run (none: every rule runs, as with use_triggers=False)
    present: set[str] | None = None
    if use_triggers and ruleset.needs_scan is not None:
        present = {word for _, word in ruleset.needs_scan.iter(needs_text(text, index.lower))}
    for number, triggers, groups in ruleset.plan_by_window:
        spans = None
        if use_triggers and not triggers.everywhere:
            if number not in maybe:
                continue  # the set's words are not in the text (looked up here: most sets of a text are not)
            spans = index.trigger_spans(triggers, number)
            if not spans:
                continue  # no rule of this set can match: skipped at one look
        for group in groups:
            needs = group.needs
            if needs is not None and present is not None and present.isdisjoint(needs):
                continue  # no rule of the group can match: its windows are not worked out
            windows = (everything if spans is None
                       else index.windows(spans, group.before, group.after, group.from_start, group.barrier))
            # every match of each rule in the windows: a candidate, or for a negative rule the span it removes (the
            # loop is written out here, not a function a rule: most rules of most texts run and match nothing)
            for order, rule in group.rules:
                needs = rule.needs
                if needs is not None and present is not None and present.isdisjoint(needs):
                    continue
                finditer = rule.pattern.finditer
                for lo, hi in windows:
                    for match in finditer(text, lo, hi):
                        start, end = (match.span("span") if rule.has_span and match.group("span") is not None
                                      else match.span())
                        if end <= start:
                            continue
                        if rule.negative:
                            if rule.id == "neg.season_first_name" and _season_in_title_case(text, start, end):
                                continue  # "Families Brace For Costly Winter Ahead": a season, no first name
                            if rule.id == "neg.single_quoted_title_case" and (
                                    _in_headline(text, start) or _title_case_sentence(text, start, end)):
                                continue  # "Minister: 'Summer Holidays Will Go Ahead'": words said, in a headline
                            if rule.id in _LEFT_OUT_IN_TITLE_CASE and _title_case_sentence(text, start, end):
                                continue  # "Polls Close At Half Past Nine": every word has a capital, a time
                            opening = _OPENING_TIME_PREPOSITION.get(rule.id)
                            if opening is not None and opening.search(text, max(0, start - 20), start):
                                continue  # "In May Road Safety Week was held": the sentence's date, then a name
                            if rule.id == "neg.weekday_surname" and _surname_in_full_name(text, start, end):
                                continue  # "Sen. Lindsey Graham Tuesday said": a full name, then a wire date
                            if rule.id == "neg.year_band" and _year_before_noun(text, start, end):
                                continue  # "The 2016 referendum the party called": a year before a noun, no band
                            if rule.id == "neg.date_word_name" and _date_word_before_noun(text, start, end):
                                continue  # "the Father Ted Christmas special", "Coach Christmas Party Cancelled"
                            negatives.append((start, end))
                            if rule.id == "neg.odds_in_words":
                                heads.add(start)
                        else:
                            positives.append(Candidate(start, end, rule, match.groupdict(), order))
    if negatives:
        # a candidate inside a negative match goes: the furthest end among negatives starting at or before it
        negatives.sort()
        starts = [n[0] for n in negatives]
        reach = list(accumulate((n[1] for n in negatives), max))
        positives = [c for c in positives
                     if (i := bisect_right(starts, c.start)) == 0 or reach[i - 1] < c.end]
    if heads:
        # odds told in words open a longer clock match too ("her odds improved at ten to one on Monday"): that match
        # goes whole, and the weekday after the odds is found by its own rule; a part of the day said with the words
        # ("the horse bolted at ten to two in the afternoon", "tonight") makes them a clock time, kept
        positives = [c for c in positives if c.start not in heads
                     or any(c.groups.get(g) for g in ("pod", "pod2", "pod3", "dw"))]
    if left_out:
        positives = [c for c in positives if (c.rule.id, c.start, c.end) not in left_out]
    positives.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    # longest first; a byte per character marks what is taken, so each check costs the candidate's own length
    taken = bytearray(len(text))
    chosen: list[Candidate] = []
    for candidate in positives:
        if taken.find(1, candidate.start, candidate.end) != -1:
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


_TIMEX_TYPES = {t.value: t for t in TimexType}  # a dict look-up: calling the enum takes a microsecond an expression
_PERIOD_OF_MONTHS = re.compile(
    r"the\s+(?:first|latest|past|last|same|comparable|\w+-earlier|\w+-ago)?\s*[\w-]+\s+months\b", re.IGNORECASE
)
_AFTER_PERIOD = re.compile(r"\b(?:after|following)\s+(?:an?\s+|the\s+|its\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)
# "since the April storms", "since the December election" (the cue tense.since_the_named): a month or a season that
# qualifies what a state runs from is the latest past one, as after a bare "since", even one a quarter ahead
_SINCE_THE = re.compile(r"\b(?:ever\s+)?since\s+(?:the|last)\s+$", re.IGNORECASE)
# ... unless the noun after the month has a finite verb of its own: "since the May deadline is close" opens a clause
# (a causal "since", as "because"), whose month is read as any other
# (FINITE_VERB_AFTER: the same verb after the noun, which the event builder's titles read too)
FINITE_VERB = (r"(?:is|are|was|were|has|have|had|will|would|remains?|looms?|seems?|appears?|lies|lie|draws?|nears?|"
               r"approaches|approach|can|could|may|might|must|should)\b")
FINITE_VERB_AFTER = re.compile(r"\s+" + FINITE_VERB)
_NOUN_THEN_FINITE_VERB = re.compile(r"\s+[a-z][a-z-]+\s+" + FINITE_VERB)
# "a yellow alert for snow has been issued for Thursday", "appointments for Wednesday": the day a warning, forecast
# or appointment is for lies ahead of its issuing, when the clause is told in the present or the present perfect (told
# in the past, the warning or its outcome may be behind: "the forecast had promised sunshine for Friday, yet the fair
# was rained off")
_FORECAST_FOR = re.compile(r"\b(?:warnings?|alerts?|forecasts?|advisor(?:y|ies)|appointments?)\b[^.;,]{0,40}\bfor\s+$",
                           re.IGNORECASE)
# "warned of tight supply between 5pm and 7pm on Monday", "forecasters predicted gusts on Sunday from 2pm to 6pm": a
# window of clock hours on a bare weekday that a warning or a forecast told in the simple past is about is the span of
# what was warned of, not the moment of the warning (a warning is given at a moment, not across hours), and what is
# warned of lies ahead of the warning: the weekday is the first one after the warning, which news reports soon after
# it is given (after the DCT), or after the day told for the warning ("warned on Friday of gusts between 2pm and 6pm
# on Sunday": the Sunday after that Friday; a day is the warning's only when it is told with the verb, "warned on
# Friday", "on Friday warned", or opens the sentence, not a day of another clause: "after the flood on Friday, they
# warned"). Only a bare weekday: a date with a month or a year says which it is. The passive as the active ("drivers
# were warned of closures between 10pm and 6am on Sunday", the commonest form of a warning), and the present of a
# headline ("warns of gales"); not after "had" ("had warned of gales ... on Friday"), nor a passive recounted after a
# verb of saying ("residents said they were warned of the blast ..."), nor "forecast" or "predicted" as a noun or an
# adjective ("the forecast of rain"); and not where the sentence tells what happened (a past verb after the day,
# other than one of saying: "..., and the storm duly brought down trees", "flights ... were cancelled"; "..., a
# spokeswoman confirmed" is no outcome), or where a verb of its own stands between the warning and the window
# ("warned of delays on the road, which closed between"; a list with commas may: "of fog, ice and delays");
# a clause with "that" looks ahead only with a modal ("predicted that shares would fall"). A bare day with no window
# ("warned of delays on Monday") may date the warning itself and is read by tense as before. "Forecast" and
# "predicted" take what they foretell as their object, with no "of" ("forecasters predicted gusts on Sunday from 2pm
# to 6pm", "predicted snow from Thursday to Saturday"); not "as predicted"
# what "forecast" and "predicted" take as a bare object in the warned-window rule: the weather ("predicted sleet",
# "forecast heavy showers"); another object ("predicted the crowds", "predicted a close race") may be what happened
# on the days, which the other cues tell
_WEATHER_OBJECT = (r"(?:snow|snowfall|sleet|rain|rainfall|showers|downpours|drizzle|storms?|thunderstorms?|thunder|"
                   r"lightning|hail|gales?|gusts|winds?|fog|mist|frost|ice|heat|heatwaves?|highs|lows|temperatures|"
                   r"sunshine|sun|cloud|floods?|flooding|blizzards?|hurricanes?|cyclones?|typhoons?|washouts?|"
                   r"deluges?|downpours?|squalls?|cold\s+snaps?)\b")
_CLOCK_HOUR = r"(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?)?|noon|midday|midnight)"
_CLOCK_WINDOW = (rf"(?:between\s+{_CLOCK_HOUR}\s+and|from\s+{_CLOCK_HOUR}\s+(?:to|until|till)|{_CLOCK_HOUR}\s*[-–])"
                 rf"\s*{_CLOCK_HOUR}")
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?P<day>{_WEEKDAY_NAME})", re.IGNORECASE)
# a comma inside what is warned of, a list or an aside ("of traffic, congestion and delays"), not one that opens a
# clause of its own (a clause word or a subject pronoun after it: "of delays, which ...", "of delays, and they ...")
_LIST_COMMA = (r",(?!\s*(?:and\s+|or\s+|but\s+)?(?:which|who|whom|whose|where|when|while|but|as|because|since|after|"
               r"before|although|though|so|then|it|they|he|she|we|i|you)\b)")
_WARNED_OF = (r"(?<!\bhad\s)(?<!'d\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
              r"(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bweather\s)(?<!'s\s)"
              r"\b(?:warn(?:ed|s)|cautioned|alerted|(?<!\bas\s)(?P<foretold>forecast|predicted)(?!\s+(?:of|for|by)\b))\b"
              rf"(?:\s+on\s+(?P<told>{_WEEKDAY_NAME}))?(?:\s+(?:(?!that\b)[\w'-]+\s+){{0,3}}?"
              r"(?P<link>of|that|about|against)\b|(?(foretold)\s+(?:[\w'-]+\s+){0,2}?" + _WEATHER_OBJECT + r"|(?!)))"
              r"(?P<gap>(?:[^.;!?,]|" + _LIST_COMMA + r"){0,80}?)")
_WARNED_WORDS = ("warn", "cautioned", "alerted", "forecast", "predicted")  # one is in every match of _WARNED_OF
_WARNED_WINDOW_BEFORE_DAY = re.compile(_WARNED_OF + rf"\b{_CLOCK_WINDOW}\s+(?:on\s+)?$", re.IGNORECASE)
# a span of days is what is warned of as a window of hours is ("warned of heavy snow from Thursday to Saturday",
# "predicted rain between Friday and Sunday", "warned of closures from Monday"): a warning is given on one day, not
# across several, so the days are those of what was warned of. The start after "from" or "between" (with its end
# after it; "from" may stand alone, not before a possessive: "the damage from Thursday's storm" is an event's), and the
# end after the start and a joining word
_DAY_JOINER = r"(?:\s*[-–]\s*|\s+(?:to|until|till|through|thru|and)\s+(?:on\s+)?)"
_WARNED_SPAN_START_BEFORE_DAY = re.compile(_WARNED_OF + r"\b(?P<opener>from|between)\s+$", re.IGNORECASE)
_WARNED_SPAN_END_BEFORE_DAY = re.compile(
    _WARNED_OF + rf"\b(?:from|between)\s+{_WEEKDAY_NAME}{_DAY_JOINER}$", re.IGNORECASE)
_SPAN_END_AFTER_DAY = re.compile(rf"{_DAY_JOINER}(?P<day>{_WEEKDAY_NAME})\b", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_WARNED_BEFORE_DAY = re.compile(_WARNED_OF + r"\b(?:on\s+)?$", re.IGNORECASE)
_WINDOW_AFTER_DAY = re.compile(rf"\s+{_CLOCK_WINDOW}(?![\w:.])", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|could|might|may|should|shall|to\s+be|set\s+to|due\s+to|likely\s+to)\b",
                    re.IGNORECASE)
_PAST_WORD = re.compile(_PAST_CUES, re.IGNORECASE)
# the verbs of saying that may follow the window ("..., a spokesman confirmed"): the report's, no outcome
_SAYING = _REPORTING_AFTER | frozenset({"cautioned"})
_WARNED_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+$", re.IGNORECASE)
_SAYING_WORD = re.compile(r"\b(?:said|says|told|tells|claimed|recalled|complained)\b", re.IGNORECASE)
# a day told with the warning: right before its verb ("officials on Friday warned", "were on Friday warned"),
# opening the sentence ("On Friday, officials warned"), or before it in its clause with no comma between ("On Friday
# the agency warned", "In a statement on Friday the agency warned"); not the day of an event the warning follows
# ("After floods on Sunday, engineers warned")
_TOLD_BEFORE = re.compile(rf"\bon\s+(?P<day>{_WEEKDAY_NAME})\s*,?\s*(?:(?:was|were|is|are)\s+)?$", re.IGNORECASE)
_TOLD_OPENING = re.compile(rf"\s*[\"'(\u201c]*\s*on\s+(?P<day>{_WEEKDAY_NAME})\b\s*,", re.IGNORECASE)
_TOLD_IN_CLAUSE = re.compile(
    rf"(?:(?!\b(?:after|following|since|before|until)\b)[^.;:!?,])*?\bon\s+(?P<day>{_WEEKDAY_NAME})\b(?!['’])"
    r"[^.;:!?,]*$", re.IGNORECASE)
# a time of the warning told by a week or a month before its verb ("Last week the agency warned"), with no day of it
# (_TOLD_DATE): the days warned of are counted from it, which a weekday rule cannot tell; left to the other cues
_TOLD_OTHER = re.compile(r"\b(?:(?:last|this|past|previous)\s+(?:week|weekend|month)|yesterday|earlier\s+this\s+week"
                         r"|days?\s+ago|weeks?\s+ago)\b", re.IGNORECASE)


# a day of the warning told by a relative word or a date before its verb ("Yesterday the agency warned", "Two days ago
# forecasters warned", "Last Monday the Met Office warned", "On 12 August the agency warned", "Earlier this week ..."):
# the days warned of are counted from it as from a weekday told with the warning
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_TOLD_DATE = re.compile(
    r"\b(?:(?P<yesterday>yesterday)|(?P<count>\d|a|one|two|three|four|five|six)\s+days?\s+ago"
    rf"|last\s+(?P<last>{_WEEKDAY_NAME})|(?P<week>earlier\s+this\s+week)"
    rf"|(?P<md_m>{_MONTH_NAME})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]*\s*\d{{4}})"
    rf"|(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{_MONTH_NAME})\b(?![\d,]*\s*\d{{4}}))\b",
    re.IGNORECASE)


def _told_date(text: str, lo: int, hi: int, dct: date) -> date | None:
    """The day of a warning told in text[lo:hi] by a word other than a weekday (see _TOLD_DATE), if one is there and
    lies up to the DCT."""
    found = max(_TOLD_DATE.finditer(text, lo, hi), key=lambda match: match.start(), default=None)
    if found is None:
        return None
    if found.group("yesterday"):
        return dct - timedelta(days=1)
    if found.group("count"):
        count = found.group("count").lower()
        return dct - timedelta(days=int(count) if count.isdigit() else _COUNT_WORDS[count])
    if found.group("last"):
        return weekday_from(dct - timedelta(days=1), weekday_number(found.group("last")), -1)
    if found.group("week"):
        return dct - timedelta(days=max(dct.isoweekday() - 1, 0))
    month_word, day_word = found.group("md_m") or found.group("dm_m"), found.group("md_d") or found.group("dm_d")
    try:
        told = date(dct.year, _MONTH_WORDS.index(month_word[:3].lower()) + 1, int(day_word))
    except ValueError:
        return None
    return told if told <= dct else None


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at `hi` starts: after the last comma, semicolon or colon in text[lo:hi], or at `lo`."""
    return max(lo, text.rfind(",", lo, hi) + 1, text.rfind(";", lo, hi) + 1, text.rfind(":", lo, hi) + 1)


def _has_past_verb(text: str, lo: int, hi: int, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether text[lo:hi] holds a past verb (see _PAST_WORDS) other than `allowed` ones and the -ed words that are
    no past event (_NOT_PAST)."""
    left_out = _NOT_PAST | allowed if allowed else _NOT_PAST
    return any(word.group(0).lower() not in left_out for word in _PAST_WORD.finditer(text, lo, hi))


def _warned_window_day(text: str, start: int, end: int, dct: date | None) -> str | None:
    """The tense of the bare weekday at text[start:end] when it is the day of a window of clock hours that a past
    warning or forecast is about ("warned of tight supply between 5pm and 7pm on Monday"; see _WARNED_OF), or a day
    that opens or closes a span of days warned of ("warned of heavy snow from Thursday to Saturday", "warned of
    closures from Monday"): FUTURE when that day lies after the DCT, PAST when the warning's own day, told in its
    clause ("On Monday the agency warned") or by another word ("Yesterday", "Last Monday", "On 12 August"), puts it
    before; a span's end counts from its start, so the span hangs together; None when the rule says nothing, or when
    the day lies more than a week back."""
    day = _BARE_WEEKDAY.fullmatch(text, start, end)
    if day is None or dct is None:
        return None
    lo, hi = _sentence_bounds(text, start, end)
    lo = max(lo, start - 200)
    if not may_hold(text, lo, start, _WARNED_WORDS):
        return None  # every pattern below needs a verb of warning before the day (_WARNED_OF)
    warned = _WARNED_WINDOW_BEFORE_DAY.search(text, lo, start) or _WARNED_SPAN_END_BEFORE_DAY.search(text, lo, start)
    after = end
    if warned is None:
        window = _WINDOW_AFTER_DAY.match(text, end)
        if window is not None:
            warned = _WARNED_BEFORE_DAY.search(text, lo, start)
            after = window.end()
        else:
            warned = _WARNED_SPAN_START_BEFORE_DAY.search(text, lo, start)
            span_end = _SPAN_END_AFTER_DAY.match(text, end)
            if warned is not None and span_end is not None:
                after = span_end.end()
            elif warned is None or warned.group("opener").lower() != "from" or _POSSESSIVE_AFTER.match(text, end):
                return None
        if warned is None:
            return None
    if _has_past_verb(text, warned.start("gap"), start) or _has_past_verb(text, after, hi, _SAYING):
        return None  # a verb of its own before the window, or what happened told after it
    if (warned.group("link") or "").lower() == "that" and not _MODAL.search(text, warned.start("gap"), hi):
        return None  # "warned that flights ... were cancelled": a clause told in the past
    if _WARNED_PASSIVE.search(text, lo, warned.start()) and _SAYING_WORD.search(text, lo, warned.start()):
        return None  # "residents said they were warned of the blast ...": a warning recounted, the window maybe past
    told_with = (_TOLD_BEFORE.search(text, lo, warned.start()) or _TOLD_OPENING.match(text, lo, warned.start())
                 or _TOLD_IN_CLAUSE.match(text[: warned.start()], _clause_start(text, lo, warned.start())))
    told = warned.group("told") or (told_with.group("day") if told_with else None)
    # the day of the warning: the last such weekday up to the DCT, or a day told otherwise ("yesterday", "last
    # Monday", "on 12 August"); the days warned of are the first ones after it
    if told is not None:
        first = weekday_from(dct, weekday_number(told), -1) + timedelta(days=1)
    else:
        told_day = _told_date(text, lo, warned.start(), dct)
        if told_day is None and _TOLD_OTHER.search(text, lo, warned.start()):
            return None  # "Last week the agency warned of snow from Tuesday": counted from last week, by tense
        first = dct if told_day is None else told_day + timedelta(days=1)
    # the end of a span counts from its start ("from Sunday to Tuesday"): the span hangs together, end after start
    span_start = _SPAN_START_OF_END.search(text, warned.start("gap"), start)
    if span_start is not None and warned.re is _WARNED_SPAN_END_BEFORE_DAY:
        first = weekday_from(first, weekday_number(span_start.group("day")), 1)
    target = weekday_from(first, weekday_number(day.group("day")), 1)
    if (dct - target).days > 6:
        return None  # a day more than a week back ("On 2 August the agency warned"): no weekday's tense tells it
    return FUTURE if target > dct else PAST if target < dct else None


# a span of days that a fixture "is on" ("the festival is on from Thursday to Sunday", "the fair is on between Friday
# and Monday"): the start after the cue, and the end after the cue and the start
_IS_ON_SPAN_START = re.compile(r"\b(?:is|are)\s+on\s+(?:from|between)\s+$", re.IGNORECASE)
_IS_ON_SPAN_END = re.compile(rf"\b(?:is|are)\s+on\s+(?:from|between)\s+(?P<day>{_WEEKDAY_NAME}){_DAY_JOINER}$",
                             re.IGNORECASE)


def _span_on_now(text: str, start: int, end: int, dct: date | None) -> str | None:
    """The tense of a bare weekday that opens or closes a span of days a fixture "is on" when the span holds the DCT
    ("the festival is on from Thursday to Sunday" told on Saturday: it runs now, from the Thursday just past to the
    Sunday ahead); None when the span lies wholly ahead, which tense tells ("is on" is a schedule)."""
    day = _BARE_WEEKDAY.fullmatch(text, start, end)
    if day is None or dct is None:
        return None
    lo = max(0, start - 80)
    closing = _IS_ON_SPAN_END.search(text, lo, start)
    if closing is not None:
        first_word, last_word = closing.group("day"), day.group("day")
    elif _IS_ON_SPAN_START.search(text, lo, start) and (span_end := _SPAN_END_AFTER_DAY.match(text, end)):
        first_word, last_word = day.group("day"), span_end.group("day")
    else:
        return None
    first = weekday_from(dct, weekday_number(first_word), -1)
    last = weekday_from(first, weekday_number(last_word), 1)
    if not first <= dct <= last:
        return None
    target = last if closing is not None else first
    return FUTURE if target > dct else PAST if target < dct else None


# the start of a span of days whose end is the date ("from Sunday to" Tuesday)
_SPAN_START_OF_END = re.compile(rf"\b(?:from|between)\s+(?P<day>{_WEEKDAY_NAME}){_DAY_JOINER}$", re.IGNORECASE)


_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|now|just|already|also|since|today)\s+)?(?:been\b|(?:"
                              + _PARTICIPLE.pattern + r")\b)", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\b(?:had|'d)\b", re.IGNORECASE)


def _present_perfect_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of a date is told in the present perfect ("a yellow alert has been issued for Thursday"): a
    "has" or "have" and a participle in its sentence before the clause's next comma, and no "had"."""
    lo, hi = _sentence_bounds(text, start, end)
    comma = text.find(",", end, hi)
    clause_hi = hi if comma < 0 else comma
    return bool(_PRESENT_PERFECT.search(text, lo, clause_hi)) and not _PAST_PERFECT.search(text, lo, clause_hi)


# a date set for ("called a snap election for March 10", "postponed until May") lies ahead; so does a court's or a
# body's listing ("the appeal is listed for Thursday"), and the day after a clock time set for ("the hearing is listed
# for 10am on Monday", "the vote was scheduled for noon Friday")
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|set|planned|called|slated|fixed|due|booked|expected|timed|listed)\b[^.;]{0,40}\bfor\s+"
    r"(?:(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midday|midnight)\s+(?:on\s+)?)?$"
    r"|\b(?:postponed|delayed|deferred|adjourned|put\s+off|pushed\s+back|moved\s+back|extended)\b[^.;]{0,24}"
    r"\b(?:until|till|to)\s+(?:after\s+)?$",
    re.IGNORECASE,
)

# what follows a date set for when the clause it closes goes on in the past tense with what then happened ("the rally,
# planned for noon on Saturday, drew thousands", "the hearing was set for Monday and lasted an hour"): the thing was
# held, on a day past; not a verb that calls it off or moves it ("the match, set for Sunday, was postponed"), a report's
# ("the vote, due on Friday, officials said") or "was", "were", "had" (what they tell is in the words after them); and
# so when "but" and a subject of up to three words bring what happened instead ("the final was set for Monday but the
# storm hit", "the launch was planned for May, but the rocket exploded"): the day the plan named has passed
_HAPPENED_AS_SET = re.compile(
    r"[^,.;:!?\n]{0,30}?(?:(?:,|\s+and)\s+|(?:,\s*|\s+)but\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?"
    r"(?:(?!(?:was|were|had|would|will|could|may|might|is|are|has|have)\b)[\w'’-]+\s+){0,2}?)"
    r"(?:(?:then|later|eventually|finally|duly|still|instead)\s+)?"
    r"(?!(?:was|were|had|said|told|set|put|moved|called|postponed|cancell?ed|delayed|deferred|adjourned|scrapped|"
    r"abandoned|shelved|suspended|halted|rescheduled|dropped|pushed|sold|planned|scheduled|expected|last|earlier|ago|"
    r"decided|agreed|opted|chose|announced|warned|asked|ruled|feared|hoped|wanted)\b)"
    rf"(?:{_PAST_WORDS})\b",
    re.IGNORECASE,
)
_SCHEDULED_FOR_ENDINGS = ("for", "until", "till", "to", "after", "on", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "noon",
                          "midday", "midnight")


_UNTIL = re.compile(r"\b(?:until|till|through|thru)\s+$", re.IGNORECASE)
# "the year through June", "from March through May", "Through May, sales rose": "through" ends a period
# that figures cover, not a bound ahead
_PERIOD_THROUGH = re.compile(
    r"(?:\b(?:years?|months?|weeks?|quarters?|period|days?|date|\d{4})\s+|\bfrom\b[^.;,]{1,40}|\A\W*|[.;:!?,]\W*)"
    r"(?:through|thru)\s+$",
    re.IGNORECASE,
)
# "did not reopen until Friday", "had lasted until Monday": the bound was reached in the past
# a time given until a date, told in the past ("the tenants were given until the end of January", "the firm had until
# March to repay"): the limit lies ahead of the giving, which lies shortly before the anchor, so the date is the one
# nearest the anchor (no tense), not the last one before it; not a past span run until a date ("ran until March")
_GIVEN_UNTIL_PAST = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:(?:also|only|then|originally|initially|first|later)\s+)?"
    r"(?:given|granted|allowed|offered)(?:\s+(?!until\b)[\w'’-]+){0,3}?|had)\s+until\s+$",
    re.IGNORECASE,
)
# "had until January been the largest employer", "which had until May run the port": 'until' inside a past perfect
# tells how long a state lasted (the bound behind), not a time given ahead ("had until January 15 to repay")
_UNTIL_IN_PERFECT = re.compile(r"\s+(?:been|[a-z]+ed|run|held|kept|led|made|had|done|gone|seen|known|won|lost)\b",
                               re.IGNORECASE)
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never|had|lasted|stayed|remained|was|were)\b[^.;]*$", re.IGNORECASE)
# "worked through Tuesday night", "slept through the night": after a past verb "through" tells what the action
# lasted over, not a bound ahead (the verb then gives the tense); "extended through May" names a new bound
_PAST_VERB_THROUGH = re.compile(factor_alternatives(rf"\b({_PAST_WORDS})\s+(?:through|thru)\s+$"), re.IGNORECASE)


# "schools closed through Friday", "flights suspended through Sunday": a participle that puts a state in place is
# no past action; the state lasts up to the bound ahead
_STATE_THROUGH = frozenset({"closed", "shut", "suspended", "banned", "halted", "delayed", "postponed", "cancelled",
                            "canceled", "barred", "restricted", "locked", "frozen", "sealed", "grounded", "blocked",
                            "paused", "deferred", "booked", "reserved", "extended", "kept", "capped", "limited"})
_NO_ACTION_THROUGH = _NOT_A_PAST_EVENT | _STATE_THROUGH


def _past_range_before(text: str, candidates: list[Candidate], partners: dict[int, int], index: int) -> bool:
    """Whether the expression ends a range whose start follows a past action ("talks ran from 30 November until 3
    December"): "until" then bounds what was done, no bound ahead."""
    if partners.get(index, index) >= index:
        return False
    start = candidates[partners[index]].start
    verb = _PAST_VERB_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    return verb is not None and verb.group(1).lower() not in _NO_ACTION_THROUGH


def _past_verb_through(text: str, start: int) -> bool:
    if not _ends_with(text, start, ("through", "thru")):
        return False
    verb = _PAST_VERB_THROUGH.search(text, max(0, start - 30), start)
    return verb is not None and verb.group(1).lower() not in _NO_ACTION_THROUGH


def _leading_mod(
    text: str, start: int, timex_type: str, floor: int, words: WordLists, counted: bool = False
) -> tuple[int, str | None]:
    """Extend a span back over a modifier right before it ("early", "the end of", "more than").

    `counted`: the expression counts units back or ahead ("two years ago"), so "about" before it approximates it.
    """
    window_start = max(floor, start - 25)
    pattern, forms = _mod_pattern(words.entries["approx" if timex_type == "DURATION" else "premod"])
    match = pattern.search(text, window_start, start)
    if not match:
        return start, None
    mod = next(m for form, m in forms if (f := form.match(text, match.start(1))) and f.end() == match.end(1))
    approximate = mod not in ("START", "MID", "END")
    if approximate and timex_type != "DURATION" and not counted and not re.match(r"[\dA-Z]", text[start : start + 1]):
        return start, None  # "about the future": a preposition, not an approximation
    return match.start(1), mod


_INNER_MOD = re.compile(r"(?:the\s+)?(early|mid|late)[\s-]")
_INNER_MODS = {"early": "START", "mid": "MID", "late": "END"}


def _inner_mod(matched: str) -> str | None:
    found = _INNER_MOD.match(matched.lower())
    return _INNER_MODS[found.group(1)] if found else None


def _range_links(text: str, spans: list[tuple[int, int, str]]) -> dict[int, int]:
    """Pairs of date expressions that form one range: "from July 26 to August 11", "July 26-Aug. 11"."""
    links: dict[int, int] = {}
    ends: set[int] = set()
    for i in range(len(spans) - 1):
        (a_start, a_end, a_type), (b_start, _, b_type) = spans[i], spans[i + 1]
        if a_type not in ("DATE", "TIME") or b_type != a_type or i in links or i in ends:
            continue  # an expression that ends one range starts no other ("May - 1990s - Monday")
        between = text[a_end:b_start]
        joined = _RANGE_JOINER.match(between)
        if not joined:
            continue
        opener = _RANGE_OPENER.search(text, max(0, a_start - 12), a_start) if _ends_with(
            text, a_start, ("from", "between")) else None
        word = between.strip().lower()
        if word in ("and", "or") and not (opener and opener.group(0).lower().startswith("between")):
            continue
        if word in ("to", "through", "thru", "until", "till") and not opener:
            continue
        if word in ("-", "–", "—") and not _RANGE_JOINER_TIGHT.match(between):
            continue
        links[i] = i + 1
        ends.add(i + 1)
    return links


def split_range(candidate: Candidate) -> list[Candidate]:
    """A compact range ("1998-99", "March 3-5", "3-5 March 2024") becomes its two ends, which are then linked.

    The rule's value kind is "range"; its groups `a` and `b` are the two ends as written, and the day, month and
    year groups (`d`, `d2`, `m`, `y`, `y2`) are shared out between them.
    """
    rule = candidate.rule
    if rule.spec is None or rule.spec.kind != "range":
        return [candidate]
    groups = candidate.groups
    a_text, b_text = groups.get("a") or "", groups.get("b") or ""
    a_start = candidate.start
    b_end = candidate.end
    b_start = b_end - len(b_text)
    a_end = a_start + len(a_text)
    year = groups.get("y")
    second_year = groups.get("y2")
    if second_year and len(second_year) == 2 and year:
        second_year = year[:2] + second_year  # "1998-99"
    first = {"y": year or second_year, "m": groups.get("m"), "d": groups.get("d")}
    second = {"y": second_year or year, "m": groups.get("m2") or groups.get("m"), "d": groups.get("d2")}
    spec = ValueSpec("date", (("y", "{y}"), ("m", "{m}"), ("d", "{d}")))
    date_rule = replace(rule, spec=spec)
    return [
        Candidate(a_start, a_end, date_rule, first, candidate.order),
        Candidate(b_start, b_end, date_rule, second, candidate.order),
    ]


_COMPACT_JOINERS = ("to", "through", "thru", "until", "till", "and")
_DAY_DIGITS = re.compile(r"\d+")


def _halves_of_one_range(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates are the two ends split_range made of one match: only they share the rule it made for
    them (two matches of one ordinary rule share that rule too, but its id does not start with "range.")."""
    return a.rule is b.rule and a.rule.id.startswith("range.")


def _compact_range_links(text: str, candidates: list[Candidate], links: dict[int, int]) -> None:
    """Link the two ends of one compact range that _range_links left apart for want of a "from" or "between"
    ("June 17 through 29", "talks on June 13 and 14"): the rule read them as one range. Two days joined by "and"
    alone are a range only when the second is the next day ("June 13 and 20" are two days, not the week between)."""
    taken = set(links) | set(links.values())
    for i in range(len(candidates) - 1):
        a, b = candidates[i], candidates[i + 1]
        if not _halves_of_one_range(a, b) or i in taken or i + 1 in taken:
            continue
        word = text[a.end : b.start].strip().lower()
        if word not in _COMPACT_JOINERS:
            continue
        if word == "and":
            first, second = _DAY_DIGITS.match(a.groups.get("d") or ""), _DAY_DIGITS.match(b.groups.get("d") or "")
            if not (first and second and int(second.group(0)) == int(first.group(0)) + 1):
                continue
        links[i] = i + 1
        taken.update((i, i + 1))


def _year_written(groups: dict[str, str | None]) -> int | None:
    year = groups.get("y")
    return int(year) if year and year.isdigit() else None


def tag(text: str, dct: date | None, ruleset: RuleSet | None = None, use_triggers: bool = True) -> list[Timex]:
    """Every time expression in `text`, resolved against `dct` (the document date; None leaves them unresolved)."""
    if "\u0130" not in text:
        return _tag(text, dct, ruleset, use_triggers)
    # a dotted capital I ("İ") is the one character whose lower case is two ("i" and a combining dot): a pattern
    # matches it as "i", but the word then looked up in lower case is not the word matched. It is read as "I" (one
    # character for one, so every offset stands); the expressions keep the text as written
    found = _tag(text.replace("\u0130", "I"), dct, ruleset, use_triggers)
    return [replace(t, text=text[t.start : t.end]) for t in found]


# "profit rose from a year earlier", "against a loss a year earlier", "up 4% compared with a year earlier": the
# results-copy comparison with the period a year before the one reported, not with a date told before
_COMPARED_BEFORE = re.compile(r"\b(?:from|on|against|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# an aside that a date stands in, set off by commas: "The company, founded in 1998, said", "The bank, which was
# rescued in 2008, posted"; the date tells the subject's history, not the time the sentence is about
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose|where|once|then|formerly|(?-i:[a-z]+ed)|built|born|set\s+up|begun|"
                         r"sold|bought|won|made|run|owned|held|known|taken\s+over)\b[^,;:.!?]*$", re.IGNORECASE)


def _earlier_from_anchor(text: str, candidate: Candidate, previous: Timex | None) -> bool:
    """Whether "a year earlier" is counted from the anchor though a date stands before it in its sentence: it follows
    a comparison word ("from a year earlier"), or that date is told in an aside that closes before it."""
    if "earlier" not in text[candidate.start:candidate.end].lower():
        return False
    if _COMPARED_BEFORE.search(text, max(0, candidate.start - 20), candidate.start):
        return True
    if previous is None or previous.end > candidate.start:
        return False
    return (_ASIDE_OPEN.search(text, max(0, previous.start - 60), previous.start) is not None
            and "," in text[previous.end:candidate.start])


# the kinds of a compound, which joins a count or a part to a date or a feast to a year ("two days after Christmas",
# "the first 30 days of June", "Chinese New Year 1500"), or three units in one duration ("two hours, three days and a
# minute", out of order): when the whole cannot be resolved, its pieces are read alone
_COMPOUND_KINDS = frozenset({"counted", "holiday"})
_COMPOUND_GROUPS = ("part", "weekend", "u3")


def _compound(candidate: Candidate) -> bool:
    spec = candidate.rule.spec
    return spec is not None and (spec.kind in _COMPOUND_KINDS or any(candidate.groups.get(g) for g in _COMPOUND_GROUPS)
                                 or any(key in _COMPOUND_GROUPS for key, _ in spec.args))


def _tag(text: str, dct: date | None, ruleset: RuleSet | None, use_triggers: bool) -> list[Timex]:
    """tag(): the expressions resolved; a compound that cannot be resolved ("5 days after February 29") is left out
    and the text read again, so that its pieces ("5 days") stand as they would without it."""
    left_out: frozenset[tuple[str, int, int]] = frozenset()
    while True:
        out, failed = _tag_once(text, dct, ruleset, use_triggers, left_out)
        if not failed or failed <= left_out:
            return out
        left_out |= failed


def _tag_once(text: str, dct: date | None, ruleset: RuleSet | None, use_triggers: bool,
              left_out: frozenset[tuple[str, int, int]]) -> tuple[list[Timex], frozenset[tuple[str, int, int]]]:
    rules = ruleset or default_ruleset()
    words = rules.words
    candidates = [part for c in recognise(text, rules, use_triggers, left_out) for part in split_range(c)]
    failed: set[tuple[str, int, int]] = set()
    links = _range_links(text, [(c.start, c.end, c.rule.type) for c in candidates])
    _compact_range_links(text, candidates, links)
    partners = {**links, **{b: a for a, b in links.items()}}
    range_ids: dict[int, int] = {}
    for number, (a, b) in enumerate(sorted(links.items()), 1):
        range_ids[a] = range_ids[b] = number
    out: list[Timex] = []
    bare_times: set[int] = set()  # clock times written without a day ("11 a.m.")
    previous: Timex | None = None
    previous_start: date | None = None  # the first day of the range or pair of days `previous` ends
    # the last date of an event: not a report's date that follows its event's in one sentence ("rebels attacked on
    # Sunday, police said on Monday"), from which "the next day" is not counted
    event_previous: Timex | None = None
    focus_day: date | None = None
    day_previous: Timex | None = None  # the last date told to the day
    focus_quarter: str | None = None
    previous_end = 0
    resolved: dict[int, Timex] = {}
    contexts: dict[int, _Context] = {}
    for index, candidate in enumerate(candidates):
        # a date after "since" is what the story measures from ("the lowest since 1982"), not the time it is about
        after_since = _ends_with(text, candidate.start, ("since",)) and _SINCE.search(
            text, max(0, candidate.start - 12), candidate.start) is not None
        counted_on = event_previous if candidate.rule.spec is not None and candidate.rule.spec.kind == "after" \
            and candidate.rule.id == "rel.next_day" else previous
        if (candidate.rule.id in ("dur.later", "rel.earlier_opening") and day_previous is not None
                and previous is not None
                and previous.granularity not in (Granularity.DAY, Granularity.TIME, Granularity.MONTH, None)
                and (words.lookup("unit", (candidate.groups.get("u") or "").lower()) or "").upper() in ("D", "W")
                and previous.last_day is not None and day_previous.first_day is not None
                and (previous_start or previous.first_day or previous.last_day) <= day_previous.first_day
                <= previous.last_day):
            # "bombed on March 1, 1954 ... tests went on from 1946 to 1958 ... evacuated two days later": days are
            # counted from the last day told, not from a year told since that holds it (a year has no day to count
            # two days from; a day outside that year is of another story and stays unused); so is "Two days
            # earlier" opening its sentence, which else fell back to the anchor
            counted_on = day_previous
        context = (text, dct, candidate, words, index, candidates, partners, range_ids, counted_on, focus_quarter,
                   previous_end, focus_day, after_since, previous_start if counted_on is previous else None)
        contexts[index] = context
        timex = _resolve_candidate(*context)
        if (timex is not None and after_since and dct is not None and timex.first_day == dct == timex.last_day
                and (candidate.rule.id == "rel.weekday"
                     or (candidate.rule.id == "rel.weekday_pod" and timex.value.endswith(("TEV", "TNI"))))
                and not _POSSESSIVE_AFTER.match(text, candidate.end)):
            # "have been held since Wednesday" told on a Wednesday: a state since a weekday began on the one before
            # the news (a state since the publication day itself would be told "since this morning", "since today");
            # the day's morning or afternoon, or a thing of the day, is the news day's own, told before the news is
            # ("closed since Wednesday morning", "prices have risen since Wednesday's decision", told on the
            # Wednesday: wires name the news day by its weekday), while its night is mostly still to come
            before = dct - timedelta(weeks=1)
            timex = replace(timex, first_day=before, last_day=before,
                            value=before.isoformat() + timex.value[len(dct.isoformat()):])
        start_of_range = resolved.get(partners.get(index, index)) if partners.get(index, index) < index else None
        if (timex is not None and start_of_range is not None and timex.first_day and start_of_range.first_day
                and timex.first_day < start_of_range.first_day and _year_written(candidate.groups) is None):
            # the end of "from December 20 to January 5" comes after its start: take the start's year, or the next
            year = start_of_range.first_day.year
            timex = _resolve_candidate(*context, year_hint=year)
            if timex is not None and timex.first_day and timex.first_day < start_of_range.first_day:
                timex = _resolve_candidate(*context, year_hint=year + 1)
        if (timex is not None and start_of_range is not None and timex.first_day and start_of_range.first_day
                and timex.first_day.year != start_of_range.first_day.year and _year_written(candidate.groups) is None
                and _halves_of_one_range(candidates[partners[index]], candidate)
                and candidate.groups.get("m") == candidates[partners[index]].groups.get("m")):
            # the two days of one month in one compact range ("Sept. 17 through 29") are in one year: the start's
            timex = _resolve_candidate(*context, year_hint=start_of_range.first_day.year)
        if timex is not None and start_of_range is not None:
            timex = _running_range(out, resolved, contexts, partners[index], index, timex, dct) or timex
        previous_end = candidate.end
        if timex is None:
            if _compound(candidate):
                failed.add((candidate.rule.id, candidate.start, candidate.end))
            continue
        resolved[index] = timex
        if candidate.rule.spec is not None and (candidate.rule.spec.kind == "clock" and not any(
            candidate.groups.get(key) for key in ("w", "dw", "m", "d")
        ) or candidate.rule.id == "time.overnight"):  # "overnight on Wednesday": that day's night
            bare_times.add(len(out))
        out.append(timex)
        derived = ("ago", "after", "yearperiod")
        relative_to_previous = candidate.rule.spec is not None and candidate.rule.spec.kind in derived
        if (timex.type in (TimexType.DATE, TimexType.TIME) and timex.first_day and timex.value[:1].isdigit()
                and not relative_to_previous and not after_since):
            if not (previous is not None and _PAST_REPORT_BEFORE.search(text, max(0, timex.start - 20), timex.start)
                    and not _SENTENCE_END.search(text, previous.end, timex.start)):
                event_previous = timex
            if start_of_range is not None and start_of_range.first_day is not None:
                previous_start = min(start_of_range.first_day, timex.first_day)  # "on March 1-3": March 1
            elif (previous is not None and previous_start is not None and previous_start <= timex.first_day
                  and _A_PAIR_OF_DAYS.fullmatch(text, previous.end, timex.start) is not None):
                pass  # "on Thursday and Friday": the pair's first day stays
            else:
                previous_start = timex.first_day
            previous = timex
            if timex.granularity in (Granularity.DAY, Granularity.TIME):
                focus_day = timex.first_day
                if timex.granularity == Granularity.DAY:
                    day_previous = timex
            if timex.granularity in (Granularity.QUARTER, Granularity.HALF) and (
                    focus_quarter is None or not _AFTER_PERIOD.search(text, max(0, timex.start - 30), timex.start)):
                # "third-quarter profit rose ... after a flat second quarter": what came before the reported
                # period, which stays in focus
                focus_quarter = timex.value
        elif timex.type == TimexType.DURATION and _PERIOD_OF_MONTHS.match(timex.text) and timex.value != "P3M":
            # "for the nine months", "the first half-year": the report now speaks of more than a quarter, so "a
            # year earlier" is that period a year before (a year's value), no longer the quarter before it
            focus_quarter = None
    _ranges_in_the_year_after(text, out, resolved, contexts, partners)
    _reports_dated(text, out, resolved, contexts, dct)
    return _times_on_their_dates(text, _weekday_ranges_in_order(text, out, dct), bare_times), frozenset(failed)


# a year that follows a date right after a space ("from May 3 to 9 next year"), and is no possessive ("By March 31
# next year's budget must be agreed": the year belongs to the noun after it)
_YEAR_RIGHT_AFTER = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s\b")


def _ranges_in_the_year_after(text: str, out: list[Timex], resolved: dict[int, Timex],
                              contexts: dict[int, _Context], partners: dict[int, int]) -> None:
    """A day and month, or a range of them, without a year of its own right before a year ("from May 3 to 9 next
    year", "on March 3 next year", "on 9 and 10 August this year"): the dates are in that year (a range whose end
    comes before its start crosses the year's start: the year is the end's, "from December 28 to January 3 next
    year"), whatever the tense said of them. The year stays an expression of its
    own, as TIMEX3 marks it; `out` is changed in place."""
    for last, end in list(resolved.items()):
        first = partners.get(last, last)
        if first > last or first not in resolved or not contexts[last][2].groups.get("m"):
            continue
        year = next((t for t in out if t.start >= end.end), None)
        if (year is None or year.granularity is not Granularity.YEAR or not year.value.isdigit()
                or _YEAR_RIGHT_AFTER.fullmatch(text, end.end, year.start) is None
                or _POSSESSIVE.match(text, year.end)
                or _year_written(contexts[first][2].groups) is not None
                or _year_written(contexts[last][2].groups) is not None):
            continue
        start, hint = resolved[first], int(year.value)
        if start.first_day is None or start.first_day.year == hint:
            continue
        new_start = _resolve_candidate(*contexts[first], year_hint=hint)
        new_end = new_start if first == last else _resolve_candidate(*contexts[last], year_hint=hint)
        if (new_start is not None and new_end is not None and new_start.first_day and new_end.first_day
                and new_end.first_day < new_start.first_day):
            new_start = _resolve_candidate(*contexts[first], year_hint=hint - 1)  # "from December 28 to January 3"
        if new_start is None or new_end is None:
            continue
        for index, new in {first: new_start, last: new_end}.items():
            place = next((i for i, t in enumerate(out) if t is resolved[index]), None)
            if place is not None:
                out[place] = new


# what stands between a period report and the date that dates it: "half-year results in August", "half-year figures on
# 28 July" (a few words, no comma or clause)
_REPORT_DATED_BY = re.compile(r"\s+[\w\s-]{0,30}?\b(?:in|on)\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)


def _reports_dated(text: str, out: list[Timex], resolved: dict[int, Timex], contexts: dict[int, _Context],
                   dct: date | None) -> None:
    """A period report dated in its sentence ("The bank will report half-year results in August"): the half it
    covers is the last one ended before that date, not before the anchor. `out` is changed in place."""
    for index, timex in resolved.items():
        spec = contexts[index][2].rule.spec
        if spec is None or not any(key == "report" for key, _ in spec.args) or ("u", "H") not in spec.args:
            continue
        dated = next((t for t in out if t.start >= timex.end), None)
        if (dated is None or dated.first_day is None or dated.type is not TimexType.DATE
                or dated.granularity not in (Granularity.DAY, Granularity.MONTH)
                or not _REPORT_DATED_BY.fullmatch(text, timex.end, dated.start)):
            continue
        day = dated.first_day
        value = f"{day.year}-H1" if day.month >= 7 else f"{day.year - 1:04d}-H2"
        interval = interval_of(value, dct)
        place = next((i for i, t in enumerate(out) if t is timex), None)
        if interval is None or place is None or value == timex.value:
            continue
        out[place] = replace(timex, value=value, first_day=interval[0], last_day=interval[1])


# a future auxiliary and a verb (and a word after it) right before "from" and a range's start ("will run from", "will
# be open from", "shall apply from"): a range of about a year ("the tax year will run from 6 April to 5 April") starts
# ahead of the anchor, not in the year running now; a shorter one told so (a festival, a market, a trial) is often
# under way when the piece is published and stays the running range
_YEAR_LONG_DAYS = 300
# a year-long range whose start this year is this recent, or that the sentence says has begun ("the pilot, which
# began last month, will run from 1 February to 31 January"), is the one running, not next year's
_JUST_BEGUN_DAYS = 60
_BEGUN = re.compile(r"\b(?:began|begun|started|launched|opened|commenced|kicked\s+off|got\s+under\s+way|already)\b",
                    re.IGNORECASE)
_WILL_VERB_FROM = re.compile(
    r"\b(?:will|shall|['’]ll)\s+(?:(?:also|only|now|then|again)\s+)?(?:be\s+)?[a-z]+(?:\s+[a-z]+)?\s+from\s+$",
    re.IGNORECASE)


def _running_range(out: list[Timex], resolved: dict[int, Timex], contexts: dict[int, _Context], first: int,
                   second: int, end: Timex, dct: date | None) -> Timex | None:
    """A range without a year whose start the tense put next year although this year's range holds the anchor
    ("people will travel between April 14 and May 2", told on April 20; "the talks run from 30 November to 13
    December", told on 4 December): the range now running. Its start is replaced in `out`; the end is returned."""
    start = resolved[first]
    if (dct is None or start.first_day is None or start.first_day <= dct or end.first_day is None
            or _year_written(contexts[first][2].groups) is not None
            or _year_written(contexts[second][2].groups) is not None):
        return None
    text = contexts[first][0]
    year = start.first_day.year - 1
    earlier_start = _resolve_candidate(*contexts[first], year_hint=year)
    earlier_end = _resolve_candidate(*contexts[second], year_hint=year)
    if (earlier_start is not None and earlier_end is not None and earlier_end.first_day and earlier_start.first_day
            and earlier_end.first_day < earlier_start.first_day):
        earlier_end = _resolve_candidate(*contexts[second], year_hint=year + 1)  # "from December 20 to January 5"
    if (earlier_start is None or earlier_end is None or earlier_start.first_day is None
            or earlier_end.last_day is None or not earlier_start.first_day <= dct <= earlier_end.last_day):
        return None
    lo, hi = _sentence_bounds(text, start.start, end.end)
    if any(t.granularity == Granularity.YEAR and t.first_day is not None and lo <= t.start and t.end <= hi
           and t.first_day.year != earlier_start.first_day.year for t in out):
        return None  # "next year the summit will run from 30 November to 13 December": the year the sentence names
    if (_ends_with(text, start.start, ("from",))
            and (earlier_end.last_day - earlier_start.first_day).days >= _YEAR_LONG_DAYS
            and _WILL_VERB_FROM.search(text, max(0, start.start - 50), start.start)
            and (dct - earlier_start.first_day).days > _JUST_BEGUN_DAYS and not _BEGUN.search(text, lo, hi)
            and not any(t.granularity == Granularity.YEAR and lo <= t.start and t.end <= hi for t in out)):
        return None  # "the new tax year will run from 6 April to 5 April": a future verb, a year-long range (but
        # "this year the fair will run from 28 November" told in December: the year named holds the running range;
        # and one begun this year a few weeks ago, or said to have begun, is running)
    resolved[first] = earlier_start
    out[next(i for i, t in enumerate(out) if t is start)] = earlier_start
    return earlier_end


# what _resolve_candidate is given for one candidate, besides a year hint
# between two days told as one pair: "on Thursday and Friday", "on May 2, 3"
_A_PAIR_OF_DAYS = re.compile(r"\s*(?:,\s*)?(?:and|&|,)\s+(?:on\s+)?|\s*[-–]\s*", re.IGNORECASE)
_Context = tuple[str, date | None, Candidate, WordLists, int, list[Candidate], dict[int, int], dict[int, int],
                 Timex | None, str | None, int, date | None, bool, date | None]


def _shifted(timex: Timex, days: int) -> Timex:
    """The same expression, `days` later (a weekday resolved into the wrong week)."""
    assert timex.first_day is not None and timex.last_day is not None
    first, last = timex.first_day + timedelta(days=days), timex.last_day + timedelta(days=days)
    return replace(timex, value=first.isoformat() + timex.value[10:], first_day=first, last_day=last)


# "from 6am on Tuesday to 6am on Thursday": two weekdays that end a range of clock times on them
_FROM_CLOCK_ON = re.compile(r"\bfrom\s+(?:(?:[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+on\s+)$",
                            re.IGNORECASE)
_TO_CLOCK_ON = re.compile(r"\s+(?:to|until|till|through)\s+(?:[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)\s+on\s+",
                          re.IGNORECASE)


def _weekday_ranges_in_order(text: str, out: list[Timex], dct: date | None) -> list[Timex]:
    """"From Monday to Friday", "from 6am on Tuesday to 6am on Thursday": if the two weekdays came out in different
    weeks with the end first, keep the end when it is past and take the start a week earlier, else take the end a
    week later."""
    ends: dict[int, list[int]] = {}
    for i, timex in enumerate(out):
        if timex.range_id is not None:
            ends.setdefault(timex.range_id, []).append(i)
    weekdays = [i for i, timex in enumerate(out) if timex.rule.startswith("rel.weekday") and timex.range_id is None]
    for first, second in zip(weekdays, weekdays[1:], strict=False):
        if (_FROM_CLOCK_ON.search(text, max(0, out[first].start - 30), out[first].start)
                and _TO_CLOCK_ON.fullmatch(text, out[first].end, out[second].start)):
            # keyed below zero (-1 - the start's place) so as not to meet a range_id, which counts from 1; the pair
            # is ordered as a range is, but gets no range_id of its own
            ends[-1 - first] = [first, second]
    for pair in ends.values():
        if len(pair) != 2:
            continue
        a, b = out[pair[0]], out[pair[1]]
        if not (a.rule.startswith("rel.weekday") and b.rule.startswith("rel.weekday") and a.first_day
                and b.first_day and _DAY_VALUE.match(a.value) and _DAY_VALUE.match(b.value)
                and b.first_day < a.first_day):
            continue
        try:
            if dct is not None and b.first_day < dct:  # the end on the anchor's day, the start ahead: both ahead
                out[pair[0]] = _shifted(a, -7)
            else:
                out[pair[1]] = _shifted(b, 7)
        except OverflowError:
            continue
    return out


# "11 a.m. on 11 November 1918", "3.40am local time on Tuesday"
_GAP_TIME_DATE = re.compile(r"\s*(?:local\s+time\b\s*)?,?\s*(?:on\s+)?", re.IGNORECASE)
# "Friday at 10 a.m.", "on Sunday from 2pm" (to 6pm), "on Sunday between 9am" (and 5pm)
_GAP_DATE_TIME = re.compile(r"\s*,?\s*(?:(?:at|from|between)\s+)?", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


# a part of one day ("the evening of 29 January", "Friday morning"), which a clock time next to it falls in
_DAY_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")


def _days_after(day: Timex, time: Timex) -> int | None:
    """Whether a clock time written next to `day` falls on its day (0), the day after (1) or neither (None): a date of
    one day, or a part of one day ("on the evening of 29 January at 8pm", "Friday morning at 7am"); a night's clock
    before noon is in the small hours after it ("the night of 14 February at 2am": the 15th)."""
    if day.type == TimexType.DATE:
        return 0 if _DAY_VALUE.fullmatch(day.value) else None
    if day.type != TimexType.TIME or not _DAY_PART_VALUE.fullmatch(day.value):
        return None
    clock = _clock_of(time.value)
    if clock is None:
        return None
    return 1 if day.value.endswith("NI") and clock[0] < 12 else 0


def _on_the_day_of(time: Timex, day: Timex) -> Timex:
    """A clock time written without a day, given the day of `day` (a date, or a time on that day)."""
    clock = time.value.partition("T")[2]
    return replace(time, value=f"{day.value.partition('T')[0]}T{clock}", first_day=day.first_day,
                   last_day=day.last_day, anchor="adjacent")


def _times_on_their_dates(text: str, out: list[Timex], bare: set[int]) -> list[Timex]:
    """A clock time written without a day takes the day written right next to it, else the anchor's day."""
    for i in sorted(bare):
        time = out[i]
        for j, gap in ((i + 1, _GAP_TIME_DATE), (i - 1, _GAP_DATE_TIME)):
            if not 0 <= j < len(out):
                continue
            day = out[j]
            between = text[time.end : day.start] if j > i else text[day.end : time.start]
            after = _days_after(day, time)
            if after is not None and gap.fullmatch(between):
                on_day = _on_the_day_of(time, day)
                try:
                    out[i] = _shifted(on_day, after) if after and on_day.first_day and on_day.last_day else on_day
                except OverflowError:
                    pass
                break
    # "from 7 a.m. to 10 p.m. on Thursday": the time that opens a range of two takes the day its end took
    for i in sorted(bare):
        time, j = out[i], i + 1
        if time.anchor == "adjacent" or j not in bare or out[j].anchor != "adjacent":
            continue
        if _RANGE_JOINER.fullmatch(text[time.end : out[j].start]):
            out[i] = _on_the_day_of(time, out[j])
    # "on Sunday from 2pm to 6pm": the time that closes a range of two takes the day its start took, the day after when
    # its clock is earlier than the start's ("on Sunday from 10pm to 6am": overnight, into Monday)
    for j in sorted(bare):
        time, i = out[j], j - 1
        if time.anchor == "adjacent" or i not in bare or out[i].anchor != "adjacent":
            continue
        if _RANGE_JOINER.fullmatch(text[out[i].end : time.start]):
            first_clock, second_clock = _clock_of(out[i].value), _clock_of(time.value)
            on_day = _on_the_day_of(time, out[i])
            if first_clock is not None and second_clock is not None and second_clock < first_clock:
                try:
                    on_day = _shifted(on_day, 1)
                except OverflowError:
                    continue
            out[j] = on_day
    # "the ferry leaves at 6am and docks at 11am on Saturday": a clock time joined in its clause to a later one that
    # took its day takes that day too; not one later in the day than it ("the bridge shuts at 9pm and reopens at 6am on
    # Thursday": overnight, the day before), nor one a bound follows ("close the tunnel at 10pm and keep it shut until
    # 5am on Thursday")
    for i in sorted(bare, reverse=True):
        time, j = out[i], i + 1
        if time.anchor == "adjacent" or j not in bare or out[j].anchor != "adjacent":
            continue
        first_clock, second_clock = _clock_of(time.value), _clock_of(out[j].value)
        if first_clock is None or second_clock is None or first_clock >= second_clock:
            continue
        if _CONJOINED_CLOCKS.fullmatch(text, time.end, out[j].start):
            out[i] = _on_the_day_of(time, out[j])
    # last, "Tomorrow the sun rises at 7.12am", "On Friday, the match kicks off at 3pm": a day that opens the sentence
    # frames the clause told after it, whose clock time with no day of its own falls on that day; not a day written
    # later in the sentence ("police said on Friday the fire began at 3am": the day of the report, no frame)
    framed: set[int] = set()
    for i in sorted(bare):
        time, j = out[i], i - 1
        # "On Saturday the parade begins at noon and ends at 4pm": a later clock joined to one framed is in that frame
        if (j in framed and time.anchor != "adjacent" and _CONJOINED_CLOCKS.fullmatch(text, out[j].end, time.start)
                and (_clock_of(out[j].value) or (24, 0)) < (_clock_of(time.value) or (0, 0))):
            out[i] = _on_the_day_of(time, out[j])
            framed.add(i)
            continue
        if time.anchor == "adjacent" or j < 0 or out[j].type != TimexType.DATE or _days_after(out[j], time) != 0:
            continue
        if (_SENTENCE_OPENER.fullmatch(text, _sentence_bounds(text, out[j].start, out[j].end)[0], out[j].start)
                and not _CLAUSE_BREAK.search(text, out[j].end, time.start)
                and not _FRAME_REPORTED.search(text, out[j].end, time.start)
                and not (i + 1 < len(out) and _OWN_DAY_AFTER.fullmatch(text, time.end, out[i + 1].start))):
            out[i] = _on_the_day_of(time, out[j])
            framed.add(i)
    return out


# what may stand before a day that opens a sentence ("On Friday, ...", "Early on Monday ..."), and what ends the clause
# it frames (a sentence's end, a semicolon, a dash)
_SENTENCE_OPENER = re.compile(r"\s*[\"'“‘(]?(?:(?:early|late|later|earlier)\s+)?(?:on\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n—–]|\s-\s")
# ... nor a clock told in what someone said on that day ("On Monday the minister said the talks would resume at 10am":
# the day of the saying, not of the talks), nor one with a date of its own right after it ("at 1am last week")
_FRAME_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|announced|confirmed|warned|stated|reported|added|claimed|insisted|revealed|"
    r"disclosed|admitted|denied|explained|predicted|promised|pledged|vowed|emerged|learned|learnt)\b", re.IGNORECASE)
_OWN_DAY_AFTER = re.compile(r"\s*,?\s*")


# what joins two clock times of one clause: "and" or "then", a few words with no date, clause end or number, and
# "at" ("leaves at 6am and docks at 11am", "opens at 8am and shuts at around 5pm"); not "by", "until" or "till",
# a bound that may lie past midnight
_CONJOINED_CLOCKS = re.compile(r"\s*,?\s+(?:and|then|before)\s+(?:[a-z]+\s+){0,4}?at\s+"
                               r"(?:(?:about|around|approximately|roughly)\s+)?", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")


def _clock_of(value: str) -> tuple[int, int] | None:
    """The hour and minute of a TIMEX3 time value ("2024-05-18T06:00" -> (6, 0)); None for a part of day ("TMO")."""
    match = _CLOCK_VALUE.search(value)
    return (int(match.group(1)), int(match.group(2))) if match else None


# the rules of a bare month or season (no year, no shift word), and what opens a sentence before the digits of a year
# that opens it: "in", "during" or "throughout", a part of the year allowed ("In 2019", "Later in 2019", "In early
# 2019"; the words may be in the year's own span)
_OF_THE_OPENING_YEAR = frozenset({"date.month", "date.season"})
_BARE_YEAR = re.compile(r"\d{4}")
_OPENING_YEAR = re.compile(r"\s*(?:(?:early|later|earlier|late)\s+)?(?:in|during|throughout)\s+"
                           r"(?:(?:early|late|mid)(?:-|\s+))?", re.IGNORECASE)
_OPENING_YEAR_DIGITS = re.compile(_OPENING_YEAR.pattern + r"(\d{4})(?![\w-])", re.IGNORECASE)


def _resolve_candidate(
    text: str,
    dct: date | None,
    candidate: Candidate,
    words: WordLists,
    index: int,
    candidates: list[Candidate],
    partners: dict[int, int],
    range_ids: dict[int, int],
    previous: Timex | None,
    focus_quarter: str | None,
    previous_end: int,
    focus_day: date | None,
    after_since: bool,
    previous_start: date | None = None,
    year_hint: int | None = None,
) -> Timex | None:
    rule = candidate.rule
    assert rule.spec is not None
    counted = rule.spec.kind in ("ago", "away")
    start, mod = _leading_mod(text, candidate.start, rule.type, previous_end, words, counted)
    mod = mod or _inner_mod(text[candidate.start : candidate.end])

    def tense() -> str | None:
        if after_since:
            return PAST  # "since year-end", "since March": what something runs from lies behind
        if (_ends_with(text, candidate.start, _SCHEDULED_FOR_ENDINGS)
                and _SCHEDULED_FOR.search(text, max(0, candidate.start - 80), candidate.start)):
            if _HAPPENED_AS_SET.match(text, candidate.end):
                return PAST  # "the rally, planned for noon on Saturday, drew thousands": it was held, the day is past
            return FUTURE  # "called a snap election for March 10", "postponed until May": set for a date ahead
        warned = _warned_window_day(text, candidate.start, candidate.end, dct) if rule.type == "DATE" else None
        if warned is not None:
            return warned  # "warned of tight supply between 5pm and 7pm on Monday": the window warned of lies ahead
        now = _span_on_now(text, candidate.start, candidate.end, dct) if rule.type == "DATE" else None
        if now is not None:
            return now  # "the festival is on from Thursday to Sunday" told on Saturday: this week's, running now
        if _ends_with(text, candidate.start, ("for",)) and _FORECAST_FOR.search(
                text, max(0, candidate.start - 60), candidate.start):
            told = sentence_tense(text, candidate.start, candidate.end)
            if told != PAST or _present_perfect_clause(text, candidate.start, candidate.end):
                return FUTURE  # "a yellow alert has been issued for Thursday", "a warning is in force": ahead
            return told  # "the forecast had promised sunshine for Friday": by tense
        if (_ends_with(text, start, ("until", "till")) and _GIVEN_UNTIL_PAST.search(text, max(0, start - 60), start)
                and not _UNTIL_IN_PERFECT.match(text, candidate.end)):
            return None  # "was given until the end of January" told in December: near the anchor, either side
        if (_ends_with(text, candidate.start, ("until", "till", "through", "thru"))
                and _UNTIL.search(text, max(0, candidate.start - 8), candidate.start)
                and not _NOT_UNTIL.search(text, max(0, candidate.start - 60), candidate.start)
                and not _past_range_before(text, candidates, partners, index)
                and not _PERIOD_THROUGH.search(text, max(0, candidate.start - 60), candidate.start)
                and not _past_verb_through(text, candidate.start)):
            # "talks continue until Tuesday", "shut until Friday", "the offer runs through May": a bound lies ahead
            return FUTURE
        if (previous is not None and previous.first_day is not None and dct is not None
                and previous.first_day > dct and _after_possessive_day(text, 0, candidate.start, candidate.end)
                and not _SENTENCE_END.search(text, previous.end, candidate.start + 1)):
            # "celebrates on Sunday after Saturday's gala": the weekday before the day ahead it leads up to
            owned = _WEEKDAYS.index(text[candidate.start : candidate.start + 3].lower())
            before = previous.first_day - timedelta(days=(previous.first_day.weekday() - owned - 1) % 7 + 1)
            return FUTURE if before > dct else PAST
        return sentence_tense(text, candidate.start, candidate.end)

    partner = candidates[partners[index]] if index in partners else None
    if (year_hint is None and partner is not None and _year_written(candidate.groups) is None
            and partner.rule.spec is not None and partner.rule.spec.kind not in ("decade", "century")):
        year_hint = _year_written(partner.groups)  # "from May to June 1998"; but "the 1990s" names no year
    if (year_hint is None and rule.id in _OF_THE_OPENING_YEAR and previous is not None and dct is not None
            and _BARE_YEAR.fullmatch(previous.value)
            and not _SENTENCE_END.search(text, previous.end, candidate.start + 1)
            and _OPENING_YEAR.fullmatch(text, _sentence_bounds(text, previous.start, previous.end)[0],
                                        previous.end - 4)):
        # "In 2019 the club closed in April", "During 2016 the mill shut before the autumn": a bare month or season in
        # the sentence a year opens is of that year; not a year past in a clause that looks ahead ("In 2019 the club
        # grew, and it will close in the autumn"), nor a year written further in ("founded in 1890, it shut in May")
        written = int(previous.value)
        if written >= dct.year or tense() != FUTURE:
            year_hint = written
    elif (year_hint is None and rule.id in _OF_THE_OPENING_YEAR and previous is not None and dct is not None
            and previous.rule in _OF_THE_OPENING_YEAR
            and not _SENTENCE_END.search(text, previous.end, candidate.start + 1)):
        # ... and so is the next one ("In 2019 the club closed in April and reopened in June"): the month before it
        # took the year that opens the sentence
        opening = _OPENING_YEAR_DIGITS.match(text, _sentence_bounds(text, previous.start, previous.end)[0])
        if (opening is not None and previous.value.startswith(opening.group(1) + "-")
                and (int(opening.group(1)) >= dct.year or tense() != FUTURE)):
            year_hint = int(opening.group(1))
    previous_day = previous.first_day if previous else None

    def past_event() -> bool:
        if after_since:
            return True  # "since Christmas" said in October: last Christmas
        if (_ends_with(text, candidate.start, ("the", "last")) and _SINCE_THE.search(
                text, max(0, candidate.start - 20), candidate.start)
                and _NOUN_THEN_FINITE_VERB.match(text, candidate.end) is None):
            return True  # "since the April storms" said in March: last April
        if _past_range_before(text, candidates, partners, index):
            return True  # "talks ran from 30 November until 3 December": the end of what was done, no deadline
        verb = _PAST_VERB_RIGHT_BEFORE.search(text, max(0, candidate.start - 30), candidate.start) if _ends_with(
            text, candidate.start, _PAST_WORD_ENDINGS) else None
        if verb is None:
            # "the minister in May told parliament": the date right before its past verb is when that was done
            if _ends_with(text, candidate.start, _PREPOSITION_BEFORE) and _IN_ON_BEFORE.search(
                    text, max(0, candidate.start - 8), candidate.start):
                verb = _PAST_VERB_RIGHT_AFTER.match(text, candidate.end)
        if verb is None:
            verb = _PAST_VERB_OBJECT_BEFORE.search(text, max(0, candidate.start - 60), candidate.start) if _ends_with(
                text, candidate.start, _PREPOSITION_BEFORE) else None
            if verb is None and _ends_with(text, candidate.start, _PREPOSITION_BEFORE):
                bare = _BARE_PAST_OBJECT_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
                if bare is not None and _BARE_PAST_SINGULAR.match(text, bare.start(1)):
                    return True  # "the carmaker cut 900 jobs in March": a singular subject's past, when it was done
            if verb is not None and (verb.group(1).lower() in _REPORTING or _MODAL_BEFORE.search(
                    text, max(0, verb.start() - 60), verb.start())):
                return False  # "will redeem preferred shares on Oct. 31": the -ed word was no verb
        return verb is not None and verb.group(1).lower() not in _NOT_A_PAST_EVENT

    # the date in focus was written in this same sentence ("in Q3 2006 ... the whole year")
    focus_here = previous is not None and not _SENTENCE_END.search(text, previous.end, candidate.start + 1)

    def report_day() -> date | None:
        # "In January the firm said it must repay the loan by March": a past report dated in the same sentence
        # before the expression; what it says lies ahead lies ahead of that day
        if not focus_here or previous is None or previous.last_day is None or dct is None or previous.last_day >= dct:
            return None
        # the date must date the report: the reporting verb right before it ("said on Tuesday", "said in January")
        # or after it in the same clause ("In January the firm said"); not "fell in January, the company said"
        before = _PAST_REPORT_BEFORE.search(text, max(0, previous.start - 20), previous.start)
        after = _PAST_REPORT.search(text, previous.end, min(candidate.start, previous.end + 40))
        if before is None and (after is None or "," in text[previous.end : after.start()]):
            return None
        return previous.last_day

    ahead_offset = _ahead_offset(text, candidate.start, dct) if rule.spec.kind in ("holiday", "season") else None
    ctx = Context(
        dct, tense, previous_day, year_hint, previous.value if previous else None, focus_quarter, past_event,
        focus_here, focus_day, report_day, _earlier_from_anchor(text, candidate, previous),
        ahead_offset, previous_start,
    )
    try:
        value = resolve_value(rule.spec, candidate.groups, words, ctx)
    except Unresolvable:
        return None  # no such date ("30 February") or one beyond the calendar: not a time expression
    timex_type = _TIMEX_TYPES[rule.type]
    first = last = None
    granularity = None
    anchor = "dct" if dct is not None else "none"
    if rule.spec.kind == "after" and previous_day is not None:
        anchor = "previous"
    if timex_type in (TimexType.DATE, TimexType.TIME):
        unit_word = (candidate.groups.get("u") or "").lower()
        interval = interval_of(value, dct, VAGUE_HORIZON_DAYS.get(unit_word, 28))
        if interval:
            first, last, granularity = interval
            first, last = narrow_by_mod(first, last, mod)
        part = candidate.groups.get("part")
        if part and granularity is Granularity.MONTH and first and last:
            # "the first 15 days of April": those days of the month, no unit of the calendar
            days = part_of_month(first, last, part.lower(), to_number(candidate.groups.get("n") or "", words),
                                 (candidate.groups.get("u") or "half").lower())
            if days is None:
                return None
            first, last, mod = days
            granularity = Granularity.OPEN
    if timex_type == TimexType.DURATION and candidate.rule.id == "dur.later" and previous_day is not None:
        first, last, granularity, anchor = _after_previous(candidate, words, previous_day, previous)
    return Timex(
        start=start,
        end=candidate.end,
        text=text[start : candidate.end],
        type=timex_type,
        value=value,
        rule=rule.id,
        first_day=first,
        last_day=last,
        granularity=granularity,
        mod=mod,
        range_id=range_ids.get(index),
        anchor=anchor,
    )


def _after_previous(
    candidate: Candidate, words: WordLists, previous_day: date, previous: Timex | None = None
) -> tuple[date | None, date | None, Granularity | None, str]:
    """"Two weeks later": the day that many units after the date mentioned before it in the text; "a month later"
    after a month ("froze withdrawals in June and filed for bankruptcy a month later"), or "a year later" after a
    month or a year, is that whole month or year: the text tells it no finer than the date it counts from."""
    count = to_number(candidate.groups.get("n") or "", words)
    unit = (words.lookup("unit", (candidate.groups.get("u") or "").lower()) or "").upper()
    coarse = previous is not None and previous.granularity in (Granularity.MONTH, Granularity.YEAR)
    if coarse and previous is not None and unit in ("M", "Y") and count is not None and count == int(count):
        months = int(count) * (12 if unit == "Y" else 1)
        if previous.granularity == Granularity.MONTH or months % 12 == 0:
            try:
                year, month = shift_months(previous_day.year, previous_day.month, months)
            except Unresolvable:
                return None, None, None, "previous"  # "9999 years later" is past the calendar's end
            if previous.granularity == Granularity.YEAR:
                return date(year, 1, 1), date(year, 12, 31), Granularity.YEAR, "previous"
            last_day = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last_day), Granularity.MONTH, "previous"
    days_per_unit = {"D": 1, "W": 7, "M": 30, "Y": 365, "FN": 14}.get(unit)
    if count is None or days_per_unit is None:
        return None, None, None, "previous"
    try:
        day = previous_day + timedelta(days=round(count * days_per_unit))
    except (OverflowError, ValueError):
        return None, None, None, "previous"  # "99999999 weeks later" is past the calendar's end
    return day, day, Granularity.DAY, "previous"
