"""SOP service standards: drafts, review and approval, publishing, versions kept as history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from icdesk.domain.enums import PersonKind, RevisionKind, StandardStatus
from icdesk.domain.errors import RuleError, TransitionError, ValidationError
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force


@pytest.fixture
def it_id(services: Services) -> int:
    return services.departments.create("IT").id


def content(**overrides: object) -> StandardContent:
    values: dict[str, object] = dict(title="New hire workstation", purpose="Ready on day one",
                                     steps=["HR announces the hire", "IT prepares the computer"],
                                     first_response_minutes=8 * 60, resolution_minutes=80 * 60)
    values.update(overrides)
    return StandardContent(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("field,value", [("first_response_minutes", 0), ("first_response_minutes", -1),
                                         ("resolution_minutes", 0), ("resolution_minutes", -30)])
def test_targets_must_be_positive(services: Services, it_id: int, field: str, value: float) -> None:
    with pytest.raises(ValidationError, match="more than zero") as err:
        services.standards.create(it_id, content(**{field: value}))
    assert err.value.field == field
    assert services.standards.list() == []


def test_title_is_required(services: Services, it_id: int) -> None:
    with pytest.raises(ValidationError, match="title cannot be empty"):
        services.standards.create(it_id, content(title=" "))


def test_first_response_cannot_come_after_resolution(services: Services, it_id: int) -> None:
    with pytest.raises(ValidationError, match="first response"):
        services.standards.create(it_id, content(first_response_minutes=600, resolution_minutes=120))


def test_review_must_follow_effective_date(services: Services, it_id: int) -> None:
    with pytest.raises(ValidationError, match="next review"):
        services.standards.create(it_id, content(effective_on=date(2026, 5, 1), next_review_on=date(2026, 4, 1)))


def test_new_standard_is_a_draft_with_ordered_steps(services: Services, it_id: int) -> None:
    draft = services.standards.create(it_id, content(steps=["one", "  ", "two", "three"]))
    assert (draft.number, draft.status) == (1, StandardStatus.DRAFT)
    assert draft.steps == ("one", "two", "three")


def test_publishing_needs_steps(services: Services, it_id: int) -> None:
    draft = services.standards.create(it_id, content(steps=[]))
    manager = services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER)
    with pytest.raises(RuleError, match="at least one step"):
        services.standards.submit(draft.id, manager.id)
    assert services.standards.version(draft.id).status is StandardStatus.DRAFT


def test_publishing_a_new_version_retires_the_old_one_and_keeps_it(services: Services, it_id: int) -> None:
    v1 = put_in_force(services, services.standards.create(it_id, content()).id)
    assert v1.status is StandardStatus.ACTIVE and v1.effective_on is not None
    v2 = services.standards.new_version(v1.standard_id)
    assert (v2.number, v2.status, v2.steps) == (2, StandardStatus.DRAFT, v1.steps)
    services.standards.update_draft(v2.id, content(resolution_minutes=40 * 60, change_note="Faster target"))
    put_in_force(services, v2.id)

    history = services.standards.versions(v1.standard_id)
    assert [(v.number, v.status) for v in history] == [(1, StandardStatus.RETIRED), (2, StandardStatus.ACTIVE)]
    assert history[0].resolution_minutes == 80 * 60 and history[0].retired_at is not None
    assert history[1].resolution_minutes == 40 * 60
    [row] = services.standards.list()
    assert (row.number, row.resolution_minutes, row.has_draft) == (2, 40 * 60, False)


def test_published_versions_cannot_be_edited_or_republished(services: Services, it_id: int) -> None:
    v1 = put_in_force(services, services.standards.create(it_id, content()).id)
    with pytest.raises(TransitionError, match="cannot be edited"):
        services.standards.update_draft(v1.id, content(title="Changed"))
    with pytest.raises(TransitionError, match="Only an approved version"):
        services.standards.publish(v1.id)
    assert services.standards.version(v1.id).title == "New hire workstation"


def test_only_one_draft_at_a_time(services: Services, it_id: int) -> None:
    v1 = put_in_force(services, services.standards.create(it_id, content()).id)
    services.standards.new_version(v1.standard_id)
    with pytest.raises(RuleError, match="already has a draft"):
        services.standards.new_version(v1.standard_id)
    assert services.standards.list()[0].has_draft


def test_retiring_takes_a_standard_out_of_force(services: Services, it_id: int) -> None:
    v1 = put_in_force(services, services.standards.create(it_id, content()).id)
    services.standards.retire(v1.standard_id)
    assert services.standards.active_versions() == []
    with pytest.raises(TransitionError):
        services.standards.retire(v1.standard_id)


def test_handbook_content_lists_active_versions_by_department(services: Services, it_id: int) -> None:
    hr = services.departments.create("HR").id
    put_in_force(services, services.standards.create(it_id, content(title="Printer faults")).id)
    put_in_force(services, services.standards.create(hr, content(title="Payroll questions")).id)
    services.standards.create(hr, content(title="Draft only"))
    assert [(v.department_name, v.title) for v in services.standards.active_versions()] == [
        ("HR", "Payroll questions"), ("IT", "Printer faults")]
    assert [v.title for v in services.standards.active_versions([it_id])] == ["Printer faults"]


def test_versions_compare_side_by_side_a_reworded_step_is_one_change(services: Services, it_id: int) -> None:
    from icdesk.services.standards import compare_versions

    v1 = services.standards.create(it_id, content(steps=["Log it", "Call back", "Fix it"],
                                                  first_response_minutes=15, resolution_minutes=240))
    put_in_force(services, v1.id)
    v2 = services.standards.new_version(v1.standard_id)
    assert v2.effective_on is None  # it takes effect when put in force, not from v1's date
    v2 = services.standards.update_draft(v2.id, content(steps=["Log it", "Call back within 15 minutes", "Fix it",
                                                               "Tell the requester"],
                                                        first_response_minutes=15, resolution_minutes=120))
    old, new = services.standards.versions(v1.standard_id)
    differences = [(d.kind, d.what, d.before, d.after) for d in compare_versions(old, new)
                   if d.kind != "same" and d.what in ("first_response_minutes", "resolution_minutes", "step")]
    assert differences == [
        ("changed", "resolution_minutes", 240, 120),
        ("changed", "step", "Call back", "Call back within 15 minutes"),
        ("added", "step", None, "Tell the requester"),
    ]
@pytest.fixture
def team(services: Services, it_id: int) -> dict[str, int]:
    """IT with a head (Laura) and a technician (Alexei), an owner-manager, and someone from HR."""
    hr = services.departments.create("HR").id
    people = {"it": it_id, "hr": hr,
              "laura": services.people.create("Laura Colombo", department_id=it_id).id,
              "alexei": services.people.create("Алексей Кузнецов", department_id=it_id).id,
              "manager": services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER).id,
              "francesca": services.people.create("Francesca Gallo", department_id=hr).id}
    services.departments.update(it_id, "IT", head_id=people["laura"])
    return people


def test_a_draft_goes_through_review_and_approval_before_it_is_in_force(services: Services, team: dict[str, int],
                                                                        clock: FakeClock) -> None:
    draft = services.standards.create(team["it"], content(owner_id=team["alexei"]))
    with pytest.raises(TransitionError, match="only once its approver has approved it"):
        services.standards.publish(draft.id)
    assert [c.full_name for c in services.standards.approvers(team["it"])] == ["Laura Colombo", "Alessandro Ferrari"]
    sent = services.standards.submit(draft.id, team["laura"])
    assert (sent.status, sent.approver_name, sent.submitted_at) == (StandardStatus.IN_REVIEW, "Laura Colombo",
                                                                     clock.now)
    with pytest.raises(TransitionError, match="with its approver"):
        services.standards.update_draft(draft.id, content(title="Changed while in review"))
    clock.advance(days=1)
    approved = services.standards.approve(draft.id, team["laura"], RevisionKind.MINOR)
    # the first version replaces nothing, so it is a major revision whatever was said
    assert (approved.status, approved.approved_at, approved.revision) == (StandardStatus.APPROVED, clock.now,
                                                                          RevisionKind.MAJOR)
    assert services.standards.active_versions() == []  # approved is not yet in force
    active = services.standards.publish(draft.id)
    assert active.status is StandardStatus.ACTIVE and active.approver_name == "Laura Colombo"


def test_only_the_named_approver_approves(services: Services, team: dict[str, int]) -> None:
    draft = services.standards.create(team["it"], content(owner_id=team["alexei"]))
    services.standards.submit(draft.id, team["manager"])
    for someone in (team["laura"], team["alexei"], None):
        with pytest.raises(RuleError, match="Only Alessandro Ferrari, the approver named") as err:
            services.standards.approve(draft.id, someone, RevisionKind.MAJOR)
        assert err.value.field == "approver"
    assert services.standards.version(draft.id).status is StandardStatus.IN_REVIEW
    assert services.standards.approve(draft.id, team["manager"], RevisionKind.MAJOR).status is StandardStatus.APPROVED


def test_the_approver_is_the_head_of_department_or_the_manager_and_not_the_owner(services: Services,
                                                                                team: dict[str, int]) -> None:
    draft = services.standards.create(team["it"], content(owner_id=team["laura"]))
    with pytest.raises(RuleError, match="Francesca Gallo is neither"):
        services.standards.submit(draft.id, team["francesca"])
    with pytest.raises(RuleError, match="Laura Colombo owns this standard"):
        services.standards.submit(draft.id, team["laura"])
    with pytest.raises(ValidationError, match="Choose who approves"):
        services.standards.submit(draft.id, None)
    assert services.standards.version(draft.id).status is StandardStatus.DRAFT
    assert services.standards.submit(draft.id, team["manager"]).status is StandardStatus.IN_REVIEW


def test_a_head_of_department_who_has_left_is_named_as_gone_not_as_neither(services: Services,
                                                                          team: dict[str, int]) -> None:
    draft = services.standards.create(team["it"], content(owner_id=team["alexei"]))
    services.people.archive(team["laura"])  # still named head of IT
    with pytest.raises(RuleError) as gone:
        services.standards.submit(draft.id, team["laura"])
    assert str(gone.value).startswith("Laura Colombo has left; name another approver")
    assert "neither" not in str(gone.value)


def test_sending_back_withdraws_the_approval_and_keeps_the_reason(services: Services, team: dict[str, int]) -> None:
    draft = services.standards.create(team["it"], content(owner_id=team["alexei"]))
    services.standards.submit(draft.id, team["laura"])
    services.standards.approve(draft.id, team["laura"], RevisionKind.MAJOR)
    back = services.standards.send_back(draft.id, "Step 2 needs the phone number.")
    assert (back.status, back.approved_at, back.revision, back.review_note) == (
        StandardStatus.DRAFT, None, None, "Step 2 needs the phone number.")
    assert back.approver_id == team["laura"]  # offered again when it is sent next time
    services.standards.update_draft(draft.id, content(title="PMS access, with phone number"))
    with pytest.raises(TransitionError, match="Only a version in review"):
        services.standards.send_back(draft.id)


def test_a_new_version_waits_while_another_is_with_the_approver(services: Services, team: dict[str, int]) -> None:
    v1 = put_in_force(services, services.standards.create(team["it"], content()).id)
    v2 = services.standards.new_version(v1.standard_id)
    services.standards.submit(v2.id, team["laura"])
    with pytest.raises(RuleError, match="already has a draft"):
        services.standards.new_version(v1.standard_id)
    [row] = services.standards.list()
    assert (row.number, row.has_draft, row.pending_status) == (1, True, StandardStatus.IN_REVIEW)
    assert services.standards.list(status=StandardStatus.IN_REVIEW) == [row]  # the approver's to-do list
    assert services.standards.list(status=StandardStatus.APPROVED) == []


def test_reviews_coming_due_are_listed_before_they_pass(services: Services, team: dict[str, int],
                                                         clock: FakeClock) -> None:
    today = services.standards.today()
    soon = put_in_force(services, services.standards.create(team["it"], content(
        title="Soon", next_review_on=today + timedelta(days=20))).id)
    put_in_force(services, services.standards.create(team["it"], content(
        title="Later", next_review_on=today + timedelta(days=90))).id)
    put_in_force(services, services.standards.create(team["it"], content(
        title="Passed", next_review_on=today + timedelta(days=1))).id)
    services.standards.create(team["it"], content(title="Draft only", next_review_on=today + timedelta(days=2)))
    assert [r.title for r in services.standards.list(review_due=True)] == ["Passed", "Soon"]
    clock.advance(days=65)
    assert [r.title for r in services.standards.list(review_due=True)] == ["Later", "Passed", "Soon"]
    assert soon.next_review_on is not None and soon.next_review_on < services.standards.today()


def test_readers_are_other_departments_and_need_no_new_version(services: Services, team: dict[str, int]) -> None:
    v1 = put_in_force(services, services.standards.create(team["it"], content(), reader_ids=[team["hr"]]).id)
    assert v1.reader_names == ("HR",)
    kitchen = services.departments.create("Кухня").id
    again = services.standards.set_readers(v1.standard_id, [kitchen, team["it"], kitchen, team["hr"]])
    assert (again.number, again.reader_names) == (1, ("HR", "Кухня"))  # its own department is not a reader


def test_two_standards_of_one_department_cannot_share_a_title_in_other_capitals(services: Services) -> None:
    """"Room check" and "ROOM CHECK" in IT: an import row titled "Room check" rewrote the other one."""
    from icdesk.domain.errors import DuplicateError, ValidationError
    from icdesk.services.standards import StandardContent

    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    first = services.standards.create(it, StandardContent(title="Room check", steps=["Look"]))
    with pytest.raises(DuplicateError, match="IT already has a standard called “Room check”"):
        services.standards.create(it, StandardContent(title="ROOM CHECK", steps=["Look"]))
    services.standards.create(hr, StandardContent(title="Room check", steps=["Look"]))  # another department
    other = services.standards.create(it, StandardContent(title="Desk check", steps=["Look"]))
    with pytest.raises(DuplicateError):
        services.standards.update_draft(other.id, StandardContent(title="room check", steps=["Look"]))
    services.standards.update_draft(first.id, StandardContent(title="Room Check", steps=["Look"]))  # its own
    # a title is one line, as a request's is: a pasted line break is a space
    assert services.standards.create(it, StandardContent(title="Room\ncheck\u200b two", steps=["Look"])).title == \
        "Room check two"
    with pytest.raises(ValidationError):
        services.standards.create(it, StandardContent(title="\u200b", steps=["Look"]))
