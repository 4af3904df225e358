"""Requests: logging one, walking it through its life with the buttons, filtering the list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import RequestStatus
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.ui.dialogs.cancel_request import CancelRequestDialog
from icdesk.ui.dialogs.request_detail import RequestDialog
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.screens.requests import RequestsScreen
from tests.conftest import FakeClock
from tests.gui_helpers import answer_message_box, type_text, when_modal
from tests.helpers import small_org

S = RequestStatus


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    return small_org(services)


def test_log_a_request_through_the_form(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    screen = RequestsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.stack.currentWidget() is screen.empty

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestFormDialog)
        type_text(qtbot, dialog.title_edit, "Не могу войти в PMS")
        dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
        assert dialog.standard.count() == 2  # "(none)" and the IT standard in force
        dialog.standard.setCurrentIndex(1)
        assert not dialog.save_button.isEnabled()  # nobody is asking yet
        dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
        dialog.assignee.setCurrentIndex(dialog.assignee.findData(org["laura"]))
        assert dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    model = screen.request_model
    assert model.rowCount() == 1
    row = model.row_at(0)
    assert row is not None and row.title == "Не могу войти в PMS" and row.requester_department_name == "Accounting"
    assert model.index(0, 8).data().startswith("due in ")  # due in 1 h


def test_walk_a_request_through_its_life_with_the_buttons(qtbot: QtBot, services: Services,
                                                          org: dict[str, int], clock: FakeClock) -> None:
    from icdesk.services.requests import RequestDraft

    rid = services.requests.create(RequestDraft(title="Printer", provider_id=org["it"],
                                                requester_id=org["anna"], standard_id=org["std"])).row.id
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()

    def press(label: str) -> None:
        buttons = {b.text().replace("&", ""): b for b in dialog.move_buttons.values()}
        assert label in buttons, f"{label!r} not in {list(buttons)}"
        clock.advance(minutes=10)
        qtbot.mouseClick(buttons[label], Qt.MouseButton.LeftButton)

    moves = {b.text().replace("&", "") for b in dialog.move_buttons.values()}
    assert moves == {"Start work", "Cancel the request\u2026"}
    dialog.actor.setCurrentIndex(dialog.actor.findData(org["laura"]))
    press("Start work")
    type_text(qtbot, dialog.note, "Which printer?")
    press("Wait on requester")
    assert dialog.note.toPlainText() == ""  # the note went with the move
    # the buttons made anew after a move have an Alt+letter each, as when the window opened, none shared
    from icdesk.ui.mnemonics import clashes, mnemonic_of

    assert all(mnemonic_of(b.text()) for b in dialog.move_buttons.values()), [
        b.text() for b in dialog.move_buttons.values()]
    assert clashes(dialog) == {}
    assert dialog.fact_labels["status"].text() == "Waiting on requester"
    press("Answer received: resume")
    press("Mark resolved")
    assert dialog.rate_button.isEnabled()
    press("Reopen")
    press("Mark resolved")
    press("Close the request")
    assert dialog.fact_labels["status"].text() == "Closed"
    assert not dialog.edit_button.isEnabled()
    assert [b.isEnabled() for b in dialog.move_buttons.values()] == [False]
    timeline = dialog.timeline.toPlainText()
    assert "Which printer?" in timeline and timeline.count("→") == 7
    detail = services.requests.get(rid)
    assert detail.row.status is S.CLOSED and detail.row.paused_seconds == 600
    assert {e.actor_name for e in detail.events[1:]} == {"Laura Colombo"}  # who made each move
    assert "Laura Colombo" in timeline


def test_cancel_asks_and_a_typed_note_is_not_lost_silently(qtbot: QtBot, services: Services,
                                                           org: dict[str, int]) -> None:
    from icdesk.services.requests import RequestDraft

    rid = services.requests.create(RequestDraft(title="Mouse", provider_id=org["it"],
                                                requester_id=org["anna"])).row.id
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    def keep(box: QWidget) -> None:  # "why is it cancelled?" - changed my mind
        assert isinstance(box, CancelRequestDialog) and not box.save_button.isEnabled()  # no reason yet
        box.buttons.button(box.buttons.StandardButton.Cancel).click()

    errors = when_modal(keep)
    qtbot.mouseClick(dialog.move_buttons[S.CANCELLED], Qt.MouseButton.LeftButton)
    assert errors == [] and services.requests.get(rid).row.status is S.NEW

    def cancel_with_reason(box: QWidget) -> None:
        assert isinstance(box, CancelRequestDialog)
        assert box.buttons.button(box.buttons.StandardButton.Cancel).text().replace("&", "") == "Keep the request"
        box.reason.setPlainText("Bought a new mouse ourselves.")
        box.done_by.setCurrentIndex(box.done_by.findData(org["anna"]))
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(cancel_with_reason)
    qtbot.mouseClick(dialog.move_buttons[S.CANCELLED], Qt.MouseButton.LeftButton)
    assert errors == []
    last = services.requests.get(rid).events[-1]
    assert (last.to_status, last.text, last.actor_name) == (S.CANCELLED, "Bought a new mouse ourselves.",
                                                              "Anna Romano")
    type_text(qtbot, dialog.note, "half a thought")
    errors = when_modal(answer_message_box("Cancel"))  # "Discard note?" - no
    dialog.reject()
    assert errors == [] and dialog.isVisible()
    dialog.note.clear()


def test_a_closed_request_cannot_be_rated_twice_by_its_handler(qtbot: QtBot, services: Services,
                                                               org: dict[str, int]) -> None:
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.loop import FeedbackDialog

    detail = services.requests.create(RequestDraft(title="VPN", provider_id=org["it"], requester_id=org["anna"],
                                                   assignee_id=org["laura"]))
    services.requests.transition(detail.row.id, S.IN_PROGRESS)
    row = services.requests.transition(detail.row.id, S.RESOLVED).row
    dialog = FeedbackDialog(services, request=row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rating.setCurrentIndex(dialog.rating.findData(5))
    dialog.author.setCurrentIndex(dialog.author.findData(org["laura"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cannot rate it" in dialog.banner.text() and dialog.banner.isVisible()
    assert services.feedback.list() == []
    dialog.author.setCurrentIndex(dialog.author.findData(org["anna"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [f.rating for f in services.feedback.list()] == [5]


@pytest.fixture
def hotel(tmp_path: Path, clock: FakeClock) -> Services:
    from icdesk.db.store import open_data_file

    services = Services(open_data_file(tmp_path / "hotel.sqlite"))
    services.demo.fill(DemoOptions(requests=450))
    return services


def test_filters_reduce_the_rows(qtbot: QtBot, hotel: Services) -> None:
    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.request_model
    assert model.total == 450 and model.rowCount() == 200  # the rest loads while scrolling
    screen.overdue.setChecked(True)
    overdue = hotel.requests.overdue_ids()
    assert overdue and sorted(model.row_at(i).id for i in range(model.rowCount())) == overdue  # type: ignore[union-attr]
    assert all(model.index(i, 8).data().startswith("\u26a0") for i in range(model.rowCount()))
    screen.overdue.setChecked(False)
    it = hotel.departments.find_by_name("IT").id
    screen.provider.setCurrentIndex(screen.provider.findData(it))
    assert 0 < model.total < 450
    assert {model.row_at(i).provider_name for i in range(model.rowCount())} == {"IT"}  # type: ignore[union-attr]
    qtbot.keyClicks(screen.search, "password")  # searched once typing pauses
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all(
        "Password" in model.row_at(i).title for i in range(model.rowCount())))  # type: ignore[union-attr]
    screen.search.clear()
    qtbot.waitUntil(lambda: model.total == len(hotel.requests.list(
        __import__("icdesk.services.request_queries", fromlist=["RequestFilter"]).RequestFilter(provider_id=it))))
    screen.provider.setCurrentIndex(0)
    screen.status.setCurrentIndex(screen.status.findData("open"))
    assert model.total == len(hotel.requests.list(
        __import__("icdesk.services.request_queries", fromlist=["RequestFilter"]).RequestFilter(
            statuses=frozenset({S.NEW, S.IN_PROGRESS, S.WAITING}))))
    hotel.close()


def test_scrolling_loads_more(qtbot: QtBot, hotel: Services) -> None:
    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.request_model
    assert model.rowCount() == 200  # one page read when shown; the rest as the table scrolls
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and len({model.row_at(i).id for i in range(450)}) == 450  # type: ignore[union-attr]
    hotel.close()


def test_export_what_the_list_shows(qtbot: QtBot, hotel: Services, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import csv

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "overdue.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.overdue.setChecked(True)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=60000)  # generous: a loaded machine is slow, not wrong
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["#", "Title", "Status"]
    assert sorted(int(r[0]) for r in rows[1:]) == hotel.requests.overdue_ids()
    # overdue said in words of its own column; Due holds the moment, as a spreadsheet sorts it
    assert rows[0][8:] == ["Due", "Due state"]
    assert {r[9] for r in rows[1:]} <= {"overdue", "late, now waiting"} and all(r[8] for r in rows[1:])
    hotel.close()


def test_a_request_offers_its_assignee_as_done_by_and_its_requester_as_the_rater(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    """"Done by" stayed "(not said)" with someone assigned (the history's Who column then read "–"), and
    Rate this service left "Given by" empty instead of the person who asked."""
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.loop import FeedbackDialog

    rid = services.requests.create(RequestDraft(title="VPN", provider_id=org["it"], requester_id=org["anna"],
                                                assignee_id=org["laura"])).row.id
    services.requests.transition(rid, S.IN_PROGRESS)
    services.requests.transition(rid, S.RESOLVED)
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.actor.currentData() == org["laura"]
    seen: list[object] = []

    def rate(form: QWidget) -> None:
        assert isinstance(form, FeedbackDialog)
        seen.append(form.author.currentData())
        form.reject()

    errors = when_modal(rate, kind=FeedbackDialog)
    qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
    assert not errors and seen == [org["anna"]]


def test_a_standard_is_given_to_a_request_logged_without_one_and_greyed_fields_say_why(
        qtbot: QtBot, services: Services, org: dict[str, int], clock: FakeClock) -> None:
    from icdesk.services.requests import RequestDraft

    logged = clock.now
    rid = services.requests.create(RequestDraft(title="Printer", provider_id=org["it"],
                                                requester_id=org["anna"])).row.id
    clock.advance(hours=2)
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fact_labels["standard"].text() == "none (no deadline)"

    def choose(form: QWidget) -> None:
        assert isinstance(form, RequestFormDialog)
        assert form.standard.isEnabled() and form.standard.count() == 2  # "(none)" and IT's standard in force
        assert "from when the request was logged" in form.fixed_hints["standard"].text()
        for name, widget in (("provider", form.provider), ("requester_department", form.requester_dept)):
            assert not widget.isEnabled()
            assert form.fixed_hints[name].isVisible()
            assert widget.toolTip() == form.fixed_hints[name].text()
        assert "cancel this request and log a new one" in form.fixed_hints["provider"].text()
        form.standard.setCurrentIndex(form.standard.findData(org["std"]))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(choose)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert dialog.fact_labels["standard"].text().startswith("PMS access")
    detail = services.requests.get(rid)
    assert detail.row.resolution_due_at == logged + timedelta(hours=4)  # counted from when it was logged
    assert "PMS access" in detail.events[-1].text

    def kept(form: QWidget) -> None:
        # now it has one, it keeps it, by name and with the reason
        assert isinstance(form, RequestFormDialog)
        assert not form.standard.isEnabled() and form.standard.currentText().startswith("PMS access")
        assert "promised under this standard" in form.fixed_hints["standard"].text()
        form.reject()

    errors = when_modal(kept)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert errors == []


def test_a_standard_given_on_another_pc_meanwhile_is_kept_and_said(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    from icdesk.domain.errors import ConflictError
    from icdesk.services.requests import RequestDraft

    rid = services.requests.create(RequestDraft(title="Printer", provider_id=org["it"],
                                                requester_id=org["anna"])).row.id
    form = RequestFormDialog(services, services.requests.get(rid))
    qtbot.addWidget(form)
    form.show()
    services.requests.update(rid, RequestDraft("Printer", org["it"], requester_id=org["anna"],
                                               standard_id=org["std"]))  # the other PC
    form.standard.setCurrentIndex(form.standard.findData(org["std"]))
    with pytest.raises(ConflictError):
        form.save()
    form.reload()
    assert not form.standard.isEnabled() and form.standard.currentText().startswith("PMS access")
    assert "promised under this standard" in form.fixed_hints["standard"].text()
    form.dirty = False  # closed by the test: no "Discard changes?" to answer


def test_a_double_click_on_start_work_is_one_move(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    """The second click of a double click came as a double-click event on the button drawn in the same
    place ("Waiting on requester") and paused the request's clock."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from icdesk.services.requests import RequestDraft

    rid = services.requests.create(RequestDraft(title="Printer", provider_id=org["it"],
                                                requester_id=org["anna"], standard_id=org["std"])).row.id
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    start = next(b for b in dialog.move_buttons.values() if b.text().replace("&", "") == "Start work")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert services.requests.get(rid).row.status is RequestStatus.IN_PROGRESS
    under = dialog.moves.itemAt(0).widget()  # what now stands where "Start work" was
    assert under is not None
    centre = QPointF(under.rect().center())

    def send(kind: QEvent.Type) -> None:
        event = QMouseEvent(kind, centre, under.mapToGlobal(centre), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease
                            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(under, event)

    send(QEvent.Type.MouseButtonDblClick)  # the second click of the double click
    send(QEvent.Type.MouseButtonRelease)
    assert services.requests.get(rid).row.status is RequestStatus.IN_PROGRESS


def test_the_deadlines_a_standard_promises_are_read_whole_under_it(qtbot: QtBot, services: Services) -> None:
    """"Menú especial para clientes con alergias o intol…": the list box cut the title and with it the
    targets being promised, the very reason to choose a standard."""
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from tests.helpers import active_standard

    kitchen = services.departments.create("Cocina").id
    active_standard(services, kitchen, "Menú especial para clientes con alergias o intolerancias alimentarias",
                    response_h=1 / 6, resolution_h=0.75)
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setCurrentIndex(dialog.provider.findData(kitchen))
    assert dialog.targets_hint is not None and not dialog.targets_hint.isVisible()  # none chosen: nothing said
    dialog.standard.setCurrentIndex(1)
    said = dialog.targets_hint.text()
    assert dialog.targets_hint.isVisible() and "intolerancias alimentarias" in said and "10 min" in said
    dialog.dirty = False  # what was chosen is not the point here: closing asks nothing


def test_a_cell_cut_by_a_narrow_window_is_read_whole_by_pointing_at_it(qtbot: QtBot, services: Services,
                                                                          org: dict[str, int],
                                                                          clock: FakeClock) -> None:
    from icdesk.services.requests import RequestDraft

    services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"], standard_id=org["std"]))
    screen = RequestsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(700, 400)
    screen.show()
    model = screen.request_model
    due = model.index(0, 8)
    assert due.data().startswith("due in ")
    assert due.data(Qt.ItemDataRole.ToolTipRole) == due.data()  # the whole of it, however narrow the column
    asking = next(model.index(0, c) for c in range(model.columnCount()) if model.index(0, c).data() == "Anna Romano")
    assert asking.data(Qt.ItemDataRole.ToolTipRole) == "Anna Romano"

    clock.advance(hours=30)
    screen.refresh()
    late = model.index(0, 8)
    assert late.data(Qt.ItemDataRole.ToolTipRole) == (f"{late.data()}\n"
                                                       "Overdue: its deadline has passed")
