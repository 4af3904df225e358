"""Training sessions and cross-training: who learned what, from whom and when; attendance that
acknowledges the standards taught."""

from __future__ import annotations

from datetime import timedelta

import pytest

from icdesk.domain.enums import AckMethod, AckState, PersonKind, RevisionKind
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from icdesk.services.training import CROSS, SESSION, CrossTrainingDraft, TrainingDraft
from tests.conftest import FakeClock
from tests.helpers import put_in_force


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    ids = {name: services.departments.create(name).id for name in ("Kitchen", "Dining Room", "HR")}
    for key, name, dept in (("matteo", "Matteo Ricci", "Kitchen"), ("pablo", "Pablo García", "Kitchen"),
                            ("elena", "Elena Conti", "Dining Room"), ("dmitri", "Дмитрий Иванов", "Dining Room"),
                            ("francesca", "Francesca Gallo", "HR")):
        ids[key] = services.people.create(name, department_id=ids[dept]).id
    services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER)
    draft = services.standards.create(ids["Kitchen"], StandardContent(title="Allergens", steps=["Check", "Label"]),
                                      reader_ids=[ids["Dining Room"]])
    ids["allergens"] = put_in_force(services, draft.id).id
    ids["std"] = draft.standard_id
    return ids


def session(org: dict[str, int], **changes: object) -> TrainingDraft:
    draft = TrainingDraft(topic="Allergens: from the booking to the plate", held_on=changes.pop("held_on"),  # type: ignore[arg-type]
                          duration_minutes=90, department_id=org["Kitchen"], trainer_id=org["matteo"],
                          attendee_ids=[org["elena"], org["dmitri"], org["pablo"]], version_ids=[org["allergens"]])
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def test_attendance_can_record_acknowledgements_of_the_standards_covered(services: Services,
                                                                         org: dict[str, int]) -> None:
    today = services.training.today()
    detail, recorded = services.training.create(session(org, held_on=today, record_acknowledgements=True))
    assert recorded == 3 and detail.acknowledgements == 3
    assert detail.attendee_names == ("Elena Conti", "Pablo García", "Дмитрий Иванов")
    assert (detail.standards, detail.standard_numbers) == (("Allergens",), (1,))
    records = services.acknowledgements.records()
    assert {(r.method, r.acknowledged_on, r.training_topic) for r in records} == {
        (AckMethod.TRAINING, today, "Allergens: from the booking to the plate")}
    # saving again records nothing twice
    _detail, again = services.training.update(detail.id, session(org, held_on=today, record_acknowledgements=True))
    assert again == 0 and len(services.acknowledgements.records()) == 3


def test_a_session_still_to_come_records_no_acknowledgement(services: Services, org: dict[str, int]) -> None:
    tomorrow = services.training.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="still to come") as err:
        services.training.create(session(org, held_on=tomorrow, record_acknowledgements=True))
    assert err.value.field == "record_acknowledgements"
    assert services.training.history() == []  # nothing half-written
    planned, recorded = services.training.create(session(org, held_on=tomorrow))
    assert recorded == 0 and planned.held_on == tomorrow


def test_versions_no_longer_in_force_are_not_acknowledged_at_training(services: Services, org: dict[str, int],
                                                                       clock: FakeClock) -> None:
    held = services.training.today()
    detail, _ = services.training.create(session(org, held_on=held))
    clock.advance(days=2)
    put_in_force(services, services.standards.new_version(org["std"]).id, RevisionKind.MAJOR)
    _detail, recorded = services.training.update(detail.id, session(org, held_on=held, record_acknowledgements=True))
    assert recorded == 0 and services.acknowledgements.records() == []


def test_sessions_are_checked(services: Services, org: dict[str, int]) -> None:
    today = services.training.today()
    with pytest.raises(ValidationError, match="topic cannot be empty"):
        services.training.create(session(org, held_on=today, topic="  "))
    with pytest.raises(ValidationError, match="more than zero and at most a week"):
        services.training.create(session(org, held_on=today, duration_minutes=0))
    with pytest.raises(ValidationError, match="department that gives"):
        services.training.create(session(org, held_on=today, department_id=None))
    with pytest.raises(RuleError, match="Matteo Ricci gives this training and cannot also attend"):
        services.training.create(session(org, held_on=today, attendee_ids=[org["matteo"], org["elena"]]))
    assert services.training.history() == []


def test_cross_training_is_learning_another_departments_service(services: Services, org: dict[str, int]) -> None:
    today = services.training.today()
    with pytest.raises(RuleError, match="already works in Kitchen"):
        services.training.cross_train(CrossTrainingDraft(org["pablo"], org["Kitchen"], today, org["matteo"]))
    with pytest.raises(ValidationError, match="cannot be in the future"):
        services.training.cross_train(CrossTrainingDraft(org["pablo"], org["Dining Room"], today + timedelta(days=3)))
    with pytest.raises(RuleError, match="cannot cross-train themselves"):
        services.training.cross_train(CrossTrainingDraft(org["pablo"], org["Dining Room"], today, org["pablo"]))
    row = services.training.cross_train(CrossTrainingDraft(org["pablo"], org["Dining Room"], today, org["elena"],
                                                           note="Two dinner services"))
    assert (row.person_name, row.person_department_name, row.department_name, row.trainer_name) == (
        "Pablo García", "Kitchen", "Dining Room", "Elena Conti")


def test_history_per_person_and_per_department(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    today = services.training.today()
    services.training.create(session(org, held_on=today - timedelta(days=5)))
    services.training.create(TrainingDraft(topic="First aid", held_on=today - timedelta(days=2), duration_minutes=180,
                                           department_id=org["HR"], trainer_id=org["francesca"],
                                           attendee_ids=[org["matteo"]]))
    services.training.cross_train(CrossTrainingDraft(org["elena"], org["Kitchen"], today, org["pablo"]))
    kinds = [(r.kind, r.topic) for r in services.training.history()]
    assert kinds == [(CROSS, "Kitchen"), (SESSION, "First aid"), (SESSION, "Allergens: from the booking to the plate")]
    # Matteo gave one session and attended another
    assert [r.topic for r in services.training.history(person_id=org["matteo"])] == [
        "First aid", "Allergens: from the booking to the plate"]
    # Elena attended one and was cross-trained
    assert [r.kind for r in services.training.history(person_id=org["elena"])] == [CROSS, SESSION]
    # HR gave First aid; the Dining Room's people attended the allergen session and learned the kitchen
    assert [r.topic for r in services.training.history(department_id=org["HR"])] == ["First aid"]
    assert [r.kind for r in services.training.history(department_id=org["Dining Room"])] == [CROSS, SESSION]
    assert [r.topic for r in services.training.history(kind=SESSION, text="first")] == ["First aid"]


def test_acknowledgement_state_follows_training(services: Services, org: dict[str, int]) -> None:
    services.training.create(session(org, held_on=services.training.today(), record_acknowledgements=True))
    matrix = services.acknowledgements.matrix(org["Dining Room"])
    assert {c.state for c in matrix.cells.values()} == {AckState.CURRENT}
    assert services.acknowledgements.still_to_sign() == (1, 0)  # only Matteo, the trainer, is left


def test_a_session_still_to_come_teaches_the_version_put_in_force_before_it(services: Services) -> None:
    """Planned on version 1 for next week, it kept version 1 after version 2 came into force: its attendance
    sheet had people sign a version no longer in force. A session held keeps what it taught."""
    from tests.helpers import active_standard

    it = services.departments.create("IT").id
    v1 = active_standard(services, it, title="PMS access")
    today = services.training.today()
    planned, _ = services.training.create(TrainingDraft("PMS reset", today + timedelta(days=7), 60, it,
                                                        version_ids=[v1.id]))
    held, _ = services.training.create(TrainingDraft("PMS basics", today - timedelta(days=7), 60, it,
                                                     version_ids=[v1.id]))
    draft = services.standards.new_version(v1.standard_id)
    v2 = put_in_force(services, draft.id)
    assert services.training.get(planned.id).standard_numbers == (v2.number,)
    assert services.training.get(held.id).standard_numbers == (v1.number,)
