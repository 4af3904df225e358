"""The example hotel: realistic, deterministic, and valid under every rule."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from icdesk.db.store import open_data_file
from icdesk.domain.enums import RequestStatus
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from tests.conftest import FakeClock


def fill(path: Path, clock: FakeClock, **options: int) -> Services:
    services = Services(open_data_file(path), clock=clock)
    services.demo.fill(DemoOptions(**options))
    return services


def dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, title, status, provider_id, created_at, resolved_at FROM requests "
                        "ORDER BY id").fetchall()
    rows += conn.execute("SELECT id, rating, comment FROM feedback ORDER BY id").fetchall()
    conn.close()
    return rows


def test_example_hotel_has_the_shape_of_the_brief(tmp_path: Path, clock: FakeClock) -> None:
    services = fill(tmp_path / "hotel.sqlite", clock)
    try:
        names = [d.name for d in services.departments.list()]
        assert {"Front Office", "Housekeeping", "Kitchen", "Dining Room", "IT", "HR"} <= set(names)
        assert len(services.people.list()) == 30
        standards = services.standards.list()
        assert len(standards) == 20 and any(s.number > 1 for s in standards)
        assert all(4 <= len(v.steps) <= 8 for v in services.standards.active_versions())
        pairs = {(a.provider_name, a.customer_name) for a in services.agreements.list()}
        assert ("IT", "HR") in pairs and ("Kitchen", "Dining Room") in pairs
        assert services.requests.count() == 300
        rows = services.requests.list()
        on_time = [r for r in rows if r.resolved_at and r.resolution_due_at and r.resolved_at <= r.resolution_due_at]
        late = [r for r in rows if r.resolved_at and r.resolution_due_at and r.resolved_at > r.resolution_due_at]
        assert len(on_time) > 2 * len(late) > 0
        assert services.requests.overdue_ids(), "a realistic desk has a few overdue requests"
        assert any(r.status is RequestStatus.WAITING or r.paused_seconds for r in rows)
        feedback = services.feedback.list()
        assert len(feedback) > 60 and any(f.breakdown_point for f in feedback) and any(f.anonymous for f in feedback)
        assert services.actions.list() and services.recognition.list()
        assert services.maintenance.check().ok
        company = services.company.get()
        assert company is not None and company.service_vision
    finally:
        services.close()


def test_same_seed_same_data(tmp_path: Path, clock: FakeClock) -> None:
    fill(tmp_path / "a.sqlite", clock, seed=7, requests=120).close()
    fill(tmp_path / "b.sqlite", clock, seed=7, requests=120).close()
    fill(tmp_path / "c.sqlite", clock, seed=8, requests=120).close()
    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")
    assert dump(tmp_path / "a.sqlite") != dump(tmp_path / "c.sqlite")


def test_demo_data_obeys_the_rules(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "rules.sqlite"
    fill(path, clock, requests=400).close()
    conn = sqlite3.connect(path)
    # feedback only on resolved or closed requests, never by the assignee
    assert conn.execute("SELECT count(*) FROM feedback f JOIN requests r ON r.id = f.request_id "
                        "WHERE r.status NOT IN ('resolved', 'closed') OR f.author_id = r.assignee_id"
                        ).fetchone() == (0,)
    # the first response is the time of the first move out of new
    assert conn.execute("SELECT count(*) FROM requests r WHERE r.first_response_at IS NOT NULL AND "
                        "r.first_response_at != (SELECT min(at) FROM request_events e WHERE e.request_id = r.id "
                        "AND e.from_status = 'new')").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM corrective_actions WHERE due_on < opened_on").fetchone() == (0,)
