"""A form dialog makes room for what it says: a message under a field, or a help line, never pushes
the fields below it behind an inner scroll bar while the screen has room (the tests' screen is a
1366x768 laptop). Each test looks at what the user sees: the field under the message wholly inside
the visible part of the dialog's body."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.forms import FormDialog


def in_view(dialog: FormDialog, widget: QWidget) -> bool:
    """Shown, and wholly inside the part of the dialog's body that is not scrolled away."""
    viewport = dialog.fields_area.viewport()
    where = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and viewport.rect().contains(where)


def shown(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    # closed at the end without asking whether to discard what was typed
    qtbot.addWidget(dialog, before_close_func=lambda w: setattr(w, "dirty", False))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def settle(qtbot: QtBot) -> None:
    """Let the layouts and the growing run: posted events, and the scroll bar shown or hidden on a
    queued signal; a few rounds of the event loop, never a number of milliseconds."""
    for _ in range(10):
        QApplication.processEvents()


def wait_in_view(qtbot: QtBot, dialog: FormDialog, *widgets: QWidget) -> None:
    """The widgets wholly in view, and no part of the body scrolled away (the screen has room)."""
    settle(qtbot)
    assert dialog.fields_area.verticalScrollBar().maximum() == 0
    assert all(in_view(dialog, w) for w in widgets)


def test_a_too_long_department_name_leaves_the_head_field_in_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    dialog = shown(qtbot, DepartmentDialog(hotel))
    wait_in_view(qtbot, dialog, dialog.head)
    dialog.name.setText(("Department Extremely Long Name For Testing Purposes Only Really " * 2)[:126])
    assert len(dialog.name.text()) == 126
    dialog.save_button.click()  # refused: the dialog stays open and says why under the name
    settle(qtbot)
    message = dialog._errors["name"]
    assert message.isVisible() and "too long" in message.text()
    wait_in_view(qtbot, dialog, message, dialog.head)


def test_a_blank_person_name_leaves_the_e_mail_field_in_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.organisation import PersonDialog

    dialog = shown(qtbot, PersonDialog(hotel))
    dialog.full_name.setText("A")
    dialog.full_name.clear()
    settle(qtbot)
    assert dialog._errors["full_name"].isVisible()
    wait_in_view(qtbot, dialog, dialog._errors["full_name"], dialog.email)


def test_a_blank_company_name_leaves_the_help_line_whole(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.company import CompanyDialog

    services.company.save("Bakery Rossi")
    dialog = shown(qtbot, CompanyDialog(services))
    dialog.name.clear()
    settle(qtbot)
    assert dialog._errors["name"].isVisible()
    help_line = [w for w in dialog.fields_area.content.findChildren(QWidget)
                 if getattr(w, "text", lambda: "")().startswith("The name, address, logo")]
    assert help_line
    wait_in_view(qtbot, dialog, dialog._errors["name"], help_line[0])


def test_a_past_due_date_leaves_what_the_action_follows_up_in_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.loop import ActionDialog

    dialog = shown(qtbot, ActionDialog(hotel, request_id=1))
    dialog.description.setPlainText("Keep a spare 4G router behind the bar")
    dialog.due.setDate(dialog.due.date().addDays(-300))
    dialog.save_button.click()  # the date is checked on Save: the dialog stays open and says why
    settle(qtbot)
    follows = [w for w in dialog.fields_area.content.findChildren(QWidget)
               if getattr(w, "text", lambda: "")() == "Follows up request #1."]
    assert dialog._errors["due_on"].isVisible() and "before the action was opened" in dialog._errors["due_on"].text()
    assert follows
    wait_in_view(qtbot, dialog, dialog._errors["due_on"], dialog.due, follows[0])


def test_a_service_agreement_opens_at_full_height(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.agreement import AgreementDialog

    dialog = shown(qtbot, AgreementDialog(services))
    settle(qtbot)
    helps = [w for w in dialog.fields_area.content.findChildren(QWidget)
             if getattr(w, "text", lambda: "")().startswith("Internal service runs both ways")]
    assert helps
    wait_in_view(qtbot, dialog, dialog.review, helps[0])


def test_a_dialog_grows_no_further_than_the_screen(qtbot: QtBot, services: Services) -> None:
    """On a screen too small for it the body scrolls; the dialog and its Save stay on the screen."""
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    dialog = shown(qtbot, DepartmentDialog(services))
    dialog.description.setMinimumHeight(2000)
    dialog.name.setText("x" * 130)
    settle(qtbot)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    assert dialog.save_button.isVisible()


def test_the_main_window_keeps_its_size_on_the_dashboard(qtbot: QtBot, hotel: Services) -> None:
    """The Dashboard's page scrolls in the same kind of body as a dialog's fields: only dialogs grow."""
    from PySide6.QtCore import QSettings

    from icdesk.ui.main_window import MainWindow

    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1024, 600)
    window.show_screen("dashboard")
    settle(qtbot)
    assert (window.width(), window.height()) == (1024, 600)
