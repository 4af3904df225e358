"""Several PCs on one company, driven through the widgets: a move or note made on a request another PC
has changed meanwhile is refused with a sentence and the window shows what is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import ConflictError
from icdesk.services import Services
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft
from icdesk.ui.dialogs.request_detail import RequestDialog
from tests.gui_helpers import answer_message_box, type_text, when_modal
from tests.helpers import ON_BOTH_STORES, small_org

S = RequestStatus


def _said(into: list[str]) -> object:
    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        into.append(box.text())
        box.accept()
    return read_and_close


@ON_BOTH_STORES
def test_the_second_pc_pressing_start_or_adding_a_note_is_told_and_sees_what_is_saved(
        qtbot: QtBot, services: Services) -> None:
    org = small_org(services)
    rid = services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"],
                                                standard_id=org["std"]), actor_id=org["anna"]).row.id
    pc_a, pc_b = RequestDialog(services, rid), RequestDialog(services, rid)
    for dialog in (pc_a, pc_b):
        qtbot.addWidget(dialog)
        dialog.show()
    pc_a.actor.setCurrentIndex(pc_a.actor.findData(org["laura"]))
    qtbot.mouseClick(pc_a.move_buttons[S.IN_PROGRESS], Qt.MouseButton.LeftButton)
    assert services.requests.get(rid).row.status is S.IN_PROGRESS

    said: list[str] = []
    errors = when_modal(_said(said))  # type: ignore[arg-type]
    qtbot.mouseClick(pc_b.move_buttons[S.IN_PROGRESS], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said or errors))
    assert not errors
    assert said[0].startswith(f"Laura Colombo changed request #{rid} after you opened it")
    # pc_b now shows what is saved: work has started, so "Start work" is gone and "Mark resolved" is there
    assert S.IN_PROGRESS not in pc_b.move_buttons and S.RESOLVED in pc_b.move_buttons
    assert [e.kind.value for e in services.requests.get(rid).events] == ["created", "status"]

    # a note typed on pc_b while pc_a resolves: refused, the typed note stays to be added again
    type_text(qtbot, pc_b.note, "Toner ordered")
    qtbot.mouseClick(pc_a.move_buttons[S.RESOLVED], Qt.MouseButton.LeftButton)
    errors = when_modal(_said(said))  # type: ignore[arg-type]
    qtbot.mouseClick(pc_b.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(said) == 2 or bool(errors))
    assert not errors and "after you opened it" in said[1]
    assert pc_b.note.toPlainText() == "Toner ordered"
    assert pc_b.fact_labels["status"].text() == "Resolved"
    qtbot.mouseClick(pc_b.add_note_button, Qt.MouseButton.LeftButton)
    assert [e.kind.value for e in services.requests.get(rid).events] == ["created", "status", "status", "note"]
    assert pc_b.note.toPlainText() == ""


@pytest.mark.parametrize("store", ["sqlite"])
def test_cancelling_a_request_another_pc_resolved_meanwhile_is_refused(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.cancel_request import CancelRequestDialog

    org = small_org(services)
    rid = services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"])).row.id
    pc_b = RequestDialog(services, rid)
    qtbot.addWidget(pc_b)
    services.requests.transition(rid, S.IN_PROGRESS, actor_id=org["laura"])

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelRequestDialog)
        dialog.reason.setPlainText("Asked twice")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.banner.text())
        dialog.reject()

    seen: list[str] = []
    errors = when_modal(cancel)
    qtbot.mouseClick(pc_b.move_buttons[S.CANCELLED], Qt.MouseButton.LeftButton)
    assert not errors
    assert "Laura Colombo changed request" in seen[0]
    assert services.requests.get(rid).row.status is S.IN_PROGRESS
    assert S.RESOLVED in pc_b.move_buttons  # the window behind shows what is saved


def test_file_backup_and_restore_work_on_a_server_company(qtbot: QtBot, pg_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Backup now writes the server's company as a data file; File → Restore names the server and
    the company before it replaces them, and keeps what it replaced."""
    from icdesk.app import open_services
    from icdesk.ui.dialogs.restore import RestoreDialog
    from icdesk.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow(open_services(pg_url))
    qtbot.addWidget(window)
    try:
        window.services.company.save("Bakery Rossi")
        window.services.departments.create("Bakery")
        chosen = tmp_path / "bakery-backup.sqlite"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
        window.backup_now()
        assert chosen.is_file() and "Backup written to" in window.statusBar().currentMessage()
        window.services.backups.make("manual")  # one in the usual folder, which Restore lists
        window.services.departments.create("Café")
        window.show()

        def choose(dialog: QWidget) -> None:
            assert isinstance(dialog, RestoreDialog)
            assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == "1"
            dialog.table.selectRow(0)
            when_modal(ask)
            dialog.accept()

        asked: list[str] = []

        def ask(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            when_modal(_said(told))  # type: ignore[arg-type]
            answer_message_box("Replace")(box)

        told: list[str] = []
        errors = when_modal(choose)
        window.restore_backup()
        qtbot.waitUntil(lambda: bool(told or errors))
        assert not errors
        assert "“Bakery Rossi” on the server postgresql://" in asked[0]
        assert "A backup of it is written first" in asked[0]
        assert "What the server held before is kept as Bakery Rossi." in told[0]
        assert [d.name for d in window.services.departments.list()] == ["Bakery"]
        assert "before-restore" in [b.label for b in window.services.backups.list()]
    finally:
        window.services.close()


def test_on_a_server_the_window_asks_once_who_is_working_and_the_history_names_them(
        qtbot: QtBot, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from icdesk.app import open_services
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.working_person import WhoIsWorkingDialog

    first = MainWindow(open_services(pg_url))
    qtbot.addWidget(first)
    try:
        org = small_org(first.services, with_standard=False)
        first.show()
        assert not first.status_person.isVisible()

        def pick_laura(dialog: QWidget) -> None:
            assert isinstance(dialog, WhoIsWorkingDialog)
            assert not dialog.save_button.isEnabled()  # a name must be chosen
            dialog.person.setCurrentIndex(dialog.person.findData(org["laura"]))
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        errors = when_modal(pick_laura)
        first.ask_who_is_working()  # what the application does after opening a company
        assert not errors
        assert first.status_person.text() == "Working: Laura Colombo" and first.status_person.isVisible()
        assert first.who_action.isVisible()

        # a request logged and started in this window: the history names Laura without being told
        form = RequestFormDialog(first.services, parent=first)
        qtbot.addWidget(form)
        form.title_edit.setText("Printer jammed")
        form.provider.setCurrentIndex(form.provider.findData(org["it"]))
        form.requester.setCurrentIndex(form.requester.findData(org["anna"]))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        rid = first.services.requests.list(RequestFilter())[0].id
        dialog = RequestDialog(first.services, rid, first)
        qtbot.addWidget(dialog)
        assert dialog.actor.currentData() == org["laura"]
        qtbot.mouseClick(dialog.move_buttons[S.IN_PROGRESS], Qt.MouseButton.LeftButton)
        assert [e.actor_name for e in first.services.requests.get(rid).events] == ["Laura Colombo"] * 2
        assert "Laura Colombo" in dialog.timeline.toPlainText()
    finally:
        first.services.close()

    # the second opening on this PC does not ask again
    monkeypatch.setattr(WhoIsWorkingDialog, "exec", lambda self: pytest.fail("asked a second time"))
    second = MainWindow(open_services(pg_url))
    qtbot.addWidget(second)
    try:
        second.ask_who_is_working()
        assert second.services.ctx.working_as == org["laura"]
        assert second.status_person.text() == "Working: Laura Colombo"
        # a stale save from another PC now names who did it
        seen = second.services.requests.get(rid)
        second.services.requests.add_note(rid, "Toner ordered")
        with pytest.raises(ConflictError, match=f"^Laura Colombo changed request #{rid}"):
            second.services.requests.update(rid, RequestDraft("Printer jammed!", org["it"]),
                                            expected_version=seen.version)
    finally:
        second.services.close()


def test_on_a_data_file_nobody_is_asked(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.working_person import WhoIsWorkingDialog

    small_org(services)
    monkeypatch.setattr(WhoIsWorkingDialog, "exec", lambda self: pytest.fail("asked on a data file"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.ask_who_is_working()
    assert services.ctx.working_as is None and not window.who_action.isVisible()


def test_restore_on_a_server_takes_a_backup_file_from_elsewhere(qtbot: QtBot, pg_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup on a USB stick, or made on another PC, is not in this PC's list: Choose a file… takes it."""
    from icdesk.app import open_services
    from icdesk.ui.dialogs.restore import RestoreDialog

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    services = open_services(pg_url)
    try:
        elsewhere = tmp_path / "usb" / "hotel.sqlite"
        elsewhere.parent.mkdir()
        services.company.save("Hotel")
        assert services.backups.backup_now(elsewhere) == elsewhere
        dialog = RestoreDialog(services.backups.list(), on_server=True, read=services.backups.read_backup)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 0 and "on this PC yet" in dialog.empty.text()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(elsewhere), ""))
        other = [b for b in dialog.findChildren(QPushButton) if b.text() == "Choose a file\u2026"]
        qtbot.mouseClick(other[0], Qt.MouseButton.LeftButton)
        assert dialog.chosen() == elsewhere and dialog.restore_button.isEnabled()
        assert dialog.model.index(0, 1).data() == "chosen file"
    finally:
        services.close()
