"""Document control: department codes, document IDs, approval and review facts, editions and their changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.rules import suggested_code
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force


def publish(services: Services, department_id: int, title: str, **content: object) -> int:
    draft = services.standards.create(department_id, StandardContent(title=title, steps=["Do it."], **content))  # type: ignore[arg-type]
    put_in_force(services, draft.id)
    return draft.id


def test_codes_are_made_from_names_kept_on_rename_and_unique() -> None:
    assert suggested_code("IT", set()) == "IT"
    assert suggested_code("Front Office", set()) == "FO"
    assert suggested_code("Sales & Marketing", set()) == "SM"
    assert suggested_code("Housekeeping", {"HOU"}) == "HOU2"
    assert suggested_code("Кухня", set()) == "КУХ"
    assert suggested_code("Department 011", set()) == "D011"


def test_a_department_keeps_its_code_when_renamed(services: Services) -> None:
    house = services.departments.create("Housekeeping")
    assert house.code == "HOU"
    assert services.departments.update(house.id, "Rooms & Linen").code == "HOU"
    assert services.departments.create("Housing").code == "HOU2"
    with pytest.raises(DuplicateError, match="already has the code “HOU”"):
        services.departments.create("Laundry", code="hou")
    with pytest.raises(ValidationError, match="only letters, digits and dashes"):
        services.departments.create("Laundry", code="L/1")
    assert services.departments.create("Laundry", code="lau-1").code == "LAU-1"


def test_document_ids_stay_the_same_across_versions(services: Services) -> None:
    it = services.departments.create("IT")
    publish(services, it.id, "Printers")
    second = publish(services, it.id, "Accounts")
    assert services.standards.version(second).document_id == "IT-002"
    draft = services.standards.new_version(services.standards.version(second).standard_id)
    put_in_force(services, draft.id)
    assert services.standards.version(draft.id).document_id == "IT-002"
    assert {v.title: v.document_id for v in services.standards.active_versions()} == {
        "Printers": "IT-001", "Accounts": "IT-002"}


def test_control_gives_approval_review_and_history(services: Services, clock: FakeClock) -> None:
    it = services.departments.create("IT")
    first = publish(services, it.id, "Printers", next_review_on=clock.now.date() + timedelta(days=20))
    clock.advance(days=30)
    draft = services.standards.new_version(services.standards.version(first).standard_id)
    services.standards.update_draft(draft.id, StandardContent(
        title="Printers", steps=["Do it."], change_note="Faster.", next_review_on=date(2026, 3, 20)))
    put_in_force(services, draft.id)
    control = services.standards.control(draft.id)
    assert control.document_id == "IT-001" and control.version == 2
    assert control.approved_on == clock.now.date() and control.approved_by == "Owner Manager"  # the named approver
    assert [r.approved_by for r in control.revisions] == ["Owner Manager", "Owner Manager"]
    assert control.review_overdue  # 20 March, and it is 1 April
    assert [(r.number, r.change_note) for r in control.revisions] == [(2, "Faster."), (1, "")]


def test_editions_record_what_changed_since_the_last(services: Services, clock: FakeClock) -> None:
    it = services.departments.create("IT")
    hr = services.departments.create("HR")
    printers = publish(services, it.id, "Printers")
    publish(services, hr.id, "Payroll")
    assert services.editions.latest() is None
    first = services.editions.issue(1)
    assert (first.number, first.issued_on) == (1, clock.now.date())
    with pytest.raises(RuleError, match="Edition 1 of the handbook has already been issued"):
        services.editions.issue(1)
    clock.advance(days=3)
    draft = services.standards.new_version(services.standards.version(printers).standard_id)
    services.standards.update_draft(draft.id, StandardContent(title="Printers", steps=["Do it."],
                                                              change_note="Toner kept in stock."))
    put_in_force(services, draft.id)
    publish(services, it.id, "Accounts")
    services.standards.retire(services.standards.active_versions([hr.id])[0].standard_id)
    changes = {c.document_id: c for c in services.editions.changes_since(first.issued_at)}
    assert {k: c.kind for k, c in changes.items()} == {"IT-001": "revised", "IT-002": "new", "HR-001": "withdrawn"}
    assert (changes["IT-001"].old_version, changes["IT-001"].new_version) == (1, 2)
    assert changes["IT-001"].change_note == "Toner kept in stock."
    assert [c.document_id for c in services.editions.changes_since(first.issued_at, [hr.id])] == ["HR-001"]
