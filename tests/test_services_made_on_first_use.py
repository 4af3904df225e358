"""The services of an open file are made on first use (services/container.py): each is one object
however often and from however many threads it is asked for, and a module nobody used is not loaded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from icdesk.services import Services
from icdesk.services.container import MADE_ON_FIRST_USE
from icdesk.services.requests import RequestService
from tests.helpers import small_org
from tests.test_start_memory import run_python


def test_every_service_is_one_object_of_its_kind(services: Services) -> None:
    for name, (module, kind) in MADE_ON_FIRST_USE.items():
        service = getattr(services, name)
        assert type(service).__name__ == kind and type(service).__module__ == f"icdesk.services.{module}"
        assert getattr(services, name) is service
        assert getattr(service, "ctx", services.ctx) is services.ctx  # one context: one clock, one cache


def test_threads_asking_at_once_get_the_same_service(services: Services) -> None:
    start = threading.Barrier(8)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(services.requests)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 8 and len({id(service) for service in got}) == 1
    assert isinstance(got[0], RequestService)


def test_a_service_made_late_works_as_one_made_at_once(services: Services) -> None:
    org = small_org(services)
    assert [d.name for d in services.departments.list()] == ["Accounting", "IT"]
    assert {p.id for p in services.people.list()} >= {org["anna"], org["laura"]}


def test_a_name_that_is_no_service_is_refused(services: Services) -> None:
    with pytest.raises(AttributeError, match="no attribute 'requestz'"):
        services.requestz  # type: ignore[attr-defined]  # noqa: B018


def test_a_service_module_is_loaded_only_when_its_service_is_first_used(empty_data_file: Path,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "company.sqlite"
    path.write_bytes(empty_data_file.read_bytes())
    out = run_python("import sys\nfrom icdesk.db.store import open_store\nfrom icdesk.services import Services\n"
                     f"services = Services(open_store({str(path)!r}))\n"
                     "print('BEFORE:', 'icdesk.services.surveys' in sys.modules)\n"
                     "print('ROUNDS:', services.surveys.rounds())\n"
                     "print('AFTER:', 'icdesk.services.surveys' in sys.modules)\nservices.close()\n")
    assert "BEFORE: False" in out
    assert "ROUNDS: []" in out
    assert "AFTER: True" in out
