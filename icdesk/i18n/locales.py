"""What differs between the five languages when a number or a date is written.

Kept as data, without Qt, so the window, the documents and the command line write "3,9 / 5" and
"5.3.2026" the same way. The values are those of Qt's CLDR tables for these locales (a test keeps
them in step with QLocale).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache


def _plural_two(n: int) -> int:
    return 0 if n == 1 else 1


def _plural_russian(n: int) -> int:
    """one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 25-30...): the forms of Qt's .ts files."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@dataclass(frozen=True)
class LocaleData:
    decimal: str
    group: str
    short_date: str  # Qt-style pattern: d, dd, M, MM, yyyy
    time: str  # H, HH, mm
    long_date: str  # {d} {month} {yyyy}; month in its "of" form where the language has one
    months: tuple[str, ...]  # as in a date ("5 marzo", "5 марта", "5. maaliskuuta")
    months_standalone: tuple[str, ...]  # on their own ("marzo", "март", "maaliskuu")
    months_short: tuple[str, ...]  # chart axes
    plural: Callable[[int], int]
    weekdays: tuple[str, ...] = ()  # Monday first, on their own ("lunedì", "понедельник")
    weekdays_short: tuple[str, ...] = ()  # "Mon 11:00"
    min_grouping: int = 1  # Italian and Spanish write 1234 but 12.345
    minus: str = "-"
    am: str = "AM"  # for a region that writes 3:30 PM (its time pattern has h and AP)
    pm: str = "PM"
    percent: str = "{n}\u00a0%"  # CLDR: "81 %" in Finnish, Spanish and Russian; "81%" in English and Italian


@dataclass(frozen=True)
class RegionFormats:
    """How the person's region writes numbers, dates and times, whatever language the words are in:
    a window in English in the United States writes 3/9/2026, in Germany 09.03.2026. Read from the
    system by the window (the documents keep their own language's formats)."""

    name: str  # "en_US"
    decimal: str
    group: str
    short_date: str  # Qt-style pattern, with a four-digit year
    time: str  # may hold h (12-hour), AP and 'quoted' text
    minus: str = "-"
    min_grouping: int = 1
    am: str = "AM"
    pm: str = "PM"


def in_region(data: LocaleData, region: RegionFormats | None) -> LocaleData:
    """A language's words (month and day names, plurals) with a region's numbers, dates and times."""
    if region is None:
        return data
    return replace(data, decimal=region.decimal, group=region.group, short_date=region.short_date,
                   time=region.time, minus=region.minus, min_grouping=region.min_grouping, am=region.am,
                   pm=region.pm)


LOCALES: dict[str, LocaleData] = {
    # British English: day before month, as everywhere else our users live
    "en": LocaleData(
        ".", ",", "dd/MM/yyyy", "HH:mm", "{d} {month} {yyyy}",
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
        _plural_two,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), percent="{n}%",
    ),
    "it": LocaleData(
        ",", ".", "dd/MM/yyyy", "HH:mm", "{d} {month} {yyyy}",
        ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
         "novembre", "dicembre"),
        ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
         "novembre", "dicembre"),
        ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
        _plural_two,
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        ("lun", "mar", "mer", "gio", "ven", "sab", "dom"), min_grouping=2, percent="{n}%",
    ),
    "fi": LocaleData(
        ",", "\u00a0", "d.M.yyyy", "H.mm", "{d}. {month} {yyyy}",
        ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
         "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
        ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
         "lokakuu", "marraskuu", "joulukuu"),
        ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"),
        _plural_two,
        ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
        ("ma", "ti", "ke", "to", "pe", "la", "su"), minus="\u2212",
    ),
    "es": LocaleData(
        ",", ".", "d/M/yyyy", "H:mm", "{d} de {month} de {yyyy}",
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
        _plural_two,
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"), min_grouping=2,
    ),
    "ru": LocaleData(
        ",", "\u00a0", "dd.MM.yyyy", "HH:mm", "{d} {month} {yyyy}\u00a0г.",
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
         "ноября", "декабря"),
        ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
         "ноябрь", "декабрь"),
        ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."),
        _plural_russian,
        ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    ),
}


@lru_cache(maxsize=32)
def without_date(pattern: str) -> bool:
    """A pattern that writes no day, month or year: the same text for a time of day on every date."""
    return not any(letter in pattern for letter in "dMy")


@lru_cache(maxsize=8192)  # a list's dates repeat (days, minutes): an export of 460,000 ratings formats each once
def apply_pattern(pattern: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0,
                  am_pm: tuple[str, str] = ("AM", "PM")) -> str:
    """Fill a Qt-style date/time pattern: d, M, y, H, h (12-hour), m, AP/ap/Ap and 'quoted' text."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":  # literal text; '' is a quote itself
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            out.append(pattern[i + 1:end] or "'")
            i = end + 1
            continue
        run = 1
        while i + run < len(pattern) and pattern[i + run] == ch:
            run += 1
        if ch == "d":
            out.append(f"{day:0{run}d}")
        elif ch == "M":
            out.append(f"{month:0{run}d}")
        elif ch == "y":
            out.append(f"{year:04d}" if run >= 4 else f"{year % 100:02d}")
        elif ch == "H":
            out.append(f"{hour:0{run}d}")
        elif ch == "h":
            out.append(f"{(hour % 12 or 12):0{run}d}")
        elif ch == "m":
            out.append(f"{minute:0{run}d}")
        elif ch in "Aa":
            marker = pattern[i:i + 2] if pattern[i + 1:i + 2] in ("p", "P") else ch
            text = am_pm[0] if hour < 12 else am_pm[1]
            out.append(text.upper() if marker in ("A", "AP") else text.lower() if marker in ("a", "ap") else text)
            run = len(marker)
        else:
            out.append(ch * run)
        i += run
    return "".join(out)
