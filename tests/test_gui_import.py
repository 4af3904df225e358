"""File → Import in the window: how the file was read (and changing it), the columns, the plan,
hundreds of problems, the import in the background with Cancel, and the screens that follow."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services.imports import ImportPlan
from icdesk.ui.dialogs.import_file import ImportDialog
from tests.gui_helpers import when_modal

WAIT = 60_000  # ms: a generous bound on a busy machine; the tests wait for the result, not a duration


def opened(qtbot: QtBot, services: Services, kind: str = "departments") -> ImportDialog:
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def checked(qtbot: QtBot, dialog: ImportDialog, action: Callable[[], None]) -> ImportPlan:
    """Do ``action`` (load a file, change a setting) and wait until the check it starts has reported."""
    action()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.plan is not None, dialog.error.text()
    return dialog.plan


def column(dialog: ImportDialog, name: str) -> list[str]:
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    index = headers.index(name)
    return [dialog.preview.item(r, index).text() for r in range(dialog.preview.rowCount())]


def test_a_regional_csv_shows_how_it_was_read_and_can_be_read_otherwise(qtbot: QtBot, services: Services,
                                                                       tmp_path: Path) -> None:
    path = tmp_path / "reparti.csv"
    path.write_bytes("nome;descrizione\r\nCaffè;Già pronto, perché sì\r\n".encode("cp1252"))
    dialog = opened(qtbot, services)
    checked(qtbot, dialog, lambda: dialog.load(path))
    assert dialog.encoding.currentText() == "Windows-1252" and dialog.delimiter.currentData() == ";"
    assert not dialog.sheet.isVisible() and dialog.encoding.isVisible()
    assert column(dialog, "Name") == ["Caffè"] and column(dialog, "Description") == ["Già pronto, perché sì"]
    assert dialog.import_button.isEnabled()
    checked(qtbot, dialog, lambda: dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251")))
    assert column(dialog, "Name") == ["Caffи"]  # what the user chose is what the preview shows
    checked(qtbot, dialog, lambda: dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(",")))
    assert dialog.plan is not None and dialog.plan.header == ["nome;descrizione"]
    assert "required" in dialog.problems.item(0, 2).text() and not dialog.import_button.isEnabled()
    checked(qtbot, dialog, lambda: dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";")))
    checked(qtbot, dialog, lambda: dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252")))
    assert column(dialog, "Name") == ["Caffè"]


def test_a_workbook_offers_its_sheets(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "hotel.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Reparti"
    book.active.append(["nome"])
    book.active.append(["Cucina"])
    staff = book.create_sheet("Persone")
    staff.append(["nome"])
    staff.append(["Anna"])
    staff.append(["Marco"])
    book.save(path)
    dialog = opened(qtbot, services)
    checked(qtbot, dialog, lambda: dialog.load(path))
    assert dialog.sheet.isVisible() and not dialog.encoding.isVisible()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Reparti", "Persone"]
    assert column(dialog, "Name") == ["Cucina"]
    checked(qtbot, dialog, lambda: dialog.sheet.setCurrentText("Persone"))
    assert column(dialog, "Name") == ["Anna", "Marco"] and column(dialog, "Row") == ["2", "3"]


def test_the_columns_are_recognised_and_can_be_matched_by_hand(qtbot: QtBot, services: Services,
                                                               tmp_path: Path) -> None:
    services.departments.create("IT")
    path = tmp_path / "people.csv"
    path.write_text("Nimi;Osasto;Huom\nAino Virtanen;IT;x\nMikko;Huolto;y\n", encoding="utf-8")
    dialog = opened(qtbot, services, "people")
    checked(qtbot, dialog, lambda: dialog.load(path))
    assert dialog.combos["full_name"].currentData() == "Nimi"  # recognised from the Finnish header
    assert dialog.combos["department"].currentData() == "Osasto"
    assert dialog.ignored.text() == "Not imported: Huom"
    assert (dialog.problems.item(0, 0).text(), dialog.problems.item(0, 1).text(),
            dialog.problems.item(0, 2).text()) == ("3", "B · Osasto", "There is no department called “Huolto”.")
    assert not dialog.import_button.isEnabled()
    combo = dialog.combos["department"]
    checked(qtbot, dialog, lambda: combo.setCurrentIndex(combo.findData(None)))
    assert dialog.problems_box.isHidden() and dialog.import_button.isEnabled()
    assert dialog.plan is not None and "department" not in dialog.plan.mapping


def test_hundreds_of_problems_are_a_readable_list(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,department\n" + "".join(f"Person {i},Nowhere {i % 7}\n" for i in range(400)),
                    encoding="utf-8")
    dialog = opened(qtbot, services, "people")
    checked(qtbot, dialog, lambda: dialog.load(path))
    assert dialog.problems.rowCount() == 400 and dialog.problems_title.text() == "400 rows with a problem"
    assert dialog.problems.item(399, 0).text() == "401"
    dialog.copy_problems()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tProblem" and copied[1] == (
        "2\tB · department\tThere is no department called “Nowhere 0”.")
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_no_table_is_said_in_the_dialog(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    dialog = opened(qtbot, services)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.error.isVisible() and "photo.csv is not a table" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_import_runs_in_the_background_and_the_screens_follow(qtbot: QtBot, services: Services,
                                                              tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.ui.main_window import MainWindow

    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("organisation")
    assert window.import_action.text().replace("&", "") == "Import\u2026"
    path = tmp_path / "deps.csv"
    path.write_text("name,description\nSpa,Wellness\nBar,Drinks\n", encoding="utf-8")
    seen: list[str] = []

    def import_file(dialog: object) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.load(path)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
        seen.append(dialog.summary.text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    errors = when_modal(import_file)
    window.import_action.trigger()
    assert errors == [] and seen == ["2 to add, 0 to update, 0 already the same."]
    assert [d.name for d in services.departments.list()] == ["Bar", "Spa"]
    assert "Imported: 2 added" in window.statusBar().currentMessage()
    # the list on screen heard of the commit made in the background, and shows the new rows
    departments = window.screen_of("organisation").departments  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: departments.table_model.rowCount() == 2, timeout=WAIT)


def test_cancel_stops_the_import_and_nothing_is_written(qtbot: QtBot, services: Services, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "deps.csv"
    path.write_text("name\n" + "".join(f"Department {i}\n" for i in range(50)), encoding="utf-8")
    before = hashlib.sha256(services.db.path.read_bytes()).hexdigest()
    started = threading.Event()
    real_apply = services.imports.apply

    def apply_until_cancelled(*args: object, cancelled: Callable[[], bool], **kwargs: object) -> ImportPlan:
        started.set()
        while not cancelled():  # holds the import open until the user presses Stop
            threading.Event().wait(0.01)
        return real_apply(*args, cancelled=cancelled, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.imports, "apply", apply_until_cancelled)
    dialog = opened(qtbot, services)
    checked(qtbot, dialog, lambda: dialog.load(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert dialog.stop_button.isVisible() and not dialog.kind.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.summary.text() == "Import stopped; nothing was written."
    assert dialog.isVisible() and not dialog.imported and dialog.kind.isEnabled()
    assert services.departments.list() == []
    assert hashlib.sha256(services.db.path.read_bytes()).hexdigest() == before


def test_standards_preview_shows_targets_and_steps_as_understood(qtbot: QtBot, services: Services,
                                                                 tmp_path: Path) -> None:
    services.departments.create("IT")
    path = tmp_path / "sop.csv"
    path.write_text("title,department,first response (minutes),resolution,Step 1,Step 2\n"
                    "Password reset,IT,15,1:30,Check who asks,Reset it\n", encoding="utf-8")
    dialog = opened(qtbot, services, "standards")
    checked(qtbot, dialog, lambda: dialog.load(path))
    assert column(dialog, "First-response target") == ["15 min"]
    assert column(dialog, "Resolution target") == ["1 h 30 min"]
    assert column(dialog, "Steps") == ["1. Check who asks  2. Reset it"]
    assert "arrive as drafts" in dialog.kind_hint.text()
