"""Opens the window and the largest dialogs on whatever screen Qt was started with, and prints what
does not fit as JSON (a list of sentences; empty when all fits).

The offscreen platform reads its screen once, when the application starts, so each screen size is
its own process: ``python -m tests.screen_probe DATA_FILE SETTINGS_FOLDER [LANGUAGE]`` with QT_QPA_PLATFORM
(and QT_SCALE_FACTOR) set by tests/test_gui_small_screens.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QScrollArea, QWidget

TITLE_BAR = 30  # the offscreen frame is a few pixels; a desktop's title bar some 30 more


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def window_problems(name: str, window: QWidget, area: QRect) -> list[str]:
    """A maximised window has its title bar within the screen; any other must leave room for it."""
    frame = window.frameGeometry()
    problems = []
    if not area.contains(frame) or (frame.height() + TITLE_BAR > area.height() and not window.isMaximized()):
        problems.append(f"{name}: frame {frame.getRect()} outside the screen's {area.getRect()}")
    return problems


def buttons_problems(name: str, window: QWidget, area: QRect) -> list[str]:
    """Every button of a button row in view: inside the screen, not in a part that scrolls away."""
    problems = []
    visible = window.rect()
    for box in window.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(window):
            continue
        for button in box.buttons():
            if not button.isVisibleTo(window):
                continue
            where = global_rect(button)
            inside = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            if not area.contains(where) or not visible.contains(inside):
                problems.append(f"{name}: {button.text()!r} at {where.getRect()} out of view")
            parent = button.parentWidget()
            while parent is not None and parent is not window:
                if isinstance(parent, QScrollArea):
                    problems.append(f"{name}: {button.text()!r} scrolls out of view")
                parent = parent.parentWidget()
    return problems


def scrolled_away(button: QWidget) -> bool:
    """Inside the window's scrolling content (a screen smaller than the window's least size): the
    button is reached by scrolling."""
    from icdesk.ui.screen_fit import ScreenScroller

    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, ScreenScroller):
        parent = parent.parentWidget()
    return parent is not None and parent.verticalScrollBar().isVisible()


def main(data_file: Path, settings_folder: Path, lang: str = "en") -> dict[str, list[str]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))
    app.setOrganizationName("icdesk-probe")
    from icdesk.app import open_services
    from icdesk.ui.language import apply_language
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.screens.registry import SCREENS

    apply_language(lang)
    services = open_services(data_file)
    problems: list[str] = []
    scrolls: list[str] = []
    try:
        window = MainWindow(services, settings=QSettings())
        window.show()
        app.processEvents()
        screen = window.screen()
        area = screen.availableGeometry()
        problems += window_problems("window", window, area)
        bar = window.statusBar()
        if not bar.isVisible() or not window.rect().contains(QRect(bar.mapTo(window, bar.rect().topLeft()),
                                                                   bar.size())):
            problems.append("window: the status bar is not in view")
        nav = window.nav
        for row in range(nav.count()):  # a short screen gives the list a scroll bar: no name cut by it
            if nav.sizeHintForIndex(nav.model().index(row, 0)).width() > nav.viewport().width():
                problems.append(f"navigation: {nav.item(row).text()!r} is cut off")
        for spec in SCREENS:
            window.show_screen(spec.key)
            for _ in range(3):  # a screen built on its first visit lays out over a few rounds of events
                app.processEvents()
            shown = window.screen_of(spec.key)
            if scrolled_away(shown):
                scrolls.append(spec.key)
            for button in shown.findChildren(QAbstractButton):
                if not button.isVisibleTo(window) or not button.text() or scrolled_away(button):
                    continue
                if not area.contains(global_rect(button)):
                    problems.append(f"{spec.key}: {button.text()!r} at {global_rect(button).getRect()} off-screen")
        window.show_screen("requests")
        table = window.requests_screen.table
        app.processEvents()
        header = table.horizontalHeader()
        columns = window.requests_screen.request_model.columns
        for wanted in ("id", "title", "status", "due"):
            [column] = [c for c, (_heading, key) in enumerate(columns) if key == wanted]
            left = header.sectionViewportPosition(column)
            right = left + header.sectionSize(column)
            if header.isSectionHidden(column) or left < 0 or right > table.viewport().width():
                problems.append(f"requests: the {wanted} column is out of view")
        for name, make in dialogs(services, window).items():
            dialog = make()
            dialog.show()
            app.processEvents()
            problems += window_problems(name, dialog, area)
            problems += buttons_problems(name, dialog, area)
            dialog.close()
        window.close()
    finally:
        services.close()
    return {"problems": problems, "scrolls": scrolls}


def dialogs(services: object, window: QWidget) -> dict[str, Callable[[], QWidget]]:
    from icdesk.services import Services
    from icdesk.ui.dialogs.acknowledgement import SignSheetDialog
    from icdesk.ui.dialogs.agreement import AgreementDialog
    from icdesk.ui.dialogs.calendar import CalendarDialog
    from icdesk.ui.dialogs.company import CompanyDialog
    from icdesk.ui.dialogs.help import GettingStartedDialog, ShortcutsDialog
    from icdesk.ui.dialogs.idea import IdeaDialog
    from icdesk.ui.dialogs.import_file import ImportDialog
    from icdesk.ui.dialogs.loop import ActionDialog, FeedbackDialog, RecognitionDialog
    from icdesk.ui.dialogs.organisation import DepartmentDialog, PersonDialog
    from icdesk.ui.dialogs.request_detail import RequestDialog
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from icdesk.ui.dialogs.restore import RestoreDialog
    from icdesk.ui.dialogs.standard import StandardDialog
    from icdesk.ui.dialogs.survey import RoundDialog
    from icdesk.ui.dialogs.training import TrainingDialog

    assert isinstance(services, Services)
    front = services.departments.find_by_name("Front Office").id
    request = services.requests.list(limit=1)[0].id
    made: dict[str, Callable[[], QWidget]] = {
        "new standard": lambda: StandardDialog(services, department_id=front, parent=window),
        "import": lambda: ImportDialog(services, window),
        "new request": lambda: RequestFormDialog(services, parent=window),
        "company": lambda: CompanyDialog(services, window),
        "getting started": lambda: GettingStartedDialog(window),
        "new action": lambda: ActionDialog(services, department_id=front, parent=window),
        "new training": lambda: TrainingDialog(services, department_id=front, parent=window),
    }
    made["request detail"] = lambda: RequestDialog(services, request, window)
    department = services.departments.list()[0]
    made.update({
        "department": lambda: DepartmentDialog(services, parent=window),
        "person": lambda: PersonDialog(services, parent=window),
        "agreement": lambda: AgreementDialog(services, parent=window),
        "calendar": lambda: CalendarDialog(services, department, window),
        "sign sheet": lambda: SignSheetDialog(services, parent=window),
        "idea": lambda: IdeaDialog(services, parent=window),
        "feedback": lambda: FeedbackDialog(services, department_id=front, parent=window),
        "recognition": lambda: RecognitionDialog(services, parent=window),
        "survey round": lambda: RoundDialog(services, window),
        "restore": lambda: RestoreDialog(services.backups.list(), window),
        "shortcuts": lambda: ShortcutsDialog(window.actions(), window),
    })
    return made


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])))
