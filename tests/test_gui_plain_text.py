"""User text is never markup in the window: each place that shows what people typed shows it as typed.

Qt takes any text that looks like it has a tag for rich text: a request titled <img src="..."> would
show a picture from the disk, and "<b>" would turn bold. Each test puts markup in the data and checks
the widget shows it literally (plain text, or rich text that escapes it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.errors import DuplicateError, RuleError
from icdesk.services import Services
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from icdesk.services.standards import StandardContent
from tests.gui_helpers import when_modal
from tests.helpers import put_in_force

MARKUP = '<img src="/some/file.png"><b>bold</b> & <i>co</i>'
FILE_MARKUP = "<b>bold & <i>co"  # a file name cannot hold "/"


def literal(label: QLabel, text: str = MARKUP) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText and text in label.text()


def rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


Shown = tuple[Qt.TextFormat, str]  # what a message box showed: its text format and text


def read_box(seen: list[Shown]) -> object:
    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        seen.append((box.textFormat(), box.text()))
        for button in box.buttons():
            if box.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole):
                button.click()
                return
        box.reject()
    return read


def box_literal(shown: Shown, text: str = MARKUP) -> bool:
    return shown[0] == Qt.TextFormat.PlainText and text in shown[1]


def world(services: Services) -> dict[str, int]:
    """Departments, a person, a standard, a request, feedback and recognition, all with markup."""
    it = services.departments.create("IT " + MARKUP, description=MARKUP).id
    hr = services.departments.create("HR").id
    anna = services.people.create("Anna " + MARKUP, department_id=hr, job_title=MARKUP).id
    services.people.create("Laura " + MARKUP, department_id=it)
    draft = services.standards.create(it, StandardContent(title="Laptop " + MARKUP, steps=[MARKUP],
                                                          first_response_minutes=60, resolution_minutes=240))
    put_in_force(services, draft.id)
    request = services.requests.create(RequestDraft(title="Title " + MARKUP, description=MARKUP, provider_id=it,
                                                    requester_id=anna, requester_department_id=hr,
                                                    standard_id=draft.standard_id))
    services.requests.add_note(request.row.id, "Note " + MARKUP, actor_id=anna)
    services.agreements.create(it, hr, customer_needs=MARKUP, provider_needs=MARKUP)
    services.feedback.give(FeedbackDraft(rating=2, department_id=it, comment="Comment " + MARKUP))
    services.recognition.recognise(message="Thanks " + MARKUP, to_person_id=anna, title=MARKUP)
    services.company.save("Hotel " + MARKUP, service_vision="Vision " + MARKUP)
    return {"it": it, "hr": hr, "anna": anna, "request": request.row.id, "standard": draft.standard_id}


def test_feedback_dialog_names_the_request_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.loop import FeedbackDialog

    ids = world(services)
    dialog = FeedbackDialog(services, request=services.requests.get(ids["request"]).row)
    qtbot.addWidget(dialog)
    about = dialog._fields["about"]
    assert isinstance(about, QLabel) and literal(about)


def test_request_dialog_heading_and_facts_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.request_detail import RequestDialog

    ids = world(services)
    dialog = RequestDialog(services, ids["request"])
    qtbot.addWidget(dialog)
    assert literal(dialog.heading)
    for key in ("asked", "provider", "standard", "description"):
        assert literal(dialog.fact_labels[key]), key


def test_request_history_shows_notes_and_names_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.request_detail import RequestDialog

    ids = world(services)
    dialog = RequestDialog(services, ids["request"])
    qtbot.addWidget(dialog)
    shown = dialog.timeline.toPlainText()
    assert "Note " + MARKUP in shown and "Anna " + MARKUP in shown


def test_dashboard_company_name_vision_and_recognitions_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.dashboard import DashboardScreen

    world(services)
    screen = DashboardScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert literal(screen.heading, "Hotel " + MARKUP) and literal(screen.vision, "Vision " + MARKUP)
    assert "Thanks " + MARKUP in screen.recognitions.item(0).text()  # list items are always plain


def test_department_overview_pane_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.organisation import DepartmentList

    world(services)
    screen = DepartmentList(services)
    qtbot.addWidget(screen)
    row = next(r for r in services.departments.list() if r.name.startswith("IT"))
    screen.row_selected(row)
    shown = screen.detail.toPlainText()
    for text in ("IT " + MARKUP, "Laura " + MARKUP, "Laptop " + MARKUP, "Title " + MARKUP):
        assert text in shown, text


def test_table_tooltips_show_comments_and_needs_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.loop import FeedbackScreen, RecognitionScreen
    from icdesk.ui.screens.standards import AgreementsScreen

    world(services)
    for screen_class, text in ((FeedbackScreen, "Comment " + MARKUP), (RecognitionScreen, "Thanks " + MARKUP),
                               (AgreementsScreen, MARKUP)):
        screen = screen_class(services)
        qtbot.addWidget(screen)
        screen.show()
        model = screen.table_model
        tips = [model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
        tips = [t for t in tips if t]
        assert tips and all("<img" not in t for t in tips), screen_class
        assert any(text in rendered(t) for t in tips), screen_class


def test_form_errors_under_a_field_and_in_the_banner_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    services.departments.create(MARKUP)
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(MARKUP)
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert literal(dialog._errors["name"])
        dialog.show_error(RuleError("{name} is archived and no longer takes requests.", name=MARKUP))
        assert literal(dialog.banner)
    finally:
        dialog.dirty = False  # closing asks nothing


def test_archive_question_names_the_department_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.organisation import DepartmentList

    services.departments.create(MARKUP)
    screen = DepartmentList(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.selectRow(0)
    seen: list[Shown] = []
    errors = when_modal(read_box(seen))
    screen.archive_current()
    assert errors == [] and box_literal(seen[0])


def test_error_message_boxes_quote_names_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.forms import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[Shown] = []
    errors = when_modal(read_box(seen))
    show_error(parent, DuplicateError("A department called “{name}” already exists.", name=MARKUP))
    assert errors == [] and box_literal(seen[0])


def test_recognition_message_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.loop import RecognitionScreen

    world(services)
    screen = RecognitionScreen(services)
    qtbot.addWidget(screen)
    from icdesk.ui.dialogs.loop import RecognitionDialog

    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, RecognitionDialog)
        seen.append(dialog.message.toPlainText())  # a plain-text editor: what was typed, as typed
        dialog.reject()

    errors = when_modal(read)
    screen.open_row(services.recognition.list()[0])
    assert errors == [] and "Thanks " + MARKUP in seen[0]


def test_what_changed_between_standard_versions_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.compare_versions import CompareVersionsDialog

    ids = world(services)
    draft = services.standards.new_version(ids["standard"])
    services.standards.update_draft(draft.id, StandardContent(title="Laptop", steps=[MARKUP, "Call " + MARKUP],
                                                              first_response_minutes=60, resolution_minutes=240))
    put_in_force(services, draft.id)
    versions = services.standards.versions(ids["standard"])
    dialog = CompareVersionsDialog(versions, len(versions) - 1)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)]
    assert "Call " + MARKUP in shown  # table cells are never read as markup


def test_main_window_file_name_in_status_bar_and_messages_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow

    path = tmp_path / f"{FILE_MARKUP}.sqlite"
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    try:
        assert literal(window.status_file, FILE_MARKUP)
        bad = tmp_path / f"{FILE_MARKUP} notes.sqlite"
        bad.write_text("not a database")
        seen: list[Shown] = []
        errors = when_modal(read_box(seen))
        assert window.switch_to(bad) is False
        assert errors == [] and box_literal(seen[0], FILE_MARKUP)
        errors = when_modal(read_box(seen))
        window.about()  # rich text by design: the path in it is escaped
        assert errors == [] and str(path) in rendered(seen[1][1])
    finally:
        window.services.close()


def test_cannot_open_message_at_start_names_the_file_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.app import open_or_ask

    bad = tmp_path / f"{FILE_MARKUP}.sqlite"
    bad.write_text("not a database")
    seen: list[Shown] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Close).click()

    errors = when_modal(close)
    assert open_or_ask(bad) is None
    assert errors == [] and box_literal(seen[0], FILE_MARKUP)


def test_import_dialog_file_name_and_summary_as_typed(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    from icdesk.ui.dialogs.import_file import ImportDialog

    csv_file = tmp_path / f"{FILE_MARKUP}.csv"
    csv_file.write_text("name,<b>column</b>\n" + MARKUP.replace(",", "") + ",x\n", encoding="utf-8")
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(csv_file)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert literal(dialog.file_label, FILE_MARKUP)
    assert dialog.summary.text() and dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<b>column</b>" in dialog.ignored.text() and dialog.ignored.textFormat() == Qt.TextFormat.PlainText


def test_export_line_names_the_file_as_typed(qtbot: QtBot, services: Services, tmp_path: Path,
                                             monkeypatch: object) -> None:
    import pytest

    from icdesk.ui.screens.organisation import DepartmentList

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    from PySide6.QtWidgets import QFileDialog

    services.departments.create("IT")
    screen = DepartmentList(services)
    qtbot.addWidget(screen)
    out = tmp_path / f"{FILE_MARKUP}.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    screen.export_csv()
    qtbot.waitUntil(lambda: "exported" in screen.count_label.text(), timeout=30000)
    assert literal(screen.count_label, FILE_MARKUP)


def test_report_failure_message_as_typed(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.reports import ReportsScreen

    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    seen: list[Shown] = []
    errors = when_modal(read_box(seen))
    screen._on_failed(f"There is no department called “{MARKUP}”.")
    assert errors == [] and box_literal(seen[0])


def test_unexpected_error_message_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    import sys
    import threading

    from icdesk.ui.crash import _installed, install_exception_hooks

    before = sys.excepthook, threading.excepthook
    try:
        install_exception_hooks(tmp_path)
        seen: list[Shown] = []
        errors = when_modal(read_box(seen))
        _installed[0].show(f"KeyError: {MARKUP}")
        assert errors == [] and box_literal(seen[0])
    finally:
        sys.excepthook, threading.excepthook = before
