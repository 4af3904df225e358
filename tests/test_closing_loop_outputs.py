"""What closing the loop puts on paper and in files: who still has to sign, the attendance sheet,
the CSV exports and the command line; and the example hotel that shows it all."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db.store import open_data_file
from icdesk.domain.enums import AckState, IdeaStatus, PersonKind, StandardStatus
from icdesk.domain.errors import ValidationError
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from icdesk.services.training import CROSS, TrainingDraft
from tests.helpers import put_in_force
from tests.pdf_text import pages, text


def flat(pdf: Path) -> str:
    """The document's words on one line: text that wraps in a table cell still reads as written."""
    return " ".join(text(pdf).split())


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("loop") / "hotel.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture(scope="module")
def hotel(hotel_file: Path) -> Iterator[Services]:
    services = Services(open_data_file(hotel_file))
    yield services
    services.close()


def test_the_example_hotel_closes_the_loop(hotel: Services) -> None:
    missing, outdated = hotel.acknowledgements.still_to_sign()
    assert missing > 0 and outdated > 0  # some never signed, some signed before a major revision
    assert len(hotel.acknowledgements.records()) > 80
    complete = [r for r in hotel.loop.rows() if r.complete]
    assert {r.standard_title for r in complete} == {"Linen and gown restocking", "PMS access problems"}
    assert all(r.feedback_on and r.action_closed_on and r.revision_active_on for r in complete)
    assert any(r.version_status is StandardStatus.IN_REVIEW for r in hotel.loop.rows())  # one still going round
    history = hotel.training.history()
    assert sum(r.kind == CROSS for r in history) >= 4 and sum(r.kind != CROSS for r in history) >= 4
    assert any(r.on > hotel.training.today() for r in history)  # a session still to come
    assert {i.status for i in hotel.ideas.list()} == set(IdeaStatus)
    assert any(i.anonymous for i in hotel.ideas.list()) and any(i.action_ids for i in hotel.ideas.list())
    assert [r for r in hotel.recognition.list() if r.request_id]
    # every standard in force was approved by the owner-manager before it came into force
    for version in hotel.standards.active_versions():
        assert version.approver_name == "Alessandro Ferrari" and version.approved_at is not None
        assert version.published_at is not None and version.approved_at <= version.published_at
    assert hotel.maintenance.check().ok


def test_who_still_has_to_sign_lists_every_missing_and_outdated_line(hotel: Services, tmp_path: Path) -> None:
    body = flat(build_report(hotel, ReportSpec("acknowledgements"), tmp_path / "sign.pdf"))
    assert "Who still has to sign" in body and "All departments" in body
    for row in hotel.acknowledgements.status():
        if row.state is not AckState.CURRENT:
            assert row.person_name in body and row.standard_title in body
    assert "outdated: signed version" in body and "Signature" in body
    front = hotel.departments.find_by_name("Front Office").id
    one = text(build_report(hotel, ReportSpec("acknowledgements", department_ids=(front,)), tmp_path / "fo.pdf"))
    assert "Front Office" in one and "Kitchen" not in one


def test_attendance_sheet_has_the_names_and_room_for_walk_ins(hotel: Services, tmp_path: Path) -> None:
    session = next(s for s in hotel.training.sessions() if s.standards)
    pdf = build_report(hotel, ReportSpec("attendance", training_id=session.id), tmp_path / "att.pdf")
    assert len(pages(pdf)) == 1
    page = flat(pdf)
    assert session.topic in page and "Training attendance sheet" in page
    for name in session.attendee_names:
        assert name in page
    assert f"{session.standards[0]}, version {session.standard_numbers[0]}" in page
    assert "have read and understood the standards it covered" in page
    with pytest.raises(ValidationError, match="Choose the training session"):
        build_report(hotel, ReportSpec("attendance"), tmp_path / "none.pdf")


@pytest.mark.parametrize("lang,words", [
    ("ru", ["Кому ещё нужно расписаться", "Подпись", "устарело: подписана версия"]),
    ("fi", ["Kenen pitää vielä kuitata", "Allekirjoitus"]),
])
def test_who_still_has_to_sign_in_russian_and_finnish(hotel: Services, tmp_path: Path, lang: str,
                                                       words: list[str]) -> None:
    body = flat(build_report(hotel, ReportSpec("acknowledgements", lang=lang), tmp_path / f"{lang}.pdf"))
    for word in words:
        assert word in body
    assert "Ольга Смирнова" in body or "Наталья Попова" in body or "Дмитрий Иванов" in body


def test_attendance_sheet_with_cyrillic_names_and_accents(services: Services, tmp_path: Path) -> None:
    kitchen = services.departments.create("Кухня <b>").id
    sala = services.departments.create("Sala & Bar").id
    chef = services.people.create("Дмитрий Иванов", department_id=kitchen).id
    names = ["Łucja Nowak", "Jürgen Müller", "Ольга Смирнова", "Ñuño García"]
    attendees = [services.people.create(n, department_id=sala).id for n in names]
    services.people.create("Owner", kind=PersonKind.OWNER)
    draft = services.standards.create(kitchen, StandardContent(title="Аллергены & <script>", steps=["Проверить"]))
    version = put_in_force(services, draft.id)
    session, recorded = services.training.create(TrainingDraft(
        topic="Аллергены: от брони до тарелки", held_on=services.training.today(), duration_minutes=90,
        department_id=kitchen, trainer_id=chef, attendee_ids=attendees, version_ids=[version.id],
        record_acknowledgements=True))
    assert recorded == 4
    body = flat(build_report(services, ReportSpec("attendance", training_id=session.id, lang="ru"),
                             tmp_path / "att.pdf"))
    for snippet in (*names, "Аллергены: от брони до тарелки", "Аллергены & <script>, версия 1", "Кухня <b>",
                    "Лист регистрации участников обучения", "1 ч 30 мин"):
        assert snippet in body, snippet


@pytest.mark.parametrize("kind,columns,expected", [
    ("acknowledgements", ["person", "department", "standard", "standard_department", "version_in_force", "state",
                          "acknowledged_version", "acknowledged_on", "how", "training"], "outdated"),
    ("training", ["date", "kind", "topic", "given_by", "trainer", "person", "person_department", "minutes",
                  "standards_covered", "notes"], "cross-training"),
    ("ideas", ["proposed_on", "idea", "description", "departments", "from", "status", "status_note", "decided_on",
               "supporters", "supported_by"], "anonymous"),
])
def test_cli_exports(hotel_file: Path, tmp_path: Path, kind: str, columns: list[str], expected: str,
                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{kind}.csv"
    assert main(["--db", str(hotel_file), "export", kind, "--out", str(out)]) == 0
    assert f"written to {out}" in capsys.readouterr().out
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == columns and len(rows) > 5 and all(len(r) == len(columns) for r in rows)
    assert any(expected in row for row in rows[1:])


def test_cli_prints_who_still_has_to_sign_and_an_attendance_sheet(hotel_file: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sign.pdf"
    assert main(["--db", str(hotel_file), "report", "acknowledgements", "--department", "IT", "--lang", "es",
                 "--out", str(out)]) == 0
    assert "Quién debe firmar todavía" in text(out)
    sheet = tmp_path / "att.pdf"
    assert main(["--db", str(hotel_file), "report", "attendance", "--session", "1", "--out", str(sheet)]) == 0
    assert "PMS password reset for the night shift" in text(sheet)
    capsys.readouterr()
    assert main(["--db", str(hotel_file), "report", "attendance", "--session", "999", "--out", str(sheet)]) == 2
    assert "There is no training session with that number" in capsys.readouterr().err


@pytest.mark.parametrize("kind,column", [("requests", "created_at"), ("feedback", "given_at"), ("actions", "opened"),
                                         ("recognitions", "given_on"), ("training", "date"), ("ideas", "proposed_on")])
def test_cli_export_of_a_period_writes_the_rows_of_that_period(hotel_file: Path, tmp_path: Path, kind: str,
                                                               column: str, capsys: pytest.CaptureFixture[str]) -> None:
    everything, chosen = tmp_path / "all.csv", tmp_path / "period.csv"
    assert main(["--db", str(hotel_file), "export", kind, "--out", str(everything)]) == 0
    header, *rows = list(csv.reader(everything.read_text(encoding="utf-8-sig").splitlines()))
    days = sorted(row[header.index(column)][:10] for row in rows if row[header.index(column)])
    start, end = days[len(days) // 3], days[2 * len(days) // 3]  # the middle third of the dates there are
    assert main(["--db", str(hotel_file), "export", kind, "--out", str(chosen), "--from", start, "--to", end]) == 0
    _header, *kept = list(csv.reader(chosen.read_text(encoding="utf-8-sig").splitlines()))
    expected = [row for row in rows if start <= row[header.index(column)][:10] <= end]
    assert kept == expected and 0 < len(kept) < len(rows)
    assert f"{len(kept)} {kind} written" in capsys.readouterr().out


@pytest.mark.parametrize("args,said", [
    (["departments", "--from", "2026-01-01", "--to", "2026-01-31"], "Departments have no dates"),
    (["requests", "--from", "2026-10-31", "--to", "2026-10-01"], "ends before it starts"),
])
def test_cli_export_refuses_a_period_it_cannot_apply(hotel_file: Path, tmp_path: Path, args: list[str], said: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.csv"
    assert main(["--db", str(hotel_file), "export", *args, "--out", str(out)]) != 0
    assert said in capsys.readouterr().err and not out.exists()
