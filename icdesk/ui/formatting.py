"""How values read on screen: dates in the user's locale, due times as "in 3 h" / "2 d late"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from icdesk.domain.enums import RequestStatus
from icdesk.i18n import date_format
from icdesk.labels import CONTEXT, label
from icdesk.services.dto import RequestRow


def ui_label(value: object) -> str:
    """An enum value's name in the language of the window."""
    return QCoreApplication.translate(CONTEXT, label(value))


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format(QLocale()))


def short_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local, locale = value.astimezone(), QLocale()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def span(seconds: float) -> str:
    """'45 min', '3 h', '2 d' — the rough size of a time span."""
    seconds = abs(seconds)
    if seconds < 3600:
        return QCoreApplication.translate("Formatting", "{n} min").format(n=max(1, int(seconds // 60)))
    if seconds < 48 * 3600:
        return QCoreApplication.translate("Formatting", "{n} h").format(n=int(seconds // 3600))
    return QCoreApplication.translate("Formatting", "{n} d").format(n=int(seconds // 86400))


def hours(value: float | None) -> str:
    """A target in hours as the user reads it: "0.5 h" / "0,5 h" / "0,5 ч"."""
    if value is None:
        return "\u2013"
    number = QLocale().toString(float(value), "g", 4)
    return QCoreApplication.translate("Formatting", "{n} h").format(n=number)


def due_text(row: RequestRow, now: datetime | None = None) -> str:
    """The next deadline of an open request, relative to now."""
    now = now or datetime.now(UTC)
    if row.status in (RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.CANCELLED):
        return ""
    due = row.response_due_at if row.status is RequestStatus.NEW else row.resolution_due_at
    if row.status is RequestStatus.WAITING:
        if row.overdue:
            return QCoreApplication.translate("Formatting", "late, now waiting")
        return QCoreApplication.translate("Formatting", "paused (waiting)")
    if due is None:
        return QCoreApplication.translate("Formatting", "no target")
    delta = (due - now).total_seconds()
    if delta >= 0:
        return QCoreApplication.translate("Formatting", "in {span}").format(span=span(delta))
    return QCoreApplication.translate("Formatting", "{span} late").format(span=span(delta))
