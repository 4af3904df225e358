"""A department's working calendar: its weekly hours, public holidays and closures.

A plain value built from stored rows; the deadline clock (``sla.ServiceClock``) counts targets in
it. Hours are wall-clock times in the company's time zone, so "09:00" stays 09:00 across the
changes to and from summer time. A calendar open around the clock (24/7) knows no holidays or
closures: it counts every hour, as icdesk always did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from icdesk.domain.errors import ValidationError
from icdesk.domain.holiday_tables import country_codes, country_regions, holidays_package

DAY_MINUTES = 24 * 60
Interval = tuple[int, int]  # minutes since local midnight, [start, end)
Week = tuple[tuple[Interval, ...], ...]  # Monday first, seven days
MAX_CLOSURE_DAYS = 366
EN_DASH = "\u2013"

# "9-13", "09:00–13:00", "7.30 - 11", "17:00-24:00"; several separated by commas, semicolons or spaces
_INTERVAL = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*[-\u2013\u2014]\s*(\d{1,2})(?:[:.](\d{2}))?")


def _minute(hours: str, minutes: str | None, text: str) -> int:
    h, m = int(hours), int(minutes or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise ValidationError("“{text}” is not a time of day like 09:00 or 17:30.", text=text)
    return h * 60 + m


def parse_hours(text: str, field_name: str = "hours") -> tuple[Interval, ...]:
    """One day's working hours as typed: "07:00–11:00, 17:00–23:00"; empty means closed that day."""
    rest = text.strip()
    intervals: list[Interval] = []
    while rest:
        found = _INTERVAL.match(rest)
        if found is None:
            raise ValidationError("Write working hours like 09:00–13:00, 14:00–18:00 (“{text}” is not).",
                                  text=text.strip(), field=field_name)
        start = _minute(found.group(1), found.group(2), found.group(0))
        end = _minute(found.group(3), found.group(4), found.group(0))
        if end <= start:
            raise ValidationError("{interval} ends before it starts; for a night shift write 22:00–24:00 on one "
                                  "day and 00:00–06:00 on the next.", interval=found.group(0), field=field_name)
        intervals.append((start, end))
        rest = rest[found.end():].lstrip(" ,;/+&\t")
    return merged(intervals)


def merged(intervals: list[Interval] | tuple[Interval, ...]) -> tuple[Interval, ...]:
    """Sorted, with overlapping or touching intervals joined: 9–12 and 11–13 are 9–13."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def clock_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def hours_text(intervals: tuple[Interval, ...]) -> str:
    """The way hours are written back: "07:00–11:00, 17:00–23:00"."""
    return ", ".join(f"{clock_text(a)}{EN_DASH}{clock_text(b)}" for a, b in intervals)


@dataclass(frozen=True)
class Closure:
    """Days the department is closed: whole days, or the same hours of each day (an afternoon)."""

    first: date
    last: date
    start_minute: int | None = None  # None: the whole day
    end_minute: int | None = None
    note: str = ""
    whole_company: bool = False

    @property
    def whole_day(self) -> bool:
        return self.start_minute is None

    def checked(self) -> Closure:
        if self.last < self.first:
            raise ValidationError("The closure ends before it starts.", field="closures")
        if (self.last - self.first).days >= MAX_CLOSURE_DAYS:
            raise ValidationError("A closure lasts a year at most; add another for the next year.", field="closures")
        if (self.start_minute is None) != (self.end_minute is None):
            raise ValidationError("Give a closure both a start and an end time, or neither.", field="closures")
        if self.start_minute is not None and self.end_minute is not None and not (
                0 <= self.start_minute < self.end_minute <= DAY_MINUTES):
            raise ValidationError("The closure's hours end before they start.", field="closures")
        return self


@lru_cache(maxsize=256)
def public_holidays(country: str, region: str, year: int) -> frozenset[date]:
    """The public holidays of ``country`` (and its ``region``) in ``year``, from the holidays package."""
    holidays = holidays_package()  # on first use, and only the countries asked for

    try:
        found = holidays.country_holidays(country, subdiv=region or None, years=year)
    except NotImplementedError:  # a country or region this version of the package no longer knows
        return frozenset()
    return frozenset(found.keys())


def check_holiday_place(country: str, region: str) -> tuple[str, str]:
    """A country code the holidays package knows, and one of its regions (or none)."""
    country, region = country.strip().upper(), region.strip()
    if not country:
        if region:
            raise ValidationError("Choose the country of the region first.", field="holiday_country")
        return "", ""
    known = country_regions(country)
    if known is None:
        raise ValidationError("icdesk knows no public holidays for “{code}”.", code=country,
                              field="holiday_country")
    regions = {r.casefold(): r for r in known}
    if region and region.casefold() not in regions:
        raise ValidationError("“{region}” is not a region of {code} icdesk knows.", region=region, code=country,
                              field="holiday_region")
    return country, regions.get(region.casefold(), "")


@lru_cache(maxsize=1)
def holiday_countries() -> dict[str, str]:
    """Every country the holidays package knows: code -> English name ("IT" -> "Italy")."""
    from holidays.registry import COUNTRIES

    names: dict[str, str] = {str(entry[1]): re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(entry[0]))
                             for entry in COUNTRIES.values()}
    codes = country_codes(include_aliases=False)
    return {code: names.get(code) or code for code in sorted(codes, key=lambda c: (names.get(c) or c).casefold())}


@lru_cache(maxsize=32)
def holiday_regions(country: str) -> dict[str, str]:
    """The regions of a country with holidays of their own: code -> name ("TS" -> "Trieste")."""
    codes = country_regions(country)
    if not codes:
        return {}
    aliases = getattr(holidays_package().country_holidays(country), "subdivisions_aliases", {}) or {}
    named: dict[str, str] = {}
    for name, code in aliases.items():
        named.setdefault(code, name)
    return {code: named.get(code, code) for code in codes}


def holiday_names(country: str, region: str, first: date, last: date, lang: str = "en") -> list[tuple[date, str]]:
    """The public holidays between two days with their names, in ``lang`` where the package has it."""
    holidays = holidays_package()

    if not country:
        return []
    try:
        probe = holidays.country_holidays(country, subdiv=region or None)
        languages = getattr(probe, "supported_languages", ()) or ()
        language = next((code for code in languages if code.split("_")[0] == lang), None)
        found = holidays.country_holidays(country, subdiv=region or None, years=range(first.year, last.year + 1),
                                          language=language)
    except NotImplementedError:
        return []
    return sorted((day, name) for day, name in found.items() if first <= day <= last)


def place_name(country: str, region: str = "") -> str:
    """ "Italy (Trieste)"."""
    name = holiday_countries().get(country, country)
    return f"{name} ({holiday_regions(country).get(region, region)})" if region else name


@dataclass(frozen=True)
class WorkingCalendar:
    """When a department works. ``week`` None: open around the clock."""

    week: Week | None = None
    holiday_country: str = ""
    holiday_region: str = ""
    closures: tuple[Closure, ...] = ()
    _holidays: dict[int, frozenset[date]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def always_open(self) -> bool:
        return self.week is None

    def checked(self) -> WorkingCalendar:
        """Raise ValidationError unless deadlines can be counted in it."""
        if self.week is not None:
            if len(self.week) != 7:
                raise ValueError("a week has seven days")
            if not any(self.week):
                raise ValidationError("Give at least one day working hours, or choose “open around the clock”.",
                                      field="hours")
        country, region = check_holiday_place(self.holiday_country, self.holiday_region)
        return WorkingCalendar(self.week, country, region, tuple(c.checked() for c in self.closures))

    def is_holiday(self, day: date) -> bool:
        if not self.holiday_country:
            return False
        found = self._holidays.get(day.year)
        if found is None:
            found = self._holidays[day.year] = public_holidays(self.holiday_country, self.holiday_region, day.year)
        return day in found

    def hours_on(self, day: date) -> tuple[Interval, ...]:
        """The working intervals of one local day, holidays and closures taken out."""
        if self.week is None:
            return ((0, DAY_MINUTES),)
        intervals = self.week[day.weekday()]
        if not intervals or self.is_holiday(day):
            return ()
        for closure in self.closures:
            if closure.first <= day <= closure.last:
                if closure.start_minute is None or closure.end_minute is None:
                    return ()
                intervals = _cut(intervals, closure.start_minute, closure.end_minute)
        return intervals

    def day_seconds(self) -> int:
        """A typical working day's length (the average of the days with hours): what "a working
        day" means when a delay is said in days."""
        if self.week is None:
            return 24 * 3600
        days = [sum(b - a for a, b in day) for day in self.week if day]
        return round(sum(days) / len(days) * 60) if days else 24 * 3600

    def holidays_between(self, first: date, last: date) -> list[date]:
        out, day = [], first
        while day <= last:
            if self.is_holiday(day):
                out.append(day)
            day += timedelta(days=1)
        return out


def _cut(intervals: tuple[Interval, ...], start: int, end: int) -> tuple[Interval, ...]:
    out: list[Interval] = []
    for a, b in intervals:
        if b <= start or a >= end:
            out.append((a, b))
            continue
        if a < start:
            out.append((a, start))
        if b > end:
            out.append((end, b))
    return tuple(out)


ALWAYS_OPEN = WorkingCalendar()
OFFICE_WEEK: Week = tuple(((9 * 60, 17 * 60),) if d < 5 else () for d in range(7))
