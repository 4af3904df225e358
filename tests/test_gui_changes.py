"""Saved changes reach what is on screen, and only that: no screen reads before it is shown, a
save refreshes the visible screen if it is affected, hidden screens catch up when shown, and every
picker learns about new departments and people."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.services import Services
from icdesk.services.requests import RequestDraft
from icdesk.ui.main_window import MainWindow
from tests.helpers import demo_file

WATCHED = [("requests", "page"), ("feedback", "page"), ("actions", "list"), ("recognition", "list"),
           ("standards", "list"), ("agreements", "list"), ("reporting", "dashboard")]


def count_calls(services: Services, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    calls: Counter[str] = Counter()
    for service_name, method in WATCHED:
        service = getattr(services, service_name)
        original: Callable[..., Any] = getattr(service, method)

        def counted(*args: Any, _name: str = f"{service_name}.{method}", _original: Callable[..., Any] = original,
                    **kwargs: Any) -> Any:
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(service, method, counted)
    return calls


@pytest.fixture
def hotel(tmp_path: Path) -> Path:
    return demo_file(tmp_path)


def window_on(qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, Counter[str]]:
    services = open_services(path)
    calls = count_calls(services, monkeypatch)
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    return window, calls


def test_no_screen_reads_anything_before_it_is_shown(qtbot: QtBot, hotel: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window, calls = window_on(qtbot, hotel, monkeypatch)
    assert sum(calls.values()) == 0  # built, not shown
    window.show()
    assert calls == Counter({"reporting.dashboard": 1, "recognition.list": 1})  # only the dashboard
    window.show_screen("feedback")
    assert calls["feedback.page"] == 1 and calls["requests.page"] == 0
    window.services.close()


def test_a_save_refreshes_the_screen_on_view_and_no_other(qtbot: QtBot, hotel: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window, calls = window_on(qtbot, hotel, monkeypatch)
    window.show()
    window.show_screen("requests")
    screen = window.requests_screen
    before = screen.request_model.total
    calls.clear()
    it = window.services.departments.find_by_name("IT").id
    person = window.services.people.list()[0].id
    window.services.requests.create(RequestDraft(title="Printer on floor 2 jams", provider_id=it,
                                                 requester_id=person))
    # the list on view shows the new request at once; screens out of view read nothing
    assert screen.request_model.total == before + 1
    assert screen.request_model.rows[0].title == "Printer on floor 2 jams"
    assert calls["requests.page"] == 1
    assert calls["reporting.dashboard"] == 0 and calls["feedback.page"] == 0
    assert str(before + 1 - len([r for r in window.services.requests.list() if r.status.value in
                                 ("resolved", "closed", "cancelled")])) in window.status_counts.text()
    # the dashboard, out of view when the request was saved, catches up when shown
    window.show_screen("dashboard")
    assert calls["reporting.dashboard"] == 1
    # a change the requests list does not show (a recognition) does not make it read again
    window.show_screen("requests")
    calls.clear()
    window.services.recognition.recognise(message="Thanks for the quick fix", to_person_id=person)
    assert calls["requests.page"] == 0
    window.services.close()


def test_every_picker_learns_about_new_departments_and_people(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "new.sqlite")
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("requests")
    screen = window.requests_screen
    assert [screen.provider.itemText(i) for i in range(screen.provider.count())] == ["Any provider"]
    it = services.departments.create("IT")
    services.people.create("Laura Colombo", department_id=it.id)
    assert screen.provider.findData(it.id) >= 0 and screen.requester_dept.findData(it.id) >= 0
    assert screen.assignee.itemText(screen.assignee.count() - 1) == "Laura Colombo (IT)"
    window.show_screen("reports")
    reports = window.reports_screen
    reports.kind.setCurrentIndex(reports.kind.findData("scorecard"))
    assert reports.department.currentData() == it.id
    services.departments.create("HR")
    assert reports.department.count() == 2
    # a chosen filter survives the reload; a department archived while chosen falls back to "any"
    window.show_screen("requests")
    screen.provider.setCurrentIndex(screen.provider.findData(it.id))
    services.departments.create("Kitchen")
    assert screen.provider.currentData() == it.id
    services.departments.archive(it.id)
    assert screen.provider.currentData() is None
    services.close()
