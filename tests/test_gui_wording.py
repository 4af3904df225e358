"""What the owner-manager reads, in English and in Russian: sentences kept apart, plurals, counts
written as the app writes numbers, and the Russian acknowledgement list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services.dashboard_sql import DashboardChanges, DashboardFigures
from icdesk.services.request_references import RequestReferences
from icdesk.services.request_writes import NewRequest, insert_requests, prepare_request
from icdesk.services.requests import RequestDraft
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.main_window import MainWindow
from icdesk.ui.screens.dashboard import DashboardScreen, signed
from icdesk.ui.screens.network import NetworkScreen
from tests.conftest import FakeClock
from tests.helpers import active_standard, small_org
from tests.pdf_text import text

NBSP = "\u00a0"


@pytest.fixture(params=["en", "ru"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    from icdesk.ui.language import apply_language

    apply_language(request.param)
    yield request.param
    apply_language("en")


def window(qtbot: QtBot, services: Services) -> MainWindow:
    main = MainWindow(services, settings=QSettings())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def test_what_is_still_to_fill_in_and_who_is_asking_are_two_sentences(qtbot: QtBot, services: Services,
                                                                      lang: str) -> None:
    small_org(services, with_standard=False)
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    said = {"en": "Still to fill in: What is needed, Asked of (department). "
                  "Say who is asking: a person or a department.",
            "ru": "Ещё нужно заполнить: Что нужно, Исполнитель (отдел). "
                  "Укажите, кто обращается: сотрудник или отдел."}[lang]
    assert dialog.missing.text() == said
    dialog.title_edit.setText("Printer")  # one left: still its own sentence
    assert dialog.missing.text().startswith({"en": "Still to fill in: Asked of (department). Say",
                                             "ru": "Ещё нужно заполнить: Исполнитель (отдел). Укажите"}[lang])
    dialog.dirty = False


def test_the_network_summary_says_one_pair(qtbot: QtBot, services: Services, clock: FakeClock, lang: str) -> None:
    org = small_org(services, with_standard=False)
    services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"]))
    main = window(qtbot, services)
    main.show_screen("network")
    screen = main.network_screen
    assert isinstance(screen, NetworkScreen)
    summary = screen.map_page.summary.text()
    assert {"en": ": 1 pair (1 shown), 0 of them two-way.",
            "ru": ": 1 пара (на карте: 1), из них двусторонних: 0."}[lang] in summary
    services.requests.create(RequestDraft("Invoice", org["acc"], requester_id=org["laura"]))
    assert {"en": ": 2 pairs (2 shown), 1 of them two-way.",
            "ru": ": 2 пары (на карте: 2), из них двусторонних: 1."}[lang] in screen.map_page.summary.text()


def test_dashboard_tiles_write_counts_and_points_as_the_app_writes_numbers(qtbot: QtBot, services: Services,
                                                                          lang: str) -> None:
    """6912 ratings, a share one point up: "(6,912 ratings)" beside the tile's "3,194", "+1 point"."""
    dashboard = DashboardScreen(services)
    qtbot.addWidget(dashboard)
    dashboard.figures = DashboardFigures(open_requests=3194, overdue_requests=0, resolved_30d=1200,
                                         within_target_30d=612, with_target_30d=1200, average_rating_30d=4.2,
                                         ratings_30d=6912, open_actions=0, overdue_actions=0)
    dashboard.changes = DashboardChanges(net_open_30d=0, missed_30d=0, missed_prev=0, resolved_prev=1000,
                                         with_target_prev=1000, within_target_prev=500, average_rating_prev=None,
                                         ratings_prev=0, open_actions_then=0, overdue_actions_then=0, months=())
    dashboard.show_figures()
    tiles = dashboard.tiles
    assert tiles["open"].value.text() == {"en": "3,194", "ru": f"3{NBSP}194"}[lang]
    assert tiles["rating"].caption.text() == {
        "en": "average rating, last 30 days (6,912 ratings)",
        "ru": f"средняя оценка за последние 30 дней (6{NBSP}912 оценок)"}[lang]
    assert tiles["resolved"].caption.text() == {
        "en": "resolved within target, last 30 days (1,200 resolved)",
        "ru": f"решено в срок за последние 30 дней (1{NBSP}200 решено)"}[lang]
    assert tiles["resolved"].change.text() == {
        "en": "\u25b2 +1 point on the 30 days before",
        "ru": "\u25b2 +1 процентный пункт по сравнению с предыдущими 30 днями"}[lang]
    dashboard.changes = DashboardChanges(0, 0, 0, 1000, 1000, 530, None, 0, 0, 0, ())  # 53 % then
    dashboard.show_figures()
    assert tiles["resolved"].change.text() == {
        "en": f"\u25bc {signed(-2)[2:]} points on the 30 days before",  # the minus as every change writes it
        "ru": f"\u25bc {signed(-2)[2:]} процентных пункта по сравнению с предыдущими 30 днями"}[lang]


def test_the_status_bar_writes_its_counts_as_the_tiles_do(qtbot: QtBot, services: Services, clock: FakeClock,
                                                          lang: str) -> None:
    org = small_org(services, with_standard=False)
    items = [NewRequest(clock.now, RequestDraft(f"Printer {i}", org["it"], requester_id=org["anna"]))
             for i in range(1234)]
    with services.db.transaction() as s:  # a busy company's open requests, written as an import writes them
        refs = RequestReferences.for_items(s, items)
        insert_requests(s, [prepare_request(refs, services.ctx.sla, item) for item in items], services.ctx.sla)
    main = window(qtbot, services)
    assert main.status_counts.text().endswith({"en": "1,234 open requests, 0 overdue",
                                               "ru": f"1{NBSP}234 открытые заявки, просрочено: 0"}[lang])
    assert main.dashboard.tiles["open"].value.text() == {"en": "1,234", "ru": f"1{NBSP}234"}[lang]


def test_the_russian_acknowledgement_list_ends_its_date_once_and_heads_the_people_column(
        services: Services, clock: FakeClock, tmp_path: Path) -> None:
    from icdesk.reports.registry import ReportSpec, build_report

    org = small_org(services, with_standard=False)
    active_standard(services, org["it"])
    clock.now = clock.now.replace(month=12, day=1)
    said = text(build_report(services, ReportSpec("acknowledgements", lang="ru"), tmp_path / "ack-ru.pdf"))
    flat = " ".join(said.split())
    assert "на 1 декабря 2026 г." in flat and "г.." not in flat
    assert "Сотрудник" in said and "Название" not in said
    english = " ".join(text(build_report(services, ReportSpec("acknowledgements"), tmp_path / "ack.pdf")).split())
    assert "in force, on 1 December 2026." in english and "Name" in english


@pytest.mark.parametrize("language,context,source,said", [
    ("es", "SupportDialog", "Support", "Apoyar"),  # a button: the verb, not "Apoyos"
    ("es", "TrendPage", "Resolved", "Resueltas"),  # beside "Recibidas": requests, plural
    ("ru", "TrendPage", "Resolved", "Решено"),  # beside "Получено"
    ("ru", "TrendPage", "all its customers", "всех его клиентов"),  # after "для": "для всех его клиентов"
    ("fi", "RoundDialog", "to", "päättyy"),  # the round's last day, not "asiakkaalle" (to a customer)
])
def test_words_a_tester_found_wrong_read_right(language: str, context: str, source: str, said: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from icdesk.ui.language import apply_language

    apply_language(language)
    try:
        assert QCoreApplication.translate(context, source) == said
    finally:
        apply_language("en")


def test_the_monthly_rating_chart_says_when_anonymous_ratings_wait(qtbot: QtBot, services: Services) -> None:
    """The tile said 1,7 / 5 for three ratings, the chart about 1,5 for December: its two anonymous ratings
    were held back until enough people gave them, and nothing said so."""
    from icdesk.domain.enums import RequestStatus
    from icdesk.services.feedback import FeedbackDraft

    services.company.save("Hotel", time_zone="UTC")
    org = small_org(services, with_standard=False)
    for rating, anonymous in ((1, False), (2, True), (2, True), (3, True)):
        number = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"])).row.id
        services.requests.transition(number, RequestStatus.IN_PROGRESS)
        services.requests.transition(number, RequestStatus.RESOLVED)
        services.feedback.give(FeedbackDraft(rating=rating, request_id=number, anonymous=anonymous,
                                             author_id=None if anonymous else org["anna"]))
    dashboard = DashboardScreen(services)
    qtbot.addWidget(dashboard)
    dashboard.refresh_changes()
    threshold = services.network.anonymity_threshold()
    dashboard.show()
    assert dashboard.rating_note.isVisible()
    assert dashboard.rating_note.text() == f"Anonymous ratings count once {threshold} are given in a month (3 waiting)."
    services.network.set_anonymity_threshold(3)
    dashboard.refresh_changes()
    assert not dashboard.rating_note.isVisible()


def test_a_share_of_resolved_requests_that_cannot_be_given_says_why(qtbot: QtBot, services: Services) -> None:
    """One request resolved, none with a target: the tile read "– resolved within target (1 resolved)"."""
    dashboard = DashboardScreen(services)
    qtbot.addWidget(dashboard)
    dashboard.figures = DashboardFigures(open_requests=0, overdue_requests=0, resolved_30d=1, within_target_30d=0,
                                         with_target_30d=0, average_rating_30d=None, ratings_30d=0, open_actions=0,
                                         overdue_actions=0)
    dashboard.changes = DashboardChanges(0, 0, 0, 0, 0, 0, None, 0, 0, 0, ())
    dashboard.show_figures()
    tile = dashboard.tiles["resolved"]
    assert tile.value.text() == "\u2013"
    assert tile.change.text() == ("none of them had a deadline to resolve by: a standard's resolution target or a "
                                  "day needed by gives one")
