"""Small builders shared by the tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from icdesk.domain.enums import PersonKind, RevisionKind
from icdesk.services import Services
from icdesk.services.dto import StandardVersionDetail
from icdesk.services.standards import StandardContent

# The ``services`` of a test marked so keep their company in a SQLite file and, in a second run, in a
# fresh database on a PostgreSQL server (skipped with the reason when there is none).
ON_BOTH_STORES = pytest.mark.parametrize("store", ["sqlite", "postgresql"])


def approver_for(services: Services, version: StandardVersionDetail) -> int:
    """Someone allowed to approve ``version``: its department's head or the owner-manager, who is
    added (without a department) when the company has neither."""
    for choice in services.standards.approvers(version.department_id):
        if choice.person_id != version.owner_id:
            return choice.person_id
    return services.people.create("Owner Manager", kind=PersonKind.OWNER).id


def put_in_force(services: Services, version_id: int,
                 revision: RevisionKind = RevisionKind.MAJOR) -> StandardVersionDetail:
    """Draft -> in review -> approved -> active, the way the window does it."""
    version = services.standards.version(version_id)
    approver = approver_for(services, version)
    services.standards.submit(version_id, approver)
    return services.standards.approve(version_id, approver, revision, publish=True)


def active_standard(
    services: Services, department_id: int, title: str = "PMS access", response_h: float = 1, resolution_h: float = 4
) -> StandardVersionDetail:
    draft = services.standards.create(department_id, StandardContent(
        title=title, steps=["Log the problem", "Call back", "Fix it"],
        first_response_minutes=round(response_h * 60), resolution_minutes=round(resolution_h * 60)))
    return put_in_force(services, draft.id)


def small_org(services: Services, with_standard: bool = True) -> dict[str, int]:
    """IT serving Accounting: Anna (Accounting) asks, Laura (IT) works; IT's standard in force."""
    it = services.departments.create("IT").id
    acc = services.departments.create("Accounting").id
    org = {"it": it, "acc": acc, "anna": services.people.create("Anna Romano", department_id=acc).id,
           "laura": services.people.create("Laura Colombo", department_id=it).id}
    if with_standard:
        org["std"] = active_standard(services, it, response_h=1, resolution_h=4).standard_id
    return org


def demo_file(tmp_path: Path) -> Path:
    """A closed data file holding the example hotel, for tests that open it in the window."""
    from icdesk.app import open_services

    path = tmp_path / "hotel.sqlite"
    services = open_services(path)
    services.demo.fill()
    services.close()
    return path



def self_request_from_before(services: Services, department_id: int, person_id: int, other_id: int) -> int:
    """A request of ``department_id`` asked by one of its own people, as files from before that was
    refused may hold: prepared as asked on behalf of ``other_id`` (any other department), then stored
    as asked by the person's own department, through the same insert as every request."""
    from icdesk.services.request_references import RequestReferences
    from icdesk.services.request_writes import NewRequest, RequestDraft, insert_requests, prepare_request

    item = NewRequest(services.ctx.clock(), RequestDraft("My own laptop", department_id, requester_id=person_id,
                                                         requester_department_id=other_id))
    with services.db.transaction() as s:
        prepared = prepare_request(RequestReferences.for_items(s, [item]), services.ctx.sla, item)
        prepared.fixed["requester_department_id"] = department_id  # what the older window stored
        [request_id] = insert_requests(s, [prepared], services.ctx.sla)
    return request_id


def as_0016_left_it(connection: sqlite3.Connection) -> None:
    """Turn an example file back into what icdesk 0016 wrote: no comment keys (0017), no indexes of the
    requests that met or missed their target (0018), no versions of agreements, training, ideas and
    recognitions (0019); an upgrade has each step to make again."""
    connection.execute("UPDATE alembic_version SET version_num = '0016'")
    for index in ("ix_requests_missed", "ix_requests_resolved_met", "ix_feedback_comment_key"):
        connection.execute(f"DROP INDEX {index}")
    connection.execute("ALTER TABLE feedback DROP COLUMN comment_key")
    for table in ("service_agreements", "training_sessions", "cross_trainings", "ideas", "recognitions"):
        connection.execute(f"ALTER TABLE {table} DROP COLUMN version")
        connection.execute(f"ALTER TABLE {table} DROP COLUMN changed_at")
