"""Everything fits a laptop screen: dialogs and the window open within the screen they are on,
their buttons in view, and the window can be made as small as 1024x700."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.language import apply_language
from tests.gui_helpers import window_showing

TITLE_BAR = 30


@pytest.fixture
def language() -> Iterator[None]:
    yield
    apply_language("en")


def area_of(widget: QWidget) -> QRect:
    screen = widget.screen()
    assert screen is not None
    return screen.availableGeometry()


def assert_on_screen(window: QWidget) -> None:
    area = area_of(window)
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    if window.isMaximized():  # its title bar is within the screen's area
        return
    # the offscreen frame is 2 px; on a desktop the title bar takes some 30 px more
    assert window.frameGeometry().height() + TITLE_BAR <= area.height(), (window.frameGeometry(), area)


def assert_buttons_in_view(dialog: QWidget, texts: list[str]) -> None:
    """Each button is shown, wholly inside the dialog, and not in a part that scrolls away."""
    shown = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)}
    for text in (t.replace("&", "") for t in texts):  # Alt+letter markers are not seen
        assert text in shown, (text, sorted(shown))
        button = shown[text]
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(where), (text, where, dialog.rect())
        parent = button.parentWidget()
        while parent is not None and parent is not dialog:
            assert not isinstance(parent, QScrollArea), f"{text} scrolls out of view"
            parent = parent.parentWidget()


def test_a_new_standard_opens_within_the_screen_with_its_buttons_in_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.standard import StandardDialog

    dialog = StandardDialog(hotel, department_id=hotel.departments.find_by_name("Front Office").id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_on_screen(dialog)
    assert_buttons_in_view(dialog, ["Save draft", "Cancel", "Send for review\u2026"])


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_standard_in_review_keeps_approve_and_close_in_view(qtbot: QtBot, hotel: Services, lang: str,
                                                              language: None) -> None:
    from icdesk.ui.dialogs.standard import StandardDialog
    from tests.helpers import approver_for

    apply_language(lang)
    [draft, *_] = [s for s in hotel.standards.list() if s.department_name == "Front Office"]
    version = hotel.standards.versions(draft.standard_id)[-1]
    new = hotel.standards.new_version(draft.standard_id) if version.status.value == "active" else version
    hotel.standards.submit(new.id, approver_for(hotel, new))
    dialog = StandardDialog(hotel, draft.standard_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_on_screen(dialog)
    assert_buttons_in_view(dialog, [dialog.publish_button.text(), dialog.send_back_button.text(),
                                    dialog.history_button.text(), dialog.tr("Close")])


def test_import_opens_within_the_screen_with_import_and_close_in_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.import_file import ImportDialog

    dialog = ImportDialog(hotel)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_on_screen(dialog)
    assert_buttons_in_view(dialog, ["Import", "Close"])


def test_the_window_opens_within_the_screen_the_first_time(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    assert_on_screen(window)
    assert window.statusBar().isVisible()
    assert window.isMaximized()  # 1280x800 does not fit 768 pixels: the window takes the screen


def test_a_size_remembered_from_a_larger_monitor_is_not_used_on_the_laptop(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.main_window import MainWindow

    settings = QSettings()
    first = MainWindow(hotel, settings=settings)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(300, 200, 1800, 1000)  # as it was on the office's monitor
    settings.setValue("geometry", first.saveGeometry())
    window = MainWindow(hotel, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert_on_screen(window)
    assert window.statusBar().isVisible()


def as_saved_on_a_screen_wide(geometry: QByteArray, width: int) -> QByteArray:
    """The same saved geometry as if the window had been closed on a monitor ``width`` pixels wide: Qt
    writes that width after the window's place and state (format 3, bytes 46 to 49)."""
    data = bytearray(bytes(geometry.data()))
    assert data[:6] == bytes.fromhex("01d9d0cb0003"), data.hex()
    data[46:50] = width.to_bytes(4, "big")
    return QByteArray(bytes(data))


def test_a_size_saved_on_a_wider_monitor_comes_back_exactly_when_it_fits(qtbot: QtBot, hotel: Services) -> None:
    """1400x900 left on a 2560-pixel monitor came back as 1280x800 on a 1920-pixel one: Qt's restoreGeometry
    refuses a geometry saved on a screen more than a quarter wider. Here the size is chosen to fit the test's
    own screen (whatever the offscreen platform was given), and the monitor it was saved on is twice as wide."""
    from icdesk.ui.main_window import MainWindow

    settings = QSettings()
    first = MainWindow(hotel, settings=settings)
    qtbot.addWidget(first)
    first.show()
    area = area_of(first)
    size = (min(1400, area.width() - 120), min(900, area.height() - 100))
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(area.left() + 40, area.top() + 30, *size)
    first.close()
    saved = as_saved_on_a_screen_wide(settings.value("geometry"), 2 * area.width())
    settings.setValue("geometry", saved)
    assert not QMainWindow().restoreGeometry(saved), "Qt itself refuses it: the case of the report"
    window = MainWindow(hotel, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.isMaximized()
    assert window.geometry().getRect() == (area.left() + 40, area.top() + 30, *size)
    assert_on_screen(window)


def test_a_size_larger_than_the_screen_is_shrunk_to_it_not_replaced(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.screen_room import FRAME_ALLOWANCE

    settings = QSettings()
    first = MainWindow(hotel, settings=settings)
    qtbot.addWidget(first)
    first.show()
    area = area_of(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(area.left() + 10, area.top() + 10, area.width() + 400, area.height() + 300)
    first.close()
    window = MainWindow(hotel, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert_on_screen(window)
    assert not window.isMaximized()  # as the person left it: only made to fit
    assert window.width() == area.width() - FRAME_ALLOWANCE.width()
    assert window.height() == area.height() - FRAME_ALLOWANCE.height()


def test_a_size_that_fits_is_remembered(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.main_window import MainWindow

    settings = QSettings()
    first = MainWindow(hotel, settings=settings)
    qtbot.addWidget(first)
    first.show()
    area = area_of(first)  # 1000x600 unless the offscreen platform was given a smaller screen than the laptop's
    size = (min(1000, area.width() - 120), min(600, area.height() - 100))
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(area.left() + 100, area.top() + 60, *size)
    first.close()
    window = MainWindow(hotel, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.isMaximized()
    assert (window.width(), window.height()) == size


def test_the_requests_list_shows_number_title_status_and_due_first(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("requests")
    table = window.requests_screen.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    shown = [str(table.model().headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)) for v in range(4)]
    assert shown == ["#", "Title", "Status", "Due"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_window_can_be_made_1024_by_700_with_every_screen_filled(qtbot: QtBot, hotel: Services, lang: str,
                                                                     language: None) -> None:
    """Russian has the longest labels; every screen is shown once, so its rows and filters are filled."""
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.screens.registry import SCREENS

    apply_language(lang)
    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    for spec in SCREENS:
        window.show_screen(spec.key)
        qtbot.wait(1)
        least = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert least.width() <= 1024 and least.height() <= 700, (spec.key, least)
    window.resize(1024, 700)
    assert (window.width(), window.height()) == (1024, 700)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_title_of_a_request_keeps_room_to_be_read(qtbot: QtBot, hotel: Services, size: tuple[int, int]) -> None:
    """The text column takes the stretch; the names, dates and states beside it give way first."""
    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_screen("requests")
    screen = window.requests_screen
    qtbot.waitUntil(lambda: screen.table.model().rowCount() > 0)
    qtbot.wait(1)
    table = screen.table
    title = table.horizontalHeader().sectionSize(1)
    wanted = table.fontMetrics().horizontalAdvance("Computer for new receptionist") + 8
    assert title >= min(wanted, table.viewport().width() * 2 // 5 - 8), (title, wanted, table.viewport().width())


def test_dates_and_stars_stay_whole_when_a_window_opened_small_is_made_larger(qtbot: QtBot, hotel: Services,
                                                                              language: None) -> None:
    """Feedback seen first in a small window and then maximised, in Italian: every column but the comment
    stayed at its heading's width ("02/12/2026 03:…"), the comment took all the new room."""
    from icdesk.services.feedback import FeedbackDraft
    from icdesk.ui.main_window import MainWindow

    kitchen = next(d.id for d in hotel.departments.list() if d.name == "Kitchen")
    hotel.feedback.give(FeedbackDraft(rating=2, department_id=kitchen, anonymous=True, comment=(
        "The breakfast trays came late again and nobody told the front desk, so guests waited " * 3).strip()))
    apply_language("it")
    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.show_screen("feedback")
    screen = window.screen_of("feedback")
    table = screen.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    metrics, model = table.fontMetrics(), table.model()
    # given (a date and time), the stars, the request's number, the breakdown point, who gave it: the comment
    # is cut anyway (its detail panel holds it whole), the names beside it were cut to "Alessandro …"
    for column in (0, 2, 3, 4, 5):
        widest = max(metrics.horizontalAdvance(str(model.index(row, column).data() or "")) for row in range(20))
        assert table.columnWidth(column) >= widest + 8, (column, table.columnWidth(column), widest)


@pytest.mark.parametrize(("lang", "key", "text"), [("en", "feedback", "Any breakdown point"),
                                                    ("ru", "standards", "Любое состояние")])
def test_a_filter_shows_its_whole_choice_where_the_row_has_room(qtbot: QtBot, hotel: Services, lang: str, key: str,
                                                               text: str, language: None) -> None:
    from PySide6.QtWidgets import QComboBox

    from icdesk.ui.main_window import MainWindow

    apply_language(lang)
    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_screen(key)
    qtbot.wait(1)
    [combo] = [c for c in window.screen_of(key).findChildren(QComboBox) if c.currentText() == text]
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 24, (combo.width(), text)


@pytest.mark.parametrize("lang", ["en", "ru", "fi"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_request_filters_show_their_whole_choice_on_a_small_window(
        qtbot: QtBot, hotel: Services, lang: str, size: tuple[int, int], language: None) -> None:
    """Not "All statuse" or "Любой при": each filter is as wide as what it shows (and a fixed list
    as its longest choice); where the row has no room left they go onto a next line, inside the screen."""
    from PySide6.QtGui import QFontMetrics

    from icdesk.ui.main_window import MainWindow

    # a long department name makes its pickers wide: the short filters beside them were the ones cut
    hotel.departments.create("Food and Beverage Service, Banqueting and Conference Catering Team")
    apply_language(lang)
    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_screen("requests")
    screen = window.requests_screen
    qtbot.waitUntil(lambda: screen.table.model().rowCount() > 0)
    qtbot.wait(1)
    for combo in (screen.status, screen.priority, screen.provider, screen.requester_dept, screen.assignee):
        metrics = QFontMetrics(combo.font())
        text = combo.currentText()
        assert combo.isVisible() and combo.width() >= metrics.horizontalAdvance(text) + 24, (text, combo.width())
        where = QRect(combo.mapTo(screen, combo.rect().topLeft()), combo.size())
        assert screen.rect().contains(where), (text, where, screen.rect())
    for combo in (screen.status, screen.priority):  # a fixed list: every choice shows whole when picked
        longest = max((combo.itemText(i) for i in range(combo.count())), key=metrics.horizontalAdvance)
        assert combo.width() >= metrics.horizontalAdvance(longest) + 24, (longest, combo.width())


def test_the_pair_matrix_has_room_for_the_longest_department_name(qtbot: QtBot, hotel: Services) -> None:
    """The column names are written upwards in bold: the header is measured in that bold, so
    "Sales & Marketing" is not cut at the top."""
    from PySide6.QtGui import QFont, QFontMetrics

    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_screen("network")
    network = window.screen_of("network")
    network.tabs.setCurrentWidget(network.matrix_page)
    header = network.matrix_page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.count() > 0)
    names = [str(header.model().headerData(i, Qt.Orientation.Horizontal)) for i in range(header.count())]
    assert "Sales & Marketing" in names
    bold = QFont(header.font())
    bold.setBold(True)
    # drawn upwards from 6 px above the header's bottom edge
    assert header.height() - 6 >= QFontMetrics(bold).horizontalAdvance("Sales & Marketing"), header.height()


def test_the_report_period_labels_show_whole(qtbot: QtBot, hotel: Services) -> None:
    """"To" was cut to "Tc": its "o" reaches past the letters' advance, which sized the label."""
    from PySide6.QtWidgets import QLabel

    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.show_screen("reports")
    reports = window.screen_of("reports")
    labels = {label.text().replace("&", ""): label for label in reports.findChildren(QLabel)}
    for text in ("From", "To", "Document"):
        label = labels[text]
        ink = label.fontMetrics().boundingRect(text)
        assert label.minimumSizeHint().width() >= ink.width() + 1, (text, label.minimumSizeHint(), ink)


def test_the_last_column_is_measured_by_its_dates_not_by_the_room_it_stretched_to(qtbot: QtBot, services: Services,
                                                                                   language: None) -> None:
    """Russian, 1366x768: "Создана" (ten-character dates) took 140 px, measured while it stretched to the
    table's edge as the last column, and "Хозяйственная служба" beside it was cut to "Хозяйственная слу…"."""
    from icdesk.services.requests import RequestDraft

    housekeeping = services.departments.create("Хозяйственная служба").id
    reception = services.departments.create("Служба приёма и размещения").id
    asking = services.people.create("Иван Петров", department_id=reception).id
    for title in ("Срочно убрать номер 305", "Нет полотенец в 210", "Заменить лампу в холле"):
        services.requests.create(RequestDraft(title, housekeeping, requester_id=asking))
    window = window_showing(qtbot, services, "requests", lang="ru")
    screen = window.requests_screen
    table, model = screen.table, screen.request_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    provider = next(c for c in range(model.columnCount()) if model.index(0, c).data() == "Хозяйственная служба")
    created = model.columnCount() - 2  # the date it was logged, the last column shown
    assert table.columnWidth(provider) >= table.fontMetrics().horizontalAdvance("Хозяйственная служба") + 8
    assert table.columnWidth(created) <= table.fontMetrics().horizontalAdvance("Создана") + 60


def test_a_crowded_list_puts_long_headings_on_two_lines_before_it_cuts_a_value(qtbot: QtBot, services: Services,
                                                                                 language: None) -> None:
    """Russian standards at 1366x768: "Первый ответ" over "–" kept 132 px and "Следующий пересмотр" 176 while the
    standard's name and its department were cut ("Уборка номера после выезд…", "Хозяйственная с…")."""
    from icdesk.services.standards import StandardContent

    housekeeping = services.departments.create("Хозяйственная служба").id
    services.standards.create(housekeeping, StandardContent(title="Уборка номера после выезда гостя"))
    window = window_showing(qtbot, services, "standards", lang="ru")
    screen = window.screen_of("standards")
    table = screen.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    metrics, model = table.fontMetrics(), table.model()
    for text in ("Уборка номера после выезда гостя", "Хозяйственная служба"):
        column = next(c for c in range(model.columnCount()) if model.index(0, c).data() == text)
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 8, text
    header = table.horizontalHeader()
    assert header.height() >= header.fontMetrics().lineSpacing() * 2  # the long headings wrapped, not cut


def test_on_a_small_laptop_the_comment_gives_way_before_the_dates(qtbot: QtBot, hotel: Services,
                                                                  language: None) -> None:
    """Finnish Feedback at 1024x600 (a list 742 px wide): every "2.12.2026 8.45" was cut to keep the comment
    (whole in its panel) at 200 px."""
    from icdesk.ui.screens.loop import FeedbackScreen

    apply_language("fi")
    screen = FeedbackScreen(hotel)
    qtbot.addWidget(screen)
    screen.resize(780, 500)
    screen.show()
    table = screen.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    qtbot.waitUntil(lambda: 700 < table.viewport().width() < 780)
    qtbot.wait(1)
    metrics, model = table.fontMetrics(), table.model()
    for column in (0, 2, 3):  # given, the stars, the request's number
        widest = max(metrics.horizontalAdvance(str(model.index(row, column).data() or "")) for row in range(20))
        assert table.columnWidth(column) >= widest + 8, (column, table.columnWidth(column), widest)
    assert table.columnWidth(6) >= 120  # the comment keeps a start to read
