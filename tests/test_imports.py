"""CSV import: mapping, per-row problems, all or nothing, and no duplicates on a second import."""

from __future__ import annotations

from pathlib import Path

import pytest

from icdesk.domain.enums import PersonKind
from icdesk.domain.errors import ValidationError
from icdesk.services import Services
from icdesk.services.imports import guess_mapping, read_csv


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_departments_then_people_then_requests(services: Services, tmp_path: Path) -> None:
    deps = write(tmp_path / "deps.csv", "Name;Description\nCucina;Cooks\nКухня;Повара\nIT;Computers\n")
    header, _rows = read_csv(deps)
    mapping = guess_mapping("departments", header)
    assert mapping == {"name": "Name", "description": "Description"}
    plan = services.imports.apply("departments", deps, mapping)
    assert (plan.creates, plan.updates, plan.unchanged) == (3, 0, 0)
    people = write(tmp_path / "people.csv", "full name,department,kind,email\n"
                                           "Anna Romano,IT,Part-time,anna@hotel.example\n"
                                           "Дмитрий Иванов,Кухня,contractor,\n")
    plan = services.imports.apply("people", people, guess_mapping("people", read_csv(people)[0]))
    assert plan.creates == 2
    kinds = {p.full_name: p.kind for p in services.people.list()}
    assert kinds == {"Anna Romano": PersonKind.PART_TIME, "Дмитрий Иванов": PersonKind.CONTRACTOR}
    reqs = write(tmp_path / "reqs.csv", "title,provider,requester,priority,created\n"
                                         "Printer jam,IT,Anna Romano,high,2026-02-27\n"
                                         "Allergy menu,Кухня,Anna Romano,,27/02/2026\n")
    plan = services.imports.apply("requests", reqs, guess_mapping("requests", read_csv(reqs)[0]) |
                                  {"requester": "requester", "priority": "priority"})
    assert plan.creates == 2
    rows = services.requests.list()
    assert {r.title for r in rows} == {"Printer jam", "Allergy menu"}
    assert all(r.requester_department_name == "IT" for r in rows)


def test_importing_the_same_file_twice_updates_instead_of_duplicating(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "deps.csv", "name,description\nHR,People\nIT,Computers\n")
    mapping = {"name": "name", "description": "description"}
    services.imports.apply("departments", path, mapping)
    write(path, "name,description\nhr,People and payroll\nIT,Computers\n")
    plan = services.imports.apply("departments", path, mapping)
    assert (plan.creates, plan.updates, plan.unchanged) == (0, 1, 1)
    assert [(d.name, d.description) for d in services.departments.list()] == [
        ("HR", "People and payroll"), ("IT", "Computers")]


def test_every_problem_is_reported_by_row_and_column_and_nothing_is_written(services: Services,
                                                                            tmp_path: Path) -> None:
    services.departments.create("IT")
    path = write(tmp_path / "people.csv", "name,department,kind,email\n"
                                          "Anna,IT,full-time,anna@x.example\n"
                                          ",IT,,\n"
                                          "Marco,Spa,,\n"
                                          "Sofia,IT,astronaut,\n"
                                          "Luca,IT,,not-an-email\n"
                                          "Anna,IT,,anna@x.example\n")
    mapping = {"full_name": "name", "department": "department", "kind": "kind", "email": "email"}
    plan = services.imports.plan("people", path, mapping)
    problems = [(p.row, p.column) for p in plan.problems]
    assert problems == [(3, "full_name"), (4, "department"), (5, "kind"), (6, "email"), (7, "")]
    assert "no department called" in plan.problems[1].reason
    with pytest.raises(ValidationError, match="Nothing was imported: 5 problems"):
        services.imports.apply("people", path, mapping)
    assert services.people.list() == []


def test_a_required_field_must_be_mapped(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "foo,bar\n1,2\n")
    plan = services.imports.plan("departments", path, {})
    assert not plan.ok and plan.problems[0].row == 1 and "required" in plan.problems[0].reason


def test_import_makes_a_backup_first(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "deps.csv", "name\nIT\n")
    services.imports.apply("departments", path, {"name": "name"})
    assert [b.label for b in services.backups.list()] == ["before-import"]
