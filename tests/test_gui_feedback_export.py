"""File > Export to CSV on the Feedback screen: every rating the list holds (not only the pages scrolled
to), in its filter and order, each cell as the table shows it, written on the export's own thread."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services.exports import neutralise
from icdesk.services.feedback import FeedbackDraft, FeedbackReferences, insert_feedback, prepare_feedback
from icdesk.ui.screens.loop import FeedbackScreen
from tests.conftest import FakeClock

# what people type: formulas a spreadsheet would run, lines, accents, Cyrillic, nothing at all
COMMENTS = ["=SUM(A1:A9)", "+49 30 1234", "first line\nsecond line", "Ärger mit dem Drucker", "Яблоко", "",
            "-5 stars", "@boss", "fine\x1f=not a formula", "'quoted"]


def rated(services: Services, clock: FakeClock, count: int) -> dict[str, int]:
    ids = {name: services.departments.create(name).id for name in ("IT", "Küche", "Front office")}
    person = services.people.create("Åsa Lind", department_id=ids["Front office"]).id
    drafts = [FeedbackDraft(rating=1 + i % 5, department_id=ids["IT"] if i % 3 else ids["Küche"],
                            comment=f"{COMMENTS[i % len(COMMENTS)]}" if i % 4 else f"Rating {i}",
                            author_id=person if i % 2 else None, anonymous=i % 7 == 0,
                            author_department_id=None if i % 7 == 0 else ids["Front office"])
              for i in range(count)]
    with services.db.transaction() as s:
        refs = FeedbackReferences(s, drafts)
        insert_feedback(s, [prepare_feedback(refs, clock() - timedelta(minutes=i), d) for i, d in enumerate(drafts)])
    return ids


def test_the_window_exports_every_rating_of_its_filter_and_order_as_shown(
        qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    ids = rated(services, clock, 1_600)  # some 1,070 of IT: an export reads pages of 500
    screen = FeedbackScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.department.setCurrentIndex(screen.department.findData(ids["IT"]))
    comment = next(i for i, c in enumerate(screen.table_model.columns) if c.order == "comment")
    screen.table.sortByColumn(comment, Qt.SortOrder.DescendingOrder)
    model = screen.table_model
    assert model.rowCount() == 200 < model.total  # one page shown; the export writes every rating
    target = tmp_path / "feedback.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in screen.count_label.text(), timeout=60000)
    assert model.rowCount() == 200  # the list shown stays as it was
    written = list(csv.reader(target.open(encoding="utf-8-sig", newline="")))

    while model.canFetchMore():  # the table itself, scrolled to its end
        model.fetchMore()
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rating = next(i for i, c in enumerate(model.columns) if c.order == "rating")
    for row in shown:  # the stars shown are written as their number, which a spreadsheet can average
        row[rating] = str(row[rating].count("\u2605"))
    assert written == [header, *[[neutralise(cell) for cell in row] for row in shown]]  # guarded as any CSV
    assert {row[rating] for row in written[1:]} <= {"1", "2", "3", "4", "5"}
    assert len(written) == 1 + sum(1 for f in services.feedback.list() if f.department_id == ids["IT"])
    comments = [row[comment] for row in written[1:]]
    assert {"'=SUM(A1:A9)", "'+49 30 1234", "'-5 stars", "'@boss", "''quoted", "first line second line",
            "fine\x1f=not a formula", "Ärger mit dem Drucker", "Яблоко", ""} <= set(comments)
    assert comments[0] == "Яблоко" and comments[-1] == ""  # Cyrillic last going up: first going down


def test_an_export_that_cannot_be_written_says_so_and_leaves_no_file(
        qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.gui_helpers import when_modal

    rated(services, clock, 30)
    screen = FeedbackScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    target = tmp_path / "gone" / "feedback.csv"  # a folder removed since it was picked
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []

    def read(box: object) -> None:
        assert isinstance(box, QMessageBox), type(box)
        said.append(box.text())
        box.close()

    errors = when_modal(read)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said or errors), timeout=60000)
    assert errors == [] and "does not exist" in said[0]
    assert not target.parent.exists() and not [p for p in tmp_path.rglob("*") if "feedback" in p.name]
    assert "exported" not in screen.count_label.text()


def test_an_export_that_fails_half_way_lets_go_of_the_data_file(
        qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows are read as they are written: when writing stops half way (a full disk), the read ends
    with it, so no snapshot of the file stays open until the next export (it would keep the log from
    being folded back into the file)."""
    from icdesk.domain.errors import StorageError
    from icdesk.services import exports

    rated(services, clock, 1_200)
    screen = FeedbackScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    real = exports.write_csv

    def disk_full_after_a_row(path: Path, header: object, rows: object, texts: bool = False,
                              delimiter: str = ",") -> int:
        next(iter(rows))  # type: ignore[call-overload]
        assert services.db.engine.pool.checkedout() == 1  # reading
        raise StorageError("The CSV file was not written: {value}.", value="No space left on device")

    monkeypatch.setattr(exports, "write_csv", disk_full_after_a_row)
    job = screen.export_job(tmp_path / "feedback.csv")
    with pytest.raises(StorageError):
        job()
    assert services.db.engine.pool.checkedout() == 0
    monkeypatch.setattr(exports, "write_csv", real)
    assert screen.export_job(tmp_path / "feedback.csv")() == services.feedback.count()
