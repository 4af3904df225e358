"""One formatting layer, without Qt, for window, documents and command line: the same numbers,
dates, durations and plurals as Qt's own locale tables, in the company's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale

from icdesk.i18n import Formatter
from icdesk.i18n.catalog import Catalog
from icdesk.i18n.locales import LOCALES

QT_NAMES = {"en": "en_GB", "it": "it", "fi": "fi", "es": "es", "ru": "ru"}


@pytest.mark.parametrize("lang", list(QT_NAMES))
def test_numbers_and_dates_read_as_qt_writes_them(lang: str) -> None:
    """Our tables are kept in step with Qt's CLDR data for the five languages."""
    qt, ours = QLocale(QT_NAMES[lang]), Formatter(lang)
    for value in (7, 999, 1234, 12345, 1234567, -1234):
        assert ours.number(value) == qt.toString(value), value
    for value, decimals in ((3.95, 1), (0.25, 2), (1234.5, 1)):
        assert ours.number(value, decimals) == qt.toString(value, "f", decimals)
    qt_format = qt.dateFormat(QLocale.FormatType.ShortFormat)
    qt_format = qt_format if "yyyy" in qt_format else qt_format.replace("yy", "yyyy")
    for day in (date(2026, 3, 5), date(2026, 11, 30)):
        assert ours.date(day) == qt.toString(QDate(day.year, day.month, day.day), qt_format)
    assert [ours.month_name(m) for m in range(1, 13)] == [
        qt.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)]


def test_ratings_percentages_and_targets_in_every_language() -> None:
    assert Formatter("it").rating(3.9) == "3,9 / 5" and Formatter("en").rating(3.9) == "3.9 / 5"
    assert Formatter("fi").percent(0.81) == "81\u00a0%" and Formatter("en").rating(None) == "\u2013"
    # as each language writes it (CLDR): the Italian column "90% risolte entro" beside "79%", not "79 %"
    assert [Formatter(lang).percent(0.79) for lang in ("en", "it", "es", "ru")] == [
        "79%", "79%", "79\u00a0%", "79\u00a0%"]
    en, ru = Formatter("en"), Formatter("ru")
    assert [en.target(m) for m in (15, 60, 90, 24 * 60, 3 * 24 * 60, None)] == [
        "15 min", "1 h", "1 h 30 min", "24 h", "3 d", "\u2013"]
    assert ru.target(90) == "1 ч 30 мин"
    assert Formatter("es").long_date(date(2026, 3, 5)) == "5 de marzo de 2026"
    assert Formatter("ru").long_date(date(2026, 3, 5)) == "5 марта 2026\u00a0г."


def test_times_are_shown_in_the_company_time_zone_whatever_this_pc_uses() -> None:
    instant = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert Formatter("it", ZoneInfo("Europe/Rome")).datetime(instant) == "02/03/2026 10:00"
    assert Formatter("fi", ZoneInfo("Europe/Helsinki")).datetime(instant) == "2.3.2026 11.00"
    # summer time: Rome is two hours ahead in July
    assert Formatter("it", ZoneInfo("Europe/Rome")).time(datetime(2026, 7, 1, 9, 0, tzinfo=UTC)) == "11:00"


def test_plural_forms_follow_each_language() -> None:
    russian = LOCALES["ru"].plural
    assert [russian(n) for n in (1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111)] == [0, 1, 1, 2, 2, 2, 0, 1, 2, 0, 2]
    ru = Formatter("ru")
    ru._catalog = Catalog({("Test", "%n department(s)", ""): ("%n отдел", "%n отдела", "%n отделов")})
    assert [ru.translate("Test", "%n department(s)", n=n) for n in (1, 3, 5, 21)] == [
        "1 отдел", "3 отдела", "5 отделов", "21 отдел"]
    en = Formatter("en")
    assert [en.translate("Test", "%n department(s)", n=n) for n in (1, 2)] == ["1 department", "2 departments"]


def test_the_window_writes_ratings_the_way_the_documents_do(qtbot: object, services: object) -> None:
    """The Departments & People overview in Italian: "4,0 / 5", as in the printed scorecard."""
    from pytestqt.qtbot import QtBot

    from icdesk.services import Services
    from icdesk.services.feedback import FeedbackDraft
    from icdesk.ui.language import apply_language
    from icdesk.ui.screens.organisation import OrganisationScreen

    assert isinstance(qtbot, QtBot) and isinstance(services, Services)
    it = services.departments.create("IT")
    for rating in (4, 4):
        services.feedback.give(FeedbackDraft(rating=rating, department_id=it.id))
    apply_language("it")
    try:
        screen = OrganisationScreen(services)
        qtbot.addWidget(screen)
        screen.show()
        assert "4,0 / 5" in screen.departments.detail.toPlainText()
    finally:
        apply_language("en")


@pytest.mark.parametrize("lang", list(QT_NAMES))
def test_weekday_names_read_as_qt_writes_them(lang: str) -> None:
    qt, ours = QLocale(QT_NAMES[lang]), Formatter(lang)
    assert [ours.weekday(d) for d in range(7)] == [
        qt.standaloneDayName(d, QLocale.FormatType.LongFormat) for d in range(1, 8)]
    assert [ours.weekday_short(date(2026, 3, 2 + d)) for d in range(7)] == [
        qt.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


def test_deadlines_in_working_time() -> None:
    rome = ZoneInfo("Europe/Rome")
    en, ru = Formatter("en", rome), Formatter("ru", rome)
    now = datetime(2026, 3, 6, 15, 30, tzinfo=UTC)  # Friday 16:30 in Rome
    due = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)  # Monday 11:00 in Rome
    assert en.deadline(due, now, 3 * 3600, 8 * 3600) == "due in 3 working h (Mon 11:00)"
    assert en.deadline(now, due, 16 * 3600, 8 * 3600) == "2 working days late"
    assert en.deadline(now, due, 20 * 60, 8 * 3600) == "20 working min late"
    assert en.deadline(due, now) == "due in 2 d (Mon 11:00)"  # around the clock: every hour counts
    assert en.deadline(datetime(2026, 3, 20, 10, 0, tzinfo=UTC), now, 3600, 8 * 3600) == \
        "due in 1 working h (20/03/2026 11:00)"
    # Russian has three plural forms
    assert [ru.working_span(n * 8 * 3600, 8 * 3600).split()[1] for n in (2, 5, 21)] == [
        "рабочих", "рабочих", "рабочий"]


@pytest.mark.parametrize("zone", ["Europe/Rome", "America/New_York", "Australia/Adelaide", "Asia/Kolkata"])
def test_an_instant_reads_as_its_date_and_time_of_day_across_summer_time(zone: str) -> None:
    """Formatter.datetime keeps the texts of the days and times of day it wrote: every instant still
    reads as its own date and time in the company's zone, over the nights the clocks change (Adelaide's
    by half an hour), in every language and in a region with a 12-hour clock."""
    from datetime import timedelta

    from icdesk.i18n.locales import RegionFormats

    us = RegionFormats("en_US", ".", ",", "M/d/yyyy", "h:mm AP")
    starts = [datetime(2026, 3, 28, 12, tzinfo=UTC), datetime(2026, 10, 3, 12, tzinfo=UTC),
              datetime(2026, 10, 24, 12, tzinfo=UTC), datetime(2026, 11, 1, 0, tzinfo=UTC)]
    instants = [start + timedelta(minutes=7 * i, seconds=i % 60) for start in starts for i in range(600)]
    for formatter in [Formatter(lang, ZoneInfo(zone)) for lang in ("en", "it", "fi", "ru", "es")] + [
            Formatter("en", ZoneInfo(zone), us)]:
        for _ in range(2):  # written anew, then from what it kept
            assert [formatter.datetime(v) for v in instants] == [
                f"{formatter.date(formatter.local(v).date())} {formatter.time(v)}" for v in instants]
    assert Formatter("en", ZoneInfo(zone), us).datetime(datetime(2026, 3, 2, 21, 5, tzinfo=UTC)).endswith("M")
