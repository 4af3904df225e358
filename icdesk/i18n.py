"""Translation and locale formatting shared by the window, the PDFs and the CLI.

Only QtCore is used here (no display needed), so the CLI and the reports translate the same way
the GUI does: Qt ``.qm`` catalogues looked up by context and source text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTranslator

from icdesk.paths import resource

LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "fi": "Suomi",
    "es": "Español",
    "ru": "Русский",
}


def translation_file(lang: str) -> str:
    return str(resource("translations", f"icdesk_{lang}.qm"))


def date_format(locale: QLocale) -> str:
    """The locale's short date order and separators, with a four-digit year (no "09/03/26")."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class Translator:
    """Translations and number/date formats for one language."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        # British English: day before month, as everywhere else our users live
        self.locale = QLocale("en_GB" if lang == "en" else lang)
        self._qt = QTranslator()
        self._loaded = lang != "en" and self._qt.load(translation_file(lang))

    def translate(self, context: str, text: str) -> str:
        if self._loaded:
            translated = self._qt.translate(context, text)
            if translated:
                return translated
        return text

    def _date_format(self) -> str:
        return date_format(self.locale)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), self._date_format())

    def long_date(self, value: dt.date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone()
        qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        time_format = self.locale.timeFormat(QLocale.FormatType.ShortFormat)
        return self.locale.toString(qdt, f"{self._date_format()} {time_format}")

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self.locale.toString(int(round(value)))
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, share: float | None) -> str:
        return "\u2013" if share is None else f"{self.number(share * 100, 0)}\u00a0%"

    def hours(self, hours: float | None) -> str:
        if hours is None:
            return "\u2013"
        if hours < 1:
            return self.translate("Units", "{n} min").format(n=self.number(hours * 60))
        if hours < 48:
            return self.translate("Units", "{n} h").format(n=self._short(hours))
        return self.translate("Units", "{n} d").format(n=self._short(hours / 24))

    def _short(self, value: float) -> str:
        """One decimal below ten when it matters ("2,5 h"), none otherwise ("5 d", "36 h")."""
        if value < 10 and round(value, 1) % 1:
            return self.number(value, 1)
        return self.number(value)
