"""CSV files a spreadsheet opens in columns in the language they are written in: ';' where that
language writes 2,5 (Finnish, Russian, Italian, Spanish), ',' in English; and icdesk reads its own
exports back in every language."""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icdesk.db.store import open_data_file
from icdesk.domain.enums import PersonKind
from icdesk.services import Services
from icdesk.ui.list_screen import ListScreen
from tests.conftest import FakeClock

SEPARATOR = {"en": ",", "fi": ";", "ru": ";", "it": ";", "es": ";"}


@pytest.fixture
def window_in() -> Iterator[object]:
    """Switches the window's language for one test and back to English after it."""
    from icdesk.ui.language import apply_language

    yield apply_language
    apply_language("en")


def export_from(qtbot: QtBot, screen: ListScreen, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export CSV… clicked, the file name given, and the export waited for."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and screen.count_label.text().strip() != "", timeout=30000)
    qtbot.waitUntil(lambda: str(target) in screen.count_label.text(), timeout=30000)


def rows_of(path: Path, delimiter: str) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: accents and Cyrillic shown right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def company(services: Services) -> None:
    kitchen = services.departments.create("Keittiö, ravintola")  # a comma in a name: quoted, not split
    it = services.departments.create("IT")
    services.people.create("Åsa Lind", department_id=kitchen.id, job_title="Kokki; vuoro 2")
    services.people.create("Ольга Иванова", department_id=it.id, kind=PersonKind.OWNER, email="olga@example.com")


@pytest.mark.parametrize("lang", list(SEPARATOR))
def test_the_windows_export_is_separated_as_its_language_expects(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window_in: object,
        lang: str) -> None:
    from icdesk.ui.screens.organisation import PeopleList

    company(services)
    window_in(lang)  # type: ignore[operator]
    screen = PeopleList(services)
    qtbot.addWidget(screen)
    screen.show()
    export_from(qtbot, screen, tmp_path / "people.csv", monkeypatch)
    rows = rows_of(tmp_path / "people.csv", SEPARATOR[lang])
    assert len(rows) == 3 and all(len(row) == 5 for row in rows)  # every row in its five columns
    assert {row[0] for row in rows[1:]} == {"Åsa Lind", "Ольга Иванова"}
    assert "Kokki; vuoro 2" in {row[2] for row in rows[1:]}  # the separator inside a cell stays in it


@pytest.mark.parametrize("lang", list(SEPARATOR))
def test_the_windows_export_of_departments_and_people_imports_into_another_file(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window_in: object,
        empty_data_file: Path, clock: FakeClock, lang: str) -> None:
    """Finnish first of all (the tester's language): headers, kinds and states as the window shows them."""
    from icdesk.ui.screens.organisation import DepartmentList, PeopleList

    company(services)
    window_in(lang)  # type: ignore[operator]
    for kind, screen_type in (("departments", DepartmentList), ("people", PeopleList)):
        screen = screen_type(services)
        qtbot.addWidget(screen)
        screen.show()
        export_from(qtbot, screen, tmp_path / f"{kind}.csv", monkeypatch)
    copy = tmp_path / "other.sqlite"
    shutil.copyfile(empty_data_file, copy)
    os.chmod(copy, 0o600)
    other = Services(open_data_file(copy), clock=clock)
    try:
        for kind in ("departments", "people"):
            plan = other.imports.plan(kind, tmp_path / f"{kind}.csv")
            assert plan.delimiter == SEPARATOR[lang] and not plan.problems, plan.problems
            other.imports.apply(kind, tmp_path / f"{kind}.csv")
        assert sorted(d.name for d in other.departments.list()) == ["IT", "Keittiö, ravintola"]
        people = {p.full_name: p for p in other.people.list()}
        assert people["Åsa Lind"].department_name == "Keittiö, ravintola"
        assert people["Åsa Lind"].job_title == "Kokki; vuoro 2"
        assert people["Ольга Иванова"].kind == PersonKind.OWNER
        assert people["Ольга Иванова"].email == "olga@example.com"
    finally:
        other.close()


@pytest.mark.parametrize(("given", "expected"), [([], ","), (["--delimiter", ";"], ";"),
                                                 (["--delimiter", "semicolon"], ";"), (["--delimiter", "tab"], "\t")])
def test_icdesk_export_writes_the_separator_asked_for(
        services: Services, db_path: Path, tmp_path: Path, given: list[str], expected: str) -> None:
    from icdesk.cli import main

    company(services)
    services.close()
    out = tmp_path / "people.csv"
    assert main(["--db", str(db_path), "export", "people", "--out", str(out), *given]) == 0
    rows = rows_of(out, expected)
    assert rows[0][:3] == ["full_name", "department", "kind"]  # English, as every `icdesk export`
    assert ["Åsa Lind", "Keittiö, ravintola"] in [row[:2] for row in rows]
    assert main(["--db", str(db_path), "import", "people", str(out), "--dry-run"]) == 0  # read back as written


def test_icdesk_export_refuses_a_separator_no_import_could_read(
        services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icdesk.cli import main

    services.close()
    assert main(["--db", str(db_path), "export", "people", "--out", str(tmp_path / "p.csv"), "--delimiter", "x"]) != 0
    assert "cannot separate columns" in capsys.readouterr().err
    assert not (tmp_path / "p.csv").exists()


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_the_requests_export_holds_moments_a_spreadsheet_can_sort(
        qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        window_in: object, lang: str) -> None:
    """Logged with its time and Due as the moment it falls due (not "due in 4 working h (Tue 14:06)",
    true only at the moment of the export); what the deadline is doing in a column of its own."""
    from icdesk.domain.enums import RequestStatus
    from icdesk.i18n import Formatter
    from icdesk.services.request_writes import RequestDraft
    from icdesk.ui.screens.requests import RequestsScreen
    from tests.helpers import small_org

    org = small_org(services)  # IT's standard: first response within 1 h, resolved within 4 h
    late = services.requests.create(RequestDraft("PMS access", org["it"], requester_id=org["anna"],
                                                 standard_id=org["std"]))
    clock.advance(minutes=30)
    untimed = services.requests.create(RequestDraft("Chair", org["it"], requester_id=org["anna"]))
    waiting = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"],
                                                    standard_id=org["std"]))
    services.requests.transition(waiting.row.id, RequestStatus.IN_PROGRESS)
    services.requests.transition(waiting.row.id, RequestStatus.WAITING)
    clock.advance(minutes=2)
    in_time = services.requests.create(RequestDraft("Mouse", org["it"], requester_id=org["anna"],
                                                    standard_id=org["std"]))
    clock.advance(hours=1)  # the first one's first response (due 10:00) is late; the mouse's is not (11:32)
    clock.advance(minutes=-5)
    stored = {r.id: r for r in services.requests.list()}
    from icdesk.ui import formatting

    # put back as it was after the test: taken before the language changes it, or this test's Finnish
    # formatter was put back after window_in had gone back to English, and later tests spoke Finnish
    monkeypatch.setattr(formatting, "_current", formatting.fmt())
    window_in(lang)  # type: ignore[operator]
    # as the main window does on opening the company (another test may have left its own zone)
    formatting.set_zone(services.ctx.sla.zone)
    screen = RequestsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    export_from(qtbot, screen, tmp_path / "requests.csv", monkeypatch)
    rows = rows_of(tmp_path / "requests.csv", SEPARATOR[lang])
    header, by_number = rows[0], {row[0]: row for row in rows[1:]}
    assert len(by_number) == 4 and all(len(row) == len(header) for row in rows)
    f = Formatter(lang, services.ctx.sla.zone)

    def cell(request_id: int, column: int) -> str:
        return by_number[str(request_id)][column]

    logged, due, state = (header.index(name) for name in (
        {"en": "Logged", "fi": f.translate("RequestTableModel", "Logged")}[lang],
        {"en": "Due", "fi": f.translate("RequestTableModel", "Due")}[lang],
        {"en": "Due state", "fi": f.translate("RequestTableModel", "Due state")}[lang]))
    for number, request in stored.items():
        assert cell(number, logged) == f.datetime(request.created_at)  # "2.3.2026 9.00": with its time
    assert cell(late.row.id, due) == f.datetime(stored[late.row.id].response_due_at) != ""
    assert cell(in_time.row.id, due) == f.datetime(stored[in_time.row.id].response_due_at) != ""
    assert cell(untimed.row.id, due) == ""
    assert cell(waiting.row.id, due) == f.datetime(stored[waiting.row.id].resolution_due_at) != ""
    if lang == "en":
        assert [cell(r, state) for r in (late.row.id, in_time.row.id, untimed.row.id, waiting.row.id)] == [
            "overdue", "", "no target", "paused (waiting)"]
    else:
        assert [cell(r, state) for r in (late.row.id, in_time.row.id, untimed.row.id, waiting.row.id)] == [
            f.translate("RequestTableModel", "overdue"), "", f.translate("Formatting", "no target"),
            f.translate("Formatting", "paused (waiting)")]
        assert cell(late.row.id, state) != "overdue"  # translated
