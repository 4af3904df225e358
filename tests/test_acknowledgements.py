"""Read-and-acknowledge: who has read the version in force of each standard that applies to them."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from icdesk.domain.enums import AckMethod, AckState, PersonKind, RevisionKind, StandardStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.services import Services
from icdesk.services.acknowledgements import AckDraft
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force


@pytest.fixture
def hotel(services: Services) -> dict[str, int]:
    """IT (Laura, Alexei) owns 'PMS access', which Front Office (Giulia) must read too; HR (Francesca)
    is not concerned. Alessandro is the owner-manager who approves."""
    ids = {name: services.departments.create(name).id for name in ("IT", "Front Office", "HR")}
    people = {"laura": ("Laura Colombo", "IT"), "alexei": ("Алексей Кузнецов", "IT"),
              "giulia": ("Giulia Rossi", "Front Office"), "francesca": ("Francesca Gallo", "HR")}
    for key, (name, dept) in people.items():
        ids[key] = services.people.create(name, department_id=ids[dept]).id
    ids["manager"] = services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER).id
    draft = services.standards.create(ids["IT"], StandardContent(title="PMS access", steps=["Log", "Fix"]),
                                      reader_ids=[ids["Front Office"]])
    v1 = put_in_force(services, draft.id)
    ids["std"], ids["v1"] = v1.standard_id, v1.id
    return ids


def states(services: Services, department_id: int | None = None) -> dict[str, str]:
    matrix = services.acknowledgements.matrix(department_id)
    names = {p.id: p.full_name for p in matrix.people}
    return {names[person]: cell.state.value for (person, _std), cell in matrix.cells.items()}


def revise(services: Services, standard_id: int, kind: RevisionKind, clock: FakeClock) -> int:
    clock.advance(days=1)
    draft = services.standards.new_version(standard_id)
    return put_in_force(services, draft.id, kind).id


def test_a_standard_applies_to_its_department_and_its_readers(services: Services, hotel: dict[str, int]) -> None:
    assert states(services) == {"Laura Colombo": "missing", "Алексей Кузнецов": "missing", "Giulia Rossi": "missing"}
    services.acknowledgements.record(AckDraft(hotel["giulia"], hotel["v1"], method=AckMethod.IN_PERSON))
    assert states(services, hotel["Front Office"]) == {"Giulia Rossi": "current"}
    assert services.acknowledgements.still_to_sign() == (2, 0)
    [row] = services.acknowledgements.records(person_id=hotel["giulia"])
    assert (row.standard_title, row.version_number, row.method) == ("PMS access", 1, AckMethod.IN_PERSON)


def test_a_major_revision_makes_acknowledgements_outdated_a_minor_one_keeps_them(
        services: Services, hotel: dict[str, int], clock: FakeClock) -> None:
    for person in ("laura", "alexei", "giulia"):
        services.acknowledgements.record(AckDraft(hotel[person], hotel["v1"]))
    v2 = revise(services, hotel["std"], RevisionKind.MINOR, clock)
    assert set(states(services).values()) == {"current"}  # a typo fixed: nobody signs again
    services.acknowledgements.record(AckDraft(hotel["laura"], v2))
    v3 = revise(services, hotel["std"], RevisionKind.MAJOR, clock)
    assert set(states(services).values()) == {"outdated"}
    assert services.acknowledgements.still_to_sign() == (0, 3)
    services.acknowledgements.record(AckDraft(hotel["alexei"], v3))
    cell = services.acknowledgements.matrix(hotel["IT"]).cells[(hotel["laura"], hotel["std"])]
    assert (cell.state, cell.acknowledged_number, cell.version_id) == (AckState.OUTDATED, 2, v3)
    # a minor revision after the major one keeps what was signed for the major one
    revise(services, hotel["std"], RevisionKind.MINOR, clock)
    assert states(services)["Алексей Кузнецов"] == "current" and states(services)["Laura Colombo"] == "outdated"


def test_no_acknowledgement_of_a_draft_or_retired_version(services: Services, hotel: dict[str, int],
                                                          clock: FakeClock) -> None:
    draft = services.standards.new_version(hotel["std"])
    with pytest.raises(RuleError, match="Only the version in force.*is draft"):
        services.acknowledgements.record(AckDraft(hotel["laura"], draft.id))
    clock.advance(days=1)
    put_in_force(services, draft.id)
    with pytest.raises(RuleError, match="version 1 of “PMS access” is retired"):
        services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"]))
    assert services.acknowledgements.records() == []


def test_no_duplicate_acknowledgement_of_one_version_by_one_person(services: Services, hotel: dict[str, int],
                                                                   db_path: Path) -> None:
    services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"]))
    with pytest.raises(DuplicateError, match="Laura Colombo has already acknowledged version 1"):
        services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"]))
    # the same name ticked twice on one sheet: nothing of the sheet is written
    with pytest.raises(DuplicateError, match="Алексей Кузнецов has already"):
        services.acknowledgements.record_sheet([(hotel["giulia"], hotel["v1"]), (hotel["alexei"], hotel["v1"]),
                                                (hotel["alexei"], hotel["v1"])])
    assert len(services.acknowledgements.records()) == 1
    with pytest.raises(sqlite3.IntegrityError):  # and the file itself refuses it
        conn = sqlite3.connect(db_path)
        with conn:
            conn.execute("INSERT INTO acknowledgements (person_id, standard_id, version_id, acknowledged_on, method, "
                         "note, recorded_at) SELECT person_id, standard_id, version_id, acknowledged_on, method, "
                         "note, recorded_at FROM acknowledgements")
    conn.close()


def test_dates_people_and_methods_are_checked(services: Services, hotel: dict[str, int], clock: FakeClock) -> None:
    today = services.acknowledgements.today()
    with pytest.raises(ValidationError, match="cannot be dated in the future") as err:
        services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"], today + timedelta(days=1)))
    assert err.value.field == "acknowledged_on"
    with pytest.raises(ValidationError, match="came into force on"):
        services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"], today - timedelta(days=3)))
    with pytest.raises(ValidationError, match="is not one of"):
        services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"], method="by pigeon"))  # type: ignore[arg-type]
    services.people.archive(hotel["alexei"])
    with pytest.raises(RuleError, match="has left the company"):
        services.acknowledgements.record(AckDraft(hotel["alexei"], hotel["v1"]))
    assert "Алексей Кузнецов" not in states(services)  # people who left are not asked to sign


def test_a_returned_sheet_is_entered_in_one_pass(services: Services, hotel: dict[str, int], clock: FakeClock) -> None:
    signed_on = services.acknowledgements.today()
    clock.advance(days=2)
    count = services.acknowledgements.record_sheet([(hotel["laura"], hotel["v1"]), (hotel["giulia"], hotel["v1"])],
                                                   signed_on)
    assert count == 2
    assert {r.acknowledged_on for r in services.acknowledgements.records()} == {signed_on}
    with pytest.raises(ValidationError, match="Tick at least one"):
        services.acknowledgements.record_sheet([])
    summary = {s.department_name: (s.people, s.required, s.current, s.missing)
               for s in services.acknowledgements.summary()}
    assert summary == {"Front Office": (1, 1, 1, 0), "IT": (2, 2, 1, 1)}


def test_a_mistaken_tick_can_be_taken_back(services: Services, hotel: dict[str, int]) -> None:
    row = services.acknowledgements.record(AckDraft(hotel["giulia"], hotel["v1"]))
    services.acknowledgements.withdraw(row.id)
    assert states(services, hotel["Front Office"]) == {"Giulia Rossi": "missing"}


def test_status_rows_drop_archived_standards_and_drafts(services: Services, hotel: dict[str, int]) -> None:
    services.standards.create(hotel["IT"], StandardContent(title="Printers", steps=["Fix"]))
    assert {r.standard_title for r in services.acknowledgements.status()} == {"PMS access"}
    services.standards.archive(hotel["std"])
    assert services.acknowledgements.status() == [] and services.acknowledgements.still_to_sign() == (0, 0)


def test_dashboard_counts_what_is_still_to_sign(services: Services, hotel: dict[str, int], clock: FakeClock) -> None:
    services.acknowledgements.record(AckDraft(hotel["laura"], hotel["v1"]))
    revise(services, hotel["std"], RevisionKind.MAJOR, clock)
    figures = services.reporting.dashboard()
    assert (figures.acknowledgements_missing, figures.acknowledgements_outdated, figures.still_to_sign) == (2, 1, 3)
    assert services.standards.versions(hotel["std"])[-1].status is StandardStatus.ACTIVE
