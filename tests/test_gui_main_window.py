"""The main window: first start, navigation, dashboard figures, reports shown inside the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.services import Services
from icdesk.ui.dialogs.welcome import WelcomeDialog
from icdesk.ui.main_window import MainWindow
from tests.gui_helpers import when_modal
from tests.helpers import demo_file


def window_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_welcome_creates_the_file_with_the_example_hotel(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new-company.sqlite"
    window = window_on(qtbot, path)

    def welcome(dialog: QWidget) -> None:
        assert isinstance(dialog, WelcomeDialog)
        # Start is greyed, and the dialog says why
        assert not dialog.save_button.isEnabled()
        assert dialog.missing.isVisible() and "Company name" in dialog.missing.text()
        # the example hotel comes with its own name: nothing to type for it
        dialog.example.setChecked(True)
        assert dialog.save_button.isEnabled() and not dialog.name.isEnabled() and not dialog.missing.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(welcome)
    window.show_welcome_if_new()
    assert errors == []
    assert path.exists()
    company = window.services.company.get()
    assert company is not None and company.name == "Hotel Aurora" and company.service_vision
    assert window.dashboard.heading.text() == "Hotel Aurora"
    assert len(window.services.departments.list()) == 9
    assert "9 departments" in window.status_counts.text()
    window.services.close()


def test_welcome_can_start_empty(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "empty.sqlite")

    def welcome(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name, "Bakery Rossi")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    errors = when_modal(welcome)
    window.show_welcome_if_new()
    assert errors == [] and window.services.departments.list() == []
    assert window.dashboard.getting_started.isVisible()
    window.services.close()


def test_navigation_and_dashboard_figures_click_through(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Dashboard", "Requests", "Service Network", "Departments & People", "Service Standards",
                      "Acknowledgements", "Training", "Agreements", "Feedback", "Survey Rounds", "Corrective Actions",
                      "Closing the Loop", "Ideas", "Recognition", "Reports"]
    # every screen's entry is on the left bar without scrolling in a window 800 px high
    last = window.nav.visualItemRect(window.nav.item(window.nav.count() - 1))
    assert last.bottom() < window.nav.viewport().height() and window.height() <= 800
    overdue = window.services.requests.overdue_ids()
    assert window.dashboard.tiles["overdue"].value.text() == str(len(overdue))
    qtbot.mouseClick(window.dashboard.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "requests"
    assert window.requests_screen.overdue.isChecked()
    assert window.requests_screen.request_model.total == len(overdue)
    window.show_screen("standards")
    assert window.stack.currentWidget() is window.screen_of("standards")
    assert window.screen_of("standards").table_model.rowCount() == 20  # type: ignore[attr-defined]
    window.services.close()


def test_window_remembers_screen_and_recent_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "remember.sqlite"
    window = window_on(qtbot, path)
    window.show_screen("agreements")
    window.close()
    window.services.close()  # one writer per file: the next window opens it after this one let go
    settings = QSettings()
    assert settings.value("screen") == "agreements"
    assert settings.value("last_file") == str(path)
    again = window_on(qtbot, path)
    assert again.current_screen_key() == "agreements"
    window.services.close()
    again.services.close()


def test_opening_a_bad_file_from_the_menu_explains_and_keeps_the_current_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "good.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")

    def read_message(box: QWidget) -> None:
        assert "not an icdesk data file" in box.text()  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read_message)
    assert window.switch_to(bad) is False
    assert errors == []
    assert window.services.db.path.name == "good.sqlite"
    assert bad.read_text() == "not a database"
    window.services.close()


def test_reports_screen_makes_a_handbook_off_the_gui_thread_and_shows_it(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    reports = window.reports_screen
    window.show_screen("reports")
    reports.kind.setCurrentIndex(reports.kind.findData("handbook"))
    with qtbot.waitSignal(reports.generated, timeout=110000) as blocker:
        qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    assert Path(blocker.args[0]).exists()
    assert reports.document.status() == QPdfDocument.Status.Ready
    assert reports.document.pageCount() > 10
    assert reports.view.isVisible() and reports.print_button.isEnabled()
    shown = Path(blocker.args[0])
    # choosing another document takes the handbook away: Save as or Print cannot hand it out for it
    reports.kind.setCurrentIndex(reports.kind.findData("agreement"))
    assert not reports.view.isVisible() and reports.placeholder.isVisible()
    assert not any(b.isEnabled() for b in (reports.print_button, reports.save_button, reports.open_button))
    assert reports.current is None and not shown.exists()
    window.services.close()


def test_reports_screen_issues_a_handbook_edition_once(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    reports = window.reports_screen
    window.show_screen("reports")
    reports.kind.setCurrentIndex(reports.kind.findData("summary"))
    assert not reports.new_edition.isVisible() and not reports.uncontrolled.isVisible()
    reports.kind.setCurrentIndex(reports.kind.findData("handbook"))
    assert reports.new_edition.isVisible() and reports.uncontrolled.isVisible()
    reports.new_edition.setChecked(True)
    with qtbot.waitSignal(reports.generated, timeout=30000):
        qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    assert [e.number for e in window.services.editions.all()] == [1]
    assert not reports.new_edition.isChecked()  # making it again previews; it does not issue edition 2
    with qtbot.waitSignal(reports.generated, timeout=30000):
        qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    assert [e.number for e in window.services.editions.all()] == [1]
    window.services.close()


def test_restore_from_backup_through_the_menu(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.ui.dialogs.restore import RestoreDialog
    from tests.gui_helpers import answer_message_box

    path = tmp_path / "shop.sqlite"
    window = window_on(qtbot, path)
    window.services.company.save("Bakery Rossi")
    window.services.departments.create("Bakery")
    window.services.backups.backup_now()
    window.services.departments.create("Café")
    window.refresh_all()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == "1"  # one department then
        dialog.table.selectRow(0)
        when_modal(answer_message_box("Restore"))
        dialog.accept()

    errors = when_modal(choose)
    closing_info = when_modal(lambda box: box.accept())  # noqa: F841 - the "Restored" message
    window.restore_backup()
    assert errors == []
    assert [d.name for d in window.services.departments.list()] == ["Bakery"]
    labels = [b.label for b in window.services.backups.list()]
    assert "before-restore" in labels
    window.services.close()


def test_restoring_another_companys_backup_names_both_companies_first(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.app import open_services
    from icdesk.ui.dialogs.restore import RestoreDialog

    other = open_services(tmp_path / "hotel.sqlite")
    other.company.save("Hotel Aurora")
    copy = other.backups.backup_now(tmp_path / "hotel-copy.sqlite")
    other.close()
    window = window_on(qtbot, tmp_path / "shop.sqlite")
    window.services.company.save("Bakery Rossi")
    asked: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog) and dialog.take_file(copy)

        def read(box: QWidget) -> None:
            asked.append(box.text())  # type: ignore[attr-defined]
            box.reject()  # type: ignore[attr-defined]
        when_modal(read)
        dialog.accept()

    errors = when_modal(choose)
    window.restore_backup()
    assert errors == [] and len(asked) == 1
    assert "holds the company “Hotel Aurora”, not “Bakery Rossi”" in asked[0]
    company = window.services.company.get()
    assert company is not None and company.name == "Bakery Rossi"  # not answered yes: nothing replaced
    window.services.close()


def test_after_a_restore_the_status_bar_and_the_dashboard_show_the_backups_counts(qtbot: QtBot,
                                                                                   tmp_path: Path) -> None:
    """The tester's steps: 1 open request, a backup, a second request; File -> Restore from backup.
    The Dashboard and the status bar under it both say 1 open request at once, without F5."""
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.restore import RestoreDialog
    from tests.gui_helpers import answer_message_box

    window = window_on(qtbot, tmp_path / "shop.sqlite")
    services = window.services
    services.company.save("Bakery Rossi")
    bakery, cafe = services.departments.create("Bakery").id, services.departments.create("Café").id
    anna = services.people.create("Anna", department_id=cafe).id
    services.requests.create(RequestDraft("Bread for table 4", bakery, requester_id=anna))
    services.backups.backup_now()
    services.requests.create(RequestDraft("Rolls for the buffet", bakery, requester_id=anna))
    window.show_screen("dashboard")
    assert "2 open requests" in window.status_counts.text()
    assert window.dashboard.tiles["open"].value.text() == "2"

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        when_modal(answer_message_box("Restore"))
        dialog.accept()

    errors = when_modal(choose)
    when_modal(lambda box: box.accept())  # the "Restored" message
    window.restore_backup()
    assert errors == []
    assert window.dashboard.isVisible() and window.dashboard.tiles["open"].value.text() == "1"
    assert window.status_counts.text() == "2 departments · 1 person · 1 open request, 0 overdue"
    window.services.requests.create(RequestDraft("Cake", bakery, requester_id=anna))
    assert "2 open requests" in window.status_counts.text()  # and it follows the restored file's changes
    window.services.close()


def test_backup_now_from_the_window_is_listed_by_restore(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Backup now, its proposal accepted as it is: File → Restore from backup lists that copy."""
    from PySide6.QtWidgets import QFileDialog

    from icdesk.ui.dialogs.restore import RestoreDialog

    window = window_on(qtbot, tmp_path / "shop.sqlite")
    window.services.departments.create("Bakery")
    proposed: list[str] = []

    def accept_proposal(_parent: QWidget, _title: str, where: str, _kinds: str) -> tuple[str, str]:
        proposed.append(where)
        return where, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", accept_proposal)
    window.backup_now()
    assert Path(proposed[0]).parent == tmp_path / "shop-backups"
    dialog = RestoreDialog(window.services.backups.list(), window, read=window.services.backups.read_backup)
    qtbot.addWidget(dialog)
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "backup now" in kinds
    row = kinds.index("backup now")
    assert dialog.model.index(row, 3).data() == "1"  # its one department
    window.services.close()


def test_restore_takes_a_backup_file_chosen_by_hand_and_refuses_other_files(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup saved elsewhere (as Backup now once proposed: next to the data file) is picked with
    Choose a file…, shown with what it holds, and restored; a file that is no icdesk file is refused in words."""
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from icdesk.ui.dialogs.restore import RestoreDialog
    from tests.gui_helpers import answer_message_box

    window = window_on(qtbot, tmp_path / "co1.sqlite")
    window.services.departments.create("Bakery")
    by_hand = window.services.backups.backup_now(tmp_path / "co1-backup.sqlite")
    window.services.departments.create("Café")
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("shopping list", encoding="utf-8")
    other_db = tmp_path / "addresses.sqlite"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE address (name TEXT)")
    conn.close()
    picks = iter([text_file, other_db, by_hand])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(next(picks)), ""))
    seen: dict[str, object] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert all(dialog.model.index(r, 1).data() != "chosen file" for r in range(dialog.model.rowCount()))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        seen["text"] = dialog.refused.text() if dialog.refused.isVisible() else ""
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        seen["other"] = dialog.refused.text() if dialog.refused.isVisible() else ""
        assert not dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        seen["refused after"] = dialog.refused.isVisible()
        seen["first row"] = [dialog.model.index(0, c).data() for c in (1, 3)]
        seen["restorable"] = dialog.restore_button.isEnabled() and dialog.chosen() == by_hand
        when_modal(answer_message_box("Restore"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    errors = when_modal(choose)
    when_modal(lambda box: box.accept())  # the "Restored" message
    window.restore_backup()
    assert errors == []
    assert seen["text"] == "notes.sqlite is not a database."
    assert seen["other"] == "addresses.sqlite is not an icdesk data file."
    assert seen["refused after"] is False
    assert seen["first row"] == ["chosen file", "1"]  # shown with what it holds: one department
    assert seen["restorable"] is True
    assert [d.name for d in window.services.departments.list()] == ["Bakery"]
    window.services.close()


def test_second_window_on_the_same_file_is_offered_read_only(qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from icdesk.app import open_or_ask
    from icdesk.db.lock import lock_path

    path = tmp_path / "shared.sqlite"
    first = open_services(path)
    lock_path(path).write_text('{"host": "office-pc", "pid": 4242, "since": "2026-11-24T08:00:00"}')

    def read_only(box: QWidget) -> None:
        assert "office-pc" in box.text()  # type: ignore[attr-defined]
        for button in box.buttons():  # type: ignore[attr-defined]
            if button.text() == "Open read-only":
                button.click()

    errors = when_modal(read_only)
    services = open_or_ask(path)
    assert errors == [] and services is not None and services.db.read_only
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("(read-only)")
    services.close()
    first.close()


def test_a_file_marked_read_only_is_offered_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    """A file its owner marked read-only (chmod 444, a copy from a CD) can still be looked at: the
    message offers to, as it does for a file in use elsewhere."""
    import stat

    from icdesk.app import open_or_ask

    path = tmp_path / "archive.sqlite"
    open_services(path).close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    offered: list[str] = []

    def read_only(box: QWidget) -> None:
        offered.extend(b.text() for b in box.buttons())  # type: ignore[attr-defined]
        assert "read-only" in box.text()  # type: ignore[attr-defined]
        for button in box.buttons():  # type: ignore[attr-defined]
            if button.text() == "Open read-only":
                button.click()

    errors = when_modal(read_only)
    try:
        services = open_or_ask(path)
        assert errors == [] and "Open read-only" in offered
        assert services is not None and services.db.read_only
        services.close()
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_company_details_with_a_logo_reach_the_handbook(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from icdesk.reports.registry import ReportSpec, build_report
    from icdesk.ui.dialogs.company import CompanyDialog
    from tests.pdf_text import text

    services = open_services(tmp_path / "c.sqlite")
    services.company.save("Old name")
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f8a"))
    image.save(str(logo))
    dialog = CompanyDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Trattoria Da Luigi")
    dialog.vision.setPlainText("Serviamoci a vicenda come serviamo i clienti.")
    dialog.load_logo(logo)
    assert QImage.fromData(dialog.logo or b"").size() == image.size()  # kept as it was: small enough
    not_png = tmp_path / "notes.png"
    not_png.write_text("hello")
    logo_before = dialog.logo
    dialog.load_logo(not_png)
    assert "PNG, JPEG or SVG" in dialog._errors["logo"].text() and dialog.logo == logo_before
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    company = services.company.get()
    assert company is not None and company.name == "Trattoria Da Luigi" and company.logo_png
    pdf = build_report(services, ReportSpec("handbook"), tmp_path / "h.pdf")
    body = text(pdf)
    assert "Trattoria Da Luigi" in body and "Serviamoci a vicenda" in body
    services.close()


def test_a_jpeg_photo_or_an_svg_drawing_becomes_the_logo(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from icdesk.ui.dialogs.company import CompanyDialog

    services = open_services(tmp_path / "c.sqlite")
    services.company.save("Ravintola")
    dialog = CompanyDialog(services)
    qtbot.addWidget(dialog)
    photo = tmp_path / "kuva.jpg"
    big = QImage(3000, 1500, QImage.Format.Format_RGB32)
    big.fill(QColor("#c0392b"))
    big.save(str(photo), "JPEG")
    dialog.load_logo(photo)
    shown = QImage.fromData(dialog.logo or b"")
    assert dialog.logo and dialog.logo[:8] == b"\x89PNG\r\n\x1a\n"  # stored as PNG, for every document
    assert (shown.width(), shown.height()) == (800, 400)  # no larger than a header needs
    drawing = tmp_path / "logo.svg"
    drawing.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
                       '<rect width="40" height="20" fill="#1d5f8a"/></svg>', encoding="utf-8")
    dialog.load_logo(drawing)
    drawn = QImage.fromData(dialog.logo or b"")
    assert (drawn.width(), drawn.height()) == (800, 400) and drawn.pixelColor(400, 200) == QColor("#1d5f8a")
    dialog.dirty = False
    services.close()


def test_help_has_a_getting_started_guide_and_the_shortcuts_in_the_window_language(qtbot: QtBot,
                                                                                    tmp_path: Path) -> None:
    from icdesk.ui.dialogs.help import GettingStartedDialog, ShortcutsDialog
    from icdesk.ui.language import apply_language

    window = window_on(qtbot, tmp_path / "help.sqlite")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Getting started", "&Keyboard shortcuts", "&About icdesk"]
    shortcuts = ShortcutsDialog(window._actions, window)
    qtbot.addWidget(shortcuts)
    entries = dict(shortcuts.entries())
    assert entries["Ctrl+Shift+N"] == "Log a request" and entries["Ctrl+1"] == "Dashboard"
    assert entries["Ctrl+N"] == "New\u2026" and entries["F5"] == "Refresh"  # from the Edit menu
    guide = GettingStartedDialog(window)
    qtbot.addWidget(guide)
    assert "Service Standards: what each department promises" in guide.text.toPlainText()
    try:
        apply_language("it")
        italian = GettingStartedDialog(window)
        qtbot.addWidget(italian)
        assert italian.windowTitle() == "Per iniziare"
        assert "Standard di servizio: ciò che ogni reparto promette" in italian.text.toPlainText()
    finally:
        apply_language("en")


def test_the_dashboard_fits_a_1280_by_800_window_without_scrolling(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.ui.forms import ScrollBody

    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    window.resize(1280, 800)
    window.show_screen("dashboard")
    qtbot.waitUntil(lambda: window.dashboard.tiles["open"].value.text() != "", timeout=60000)
    page = window.dashboard.findChild(ScrollBody)
    assert page is not None
    qtbot.waitUntil(lambda: page.viewport().height() > 300, timeout=60000)
    # the charts take the room left on the screen instead of pushing themselves below its edge
    assert not page.verticalScrollBar().isVisible()
    assert window.dashboard.rating_chart.height() >= window.dashboard.rating_chart.minimumHeight()
    window.services.close()


def test_in_another_language_the_welcome_says_the_example_is_english(qtbot: QtBot, services: object) -> None:
    from icdesk.ui.language import apply_language

    apply_language("it")
    try:
        dialog = WelcomeDialog(services)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.example_note.isVisible() and "inglese" in dialog.example_note.text()
    finally:
        apply_language("en")
    english = WelcomeDialog(services)  # type: ignore[arg-type]
    qtbot.addWidget(english)
    assert not hasattr(english, "example_note")  # in English there is nothing to say


def test_a_document_made_stays_on_the_reports_screen_after_a_change_elsewhere(qtbot: QtBot, tmp_path: Path) -> None:
    """Service summary made, a department edited on another screen, back to Reports: the document was gone
    and Print and Save as greyed out (its file, named by its title, no longer matched the kind chosen)."""
    from icdesk.services.organisation import DepartmentDraft

    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    reports = window.reports_screen
    window.show_screen("reports")
    reports.kind.setCurrentIndex(reports.kind.findData("summary"))
    with qtbot.waitSignal(reports.generated, timeout=30000):
        qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    made = reports.current
    assert made is not None and reports.print_button.isEnabled()
    window.show_screen("organisation")
    department = window.services.departments.list()[0]
    window.services.departments.edit(department.id, DepartmentDraft(department.name, "Edited elsewhere"))
    reports.refresh()
    window.show_screen("reports")
    assert reports.current == made and made.exists()
    assert reports.print_button.isEnabled() and reports.save_button.isEnabled()
    reports.kind.setCurrentIndex(reports.kind.findData("handbook"))  # another document: not printed for it
    assert reports.current is None and not reports.print_button.isEnabled()
    window.services.close()


def test_a_new_data_file_named_without_an_ending_gets_sqlite(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """"nuevo_restaurante" made a file Open (which lists *.sqlite) never showed again."""
    from PySide6.QtWidgets import QFileDialog

    window = window_on(qtbot, tmp_path / "hotel.sqlite")
    opened: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / "nuevo_restaurante"), "")))
    monkeypatch.setattr(window, "switch_to", lambda target: opened.append(target) or True)
    window.new_file()
    assert opened == [tmp_path / "nuevo_restaurante.sqlite"]
    window.services.close()


def test_a_dashboard_figure_shows_what_it_counts_whatever_the_list_was_filtered_by(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A search "lopez" and provider IT left on Requests: the "20 open requests" tile opened "0 shown"; a
    pair on the Service Network kept the "resolved since" of a figure opened before."""
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    requests = window.requests_screen
    window.show_screen("requests")
    requests.search.setText("lopez-not-anyone")
    requests.refresh()
    assert requests.table.model().rowCount() == 0
    qtbot.waitUntil(lambda: window.dashboard.tiles["open"].value.text() != "", timeout=60000)
    window._on_dashboard_open_requested("open")
    open_now = int(window.dashboard.tiles["open"].value.text())
    assert requests.search.text() == "" and requests.table.model().rowCount() == open_now
    window._on_dashboard_open_requested("resolved")
    assert requests.resolved_since is not None
    today = window.services.ctx.today()
    window.requests_screen.show_pair(window.services.departments.list()[0].id, window.services.departments.list()[1].id,
                                     today.replace(day=1), today)
    assert requests.resolved_since is None
    window.services.close()


def test_a_long_status_message_is_cut_in_the_middle_before_the_counts(qtbot: QtBot, services: Services) -> None:
    """At 1024 pixels in Russian "Сегодняшняя резервная копия: /tmp/…/empresa_ru.20261202-135144.daily" ran
    under "4 отдела · 5 сотрудников", the end of the backup's name lost under them."""
    from icdesk.ui.language import apply_language
    from icdesk.ui.status_messages import show_status
    from tests.gui_helpers import window_showing

    services.departments.create("Кухня")
    try:
        window = window_showing(qtbot, services, "dashboard", (1024, 700), "ru")
        qtbot.waitUntil(lambda: window.status_counts.isVisible() and bool(window.status_counts.text()))
        path = "/home/manager/Documents/icdesk/empresa_ru-backups/empresa_ru.20261202-135144.daily.sqlite"
        show_status(window, f"Сегодняшняя резервная копия: {path}", 8000)
        shown = window.statusBar().currentMessage()
        metrics = window.statusBar().fontMetrics()
        assert shown.startswith("Сегодняшняя резервная копия: ") and shown.endswith(".daily.sqlite")
        assert "\u2026" in shown
        qtbot.waitUntil(lambda: window.status_counts.width() >= window.status_counts.sizeHint().width())
        assert metrics.horizontalAdvance(shown) < window.status_counts.x()
    finally:
        apply_language("en")
