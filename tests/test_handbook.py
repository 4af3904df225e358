"""The SOP handbook as an auditor reads it: editions, control blocks, revision history, sign sheets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from icdesk.domain.errors import RuleError, ValidationError
from icdesk.reports.fonts import register_fonts
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.reports.styles import SignRows
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force
from tests.pdf_text import layout_pages, pages, toc_entries


def company(services: Services, clock: FakeClock) -> dict[str, int]:
    services.company.save("Hotel Aurora")
    it = services.departments.create("IT")
    kitchen = services.departments.create("Kitchen")
    laura = services.people.create("Laura Colombo", department_id=it.id, job_title="IT manager")
    services.people.create("Алексей Кузнецов", department_id=it.id, job_title="Network technician")
    services.departments.update(it.id, "IT", head_id=laura.id)
    ids = {"it": it.id, "kitchen": kitchen.id}
    for department, title, review in [(it.id, "Printers", 30), (it.id, "Accounts", -5), (kitchen.id, "Allergies", 60)]:
        draft = services.standards.create(department, StandardContent(
            title=title, steps=[f"{title}: step one.", f"{title}: step two."], owner_id=laura.id,
            first_response_minutes=60, resolution_minutes=240,
            next_review_on=clock.now.date() + timedelta(days=review)))
        put_in_force(services, draft.id)
        ids[title] = draft.standard_id
    return ids


def build(services: Services, tmp_path: Path, name: str = "handbook.pdf", **spec: object) -> Path:
    return build_report(services, ReportSpec(kind="handbook", **spec), tmp_path / name)  # type: ignore[arg-type]


def flat(pdf: Path) -> list[str]:
    return [" ".join(page.split()) for page in pages(pdf)]


def test_each_standard_has_its_control_block_and_revision_history(services: Services, clock: FakeClock,
                                                                   tmp_path: Path) -> None:
    ids = company(services, clock)
    clock.advance(days=10)
    draft = services.standards.new_version(ids["Printers"])
    services.standards.update_draft(draft.id, StandardContent(
        title="Printers", steps=["Printers: step one.", "Printers: step two."], change_note="Toner in stock.",
        next_review_on=clock.now.date() + timedelta(days=90)))
    put_in_force(services, draft.id)
    text = flat(build(services, tmp_path))
    page = next(p for p in text if "Document ID IT-001" in p)
    printers = page[page.index("Document ID IT-001"):]
    assert "Version 2" in printers and "Approved Laura Colombo, 12/03/2026" in printers  # who approved, and when
    assert "First response within" in printers
    history = printers[printers.index("Revision history"):]
    newest = "2 12/03/2026 Laura Colombo, 12/03/2026 Toner in stock."
    oldest = "1 02/03/2026 Owner Manager, 02/03/2026 First version"
    assert history.index(newest) < history.index(oldest)
    accounts = next(p for p in text if "Document ID IT-002" in p)
    # a review already past is not printed as normal
    assert "Next review ⚠ 25/02/2026 (overdue)" in accounts
    assert "Owner Laura Colombo" in accounts and "First response within 1 h Resolved within 4 h" in accounts
    front = next(p for p in text if "Reviews past due" in p)
    assert "1 standard should have been reviewed by now" in front and "IT-002 Accounts IT ⚠ 25/02/2026" in front


def test_a_revision_history_never_opens_a_page_alone(services: Services, clock: FakeClock, tmp_path: Path) -> None:
    it = services.departments.create("IT")
    for n in range(12):  # steps of every length, so the histories fall at every height of a page
        draft = services.standards.create(it.id, StandardContent(
            title=f"Standard {n}", steps=[f"Step {k} of standard {n}." for k in range(3 + 2 * n)]))
        put_in_force(services, draft.id)
    for page in layout_pages(build(services, tmp_path, sign_sheets=False)):
        body = [line.strip() for line in page.splitlines() if line.strip()][1:]
        assert not body or body[0] != "Revision history", page[:300]


def test_contents_never_end_a_page_with_a_department(services: Services, tmp_path: Path) -> None:
    for d in range(14):
        department = services.departments.create(f"Department {d:02d}")
        for n in range(4):
            draft = services.standards.create(department.id, StandardContent(title=f"Standard {d}.{n}",
                                                                             steps=["Do it."]))
            put_in_force(services, draft.id)
    laid_out = layout_pages(build(services, tmp_path, sign_sheets=False))
    contents = [toc_entries(page) for page in laid_out[1:6] if toc_entries(page)]
    assert len(contents) >= 2
    for entries in contents[:-1]:
        assert not entries[-1][0].startswith("Department"), entries[-1]


def test_acknowledgement_sheet_names_the_people_and_the_versions(services: Services, clock: FakeClock,
                                                                  tmp_path: Path) -> None:
    company(services, clock)
    pdf = build(services, tmp_path)
    text = flat(pdf)
    sheet = next(p for p in text if "Acknowledgement: IT" in p and "By signing" in p)
    for expected in ("Laura Colombo IT manager", "Алексей Кузнецов Network technician", "IT-001 Printers 1",
                     "IT-002 Accounts 1", "Name Job title Date Signature", "Working copy, not an issued edition"):
        assert expected in sheet
    entries = dict(entry for page in layout_pages(pdf)[1:3] for entry in toc_entries(page))
    assert "Acknowledgement: IT" in text[entries["Acknowledgement: IT"] - 1]


def test_sign_rows_are_ten_millimetres_and_fill_the_page() -> None:
    register_fonts()
    header = ["Name", "Job title", "Date", "Signature"]
    rows = SignRows(header, [("Laura Colombo", "IT manager"), ("Marco Bianchi", "")], [150, 100, 80, 150])
    _, height = rows.wrap(480, 600)
    assert rows.row_height == 10 * mm
    assert 600 - 10 * mm < height <= 600  # empty rows to the foot of the page
    table = rows._table
    assert table is not None
    assert all(command[0] != "ROWBACKGROUNDS" for command in table._bkgrndcmds)  # no grey banding to sign on
    many = SignRows(header, [(f"Person {n}", "") for n in range(40)], [150, 100, 80, 150])
    many.wrap(480, 300)
    first, second = many.split(480, 300)
    assert isinstance(first, SignRows) and isinstance(second, SignRows)
    assert len(first.names) == many._fit(300)[0] and len(first.names) + len(second.names) == 40


def test_a_new_edition_is_recorded_and_the_next_lists_what_changed(services: Services, clock: FakeClock,
                                                                   tmp_path: Path) -> None:
    ids = company(services, clock)
    first = flat(build(services, tmp_path, "e1.pdf", new_edition=True))
    assert "Edition 1 of 2 March 2026" in first[0]
    assert "This is the first edition of the handbook" in " ".join(first)
    assert [e.number for e in services.editions.all()] == [1]
    again = flat(build(services, tmp_path, "copy.pdf"))  # nothing changed: a copy of edition 1
    assert "Edition 1 of 2 March 2026" in again[0] and [e.number for e in services.editions.all()] == [1]
    # "Issue as a new edition" ticked again with nothing changed used up numbers 2, 3... in minutes
    with pytest.raises(RuleError, match="No service standard has changed since edition 1"):
        build(services, tmp_path, "e1-again.pdf", new_edition=True)
    assert [e.number for e in services.editions.all()] == [1] and not (tmp_path / "e1-again.pdf").exists()
    clock.advance(days=7)
    draft = services.standards.new_version(ids["Allergies"])
    services.standards.update_draft(draft.id, StandardContent(title="Allergies", steps=["Check the log."],
                                                              change_note="The log is checked first."))
    put_in_force(services, draft.id)
    working = flat(build(services, tmp_path, "working.pdf"))
    assert "Working copy, not an issued edition" in working[0]
    changes = next(p for p in working if "What changed since edition 1" in p and "Compared with" in p)
    assert "KIT-001 Allergies Kitchen Version 1 → 2 09/03/2026 The log is checked first." in changes
    second = flat(build(services, tmp_path, "e2.pdf", new_edition=True))
    assert "Edition 2 of 9 March 2026" in second[0]
    assert [e.number for e in services.editions.all()] == [1, 2]


def test_an_edition_is_not_recorded_when_the_document_fails(services: Services, clock: FakeClock,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    company(services, clock)
    with pytest.raises(ValidationError, match="whole handbook"):
        build(services, tmp_path, new_edition=True, department_ids=(company_id(services, "IT"),))
    taken = tmp_path / "handbook.pdf"
    taken.mkdir()  # a folder has the name: refused in words before anything is made
    with pytest.raises(ValidationError, match="is a folder"):
        build(services, tmp_path, new_edition=True)
    taken.rmdir()

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    import icdesk.reports.base as base

    monkeypatch.setattr(base.os, "replace", full_disk)  # the PDF made, then it cannot take its place
    with pytest.raises(OSError):
        build(services, tmp_path, new_edition=True)
    monkeypatch.undo()
    assert services.editions.all() == []
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no half-written file left


def company_id(services: Services, name: str) -> int:
    return services.departments.find_by_name(name).id


def test_one_department_handbook_is_titled_and_tagged_for_it(services: Services, clock: FakeClock,
                                                              tmp_path: Path) -> None:
    company(services, clock)
    pdf = build(services, tmp_path, department_ids=(company_id(services, "Kitchen"),), uncontrolled=True)
    text = flat(pdf)
    assert "Service standards of Kitchen" in text[0] and "every department" not in text[0]
    assert "1 service standard in force" in text[0]
    meta = PdfReader(pdf).metadata
    assert meta is not None
    assert meta.title == "SOP handbook: Kitchen" and "Kitchen" in (meta.subject or "")
    assert "KIT Kitchen" in str(meta.get("/Keywords"))
    assert all("Uncontrolled when printed" in page for page in text[1:])
    assert "SOP handbook: Kitchen" in text[1]  # the page header names the department too
