"""Write timeline/resources/holiday_dates.tsv: the days of movable holidays of calendars the tagger does not compute
itself (the Hindu lunisolar festivals, the Hebrew calendar's feasts), taken from the `holidays` package (pinned in
requirements.txt), never typed by hand. Run: python3 scripts/make_holiday_table.py

Each row: KEY <TAB> YYYY-MM-DD, the first day of the holiday in that Gregorian year (a feast of several days, such as
Rosh Hashanah, Passover or Hanukkah, by its first day; a Hebrew feast by its day, not the eve it begins at sundown).
tagger_words.tsv names a holiday's rule TABLE:KEY; timeline/resolve.py reads this file."""

from __future__ import annotations

import sys
import warnings
from datetime import date
from pathlib import Path

import holidays

OUT = Path(__file__).resolve().parent.parent / "timeline" / "resources" / "holiday_dates.tsv"
FIRST_YEAR, LAST_YEAR = 1950, 2075

# KEY: (country, categories, the library's name of the holiday)
SOURCES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "HOLI": ("IN", ("public",), "Holi"),
    "DIWALI": ("IN", ("public",), "Diwali"),
    "DUSSEHRA": ("IN", ("public",), "Dussehra"),
    "ROSHHASHANAH": ("IL", ("public",), "Rosh Hashanah"),
    "YOMKIPPUR": ("IL", ("public",), "Yom Kippur"),
    "SUKKOT": ("IL", ("public",), "Sukkot"),
    "PASSOVER": ("IL", ("public",), "Pesach"),
    "SHAVUOT": ("IL", ("public",), "Shavuot"),
    "HANUKKAH": ("IL", ("optional", "school"), "Hanukkah"),
    "PURIM": ("IL", ("optional", "school"), "Purim"),
}


def first_days(country: str, categories: tuple[str, ...], name: str) -> list[date]:
    """The first day of each run of consecutive days the library names `name`, over the years of the table."""
    days: list[date] = []
    warnings.filterwarnings("ignore", message="Requested Holidays are available only")  # years outside its tables
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        found = holidays.country_holidays(country, years=year, categories=categories)
        days.extend(d for d, label in found.items() if name in label.split("; "))
    days = sorted(set(days))
    return [d for i, d in enumerate(days) if i == 0 or (d - days[i - 1]).days > 1]


def table_text() -> str:
    """The table's text: its header, then each key's first days in order."""
    lines = [
        f"# Days of movable holidays, written by scripts/make_holiday_table.py from the holidays package "
        f"{holidays.__version__} (do not edit by hand)",
        "# KEY <TAB> the holiday's first day in that year",
    ]
    for key, (country, categories, name) in SOURCES.items():
        days = first_days(country, categories, name)
        if not days:
            raise SystemExit(f"error: HOLIDAYS: no day of {name} in {country}")
        lines.extend(f"{key}\t{d.isoformat()}" for d in days)
    return "\n".join(lines) + "\n"


def main() -> int:
    text = table_text()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} days)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
