"""Service Agreements screen: a pair's agreement in each direction, archived and brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.dialogs.agreement import AgreementDialog
from icdesk.ui.screens.standards import AgreementsScreen
from tests.gui_helpers import answer_message_box, when_modal
from tests.helpers import small_org


def rows(screen: AgreementsScreen) -> list[tuple[str, str]]:
    model = screen.table.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_an_archived_agreement_is_shown_on_request_and_restored(qtbot: QtBot, services: Services) -> None:
    org = small_org(services, with_standard=False)
    row = services.agreements.create(org["it"], org["acc"], "PMS access within 4 h", "")
    services.agreements.archive(row.id)
    screen = AgreementsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert rows(screen) == []
    screen.show_archived.setChecked(True)
    assert rows(screen) == [("IT", "Accounting")]
    screen.table.selectRow(0)
    assert screen.archive_action_text(screen.current_row()) == "Restore"
    errors = when_modal(answer_message_box("Restore"))
    screen.archive_current()
    assert errors == [] and not services.agreements.get(row.id).archived
    screen.show_archived.setChecked(False)
    assert rows(screen) == [("IT", "Accounting")]


def test_a_second_agreement_the_same_way_says_which_way_and_where_it_is(qtbot: QtBot,
                                                                       services: Services) -> None:
    org = small_org(services, with_standard=False)
    row = services.agreements.create(org["it"], org["acc"], "PMS access within 4 h", "")
    services.agreements.archive(row.id)
    dialog = AgreementDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
    dialog.customer.setCurrentIndex(dialog.customer.findData(org["acc"]))
    dialog.customer_needs.setPlainText("Laptops ready on the first day")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = [w.text() for w in dialog.findChildren(QWidget) if w.isVisible() and hasattr(w, "text")
             and "archived" in str(w.text())]
    assert dialog.isVisible() and shown, "the form stays open and says the agreement is archived"
    assert "IT already has an agreement to serve Accounting" in shown[0]
    assert "Show archived" in shown[0]
    errors = when_modal(answer_message_box("Discard"))
    dialog.reject()
    assert errors == [] and not dialog.isVisible()


def test_an_agreement_with_an_archived_side_still_opens_whole(qtbot: QtBot, services: Services) -> None:
    org = small_org(services, with_standard=False)
    row = services.agreements.create(org["acc"], org["it"], "Invoices approved fast", "")
    services.departments.archive(org["acc"])
    dialog = AgreementDialog(services, services.agreements.get(row.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.provider.currentData() == org["acc"] and dialog.provider.currentText() == "Accounting"
    dialog.customer_needs.setPlainText("Invoices approved within two days")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.agreements.get(row.id).customer_needs == "Invoices approved within two days"


def test_the_menu_item_of_an_archived_row_says_restore(qtbot: QtBot, services: Services) -> None:
    org = small_org(services, with_standard=False)
    kept = services.agreements.create(org["it"], org["acc"], "PMS access within 4 h", "")
    services.agreements.archive(kept.id)
    services.agreements.create(org["acc"], org["it"], "Invoices approved fast", "")
    screen = AgreementsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_archived.setChecked(True)
    texts = {}
    for row in range(screen.table.model().rowCount()):
        screen.table.selectRow(row)
        texts[rows(screen)[row]] = screen.archive_action.text()
    assert texts == {("IT", "Accounting"): "Restore", ("Accounting", "IT"): "Archive"}
