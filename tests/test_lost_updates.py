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


def test_agreements_training_ideas_and_recognitions_refuse_a_save_over_a_newer_one(services: Services) -> None:
    """Two windows open on the same agreement, training, cross-training, idea or recognition: the second
    save is refused in words and the first one stays (it was written over without a word)."""
    from icdesk.domain.enums import IdeaStatus
    from icdesk.services.ideas import IdeaDraft
    from icdesk.services.training import CrossTrainingDraft, TrainingDraft

    org = small_org(services, with_standard=False)
    today = services.actions.today()

    agreement = services.agreements.create(org["it"], org["acc"], customer_needs="Laptops in a day")
    saved = services.agreements.update(agreement.id, "Laptops in two days", "", expected_version=agreement.version)
    assert saved.version == agreement.version + 1
    with pytest.raises(ConflictError, match="IT → Accounting"):
        services.agreements.update(agreement.id, "Laptops in an hour", "Tickets logged",
                                   expected_version=agreement.version)
    assert services.agreements.get(agreement.id).customer_needs == "Laptops in two days"

    session, _ = services.training.create(TrainingDraft("Password resets", today, 60, org["it"], org["laura"]))
    services.training.update(session.id, TrainingDraft("Password resets", today, 90, org["it"], org["laura"]),
                             expected_version=session.version)
    with pytest.raises(ConflictError, match="Password resets"):
        services.training.update(session.id, TrainingDraft("Password resets", today, 30, org["it"], org["laura"]),
                                 expected_version=session.version)
    assert services.training.get(session.id).duration_minutes == 90

    cross = services.training.cross_train(CrossTrainingDraft(org["anna"], org["it"], today, org["laura"]))
    services.training.update_cross(cross.id, CrossTrainingDraft(org["anna"], org["it"], today, org["laura"],
                                                                 note="Printers"), expected_version=cross.version)
    with pytest.raises(ConflictError, match="Anna Romano"):
        services.training.update_cross(cross.id, CrossTrainingDraft(org["anna"], org["it"], today, None, note="x"),
                                       expected_version=cross.version)
    assert services.training.cross_get(cross.id).note == "Printers"

    idea = services.ideas.propose(IdeaDraft("Shared printer queue", department_ids=[org["it"], org["acc"]]))
    services.ideas.update(idea.id, IdeaDraft("Shared printer queue", "One queue", [org["it"], org["acc"]]),
                          expected_version=idea.version)
    with pytest.raises(ConflictError, match="Shared printer queue"):
        services.ideas.update(idea.id, IdeaDraft("Printer queue", "", [org["it"], org["acc"]]),
                              expected_version=idea.version)
    with pytest.raises(ConflictError, match="Shared printer queue"):
        services.ideas.set_status(idea.id, IdeaStatus.UNDER_TRIAL, "", expected_version=idea.version)
    assert services.ideas.get(idea.id).description == "One queue"

    thanks = services.recognition.recognise(message="Thanks for the laptop", to_person_id=org["laura"],
                                            from_person_id=org["anna"])
    services.recognition.change(thanks.id, message="Thanks for the laptop, fast", expected_version=thanks.version)
    with pytest.raises(ConflictError, match="Laura Colombo"):
        services.recognition.change(thanks.id, message="Thanks!", expected_version=thanks.version)
    assert services.recognition.list()[0].message == "Thanks for the laptop, fast"


def test_a_change_of_only_who_attended_or_which_departments_still_counts_as_a_change(services: Services) -> None:
    """Ticking one more attendee (or department) is a save like any other: a window holding the session
    from before is told, rather than putting its own list back over the new one."""
    from icdesk.services.ideas import IdeaDraft
    from icdesk.services.training import TrainingDraft

    org = small_org(services, with_standard=False)
    today = services.actions.today()
    session, _ = services.training.create(TrainingDraft("Password resets", today, 60, org["it"], org["laura"]))
    services.training.update(session.id, TrainingDraft("Password resets", today, 60, org["it"], org["laura"],
                                                       attendee_ids=[org["anna"]]), expected_version=session.version)
    with pytest.raises(ConflictError, match="Password resets"):
        services.training.update(session.id, TrainingDraft("Password resets!", today, 60, org["it"], org["laura"]),
                                 expected_version=session.version)
    assert services.training.get(session.id).attendee_names == ("Anna Romano",)

    hr = services.departments.create("HR").id
    idea = services.ideas.propose(IdeaDraft("Shared printer queue", department_ids=[org["it"], org["acc"]]))
    services.ideas.update(idea.id, IdeaDraft("Shared printer queue", "", [org["it"], org["acc"], hr]),
                          expected_version=idea.version)
    with pytest.raises(ConflictError):
        services.ideas.update(idea.id, IdeaDraft("Printer queue", "", [org["it"], org["acc"]]),
                              expected_version=idea.version)
    assert len(services.ideas.get(idea.id).department_ids) == 3


def test_the_company_s_details_and_a_calendar_saved_over_a_newer_save_are_refused(services: Services) -> None:
    """PC B moves the company to Tokyo, then PC A saves a new name from its form opened before: the zone
    went back to Rome without a word. B adds a Christmas closure, A saves Monday-Friday hours: gone."""
    from datetime import date

    from icdesk.domain.calendar import Closure
    from icdesk.services.calendars import CalendarDraft

    services.company.save("Hotel Aurora", time_zone="Europe/Rome")
    read_by_a = services.company.get()
    assert read_by_a is not None
    services.company.save("Hotel Aurora", time_zone="Asia/Tokyo", expected=read_by_a)
    with pytest.raises(ConflictError, match="The company's details were changed by someone else"):
        services.company.save("Hotel Aurora & Spa", time_zone="Europe/Rome", expected=read_by_a)
    saved = services.company.get()
    assert saved is not None and (saved.name, saved.time_zone) == ("Hotel Aurora", "Asia/Tokyo")

    kitchen = services.departments.create("Kitchen").id
    calendar_read_by_a = services.calendars.get(kitchen).draft
    christmas = Closure(date(2026, 12, 25), date(2026, 12, 25), note="Christmas")
    services.calendars.save(kitchen, CalendarDraft(False, ("09:00-17:00",) * 5 + ("", ""), closures=(christmas,)),
                            expected=calendar_read_by_a)
    with pytest.raises(ConflictError, match="The working hours of Kitchen were changed by someone else"):
        services.calendars.save(kitchen, CalendarDraft(False, ("08:00-16:00",) * 5 + ("", "")),
                                expected=calendar_read_by_a)
    assert services.calendars.get(kitchen).draft.closures == (christmas,)


def test_a_record_archived_while_its_form_was_open_is_said_to_be_archived(services: Services) -> None:
    """Archived in another window: the form's Save said "changed by someone else" and, reloaded, threw away
    what was typed; it now says archived, and the typing stays in the form."""
    from icdesk.domain.errors import RuleError

    org = small_org(services, with_standard=False)
    kitchen = services.departments.create("Kitchen")
    services.departments.archive(kitchen.id)
    with pytest.raises(RuleError, match="Kitchen was archived meanwhile"):
        services.departments.edit(kitchen.id, DepartmentDraft("Kitchen", "typed"), expected_version=kitchen.version)
    anna = services.people.get(org["anna"])
    services.people.archive(anna.id)
    with pytest.raises(RuleError, match="Anna Romano was marked as having left meanwhile"):
        services.people.update(anna.id, "Anna Romano", PersonKind.FULL_TIME, org["acc"], "typed",
                               expected_version=anna.version)
    action = services.actions.open("Call the supplier", services.actions.today() + timedelta(days=7), org["laura"])
    services.actions.archive(action.id)
    with pytest.raises(RuleError, match="archived meanwhile"):
        services.actions.update(action.id, "typed", action.due_on, org["laura"], expected_version=action.version)
