"""Round 34's reader's repairs of titles (timeline.events._for_the_reader): cuts of the date that left broken English
(a relative pronoun, a count of time, a clause's verb, two clauses joined, an adjective's noun, a verbless fragment).
Each row is our own sentence and fails on the code before the round (f6c05ee), except the look-alikes, which guard what
the repairs leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import title_of, without_and_with_repairs
from timeline.model import Document

PUBLISHED = date(2024, 6, 14)  # a Friday

# (text, the event's date as written, its title)
TITLES = [
    # a relative pronoun cut with the date comes back when the noun it tells of is another verb's object
    ("The merger ended a rivalry that had lasted since 1952.", "1952", "The merger ended a rivalry that had lasted"),
    ("The village lost a school that had stood since 1890.", "1890", "The village lost a school that had stood"),
    ("The union backed the sacked driver, who was cleared on March 3.", "March 3",
     "The union backed the sacked driver, who was cleared"),
    ("The agreement ends a walkout that has closed 12 depots since March.", "March",
     "The agreement ends a walkout that has closed 12 depots"),
    ("The ferry firm sold two boats to a yard in Cork that was rebuilt last year.", "last year",
     "The ferry firm sold two boats to a yard in Cork that was rebuilt"),
    # (a verb form before the object's determiner, "cut a rate", is a verb though it is a noun too)
    ("The bank cut a rate that had stood at 5 percent since August.", "August",
     "The bank cut a rate that had stood at 5 percent"),
    # (a subject whose relative clause holds the date, joined with the clause's own verb: that verb is the news, as
    # make_title tells it when it cuts the relative clause whole)
    ("Refugees who arrived in May are living in tents.", "May", "Refugees are living in tents"),
    # (after a gerund, what it acted on is what the relative clause tells of)
    ("The vote passed in May, closing a dispute that had run since 2011.", "2011", "A dispute had run"),
    # a when-clause holding the date gives its own subject
    ("The treaty closes a border dispute that began when Belize won independence from Britain in September 1981.",
     "September 1981", "Belize won independence from Britain"),
    ("The deal ends a row that started when the factory closed in 2019.", "2019", "The factory closed"),
    ("It ended a run that began when the team lost to Leeds in October.", "October", "The team lost to Leeds"),
    # a count of time that is the verb's object stays
    ("Her lawyer has fourteen days to lodge an appeal.", "fourteen days",
     "Her lawyer has fourteen days to lodge an appeal"),
    # two clauses' dates joined by "and": each date keeps its own clause
    ("The police chief closed the bridge until Tuesday and on Sunday banned lorries from the old town for a month.",
     "Tuesday", "The police chief closed the bridge"),
    ("The police chief closed the bridge until Tuesday and on Sunday banned lorries from the old town for a month.",
     "Sunday", "The police chief banned lorries from the old town for a month"),
    # the verb of the date's own clause ("until August is over") goes with the date
    ("Crews will clear drains on every street each morning from Monday until August is over.", "Monday until August",
     "Crews will clear drains on every street each morning"),
    # a season that was the noun of its adjectives stays
    ("The harvest suffered after a cold and dry spring.", "spring", "The harvest suffered after a cold and dry spring"),
    ("A wet spring and a dry summer cut the harvest.", "spring", "A wet spring and a dry summer cut the harvest"),
    # a verbless title between two commas before the date gives way to the clause before it
    ("Residents of Tolsta elected five councillors to the island's board, the Harbour Trust, on Tuesday, in a ballot "
     "marked by a low turnout.", "Tuesday", "Residents of Tolsta elected five councillors to the island's board"),
    ("The bakery opens a second shop, on Brook Lane, on Saturday.", "Saturday", "The bakery opens a second shop"),
    # a phrase of the date's own goes
    ("Ten years ago to the week, the island voted to leave the union.", "Ten years ago",
     "The island voted to leave the union"),
    # a particle cut with the date's preposition comes back
    ("Its new director, who took over in January, will present the plan.", "January", "Its new director took over"),
    # a verb opening the title takes its subject: the sentence's, after "and"; the one before the date, after a
    # conjunction
    ("The fire started on Monday and spread to the hills by Wednesday.", "Wednesday", "The fire spread to the hills"),
    ("Crews searched the valley on Friday, where floods before dawn on Tuesday swept away two bridges.",
     "dawn on Tuesday", "Floods swept away two bridges"),
    # (a present that is a noun too, right after the words about the subject)
    ("The old tram, withdrawn in 1960, returns to service on Saturday.", "Saturday", "The old tram returns to service"),
]

# look-alikes: right before the repairs and after them
KEPT = [
    # the title opens with the noun the relative clause told of: its subject, no pronoun back
    ("The dam, which opened in 1964, is to be replaced by 2030.", "1964", "The dam opened"),
    ("The river, which burst its banks on Monday, fell back on Wednesday.", "Monday", "The river burst its banks"),
    # a phrase after an opening date that is the subject, not the date's own
    ("On Friday the warden, a retired teacher, opened the new library.", "Friday", "The warden opened the new library"),
    # a deadline "until" a date is no count of time held
    ("Bidders have until May 30 to send in their offers.", "May 30", "Bidders have to send in their offers"),
    # a figure's comma opens no phrase of the date's own
    ("In 2019 only about 2,500 runners finished the race.", "2019", "Only about 2,500 runners finished the race"),
    # "over" before the date is its preposition, no particle
    ("Fares have risen by about a fifth over the past year.", "the past year", "Fares have risen by about a fifth"),
    # a season with its own determiner is no adjective's noun
    ("Sales rose this spring.", "this spring", "Sales rose"),
    # a noun after "and" is its own verb's subject; a verb after "and" shares the subject told with its object
    ("The pier reopened on Saturday and the cafe on it opens on Monday.", "Monday", "The cafe on it opens"),
    ("The council shut the pool in March and reopened it in June.", "June", "The council reopened it"),
    # a relative clause cut whole with its date: the subject's own verb is the title (make_title's reading)
    ("The boat that sank on Monday was carrying 40 people.", "Monday", "The boat was carrying 40 people"),
    # a plural noun after "and" is no verb to give the subject to
    ("The nurses, whose shifts were cut in May, are angry, and talks on their pay begin on June 20.", "June 20",
     "Talks on their pay begin"),
]


@pytest.mark.parametrize("text, expression, title", TITLES + KEPT, ids=[f"{s[2]} ({s[1]})" for s in TITLES + KEPT])
def test_title(text: str, expression: str, title: str) -> None:
    assert title_of(text, expression, PUBLISHED) == title


def test_an_and_inside_a_report_takes_no_subject() -> None:
    # "Officials said the boys who vanished ... and turned up": the verb after "and" is the relative clause's, not
    # the reporters'
    text = "Officials said the boys who vanished in April and turned up on Sunday were unhurt."
    assert not title_of(text, "Sunday", PUBLISHED).startswith("Officials")


@pytest.mark.parametrize("text, expression, title", TITLES, ids=[f"{s[2]} ({s[1]})" for s in TITLES])
def test_repair_is_the_readers_alone(text: str, expression: str, title: str) -> None:
    # made without repairs, the title is another (the repair made the row's title), and the dates, types, second
    # types and confidences are the same: the repairs change the title alone
    doc = Document("x", text, PUBLISHED)
    plain, repaired = without_and_with_repairs(doc)
    assert next(e.title for e in plain if e.expression == expression) != title
    assert [(e.expression, e.value, e.start, e.end, e.type, e.second_type, e.confidence) for e in repaired] == [
        (e.expression, e.value, e.start, e.end, e.type, e.second_type, e.confidence) for e in plain]
