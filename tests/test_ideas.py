"""The ideas board: proposals between departments, their statuses, support, and what they lead to."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from icdesk.domain.enums import IdeaStatus, PersonKind, StandardStatus
from icdesk.domain.errors import DuplicateError, RuleError, TransitionError, ValidationError
from icdesk.services import Services
from icdesk.services.ideas import IdeaDraft
from icdesk.services.standards import StandardContent
from tests.helpers import put_in_force


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    ids = {name: services.departments.create(name).id for name in ("Front Office", "Housekeeping", "IT")}
    for key, name, dept in (("aino", "Aino Virtanen", "Front Office"), ("carmen", "Carmen López", "Housekeeping"),
                            ("laura", "Laura Colombo", "IT")):
        ids[key] = services.people.create(name, department_id=ids[dept]).id
    services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER)
    return ids


def idea(org: dict[str, int], **changes: object) -> IdeaDraft:
    draft = IdeaDraft(title="Shared early-arrival board", description="One board at the desk and in the linen room.",
                      department_ids=[org["Front Office"], org["Housekeeping"]], author_id=org["aino"])
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def test_an_idea_is_between_two_departments_or_more(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="at least two departments") as err:
        services.ideas.propose(idea(org, department_ids=[org["IT"], org["IT"]]))
    assert err.value.field == "departments"
    row = services.ideas.propose(idea(org))
    assert (row.status, row.author_name, row.author_department_name, row.department_names) == (
        IdeaStatus.PROPOSED, "Aino Virtanen", "Front Office", ("Front Office", "Housekeeping"))


def test_anonymous_ideas_store_no_identity(services: Services, org: dict[str, int], db_path: Path) -> None:
    row = services.ideas.propose(idea(org, anonymous=True, author_department_id=org["Front Office"]))
    assert (row.anonymous, row.author_name, row.author_department_name) == (True, "", "")
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT author_id, author_department_id FROM ideas").fetchall() == [(None, None)]
        with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses an anonymous idea with an author
            with conn:
                conn.execute("UPDATE ideas SET author_id = ?", (org["aino"],))
    finally:
        conn.close()


def test_statuses_and_the_reason_for_declining(services: Services, org: dict[str, int]) -> None:
    row = services.ideas.propose(idea(org))
    trial = services.ideas.set_status(row.id, IdeaStatus.UNDER_TRIAL, "Four weeks at the desk")
    assert (trial.status, trial.status_note, trial.decided_on) == (IdeaStatus.UNDER_TRIAL, "Four weeks at the desk",
                                                                   services.ideas.today())
    with pytest.raises(ValidationError, match="Say why the idea is declined"):
        services.ideas.set_status(row.id, IdeaStatus.DECLINED)
    assert services.ideas.get(row.id).status is IdeaStatus.UNDER_TRIAL
    adopted = services.ideas.set_status(row.id, IdeaStatus.ADOPTED, "In use")
    assert adopted.status is IdeaStatus.ADOPTED
    with pytest.raises(TransitionError, match="An idea that is adopted cannot be moved to proposed"):
        services.ideas.set_status(row.id, IdeaStatus.PROPOSED)
    declined = services.ideas.propose(idea(org, title="Sales at every heads' meeting"))
    services.ideas.set_status(declined.id, IdeaStatus.DECLINED, "The meeting is already too long.")
    assert [i.title for i in services.ideas.list(open_only=True)] == []
    assert [i.title for i in services.ideas.list(status=IdeaStatus.DECLINED)] == ["Sales at every heads' meeting"]


def test_support_is_counted_once_per_person_and_not_from_the_author(services: Services, org: dict[str, int]) -> None:
    row = services.ideas.propose(idea(org))
    services.ideas.support(row.id, org["carmen"])
    assert services.ideas.support(row.id, org["laura"]).supporters == 2
    with pytest.raises(DuplicateError, match="Carmen López already supports"):
        services.ideas.support(row.id, org["carmen"])
    with pytest.raises(RuleError, match="Aino Virtanen proposed this idea"):
        services.ideas.support(row.id, org["aino"])
    services.ideas.set_status(row.id, IdeaStatus.DECLINED, "Not now.")
    other = services.people.create("Marco Bianchi", department_id=org["Front Office"]).id
    with pytest.raises(RuleError, match="This idea is declined"):
        services.ideas.support(row.id, other)
    assert services.ideas.get(row.id).supporter_names == ("Carmen López", "Laura Colombo")


def test_an_idea_opens_a_corrective_action_or_a_standard_revision(services: Services, org: dict[str, int]) -> None:
    row = services.ideas.propose(idea(org))
    action = services.ideas.open_action(row.id, "Put up the board", services.ideas.today() + timedelta(days=14),
                                        org["carmen"], org["Housekeeping"])
    assert action.idea_id == row.id and action.department_name == "Housekeeping"
    draft = services.standards.create(org["Housekeeping"], StandardContent(title="Early arrivals", steps=["Clean"]))
    v1 = put_in_force(services, draft.id)
    revision = services.ideas.revise_standard(row.id, v1.standard_id, "Early arrivals go on the shared board.")
    assert (revision.number, revision.status, revision.idea_id, revision.change_note) == (
        2, StandardStatus.DRAFT, row.id, "Early arrivals go on the shared board.")
    after = services.ideas.get(row.id)
    assert after.action_ids == (action.id,) and after.revisions == (("Early arrivals", 2),)


def test_search_and_filter_by_department(services: Services, org: dict[str, int]) -> None:
    services.ideas.propose(idea(org))
    services.ideas.propose(idea(org, title="Month-end lunch", description="Plan reports together",
                                department_ids=[org["IT"], org["Front Office"]]))
    assert [i.title for i in services.ideas.list(department_id=org["IT"])] == ["Month-end lunch"]
    assert [i.title for i in services.ideas.list(text="linen")] == ["Shared early-arrival board"]
    assert services.ideas.count_open() == 2
