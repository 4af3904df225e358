"""Internal requests: the status graph, history, targets, overdue and the paused clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from icdesk.domain.enums import EventKind, Priority, RequestStatus
from icdesk.domain.errors import NotFoundError, RuleError, TransitionError, ValidationError
from icdesk.domain.models import PairBreakdown
from icdesk.domain.rules import REQUEST_TRANSITIONS
from icdesk.services import Services
from icdesk.services.dto import RequestDetail
from icdesk.services.network_figures import rebuild
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft, legal_next_statuses
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, active_standard, small_org

S = RequestStatus
REASON = "No longer needed: solved by the supplier."
ALLOWED = {
    (S.NEW, S.IN_PROGRESS), (S.NEW, S.CANCELLED),
    (S.IN_PROGRESS, S.WAITING), (S.IN_PROGRESS, S.RESOLVED), (S.IN_PROGRESS, S.CANCELLED),
    (S.WAITING, S.IN_PROGRESS), (S.WAITING, S.CANCELLED),
    (S.RESOLVED, S.CLOSED), (S.RESOLVED, S.IN_PROGRESS),
}
# how to bring a fresh request into each status
PATHS = {
    S.NEW: [],
    S.IN_PROGRESS: [S.IN_PROGRESS],
    S.WAITING: [S.IN_PROGRESS, S.WAITING],
    S.RESOLVED: [S.IN_PROGRESS, S.RESOLVED],
    S.CLOSED: [S.IN_PROGRESS, S.RESOLVED, S.CLOSED],
    S.CANCELLED: [S.CANCELLED],
}


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    return small_org(services)


def log(services: Services, org: dict[str, int], **kw: object) -> int:
    draft = RequestDraft(title="Cannot log into the PMS", provider_id=org["it"], requester_id=org["anna"],
                         standard_id=org["std"], assignee_id=org["laura"])
    for key, value in kw.items():
        setattr(draft, key, value)
    return services.requests.create(draft).row.id


def test_allowed_graph_is_exactly_the_documented_one() -> None:
    actual = {(a, b) for a, targets in REQUEST_TRANSITIONS.items() for b in targets}
    assert actual == ALLOWED


@pytest.mark.parametrize("start", list(S))
@pytest.mark.parametrize("target", list(S))
@ON_BOTH_STORES
def test_each_transition_is_allowed_or_refused(services: Services, org: dict[str, int],
                                               start: S, target: S) -> None:
    rid = log(services, org)
    for status in PATHS[start]:
        services.requests.transition(rid, status, note=REASON)
    if (start, target) in ALLOWED:
        assert services.requests.transition(rid, target, note=REASON).row.status is target
    else:
        with pytest.raises(TransitionError):
            services.requests.transition(rid, target, note=REASON)
        assert services.requests.get(rid).row.status is start


@ON_BOTH_STORES
def test_nothing_leaves_closed_or_cancelled_and_the_message_says_so(services: Services, org: dict[str, int]) -> None:
    rid = log(services, org)
    with pytest.raises(ValidationError, match="Say why"):  # cancelling needs a reason
        services.requests.transition(rid, S.CANCELLED)
    services.requests.transition(rid, S.CANCELLED, note=REASON)
    with pytest.raises(TransitionError, match="cannot be changed any more"):
        services.requests.transition(rid, S.IN_PROGRESS)
    assert legal_next_statuses(S.CLOSED) == [] and legal_next_statuses(S.CANCELLED) == []


@ON_BOTH_STORES
def test_request_needs_title_and_requester(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="title cannot be empty"):
        services.requests.create(RequestDraft(title=" ", provider_id=org["it"], requester_id=org["anna"]))
    with pytest.raises(ValidationError, match="who is asking"):
        services.requests.create(RequestDraft(title="Printer", provider_id=org["it"]))
    assert services.requests.count() == 0


@ON_BOTH_STORES
def test_standard_of_another_department_is_refused(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="another department"):
        log(services, org, provider_id=org["acc"])


@ON_BOTH_STORES
def test_a_department_cannot_ask_itself_and_the_message_says_so(services: Services, org: dict[str, int]) -> None:
    """Laura works in IT: IT asked by Laura, or by IT itself, is refused in words under the field
    that named the asker, and nothing is written."""
    with pytest.raises(ValidationError, match="^IT cannot ask itself") as by_person:
        services.requests.create(RequestDraft("My laptop", org["it"], requester_id=org["laura"]))
    assert by_person.value.field == "requester"
    with pytest.raises(ValidationError, match="^IT cannot ask itself") as by_department:
        services.requests.create(RequestDraft("My laptop", org["it"], requester_department_id=org["it"]))
    assert by_department.value.field == "requester_department"
    assert services.requests.count() == 0
    # Laura may still ask on behalf of another department, and others may ask IT
    services.requests.create(RequestDraft("Their printer", org["it"], requester_id=org["laura"],
                                          requester_department_id=org["acc"]))
    assert services.requests.count() == 1


@ON_BOTH_STORES
def test_requester_department_comes_from_the_person(services: Services, org: dict[str, int]) -> None:
    row = services.requests.get(log(services, org)).row
    assert (row.requester_name, row.requester_department_name, row.provider_name) == (
        "Anna Romano", "Accounting", "IT")


@ON_BOTH_STORES
def test_due_times_come_from_the_standard(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    row = services.requests.get(log(services, org)).row
    assert row.response_due_at == clock.now + timedelta(hours=1)
    assert row.resolution_due_at == clock.now + timedelta(hours=4)


@ON_BOTH_STORES
def test_without_a_standard_there_is_no_deadline(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    rid = log(services, org, standard_id=None)
    clock.advance(days=30)
    row = services.requests.get(rid).row
    assert (row.response_due_at, row.resolution_due_at, row.overdue) == (None, None, False)


@ON_BOTH_STORES
def test_every_transition_appends_an_event_with_time_and_actor(services: Services, org: dict[str, int],
                                                              clock: FakeClock) -> None:
    rid = log(services, org)
    clock.advance(minutes=20)
    services.requests.transition(rid, S.IN_PROGRESS, actor_id=org["laura"], note="On it")
    clock.advance(minutes=30)
    services.requests.add_note(rid, "Password expired", actor_id=org["laura"])
    clock.advance(minutes=10)
    detail = services.requests.transition(rid, S.RESOLVED, actor_id=org["laura"])
    kinds = [(e.kind, e.from_status, e.to_status, e.actor_name) for e in detail.events]
    assert kinds == [
        (EventKind.CREATED, None, S.NEW, ""),
        (EventKind.STATUS, S.NEW, S.IN_PROGRESS, "Laura Colombo"),
        (EventKind.NOTE, None, None, "Laura Colombo"),
        (EventKind.STATUS, S.IN_PROGRESS, S.RESOLVED, "Laura Colombo"),
    ]
    times = [e.at for e in detail.events]
    assert times == sorted(times) and times[-1] == clock.now
    assert detail.events[1].text == "On it"


@ON_BOTH_STORES
def test_first_move_out_of_new_sets_first_response(services: Services, org: dict[str, int],
                                                   clock: FakeClock) -> None:
    rid = log(services, org)
    clock.advance(minutes=45)
    answered = clock.now
    services.requests.transition(rid, S.IN_PROGRESS)
    clock.advance(hours=1)
    services.requests.transition(rid, S.WAITING)
    services.requests.transition(rid, S.IN_PROGRESS)
    assert services.requests.get(rid).row.first_response_at == answered


@ON_BOTH_STORES
def test_empty_note_is_refused(services: Services, org: dict[str, int]) -> None:
    rid = log(services, org)
    with pytest.raises(ValidationError, match="note cannot be empty"):
        services.requests.add_note(rid, "  ")
    assert len(services.requests.get(rid).events) == 1


@ON_BOTH_STORES
def test_overdue_on_first_response(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    rid = log(services, org)
    clock.advance(minutes=59)
    assert services.requests.overdue_ids() == []
    clock.advance(minutes=2)
    assert services.requests.overdue_ids() == [rid]
    services.requests.transition(rid, S.IN_PROGRESS)
    assert services.requests.overdue_ids() == []  # answered now; resolution due in 4 h


@ON_BOTH_STORES
def test_overdue_on_resolution_and_not_after_resolving(services: Services, org: dict[str, int],
                                                       clock: FakeClock) -> None:
    rid = log(services, org)
    services.requests.transition(rid, S.IN_PROGRESS)
    clock.advance(hours=4, minutes=1)
    assert services.requests.overdue_ids() == [rid]
    assert services.requests.list(RequestFilter(overdue_only=True))[0].overdue
    services.requests.transition(rid, S.RESOLVED)
    assert services.requests.overdue_ids() == []


@ON_BOTH_STORES
def test_waiting_on_requester_pauses_the_resolution_clock(services: Services, org: dict[str, int],
                                                          clock: FakeClock) -> None:
    rid = log(services, org)
    services.requests.transition(rid, S.IN_PROGRESS)
    clock.advance(hours=1)
    services.requests.transition(rid, S.WAITING, note="Which workstation?")
    clock.advance(hours=10)  # the customer takes ten hours to answer
    assert services.requests.overdue_ids() == []
    detail = services.requests.transition(rid, S.IN_PROGRESS)
    assert detail.row.paused_seconds == 10 * 3600
    clock.advance(hours=2, minutes=59)  # 1 h + 2 h 59 min of provider time: still within 4 h
    assert services.requests.overdue_ids() == []
    clock.advance(minutes=2)
    assert services.requests.overdue_ids() == [rid]


@ON_BOTH_STORES
def test_a_request_late_before_waiting_stays_late(services: Services, org: dict[str, int],
                                                  clock: FakeClock) -> None:
    rid = log(services, org)
    services.requests.transition(rid, S.IN_PROGRESS)
    clock.advance(hours=5)
    services.requests.transition(rid, S.WAITING)
    clock.advance(hours=1)
    assert services.requests.overdue_ids() == [rid]


@ON_BOTH_STORES
def test_reopen_clears_resolution(services: Services, org: dict[str, int]) -> None:
    rid = log(services, org)
    services.requests.transition(rid, S.IN_PROGRESS)
    assert services.requests.transition(rid, S.RESOLVED).row.resolved_at is not None
    assert services.requests.transition(rid, S.IN_PROGRESS, note="Came back").row.resolved_at is None


@ON_BOTH_STORES
def test_filters_reduce_the_list(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    first = log(services, org, title="Printer jam", priority=Priority.HIGH)
    second = log(services, org, title="Принтер не печатает", requester_id=None,
                 requester_department_id=org["it"], provider_id=org["acc"], standard_id=None, assignee_id=None)
    services.requests.transition(first, S.IN_PROGRESS)
    assert services.requests.count() == 2
    assert [r.id for r in services.requests.list(RequestFilter(text="PRINTER"))] == [first]
    assert [r.id for r in services.requests.list(RequestFilter(text="ПРИНТЕР"))] == [second]
    assert [r.id for r in services.requests.list(RequestFilter(text=f"#{second}"))] == [second]
    assert [r.id for r in services.requests.list(RequestFilter(statuses=frozenset({S.NEW})))] == [second]
    assert [r.id for r in services.requests.list(RequestFilter(provider_id=org["acc"]))] == [second]
    assert [r.id for r in services.requests.list(RequestFilter(requester_department_id=org["acc"]))] == [first]
    assert [r.id for r in services.requests.list(RequestFilter(priority=Priority.HIGH))] == [first]
    assert [r.id for r in services.requests.list(RequestFilter(assignee_id=org["laura"]))] == [first]
    assert services.requests.count(RequestFilter(created_before=clock.now)) == 0
    assert [r.id for r in services.requests.list(sort="priority", descending=True)] == [first, second]


@ON_BOTH_STORES
def test_assignment_and_edits_are_recorded(services: Services, org: dict[str, int]) -> None:
    rid = log(services, org, assignee_id=None)
    detail = services.requests.assign(rid, org["laura"], actor_id=org["laura"])
    assert detail.row.assignee_name == "Laura Colombo"
    assert detail.events[-1].kind is EventKind.ASSIGNED and detail.events[-1].text == "Laura Colombo"


@ON_BOTH_STORES
def test_a_saved_request_shows_what_is_stored(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    """What a save returns (read in one statement since issue 21) is what opening the request shows."""
    created = services.requests.create(RequestDraft(
        title="Cannot log into the PMS", provider_id=org["it"], requester_id=org["anna"], standard_id=org["std"],
        assignee_id=org["laura"], description="Since this morning"))
    assert created == services.requests.get(created.row.id)
    assert (created.standard_title, created.description, created.assignee_id, created.requester_department_id,
            created.feedback_ids, created.version) == ("PMS access (v1)", "Since this morning", org["laura"],
                                                       org["acc"], (), 1)
    assert [(e.kind, e.to_status) for e in created.events] == [(EventKind.CREATED, S.NEW)]
    clock.advance(hours=1)
    moved = services.requests.transition(created.row.id, S.IN_PROGRESS, org["laura"], "On it")
    assert moved == services.requests.get(created.row.id)
    assert (moved.version, [e.actor_name for e in moved.events]) == (2, ["", "Laura Colombo"])
    no_standard = services.requests.create(RequestDraft(title="New chair", provider_id=org["it"],
                                                        requester_id=org["anna"]))
    assert (no_standard.standard_title, no_standard.standard_version_id) == ("", None)


def attach(services: Services, org: dict[str, int], rid: int, standard_id: int | None) -> RequestDetail:
    """The request's Change… saved with ``standard_id`` chosen and everything else as it was."""
    detail = services.requests.get(rid)
    return services.requests.update(rid, RequestDraft(
        title=detail.row.title, provider_id=org["it"], description=detail.description, requester_id=org["anna"],
        standard_id=standard_id, priority=detail.row.priority, assignee_id=detail.assignee_id),
        expected_version=detail.version)


@ON_BOTH_STORES
def test_a_standard_chosen_later_counts_its_targets_from_when_the_request_was_logged(
        services: Services, org: dict[str, int], clock: FakeClock) -> None:
    logged = clock.now
    rid = log(services, org, standard_id=None)
    clock.advance(hours=2)
    services.requests.transition(rid, S.IN_PROGRESS)  # answered after 2 h: the 1 h target is already missed
    clock.advance(hours=1)
    detail = attach(services, org, rid, org["std"])
    assert detail.standard_title.startswith("PMS access")
    assert detail.row.response_due_at == logged + timedelta(hours=1)
    assert detail.row.resolution_due_at == logged + timedelta(hours=4)
    assert not detail.row.overdue
    clock.advance(hours=1, minutes=1)  # 4 h 1 min since it was logged
    assert services.requests.overdue_ids() == [rid]
    last = detail.events[-1]
    assert last.kind is EventKind.EDITED and "PMS access" in last.text and "logged" in last.text
    # the late first answer now counts against IT's standard, as if the standard had been there all along
    with services.db.reading() as s:
        kept = sorted(s.execute(select(PairBreakdown.version_id, PairBreakdown.point, PairBreakdown.count)).all())
    with services.db.transaction() as s:
        rebuild(s)
    with services.db.reading() as s:
        assert sorted(s.execute(select(PairBreakdown.version_id, PairBreakdown.point,
                                       PairBreakdown.count)).all()) == kept != []


def test_a_standard_chosen_while_waiting_keeps_the_pause(services: Services, org: dict[str, int],
                                                          clock: FakeClock) -> None:
    logged = clock.now
    rid = log(services, org, standard_id=None)
    services.requests.transition(rid, S.IN_PROGRESS)
    clock.advance(hours=1)
    services.requests.transition(rid, S.WAITING, note="Which workstation?")
    clock.advance(hours=5)
    services.requests.transition(rid, S.IN_PROGRESS)  # five hours paused before the standard
    clock.advance(hours=1)
    services.requests.transition(rid, S.WAITING, note="And the user name?")
    clock.advance(hours=1)
    detail = attach(services, org, rid, org["std"])
    assert detail.row.resolution_due_at == logged + timedelta(hours=4 + 5)
    clock.advance(hours=2)
    detail = services.requests.transition(rid, S.IN_PROGRESS)  # three more hours paused when it resumes
    assert detail.row.resolution_due_at == logged + timedelta(hours=4 + 5 + 3)


def test_what_a_standard_cannot_become_is_refused_with_the_reason(services: Services, org: dict[str, int],
                                                                  clock: FakeClock) -> None:
    other = services.departments.create("Kitchen").id
    kitchen_std = active_standard(services, other, "Menu change", 2, 24).standard_id
    second_it = active_standard(services, org["it"], "New laptop", 8, 40).standard_id
    rid = log(services, org, standard_id=None)
    with pytest.raises(ValidationError, match="another department"):
        attach(services, org, rid, kitchen_std)
    with pytest.raises(NotFoundError):
        attach(services, org, rid, 987654)
    # logged under a standard: it keeps it (its deadlines were promised with it); None leaves it as it is
    with_std = log(services, org)
    with pytest.raises(RuleError, match="keeps the service standard it was logged under"):
        attach(services, org, with_std, second_it)
    assert attach(services, org, with_std, None).standard_title.startswith("PMS access")
    assert attach(services, org, with_std, org["std"]).row.resolution_due_at is not None
    # resolved without a standard: its time was not measured against one, and is not afterwards
    services.requests.transition(rid, S.IN_PROGRESS)
    services.requests.transition(rid, S.RESOLVED)
    with pytest.raises(RuleError, match="only while the request is open"):
        attach(services, org, rid, org["std"])
    detail = services.requests.get(rid)
    assert (detail.standard_version_id, detail.row.resolution_due_at) == (None, None)


def test_values_a_form_would_never_send_are_refused_in_words(services: Services, org: dict[str, int]) -> None:
    from icdesk.domain.enums import ActionStatus, Award, IdeaStatus

    rid = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"])).row.id
    with pytest.raises(ValidationError, match="“zzz” is not one of: low, normal, high, urgent"):
        services.requests.update(rid, RequestDraft("Printer", org["it"], requester_id=org["anna"],
                                                   priority="zzz"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="“gold” is not one of"):
        services.recognition.recognise(message="Thanks", award="gold", to_person_id=org["laura"])  # type: ignore[arg-type]
    action = services.actions.open("Spare toner", services.actions.today() + timedelta(days=3),
                                   department_id=org["it"])
    with pytest.raises(ValidationError, match="is not one of"):
        services.actions.set_status(action.id, "zzz")  # type: ignore[arg-type]
    assert services.actions.get(action.id).status is ActionStatus.OPEN
    assert {a.value for a in Award} and {s.value for s in IdeaStatus}  # the choices named in the sentences


def test_a_request_is_assigned_while_open_and_to_someone_still_here(services: Services, org: dict[str, int]) -> None:
    rid = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"])).row.id
    gone = services.people.create("Marco Neri", department_id=org["it"]).id
    services.people.archive(gone)
    with pytest.raises(RuleError, match="Marco Neri has left"):
        services.requests.assign(rid, gone)
    with pytest.raises(RuleError, match="Marco Neri has left"):
        services.requests.create(RequestDraft("Toner", org["it"], requester_id=org["anna"], assignee_id=gone))
    services.requests.assign(rid, org["laura"])
    services.requests.transition(rid, RequestStatus.CANCELLED, note="Bought a new one")
    with pytest.raises(RuleError, match="cannot be changed"):
        services.requests.assign(rid, None)
    assert services.requests.get(rid).row.assignee_name == "Laura Colombo"


def test_a_new_request_is_asked_by_a_department_at_work_and_someone_still_here(services: Services,
                                                                              org: dict[str, int]) -> None:
    bar = services.departments.create("Bar").id
    services.departments.archive(bar)
    services.people.archive(org["anna"])
    with pytest.raises(RuleError, match="Bar is archived and no longer asks for service") as refused:
        services.requests.create(RequestDraft("Ice machine", org["it"], requester_department_id=bar))
    assert refused.value.field == "requester_department"
    with pytest.raises(RuleError, match="Anna Romano has left the company; log the request for someone still here"):
        services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"]))
    assert services.requests.list() == []

    asked = services.requests.create(RequestDraft("Printer", org["it"], requester_department_id=org["acc"]))
    assert asked.row.requester_name == "Accounting"
