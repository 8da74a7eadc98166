"""The `published` field: any complete written date (dateparser, strict), the day as written; the rest refused."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.documents import InputError, load_documents, parse_date

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO, with or without a time; the day is the one written whatever the zone
        ("2024-03-28", date(2024, 3, 28)),
        ("2024-3-5", date(2024, 3, 5)),
        ("2024-03-28T10:00:00Z", date(2024, 3, 28)),
        ("2024-03-28T01:00:00+09:00", date(2024, 3, 28)),  # 27 March in UTC: kept on the 28th as written
        ("2024-03-28 23:30:00 -05:00", date(2024, 3, 28)),
        # e-mail / RSS (RFC 2822)
        ("Thu, 28 Mar 2024 09:12:00 +0100", date(2024, 3, 28)),
        ("Thu, 28 Mar 2024 23:30:00 -0500", date(2024, 3, 28)),  # the 29th in UTC
        ("Sat, 06 Jul 2019 00:15:00 +1200", date(2019, 7, 6)),  # the 5th in UTC
        # written out
        ("March 28, 2024", date(2024, 3, 28)),
        ("28 March 2024", date(2024, 3, 28)),
        ("Mar 28 2024 23:00 PST", date(2024, 3, 28)),
        ("  March 28,\n   2024 ", date(2024, 3, 28)),
        ("Wednesday, 9 October 2019, 6:45 pm", date(2019, 10, 9)),
        # numbers, where only one order makes a date
        ("28/03/2024", date(2024, 3, 28)),
        ("03/28/2024", date(2024, 3, 28)),
        ("28.03.2024", date(2024, 3, 28)),
        ("2024/03/28", date(2024, 3, 28)),
        ("05/05/2024", date(2024, 5, 5)),  # day and month equal: both orders agree
        # other languages
        ("28 mars 2024", date(2024, 3, 28)),
        ("le 3 février 2021", date(2021, 2, 3)),
        ("28. März 2024", date(2024, 3, 28)),
        ("17 de agosto de 2016", date(2016, 8, 17)),
    ],
)
def test_accepted(text: str, expected: date) -> None:
    assert parse_date(text, "a.txt") == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # relative to the day it is read: never resolved against today
        ("yesterday", "relative"),
        ("today", "relative"),
        ("3 days ago", "relative"),
        ("in two weeks", "relative"),
        ("next Friday", "not a date"),
        ("Friday", "not a date"),
        # incomplete
        ("March 2024", "day, month and year"),
        ("28 March", "day, month and year"),
        ("2024", "day, month and year"),
        # impossible
        ("32/01/2024", "not a date"),
        ("2024-02-30", "does not exist"),
        ("2024-13-01", "does not exist"),
        # either order makes a date
        ("04/03/2024", "ambiguous"),
        ("11.12.2023", "ambiguous"),
        # nothing there
        ("", "empty"),
        ("   ", "empty"),
        ("garbage", "not a date"),
        ("the spring after the election", "not a date"),
    ],
)
def test_refused(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text, "a.txt")
    message = str(caught.value)
    assert message.startswith("a.txt: published date") and reason in message, message
    assert "\n" not in message


def test_no_value_is_no_date() -> None:
    assert parse_date(None, "a.txt") is None


def test_bad_date_in_a_file_is_one_line_naming_the_file_and_the_text(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("---\npublished: Thu, 28 Mar 2024 09:12:00 +0100\n---\nRain on Monday.",
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_text("---\npublished: last Tuesday\n---\nRain on Monday.", encoding="utf-8")
    result = load_documents([tmp_path])
    assert [(d.id, d.published) for d in result.documents] == [("good", date(2024, 3, 28))]
    assert len(result.errors) == 1
    assert result.errors[0].startswith(f"error: {tmp_path / 'bad.txt'}: published date 'last Tuesday' ")


def test_published_option_takes_written_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The council met on Monday.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "timeline", "build", str(tmp_path / "a.txt"), "--out",
                             str(tmp_path / "out"), "--published", "28 March 2024"],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert '"start": "2024-03-25"' in (tmp_path / "out" / "events.json").read_text(encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "timeline", "build", str(tmp_path / "a.txt"), "--out",
                              str(tmp_path / "out2"), "--published", "yesterday"],
                             capture_output=True, text=True, cwd=ROOT, check=False)
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: --published: published date 'yesterday' is not a date")
    assert len(refused.stderr.strip().splitlines()) == 1
