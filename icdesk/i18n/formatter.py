"""The one formatting layer: numbers, ratings, durations, dates and plurals in five languages.

The window, the printed documents and the command line all write values through a Formatter,
so "3,9 / 5", "1 h 30 min" and "5 марта 2026 г." read the same everywhere. No Qt: documents and
the command line run without it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icdesk.i18n.catalog import LANGUAGES, catalog
from icdesk.i18n.labels import CONTEXT as LABELS_CONTEXT
from icdesk.i18n.labels import english_label
from icdesk.i18n.locales import LOCALES, RegionFormats, apply_pattern, in_region, without_date

CONTEXT = "Formatting"
DASH = "\u2013"
UTC = ZoneInfo("UTC")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English, with plural forms ("%n department(s)") resolved; for code that has no Formatter."""
    return Formatter("en").translate(context, text, disambiguation, n)


class Formatter:
    """Translations and number/date formats for one language, times shown in one time zone."""

    def __init__(self, lang: str = "en", zone: dt.tzinfo | None = None, region: RegionFormats | None = None) -> None:
        """``region``: the window's person's own numbers, dates and times (a US user reads 3/9/2026
        as March); without it, those of the language (what documents use)."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self.zone = zone or UTC
        self.region = region
        self.data = in_region(LOCALES[lang], region)
        self._catalog = catalog(lang)
        self._time_without_date = without_date(self.data.time)  # asked of every instant shown: once here
        # the texts of a list's days and times of day, which repeat: a date's by its ordinal, a time's by
        # its minute of the day (when the time's pattern writes no date); a few thousand at most
        self._day_texts: dict[int, str] = {}
        self._clock_texts: dict[int, str] = {}

    # -- words ---------------------------------------------------------------------------------
    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like Qt's translate(): with ``n`` >= 0 the plural form for n is chosen and %n filled."""
        found = self._catalog.lookup(context, text, disambiguation or "")
        if n < 0:
            return found if isinstance(found, str) else text
        if isinstance(found, tuple):
            form = found[min(self.data.plural(n), len(found) - 1)] or found[0]
        else:
            form = self._english_plural(text, n)
        return form.replace("%n", self.number(n))

    @staticmethod
    def _english_plural(text: str, n: int) -> str:
        """The source itself: "%n department(s)" -> "1 department" / "2 departments"."""
        return text.replace("(s)", "" if n == 1 else "s")

    def label(self, value: object) -> str:
        """An enum value's name in this language."""
        return self.translate(LABELS_CONTEXT, english_label(value))

    # -- numbers -------------------------------------------------------------------------------
    def number(self, value: float, decimals: int = 0) -> str:
        data = self.data
        negative = value < 0
        text = f"{abs(value):.{decimals}f}"
        whole, _, fraction = text.partition(".")
        if len(whole) > 3 and len(whole) >= 4 + data.min_grouping - 1:
            groups: list[str] = []
            while len(whole) > 3:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = data.group.join([whole, *groups])
        out = whole + (data.decimal + fraction if fraction else "")
        return (data.minus if negative and out.strip("0.,") else "") + out

    def percent(self, share: float | None) -> str:
        return DASH if share is None else self.data.percent.format(n=self.number(share * 100, 0))

    def rating(self, average: float | None) -> str:
        """An average of 1-5 ratings: "3,9 / 5"."""
        return DASH if average is None else f"{self.number(average, 1)} / 5"

    # -- durations -----------------------------------------------------------------------------
    def target(self, minutes: int | None) -> str:
        """A service target, exactly: "15 min", "4 h", "1 h 30 min", "3 d"."""
        if minutes is None:
            return DASH
        if minutes >= 2 * 24 * 60 and minutes % (24 * 60) == 0:
            return self.translate("Formatting", "{n} d").format(n=self.number(minutes // (24 * 60)))
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.translate("Formatting", "{n} min").format(n=self.number(rest))
        shown = self.translate("Formatting", "{n} h").format(n=self.number(hours))
        if rest:
            shown += " " + self.translate("Formatting", "{n} min").format(n=self.number(rest))
        return shown

    def hours(self, hours: float | None, days: bool = True) -> str:
        """A measured time, rounded the way people say it: "45 min", "2,5 h", "36 h", "5 d".
        Working time stays in hours (``days=False``): a day of 24 hours means nothing there."""
        if hours is None:
            return DASH
        if hours < 1:
            return self.translate("Formatting", "{n} min").format(n=self.number(hours * 60))
        if hours < 48 or not days:
            return self.translate("Formatting", "{n} h").format(n=self._short(hours))
        return self.translate("Formatting", "{n} d").format(n=self._short(hours / 24))

    def _short(self, value: float) -> str:
        """One decimal below ten when it matters ("2,5 h"), none otherwise ("5 d", "36 h")."""
        if value < 10 and round(value, 1) % 1:
            return self.number(value, 1)
        return self.number(value)

    def span(self, seconds: float) -> str:
        """The rough size of a time span: '45 min', '3 h', '2 d'."""
        seconds = abs(seconds)
        if seconds < 3600:
            return self.translate("Formatting", "{n} min").format(n=self.number(max(1, int(seconds // 60))))
        if seconds < 48 * 3600:
            return self.translate("Formatting", "{n} h").format(n=self.number(int(seconds // 3600)))
        return self.translate("Formatting", "{n} d").format(n=self.number(int(seconds // 86400)))

    def relative(self, due: dt.datetime, now: dt.datetime) -> str:
        """A deadline seen from now: "in 3 h" or "2 d late"."""
        delta = (due - now).total_seconds()
        if delta >= 0:
            return self.translate("Formatting", "in {span}").format(span=self.span(delta))
        return self.translate("Formatting", "{span} late").format(span=self.span(delta))

    def working_span(self, seconds: float, day_seconds: int) -> str:
        """A span of working time: '45 working min', '3 working h', '2 working days' (a working day
        is the calendar's typical day, so 16 working hours of an 8-hour office are two days)."""
        seconds = abs(seconds)
        if seconds < 3600:
            return self.translate("Formatting", "{n} working min").format(n=self.number(max(1, int(seconds // 60))))
        if seconds < 2 * day_seconds:
            return self.translate("Formatting", "{n} working h").format(n=self.number(int(seconds // 3600)))
        return self.translate("Formatting", "%n working day(s)", None, int(seconds // day_seconds))

    def deadline(self, due: dt.datetime, now: dt.datetime, working_seconds: int | None = None,
                 day_seconds: int = 24 * 3600) -> str:
        """A deadline seen from now: 'due in 3 working h (Mon 11:00)', '2 working days late'.

        ``working_seconds`` is the working time between now and the deadline in the provider's
        calendar; None for a calendar open around the clock, where every hour counts ('due in 3 h')."""
        if working_seconds is None:
            span = self.span((due - now).total_seconds())
        else:
            span = self.working_span(working_seconds, day_seconds)
        if due >= now:
            return self.translate("Formatting", "due in {span} ({when})").format(span=span, when=self.soon(due, now))
        return self.translate("Formatting", "{span} late").format(span=span)

    def soon(self, instant: dt.datetime, now: dt.datetime) -> str:
        """A moment in the coming week by its weekday ('Mon 11:00'), a later one by its date."""
        days = (self.local(instant).date() - self.local(now).date()).days
        if 0 <= days < 7:
            return f"{self.weekday_short(self.local(instant).date())} {self.time(instant)}"
        return self.datetime(instant)

    def weekday_short(self, day: dt.date) -> str:
        return self.data.weekdays_short[day.weekday()]

    def weekday(self, index: int) -> str:
        """A weekday's name, Monday being 0."""
        return self.data.weekdays[index]

    # -- dates ---------------------------------------------------------------------------------
    def local(self, instant: dt.datetime) -> dt.datetime:
        """An instant in the company's time zone."""
        return instant.astimezone(self.zone)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return apply_pattern(self.data.short_date, value.year, value.month, value.day)

    def time(self, value: dt.datetime) -> str:
        return self._clock(self.local(value))

    def _clock(self, local: dt.datetime) -> str:
        """The time of day of an instant already in the company's zone."""
        pattern = self.data.time
        if self._time_without_date:  # the same text every day: one date for all, so apply_pattern's cache finds it
            return apply_pattern(pattern, 1, 1, 1, local.hour, local.minute, (self.data.am, self.data.pm))
        return apply_pattern(pattern, local.year, local.month, local.day, local.hour, local.minute,
                             (self.data.am, self.data.pm))

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        # converted once: converting between zones is most of what a date costs in a list (an export
        # shows every rating's); the texts of its day and time are then looked up by two numbers
        local = value.astimezone(self.zone)
        day = local.toordinal()
        date_text = self._day_texts.get(day)
        if date_text is None:
            date_text = self._day_texts[day] = self.date(local)
        if not self._time_without_date:
            return f"{date_text} {self._clock(local)}"
        minute = local.hour * 60 + local.minute
        clock = self._clock_texts.get(minute)
        if clock is None:
            clock = self._clock_texts[minute] = self._clock(local)
        return f"{date_text} {clock}"

    @staticmethod
    def sentence(text: str) -> str:
        """A sentence whose last word brings its own point ("1 декабря 2026 г." + ".") ends with one."""
        return text[:-1] if text.endswith("..") and not text.endswith("...") else text

    def long_date(self, value: dt.date) -> str:
        return self.data.long_date.format(d=value.day, month=self.data.months[value.month - 1],
                                          yyyy=f"{value.year:04d}")

    def month_name(self, month: int) -> str:
        return self.data.months_standalone[month - 1]

    def month_label(self, year: int, month: int) -> str:
        """A month on a chart axis: "Mar 2026", "мар 2026"... short, with the year."""
        return f"{self.data.months_short[month - 1]} {year}"


__all__ = ["Formatter", "translate", "DASH", "LANGUAGES"]
