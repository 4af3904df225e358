"""Import: real files as offices have them, per-row problems, all or nothing, no duplicates on a
second import, standards, the export read back unchanged, progress and Cancel."""

from __future__ import annotations

import csv
import hashlib
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from icdesk.domain.enums import PersonKind, Priority, RequestStatus, StandardStatus
from icdesk.domain.errors import ValidationError
from icdesk.services import Services
from icdesk.services.exports import write_csv
from icdesk.services.imports import ImportCancelled, ImportRefused, ReadOptions, guess_mapping
from icdesk.services.request_writes import RequestDraft
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force, small_org

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def problems(plan: object) -> list[tuple[int, str, str]]:
    return [(p.row, p.letter, p.column) for p in plan.problems]  # type: ignore[attr-defined]


# -- the usual way: departments, then people, then requests -------------------------------------------
def test_departments_then_people_then_requests(services: Services, tmp_path: Path) -> None:
    deps = write(tmp_path / "deps.csv", "Name;Description\nCucina;Cooks\nКухня;Повара\nIT;Computers\n")
    plan = services.imports.apply("departments", deps)
    assert plan.mapping == {"name": "Name", "description": "Description"}
    assert (plan.creates, plan.updates, plan.unchanged, plan.written) == (3, 0, 0, True)
    people = write(tmp_path / "people.csv", "full name,department,kind,email\n"
                                           "Anna Romano,IT,Part-time,anna@hotel.example\n"
                                           "Дмитрий Иванов,Кухня,contractor,\n"
                                           "Aino Virtanen,IT,Osa-aikainen,\n")  # the Finnish label of part-time
    assert services.imports.apply("people", people).creates == 3
    kinds = {p.full_name: p.kind for p in services.people.list()}
    assert kinds == {"Anna Romano": PersonKind.PART_TIME, "Дмитрий Иванов": PersonKind.CONTRACTOR,
                     "Aino Virtanen": PersonKind.PART_TIME}
    reqs = write(tmp_path / "reqs.csv", "title,provider,requester,priority,created\n"
                                         "Printer jam,IT,Дмитрий Иванов,high,2026-02-27\n"
                                         "Allergy menu,Кухня,Anna Romano,Alta,27/02/2026\n"
                                         "My own laptop,IT,Aino Virtanen,high,27/02/2026\n")
    # a department asking itself is no internal request: the check tells that row in words
    assert [(p.row, p.reason) for p in services.imports.plan("requests", reqs).problems] == [
        (4, "IT cannot ask itself: a request goes to another department than the one asking.")]
    write(reqs, reqs.read_text(encoding="utf-8-sig").replace("My own laptop,IT,Aino Virtanen,high,27/02/2026\n", ""))
    plan = services.imports.apply("requests", reqs)
    assert plan.creates == 2
    rows = services.requests.list()
    assert {(r.title, r.priority) for r in rows} == {("Printer jam", Priority.HIGH), ("Allergy menu", Priority.HIGH)}
    assert {(r.title, r.requester_department_name) for r in rows} == {("Printer jam", "Кухня"),
                                                                       ("Allergy menu", "IT")}


def test_importing_the_same_file_twice_updates_instead_of_duplicating(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "deps.csv", "name,description\nHR,People\nIT,Computers\n")
    services.imports.apply("departments", path)
    write(path, "name,description\nhr,People and payroll\nIT,Computers\n")
    plan = services.imports.apply("departments", path)
    assert (plan.creates, plan.updates, plan.unchanged) == (0, 1, 1)
    assert [(d.name, d.description) for d in services.departments.list()] == [
        ("HR", "People and payroll"), ("IT", "Computers")]


def test_two_people_asking_the_same_thing_on_one_day_are_two_requests(services: Services, tmp_path: Path) -> None:
    org = small_org(services, with_standard=False)
    services.people.create("Marco Bruno", department_id=org["acc"])
    path = write(tmp_path / "r.csv", "title,provider,requester,created\n"
                                     "Printer jam,IT,Anna Romano,2026-01-10 09:00\n"
                                     "Printer jam,IT,Marco Bruno,2026-01-10 15:00\n")
    plan = services.imports.apply("requests", path)
    assert (plan.creates, plan.problems) == (2, [])
    assert sorted(r.requester_name for r in services.requests.list()) == ["Anna Romano", "Marco Bruno"]
    # the same file again: each row finds its own request, nothing is added twice
    again = services.imports.apply("requests", path)
    assert (again.creates, again.unchanged) == (0, 2)
    assert len(services.requests.list()) == 2


def test_a_column_the_file_lacks_leaves_that_field_as_it_is(services: Services, tmp_path: Path) -> None:
    it = services.departments.create("IT", "Computers and the network")
    services.people.create("Anna Romano", PersonKind.CONTRACTOR, it.id, "Analyst", "anna@x.example")
    services.imports.apply("departments", write(tmp_path / "d.csv", "name\nit\nHR\n"))
    assert services.departments.get(it.id).description == "Computers and the network"
    plan = services.imports.apply("people", write(tmp_path / "p.csv", "name,job title\nAnna Romano,Lead analyst\n"))
    assert (plan.updates, plan.creates) == (1, 0)
    person = services.people.list()[0]
    assert (person.kind, person.department_name, person.job_title, person.email) == (
        PersonKind.CONTRACTOR, "IT", "Lead analyst", "anna@x.example")


def test_import_makes_a_backup_first(services: Services, tmp_path: Path) -> None:
    services.imports.apply("departments", write(tmp_path / "deps.csv", "name\nIT\n"))
    assert [b.label for b in services.backups.list()] == ["before-import"]


# -- files as regional spreadsheets write them -----------------------------------------------------------
def test_italian_excel_semicolons_and_windows_1252(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "reparti.csv", "nome;descrizione\r\nManutenzione;Riparazioni, impianti, caldaie\r\n"
                                           "Caffè;Già pronto\r\n", "cp1252")
    plan = services.imports.apply("departments", path)
    assert (plan.encoding, plan.delimiter, plan.mapping) == ("cp1252", ";", {"name": "nome",
                                                                            "description": "descrizione"})
    assert [(d.name, d.description) for d in services.departments.list()] == [
        ("Caffè", "Già pronto"), ("Manutenzione", "Riparazioni, impianti, caldaie")]


def test_russian_excel_windows_1251_is_not_mojibake(services: Services) -> None:
    plan = services.imports.apply("departments", FIXTURES / "otdely-cp1251.csv")
    assert plan.encoding == "cp1251" and plan.mapping == {"name": "название", "description": "описание"}
    assert "Бухгалтерия" in [d.name for d in services.departments.list()]
    assert plan.ignored == ["с", "сотрудники"]


def test_excel_unicode_text_people(services: Services, tmp_path: Path) -> None:
    services.departments.create("Кухня")
    path = write(tmp_path / "staff.txt", "Nimi\tOsasto\tSähköposti\r\nДмитрий Иванов\tКухня\td@x.example\r\n",
                 "utf-16")
    plan = services.imports.apply("people", path)
    assert (plan.encoding, plan.delimiter) == ("utf-16", "\t")
    assert [(p.full_name, p.department_name, p.email) for p in services.people.list()] == [
        ("Дмитрий Иванов", "Кухня", "d@x.example")]


@pytest.mark.parametrize("name", ["departments.xlsx", "departments.ods", "departments.xls",
                                  "departments-unicode.txt", "departments.csv"])
def test_every_format_libreoffice_writes_imports_the_same(services: Services, name: str) -> None:
    plan = services.imports.apply("departments", FIXTURES / name)
    assert plan.creates == 4 and plan.ignored == ["since", "staff", "budget", "phone"]
    assert [(d.name, d.description) for d in services.departments.list()] == [
        ("Keittiö", "Ruoka ja äänet"), ("Manutenzione", "Riparazioni, impianti, caldaie"),
        ("Recepción", "Atención al cliente, reservas"), ("Бухгалтерия", "Счета, зарплата")]


def test_the_sheet_chosen_is_the_one_read(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Reparti"
    book.active.append(["nome"])
    book.active.append(["Cucina"])
    people = book.create_sheet("Persone")
    people.append(["nome", "reparto"])
    people.append(["Anna", "Cucina"])
    book.save(path)
    assert services.imports.plan("departments", path).sheets == ["Reparti", "Persone"]
    services.imports.apply("departments", path)
    plan = services.imports.apply("people", path, options=ReadOptions(sheet="Persone"))
    assert plan.sheet == "Persone" and plan.creates == 1
    assert services.people.list()[0].department_name == "Cucina"


def test_chosen_encoding_and_separator_are_used(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "nome;descrizione\nCaffè;Già\n", "cp1252")
    plan = services.imports.plan("departments", path, options=ReadOptions(encoding="cp1251"))
    assert plan.preview[0].values["name"] == "Caffи"  # what the user chose, shown in the preview
    one_column = services.imports.plan("departments", path, {"name": "nome;descrizione"},
                                       ReadOptions(delimiter=","))
    assert one_column.header == ["nome;descrizione"]


# -- problems: the spreadsheet's row and column, and nothing written -----------------------------------------
def test_every_problem_is_reported_by_row_and_column_and_nothing_is_written(services: Services,
                                                                            tmp_path: Path) -> None:
    services.departments.create("IT")
    path = write(tmp_path / "people.csv", "name,department,kind,email\n"
                                          "Anna,IT,full-time,anna@x.example\n"
                                          ",IT,,\n"
                                          "\n"  # a blank row still counts: the rows below keep their numbers
                                          "Marco,Spa,,\n"
                                          "Sofia,IT,astronaut,\n"
                                          "Luca,IT,,not-an-email\n"
                                          "Anna,IT,,anna@x.example\n")
    before = digest(services.db.path)
    plan = services.imports.plan("people", path)
    assert problems(plan) == [(3, "A", "name"), (5, "B", "department"), (6, "C", "kind"), (7, "D", "email"),
                              (8, "", "")]
    assert plan.problems[1].reason == "There is no department called “Spa”."
    assert plan.problems[4].reason.startswith("Row 2 already has this person")
    with pytest.raises(ImportRefused, match="Nothing was imported; rows with problems: 5") as refused:
        services.imports.apply("people", path)
    assert refused.value.plan.problem_count == 5
    assert services.people.list() == [] and services.backups.list() == []
    assert digest(services.db.path) == before


def test_a_department_twice_in_the_file_names_the_first_row(services: Services, tmp_path: Path) -> None:
    plan = services.imports.plan("departments", write(tmp_path / "d.csv", "name\nIT\nSpa\n\n it \n"))
    assert [(p.row, p.reason) for p in plan.problems] == [
        (5, "Row 2 already has the department “it”; each may appear once in the file.")]


def test_a_required_field_must_be_mapped(services: Services, tmp_path: Path) -> None:
    plan = services.imports.plan("departments", write(tmp_path / "x.csv", "foo,bar\n1,2\n"))
    assert not plan.ok and plan.problems[0].row == 1 and plan.problems[0].field == "name"
    assert plan.problems[0].reason == "Choose the column that holds “Name”; it is required."


@pytest.mark.parametrize(("mapping", "message"), [({"name": "nome"}, "The file has no column “nome”"),
                                                   ({"colour": "name"}, "has no field “colour”")])
def test_an_unknown_column_or_field_is_a_sentence(services: Services, tmp_path: Path, mapping: dict[str, str],
                                                  message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.imports.plan("departments", write(tmp_path / "x.csv", "name\nIT\n"), mapping)
    with pytest.raises(ValidationError, match="can be imported, not “rooms”"):
        services.imports.plan("rooms", write(tmp_path / "x.csv", "name\nIT\n"))


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "is not a table"),
    (b"", "is empty"),
    (b"name,description\n\n", "has a header but no rows"),
])
def test_a_file_that_is_no_table_writes_nothing(services: Services, tmp_path: Path, content: bytes,
                                                message: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    before = digest(services.db.path)
    with pytest.raises(ValidationError, match=message):
        services.imports.apply("departments", path)
    assert digest(services.db.path) == before


def test_dates_out_of_range_and_unknown_names(services: Services, tmp_path: Path, clock: FakeClock) -> None:
    small_org(services, with_standard=False)
    path = write(tmp_path / "r.csv", "title,provider,requester,created\n"
                                     "Old,IT,Anna Romano,0001-01-01\n"
                                     "Future,IT,Anna Romano,2062-01-01\n"
                                     "Impossible,IT,Anna Romano,31/02/2026\n"
                                     "Nobody,IT,Mario Bianchi,2026-01-10\n"
                                     "No provider,Spa,Anna Romano,2026-01-10\n"
                                     "Fine,IT,Anna Romano,2026-01-10 14:30\n"
                                     "fine,it,Anna Romano,10.01.2026\n")
    plan = services.imports.plan("requests", path)
    reasons = [(p.row, p.column, p.reason) for p in plan.problems]
    assert reasons == [
        (2, "created", "“0001-01-01” is not a date between 1990 and today."),
        (3, "created", "“2062-01-01” is not a date between 1990 and today."),
        (4, "created", "“31/02/2026” is not a date like 2026-03-31 or 31/03/2026."),
        (5, "requester", "“Mario Bianchi” is not in the list of people."),
        (6, "provider", "There is no department called “Spa”."),
        (8, "", "Row 7 already has this request (the same title, department, requester and day)."),
    ]


def test_a_request_for_an_archived_department_is_refused_with_the_window_sentence(services: Services,
                                                                                  tmp_path: Path) -> None:
    org = small_org(services, with_standard=False)
    services.departments.archive(org["it"])
    plan = services.imports.plan("requests", write(tmp_path / "r.csv", "title,provider,requester\n"
                                                                        "Printer,IT,Anna Romano\n"))
    assert [p.reason for p in plan.problems] == ["IT is archived and no longer takes requests."]


def test_hundreds_of_problems_are_counted_and_the_first_thousand_listed(services: Services, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("icdesk.services.imports.LISTED_PROBLEMS", 50)
    path = write(tmp_path / "p.csv", "name,department\n" + "".join(f"P{i},Nowhere\n" for i in range(300)))
    plan = services.imports.plan("people", path)
    assert (plan.problem_count, len(plan.problems), plan.rows) == (300, 50, 300)
    assert plan.problems[-1].row == 51


# -- requests from an old log ---------------------------------------------------------------------------------
def test_an_old_request_log_keeps_statuses_and_times(services: Services, tmp_path: Path) -> None:
    small_org(services, with_standard=False)
    path = write(tmp_path / "log.csv", "title,provider,requester,status,created_at,first_response_at,resolved_at\n"
                                       "Printer,IT,Anna Romano,closed,2026-01-05 09:00,2026-01-05 10:00,"
                                       "2026-01-06 09:00\n"
                                       "Laptop,IT,Anna Romano,In corso,2026-02-01,2026-02-02,\n"
                                       "VPN,IT,Anna Romano,,2026-02-03,,\n"
                                       "Late,IT,Anna Romano,resolved,2026-02-03,,2026-02-01\n")
    plan = services.imports.plan("requests", path)
    assert [(p.row, p.column) for p in plan.problems] == [(5, "resolved_at")]
    write(path, "\n".join(path.read_text(encoding="utf-8-sig").splitlines()[:-1]) + "\n")
    services.imports.apply("requests", path)
    rows = {r.title: r for r in services.requests.list()}
    assert rows["Printer"].status is RequestStatus.CLOSED and rows["Printer"].resolved_at is not None
    assert rows["Printer"].resolved_at.isoformat().startswith("2026-01-06")
    assert rows["Laptop"].status is RequestStatus.IN_PROGRESS and rows["VPN"].status is RequestStatus.NEW


# -- service standards ------------------------------------------------------------------------------------------
def test_standards_from_a_libreoffice_workbook_arrive_as_drafts_unless_active(services: Services) -> None:
    services.imports.apply("departments", FIXTURES / "departments.csv")
    plan = services.imports.apply("standards", FIXTURES / "standards.xlsx")
    assert plan.mapping == {"title": "titolo", "department": "reparto", "purpose": "scopo", "steps": "Passo 1",
                            "first_response_minutes": "prima risposta (ore)", "resolution_minutes": "risoluzione",
                            "state": "stato"}
    assert plan.creates == 3 and plan.ignored == []
    standards = {s.title: s for s in services.standards.list()}
    assert {t: s.status for t, s in standards.items()} == {
        "Guasto caldaia": StandardStatus.ACTIVE, "Lampadina bruciata": StandardStatus.DRAFT,
        "Check-in anticipato": StandardStatus.DRAFT}
    assert {t: (s.first_response_minutes, s.resolution_minutes) for t, s in standards.items()} == {
        "Guasto caldaia": (60, 240), "Lampadina bruciata": (30, 90), "Check-in anticipato": (30, 2 * 24 * 60)}
    boiler = services.standards.version(standards["Guasto caldaia"].version_id)
    assert boiler.steps == ("Chiamare il tecnico", "Avvisare la reception", "Verificare con l'ospite")
    assert boiler.purpose == "Acqua calda in tutte le camere, sempre"
    # in force as the file says, approved before icdesk kept it: no approver is made up
    control = services.standards.control(boiler.id)
    assert (control.version, control.approved_by, control.approved_on) == (1, "", services.standards.today())
    assert services.standards.version(standards["Lampadina bruciata"].version_id).steps == (
        "Sostituire la lampadina",)


def test_standard_steps_one_per_line_and_targets_as_typed(services: Services, tmp_path: Path) -> None:
    services.departments.create("IT")
    path = tmp_path / "sop.csv"
    write_csv(path, ["title", "department", "steps", "first response (minutes)", "resolution"], [
        ["Password reset", "IT", "1. Check who asks\n2. Reset\n\n3. Call back", "15", "1 h 30 min"],
        ["New laptop", "IT", "- Order\n- Install", "120", "3 d"],
        ["Broken", "IT", "Look", "soon", "0"],
    ])
    plan = services.imports.plan("standards", path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (4, "first response (minutes)", "“soon” is not a time such as 4 h, 30 min, 1:30 or 2 d.")]
    assert plan.preview[0].values["steps"] == "Check who asks\nReset\nCall back"
    assert (plan.preview[0].values["first_response_minutes"], plan.preview[0].values["resolution_minutes"]) == (
        "15", "90")
    assert plan.preview[1].values["resolution_minutes"] == str(3 * 24 * 60)


def test_changing_a_standard_in_force_makes_a_new_draft(services: Services, tmp_path: Path) -> None:
    org = small_org(services)  # IT's "PMS access" is in force: 1 h / 4 h
    path = write(tmp_path / "sop.csv", "title,department,resolution\nPMS access,IT,4\nPMS ACCESS,IT,8\n")
    assert problems(services.imports.plan("standards", path)) == [(3, "", "")]
    write(path, "title,department,resolution\nPMS access,IT,4\n")
    assert services.imports.apply("standards", path).unchanged == 1
    write(path, "title,department,resolution\nPMS access,IT,8\n")
    assert services.imports.apply("standards", path).updates == 1
    versions = services.standards.versions(org["std"])
    assert [(v.number, v.status, v.resolution_minutes) for v in versions] == [
        (1, StandardStatus.ACTIVE, 240), (2, StandardStatus.DRAFT, 480)]
    assert versions[1].steps == versions[0].steps  # what the file does not say is kept


def test_a_standard_to_put_in_force_needs_steps(services: Services, tmp_path: Path) -> None:
    services.departments.create("IT")
    plan = services.imports.plan("standards", write(tmp_path / "s.csv", "title,department,state\nVPN,IT,in force\n"))
    assert [(p.column, p.reason) for p in plan.problems] == [
        ("state", "A standard needs at least one step before it can be published.")]


# -- what icdesk export writes, icdesk import reads back -----------------------------------------------------------
def test_export_then_import_into_a_new_file_gives_the_same_lists(services: Services, tmp_path: Path,
                                                                 clock: FakeClock) -> None:
    from icdesk.db.store import open_data_file

    org = small_org(services)
    services.company.save("Hotel", time_zone="Europe/Helsinki")
    services.departments.update(org["it"], "IT", "+39 055 123 help desk; =SUM(A1) is text", org["laura"])
    services.people.create("'Tis Jones", department_id=org["acc"], job_title="-5 °C storage", email="t@x.example")
    draft = services.standards.create(org["it"], StandardContent(
        title="=VPN", purpose="'=x as typed", steps=["+1 step", "two"], first_response_minutes=15,
        resolution_minutes=90))
    put_in_force(services, draft.id)
    services.requests.create(RequestDraft(title="@home printer", provider_id=org["it"], requester_id=org["anna"],
                                          description="-", priority=Priority.HIGH))
    clock.advance(hours=1)
    kinds = ["departments", "people", "standards", "requests"]
    first = {k: tmp_path / f"first-{k}.csv" for k in kinds}
    for kind, path in first.items():
        services.exports.export(kind, path)
    other = Services(open_data_file(tmp_path / "fresh.sqlite"), clock=clock)
    try:
        other.company.save("Copy", time_zone="Europe/Helsinki")
        # departments before people, the heads of department once the people are in
        other.imports.apply("departments", first["departments"], {"name": "name", "description": "description"})
        for kind in ["people", "departments", "standards", "requests"]:
            assert other.imports.apply(kind, first[kind]).ok, kind
        for kind in kinds:
            again = tmp_path / f"again-{kind}.csv"
            other.exports.export(kind, again)
            assert again.read_text(encoding="utf-8-sig") == first[kind].read_text(encoding="utf-8-sig"), kind
    finally:
        other.close()
    # and importing an export into the file it came from changes nothing
    for kind in kinds:
        plan = services.imports.apply(kind, first[kind])
        assert (plan.creates, plan.updates, plan.problem_count) == (0, 0, 0), kind


# -- progress, Cancel, big files -----------------------------------------------------------------------------------
def requests_file(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["title", "provider", "requester", "created"])
        for i in range(rows):
            out.writerow([f"Request {i}", "IT", "Anna Romano", f"2026-02-{1 + i % 28:02d}"])
    return path


def test_progress_is_reported_and_cancel_writes_nothing(services: Services, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("icdesk.services.imports.WRITE_BATCH", 100)  # some rows are written before Cancel
    monkeypatch.setattr("icdesk.services.imports.TICK", 100)
    small_org(services, with_standard=False)
    path = requests_file(tmp_path / "r.csv", 1000)
    seen: list[tuple[str, int, int]] = []
    plan = services.imports.plan("requests", path, progress=lambda *a: seen.append(a))
    assert plan.creates == 1000 and services.requests.count() == 0
    assert seen[0] == ("reading", 0, 0) and ("checking", 500, 1000) in seen and seen[-1] == ("checking", 1000, 1000)
    before = digest(services.db.path)
    ticks: list[int] = []

    def cancelled() -> bool:
        ticks.append(1)
        return len(ticks) > 8  # after several batches were written inside the transaction

    with pytest.raises(ImportCancelled, match="cancelled; nothing was written"):
        services.imports.apply("requests", path, cancelled=cancelled)
    assert services.requests.count() == 0 and services.backups.list() == []
    assert digest(services.db.path) == before


def test_the_guessed_columns_of_each_kind(tmp_path: Path) -> None:
    assert guess_mapping("people", ["Nome e cognome", "Reparto", "Mansione", "E-mail"]) == {
        "full_name": "Nome e cognome", "department": "Reparto", "job_title": "Mansione", "email": "E-mail"}
    assert guess_mapping("requests", ["Тема", "Исполнитель", "Заявитель", "Приоритет", "Дата"]) == {
        "title": "Тема", "provider": "Исполнитель", "requester": "Заявитель", "priority": "Приоритет",
        "created": "Дата"}
    assert guess_mapping("standards", ["Title", "Department", "Step 2", "Step 1", "Response (h)"]) == {
        "title": "Title", "department": "Department", "steps": "Step 1", "first_response_minutes": "Response (h)"}
    # a Finnish department list as a person writes it: the boss and the code were "Not imported"
    assert guess_mapping("departments", ["Osasto", "Esimies", "Koodi"]) == {
        "name": "Osasto", "head": "Esimies", "code": "Koodi"}
    assert guess_mapping("departments", ["Отдел", "Начальник", "Код"]) == {"name": "Отдел", "head": "Начальник",
                                                                       "code": "Код"}


def test_a_department_code_in_the_file_is_kept_on_create_and_on_update(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "deps.csv", "name,code\nBar Lounge,ZZZ\nSpa,\n")
    assert services.imports.apply("departments", path).creates == 2
    codes = {d.name: d.code for d in services.departments.list()}
    assert codes["Bar Lounge"] == "ZZZ" and codes["Spa"]  # none given: one made from the name
    write(path, "name,code\nBar Lounge,BAR\nSpa,\n")
    plan = services.imports.apply("departments", path)
    assert (plan.updates, plan.unchanged) == (1, 1)
    assert {d.name: d.code for d in services.departments.list()} == {**codes, "Bar Lounge": "BAR"}
    # the department list's own export reads back unchanged
    out = tmp_path / "out.csv"
    services.exports.export("departments", out)
    again = services.imports.apply("departments", out)
    assert (again.creates, again.updates, again.unchanged) == (0, 0, 2)
    assert {d.name: d.code for d in services.departments.list()} == {**codes, "Bar Lounge": "BAR"}


def test_two_people_of_one_name_in_two_departments_import_back_and_are_told_apart(services: Services,
                                                                                tmp_path: Path) -> None:
    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    services.people.create("Maria Rossi", department_id=it, job_title="Technician")
    services.people.create("Maria Rossi", department_id=hr, job_title="Recruiter")
    out = tmp_path / "people.csv"
    services.exports.export("people", out)
    again = services.imports.apply("people", out)  # the list's own export reads back as it is
    assert (again.creates, again.updates, again.unchanged) == (0, 0, 2)
    write(out, "full name,department,job title\nMaria Rossi,HR,Head of HR\n")
    assert services.imports.apply("people", out).updates == 1
    assert sorted((p.department_name, p.job_title) for p in services.people.list()) == [
        ("HR", "Head of HR"), ("IT", "Technician")]
    # without the department the name alone cannot say which Maria: the row says so, nothing changes
    write(out, "full name,job title\nMaria Rossi,Boss\n")
    assert [(p.row, p.reason) for p in services.imports.plan("people", out).problems] == [
        (2, "“Maria Rossi” matches more than one person; add a department column to tell them apart.")]
    # a request from one of them names her department
    write(out, "title,provider,requester,requester department,created\nPayslip,HR,Maria Rossi,IT,2026-02-27\n")
    assert services.imports.apply("requests", out).creates == 1
    assert [r.requester_department_name for r in services.requests.list()] == ["IT"]


def test_a_row_split_by_an_unquoted_comma_is_refused_not_cut(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path / "deps.csv", "name,description\nAccounting,Invoices, purchasing and month-end closing.\n"
                                        "IT,Computers,,\n")  # empty cells past the header: a spreadsheet's habit
    plan = services.imports.plan("departments", path)
    assert [(p.row, p.reason) for p in plan.problems] == [
        (2, "This row has 3 cells but the header has 2: a text holding “,” needs quotes around it.")]
    write(path, 'name,description\n"Accounting","Invoices, purchasing and month-end closing."\nIT,Computers,,\n')
    assert services.imports.apply("departments", path).creates == 2
    assert services.departments.find_by_name("Accounting").description == "Invoices, purchasing and month-end closing."


def test_icdesks_own_words_in_a_history_are_shown_in_the_readers_language(services: Services,
                                                                         tmp_path: Path) -> None:
    from icdesk.i18n import Formatter
    from icdesk.i18n.system_notes import note_shown
    from icdesk.reports.registry import ReportSpec, build_report
    from tests.pdf_text import text

    org = small_org(services, with_standard=False)
    path = write(tmp_path / "reqs.csv", "title,provider,requester\nStampante,IT,Anna Romano\n")
    services.imports.apply("requests", path)
    [row] = services.requests.list()
    services.requests.update(row.id, RequestDraft("Stampante inceppata", org["it"], requester_id=org["anna"],
                                                  priority=Priority.HIGH))
    events = services.requests.get(row.id).events
    italian = Formatter("it")
    shown = [note_shown(e.text, italian, edit=e.kind.value == "edited") for e in events if e.text]
    assert shown == ["Importazione da un file", "titolo o descrizione, priorità normale \u2192 alta"]
    # a person's own note is shown as typed, even one that reads like icdesk's words
    assert note_shown("priority normal \u2192 high, and more", italian, edit=True) == \
        "priority normal \u2192 high, and more"
    body = text(build_report(services, ReportSpec("request", lang="it", request_id=row.id), tmp_path / "r.pdf"))
    assert "Importazione da un file" in body and "Imported from a file" not in body


def test_a_resolved_time_on_a_request_still_open_is_a_problem_not_dropped(services: Services, tmp_path: Path) -> None:
    small_org(services, with_standard=False)
    path = write(tmp_path / "reqs.csv", "title,provider,requester,status,created,resolved_at\n"
                                        "Printer,IT,Anna Romano,new,2026-02-10 09:00,2026-02-12 10:00\n")
    assert [(p.row, p.reason) for p in services.imports.plan("requests", path).problems] == [
        (2, "The row has a resolved time, but its status is new: give the status resolved or closed, or leave "
            "the time out.")]


def test_a_request_already_in_the_file_with_another_status_is_said_not_moved(services: Services,
                                                                             tmp_path: Path) -> None:
    small_org(services, with_standard=False)
    path = write(tmp_path / "reqs.csv", "title,provider,requester,status,created\n"
                                        "Printer,IT,Anna Romano,new,2026-02-10 09:00\n")
    services.imports.apply("requests", path)
    write(path, "title,provider,requester,status,created\nPrinter,IT,Anna Romano,closed,2026-02-10 09:00\n")
    plan = services.imports.apply("requests", path)
    assert plan.unchanged == 1 and [w.message for w in plan.warnings] == [
        "Row 2: this request is already in the file as new; an import does not move it on to closed: move it "
        "in its window."]
    assert [r.status for r in services.requests.list()] == [RequestStatus.NEW]


def test_a_request_imported_as_resolved_without_its_time_counts_as_an_unknown_time_not_within_target(
        services: Services, tmp_path: Path) -> None:
    """An old log that says "resolved" but not when: it was resolved "the minute it was logged", 0 minutes,
    within its target, lifting the Dashboard's share within target with a time nobody knows."""
    from datetime import timedelta

    small_org(services)  # IT's standard in force: a target of 4 hours
    logged = (services.requests.today() - timedelta(days=3)).isoformat()
    path = write(tmp_path / "reqs.csv", "title,provider,requester,standard,status,created,resolved_at\n"
                                        f"Printer,IT,Anna Romano,PMS access,resolved,{logged} 09:00,\n"
                                        f"Mouse,IT,Anna Romano,PMS access,resolved,{logged} 09:00,{logged} 10:00\n")
    plan = services.imports.apply("requests", path)
    assert plan.creates == 2 and not plan.problems
    assert [w.message for w in plan.warnings] == [
        "Row 2: resolved, but not said when; kept without a service time and outside the target figures."]
    figures = services.reporting.dashboard()
    assert (figures.resolved_30d, figures.with_target_30d, figures.within_target_30d) == (2, 1, 1)
    printer = next(r for r in services.requests.list() if r.title == "Printer")
    detail = services.requests.get(printer.id)
    assert detail.row.status is RequestStatus.RESOLVED and detail.row.service_seconds is None
    assert detail.row.resolution_due_at is None  # no target it could be said to meet


def test_people_who_share_an_e_mail_are_told_apart_by_name(services: Services, tmp_path: Path) -> None:
    """Two night porters share the desk's address: a row about the second renamed and moved the first."""
    org = small_org(services, with_standard=False)
    one = services.people.create("Night Porter One", department_id=org["it"], email="desk@hotel.example")
    two = services.people.create("Night Porter Two", department_id=org["acc"], email="desk@hotel.example")
    kitchen = services.departments.create("Kitchen").id
    path = write(tmp_path / "people.csv", "full_name,department,email\nNight Porter Two,Kitchen,desk@hotel.example\n")
    plan = services.imports.apply("people", path)
    assert (plan.updates, plan.problems) == (1, [])
    assert services.people.get(one.id).full_name == "Night Porter One"
    assert services.people.get(one.id).department_id == org["it"]
    assert services.people.get(two.id).department_id == kitchen
    # the file's own export goes back in unchanged
    exported = tmp_path / "export.csv"
    services.exports.export("people", exported)
    again = services.imports.plan("people", exported)
    assert again.problems == [] and again.creates == 0
    path = write(tmp_path / "people.csv", "full_name,email\nNight Porter Three,desk@hotel.example\n")
    [problem] = services.imports.plan("people", path).problems
    assert "is the address of several people (Night Porter One, Night Porter Two)" in problem.reason


@pytest.mark.parametrize(("content", "said"), [
    ('name,description\n"Pi" Room,x\n', "a quote mark (\") inside a cell must be doubled"),
    ("name,description\nPi," + "x" * 131073 + "\n", "one of its cells is longer than 131072 characters"),
    ('name,description\n"Pi,x\n', "opens a cell that is never closed"),
], ids=["quote-inside", "huge-cell", "never-closed"])
def test_a_row_the_csv_reader_cannot_read_is_said_for_what_it_is(services: Services, tmp_path: Path,
                                                                   content: str, said: str) -> None:
    """Every complaint of the csv reader was "a quote mark opens a cell that is never closed"."""
    path = write(tmp_path / "departments.csv", content, encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        services.imports.plan("departments", path)
    assert said in str(refused.value) and "Row 2" in str(refused.value)


def test_a_request_a_department_asked_as_a_whole_goes_back_in_from_the_export(services: Services,
                                                                               tmp_path: Path) -> None:
    """The Requests export names the department in the requester column when no person asked; the
    import said "“Accounting” is not in the list of people"."""
    org = small_org(services, with_standard=False)
    services.requests.create(RequestDraft("Year-end reports", org["it"], requester_department_id=org["acc"]))
    exported = tmp_path / "requests.csv"
    services.exports.export("requests", exported)
    plan = services.imports.plan("requests", exported)
    assert plan.problems == [] and plan.unchanged == 1 and plan.creates == 0
    path = write(tmp_path / "new.csv", "title,provider,requester\nNew printer,IT,Accounting\n")
    assert services.imports.apply("requests", path).creates == 1
    asked = next(r for r in services.requests.list() if r.title == "New printer")
    assert asked.requester_department_name == "Accounting"


def test_two_requests_alike_on_one_day_go_back_in_from_the_export_by_their_numbers(services: Services,
                                                                                  tmp_path: Path) -> None:
    """The same person asked IT for "Password reset" twice in a day: the export's second row was refused
    as "Row 3 already has this request" (the number column was not read)."""
    org = small_org(services, with_standard=False)
    for _ in range(2):
        services.requests.create(RequestDraft("Password reset", org["it"], requester_id=org["anna"]))
    exported = tmp_path / "requests.csv"
    services.exports.export("requests", exported)
    plan = services.imports.plan("requests", exported)
    assert plan.problems == [] and plan.unchanged == 2 and plan.creates == 0
    # a number this file does not have (another company's export) is no reason to refuse two rows
    path = write(tmp_path / "other.csv", "number,title,provider,requester,created\n"
                                         "901,Badge,IT,Anna Romano,2026-02-10 09:00\n"
                                         "902,Badge,IT,Anna Romano,2026-02-10 11:00\n")
    assert services.imports.apply("requests", path).creates == 2


def test_an_address_does_not_rename_or_merge_people_without_a_word(services: Services, tmp_path: Path) -> None:
    """Window tester: two rows sharing an address became one person (the second renamed the first); a row
    with Marco Bianchi's address and Anna Romano's name renamed Marco; two Mario Verdi rows in two
    departments of one file became one person, moved."""
    org = small_org(services, with_standard=False)
    kitchen = services.departments.create("Kitchen").id
    bar = services.departments.create("Bar").id
    path = write(tmp_path / "people.csv", "full_name,department,email\nMario Verdi,Kitchen,shared@hotel.it\n"
                                          "Luigi Neri,Kitchen,shared@hotel.it\n")
    [problem] = services.imports.plan("people", path).problems
    assert problem.row == 3 and "is the address of Mario Verdi, and the row names Luigi Neri" in problem.reason
    marco = services.people.create("Marco Bianchi", department_id=org["it"], email="mb@hotel.it")
    path = write(tmp_path / "people.csv", "full_name,email\nAnna Romano,mb@hotel.it\n")
    assert services.imports.plan("people", path).problems
    assert services.people.get(marco.id).full_name == "Marco Bianchi"
    path = write(tmp_path / "people.csv", "full_name,department\nMario Verdi,Kitchen\nMario Verdi,Bar\n")
    assert services.imports.apply("people", path).creates == 2
    assert sorted(p.department_id for p in services.people.list() if p.full_name == "Mario Verdi") == sorted(
        [kitchen, bar])


def test_names_that_only_look_alike_within_one_file_are_told_apart_row_by_row(services: Services,
                                                                              tmp_path: Path) -> None:
    """The names read once per import (it read and folded every name again for each row) still see the
    rows added before them in the same file."""
    departments = write(tmp_path / "d.csv", "name\nIT\nKitchen\n\u0406\u0422\n")  # the last: Cyrillic І and Т
    assert [(p.row, p.reason.split(" but ")[0]) for p in services.imports.plan("departments", departments).problems] \
        == [(4, "“\u0406\u0422” looks the same as “IT”")]
    people = write(tmp_path / "p.csv", "full_name,department\nAnna Romano,Kitchen\n\u0410nna Romano,Kitchen\n"
                                       "Anna Romano,IT\n")
    services.imports.apply("departments", write(departments, "name\nIT\nKitchen\n"))
    assert [p.row for p in services.imports.plan("people", people).problems] == [3]  # the same in one department


def test_a_step_of_the_approval_in_the_state_column_is_refused_not_read_as_retired(services: Services,
                                                                                     tmp_path: Path) -> None:
    """"in review" or "approved" in an exported list took the standard in force out of force, and said only
    "2 updated"."""
    org = small_org(services)  # IT's "PMS access" is in force
    path = write(tmp_path / "sop.csv", "title,department,state\nPMS access,IT,in review\nPMS access 2,IT,approved\n")
    plan = services.imports.plan("standards", path)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "state"), (3, "state")]
    assert "a step of the approval done on the Standards screen" in plan.problems[0].reason
    with pytest.raises(ImportRefused):
        services.imports.apply("standards", path)
    assert services.standards.versions(org["std"])[-1].status is StandardStatus.ACTIVE


def test_a_request_number_that_is_none_and_a_time_still_to_come_are_said_so(services: Services, tmp_path: Path,
                                                                             clock: FakeClock) -> None:
    """"-5", "1.5" and "abc" were passed over without a word and the rows added as new requests; two rows of
    number 1005 were "the same title, department, requester and day" though they were not; a time later
    today was "not a date between 1990 and today"."""
    small_org(services)
    later = (clock.now + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    path = write(tmp_path / "r.csv", "number,title,provider,requester,created\n"
                                     "-5,Printer,IT,Anna Romano,2026-02-27\n1.5,Toner,IT,Anna Romano,2026-02-27\n"
                                     "abc,Screen,IT,Anna Romano,2026-02-27\n1005,Mouse,IT,Anna Romano,2026-02-27\n"
                                     "1005,Cable,IT,Anna Romano,2026-02-20\n"
                                     f"#1006,Keyboard,IT,Anna Romano,{later}\n")
    said = {(p.row, p.reason) for p in services.imports.plan("requests", path).problems}
    assert said == {
        (2, "“-5” is not a request's number (a whole number such as 1005)."),
        (3, "“1.5” is not a request's number (a whole number such as 1005)."),
        (4, "“abc” is not a request's number (a whole number such as 1005)."),
        (6, "Row 5 already has request number 1005."),
        (7, f"“{later}” is later than now; a time still to come cannot be recorded yet.")}


def test_a_number_that_is_no_request_of_that_title_is_said_when_the_row_is_added(services: Services,
                                                                                tmp_path: Path) -> None:
    """A row numbered 1 whose title is not request 1's was added as request 2 under "1 added", without a word."""
    small_org(services)
    path = write(tmp_path / "r.csv", "number,title,provider,requester,created\n"
                                     "1,Printer,IT,Anna Romano,2026-02-27\n")
    services.imports.apply("requests", path)
    other = write(tmp_path / "other.csv", "number,title,provider,requester,created\n"
                                          "1,Collide with existing,IT,Anna Romano,2026-02-26\n")
    plan = services.imports.apply("requests", other)
    assert plan.creates == 1
    assert [w.message for w in plan.warnings] == [
        "Row 2: number 1 is no request of this title and department here; the row is added as a new request, "
        "with a number of its own."]
    assert sorted(r.title for r in services.requests.list()) == ["Collide with existing", "Printer"]


def test_an_address_new_to_the_file_is_added_to_the_person_of_that_name(services: Services,
                                                                        tmp_path: Path) -> None:
    """Hostile tester: "Aino Virtanen,aino@x.fi" added a second Aino Virtanen with no department, and the
    export given its e-mails was refused row by row as namesakes; the people list matches "the same
    e-mail, else the same name"."""
    org = small_org(services, with_standard=False)
    path = write(tmp_path / "people.csv", "full_name,email\nAnna Romano,anna@hotel.it\n")
    plan = services.imports.apply("people", path)
    assert (plan.creates, plan.updates, plan.problems) == (0, 1, [])
    [anna] = [p for p in services.people.list() if p.full_name == "Anna Romano"]
    assert (anna.id, anna.email, anna.department_id) == (org["anna"], "anna@hotel.it", org["acc"])
    # the window's own export, with an address typed in for everyone, goes back in as updates
    exported = tmp_path / "export.csv"
    services.exports.export("people", exported)
    with exported.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    for row in rows:
        row["email"] = row["email"] or row["full_name"].split()[0].lower() + "@hotel.it"
    with exported.open("w", encoding="utf-8-sig", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    again = services.imports.apply("people", exported)
    assert (again.creates, again.problems) == (0, [])
    assert sorted(p.email for p in services.people.list()) == ["anna@hotel.it", "laura@hotel.it"]
    # someone of that name who has another address is someone else: never given a second one silently
    path = write(tmp_path / "people.csv", "full_name,email\nLaura Colombo,l.colombo@other.example\n")
    assert services.imports.plan("people", path).updates == 0


def test_the_requests_export_carries_the_details_and_the_standard_back_in(services: Services,
                                                                          tmp_path: Path) -> None:
    """Hostile tester: a requests export imported into another file lost every description (10,000
    characters came back empty) and every request's standard, with its deadlines."""
    from icdesk.db.store import open_data_file

    org = small_org(services)
    details = "Schermo nero dopo l'aggiornamento.\nПринтер на 2-м этаже: «ошибка 13» \u2014 ß"
    services.requests.create(RequestDraft("PMS down", org["it"], requester_id=org["anna"], description=details,
                                          standard_id=org["std"]))
    services.requests.create(RequestDraft("New mouse", org["it"], requester_id=org["anna"]))
    exported = tmp_path / "requests.csv"
    services.exports.export("requests", exported)
    again = services.imports.plan("requests", exported)
    assert (again.problems, again.creates, again.updates) == ([], 0, 0)  # the same file: nothing to change
    other = Services(open_data_file(tmp_path / "other.sqlite"))
    try:
        small_org(other)
        plan = other.imports.apply("requests", exported)
        assert (plan.problems, plan.creates) == ([], 2)
        by_title = {r.title: other.requests.get(r.id) for r in other.requests.list()}
        assert by_title["PMS down"].description == details
        assert by_title["PMS down"].standard_title.startswith("PMS access")
        assert by_title["New mouse"].description == "" and by_title["New mouse"].standard_version_id is None
    finally:
        other.close()


def test_a_file_mixing_utf8_and_windows_1252_lines_is_refused_not_garbled(services: Services,
                                                                           tmp_path: Path) -> None:
    """Hostile tester: "Ricevimento è" in UTF-8 beside a Windows-1252 line was imported as "Ricevimento Ã¨"."""
    path = tmp_path / "reparti.csv"
    path.write_bytes(b"nome;descrizione\r\n" + "Ricevimento è;Accoglienza\r\n".encode() +
                     "Caffè;Bar è cucina\r\n".encode("cp1252"))
    with pytest.raises(ValidationError) as refused:
        services.imports.plan("departments", path)
    assert "mixes two character sets" in str(refused.value) and refused.value.field == "encoding"
    # a file of Windows-1252 alone still goes in, its accents whole
    path.write_bytes("nome;descrizione\r\nRicevimento è;Accoglienza\r\nCaffè;Bar\r\n".encode("cp1252"))
    services.imports.apply("departments", path)
    assert {"Ricevimento è", "Caffè"} <= {d.name for d in services.departments.list()}


def test_requests_without_a_date_logged_are_imported_with_a_warning_about_importing_them_again(
        services: Services, tmp_path: Path, clock: FakeClock) -> None:
    """Hostile tester: a file of requests with no date column, imported again the next day, added every
    row a second time without a word (the day is part of what makes two requests the same)."""
    small_org(services, with_standard=False)
    path = write(tmp_path / "requests.csv", "title,provider,requester\nNew printer,IT,Anna Romano\n")
    plan = services.imports.apply("requests", path)
    assert plan.creates == 1
    assert any("imported again on another day would add them again" in str(w) for w in plan.warnings)
    dated = write(tmp_path / "dated.csv", "title,provider,requester,created\nToner,IT,Anna Romano,2026-02-10 09:00\n")
    assert not any("another day" in str(w) for w in services.imports.apply("requests", dated).warnings)
    clock.advance(days=1)
    assert services.imports.plan("requests", dated).creates == 0  # with its date: the same request, not again
