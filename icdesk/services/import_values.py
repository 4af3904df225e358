"""What a spreadsheet cell means to the import: dates, service targets, choices from a list and
steps, written the ways offices write them, in the five languages.

Each parser takes the cell's text (tabular.py gives every cell as text: dates as 2026-03-31,
whole numbers without ".0") and returns the value, or raises a ValidationError sentence that
names what was typed and what would be accepted.
"""

from __future__ import annotations

import enum
import functools
import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import TypeVar

from icdesk.domain.enums import PersonKind
from icdesk.domain.errors import ValidationError
from icdesk.domain.rules import FIRST_DAY, LAST_DAY, MAX_TARGET_MINUTES
from icdesk.i18n import LANGUAGES, Formatter

E = TypeVar("E", bound=enum.Enum)
EARLIEST = FIRST_DAY  # the years a file's dates keep, typed or imported (domain/rules.py)
EMPTY_MARKS = {"-", "\u2013", "\u2014", "n/a"}  # "no target" as people type it

# -- dates ----------------------------------------------------------------------------------------------
# day first, as every one of the five languages writes it: 31/03/2026, 31.03.2026, 31-03-2026,
# with an optional time 14:30 or 14.30 (Finnish)
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")
_ISO_YEAR = re.compile(r"(\d{4})-\d{1,2}-\d{1,2}")


def _not_a_date(text: str) -> ValidationError:
    return ValidationError("“{text}” is not a date like 2026-03-31 or 31/03/2026.", text=text)


def _naive_moment(text: str) -> datetime:
    """The date (and time) typed, without a zone; ValidationError if it is no date at all."""
    try:
        if text[4:5] in ("-", "/") and _ISO_YEAR.match(text.replace("/", "-")):  # the usual case first
            return datetime.fromisoformat(text.replace("/", "-"))
        found = _DAY_FIRST.fullmatch(text)
        if found:
            day, month, year, hour, minute, second = (int(g) if g else 0 for g in found.groups())
            return datetime(year, month, day, hour, minute, second)
    except ValueError:  # 31/02/2026, 25:00, year 0
        pass
    raise _not_a_date(text)


@functools.lru_cache(maxsize=64)
def _earliest(zone: tzinfo) -> datetime:
    # in UTC, so comparing with it costs no conversion
    return datetime.combine(EARLIEST, time(), zone).astimezone(UTC)


def parse_moment(text: str, zone: tzinfo, latest: datetime) -> datetime | None:
    """A date, or a date and time, in the company's zone, as a UTC instant; None for an empty cell.

    A date alone is midnight at its start. It must lie between 1 January 1990 and ``latest``
    (now), so a typing slip such as 0001-01-01 or 2062 is caught here.
    """
    text = text.strip()
    if not text:
        return None
    moment = _naive_moment(text)
    # compare years first: a date such as 0001-01-01 cannot even be moved into every time zone
    if not EARLIEST.year <= moment.year <= latest.year:
        raise _out_of_range(text)
    instant = (moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)).astimezone(UTC)
    if moment.tzinfo is None and instant.astimezone(zone).replace(tzinfo=None) != moment:
        # a time in the hour the clocks skip in spring: it was read as an hour later, and a resolved time
        # typed after it was then "before the request was logged"
        raise ValidationError("“{text}” is a time that did not exist there: the clocks went forward that night. "
                              "Write the time after the change (an hour later).", text=text)
    if instant > latest and instant.astimezone(zone).date() == latest.astimezone(zone).date():
        # today, at a time still to come: "not a date between 1990 and today" said of today's date
        raise ValidationError("“{text}” is later than now; a time still to come cannot be recorded yet.", text=text)
    if not _earliest(zone) <= instant <= latest:
        raise _out_of_range(text)
    return instant


def _out_of_range(text: str) -> ValidationError:
    return ValidationError("“{text}” is not a date between 1990 and today.", text=text)


def parse_day(text: str) -> date | None:
    """A calendar date (a review date, say): no time, any year from 1990 to 2100."""
    text = text.strip()
    if not text:
        return None
    moment = _naive_moment(text)
    if moment.time() != time():
        raise _not_a_date(text)
    if not EARLIEST.year <= moment.year <= LAST_DAY.year:  # a date, but none a file keeps (0001-01-01)
        raise ValidationError("{day} is not a date icdesk keeps: choose one between 1990 and 2100.", day=text)
    return moment.date()


# -- service targets ---------------------------------------------------------------------------------
MINUTE, HOUR, DAY, WEEK = 1, 60, 24 * 60, 7 * 24 * 60
# the unit words of the five languages, as typed after a number ("4 h", "30 min", "2 giorni") or
# named in a column header ("Risposta (ore)", "first_response_minutes")
UNITS: dict[str, int] = {
    **dict.fromkeys(["m", "min", "mins", "minute", "minutes", "minuto", "minuti", "minuutti", "minuuttia",
                     "minuutin", "minutos", "мин", "минута", "минуты", "минут"], MINUTE),
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours", "ora", "ore", "t", "tunti", "tuntia", "tunnin", "hora",
                     "horas", "ч", "час", "часа", "часов"], HOUR),
    **dict.fromkeys(["d", "day", "days", "g", "gg", "giorno", "giorni", "pv", "päivä", "päivää", "päivän", "vrk",
                     "día", "días", "dia", "dias", "д", "дн", "день", "дня", "дней", "сут", "суток"], DAY),
    **dict.fromkeys(["w", "wk", "week", "weeks", "settimana", "settimane", "vk", "viikko", "viikkoa", "semana",
                     "semanas", "нед", "неделя", "недели", "недель"], WEEK),
}
_WORDS = re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?")
_AMOUNT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([^\W\d_]*\.?)\s*")
# "1 000 min" as Finnish, Spanish and Russian group thousands (a space, no-break or narrow); "1,000" and
# "1.000" are one thousand in one language and one in another: said, never guessed (one was 1000 times the other)
_GROUPED = re.compile(r"([1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+)(\s*[^\W\d_]*\.?)")
_THOUSANDS_OR_DECIMAL = re.compile(r"(?<![\d.,])[1-9]\d{0,2}[.,]\d{3}(?![\d])")


def header_unit(column: str) -> int | None:
    """The unit a column header names ("Response (hours)" -> 60), if it names exactly one."""
    found = {UNITS[word] for word in _WORDS.findall(column.casefold()) if word in UNITS and len(word) > 1}
    return found.pop() if len(found) == 1 else None


def parse_target(text: str, label: str, field: str, unit: int | None = None) -> int | None:
    """A service target in whole minutes; None for an empty cell (no target).

    Accepted: "4" (in the column's unit, hours when the header names none), "4.5" or "4,5",
    "4 h", "30 min", "2 d", "1 h 30 min", "1h30", "1:30" (hours:minutes, as a spreadsheet's
    duration cell reads), in any of the five languages' unit words.
    """
    raw = text.strip()
    typed = raw.casefold()
    if not typed or typed in EMPTY_MARKS:
        return None
    grouped = _GROUPED.fullmatch(typed)
    if grouped:  # "1 000": a space is never a decimal point, so the groups are thousands
        typed = re.sub(r"\s", "", grouped.group(1)) + grouped.group(2)
    elif _THOUSANDS_OR_DECIMAL.search(typed):
        raise ValidationError("“{text}” could be read two ways: is the comma or point there a decimal point, or does "
                              "it separate thousands? Write the number without it (1000), or with one or two "
                              "decimals (1.5).", text=raw, field=field)
    minutes = _clock_minutes(typed) if ":" in typed else _amount_minutes(typed, unit or HOUR)
    if minutes is None:
        raise ValidationError("“{text}” is not a time such as 4 h, 30 min, 1:30 or 2 d.", text=raw, field=field)
    total = round(minutes)
    if total <= 0:
        raise ValidationError("{label} must be more than zero minutes.", field=field, label=label)
    if total > MAX_TARGET_MINUTES:
        raise ValidationError("{label} cannot be more than a year.", field=field, label=label)
    return total


def _clock_minutes(typed: str) -> float | None:
    found = _CLOCK.fullmatch(typed)
    if not found:
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in found.groups())
    if minutes > 59 or seconds > 59:
        return None
    return hours * 60 + minutes + seconds / 60


def _amount_minutes(typed: str, unit: int) -> float | None:
    total, position, parts, last_word = 0.0, 0, 0, ""
    for found in _AMOUNT.finditer(typed):
        if found.start() != position:
            return None
        number, word = found.groups()
        word = word.rstrip(".")
        if word and word not in UNITS:
            return None
        if not word and parts:  # "1 h 30" means 1 h 30 min; after a bare number it means nothing
            if not last_word:
                return None
            total += float(number.replace(",", "."))
        else:
            total += float(number.replace(",", ".")) * (UNITS[word] if word else unit)
        position, parts, last_word = found.end(), parts + 1, word
    return total if parts and position == len(typed) else None


# -- choices from a list ----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=4096)  # a column of choices holds a handful of values, once per row
def _folded(text: str) -> str:
    return " ".join(re.sub(r"[-_/]", " ", text.casefold()).split())


@functools.cache
def _names(enum_cls: type[enum.Enum]) -> dict[str, enum.Enum]:
    """Every way a member is written: its stored value, and its label in each of the five languages."""
    names: dict[str, enum.Enum] = {}
    for lang in LANGUAGES:
        formatter = Formatter(lang)
        for member in enum_cls:
            names.setdefault(_folded(formatter.label(member)), member)
    for member in enum_cls:
        names[_folded(str(member.value))] = member
        names[_folded(member.name)] = member
    return names


def parse_choice(text: str, enum_cls: type[E], default: E, *, extra: dict[str, E] | None = None) -> E:
    """A value from a fixed list, by its stored name or its label in any of the five languages."""
    folded = _folded(text)
    if not folded:
        return default
    found = (extra or {}).get(folded) or _names(enum_cls).get(folded)
    if found is None and enum_cls is PersonKind and folded.startswith("owner"):
        found = PersonKind.OWNER
    if found is None:
        raise ValidationError("“{value}” is not one of: {join}.", value=text.strip(), join=tuple(enum_cls))
    return found  # type: ignore[return-value]


# -- steps ----------------------------------------------------------------------------------------------
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}\s*[.):]|[-*•·–]|\(\d{1,3}\))\s+")


def parse_steps(cells: list[str]) -> list[str]:
    """Steps one per line in a cell, or one per cell of numbered columns; "1." or "-" bullets dropped."""
    steps = []
    for cell in cells:
        for line in cell.splitlines():
            step = _NUMBERING.sub("", line).strip()
            if step:
                steps.append(step)
    return steps


_NUMBERED = re.compile(r"(.*?)[\s_#.-]*(\d{1,3})")


def first_numbered(header: list[str], column: str) -> str:
    """The lowest-numbered column named like ``column`` ("Step 1" for "Step 3"), or ``column``."""
    found = _NUMBERED.fullmatch(column)
    if not found:
        return column
    stem = found.group(1).casefold().strip()
    alike = [(int(m.group(2)), c) for c in header if (m := _NUMBERED.fullmatch(c)) and m.group(1).casefold().strip()
             == stem]
    return min(alike)[1]


def numbered_columns(header: list[str], first: str) -> list[str]:
    """``first`` and the columns after it named alike with a higher number: "Step 1", "Step 2", ..."""
    found = _NUMBERED.fullmatch(first)
    if not found:
        return [first]
    stem = found.group(1).casefold().strip()
    columns = []
    for column in header:
        other = _NUMBERED.fullmatch(column)
        if other and other.group(1).casefold().strip() == stem and int(other.group(2)) >= int(found.group(2)):
            columns.append((int(other.group(2)), column))
    return [column for _number, column in sorted(columns)] or [first]


__all__ = ["EARLIEST", "UNITS", "first_numbered", "header_unit", "numbered_columns", "parse_choice", "parse_day",
           "parse_moment", "parse_steps", "parse_target"]
