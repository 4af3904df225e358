"""Dates, times and numbers in the window follow the person's region; the words stay in the language
chosen, and documents keep their language's formats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from icdesk.i18n import Formatter
from icdesk.services import Services
from icdesk.ui.formatting import fmt, qt_date_format, set_region, set_zone
from icdesk.ui.region import region_formats, system_region

NINTH_OF_MARCH = dt.date(2026, 3, 9)
AFTERNOON = dt.datetime(2026, 3, 9, 15, 5, tzinfo=dt.UTC)


@pytest.fixture
def region() -> Iterator[None]:
    from icdesk.ui.language import apply_language

    set_zone(dt.UTC)  # times in UTC here, whatever company an earlier test opened
    yield
    set_region(None)
    apply_language("en")


def test_qt_calendars_and_number_fields_follow_the_region_too(region: None) -> None:
    from icdesk.ui.language import apply_language

    set_region(region_formats(QLocale("en_US")))
    apply_language("en")
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday and QLocale().language() == QLocale.Language.English
    set_region(region_formats(QLocale("de_DE")))
    apply_language("en")
    assert QLocale().decimalPoint() == "," and QLocale().language() == QLocale.Language.English
    set_region(None)
    apply_language("en")
    assert QLocale() == QLocale("en_GB")


@pytest.mark.parametrize(("lang", "date", "time", "number"), [
    ("en_US.UTF-8", "3/9/2026", "3:05\u202fPM", "12,345.5"),
    ("de_DE.UTF-8", "09.03.2026", "15:05", "12.345,5"),
    ("fr_CA.UTF-8", "2026-03-09", "15 h 05", "12\u00a0345,5"),
    ("en_GB.UTF-8", "09/03/2026", "15:05", "12,345.5"),
    ("it_IT.UTF-8", "09/03/2026", "15:05", "12.345,5"),
])
def test_the_window_writes_dates_as_the_region_of_the_system_does(monkeypatch: pytest.MonkeyPatch, region: None,
                                                                  lang: str, date: str, time: str,
                                                                  number: str) -> None:
    monkeypatch.setenv("LANG", lang)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    set_region(region_formats(system_region()))
    assert fmt().date(NINTH_OF_MARCH) == date
    assert fmt().datetime(AFTERNOON) == f"{date} {time}"
    assert fmt().number(12345.5, 1) == number
    assert fmt().lang == "en"  # the words stay in the language chosen
    assert fmt().long_date(NINTH_OF_MARCH) == "9 March 2026"
    assert QDate(2026, 3, 9).toString(qt_date_format()) == date  # what a date field shows and reads


def test_lc_all_and_lc_time_come_before_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert system_region() == QLocale("en_US")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert system_region() == QLocale("de_DE")


@pytest.mark.parametrize("value", ["C", "C.UTF-8", "POSIX", ""])
def test_no_region_keeps_the_language_formats(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    for variable in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", value)
    assert system_region() is None
    assert Formatter("en", region=region_formats(None)).date(NINTH_OF_MARCH) == "09/03/2026"


def test_an_italian_window_in_the_united_states_has_italian_words_and_american_dates(region: None) -> None:
    formatter = Formatter("it", region=region_formats(QLocale("en_US")))
    assert formatter.date(NINTH_OF_MARCH) == "3/9/2026"
    assert formatter.long_date(NINTH_OF_MARCH) == "9 marzo 2026"


def test_documents_keep_their_language_formats(region: None) -> None:
    set_region(region_formats(QLocale("en_US")))
    assert Formatter("en").date(NINTH_OF_MARCH) == "09/03/2026"
    assert Formatter("it").date(NINTH_OF_MARCH) == "09/03/2026"


def test_the_requests_list_shows_the_date_a_us_user_reads(qtbot: QtBot, services: Services, region: None) -> None:
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.main_window import MainWindow
    from tests.helpers import small_org

    set_region(region_formats(QLocale("en_US")))
    org = small_org(services)
    services.requests.create(RequestDraft(title="Printer", provider_id=org["it"], requester_id=org["anna"]))
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("requests")
    model = window.requests_screen.request_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    logged = [c for c, (_h, key) in enumerate(model.columns) if key == "created"][0]
    assert model.index(0, logged).data() == "3/2/2026"  # the test clock's 2 March 2026
