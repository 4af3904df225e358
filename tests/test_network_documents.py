"""The service network on paper and on the command line: the report in five languages, the pairs
export, survey forms written and read back, and the example hotel's story."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from icdesk.cli import main
from icdesk.db.store import open_data_file
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.demo_network import FIX_DONE_DAYS, FIXED_STANDARD
from icdesk.services.surveys import RoundDraft
from tests.pdf_text import pages, text


@pytest.fixture(scope="module")
def hotel_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("hotel") / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.demo.fill(DemoOptions(requests=600))
    services.close()
    yield path


@pytest.fixture
def hotel(hotel_path: Path) -> Iterator[Services]:
    services = Services(open_data_file(hotel_path))
    yield services
    services.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_example_hotel_tells_the_story_of_its_network(hotel: Services) -> None:
    today = hotel.ctx.today()
    network = hotel.network.network(today - timedelta(days=170), today)
    names = {d.name: d.id for d in network.departments}
    it_hr = network.between(names["IT"], names["HR"])
    hr_it = network.between(names["HR"], names["IT"])
    assert it_hr is not None and hr_it is not None and network.two_way(names["IT"], names["HR"])
    # IT serves HR well, HR serves IT badly: the unbalanced pair
    assert it_hr.share_within_target is not None and hr_it.share_within_target is not None
    assert it_hr.share_within_target - hr_it.share_within_target >= 0.35
    # not a mesh: each department serves a few customers
    assert len(network.department_pairs()) < 0.6 * len(names) * (len(names) - 1)
    # housekeeping's early-arrival rooms: late before the corrective action, on time after it
    actions = hotel.actions.list(department_id=names["Housekeeping"], include_archived=True)
    fix = next(a for a in actions if "early arrivals" in a.description)
    assert fix.completed_on == today - timedelta(days=FIX_DONE_DAYS)
    rows = [r for r in hotel.requests.list() if r.provider_id == names["Housekeeping"] and r.resolved_at
            and r.resolution_due_at and "Early check-in" in r.title]
    before = [r for r in rows if r.created_at.date() < fix.completed_on]
    after = [r for r in rows if r.created_at.date() >= fix.completed_on]
    late = [sum(r.resolved_at > r.resolution_due_at for r in group) / len(group)  # type: ignore[operator]
            for group in (before, after)]
    assert late[0] > 0.5 > 0.15 > late[1], (late, FIXED_STANDARD)
    # a finished survey round in which the teams see themselves better than their customers do
    [survey] = hotel.surveys.rounds()
    results = hotel.surveys.results(survey.id)
    gaps = [p.gap for p in results.providers if p.gap is not None]
    assert gaps and sum(gaps) / len(gaps) > 0.3
    hr = next(p for p in results.providers if p.provider_name == "HR")
    assert hr.score is not None and hr.score < 3


@pytest.mark.parametrize("lang,words", [
    ("en", ["Service network report", "The service map", "Who serves whom", "Where service breaks down",
            "What internal customers said"]),
    ("ru", ["Отчёт о сети обслуживания", "Карта обслуживания"]),
    ("fi", ["Palveluverkoston raportti"]),
    ("it", ["Rapporto sulla rete dei servizi"]),
    ("es", ["Informe de la red de servicio"]),
])
def test_network_report_in_five_languages(hotel: Services, tmp_path: Path, lang: str, words: list[str]) -> None:
    today = hotel.ctx.today()
    pdf = build_report(hotel, ReportSpec("network", lang=lang, start=today - timedelta(days=120), end=today),
                       tmp_path / f"network-{lang}.pdf")
    body = text(pdf)
    for word in words:
        assert word in body, word
    assert "IT" in body and "HR" in body
    assert 3 <= len(pages(pdf)) <= 12


def test_report_network_and_export_pairs_from_the_command_line(hotel_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(hotel_path), "report", "network", "--out", str(tmp_path / "n.pdf"),
                       "--lang", "it")
    assert code == 0 and (tmp_path / "n.pdf").stat().st_size > 10_000
    code, out, _ = run(capsys, "--db", str(hotel_path), "export", "pairs", "--out", str(tmp_path / "pairs.csv"))
    assert code == 0
    with (tmp_path / "pairs.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    it_hr = next(r for r in rows if (r["provider"], r["customer"]) == ("IT", "HR"))
    hr_it = next(r for r in rows if (r["provider"], r["customer"]) == ("HR", "IT"))
    assert it_hr["two_way"] == "yes" and it_hr["back_requests"] == hr_it["requests"]
    assert it_hr["back_within_target_pct"] == hr_it["within_target_pct"]
    assert float(it_hr["within_target_pct"]) > float(hr_it["within_target_pct"])
    code, _, err = run(capsys, "--db", str(hotel_path), "export", "pairs", "--out", str(tmp_path / "x.csv"),
                       "--from", "2026-01-01")
    assert code == 2 and "--to" in err


def test_survey_forms_and_import_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "small.sqlite"
    services = Services(open_data_file(path))
    it = services.departments.create("IT").id
    hr = services.departments.create("Отдел кадров").id
    for name, dept in (("Laura", it), ("Francesca", hr), ("Tiina", hr)):
        services.people.create(name, department_id=dept)
    today = services.ctx.today()
    survey = services.surveys.start(RoundDraft("Зимний опрос", today - timedelta(days=60), today, True,
                                               [(it, hr), (hr, it)], services.surveys.default_questions()))
    services.close()
    forms = tmp_path / "forms"
    forms.mkdir()  # a folder already there, as --out DIR says
    code, out, _ = run(capsys, "--db", str(path), "survey", "forms", "--round", str(survey.id), "--out", str(forms),
                       "--lang", "ru")
    assert code == 0 and "2 fillable forms" in out
    hr_pdf = next(p for p in forms.iterdir() if "IT" not in p.name)
    assert "Зимний опрос" in text(hr_pdf)
    returned = tmp_path / "returned"
    returned.mkdir()
    fields = PdfReader(hr_pdf).get_fields() or {}
    score = next(name for name in fields if name.startswith(f"p{it}_q"))
    writer = PdfWriter()
    writer.append(PdfReader(hr_pdf))
    for page in writer.pages:
        writer.update_page_form_field_values(page, {score: "/4"}, auto_regenerate=False)
    writer.write(returned / "from-tiina.pdf")
    (returned / "notes.pdf").write_bytes(b"not a form")
    code, out, _ = run(capsys, "--db", str(path), "survey", "import", str(returned), "--round", str(survey.id))
    assert code == 1  # one file left out, said on its own line
    assert "read      from-tiina.pdf: 1 answer\n" in out and "left out  notes.pdf" in out
    code, out, _ = run(capsys, "--db", str(path), "survey", "list")
    assert code == 0 and "Зимний опрос" in out and "1 of 3 forms back" in out
    code, _, err = run(capsys, "--db", str(path), "survey", "forms", "--round", "99", "--out", str(forms))
    assert code == 2 and "there is no survey round 99" in err and "icdesk survey list" in err
    code, out, _ = run(capsys, "--db", str(path), "survey", "forms", "--round", str(survey.id), "--paper", "--out",
                       str(tmp_path / "paper.pdf"))
    assert code == 0 and len(PdfReader(tmp_path / "paper.pdf").pages) >= 3
    # one returned form given as a file, not a folder: read ("the folder … does not exist" before)
    writer.write(returned / "from-francesca.pdf")
    code, out, _ = run(capsys, "--db", str(path), "survey", "import", str(returned / "from-francesca.pdf"),
                       "--round", str(survey.id))
    assert "from-francesca.pdf" in out and "does not exist" not in out
    # a finished round's forms could never be handed back: none are written
    services = Services(open_data_file(path))
    services.surveys.close(survey.id)
    services.close()
    code, out, err = run(capsys, "--db", str(path), "survey", "forms", "--round", str(survey.id), "--out",
                         str(tmp_path / "late"))
    assert code == 2 and "is finished, so its forms can no longer be returned" in err
    assert not (tmp_path / "late").exists()
