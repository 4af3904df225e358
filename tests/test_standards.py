"""SOP service standards: drafts, publishing, versions kept as history."""

from __future__ import annotations

from datetime import date

import pytest

from icdesk.domain.enums import StandardStatus
from icdesk.domain.errors import RuleError, TransitionError, ValidationError
from icdesk.services import Services
from icdesk.services.standards import StandardContent


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
    with pytest.raises(RuleError, match="at least one step"):
        services.standards.publish(draft.id)


def test_publishing_a_new_version_retires_the_old_one_and_keeps_it(services: Services, it_id: int) -> None:
    v1 = services.standards.publish(services.standards.create(it_id, content()).id)
    assert v1.status is StandardStatus.ACTIVE and v1.effective_on is not None
    v2 = services.standards.new_version(v1.standard_id)
    assert (v2.number, v2.status, v2.steps) == (2, StandardStatus.DRAFT, v1.steps)
    services.standards.update_draft(v2.id, content(resolution_minutes=40 * 60, change_note="Faster target"))
    services.standards.publish(v2.id)

    history = services.standards.versions(v1.standard_id)
    assert [(v.number, v.status) for v in history] == [(1, StandardStatus.RETIRED), (2, StandardStatus.ACTIVE)]
    assert history[0].resolution_minutes == 80 * 60 and history[0].retired_at is not None
    assert history[1].resolution_minutes == 40 * 60
    [row] = services.standards.list()
    assert (row.number, row.resolution_minutes, row.has_draft) == (2, 40 * 60, False)


def test_published_versions_cannot_be_edited_or_republished(services: Services, it_id: int) -> None:
    v1 = services.standards.publish(services.standards.create(it_id, content()).id)
    with pytest.raises(TransitionError, match="cannot be edited"):
        services.standards.update_draft(v1.id, content(title="Changed"))
    with pytest.raises(TransitionError, match="Only a draft"):
        services.standards.publish(v1.id)
    assert services.standards.version(v1.id).title == "New hire workstation"


def test_only_one_draft_at_a_time(services: Services, it_id: int) -> None:
    v1 = services.standards.publish(services.standards.create(it_id, content()).id)
    services.standards.new_version(v1.standard_id)
    with pytest.raises(RuleError, match="already has a draft"):
        services.standards.new_version(v1.standard_id)
    assert services.standards.list()[0].has_draft


def test_retiring_takes_a_standard_out_of_force(services: Services, it_id: int) -> None:
    v1 = services.standards.publish(services.standards.create(it_id, content()).id)
    services.standards.retire(v1.standard_id)
    assert services.standards.active_versions() == []
    with pytest.raises(TransitionError):
        services.standards.retire(v1.standard_id)


def test_handbook_content_lists_active_versions_by_department(services: Services, it_id: int) -> None:
    hr = services.departments.create("HR").id
    services.standards.publish(services.standards.create(it_id, content(title="Printer faults")).id)
    services.standards.publish(services.standards.create(hr, content(title="Payroll questions")).id)
    services.standards.create(hr, content(title="Draft only"))
    assert [(v.department_name, v.title) for v in services.standards.active_versions()] == [
        ("HR", "Payroll questions"), ("IT", "Printer faults")]
    assert [v.title for v in services.standards.active_versions([it_id])] == ["Printer faults"]


def test_versions_compare_side_by_side_a_reworded_step_is_one_change(services: Services, it_id: int) -> None:
    from icdesk.services.standards import compare_versions

    v1 = services.standards.create(it_id, content(steps=["Log it", "Call back", "Fix it"],
                                                  first_response_minutes=15, resolution_minutes=240))
    services.standards.publish(v1.id)
    v2 = services.standards.new_version(v1.standard_id)
    assert v2.effective_on == services.ctx.today()  # a new version takes effect from today, not from v1's date
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
