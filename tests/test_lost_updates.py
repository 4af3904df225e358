"""Two people saving the same record: the second save is refused with a sentence, never written over the first."""

from __future__ import annotations

from datetime import timedelta

import pytest

from icdesk.domain.enums import PersonKind, Priority, RequestStatus
from icdesk.domain.errors import ConflictError
from icdesk.services import Services
from icdesk.services.organisation import DepartmentDraft
from icdesk.services.request_writes import RequestDraft
from icdesk.services.standards import StandardContent
from tests.helpers import ON_BOTH_STORES, small_org

pytestmark = ON_BOTH_STORES


def test_a_department_saved_over_a_newer_save_is_refused_and_the_first_save_stays(services: Services) -> None:
    opened_by_a = services.departments.create("Kitchen", "Cooks")
    opened_by_b = services.departments.get(opened_by_a.id)
    saved = services.departments.edit(opened_by_a.id, DepartmentDraft("Kitchen", "Cooks and bakers"),
                                      expected_version=opened_by_a.version)
    assert saved.version == opened_by_a.version + 1
    with pytest.raises(ConflictError) as refused:
        services.departments.edit(opened_by_b.id, DepartmentDraft("Cuisine", "Cooks"),
                                  expected_version=opened_by_b.version)
    assert "“Kitchen” was changed by someone else at" in str(refused.value)
    assert "not saved" in str(refused.value)
    now = services.departments.get(opened_by_a.id)
    assert (now.name, now.description, now.version) == ("Kitchen", "Cooks and bakers", saved.version)
    # reloaded, the second person's save goes through
    again = services.departments.edit(now.id, DepartmentDraft("Cuisine", now.description), expected_version=now.version)
    assert again.name == "Cuisine"


def test_a_save_that_changes_nothing_does_not_count_as_a_change(services: Services) -> None:
    row = services.departments.create("Kitchen")
    same = services.departments.edit(row.id, DepartmentDraft("Kitchen"), expected_version=row.version)
    assert same.version == row.version
    services.departments.edit(row.id, DepartmentDraft("Kitchen", "now described"), expected_version=row.version)


def test_people_actions_and_draft_standards_refuse_a_save_over_a_newer_one(services: Services) -> None:
    org = small_org(services, with_standard=False)
    person = services.people.get(org["anna"])
    services.people.update(person.id, "Anna Romano", PersonKind.FULL_TIME, org["acc"], "Accountant",
                           expected_version=person.version)
    with pytest.raises(ConflictError, match="Anna Romano"):
        services.people.update(person.id, "Anna Rossi", PersonKind.FULL_TIME, org["acc"],
                               expected_version=person.version)
    assert services.people.get(person.id).full_name == "Anna Romano"

    action = services.actions.open("Call the supplier", services.actions.today() + timedelta(days=7), org["laura"])
    services.actions.update(action.id, "Call the supplier twice", action.due_on, org["laura"],
                            expected_version=action.version)
    with pytest.raises(ConflictError, match="Call the supplier"):
        services.actions.update(action.id, "Write to the supplier", action.due_on, org["laura"],
                                expected_version=action.version)
    assert services.actions.get(action.id).description == "Call the supplier twice"

    draft = services.standards.create(org["it"], StandardContent(title="PMS access", steps=["Log it"]))
    services.standards.update_draft(draft.id, StandardContent(title="PMS access", steps=["Log it", "Fix it"]),
                                    expected_version=draft.version)  # only the steps changed: still a change
    with pytest.raises(ConflictError, match="PMS access"):
        services.standards.update_draft(draft.id, StandardContent(title="PMS log-in", steps=["Log it"]),
                                        expected_version=draft.version)
    assert services.standards.version(draft.id).steps == ("Log it", "Fix it")


def test_a_request_saved_over_a_newer_save_says_what_changed_who_did_it_and_when(services: Services) -> None:
    org = small_org(services)
    logged = services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"],
                                                   standard_id=org["std"]), actor_id=org["anna"])
    opened_by_b = services.requests.get(logged.row.id)
    services.requests.update(logged.row.id, RequestDraft("Printer jammed", org["it"], priority=Priority.HIGH),
                             actor_id=org["laura"], expected_version=logged.version)
    with pytest.raises(ConflictError) as refused:
        services.requests.update(logged.row.id, RequestDraft("Printer jammed again", org["it"]),
                                 actor_id=org["anna"], expected_version=opened_by_b.version)
    sentence = str(refused.value)
    assert sentence.startswith(f"Laura Colombo changed request #{logged.row.id} after you opened it (“edited”")
    detail = services.requests.get(logged.row.id)
    assert (detail.row.title, detail.row.priority) == ("Printer jammed", Priority.HIGH)
    # a status change counts too: the form that read the request before it must read it again
    services.requests.transition(logged.row.id, RequestStatus.IN_PROGRESS, actor_id=org["laura"])
    with pytest.raises(ConflictError, match="“status”"):
        services.requests.update(logged.row.id, RequestDraft("Printer jammed again", org["it"]),
                                 expected_version=detail.version)


def test_without_a_version_the_command_line_and_imports_save_as_before(services: Services) -> None:
    row = services.departments.create("Kitchen")
    services.departments.update(row.id, "Kitchen", "one")
    assert services.departments.update(row.id, "Kitchen", "two").version == row.version + 2


def test_two_pcs_pressing_resolve_or_writing_a_note_on_the_same_request_the_second_is_told(
        services: Services) -> None:
    """The request window's move buttons and notes pass the version the window read: a move or a note made
    on what the other PC has already changed is refused with the sentence, nothing written twice."""
    org = small_org(services)
    logged = services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"],
                                                   standard_id=org["std"]), actor_id=org["anna"])
    seen_by_a = services.requests.get(logged.row.id)
    seen_by_b = services.requests.get(logged.row.id)
    services.requests.transition(logged.row.id, RequestStatus.IN_PROGRESS, actor_id=org["laura"],
                                 expected_version=seen_by_a.version)
    with pytest.raises(ConflictError) as refused:
        services.requests.transition(logged.row.id, RequestStatus.IN_PROGRESS, actor_id=org["anna"],
                                     expected_version=seen_by_b.version)
    assert str(refused.value).startswith(f"Laura Colombo changed request #{logged.row.id} after you opened it "
                                         "(“status”")
    with pytest.raises(ConflictError):
        services.requests.add_note(logged.row.id, "Any news?", actor_id=org["anna"],
                                   expected_version=seen_by_b.version)
    moved = services.requests.get(logged.row.id)
    assert [e.kind.value for e in moved.events] == ["created", "status"]
    # reloaded, both go through; the first Resolve wins and the second PC's Resolve is refused
    a = services.requests.add_note(logged.row.id, "Any news?", actor_id=org["anna"], expected_version=moved.version)
    b = services.requests.get(logged.row.id)
    services.requests.transition(logged.row.id, RequestStatus.RESOLVED, actor_id=org["laura"],
                                 expected_version=a.version)
    with pytest.raises(ConflictError, match="“status”"):
        services.requests.transition(logged.row.id, RequestStatus.RESOLVED, actor_id=org["anna"],
                                     expected_version=b.version)
    final = services.requests.get(logged.row.id)
    assert final.row.status is RequestStatus.RESOLVED
    assert [e.kind.value for e in final.events] == ["created", "status", "note", "status"]
